"""`commitments eval GOLD --docs DIR [--pred FILE] [--json]`: score extraction against a
gold file, with the same figures as the shared scorer (``extract/evaluate.py``)."""
from __future__ import annotations

import json
from pathlib import Path

from commitments.tui.cli import CLIError


def register(sub) -> None:
    p = sub.add_parser("eval", help="score extraction against a gold file (precision, recall, F1, grouping)")
    p.add_argument("gold", metavar="GOLD", help="gold commitments (JSON, format in docs/extraction.md)")
    p.add_argument("--docs", required=True, metavar="DIR", help="folder holding the documents the gold names")
    p.add_argument("--pred", metavar="FILE", help="score these JSON Lines predictions instead of extracting now")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=run)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CLIError(f"{path}: {e.strerror or 'cannot read'}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CLIError(f"{path}: not valid JSON ({e})") from None


def _read_predictions(path: Path) -> tuple[list[dict], int]:
    records, malformed = [], 0
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise CLIError(f"{path}: cannot read ({e})") from None
    for line in lines:
        if line.strip():
            try:
                rec = json.loads(line)
                records.append(rec if isinstance(rec, dict) else {})
            except json.JSONDecodeError:
                malformed += 1
    return records, malformed


def _extract(gold: dict, docs_dir: Path) -> list[dict]:
    from commitments.extract.commitments import extract_documents
    from commitments.extract.consolidate import assign_groups
    from commitments.extract.documents import DocumentError, read_document

    try:
        docs = [read_document(docs_dir / d["doc"]) for d in gold.get("documents", [])]
    except DocumentError as e:
        raise CLIError(str(e)) from None
    records = [r for _, recs in extract_documents(docs) for r in recs]
    assign_groups(records)
    return [r.to_gold_line() for r in records]


def run(args) -> int:
    from commitments.extract.evaluate import GoldError, format_report, score

    gold_path, docs_dir = Path(args.gold), Path(args.docs)
    gold = _read_json(gold_path)
    if not isinstance(gold, dict) or not isinstance(gold.get("documents"), list):
        raise CLIError(f"{gold_path}: not a gold file (no 'documents' list)")
    if not docs_dir.is_dir():
        raise CLIError(f"{docs_dir}: not a folder")
    records, malformed = _read_predictions(Path(args.pred)) if args.pred else (_extract(gold, docs_dir), 0)
    try:
        result = score(gold, docs_dir, records, malformed)
    except (GoldError, KeyError, TypeError) as e:
        raise CLIError(f"{gold_path}: {e}") from None
    if args.json:
        print(json.dumps(result))
    else:
        print("\n".join(format_report(result)))
    return 0
