"""Copy text to the system clipboard, and say honestly whether it worked.

pyperclip returns normally even when DISPLAY names a dead X server, so a copy counts
only when reading the clipboard back gives the same text. The helpers it runs can hang,
so callers run this off the event loop with a timeout.
"""
from __future__ import annotations

import concurrent.futures

from extract.text import clean_text

TIMEOUT_S = 2.0


def system_copy(text: str) -> str | None:
    """Copy with pyperclip; the mechanism's name when verified, else None."""
    try:
        import pyperclip

        pyperclip.copy(text)
        if pyperclip.paste() != text:
            return None
        return getattr(pyperclip.copy, "__name__", "system clipboard").replace("copy_", "") or "system clipboard"
    except Exception:  # pyperclip raises its own and OS errors alike
        return None


def system_copy_with_timeout(text: str, timeout: float = TIMEOUT_S) -> str | None:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(system_copy, clean_text(text)).result(timeout=timeout)
    except concurrent.futures.TimeoutError:
        return None
    finally:
        pool.shutdown(wait=False)
