"""Make untrusted text safe to store, show and copy.

Rich and Textual pass ESC and other control characters straight to the terminal, where
they can clear the screen, reset it, set the window title, write the clipboard (OSC 52)
or fake a hyperlink. So whole escape sequences are removed first (leaving no "[31m"
debris), then every remaining control character except newline and tab, C1 controls,
and the bidirectional controls that make a line read differently from what it holds.
Markup ("[bold]", "[@click=...]") is ordinary text here: it is made harmless where it
is shown, by never parsing document text as markup.
"""
from __future__ import annotations

import re

# ESC, then: CSI parameters and final byte; OSC/DCS/APC/PM/SOS up to their terminator
# (BEL or ST) or the end of the line; or a short escape (ESC c, ESC ( B). Of the 8-bit
# forms only CSI is taken whole: a stray C1 character in decoded text is more often
# mojibake than a sequence, and the text after it is kept.
_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    "|\x1b[\\]P_^X][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\\\|\x9c)?"
    "|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 (less \t and \n), DEL, C1
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\ufeff"  # a BOM left inside the text
    "\ud800-\udfff]"  # lone surrogates (undecodable bytes in file names): unencodable
)
# Line and page breaks other than "\n" become "\n", keeping offsets one to one.
_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


def clean_text(text: str) -> str:
    """Normalise line breaks, then drop escape sequences and characters a terminal would act on."""
    text = text.replace("\r\n", "\n").translate(_BREAKS)
    return _UNSAFE.sub("", _SEQUENCE.sub("", text))


def one_line(text: str) -> str:
    """Collapse whitespace so a passage fits in a list row or a citation."""
    return " ".join(clean_text(text).split())


def printable(name: str) -> str:
    """A file name or path shown in one line with nothing hidden: control characters,
    bidi controls and undecodable bytes become visible escapes (\\x1b, \\u202e, \\xff)."""
    return _UNSAFE_IN_NAMES.sub(_escape, name)


_UNSAFE_IN_NAMES = re.compile(f"[\t\n{_UNSAFE.pattern[1:-1]}]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
