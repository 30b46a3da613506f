"""Copy text to the system clipboard, and say honestly whether it worked.

pyperclip picks the mechanism (wl-copy, xclip, xsel, pbcopy, Windows). It returns
normally even when DISPLAY names a dead X server, so a copy counts only when reading
the clipboard back gives the same text. The helpers it runs can hang for seconds (an X
server that accepts the connection and never answers), and a thread stuck in one can
neither be stopped nor let the program exit, so the copy runs in a child process of its
own session, killed with everything it started when the timeout passes.

Run as ``python -m tui.clipboard``: the child side, text on stdin, a JSON line out.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass

from commitments.extract.text import clean_text

# A loaded machine (two CPUs busy parsing) starts xclip's serving process late: a copy that
# took 1.2 s to show on the clipboard was reported lost with a 1 s read-back.
TIMEOUT_S = 3.0
READ_BACK_S = 2.0  # within TIMEOUT_S: how long a copy may take to show on the clipboard
TOOLS = "xclip, xsel or wl-copy"


@dataclass(frozen=True, slots=True)
class CopyResult:
    """What happened to one copy; ``ok`` only when the text was read back intact."""

    ok: bool
    tool: str | None  # pyperclip's mechanism: "xclip", "xsel", "wl", "osx_pbcopy", ...
    problem: str = ""  # one line for the user when not ok


def system_copy(text: str, timeout: float = TIMEOUT_S) -> CopyResult:
    """Copy ``text`` with pyperclip in a child process; never takes much over ``timeout``."""
    text = clean_text(text)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "commitments.tui.clipboard"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            start_new_session=True,  # one process group: the child and every helper it runs
        )
    except OSError as e:
        return CopyResult(False, None, f"could not start the clipboard helper: {e.strerror or e}")
    try:
        out, _ = proc.communicate(text.encode("utf-8"), timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        out, _ = proc.communicate()
        tool = _report(out).get("tool")
        return CopyResult(False, tool, f"{tool or 'the clipboard tool'} did not answer within {timeout:g} s")
    return _result(_report(out))


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass


def _report(out: bytes) -> dict:
    """The child's last JSON line; it writes the tool's name first, the outcome after."""
    report: dict = {}
    for line in out.decode("utf-8", "replace").splitlines():
        try:
            report.update(json.loads(line))
        except ValueError:
            continue
    return report


def _result(report: dict) -> CopyResult:
    tool = report.get("tool")
    if report.get("ok"):
        return CopyResult(True, tool)
    if tool in (None, "no_clipboard"):
        return CopyResult(False, None, _why_no_tool())
    if report.get("error"):
        return CopyResult(False, tool, f"{tool} failed: {report['error']}")
    display = os.environ.get("WAYLAND_DISPLAY") if tool == "wl-copy" else os.environ.get("DISPLAY")
    where = f" (is the display {display} running?)" if display else ""
    return CopyResult(False, tool, f"{tool} did not keep the text{where}")


def _why_no_tool() -> str:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return "no display for a clipboard (DISPLAY and WAYLAND_DISPLAY are not set)"
    return f"no clipboard tool found (install {TOOLS})"


# pyperclip's function names → what the user knows the tool as
_TOOL_NAMES = {"wl": "wl-copy", "osx_pbcopy": "pbcopy", "osx_pyobjc": "the macOS pasteboard",
               "windows": "the Windows clipboard", "wsl": "clip.exe"}


def _child() -> int:
    # Keep the real stdout for the report; helpers inherit fds 0-2, and a daemonised
    # xclip holding our pipe would make the parent wait for it until the timeout.
    report = os.fdopen(os.dup(1), "w", encoding="utf-8")
    text = sys.stdin.buffer.read().decode("utf-8")
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)

    def say(**fields) -> None:
        report.write(json.dumps(fields) + "\n")
        report.flush()

    try:
        import pyperclip

        copy, paste = pyperclip.determine_clipboard()
        tool = getattr(copy, "__name__", "") or type(copy).__name__
        tool = "no_clipboard" if tool == "ClipboardUnavailable" else tool.removeprefix("copy_")
        tool = _TOOL_NAMES.get(tool, tool)
        say(tool=tool)
        if tool == "no_clipboard":
            return 0
        copy(text)
        say(ok=_kept(paste, text))
    except Exception as e:  # pyperclip raises its own errors and OS errors alike
        say(ok=False, error=" ".join(str(e).split())[:200])
    return 0


def _kept(paste, text: str) -> bool:
    """Whether the clipboard holds ``text``. xclip and xsel serve the selection from a
    process they fork, which a busy machine may not have running yet when we first read
    it back: read again for a while before saying the text was not kept."""
    import time

    deadline = time.monotonic() + READ_BACK_S
    while True:
        if paste() == text:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(_child())
