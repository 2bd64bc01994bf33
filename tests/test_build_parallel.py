"""Extraction spread over processes gives exactly what one process gives."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from benelux_kg.build import PARALLEL_MIN_CHARACTERS, extract_all, extraction_workers
from benelux_kg.corpus import Document
from benelux_kg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.from_files()


def test_parallel_extraction_equals_serial(
    extractor: Extractor, seed_documents: dict[str, Document]
) -> None:
    # The seeds and renamed copies of the small ones, so that a worker gets several
    # documents and the order of completion differs from the order of the corpus.
    seeds = sorted(seed_documents.values(), key=lambda d: d.doc_id)
    small = [d for d in seeds if len(d.text) < 50_000]
    documents = seeds + [replace(d, doc_id=f"{d.doc_id}_copy{n}") for n in range(2) for d in small]
    seen: list[tuple[str, int, int]] = []

    serial = extract_all(documents, extractor, workers=1)
    parallel = extract_all(
        documents,
        extractor,
        lambda doc_id, done, total: seen.append((doc_id, done, total)),
        workers=2,
    )

    assert parallel == serial
    assert [x.mentions for x in parallel] == [x.mentions for x in serial]
    assert sorted(doc_id for doc_id, _, _ in seen) == sorted(d.doc_id for d in documents)
    assert [done for _, done, _ in seen] == list(range(1, len(documents) + 1))
    # Copies of one text under another id extract to their own document's IRIs.
    assert parallel[len(seeds)] != parallel[seeds.index(small[0])]


def test_only_a_large_corpus_is_spread_over_processes(
    seed_documents: dict[str, Document],
) -> None:
    seeds = list(seed_documents.values())
    assert sum(len(d.text) for d in seeds) < PARALLEL_MIN_CHARACTERS
    assert extraction_workers(seeds) == 1
    copies = PARALLEL_MIN_CHARACTERS // sum(len(d.text) for d in seeds) + 1
    large = [replace(d, doc_id=f"{d.doc_id}_{n}") for n in range(copies) for d in seeds]
    assert extraction_workers(large) == min(len(os.sched_getaffinity(0)), len(large))
    assert extraction_workers(large[:1]) == 1
