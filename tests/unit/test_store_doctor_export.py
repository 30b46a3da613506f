"""`commitments doctor` and `commitments export`, run in-process on real store files."""
from __future__ import annotations

import csv
import io
import json

import pytest
from commitments.store import Store
from commitments.store.export import write
from commitments.store.storage import backup_path
from commitments.store.segments import segments_dir
from commitments.tui.cli import main
from store_helpers import document


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "commitments.json"
    store = Store(path)
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.\nZed will plant trees.")])
    store.add([document(tmp_path / "b.txt", "=HYPERLINK(\"http://x\") | pipes | here\nBo will dig.")])
    return path


def test_doctor_says_a_good_store_is_good(db, capsys):
    assert main(["doctor", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"ok: {db}: 2 documents, 4 commitments" in out
    assert "commitments.json.bak: 1 documents, 2 commitments" in out


def test_doctor_finds_a_broken_store_and_restores_the_backup(db, capsys):
    db.write_bytes(db.read_bytes()[:200])  # what an in-place writer leaves after a crash
    stale = db.with_name(f".{db.name}.abc.tmp")
    stale.write_text("{")
    assert main(["doctor", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert f"problem: {db}: not valid JSON" in out and "removed 1 temporary file" in out
    assert not stale.exists()
    assert main(["doctor", "--restore", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "2 commitments" in out
    assert [c.actors[0] for c in Store(db).commitments] == ["Acme", "Zed"]
    aside = [p for p in db.parent.iterdir() if p.name.startswith(f"{db.name}.replaced-")]
    assert len(aside) == 1 and len(aside[0].read_bytes()) == 200  # the broken file is kept, not deleted


def test_doctor_finds_passages_that_do_not_match_their_document(db, capsys):
    segment = next(segments_dir(db).glob("seg-*.json"))  # edited by hand: its cache no longer fits
    data = json.loads(segment.read_text())
    next(iter(data["commitments"].values()))["passage"]["text"] = "something else"
    segment.write_text(json.dumps(data))
    assert main(["doctor", "--db", str(db)]) == 1
    assert "problem: 1 commitments' passages do not match" in capsys.readouterr().out


def test_restore_without_a_backup_is_a_clear_error(tmp_path, capsys):
    assert main(["doctor", "--restore", "--db", str(tmp_path / "none.json")]) == 2
    assert "no backup to restore" in capsys.readouterr().err
    assert not backup_path(tmp_path / "none.json").exists()


def test_export_formats(db, tmp_path, capsys):
    assert main(["export", "org:acme", "--db", str(db), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["actors"] for line in lines] == [["Acme"]]
    out = tmp_path / "all.json"
    assert main(["export", "--db", str(db), "-o", str(out)]) == 0
    assert len(json.loads(out.read_text())) == 4
    assert main(["export", "nothing-matches-this", "--db", str(db)]) == 1


def test_csv_cells_never_become_formulas_and_markdown_cells_stay_in_their_column(db):
    commitments = list(Store(db).commitments)
    buf = io.StringIO()
    write(commitments, "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 4
    formula = [r for r in rows if "HYPERLINK" in r["passage"]][0]
    assert formula["passage"].startswith("'=") and formula["actors"].startswith("'=")
    buf = io.StringIO()
    write(commitments, "md", buf)
    table = buf.getvalue().splitlines()
    assert all(line.replace("\\|", "").count("|") == 7 for line in table)


@pytest.mark.parametrize("broken", ["amount>abc", "year:20x", "org:", "amount>", "ratio:2"])
def test_search_and_export_refuse_a_filter_they_cannot_read(db, broken, capsys):
    assert main(["search", broken, "--db", str(db)]) == 2
    assert broken in capsys.readouterr().err
    assert main(["export", "acme", broken, "--db", str(db)]) == 2
    assert broken in capsys.readouterr().err


def test_export_takes_the_format_from_the_extension_and_refuses_one_it_does_not_know(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert ".xlsx" in capsys.readouterr().err and not (tmp_path / "x.xlsx").exists()
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "x.md")]) == 0
    assert (tmp_path / "x.md").read_text(encoding="utf-8").startswith("| Actors")
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "x.xlsx"), "--format", "csv"]) == 0


def test_export_never_replaces_a_file_without_force(db, tmp_path, capsys):
    out = tmp_path / "kept.csv"
    out.write_text("precious\n", encoding="utf-8")
    assert main(["export", "--db", str(db), "-o", str(out)]) == 2
    assert "exists" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "precious\n"
    assert main(["export", "--db", str(db), "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("id,actors")


def test_csv_and_markdown_say_where_a_commitment_was_said(tmp_path):
    path = tmp_path / "wire.json"
    store = Store(path)
    store.add([document(tmp_path / "wire.txt", "URL: https://example.org/news/dam\n"
                                              "SEOUL, May 7 (Yonhap) -- Acme will build a dam.")])
    store = Store(path)
    commitments = [c for c in store.commitments if c.actors == ["SEOUL,"]]
    buf = io.StringIO()
    write(commitments, "csv", buf, store.documents)
    (r,) = csv.DictReader(io.StringIO(buf.getvalue()))
    assert (r["publisher"], r["url"]) == ("Yonhap", "https://example.org/news/dam")
    buf = io.StringIO()
    write(commitments, "md", buf, store.documents)
    assert buf.getvalue().splitlines()[0].endswith("| Source |")
    assert "| Yonhap, " in buf.getvalue() and ", https://example.org/news/dam |" in buf.getvalue()
    assert main(["export", "--db", str(path), "-o", str(tmp_path / "out.csv")]) == 0
    assert "Yonhap" in (tmp_path / "out.csv").read_text(encoding="utf-8")
