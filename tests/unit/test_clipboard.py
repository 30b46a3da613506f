"""system_copy against real processes: the environment decides which tool pyperclip
runs, and stub `xclip` scripts stand in for a helper that lies or hangs."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from commitments.tui.clipboard import system_copy


def fake_tool(bin_dir: Path, name: str, body: str) -> Path:
    bin_dir.mkdir(exist_ok=True)
    tool = bin_dir / name
    tool.write_text("#!/bin/sh\n" + body)
    tool.chmod(0o755)
    return tool


@pytest.fixture
def x_env(monkeypatch, tmp_path):
    monkeypatch.setenv("DISPLAY", ":193")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    return tmp_path / "bin"


def test_without_a_display_it_says_so(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    result = system_copy("text")
    assert not result.ok and result.tool is None
    assert "DISPLAY" in result.problem


def test_without_a_tool_it_names_the_tools_to_install(x_env):
    x_env.mkdir()
    result = system_copy("text")
    assert not result.ok
    assert "xclip" in result.problem and "wl-copy" in result.problem


def test_a_tool_that_returns_but_keeps_nothing_is_not_believed(x_env):
    fake_tool(x_env, "xclip", "cat > /dev/null\n")  # takes the text, `-o` prints nothing
    result = system_copy("text")
    assert not result.ok and result.tool == "xclip"
    assert "did not keep the text" in result.problem and ":193" in result.problem


def test_a_tool_that_keeps_the_text_is_believed(x_env, tmp_path):
    store = tmp_path / "clip"
    fake_tool(x_env, "xclip", f'case "$*" in *-o*) /bin/cat {store};; *) /bin/cat > {store};; esac\n')
    result = system_copy("héllo [bold] “x”")
    assert result.ok and result.tool == "xclip"
    assert store.read_text(encoding="utf-8") == "héllo [bold] “x”"


def test_a_hanging_tool_is_killed_at_the_timeout(x_env, tmp_path):
    pid_file = tmp_path / "pid"
    fake_tool(x_env, "xclip", f"echo $$ > {pid_file}\nexec /bin/sleep 30\n")
    result = system_copy("text", timeout=0.5)
    assert not result.ok and result.problem == "xclip did not answer within 0.5 s"
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 5  # SIGKILL is sent; on a loaded machine dying takes a moment
    while time.monotonic() < deadline:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            return
        if "\nState:\tZ" in status:
            return
        time.sleep(0.05)
    raise AssertionError("the hung helper is still running 5 s after its timeout")


def test_control_characters_never_reach_the_clipboard(x_env, tmp_path):
    store = tmp_path / "clip"
    fake_tool(x_env, "xclip", f'case "$*" in *-o*) /bin/cat {store};; *) /bin/cat > {store};; esac\n')
    system_copy("a\x1b]52;c;eA==\x07b\u202ec")
    assert store.read_text(encoding="utf-8") == "abc"  # the OSC 52 sequence goes whole, payload too
