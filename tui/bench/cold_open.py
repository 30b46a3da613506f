"""Opening a large store whose read caches are missing (a copied store, a cache layout a
new version changed): a fresh interpreter from spawn to the store open, caches rewritten.

As a child (``python -m commitments.tui.bench.cold_open STORE``) it opens the store and
reports how many rows it holds; the parent deletes the caches first and times the child."""
from __future__ import annotations

from pathlib import Path


def measure(store_path: str) -> dict:
    from commitments.store.segments import segments_dir
    from commitments.tui.bench.child import run_child

    for cache_file in segments_dir(Path(store_path)).glob("*.cache"):
        cache_file.unlink()
    r = run_child("commitments.tui.bench.cold_open", store_path)
    return {"cold_open_s": r["wall_s"], "cold_open_rows": r["rows"], "cold_open_rss_mb": r["rss_mb"]}


def _main(store_path: str) -> None:
    from commitments.store import Store
    from commitments.tui.bench.child import emit

    emit({"rows": len(Store(store_path).commitments)})


if __name__ == "__main__":
    import sys

    _main(sys.argv[1])
