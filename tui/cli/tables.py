"""Readable tables for the terminal; document text is never parsed as markup.

Every cell goes through ``one_line`` even though ingest already cleaned the text: a
store written by hand or by an older version must not reach the terminal with escape
sequences in it. Colours are Rich styles, so NO_COLOR and non-terminals drop them.
"""
from __future__ import annotations

from collections.abc import Sequence

from commitments.extract.text import one_line
from commitments.records import Commitment
from commitments.tui.format import counted, format_money

COLUMNS = (  # header, Rich column options
    ("Actor", {"ratio": 2, "style": "bold"}),
    ("Amount", {"no_wrap": True, "style": "green"}),
    ("When", {"ratio": 1, "style": "cyan"}),
    ("Kind", {}),
    ("Passage", {"ratio": 5}),
    ("Source", {"ratio": 1, "style": "dim"}),
)


def print_commitments(commitments: Sequence[Commitment]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=True)
    for col, kw in COLUMNS:
        table.add_column(col, **kw)
    for c in commitments:
        cells = (", ".join(c.actors), format_money(c.money), c.timeframe.text if c.timeframe else "",
                 c.kind, c.passage.text, f"{c.doc}:{c.passage.start}")
        table.add_row(*(Text(one_line(cell)) for cell in cells))
    console = Console()
    console.print(table)
    console.print(Text(counted(len(commitments), 'commitment')))
