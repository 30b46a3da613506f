"""split_for_parsing: pieces within the limit that join back to the exact text."""
from __future__ import annotations

import pytest
from commitments.extract.documents import split_for_parsing
from hypothesis import given
from hypothesis import strategies as st


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=1, max_value=60))
def test_pieces_join_to_the_text_and_respect_the_limit(text, limit):
    pieces = split_for_parsing(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= limit for p in pieces) or pieces == [""]


def test_cuts_prefer_paragraphs_then_lines_then_sentences():
    para = "First paragraph. It has two sentences.\n\n"
    text = para * 5
    assert split_for_parsing(text, len(para) * 2 + 5) == [para * 2, para * 2, para]
    line = "A line without a stop\n"
    assert split_for_parsing(line * 4, len(line) + 3) == [line] * 4
    sentence = "One sentence. "
    assert split_for_parsing(sentence * 3, len(sentence) + 3) == [sentence] * 3


def test_a_single_long_word_is_cut_hard():
    assert split_for_parsing("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_short_text_is_one_piece():
    assert split_for_parsing("short", 100) == ["short"]
    assert split_for_parsing("", 100) == [""]


def test_limit_must_be_positive():
    with pytest.raises(ValueError):
        split_for_parsing("text", 0)
