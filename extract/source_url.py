"""A document's own address, for citing it: a saved text often keeps it on a labelled line
("URL: https://…", "Source: https://…", "Originally published at https://…").

Only labelled lines count: an address in running text is a link the article makes, not
the article's own. The address is checked to be one a citation can carry whole (http or
https, no spaces, quotes, braces or backslashes), so BibTeX and Markdown need not escape it.
"""
from __future__ import annotations

import re

MAX_LINE = 400  # a labelled address line; longer lines are prose
_LABELLED = re.compile(
    r"^\W{0,3}(?:url|link|source|permalink|original(?:\s+article)?|canonical"
    r"|(?:originally\s+)?(?:published|posted)\s+(?:at|on|in))\s*:?\s*<?(?P<url>https?://\S+?)>?[.,;]?$",
    re.IGNORECASE,
)
_CITABLE = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d+)?(?:/[^\s<>\"'{}\\^`|\[\]]*)?", re.IGNORECASE)


def citable_url(url: str | None) -> str | None:
    """``url`` when a citation can carry it as it is, else None."""
    if not url:
        return None
    url = url.strip()
    return url if _CITABLE.fullmatch(url) else None


def find_url(text: str) -> str | None:
    """The address a labelled line gives for the document, the first one; None if none."""
    if not isinstance(text, str):
        return None
    for line in text.splitlines():
        line = line.strip()
        if not line or len(line) > MAX_LINE:
            continue
        m = _LABELLED.match(line)
        if m:
            url = citable_url(m.group("url"))
            if url:
                return url
    return None
