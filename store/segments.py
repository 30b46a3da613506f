"""Segment files: the store's documents and commitments spread over small TinyDB files.

A store of a million commitments is over a gigabyte of JSON; rewriting all of it to add
one document is what made a large store slow to write. So the records live in segments,
``<store>.d/seg-000123.json``, each a TinyDB file in the familiar layout (``_meta``,
``documents``, ``commitments``, one record a line) that a person can read, grep and diff.
A document and its commitments are always in the same segment. A segment is never
changed once written: a change writes a new segment under a new name, and the manifest
(store.manifest) switches to it atomically.
"""
from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from commitments.store.schema import APP, COMMITMENTS, DOCUMENTS, FORMAT_VERSION, META, meta_of
from commitments.store.storage import Stamp, StoreError, dumps, parse, read_raw, record_spans, write_atomic

# A segment grows to about this many bytes (some 3,000 commitments) before a new one is
# started: small enough that rewriting one for a changed group costs little, large enough
# that a million commitments are a few hundred files.
SEGMENT_BYTES = 4 * 2**20


def segments_dir(path: Path) -> Path:
    """``<store>.d``: the folder holding the store's segments. A manifest kept beside the
    store (``<store>.bak``, ``<store>.replaced-<time>``) names segments in the same folder."""
    name = path.name
    if name.endswith(".bak"):
        name = name[:-4]
    elif ".replaced-" in name:
        name = name[:name.rindex(".replaced-")]
    return path.with_name(name + ".d")


def segment_name(number: int) -> str:
    return f"seg-{number:06d}.json"


def is_segment_name(name: str) -> bool:
    return name.startswith("seg-") and name.endswith(".json") and name[4:-5].isdigit()


def segment_data(documents: Iterable[dict[str, Any]], commitments: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A segment's content in the TinyDB layout (records keyed "1", "2", …)."""
    docs = {str(i): d for i, d in enumerate(documents, 1)}
    recs = {str(i): r for i, r in enumerate(commitments, 1)}
    return {META: {"1": _meta(len(docs), len(recs))}, DOCUMENTS: docs, COMMITMENTS: recs}


def _meta(documents: int, commitments: int) -> dict[str, Any]:
    return {"app": APP, "schema": FORMAT_VERSION, "segment": True, "documents": documents, "commitments": commitments}


def restamp(data: dict[str, Any]) -> None:
    data[META] = {"1": _meta(len(data[DOCUMENTS]), len(data[COMMITMENTS]))}


def write_segment(file: Path, data: dict[str, Any], mode: int | None = None) -> tuple[Stamp, Any, int]:
    """Write a segment durably (temporary file, fsync, rename): its stamp, where each
    commitment lies in it, and its size. ``mode``: its permissions (the manifest's)."""
    restamp(data)
    payload, spans = dumps(data)
    st = write_atomic(file, payload, keep_backup=False, mode=mode)
    return st, spans, len(payload)


def read_segment(file: Path) -> tuple[dict[str, Any], Stamp, Any]:
    """A segment's content, its stamp and where its commitments lie (None where it is not
    laid out by us); StoreError, one line naming the file, if it is missing or damaged."""
    got = read_raw(file)
    if got is None:
        raise StoreError(f"{file}: a segment of the store is missing; run `commitments doctor`")
    raw, st = got
    data = parse(file, raw)
    meta = meta_of(data or {})
    if not data or meta is None or meta.get("app") != APP or not meta.get("segment"):
        raise StoreError(f"{file}: damaged segment (no segment header); run `commitments doctor`")
    for name in (DOCUMENTS, COMMITMENTS):
        if not isinstance(data.get(name), dict):
            raise StoreError(f"{file}: damaged segment (the {name} table is not an object); run `commitments doctor`")
    return data, st, record_spans(raw, COMMITMENTS, len(data[COMMITMENTS]))


def read_for_index(file: Path) -> tuple[dict[str, Any], Stamp, Any] | None:
    """Like read_segment, but each commitment holds only what the index's columns read
    (store.columns.IndexedRecord): what building a read cache needs, decoded in about half
    the time. None where that reading does not apply (the file is not a segment laid out by
    us, or it is damaged): read_segment then reads it, and names any problem."""
    import msgspec

    got = read_raw(file)
    if got is None:
        return None
    raw, st = got
    try:
        # msgspec does not check the UTF-8 of the fields it skips; read_segment (orjson)
        # refuses the file, so a cache must not be built from it
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    try:
        decoded = _indexed_decoder().decode(raw)
    except msgspec.MsgspecError:
        return None
    data = {META: decoded.meta, DOCUMENTS: decoded.documents, COMMITMENTS: decoded.commitments}
    meta = meta_of(data)
    spans = record_spans(raw, COMMITMENTS, len(data[COMMITMENTS]))
    if meta is None or meta.get("app") != APP or not meta.get("segment") or spans is None:
        return None
    return data, st, spans


@functools.cache
def _indexed_decoder() -> Any:
    import msgspec

    from commitments.store.columns import IndexedRecord

    segment = msgspec.defstruct("IndexedSegment", [
        ("meta", dict[str, Any], msgspec.field(name=META)),
        ("documents", dict[str, dict[str, Any]], msgspec.field(name=DOCUMENTS)),
        ("commitments", dict[str, IndexedRecord], msgspec.field(name=COMMITMENTS))])
    return msgspec.json.Decoder(segment)


def split(documents: Iterable[dict[str, Any]], commitments: Iterable[dict[str, Any]],
          limit: int = SEGMENT_BYTES) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """Documents with their own commitments, in order, cut into pieces of about ``limit``
    bytes (a document is never cut from its commitments). Commitments of no stored
    document (a damaged store) go with the last piece, so nothing is dropped."""
    docs = list(documents)
    of: dict[str, list[dict[str, Any]]] = {}
    for r in commitments:
        of.setdefault(r.get("doc_hash") or "", []).append(r)
    held = {d.get("sha256") for d in docs}
    orphans = [r for key, rs in of.items() if key not in held for r in rs]
    piece_docs: list[dict[str, Any]] = []
    piece_recs: list[dict[str, Any]] = []
    size = 0
    for d in docs:
        recs = of.pop(d.get("sha256"), [])
        grows = len(orjson.dumps(d)) + sum(len(orjson.dumps(r)) for r in recs)
        if piece_docs and size + grows > limit:
            yield piece_docs, piece_recs
            piece_docs, piece_recs, size = [], [], 0
        piece_docs.append(d)
        piece_recs.extend(recs)
        size += grows
    if piece_docs or orphans:
        yield piece_docs, piece_recs + orphans


def remove_segment(file: Path) -> None:
    from commitments.store.cache import cache_path

    for made in (file, cache_path(file)):
        with contextlib.suppress(OSError):
            made.unlink()


def copy_store(source: Path, target: Path) -> Path:
    """Copy a store (its manifest and segments, with their read caches and the search
    postings) to ``target``: what copying the one file of a single-file store did."""
    import shutil

    from commitments.store.facet_totals import totals_path
    from commitments.store.grams import delta_path, grams_path

    folder = segments_dir(target)
    if folder.exists():
        shutil.rmtree(folder)
    if segments_dir(source).is_dir():
        shutil.copytree(segments_dir(source), folder)
    for made in (grams_path, delta_path, totals_path):
        src, dst = made(source), made(target)
        if src.exists():
            shutil.copy(src, dst)
    shutil.copy(source, target)
    return target
