"""Bad input through the real `commitments extract` and `commitments ingest` processes:
each bad file gets one line on stderr naming it and the reason, good files are still
read, no traceback, and the exit status is 1 when anything failed, 0 otherwise."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from commitments.store.db import read_whole

GOOD = "Acme Corp will invest $5 million in Kenya by 2030, the company said on Tuesday.\n"
NOBODY = 65534


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "commitments", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "COLUMNS": "200"})


def make_binary(d: Path) -> Path:
    (p := d / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8)
    return p


def make_empty(d: Path) -> Path:
    (p := d / "empty.md").write_bytes(b"")
    return p


def make_only_controls(d: Path) -> Path:
    (p := d / "escapes.txt").write_bytes(b"\x1b[2J\x1b[H\x1bc\r\n\x1b]0;owned\x07\n\x1b[31m \x1b[0m\n")
    return p


def make_huge(d: Path) -> Path:
    p = d / "dump.txt"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB, sparse: the size is what matters
    return p


def make_long_line(d: Path) -> Path:
    (p := d / "one-line.txt").write_text(("Acme will invest $5 million. " * 40000)[: 1024 * 1024])
    return p


def make_missing(d: Path) -> Path:
    return d / "not-there.txt"


def make_link_loop(d: Path) -> Path:
    os.symlink("loop-b.txt", d / "loop-a.txt")
    os.symlink("loop-a.txt", d / "loop-b.txt")
    return d / "loop-a.txt"


def make_broken_link(d: Path) -> Path:
    os.symlink("gone.txt", d / "moved.txt")
    return d / "moved.txt"


def make_image(d: Path) -> Path:
    (p := d / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    return p


def make_hostile_name(d: Path) -> Path:
    (p := d / "evil\x1b]0;owned\x07\x1b[2J.txt").write_bytes(b"")
    return p


def make_undecodable_name(d: Path) -> Path:
    p = Path(os.fsdecode(os.fsencode(d) + b"/rapport-\xe9t\xe9.txt"))  # a Latin-1 name on a UTF-8 system
    p.write_bytes(b"")
    return p


def make_idle_pipe(d: Path) -> Path:
    os.mkfifo(p := d / "idle.fifo")  # named on purpose, but nobody writes to it
    return p


def make_device(d: Path) -> Path:
    return Path("/dev/zero")  # endless: refused before it is opened


CASES = {  # maker → what the one line must say
    make_binary: "binary file (PDF document), not text",
    make_empty: "empty file",
    make_only_controls: "no text (only control characters or white space)",
    make_huge: "too large (50 MB; the limit is 10 MB)",
    make_long_line: "too long to extract (1,048,576 characters; the limit is 1,000,000)",
    make_missing: "no such file or folder",
    make_link_loop: "symbolic link loop",
    make_broken_link: "broken symbolic link",
    make_image: "binary file (JPEG image), not text",
    make_hostile_name: "empty file",
    make_undecodable_name: "empty file",
    make_idle_pipe: "empty file",
    make_device: "not a regular file (character device)",
}


@pytest.mark.parametrize("make", CASES, ids=[m.__name__[5:] for m in CASES])
def test_a_bad_file_is_one_line_naming_it_and_exit_1(tmp_path, make):
    path = make(tmp_path)
    proc = cli("extract", str(path))
    assert proc.returncode == 1
    assert proc.stdout == ""
    shown = str(path).replace("\x1b", "\\x1b").replace("\x07", "\\x07").replace("\udce9", "\\xe9")
    assert proc.stderr == f"commitments: skipped {shown}: {CASES[make]}\n"


def test_a_pipe_being_written_is_read_to_its_end():
    """What the shell passes for `commitments ingest <(curl ...)`: /dev/fd/N, a pipe whose
    writer is still at work when the reader opens it."""
    import threading
    import time

    from commitments.extract.documents import read_document

    r, w = os.pipe()

    def write_slowly():
        for part in (GOOD[:20], GOOD[20:]):
            time.sleep(0.1)
            os.write(w, part.encode())
        os.close(w)

    writer = threading.Thread(target=write_slowly)
    writer.start()
    try:
        assert read_document(f"/dev/fd/{r}").text == GOOD
    finally:
        writer.join()
        os.close(r)


def test_an_unreadable_file_is_one_line(tmp_path, as_another_user):
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD)
    secret.chmod(0)
    proc = as_another_user("extract", str(secret))
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == f"commitments: skipped {secret}: permission denied\n"


def test_an_unreadable_folder_is_one_line_and_the_rest_is_read(tmp_path, as_another_user):
    tmp_path.chmod(0o755)
    (tmp_path / "a-locked").mkdir()
    (tmp_path / "a-locked" / "inside.txt").write_text(GOOD)
    (tmp_path / "a-locked").chmod(0)
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    proc = as_another_user("extract", str(tmp_path), str(tmp_path / "a-locked" / "inside.txt"))
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"commitments: ignored {tmp_path / 'b.png'}: not a text, Markdown or HTML file",
        f"commitments: skipped {tmp_path / 'a-locked'}: cannot open folder (permission denied)",
        f"commitments: skipped {tmp_path / 'a-locked' / 'inside.txt'}: permission denied",
    ]


@pytest.fixture
def as_another_user(tmp_path):
    """Run the command line so that file permissions apply. Root reads anything, so as
    root the command drops to nobody once Python has loaded the modules it needs (the
    interpreter itself may live under root's home), and pytest's private temporary
    folders are opened to others for the test's duration."""
    if os.geteuid() != 0:
        yield cli
        return
    opened = []
    for p in [tmp_path, *tmp_path.parents]:
        if p in (Path("/tmp"), Path("/")):
            break
        opened.append((p, p.stat().st_mode))
        p.chmod(p.stat().st_mode | 0o711)
    drop = ("import gettext, locale, os, sys, commitments.tui.cli, commitments.extract.reading, commitments.extract.documents;"
            "commitments.tui.cli.build_parser().parse_args(sys.argv[1:]);"
            f"os.setgroups([]); os.setgid({NOBODY}); os.setuid({NOBODY});"
            "sys.exit(commitments.tui.cli.main(sys.argv[1:]))")
    yield lambda *args: subprocess.run([sys.executable, "-c", drop, *args], capture_output=True, text=True, timeout=60)
    for p, mode in opened:
        p.chmod(mode)


def test_a_folder_with_nothing_to_read_fails_with_one_line(tmp_path):
    make_image(tmp_path)
    proc = cli("extract", str(tmp_path))
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"commitments: ignored {tmp_path / 'photo.jpg'}: not a text, Markdown or HTML file",
        f"commitments: no documents found in {tmp_path}",
    ]


