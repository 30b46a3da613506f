"""The Store: open a store, ask what a document's state is, add batches of records.

The store's path holds a manifest naming its segments (store.manifest, store.segments).
Readers read the manifest and the segments it names, without the lock (a segment is never
changed once written, and the manifest is replaced whole, so any read sees one complete
state). A writer takes the lock, re-reads the manifest if another process has replaced
it since, writes new segments for what it adds and for the few segments it changes, then
switches the manifest: the bytes written grow with the change, not with the store.
Group changes to records in large segments go to one small file the manifest names
(store.overlay) and are laid over the segments' records on read.
A single-file store (schema 1 or 2) is split into segments on first open.
"""
from __future__ import annotations

import contextlib
import gc
import os
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from dataclasses import replace
from typing import Any

from commitments.records import Commitment, Document, Metadata
from commitments.store import facet_totals, grams, overlay
from commitments.store.batch import IngestReport, Plan, apply_to_segment, plan_batch, same_or_copy
from commitments.store.index import COLUMNS, ColumnParts, CommitmentIndex
from commitments.store.manifest import Entry, Manifest, is_manifest, kept_manifests, manifest_from, write_manifest
from commitments.store.overlay import Changes
from commitments.store.opened import (OpenSegment, facet_counts_of, from_data, open_cached, open_whole, warm_caches,
                                      write_and_open)
from commitments.store.rows import CommitmentRows, StoredDocuments
from commitments.store.schema import COMMITMENTS, DOCUMENTS, check_and_upgrade, record_count
from commitments.store.segments import (
    SEGMENT_BYTES,
    is_segment_name,
    read_segment,
    remove_segment,
    segment_data,
    segment_name,
    segments_dir,
    split,
)
from commitments.store.storage import (
    AtomicJSONStorage,
    Stamp,
    StoreError,
    backup_path,
    parse,
    read_raw,
    record_spans,
    remove_stale_temp_files,
    stamp,
    store_lock,
)

# Compaction: a run of this many adjacent small segments (each under half SEGMENT_BYTES,
# together at most SEGMENT_BYTES) is merged into one when a write ends. Each ingest adds a
# segment; merging eight small ones costs at most one segment's bytes.
MERGE_RUN = 8
# Segments without a read cache, from this many on, are read in parallel first (a process
# costs a few tenths of a second to start; a segment of 4 MB about a tenth to read).
PARALLEL_FROM = 16


