"""Where documents are extracted: in this process, in a pool of local processes, or on a
Dask cluster. Each is an ``Extractor``: documents in, (document, records) out in the
order given, working ahead while the caller stores what came out, so the ingest service
(commitments.ingest) is the same whichever does the work.

Every extractor imports spaCy only where it parses: in this process for ``InProcess``,
in the workers for the others.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from commitments.records import Commitment, Document

Extracted = Iterator[tuple[Document, list[Commitment]]]


class Extractor(Protocol):
    def extract(self, documents: Iterable[Document]) -> Extracted:
        """Each document with its commitments, in the order given."""
        ...

    def close(self) -> None:
        """Let go of processes or connections (the extractor is not used after)."""
        ...


class InProcess:
    """spaCy in this process (``workers`` > 1: spaCy's own ``n_process`` per call)."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers

    def extract(self, documents: Iterable[Document]) -> Extracted:
        from commitments.extract.commitments import extract_documents

        yield from extract_documents(documents, workers=self.workers)

    def close(self) -> None:
        pass


def make_extractor(workers: int = 1, dask: str | None = None) -> Extractor:
    """A Dask cluster's if ``dask`` names its scheduler, else ``workers`` local processes,
    else this process."""
    if dask:
        from commitments.extract.on_dask import DaskExtractor

        return DaskExtractor(dask)
    if workers > 1:
        from commitments.extract.process_pool import ProcessPool

        return ProcessPool(workers)
    return InProcess()


__all__ = ["Extractor", "InProcess", "make_extractor", "Extracted"]