@pytest.mark.slow
def test_a_document_with_10000_amounts_is_extracted_without_hanging(tmp_path):
    # Some 330,000 characters: parsed in pieces (extract/parsing.py), so the one pledge at
    # the end must still point at its own characters in the whole text.
    pledge = "Acme Corp will invest $3 million in Peru by 2026."
    budget = tmp_path / "budget.txt"
    budget.write_text(text := amounts_table(10_000) + "\n" + pledge + "\n")
    proc = cli("extract", "--json", str(budget))
    assert (proc.returncode, proc.stderr) == (0, "")
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["doc"], r["actors"], r["money"]["text"]) for r in records] == [("budget.txt", ["Acme Corp"], "$3 million")]
    start, end = records[0]["passage"]["start"], records[0]["passage"]["end"]
    assert text[start:end] == records[0]["passage"]["text"] == pledge.rstrip(".")


def test_a_document_with_10000_amounts_is_read_whole(tmp_path):
    from commitments.extract.documents import read_document
    from commitments.extract.money import find_amounts

    budget = tmp_path / "budget.txt"
    budget.write_text(amounts_table(10_000))
    doc = read_document(budget)
    amounts = find_amounts(doc.text)
    assert len(amounts) == 10_000
    assert all(doc.text[a.start:a.end] == a.text for a in amounts)


def amounts_table(n: int) -> str:
    """A budget table: ``n`` amounts and no pledge, the shape of a spreadsheet export."""
    rows = (f"Line {i}: ${i * 1250:,} for item {i}" for i in range(n))
    return "Annual budget by line item\n\n" + "\n".join(rows) + "\n"


@pytest.fixture
def downloads(tmp_path) -> Path:
    """A download folder: good articles beside everything that can go wrong."""
    d = tmp_path / "Downloads"
    (d / "2024").mkdir(parents=True)
    (d / "good.txt").write_text(GOOD)
    (d / "2024" / "nested.md").write_text("# Grants\n\nGlobex Corp will invest $3 million in Peru by 2026.\n")
    (d / ".hidden.txt").write_text(GOOD)  # passed over without a word
    for make in (make_binary, make_empty, make_image, make_link_loop):
        make(d)
    os.symlink(".", d / "again")  # a folder link back to itself
    os.mkfifo(d / "pipe.txt")  # reading a FIFO would block forever
    return d


def test_a_mixed_folder_ingests_the_good_files_and_names_each_bad_one(downloads, tmp_path):
    db = tmp_path / "store.json"
    missing = tmp_path / "not-there.md"
    proc = cli("ingest", str(downloads), str(missing), "--db", str(db))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    d = downloads
    assert proc.stderr.splitlines() == [
        f"commitments: ignored {d / 'again'}: symbolic link to a folder already read (a loop or a duplicate)",
        f"commitments: skipped {d / 'empty.md'}: empty file",
        f"commitments: skipped {d / 'loop-a.txt'}: symbolic link loop",
        f"commitments: skipped {d / 'loop-b.txt'}: symbolic link loop",
        f"commitments: ignored {d / 'photo.jpg'}: not a text, Markdown or HTML file",
        f"commitments: ignored {d / 'pipe.txt'}: not a regular file (named pipe)",
        f"commitments: skipped {d / 'scan.txt'}: binary file (PDF document), not text",
        f"commitments: skipped {missing}: no such file or folder",
    ]
    assert proc.stdout.startswith("2 added") and "; 5 failed" in proc.stdout
    stored = read_whole(db)
    assert sorted(doc["doc"] for doc in stored["documents"].values()) == ["good.txt", "nested.md"]
    assert "good.txt" in {c["doc"] for c in stored["commitments"].values()}

    # Only good files this time: nothing failed, so the exit status is 0, and what was
    # stored before stays stored.
    proc = cli("ingest", str(d / "good.txt"), str(d / "2024"), "--db", str(db))
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.startswith("0 added, 0 replaced, 0 renamed, 2 unchanged")
    assert read_whole(db) == stored
