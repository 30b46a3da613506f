"""The manifest: the small file at the store's path that names its segments, in order,
and the file of group changes laid over them, if any (store.overlay).

It is a TinyDB file too (``_meta`` and a ``segments`` table, one segment a line), and it
is the one file a write replaces: the new segments are written and made durable first,
then the manifest is replaced atomically (store.storage.write_atomic), the previous one
kept as ``<store>.bak``. A reader that reads manifest N sees exactly the segments it
names; a segment is deleted only once no manifest kept beside the store names it.

``texts`` changes whenever a write removes commitments or changes the search text of
stored ones (a replaced or renamed document). Adding documents, changing groups and
merging segments keep it: the search postings (store.grams) made for one ``texts``
still describe the rows they cover, and only new rows need adding.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from commitments.store.schema import APP, FORMAT_VERSION, META, meta_of
from commitments.store.storage import Stamp, StoreError, backup_path, dumps, write_atomic

SEGMENTS = "segments"
# A manifest naming a file of group changes (store.overlay) says schema 4: a Commitments
# that knows only version 3 would read the segments without the changes (and lose them at
# its next write), so it refuses the store instead. Without one, a manifest stays 3.
WITH_GROUPS = 4
GROUPS = "groups"


@dataclass(frozen=True)
class Entry:
    file: str  # name inside <store>.d
    documents: int
    commitments: int
    bytes: int
    ungrouped: int  # commitments without a pledge group (regroup reads these segments)


@dataclass(frozen=True)
class Manifest:
    segments: tuple[Entry, ...] = ()
    texts: str = field(default_factory=lambda: secrets.token_hex(8))
    next: int = 1  # the number of the next segment file
    groups: str | None = None  # the file of group changes laid over the segments (store.overlay)

    @property
    def documents(self) -> int:
        return sum(e.documents for e in self.segments)

    @property
    def commitments(self) -> int:
        return sum(e.commitments for e in self.segments)

    def files(self) -> set[str]:
        """The files in ``<store>.d`` this manifest needs: its segments and group changes."""
        return {e.file for e in self.segments} | ({self.groups} if self.groups else set())

    def with_segments(self, segments: list[Entry], next_number: int, new_texts: bool,
                      groups: str | None) -> Manifest:
        return replace(self, segments=tuple(segments), next=next_number, groups=groups,
                       texts=secrets.token_hex(8) if new_texts else self.texts)


def is_manifest(data: dict[str, Any] | None) -> bool:
    """A store file in the segmented layout (schema 3 on), not a single-file store."""
    meta = meta_of(data or {})
    return bool(meta) and meta.get("app") == APP and SEGMENTS in (data or {})


def manifest_from(path: Path, data: dict[str, Any]) -> Manifest:
    """The manifest in ``data`` (read from ``path``); StoreError naming the file if damaged."""
    meta = meta_of(data) or {}
    version = meta.get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 3:
        raise StoreError(f"{path}: damaged store (a segments table in store schema {version!r}); "
                         "run `commitments doctor`")
    if version > WITH_GROUPS:
        raise StoreError(f"{path}: written by a newer Commitments (store schema {version}, this one reads "
                         f"up to {WITH_GROUPS}); upgrade commitments")
    table = data[SEGMENTS]
    try:
        entries = tuple(Entry(str(e["file"]), int(e["documents"]), int(e["commitments"]), int(e.get("bytes", 0)),
                              int(e.get("ungrouped", e["commitments"])))  # not said: maybe all of them
                        for e in table.values())
        texts, number = str(meta["texts"]), int(meta["next"])
        groups = None if meta.get(GROUPS) is None else str(meta[GROUPS])
    except (AttributeError, KeyError, TypeError, ValueError):
        raise StoreError(f"{path}: damaged store (its list of segments cannot be read); "
                         "run `commitments doctor`") from None
    if any("/" in f or "\\" in f or f.startswith(".") for f in [e.file for e in entries] + [groups or ""]):
        raise StoreError(f"{path}: damaged store (a segment is named outside its folder); run `commitments doctor`")
    return Manifest(entries, texts, number, groups)


def manifest_data(m: Manifest) -> dict[str, Any]:
    meta = {"app": APP, "schema": WITH_GROUPS if m.groups else FORMAT_VERSION, "documents": m.documents,
            "commitments": m.commitments, "texts": m.texts, "next": m.next}
    if m.groups:
        meta[GROUPS] = m.groups
    return {META: {"1": meta},
            SEGMENTS: {str(i): {"file": e.file, "documents": e.documents, "commitments": e.commitments,
                                "bytes": e.bytes, "ungrouped": e.ungrouped} for i, e in enumerate(m.segments, 1)}}


def write_manifest(path: Path, m: Manifest, keep_backup: bool) -> Stamp:
    """Switch the store to ``m`` atomically; the manifest replaced becomes ``<store>.bak``."""
    return write_atomic(path, dumps(manifest_data(m))[0], keep_backup=keep_backup)


def kept_manifests(path: Path) -> list[Path]:
    """Manifests kept beside the store whose segments must stay: the backup, and what
    ``doctor --restore`` set aside."""
    aside = sorted(path.parent.glob(f"{path.name}.replaced-*")) if path.parent.is_dir() else []
    return [backup_path(path), *aside]
