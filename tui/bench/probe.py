"""What the bench reads from a running browser: how many rows the commitment list shows,
and when a frame has been painted. Kept in one place so the bench follows the browser."""
from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

LIST_SELECTOR = "#commitments"


def list_count(app) -> int | None:
    """Rows in the commitment list, or None if the app has no such list (the bare app)."""
    try:
        widget = app.query_one(LIST_SELECTOR)
    except Exception:
        return None
    return len(widget.rows)


def send_key(app, char: str) -> None:
    """A printable key as the terminal driver delivers it (Pilot.press adds idle waits)."""
    from textual import events

    event = events.Key(char, char)
    event.set_sender(app)
    app._driver.send_message(event)


def settled(app) -> bool:
    """No widget has messages waiting: the key's consequences have all been handled."""
    try:
        pumps = [app, *app.screen.walk_children(with_self=True)]
    except Exception:
        return False
    return all(p._message_queue.empty() for p in pumps)


async def until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Poll the condition between event-loop turns; False if it never held."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            return False
        await asyncio.sleep(0.0005)
    return True


async def painted(app, clock: Callable[[], float] = time.perf_counter) -> float:
    """Wait until the screen has processed what is pending and refreshed; return the
    clock's reading at that moment, taken in the refresh's own callback: work the app
    queues after the frame (panes filling in) must not count towards it."""
    done = asyncio.Event()
    at: list[float] = []

    def mark() -> None:
        at.append(clock())
        done.set()

    app.screen.call_after_refresh(mark)
    await done.wait()
    return at[0]
