"""Read every file a list of paths names into Documents, going on past the bad ones.

Each file that is not read gets one line, told to ``say`` (the command line prints it on
stderr, the browser has no use for it): "skipped <file>: <reason>" for a file that
failed, which is also returned among the errors, and "ignored <file>: <reason>" for a
file found in a folder that is not ours to read (an image beside the articles), which
is not an error.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from commitments.extract.documents import (
    DocumentError,
    KnownMetadata,
    Skipped,
    iter_sources,
    read_document,
)
from commitments.extract.text import printable
from commitments.records import Document

Say = Callable[[str], None]


def read_documents(paths: Iterable[str], known: KnownMetadata | None = None,
                   say: Say | None = None) -> tuple[list[Document], list[str]]:
    """(documents read, one line per failure); ``known`` as for ``read_document``."""
    say = say or _silent
    paths = list(paths)
    docs, errors = [], []
    for source in iter_sources(paths):
        if isinstance(source, Skipped):
            if source.failed:
                errors.append(str(source))
            say(f"{'skipped' if source.failed else 'ignored'} {source}")
            continue
        try:
            docs.append(read_document(source, known))
        except DocumentError as e:
            errors.append(str(e))
            say(f"skipped {e}")
        except (MemoryError, RecursionError) as e:  # a pathological file must not end the run
            errors.append(f"{printable(str(source))}: too complex to read ({type(e).__name__})")
            say(f"skipped {errors[-1]}")
        except Exception as e:  # a bug meets a file: name both, read the rest (fuzzed, never seen)
            errors.append(f"{printable(str(source))}: could not be read (internal error, please report: "
                          f"{type(e).__name__}: {printable(str(e))[:200]})")
            say(f"skipped {errors[-1]}")
    if not docs and not errors:
        errors.append("no documents found")
        say("no documents found in " + ", ".join(printable(str(p)) for p in paths))
    return docs, errors


def _silent(line: str) -> None:
    pass
