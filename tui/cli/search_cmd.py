"""`commitments search QUERY [--json]`: matching commitments from the store: a table at
a terminal, else every field whole as TSV (or JSON Lines with --json)."""
from __future__ import annotations

import json
import sys

from commitments.store import Store
from commitments.tui.cli import add_db_option, db_path, search_rows
from commitments.tui.cli.tsv import to_a_terminal, write_tsv


def register(sub) -> None:
    p = sub.add_parser("search", help="search the stored commitments")
    p.add_argument("query", nargs="+")
    p.add_argument("--json", action="store_true", help="JSON Lines, one commitment a line (without it: a table at a terminal, else TSV)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    store = Store(db_path(args))
    index = store.index  # built at load (from the read cache), not built again here
    hits = [index.commitments[i] for i in search_rows(index, args.query)]
    if args.json:
        for c in hits:
            sys.stdout.write(json.dumps(c.to_gold_line(), ensure_ascii=False) + "\n")
    elif to_a_terminal():
        from commitments.tui.cli.tables import print_commitments

        print_commitments(hits)
    else:  # the same columns as a CSV export
        from commitments.store.export import COLUMNS, row

        write_tsv(COLUMNS, ([row(c, store.documents)[k] for k in COLUMNS] for c in hits))
    return 0 if hits else 1