def default_db_path() -> Path:
    """``COMMITMENTS_DB`` if set, else a file in the user's data directory."""
    env = os.environ.get("COMMITMENTS_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("commitments", appauthor=False) / "commitments.json"


def _refuse_if_backup_holds_records(path: Path) -> None:
    """An empty store beside a backup with records is a loss, not a new store."""
    bak = backup_path(path)
    got = read_raw(bak)
    if got is None:
        return
    try:
        data = parse(bak, got[0])
        held = manifest_from(bak, data).commitments + manifest_from(bak, data).documents if is_manifest(data) \
            else record_count(data)
    except StoreError:
        return
    if held:
        raise StoreError(f"{path}: the store is empty but its backup {bak.name} holds {held} records; "
                         "run `commitments doctor --restore`")


def read_manifest(path: Path) -> tuple[Manifest | None, dict[str, Any] | None, Stamp | None, bytes]:
    """(the manifest, or None for a single-file store, whose data comes second), the
    stamp of the file read, and its bytes. An absent or empty file is an empty store."""
    got = read_raw(path)
    if got is None:
        return Manifest(), None, None, b""
    raw, st = got
    data = parse(path, raw)
    if not data:  # an empty file, or TinyDB's empty database "{}"
        _refuse_if_backup_holds_records(path)
        return Manifest(), None, st, raw
    if is_manifest(data):
        return manifest_from(path, data), None, st, raw
    return None, check_and_upgrade(path, data), st, raw


def load(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every stored document and commitment, read whole (for `doctor`): StoreError names
    the manifest or the segment that cannot be read."""
    manifest, data, _, _ = read_manifest(path)
    if manifest is None:
        assert data is not None
        return list(data[DOCUMENTS].values()), list(data[COMMITMENTS].values())
    docs: list[dict[str, Any]] = []
    recs: list[dict[str, Any]] = []
    changes = read_changes(segments_dir(path), manifest)
    for e in manifest.segments:
        seg, _, _ = read_segment(segments_dir(path) / e.file)
        overlay.fold(seg, changes.get(e.file))
        docs.extend(seg[DOCUMENTS].values())
        recs.extend(seg[COMMITMENTS].values())
    return docs, recs


def read_changes(folder: Path, manifest: Manifest) -> Changes:
    """The group changes the manifest lays over its segments (store.overlay), if any."""
    return overlay.read_overlay(folder / manifest.groups) if manifest.groups else {}


FREEZE_FROM = 10_000
_NO_POSTINGS = grams.GramIndex({}, -1)  # "none fit": a writer does not read them again after a write


class Store:
    def __init__(self, path: Path | str, on_wait: Callable[[str], None] | None = None,
                 meter: Callable[[str, int, int], None] | None = None) -> None:
        """Open the store at ``path`` (it need not exist yet). ``on_wait`` is told, in a
        line, when a write has to wait for another process's; ``meter`` hears
        ("reading", segments done, segments) while segments without a read cache are read
        whole (at a million commitments, tens of seconds)."""
        self.path = Path(path)
        self.on_wait = on_wait
        self.meter = meter
        self.documents: Mapping[str, Document] = {}
        self.commitments: CommitmentRows = CommitmentRows()
        self._paths: dict[str | None, str] | None = None  # see _by_path
        self._documents_raw: list[dict[str, Any]] = []
        self._manifest: Manifest | None = None  # None: a single-file store we could not split
        self._segments: list[OpenSegment] = []
        self._offsets: list[int] = []  # each segment's first row
        self._segments_of: dict[str, int] | None = None  # see _segment_of
        self._changes: Changes = {}  # group changes laid over the segments (store.overlay)
        self._stamp: Stamp | None = None
        self._loaded = False
        self._index: CommitmentIndex | None = None
        self._counts: Counter[str] | None = None
        self._totals: facet_totals.Part | None = None  # the facet counts of every segment held
        self.reload(force=True)

    @property
    def folder(self) -> Path:
        return segments_dir(self.path)

    def reload(self, force: bool = False) -> bool:
        """Read the store again if another process has replaced it; True if anything changed."""
        current = stamp(self.path)
        if not force and self._loaded and current == self._stamp:
            return False
        with _quiet_gc(self):
            self._open(locked=False)
        return True

    # Reading
    def _open(self, locked: bool) -> None:
        """Read the manifest and open its segments (those already open are kept). A
        single-file store is split into segments first; a reader that cannot write it
        reads it whole instead, a writer (``locked``) gets the StoreError."""
        for attempt in range(5):
            manifest, data, st, raw = read_manifest(self.path)
            if manifest is None:
                assert data is not None and st is not None
                try:
                    self._split_single_file(data, st, locked)
                    continue
                except StoreError:
                    if locked:
                        raise
                view = from_data(self.path, data, st, record_spans(raw, COMMITMENTS, len(data[COMMITMENTS])),
                                 cold=True, save=False)
                self._install(None, [view], st)
                return
            held = {s.file: s for s in self._segments} if self._manifest is not None else {}
            try:
                changes = read_changes(self.folder, manifest)
                segments = self._open_segments(manifest, held)
            except StoreError:
                if attempt < 4 and stamp(self.path) != st:
                    continue  # a writer switched the manifest (and tidied its segments) under us
                raise
            self._install(manifest, segments, st, changes=changes)
            return

    def _open_segments(self, manifest: Manifest, held: dict[str, OpenSegment]) -> list[OpenSegment]:
        """The manifest's segments: those held already kept, the others opened through
        their read caches; those without one are read whole, with the meter hearing of
        each (in one process per core when there are many)."""
        segments: list[OpenSegment | None] = [
            _still(held.get(e.file), self.folder / e.file) or open_cached(self.folder / e.file)
            for e in manifest.segments]
        cold = [k for k, s in enumerate(segments) if s is None]
        meter = self.meter
        # while the store's facet totals are sound, a cache goes without its segment's counts
        # (made when a write first needs them): a few milliseconds a segment of a cold open
        counted = bool(cold) and facet_totals.load(self.path, manifest.segments) is None
        if self._warm_in_parallel([self.folder / manifest.segments[k].file for k in cold], counted):
            warmed = [open_cached(self.folder / manifest.segments[k].file) for k in cold]
            segments = [s if s is not None else warmed.pop(0) for s in segments]
            cold = [k for k, s in enumerate(segments) if s is None]  # a cache a worker could not write
        for done, k in enumerate(cold, 1):
            segments[k] = open_whole(self.folder / manifest.segments[k].file, counted)
            if meter is not None:
                meter("reading", done, len(cold))
        return segments  # type: ignore[return-value]  # none is None now

    def _warm_in_parallel(self, files: list[Path], counted: bool) -> bool:
        """Many segments without a read cache (a copied store, a cache layout changed) are
        read in one process per core, writing their caches; True if they were."""
        cores = os.cpu_count() or 1
        if cores < 2 or len(files) < PARALLEL_FROM or not os.access(self.folder, os.W_OK):
            return False
        meter = self.meter
        warm_caches(files, min(cores, len(files)),
                    None if meter is None else lambda done: meter("reading", done, len(files)), counted)
        return True

    def _split_single_file(self, data: dict[str, Any], st: Stamp, locked: bool) -> None:
        """Migrate a single-file store (schema 1 or 2): its records become segments and the
        file a manifest; the old file stays as ``<store>.bak``."""
        def split_now() -> None:
            if stamp(self.path) != st:
                return  # replaced while we waited: read it again
            self._tidy()
            entries: list[Entry] = []
            try:
                for number, (docs, recs) in enumerate(split(data[DOCUMENTS].values(), data[COMMITMENTS].values()), 1):
                    entries.append(write_and_open(self.folder / segment_name(number), segment_data(docs, recs),
                                                  _mode_of(self.path))[1])
                write_manifest(self.path, Manifest(tuple(entries), next=len(entries) + 1), keep_backup=st.size > 0)
            except BaseException:
                for e in entries:
                    remove_segment(self.folder / e.file)
                raise

        if locked:
            split_now()
        else:
            with store_lock(self.path, self.on_wait):
                split_now()

    def _install(self, manifest: Manifest | None, segments: list[OpenSegment], st: Stamp | None,
                 carry: Mapping[str, str] | None = None, keep_grams: grams.GramIndex | None = None,
                 changes: Changes | None = None, totals: facet_totals.Part | None = None) -> None:
        """Hold these segments as the store: rows, documents and index joined from theirs,
        with the group ``changes`` laid over them. Rows of segments held before (``carry``:
        new file → the file it rewrote with the same rows; else a segment still held whose
        changes are the same) keep the records already built from them. A writer passes
        the postings it held when its write kept every row's text (``keep_grams``), rather
        than reading them again; otherwise they are read if they fit."""
        old_rows, old_first = self.commitments, {s.file: at for s, at in zip(self._segments, self._offsets)}
        old_changes, changes = self._changes, changes or {}
        self._manifest, self._segments, self._stamp, self._loaded = manifest, segments, st, True
        self._changes = changes
        wanted = overlay.by_id(changes)
        documents = [d for s in segments for d in s.documents]
        self._set_documents(documents, StoredDocuments(documents, [s.texts for s in segments]))
        self._segments_of = None
        # A mapped segment's rows are None (parsed from its own spans when read): at a
        # million rows, listing a number for each and joining the spans was 60 ms of opening.
        offsets, total = [], 0
        for s in segments:
            offsets.append(total)
            total += s.rows
        entries: list[dict[str, Any] | None] = [None] * total
        for s, at in zip(segments, offsets):
            if s.records is not None:
                entries[at:at + s.rows] = ([overlay.patched(r, wanted) for r in s.records] if s.file in changes
                                           else s.records)
        self._offsets = offsets
        rows = CommitmentRows(entries, [s.mapped for s in segments], [s.spans for s in segments], starts=offsets)
        rows.patch = wanted
        if old_rows.built_records():  # records built before keep their objects
            built: list[Commitment | None] = [None] * len(entries)
            for s, at in zip(segments, offsets):
                before = (carry or {}).get(s.file)
                if before is None and old_changes.get(s.file) != changes.get(s.file):
                    continue  # another writer changed groups in it: build its records again
                was = old_first.get(before or s.file)
                if was is not None and was + s.rows <= len(old_rows):
                    built[at:at + s.rows] = old_rows.built_slice(was, was + s.rows)
            rows._set_built(built)
        columns = [overlay.patch_columns(s.columns, wanted) if s.file in changes else s.columns for s in segments]
        index = CommitmentIndex(rows, columns={n: ColumnParts(c[n] for c in columns) for n in COLUMNS},
                                counted=self._facet_counts(manifest, segments, totals))
        if keep_grams is not None:
            index.grams = keep_grams if keep_grams.rows == len(index) else None
        elif manifest is not None and not self.cold:
            index.read_grams_later(lambda path=self.path, texts=manifest.texts, rows=len(index):
                                   grams.open_for(path, texts, rows))
        self._index = index
        self.commitments = index.commitments

    def _facet_counts(self, manifest: Manifest | None, segments: list[OpenSegment],
                      totals: facet_totals.Part | None) -> facet_totals.Part | None:
        """What the index counts its facets from: the store's totals (``totals``, a
        writer's, else ``<store>.facets``; summed from the segments' own and written when
        missing), or None if a segment has none."""
        self._totals = None
        if manifest is None:  # a single-file store read as it is: one part, not kept
            parts = [facet_counts_of(s) for s in segments]
            return parts[0] if len(parts) == 1 else facet_totals.summed(parts)
        self._totals = totals if totals is not None else facet_totals.load(self.path, manifest.segments)
        if self._totals is None:
            self._totals = facet_totals.summed(map(facet_counts_of, segments))
            facet_totals.save(self.path, manifest.segments, self._totals)
        return self._totals

    @property
    def texts(self) -> str | None:
        """What files made beside the store for its rows are tied to (store.manifest): it
        changes when stored rows are removed or their text changes, not when rows are
        added or regrouped. None for a single-file store read as it is. (Files made for
        it before are not to be trusted while ``cold``.)"""
        return self._manifest.texts if self._manifest is not None else None

    def rows_of_ungrouped_segments(self) -> list[range]:
        """The rows of each segment holding commitments without a pledge group (the
        manifest counts them): where regrouping must look besides what was just added."""
        if self._manifest is None:
            return [range(len(self.commitments))]
        return [range(at, at + e.commitments) for e, at in zip(self._manifest.segments, self._offsets) if e.ungrouped]

    @property
    def cold(self) -> bool:
        """Whether a segment had to be read whole (its cache missing or made for another
        file): the search postings may not describe it, so they are not trusted."""
        return any(s.cold for s in self._segments)

    def _set_documents(self, raw: list[dict[str, Any]], by_hash: Mapping[str, Document]) -> None:
        self._counts = None
        self._documents_raw = raw  # as stored, without their text
        self.documents = by_hash
        self._paths = None

    # What only a writer or an ingest asks for: made on first use, not at every open (at a
    # million commitments each is a pass over 50,000 documents).
    @property
    def _by_path(self) -> dict[str | None, str]:
        """Each stored document's path → its content hash."""
        if self._paths is None:
            self._paths = {d.get("path"): d["sha256"] for d in self._documents_raw}
        return self._paths

    @property
    def _meta_by_hash(self) -> Mapping[str, dict[str, Any]]:
        """Each stored document's fields but its text, by content hash."""
        return self.documents.metas if isinstance(self.documents, StoredDocuments) else {}

    @property
    def _segment_of(self) -> dict[str, int]:
        """Content hash → the segment holding the document."""
        if self._segments_of is None:
            self._segments_of = {d["sha256"]: k for k, s in enumerate(self._segments) for d in s.documents}
        return self._segments_of

    def known_metadata(self, sha256: str) -> Metadata | None:
        """The metadata stored for the document with this content hash, if any, read
        without building it. A document stored before documents had a ``url`` field has
        no text-derived publisher either: None, so it is looked for again."""
        meta = self._meta_by_hash.get(sha256)
        if meta is None or "url" not in meta:
            return None
        return Metadata(meta.get("title"), meta.get("published"), meta.get("publisher"), meta.get("url"))

    def save_cache(self, postings: bool = False) -> None:
        """Each segment's read cache is written when the segment is (or first read whole);
        with ``postings`` the search postings are brought up to date too (see store.grams):
        a writer that has just spent the time on extraction can afford them, a browser
        opening cold cannot."""
        if not postings or self._manifest is None or self._index is None or self._stamp is None:
            return
        self._index.grams = grams.save_for(self.path, self._manifest.texts, len(self._index), self._hay,
                                           rebuild=self.cold)
        for s in self._segments:
            s.cold = False  # the postings now describe every row

    def _hay(self, start: int, end: int) -> list[str]:
        """The search texts of rows ``start`` to ``end``, unpacking only their segments'."""
        whole = self._index.__dict__.get("_hay") if self._index is not None else None
        if isinstance(whole, list):
            return whole[start:end]
        out: list[str] = []
        for s, at in zip(self._segments, self._offsets):
            if at < end and at + s.rows > start:
                out.extend(s.hay()[max(0, start - at):end - at])
        return out

    @property
    def index(self) -> CommitmentIndex:
        """Search and facets over ``commitments``, built at load and kept up to date."""
        assert self._index is not None
        return self._index

    def __len__(self) -> int:
        return len(self.commitments)

    def count_commitments(self, doc_hash: str) -> int:
        """How many commitments are stored for the document with this content hash."""
        if self._counts is None:
            self._counts = Counter(key[0] for key in self.index.columns()["_keys"])
        return self._counts[doc_hash]

    def document_state(self, doc: Document) -> str:
        """"unchanged" (stored, or a copy of a stored file), "renamed" (its stored path is
        gone), "changed" (same path, new content) or "new"."""
        known = self.documents.get(doc.sha256)
        here = self._by_path.get(doc.path)
        if known is not None:
            if not same_or_copy(known.path, doc.path):
                return "renamed"
            return "unchanged" if here in (None, doc.sha256) else "changed"  # a copy over another stored file
        return "changed" if here is not None else "new"

    # Writing
    def add(self, batch: Iterable[tuple[Document, list[Commitment] | None]]) -> IngestReport:
        """Store documents with their commitments in one write; re-adding is a no-op.

        ``None`` for commitments offers a document as renamed: its stored commitments are
        kept; if its content is no longer stored it comes back in ``needs_extraction``.
        """
        items = list(batch)
        report = IngestReport()
        if not items:
            return report
        with store_lock(self.path, self.on_wait):
            self._ready_to_write()
            plan = plan_batch(self._meta_by_hash, self._by_path, self.count_commitments, items, report)
            if plan is not None:
                touched = {self._segment_of[sha] for sha in plan.touches() if sha in self._segment_of}
                self._rewrite({k: lambda data, plan=plan: apply_to_segment(data, plan) for k in touched},
                              _pieces(plan), new_texts=bool(plan.touches()))
        return report

    def update_groups(self, mapping: dict[str, tuple[str | None, str | None]],
                      rows: Iterable[int] | None = None) -> int:
        """Set (group, discrepancy) on the stored records with these ids, in one write under
        the lock. Only records whose values change are written: in their segment, rewritten,
        when it is small or many of its records change; else in the store's file of group
        changes (store.overlay), so that a document joining a group whose members lie in
        hundreds of segments writes a few KB, not those segments. ``rows``: where the
        caller found those records (regroup knows), so that the ids need not be looked for
        in every row; ignored if the store changed meanwhile. How many records changed."""
        if not mapping:
            return 0
        with store_lock(self.path, self.on_wait):
            seen = self._stamp
            self._ready_to_write()
            if self._stamp is None or self._manifest is None:
                return 0
            if rows is None or self._stamp != seen:
                ids = self.index.column("_id")
                rows = [row for row, cid in enumerate(ids) if cid in mapping]
            first, entries = self._offsets, self._manifest.segments
            of_segment: dict[int, list[int]] = defaultdict(list)
            for row in rows:
                of_segment[bisect_right(first, row) - 1].append(row)
            changes = {f: dict(per) for f, per in self._changes.items()}
            touched: dict[int, Callable[[dict[str, Any]], bool]] = {}
            updated: dict[int, Entry] = {}
            changed = [0]

            def rewrite(data: dict[str, Any]) -> bool:
                n = overlay.fold(data, mapping)
                changed[0] += n
                return n > 0

            for k, its_rows in of_segment.items():
                e = entries[k]
                if e.bytes <= overlay.DIRECT_BYTES or len(its_rows) * overlay.DIRECT_SHARE >= e.commitments:
                    touched[k] = rewrite
                    continue
                # what really changes here, against the values readers see now
                wanted: dict[str, tuple[str | None, str | None]] = {}
                grouped = 0  # records given a group, less those losing theirs
                for row in its_rows:
                    r = self.commitments.peek(row)
                    want = mapping.get(r.get("id"))
                    if want is not None and (r.get("group"), r.get("discrepancy")) != want:
                        wanted[r["id"]] = want
                        grouped += (not r.get("group")) - (not want[0])
                if wanted:
                    changes.setdefault(e.file, {}).update(wanted)
                    updated[k] = replace(e, ungrouped=max(0, e.ungrouped - grouped))
                    changed[0] += len(wanted)
            self._rewrite(touched, [], new_texts=False, same_rows=True, changes=changes, updated=updated)
        self._refresh_built(mapping)
        return changed[0]

    def _ready_to_write(self) -> None:
        """Under the lock: tidy what a killed writer left, and read the store again if
        another process has written it since (a single-file store is split now)."""
        self._tidy()
        if self._manifest is None or not self._loaded or stamp(self.path) != self._stamp:
            with _quiet_gc(self):
                self._open(locked=True)

    def _rewrite(self, touched: dict[int, Callable[[dict[str, Any]], bool]],
                 pieces: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]],
                 new_texts: bool, same_rows: bool = False, changes: Changes | None = None,
                 updated: Mapping[int, Entry] | None = None) -> None:
        """Rewrite the touched segments (each change says if it changed the content), add
        segments for ``pieces``, merge small neighbours, write the group changes
        (``changes``, by default those held; each segment rewritten takes its own in, and
        past overlay.FOLD_FROM the segments holding most are rewritten too), then switch the
        manifest (``updated``: entries whose counts changed). On any error the files
        written are removed and the store is as it was."""
        manifest = self._manifest
        assert manifest is not None
        entries: list[Entry | None] = list(manifest.segments)
        for k, e in (updated or {}).items():
            entries[k] = e
        segments: list[OpenSegment | None] = list(self._segments)
        changes = {f: dict(per) for f, per in (self._changes if changes is None else changes).items()}
        touched = dict(touched)
        if overlay.count(changes) > overlay.FOLD_FROM:
            at = {e.file: k for k, e in enumerate(manifest.segments)}
            for file in sorted(changes, key=lambda f: -len(changes[f]))[:overlay.FOLD_SEGMENTS]:
                if file in at:
                    touched.setdefault(at[file], lambda data: False)
        # Numbers only grow, past any file in the folder too: a manifest put back by `doctor
        # --restore` has a lower ``next`` than segments the one set aside still names.
        number = max([manifest.next] + [_number(f.name) + 1 for f in _segment_files(self.folder)])
        written: list[Path] = []
        carry: dict[str, str] = {}
        mode = _mode_of(self.path)

        def write(data: dict[str, Any]) -> tuple[OpenSegment, Entry]:
            nonlocal number
            file = self.folder / segment_name(number)
            number += 1
            written.append(file)
            return write_and_open(file, data, mode)

        try:
            for k, change in sorted(touched.items()):
                data, _, _ = read_segment(self.folder / entries[k].file)
                folded = overlay.fold(data, changes.pop(entries[k].file, None))
                if not change(data) and not folded:
                    continue
                if not data[DOCUMENTS] and not data[COMMITMENTS]:
                    entries[k] = segments[k] = None
                    continue
                segments[k], entries[k] = write(data)
                if same_rows:
                    carry[segments[k].file] = self._segments[k].file
            for docs, recs in pieces:
                segment, entry = write(segment_data(docs, recs))
                segments.append(segment)
                entries.append(entry)
            if not written and all(e is not None for e in entries) and changes == self._changes:
                return
            kept = [(s, e) for s, e in zip(segments, entries) if e is not None]
            kept = _compact(kept, write, self.folder, changes)
            named = {e.file for _, e in kept}
            changes = {f: per for f, per in changes.items() if per and f in named}
            groups = manifest.groups if changes == self._changes else None
            if changes and groups is None:
                groups = overlay.overlay_name(number)
                number += 1
                written.append(self.folder / groups)
                overlay.write_overlay(self.folder / groups, changes, mode)
            new = manifest.with_segments([e for _, e in kept], number, new_texts, groups)
            st = write_manifest(self.path, new, keep_backup=self._stamp is not None and self._stamp.size > 0)
        except BaseException:
            for file in written:
                remove_segment(file)
            self._stamp = None  # read the store again next time
            raise
        self._collect(new)
        held = self._index.grams_read() if self._index is not None and not new_texts else None
        if same_rows:  # our own regrouping: built records are given their new values after
            carry.update({e.file: e.file for k, e in enumerate(manifest.segments) if k in (updated or {})})
        totals = self._updated_totals(new, [s for s, _ in kept])
        with _quiet_gc(self):
            self._install(new, [s for s, _ in kept], st, carry, keep_grams=held or _NO_POSTINGS, changes=changes,
                          totals=totals)

    def _updated_totals(self, manifest: Manifest, segments: list[OpenSegment]) -> facet_totals.Counts | None:
        """The store's facet totals after a write, from those before it by the segments
        it removed and added (written beside the store): a few segments' counts, not all."""
        if self._totals is None:
            return None
        before = {s.file for s in self._segments}
        after = {s.file for s in segments}
        removed = [facet_counts_of(s) for s in self._segments if s.file not in after]
        added = [facet_counts_of(s) for s in segments if s.file not in before]
        totals = facet_totals.updated(self._totals, removed, added)
        facet_totals.save(self.path, manifest.segments, totals)
        return totals

    def _tidy(self) -> None:
        """Temporary files a killed writer left (only under the lock)."""
        remove_stale_temp_files(self.path)
        if self.folder.is_dir():
            for tmp in [*self.folder.glob(".seg-*.tmp"), *self.folder.glob(".groups-*.tmp")]:
                with contextlib.suppress(OSError):
                    tmp.unlink()

    def _collect(self, manifest: Manifest) -> None:
        """Delete the segments no kept manifest names (under the lock, after the switch):
        the previous manifest's stay, so `doctor --restore` and slow readers find them."""
        if self.folder.name != self.path.name + ".d":
            return  # a kept manifest opened as a store: the folder is its store's to tidy
        keep = manifest.files()
        for other in kept_manifests(self.path):
            keep |= _files_named_by(other)
        mode = _mode_of(self.path)
        for file in _segment_files(self.folder):
            if file.name not in keep:
                remove_segment(file)
            elif mode is not None:
                _same_mode(file, mode)

    def _refresh_built(self, mapping: dict[str, tuple[str | None, str | None]]) -> None:
        """Records already built keep their objects across a write: give them the new values."""
        for c in self.commitments.built_records():
            if c.id in mapping:
                c.group, c.discrepancy = mapping[c.id]


