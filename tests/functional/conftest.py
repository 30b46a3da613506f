"""Fixtures for the browser tests: a small store of made-up commitments, written by the
real Store, with one pledge reported twice at different amounts."""
from __future__ import annotations

from pathlib import Path

import pytest
from browser_data import make_batch, make_grouped_pair


@pytest.fixture(scope="session")
def _browser_store_file(tmp_path_factory) -> Path:
    from commitments.store import Store

    path = tmp_path_factory.mktemp("browserstore") / "commitments.json"
    Store(path).add(make_batch(120, seed=7, per_document=12) + make_grouped_pair())
    return path


@pytest.fixture
def browser_store(_browser_store_file, tmp_path):
    from commitments.store import Store
    from commitments.store.segments import copy_store

    return Store(copy_store(_browser_store_file, tmp_path / "commitments.json"))
