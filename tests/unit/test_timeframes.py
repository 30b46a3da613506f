"""Each phrasing the timeframe parser promises, with the exact dates it resolves to."""
from __future__ import annotations

import datetime as dt

import pytest
from commitments.extract.timeframes import find_timeframes

PUB = dt.date(2024, 4, 10)


def only(text: str, published: dt.date | None = PUB):
    found = find_timeframes(text, published)
    assert len(found) == 1, found
    tf = found[0]
    assert text[tf.start:tf.end] == tf.text
    return tf


@pytest.mark.parametrize(
    "text, phrase, start, end",
    [
        ("Microsoft will invest $2.9 billion over the next two years.", "over the next two years",
         "2024-04-10", "2026-04-10"),
        ("to build infrastructure over two years", "over two years", "2024-04-10", "2026-04-10"),
        ("hire staff in the next 5 years", "in the next 5 years", "2024-04-10", "2029-04-10"),
        ("train 3 million people within three years", "within three years", "2024-04-10", "2027-04-10"),
        ("spend it over the next decade", "over the next decade", "2024-04-10", "2034-04-10"),
        ("spend it over the coming decade", "over the coming decade", "2024-04-10", "2034-04-10"),
        ("over the next two decades", "over the next two decades", "2024-04-10", "2044-04-10"),
        ("over the next 12 months", "over the next 12 months", "2024-04-10", "2025-04-10"),
        ("within the next year", "within the next year", "2024-04-10", "2025-04-10"),
        ("within a year", "within a year", "2024-04-10", "2025-04-10"),
        ("in two years' time", "in two years' time", "2024-04-10", "2026-04-10"),
        ("for the next ten years", "for the next ten years", "2024-04-10", "2034-04-10"),
        ("over a five-year period", "over a five-year period", "2024-04-10", "2029-04-10"),
        ("over a period of 18 months", "over a period of 18 months", "2024-04-10", "2025-10-10"),
        ("over a five-year period of growth", "over a five-year period", "2024-04-10", "2029-04-10"),
        ("within 30 days", "within 30 days", "2024-04-10", "2024-05-10"),
        ("three years from now", "three years from now", "2024-04-10", "2027-04-10"),
        ("over the past three years", "over the past three years", "2021-04-10", "2024-04-10"),
        ("over the next three to five years", "over the next three to five years", "2024-04-10", "2029-04-10"),
        ("over the next 3-5 years", "over the next 3-5 years", "2024-04-10", "2029-04-10"),
        ("over the course of the next five years", "over the course of the next five years",
         "2024-04-10", "2029-04-10"),
        ("across the next two years", "across the next two years", "2024-04-10", "2026-04-10"),
        ("over the next two and a half years", "over the next two and a half years", "2024-04-10", "2026-10-10"),
        ("within 2.5 years", "within 2.5 years", "2024-04-10", "2026-10-10"),
        ("in a year's time", "in a year's time", "2024-04-10", "2025-04-10"),
    ],
)
def test_durations_run_from_publication(text, phrase, start, end):
    tf = only(text)
    assert (tf.text, tf.date_start, tf.date_end) == (phrase, start, end)


