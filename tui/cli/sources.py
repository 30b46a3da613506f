"""Read the files a command names, reporting each bad one in a line and going on."""
from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from extract.records import Document


def read_documents(paths: Iterable[str]) -> tuple[list[Document], list[str]]:
    from extract.documents import DocumentError, iter_paths, read_document

    docs, errors = [], []
    for path in iter_paths(paths):
        try:
            docs.append(read_document(path))
        except DocumentError as e:
            errors.append(str(e))
            print(f"commitments: skipped {e}", file=sys.stderr)
    if not docs and not errors:
        errors.append("no documents found")
        print("commitments: no documents found in " + ", ".join(map(str, paths)), file=sys.stderr)
    return docs, errors


def bundled_seeds() -> Path | None:
    """The sample corpus shipped beside the packages."""
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    return seeds if seeds.is_dir() else None
