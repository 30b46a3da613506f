"""Which rows hold each character, each pair of characters and each word of the search text.

The first keystrokes of a search match most of the store, and checking a one- or
two-letter string in 100,000 texts costs more than a keystroke should. The postings
answer those exactly; a string without spaces is in a row exactly when it is inside one
of the row's words, so the words' postings answer it too, and anything else gets a
short list of candidates to check.

They are built when the store is written (an ingest extends them when rows were only
added) and kept in a file beside the store, ``<store>.grams``, which is mapped rather
than read, so opening costs nothing and a search pages in only what it touches. Like
the read cache, the file is tied to one version of the store file and holds nothing the
store does not: deleting it only makes searches slower.
"""
from __future__ import annotations

import contextlib
import hashlib
import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from operator import add
from pathlib import Path

from commitments.store.blobfile import LazyBlobs, read_lazily, write_blobs

MAGIC = "commitments-grams"
LAYOUT = 4  # 2: a blob file (store.blobfile); 3: tied to the store, not to the cache's layout;
# 4: tied to the texts of a segmented store, with a delta file
_ITEM = "I"  # row numbers as unsigned 32-bit integers, as the machine lays them out
LITTLE_ENDIAN = sys.byteorder == "little" and array(_ITEM).itemsize == 4  # else the file is not used


def grams_path(path: Path) -> Path:
    return path.with_name(path.name + ".grams")


WORD = "\x01"  # marks a key that is a whole word, not a gram (no search text holds it)
_SPACES = str.maketrans("\x00", " ")  # the search text's field break separates words too
_SPACES_OR_BREAK = frozenset(" \x00")


def grams_of(text: str) -> set[str]:
    """Every character and every pair of adjacent characters of ``text``, and its words."""
    grams = set(text).union(map(add, text, text[1:]))
    grams.update(WORD + word for word in text.translate(_SPACES).split())
    return grams


def fingerprint(texts: Iterable[str]) -> str:
    """A digest of the search texts, to tell whether postings still describe them."""
    digest = hashlib.blake2b(digest_size=16)
    for text in texts:
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\x01")
    return digest.hexdigest()


class GramIndex:
    """Postings (ascending row numbers) for every gram of ``len(rows)`` search texts."""

    def __init__(self, postings: dict[str, Sequence[int]], rows: int) -> None:
        self._postings = postings
        self.rows = rows
        self._words: list[str] | None = None  # the vocabulary, listed on first use
        self._last_words: tuple[str, list[str]] = ("", [])  # a text and the words holding it

    @classmethod
    def build(cls, texts: Sequence[str], start: int = 0,
              postings: dict[str, array] | None = None) -> GramIndex:
        """Index ``texts`` as rows ``start``, ``start + 1``, …, adding to ``postings``."""
        lists: dict[str, array] = postings if postings is not None else {}
        for row, text in enumerate(texts, start):
            for gram in grams_of(text):
                found = lists.get(gram)
                if found is None:
                    lists[gram] = array(_ITEM, (row,))
                else:
                    found.append(row)
        return cls(lists, start + len(texts))

    def postings(self, gram: str) -> Sequence[int]:
        return self._postings.get(gram, ())

    def candidates(self, text: str, budget: int) -> tuple[Sequence[int], bool]:
        """Rows that may contain ``text`` (all of them do when the bool is True), ascending.
        ``budget`` is about how many rows the caller would otherwise check by hand."""
        if len(text) <= 2:
            return self.postings(text), True
        if not text.translate(_SPACES).count(" "):  # one word: in a row iff inside one of its words
            lists = [self.postings(WORD + w) for w in self._words_holding(text)]
            if any(len(rows) == self.rows for rows in lists):  # a word every row holds
                return range(self.rows), True
            if len(lists) == 1 or sum(map(len, lists)) <= 2 * budget:  # a union beats checking texts
                return (lists[0] if len(lists) == 1 else sorted(set().union(*map(as_list, lists)))), True
        ranked = sorted((self.postings(g) for g in set(map(add, text, text[1:]))), key=len)
        rarest = ranked[0]
        if len(ranked) > 1 and len(rarest) > 64 and len(ranked[1]) * 2 < self.rows:
            return intersect(rarest, ranked[1]), False  # a second, short list trims the checking
        return rarest, False

    def dropped(self, before: str, text: str, limit: int) -> set[int] | None:
        """Rows holding a word that contains ``before`` but not ``text``, when ``before``
        lies inside ``text`` and both are one word: of the rows holding ``before``, only
        these can lack ``text``, so a search typed on checks them rather than make its
        own union of postings. None if they would be more than ``limit``."""
        if before not in text or _SPACES_OR_BREAK & set(text):
            return None
        had = self._words_holding(before)
        self._words_holding(text)  # from ``had``, and kept for the next key
        lists = [self.postings(WORD + w) for w in had if text not in w]
        if sum(map(len, lists)) > limit:
            return None
        return set().union(*map(as_list, lists))

    def vocabulary(self) -> list[str]:
        """Every word of the search texts, listed on first use (150,000 words at a million
        rows: 20 ms, which the browser spends in idle time, not on a keystroke)."""
        if self._words is None:
            self._words = [k[1:] for k in self._postings if k[0] == WORD]
        return self._words

    def _words_holding(self, text: str) -> list[str]:
        """The words of the vocabulary that contain ``text``; typing on searches the last list."""
        self.vocabulary()
        last, found = self._last_words
        if last == text:
            return found
        words = [w for w in (found if last and last in text else self._words) if text in w]
        self._last_words = (text, words)
        return words

    # The files
    def save(self, file: Path, like: Path, head: tuple) -> bool:
        """Write these postings to ``file`` (best effort, as the read cache), readable by
        whoever may read ``like``."""
        if not LITTLE_ENDIAN:
            return False
        blobs = ((g, rows if isinstance(rows, (array, memoryview)) else array(_ITEM, rows))
                 for g, rows in self._postings.items())
        return write_blobs(file, like, (MAGIC, LAYOUT, head, self.rows),
                           ((g, memoryview(rows).cast("B")) for g, rows in blobs))

    @classmethod
    def load(cls, file: Path) -> tuple[GramIndex, tuple] | None:
        """The postings in ``file`` and what they were made for, if the file is whole. Each
        list is cut out of the mapped file when first asked for."""
        got = read_lazily(file) if LITTLE_ENDIAN else None
        if got is None:
            return None
        head, blobs = got
        try:
            magic, layout, made_for, rows = head
            if (magic, layout) != (MAGIC, LAYOUT):
                return None
            return cls(_Mapped(blobs), rows), tuple(made_for)  # type: ignore[arg-type]
        except (ValueError, TypeError):
            return None

    def extended(self, texts: Sequence[str]) -> GramIndex:
        """These postings with ``texts`` added as the rows after the last."""
        return GramIndex.build(texts, self.rows, _copies(self))


