"""Re-ingest of an unchanged corpus against its first ingest, each a fresh
``commitments ingest`` process timed from spawn to exit; the second must not import spaCy.

As a child (``python -m tui.bench.reingest DB FOLDER``) it runs the ingest command's own
code and reports whether spaCy was imported."""
from __future__ import annotations


def measure(db: str, folder: str, repeat: int = 3) -> dict:
    """One first ingest; the best of ``repeat`` re-ingests (a second's run is the one a
    busy machine's hiccups distort most)."""
    from commitments.tui.bench.child import BenchError, run_child

    first = run_child("commitments.tui.bench.reingest", db, folder)
    runs = [run_child("commitments.tui.bench.reingest", db, folder) for _ in range(repeat)]
    again = min(runs, key=lambda r: r["wall_s"])
    if any(r["added"] or not r["unchanged"] for r in runs):
        raise BenchError(f"re-ingest of {folder} was not a no-op: {again}")
    return {"first_ingest_s": first["wall_s"], "reingest_s": again["wall_s"],
            "reingest_speedup": first["wall_s"] / again["wall_s"],
            "reingest_imports_spacy": any(r["spacy_imported"] for r in runs), "ingested_commitments": first["commitments"]}


if __name__ == "__main__":
    import sys

    from commitments.store import Store
    from commitments.tui.bench.child import emit
    from commitments.ingest import ingest_paths

    report, errors = ingest_paths(Store(sys.argv[1]), [sys.argv[2]])
    emit({"added": len(report.added), "unchanged": len(report.unchanged), "commitments": report.commitments,
          "errors": len(errors), "spacy_imported": "spacy" in sys.modules})