@pytest.mark.parametrize(
    "text, phrase, start, end",
    [
        ("invest $15 billion in Japan by 2027 to", "by 2027", "2024-04-10", "2027-12-31"),
        ("by the end of 2026", "by the end of 2026", "2024-04-10", "2026-12-31"),
        ("by end-2026", "by end-2026", "2024-04-10", "2026-12-31"),
        ("by mid-2025", "by mid-2025", "2024-04-10", "2025-06-30"),
        ("by March 2025", "by March 2025", "2024-04-10", "2025-03-31"),
        ("by February 2028", "by February 2028", "2024-04-10", "2028-02-29"),
        ("by March 31, 2025", "by March 31, 2025", "2024-04-10", "2025-03-31"),
        ("by 31 March 2025", "by 31 March 2025", "2024-04-10", "2025-03-31"),
        ("by fiscal 2030", "by fiscal 2030", "2024-04-10", "2030-12-31"),
        ("by FY2030", "by FY2030", "2024-04-10", "2030-12-31"),
        ("by FY30", "by FY30", "2024-04-10", "2030-12-31"),
        ("by the end of fiscal year 2027", "by the end of fiscal year 2027", "2024-04-10", "2027-12-31"),
        ("through 2030", "through 2030", "2024-04-10", "2030-12-31"),
        ("until 2028", "until 2028", "2024-04-10", "2028-12-31"),
        ("no later than 2026", "no later than 2026", "2024-04-10", "2026-12-31"),
        ("up to 2030", "up to 2030", "2024-04-10", "2030-12-31"),
        ("before 2030", "before 2030", "2024-04-10", "2029-12-31"),
        ("by the end of the decade", "by the end of the decade", "2024-04-10", "2029-12-31"),
        ("by the end of this year", "by the end of this year", "2024-04-10", "2024-12-31"),
        ("by the end of next year", "by the end of next year", "2024-04-10", "2025-12-31"),
        ("by year-end", "by year-end", "2024-04-10", "2024-12-31"),
        ("by the end of the year", "by the end of the year", "2024-04-10", "2024-12-31"),
        ("by September", "by September", "2024-04-10", "2024-09-30"),
        ("by March", "by March", "2024-04-10", "2025-03-31"),
        ("by the end of Q3 2025", "by the end of Q3 2025", "2024-04-10", "2025-09-30"),
        ("until the end of the third quarter of fiscal 2026", "until the end of the third quarter of fiscal 2026",
         "2024-04-10", "2026-09-30"),
        ("by late summer 2025", "by late summer 2025", "2024-04-10", "2025-08-31"),
        ("through the end of the decade", "through the end of the decade", "2024-04-10", "2029-12-31"),
    ],
)
def test_deadlines_end_on_the_last_day(text, phrase, start, end):
    tf = only(text)
    assert (tf.text, tf.date_start, tf.date_end) == (phrase, start, end)


@pytest.mark.parametrize(
    "text, phrase, start, end",
    [
        ("from 2024 to 2027", "from 2024 to 2027", "2024-01-01", "2027-12-31"),
        ("between 2025 and 2030", "between 2025 and 2030", "2025-01-01", "2030-12-31"),
        ("the 2024-2027 plan", "2024-2027", "2024-01-01", "2027-12-31"),
        ("in 2024–27", "in 2024–27", "2024-01-01", "2027-12-31"),
        ("for FY2024/25", "for FY2024/25", "2024-01-01", "2025-12-31"),
        ("from April 2024 to March 2025", "from April 2024 to March 2025", "2024-04-01", "2025-03-31"),
        ("in 2026", "in 2026", "2026-01-01", "2026-12-31"),
        ("in March 2026", "in March 2026", "2026-03-01", "2026-03-31"),
        ("in mid-2025", "in mid-2025", "2025-06-30", "2025-06-30"),
        ("in early 2026", "in early 2026", "2026-01-01", "2026-04-30"),
        ("in late 2026", "in late 2026", "2026-09-01", "2026-12-31"),
        ("in the first quarter of 2025", "in the first quarter of 2025", "2025-01-01", "2025-03-31"),
        ("Q3 2025", "Q3 2025", "2025-07-01", "2025-09-30"),
        ("H2 2026", "H2 2026", "2026-07-01", "2026-12-31"),
        ("in the second half of next year", "in the second half of next year", "2025-07-01", "2025-12-31"),
        ("in the 2030s", "in the 2030s", "2030-01-01", "2039-12-31"),
        ("starting in 2025", "starting in 2025", "2025-01-01", None),
        ("from 2025 onwards", "from 2025 onwards", "2025-01-01", None),
        ("since 2022", "since 2022", "2022-01-01", "2024-04-10"),
        ("this year", "this year", "2024-01-01", "2024-12-31"),
        ("next year", "next year", "2025-01-01", "2025-12-31"),
        ("last year", "last year", "2023-01-01", "2023-12-31"),
        ("later this year", "later this year", "2024-04-10", "2024-12-31"),
        ("earlier this year", "earlier this year", "2024-01-01", "2024-04-10"),
        ("early next year", "early next year", "2025-01-01", "2025-04-30"),
        ("next month", "next month", "2024-05-01", "2024-05-31"),
        ("next quarter", "next quarter", "2024-07-01", "2024-09-30"),
        ("in the fourth quarter", "in the fourth quarter", "2024-10-01", "2024-12-31"),
        ("in the second half of the year", "in the second half of the year", "2024-07-01", "2024-12-31"),
        ("in Q4", "in Q4", "2024-10-01", "2024-12-31"),
        ("in the spring of 2026", "in the spring of 2026", "2026-03-01", "2026-05-31"),
        ("FY2026 guidance", "FY2026", "2026-01-01", "2026-12-31"),
        ("during fiscal year 2025", "during fiscal year 2025", "2025-01-01", "2025-12-31"),
        ("over the course of 2025", "over the course of 2025", "2025-01-01", "2025-12-31"),
        ("this summer", "this summer", "2024-06-01", "2024-08-31"),
        ("next spring", "next spring", "2025-03-01", "2025-05-31"),
        ("next week", "next week", "2024-04-15", "2024-04-21"),
        ("2024/2025", "2024/2025", "2024-01-01", "2025-12-31"),
        ("as of January 2025", "as of January 2025", "2025-01-01", None),
    ],
)
def test_calendar_periods(text, phrase, start, end):
    tf = only(text)
    assert (tf.text, tf.date_start, tf.date_end) == (phrase, start, end)


