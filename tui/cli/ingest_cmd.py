"""`commitments ingest PATH... [--progress] [--batch N] [--workers N]`: extract and store.

The work is the ingest service's (commitments.ingest); this module is its command line.
With ``--progress`` each document gets a line once its batch is safely on disk ("added:
PATH (3 commitments)"), so a run that is killed can be trusted up to its last line.
"""
from __future__ import annotations

import sys

from commitments.ingest import BATCH, ingest_paths
from commitments.store import IngestReport, Store
from commitments.tui.cli import add_db_option, db_path, warn
from commitments.tui.format import counted


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


def print_progress(batch: IngestReport) -> None:
    out = sys.stdout
    for state, path, count in batch.stored:
        out.write(f"{state}: {path} ({counted(count, 'commitment')})\n")
    out.flush()


def run(args) -> int:
    path = db_path(args)
    store = Store(path, on_wait=warn)
    report, errors = ingest_paths(store, args.paths, print_progress if args.progress else None, args.batch,
                                  workers=max(1, args.workers), say=warn)
    failed = f"; {len(errors)} failed" if errors else ""
    total = len(Store(path).index)  # the whole store now, not only what this run added
    print(f"{report.summary()}{failed} → {path}, which holds {counted(total, 'commitment')}", flush=True)
    return 1 if errors else 0
