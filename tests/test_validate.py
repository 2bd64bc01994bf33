"""The validator: the split validation equals pySHACL over the whole graph, and
``benelux-kg validate`` on stores and RDF files (formats, exit codes, --strict, errors).

The small store is the seed document 004_8fbf76c5622830fb built alone (a web article on
the joint work programme 2021-2024); broken variants are that store with SPARQL updates.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import Literal, RdfFormat, Store
from rdflib.namespace import SH

from benelux_kg import shacl_core
from benelux_kg.build import build
from benelux_kg.corpus import MANIFEST, manifest_bytes, read_manifest
from benelux_kg.errors import InputError
from benelux_kg.resources import shapes_file
from benelux_kg.shacl_core import Violation, check_all, gated_queries
from benelux_kg.shacl_report import render, report_json
from benelux_kg.shapes import load_plan
from benelux_kg.store import named_quads, open_read_only
from benelux_kg.validate import Report, _oxigraph_nt, load_files, validate_files, validate_store
from test_cli import run
from test_shapes import CASES, VALID_VARIANTS, Case, valid_graph

ROOT = Path(__file__).resolve().parents[1]
DOC = "004_8fbf76c5622830fb"
DOC_IRI = f"https://w3id.org/benelux-kg/id/document/{DOC}"
DOC_GRAPH = f"https://w3id.org/benelux-kg/graph/document/{DOC}"
# A span of 004 as stored: text[4546:4548] == "EU".
SPAN = f"{DOC_IRI}#char=4546,4548"

PREFIXES = """
PREFIX bkg: <https://w3id.org/benelux-kg/def#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

# One defect per kind of check: SPARQL constraints (anchor length, span IRI, entity
# provenance, self-amendment, IRI of a numbered instrument), core constraints in one
# piece (offset order, datatype) and across pieces (eli:id_local unique, shared entity).
BREAK = f"""
DELETE {{ GRAPH ?g {{ <{SPAN}> nif:anchorOf ?a }} }}
INSERT {{ GRAPH ?g {{ <{SPAN}> nif:anchorOf "EUR" }} }}
WHERE {{ GRAPH ?g {{ <{SPAN}> nif:anchorOf ?a }} }} ;
INSERT DATA {{ GRAPH <{DOC_GRAPH}> {{
  <{DOC_IRI}#char=10,12> a bkg:Mention ; bkg:inDocument <{DOC_IRI}> ;
      nif:beginIndex 12 ; nif:endIndex 10 ; nif:anchorOf "xx" ;
      bkg:refersTo <https://w3id.org/benelux-kg/id/organisation/noordse-raad> .
  <https://w3id.org/benelux-kg/id/instrument/benelux-verdrag>
      eli:amends <https://w3id.org/benelux-kg/id/instrument/benelux-verdrag> ;
      eli:id_local "M(2001)1" ; eli:date_document "2008" .
}} }} ;
INSERT DATA {{ GRAPH <https://w3id.org/benelux-kg/graph/reference> {{
  <https://w3id.org/benelux-kg/id/instrument/m-2001-1> a bkg:Decision ;
      rdfs:label "Beschikking M(2001)1"@nl ; eli:id_local "M(2001)1" .
}} }} ;
DELETE WHERE {{ GRAPH ?g {{
  <https://w3id.org/benelux-kg/id/organisation/noordse-raad> prov:wasDerivedFrom ?d }} }} ;
DELETE WHERE {{ GRAPH ?g {{ <{DOC_IRI}> dcterms:title ?t }} }}
"""


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copyfile(ROOT / "corpus" / f"{DOC}.txt", corpus / f"{DOC}.txt")
    entry = read_manifest(ROOT / "corpus")[DOC]
    (corpus / MANIFEST).write_bytes(manifest_bytes({DOC: entry}))
    build(corpus, root / "store")
    return root / "store"


def copy_of(store_dir: Path, update: str | None = None) -> Store:
    store = Store()  # the named graphs only: the update below leaves the default graph alone
    store.extend(named_quads(open_read_only(store_dir)))
    if update:
        store.update(PREFIXES + update)
    return store


def same(a: Report, b: Report) -> bool:
    return Counter(a.results) == Counter(b.results)


