"""`commitments browse`: the browser. An empty store first takes in the bundled seeds."""
from __future__ import annotations

from commitments.store import Store
from commitments.tui.cli import add_db_option, db_path


def register(sub) -> None:
    p = sub.add_parser("browse", help="open the browser")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    import sys

    from commitments.tui.cli.progress_bar import ProgressBar

    path = db_path(args)
    # A store whose read caches are missing (copied, or from an older version) is read
    # whole before the first frame: at a million commitments that takes a while.
    bar = ProgressBar() if sys.stderr.isatty() else None
    store = Store(path, meter=bar)
    if bar is not None:
        bar.close()
    if not store.documents:
        from commitments.ingest import ensure_seeded

        report = ensure_seeded(store)
        if report:
            print(f"First launch: {report.summary()} → {path}")
    from commitments.tui.app import make_app

    make_app(store).run()
    return 0
