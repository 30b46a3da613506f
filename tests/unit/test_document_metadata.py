"""A document's headline, publisher, date and address, found at ingest from what the
text states (invented texts in the shapes real pages take)."""
from __future__ import annotations

import datetime as dt

import pytest
from commitments.extract.dateline import find_published, find_title
from commitments.extract.documents import read_document
from commitments.extract.publisher import find_publisher
from commitments.extract.source_url import find_url
from commitments.records import Document, Metadata, content_hash

BODY = "Acme Corp will invest $5 billion in a new plant by 2027, it said.\n"


@pytest.mark.parametrize("top, headline", [
    ("Home | Business | Markets", "Acme builds a plant in Ohio"),
    ("Business | Markets | Technology | World", "Acme builds a plant in Ohio"),
    ("Daily Planet News\nHome > Business > Markets", "Acme builds a plant in Ohio"),
    ("Planet Post | News | Business | Energy | Opinion | Subscribe", "Acme builds a plant in Ohio"),
    ("Ministry of Industry - Press release", "Acme builds a plant in Ohio"),
    ("Press Information Bureau\nGovernment of Freedonia", "Acme builds a plant in Ohio"),
    ("We use cookies to improve your experience. By continuing you accept our cookie policy.",
     "Acme builds a plant in Ohio"),
    ("", "(LEAD) Acme builds a plant in Ohio"),
])
def test_the_title_is_the_headline_never_the_site_furniture(top, headline):
    text = f"{top}\n\n{headline}\n\nBy Jane Doe\n\n{BODY}"
    assert find_title(text) == "Acme builds a plant in Ohio"


def test_a_headline_that_carries_a_bar_is_still_the_headline_without_the_sites_name(tmp_path):
    text = "Acme builds a plant in Ohio | Planet Post\n\nPlanet Post | Staff Writer | March 4, 2025\n\n" + BODY
    assert find_title(text) == "Acme builds a plant in Ohio | Planet Post"
    path = tmp_path / "acme.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.publisher) == ("Acme builds a plant in Ohio", "Planet Post")
    path.write_text(text.replace("| Planet Post\n", "| Planet Wire\n"), encoding="utf-8")
    assert read_document(path).title == "Acme builds a plant in Ohio | Planet Wire"  # not the publisher: kept


@pytest.mark.parametrize("furniture, publisher", [
    ("SEOUL, May 7 (Yonhap) -- Acme said Tuesday it would invest more, as it did in 2023.", "Yonhap"),
    ("BERLIN, March 3, 2025 (Reuters) - Acme will spend 4.5 billion euros.", "Reuters"),
    ("ISLAMABAD/DUBAI, May 23 (Reuters) - Acme will spend $10 billion.", "Reuters"),
    ("TOKYO, April 10, 2024 /PRNewswire/ -- Acme announced a plan.", "PRNewswire"),
    ("By Jane Doe, Reuters", "Reuters"),
    ("By Jane Doe for The Planet Post", "The Planet Post"),
    ("By Ana Silva - Reporter, Agência Planeta - Belém", "Agência Planeta"),
    ("By Priya Rao | Climate Capital Asia | 20 February 2025", "Climate Capital Asia"),
    ("Mercury Energy | Staff Writer | February 18, 2025", "Mercury Energy"),
    ("Battery Weekly | Posted by Julia Roth | 4 March 2025", "Battery Weekly"),
    ("KYODO NEWS - Jan 13, 2025 - 11:20 | Business, Politics", "KYODO NEWS"),
    ("From: Department of Trade", "Department of Trade"),
    ("Source: Planet Wire", "Planet Wire"),
    ("Freedonia Institute - News", "Freedonia Institute"),
    ("news.example.gov April 10, 2024", "news.example.gov"),
])
def test_the_publisher_is_the_one_the_page_states(furniture, publisher):
    text = f"Acme builds a plant in Ohio\n\n{furniture}\n\n{BODY}"
    assert find_publisher(text) == publisher


def test_a_masthead_above_the_menu_is_the_publisher():
    text = f"Daily Planet Blog\nHome | Products | AI | Company news\n\nAcme builds a plant in Ohio\n\n{BODY}"
    assert find_publisher(text) == "Daily Planet Blog" and find_title(text) == "Acme builds a plant in Ohio"


@pytest.mark.parametrize("furniture", [
    "By Jane Doe and John Roe",
    "By Mette Hansen, Copenhagen",  # a place, not an outlet
    "Posted by Sarah Page, Policy Editor | 17 June 2025 | 6 min read",
    "By the end of the summit, donors had pledged $11 billion for the next cycle, short of the target.",
    "",
])
def test_no_publisher_where_the_page_names_none(furniture):
    assert find_publisher(f"Acme builds a plant in Ohio\n\n{furniture}\n\n{BODY}") is None


