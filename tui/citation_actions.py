"""What `c` and `C` do in the browser: cite the selected commitment and copy it.

The citation goes out twice: by OSC 52 at once (the terminal puts it on the clipboard if
it allows that; we cannot know) and through the system clipboard in a thread worker,
checked by reading it back and bounded by a timeout, so the UI never waits on a helper.
The notification says which worked and shows the start of the citation, never as
markup; `C` shows it whole.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from commitments.records import Commitment, Document
from commitments.tui.citation import CitationFormat, format_citation
from commitments.tui.clipboard import CopyResult, system_copy

if TYPE_CHECKING:
    from textual.app import App

NOTIFY_S = 12  # long enough to read a citation, or to select it with the mouse
OSC52 = "sent by OSC 52 (works if your terminal allows it)"


def selected_with_document(app: App) -> tuple[Commitment | None, Document | None]:
    c = getattr(app, "selected", None)
    if c is None:
        return None, None
    store = getattr(app, "store", None)
    doc = store.documents.get(c.doc_hash) if store is not None else None
    return c, doc


def copy_citation(app: App, fmt: CitationFormat = CitationFormat.PLAIN) -> None:
    c, doc = selected_with_document(app)
    if c is None:
        app.notify("Select a commitment first.", severity="warning")
        return
    copy_text(app, format_citation(c, fmt, doc))


def choose_citation(app: App) -> None:
    """Open the format chooser; the chosen format is copied like `c` copies plain text."""
    from commitments.tui.screens.citation_chooser import CitationChooser

    c, doc = selected_with_document(app)
    if c is None:
        app.notify("Select a commitment first.", severity="warning")
        return

    def chosen(fmt: CitationFormat | None) -> None:
        if fmt is not None:
            copy_text(app, format_citation(c, fmt, doc))

    app.push_screen(CitationChooser(c, doc), chosen)


def copy_text(app: App, text: str) -> None:
    app.copy_to_clipboard(text)

    def work() -> None:
        result = system_copy(text)
        try:
            app.call_from_thread(notify_copied, app, text, result)
        except RuntimeError:  # the app closed while the helper ran
            pass

    app.run_worker(work, name="copy citation", group="clipboard", thread=True, exit_on_error=False)


def notify_copied(app: App, text: str, result: CopyResult) -> None:
    if result.ok:
        title, severity = f"Copied with {result.tool}; also {OSC52}", "information"
    else:
        title, severity = f"Clipboard: {result.problem}. Citation {OSC52}; C shows it whole, to copy by hand:", "warning"
    # A short one (the app shows one notification at a time): a whole citation would cover
    # the Source pane the user is quoting from. When no copy was verified, the chooser
    # (C) shows the whole citation for as long as the user needs to select it.
    app.notify(short_citation(text), title=title, severity=severity, timeout=NOTIFY_S, markup=False)


SHORT = 160  # characters of a citation a notification shows


def short_citation(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[:SHORT - 1].rstrip() + "…"
