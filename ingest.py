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

from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path

from commitments.extract.extractors import Extractor
from commitments.records import Commitment, Document
from commitments.regroup import regroup
from commitments.store import IngestReport, Store

BATCH = 32

Progress = Callable[[IngestReport], None]
Say = Callable[[str], None]
Meter = Callable[[str, int, int], None]  # (stage: "documents" or "grouping", done, total)


def ingest_paths(store: Store, paths: Iterable[str], progress: Progress | None = None, batch_size: int = BATCH,
                 workers: int = 1, say: Say | None = None, meter: Meter | None = None,
                 extractor: Extractor | None = None) -> tuple[IngestReport, list[str]]:
    """Ingest the files and folders ``paths`` name into ``store``: (what was stored, one
    line per file that could not be read; the others are stored all the same).

    ``progress`` gets each batch's report once the batch is durably written (documents
    found unchanged come first, in one report); ``say`` gets a line for each file not
    read (see extract.reading); ``meter`` hears how far each long stage has got
    (documents extracted, records grouped). Extraction runs in ``workers`` local
    processes, or on ``extractor`` if given (a Dask cluster's: extract.extractors; the
    caller closes it); either way the documents are stored here, in order."""
    from commitments.extract.extractors import make_extractor
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
    owned = extractor is None and bool(pending)
    if owned:
        extractor = make_extractor(workers)
    try:
        while pending:
            offered = _offered(store, pending, extractor, meter)
            pending = []
            for batch in _batches(offered, max(1, batch_size)):
                new_ids.update(c.id for _, recs in batch for c in recs or ())
                stored = store.add(batch)
                pending.extend(stored.needs_extraction)  # renamed, but another writer removed the content
                report.merge(stored)
                if progress and stored.stored:
                    progress(stored)
    finally:
        if owned:
            extractor.close()
    if report.added or report.replaced:
        regroup(store, fresh=new_ids, meter=(lambda done, total: meter("grouping", done, total)) if meter else None)
    store.save_cache(postings=True)  # the next open, and the first searches, are fast
    return report, errors


def _offered(store: Store, docs: list[Document], extractor: Extractor,
             meter: Meter | None) -> Iterator[tuple[Document, list[Commitment] | None]]:
    """Each document as the store is offered it, in order: renamed ones keep their stored
    commitments (None), the others come back from the extractor, which works ahead."""
    renamed = {id(d) for d in docs if store.document_state(d) == "renamed"}
    extracting = [d for d in docs if id(d) not in renamed]
    extracted = extractor.extract(iter(extracting))
    done = 0
    for doc in docs:
        if id(doc) in renamed:
            yield doc, None
            continue
        got, records = next(extracted)
        assert got is doc or got.sha256 == doc.sha256, "an extractor must keep the order"
        done += 1
        if meter:
            meter("documents", done, len(extracting))
        yield doc, records


def _batches(items: Iterator[tuple[Document, list[Commitment] | None]], size: int):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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
