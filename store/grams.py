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

import hashlib
import sys
from array import array
from collections.abc import Iterable, Sequence
from operator import add
from pathlib import Path

from commitments.store.blobfile import read_blobs, write_blobs

MAGIC = "commitments-grams"
LAYOUT = 3  # 2: a blob file (store.blobfile); 3: tied to the store, not to the cache's layout
_ITEM = "I"  # row numbers as unsigned 32-bit integers, as the machine lays them out
LITTLE_ENDIAN = sys.byteorder == "little" and array(_ITEM).itemsize == 4  # else the file is not used


def grams_path(path: Path) -> Path:
    return path.with_name(path.name + ".grams")


WORD = "\x01"  # marks a key that is a whole word, not a gram (no search text holds it)
_SPACES = str.maketrans("\x00", " ")  # the search text's field break separates words too


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

    def _words_holding(self, text: str) -> list[str]:
        """The words of the vocabulary that contain ``text``; typing on searches the last list."""
        if self._words is None:
            self._words = [k[1:] for k in self._postings if k[0] == WORD]
        last, found = self._last_words
        words = [w for w in (found if last and last in text else self._words) if text in w]
        self._last_words = (text, words)
        return words

    # The file
    def save(self, path: Path, header: tuple, digest: str) -> None:
        """Write ``<store>.grams`` (best effort, as the read cache)."""
        if LITTLE_ENDIAN:
            blobs = ((g, rows if isinstance(rows, (array, memoryview)) else array(_ITEM, rows))
                     for g, rows in self._postings.items())
            write_blobs(grams_path(path), path, (MAGIC, LAYOUT, header, self.rows, digest),
                        ((g, memoryview(rows).cast("B")) for g, rows in blobs))

    @classmethod
    def load(cls, path: Path, header: tuple | None = None) -> tuple[GramIndex, str] | None:
        """The postings in ``<store>.grams`` and their texts' fingerprint, if the file is
        whole and (given a header) made for this version of the store."""
        got = read_blobs(grams_path(path)) if LITTLE_ENDIAN else None
        if got is None:
            return None
        head, blobs = got
        try:
            magic, layout, made_for, rows, digest = head
            if (magic, layout) != (MAGIC, LAYOUT) or (header is not None and tuple(made_for) != header):
                return None
            return cls({gram: blob.cast(_ITEM) for gram, blob in blobs.items()}, rows), digest
        except (ValueError, TypeError):
            return None

    def extended(self, texts: Sequence[str]) -> GramIndex:
        """These postings with ``texts`` added as the rows after the last."""
        lists = {g: array(_ITEM, rows) for g, rows in self._postings.items()}
        return GramIndex.build(texts, self.rows, lists)


def intersect(a: Sequence[int], b: Sequence[int]) -> list[int]:
    """Rows in both (each ascending), ascending: a set of the shorter, a pass over the other."""
    if len(a) > len(b):
        a, b = b, a
    return list(filter(set(as_list(a)).__contains__, as_list(b)))


def as_list(rows: Sequence[int]) -> list[int]:
    """Row numbers as a list; a mapped or packed array converts in one call."""
    tolist = getattr(rows, "tolist", None)
    return tolist() if tolist is not None else list(rows)


def save_for(path: Path, header: tuple, texts: Sequence[str]) -> GramIndex:
    """Write the postings for ``texts``, extending the file's if it covers a prefix of
    them unchanged (an ingest adds rows at the end), else building them anew."""
    previous = GramIndex.load(path)
    index: GramIndex | None = None
    if previous is not None:
        old, digest = previous
        if old.rows <= len(texts) and fingerprint(texts[:old.rows]) == digest:
            index = old.extended(texts[old.rows:]) if old.rows < len(texts) else old
    if index is None:
        index = GramIndex.build(texts)
    index.save(path, header, fingerprint(texts))
    loaded = GramIndex.load(path, header)  # mapped: the lists built here need not stay in memory
    return loaded[0] if loaded is not None else index
