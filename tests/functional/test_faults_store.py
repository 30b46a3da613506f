"""Faults while ingest writes the store: a full disk, an fsync that fails, a read-only
folder. Each must end in one clear line and a failing exit status, with the store file
exactly as it was and no temporary file left beside it.

The faults are real where the system allows: a 256 KiB tmpfs filled to the brim, and a
read-only bind mount (both need root; without it the disk fills through RLIMIT_FSIZE
and the folder is made read-only with chmod). An fsync failure cannot be provoked on a
healthy disk, so the command runs with os.fsync replaced by one that fails with EIO.
"""
from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from commitments.records import Document, content_hash


def root_can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


def run_cli(args: list[str], preexec=None, prelude: str = "") -> subprocess.CompletedProcess[str]:
    code = f"import sys; {prelude}\nfrom commitments.tui.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300,
                          preexec_fn=preexec)


def seed_store(db: Path, filler_chars: int = 20_000) -> bytes:
    """A store holding one document (about 20 KB), written the ordinary way."""
    from commitments.store import Store

    text = "Background paragraph about earlier pledges.\n" * (filler_chars // 44)
    Store(db).add([(Document(doc="old.txt", sha256=content_hash(text + "\n"), text=text + "\n", path="/nowhere/old.txt"), [])])
    return db.read_bytes()


def assert_failed_cleanly(proc, db: Path, before: bytes, reason: str) -> None:
    assert db.read_bytes() == before
    assert not [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")]
    assert proc.returncode in (1, 2)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("commitments: ") and reason in lines[0], proc.stderr


def renamed_copy(tmp_path: Path, db: Path) -> Path:
    """The stored document's text under a new path: ingest records the move and writes
    the store without running the parser, which keeps these tests quick."""
    from commitments.store import Store

    (doc,) = Store(db).documents.values()
    copy = tmp_path / "moved.txt"
    copy.write_text(doc.text)
    return copy


@pytest.fixture
def small_disk(tmp_path):
    """(folder on a nearly full file system, preexec_fn for the command)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = root_can_mount() and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)], capture_output=True).returncode == 0
    if mounted:
        yield disk, None
        import gc

        gc.collect()  # stores this process opened map their segments: unmapped once collected
        subprocess.run(["umount", str(disk)], check=True)
        return

    def limit_file_size():  # writes past 8 KiB (the store holds 20 KB) fail with EFBIG, not SIGXFSZ
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, 8 * 1024))

    yield disk, limit_file_size


def test_disk_full_during_ingest(small_disk, tmp_path):
    disk, preexec = small_disk
    db = disk / "store.json"
    before = seed_store(db)
    if preexec is None:  # leave less room than one more copy of the store needs
        st = os.statvfs(disk)
        (disk / "filler").write_bytes(b"\0" * max(st.f_bavail * st.f_frsize - 8192, 0))
    article = renamed_copy(tmp_path, db)
    proc = run_cli(["ingest", str(article), "--db", str(db)], preexec=preexec)
    assert_failed_cleanly(proc, db, before, "No space left on device" if preexec is None else "File too large")


def test_fsync_failure_during_ingest(tmp_path):
    db = tmp_path / "store" / "store.json"
    db.parent.mkdir()
    before = seed_store(db)
    article = renamed_copy(tmp_path, db)
    prelude = ("import errno, os\n"
               "def failing_fsync(fd): raise OSError(errno.EIO, os.strerror(errno.EIO))\n"
               "os.fsync = failing_fsync")
    proc = run_cli(["ingest", str(article), "--db", str(db)], prelude=prelude)
    assert_failed_cleanly(proc, db, before, "Input/output error")


@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder
    if root_can_mount():
        subprocess.run(["umount", str(folder)], capture_output=True)
    folder.chmod(0o755)


def make_read_only(folder: Path) -> str:
    """Make ``folder`` read-only for the command; the reason it will fail with."""
    if root_can_mount():  # root ignores permissions, not a read-only mount
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        return "Read-only file system"
    folder.chmod(0o555)
    return "Permission denied"


def test_read_only_folder_during_ingest(read_only_folder, tmp_path):
    db = read_only_folder / "store.json"
    before = seed_store(db)
    article = renamed_copy(tmp_path, db)
    reason = make_read_only(read_only_folder)
    proc = run_cli(["ingest", str(article), "--db", str(db)])
    assert_failed_cleanly(proc, db, before, reason)
