"""Readable tables for the terminal; document text is never parsed as markup."""
from __future__ import annotations

from collections.abc import Sequence

from extract.records import Commitment
from extract.text import one_line
from tui.format import format_money


def print_commitments(commitments: Sequence[Commitment]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=True)
    for col, kw in (("Actor", {"ratio": 2}), ("Amount", {"no_wrap": True}), ("When", {"ratio": 1}),
                    ("Kind", {}), ("Passage", {"ratio": 5}), ("Source", {"ratio": 1})):
        table.add_column(col, **kw)
    for c in commitments:
        table.add_row(
            Text(one_line(", ".join(c.actors))),
            Text(format_money(c.money)),
            Text(one_line(c.timeframe.text) if c.timeframe else ""),
            Text(c.kind),
            Text(one_line(c.passage.text)),
            Text(f"{c.doc}:{c.passage.start}"),
        )
    console = Console()
    console.print(table)
    console.print(Text(f"{len(commitments)} commitments"))
