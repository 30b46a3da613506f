"""Lists of verb phrases under a lead-in that says who will do them.

"As part of the plan, the utility will:" followed by "- plant 5,000 trees …", "- fund a lab
…": each line is a clause whose subject and modal are the lead-in's. The parser reads a line
alone, as a bare verb with no subject; ``list_item_frame`` gives it back both.
"""
from __future__ import annotations

import re

# how a lead-in may end: a modal, or a verb of undertaking with its "to" ("has undertaken to:",
# not "managed to:", which tells what was done)
_FRAME_END = re.compile(r"(?:\b(?P<aux>will|would|shall)|\b(?:undertaken|undertakes|undertake|agreed|agrees|committed|commits"
                        r"|pledged|pledges|promised|promises|vowed|vows|plans|intends|aims|is|are)\s+(?:also\s+)?"
                        r"(?P<to>to))(?:\s+also)?\s*:\s*$", re.IGNORECASE)
# a lead-in that binds someone else: "the undertakings commit the operator to:", "the licence
# requires the buyer to:" (the one bound is the object)
_OBJECT_FRAME_END = re.compile(r"\b(?P<verb>commit|commits|committed|require|requires|required|oblige|obliges|obliged"
                               r"|bind|binds)\s+(?P<who>[^:\n]{2,80}?)\s+(?P<to>to)\s*:\s*$", re.IGNORECASE)
MARKER = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-•*–—·])[ \t]+")  # a bullet or a number opening a list line
# a list line written without a bullet: a short label, a colon, then what it says ("Tampere: 12 million euros")
LABEL_LINE = re.compile(r"[ \t]*[^\s:\n][^:\n]{1,89}:[ \t]+\S")
_ITEMS_BACK = 30  # list lines above an item, at most, before its lead-in


def line_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def lead_in_line(text: str, line_start: int) -> tuple[int, int] | None:
    """The bounds of the line that introduces the list holding the line at ``line_start``."""
    at = line_start
    for _ in range(_ITEMS_BACK):
        if at == 0:
            return None
        start, end = line_bounds(text, at - 1)
        at = start
        if not text[start:end].strip() or MARKER.match(text[start:end]) or LABEL_LINE.match(text[start:end]):
            continue  # a blank line or another item of the list, with or without its bullet
        return start, end
    return None


def list_item_frame(head):
    """For the bare verb that opens a list line under a lead-in ending "X will:" or "X has
    undertaken to:", the lead-in's subject token and its modal ("will" or "to"); else None."""
    # (the parser may take the line's bullet for a subject)
    if head.tag_ != "VB" or any(c.dep_ in ("aux", "nsubj", "nsubjpass") and c.is_alpha for c in head.children):
        return None
    doc = head.doc
    text = doc.user_data.get("text") or doc.text
    line_start, _ = line_bounds(text, head.idx)
    marker = MARKER.match(text, line_start)
    if marker is None or marker.end() != head.idx:
        return None  # the verb must open the line ("- plant 5,000 trees")
    bounds = lead_in_line(text, line_start)
    if bounds is None:
        return None
    frame = _FRAME_END.search(text, bounds[0], bounds[1])
    if frame is None:
        bound = _OBJECT_FRAME_END.search(text, bounds[0], bounds[1])
        who = doc.char_span(bound.start("who"), bound.end("who"), alignment_mode="contract") if bound else None
        return (who.root, "to") if who is not None else None
    lead = doc.char_span(bounds[0], frame.start(), alignment_mode="contract")
    if lead is None or any(t.lower_ in ("if", "unless", "whether") for t in lead):
        return None  # "if the grant comes through, it would:": a condition, not a pledge
    # the subject of the word the frame ends on ("X said that if the grant came, it would:": "it")
    group = "aux" if frame.group("aux") else "to"
    word = doc.char_span(frame.start(group), frame.end(group), alignment_mode="expand")
    governors = [word.root, word.root.head, word.root.head.head] if word is not None else []
    subject = next((c for g in governors for c in g.children if c.dep_ in ("nsubj", "nsubjpass")), None) or next(
        (t for t in reversed(lead) if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return subject, "to" if frame.group("to") else "will"
