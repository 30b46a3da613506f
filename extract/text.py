"""Make untrusted text safe to store, show and copy.

Rich and Textual pass ESC and other control characters straight to the terminal, so
every control character except newline and tab is removed, as are C1 controls and the
bidirectional overrides that can make a line read differently from what it holds.
"""
from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 (less \t and \n), DEL, C1
    "\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\ufeff]"  # a BOM left inside the text
)


def clean_text(text: str) -> str:
    """Normalise newlines, then drop characters a terminal would act on."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub("", text)


def one_line(text: str) -> str:
    """Collapse whitespace so a passage fits in a list row or a citation."""
    return " ".join(clean_text(text).split())
