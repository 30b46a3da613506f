"""Adding one document to a large store against adding it to an empty one, each a fresh
`commitments ingest` process timed from spawn to exit (spaCy's start-up is in both, so
the difference is what the store's size costs), with the bytes each process wrote
(``wchar``: the store, the cache and the postings alike).

The large store is made grouped (``make_store(grouped=True)``: each record in a group of
its own), as a store ingest has grouped is: grouping a synthetic million from scratch
takes most of an hour here, and is what a first ingest into a migrated store pays once,
not what adding a document costs. That grouping is measured on its own, on a store
without groups (the bench's smaller store: 100,000 at ``--commitments 1000000``), with
its peak memory. Before adding, one pass reads every row's grouping keys and keeps them
beside the store (what the first ingest's regrouping leaves), timed as the row's setup.

As a child: ``python -m tui.bench.add_one ingest DB FOLDER`` or ``... regroup DB``."""
from __future__ import annotations

from pathlib import Path


REGROUP_TIMEOUT_S = 3 * 3600


def measure(large_store: str, folder: str, work: Path, ungrouped_store: str) -> dict:
    """``large_store`` (grouped) gets the document; ``ungrouped_store`` (a copy of it)
    is grouped from scratch."""
    from commitments.store.segments import copy_store
    from commitments.tui.bench.child import run_child

    store = copy_store(Path(ungrouped_store), work / "to-group.json")
    grouped = run_child("commitments.tui.bench.add_one", "regroup", str(store), timeout=REGROUP_TIMEOUT_S)
    keys = run_child("commitments.tui.bench.add_one", "regroup", large_store, timeout=REGROUP_TIMEOUT_S)
    empty = run_child("commitments.tui.bench.add_one", "ingest", str(work / "empty.json"), folder)
    large = run_child("commitments.tui.bench.add_one", "ingest", large_store, folder)
    return {"regroup_s_large": grouped["wall_s"], "regroup_rss_mb_large": grouped["rss_mb"],
            "regroup_open_rss_mb_large": grouped["open_rss_mb"], "regrouped": grouped["changed"],
            "regroup_commitments": grouped["commitments"], "add_one_setup_s": keys["wall_s"],
            "add_one_doc_s_empty": empty["wall_s"], "add_one_doc_s_1m": large["wall_s"] - empty["wall_s"],
            "add_one_doc_bytes_1m": large["written"], "add_one_doc_bytes_empty": empty["written"],
            "add_one_doc_mb_1m": large["written"] / 2**20, "add_one_doc_mb_empty": empty["written"] / 2**20,
            "add_one_doc_rss_mb_1m": large["rss_mb"]}


def _written() -> int:
    try:
        with open("/proc/self/io", encoding="ascii") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("wchar:"))
    except (OSError, StopIteration):
        return -1


def _main(argv: list[str]) -> dict:
    from commitments.store import Store
    from commitments.tui.bench.child import peak_rss_mb

    if argv[0] == "regroup":
        from commitments.regroup import regroup

        store = Store(argv[1])
        opened = peak_rss_mb()
        changed = regroup(store)
        store.save_cache(postings=True)  # as an ingest leaves it
        return {"changed": changed, "open_rss_mb": opened, "commitments": len(store)}
    from commitments.ingest import ingest_paths

    before = _written()
    report, _ = ingest_paths(Store(argv[1]), [argv[2]])
    return {"added": len(report.added), "written": _written() - before}


if __name__ == "__main__":
    import sys

    from commitments.tui.bench.child import emit

    emit(_main(sys.argv[1:]))
