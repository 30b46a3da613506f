"""Check a store (its manifest and every segment it names), and put back the last good
state the store keeps (``<store>.bak``, the previous manifest).

A check never changes records. The only things it tidies are temporary files that a
killed writer left beside the store, and only while holding the writers' lock.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from commitments.store import cache
from commitments.store.db import load, read_changes, read_manifest
from commitments.store.manifest import is_manifest, manifest_from
from commitments.store.schema import FORMAT_VERSION, meta_of
from commitments.store.segments import segments_dir
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
            folder = segments_dir(path)
            if folder.is_dir():
                for tmp in [*folder.glob(".seg-*.tmp"), *folder.glob(".groups-*.tmp")]:
                    tmp.unlink(missing_ok=True)
                    removed.append(tmp)
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
        manifest, _, _, _ = read_manifest(path)
    except StoreError as e:
        return [Finding(False, str(e))]
    out: list[Finding] = []
    if manifest is not None:
        missing = [e.file for e in manifest.segments if not (segments_dir(path) / e.file).exists()]
        for name in missing:
            out.append(Finding(False, f"{segments_dir(path) / name}: a segment the store names is missing; "
                                      "`commitments doctor --restore` puts back the previous state"))
        if manifest.groups and not (segments_dir(path) / manifest.groups).exists():
            missing.append(manifest.groups)
            out.append(Finding(False, f"{segments_dir(path) / manifest.groups}: the group changes the store names "
                                      "are missing; `commitments doctor --restore` puts back the previous state"))
        if missing:
            return out
    try:
        docs, recs = load(path)
    except StoreError as e:
        return [*out, Finding(False, str(e))]
    where = f" in {len(manifest.segments)} segments" if manifest is not None else ""
    out.append(Finding(True, f"{path}: {len(docs)} documents, {len(recs)} commitments{where} (store schema {FORMAT_VERSION})"))
    if manifest is not None and manifest.groups:
        out += _check_changes(path, manifest, {r.get("id") for r in recs})
    version = _file_schema(path)
    if version is not None and version < FORMAT_VERSION:
        out.append(Finding(True, f"written in store schema {version} as one file; the next open splits it into "
                                 f"segments (schema {FORMAT_VERSION}), keeping the file as the backup"))
    wrong = _wrong_field(path, manifest, recs)
    if wrong:
        out.append(Finding(False, wrong))
    texts = {d.get("sha256"): d.get("text") or "" for d in docs}
    if len(texts) != len(docs):
        out.append(Finding(False, f"{len(docs) - len(texts)} documents are stored twice"))
    orphans = misplaced = 0
    for r in recs:
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


def _wrong_field(path: Path, manifest, recs: list[dict]) -> str | None:
    """The first commitment with a field of the wrong type (a hand edit), named by its
    segment and place as the store lays them out, and what is wrong; None if there is none."""
    from commitments.store.columns import wrong_field

    found = wrong_field(recs)
    if found is None:
        return None
    at, wrong = found
    for e in (manifest.segments if manifest is not None else ()):
        if at < e.commitments:
            return (f"{segments_dir(path) / e.file}: commitment {str(at + 1)!r}: {wrong}; correct it by hand, or "
                    "`commitments doctor --restore` puts back the previous state")
        at -= e.commitments
    return (f"{path}: commitment {str(at + 1)!r}: {wrong}; correct it by hand, or "
            "`commitments doctor --restore` puts back the previous state")


def _check_changes(path: Path, manifest, ids: set) -> list[Finding]:
    """The group changes laid over the segments (store.overlay): each for a record of the
    segment it names."""
    changes = read_changes(segments_dir(path), manifest)  # it read already: load() laid it over
    named = manifest.files()
    stray = sum(len(per) for seg, per in changes.items() if seg not in named) + \
        sum(1 for per in changes.values() for cid in per if cid not in ids)
    out = [Finding(True, f"{manifest.groups}: {sum(map(len, changes.values()))} group changes laid over "
                         f"{len(changes)} segments (taken into each segment when it is next rewritten)")]
    if stray:
        out.append(Finding(False, f"{manifest.groups}: {stray} group changes are for records the store does not hold"))
    return out


def check_backup(path: Path) -> list[Finding]:
    bak = backup_path(path)
    if not bak.exists():
        return [Finding(True, f"{bak.name}: no backup yet (one is kept from the second write on)")]
    try:
        docs, recs = _backup_counts(path, bak)
    except StoreError as e:
        return [Finding(False, f"backup unusable: {e}")]
    when = dt.datetime.fromtimestamp(bak.stat().st_mtime).isoformat(sep=" ", timespec="seconds")
    return [Finding(True, f"{bak.name}: {docs} documents, {recs} commitments "
                          f"(the state before the last write, {when}); `commitments doctor --restore` puts it back")]


def _backup_counts(path: Path, bak: Path) -> tuple[int, int]:
    """(documents, commitments) the backup holds: a previous manifest (whose segments are
    kept beside the store; each must be there) or a single-file store."""
    got = read_raw(bak)
    if got is None:
        raise StoreError(f"{bak}: no backup")
    data = parse(bak, got[0]) or {}
    if not is_manifest(data):
        docs, recs = load(bak)
        return len(docs), len(recs)
    manifest = manifest_from(bak, data)
    for file in sorted(manifest.files()):
        if not (segments_dir(path) / file).exists():
            raise StoreError(f"{segments_dir(path) / file}: a file the backup names is missing")
    return manifest.documents, manifest.commitments


def restore(path: Path) -> str:
    """Put the backup back as the store; the current manifest is kept aside (its segments
    with it), never deleted. Returns a line saying what was done; raises StoreError if
    the backup is unusable."""
    bak = backup_path(path)
    with store_lock(path):
        remove_stale_temp_files(path)
        got = read_raw(bak)
        if got is None:
            raise StoreError(f"{bak}: no backup to restore")
        docs, recs = _backup_counts(path, bak)  # refuses a backup that is itself broken
        aside = None
        if path.exists():
            stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
            aside = path.with_name(f"{path.name}.replaced-{stamp}")
            os.link(path, aside)
        write_atomic(path, got[0], keep_backup=False)
        cache.remove(path)
    kept = f"; the file it replaced is kept as {aside.name}" if aside else ""
    return f"restored {path} from {bak.name}: {docs} documents, {recs} commitments{kept}"
