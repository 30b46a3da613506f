"""Citations: every format carries what a reader needs to find the quote again, and no
format lets a hostile document put a control character or a broken entry on the clipboard."""
from __future__ import annotations

import json
import re
import unicodedata

import pytest
from commitments.records import Commitment, Document, MoneyAmount, Passage
from commitments.tui.citation import CitationFormat, bibtex_escape, format_citation
from hypothesis import given, settings
from hypothesis import strategies as st

HOSTILE = (
    "Acme \x1b[31mCorp\x1b[0m will invest \x1b]52;c;ZXZpbA==\x07$5 billion \x9b2J"
    " in [bold]new[/] [/b]plants[link=file:///etc/passwd] here[@click=app.quit] {by} 2030"
    "\u202eevil\u202c \u2066iso\u2069 \x85next\u2028line\x00 50% & #1 ~x^y_z \\end"
)


def commitment(text: str = "Acme will invest $5 billion in plants by 2030", actor: str = "Acme Corp",
               title: str | None = "Acme plans", published: str | None = "2024-04-10",
               doc: str = "acme.txt") -> Commitment:
    return Commitment(
        id="0123456789abcdef", doc=doc, doc_hash="h" * 64, actors=[actor],
        passage=Passage(100, 100 + len(text), text),
        money=MoneyAmount(5e9, "USD", "$5 billion"), title=title, published=published,
    )


PUBLISHED_BY = Document(doc="acme.txt", sha256="h" * 64, text="", publisher="The Daily Ledger")


