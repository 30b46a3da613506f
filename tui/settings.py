"""The browser's remembered settings: a small JSON file in the user's config directory.

``COMMITMENTS_CONFIG`` names another directory (tests point it at ``tmp_path``). Keys we
do not know are kept, so another part of the app can store its own choices beside ours.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from commitments.store.atomic import replacing

ENV = "COMMITMENTS_CONFIG"
FILENAME = "settings.json"


def config_dir() -> Path:
    env = os.environ.get(ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path("commitments", appauthor=False)


def settings_path() -> Path:
    return config_dir() / FILENAME


@dataclass
class Settings:
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)  # binding id -> keys, e.g. {"view.toggle_grouped": "w"}
    problem: str | None = None  # why the file could not be read, to tell the user once
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            return cls(problem=f"{path}: cannot read settings ({exc}); using defaults")
        if not isinstance(data, dict):
            return cls(problem=f"{path}: settings must be a JSON object; using defaults")
        keymap = data.get("keymap") or {}
        if not isinstance(keymap, dict):
            keymap = {}
        theme = data.get("theme")
        extra = {k: v for k, v in data.items() if k not in ("theme", "keymap")}
        return cls(theme=theme if isinstance(theme, str) else None,
                   keymap={str(k): str(v) for k, v in keymap.items()}, extra=extra)

    def save(self, path: Path | None = None) -> None:
        """Write atomically, so a crash never leaves half a settings file."""
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {**self.extra, "theme": self.theme, "keymap": self.keymap}
        with replacing(path, text=True) as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
