"""Formats and encodings: .txt, .md and saved web pages in the encodings users have,
read from real files, and ingested end to end by the real `commitments ingest`."""
from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest
from commitments.extract.documents import DocumentError, read_document
from commitments.store.db import read_whole

PLEDGE = "Acme Corp will invest $5 million in Kenya by 2030, the company said."
WESTERN = "Café owners in São Paulo welcomed the “historic” plan — Renée Dupont said."
JAPANESE = "トヨタ自動車は2030年までに電池に5兆円を投資すると発表した。"



def lines(name: str, *extra: str, sep: str = "\n") -> str:
    """Each file's text differs (its name is in it), so the store keeps every one."""
    return sep.join([PLEDGE, f"Filed as {name}.", *extra, ""])


# (file name, bytes, encoding that must be recorded, a line the text must contain)
TEXT_FILES = [
    ("utf8.txt", lines("utf8", WESTERN).encode(), "utf-8", WESTERN),
    ("utf8-bom.txt", codecs.BOM_UTF8 + lines("bom", WESTERN).encode(), "utf-8-sig", WESTERN),
    ("utf16.txt", lines("utf16", WESTERN).encode("utf-16"), "utf-16", WESTERN),
    ("utf16le-nobom.txt", lines("utf16le", WESTERN).encode("utf-16-le"), "utf-16-le", WESTERN),
    ("windows.txt", lines("windows", WESTERN, sep="\r\n").encode("cp1252"), "cp1252", WESTERN),
    ("tokyo.txt", lines("tokyo", JAPANESE).encode("shift_jis"), "shift_jis", JAPANESE),
    ("notes.md", f"# Pledges\n\n* {PLEDGE}\n* {WESTERN}\n".encode(), "utf-8", WESTERN),
]


def news_page(charset: str, body: str, *, date: str = "2024-03-05") -> str:
    """A saved news page as browsers save them: navigation, cookie banner, article, asides."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>Acme pledges $5 million for Kenya | The Example Times</title>
<meta property="og:title" content="Acme pledges $5 million for Kenya">
<meta property="og:site_name" content="The Example Times">
<meta property="article:published_time" content="{date}T08:00:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<main><article>
<h1>Acme pledges $5 million for Kenya</h1>
<p>NAIROBI - {PLEDGE} The money will pay for three solar plants and train 2,000 technicians.</p>
<p>{body}</p>
<p>The Kenyan energy ministry said the government would add grants of its own next year.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Markets slide as rates rise</a></li>
<li><a href="/y">Ten recipes for summer</a></li></ul></aside></main>
<footer><p>Copyright 2024 The Example Times. All rights reserved.</p>
<p>Subscribe to our newsletter for daily updates.</p></footer>
</body></html>
"""


HTML_FILES = [
    ("page.html", news_page("utf-8", WESTERN).encode(), "utf-8", WESTERN),
    ("page-sjis.htm", news_page("Shift_JIS", JAPANESE).encode("shift_jis"), "shift_jis", JAPANESE),
    ("page-1252.html", news_page("windows-1252", WESTERN + " Archived copy.").encode("cp1252"), "cp1252", WESTERN),
]


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    for name, raw, _, _ in TEXT_FILES + HTML_FILES:
        (folder / name).write_bytes(raw)
    return folder


@pytest.mark.parametrize(("name", "encoding", "line"), [(n, e, s) for n, _, e, s in TEXT_FILES + HTML_FILES])
def test_each_encoding_is_decoded_and_recorded(corpus, name, encoding, line):
    doc = read_document(corpus / name)
    assert doc.encoding == encoding
    assert line in doc.text and PLEDGE in doc.text
    assert "\r" not in doc.text and "\ufeff" not in doc.text


@pytest.mark.parametrize("name", [n for n, *_ in HTML_FILES])
def test_a_saved_page_gives_article_text_title_date_and_site(corpus, name):
    doc = read_document(corpus / name)
    assert doc.title == "Acme pledges $5 million for Kenya"
    assert doc.published == "2024-03-05"
    assert doc.publisher == "The Example Times"
    assert doc.text.startswith("Acme pledges $5 million for Kenya\n\n")
    assert "Kenyan energy ministry" in doc.text
    for boilerplate in ("cookies", "Subscribe", "Most read", "recipes", "All rights reserved", "<p>"):
        assert boilerplate not in doc.text


def test_a_page_without_an_article_is_one_clear_error(tmp_path):
    page = tmp_path / "empty-shell.html"
    page.write_text("<!DOCTYPE html><html><head><title>Loading…</title></head><body><script>app()</script></body></html>")
    with pytest.raises(DocumentError, match=r"empty-shell\.html: no article text"):
        read_document(page)


def test_a_bare_html_fragment_is_read(tmp_path):
    snippet = tmp_path / "snippet.html"  # copied out of a page: no <html>, no <body>
    snippet.write_text(f"<p>{PLEDGE}</p>")
    assert read_document(snippet).text == PLEDGE


def test_a_page_too_complex_to_extract_quickly_is_refused_before_extraction(tmp_path):
    from commitments.extract.webpage import MAX_ELEMENTS

    page = tmp_path / "infinite-scroll.html"
    rows = "".join(f"<div><a href='/p/{i}'>item {i}</a></div>" for i in range(MAX_ELEMENTS // 2 + 1))
    page.write_text(f"<html><body>{rows}</body></html>")
    with pytest.raises(DocumentError, match=rf"infinite-scroll\.html: too complex a page \([0-9,]+ HTML elements; "
                                            rf"the limit is {MAX_ELEMENTS:,}\)"):
        read_document(page)


def test_html_is_recognised_by_content_when_the_suffix_says_nothing(tmp_path):
    page = tmp_path / "saved_page"  # browsers and curl save pages without a suffix
    page.write_text(news_page("utf-8", WESTERN))
    assert read_document(page).publisher == "The Example Times"


def test_ingest_takes_every_format_and_records_the_encoding(corpus, tmp_path):
    db = tmp_path / "store.json"
    proc = subprocess.run([sys.executable, "-m", "commitments", "ingest", str(corpus), "--db", str(db)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.startswith(f"{len(TEXT_FILES) + len(HTML_FILES)} added")
    stored = read_whole(db)
    docs = {d["doc"]: d for d in stored["documents"].values()}
    assert {name: d["encoding"] for name, d in docs.items()} == {n: e for n, _, e, _ in TEXT_FILES + HTML_FILES}
    assert docs["page.html"]["published"] == "2024-03-05"
    found = {(c["doc"], tuple(c["actors"])) for c in stored["commitments"].values()}
    assert ("page.html", ("Acme Corp",)) in found
    assert ("utf16.txt", ("Acme Corp",)) in found
