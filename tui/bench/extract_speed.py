"""Extraction throughput in words per second, ours against bare spaCy (``nlp.pipe`` with
the same model over the same texts, every component on), both timed in this process
after a warm-up, best of a few alternating rounds so neither gains from running second;
and the speed-up that two worker processes (spaCy's ``n_process``) give each.

The ratio is taken on this process's CPU time: both runs are single-process, and CPU time
does not count the turns other programs take on a shared machine, which wall time does.
The words-per-second figures are wall time, as a user feels them."""
from __future__ import annotations

import inspect
import time
from collections.abc import Callable

from commitments.records import Document

WARM_UP_DOCS = 4


def words(documents: list[Document]) -> int:
    return sum(len(d.text.split()) for d in documents)


def bare_nlp():
    """The same model our pipeline loads, as spaCy ships it."""
    import importlib.util

    import spacy
    from commitments.extract.pipeline import MODEL_PACKAGES

    name = next(n for n in MODEL_PACKAGES if importlib.util.find_spec(n) is not None)
    return spacy.load(name)


def bare_run(nlp, workers: int = 1) -> Callable[[list[Document]], None]:
    def run(documents: list[Document]) -> None:
        for _ in nlp.pipe((d.text for d in documents), n_process=workers):
            pass
    return run


def ours_run(workers: int = 1) -> Callable[[list[Document]], None]:
    """Our extraction end to end; with workers, through extract_documents' own parameter
    when it has one, else our pipeline's nlp.pipe(n_process=...) and our rules."""
    from commitments.extract.commitments import extract_documents, find_commitments
    from commitments.extract.pipeline import load_nlp

    load_nlp()
    accepts = inspect.signature(extract_documents).parameters
    if workers == 1:
        return lambda documents: _drain(extract_documents(documents))
    if "workers" in accepts:
        return lambda documents: _drain(extract_documents(documents, workers=workers))

    def run(documents: list[Document]) -> None:
        parsed = load_nlp().pipe((d.text for d in documents), batch_size=16, n_process=workers)
        for document, doc in zip(documents, parsed):
            find_commitments(document, doc)
    return run


def _drain(pairs) -> None:
    for _ in pairs:
        pass


def seconds(run: Callable[[list[Document]], None], documents: list[Document]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    run(documents)
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(documents: list[Document], rounds: int = 2, parallel: bool = True) -> dict:
    nlp = bare_nlp()
    bare, ours = bare_run(nlp), ours_run()
    bare(documents[:WARM_UP_DOCS])
    ours(documents[:WARM_UP_DOCS])
    bare_runs = []
    ours_runs = []
    for _ in range(rounds):
        bare_runs.append(seconds(bare, documents))
        ours_runs.append(seconds(ours, documents))
    (bare_s, bare_cpu), (ours_s, ours_cpu) = map(_best, (bare_runs, ours_runs))
    n = words(documents)
    out = {"words": n, "bare_wps": n / bare_s, "extract_wps": n / ours_s, "extract_ratio": bare_cpu / ours_cpu,
           "extract_wall_ratio": bare_s / ours_s}
    if parallel:
        bare2_s = seconds(bare_run(nlp, workers=2), documents)[0]
        ours2_s = seconds(ours_run(workers=2), documents)[0]
        out.update(bare_workers2_speedup=bare_s / bare2_s, workers2_speedup=ours_s / ours2_s,
                   extract_wps_workers2=n / ours2_s)
    return out


def _best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(w for w, _ in runs), min(c for _, c in runs)
