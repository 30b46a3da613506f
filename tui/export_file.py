"""Write a set of commitments to CSV, JSON or Markdown, for the browser's export dialog.

(The command line's exporter belongs to the store; this one stays small and writes
atomically, so a failed export never leaves half a file where a good one was.)
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from extract.records import Commitment
from extract.text import one_line
from tui.format import format_money

FORMATS = {"csv": "CSV", "json": "JSON", "md": "Markdown"}
CSV_COLUMNS = ("id", "actors", "recipients", "amount", "currency", "value", "usd_value", "timeframe",
               "kind", "doc", "title", "published", "passage_start", "passage_end", "quote", "group", "discrepancy")


def _csv_row(c: Commitment) -> dict[str, object]:
    m, tf = c.money, c.timeframe
    return {
        "id": c.id, "actors": "; ".join(c.actors), "recipients": "; ".join(c.recipients),
        "amount": m.text if m else "", "currency": m.currency if m else "", "value": m.value if m else "",
        "usd_value": m.usd_value if m and m.usd_value is not None else "", "timeframe": tf.text if tf else "",
        "kind": c.kind, "doc": c.doc, "title": c.title or "", "published": c.published or "",
        "passage_start": c.passage.start, "passage_end": c.passage.end, "quote": one_line(c.passage.text),
        "group": c.group or "", "discrepancy": c.discrepancy or "",
    }


def to_csv(commitments: Sequence[Commitment]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(_csv_row(c) for c in commitments)
    return out.getvalue()


def to_json(commitments: Sequence[Commitment]) -> str:
    return json.dumps([c.to_dict() for c in commitments], indent=2, ensure_ascii=False) + "\n"


def to_markdown(commitments: Sequence[Commitment]) -> str:
    parts = ["# Commitments\n"]
    for c in commitments:
        heading = one_line(", ".join(c.actors)) or "Unknown"
        amount = format_money(c.money)
        parts.append(f"## {heading}{f' — {amount}' if amount else ''}\n")
        parts.append(f"> {one_line(c.passage.text)}\n")
        when = f", {c.timeframe.text}" if c.timeframe else ""
        parts.append(f"*{one_line(c.title or c.doc)}*, {c.published or 'n.d.'}, `{one_line(c.doc)}` "
                     f"chars {c.passage.start}–{c.passage.end} ({c.kind}{when})\n")
    return "\n".join(parts)


WRITERS = {"csv": to_csv, "json": to_json, "md": to_markdown}


def export_commitments(commitments: Sequence[Commitment], path: Path, fmt: str) -> Path:
    """Write atomically; raises OSError (with the path) when the place cannot be written."""
    path = Path(path).expanduser()
    body = WRITERS[fmt](commitments)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