def _copy(rows: Sequence[int]) -> array:
    """A growable copy of a posting list (a mapped one copies as bytes, not number by number)."""
    out = array(_ITEM)
    if isinstance(rows, (array, memoryview)):
        out.frombytes(memoryview(rows).cast("B"))
    else:
        out.extend(rows)
    return out


class _Mapped:
    """Postings in a mapped file: each list cast to row numbers when first asked for (a
    damaged list reads as empty: the search then checks texts, as without postings)."""

    def __init__(self, blobs: LazyBlobs) -> None:
        self._blobs = blobs
        self._cast: dict[str, Sequence[int]] = {}

    def get(self, gram: str, default: Sequence[int] = ()) -> Sequence[int]:
        got = self._cast.get(gram)
        if got is None:
            try:
                blob = self._blobs.get(gram)
                got = blob.cast(_ITEM) if blob is not None else None
            except (ValueError, TypeError):
                got = None
            if got is None:
                return default
            self._cast[gram] = got
        return got

    def __iter__(self):
        return iter(self._blobs)

    def items(self):
        return ((g, self.get(g)) for g in self._blobs)


class _Layered:
    """The postings of a base file and of the rows added after it (the delta), each gram's
    two lists joined when first asked for."""

    def __init__(self, base: GramIndex, delta: GramIndex) -> None:
        self._base, self._delta = base._postings, delta._postings
        self._joined: dict[str, Sequence[int]] = {}

    def get(self, gram: str, default: Sequence[int] = ()) -> Sequence[int]:
        got = self._joined.get(gram)
        if got is None:
            a, b = self._base.get(gram), self._delta.get(gram)
            if a is None or b is None:
                got = a if b is None else b
                if got is None:
                    return default
            else:
                got = _copy(a)
                got.extend(_copy(b))
            self._joined[gram] = got
        return got

    def __iter__(self):
        return iter(dict.fromkeys(chain(self._base, self._delta)))

    def items(self):
        return ((g, self.get(g)) for g in self)


def intersect(a: Sequence[int], b: Sequence[int]) -> list[int]:
    """Rows in both (each ascending), ascending: a set of the shorter, a pass over the other."""
    if len(a) > len(b):
        a, b = b, a
    return list(filter(set(as_list(a)).__contains__, as_list(b)))


