"""Citations of a commitment, in the formats a writer pastes into a draft.

Every field comes from untrusted document text, so each is cleaned to one line and a
last pass removes any control or format character that survived: a citation can hold
markup such as ``[bold]`` (kept literally, it is never rendered as markup) but never an
escape sequence or a bidirectional override. Newline is the only control character a
citation may contain.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from commitments.extract.source_url import citable_url
from commitments.extract.text import one_line
from commitments.records import Commitment, Document
from commitments.tui.format import format_money
from commitments.tui.quote import quote_start


class CitationFormat(str, Enum):
    PLAIN = "plain"
    MARKDOWN = "markdown"
    APA = "apa"
    BIBTEX = "bibtex"
    JSON = "json"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    CitationFormat.PLAIN: "Plain text",
    CitationFormat.MARKDOWN: "Markdown",
    CitationFormat.APA: "APA style",
    CitationFormat.BIBTEX: "BibTeX @misc",
    CitationFormat.JSON: "JSON",
}


def safe_field(text: str | None) -> str:
    """One line of text with no control (Cc), format (Cf), separator or surrogate character."""
    if not text:
        return ""
    flat = one_line(text)
    return "".join(ch for ch in flat if unicodedata.category(ch) not in _UNSAFE_CATEGORIES)


# Cc: C0/C1 controls; Cf: bidi marks, overrides and other invisible formatting;
# Zl/Zp: line and paragraph separators; Cs: lone surrogates a bad decode can leave.
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs"}


@dataclass(frozen=True, slots=True)
class CitationFields:
    """What a citation says, each field already safe; empty where not known."""

    id: str
    quote: str
    actor: str
    amount: str
    title: str
    publisher: str
    published: str  # ISO date
    url: str  # the document's own address, checked at ingest to need no escaping
    file: str
    start: int
    end: int

    @property
    def offsets(self) -> str:
        return f"{self.start}–{self.end}"


def citation_fields(c: Commitment, document: Document | None = None) -> CitationFields:
    doc = document
    # The quote starts at the sentence naming the actor (tui/quote.py), which needs the text.
    start = quote_start(c, doc.text if doc else None)
    quote = doc.text[start:c.passage.start] + c.passage.text if doc and start < c.passage.start else c.passage.text
    return CitationFields(
        id=safe_field(c.id),
        quote=safe_field(quote),
        actor=safe_field(", ".join(c.actors)),
        amount=safe_field(format_money(c.money)),
        title=safe_field(c.title or (doc.title if doc else None)),
        publisher=safe_field(doc.publisher if doc else None),
        published=safe_field(c.published or (doc.published if doc else None)),
        url=safe_field(citable_url(doc.url) if doc else None),
        file=safe_field(c.doc),
        start=start,
        end=c.passage.end,
    )


def format_citation(c: Commitment, fmt: CitationFormat = CitationFormat.PLAIN,
                    document: Document | None = None) -> str:
    """One citation of ``c`` in ``fmt``; ``document`` adds its publisher and address where
    known, and lets the quote reach back to the sentence naming the actor."""
    f = citation_fields(c, document)
    return _FORMATTERS[CitationFormat(fmt)](f)


def _join(*parts: str, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def _who(f: CitationFields) -> str:
    return (f.actor or "Unknown") + (f" ({f.amount})" if f.amount else "")


def _plain(f: CitationFields) -> str:
    who = _who(f)
    source = _join(f.title, f.publisher, f.published, f.url)
    return _join(f"“{f.quote}” — {who}.", source, f"({f.file}, chars {f.offsets})", sep=" ")


def _markdown(f: CitationFields) -> str:
    who = _markdown_escape(f.actor) if f.actor else "Unknown"
    amount = f" ({_markdown_escape(f.amount)})" if f.amount else ""
    title = f"*{_markdown_escape(f.title)}*" if f.title else ""
    source = _join(title, _markdown_escape(f.publisher), f.published, f"<{f.url}>" if f.url else "")
    location = f"`{f.file.replace('`', '')}` chars {f.offsets}"
    return f"> {_markdown_escape(f.quote)}\n\n— **{who}**{amount}, {_join(source, location)}"


# Emphasis, code, HTML, headings and strike-through would change what a quote says;
# square brackets stay literal (a bare [x] is not a link), so quoted markup reads as written.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_<#~])")


def _markdown_escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _apa_date(iso: str) -> str:
    """``2024-04-10`` → ``2024, April 10``, as APA dates news articles; ``n.d.`` when unknown."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso)
    if not m:
        return iso or "n.d."
    year, month, day = m.groups()
    if not month or not 1 <= int(month) <= 12:
        return year
    out = f"{year}, {_MONTHS[int(month) - 1]}"
    return f"{out} {int(day)}" if day else out


