"""`commitments export [QUERY...] [--format csv|json|jsonl|md] [-o FILE]`."""
from __future__ import annotations

import sys
from pathlib import Path

from commitments.tui.cli import CLIError, add_db_option, db_path, search_rows
from commitments.tui.format import counted


def register(sub) -> None:
    from commitments.store.export import FORMATS

    p = sub.add_parser("export", help="write stored commitments (all, or those matching a search) to a file")
    p.add_argument("query", nargs="*", help="the browser's search syntax, e.g. org:microsoft amount>1bn")
    p.add_argument("--format", "-f", choices=FORMATS,
                   help="default: from the output file's extension (.csv .json .jsonl .md), else jsonl on stdout")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (replaced whole, never half-written); default stdout")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists without asking")
    add_db_option(p)
    p.set_defaults(run=run)


def _format(args) -> str:
    from commitments.store.export import UnknownExtension, format_for

    if args.format:
        return args.format
    if not args.output:
        return "jsonl"
    try:
        return format_for(args.output)
    except UnknownExtension as e:
        raise CLIError(str(e)) from None


def _may_replace(path: Path, force: bool) -> None:
    """An existing file is replaced only with --force, or when the user says so at a terminal."""
    if force or not path.exists():
        return
    if sys.stdin.isatty() and sys.stderr.isatty():
        print(f"{path} exists. Replace it? [y/N] ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip().lower() in ("y", "yes"):
            return
    raise CLIError(f"{path} exists; not replaced (use --force to replace it)")


def run(args) -> int:
    from commitments.store import Store
    from commitments.store.export import write

    store = Store(db_path(args))
    index = store.index
    commitments = (index.commitments[i] for i in search_rows(index, args.query))
    fmt = _format(args)
    if args.output:
        _may_replace(Path(args.output).expanduser(), args.force)
    if not args.output:
        n = write(commitments, fmt, sys.stdout, store.documents)
    else:
        n = _write_file(Path(args.output).expanduser(), commitments, fmt, store.documents)
        print(f"{counted(n, 'commitment')} → {args.output} ({fmt})", file=sys.stderr)
    return 0 if n else 1


def _write_file(path: Path, commitments, fmt: str, documents) -> int:
    from commitments.store.export import write_file

    try:
        return write_file(path, commitments, fmt, documents)
    except OSError as e:
        raise CLIError(f"{path}: cannot write there ({e.strerror or e})") from None
