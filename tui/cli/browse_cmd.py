"""`commitments browse`: the browser. An empty store first takes in the bundled seeds."""
from __future__ import annotations

from commitments.store import Store
from commitments.tui.cli import add_db_option, db_path


def register(sub) -> None:
    p = sub.add_parser("browse", help="open the browser")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    path = db_path(args)
    store = Store(path)
    if not store.documents:
        from commitments.ingest import ensure_seeded

        report = ensure_seeded(store)
        if report:
            print(f"First launch: {report.summary()} → {path}")
    from commitments.tui.app import make_app

    make_app(store).run()
    return 0
