"""Search postings (store/grams.py): a search through them finds exactly what a scan of
every row finds, the file beside the store is used only for the version it was made
for, and an ingest that adds rows extends it."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from commitments.store import Store
from commitments.store.grams import GramIndex, delta_path, grams_path
from commitments.store.segments import copy_store
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
    copy = copy_store(made, tmp_path / "copy.json")
    Store(copy).add([document(tmp_path / "a.txt", "Lumen Partners will plant trees.")])
    grams_path(copy).write_bytes(grams_path(made).read_bytes())  # made for the store before that write
    store = Store(copy)
    assert store.index.grams is None
    assert store.index.search("lumen") == scanned(store, "lumen") and len(store.index.search("lumen")) > 1
    replaced = copy_store(made, tmp_path / "replaced.json")
    doc = next(iter(Store(replaced).documents.values()))
    Path(doc.path).parent.mkdir(parents=True, exist_ok=True)
    try:
        Store(replaced).add([document(Path(doc.path), "Quokka Ltd will dig.")])  # a stored file changed
    finally:
        Path(doc.path).unlink()
    grams_path(replaced).write_bytes(grams_path(made).read_bytes())
    assert Store(replaced).index.grams is None  # other texts, though as many rows as before


@pytest.mark.parametrize("damage", [b"", b"\x00" * 8, b"garbage that is not a header"])
def test_a_damaged_postings_file_is_ignored(made, tmp_path, damage):
    copy = copy_store(made, tmp_path / "copy.json")
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
    path = copy_store(made, tmp_path / "grow.json")
    first = Store(path)
    before = GramIndex.load(grams_path(path))
    assert before is not None and before[0].rows == len(first)

    store = Store(path)
    doc = document(tmp_path / "extra.txt", "Quokka Holdings will invest $5 million in zebra parks.\n"
                                           "Umbra Mining pledged 2 billion yen to coastal towns.\n")
    store.add([doc])
    base = grams_path(path).stat()
    store.save_cache(postings=True)
    assert grams_path(path).stat().st_ino == base.st_ino  # only the delta was written
    assert delta_path(path).stat().st_size < base.st_size / 10
    after = Store(path)
    assert after.index.grams is not None and after.index.grams.rows == len(after) == before[0].rows + 2
    for query in ["quokka", "zebra parks", "umbra", "yen", "qu", "p", "pledged"]:
        assert after.index.search(query) == scanned(after, query), query
    fresh = GramIndex.build(after.index.columns()["_hay"])
    for gram in ["qu", "z", "ye", "\x01quokka", "\x01pledged", "a"]:
        assert list(after.index.grams.postings(gram)) == list(fresh.postings(gram)), gram
