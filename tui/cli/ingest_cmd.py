"""`commitments ingest PATH... [--progress] [--batch N] [--workers N]`: extract and store.

After the new documents are stored, records of the same pledge are grouped across the
whole store (``regroup``): one more write per run, only where a group changed.

Documents already stored unchanged are skipped before spaCy is even imported; the rest
are extracted and stored a batch at a time, one write per batch. With ``--progress`` each
document gets a line once its batch is safely on disk ("added: PATH (3 commitments)"),
so a run that is killed can be trusted up to its last line.
"""
from __future__ import annotations

import sys
from collections.abc import Callable

from commitments.records import Document
from commitments.store import IngestReport, Store
from commitments.tui.cli import add_db_option, db_path
from commitments.tui.cli.sources import read_documents

BATCH = 32

Progress = Callable[[IngestReport], None]


def register(sub) -> None:
    p = sub.add_parser("ingest", help="extract commitments from files or folders and store them")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--progress", action="store_true",
                   help="print a line for each document once it is safely stored")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="parse in N processes (spaCy's n_process); worth it for large batches")
    p.add_argument("--batch", type=int, default=BATCH, metavar="N",
                   help=f"documents per write (default {BATCH})")
    add_db_option(p)
    p.set_defaults(run=run)


def ingest_paths(store: Store, paths, progress: Progress | None = None,
                 batch_size: int = BATCH, workers: int = 1) -> tuple[IngestReport, list[str]]:
    """Read, skip what the store has, extract the rest in batches, write once a batch.
    ``progress`` gets each batch's report after the batch is durably written."""
    docs, errors = read_documents(paths, store.known_metadata)
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
        regroup(store, fresh=new_ids)
    return report, errors


def regroup(store: Store, fresh: set[str] | None = None) -> int:
    """Tie records of one pledge together across the whole store (new documents can join
    old pledges), in one write that touches only records whose group changed. With
    ``fresh`` (ids of the records just stored) only pairs with one of them are compared;
    stored records keep the groups they have (see assign_groups)."""
    from commitments.extract.consolidate import assign_groups  # pure: no spaCy

    records = list(store.commitments)
    assign_groups(records, fresh)
    return store.update_groups({c.id: (c.group, c.discrepancy) for c in records})


def _extract(store: Store, batch: list[Document], workers: int = 1) -> list[tuple[Document, list | None]]:
    """Renamed documents keep their stored commitments; the others go through spaCy."""
    renamed = {id(d) for d in batch if store.document_state(d) == "renamed"}
    fresh = [d for d in batch if id(d) not in renamed]
    found = {}
    if fresh:
        from commitments.extract.commitments import extract_documents

        found = {id(d): recs for d, recs in extract_documents(fresh, workers=workers)}
    return [(d, found.get(id(d))) for d in batch]


def print_progress(batch: IngestReport) -> None:
    out = sys.stdout
    for state, path, count in batch.stored:
        out.write(f"{state}: {path} ({count} commitment{'s' if count != 1 else ''})\n")
    out.flush()


def run(args) -> int:
    path = db_path(args)
    store = Store(path, on_wait=lambda line: print(f"commitments: {line}", file=sys.stderr, flush=True))
    report, errors = ingest_paths(store, args.paths, print_progress if args.progress else None, args.batch,
                                  workers=max(1, args.workers))
    store.save_cache(postings=True)
    failed = f"; {len(errors)} failed" if errors else ""
    print(f"{report.summary()}{failed} → {path}", flush=True)
    return 1 if errors else 0


def ensure_seeded(store: Store) -> IngestReport | None:
    """A new user sees data at first launch: an empty store takes in the bundled seeds."""
    from commitments.tui.cli.sources import bundled_seeds

    seeds = bundled_seeds()
    if len(store.documents) or seeds is None:
        return None
    report, _ = ingest_paths(store, [str(seeds)])
    store.save_cache(postings=True)
    return report


__all__ = ["ingest_paths", "regroup", "ensure_seeded", "print_progress"]
