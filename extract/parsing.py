"""Parse texts of any length: a long text in pieces, joined back into one Doc.

A news article is one piece. A longer text (a report, a spreadsheet export) is cut by
``split_for_parsing`` at blank lines or line breaks into pieces of at most ``PIECE_CHARS``;
the pieces go through ``nlp.pipe`` one a batch (so memory stays that of one piece, and
``workers`` processes share them), and ``Doc.from_docs`` joins them again: the joined
Doc's text is the text, so every character offset the rules take from it is exact.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from commitments.extract.documents import split_for_parsing

# Far above a news article (some 8,000 words), so that articles are parsed whole and
# their results do not depend on where a cut falls.
PIECE_CHARS = 50_000


def parse_texts(texts: Iterable[str], batch_size: int = 16, workers: int = 1,
                piece_chars: int = PIECE_CHARS) -> Iterator:
    """One parsed ``Doc`` per text, in order, with our pipeline (``load_nlp``)."""
    from commitments.extract.pipeline import load_nlp

    from commitments.extract.console_markup import mask_markup

    nlp = load_nlp()
    for pieces, whole in _runs((mask_markup(t) for t in texts), piece_chars):
        if whole:
            yield from nlp.pipe(whole, batch_size=batch_size, n_process=workers)
        else:
            # One piece a batch: spaCy's parser holds features for every token of a batch,
            # so a 330,000-character table in one batch took 1.5 GB (one piece: 0.4 GB).
            yield join_docs(list(nlp.pipe(pieces, batch_size=1, n_process=workers)))


def _runs(texts: Iterable[str], piece_chars: int) -> Iterator[tuple[list[str], list[str]]]:
    """``([], texts)`` for each run of texts of one piece, ``(pieces, [])`` for a longer text."""
    whole: list[str] = []
    for text in texts:
        pieces = split_for_parsing(text, piece_chars)
        if len(pieces) == 1:
            whole.append(text)
            continue
        if whole:
            yield [], whole
            whole = []
        yield pieces, []
    if whole:
        yield [], whole


def join_docs(docs: list):
    """Docs of consecutive pieces of one text as one Doc over the whole text.

    The document-level ``aliases`` (acronym → name) are merged, a later piece's winning as
    a later mention does in one Doc; the tensor is left out (nothing reads it after parsing).
    """
    from spacy.tokens import Doc

    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data", "tensor"])
    joined._.aliases = {k: v for d in docs for k, v in (d._.aliases or {}).items()}
    return joined
