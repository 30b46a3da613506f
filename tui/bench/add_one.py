"""Adding one document to a large store against adding it to an empty one, each a fresh
`commitments ingest` process timed from spawn to exit (spaCy's start-up is in both, so
the difference is what the store's size costs), with the bytes each process wrote
(``wchar``: the store, the cache and the postings alike).

The bench's large store is made without groups, as a migrated one would be; it is
grouped first (``regroup``, timed, with its peak memory), since adding a document to a
store without groups groups the whole store.

As a child: ``python -m tui.bench.add_one ingest DB FOLDER`` or ``... regroup DB``."""
from __future__ import annotations

from pathlib import Path


REGROUP_TIMEOUT_S = 3 * 3600


def measure(large_store: str, folder: str, work: Path) -> dict:
    from commitments.store.segments import copy_store
    from commitments.tui.bench.child import run_child

    store = copy_store(Path(large_store), work / "grouped.json")
    # Grouping a million commitments without groups takes longer than a child may (it
    # passed 900 s here, on two shared vCPUs): it is the setup of this row, not its figure.
    grouped = run_child("commitments.tui.bench.add_one", "regroup", str(store), timeout=REGROUP_TIMEOUT_S)
    empty = run_child("commitments.tui.bench.add_one", "ingest", str(work / "empty.json"), folder)
    large = run_child("commitments.tui.bench.add_one", "ingest", str(store), folder)
    return {"regroup_s_large": grouped["wall_s"], "regroup_rss_mb_large": grouped["rss_mb"],
            "regroup_open_rss_mb_large": grouped["open_rss_mb"], "regrouped": grouped["changed"],
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
        return {"changed": changed, "open_rss_mb": opened}
    from commitments.ingest import ingest_paths

    before = _written()
    report, _ = ingest_paths(Store(argv[1]), [argv[2]])
    return {"added": len(report.added), "written": _written() - before}


if __name__ == "__main__":
    import sys

    from commitments.tui.bench.child import emit

    emit(_main(sys.argv[1:]))
