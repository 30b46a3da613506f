"""NO_COLOR (https://no-color.org): the command line's tables drop colour when it is set,
even on a terminal that asks for colour, and keep it otherwise."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from commitments.records import (
    Commitment,
    Document,
    MoneyAmount,
    Passage,
    Timeframe,
    content_hash,
)

# SGR parameters that set a colour: 30–39, 40–49, 90–97, 100–107 (38/48 start 256-colour and RGB).
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")


@pytest.fixture
def store_file(tmp_path):
    from commitments.store import Store

    text = "Acme Corp will invest $5 million in Kenya by 2030."
    doc = Document(doc="acme.txt", sha256=content_hash(text), text=text, path=str(tmp_path / "acme.txt"))
    rec = Commitment(id="acme1", doc=doc.doc, doc_hash=doc.sha256, actors=["Acme Corp"], passage=Passage(0, 49, text[:49]),
                     money=MoneyAmount(5e6, "USD", "$5 million", 22, 32), timeframe=Timeframe("by 2030", 42, 49))
    db = tmp_path / "store.json"
    Store(db).add([(doc, [rec])])
    return db


def search(db, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    proc = subprocess.run([sys.executable, "-m", "commitments", "search", "Acme", "--db", str(db)], capture_output=True,
                          text=True, timeout=60, env={**environ, "COLUMNS": "160", "TERM": "xterm-256color", **env})
    assert proc.returncode == 0, proc.stderr
    assert "Acme Corp" in proc.stdout and ("USD 5m" in proc.stdout or "\t$5 million\t" in proc.stdout)
    return proc.stdout


def test_colour_by_default_on_a_colour_terminal(store_file):
    assert COLOUR.search(search(store_file, FORCE_COLOR="1"))


def test_no_color_removes_every_colour(store_file):
    out = search(store_file, FORCE_COLOR="1", NO_COLOR="1")
    assert not COLOUR.search(out)
    assert "\x1b[1m" in out  # bold is not colour: NO_COLOR leaves it, and the terminal was real


def test_no_escape_at_all_when_output_is_not_a_terminal(store_file):
    assert "\x1b" not in search(store_file)