def control_chars(text: str) -> list[str]:
    return [hex(ord(ch)) for ch in text if ch != "\n" and unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs")]


def bibtex_problems(entry: str) -> list[str]:
    """What BibTeX would choke on: the entry's shape, unbalanced braces, bare specials."""
    problems = []
    m = re.fullmatch(r"@misc\{([A-Za-z0-9]+),\n((?:  [a-z]+ = \{.*\},\n)*  [a-z]+ = \{.*\})\n\}", entry)
    if not m:
        return ["not an @misc{key, field = {value}, ...} entry"]
    for line in m.group(2).split("\n"):
        value = line.split(" = ", 1)[1].rstrip(",")[1:-1]
        depth = 0
        for ch in value:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if depth < 0:
                problems.append(f"closing brace too early in {line!r}")
                break
        if depth > 0:
            problems.append(f"unclosed brace in {line!r}")
        # an address is carried as it is (checked at ingest: no brace, backslash or space)
        if not line.startswith("  url = ") and re.search(r"(?<!\\)[%&#$_]", value):
            problems.append(f"unescaped special character in {line!r}")
    return problems


@pytest.mark.parametrize("fmt", list(CitationFormat))
def test_every_format_carries_quote_actor_amount_source_and_offsets(fmt):
    c = commitment()
    text = format_citation(c, fmt, PUBLISHED_BY)
    for needed in ("Acme will invest", "Acme Corp", "5bn", "Acme plans", "The Daily Ledger", "2024", "acme"):
        assert needed in text, f"{fmt.value} citation lacks {needed!r}: {text}"
    assert "100" in text and str(c.passage.end) in text


@pytest.mark.parametrize("fmt", list(CitationFormat))
def test_hostile_text_keeps_markup_literally_and_loses_every_control_character(fmt):
    c = commitment(HOSTILE, actor="Evil\x1b[2J [bold]Org[/bold]\u202e", title="T\x1b]0;pwned\x07itle [b]x[/b]",
                   doc="ev\x1bil.txt")
    text = format_citation(c, fmt, Document(doc="d", sha256="", text="", publisher="Pub\x9b[@click=app.quit]"))
    assert control_chars(text) == []
    for literal in ("[@click=app.quit]", "[link=file:///etc/passwd]", "[/]", "[bold]new"):
        assert literal in text, f"{fmt.value} citation changed {literal!r}: {text}"


def test_plain_text_is_one_line_and_reads_as_a_citation():
    text = format_citation(commitment(), CitationFormat.PLAIN, PUBLISHED_BY)
    assert "\n" not in text
    assert text == ("“Acme will invest $5 billion in plants by 2030” — Acme Corp (USD 5bn). "
                    "Acme plans, The Daily Ledger, 2024-04-10 (acme.txt, chars 100–145)")


def test_apa_cites_the_publisher_as_author_with_the_date_spelled_out():
    text = format_citation(commitment(), CitationFormat.APA, PUBLISHED_BY)
    assert text.startswith("The Daily Ledger. (2024, April 10). Acme plans. “Acme will invest")


def test_apa_without_a_date_says_no_date():
    assert "(n.d.)" in format_citation(commitment(published=None), CitationFormat.APA)


def test_markdown_quote_cannot_turn_into_emphasis_or_code():
    text = format_citation(commitment("they *will* spend `$5bn` <script>"), CitationFormat.MARKDOWN)
    assert text.startswith("> they \\*will\\* spend \\`$5bn\\` \\<script>")


def test_bibtex_escapes_braces_so_the_entry_stays_balanced():
    text = format_citation(commitment(HOSTILE, title="Braces { unbalanced"), CitationFormat.BIBTEX)
    assert bibtex_problems(text) == []
    assert r"\textbraceleft{}by\textbraceright{}" in text
    assert bibtex_escape("50% & $1 {x} \\") == r"50\% \& \$1 \textbraceleft{}x\textbraceright{} \textbackslash{}"


def test_json_parses_back_to_the_fields():
    c = commitment(HOSTILE)
    data = json.loads(format_citation(c, CitationFormat.JSON, PUBLISHED_BY))
    assert data["start"] == c.passage.start and data["end"] == c.passage.end
    assert data["publisher"] == "The Daily Ledger"
    assert "[@click=app.quit]" in data["quote"]
    assert control_chars(data["quote"]) == []


def test_unknown_fields_are_left_out_not_printed_as_none():
    c = commitment(title=None, published=None)
    c.money = None
    for fmt in CitationFormat:
        text = format_citation(c, fmt)
        assert "None" not in text
        if fmt is CitationFormat.BIBTEX:
            assert bibtex_problems(text) == []


any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@settings(max_examples=150, deadline=None)
@given(quote=any_text, actor=any_text, title=any_text, doc=any_text)
def test_no_input_makes_a_control_character_a_broken_bibtex_entry_or_bad_json(quote, actor, title, doc):
    c = commitment(quote or "x", actor=actor, title=title or None, doc=doc or "d.txt")
    for fmt in CitationFormat:
        text = format_citation(c, fmt, PUBLISHED_BY)
        assert control_chars(text) == [], fmt
    assert bibtex_problems(format_citation(c, CitationFormat.BIBTEX)) == []
    json.loads(format_citation(c, CitationFormat.JSON))


REPORTED = Document(doc="acme.txt", sha256="h" * 64, text="", title="Acme builds a plant", publisher="Yonhap",
                    published="2024-05-07", url="https://news.example.com/acme_plant?id=7#top")


@pytest.mark.parametrize("fmt, expected", [
    (CitationFormat.PLAIN, "Acme plans, Yonhap, 2024-04-10, https://news.example.com/acme_plant?id=7#top (acme.txt"),
    (CitationFormat.MARKDOWN, "Yonhap, 2024-04-10, <https://news.example.com/acme_plant?id=7#top>, `acme.txt`"),
    (CitationFormat.APA, "Yonhap. (2024, April 10). Acme plans. https://news.example.com/acme_plant?id=7#top “Acme"),
    (CitationFormat.BIBTEX, "  url = {https://news.example.com/acme_plant?id=7#top},"),
    (CitationFormat.JSON, '"url": "https://news.example.com/acme_plant?id=7#top"'),
])
def test_a_citation_ready_for_a_report_carries_publisher_date_and_address(fmt, expected):
    text = format_citation(commitment(), fmt, REPORTED)
    assert expected in text
    if fmt is CitationFormat.BIBTEX:
        assert bibtex_problems(text) == []


def test_the_publisher_and_date_come_from_the_document_when_the_record_has_none():
    c = commitment(published=None)
    assert format_citation(c, CitationFormat.PLAIN, REPORTED).endswith(
        "Acme plans, Yonhap, 2024-05-07, https://news.example.com/acme_plant?id=7#top (acme.txt, chars 100–145)")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "https://x.example/{a}\\b", "https://x.example/a b",
                                 "https://x.example/\x1b]52;c;ZXZpbA==\x07"])
def test_an_address_a_citation_cannot_carry_whole_is_left_out(url):
    doc = Document(doc="acme.txt", sha256="h" * 64, text="", url=url)
    for fmt in CitationFormat:
        text = format_citation(commitment(), fmt, doc)
        assert "x.example" not in text and "javascript" not in text, fmt
