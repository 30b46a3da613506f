"""parse_texts: a long text parsed in pieces is one Doc over the exact text."""
from __future__ import annotations

import pytest
from commitments.extract.commitments import find_commitments
from commitments.extract.documents import split_for_parsing
from commitments.extract.parsing import parse_texts
from commitments.records import Document, content_hash

PARAGRAPHS = [
    "Korea Electric Power Corporation (KEPCO) said on Friday it had hired 40 engineers.",
    "Globex’s $4B Boost for Kenya’s Solar Farms",
    "Acme Corp will invest $3 million in Peru by 2026.\nLine 1: $1,250 for item 1\nLine 2: $2,500 for item 2",
    "KEPCO will build two reactors in Poland by 2033, the company said.",
    "The Government of Chile plans to spend €200 million on desalination plants, officials said on Monday.",
]
TEXT = "Budget and pledges\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
PIECE = 120  # cuts TEXT into four pieces, at blank lines and a line break: the joins are many


def document(text: str) -> Document:
    return Document(doc="long.txt", sha256=content_hash(text), text=text, path="/tmp/long.txt", title=None,
                    published="2024-05-01", encoding="utf-8", publisher=None)


@pytest.fixture(scope="module")
def whole_and_pieces():
    return next(parse_texts([TEXT])), next(parse_texts([TEXT], piece_chars=PIECE))


@pytest.mark.slow
def test_pieces_join_into_one_doc_with_exact_offsets(whole_and_pieces):
    _, joined = whole_and_pieces
    assert joined.text == TEXT
    assert all(TEXT[t.idx:t.idx + len(t.text)] == t.text for t in joined)
    assert all(TEXT[e.start_char:e.end_char] == e.text for e in joined.ents)
    starts = {s.start_char for s in joined.sents}
    pieces = split_for_parsing(TEXT, PIECE)
    assert len(pieces) > 2 and all(len("".join(pieces[:k])) in starts for k in range(len(pieces)))


@pytest.mark.slow
def test_an_acronym_defined_in_one_piece_names_the_actor_in_a_later_one(whole_and_pieces):
    _, joined = whole_and_pieces
    later = [e for e in joined.ents if e.text == "KEPCO" and e.start_char >= TEXT.index(PARAGRAPHS[3])]
    assert later and all(e._.actor_name == "Korea Electric Power Corporation" for e in later)


@pytest.mark.slow
def test_commitments_from_pieces_are_those_of_the_whole_text(whole_and_pieces):
    whole, joined = whole_and_pieces
    doc = document(TEXT)
    from_whole, from_pieces = find_commitments(doc, whole), find_commitments(doc, joined)
    assert len(from_pieces) >= 3
    assert [r.to_gold_line() for r in from_pieces] == [r.to_gold_line() for r in from_whole]
    assert all(TEXT[r.passage.start:r.passage.end] == r.passage.text for r in from_pieces)


@pytest.mark.slow
def test_texts_of_many_pieces_and_of_one_come_back_in_order():
    texts = ["Acme Corp will invest $3 million in Peru.", TEXT, "", "Globex will build a lab in Lima."]
    docs = list(parse_texts(texts, batch_size=2, piece_chars=PIECE))
    assert [d.text for d in docs] == texts
