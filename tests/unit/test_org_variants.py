"""Spellings of one organisation ("NVIDIA", "Nvidia") are one facet entry, and choosing
it keeps the rows of every spelling: over a real store file."""
from __future__ import annotations

from dataclasses import replace

from commitments.records import org_key
from commitments.store import Store
from commitments.tui.filtering import FacetIndex, Filters
from store_helpers import document


def _store(tmp_path, text: str) -> Store:
    store = Store(tmp_path / "s.json")
    store.add([document(tmp_path / "a.txt", text)])
    return store


def test_org_key_ignores_case_spacing_articles_and_legal_suffixes():
    assert org_key(" NVIDIA  Corp ") == org_key("Nvidia corp.") == org_key("the Nvidia") == "nvidia"
    assert org_key("Nvidia's") == org_key("NVIDIA Corporation") == "nvidia"
    assert org_key("Nvidia") != org_key("Nvidia Research")
    assert org_key("...") == "..."  # a name of punctuation alone still has a key


def test_spellings_count_as_one_and_choosing_it_keeps_them_all(tmp_path):
    store = _store(tmp_path, "NVIDIA will build a plant.\nNvidia will hire staff.\nNVIDIA will fund labs.\n"
                             "Acme will plant trees.\nNvidia will train people.\n")
    facets = FacetIndex(store.index)
    assert facets.apply(Filters()).organisations == [("NVIDIA", 4), ("Acme", 1)]
    for chosen in ("NVIDIA", "Nvidia", "nvidia"):
        got = facets.apply(Filters(organisations=frozenset({chosen})))
        assert got.rows == [0, 1, 2, 4], chosen
        assert got.organisations == [("NVIDIA", 4), ("Acme", 1)]  # the facet does not narrow itself
    assert facets.apply(Filters(query="hire")).organisations == [("NVIDIA", 1)]  # label from the whole store


def test_a_row_naming_both_spellings_counts_once_and_the_label_follows_the_store(tmp_path):
    store = _store(tmp_path, "NVIDIA will build a plant.\nAcme will plant trees.\n")
    d, commitments = document(tmp_path / "b.txt", "Nvidia will hire staff.\nNvidia will fund labs.\nNvidia will train.\n")
    commitments[0] = replace(commitments[0], actors=["Nvidia", "NVIDIA"])
    store.add([(d, commitments)])
    ix = store.index
    assert ix.organisations(range(len(ix))) == [("Nvidia", 4), ("Acme", 1)]  # Nvidia is now the usual spelling
    assert FacetIndex(ix).rows(Filters(organisations=frozenset({"NVIDIA"}))) == [0, 2, 3, 4]
