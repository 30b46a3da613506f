"""The bench's targets, its table, and a description of the machine it ran on."""
from __future__ import annotations

import os
import platform
from collections.abc import Callable
from dataclasses import dataclass

from rich.table import Table


@dataclass(frozen=True)
class Figure:
    name: str
    ours: str  # key of the measured value
    baseline: str | None  # key of the baseline taken in the same run
    ratio: str | None  # key of ours against the baseline
    unit: str
    target: str  # as the issue states it
    holds: Callable[[dict], bool] | None = None


FIGURES = (
    Figure("Extraction, words/s (ratio on CPU time)", "extract_wps", "bare_wps", "extract_ratio", "w/s", "ratio ≥ 0.85",
           lambda r: r["extract_ratio"] >= 0.85),
    Figure("Extraction, 2 workers, speed-up", "workers2_speedup", "bare_workers2_speedup", None, "×", "—"),
    Figure("Re-ingest unchanged, s", "reingest_s", "first_ingest_s", "reingest_speedup", "s", "≥ 50× faster",
           lambda r: r["reingest_speedup"] >= 50),
    Figure("Re-ingest imports spaCy", "reingest_imports_spacy", None, None, "", "no",
           lambda r: not r["reingest_imports_spacy"]),
    Figure("Ingest, 2 workers, speed-up (spawn to exit)", "workers_speedup", None, None, "×", "≥ 0.8 × 2",
           lambda r: r["workers_speedup"] >= 0.8 * r["workers"]),
    Figure("Ingest, 2 workers, extraction rate speed-up", "workers_extract_speedup", None, None, "×", "—"),
    Figure("Group the smaller store (no groups yet), s", "regroup_s_large", None, None, "s", "—"),
    Figure("… its peak RSS (store open / grouping), MB", "regroup_rss_mb_large", "regroup_open_rss_mb_large", None, "MB",
           "—"),
    Figure("Add one document, large store, extra s", "add_one_doc_s_1m", "add_one_doc_s_empty", None, "s", "≤ 1 s",
           lambda r: r["add_one_doc_s_1m"] <= 1.0),
    Figure("Add one document, large store, MB written", "add_one_doc_mb_1m", "add_one_doc_mb_empty", None, "MB",
           "≤ 64 MB", lambda r: r["add_one_doc_mb_1m"] <= 64),
    Figure("First frame, 1/10 store, s", "first_frame_s_10k", "bare_first_frame_s", "first_frame_ratio_10k", "s", "—"),
    Figure("First frame, large store, s", "first_frame_s_100k", "bare_first_frame_s", "first_frame_ratio_100k", "s",
           "≤ 1.0 s and ≤ 3× bare",
           lambda r: r["first_frame_s_100k"] <= 1.0 and r["first_frame_ratio_100k"] <= 3),
    Figure("Search key → list p50, ms", "search_p50_ms", "scan_p50_ms", None, "ms", "—"),
    Figure("Search key → list p95, ms", "search_p95_ms", "scan_p95_ms", None, "ms", "p95 ≤ 50 ms",
           lambda r: r["search_p95_ms"] <= 50),
    Figure("Browser peak RSS, MB", "rss_mb_100k", "bare_rss_mb", None, "MB", "≤ 400 MB",
           lambda r: r["rss_mb_100k"] <= 400),
    # With a large store of a million (issue #14), the same figures under their own names and targets.
    Figure("First frame, a million, s", "first_frame_s_1m", "bare_first_frame_s", "first_frame_ratio_1m", "s",
           "≤ 1.0 s and ≤ 3× bare", lambda r: r["first_frame_s_1m"] <= 1.0 and r["first_frame_ratio_1m"] <= 3),
    Figure("Search key → list p95 at a million, ms", "search_p95_ms_1m", "scan_p95_ms", None, "ms", "p95 ≤ 30 ms",
           lambda r: r["search_p95_ms_1m"] <= 30),
    Figure("Open with the read caches missing, s", "cold_open_s_100k", None, None, "s", "—"),
    Figure("Open a million with the read caches missing, s", "cold_open_s_1m", None, None, "s", "≤ 10 s",
           lambda r: r["cold_open_s_1m"] <= 10),
    Figure("Browser peak RSS at a million, MB", "rss_mb_1m", "bare_rss_mb", None, "MB", "≤ 1 GB",
           lambda r: r["rss_mb_1m"] <= 1024),
    Figure("Browser imports spaCy", "browse_imports_spacy", None, None, "", "no",
           lambda r: not r["browse_imports_spacy"]),
)


def measured(result: dict) -> list[Figure]:
    """The figures this run has: the large store's are named for its size."""
    return [f for f in FIGURES if f.ours in result]


def targets(result: dict) -> dict[str, bool]:
    return {f.ours: f.holds(result) for f in measured(result) if f.holds is not None}


def _show(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return str(value)


def table(result: dict) -> Table:
    t = Table(title=f"commitments bench: {result['docs']} documents; stores of "
                    f"{result['commitments_small']:,} and {result['commitments']:,} commitments")
    for column in ("Figure", "Ours", "Baseline", "Ratio", "Target", "Holds"):
        t.add_column(column, justify="left" if column in ("Figure", "Target") else "right")
    holds = targets(result)
    for f in measured(result):
        ratio = result.get(f.ratio) if f.ratio else (
            result[f.ours] / result[f.baseline] if f.baseline and result.get(f.baseline) else None)
        verdict = {True: "[green]yes[/]", False: "[red]NO[/]", None: ""}[holds.get(f.ours)]
        t.add_row(f.name, _show(result[f.ours]), _show(result[f.baseline]) if f.baseline else "",
                  f"{ratio:.2f}×" if isinstance(ratio, float) else "", f.target, verdict)
    t.caption = ("Baselines: bare spaCy nlp.pipe (same model, same texts); the first ingest; a bare Textual "
                 "app with one Static; a plain substring scan of the same texts. " + machine()["summary"])
    return t


def machine() -> dict:
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "")
    except OSError:
        pass
    ram_gb = None
    try:
        ram_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    cpus = os.cpu_count()
    cpu = cpu or platform.processor() or platform.machine()
    summary = f"Machine: {cpus} CPUs ({cpu}), {ram_gb} GB RAM, Python {platform.python_version()}, {platform.system()}."
    return {"cpus": cpus, "cpu": cpu, "ram_gb": ram_gb, "python": platform.python_version(),
            "system": platform.platform(), "summary": summary}
