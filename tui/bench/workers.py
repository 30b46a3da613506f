"""Ingest with N worker processes against one: each a fresh `commitments ingest` into an
empty store, the same corpus, timed from spawn to exit (so start-up counts, as a user
feels it) and, inside, from the first document extracted to the last (the rate once
every worker has loaded the pipeline, which a longer corpus approaches).

As a child (``python -m tui.bench.workers DB FOLDER N``) it runs the ingest service."""
from __future__ import annotations

from pathlib import Path


def measure(folder: str, work: Path, workers: int = 2, repeat: int = 1) -> dict:
    """Best of ``repeat`` alternating rounds of one worker and ``workers``."""
    from commitments.tui.bench.child import run_child

    runs: dict[int, list[dict]] = {1: [], workers: []}
    for _ in range(repeat):
        for n in (1, workers):
            db = work / f"workers{n}.json"
            for made in work.glob(f"{db.name}*"):
                made.unlink()
            runs[n].append(run_child("commitments.tui.bench.workers", str(db), folder, str(n)))
    one, many = (min(runs[n], key=lambda r: r["wall_s"]) for n in (1, workers))
    return {"workers": workers, "workers_speedup": one["wall_s"] / many["wall_s"],
            "workers_extract_speedup": many["docs_per_s"] / one["docs_per_s"],
            "ingest_s_workers1": one["wall_s"], "ingest_s_workers": many["wall_s"]}


def _ingest(db: str, folder: str, workers: int) -> dict:
    import time

    from commitments.ingest import ingest_paths
    from commitments.store import Store

    at: list[float] = []

    def meter(stage: str, done: int, total: int) -> None:
        if stage == "documents" and done in (1, total):
            at.append(time.perf_counter())

    report, _ = ingest_paths(Store(db), [folder], workers=workers, meter=meter)
    docs = len(report.added)
    return {"docs": docs, "docs_per_s": (docs - 1) / (at[-1] - at[0]) if docs > 1 else 0.0}


if __name__ == "__main__":
    import sys

    from commitments.tui.bench.child import emit

    emit(_ingest(sys.argv[1], sys.argv[2], int(sys.argv[3])))
