"""Extraction throughput in words per second, ours against bare spaCy (``nlp.pipe`` with
the same model over the same texts, every component on), both timed in this process
after a warm-up, best of a few alternating rounds so neither gains from running second;
and the speed-up that two worker processes (spaCy's ``n_process``) give each."""
from __future__ import annotations

import inspect
import time
from collections.abc import Callable

from extract.records import Document

WARM_UP_DOCS = 4


def words(documents: list[Document]) -> int:
    return sum(len(d.text.split()) for d in documents)


def bare_nlp():
    """The same model our pipeline loads, as spaCy ships it."""
    import importlib.util

    import spacy

    from extract.pipeline import MODEL_PACKAGES

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
    from extract.commitments import extract_documents, find_commitments
    from extract.pipeline import load_nlp

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


def best_seconds(run: Callable[[list[Document]], None], documents: list[Document]) -> float:
    t0 = time.perf_counter()
    run(documents)
    return time.perf_counter() - t0


def measure(documents: list[Document], rounds: int = 2, parallel: bool = True) -> dict:
    nlp = bare_nlp()
    bare, ours = bare_run(nlp), ours_run()
    bare(documents[:WARM_UP_DOCS])
    ours(documents[:WARM_UP_DOCS])
    bare_s, ours_s = float("inf"), float("inf")
    for _ in range(rounds):
        bare_s = min(bare_s, best_seconds(bare, documents))
        ours_s = min(ours_s, best_seconds(ours, documents))
    n = words(documents)
    out = {"words": n, "bare_wps": n / bare_s, "extract_wps": n / ours_s, "extract_ratio": bare_s / ours_s}
    if parallel:
        bare2_s = best_seconds(bare_run(nlp, workers=2), documents)
        ours2_s = best_seconds(ours_run(workers=2), documents)
        out.update(bare_workers2_speedup=bare_s / bare2_s, workers2_speedup=ours_s / ours2_s,
                   extract_wps_workers2=n / ours2_s)
    return out
