"""Search terms: which words of a query to highlight, and highlighting them in Text.

The query is read by the store's own parser (store/query.py), so what is highlighted is
exactly what the search looks for: its words and "quoted phrases", not its field filters
(org:, currency:, amount>1bn, year:, kind:) nor the words it leaves out (-coal).
"""
from __future__ import annotations

import re

from commitments.store.query import parse_query
from rich.text import Text

TERM_STYLE = "bold underline black on yellow"


def search_terms(query: str) -> list[str]:
    q = parse_query(query)
    return [t for t in q.words + q.phrases if t]


def terms_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern, longest terms first so phrases win over their words."""
    if not terms:
        return None
    # A phrase matches across any run of whitespace, as the search (which collapses it) does.
    alternatives = sorted({re.escape(t).replace(r"\ ", r"\s+") for t in terms}, key=len, reverse=True)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def highlight(text: Text, pattern: re.Pattern[str] | None, style: str = TERM_STYLE) -> Text:
    if pattern is not None:
        text.highlight_regex(pattern, style=style)
    return text
