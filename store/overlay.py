"""Group changes kept beside the segments: one small TinyDB file the manifest names.

Regrouping changes the group (and discrepancy) of records already stored, and a pledge
group's id and discrepancy are stored on every member. A large group's members lie in
many segments, so a document joining it rewrote every one of them to change two fields
of a few records: 30 segments and 208 MB for one document at a million commitments.
Instead such changes go to ``<store>.d/groups-NNNNNN.json``, one record a line::

    {
      "_meta": {"1": {"app": "commitments", "schema": 3, "groups": true, "changes": 2}},
      "changes": {
        "1": {"segment": "seg-000012.json", "id": "8191baad706bcbb7", "group": "g-0a1b…", "discrepancy": null},
        "2": {"segment": "seg-000040.json", "id": "93d1ba2813b95cd3", "group": "g-0a1b…", "discrepancy": null}
      }
    }

Like a segment it is never changed once written (a change writes a new file under a new
number) and it is written durably before the manifest that names it, so the manifest
switch stays the one moment a write takes effect. Readers lay it over the segments'
records (store.db). A change is folded into its segment whenever that segment is
rewritten anyway (a replaced document, a merge of small segments), and once the file
holds more than ``FOLD_FROM`` changes the segments holding most of them are rewritten,
``FOLD_SEGMENTS`` a write: the bytes a write costs stay bounded by what it changes.
"""
from __future__ import annotations

import marshal
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from commitments.store.schema import APP, COMMITMENTS, FORMAT_VERSION, META, meta_of
from commitments.store.storage import Stamp, StoreError, dumps, parse, read_raw, write_atomic

CHANGES = "changes"
Value = tuple[str | None, str | None]  # (group, discrepancy)
Changes = dict[str, dict[str, Value]]  # segment file → commitment id → its values

# A segment is rewritten rather than given changes here when it is small (a fresh ingest's)
# or when this share of its records change anyway (grouping a store from scratch).
DIRECT_BYTES = 512 * 2**10
DIRECT_SHARE = 8  # one record in eight
# Past this many changes, the segments holding most of them are folded in, a few a write
# (each about 4 MB): the file stays small to read at open, and no write rewrites much.
FOLD_FROM = 5_000
FOLD_SEGMENTS = 4


def overlay_name(number: int) -> str:
    return f"groups-{number:06d}.json"


def is_overlay_name(name: str) -> bool:
    return name.startswith("groups-") and name.endswith(".json") and name[7:-5].isdigit()


def count(changes: Changes) -> int:
    return sum(map(len, changes.values()))


def by_id(changes: Changes) -> dict[str, Value]:
    """Every change, by commitment id (ids are unique in a store)."""
    return {cid: value for per in changes.values() for cid, value in per.items()}


def read_overlay(file: Path) -> Changes:
    """The changes in ``file``; StoreError, one line naming it, if missing or damaged."""
    got = read_raw(file)
    if got is None:
        raise StoreError(f"{file}: the store's group changes are missing; run `commitments doctor`")
    data = parse(file, got[0]) or {}
    meta = meta_of(data)
    table = data.get(CHANGES)
    if not meta or meta.get("app") != APP or not meta.get("groups") or not isinstance(table, dict):
        raise StoreError(f"{file}: damaged group changes (no header); run `commitments doctor`")
    out: Changes = {}
    try:
        for r in table.values():
            group, note = r["group"], r["discrepancy"]
            if not isinstance(group, (str, type(None))) or not isinstance(note, (str, type(None))):
                raise TypeError
            out.setdefault(str(r["segment"]), {})[str(r["id"])] = (group, note)
    except (KeyError, TypeError, AttributeError):
        raise StoreError(f"{file}: damaged group changes (a change cannot be read); run `commitments doctor`") \
            from None
    return out


def overlay_data(changes: Changes) -> dict[str, Any]:
    rows = [{"segment": seg, "id": cid, "group": g, "discrepancy": d}
            for seg, per in sorted(changes.items()) for cid, (g, d) in per.items()]
    meta = {"app": APP, "schema": FORMAT_VERSION, "groups": True, CHANGES: len(rows)}
    return {META: {"1": meta}, CHANGES: {str(i): r for i, r in enumerate(rows, 1)}}


def write_overlay(file: Path, changes: Changes, mode: int | None = None) -> tuple[Stamp, int]:
    """Write the changes durably (temporary file, fsync, rename): its stamp and size."""
    payload = dumps(overlay_data(changes))[0]
    return write_atomic(file, payload, keep_backup=False, mode=mode), len(payload)


def fold(data: dict[str, Any], wanted: Mapping[str, Value] | None) -> int:
    """Give a segment's records (its TinyDB content) these values, as copies (a reader
    may hold the old dicts); how many changed."""
    if not wanted:
        return 0
    recs, changed = data[COMMITMENTS], 0
    for key, r in list(recs.items()):
        want = wanted.get(r.get("id"))
        if want is not None and (r.get("group"), r.get("discrepancy")) != want:
            recs[key] = {**r, "group": want[0], "discrepancy": want[1]}
            changed += 1
    return changed


def patched(r: dict[str, Any], wanted: Mapping[str, Value]) -> dict[str, Any]:
    """A stored record as readers see it (a copy if a change applies)."""
    want = wanted.get(r.get("id")) if wanted else None
    return r if want is None else {**r, "group": want[0], "discrepancy": want[1]}


def patch_columns(columns: dict[str, Any], wanted: Mapping[str, Value]) -> dict[str, Any]:
    """A segment's index columns (store.index) with its changes applied: ``_group`` (the
    group, else the record's id) and ``_keys`` (document hash, name, group). A copy whose
    two columns are patched only when first joined: opening a store whose changes touch
    hundreds of segments unpacks nothing more."""
    return {**columns, "_group": _Patched(columns, wanted, "_group"), "_keys": _Patched(columns, wanted, "_keys")}


class _Patched:
    """One column of one segment, its changes applied when it is first iterated."""

    def __init__(self, columns: dict[str, Any], wanted: Mapping[str, Value], name: str) -> None:
        self._ids, self._column, self._wanted, self._name = columns["_id"], columns[name], wanted, name

    def __iter__(self):
        ids, column = _unpacked(self._ids), list(_unpacked(self._column))
        for row, cid in enumerate(ids):
            want = self._wanted.get(cid)
            if want is not None:
                column[row] = (want[0] or cid) if self._name == "_group" else (*column[row][:2], want[0] or "")
        return iter(column)


def _unpacked(column: Any) -> list:
    return marshal.loads(column) if isinstance(column, (bytes, memoryview)) else column


__all__ = ["Changes", "DIRECT_BYTES", "DIRECT_SHARE", "FOLD_FROM", "FOLD_SEGMENTS", "by_id", "count", "fold",
           "is_overlay_name", "overlay_name", "patch_columns", "patched", "read_overlay", "write_overlay"]
