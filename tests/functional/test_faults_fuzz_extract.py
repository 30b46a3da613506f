"""extract_documents on arbitrary text, with the real spaCy model: it never raises, and
every offset it returns points at the text it claims to."""
from __future__ import annotations

from commitments.extract.text import clean_text
from commitments.records import Document, content_hash
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Pieces of news prose, so that commitments are actually found and their offsets checked,
# mixed with arbitrary Unicode (markup, escapes, emoji, combining marks, RTL text).
NEWSY = st.sampled_from([
    "Acme Corp will invest $5 million in Kenya by 2030.", "The government plans to spend €3bn",
    " over the next five years", "Globex said it would fund 2 trillion yen ($13 billion) for schools. ",
    "\n\n", "\n", " ", "[bold]", "[/]", "[@click=app.quit]", "\x1b[31m", "\u202e", "by 2027", "US$1.5-2 billion",
    "It will not invest.", "The company, which", "Microsoft's $2.9B boost for Japan\n", "¥", "5", ",", ".",
])
TEXT = st.lists(st.one_of(NEWSY, st.text(max_size=40)), max_size=25).map("".join)


def _check_span(text: str, start: int, end: int, surface: str) -> None:
    assert 0 <= start <= end <= len(text)
    assert text[start:end] == surface


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extract_never_raises_and_every_offset_is_valid(raw):
    from commitments.extract.commitments import extract_documents

    text = clean_text(raw)  # what read_document stores, and so what extraction ever sees
    doc = Document(doc="fuzz.txt", sha256=content_hash(text), text=text)
    ((out_doc, records),) = list(extract_documents([doc]))
    assert out_doc is doc
    for r in records:
        _check_span(text, r.passage.start, r.passage.end, r.passage.text)
        for m in r.mentions:
            _check_span(text, m.start, m.end, m.text)
            assert r.passage.start <= m.start and m.end <= r.passage.end
        if r.money:
            _check_span(text, r.money.start, r.money.end, r.money.text)
        if r.timeframe:
            _check_span(text, r.timeframe.start, r.timeframe.end, r.timeframe.text)