def test_a_wire_dateline_gives_the_date_with_the_year_from_the_text():
    text = "Acme builds a plant\n\nSEOUL, May 7 (Yonhap) -- Acme said it will invest 1 trillion won.\n\nIts last plant opened in 2024.\n"
    assert find_published(text) == dt.date(2024, 5, 7)
    assert find_publisher(text) == "Yonhap"
    text = "Acme builds a plant\n\nBERLIN, March 3, 2025 (Reuters) - Acme will spend 4.5 billion euros by 2028.\n"
    assert find_published(text) == dt.date(2025, 3, 3)


@pytest.mark.parametrize("line, url", [
    ("URL: https://news.example.com/acme-plant", "https://news.example.com/acme-plant"),
    ("Source: <https://news.example.com/a?id=7>", "https://news.example.com/a?id=7"),
    ("Originally published at https://blog.example.org/2025/acme.", "https://blog.example.org/2025/acme"),
    ("See https://example.com/other for more.", None),  # a link in prose is not the page's own
    ("URL: javascript:alert(1)", None),
    ("URL: https://example.com/{evil}\\x", None),  # not carried whole by BibTeX or Markdown
])
def test_the_address_is_a_labelled_line(line, url):
    assert find_url(f"Acme builds a plant\n\n{BODY}\n{line}\n") == url


def test_a_text_file_is_read_with_its_publisher_date_and_address(tmp_path):
    path = tmp_path / "acme.txt"
    path.write_text("Home | Business | Markets\n\nAcme builds a plant in Ohio\n\n"
                    "SEOUL, May 7, 2024 (Yonhap) -- " + BODY + "\nURL: https://news.example.com/acme\n", encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.publisher, doc.published, doc.url) == (
        "Acme builds a plant in Ohio", "Yonhap", "2024-05-07", "https://news.example.com/acme")


def test_a_web_page_gives_its_canonical_address(tmp_path):
    path = tmp_path / "acme.html"
    path.write_text(
        '<!doctype html><html><head><title>Acme builds a plant | Planet Post</title>'
        '<link rel="canonical" href="https://planet.example.com/2024/acme">'
        '<meta property="og:url" content="https://planet.example.com/og">'
        '<meta property="og:site_name" content="The Planet Post"></head><body>'
        '<nav><a href="/">Home</a> | <a>Business</a> | <a>Markets</a></nav><article>'
        '<h1>Acme builds a plant in Ohio</h1><p>Acme Corp said on Wednesday it will invest $5 billion '
        'in a new chip plant in Ohio by 2027, creating 3,000 jobs.</p><p>The company said building '
        'would start this year and the plant would be its largest in North America.</p></article></body></html>',
        encoding="utf-8")
    doc = read_document(path)
    assert doc.url == "https://planet.example.com/2024/acme"
    assert doc.publisher == "The Planet Post" and "Home" not in (doc.title or "")
    path.write_text(path.read_text().replace('<link rel="canonical" href="https://planet.example.com/2024/acme">', ""))
    assert read_document(path).url == "https://planet.example.com/og"


def test_an_old_store_record_reads_without_the_new_fields():
    old = {"doc": "a.txt", "sha256": "h", "text": "t", "path": None, "title": "T", "published": None,
           "encoding": "utf-8"}
    doc = Document.from_dict(old)
    assert doc.publisher is None and doc.url is None


def test_a_store_written_before_addresses_reads_and_finds_them_again(tmp_path):
    import json

    from commitments.store import Store

    text = "Acme builds a plant\n\nBy Jane Doe, Reuters\n\nAcme will build a dam.\n\nURL: https://example.com/acme\n"
    sha = content_hash(text)
    path = tmp_path / "commitments.json"
    path.write_text(json.dumps({
        "_meta": {"1": {"app": "commitments", "schema": 2, "documents": 1, "commitments": 0}},
        "documents": {"1": {"doc": "a.txt", "sha256": sha, "text": text, "path": "/old/a.txt", "title": "Acme",
                            "published": None, "encoding": "utf-8", "publisher": None}},
        "commitments": {},
    }))
    store = Store(path)
    assert store.documents[sha].url is None and store.documents[sha].publisher is None
    assert store.known_metadata(sha) is None  # found again when the file is read next
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    doc = read_document(tmp_path / "a.txt", store.known_metadata)
    assert (doc.publisher, doc.url) == ("Reuters", "https://example.com/acme")
    other = tmp_path / "b.txt"
    other.write_text(text.replace("a dam", "a bridge"), encoding="utf-8")
    new = read_document(other)
    store.add([(new, [])])
    assert Store(path).known_metadata(new.sha256) == Metadata("Acme builds a plant", None, "Reuters",
                                                              "https://example.com/acme")