@pytest.fixture(scope="module")
def files(small_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The small store, and the broken one, exported in every RDF format."""
    root = tmp_path_factory.mktemp("files")
    out = {}
    for name, update in (("good", None), ("broken", BREAK)):
        store = copy_of(small_store, update)
        path = root / f"{name}.trig"
        store.dump(path, format=RdfFormat.TRIG)
        out[name] = path
    return out


# --- The split validation is pySHACL over the whole graph ----------------------------


def test_split_equals_whole_on_the_seeds(store_dir: Path) -> None:
    store = open_read_only(store_dir)
    whole = validate_store(store, whole=True)
    assert whole.results, "the seeds have warnings and infos; an empty report proves nothing"
    assert same(validate_store(store, workers=1), whole)
    assert same(validate_store(store, workers=2), whole)


def test_split_equals_whole_on_a_broken_store(small_store: Path) -> None:
    store = copy_of(small_store, BREAK)
    whole = validate_store(store, whole=True)
    split = validate_store(store, workers=2)
    assert same(split, whole)
    shapes = {r.shape.rsplit("#", 1)[-1] for r in split.violations if r.shape}
    assert {
        "SpanAnchorLengthShape",
        "SpanIriShape",
        "SpanOrderShape",
        "AmendsItselfShape",
        "IdLocalUniqueShape",
        "ExtractedEntitySourceShape",
    } <= shapes
    assert {r.shape.rsplit("#", 1)[-1] for r in split.warnings if r.shape} >= {
        "IdLocalIriShape",
        "DocumentTitleShape",
    }


def test_shapes_checked_on_threads_fail_alike(small_store: Path) -> None:
    def key(v: Violation) -> tuple[str, str, str, str]:
        return (v.shape.iri or "", v.component, str(v.focus), str(v.value))

    store = copy_of(small_store, BREAK)
    compiled = load_plan(shapes_file()).compiled
    alone = Counter(map(key, check_all(store, compiled)))
    assert alone, "the broken store fails compiled shapes; an empty list proves nothing"
    with ThreadPoolExecutor(2) as pool:
        assert Counter(map(key, check_all(store, compiled, pool))) == alone


# Spans of one document broken where a gate (a query shared by the shapes of several
# classes, see shacl_core.Query) lets the checks through: a string offset (datatype), a
# second end (maxCount), an offset below zero (minInclusive), provenance pointing at a
# span instead of a document (sh:class), and a span that lost its document (no gate).
BREAK_SPANS = f"""
DELETE {{ GRAPH ?g {{ <{SPAN}> nif:beginIndex ?b }} }}
INSERT {{ GRAPH ?g {{ <{SPAN}> nif:beginIndex "4546" }} }}
WHERE {{ GRAPH ?g {{ <{SPAN}> nif:beginIndex ?b }} }} ;
INSERT {{ GRAPH ?g {{ ?s nif:endIndex 99999 }} }}
WHERE {{ {{ SELECT ?s WHERE {{ GRAPH ?h {{ ?s a nif:Sentence }} }} ORDER BY ?s LIMIT 1 }}
        GRAPH ?g {{ ?s a nif:Sentence }} }} ;
DELETE {{ GRAPH ?g {{ ?s nif:beginIndex ?b }} }}
INSERT {{ GRAPH ?g {{ ?s nif:beginIndex -1 }} }}
WHERE {{ {{ SELECT ?s WHERE {{ GRAPH ?h {{ ?s a nif:Sentence }} }} ORDER BY DESC(?s) LIMIT 1 }}
        GRAPH ?g {{ ?s nif:beginIndex ?b }} }} ;
INSERT {{ GRAPH ?g {{ ?e prov:wasDerivedFrom <{SPAN}> }} }}
WHERE {{ {{ SELECT ?e WHERE {{ GRAPH ?h {{ ?x bkg:refersTo ?e }} }} ORDER BY ?e LIMIT 1 }}
        GRAPH ?g {{ ?m bkg:refersTo ?e }} }} ;
DELETE {{ GRAPH ?g {{ ?m bkg:inDocument ?d }} }}
WHERE {{ {{ SELECT ?m WHERE {{ GRAPH ?h {{ ?m a bkg:Mention }} }} ORDER BY DESC(?m) LIMIT 1 }}
        GRAPH ?g {{ ?m bkg:inDocument ?d }} }}
"""


def _without_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shacl_core.Data, "none_from", lambda self, gate: False)


def test_broken_spans_of_one_document_give_the_report_of_pyshacl(small_store: Path) -> None:
    store = copy_of(small_store, BREAK_SPANS)
    whole = validate_store(store, whole=True)
    split = validate_store(store, workers=2)
    assert same(split, whole)
    shapes = {r.shape.rsplit("#", 1)[-1] for r in split.violations if r.shape}
    assert {
        "SpanBeginShape",
        "SpanEndShape",
        "ProvenanceSourceShape",
        "SpanDocumentShape",
        "SpanIriShape",
    } <= shapes


@pytest.mark.parametrize("update", [None, BREAK, BREAK_SPANS])
def test_gates_skip_only_queries_that_find_nothing(
    small_store: Path, update: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def key(v: Violation) -> tuple[str, str, str, str]:
        return (v.shape.iri or "", v.component, str(v.focus), str(v.value))

    store = copy_of(small_store, update)
    compiled = load_plan(shapes_file()).compiled
    with ThreadPoolExecutor(2) as pool:
        gated = Counter(map(key, check_all(store, compiled, pool)))
    _without_gates(monkeypatch)
    assert Counter(map(key, check_all(store, compiled))) == gated


def test_a_gate_shared_by_shapes_is_asked_once(
    small_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = load_plan(shapes_file()).compiled
    data = shacl_core.Data(open_read_only(small_store))
    uses: Counter[str] = Counter(
        query.gate
        for top in compiled.shapes
        for shape in (top.shape, *top.shape.properties)
        for query in gated_queries(shape, top.focus, data.subclasses)
        if query.gate is not None
    )
    shared = {gate for gate, n in uses.items() if n > 1}
    # prov:wasDerivedFrom of every entity class, the offsets of mentions and sentences
    assert len(shared) >= 5
    asked: Counter[str] = Counter()
    rows = shacl_core.Data.rows

    def counted(self: shacl_core.Data, query: str) -> object:
        asked[query] += 1
        return rows(self, query)

    monkeypatch.setattr(shacl_core.Data, "rows", counted)
    with ThreadPoolExecutor(2) as pool:
        check_all(open_read_only(small_store), compiled, pool)
    assert all(asked[gate] == 1 for gate in uses)


def test_shapes_the_split_cannot_follow_run_whole(small_store: Path, tmp_path: Path) -> None:
    shapes = tmp_path / "deep.ttl"
    shapes.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix bkg: <https://w3id.org/benelux-kg/def#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <urn:x:m> a sh:NodeShape ; sh:targetClass bkg:Mention ;
          sh:property [ sh:path ( bkg:inDocument [ sh:inversePath bkg:inDocument ]
                                  bkg:refersTo rdfs:label ) ; sh:maxCount 0 ;
                        sh:message "too deep" ] .""",
        encoding="utf-8",
    )
    store = copy_of(small_store)
    split, whole = validate_store(store, shapes), validate_store(store, shapes, whole=True)
    assert split.violations and same(split, whole)


