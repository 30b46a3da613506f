"""A saved web page → its article text, title, publication date, site name and address.

trafilatura finds the main text of news pages (dropping menus, footers, cookie
banners, related links) and reads title, date (through htmldate: meta tags, JSON-LD,
URL, then the text) and site name from the page. It is imported here, only when an
HTML file is read, so nothing else pays its half-second import.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# News pages have 1,000-5,000 elements, heavy ones 20,000; trafilatura takes about
# 0.5 ms of CPU per element, so this bounds a page at roughly half a minute.
MAX_ELEMENTS = 60_000
_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


@dataclass(slots=True)
class WebPage:
    text: str  # title, then the article's paragraphs separated by blank lines
    title: str | None
    published: str | None  # ISO date
    site: str | None
    url: str | None = None  # the page's own address: <link rel=canonical>, else og:url


class NoArticle(ValueError):
    """The page has no article text we can find."""


class TooComplex(NoArticle):
    """The page has more elements than we extract in reasonable time."""


def read_webpage(html: str) -> WebPage:
    _quiet_libraries()
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    # lxml refuses a str that still declares its encoding; the caller has decoded it.
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        raise NoArticle("no article text found in the page") from None
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:  # extraction time grows with the element count
        raise TooComplex(f"too complex a page ({elements:,} HTML elements; the limit is {MAX_ELEMENTS:,})")
    page = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,  # short wire stories lose paragraphs under the default
    )
    body = (page.text or "").strip() if page is not None else ""
    if not body:
        raise NoArticle("no article text found in the page")
    title = (page.title or "").strip() or None
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)  # the headline often states the pledge; keep it in the text
    return WebPage(text="\n\n".join(paragraphs), title=title, published=page.date or None,
                   site=(page.sitename or "").strip() or None, url=_own_url(tree) or (page.url or "").strip() or None)


def _own_url(tree) -> str | None:
    """The address the page gives for itself: its canonical link, else its og:url."""
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for value in tree.xpath(xpath):
            if str(value).strip().lower().startswith(("http://", "https://")):
                return str(value).strip()
    return None


def _quiet_libraries() -> None:
    """These libraries log parsing trouble as warnings; with no handler configured Python
    would print them on stderr, where only our one line per file belongs."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False
