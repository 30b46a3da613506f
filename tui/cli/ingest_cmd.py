"""`commitments ingest PATH... [--progress] [--batch N] [--workers N | --dask ADDRESS]`:
extract and store.

The work is the ingest service's (commitments.ingest); this module is its command line.
With ``--progress`` each document gets a line once its batch is safely on disk ("added:
PATH (3 commitments)"), so a run that is killed can be trusted up to its last line. A
progress bar (documents a second, time left; then the grouping) goes to stderr on a
terminal, or anywhere with ``--progress``.
"""
from __future__ import annotations

import sys

from commitments.ingest import BATCH, ingest_paths
from commitments.store import IngestReport, Store
from commitments.tui.cli import CLIError, add_db_option, db_path, warn
from commitments.tui.format import counted


def register(sub) -> None:
    p = sub.add_parser("ingest", help="extract commitments from files or folders and store them")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--progress", action="store_true",
                   help="print a line for each document once it is safely stored")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="extract in N local processes, each loading the pipeline once")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="extract on the Dask cluster whose scheduler is ADDRESS (tcp://host:8786); "
                        "needs the 'dask' extra")
    p.add_argument("--batch", type=int, default=BATCH, metavar="N",
                   help=f"documents per write (default {BATCH})")
    add_db_option(p)
    p.set_defaults(run=run)


def _dask_extractor(address: str):
    try:
        from commitments.extract.on_dask import DaskExtractor
    except ImportError:
        raise CLIError("--dask needs Dask: pip install 'commitments[dask]'") from None
    return DaskExtractor(address)


def print_progress(batch: IngestReport) -> None:
    out = sys.stdout
    for state, path, count in batch.stored:
        out.write(f"{state}: {path} ({counted(count, 'commitment')})\n")
    out.flush()


def run(args) -> int:
    from commitments.tui.cli.progress_bar import ProgressBar

    path = db_path(args)
    store = Store(path, on_wait=warn)
    bar = ProgressBar() if args.progress or sys.stderr.isatty() else None
    extractor = _dask_extractor(args.dask) if args.dask else None
    try:
        report, errors = ingest_paths(store, args.paths, print_progress if args.progress else None, args.batch,
                                      workers=max(1, args.workers), say=warn, meter=bar, extractor=extractor)
    finally:
        if bar is not None:
            bar.close()
        if extractor is not None:
            extractor.close()
    failed = f"; {len(errors)} failed" if errors else ""
    total = len(Store(path).index)  # the whole store now, not only what this run added
    held = "" if total == report.commitments else f", which holds {counted(total, 'commitment')}"
    print(f"{report.summary()}{failed} → {path}{held}", flush=True)
    return 1 if errors else 0
