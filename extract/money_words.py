"""The word tables of amounts, read once from ``data/money_words.json``: scale words
("crore", "bn", "lakh"), number words, fractions and qualifiers.

A module of its own with no heavy imports, so that the search syntax (``amount>2 crore``)
reads scales exactly as the amount parser does, without loading the parser.
"""
from __future__ import annotations

import json
from pathlib import Path

_WORDS_DATA = json.loads((Path(__file__).resolve().parent / "data" / "money_words.json").read_text(encoding="utf-8"))
SCALES: dict[str, int] = _WORDS_DATA["scales"]
LETTER_SCALES: frozenset[str] = frozenset(_WORDS_DATA["letter_scales"])  # count only glued to a figure: $10M
UNITS: dict[str, int] = _WORDS_DATA["units"]
FRACTIONS: dict[str, float] = _WORDS_DATA["fractions"]
QUALIFIERS: dict[str, str] = _WORDS_DATA["qualifiers"]  # phrase -> normalised qualifier
