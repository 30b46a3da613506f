"""Common fixtures: the bundled seeds, the project's copy of their gold, and a store built
from the seeds once per session (with the real spaCy model) and copied for each test that
writes. Nothing here reads outside the repository: a public clone has only this."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEEDS_GOLD = REPO / "tests" / "data" / "seeds.gold.json"  # hand-made gold for the seeds


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_gold() -> Path:
    return SEEDS_GOLD


@pytest.fixture(scope="session")
def seed_documents():
    from commitments.extract.documents import iter_paths, read_document

    return [read_document(p) for p in iter_paths([SEEDS])]


@pytest.fixture(scope="session")
def seed_extraction(seed_documents):
    """(Document, [Commitment]) pairs for the five seeds, parsed once with the real model."""
    from commitments.extract.commitments import extract_documents

    return list(extract_documents(seed_documents))


@pytest.fixture(scope="session")
def _seed_store_file(tmp_path_factory, seed_extraction) -> Path:
    from commitments.store import Store

    path = tmp_path_factory.mktemp("seedstore") / "commitments.json"
    Store(path).add(seed_extraction)
    return path


@pytest.fixture
def seed_store_path(_seed_store_file, tmp_path) -> Path:
    """A private copy of the seeded store, free to modify."""
    from commitments.store.segments import copy_store

    return copy_store(_seed_store_file, tmp_path / "commitments.json")


@pytest.fixture
def seed_store(seed_store_path):
    from commitments.store import Store

    return Store(seed_store_path)


@pytest.fixture(autouse=True)
def _private_config(tmp_path, monkeypatch) -> Path:
    """Every test gets its own settings directory, never the user's."""
    config = tmp_path / "config"
    monkeypatch.setenv("COMMITMENTS_CONFIG", str(config))
    return config
