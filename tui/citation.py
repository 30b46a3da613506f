"""Citations of a commitment, in the formats a writer pastes into a draft."""
from __future__ import annotations

import json
from enum import Enum

from extract.records import Commitment
from extract.text import one_line
from tui.format import format_money


class CitationFormat(str, Enum):
    PLAIN = "plain"
    MARKDOWN = "markdown"
    APA = "apa"
    BIBTEX = "bibtex"
    JSON = "json"


def _fields(c: Commitment) -> dict[str, str]:
    return {
        "quote": one_line(c.passage.text),
        "actor": one_line(", ".join(c.actors)),
        "amount": format_money(c.money),
        "title": one_line(c.title or c.doc),
        "published": c.published or "n.d.",
        "file": one_line(c.doc),
        "offsets": f"{c.passage.start}–{c.passage.end}",
    }


def format_citation(c: Commitment, fmt: CitationFormat = CitationFormat.PLAIN) -> str:
    """One citation, with no control characters whatever the document held."""
    f = _fields(c)
    amount = f" ({f['amount']})" if f["amount"] else ""
    if fmt is CitationFormat.MARKDOWN:
        return f"> {f['quote']}\n\n— **{f['actor']}**{amount}, *{f['title']}*, {f['published']}, `{f['file']}` chars {f['offsets']}"
    if fmt is CitationFormat.APA:
        return f"{f['actor']}. ({f['published']}). {f['title']}. “{f['quote']}” [{f['file']}, chars {f['offsets']}]."
    if fmt is CitationFormat.BIBTEX:
        key = "".join(ch for ch in (c.actors[0] if c.actors else "commitment") if ch.isalnum()).lower() + c.id[:6]
        esc = {k: v.replace("{", "\\{").replace("}", "\\}") for k, v in f.items()}
        return (f"@misc{{{key},\n  title = {{{esc['title']}}},\n  author = {{{esc['actor']}}},\n"
                f"  year = {{{esc['published'][:4]}}},\n  note = {{“{esc['quote']}”, {esc['file']}, chars {esc['offsets']}}}\n}}")
    if fmt is CitationFormat.JSON:
        return json.dumps({**f, "id": c.id}, ensure_ascii=False)
    return f"“{f['quote']}” — {f['actor']}{amount}. {f['title']} ({f['file']}, chars {f['offsets']})"
