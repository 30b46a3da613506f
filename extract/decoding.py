"""Turn a file's bytes into text, naming the encoding used, or say why they are not text.

Order of evidence: a byte-order mark; UTF-16 without a mark (every other byte NUL);
a charset the page declares (HTML only); strict UTF-8; Shift-JIS when it decodes and
yields kana (Japanese prose always has kana, Latin text misread as Shift-JIS never
does); then Windows-1252, the usual encoding of older Western pages and Office exports.
Statistical detectors (charset-normalizer) were tried and rejected: on short English
text with a few accents they answer cp1250 or cp775, and on English with Japanese
quotes they answer cp1252 — both worse than this order.
"""
from __future__ import annotations

import codecs
import re

SNIFF_BYTES = 8192

# Signatures of common non-text formats found in download folders.
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
# Browsers read these declarations differently from their names (WHATWG Encoding
# standard): a page saying Latin-1 is really Windows-1252, and a page whose bytes we
# can scan for "<meta" is not UTF-16 whatever it says.
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8",
                   "utf-16-le": "utf-8", "utf-16-be": "utf-8"}
_KANA = re.compile("[\u3041-\u309f\u30a0-\u30ff]")
# Characters that text files do not contain in quantity: C0 controls except tab,
# newline, carriage return, form feed and ESC (terminal logs are full of colour
# codes, which clean_text removes whole); DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
MAX_CONTROL_SHARE = 0.05


class NotText(ValueError):
    """The bytes are not text we can read; str() is the reason, for the user."""


def decode_bytes(raw: bytes, declared: bool = False) -> tuple[str, str]:
    """(text, encoding). ``declared``: honour a charset the content declares (HTML, XML)."""
    head = raw[:SNIFF_BYTES]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return _strict(raw, encoding), encoding
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise NotText(f"binary file ({what}), not text")
    utf16 = _utf16_without_bom(head)
    if utf16:
        return _strict(raw, utf16), utf16
    if b"\x00" in head:
        raise NotText("binary file (contains NUL bytes), not text")
    candidates = [declared_charset(head)] if declared else []
    candidates.append("utf-8")
    for encoding in filter(None, candidates):
        try:
            return _checked(raw.decode(encoding), encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        text = raw.decode("shift_jis")
        if _KANA.search(text):
            return _checked(text, "shift_jis"), "shift_jis"
    except UnicodeDecodeError:
        pass
    try:
        return _checked(raw.decode("cp1252"), "cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise NotText("not text (binary, or an encoding other than UTF-8, UTF-16, Windows-1252 or Shift-JIS)") from None


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names, if Python knows it."""
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    return _WHATWG_ALIASES.get(name, name)


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NULs sit in every other byte, as in mostly-ASCII UTF-16."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even_nul = head[0::2].count(0) / pairs
    odd_nul = head[1::2].count(0) / pairs
    if odd_nul > 0.3 and even_nul < 0.02:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.02:
        return "utf-16-be"
    return None


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return _checked(raw.decode(encoding), encoding)
    except UnicodeDecodeError:
        raise NotText(f"not valid {encoding} text") from None


def _checked(text: str, encoding: str) -> str:
    sample = text[:SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise NotText("binary file (mostly control characters), not text")
    return text
