"""One batch of ingested documents applied to the store's data in memory.

Documents are keyed by content hash: the same content again changes nothing, new content
at a stored path replaces what was stored for it, and stored content at a new path (the
old one gone) is a rename that keeps its commitments. The changes are made through a
fresh TinyDB over the in-memory data (so its next-id cache is never stale), one table
update per kind of change rather than one per record; the caller writes the file once.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Any

from commitments.records import Commitment, Document
from commitments.store.schema import COMMITMENTS, DOCUMENTS
from tinydb import TinyDB
from tinydb.storages import Storage


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    commitments: int = 0
    # (state, path, commitments) for each document now in the store, in batch order
    stored: list[tuple[str, str, int]] = field(default_factory=list)
    # documents offered without commitments as renamed, whose content another writer removed
    needs_extraction: list[Document] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.renamed)} renamed, "
                f"{len(self.unchanged)} unchanged; {self.commitments} commitments stored")

    def merge(self, other: IngestReport) -> None:
        for name in ("added", "replaced", "renamed", "unchanged", "stored"):
            getattr(self, name).extend(getattr(other, name))
        self.commitments += other.commitments


class _MemoryStorage(Storage):
    """TinyDB's writes land here; the batch's single write to disk happens afterwards."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def read(self) -> dict[str, Any]:
        return self.data

    def write(self, data: dict[str, Any]) -> None:
        self.data = data


def same_or_copy(stored: str | None, offered: str | None) -> bool:
    return stored == offered or bool(stored and os.path.exists(stored))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def apply_batch(data: dict[str, Any], items: list[tuple[Document, list[Commitment] | None]], report: IngestReport) -> bool:
    """Work out the batch's changes against ``data``, then make them through TinyDB
    (one table update per kind of change, not one per record). True if anything changed."""
    docs, recs = data[DOCUMENTS], data[COMMITMENTS]
    by_hash = {d["sha256"]: k for k, d in docs.items()}
    by_path = {d.get("path"): k for k, d in docs.items()}
    recs_of: dict[str, list[str]] = {}
    for k, r in recs.items():
        recs_of.setdefault(r.get("doc_hash", ""), []).append(k)

    drop_docs: set[str] = set()
    renames: dict[str, dict[str, Any]] = {}  # document key → new path and name
    new_docs: list[dict[str, Any]] = []
    new_recs: list[dict[str, Any]] = []
    seen: set[str] = set()

    def drop_at(path: str | None, keep: str | None = None) -> None:
        key = by_path.get(path)
        if key is not None and key != keep and key not in drop_docs:
            drop_docs.add(key)
            by_hash.pop(docs[key]["sha256"], None)

    for doc, commitments in items:
        known = by_hash.get(doc.sha256)
        if doc.sha256 in seen or (known is not None and same_or_copy(docs[known].get("path"), doc.path)):
            if known is not None:
                drop_at(doc.path, keep=known)  # a copy of a stored file over another stored file
            count = len(recs_of.get(doc.sha256, ())) if commitments is None or known is not None else len(commitments)
            report.unchanged.append(doc.doc)
            report.stored.append(("unchanged", doc.path or doc.doc, count))
            continue
        seen.add(doc.sha256)
        if known is not None:
            drop_at(doc.path, keep=known)  # the move overwrote a file stored at the new path
            renames[known] = {"path": doc.path, "doc": doc.doc}
            by_path[doc.path] = known
            report.renamed.append(doc.doc)
            report.stored.append(("renamed", doc.path or doc.doc, len(recs_of.get(doc.sha256, ()))))
            continue
        if commitments is None:
            report.needs_extraction.append(doc)
            continue
        state = "replaced" if doc.path in by_path and by_path[doc.path] not in drop_docs else "added"
        drop_at(doc.path)
        getattr(report, state).append(doc.doc)
        report.stored.append((state, doc.path or doc.doc, len(commitments)))
        report.commitments += len(commitments)
        new_docs.append({**doc.to_dict(), "stored_at": _now()})
        new_recs.extend(c.to_dict() for c in commitments)

    if not (drop_docs or renames or new_docs):
        return False
    drop_recs = [k for d in drop_docs for k in recs_of.get(docs[d]["sha256"], ())]
    renamed_recs = {k: renames[d]["doc"] for d in renames for k in recs_of.get(docs[d]["sha256"], ())}
    for k in renames:  # copies: the dicts being renamed may be shared with a reader's rows
        docs[k] = dict(docs[k])
    for k in renamed_recs:
        recs[k] = dict(recs[k])

    db = TinyDB(storage=_MemoryStorage, data=data)  # fresh per batch: no stale next-id cache
    doc_table, rec_table = db.table(DOCUMENTS, cache_size=0), db.table(COMMITMENTS, cache_size=0)
    if drop_recs:
        rec_table.remove(doc_ids=[int(k) for k in drop_recs])
    if drop_docs:
        doc_table.remove(doc_ids=[int(k) for k in drop_docs])
    if renames:
        by_sha = {docs[k]["sha256"]: v for k, v in renames.items()}
        doc_table.update(lambda d: d.update(by_sha[d["sha256"]]), doc_ids=[int(k) for k in renames])
    if renamed_recs:
        rec_table.update(lambda r: r.update(doc=by_sha[r["doc_hash"]]["doc"]), doc_ids=[int(k) for k in renamed_recs])
    if new_docs:
        doc_table.insert_multiple(new_docs)
    if new_recs:
        rec_table.insert_multiple(new_recs)
    data.update(db.storage.data)
    return True
