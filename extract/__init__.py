"""Turn documents into commitment records.

Importing this package is cheap: spaCy is imported only inside the functions that parse,
so the browser (which imports ``commitments.records``) never pays for it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from commitments.extract.money import find_amounts as find_amounts

__all__ = ["find_amounts", "extract_documents", "read_document"]


def __getattr__(name: str) -> Any:
    if name == "find_amounts":
        from commitments.extract.money import find_amounts

        return find_amounts
    if name == "extract_documents":
        from commitments.extract.commitments import extract_documents

        return extract_documents
    if name == "read_document":
        from commitments.extract.documents import read_document

        return read_document
    raise AttributeError(name)
