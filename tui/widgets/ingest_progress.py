"""Ingestion in a thread, with a progress bar; the browser stays usable meanwhile.

The thread ingests through a Store of its own, opened on the same file, so the store and
index the browser searches are never changed under it: the new store arrives whole with
``Finished``, on the UI thread, and the app swaps it in.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from commitments.store import IngestReport, Store
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Label, ProgressBar


class IngestProgress(Horizontal):
    DEFAULT_CSS = """
    IngestProgress { height: 1; display: none; padding: 0 1; }
    IngestProgress.-running { display: block; }
    IngestProgress Label { width: auto; margin-right: 1; }
    """

    @dataclass
    class Finished(Message):
        report: IngestReport | None
        errors: list[str]
        store: Store | None = None  # the store file as the ingest left it, read and indexed
        problem: str | None = None  # one line when the whole ingest failed

    def compose(self) -> ComposeResult:
        yield Label("Ingesting…", id="ingest-label")
        yield ProgressBar(total=None, show_eta=False)

    def start(self, db: Path, paths: list[str]) -> None:
        """Ingest ``paths`` into the store file ``db``."""
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.query_one(Label).update(Text(f"Ingesting {', '.join(paths)}…"))
        self.add_class("-running")
        self._run(db, paths)

    @property
    def running(self) -> bool:
        return self.has_class("-running")

    @work(thread=True, exclusive=True, group="ingest")
    def _run(self, db: Path, paths: list[str]) -> None:
        from commitments.extract.documents import iter_paths
        from commitments.ingest import ingest_paths  # extraction imports spaCy lazily, on this path only

        total = sum(1 for _ in iter_paths(paths))  # cheap: names only, no reading
        done = 0

        def progress(batch: IngestReport) -> None:
            nonlocal done
            done += len(batch.stored)
            self.app.call_from_thread(self.query_one(ProgressBar).update, total=total, progress=done)

        try:
            store = Store(db)
            report, errors = ingest_paths(store, paths, progress=progress)
            finished = self.Finished(report, errors, store)
        except Exception as exc:  # one clear line, never a traceback in the UI
            finished = self.Finished(None, [], problem=f"{', '.join(paths)}: {exc}")
        self.app.call_from_thread(self._finish, finished)

    def _finish(self, finished: Finished) -> None:
        self.remove_class("-running")
        self.post_message(finished)
