"""`commitments search QUERY [--json]`: matching commitments from the store."""
from __future__ import annotations

import json
import sys

from commitments.store import Store
from commitments.tui.cli import add_db_option, db_path, search_rows


def register(sub) -> None:
    p = sub.add_parser("search", help="search the stored commitments")
    p.add_argument("query", nargs="+")
    p.add_argument("--json", action="store_true", help="JSON Lines, one commitment a line")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    store = Store(db_path(args))
    index = store.index  # built at load (from the read cache), not built again here
    hits = [index.commitments[i] for i in search_rows(index, args.query)]
    if args.json:
        for c in hits:
            sys.stdout.write(json.dumps(c.to_gold_line(), ensure_ascii=False) + "\n")
    else:
        from commitments.tui.cli.tables import print_commitments

        print_commitments(hits)
    return 0 if hits else 1
