"""Results of work sent elsewhere, yielded in the order it was sent, with a bounded
number in flight: the workers stay busy while the caller stores what came back, and a
folder of 200,000 documents is never all queued at once."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")

CHUNK_DOCS = 4  # documents per task: enough to amortise sending them, few enough to share out evenly


def chunks(items: Iterable[T], size: int = CHUNK_DOCS) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def in_order(tasks: Iterable[T], submit: Callable[[T], Any], result: Callable[[Any], Any], ahead: int) -> Iterator[tuple[T, Any]]:
    """(task, its result) for each task in order; ``submit`` sends one and returns a
    handle (a future), ``result`` waits for a handle's result; at most ``ahead`` in flight."""
    flight: deque[tuple[T, Any]] = deque()
    for task in tasks:
        flight.append((task, submit(task)))
        if len(flight) >= ahead:
            done, handle = flight.popleft()
            yield done, result(handle)
    while flight:
        done, handle = flight.popleft()
        yield done, result(handle)
