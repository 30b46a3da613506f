"""The actions table is the one source of keys and names: check what is derived from it."""
from __future__ import annotations

from pathlib import Path

from commitments.tui.actions import ACTIONS, BINDINGS
from commitments.tui.app import CommitmentsApp
from commitments.tui.screens.help import HELP

DOCS = Path(__file__).resolve().parents[2] / "README.md"


def test_every_action_has_a_unique_id_a_binding_and_an_app_method():
    assert len({a.id for a in ACTIONS}) == len(ACTIONS)
    assert [b.id for b in BINDINGS] == [a.id for a in ACTIONS]
    for a in ACTIONS:
        name = a.action.split("(")[0]
        assert hasattr(CommitmentsApp, f"action_{name}"), a.id


def test_help_and_docs_name_every_action():
    for doc in (HELP, DOCS):
        text = doc.read_text(encoding="utf-8")
        missing = [a.palette_name for a in ACTIONS if a.palette_name not in text]
        assert not missing, f"{doc.name} lacks {missing}"
