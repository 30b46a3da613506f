"""Ingesting: the one way documents get into a store, for `commitments ingest`, the
browser's background ingest and the first launch's seeding alike.

``ingest_paths`` reads the files, skips the documents the store already holds unchanged,
extracts the rest and stores them a batch at a time (one write per batch), then ties
records of one pledge together across the whole store (``regroup``: one more write, only
where a group changed) and leaves the read cache and search postings written.

It sits above extract/ and store/, which know nothing of each other. spaCy is imported
only once a document actually needs extracting: re-ingesting an unchanged corpus never
loads it, and importing this module is cheap enough for the browser's start.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path

from commitments.records import Commitment, Document
from commitments.regroup import regroup
from commitments.store import IngestReport, Store

BATCH = 32

Progress = Callable[[IngestReport], None]
Say = Callable[[str], None]
Meter = Callable[[str, int, int], None]  # (stage: "documents" or "grouping", done, total)


def ingest_paths(store: Store, paths: Iterable[str], progress: Progress | None = None, batch_size: int = BATCH,
                 workers: int = 1, say: Say | None = None, meter: Meter | None = None) -> tuple[IngestReport, list[str]]:
    """Ingest the files and folders ``paths`` name into ``store``: (what was stored, one
    line per file that could not be read; the others are stored all the same).

    ``progress`` gets each batch's report once the batch is durably written (documents
    found unchanged come first, in one report); ``say`` gets a line for each file not
    read (see extract.reading); ``workers`` is spaCy's number of processes; ``meter``
    hears how far each long stage has got (documents extracted, records grouped)."""
    from commitments.extract.reading import read_documents

    docs, errors = read_documents(paths, store.known_metadata, say)
    report = IngestReport()
    skipped = IngestReport()
    pending: list[Document] = []
    for doc in docs:
        if store.document_state(doc) == "unchanged":
            skipped.unchanged.append(doc.doc)
            skipped.stored.append(("unchanged", doc.path or doc.doc, store.count_commitments(doc.sha256)))
        else:
            pending.append(doc)
    report.merge(skipped)
    if progress and skipped.stored:
        progress(skipped)
    new_ids: set[str] = set()
    while pending:
        batch, pending = pending[:max(1, batch_size)], pending[max(1, batch_size):]
        items = _extract(store, batch, workers)
        new_ids.update(c.id for _, recs in items for c in recs or ())
        stored = store.add(items)
        pending = stored.needs_extraction + pending  # renamed, but another writer removed the content
        report.merge(stored)
        if progress and stored.stored:
            progress(stored)
    if report.added or report.replaced:
        regroup(store, fresh=new_ids, meter=(lambda done, total: meter("grouping", done, total)) if meter else None)
    store.save_cache(postings=True)  # the next open, and the first searches, are fast
    return report, errors


def _extract(store: Store, batch: list[Document], workers: int = 1) -> list[tuple[Document, list[Commitment] | None]]:
    """Renamed documents keep their stored commitments; the others go through spaCy."""
    renamed = {id(d) for d in batch if store.document_state(d) == "renamed"}
    fresh = [d for d in batch if id(d) not in renamed]
    found = {}
    if fresh:
        from commitments.extract.commitments import extract_documents

        found = {id(d): recs for d, recs in extract_documents(fresh, workers=workers)}
    return [(d, found.get(id(d))) for d in batch]


def bundled_seeds() -> Path | None:
    """The sample corpus, shipped as package data (``commitments/seeds``)."""
    seeds = Path(str(resources.files("commitments") / "seeds"))
    return seeds if seeds.is_dir() else None


def ensure_seeded(store: Store) -> IngestReport | None:
    """A new user sees data at first launch: an empty store takes in the bundled seeds.
    None when the store already holds documents (or no seeds were installed)."""
    seeds = bundled_seeds()
    if len(store.documents) or seeds is None:
        return None
    report, _ = ingest_paths(store, [str(seeds)])
    return report


__all__ = ["BATCH", "ingest_paths", "regroup", "bundled_seeds", "ensure_seeded"]