@pytest.mark.parametrize(
    "phrase",
    ["in the coming years", "in the years ahead", "over time", "in the near future", "soon",
     "over the coming months", "over the next few years", "in the long term", "as soon as possible",
     "within weeks", "in a few years", "in the year ahead"],
)
def test_vague_phrases_keep_text_without_dates(phrase):
    tf = only(f"The company will expand {phrase}, it said.")
    assert (tf.text, tf.date_start, tf.date_end) == (phrase, None, None)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("by 2027", None, "2027-12-31"),
        ("over the next two years", None, None),
        ("this year", None, None),
        ("by the end of the decade", None, None),
        ("from 2024 to 2027", "2024-01-01", "2027-12-31"),
        ("in 2026", "2026-01-01", "2026-12-31"),
        ("starting in 2025", "2025-01-01", None),
    ],
)
def test_without_publication_date_only_absolute_parts_resolve(text, start, end):
    tf = only(text, None)
    assert (tf.text, tf.date_start, tf.date_end) == (text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "jp.usembassy.gov April 10, 2024",
        "2024-04-10 03:33",
        "Posted 10/04/2024",
        "a 45-year-old engineer",
        "open 24/7 for customers",
        "revenue of $2,027 million",
        "shares rose 2026%",
        "he has over 20 years of experience",
        "the first time in 30 years",
        "founded 20 years ago",
        "as soon as the deal closes",
        "the company may march ahead",
        "in the two years since the deal",
        "the third quarter of the game",
        "grew by 2025 employees",
        "call 1-800-2024-2025",
        "a soon-to-be-released report",
        "criticised by May's allies",
        "Copyright 1994 by Jan Michael",
        "trained 3 million people in a year",
        "twice in two years",
        "over a year ago",
    ],
)
def test_not_periods(text):
    assert find_timeframes(text, PUB) == []


def test_longest_reading_wins_and_results_are_ordered():
    text = "It will invest from 2024 to 2027, then by 2030, over the next decade."
    found = find_timeframes(text, PUB)
    assert [t.text for t in found] == ["from 2024 to 2027", "by 2030", "over the next decade"]
    assert all(text[t.start:t.end] == t.text for t in found)


def test_two_digit_year_ends_need_a_dash_not_to():
    found = find_timeframes("it expanded in 2024 to 25 countries", PUB)
    assert [(t.text, t.date_start, t.date_end) for t in found] == [("in 2024", "2024-01-01", "2024-12-31")]


def test_deadline_in_the_past_has_no_start():
    tf = only("had aimed to finish by 2020")
    assert (tf.date_start, tf.date_end) == (None, "2020-12-31")


def test_datetime_published_is_accepted():
    tf = only("by 2027", dt.datetime(2024, 4, 10, 3, 33))
    assert tf.date_start == "2024-04-10"


def test_seed_sentence_offsets():
    text = ("Microsoft will invest $2.9 billion in Japan over the next two years to support AI. "
            "Amazon Web Services (AWS) will separately invest $15 billion in Japan by 2027.")
    found = find_timeframes(text, PUB)
    assert [(t.text, t.date_start, t.date_end) for t in found] == [
        ("over the next two years", "2024-04-10", "2026-04-10"),
        ("by 2027", "2024-04-10", "2027-12-31"),
    ]
    assert [text[t.start:t.end] for t in found] == [t.text for t in found]


@pytest.mark.parametrize("bad", ["", None, 42, "\x00" * 10])
def test_odd_input_gives_a_list(bad):
    assert find_timeframes(bad, PUB) == []


def test_leap_day_publication_adds_years_safely():
    tf = only("over the next two years", dt.date(2024, 2, 29))
    assert (tf.date_start, tf.date_end) == ("2024-02-29", "2026-02-28")
