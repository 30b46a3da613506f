"""Commitments out of the store as CSV, JSON, JSON Lines or a Markdown table.

JSON and JSON Lines use the shape ``commitments extract --json`` prints (see the shared
gold README); CSV and Markdown flatten it to one row a commitment, with where it was said (the document's
publisher and address, when the documents are given). Document text is
untrusted: CSV cells that a spreadsheet would run as a formula are prefixed with ``'``,
and Markdown cells have their pipes escaped and line breaks flattened.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TextIO

from commitments.records import Commitment, Document
from commitments.store.atomic import replacing

FORMATS = ("csv", "json", "jsonl", "md")
EXTENSIONS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "md", ".markdown": "md"}


class UnknownExtension(ValueError):
    """A file name whose extension names no export format (``x.xlsx``)."""


def format_for(path: Path | str) -> str:
    """The export format a file name asks for by its extension; raises UnknownExtension
    rather than guess (``export -o x.xlsx`` must not write JSON Lines)."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        named = f"the extension {suffix}" if suffix else "no extension"
        raise UnknownExtension(f"{Path(path).name}: {named} names no export format "
                               f"(use {', '.join(EXTENSIONS)} or choose the format)")
    return EXTENSIONS[suffix]
COLUMNS = ("id", "actors", "recipients", "kind", "amount", "value", "currency", "usd_value",
           "timeframe", "date_start", "date_end", "passage", "document", "title", "published",
           "publisher", "url", "passage_start", "passage_end", "group", "discrepancy")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


Documents = Mapping[str, Document]  # by content hash (Commitment.doc_hash), as Store.documents


def row(c: Commitment, documents: Documents | None = None) -> dict[str, object]:
    m, tf = c.money, c.timeframe
    doc = documents.get(c.doc_hash) if documents is not None else None
    return {
        "id": c.id, "actors": "; ".join(c.actors), "recipients": "; ".join(c.recipients), "kind": c.kind,
        # the amount as stated, with its qualifier: "more than $8 billion"
        "amount": " ".join(filter(None, [m.qualifier, m.text])) if m else "",
        "value": m.value if m else "", "currency": m.currency if m else "",
        "usd_value": m.usd_value if m and m.usd_value is not None else "",
        "timeframe": tf.text if tf else "", "date_start": (tf.date_start or "") if tf else "",
        "date_end": (tf.date_end or "") if tf else "", "passage": c.passage.text, "document": c.doc,
        "title": c.title or "", "published": c.published or "",
        "publisher": (doc.publisher or "") if doc else "", "url": (doc.url or "") if doc else "",
        "passage_start": c.passage.start, "passage_end": c.passage.end,
        "group": c.group or "", "discrepancy": c.discrepancy or "",
    }


def _safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _md_cell(value: object) -> str:
    return " ".join(str(value).split()).replace("\\", "\\\\").replace("|", "\\|")


def source(r: dict[str, object]) -> str:
    """Where a commitment was said, for a reader: "Reuters, 2024-04-10, https://…", else the file."""
    return ", ".join(str(r[k]) for k in ("publisher", "published", "url") if r[k]) or str(r["document"])


def write(commitments: Iterable[Commitment], fmt: str, out: TextIO, documents: Documents | None = None) -> int:
    """Write the commitments to ``out`` in ``fmt``; returns how many were written."""
    n = 0
    if fmt == "jsonl":
        for c in commitments:
            out.write(json.dumps(c.to_gold_line(), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        records = [c.to_gold_line() for c in commitments]
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n = len(records)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for c in commitments:
            writer.writerow({k: _safe_cell(v) for k, v in row(c, documents).items()})
            n += 1
    elif fmt == "md":
        shown = ("actors", "amount", "timeframe", "kind", "passage", "source")
        out.write("| " + " | ".join(s.capitalize() for s in shown) + " |\n")
        out.write("|" + " --- |" * len(shown) + "\n")
        for c in commitments:
            r = row(c, documents)
            r["source"] = source(r)
            out.write("| " + " | ".join(_md_cell(r[k]) for k in shown) + " |\n")
            n += 1
    else:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return n


def write_file(path: Path, commitments: Iterable[Commitment], fmt: str, documents: Documents | None = None) -> int:
    """Write to ``path`` whole or not at all (``atomic.replacing``); raises OSError when
    the place cannot be written. Returns how many were written."""
    with replacing(Path(path).expanduser(), text=True) as fh:
        return write(commitments, fmt, fh, documents)
