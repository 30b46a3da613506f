"""Real documents on disk with hand-made commitments, for store tests that need no spaCy."""
from __future__ import annotations

from pathlib import Path

from commitments.extract.documents import read_document
from commitments.records import Commitment, Passage, commitment_id


def document(path: Path, text: str | None = None):
    """Write ``text`` to ``path`` (if given), read it back as a Document, with one
    commitment per line."""
    if text is not None:
        path.write_text(text, encoding="utf-8")
    d = read_document(path)
    commitments, at = [], 0
    for line in d.text.split("\n"):
        if line.strip():
            actor = line.split()[0]
            commitments.append(Commitment(id=commitment_id(d.sha256, at, at + len(line), [actor]), doc=d.doc,
                                          doc_hash=d.sha256, actors=[actor], passage=Passage(at, at + len(line), line),
                                          title=d.title, published=d.published))
        at += len(line) + 1
    return d, commitments


# The start of a script run as a child writer (``python -c``) that kills itself (SIGKILL)
# at the manifest switch: argv[1] is the store, argv[2] "before" or "after" the rename.
KILL_AT_SWITCH = """
import os, signal, sys
from pathlib import Path
import commitments.store.atomic as atomic
target, when = Path(sys.argv[1]), sys.argv[2]
real = os.replace
def replace(src, dst):
    if Path(dst) == target and when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    real(src, dst)
    if Path(dst) == target and when == "after":
        os.kill(os.getpid(), signal.SIGKILL)
atomic.os.replace = replace
"""
