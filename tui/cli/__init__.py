"""`commitments`: the command line. Each subcommand lives in its own module of this
package and registers itself in ``SUBCOMMANDS``; spaCy is imported only inside the
commands that extract."""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

# module name → subcommand; each module has register(subparsers) and run(args) -> int
SUBCOMMANDS = ("extract", "ingest", "browse", "search", "ledger", "export", "groups", "eval", "doctor", "bench")


class CLIError(Exception):
    """A one-line message for the user; the command exits with status 2."""


def db_path(args: argparse.Namespace) -> Path:
    from commitments.store import default_db_path

    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def warn(line: str) -> None:
    """A line for the user on stderr, at once (it may come long before the command ends)."""
    print(f"commitments: {line}", file=sys.stderr, flush=True)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="the store file (default: $COMMITMENTS_DB, else the user data directory)")


def search_rows(index, words: list[str]) -> list[int]:
    """The index rows a query given on the command line matches; a filter that cannot be
    read, or is unfinished, is an error (exit 2), never a silent match-all."""
    from commitments.store.query import parse_query

    q = parse_query(" ".join(words))
    if q.problems:
        raise CLIError("; ".join(q.problems))
    return index.search(q)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="commitments", description="Follow who pledges how much, to whom, by when.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        module = importlib.import_module(f"commitments.tui.cli.{name}_cmd")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    _tolerate_terminal_encoding()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    try:
        return int(args.run(args) or 0)
    except CLIError as e:
        print(f"commitments: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # the store's and reader's errors are one line already
        from commitments.store import StoreError

        if isinstance(e, StoreError):
            print(f"commitments: {e}", file=sys.stderr)
            return 2
        raise


def _tolerate_terminal_encoding() -> None:
    """Over SSH to an old server the terminal may be Latin-1 or ASCII: a character it
    cannot show becomes "?" (stdout) or an escape (stderr), never a UnicodeEncodeError."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            reconfigure(errors=errors)
