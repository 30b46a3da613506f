"""The small pipeline components: sentence per line, entity fixes, acronym aliases."""
from __future__ import annotations

import pytest
from commitments.extract.pipeline import canonical_name, load_nlp
from commitments.records import clean_name


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.slow
def test_components_are_registered_in_order(nlp):
    names = nlp.pipe_names
    assert names.index("line_breaks") < names.index("parser")
    assert names.index("ner") < names.index("actor_entities") < names.index("entity_fixes") < names.index("acronym_aliases")


@pytest.mark.slow
def test_a_headline_line_is_one_sentence(nlp):
    doc = nlp("Globex’s $4B Boost for Kenya’s Solar Farms\n\nGlobex said on Monday it would expand. It hired staff.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Globex’s $4B Boost for Kenya’s Solar Farms"
    assert len(sents) >= 3


@pytest.mark.slow
def test_every_line_starts_a_sentence_and_a_long_line_keeps_the_parsers_splits(nlp):
    lines = [f"Line {i}: ${i * 1250:,} for item {i}" for i in range(1, 6)]
    prose = "Acme Corp said on Monday that it would expand its plant in Lima. It also hired two hundred new staff there."
    text = "\n".join([*lines, prose]) + "\n"
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert sents[:5] == lines
    assert sents[5:] == ["Acme Corp said on Monday that it would expand its plant in Lima.", "It also hired two hundred new staff there."]


def test_a_lines_first_word_is_never_a_sentence_of_its_own(nlp):
    doc = nlp("Solar factory news from Arizona\n\n"
              "Brightwater Energy will invest $3 billion in a solar panel factory in Arizona by 2028, the firm said.\n")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[1].startswith("Brightwater Energy will invest"), sents


@pytest.mark.slow
def test_acronym_in_brackets_is_an_alias(nlp):
    doc = nlp("Korea Electric Power Corporation (KEPCO) said on Friday that KEPCO will build two reactors.")
    assert doc._.aliases.get("KEPCO") == "Korea Electric Power Corporation"
    later = [e for e in doc.ents if e.text == "KEPCO"]
    assert all(e._.actor_name == "Korea Electric Power Corporation" for e in later)


@pytest.mark.slow
def test_topics_are_not_actors(nlp):
    doc = nlp("Meanwhile, South Korea plans to invest $6 billion in AI by 2027.")
    assert "AI" not in {e.text for e in doc.ents}


def test_names_are_cleaned_and_countries_share_one_name():
    assert clean_name("the Acme Corp’s") == "Acme Corp"
    assert canonical_name("the U.S.") == "United States"
    assert canonical_name("Britain") == canonical_name("United Kingdom") == "UK"
    assert canonical_name("AWS", {"AWS": "Amazon Web Services"}) == "Amazon Web Services"


@pytest.mark.slow
def test_entity_fixes_drop_topics_and_relabel_companies_tagged_as_places(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("Acme Holdings and AI firms met in Lagos.")
    doc.ents = [Span(doc, 0, 2, label="GPE"), Span(doc, 3, 4, label="GPE"), Span(doc, 7, 8, label="GPE")]
    doc = nlp.get_pipe("entity_fixes")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Acme Holdings", "ORG"), ("Lagos", "GPE")]
