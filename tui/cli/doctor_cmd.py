"""`commitments doctor [--restore]`: check the store; put back its last good backup."""
from __future__ import annotations

from commitments.tui.cli import add_db_option, db_path


def register(sub) -> None:
    p = sub.add_parser("doctor", help="check the store file, or restore its backup")
    p.add_argument("--restore", action="store_true",
                   help="replace the store with its backup (the state before the last write); "
                        "the replaced file is kept beside it")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from commitments.store.doctor import check, restore

    path = db_path(args)
    if args.restore:
        print(restore(path))
    findings = check(path)
    for f in findings:
        print(f)
    return 0 if all(f.ok for f in findings) else 1
