"""Where a citation's quote starts: at the sentence that names the actor.

The extractor's passage is the clause with the pledge, which often opens with a pronoun
("It plans to invest $2 billion"): quoted alone it does not say who. When the passage
does not name its first actor, the quote reaches back over the sentences before it, in
the same paragraph, to the nearest one that does.
"""
from __future__ import annotations

import re

from commitments.records import Commitment

REACH = 600  # characters before the passage a quote may start; a paragraph at most
_SENTENCE_START = re.compile(r"(?:(?<=[.!?][\"”’)]\s)|(?<=[.!?]\s)|(?<=\n))(?=\S)")


def quote_start(c: Commitment, text: str | None) -> int:
    """The offset in ``text`` the quote starts at: the passage's own start when it names
    the actor (or nothing before it does)."""
    start = c.passage.start
    actor = c.actors[0] if c.actors else ""
    if not text or not actor or actor.casefold() in c.passage.text.casefold():
        return start
    low = max(0, start - REACH)
    before = text[low:start]
    paragraph = before.rfind("\n\n")
    if paragraph >= 0:
        low, before = low + paragraph + 2, before[paragraph + 2:]
    # The window's own start begins a sentence only at a paragraph or the text's start.
    starts = [0] if paragraph >= 0 or low == 0 else []
    starts += [m.start() for m in _SENTENCE_START.finditer(before)]
    wanted = actor.casefold()
    for at in reversed(starts):
        if wanted in before[at:].casefold():
            return low + at
    return start
