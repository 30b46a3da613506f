"""The real X clipboard: an Xvfb server of our own, the browser's `c`, and `xclip -o`
reading back exactly the citation."""
from __future__ import annotations

import os
import select
import shutil
import subprocess

import pytest
from commitments.tui.citation_actions import SHORT, short_citation
from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.citation import format_citation
from commitments.tui.widgets.commitment_list import CommitmentList

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt-get install xvfb)"),
    pytest.mark.skipif(shutil.which("xclip") is None, reason="xclip is not installed (apt-get install xclip)"),
]
START_S = 20  # a generous bound for the server to come up, not a speed check


@pytest.fixture
def x_display(monkeypatch):
    """A private X server on a display number it picks itself (-displayfd), so parallel
    runs and a desktop session never collide."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0", "640x480x24"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], START_S)
        number = os.read(read_fd, 32).decode().strip() if ready else ""
        if not number:
            pytest.skip(f"Xvfb did not start within {START_S} s")
        display = f":{number}"
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        yield display
    finally:
        os.close(read_fd)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


async def test_c_puts_the_citation_on_the_x_clipboard(seed_store_path, x_display):
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        c = app.query_one(CommitmentList).selected
        citation = format_citation(c, document=app.store.documents.get(c.doc_hash))
        [note] = list(app._notifications)
        assert note.title.startswith("Copied with xclip"), note.title
        assert note.message == short_citation(citation) and len(note.message) <= SHORT  # short once copied

    pasted = subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True, timeout=10,
                            env={**os.environ, "DISPLAY": x_display})
    assert pasted.returncode == 0, pasted.stderr
    assert pasted.stdout.decode("utf-8") == citation
