"""Markup and terminal escapes in documents reach the terminal as plain, visible text:
checked on the real output bytes of `commitments extract` and `commitments search`."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from commitments.records import Commitment, Document, Passage, content_hash

MARKUP = ("[bold]", "[/]", "[/b]", "[link=file:///etc/passwd]", "[@click=app.quit]")
HOSTILE = (
    "Acme Corp will invest [bold]$5 million[/b] in Kenya by 2030.\n\n"
    "\x1b[2J\x1b[H\x1b]52;c;ZWNobyBvd25lZA==\x07Globex will fund \x1b[31m$3 million\x1b[0m for schools\x1bc in Peru.\n\n"
    "Initech will spend [link=file:///etc/passwd]$2 million[/link] on \u202e[@click=app.quit]training[/]\u202c"
    " \x1b]0;pwned title\x07over the next two years.\n\n"
    "Umbrella Corp will build a $7 million plant \x1b]8;;file:///etc/shadow\x1b\\here\x1b]8;;\x1b\\ in \x9b31mOhio\x85by 2027.\n"
)
# Anything a terminal would act on, once the output is decoded.
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Rich's own styling when colour is forced: SGR sequences only, never OSC 8 links.
SGR = re.compile("\x1b\\[[0-9;]*m")


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    return subprocess.run([sys.executable, "-m", "commitments", *args], capture_output=True, timeout=300,
                          env={**environ, "COLUMNS": "400", **env})


def assert_inert(out: bytes, *, styled: bool = False) -> str:
    text = out.decode("utf-8")
    if styled:
        text = SGR.sub("", text)
    assert not ACTIVE.search(text), repr(ACTIVE.search(text))
    for payload in ("ZWNobyBvd25lZA", "pwned title", "/etc/shadow", "31m"):
        assert payload not in text  # the sequences went whole, not just their ESC
    return text


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    doc = folder / "notes[bold]\x1b[2J.txt"  # the file name is hostile too
    doc.write_text(HOSTILE, encoding="utf-8")
    db = folder / "store.json"
    # What `commitments ingest` does, in this process so the model loads once per session.
    from commitments.extract.commitments import extract_documents
    from commitments.extract.documents import read_document
    from commitments.store import Store

    Store(db).add(extract_documents([read_document(doc)]))
    return doc, db


@pytest.mark.parametrize("env", [{}, {"FORCE_COLOR": "1", "TERM": "xterm-256color"}], ids=["pipe", "colour"])
def test_search_shows_markup_literally_and_no_escapes(hostile_store, env):
    _, db = hostile_store
    proc = cli("search", "million", "--db", str(db), **env)
    assert proc.returncode == 0, proc.stderr
    text = assert_inert(proc.stdout, styled=bool(env))
    assert ("\x1b" in proc.stdout.decode()) == bool(env)  # colour really was on when forced
    for tag in MARKUP:
        assert tag in text
    assert "notes[bold]\\x1b[2J.txt" in text  # the hostile name shows, escaped, not acted on
    for actor in ("Acme Corp", "Initech", "Umbrella Corp"):
        assert actor in text


def test_search_json_carries_no_control_characters(hostile_store):
    _, db = hostile_store
    proc = cli("search", "million", "--json", "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert_inert(proc.stdout)
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records and not any(ACTIVE.search(json.dumps(r, ensure_ascii=False)) for r in records)


def test_extract_table_shows_markup_literally_and_no_escapes(hostile_store):
    doc, _ = hostile_store
    proc = cli("extract", str(doc), FORCE_COLOR="1", TERM="xterm-256color")
    assert proc.returncode == 0, proc.stderr
    text = assert_inert(proc.stdout, styled=True)
    assert "[link=file:///etc/passwd]" in text and "[@click=app.quit]" in text


def test_a_tampered_store_still_prints_inert_text(tmp_path):
    """A store edited by hand or written by an older version: the table cleans on output."""
    from commitments.store import Store

    raw = "Evil Corp \x1b]52;c;ZWNobyBvd25lZA==\x07will pay \x1b[31m$1 million\x1b[0m [@click=app.quit]now[/]"
    doc = Document(doc="x\x1b[2J.txt", sha256=content_hash(raw), text=raw)
    rec = Commitment(id="c1", doc=doc.doc, doc_hash=doc.sha256, actors=["Evil \x1bc Corp"],
                     passage=Passage(0, len(raw), raw), kind="investment\x9b31m")
    db = tmp_path / "store.json"
    Store(db).add([(doc, [rec])])
    proc = cli("search", "Evil", "--db", str(db), FORCE_COLOR="1", TERM="xterm-256color")
    assert proc.returncode == 0, proc.stderr
    text = assert_inert(proc.stdout, styled=True)
    assert "[@click=app.quit]now[/]" in text
