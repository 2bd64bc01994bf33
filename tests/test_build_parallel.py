"""Extraction spread over processes gives exactly what one process gives, and the build
loads what the workers make."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store, serialize

from benelux_kg.build import PARALLEL_MIN_CHARACTERS, extract_all, extraction_workers
from benelux_kg.corpus import Document
from benelux_kg.errors import ExtractionFailed, InputError
from benelux_kg.extract import Extractor
from benelux_kg.graph import document_quads
from benelux_kg.namespaces import document_graph
from benelux_kg.parallel import graph_of, map_documents, merged_nquads
from benelux_kg.store import publish, with_merged_default


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


def test_document_graphs_made_in_workers_equal_those_made_here(
    extractor: Extractor, seed_documents: dict[str, Document]
) -> None:
    documents = sorted(seed_documents.values(), key=lambda d: d.doc_id)
    here = dict(map_documents(documents, extractor, graph_of, workers=1))
    there = dict(map_documents(documents, extractor, graph_of, workers=2))
    assert here == there
    graph = here[0]
    extraction = extractor.extract(documents[0])
    named = list(document_quads(documents[0], extraction))
    loaded = Store()
    loaded.bulk_load(graph.nquads, format=RdfFormat.N_QUADS)
    # The document's named graph, and its merge into the default graph.
    assert set(loaded.quads_for_pattern(None, None, None, document_graph(graph.doc_id))) == set(
        named
    )
    assert len(list(loaded.quads_for_pattern(None, None, None, DefaultGraph()))) == len(
        {(q.subject, q.predicate, q.object) for q in named}
    )
    assert graph.quads == len(named) and graph.mentions == len(extraction.mentions)
    assert graph.entities == {e.iri.value for e in extraction.entities}


def test_a_failing_chunk_maker_fails_the_publication_with_its_own_error(tmp_path: Path) -> None:
    publish(tmp_path, [], check=None)  # a generation in service
    before = sorted((tmp_path / "generations").iterdir())

    def chunks() -> Iterator[bytes]:
        yield b"<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
        raise InputError("the extractor gave up", source="doc.txt", line=3)

    with pytest.raises(InputError, match="gave up"):
        publish(tmp_path, [], check=None, nquads=chunks())
    assert sorted((tmp_path / "generations").iterdir()) == before


def _fails_on_the_second(extractor: Extractor, doc: Document) -> int:
    """A task of the worker processes (module level, so that they can import it)."""
    if doc.doc_id == "second":
        raise KeyError("no such key")
    return len(doc.text)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_task_that_fails_names_its_document_in_any_number_of_processes(
    extractor: Extractor, workers: int
) -> None:
    documents = [
        Document(doc_id, "Het Comité vergaderde.", Path(f"{doc_id}.txt"), "0" * 64)
        for doc_id in ("first", "second")
    ]
    with pytest.raises(ExtractionFailed, match=r"second.txt: the extractor failed .*KeyError"):
        list(map_documents(documents, extractor, _fails_on_the_second, workers=workers))


def _lines(nquads: bytes) -> list[bytes]:
    return sorted(nquads.splitlines())


def test_merged_nquads_hold_each_quad_and_its_default_graph_triple(
    extractor: Extractor, seed_documents: dict[str, Document]
) -> None:
    doc = min(seed_documents.values(), key=lambda d: len(d.text))
    quads = list(document_quads(doc, extractor.extract(doc)))
    expected = serialize(with_merged_default(quads), format=RdfFormat.N_QUADS)
    assert expected is not None
    assert _lines(merged_nquads(quads, document_graph(doc.doc_id))) == _lines(expected)


def test_merged_nquads_of_several_graphs_are_made_quad_by_quad() -> None:
    g, other = NamedNode("http://example.org/g"), NamedNode("http://example.org/h")
    s, p = NamedNode("http://example.org/s"), NamedNode("http://example.org/p")
    # The object is the graph's own IRI, and a literal holds what ends a line.
    quads = [
        Quad(s, p, g, g),
        Quad(s, p, Literal(f"x {g} .\n"), g),
        Quad(s, p, Literal("y"), other),
    ]
    for some in (quads, quads[:2]):  # three graphs; one graph (the byte replacement)
        store = Store()
        store.load(merged_nquads(some, g), format=RdfFormat.N_QUADS)
        assert set(store) == set(some) | {Quad(q.subject, q.predicate, q.object) for q in some}
