"""decode_bytes: which encoding a file's bytes are in, or why they are not text."""
from __future__ import annotations

import codecs

import pytest
from commitments.extract.decoding import NotText, declared_charset, decode_bytes

ENGLISH = "Acme Corp will invest $5 million in Kenya by 2030, its chief executive said.\n"
WESTERN = "Café owners pledged €5 million — the “biggest” deal since 2019, said Renée and Anaïs.\n"
JAPANESE = "トヨタ自動車は2030年までに電池に5兆円を投資すると発表した。\n"
MIXED_JAPANESE = "Toyota (トヨタ自動車) will invest 5 trillion yen by 2030, the company said.\n"


@pytest.mark.parametrize(("raw", "text", "encoding"), [
    (ENGLISH.encode("utf-8"), ENGLISH, "utf-8"),
    (codecs.BOM_UTF8 + WESTERN.encode("utf-8"), WESTERN, "utf-8-sig"),
    (WESTERN.encode("utf-16"), WESTERN, "utf-16"),  # with its BOM
    (WESTERN.encode("utf-16-le"), WESTERN, "utf-16-le"),
    (WESTERN.encode("utf-16-be"), WESTERN, "utf-16-be"),
    (WESTERN.encode("cp1252"), WESTERN, "cp1252"),
    ("naïve résumé".encode("cp1252"), "naïve résumé", "cp1252"),  # short: statistical detectors fail here
    (JAPANESE.encode("shift_jis"), JAPANESE, "shift_jis"),
    (MIXED_JAPANESE.encode("shift_jis"), MIXED_JAPANESE, "shift_jis"),
    (JAPANESE.encode("utf-8"), JAPANESE, "utf-8"),
])
def test_encodings_are_detected_and_named(raw, text, encoding):
    assert decode_bytes(raw) == (text, encoding)


def test_a_declared_charset_is_honoured_for_html():
    page = '<html><head><meta charset="windows-1252"><title>Café</title></head></html>'
    assert decode_bytes(page.encode("cp1252"), declared=True) == (page, "cp1252")
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>トヨタ</html>'
    assert decode_bytes(page.encode("shift_jis"), declared=True) == (page, "shift_jis")


def test_a_wrong_declaration_falls_back_to_what_decodes():
    page = '<html><head><meta charset="shift_jis"></head><p>Café — “quoted”</p></html>'
    assert decode_bytes(page.encode("utf-8"), declared=True) == (page, "utf-8")


def test_latin1_declarations_mean_windows_1252():
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"
    assert declared_charset(b'<meta charset="utf-16">') == "utf-8"
    assert declared_charset(b'<meta charset="no-such-charset">') is None


@pytest.mark.parametrize(("raw", "reason"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
    (b"\x7fELF\x02\x01\x01", "executable"),
    (bytes(range(256)) * 4, "not text"),
    (b"text\x00with\x00nuls\x00here" * 10, "NUL bytes"),
    (bytes(range(1, 32)) * 40, "control characters"),
])
def test_binary_is_named_not_decoded(raw, reason):
    with pytest.raises(NotText, match=reason):
        decode_bytes(raw)
