"""Over SSH to an old server the terminal may not be UTF-8. Output that the terminal's
encoding cannot hold must degrade (escapes, ASCII boxes), never end in a traceback."""
from __future__ import annotations

import os
import subprocess
import sys

from commitments.records import Commitment, Document, MoneyAmount, Passage, content_hash


def cli(*args: str, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "COLUMNS": "160"}
    return subprocess.run([sys.executable, "-m", "commitments", *args], capture_output=True, timeout=60, env=env)


def test_search_on_a_latin1_terminal(tmp_path):
    from commitments.store import Store

    text = "トヨタ will invest ¥5 trillion — its largest pledge."
    doc = Document(doc="東京.txt", sha256=content_hash(text), text=text, path=str(tmp_path / "東京.txt"))
    rec = Commitment(id="t1", doc=doc.doc, doc_hash=doc.sha256, actors=["トヨタ"], passage=Passage(0, len(text), text),
                     money=MoneyAmount(5e12, "JPY", "¥5 trillion", 17, 28))
    db = tmp_path / "store.json"
    Store(db).add([(doc, [rec])])
    proc = cli("search", "trillion", "--db", str(db), encoding="latin-1")
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert b"largest pledge" in proc.stdout


def test_ingest_on_an_ascii_terminal(tmp_path):
    missing = tmp_path / "報告.txt"
    proc = cli("ingest", str(missing), "--db", str(tmp_path / "store.json"), encoding="ascii")
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("ascii", "replace")
    assert proc.returncode == 1
    assert proc.stdout.startswith(b"0 added") and b"; 1 failed ? " in proc.stdout  # the arrow, replaced
    assert proc.stderr.decode("ascii").splitlines()[0].endswith("\\u5831\\u544a.txt: no such file or folder")
