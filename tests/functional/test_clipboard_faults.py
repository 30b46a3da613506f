"""Issue 7, the browser side: clipboard faults, a tiny terminal and NO_COLOR.

Each fault is set up for real: PATH without any clipboard tool, no DISPLAY, a DISPLAY
naming an X server that does not exist, and an `xclip` (an external tool, so a stub
script is fair) that hangs. In every case OSC 52 is still sent, the notification says
what failed and shows the citation, short (`C` shows it whole), and the browser keeps
answering keys.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.citation import format_citation
from commitments.tui.citation_actions import short_citation
from commitments.tui.clipboard import TIMEOUT_S
from commitments.tui.widgets.commitment_list import CommitmentList


def free_display() -> str:
    """A display number no X server answers on."""
    for n in range(93, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return f":{n}"
    pytest.skip("no free X display number")


def selected_citation(app) -> str:
    c = app.query_one(CommitmentList).selected
    return format_citation(c, document=app.store.documents.get(c.doc_hash))


async def copy_and_read_notification(app, pilot):
    app.clear_notifications()
    app.copy_to_clipboard("")
    await pilot.press("c")
    await app.workers.wait_for_complete()
    await pilot.pause()
    [note] = list(app._notifications)
    return note


async def test_each_clipboard_fault_is_said_and_the_citation_still_goes_out(seed_store_path, tmp_path, monkeypatch):
    empty_bin = tmp_path / "empty-bin"
    empty_bin.mkdir()
    xclip = shutil.which("xclip")
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down")
        citation = selected_citation(app)

        # No clipboard tool at all, though a display is named.
        monkeypatch.setenv("PATH", str(empty_bin))
        monkeypatch.setenv("DISPLAY", free_display())
        note = await copy_and_read_notification(app, pilot)
        assert "no clipboard tool found" in note.title and "OSC 52" in note.title
        assert note.message == short_citation(citation) and note.markup is False and note.severity == "warning"
        assert "C shows it whole" in note.title
        assert app.clipboard == citation

        # No display: neither DISPLAY nor WAYLAND_DISPLAY.
        monkeypatch.setenv("PATH", os.defpath)
        monkeypatch.delenv("DISPLAY")
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        note = await copy_and_read_notification(app, pilot)
        assert "DISPLAY" in note.title and "not set" in note.title and "OSC 52" in note.title
        assert note.message == short_citation(citation)
        assert app.clipboard == citation

        # A DISPLAY naming a dead X server: xclip "succeeds", reading back shows it did not.
        if xclip is None:
            pytest.skip("xclip is not installed (apt-get install xclip): the dead-display case needs it")
        monkeypatch.setenv("PATH", str(Path(xclip).parent))
        dead = free_display()
        monkeypatch.setenv("DISPLAY", dead)
        note = await copy_and_read_notification(app, pilot)
        assert note.title.startswith(f"Clipboard: xclip did not keep the text (is the display {dead} running?)")
        assert "OSC 52" in note.title and note.message == short_citation(citation)
        assert app.clipboard == citation
        assert app.is_running


async def test_a_hanging_clipboard_tool_never_freezes_the_browser(seed_store_path, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pid_file = tmp_path / "xclip.pid"
    fake = bin_dir / "xclip"
    fake.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec /bin/sleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("DISPLAY", free_display())

    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(80, 24)) as pilot:
        rows = app.query_one(CommitmentList)
        before = rows.selected
        await pilot.press("c")
        assert any(w.is_running for w in app.workers), "c should return while the copy waits on xclip"
        await pilot.press("down")  # and the browser goes on answering keys
        assert rows.selected is not None and rows.selected is not before
        assert app.clipboard  # OSC 52 went out at once
        await app.workers.wait_for_complete()
        await pilot.pause()
        [note] = list(app._notifications)
        assert f"xclip did not answer within {TIMEOUT_S:g} s" in note.title
        assert "OSC 52" in note.title and note.message == short_citation(app.clipboard)
    pid = int(pid_file.read_text())
    assert not _alive(pid), "the hung xclip should have been killed with its process group"


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie is dead, only not yet reaped


async def test_a_40_by_10_terminal_renders_and_takes_every_key(seed_store_path, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)  # keep the copy off the developer's clipboard
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(40, 10)) as pilot:
        for keys in (["down", "c"], ["C", "down"], ["enter"], ["f1"], ["escape"]):
            await pilot.press(*keys)
            await pilot.pause()
            text = "\n".join(s.text for s in app.screen._compositor.render_strips())
            assert len(text.splitlines()) == 10 and text.strip(), keys
        await app.workers.wait_for_complete()
        assert app.is_running
        assert app.clipboard


async def test_no_color_keeps_the_marks_that_carry_the_meaning(seed_store_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.no_color
        region = app.query_one("#source").region
        shown = " ".join(s.text[region.x:region.right] for s in app.screen._compositor.render_strips()[region.y:region.bottom])
        c = app.query_one(CommitmentList).selected
        for m in c.mentions:
            if m.role in ("actor", "money", "timeframe"):
                assert f"⟦{m.text.split()[0]}" in shown, m
