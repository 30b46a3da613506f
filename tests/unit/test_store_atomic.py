"""atomic.replacing: a file is replaced whole or not at all."""
import os

import pytest

from commitments.store.atomic import replacing


def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "notes.json"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), replacing(target, text=True) as fh:
        fh.write("half of the new")
        raise RuntimeError("the writer failed")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.json"]


def test_the_file_is_replaced_and_the_old_one_kept_as_the_backup(tmp_path):
    target, backup = tmp_path / "store.json", tmp_path / "store.json.bak"
    target.write_bytes(b"one")
    with replacing(target, backup=backup) as fh:
        fh.write(b"two")
        (tmp,) = tmp_path.glob(".store.json.*.tmp")  # where the store's cleanup looks
    assert (target.read_bytes(), backup.read_bytes()) == (b"two", b"one")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.json", "store.json.bak"]


def test_permissions_are_the_replaced_files_or_the_given_or_a_new_files(tmp_path):
    old_mask = os.umask(0o022)
    try:
        new, kept, given = tmp_path / "new", tmp_path / "kept", tmp_path / "given"
        kept.write_bytes(b"")
        kept.chmod(0o640)
        given.write_bytes(b"")
        given.chmod(0o644)
        for target, mode in ((new, None), (kept, None), (given, 0o600)):
            with replacing(target, mode=mode) as fh:
                fh.write(b"x")
    finally:
        os.umask(old_mask)
    assert new.stat().st_mode & 0o777 == 0o644  # 0o666 less the umask
    assert kept.stat().st_mode & 0o777 == 0o640
    assert given.stat().st_mode & 0o777 == 0o600


def test_a_folder_that_cannot_be_written_raises_oserror(tmp_path):
    with pytest.raises(OSError), replacing(tmp_path / "missing" / "file") as fh:
        fh.write(b"x")
