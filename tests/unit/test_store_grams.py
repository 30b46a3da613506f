"""Search postings (store/grams.py): a search through them finds exactly what a scan of
every row finds, the file beside the store is used only for the version it was made
for, and an ingest that adds rows extends it."""
from __future__ import annotations

import random

import pytest
from commitments.store import Store
from commitments.store.grams import GramIndex, grams_path
from commitments.store.synthetic import make_store
from store_helpers import document


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("grams") / "s.json", 1500, seed=5)


def scanned(store: Store, query: str) -> list[int]:
    """The same search with the postings set aside."""
    index = store.index
    grams, index.grams = index.grams, None
    index._forget_derived()
    try:
        return index.search(query)
    finally:
        index.grams = grams
        index._last = None


def typed(store: Store, query: str) -> list[list[int]]:
    """Each prefix's results, searched as a person types (each narrowing the last)."""
    store.index._last = None
    return [store.index.search(query[:i]) for i in range(1, len(query) + 1)]


def queries(store: Store, n: int, seed: int) -> list[str]:
    """Pieces of the stored texts at random (words, parts of words, spans across words),
    and some that occur nowhere."""
    rng = random.Random(seed)
    texts = store.index.columns()["_hay"]
    picked = ["zzqx", "é", "€", "2024", '"will invest"', "org:lumen pa", "a b", "pledged ", " ", "\u00df"]
    while len(picked) < n:
        text = rng.choice(texts).replace("\x00", " ")
        start = rng.randrange(len(text))
        picked.append(text[start:start + rng.choice((1, 2, 3, 4, 6, 9, 14))].strip() or "x")
    return picked


def test_an_opened_store_searches_through_its_postings(made):
    store = Store(made)
    assert grams_path(made).exists() and store.index.grams is not None
    assert store.index.grams.rows == len(store)


def test_searching_through_postings_finds_what_a_scan_finds(made):
    store = Store(made)
    for query in queries(store, 150, seed=1):
        prefixes = typed(store, query)
        assert prefixes == [scanned(store, query[:i]) for i in range(1, len(query) + 1)], query


def test_postings_made_for_another_version_of_the_store_are_not_used(made, tmp_path):
    copy = tmp_path / "copy.json"
    copy.write_bytes(made.read_bytes())
    grams_path(copy).write_bytes(grams_path(made).read_bytes())  # made for the original's stamp
    store = Store(copy)
    assert store.index.grams is None
    assert store.index.search("lumen") == Store(made).index.search("lumen")


@pytest.mark.parametrize("damage", [b"", b"\x00" * 8, b"garbage that is not a header"])
def test_a_damaged_postings_file_is_ignored(made, tmp_path, damage):
    copy = tmp_path / "copy.json"
    copy.write_bytes(made.read_bytes())
    Store(copy).save_cache()  # a cache for the copy, no postings
    grams_path(copy).write_bytes(damage)
    store = Store(copy)
    assert store.index.grams is None and store.index.search("plants") == Store(made).index.search("plants")


def test_a_truncated_postings_file_is_ignored(made, tmp_path):
    data = grams_path(made).read_bytes()
    grams_path(made).write_bytes(data[:-4])
    try:
        assert Store(made).index.grams is None
    finally:
        grams_path(made).write_bytes(data)


def test_an_ingest_that_adds_rows_extends_the_postings(made, tmp_path):
    path = tmp_path / "grow.json"
    path.write_bytes(made.read_bytes())
    first = Store(path)
    first._data = first._data or {}  # let save_cache write as a writer would
    first.save_cache(postings=True)
    before = GramIndex.load(path)
    assert before is not None and before[0].rows == len(first)

    store = Store(path)
    doc = document(tmp_path / "extra.txt", "Quokka Holdings will invest $5 million in zebra parks.\n"
                                           "Umbra Mining pledged 2 billion yen to coastal towns.\n")
    store.add([doc])
    store.save_cache(postings=True)
    after = Store(path)
    assert after.index.grams is not None and after.index.grams.rows == len(after) == before[0].rows + 2
    for query in ["quokka", "zebra parks", "umbra", "yen", "qu", "p", "pledged"]:
        assert after.index.search(query) == scanned(after, query), query
    fresh = GramIndex.build(after.index.columns()["_hay"])
    for gram in ["qu", "z", "ye", "\x01quokka", "\x01pledged", "a"]:
        assert list(after.index.grams.postings(gram)) == list(fresh.postings(gram)), gram