def test_results_carry_their_source_span(small_store: Path) -> None:
    report = validate_store(copy_of(small_store, BREAK))
    anchor = next(r for r in report.violations if r.value == SPAN)
    assert anchor.focus == DOC_IRI and anchor.shape
    assert anchor.shape.endswith("SpanAnchorLengthShape")
    location = anchor.locations[0]
    assert (location.document, location.begin, location.end, location.anchor) == (
        DOC_IRI,
        4546,
        4548,
        "EUR",
    )
    unique = next(r for r in report.violations if r.shape and "IdLocalUnique" in r.shape)
    assert unique.locations  # the entity's prov:wasDerivedFrom


# --- The compiled core constraints equal pySHACL (the gate of benelux_kg.shacl_core) ----
#
# ``validate_store`` checks the core shapes it can compile with Oxigraph queries and
# Python (benelux_kg.shacl_core), the SPARQL constraints as single Oxigraph queries, and
# leaves only the rest to pySHACL; ``whole=True`` is pySHACL alone over the whole union.
# The two must give the same results, value for value and message for message, on every
# violating (and valid) graph of tests/test_shapes.py, on the seeds and on broken stores.


def test_every_shape_of_ours_is_compiled() -> None:
    plan = load_plan(shapes_file())
    assert plan.compiled.shapes and not plan.compiled.left, plan.compiled.reasons
    assert not plan.core_targets  # pySHACL has nothing left to do on our shapes


