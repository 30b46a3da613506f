"""Publication dates and titles from datelines, bylines and page furniture."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from commitments.extract.dateline import find_published, find_title

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Headline about something big\n\nApril 15, 2024\n\n2 Min Read\nBody text.", D(2024, 4, 15)),
        ("jp.usembassy.gov April 10, 2024\n\nTitle of the release here", D(2024, 4, 10)),
        ("Title of the piece\nPublished: 10 April 2024\nBody.", D(2024, 4, 10)),
        ("Title of the piece\nApr. 10, 2024\nBody.", D(2024, 4, 10)),
        ("Title of the piece\n10th April, 2024\n", D(2024, 4, 10)),
        ("Title\nBy Jane Doe | April 10, 2024 | 3 min read\n", D(2024, 4, 10)),
        ("Title\nWednesday, April 10, 2024 3:33 PM EDT\n", D(2024, 4, 10)),
        ("Title\n2024-04-10\nBody", D(2024, 4, 10)),
        ("TOKYO, April 10, 2024 /PRNewswire/ -- Microsoft today announced a plan.", D(2024, 4, 10)),
        ("Title\nPosted 13/04/2024\n", D(2024, 4, 13)),
        ("Title\nPosted 04/13/2024\n", D(2024, 4, 13)),
        ("記事のタイトル\n2024年4月10日\n本文", D(2024, 4, 10)),
        ("Title\nPosted on April 10, 2024 at 5:31 am by Kumud\n", D(2024, 4, 10)),
        ("Title\nUpdated 3:33 AM UTC, April 10, 2024\nTOKYO (AP) — Microsoft will invest", D(2024, 4, 10)),
        ("Title\nWed 10 Apr 2024 03.33 BST\nBody", D(2024, 4, 10)),
        ("Title\nBy Reuters\nApril 10, 20245:31 AM GMT+9Updated 2 years ago\n", D(2024, 4, 10)),
        ("REDMOND, Wash. — April 10, 2024 — Microsoft Corp. on Wednesday announced an investment in Japan.",
         D(2024, 4, 10)),
    ],
)
def test_dateline_near_the_top(text, expected):
    assert find_published(text) == expected


def test_ambiguous_numeric_date_is_not_guessed():
    assert find_published("Title of the piece\nPosted 10/04/2024\n") is None


def test_earliest_top_date_wins_over_a_header_today_date():
    text = "Monday, November 23, 2026\nSome headline for the story\nApril 10, 2024\nBody text."
    assert find_published(text) == D(2024, 4, 10)


def test_published_preferred_over_updated():
    text = "Title of the piece\n" + "Body sentence that runs on. " * 30 + "\n" * 20
    text += "Updated on April 12, 2024 5:00 pm. Originally published on April 10, 2024.\n"
    assert find_published(text) == D(2024, 4, 10)


def test_modified_phrase_beats_later_recent_posts_footer():
    lines = ["News", "A headline about a large investment"] + [f"Paragraph {i} of body text." for i in range(20)]
    lines += ["This post was last modified on April 10, 2024 5:31 am", "Recent Posts",
              "Another story", "April 18, 2025", "Yet another story", "April 17, 2025"]
    assert find_published("\n\n".join(lines)) == D(2024, 4, 10)


def test_published_phrase_with_weekday():
    text = "A headline about the plan\n" + "Body sentence.\n" * 20 + "Published on Wednesday, April 10, 2024\n"
    assert find_published(text) == D(2024, 4, 10)


def test_lone_timestamp_line_at_the_end():
    text = "Headline here for the article\n\n" + "Sentence of body text.\n" * 30 + "Read More\n\n2024-04-10 03:33"
    assert find_published(text) == D(2024, 4, 10)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The deal was signed on April 9, 2024 by both governments in Washington, officials said.",
        "The US and Japan announced on April 10 a political understanding.",
        "Title\nIn May 2022, the leaders met.",
        "Title\nPosted 31/02/2024",
    ],
)
def test_no_publication_date(text):
    assert find_published(text) is None


@pytest.mark.parametrize("bad", [None, 3, "\x00\n\n\x00", "24/7"])
def test_odd_input(bad):
    assert find_published(bad) is None


@pytest.mark.parametrize(
    "text, title",
    [
        ("News\n\nMicrosoft’s $2.9B Boost for Japan’s AI\n\nBody.", "Microsoft’s $2.9B Boost for Japan’s AI"),
        ("\n\n米国大使館 報道室 24-04RE PRESS OFFICE, U.S. EMBASSY, TOKYO\n\njp.usembassy.gov April 10, 2024\n\n"
         "The United States and Japan Announce Partnerships Worth \\$110 Million\n",
         "The United States and Japan Announce Partnerships Worth $110 Million"),
        ("By Jane Doe\nApril 10, 2024\n2 Min Read\n# Big Plans for the Grid\nText.", "Big Plans for the Grid"),
        ("   Leading spaces are stripped from this title   \n", "Leading spaces are stripped from this title"),
        ("Home > News > Tech\nA real headline goes here\n", "A real headline goes here"),
        ("Menu\nSubscribe to our newsletter\n(Photo by Jane/Getty Images)\nMicrosoft invests in Japan cloud\n",
         "Microsoft invests in Japan cloud"),
        ("Search giant Google invests in Japan today\n", "Search giant Google invests in Japan today"),
    ],
)
def test_title_skips_furniture(text, title):
    assert find_title(text) == title


@pytest.mark.parametrize("text", ["", "\n\n", "News\nApril 10, 2024\n", None])
def test_no_title(text):
    assert find_title(text) is None


SEED_DATES = {
    "000": None,  # only "April 10" without a year
    "001": D(2024, 4, 15),
    "002": D(2024, 4, 10),
    "003": D(2024, 4, 10),
    "004": D(2024, 4, 10),
}
SEED_TITLES = {
    "001": "US, Japan Collaborate on AI Research for Life Sciences, Workplace Development",
    "002": "The United States and Japan Announce Two New University-Corporate AI Partnerships Worth $110 Million",
    "003": "Japan’s PM Kishida Aims to Forge Stronger AI Collaboration on US Visit",
    "004": "Microsoft’s $2.9B Boost for Japan’s AI and Cloud Capabilities",
}


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix, expected", sorted(SEED_DATES.items()))
def test_seed_publication_dates(prefix, expected):
    assert find_published(_seed(prefix)) == expected


@pytest.mark.parametrize("prefix, expected", sorted(SEED_TITLES.items()))
def test_seed_titles(prefix, expected):
    assert find_title(_seed(prefix)) == expected


def test_a_document_read_before_takes_its_title_and_date_from_what_was_found_then(tmp_path):
    from commitments.extract.documents import read_document
    from commitments.records import Metadata

    path = tmp_path / "wire.txt"
    path.write_text("Acme opens a plant\n\nTOKYO, April 10, 2024 — Acme will invest $5 million.\n", encoding="utf-8")
    fresh = read_document(path)
    assert (fresh.title, fresh.published) == ("Acme opens a plant", "2024-04-10")
    asked = []
    stored = Metadata("Stored title", "2020-01-02", "Stored Wire", "https://example.org/stored")
    known = read_document(path, lambda sha: asked.append(sha) or stored)
    assert asked == [fresh.sha256]
    assert (known.title, known.published, known.publisher, known.url) == (
        "Stored title", "2020-01-02", "Stored Wire", "https://example.org/stored")
    assert read_document(path, lambda sha: None) == fresh  # not known: found as before


@pytest.mark.parametrize("text, expected", [
    ("Title of the piece\n2024.04.18\nThe ministry will spend more.", dt.date(2024, 4, 18)),
    ("Title of the piece\n9.2.2025\nThe ministry will spend more.", dt.date(2025, 2, 9)),
    ("Title of the piece\nPosted 10-02-2025\nThe ministry will spend more.", dt.date(2025, 2, 10)),
    ("Title of the piece\nApr 19\nThe plan runs to 2027. On March 3, 2025 the firm said so.", dt.date(2025, 4, 19)),
    ("Title of the piece\nMonday 9 June\nIn 2025 the ministry said so.", dt.date(2025, 6, 9)),
    ("Kolkata, March 3 (IANS): The state said on Friday it will spend Rs 5 crore by 2028, as in 2023.", dt.date(2023, 3, 3)),
    ("SANTIAGO, May 31 (Reuters) - The firms signed a deal on Friday to run the mine from 2025 to 2060.", None),
])
def test_numeric_and_yearless_datelines(text, expected):
    assert find_published(text) == expected


def test_a_yearless_date_in_prose_is_not_a_dateline():
    assert find_published("Title of the piece\nThe event on March 3 drew crowds, as it did in 2024.\n") is None
