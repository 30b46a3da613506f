"""Shared fixtures: the bundled seeds, the shared gold, and a store built from the seeds
once per session (with the real spaCy model) and copied for each test that writes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_documents():
    from extract.documents import iter_paths, read_document

    return [read_document(p) for p in iter_paths([SEEDS])]


@pytest.fixture(scope="session")
def seed_extraction(seed_documents):
    """(Document, [Commitment]) pairs for the five seeds, parsed once with the real model."""
    from extract.commitments import extract_documents

    return list(extract_documents(seed_documents))


@pytest.fixture(scope="session")
def _seed_store_file(tmp_path_factory, seed_extraction) -> Path:
    from store import Store

    path = tmp_path_factory.mktemp("seedstore") / "commitments.json"
    Store(path).add(seed_extraction)
    return path


@pytest.fixture
def seed_store_path(_seed_store_file, tmp_path) -> Path:
    """A private copy of the seeded store, free to modify."""
    path = tmp_path / "commitments.json"
    shutil.copy(_seed_store_file, path)
    return path


@pytest.fixture
def seed_store(seed_store_path):
    from store import Store

    return Store(seed_store_path)


@pytest.fixture(autouse=True)
def _private_config(tmp_path, monkeypatch) -> Path:
    """Every test gets its own settings directory, never the user's."""
    config = tmp_path / "config"
    monkeypatch.setenv("COMMITMENTS_CONFIG", str(config))
    return config
