"""Read the files a command names, reporting each bad one in a line and going on.

Every file that is not read gets one line on stderr naming it and saying why:
"commitments: skipped <file>: <reason>" for a file that failed (it counts towards the
exit status) and "commitments: ignored <file>: <reason>" for a file found in a folder
that is not ours to read (an image beside the articles), which does not.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from commitments.records import Document

if TYPE_CHECKING:
    from commitments.extract.documents import KnownMetadata


def read_documents(paths: Iterable[str], known: KnownMetadata | None = None) -> tuple[list[Document], list[str]]:
    """(documents read, one line per failure); ``known`` as for ``read_document``."""
    from commitments.extract.documents import (
        DocumentError,
        Skipped,
        iter_sources,
        read_document,
    )
    from commitments.extract.text import printable

    paths = list(paths)
    docs, errors = [], []
    for source in iter_sources(paths):
        if isinstance(source, Skipped):
            if source.failed:
                errors.append(str(source))
            _say(f"{'skipped' if source.failed else 'ignored'} {source}")
            continue
        try:
            docs.append(read_document(source, known))
        except DocumentError as e:
            errors.append(str(e))
            _say(f"skipped {e}")
        except (MemoryError, RecursionError) as e:  # a pathological file must not end the run
            errors.append(f"{printable(str(source))}: too complex to read ({type(e).__name__})")
            _say(f"skipped {errors[-1]}")
        except Exception as e:  # a bug meets a file: name both, read the rest (fuzzed, never seen)
            errors.append(f"{printable(str(source))}: could not be read (internal error, please report: "
                          f"{type(e).__name__}: {printable(str(e))[:200]})")
            _say(f"skipped {errors[-1]}")
    if not docs and not errors:
        errors.append("no documents found")
        _say("no documents found in " + ", ".join(printable(str(p)) for p in paths))
    return docs, errors


def _say(line: str) -> None:
    print(f"commitments: {line}", file=sys.stderr, flush=True)


def bundled_seeds() -> Path | None:
    """The sample corpus, shipped as package data (``commitments/seeds``)."""
    seeds = Path(str(resources.files("commitments") / "seeds"))
    return seeds if seeds.is_dir() else None