def _sentence(text: str) -> str:
    return text if not text or text[-1] in ".?!" else text + "."


def _apa(f: CitationFields) -> str:
    # A news item with no named author is cited by its publisher, else by its title.
    author = f.publisher or f.title or f.file
    title = f.title if f.title and f.title != author else ""
    head = _join(f"{_sentence(author)} ({_apa_date(f.published)}).", _sentence(title), f.url, sep=" ")
    return f"{head} “{f.quote}” [{_who(f)}; {f.file}, chars {f.offsets}]."


_BIBTEX_SPECIAL = {
    # BibTeX counts every brace, escaped or not, so braces in the text become commands
    # whose own braces balance; a lone `{` would break the whole entry.
    "\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
    "%": r"\%", "&": r"\&", "#": r"\#", "$": r"\$", "_": r"\_",
    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}


def bibtex_escape(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in text)


def bibtex_key(f: CitationFields) -> str:
    """An ASCII key BibTeX accepts: the first actor's letters, the year and the id."""
    first = f.actor.split(",")[0]
    name = "".join(ch for ch in unicodedata.normalize("NFKD", first) if ch.isascii() and ch.isalnum()).lower()
    year = f.published[:4] if f.published[:4].isdigit() else ""
    ident = "".join(ch for ch in f.id if ch.isascii() and ch.isalnum())[:8]
    return f"{name[:24] or 'commitment'}{year}{ident}"


def _bibtex(f: CitationFields) -> str:
    fields = {
        "title": f.title or f.file,
        "author": f"{{{bibtex_escape(f.publisher)}}}" if f.publisher else "",
        "howpublished": f.publisher,
        "year": f.published[:4] if f.published[:4].isdigit() else "",
        "date": f.published if re.fullmatch(r"\d{4}(-\d{2}){0,2}", f.published) else "",
        "url": f.url,
        "note": _join(f"“{f.quote}”", _who(f), f"{f.file}, chars {f.start}--{f.end}", sep="; "),
    }
    lines = []
    for name, value in fields.items():
        if not value:
            continue
        # the author is escaped above; an address was checked at ingest to hold no brace,
        # backslash or space, and escaping would change it
        text = value if name in ("author", "url") else bibtex_escape(value)
        lines.append(f"  {name} = {{{text}}}")
    return f"@misc{{{bibtex_key(f)},\n" + ",\n".join(lines) + "\n}"


def _json(f: CitationFields) -> str:
    return json.dumps({
        "quote": f.quote, "actor": f.actor, "amount": f.amount or None, "title": f.title or None,
        "publisher": f.publisher or None, "published": f.published or None, "url": f.url or None, "file": f.file,
        "start": f.start, "end": f.end, "id": f.id,
    }, ensure_ascii=False, indent=2)


_FORMATTERS = {
    CitationFormat.PLAIN: _plain,
    CitationFormat.MARKDOWN: _markdown,
    CitationFormat.APA: _apa,
    CitationFormat.BIBTEX: _bibtex,
    CitationFormat.JSON: _json,
}
