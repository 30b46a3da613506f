"""The Store: open a store file, ask what a document's state is, add batches of records.

Readers read the file once, without the lock (writers replace it whole, so any read sees
one complete state). A writer takes the lock, re-reads the file if another process has
replaced it since (so TinyDB's next-id never collides with the other writer's records),
applies a whole batch through a fresh TinyDB over an in-memory storage, and writes once.
"""
from __future__ import annotations

import contextlib
import gc
import mmap
import os
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from commitments.records import Commitment, Document, Metadata
from commitments.store import cache, grams
from commitments.store.batch import IngestReport, apply_batch, same_or_copy
from commitments.store.index import CommitmentIndex
from commitments.store.rows import CommitmentRows, StoredDocuments
from commitments.store.schema import (
    COMMITMENTS,
    DOCUMENTS,
    check_and_upgrade,
    record_count,
    stamp_meta,
)
from commitments.store.storage import (
    AtomicJSONStorage,
    Stamp,
    StoreError,
    backup_path,
    dumps,
    parse,
    read_raw,
    record_spans,
    remove_stale_temp_files,
    stamp,
    store_lock,
    write_atomic,
)


def default_db_path() -> Path:
    """``COMMITMENTS_DB`` if set, else a file in the user's data directory."""
    env = os.environ.get("COMMITMENTS_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("commitments", appauthor=False) / "commitments.json"


def load(path: Path) -> tuple[dict[str, Any], Stamp | None, array | None]:
    """The store's data in the current layout, the stamp of the file it came from, and
    where its commitments lie in that file (None where it is not laid out by us)."""
    got = read_raw(path)
    if got is None:
        return check_and_upgrade(path, None), None, None
    raw, st = got
    data = parse(path, raw)
    if not data:  # an empty file, or TinyDB's empty database "{}"
        _refuse_if_backup_holds_records(path)
    data = check_and_upgrade(path, data)
    return data, st, record_spans(raw, COMMITMENTS, len(data[COMMITMENTS]))


def _refuse_if_backup_holds_records(path: Path) -> None:
    """An empty store beside a backup with records is a loss, not a new store."""
    bak = backup_path(path)
    got = read_raw(bak)
    if got is None:
        return
    try:
        held = record_count(parse(bak, got[0]))
    except StoreError:
        return
    if held:
        raise StoreError(f"{path}: the store is empty but its backup {bak.name} holds {held} records; "
                         "run `commitments doctor --restore`")


FREEZE_FROM = 10_000


class Store:
    def __init__(self, path: Path | str, on_wait: Callable[[str], None] | None = None) -> None:
        """Open the store at ``path`` (it need not exist yet). ``on_wait`` is told, in a
        line, when a write has to wait for another process's."""
        self.path = Path(path)
        self.on_wait = on_wait
        self.documents: Mapping[str, Document] = {}
        self.commitments: CommitmentRows = CommitmentRows()
        self._by_path: dict[str | None, str] = {}
        self._meta_by_hash: dict[str, dict[str, Any]] = {}
        self._documents_raw: list[dict[str, Any]] = []
        self._data: dict[str, Any] | None = None
        self._stamp: Stamp | None = None
        self._spans: array | None = None
        self._loaded = False
        self._index: CommitmentIndex | None = None
        self._counts: Counter[str] | None = None
        self.reload(force=True)

    def reload(self, force: bool = False) -> bool:
        """Read the file again if another process has replaced it; True if anything changed."""
        current = stamp(self.path)
        if not force and self._loaded and current == self._stamp:
            return False
        with _quiet_gc(self):
            cached = cache.load(self.path, current)
            from_cache = cached is not None and self._install_cached(current, *cached)
            if not from_cache:
                self._install(*load(self.path))
        if not from_cache:
            self.save_cache()
        return True

    def _install(self, data: dict[str, Any], st: Stamp | None, spans: array | None) -> None:
        self._data, self._stamp, self._spans, self._loaded = data, st, spans, True
        self._set_documents(list(data[DOCUMENTS].values()))
        raw = list(data[COMMITMENTS].values())
        if self._index is not None:
            self._index.sync(raw)
        else:
            self._index = CommitmentIndex(CommitmentRows(raw))
        self.commitments = self._index.commitments

    def _install_cached(self, st: Stamp, documents: list[dict[str, Any]], texts: dict[str, Any], spans: array,
                        columns: dict[str, Any]) -> bool:
        """Open through the read cache: map the store file, parse records on demand.
        False (and nothing changed) if the cache or the file does not fit."""
        try:
            with open(self.path, "rb") as fh:
                if Stamp.of(os.fstat(fh.fileno())) != st:
                    return False  # replaced since we looked: read it whole instead
                mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            by_hash = StoredDocuments(documents, texts)
            index = CommitmentIndex(CommitmentRows.mapped(mapped, spans), columns=columns)
            loaded = grams.GramIndex.load(self.path, cache.made_for(st))
            if loaded is not None and loaded[0].rows == len(index):
                index.grams = loaded[0]
        except (OSError, ValueError, KeyError, TypeError):
            return False
        self._data, self._stamp, self._spans, self._loaded = None, st, spans, True  # a writer reads the file itself
        self._set_documents(documents, by_hash)
        self._index = index
        self.commitments = index.commitments
        return True

    def _set_documents(self, raw: list[dict[str, Any]], by_hash: Mapping[str, Document] | None = None) -> None:
        self._counts: Counter[str] | None = None
        self._documents_raw = raw  # as read; from the cache, without their text
        self.documents: Mapping[str, Document] = (
            by_hash if by_hash is not None else {d["sha256"]: Document.from_dict(d) for d in raw})
        self._by_path = {d.get("path"): d["sha256"] for d in raw}
        self._meta_by_hash = {d["sha256"]: d for d in raw}

    def known_metadata(self, sha256: str) -> Metadata | None:
        """The metadata stored for the document with this content hash, if any, read
        without building it. A document stored before documents had a ``url`` field has
        no text-derived publisher either: None, so it is looked for again."""
        meta = self._meta_by_hash.get(sha256)
        if meta is None or "url" not in meta:
            return None
        return Metadata(meta.get("title"), meta.get("published"), meta.get("publisher"), meta.get("url"))

    def save_cache(self, postings: bool = False) -> None:
        """Write the read cache for the state in memory (best effort; see store.cache), and
        with ``postings`` the search postings too (see store.grams): a writer that has
        just spent the time on extraction can afford them, a browser opening cold cannot."""
        if self._stamp is None or self._index is None or self._spans is None or self._data is None:
            return
        cache.save(self.path, self._stamp, self._documents_raw, self._spans, self._index.columns())
        if postings:
            self._index.grams = grams.save_for(self.path, cache.made_for(self._stamp), self._index.columns()["_hay"])

    @property
    def index(self) -> CommitmentIndex:
        """Search and facets over ``commitments``, built at load and kept up to date in place."""
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
            remove_stale_temp_files(self.path)
            st = stamp(self.path)
            if self._data is None or st is None or st != self._stamp:
                data, st, spans = load(self.path)
            else:
                data, spans = self._data, self._spans
            try:
                if apply_batch(data, items, report):
                    stamp_meta(data)
                    payload, spans = dumps(data)
                    st = write_atomic(self.path, payload, keep_backup=st is not None and st.size > 0)
            except BaseException:
                self._stamp = None  # the cached data may be half-changed: read the file next time
                raise
        with _quiet_gc(self):
            self._install(data, st, spans)
        return report

    def update_groups(self, mapping: dict[str, tuple[str | None, str | None]]) -> int:
        """Set (group, discrepancy) on the stored records with these ids, in one write under
        the lock; only records whose values change are touched. How many changed."""
        if not mapping:
            return 0
        with store_lock(self.path, self.on_wait):
            remove_stale_temp_files(self.path)
            st = stamp(self.path)
            if st is None:
                return 0
            if self._data is None or st != self._stamp:
                data, st, spans = load(self.path)
            else:
                data, spans = self._data, self._spans
            recs = data[COMMITMENTS]
            changed = 0
            for key, r in list(recs.items()):
                want = mapping.get(r.get("id"))
                if want is None or (r.get("group"), r.get("discrepancy")) == want:
                    continue
                recs[key] = {**r, "group": want[0], "discrepancy": want[1]}  # a copy: readers may hold the old dict
                changed += 1
            try:
                if changed:
                    stamp_meta(data)
                    payload, spans = dumps(data)
                    st = write_atomic(self.path, payload, keep_backup=st.size > 0)
            except BaseException:
                self._stamp = None
                raise
        with _quiet_gc(self):
            self._install(data, st, spans)
        self._refresh_built(mapping)
        return changed

    def _refresh_built(self, mapping: dict[str, tuple[str | None, str | None]]) -> None:
        """Records already built keep their objects across a write: give them the new values."""
        rows = self.commitments
        for i in range(len(rows)):
            c = rows.built(i)
            if c is not None and c.id in mapping:
                c.group, c.discrepancy = mapping[c.id]


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


__all__ = ["Store", "StoreError", "IngestReport", "default_db_path", "load", "AtomicJSONStorage"]
