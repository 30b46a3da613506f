"""The store file's layout, its version, and the migrations from older versions.

The file is a TinyDB database (tables of id → record) with three tables:

``_meta``        one record: ``{"app": "commitments", "schema": N, "documents": n, "commitments": n}``
``documents``    ``Document.to_dict()`` plus ``stored_at`` (when it was ingested, UTC)
``commitments``  ``Commitment.to_dict()``

``schema`` is the version of this layout (not of ``commitments.records``). Versions 1 and 2
kept the whole store in this one file; from version 3 the store's path holds a manifest
(store.manifest) and these tables live in segment files (store.segments), each with a
``_meta`` record marked ``"segment": true``. A single-file store is read in memory
(version 1 is brought up to 2's records here) and split into segments on first open, the
old file kept as ``<store>.bak``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from commitments.store.storage import StoreError

APP = "commitments"
FORMAT_VERSION = 3
SINGLE_FILE_VERSION = 2  # the last layout that kept the whole store in one file
META = "_meta"
DOCUMENTS = "documents"
COMMITMENTS = "commitments"


def empty_store() -> dict[str, Any]:
    return {META: {"1": _meta(0, 0)}, DOCUMENTS: {}, COMMITMENTS: {}}


def _meta(documents: int, commitments: int) -> dict[str, Any]:
    return {"app": APP, "schema": SINGLE_FILE_VERSION, "documents": documents, "commitments": commitments}


def meta_of(data: dict[str, Any]) -> dict[str, Any] | None:
    meta = data.get(META)
    if not isinstance(meta, dict):
        return None
    first = meta.get("1")
    return first if isinstance(first, dict) else None


def stamp_meta(data: dict[str, Any]) -> None:
    """Record the layout version and the counts (doctor and the backup check read them)."""
    data[META] = {"1": _meta(len(data[DOCUMENTS]), len(data[COMMITMENTS]))}


def record_count(data: dict[str, Any] | None) -> int:
    if not data:
        return 0
    return sum(len(t) for name, t in data.items() if name != META and isinstance(t, dict))


def check_and_upgrade(path: Path, data: dict[str, Any] | None) -> dict[str, Any]:
    """A single-file store's data with version 2's records, or StoreError naming the file;
    never writes. (A manifest is read by store.manifest, a segment by store.segments.)"""
    if data is None or data == {}:  # an empty file, or what TinyDB writes for a new database
        return empty_store()
    meta = meta_of(data)
    if meta is None or meta.get("app") != APP:
        raise StoreError(f"{path}: not a Commitments store (no Commitments header); refusing to touch it")
    version = meta.get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(f"{path}: not a Commitments store (schema version {version!r})")
    if meta.get("segment"):
        raise StoreError(f"{path}: a segment of a store, not a store; open the store whose folder holds it")
    if version > SINGLE_FILE_VERSION:
        if version <= FORMAT_VERSION:
            raise StoreError(f"{path}: damaged store (store schema {version} without its list of segments); "
                             "run `commitments doctor`")
        raise StoreError(f"{path}: written by a newer Commitments (store schema {version}, this one reads "
                         f"up to {FORMAT_VERSION}); upgrade commitments")
    for name in (DOCUMENTS, COMMITMENTS):
        if not isinstance(data.setdefault(name, {}), dict):
            raise StoreError(f"{path}: damaged store (the {name} table is not an object); run `commitments doctor`")
    while version < SINGLE_FILE_VERSION:
        MIGRATIONS[version](data)
        version += 1
    stamp_meta(data)
    return data


def _v1_to_v2(data: dict[str, Any]) -> None:
    """Version 1 (the first release) kept no ingest time and could omit a commitment's
    document hash; link each commitment to its document by file name where that is unique."""
    by_name: dict[str, list[str]] = {}
    for d in data[DOCUMENTS].values():
        d.setdefault("stored_at", None)
        by_name.setdefault(d.get("doc"), []).append(d.get("sha256"))
    for c in data[COMMITMENTS].values():
        if not c.get("doc_hash"):
            hashes = by_name.get(c.get("doc"), [])
            c["doc_hash"] = hashes[0] if len(hashes) == 1 else ""


MIGRATIONS: dict[int, Callable[[dict[str, Any]], None]] = {1: _v1_to_v2}
