"""`commitments export [QUERY...] [--format csv|json|jsonl|md] [-o FILE]`."""
from __future__ import annotations

import sys
from pathlib import Path

from commitments.tui.cli import CLIError, add_db_option, db_path


def register(sub) -> None:
    from commitments.store.export import FORMATS

    p = sub.add_parser("export", help="write stored commitments (all, or those matching a search) to a file")
    p.add_argument("query", nargs="*", help="the browser's search syntax, e.g. org:microsoft amount>1bn")
    p.add_argument("--format", "-f", choices=FORMATS,
                   help="default: from the output file's suffix, else jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (replaced whole, never half-written); default stdout")
    add_db_option(p)
    p.set_defaults(run=run)


def _format(args) -> str:
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
    return {"csv": "csv", "json": "json", "jsonl": "jsonl", "md": "md", "markdown": "md"}.get(suffix, "jsonl")


def run(args) -> int:
    from commitments.store import Store
    from commitments.store.export import write

    store = Store(db_path(args))
    index = store.index
    commitments = (index.commitments[i] for i in index.search(" ".join(args.query)))
    fmt = _format(args)
    if not args.output:
        n = write(commitments, fmt, sys.stdout)
    else:
        n = _write_file(Path(args.output).expanduser(), commitments, fmt)
        print(f"{n} commitments → {args.output} ({fmt})", file=sys.stderr)
    return 0 if n else 1


def _write_file(path: Path, commitments, fmt: str) -> int:
    from commitments.store.export import write_file

    try:
        return write_file(path, commitments, fmt)
    except OSError as e:
        raise CLIError(f"{path}: cannot write there ({e.strerror or e})") from None
