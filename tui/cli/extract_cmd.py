"""`commitments extract PATH... [--json]`: print commitments; store nothing."""
from __future__ import annotations

import json
import sys

from commitments.tui.cli import warn


def register(sub) -> None:
    p = sub.add_parser("extract", help="print the commitments found in files or folders (stores nothing)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="JSON Lines, one commitment a line")
    p.set_defaults(run=run)


def run(args) -> int:
    from commitments.extract.reading import read_documents

    docs, errors = read_documents(args.paths, say=warn)
    if docs:
        from commitments.extract.commitments import extract_documents
        from commitments.extract.consolidate import assign_groups

        results = list(extract_documents(docs))
        assign_groups([r for _, recs in results for r in recs])
        if args.json:
            out = sys.stdout
            for _, recs in results:
                for r in recs:
                    out.write(json.dumps(r.to_gold_line(), ensure_ascii=False) + "\n")
        else:
            from commitments.tui.cli.tables import print_commitments

            print_commitments([r for _, recs in results for r in recs])
    return 1 if errors else 0