def _pieces(plan: Plan) -> list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    return list(split(plan.new_docs, plan.new_recs)) if plan.new_docs else []


def _compact(kept: list[tuple[OpenSegment, Entry]], write: Callable[[dict[str, Any]], tuple[OpenSegment, Entry]],
             folder: Path, changes: Changes) -> list[tuple[OpenSegment, Entry]]:
    """Merge each run of MERGE_RUN or more adjacent small segments (together at most
    SEGMENT_BYTES) into one: cheap, since only small segments are read. The group changes
    of the segments merged are taken in (and out of ``changes``)."""
    out: list[tuple[OpenSegment, Entry]] = []
    run: list[tuple[OpenSegment, Entry]] = []

    def flush() -> None:
        if len(run) >= MERGE_RUN:
            docs: list[dict[str, Any]] = []
            recs: list[dict[str, Any]] = []
            for _, e in run:
                data, _, _ = read_segment(folder / e.file)
                overlay.fold(data, changes.pop(e.file, None))
                docs.extend(data[DOCUMENTS].values())
                recs.extend(data[COMMITMENTS].values())
            out.append(write(segment_data(docs, recs)))
        else:
            out.extend(run)
        run.clear()

    for pair in kept:
        size = pair[1].bytes
        if size >= SEGMENT_BYTES // 2 or sum(e.bytes for _, e in run) + size > SEGMENT_BYTES:
            flush()
        if size >= SEGMENT_BYTES // 2:
            out.append(pair)
        else:
            run.append(pair)
    flush()
    return out


