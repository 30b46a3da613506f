"""`commitments search` and `ledger` piped to a file print every field whole, as TSV (or
JSON Lines with --json), not a table cut to 80 columns (issue #13)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from commitments.records import Commitment, Document, MoneyAmount, Passage, content_hash
from commitments.store import Store
from commitments.store.export import COLUMNS
from ledger_data import ledger_batch

LONG = ("Amazon Web Services said on Friday that it will invest more than $15 billion\tin cloud "
        "infrastructure in Japan by 2027, its largest such commitment in the region so far, https://example.com/aws-japan")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "commitments.json"
    h = content_hash(LONG)
    money = MoneyAmount(15e9, "USD", "$15 billion", qualifier="more than", usd_value=15e9, usd_source="native")
    c = Commitment("aws1", "aws-japan-with-a-long-file-name.txt", h, ["Amazon Web Services"],
                   Passage(0, len(LONG), LONG), recipients=["Japan"], money=money)
    Store(path).add([*ledger_batch(), (Document(doc=c.doc, sha256=h, text=LONG, path="/news/x"), [c])])
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    return subprocess.run([sys.executable, "-m", "commitments", *args], capture_output=True, text=True,
                          timeout=60, env={**env, "COLUMNS": "80"})


def test_search_piped_prints_full_fields_as_tsv(db):
    done = _run("search", "cloud", "--db", str(db))
    assert done.returncode == 0, done.stderr
    header, *lines = done.stdout.splitlines()
    assert header.split("\t") == list(COLUMNS) and len(lines) == 1
    fields = dict(zip(COLUMNS, lines[0].split("\t")))
    assert len(lines[0].split("\t")) == len(COLUMNS)  # the tab in the passage made no column
    assert fields["actors"] == "Amazon Web Services" and fields["amount"] == "more than $15 billion"
    assert fields["passage"].endswith("https://example.com/aws-japan") and "…" not in done.stdout
    assert fields["document"] == "aws-japan-with-a-long-file-name.txt"


def test_search_piped_with_json_prints_json_lines(db):
    done = _run("search", "japan", "--json", "--db", str(db))
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == 6 and any("so far, https://example.com/aws-japan" in json.dumps(r) for r in records)


def test_ledger_piped_prints_tsv(db):
    done = _run("ledger", "--by", "recipient", "--db", str(db))
    assert done.returncode == 0, done.stderr
    header, *lines = done.stdout.splitlines()
    assert header.startswith("name\tpledges\tusd_total")
    japan = lines[0].split("\t")
    assert japan[0] == "Japan" and japan[1] == "4" and float(japan[2]) == 15e9 * 2 + 8e9 + 2.9e9
