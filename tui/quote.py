"""Where a citation's quote starts: at the sentence that names the actor.

The extractor's passage is the clause with the pledge, which often opens with a pronoun
("It plans to invest $2 billion"): quoted alone it does not say who. When the passage
does not name its first actor, the quote reaches back over the sentences before it, in
the same paragraph, to the nearest one that does.
"""
from __future__ import annotations

import re

from commitments.records import Commitment, name_words

REACH = 600  # characters before the passage a quote may start; a paragraph at most
_SENTENCE_START = re.compile(r"(?:(?<=[.!?][\"”’)]\s)|(?<=[.!?]\s)|(?<=\n))(?=\S)")


# A dateline opening the paragraph: "COLUMBUS, May 7 (Yonhap) -- ", "New Delhi, June 28
# (IANS): ", "TOKYO, April 10, 2024 /PRNewswire/ -- ", "BERLIN, March 3 - ".
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’/ -]{1,40},[^\n]{0,60}?(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)\s*(?:--|—|–|-|:)"
    r"|[A-Z][A-Z.'’/ -]{2,40},[^\n]{0,40}?\s(?:--|—|–|-))\s+")


def quote_start(c: Commitment, text: str | None) -> int:
    """The offset in ``text`` the quote starts at: the passage's own start when it names
    the actor (or nothing before it does)."""
    start = c.passage.start
    actor = c.actors[0] if c.actors else ""
    # The name as written or without its legal suffix: "Acme Inc." is named by "Acme said".
    wanted = {actor.casefold(), " ".join(name_words(actor))} - {""}
    if not text or not wanted or _names(c.passage.text, wanted):
        return start
    low = max(0, start - REACH)
    before = text[low:start]
    paragraph = before.rfind("\n\n")
    if paragraph >= 0:
        low, before = low + paragraph + 2, before[paragraph + 2:]
    # The window's own start begins a sentence only at a paragraph or the text's start.
    starts = [0] if paragraph >= 0 or low == 0 else []
    starts += [m.start() for m in _SENTENCE_START.finditer(before)]
    for at in reversed(starts):
        if _names(before[at:], wanted):
            dateline = _DATELINE.match(before, at)  # the quote is the sentence, not its dateline
            return low + (dateline.end() if dateline and _names(before[dateline.end():], wanted) else at)
    return start


def _names(text: str, wanted: set[str]) -> bool:
    folded = " ".join(text.casefold().split())
    return any(name in folded for name in wanted)
