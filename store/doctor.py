"""Check a store file, and put back the last good state the store keeps (``<store>.bak``).

A check never changes records. The only things it tidies are temporary files that a
killed writer left beside the store, and only while holding the writers' lock.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from commitments.store import cache
from commitments.store.db import load
from commitments.store.schema import COMMITMENTS, DOCUMENTS, FORMAT_VERSION, meta_of
from commitments.store.storage import (
    StoreError,
    backup_path,
    parse,
    read_raw,
    remove_stale_temp_files,
    store_lock,
    write_atomic,
)


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str

    def __str__(self) -> str:
        return f"{'ok' if self.ok else 'problem'}: {self.text}"


def _file_schema(path: Path) -> int | None:
    got = read_raw(path)
    if not got:
        return None
    try:
        meta = meta_of(parse(path, got[0]) or {})
    except StoreError:
        return None
    return meta.get("schema") if meta else None


def check(path: Path) -> list[Finding]:
    """What is right and wrong with the store at ``path`` and its backup."""
    findings: list[Finding] = []
    removed = []
    if path.parent.is_dir():
        with store_lock(path):
            removed = remove_stale_temp_files(path)
    if removed:
        findings.append(Finding(True, f"removed {len(removed)} temporary file(s) a killed writer left behind"))
    if not path.exists():
        findings.append(Finding(True, f"{path}: no store yet (it is created by the first ingest)"))
    else:
        findings += check_file(path)
    findings += check_backup(path)
    return findings


def check_file(path: Path) -> list[Finding]:
    try:
        data, _, _ = load(path)
    except StoreError as e:
        return [Finding(False, str(e))]
    docs, recs = data[DOCUMENTS], data[COMMITMENTS]
    out = [Finding(True, f"{path}: {len(docs)} documents, {len(recs)} commitments (store schema {FORMAT_VERSION})")]
    version = _file_schema(path)
    if version is not None and version < FORMAT_VERSION:
        out.append(Finding(True, f"written in store schema {version}; the next write saves it in schema {FORMAT_VERSION}"))
    texts = {d.get("sha256"): d.get("text") or "" for d in docs.values()}
    if len(texts) != len(docs):
        out.append(Finding(False, f"{len(docs) - len(texts)} documents are stored twice"))
    orphans = misplaced = 0
    for r in recs.values():
        text = texts.get(r.get("doc_hash"))
        if text is None:
            orphans += 1
            continue
        p = r.get("passage") or {}
        if text[p.get("start", 0):p.get("end", 0)] != p.get("text"):
            misplaced += 1
    if orphans:
        out.append(Finding(False, f"{orphans} commitments belong to no stored document"))
    if misplaced:
        out.append(Finding(False, f"{misplaced} commitments' passages do not match their document's text"))
    return out


def check_backup(path: Path) -> list[Finding]:
    bak = backup_path(path)
    if not bak.exists():
        return [Finding(True, f"{bak.name}: no backup yet (one is kept from the second write on)")]
    try:
        data, _, _ = load(bak)
    except StoreError as e:
        return [Finding(False, f"backup unusable: {e}")]
    when = dt.datetime.fromtimestamp(bak.stat().st_mtime).isoformat(sep=" ", timespec="seconds")
    return [Finding(True, f"{bak.name}: {len(data[DOCUMENTS])} documents, {len(data[COMMITMENTS])} commitments "
                          f"(the state before the last write, {when}); `commitments doctor --restore` puts it back")]


def restore(path: Path) -> str:
    """Put the backup back as the store; the current file is kept aside, never deleted.
    Returns a line saying what was done; raises StoreError if the backup is unusable."""
    bak = backup_path(path)
    with store_lock(path):
        remove_stale_temp_files(path)
        got = read_raw(bak)
        if got is None:
            raise StoreError(f"{bak}: no backup to restore")
        data, _, _ = load(bak)  # refuses a backup that is itself broken
        aside = None
        if path.exists():
            stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
            aside = path.with_name(f"{path.name}.replaced-{stamp}")
            os.link(path, aside)
        write_atomic(path, got[0], keep_backup=False)
        cache.remove(path)
    kept = f"; the file it replaced is kept as {aside.name}" if aside else ""
    return (f"restored {path} from {bak.name}: {len(data[DOCUMENTS])} documents, "
            f"{len(data[COMMITMENTS])} commitments{kept}")
