"""Browser start: wall time from spawning a fresh interpreter to the first frame that
shows the commitment list, against a bare Textual app showing one Static.

As a child (``python -m tui.bench.startup app STORE`` or ``... bare``) it runs the app
headless and prints the wall-clock time of that frame, whether spaCy was imported, and
its peak memory."""
from __future__ import annotations

import time

SIZE = (120, 40)


def _bare_app():
    from textual.app import App
    from textual.widgets import Static

    class BareApp(App):
        def compose(self):
            yield Static("Commitments")

    return BareApp()


def first_frame(kind: str, store_path: str | None = None) -> dict:
    import sys

    from commitments.tui.bench.probe import list_count, painted, until

    if kind == "app":
        from commitments.store import Store
        from commitments.tui.app import make_app

        app = make_app(Store(store_path))
    else:
        app = _bare_app()
    result: dict = {}

    async def auto_pilot(pilot) -> None:
        await until(lambda: (list_count(app) or 0) > 0 or kind == "bare", timeout=120)
        frame_at = await painted(app, clock=time.time)
        result.update(frame_at=frame_at, rows=list_count(app), spacy_imported="spacy" in sys.modules)
        app.exit()

    app.run(headless=True, size=SIZE, auto_pilot=auto_pilot)
    return result


def measure(kind: str, store_path: str | None = None, repeat: int = 3) -> dict:
    """Best of ``repeat`` fresh starts: seconds to first frame, rows shown, spaCy, RSS."""
    from commitments.tui.bench.child import BenchError, run_child

    runs = []
    for _ in range(repeat):
        r = run_child("commitments.tui.bench.startup", kind, *([store_path] if store_path else []))
        if "frame_at" not in r:
            raise BenchError(f"{kind} app: no first frame")
        r["first_frame_s"] = r["frame_at"] - r["started"]
        runs.append(r)
    best = min(runs, key=lambda r: r["first_frame_s"])
    return {"first_frame_s": best["first_frame_s"], "rows": best.get("rows"),
            "spacy_imported": any(r.get("spacy_imported") for r in runs),
            "rss_mb": max(r["rss_mb"] for r in runs)}


def _main(argv: list[str]) -> None:
    from commitments.tui.bench.child import emit

    emit(first_frame(argv[0], argv[1] if len(argv) > 1 else None))


if __name__ == "__main__":
    import sys

    _main(sys.argv[1:])
