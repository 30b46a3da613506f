"""A progress bar on stderr for long commands: the stage, how far, how fast, how long left.

On a terminal it redraws one line in place; written to a file or a pipe (asked for
with ``--progress``) it prints a line every few seconds and one at the end of each
stage, so a log shows progress without a line per document.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 24
LOG_EVERY_S = 5.0
UNITS = {"documents": "docs", "grouping": "records", "reading": "segments"}


class ProgressBar:
    def __init__(self, stream: TextIO | None = None, in_place: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.in_place = self.stream.isatty() if in_place is None else in_place
        self._stage: str | None = None
        self._started = 0.0
        self._from = 0
        self._shown = 0.0
        self._open = False  # a line drawn in place and not yet ended

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self._stage:
            self._end_line()
            self._stage, self._started, self._from, self._shown = stage, now, done, 0.0
        finished = done >= total
        if not finished and now - self._shown < (0.1 if self.in_place else LOG_EVERY_S):
            return
        self._shown = now
        line = self.line(stage, done, total, now - self._started, done - self._from)
        if self.in_place:
            self.stream.write("\r" + line + "\x1b[K")
            self._open = True
            if finished:
                self._end_line()
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    @staticmethod
    def line(stage: str, done: int, total: int, elapsed: float, counted: int) -> str:
        """``documents  120/200 ▕██████████░░░░░░░░░░░░▏ 12.3 docs/s, 7 s left``"""
        share = done / total if total else 1.0
        filled = round(WIDTH * share)
        text = f"{stage:<9} {done:,}/{total:,} ▕{'█' * filled}{'░' * (WIDTH - filled)}▏"
        if elapsed >= 0.5 and counted > 0:
            rate = counted / elapsed
            text += f" {rate:,.1f} {UNITS.get(stage, 'items')}/s"
            text += ", done" if done >= total else f", {_duration((total - done) / rate)} left"
        return text

    def _end_line(self) -> None:
        if self._open:
            self.stream.write("\n")
            self.stream.flush()
            self._open = False

    def close(self) -> None:
        self._end_line()


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
