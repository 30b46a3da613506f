"""The user's key remapping, checked before it is applied: a key already held by another
action is not taken from it (remapping `w` onto `q` must not silently remove Quit)."""
from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding


def _keys(keys: str) -> list[str]:
    return [k.strip() for k in keys.split(",") if k.strip()]


def checked_keymap(keymap: dict[str, str], bindings: Iterable[Binding]) -> tuple[dict[str, str], list[str]]:
    """(the keymap without the keys that would take another action's key, one line per key
    left out). An action whose every new key is refused keeps its own keys."""
    bindings = [b for b in bindings if b.id]
    held: dict[str, str] = {}  # key → the binding id that keeps it
    for b in bindings:
        if b.id not in keymap:
            for key in _keys(b.key):
                held.setdefault(key, b.id)
    names = {b.id: b.description or b.id for b in bindings}
    safe, problems = {}, []
    for binding_id, keys in keymap.items():
        kept = []
        for key in _keys(keys):
            owner = held.get(key)
            if owner is not None and owner != binding_id:
                problems.append(f"keymap: {key} stays {names.get(owner, owner)} ({owner}); "
                                f"{binding_id} does not take it")
            else:
                kept.append(key)
                held[key] = binding_id
        if kept:
            safe[binding_id] = ",".join(kept)
    return safe, problems