def _engines_agree(graph: rdflib.Graph, tmp_path: Path) -> tuple[Report, Store]:
    path = tmp_path / "case.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    store = load_files([path])  # the case in a graph of its own, beside the ontology
    whole = validate_store(store, whole=True)
    compiled = validate_store(store)
    assert Counter(compiled.results) == Counter(whole.results)
    return whole, store


def _literals_oxigraph_changed(graph: rdflib.Graph, store: Store) -> set[str]:
    """Literals of ``graph`` Oxigraph stores otherwise (xsd:long as xsd:integer, ...)."""
    stored = {str(q.object) for q in store if isinstance(q.object, Literal)}
    return {_oxigraph_nt(o) for o in graph.objects() if isinstance(o, rdflib.Literal)} - stored


@pytest.mark.parametrize("defect", CASES)
def test_compiled_equals_pyshacl_on_every_defect(defect: Case, tmp_path: Path) -> None:
    graph = valid_graph(defect.update)
    whole, store = _engines_agree(graph, tmp_path)
    # Not vacuous: pySHACL itself reports the defect the case is about, unless the
    # defect does not survive loading into a store (a literal Oxigraph canonicalises).
    reported = any((r.shape or "").endswith("#" + defect.shape) for r in whole.results)
    assert reported or _literals_oxigraph_changed(graph, store)


@pytest.mark.parametrize("update", [None, *VALID_VARIANTS])
def test_compiled_equals_pyshacl_on_valid_graphs(update: str | None, tmp_path: Path) -> None:
    whole, _ = _engines_agree(valid_graph(update), tmp_path)
    assert not whole.violations


# Literals rdflib reads in its own way (normalised, ill-typed), odd node kinds, and
# values across graphs: where a naive port of the constraints would part from pySHACL.
ODD = f"""
DELETE {{ GRAPH ?g {{ <{SPAN}> nif:beginIndex ?b }} }}
INSERT {{ GRAPH ?g {{ <{SPAN}> nif:beginIndex "04546"^^xsd:integer }} }}
WHERE {{ GRAPH ?g {{ <{SPAN}> nif:beginIndex ?b }} }} ;
INSERT DATA {{ GRAPH <{DOC_GRAPH}> {{
  <{DOC_IRI}#char=1,3> a bkg:Mention ; bkg:inDocument <{DOC_IRI}> ;
      nif:beginIndex "abc"^^xsd:integer ; nif:endIndex "3.0"^^xsd:decimal ;
      nif:anchorOf "xx"@nl ; bkg:refersTo "Noordse Raad" .
  <{DOC_IRI}#char=5,7> a bkg:Mention ; bkg:inDocument <{DOC_IRI}> ;
      nif:beginIndex "-5"^^xsd:integer , "+5"^^xsd:integer ; nif:endIndex " 7"^^xsd:integer ;
      nif:anchorOf "xx"^^xsd:token ; bkg:refersTo _:b .
  <{DOC_IRI}#char=8,9> a bkg:Mention ; bkg:inDocument <{DOC_IRI}> ;
      nif:beginIndex "8"^^xsd:integer , "08"^^xsd:integer ; nif:endIndex "9"^^xsd:long ;
      nif:anchorOf "x" ; bkg:refersTo <https://w3id.org/benelux-kg/id/country/belgie> .
  <https://w3id.org/benelux-kg/id/instrument/benelux-verdrag>
      eli:date_document "2008-13-45"^^xsd:date , "2008"^^xsd:gYear ;
      eli:id_local "M(2001)1"@nl ; skos:altLabel <urn:x:alt> , _:c ;
      bkg:participant "België" , <https://w3id.org/benelux-kg/id/country/belgie> ;
      rdfs:label "Benelux-Verdrag"@NL-be , "Benelux-Verdrag"^^xsd:string .
  <https://w3id.org/benelux-kg/id/country/iran> a bkg:MemberState ;
      rdfs:label "Iran"@nl .
  _:d a bkg:Institution ; rdfs:label "Naamloos"@nl .
}} }}
"""


