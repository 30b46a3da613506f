"""Property tests: the parsers never raise and always return well-formed results."""
from __future__ import annotations

import datetime as dt
import time

from commitments.extract import dateline, timeframes
from commitments.extract.dateline import find_published, find_title
from commitments.extract.timeframes import find_timeframes
from hypothesis import given, settings
from hypothesis import strategies as st

# Fragments that steer generated text into the grammar, mixed with arbitrary text.
PIECES = st.sampled_from([
    "by ", "in ", "over the next ", "within ", "from ", " to ", "between ", " and ", "through ",
    "until ", "starting in ", "since ", "before ", "the end of ", "mid-", "early ", "late ",
    "fiscal ", "FY", "Q3 ", "H1 ", "the first half of ", "this year", "next year", "decade",
    "2024", "2027", "1999", "2099", "27", "two ", "12 ", "a ", "years", "months", "weeks",
    "March ", "31, ", "February 29, ", "-", "–", "/", ", ", ". ", "\n", " onwards", "soon",
    "in the coming years", "over time", "24/7", "$2,027", "%", "45-year-old", "'", "’s",
])
TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40).map("".join))
PUBLISHED = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


def _check_iso(value):
    if value is not None:
        assert isinstance(value, str)
        dt.date.fromisoformat(value)


@settings(max_examples=200, deadline=None)
@given(TEXT, PUBLISHED)
def test_timeframes_are_well_formed(text, published):
    found = find_timeframes(text, published)
    assert isinstance(found, list)
    previous_end = 0
    for tf in found:
        assert 0 <= tf.start < tf.end <= len(text)
        assert text[tf.start:tf.end] == tf.text
        assert tf.start >= previous_end  # ordered, no overlaps
        previous_end = tf.end
        _check_iso(tf.date_start)
        _check_iso(tf.date_end)
        if tf.date_start and tf.date_end:
            assert tf.date_start <= tf.date_end


@settings(max_examples=150, deadline=None)
@given(TEXT, PUBLISHED)
def test_no_internal_errors_hidden_by_the_safety_net(text, published):
    # The public functions swallow unexpected exceptions; the inner steps must not need that.
    timeframes._candidates(text, published)
    lines = dateline._nonblank_lines(text)
    dateline._top_dateline(lines), dateline._phrase_date(text), dateline._lone_timestamp(lines)
    [dateline._is_furniture(line.strip()) for line in lines[: dateline.TITLE_LINES]]


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_dateline_never_raises(text):
    published = find_published(text)
    assert published is None or isinstance(published, dt.date)
    title = find_title(text)
    assert title is None or (isinstance(title, str) and title == title.strip() and title)


def test_megabyte_line_is_fast():
    prose = "Several universities are involved, including the University of Washington and Keio. "
    line = prose * 6000 + "It will invest $2.9 billion over the next two years, by 2027. " + prose * 6000
    assert len(line) > 1_000_000
    begin = time.perf_counter()
    found = find_timeframes(line, dt.date(2024, 4, 10))
    assert find_published(line) is None
    assert find_title(line) is not None
    assert [t.text for t in found] == ["over the next two years", "by 2027"]
    assert time.perf_counter() - begin < 15


def test_dense_and_adversarial_repetition_stays_linear():
    for chunk in ("by ", "over the next ", "in the ", "2024-", "the end of ", "mid-", " ", "from 2024 ",
                  "by 2027. ", "April 10, 2024 "):
        text = chunk * (40_000 // len(chunk))
        begin = time.perf_counter()
        find_timeframes(text, dt.date(2024, 4, 10))
        find_published(text)
        assert time.perf_counter() - begin < 5, chunk
