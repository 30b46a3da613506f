"""The Store: open a store file, ask what a document's state is, add batches of records.

Readers load the file once into memory; writers take the lock, reload the file under it
(another process may have written since), apply a whole batch and write once.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from extract.records import SCHEMA_VERSION, Commitment, Document
from store.storage import AtomicJSONStorage, StoreError, read_json, store_lock, write_json_atomic

APP = "commitments"
DOCUMENTS = "documents"
COMMITMENTS = "commitments"
META = "_meta"


def default_db_path() -> Path:
    """``COMMITMENTS_DB`` if set, else a file in the user's data directory."""
    env = os.environ.get("COMMITMENTS_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("commitments", appauthor=False) / "commitments.json"


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    commitments: int = 0

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.renamed)} renamed, "
                f"{len(self.unchanged)} unchanged; {self.commitments} commitments stored")


class _BufferedStorage(Storage):
    """Reads the store once and keeps TinyDB's writes in memory until the batch ends."""

    def __init__(self, data: dict[str, Any] | None) -> None:
        self.data = data

    def read(self) -> dict[str, Any] | None:
        return self.data

    def write(self, data: dict[str, Any]) -> None:
        self.data = data


def _check_meta(path: Path, data: dict[str, Any] | None) -> None:
    if data is None:
        return
    meta = (data.get(META) or {}).get("1")
    if not meta or meta.get("app") != APP:
        raise StoreError(f"{path}: not a Commitments store")
    if meta.get("schema", 0) > SCHEMA_VERSION:
        raise StoreError(f"{path}: written by a newer version (schema {meta['schema']}); upgrade commitments")


class Store:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.documents: dict[str, Document] = {}
        self.commitments: list[Commitment] = []
        self.reload()

    def reload(self) -> None:
        data = read_json(self.path)
        _check_meta(self.path, data)
        data = data or {}
        self.documents = {d["sha256"]: Document.from_dict(d) for d in (data.get(DOCUMENTS) or {}).values()}
        self.commitments = [Commitment.from_dict(c) for c in (data.get(COMMITMENTS) or {}).values()]

    def __len__(self) -> int:
        return len(self.commitments)

    def document_state(self, doc: Document) -> str:
        """"unchanged", "renamed" (same content elsewhere), "changed" (same path, new content) or "new"."""
        known = self.documents.get(doc.sha256)
        if known is not None:
            return "unchanged" if known.path == doc.path else "renamed"
        if any(d.path == doc.path for d in self.documents.values()):
            return "changed"
        return "new"

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[TinyDB]:
        with store_lock(self.path):
            data = read_json(self.path)
            _check_meta(self.path, data)
            buffer = _BufferedStorage(data)
            db = TinyDB(storage=lambda: buffer)  # a fresh TinyDB: no stale next-id cache
            if not db.table(META).all():
                db.table(META).insert({"app": APP, "schema": SCHEMA_VERSION})
            yield db
            write_json_atomic(self.path, buffer.data)
        self.reload()

    def add(self, batch: Iterable[tuple[Document, list[Commitment]]]) -> IngestReport:
        """Store documents with their commitments in one write; re-adding is a no-op."""
        report = IngestReport()
        with self._transaction() as db:
            docs, recs = db.table(DOCUMENTS), db.table(COMMITMENTS)
            by_hash = {d["sha256"]: d.doc_id for d in docs.all()}
            by_path = {d.get("path"): d for d in docs.all()}
            for doc, commitments in batch:
                if doc.sha256 in by_hash:
                    old = docs.get(doc_id=by_hash[doc.sha256])
                    if old.get("path") == doc.path:
                        report.unchanged.append(doc.doc)
                        continue
                    docs.update({"path": doc.path, "doc": doc.doc}, doc_ids=[old.doc_id])
                    recs.update({"doc": doc.doc}, cond=lambda r, h=doc.sha256: r.get("doc_hash") == h)
                    report.renamed.append(doc.doc)
                    continue
                previous = by_path.get(doc.path)
                if previous is not None:
                    recs.remove(cond=lambda r, h=previous["sha256"]: r.get("doc_hash") == h)
                    docs.remove(doc_ids=[previous.doc_id])
                    report.replaced.append(doc.doc)
                else:
                    report.added.append(doc.doc)
                by_hash[doc.sha256] = docs.insert(doc.to_dict())
                recs.insert_multiple(c.to_dict() for c in commitments)
                report.commitments += len(commitments)
        return report


__all__ = ["Store", "StoreError", "IngestReport", "default_db_path", "AtomicJSONStorage"]
