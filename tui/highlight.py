"""Search terms: which words of a query to highlight, and highlighting them in Text.

The store's query language has field filters (org:, currency:, amount>1bn, year:, kind:);
only plain words and "quoted phrases" are text to highlight.
"""
from __future__ import annotations

import re

from rich.text import Text

TERM_STYLE = "bold underline black on yellow"
_TOKEN = re.compile(r'"([^"]+)"|(\S+)')
_FILTER = re.compile(r"^-|^\w+:|[<>=]")


def search_terms(query: str) -> list[str]:
    terms = []
    for phrase, word in _TOKEN.findall(query):
        if phrase:
            terms.append(phrase.strip())
        elif word and not _FILTER.search(word):
            terms.append(word.strip('"'))
    return [t for t in terms if t]


def terms_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern, longest terms first so phrases win over their words."""
    if not terms:
        return None
    alternatives = sorted({re.escape(t) for t in terms}, key=len, reverse=True)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def highlight(text: Text, pattern: re.Pattern[str] | None, style: str = TERM_STYLE) -> Text:
    if pattern is not None:
        text.highlight_regex(pattern, style=style)
    return text
