"""read_document on arbitrary bytes, as text and as a web page: it returns a clean
Document or raises DocumentError (one line naming the file), never anything else."""
from __future__ import annotations

import re

from commitments.extract.documents import DocumentError, read_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
MARKUP = st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<article>", "<title>", "</title>", "<script>",
                          "<!--", "-->", "<meta charset='shift_jis'>", "<?xml version='1.0' encoding='utf-16'?>",
                          "&amp;", "&#27;", "&#x9b;", "\x1b]52;c;eA==\x07", "Acme will invest $5 million."])
TEXTS = st.lists(st.one_of(MARKUP, st.text(max_size=30)), max_size=30).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "shift_jis", "latin-1"])
RAW = st.one_of(st.binary(max_size=600), st.tuples(TEXTS, ENCODINGS).map(lambda t: t[0].encode(t[1], "ignore")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=RAW, suffix=st.sampled_from([".txt", ".md", ".html", ""]))
def test_any_bytes_give_a_clean_document_or_one_clear_error(tmp_path, raw, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(raw)
    try:
        doc = read_document(path)
    except DocumentError as e:
        message = str(e)
        assert message.startswith(f"{path}: ") and "\n" not in message
        return
    assert doc.text.strip()
    assert not ACTIVE.search(doc.text)
    for field in (doc.title, doc.publisher):
        assert field is None or ("\n" not in field and not ACTIVE.search(field))