def test_compiled_equals_pyshacl_on_odd_values(small_store: Path) -> None:
    store = copy_of(
        small_store,
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" + ODD,
    )
    whole = validate_store(store, whole=True)
    assert len(whole.violations) > 20
    # The SPARQL constraints read literals as stored ("+5"^^xsd:integer), pySHACL as
    # rdflib normalises them ("5"): on such spans the span checks differ, by design of
    # benelux_kg.shapes, not of the core constraints compared here.
    sparql = str(SH.SPARQLConstraintComponent)
    assert Counter(r for r in validate_store(store).results if r.component != sparql) == Counter(
        r for r in whole.results if r.component != sparql
    )


def test_shapes_it_cannot_compile_are_left_to_pyshacl(small_store: Path, tmp_path: Path) -> None:
    # sh:xone is not compiled, nor a shape without sh:message; the compiled one is kept.
    shapes = tmp_path / "mixed.ttl"
    shapes.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix bkg: <https://w3id.org/benelux-kg/def#> .
        @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        <urn:x:xone> a sh:NodeShape ; sh:targetClass bkg:Mention ; sh:message "xone" ;
          sh:xone ( [ sh:path bkg:refersTo ; sh:minCount 1 ]
                    [ sh:path nif:anchorOf ; sh:minCount 1 ] ) .
        <urn:x:silent> a sh:NodeShape ; sh:targetClass bkg:SourceDocument ;
          sh:property [ sh:path bkg:neverThere ; sh:minCount 1 ] .
        <urn:x:kept> a sh:NodeShape ; sh:targetClass bkg:SourceDocument ;
          sh:property [ sh:path bkg:alsoNeverThere ; sh:minCount 1 ; sh:message "kept" ] .""",
        encoding="utf-8",
    )
    plan = load_plan(shapes)
    assert {str(s) for s in plan.compiled.left} == {"urn:x:xone", "urn:x:silent"}
    assert [str(t.shape.node) for t in plan.compiled.shapes] == ["urn:x:kept"]
    store = copy_of(small_store)
    compiled, whole = validate_store(store, shapes), validate_store(store, shapes, whole=True)
    assert {r.message for r in whole.violations} >= {"xone", "kept"}
    assert same(compiled, whole)


# --- Files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "suffix, fmt",
    [
        (".ttl", RdfFormat.TURTLE),
        (".nt", RdfFormat.N_TRIPLES),
        (".nq", RdfFormat.N_QUADS),
        (".jsonld", RdfFormat.JSON_LD),
        (".rdf", RdfFormat.RDF_XML),
    ],
)
def test_every_rdf_format_is_read(
    files: dict[str, Path], tmp_path: Path, suffix: str, fmt: RdfFormat
) -> None:
    store = load_files([files["broken"]])
    path = tmp_path / f"data{suffix}"
    if fmt == RdfFormat.N_QUADS:
        store.dump(path, format=fmt)
    else:
        _union_dump(store, path, fmt)
    expected = validate_files([files["broken"]])
    assert same(validate_files([path]), expected)


def _union_dump(store: Store, path: Path, fmt: RdfFormat) -> None:
    from pyoxigraph import serialize

    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    path.write_bytes(serialize(triples, format=fmt) or b"")


def test_a_store_export_validates_like_the_store(small_store: Path, files: dict[str, Path]) -> None:
    assert same(validate_files([files["good"]]), validate_store(open_read_only(small_store)))


def test_an_unparseable_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <urn:x#> .\nx:a x:b x:c .\nx:a x:b .\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        validate_files([bad])
    assert caught.value.source == str(bad) and caught.value.line == 3


def test_an_unknown_extension_is_an_error(tmp_path: Path) -> None:
    odd = tmp_path / "data.csv"
    odd.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="extension"):
        validate_files([odd])


# --- Reports -------------------------------------------------------------------------


def test_json_report_structure(small_store: Path) -> None:
    report = validate_store(copy_of(small_store, BREAK))
    data = report_json(report)
    assert data["conforms"] is False
    assert data["violations"] == len(report.violations) > 0
    first = data["results"][0]
    assert set(first) == {
        "severity",
        "focus",
        "path",
        "value",
        "message",
        "shape",
        "component",
        "sources",
    }
    anchor = next(r for r in data["results"] if r["value"] == f"<{SPAN}>")
    assert anchor["sources"] == [{"document": DOC_IRI, "begin": 4546, "end": 4548, "anchor": "EUR"}]


def test_turtle_report_is_a_shacl_validation_report(small_store: Path) -> None:
    report = validate_store(copy_of(small_store, BREAK))
    graph = rdflib.Graph().parse(data=render(report, "turtle"), format="turtle")
    root = next(graph.subjects(rdflib.RDF.type, SH.ValidationReport))
    assert graph.value(root, SH.conforms) == rdflib.Literal(False)
    assert len(list(graph.objects(root, SH.result))) == len(report.results)
    unique = next(
        r
        for r in graph.objects(root, SH.result)
        if str(graph.value(r, SH.sourceShape)).endswith("IdLocalUniqueShape")
    )
    path = graph.value(unique, SH.resultPath)
    assert isinstance(path, rdflib.BNode)  # the sequence path, copied from the shapes


def test_text_report_shows_path_value_and_span(small_store: Path) -> None:
    text = render(validate_store(copy_of(small_store, BREAK)), "text")
    assert "Violation: id:document/004_8fbf76c5622830fb" in text
    assert f'source:  {DOC}#char=4546,4548 "EUR"' in text
    assert "path:    (eli:id_local/^eli:id_local)" in text
    assert text.rstrip().splitlines()[-1].startswith("does not conform:")


# --- The command ---------------------------------------------------------------------


def test_cli_conforming_file_exits_0(files: dict[str, Path]) -> None:
    result = run("validate", str(files["good"]))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms: 0 violation(s)" in result.stdout


def test_cli_violations_exit_1_in_every_format(files: dict[str, Path]) -> None:
    text = run("validate", str(files["broken"]))
    assert text.returncode == 1
    assert "Violation:" in text.stdout
    as_json = run("validate", "--format", "json", str(files["broken"]))
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout)["conforms"] is False
    as_turtle = run("validate", "--format", "turtle", str(files["broken"]))
    assert as_turtle.returncode == 1
    assert "sh:ValidationReport" in as_turtle.stdout


def test_cli_warnings_fail_only_when_strict(small_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "warned.trig"
    copy_of(small_store, f"DELETE WHERE {{ GRAPH ?g {{ <{DOC_IRI}> dcterms:title ?t }} }}").dump(
        path, format=RdfFormat.TRIG
    )
    assert run("validate", str(path)).returncode == 0
    strict = run("validate", "--strict", str(path))
    assert strict.returncode == 1
    assert "Source document has no dcterms:title" in strict.stdout


def test_cli_store(small_store: Path) -> None:
    result = run("validate", "--store", str(small_store), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["violations"] == 0


def test_cli_bad_file_exits_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.nt"
    bad.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n", encoding="utf-8")
    result = run("validate", str(bad))
    assert result.returncode == 2
    assert f"{bad}:2:" in result.stderr.replace("\n", "")
    assert "Traceback" not in result.stderr


def test_cli_shapes_override(files: dict[str, Path], tmp_path: Path) -> None:
    shapes = tmp_path / "mine.ttl"
    shapes.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix bkg: <https://w3id.org/benelux-kg/def#> .
        <urn:x:s> a sh:NodeShape ; sh:targetClass bkg:SourceDocument ;
          sh:property [ sh:path bkg:neverThere ; sh:minCount 1 ;
                        sh:message "every document needs bkg:neverThere" ] .""",
        encoding="utf-8",
    )
    result = run("validate", "--shapes", str(shapes), str(files["good"]))
    assert result.returncode == 1
    assert "every document needs bkg:neverThere" in result.stdout
