"""`commitments ledger [--by actor|recipient] [QUERY...] [--json]`: who pledged how much,
each pledge counted once (the same table as the browser's ledger, from tui/ledger.py)."""
from __future__ import annotations

import json
import sys

from commitments.store import Store
from commitments.tui.cli import add_db_option, db_path, search_rows
from commitments.tui.cli.tsv import to_a_terminal, write_tsv


def register(sub) -> None:
    p = sub.add_parser("ledger", help="total pledged per organisation or recipient, each pledge counted once")
    p.add_argument("query", nargs="*", help="only the commitments this search matches (default: all)")
    p.add_argument("--by", choices=("actor", "recipient"), default="actor",
                   help="one row per organisation (actor, the default) or per recipient")
    p.add_argument("--json", action="store_true", help="JSON Lines, one row a line")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from commitments.tui.ledger import ledger

    index = Store(db_path(args)).index
    rows = search_rows(index, args.query) if args.query else range(len(index))
    table = ledger(index.view(rows), by=args.by)
    if args.json:
        for row in table:
            sys.stdout.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
    elif to_a_terminal():
        _print(table, args.by)
    else:
        write_tsv(("name", "pledges", "usd_total", "without_amount", "parts_left_out", "top_name", "top_usd"),
                  ((r.name, r.pledges, r.total_usd, r.without_amount, r.parts_left_out,
                    r.top[0] if r.top else "", r.top[1] if r.top else "") for r in table))
    return 0 if table else 1


def _print(table, by: str) -> None:
    from commitments.extract.text import one_line
    from commitments.tui.format import counted, dollars
    from commitments.tui.ledger import NOUN, OTHER_SIDE
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    out = Table(expand=False)
    out.add_column(NOUN[by].capitalize(), style="bold", ratio=3)
    out.add_column("Pledges", justify="right")
    out.add_column("Total (USD)", justify="right", style="green", no_wrap=True)
    out.add_column(f"Largest {'to' if by == 'actor' else 'from'} ({NOUN[OTHER_SIDE[by]]})", ratio=2)
    for row in table:
        top = f"{one_line(row.top[0])} {dollars(row.top[1], row.converted)}" if row.top else ""
        out.add_row(Text(one_line(row.name)), Text(str(row.pledges)), Text(dollars(row.total_usd, row.converted)),
                    Text(top))
    console = Console()
    console.print(out)
    console.print(Text(f"{counted(len(table), NOUN[by])}; each pledge counted once, at its first report's "
                       "dollar value; a part never adds to its whole"))
