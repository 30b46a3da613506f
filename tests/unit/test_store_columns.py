"""The index's columns as a cold open builds them: a segment read for its read cache
decodes only the fields the columns use, and gives the columns of its whole records; a
segment laid out otherwise is read whole, and a record field of the wrong type is one line
naming the segment."""
from __future__ import annotations

import json

import pytest
from commitments.store import Store, StoreError
from commitments.store.columns import columns_for, indexed
from commitments.store.segments import read_for_index, read_segment, segments_dir
from commitments.store.synthetic import make_store
from commitments.tui.cli import main


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("columns") / "commitments.json", 4000, seed=3, grouped=True)


def _segments(path):
    return sorted(segments_dir(path).glob("seg-*.json"))


def test_a_segment_read_for_its_cache_has_the_columns_of_its_whole_records(synthetic):
    files = _segments(synthetic)
    assert len(files) >= 2
    for file in files:
        data, st, spans = read_for_index(file)
        whole, whole_st, whole_spans = read_segment(file)
        assert (st, list(spans)) == (whole_st, list(whole_spans))
        assert data["documents"] == whole["documents"]
        assert columns_for(list(data["commitments"].values())) == \
            columns_for(indexed(list(whole["commitments"].values())))


def test_a_store_opened_without_its_caches_searches_like_one_opened_through_them(synthetic, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(synthetic.parent, copy)
    path = copy / synthetic.name
    warm = Store(path).index
    for cache_file in segments_dir(path).glob("*.cache"):
        cache_file.unlink()
    cold = Store(path)
    assert all(s.cold for s in cold._segments)
    for query in ("will invest", "kind:research", "2028", "euros"):
        assert cold.index.search(query) == warm.search(query), query
    rows = range(len(cold.commitments))
    assert cold.index.organisations(rows) == warm.organisations(rows)


def _rewrite_segment(path, edit):
    first = _segments(path)[0]
    data = json.loads(first.read_text(encoding="utf-8"))
    edit(data)
    for cache_file in segments_dir(path).glob("*.cache"):
        cache_file.unlink()
    return first, data


def test_a_segment_laid_out_by_hand_is_read_whole(tmp_path):
    path = make_store(tmp_path / "commitments.json", 300, seed=5)
    ids = [c.id for c in Store(path).commitments]
    first, data = _rewrite_segment(path, lambda data: None)
    first.write_text(json.dumps(data, indent=2), encoding="utf-8")  # one field a line, as an editor saves it
    assert read_for_index(first) is None
    assert [c.id for c in Store(path).commitments] == ids


@pytest.mark.parametrize("field, value", [("money", "lots"), ("published", 2024), ("actors", "Acme"),
                                          ("timeframe", {"text": "by 2030", "date_end": 2030})])
def test_a_record_field_of_the_wrong_type_is_one_line_naming_it_and_doctor_finds_it(tmp_path, capsys, field, value):
    path = make_store(tmp_path / "commitments.json", 300, seed=5)

    def spoil(data):
        data["commitments"]["2"][field] = value

    first, data = _rewrite_segment(path, spoil)
    from commitments.store.storage import dumps

    first.write_bytes(dumps(data)[0])  # laid out as the store writes it, one record a line
    with pytest.raises(StoreError, match=rf"{first.name}.*commitment '2'.*{field}"):
        Store(path)
    assert main(["search", "--db", str(path), "invest"]) != 0
    err = capsys.readouterr().err
    assert first.name in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(["doctor", "--db", str(path)]) != 0  # what the message sends the user to finds it too
    out = capsys.readouterr()
    assert f"{first.name}: commitment '2'" in out.out + out.err


def test_a_key_with_a_quote_in_it_is_read_whole(tmp_path):
    path = make_store(tmp_path / "commitments.json", 300, seed=5)
    ids = [c.id for c in Store(path).commitments]

    def quote_key(data):
        recs = data["commitments"]
        data["commitments"] = {('x": {"a' if k == "2" else k): r for k, r in recs.items()}

    first, data = _rewrite_segment(path, quote_key)
    from commitments.store.storage import dumps

    first.write_bytes(dumps(data)[0])
    assert read_for_index(first) is None
    assert [c.id for c in Store(path).commitments] == ids


def test_a_document_without_text_opens_through_its_cache(tmp_path):
    path = make_store(tmp_path / "commitments.json", 300, seed=5)

    def no_text(data):
        next(iter(data["documents"].values()))["text"] = None

    first, data = _rewrite_segment(path, no_text)
    from commitments.store.storage import dumps

    first.write_bytes(dumps(data)[0])
    cold = Store(path)
    assert (first.parent / (first.name + ".cache")).exists()
    assert len(Store(path).commitments) == len(cold.commitments)


def test_bad_utf8_in_a_field_the_columns_skip_is_one_line_naming_the_segment(tmp_path):
    path = make_store(tmp_path / "commitments.json", 300, seed=5)

    def mark(data):
        for r in data["commitments"].values():
            r["rule"] = "RULEMARK"  # a field IndexedRecord does not hold: msgspec skips it unchecked

    first, data = _rewrite_segment(path, mark)
    from commitments.store.storage import dumps

    first.write_bytes(dumps(data)[0].replace(b"RULEMARK", b"caf\xe9"))  # 'café' as a Latin-1 editor saves it
    assert read_for_index(first) is None
    with pytest.raises(StoreError, match=first.name):
        [c.id for c in Store(path).commitments]


def test_a_cold_open_with_sound_totals_leaves_the_counts_to_the_first_write_that_needs_them(tmp_path):
    from commitments.store import cache, facet_totals
    from commitments.store.index import FACET_COUNTS
    from commitments.store.db import read_manifest
    from commitments.store.storage import stamp
    from store_helpers import document

    path = make_store(tmp_path / "commitments.json", 4000, seed=7, grouped=True)
    for cache_file in segments_dir(path).glob("*.cache"):
        cache_file.unlink()
    store = Store(path)
    caches = [cache.load(f, stamp(f)) for f in _segments(path)]
    assert caches and all(c is not None and FACET_COUNTS not in c[3] for c in caches)  # counted later, if ever

    from dataclasses import replace

    doc, recs = document(tmp_path / "new.txt", "Zedcorp will build a dam.\nZedcorp will plant trees.")
    first = store.documents[store.commitments[0].doc_hash]  # in a segment opened without its counts
    report = store.add([(replace(doc, path=first.path, doc=first.doc), [replace(r, doc=first.doc) for r in recs])])
    assert report.replaced  # that segment is rewritten: the totals lose its counts, made now
    manifest = read_manifest(path)[0]
    updated = facet_totals.decoded(facet_totals.load(path, manifest.segments))
    for made in (*segments_dir(path).glob("*.cache"), facet_totals.totals_path(path)):
        made.unlink()
    Store(path)  # counts every segment again, from scratch
    assert facet_totals.decoded(facet_totals.load(path, manifest.segments)) == updated
    assert updated["orgs"]["Zedcorp"] == 2
