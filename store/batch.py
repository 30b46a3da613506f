"""One batch of ingested documents, planned against the stored documents.

Documents are keyed by content hash: the same content again changes nothing, new content
at a stored path replaces what was stored for it, and stored content at a new path (the
old one gone) is a rename that keeps its commitments. The plan says which stored
documents are dropped or renamed (only the segments holding them are rewritten) and
what is new (one new segment); the caller writes them, then the manifest, once.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from collections.abc import Callable, Mapping
from typing import Any

from commitments.records import Commitment, Document
from commitments.store.schema import COMMITMENTS, DOCUMENTS


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
                f"{len(self.unchanged)} unchanged; {self.commitments} commitment{'' if self.commitments == 1 else 's'} stored")

    def merge(self, other: IngestReport) -> None:
        for name in ("added", "replaced", "renamed", "unchanged", "stored"):
            getattr(self, name).extend(getattr(other, name))
        self.commitments += other.commitments


def same_or_copy(stored: str | None, offered: str | None) -> bool:
    return stored == offered or bool(stored and os.path.exists(stored))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class Plan:
    """What a batch changes: stored documents (by content hash) to drop with their
    commitments or to rename, and the new documents with their commitments."""

    drop: set[str] = field(default_factory=set)
    renames: dict[str, dict[str, Any]] = field(default_factory=dict)  # content hash → new path and name
    new_docs: list[dict[str, Any]] = field(default_factory=list)
    new_recs: list[dict[str, Any]] = field(default_factory=list)

    def touches(self) -> set[str]:
        """The stored documents whose segments must be rewritten."""
        return self.drop | set(self.renames)


def plan_batch(stored: Mapping[str, dict[str, Any]], paths: Mapping[str | None, str], count: Callable[[str], int],
               items: list[tuple[Document, list[Commitment] | None]], report: IngestReport) -> Plan | None:
    """Work out the batch's changes against the stored documents (``stored``: content hash
    → stored fields; ``paths``: path → content hash; ``count``: a document's stored
    commitments), filling ``report``. None if nothing changes."""
    by_path: dict[str | None, str] = {}  # paths this batch has moved a stored document to
    plan = Plan()
    seen: set[str] = set()

    def at(path: str | None) -> str | None:
        return by_path[path] if path in by_path else paths.get(path)

    def known(sha: str) -> str | None:
        return sha if sha in stored and sha not in plan.drop else None

    def drop_at(path: str | None, keep: str | None = None) -> None:
        sha = at(path)
        if sha is not None and sha != keep and sha not in plan.drop:
            plan.drop.add(sha)

    for doc, commitments in items:
        sha = known(doc.sha256)
        if doc.sha256 in seen or (sha is not None and same_or_copy(stored[sha].get("path"), doc.path)):
            if sha is not None:
                drop_at(doc.path, keep=sha)  # a copy of a stored file over another stored file
            n = count(doc.sha256) if commitments is None or sha is not None else len(commitments)
            report.unchanged.append(doc.doc)
            report.stored.append(("unchanged", doc.path or doc.doc, n))
            continue
        seen.add(doc.sha256)
        if sha is not None:
            drop_at(doc.path, keep=sha)  # the move overwrote a file stored at the new path
            plan.renames[sha] = {"path": doc.path, "doc": doc.doc}
            by_path[doc.path] = sha
            report.renamed.append(doc.doc)
            report.stored.append(("renamed", doc.path or doc.doc, count(doc.sha256)))
            continue
        if commitments is None:
            report.needs_extraction.append(doc)
            continue
        there = at(doc.path)
        state = "replaced" if there is not None and there not in plan.drop else "added"
        drop_at(doc.path)
        getattr(report, state).append(doc.doc)
        report.stored.append((state, doc.path or doc.doc, len(commitments)))
        report.commitments += len(commitments)
        plan.new_docs.append({**doc.to_dict(), "stored_at": _now()})
        plan.new_recs.extend(c.to_dict() for c in commitments)

    if not (plan.drop or plan.renames or plan.new_docs):
        return None
    return plan


def apply_to_segment(data: dict[str, Any], plan: Plan) -> bool:
    """Make the plan's drops and renames in one segment's content (a TinyDB layout); True
    if it changed. Records renamed are copies: a reader may hold the old dicts."""
    changed = False
    # A document takes its new path and name; its commitments take the new name.
    for table, hash_field, renamed in ((data[DOCUMENTS], "sha256", lambda r, new: {**r, **new}),
                                       (data[COMMITMENTS], "doc_hash", lambda r, new: {**r, "doc": new["doc"]})):
        for key, r in list(table.items()):
            sha = r.get(hash_field)
            if sha in plan.drop:
                del table[key]
                changed = True
            elif sha in plan.renames:
                table[key] = renamed(r, plan.renames[sha])
                changed = True
    return changed
