"""`commitments bench`: measure, on this machine, the speed users feel (ingest, browser
start, search) and the browser's memory, each beside a baseline taken in the same run."""
from __future__ import annotations

import json
import sys

from commitments.tui.cli import CLIError


def register(sub) -> None:
    p = sub.add_parser("bench", help="measure extraction, re-ingest, browser start, search and memory")
    p.add_argument("--docs", type=int, default=200, metavar="N", help="synthetic documents to extract and ingest (default 200)")
    p.add_argument("--worker-docs", type=int, default=800, metavar="N",
                   help="synthetic documents for the 1-worker against 2-worker ingest (default 800; "
                        "--quick uses --docs): start-up is not what the row measures")
    p.add_argument("--commitments", type=int, default=100_000, metavar="N",
                   help="commitments in the large store; the small one has a tenth (default 100000)")
    p.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus and stores (default 0)")
    p.add_argument("--quick", action="store_true",
                   help="one round of each measurement and two search words: a smoke test, noisier figures")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    p.set_defaults(run=run)


def run(args) -> int:
    from commitments.tui.bench.child import BenchError
    from commitments.tui.bench.report import machine, table, targets
    from commitments.tui.bench.suite import run_bench

    if args.docs < 1 or args.commitments < 10:
        raise CLIError("bench needs --docs ≥ 1 and --commitments ≥ 10")
    try:
        result = run_bench(args.docs, args.commitments, args.seed, quick=args.quick, worker_docs=args.worker_docs,
                           say=lambda line: print(f"bench: {line}", file=sys.stderr, flush=True))
    except BenchError as e:
        raise CLIError(f"bench: {e}") from None
    result["targets"] = targets(result)
    result["machine"] = machine()
    if args.json:
        print(json.dumps(result))
    else:
        from rich.console import Console

        Console(width=max(Console().width, 110)).print(table(result))
    return 0 if all(result["targets"].values()) else 1