def packed(rows: Sequence[int]) -> Sequence[int]:
    """Row numbers as a packed array of their own (a mapped list copies in one move; a
    list stays as it is): a million row numbers listed as ints is a keystroke's time."""
    if isinstance(rows, memoryview):
        own = array(_ITEM)
        own.frombytes(rows.cast("B"))
        return own
    return rows


def as_list(rows: Sequence[int]) -> list[int]:
    """Row numbers as a list; a mapped or packed array converts in one call."""
    tolist = getattr(rows, "tolist", None)
    return tolist() if tolist is not None else list(rows)


def delta_path(path: Path) -> Path:
    """``<store>.grams-delta``: the postings of the rows added since ``<store>.grams`` was written."""
    return path.with_name(path.name + ".grams-delta")


# Rows the delta may hold before it is folded into the base file (rewriting the delta on
# every ingest costs about 0.8 KB a row; folding rewrites every row's postings).
DELTA_ROWS = 20_000


def _tie(texts: str, start: int) -> tuple:
    """What a postings file is made for: the store's texts (store.manifest), the first row
    it covers, and this Python (the lists are in the machine's layout)."""
    return (texts, start, tuple(sys.version_info[:2]))


def load_layers(path: Path, texts: str, files: tuple[Path, Path] | None = None
                ) -> tuple[GramIndex | None, GramIndex | None]:
    """The base postings made for ``texts``, and the delta that continues them, if any
    (``files``: another pair of base and delta files than the search postings')."""
    base_file, delta_file = files or (grams_path(path), delta_path(path))
    base = GramIndex.load(base_file)
    if base is None or base[1] != _tie(texts, 0):
        return None, None
    delta = GramIndex.load(delta_file)
    if delta is None or delta[1] != _tie(texts, base[0].rows) or delta[0].rows <= base[0].rows:
        return base[0], None
    return base[0], delta[0]


def joined(base: GramIndex | None, delta: GramIndex | None) -> GramIndex | None:
    if base is None or delta is None:
        return base
    return GramIndex(_Layered(base, delta), delta.rows)  # type: ignore[arg-type]


def open_for(path: Path, texts: str, rows: int, files: tuple[Path, Path] | None = None) -> GramIndex | None:
    """The postings for exactly ``rows`` rows of the store whose texts are ``texts``, or None."""
    found = joined(*load_layers(path, texts, files))
    return found if found is not None and found.rows == rows else None


# (first row, end row, postings to add them to or None): the postings with those rows added
Builder = Callable[[int, int, "dict[str, array] | None"], GramIndex]


def save_for(path: Path, texts: str, rows: int, hay: Callable[[int, int], Sequence[str]],
             rebuild: bool = False) -> GramIndex:
    """Bring the search postings up to ``rows`` rows; ``hay(start, end)`` gives those
    rows' search texts. See save_layers."""
    def build(start: int, end: int, postings: dict[str, array] | None) -> GramIndex:
        return GramIndex.build(hay(start, end), start, postings)

    return save_layers(path, (grams_path(path), delta_path(path)), texts, rows, build, rebuild)


def save_layers(path: Path, files: tuple[Path, Path], texts: str, rows: int, build: Builder,
                rebuild: bool = False) -> GramIndex:
    """Bring postings (a base file and a delta file beside the store) up to ``rows`` rows:
    write only the delta when rows were added to what the files cover (folding it into
    the base once it passes DELTA_ROWS), else build them anew."""
    base_file, delta_file = files
    base, delta = (None, None) if rebuild else load_layers(path, texts, files)
    covered = (delta or base).rows if base is not None else 0
    if base is None or covered > rows:
        base, delta = build(0, rows, None), None
        base.save(base_file, path, _tie(texts, 0))
        _drop(delta_file)
    elif covered < rows:
        start = base.rows
        if rows - start <= DELTA_ROWS:
            delta = build(covered, rows, _copies(delta) if delta is not None else None)
            delta.save(delta_file, path, _tie(texts, start))
        else:
            base, delta = build(covered, rows, _copies(joined(base, delta))), None
            base.save(base_file, path, _tie(texts, 0))
            _drop(delta_file)
    # Mapped: the lists built here need not stay in memory (an unchanged base is mapped already).
    if delta is not None and delta_file.exists():
        again = GramIndex.load(delta_file)
        delta = again[0] if again is not None else delta
    else:
        again = GramIndex.load(base_file)
        base = again[0] if again is not None else base
    found = joined(base, delta)
    return found if found is not None and found.rows == rows else build(0, rows, None)


def _copies(index: GramIndex) -> dict[str, array]:
    return {g: _copy(rows) for g, rows in index._postings.items()}


def _drop(file: Path) -> None:
    with contextlib.suppress(OSError):
        file.unlink()
