"""`commitments ingest PATH...`: extract and store; unchanged documents are skipped
before spaCy is even imported."""
from __future__ import annotations

from pathlib import Path

from store import IngestReport, Store
from tui.cli import add_db_option, db_path
from tui.cli.sources import read_documents

BATCH = 32


def register(sub) -> None:
    p = sub.add_parser("ingest", help="extract commitments from files or folders and store them")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_db_option(p)
    p.set_defaults(run=run)


def ingest_paths(store: Store, paths, progress=None) -> tuple[IngestReport, list[str]]:
    """Read, skip what the store has, extract the rest in batches, write once a batch."""
    docs, errors = read_documents(paths)
    report = IngestReport()
    pending = []
    for doc in docs:
        state = store.document_state(doc)
        if state == "unchanged":
            report.unchanged.append(doc.doc)
        elif state == "renamed":
            r = store.add([(doc, [])])
            report.renamed += r.renamed
        else:
            pending.append(doc)
    if pending:
        from extract.commitments import extract_documents

        for i in range(0, len(pending), BATCH):
            batch = list(extract_documents(pending[i:i + BATCH]))
            r = store.add(batch)
            report.added += r.added
            report.replaced += r.replaced
            report.unchanged += r.unchanged
            report.commitments += r.commitments
            if progress:
                progress(min(i + BATCH, len(pending)), len(pending))
    return report, errors


def run(args) -> int:
    path = db_path(args)
    store = Store(path)
    report, errors = ingest_paths(store, args.paths)
    failed = f"; {len(errors)} failed" if errors else ""
    print(f"{report.summary()}{failed} → {path}")
    return 1 if errors else 0


def ensure_seeded(store: Store) -> IngestReport | None:
    """A new user sees data at first launch: an empty store takes in the bundled seeds."""
    from tui.cli.sources import bundled_seeds

    seeds = bundled_seeds()
    if len(store.documents) or seeds is None:
        return None
    report, _ = ingest_paths(store, [str(seeds)])
    return report


__all__ = ["ingest_paths", "ensure_seeded", "Path"]
