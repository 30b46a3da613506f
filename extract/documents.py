"""Read a file into a Document: decode it, make it safe, find its title and date.

Limits, so that whatever sits in a download folder gets a quick, clear answer:
a file over ``MAX_BYTES`` (10 MiB) is refused before it is read, and a text over
``MAX_CHARS`` (1,000,000 characters, spaCy's own ``max_length``, some 150 pages) is
refused after decoding; news articles are a hundred times smaller.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from commitments.extract.dateline import find_published, find_title
from commitments.extract.publisher import find_publisher
from commitments.extract.source_url import citable_url, find_url
from commitments.extract.text import clean_text, one_line, printable
from commitments.records import Document, Metadata, content_hash

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
MAX_BYTES = 10 * 1024 * 1024
MAX_CHARS = 1_000_000


class DocumentError(Exception):
    """A file we cannot read as a document; str() is one line naming the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{printable(str(path))}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(slots=True)
class Skipped:
    """A path met while walking folders that is not read; ``failed`` if the user should worry."""

    path: Path
    reason: str
    failed: bool

    def __str__(self) -> str:
        return f"{printable(str(self.path))}: {self.reason}"


# The metadata already found for a text, by its content hash, or None.
KnownMetadata = Callable[[str], "Metadata | None"]


def read_document(path: Path | str, known: KnownMetadata | None = None) -> Document:
    """The document in ``path``. ``known`` gives the metadata already found for a text, by
    its content hash, or None: a document read before is not searched for it again (an
    unchanged folder is re-ingested in a fraction of the time)."""
    path = Path(path)
    raw = _read_bytes(path)
    if not raw.strip():
        raise DocumentError(path, "empty file")
    text, encoding, page = _decode(path, raw)
    text = clean_text(text)
    if not text.strip():
        raise DocumentError(path, "no text (only control characters or white space)")
    if len(text) > MAX_CHARS:
        raise DocumentError(path, f"too long to extract ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    sha256 = content_hash(text)
    meta = known(sha256) if known is not None else None
    if meta is None:
        meta = text_metadata(text, page)
    return Document(
        doc=printable(path.name),
        sha256=sha256,
        text=text,
        path=printable(str(path.resolve())),
        title=one_line(meta.title or "") or None,
        published=meta.published,
        encoding=encoding,
        publisher=one_line(meta.publisher or "") or None,
        url=citable_url(one_line(meta.url or "")),
    )


def text_metadata(text: str, page: Metadata | None = None) -> Metadata:
    """A web page's own metadata (``page``), each field it lacks found in the text: the
    headline, the dateline's or byline's date, the outlet, a labelled address."""
    page = page or Metadata()
    published = page.published
    if published is None:
        date = find_published(text)
        published = date.isoformat() if date else None
    publisher = page.publisher or find_publisher(text)
    title = without_site_name(page.title or find_title(text), publisher)
    return Metadata(title=title, published=published, publisher=publisher, url=page.url or find_url(text))


def without_site_name(title: str | None, publisher: str | None) -> str | None:
    """"Acme builds a plant | Reuters" → "Acme builds a plant" when Reuters is the publisher:
    a saved page's title often carries the site's name after the headline."""
    if not title or not publisher:
        return title
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and tail.strip().casefold() == publisher.strip().casefold():
            return head.strip()
    return title


def is_html(path: Path, raw: bytes) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    if path.suffix.lower() in TEXT_SUFFIXES:
        return False
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml"))


def _decode(path: Path, raw: bytes) -> tuple[str, str, Metadata | None]:
    """(text, encoding, the web page's metadata or None for a text file)."""
    from commitments.extract.decoding import NotText, decode_bytes

    html = is_html(path, raw)
    try:
        text, encoding = decode_bytes(raw, declared=html)
    except NotText as e:
        raise DocumentError(path, str(e)) from None
    if not html:
        return text, encoding, None
    from commitments.extract.webpage import NoArticle, read_webpage

    try:
        page = read_webpage(text)
    except NoArticle as e:
        raise DocumentError(path, str(e)) from None
    return page.text, encoding, Metadata(page.title, page.published, page.site, page.url)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a file we should read or is too large."""
    try:
        _check_kind(path, path.stat())  # before opening: opening a device can act on it
        # Opening a FIFO that nobody writes to would wait forever; opened non-blocking it
        # returns at once and the read sees end of file. Blocking is restored for the read,
        # so a pipe being written to (`<(curl ...)`) is read to its end.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with open(fd, "rb") as fh:
            os.set_blocking(fd, True)
            st = os.fstat(fd)
            _check_kind(path, st)  # the path may have been swapped in between
            if st.st_size > MAX_BYTES:
                raise DocumentError(path, f"too large ({_megabytes(st.st_size)}; the limit is {_megabytes(MAX_BYTES)})")
            raw = fh.read(MAX_BYTES + 1)  # a pipe has no size to check beforehand
    except IsADirectoryError:
        raise DocumentError(path, "is a folder") from None
    except FileNotFoundError:
        reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        raise DocumentError(path, reason) from None
    except PermissionError:
        raise DocumentError(path, "permission denied") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise DocumentError(path, "symbolic link loop") from None
        raise DocumentError(path, f"cannot read ({e.strerror or e})") from None
    if len(raw) > MAX_BYTES:
        raise DocumentError(path, f"too large (over {_megabytes(MAX_BYTES)})")
    return raw


def _check_kind(path: Path, st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(path, "is a folder")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise DocumentError(path, f"not a regular file ({_file_kind(st.st_mode)})")


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket"), (stat.S_ISFIFO, "named pipe")):
        if test(mode):
            return kind
    return "special file"


def iter_sources(paths: Iterable[Path | str]) -> Iterator[Path | Skipped]:
    """Files named (whatever their suffix), and the text and HTML files inside folders
    named, sorted; everything else met in a folder comes back as ``Skipped``.

    Hidden files and folders (``.git``, ``.DS_Store``) are passed over silently.
    Symbolic links to folders are followed once: a link back to a folder already
    walked is reported, not walked again.
    """
    for p in map(Path, paths):
        if not _is_dir(p):
            yield p  # reading it gives the precise reason when it is not a file either
            continue
        seen = {_identity(p)}
        unreadable: list[OSError] = []
        for root, dirs, files in os.walk(p, followlinks=True, onerror=unreadable.append):
            yield from _folder_errors(unreadable)
            here = Path(root)
            for name in sorted(dirs):
                sub = here / name
                ident = _identity(sub)
                if name.startswith(".") or ident is None or ident in seen:
                    dirs.remove(name)
                    if not name.startswith("."):
                        yield Skipped(sub, "symbolic link to a folder already read (a loop or a duplicate)", failed=False)
                    continue
                seen.add(ident)
            dirs.sort()
            for name in sorted(files):
                if not name.startswith("."):
                    yield from _folder_entry(here / name)
        yield from _folder_errors(unreadable)


def _folder_errors(errors: list[OSError]) -> Iterator[Skipped]:
    while errors:
        e = errors.pop(0)
        reason = "permission denied" if isinstance(e, PermissionError) else (e.strerror or str(e))
        yield Skipped(Path(e.filename), f"cannot open folder ({reason})", failed=True)


def _is_dir(p: Path) -> bool:
    try:
        return stat.S_ISDIR(p.stat().st_mode)
    except OSError:
        return False


def iter_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """The files ``iter_sources`` would read, without the ones it skips."""
    return (s for s in iter_sources(paths) if isinstance(s, Path))


def _folder_entry(f: Path) -> Iterator[Path | Skipped]:
    try:
        st = f.stat()
    except OSError:  # a broken or looping link: reading it gives the precise reason
        yield f
        return
    if not stat.S_ISREG(st.st_mode):
        yield Skipped(f, f"not a regular file ({_file_kind(st.st_mode)})", failed=False)
    elif f.suffix.lower() not in SUFFIXES:
        yield Skipped(f, "not a text, Markdown or HTML file", failed=False)
    else:
        yield f


def _identity(p: Path) -> tuple[int, int] | None:
    try:
        st = p.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def split_for_parsing(text: str, limit: int = 100_000) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters whose concatenation is
    exactly ``text``, cutting after a blank line where possible, else after a line
    break, a sentence end, a space, and only as a last resort mid-word.

    spaCy refuses texts over ``nlp.max_length`` and its parser needs memory in
    proportion to the text. Parse the pieces with ``nlp.pipe`` and join them with
    ``spacy.tokens.Doc.from_docs(docs, ensure_whitespace=False)``: the joined Doc's
    text is ``text`` again, so every character offset stays valid.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        # A break in the second half of the window keeps pieces large; failing that, any space.
        for sep, earliest in (("\n\n", limit // 2), ("\n", limit // 2), (". ", limit // 2), (" ", 1)):
            i = window.rfind(sep, earliest)
            if i >= earliest:
                cut = min(i + len(sep), limit)
                break
        pieces.append(text[start:start + cut])
        start += cut
    if start < len(text) or not pieces:
        pieces.append(text[start:])
    return pieces
