"""Extraction on a Dask cluster (``dask.distributed``): a news archive of millions of
articles is extracted on many machines, and only the records come back to be stored.

Documents go out a few at a time (``extract_chunk``, the same function local worker
processes run); each worker loads the pipeline once, when it joins the cluster
(``LoadPipeline``, a worker plugin, so a worker added later loads it too). Results are
yielded in the order the documents were given, with a bounded number of tasks in
flight, and the ingest service stores them here, a batch at a time: an interrupted run
is resumed by running it again, exactly as a local ingest is. The workers need this
package (the same version) installed; the scheduler needs nothing of ours.
"""
from __future__ import annotations

from collections.abc import Iterable

from distributed import Client, WorkerPlugin

from commitments.extract.extractors import Extracted
from commitments.extract.in_order import chunks, in_order
from commitments.extract.process_pool import extract_chunk
from commitments.records import Document

AHEAD_PER_WORKER = 4  # tasks in flight per worker: enough to keep it busy between results


class LoadPipeline(WorkerPlugin):
    """Load the spaCy pipeline once per worker process, before its first task."""

    name = "commitments-pipeline"

    def setup(self, worker) -> None:
        from commitments.extract.pipeline import load_nlp

        load_nlp()


class DaskExtractor:
    def __init__(self, cluster: str | Client) -> None:
        """``cluster``: the scheduler's address ("tcp://host:8786"), or a Client to use."""
        self._owned = not isinstance(cluster, Client)
        self.client = Client(cluster) if self._owned else cluster
        self.client.register_plugin(LoadPipeline())

    def extract(self, documents: Iterable[Document]) -> Extracted:
        client = self.client
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(chunk: list[Document]):
            return client.submit(extract_chunk, chunk, pure=False)

        for chunk, results in in_order(chunks(documents), submit, lambda future: future.result(),
                                       ahead=AHEAD_PER_WORKER * workers):
            yield from zip(chunk, results)

    def close(self) -> None:
        if self._owned:
            self.client.close()
