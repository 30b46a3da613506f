"""Descriptions that point back ("both firms", "the two countries") name the actors of the
nearest sentence with two or more, however long the text before them."""
from __future__ import annotations

import pytest
from commitments.extract.commitments import find_commitments
from commitments.extract.pipeline import load_nlp
from commitments.records import Document, content_hash

TABLE = "".join(f"Line {i}: ${i * 1250:,} for item {i}\n" for i in range(300))


def pledges(text: str) -> list[tuple[list[str], str]]:
    doc = Document(doc="a.txt", sha256=content_hash(text), text=text, path="/a.txt", published="2024-01-01")
    return [(r.actors, r.passage.text) for r in find_commitments(doc, load_nlp()(text))]


@pytest.mark.slow
@pytest.mark.parametrize("before", ["", TABLE + "\n"], ids=["short", "after-a-table"])
def test_a_plural_description_names_the_nearest_pair(before):
    text = before + "Siemens AG and Alstom SA will build trains. The partners said so on Monday. Both firms will invest $50 million in Poland.\n"
    assert pledges(text)[-1] == (["Siemens AG", "Alstom SA"], "Both firms will invest $50 million in Poland")


@pytest.mark.slow
def test_a_plural_description_passes_over_sentences_of_one_actor():
    text = ("Siemens AG and Alstom SA will build trains in Poland. Bombardier hired staff. Officials welcomed it. "
            "Both firms will invest $50 million in Warsaw.\n")
    assert pledges(text)[-1] == (["Siemens AG", "Alstom SA"], "Both firms will invest $50 million in Warsaw")
