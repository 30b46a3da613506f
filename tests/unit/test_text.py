"""clean_text, one_line and printable: what reaches the terminal from untrusted text."""
from __future__ import annotations

import re

import pytest
from commitments.extract.text import clean_text, one_line, printable
from hypothesis import given, settings
from hypothesis import strategies as st

# Anything a terminal acts on: C0 except tab/newline, DEL, C1, bidi controls, BOM.
TERMINAL_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@pytest.mark.parametrize(("hostile", "shown"), [
    ("\x1b[31mred\x1b[0m", "red"),  # colour
    ("a\x1b[2J\x1b[Hb", "ab"),  # clear screen, cursor home
    ("a\x1bcb", "ab"),  # ESC c: full reset
    ("a\x1b]52;c;ZWNobyBwd25lZA==\x07b", "ab"),  # OSC 52 clipboard write, BEL-terminated
    ("a\x1b]0;owned\x1b\\b", "ab"),  # window title, ST-terminated
    ("a\x1b]8;;file:///etc/passwd\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # OSC 8 hyperlink
    ("a\x9b31mb", "ab"),  # 8-bit CSI
    ("a\x9d0;t\x9cb\x80c", "a0;tbc"),  # lone C1 characters go, the text after them stays
    ("a\x85b", "a\nb"),  # NEL is a line break
    ("pay \u202eusd 001\u202c now", "pay usd 001 now"),  # right-to-left override
    ("x\u2066y\u2069z\u200f", "xyz"),  # isolates and marks
    ("a\x00b\x07c\x7fd", "abcd"),
    ("one\r\ntwo\rthree\x0cfour\u2028five", "one\ntwo\nthree\nfour\nfive"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
    ("[bold]x[/] [link=file:///etc/passwd]y[/link] [@click=app.quit]z[/]", "[bold]x[/] [link=file:///etc/passwd]y[/link] [@click=app.quit]z[/]"),
])
def test_clean_text_removes_what_a_terminal_would_act_on(hostile, shown):
    assert clean_text(hostile) == shown


@settings(max_examples=300)
@given(st.text())
def test_clean_text_leaves_nothing_terminal_active(text):
    cleaned = clean_text(text)
    assert not TERMINAL_ACTIVE.search(cleaned)
    assert "\r" not in cleaned
    assert clean_text(cleaned) == cleaned  # idempotent: cleaning stored text changes no offset


@given(st.text())
def test_one_line_is_one_clean_line(text):
    line = one_line(text)
    assert "\n" not in line and "\t" not in line
    assert not TERMINAL_ACTIVE.search(line)
    assert line == line.strip()


def test_printable_shows_hostile_file_names_as_visible_escapes():
    assert printable("report\x1b[2J.txt") == "report\\x1b[2J.txt"
    assert printable("two\nlines.txt") == "two\\x0alines.txt"
    assert printable("evil\u202etxt.exe") == "evil\\u202etxt.exe"
    assert printable("caf\udce9.txt") == "caf\\xe9.txt"  # an undecodable byte, as os.fsdecode gives it
    assert printable("Café – résumé.md") == "Café – résumé.md"


@given(st.text())
def test_printable_is_one_encodable_line(name):
    shown = printable(name)
    shown.encode("utf-8")  # no lone surrogates left to crash a print
    assert "\n" not in shown
    assert not TERMINAL_ACTIVE.search(shown)
