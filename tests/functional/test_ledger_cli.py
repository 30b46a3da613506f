"""`commitments ledger`: the same table as the browser's ledger, in a real process."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from commitments.store import Store
from ledger_data import ledger_batch


@pytest.fixture
def ledger_db(tmp_path):
    path = tmp_path / "commitments.json"
    Store(path).add(ledger_batch())
    return path


def _ledger(*args, **extra: str):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", **extra}
    return subprocess.run([sys.executable, "-m", "commitments", "ledger", *args], capture_output=True,
                          text=True, env=env, timeout=60)


def test_ledger_by_recipient_and_actor_as_json(ledger_db):
    done = _ledger("--by", "recipient", "--db", str(ledger_db), "--json")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["name"] for r in rows] == ["Japan", "Korea"]
    # Microsoft's two reports count once (the first: $2.9bn); Oracle's $2bn part is in its $8bn
    assert rows[0]["pledges"] == 3 and rows[0]["usd_total"] == 15e9 + 8e9 + 2.9e9
    assert rows[0]["top"] == {"name": "Amazon Web Services", "usd": 15e9}
    done = _ledger("to:japan", "--db", str(ledger_db), "--json")
    actors = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["name"], r["pledges"], r["usd_total"]) for r in actors] == [
        ("Amazon Web Services", 1, 15e9), ("Oracle", 1, 8e9), ("Microsoft", 1, 2.9e9)]
    assert actors[1]["parts_left_out"] == 1


def test_ledger_table_shows_markup_as_text(ledger_db):
    done = _ledger("--db", str(ledger_db), "--by", "recipient", FORCE_COLOR="1")  # the table, as at a terminal
    assert done.returncode == 0, done.stderr
    assert "Japan" in done.stdout and "$25.9bn" in done.stdout and "Amazon Web Services $15bn" in done.stdout
    done = _ledger("korea", "--db", str(ledger_db))
    assert "Samsung" in done.stdout


def test_ledger_exit_status(ledger_db):
    assert _ledger("amount>abc", "--db", str(ledger_db)).returncode == 2
    assert "amount>abc" in _ledger("amount>abc", "--db", str(ledger_db)).stderr
    assert _ledger("nothing-matches-this", "--db", str(ledger_db)).returncode == 1
    assert _ledger("--by", "country", "--db", str(ledger_db)).returncode == 2
