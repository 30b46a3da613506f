"""Read a file into a Document: decode it, make it safe, find its title and date."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.dateline import find_published, find_title
from extract.records import Document, content_hash
from extract.text import clean_text

SUFFIXES = {".txt", ".md", ".text", ".markdown"}
MAX_BYTES = 20 * 1024 * 1024


class DocumentError(Exception):
    """A file we cannot read as a document; str() is one line naming the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    if b"\x00" in raw[:4096]:
        raise DocumentError(path, "binary file, not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "shift_jis"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise DocumentError(path, "unknown text encoding")


def read_document(path: Path | str) -> Document:
    path = Path(path)
    try:
        if path.is_dir():
            raise DocumentError(path, "is a folder")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(path, f"too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except PermissionError:
        raise DocumentError(path, "permission denied") from None
    except OSError as e:
        raise DocumentError(path, e.strerror or "cannot read") from None
    text, encoding = decode(raw, path)
    text = clean_text(text)
    if not text.strip():
        raise DocumentError(path, "empty file")
    published = find_published(text)
    return Document(
        doc=path.name,
        sha256=content_hash(text),
        text=text,
        path=str(path.resolve()),
        title=find_title(text),
        published=published.isoformat() if published else None,
        encoding=encoding,
    )


def iter_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files named, and the readable files inside folders named (sorted, no symlink loops)."""
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in SUFFIXES:
                        yield f
        else:
            yield p
