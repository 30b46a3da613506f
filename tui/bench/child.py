"""Measurements that need a fresh interpreter run in a child process: import costs count,
and its peak memory is its own. A child prints one JSON object as its last line."""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from typing import Any

TIMEOUT_S = 900


class BenchError(Exception):
    """A measurement that could not be taken; str() is one line."""


def run_child(module: str, *args: str, timeout: float = TIMEOUT_S) -> dict[str, Any]:
    """Run ``python -m module args``; its JSON result plus ``wall_s`` from spawn to exit and
    ``started`` (the wall clock just before spawning, to time events inside the child)."""
    started = time.time()
    try:
        proc = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise BenchError(f"{module}: no result within {timeout:.0f} s") from None
    wall = time.time() - started
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise BenchError(f"{module} {' '.join(args)}: exit {proc.returncode}: {tail}")
    result = json.loads(lines[-1])
    result.update(wall_s=wall, started=started)
    return result


def peak_rss_mb() -> float:
    """This process's peak resident set size. Linux's VmHWM first: ru_maxrss survives
    exec, so a child would inherit the peak of the bench process that spawned it."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux, bytes on macOS


def emit(result: dict[str, Any]) -> None:
    """The child's last line: its result with its peak memory."""
    result["rss_mb"] = round(peak_rss_mb(), 1)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
