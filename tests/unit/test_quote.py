"""A citation's quote starts at the sentence that names the actor, not at "it plans to"."""
from __future__ import annotations

import pytest
from commitments.records import Commitment, Document, Passage, content_hash
from commitments.tui.citation import CitationFormat, citation_fields, format_citation

TEXT = ("Tech news\n\nOracle said on Tuesday that demand for cloud services in Japan keeps growing. "
        "It plans to invest more than $8 billion there over ten years.\n")


def _cite(passage_text: str):
    start = TEXT.index(passage_text)
    c = Commitment("o1", "oracle.txt", content_hash(TEXT), ["Oracle"],
                   Passage(start, start + len(passage_text), passage_text))
    doc = Document(doc="oracle.txt", sha256=content_hash(TEXT), text=TEXT, path="/news/oracle.txt")
    return c, doc


def test_the_quote_reaches_back_to_the_sentence_naming_the_actor():
    c, doc = _cite("It plans to invest more than $8 billion there over ten years.")
    f = citation_fields(c, doc)
    assert f.quote.startswith("Oracle said on Tuesday") and f.quote.endswith("over ten years.")
    assert (f.start, f.end) == (TEXT.index("Oracle said"), c.passage.end)  # offsets still find the words
    assert TEXT[f.start:f.end].split() == f.quote.split()
    assert format_citation(c, CitationFormat.PLAIN, doc).startswith("“Oracle said on Tuesday")


def test_a_passage_that_names_the_actor_is_quoted_as_it_is():
    c, doc = _cite("Oracle said on Tuesday that demand for cloud services in Japan keeps growing.")
    assert citation_fields(c, doc).quote == c.passage.text
    c, _ = _cite("It plans to invest more than $8 billion there over ten years.")
    assert citation_fields(c).quote == c.passage.text  # without the document, the passage


def test_the_actor_is_found_without_its_legal_suffix():
    text = "Acme expands\n\nAcme Industries said demand keeps growing. It plans to invest $2 billion in Ohio.\n"
    passage = "It plans to invest $2 billion in Ohio."
    start = text.index(passage)
    c = Commitment("a1", "acme.txt", content_hash(text), ["Acme Industries Inc."],
                   Passage(start, start + len(passage), passage))
    doc = Document(doc="acme.txt", sha256=content_hash(text), text=text)
    assert citation_fields(c, doc).quote == "Acme Industries said demand keeps growing. " + passage


@pytest.mark.parametrize("dateline", ["COLUMBUS, May 7 (Yonhap) -- ", "New Delhi, June 28 (IANS): ",
                                      "TOKYO, April 10, 2024 /PRNewswire/ -- ", "BERLIN, March 3 - "])
def test_the_quote_leaves_the_dateline_out(dateline):
    text = f"Acme expands\n\n{dateline}Acme said demand keeps growing. It plans to invest $2 billion in Ohio.\n"
    passage = "It plans to invest $2 billion in Ohio."
    start = text.index(passage)
    c = Commitment("a1", "acme.txt", content_hash(text), ["Acme"], Passage(start, start + len(passage), passage))
    f = citation_fields(c, Document(doc="acme.txt", sha256=content_hash(text), text=text))
    assert f.quote == "Acme said demand keeps growing. " + passage and text[f.start:].startswith("Acme said")
