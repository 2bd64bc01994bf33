"""End to end: the seeds built into a store, queried, every mention checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, NamedNode, Quad, Store

from benelux_kg.build import BuildSummary, build
from benelux_kg.corpus import Document
from benelux_kg.errors import InputError, ValidationFailed
from benelux_kg.sparql import execute
from benelux_kg.store import (
    add_quads,
    current_generation,
    has_merged_default,
    named_quads,
    open_read_only,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def store(store_dir: Path) -> Store:
    return open_read_only(store_dir)


def test_the_decision_is_found_by_its_number(store: Store) -> None:
    rows = list(
        execute(
            store,
            'SELECT ?i WHERE { ?i <http://data.europa.eu/eli/ontology#id_local> "M(2015)15" }',
        )
    )
    assert [r["i"].value for r in rows] == ["https://w3id.org/benelux-kg/id/instrument/m-2015-15"]


def test_every_mention_anchor_is_the_stored_slice(
    store: Store, seed_documents: dict[str, Document]
) -> None:
    rows = list(
        execute(
            store,
            """SELECT ?doc ?b ?e ?a WHERE {
                 ?m a bkg:Mention ; bkg:inDocument ?d ; nif:beginIndex ?b ;
                    nif:endIndex ?e ; nif:anchorOf ?a .
                 ?d dcterms:identifier ?doc }""",
        )
    )
    assert len(rows) > 100
    for row in rows:
        text = seed_documents[row["doc"].value].text
        begin, end = int(row["b"].value), int(row["e"].value)
        assert text[begin:end] == row["a"].value


def test_every_document_has_its_graph_and_metadata(store: Store) -> None:
    rows = list(
        execute(
            store,
            """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g""",
        )
    )
    graphs = {r["g"].value.removeprefix("https://w3id.org/benelux-kg/graph/") for r in rows}
    expected = {f"document/{p.stem}" for p in CORPUS.glob("*.txt")} | {"ontology", "reference"}
    assert expected <= graphs
    titled = execute(
        store, "SELECT ?d WHERE { ?d a bkg:SourceDocument ; dcterms:title ?t ; dcterms:date ?x }"
    )
    assert len(list(titled)) == len(list(CORPUS.glob("*.txt")))


def test_every_extracted_entity_has_provenance(store: Store) -> None:
    orphans = list(
        execute(
            store,
            """SELECT DISTINCT ?e WHERE { ?m bkg:refersTo ?e
                 FILTER NOT EXISTS { ?e prov:wasDerivedFrom ?d } }""",
        )
    )
    assert orphans == []


def test_a_failed_build_leaves_the_previous_store_in_service(
    tmp_path: Path, built: tuple[Path, BuildSummary]
) -> None:
    store_dir = tmp_path / "store"
    build(CORPUS, store_dir)
    before = current_generation(store_dir)
    broken = tmp_path / "corpus"
    broken.mkdir()
    (broken / "bad.txt").write_bytes(b"Benelux \xff\xfe kapot")
    with pytest.raises(InputError, match=r"bad.txt:1: invalid UTF-8"):
        build(broken, store_dir)
    assert current_generation(store_dir) == before
    assert len(list((store_dir / "generations").iterdir())) == 1


def test_a_build_that_does_not_conform_is_not_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_dir = tmp_path / "store"
    build(CORPUS, store_dir)
    before = current_generation(store_dir)
    strict = tmp_path / "strict.ttl"
    strict.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix bkg: <https://w3id.org/benelux-kg/def#> .
        <urn:x:s> a sh:NodeShape ; sh:targetClass bkg:SourceDocument ;
          sh:property [ sh:path bkg:neverThere ; sh:minCount 1 ;
                        sh:message "every document needs bkg:neverThere" ] .""",
        encoding="utf-8",
    )
    monkeypatch.setattr("benelux_kg.validate.shapes_file", lambda: strict)
    with pytest.raises(ValidationFailed, match="neverThere"):
        build(CORPUS, store_dir)
    assert current_generation(store_dir) == before


def test_a_query_without_graph_counts_each_triple_once(store: Store) -> None:
    # Every document graph types the countries it mentions: the union counts each once.
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?c a bkg:Country }"
    distinct = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a bkg:Country } }"
    per_graph = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a bkg:Country } }"
    n, d, g = (int(next(iter(execute(store, q)))["n"].value) for q in (count, distinct, per_graph))
    assert n == d >= 3
    assert g > n  # the countries are repeated across graphs, so the merge matters


def test_each_document_states_what_it_mentions(store: Store) -> None:
    stated = """SELECT ?d ?mentions ?entities WHERE {
        ?d a bkg:SourceDocument ; bkg:mentionCount ?mentions ; bkg:entityCount ?entities }"""
    counted = """SELECT ?d (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?e) AS ?entities)
        WHERE { ?m a bkg:Mention ; bkg:inDocument ?d ; bkg:refersTo ?e } GROUP BY ?d"""

    def table(query: str) -> dict[str, tuple[int, int]]:
        rows = execute(store, query)
        return {r["d"].value: (int(r["mentions"].value), int(r["entities"].value)) for r in rows}

    assert table(stated) == table(counted)
    assert len(table(stated)) == 5


def test_a_change_to_a_store_without_the_merge_gives_it_the_whole_merge(store: Store) -> None:
    # A store built before the default graph held the merge: its named graphs alone.
    old = Store()
    old.extend(named_quads(store))
    assert not has_merged_default(old)
    new = NamedNode("https://w3id.org/benelux-kg/graph/document/new")
    add_quads(old, [Quad(NamedNode("urn:x:a"), NamedNode("urn:x:b"), NamedNode("urn:x:c"), new)])
    default = {
        (q.subject, q.predicate, q.object)
        for q in old.quads_for_pattern(None, None, None, DefaultGraph())
    }
    named = {(q.subject, q.predicate, q.object) for q in named_quads(old)}
    assert default == named
    assert has_merged_default(old)
