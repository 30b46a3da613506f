"""Console markup in a text ("[bold red]Vantor Group[/] will invest ..."), masked before parsing.

Texts copied from terminals, chat exports or logs carry Rich/BBCode-style style tags. The
parser reads "[bold red]Vantor" as one odd token and loses the name, so each tag is replaced
by spaces of the same length: every character offset stays that of the text, and the
record's passage still quotes the text as written. Only tags made of style words, a colour,
a link or an action are masked; "[1]", "[sic]" or "[Reuters]" are words of the text.
"""
from __future__ import annotations

import re

_STYLE_WORDS = frozenset("""
bold dim italic underline strike blink reverse conceal frame encircle overline b i u s d r not on
black red green yellow blue magenta cyan white bright_black bright_red bright_green bright_yellow
bright_blue bright_magenta bright_cyan bright_white default
""".split())
_TAG = re.compile(r"\[(/?)([^\[\]\n]{0,60})\]")


def _is_style(body: str) -> bool:
    body = body.strip()
    if body.startswith(("link=", "@", "#", "color(", "rgb(")):
        return True
    words = body.replace(",", " ").split()
    return bool(words) and all(w.casefold() in _STYLE_WORDS or re.fullmatch(r"#[0-9a-fA-F]{6}", w) for w in words)


def mask_markup(text: str) -> str:
    """The text with console style tags blanked out, offsets unchanged."""
    if "[" not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        closer, body = m.group(1), m.group(2)
        if (closer and (not body or body.isalpha() or _is_style(body))) or (not closer and _is_style(body)):
            return " " * len(m.group())
        return m.group()

    return _TAG.sub(blank, text)
