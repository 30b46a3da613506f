"""`commitments groups [--db PATH] [--json]`: stored commitments grouped by the pledge they
report, with their sources and where the sources disagree."""
from __future__ import annotations

import json
import sys

from commitments.store import Store
from commitments.tui.cli import add_db_option, db_path


def register(sub) -> None:
    p = sub.add_parser("groups", help="list pledges reported by several sources, with discrepancies")
    p.add_argument("--json", action="store_true", help="JSON Lines, one group a line")
    p.add_argument("--all", action="store_true", help="also list pledges reported once")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from commitments.extract.consolidate import assign_groups, groups_of

    records = Store(db_path(args)).commitments
    assign_groups(records)  # over the whole store: groups span every ingested document
    groups = [(gid, recs) for gid, recs in groups_of(records).items() if args.all or len(recs) > 1]
    if args.json:
        for gid, recs in groups:
            sys.stdout.write(json.dumps(_group_line(gid, recs), ensure_ascii=False) + "\n")
    else:
        _print_groups(groups)
    return 0


def _group_line(gid: str, recs) -> dict:
    return {
        "group": gid,
        "actors": list(dict.fromkeys(a for r in recs for a in r.actors)),
        "kinds": sorted({r.kind for r in recs}),
        "discrepancy": next((r.discrepancy for r in recs if r.discrepancy), None),
        "sources": [{"id": r.id, "doc": r.doc, "published": r.published, "passage": r.passage.text,
                     "start": r.passage.start, "end": r.passage.end,
                     "money": r.money.to_dict() if r.money else None} for r in recs],
    }


def _print_groups(groups) -> None:
    from commitments.extract.text import one_line
    from commitments.tui.format import counted, format_money
    from rich.console import Console
    from rich.text import Text

    console = Console()
    for gid, recs in groups:
        line = _group_line(gid, recs)
        docs = len({r.doc for r in recs})
        console.print(Text(f"{', '.join(line['actors'])} — {counted(len(recs), 'report')} in {counted(docs, 'document')} [{gid}]", style="bold"))
        if line["discrepancy"]:
            console.print(Text(f"  ! {line['discrepancy']}", style="yellow"))
        for r in recs:
            amount = format_money(r.money) if r.money else "—"
            console.print(Text(f"  {r.doc}:{r.passage.start}  {amount:>12}  {one_line(r.passage.text)[:100]}"))
    console.print(Text(counted(len(groups), 'group')))
