"""Shared fixtures: the seed corpus built once into a temporary store."""

from __future__ import annotations

from pathlib import Path

import pytest

from benelux_kg.build import BuildSummary, build
from benelux_kg.corpus import Document, load_corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_documents() -> dict[str, Document]:
    return {d.doc_id: d for d in load_corpus(CORPUS)}


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildSummary]:
    """The seeds built into a fresh store: (store dir, summary)."""
    store_dir = tmp_path_factory.mktemp("store")
    return store_dir, build(CORPUS, store_dir)


@pytest.fixture(scope="session")
def store_dir(built: tuple[Path, BuildSummary]) -> Path:
    return built[0]
