"""Output for a pipe: tab-separated values with a header line, every field whole.

A table sized to the terminal is for reading; piped to a file or another program it
would be cut to 80 columns ("h…"). So the commands that print tables print TSV instead
when stdout is not a terminal. Cells are one line with no tab (document text is
untrusted: it must not add columns or rows), and control characters are removed.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

from commitments.extract.text import one_line


def to_a_terminal(out: TextIO | None = None) -> bool:
    """Whether to print a table: stdout is a terminal, or FORCE_COLOR says to act as if
    it were one (as Rich does)."""
    out = out or sys.stdout
    return bool(os.environ.get("FORCE_COLOR")) or (hasattr(out, "isatty") and out.isatty())


def cell(value: object) -> str:
    return "" if value is None else one_line(str(value)).replace("\t", " ")


def write_tsv(header: Sequence[str], rows: Iterable[Sequence[object]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write("\t".join(header) + "\n")
    for row in rows:
        out.write("\t".join(map(cell, row)) + "\n")
