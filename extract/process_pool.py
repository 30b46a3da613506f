"""Extraction in local worker processes, each loading the pipeline once for the whole
ingest (spaCy's own ``n_process`` starts new processes, and loads the model again, for
every call: once per batch of 32 documents, which ate most of what a second core gave).

The processes are started with "spawn": forking a process that runs threads (the
browser ingests in a worker thread) can deadlock, and a spawned worker imports only
what extraction needs.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor

from commitments.extract.extractors import Extracted
from commitments.extract.in_order import chunks, in_order
from commitments.records import Commitment, Document


def _load_pipeline() -> None:
    from commitments.extract.pipeline import load_nlp

    load_nlp()


def extract_chunk(documents: list[Document]) -> list[list[Commitment]]:
    """In a worker: the commitments of each document (the pipeline is loaded once per process)."""
    from commitments.extract.commitments import extract_documents

    return [records for _, records in extract_documents(documents)]


class ProcessPool:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def extract(self, documents: Iterable[Document]) -> Extracted:
        if self._pool is None:  # started on first use: an ingest with nothing new starts none
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_load_pipeline)
        pool = self._pool

        def submit(chunk: list[Document]) -> Future:
            return pool.submit(extract_chunk, chunk)

        for chunk, results in in_order(chunks(documents), submit, Future.result, ahead=4 * self.workers):
            yield from zip(chunk, results)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