def _still(held: OpenSegment | None, file: Path) -> OpenSegment | None:
    """A segment already open, if its file is still the one it opened."""
    return held if held is not None and stamp(file) == held.stamp else None


def _files_named_by(manifest_file: Path) -> set[str]:
    got = read_raw(manifest_file)
    if got is None:
        return set()
    try:
        data = parse(manifest_file, got[0])
        return manifest_from(manifest_file, data).files() if is_manifest(data) else set()
    except StoreError:
        return set()


def _segment_files(folder: Path) -> list[Path]:
    """The store's numbered files: segments and group changes (store.overlay)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if is_segment_name(p.name) or overlay.is_overlay_name(p.name))


def _number(name: str) -> int:
    return int(name[name.index("-") + 1:-5])


def _same_mode(file: Path, mode: int) -> None:
    """A segment and its cache as private as the manifest (someone may have changed its mode)."""
    from commitments.store.cache import cache_path

    for made in (file, cache_path(file)):
        with contextlib.suppress(OSError):
            if os.stat(made).st_mode & 0o777 != mode:
                os.chmod(made, mode)


def _mode_of(path: Path) -> int | None:
    """The store's permissions, for its segments (None: a new store's default)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        return None


@contextlib.contextmanager
def _quiet_gc(store: Store) -> Iterator[None]:
    """Loading makes millions of objects and no garbage: without this the cyclic collector
    runs over them again and again. After a large load they are moved out of its sight
    (gc.freeze), so neither the first collection nor the browser's later ones walk them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if len(store.commitments) >= FREEZE_FROM:
            gc.freeze()
        if enabled:
            gc.enable()




def read_whole(path: Path) -> dict[str, Any]:
    """The whole store in the single-file layout (``_meta``, ``documents``, ``commitments``,
    records keyed "1", "2", … in store order): what one file would hold, for a person or a test."""
    from commitments.store.segments import segment_data

    docs, recs = load(path)
    return segment_data(docs, recs)


__all__ = ["Store", "StoreError", "IngestReport", "default_db_path", "load", "read_whole", "AtomicJSONStorage"]
