"""The REST shortcuts: one generic layer over queries/*.rq."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import rdflib
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from benelux_kg.build import build
from benelux_kg.config import Settings
from benelux_kg.errors import InputError
from benelux_kg.namespaces import XSD
from benelux_kg.resources import queries_dir
from benelux_kg.server import create_app, errors, rest
from benelux_kg.server.shortcuts import load_shortcuts, parse_shortcut, plain
from benelux_kg.server.state import LiveStore
from benelux_kg.store import open_read_only, publish

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
ID = "https://w3id.org/benelux-kg/id/"
M_2015_15 = ID + "instrument/m-2015-15"
BKG = "https://w3id.org/benelux-kg/def#"
M_1999_1 = ID + "instrument/m-1999-1"  # made up: see EXTRA
JAARPLAN = "002_9e5d61a85da0ad79"

# What the extractors do not find yet (working groups, people, amendments), stated by hand
# in a graph of its own so that every shortcut has something to return.
EXTRA = """
@prefix bkg: <https://w3id.org/benelux-kg/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/benelux-kg/id/> .

<https://w3id.org/benelux-kg/graph/document/test-extra> {
  id:working-group\\/senningenoverleg a bkg:WorkingGroup ;
    rdfs:label "Senningenoverleg"@nl ;
    org:subOrganizationOf id:institution\\/comite-van-ministers ;
    bkg:participant id:country\\/belgie , id:region\\/noordrijn-westfalen ;
    bkg:theme id:theme\\/een-veilige-en-rechtvaardige-benelux .
  id:working-group\\/pentalateraal-energieforum a bkg:WorkingGroup ;
    rdfs:label "Pentalateraal Energieforum"@nl ;
    org:subOrganizationOf id:organisation\\/benelux-unie ;
    bkg:participant id:country\\/frankrijk , id:country\\/duitsland ;
    bkg:theme id:theme\\/een-competitieve-en-duurzame-benelux .
  id:person\\/xavier-bettel a bkg:Person ;
    rdfs:label "Xavier Bettel"@nl ;
    prov:wasDerivedFrom id:document\\/000_a217eddb2c5af20f .
  id:instrument\\/m-1999-1 a bkg:Decision ;
    rdfs:label "M(1999)1"@nl ;
    eli:id_local "M(1999)1" ;
    eli:date_document "1999"^^xsd:gYear ;
    eli:passed_by id:institution\\/comite-van-ministers ;
    eli:amends id:instrument\\/m-2015-15 .
  id:instrument\\/benelux-politieverdrag a bkg:Treaty ;
    rdfs:label "Benelux-Politieverdrag"@nl ;
    eli:date_document "2018-06-23"^^xsd:date .
}
"""


def seeded_store(directory: Path) -> Path:
    """The seed corpus (built without validation) plus the EXTRA graph, published."""
    built = directory / "built"
    build(CORPUS, built, validate=False)
    store = open_read_only(built)
    quads = list(store.quads_for_pattern(None, None, None, None))
    del store
    quads += list(parse(EXTRA, format=RdfFormat.TRIG))
    target = directory / "store"
    publish(target, quads, check=None)
    return target


@pytest.fixture(scope="module")
def rest_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_store(tmp_path_factory.mktemp("rest"))


@pytest.fixture(scope="module")
def client(rest_store: Path) -> TestClient:
    return TestClient(create_app(rest_store))


def iris(response_json: dict[str, object]) -> list[str]:
    return [item["iri"] for item in response_json["items"]]  # type: ignore[attr-defined]


# --- the files -----------------------------------------------------------------------------


def test_every_shipped_query_loads_and_is_documented(client: TestClient) -> None:
    shortcuts = load_shortcuts(queries_dir())
    paths = client.get("/openapi.json").json()["paths"]
    for shortcut in shortcuts:
        operation = paths[shortcut.path]["get"]
        assert operation["summary"] == shortcut.summary
        documented = {p["name"]: p for p in operation.get("parameters", [])}
        for param in shortcut.params:
            assert documented[param.name]["required"] == param.required
        assert "422" in operation["responses"]


def test_the_required_shortcuts_exist() -> None:
    paths = {s.path for s in load_shortcuts(queries_dir())}
    assert {
        "/api/institutions",
        "/api/instruments",
        "/api/instruments/{id}",
        "/api/working-groups",
        "/api/partners",
        "/api/documents",
        "/api/documents/{id}/entities",
        "/api/people",
        "/api/search",
        "/api/sources",
    } <= paths


def test_every_field_is_defined_in_the_published_context() -> None:
    context = json.loads(rest.CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    for shortcut in load_shortcuts(queries_dir()):
        for name in shortcut.field_names:
            assert name in context, f"{shortcut.source}: field {name} not in context.jsonld"
        for nest in shortcut.lists:
            for key, _ in nest.columns:
                assert not key or key in context, f"{shortcut.source}: {nest.name}.{key}"


def test_adding_a_file_adds_a_route(tmp_path: Path, rest_store: Path) -> None:
    (tmp_path / "big-documents.rq").write_text(
        "#+ summary: Documents longer than a number of characters\n"
        "#+ param min: integer required -- fewest characters\n"
        "SELECT ?iri ?characters ?min WHERE {\n"
        "  ?iri bkg:characterCount ?characters FILTER(?characters >= ?min)\n"
        "} ORDER BY ?iri\n",
        encoding="utf-8",
    )
    app = FastAPI()
    errors.install(app)
    app.include_router(rest.router(LiveStore(rest_store), Settings(), tmp_path))
    client = TestClient(app)
    big = client.get("/api/big-documents", params={"min": 100_000}).json()
    everything = client.get("/api/big-documents", params={"min": 0}).json()
    assert 0 < big["total"] < everything["total"] == 5
    assert all(item["characters"] >= 100_000 for item in big["items"])
    missing = client.get("/api/big-documents")
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["parameter"] == "min"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("#+ param x: float -- no such type\nSELECT ?x WHERE { ?x ?p ?o }", "cannot read"),
        ("#+ param x: text\nSELECT ?s WHERE { ?s ?p ?x }", "must project ?x"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "SELECT query"),
        ("#+ list xs: ?nope\nSELECT ?s WHERE { ?s ?p ?o }", "?nope is not in the SELECT"),
        ("#+ path: /api/x/{id}\nSELECT ?s WHERE { ?s ?p ?o }", "path parameter"),
        ("#+ param limit: integer\nSELECT ?limit WHERE { ?s ?p ?limit }", "reserved"),
        ("#+ param class: iri\nSELECT ?class WHERE { ?s a ?class }", "reserved"),
        ("#+ param y: year default=later\nSELECT ?y WHERE { ?s ?p ?y }", "later"),
        ("SELECT ?s WHERE { ?s ?p }", "does not parse"),
    ],
)
def test_a_bad_file_is_refused_with_its_name(tmp_path: Path, text: str, complaint: str) -> None:
    file = tmp_path / "bad.rq"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_shortcut(file)
    assert complaint in str(caught.value)
    assert "bad.rq" in str(caught.value)


# --- values --------------------------------------------------------------------------------


def test_plain_values_are_typed() -> None:
    assert plain(NamedNode(M_2015_15)) == M_2015_15
    assert plain(Literal("2015", datatype=NamedNode(XSD + "gYear"))) == 2015
    assert plain(Literal("12", datatype=NamedNode(XSD + "nonNegativeInteger"))) == 12
    assert plain(Literal("2.5", datatype=NamedNode(XSD + "decimal"))) == 2.5
    assert plain(Literal("NaN", datatype=NamedNode(XSD + "double"))) == "NaN"
    assert plain(Literal("true", datatype=NamedNode(XSD + "boolean"))) is True
    assert plain(Literal("2025-03-24", datatype=NamedNode(XSD + "date"))) == "2025-03-24"
    assert plain(Literal("Benelux", language="nl")) == "Benelux"
    assert plain(None) is None


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_integers_survive(number: int) -> None:
    assert plain(Literal(number)) == number


# --- lists, filters, paging ----------------------------------------------------------------


def test_institutions_are_plain_records(client: TestClient) -> None:
    response = client.get("/api/institutions")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == int(response.headers["x-total-count"]) == len(body["items"]) >= 6
    cvm = next(i for i in body["items"] if i["iri"] == ID + "institution/comite-van-ministers")
    assert cvm["label"] == "Comité van Ministers"
    assert cvm["label_en"] == "Committee of Ministers"
    assert cvm["parent"] == ID + "organisation/benelux-unie"
    assert "Benelux Comité van Ministers" in cvm["alt_labels"]
    assert "q" not in cvm  # parameters are not fields


def test_instrument_filters(client: TestClient) -> None:
    def found(**params: object) -> dict[str, dict[str, object]]:
        response = client.get("/api/instruments", params={**params, "limit": 500})
        assert response.status_code == 200, response.text
        return {i["iri"]: i for i in response.json()["items"]}

    treaty = ID + "instrument/benelux-politieverdrag"
    everything = found()
    assert {M_2015_15, treaty} <= set(everything)
    of_1999 = found(year=1999)
    assert M_1999_1 in of_1999 and treaty not in of_1999
    assert all(str(i["date"]).startswith("1999") for i in of_1999.values())
    assert treaty in found(year=2018)  # an xsd:date counts by its year
    assert found(year=1000) == {}
    recommendations = found(type="Recommendation")
    assert recommendations and set(recommendations) < set(everything)
    assert all(i["types"] == [BKG + "Recommendation"] for i in recommendations.values())
    treaties = found(type="Treaty")
    assert treaty in treaties and M_2015_15 not in treaties
    by_committee = found(passed_by="comite-van-ministers")
    assert M_2015_15 in by_committee and treaty not in by_committee
    committee = ID + "institution/comite-van-ministers"
    assert all(i["passed_by"] == [committee] for i in by_committee.values())
    assert found(passed_by=committee) == by_committee
    assert found(passed_by="benelux-gerechtshof") == {}
    assert treaty in found(q="POLITIEVERDRAG") and M_2015_15 not in found(q="politieverdrag")


def test_paging_walks_every_record_once(client: TestClient) -> None:
    everything = iris(client.get("/api/instruments", params={"limit": 500}).json())
    assert len(everything) >= 5
    seen: list[str] = []
    url: str | None = "/api/instruments?limit=2"
    while url:
        response = client.get(url)
        body = response.json()
        assert body["limit"] == 2 and body["total"] == len(everything)
        assert response.headers["x-total-count"] == str(len(everything))
        seen += iris(body)
        links = dict(
            (rel, target)
            for target, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', response.headers["link"])
        )
        assert "first" in links and "last" in links
        assert ("prev" in links) == (body["offset"] > 0)
        url = links.get("next")
    assert seen == everything


def test_paging_is_bounded(client: TestClient) -> None:
    for params, name in [
        ({"limit": 501}, "limit"),
        ({"limit": 0}, "limit"),
        ({"offset": -1}, "offset"),
    ]:
        response = client.get("/api/instruments", params=params)
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"][0]["parameter"] == name
    beyond = client.get("/api/instruments", params={"offset": 1000}).json()
    assert beyond["items"] == [] and beyond["total"] > 0


@pytest.mark.parametrize(
    ("path", "params", "name"),
    [
        ("/api/instruments", {"year": "twenty"}, "year"),
        ("/api/instruments", {"year": 99999}, "year"),
        ("/api/instruments", {"type": "Verordening"}, "type"),
        ("/api/instruments", {"passed_by": "Comité van Ministers"}, "passed_by"),
        ("/api/working-groups", {"participant": "belgie"}, "participant"),
        ("/api/sources", {}, "entity"),
        (
            "/api/sources",
            {"entity": "instrument/m-2015-15", "predicate": "eli:amends"},
            "predicate",
        ),
        ("/api/search", {"q": ""}, "q"),
        ("/api/search", {"q": "x" * 201}, "q"),
        ("/api/documents", {"format": "xml"}, "format"),
    ],
)
def test_bad_parameters_are_422_naming_them(
    client: TestClient, path: str, params: dict[str, object], name: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert name in [e["parameter"] for e in response.json()["errors"]]
    assert name in response.json()["detail"]


def test_values_are_bound_not_pasted(client: TestClient) -> None:
    hostile = '") } } SELECT * WHERE { ?s ?p ?o } #'
    response = client.get("/api/search", params={"q": hostile})
    assert response.status_code == 200
    assert response.json()["total"] == 0


# --- one instrument ------------------------------------------------------------------------


def test_one_instrument_by_number_or_slug(client: TestClient) -> None:
    by_number = client.get("/api/instruments/M(2015)15")
    by_slug = client.get("/api/instruments/m-2015-15")
    assert by_number.status_code == by_slug.status_code == 200
    assert by_number.json() == by_slug.json()
    record = by_number.json()
    assert record["iri"] == M_2015_15 and record["number"] == "M(2015)15"
    assert record["amended_by"] == [M_1999_1]
    assert record["passed_by"] == [ID + "institution/comite-van-ministers"]
    assert ID + f"document/{JAARPLAN}" in [s["document"] for s in record["sources"]]
    assert record["evidence"], "the facts of M(2015)15 come with their sentences"
    for evidence in record["evidence"]:
        assert "M(2015)15" in evidence["text"]
    amending = client.get("/api/instruments/M(1999)1").json()
    assert amending["amends"] == [M_2015_15] and amending["date"] == 1999


def test_an_unknown_instrument_is_a_helpful_404(client: TestClient) -> None:
    response = client.get("/api/instruments/M(1900)1")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "M(1900)1" in response.json()["detail"]
    assert "/api/instruments?q=" in response.json()["detail"]


# --- the other shortcuts -------------------------------------------------------------------


def test_working_groups_by_parent_participant_theme(client: TestClient) -> None:
    def groups(**params: str) -> dict[str, dict[str, list[str]]]:
        response = client.get("/api/working-groups", params={**params, "limit": "500"})
        assert response.status_code == 200, response.text
        return {g["iri"]: g for g in response.json()["items"]}

    senningen = ID + "working-group/senningenoverleg"
    forum = ID + "working-group/pentalateraal-energieforum"
    assert {senningen, forum} <= set(groups())
    committee = ID + "institution/comite-van-ministers"
    by_parent = groups(parent="institution/comite-van-ministers")
    assert senningen in by_parent and forum not in by_parent
    assert all(committee in g["parents"] for g in by_parent.values())
    assert groups(parent=committee) == by_parent
    by_country = groups(participant="country/frankrijk")
    assert forum in by_country and senningen not in by_country
    assert all(ID + "country/frankrijk" in g["participants"] for g in by_country.values())
    by_theme = groups(theme="een-veilige-en-rechtvaardige-benelux")
    assert senningen in by_theme and forum not in by_theme
    participants = set(by_theme[senningen]["participants"])
    assert {ID + "country/belgie", ID + "region/noordrijn-westfalen"} <= participants


def test_partners_and_what_they_take_part_in(client: TestClient) -> None:
    regions = client.get("/api/partners", params={"type": "NeighbouringRegion"}).json()
    assert regions["total"] >= 3
    assert all(r["class"].endswith("#NeighbouringRegion") for r in regions["items"])
    nrw = next(r for r in regions["items"] if r["iri"] == ID + "region/noordrijn-westfalen")
    assert {
        "iri": ID + "working-group/senningenoverleg",
        "label": "Senningenoverleg",
        "relation": "participant",
    } in nrw["takes_part_in"]
    members = {ID + "country/belgie", ID + "country/nederland", ID + "country/luxemburg"}
    countries = client.get("/api/partners", params={"type": "Country", "limit": 500}).json()
    assert not members & set(iris(countries))


def test_documents_and_what_they_mention(client: TestClient) -> None:
    documents = client.get("/api/documents").json()
    assert documents["total"] == 5
    jaarplan = next(d for d in documents["items"] if d["id"] == JAARPLAN)
    assert jaarplan["mentions"] > 0 and 0 < jaarplan["entities"] <= jaarplan["mentions"]
    entities = client.get(f"/api/documents/{JAARPLAN}/entities", params={"limit": 500}).json()
    assert entities["total"] == jaarplan["entities"]
    assert all(0 < e["mentions"] <= jaarplan["mentions"] for e in entities["items"])
    assert sum(e["mentions"] for e in entities["items"]) >= jaarplan["mentions"]
    text = (CORPUS / f"{JAARPLAN}.txt").read_text(encoding="utf-8")
    first = entities["items"][0]
    assert 0 <= first["first_begin"] < len(text)
    countries = client.get(f"/api/documents/{JAARPLAN}/entities", params={"type": "Country"})
    assert all("/id/country/" in e["entity"] for e in countries.json()["items"])


def test_an_unknown_document_is_404(client: TestClient) -> None:
    response = client.get("/api/documents/999_nothing/entities")
    assert response.status_code == 404
    assert "999_nothing" in response.json()["detail"]


def test_people(client: TestClient) -> None:
    people = client.get("/api/people", params={"q": "bettel"}).json()
    bettel = next(p for p in people["items"] if p["iri"] == ID + "person/xavier-bettel")
    assert ID + "document/000_a217eddb2c5af20f" in bettel["documents"]
    assert all("bettel" in p["label"].lower() for p in people["items"])
    assert client.get("/api/people", params={"q": "zzzz"}).json()["total"] == 0


def test_search_across_labels(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "committee of ministers"}).json()
    assert found["items"][0]["iri"] == ID + "institution/comite-van-ministers"
    assert found["items"][0]["label"] == "Comité van Ministers"
    numbered = client.get("/api/search", params={"q": "M(2015)", "type": "LegalInstrument"})
    assert M_2015_15 in iris(numbered.json())
    assert all("m(2015)" in i["matched"].lower() for i in numbered.json()["items"])
    only_countries = client.get("/api/search", params={"q": "land", "type": "Country"}).json()
    assert only_countries["total"] > 0
    assert all("/id/country/" in i for i in iris(only_countries))


def test_sources_of_an_entity_and_of_a_relation(client: TestClient) -> None:
    text = (CORPUS / f"{JAARPLAN}.txt").read_text(encoding="utf-8")
    everything = client.get("/api/sources", params={"entity": "instrument/m-2015-15"}).json()
    kinds = {s["kind"] for s in everything["items"]}
    assert kinds == {"mention", "sentence"}
    for source in everything["items"]:
        if source["document"].endswith(JAARPLAN):
            assert text[source["begin"] : source["end"]] == source["text"]
    passed_by = "http://data.europa.eu/eli/ontology#passed_by"
    relation = client.get(
        "/api/sources", params={"entity": M_2015_15, "predicate": passed_by}
    ).json()
    assert relation["total"] >= 1
    assert all(s["kind"] == "sentence" for s in relation["items"])
    assert all(s["predicate_iri"] == passed_by for s in relation["items"])
    assert all(
        s["object_value"] == ID + "institution/comite-van-ministers" for s in relation["items"]
    )


def test_classes_count_their_instances(client: TestClient) -> None:
    classes = {c["iri"]: c for c in client.get("/api/classes").json()["items"]}
    assert classes[BKG + "SourceDocument"]["instances"] == 5
    documents = client.get("/api/documents").json()["total"]
    assert classes[BKG + "SourceDocument"]["instances"] == documents
    assert classes[BKG + "Institution"]["label_en"]
    counts = [c["instances"] for c in classes.values()]
    assert counts == sorted(counts, reverse=True)


# --- formats -------------------------------------------------------------------------------


def test_json_ld_with_the_published_context(client: TestClient) -> None:
    response = client.get("/api/institutions", headers={"accept": "application/ld+json"})
    assert response.headers["content-type"].startswith("application/ld+json")
    assert "Accept" in response.headers["vary"]
    body = response.json()
    assert body["@context"] == "http://testserver/context.jsonld"
    assert body["@type"] == "Collection" and body["total"] == len(body["items"])
    context = client.get("/context.jsonld")
    assert context.status_code == 200
    assert context.headers["content-type"].startswith("application/ld+json")
    assert context.json()["@context"]["iri"] == "@id"
    one = client.get("/api/instruments/m-2015-15", params={"format": "jsonld"}).json()
    assert one["@context"].endswith("/context.jsonld") and one["iri"] == M_2015_15


def test_json_ld_means_what_the_graph_says(client: TestClient) -> None:
    body = client.get("/api/instruments", params={"limit": 500, "format": "jsonld"}).json()
    body["@context"] = json.loads(rest.CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    graph = rdflib.Graph().parse(data=json.dumps(body), format="json-ld")
    m = rdflib.URIRef(M_2015_15)
    eli = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
    assert (m, eli.id_local, rdflib.Literal("M(2015)15")) in graph
    assert (m, rdflib.RDF.type, rdflib.URIRef(BKG + "Decision")) in graph
    assert (m, eli.passed_by, rdflib.URIRef(ID + "institution/comite-van-ministers")) in graph
    collection = rdflib.URIRef(body["@id"])
    hydra = rdflib.Namespace("http://www.w3.org/ns/hydra/core#")
    assert (collection, hydra.member, m) in graph


def test_csv_for_lists(client: TestClient) -> None:
    by_accept = client.get("/api/institutions", headers={"accept": "text/csv"})
    by_format = client.get("/api/institutions", params={"format": "csv"})
    assert by_accept.headers["content-type"].startswith("text/csv")
    assert by_accept.text == by_format.text
    rows = list(csv.reader(io.StringIO(by_accept.text)))
    assert rows[0] == [
        "iri",
        "label",
        "label_en",
        "label_fr",
        "parent",
        "parent_label",
        "alt_labels",
    ]
    assert len(rows) - 1 == int(by_accept.headers["x-total-count"])
    assert by_accept.headers["link"]


def test_unacceptable_media_types_are_406(client: TestClient) -> None:
    assert client.get("/api/institutions", headers={"accept": "image/png"}).status_code == 406
    item = client.get("/api/instruments/m-2015-15", headers={"accept": "text/csv"})
    assert item.status_code == 406
    assert item.headers["content-type"] == "application/problem+json"


def test_the_base_iri_decides_what_ids_mean(tmp_path: Path) -> None:
    base = "http://example.org/kg/"
    trig = f"""
        @prefix bkg: <{BKG}> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix eli: <http://data.europa.eu/eli/ontology#> .
        <{base}graph/x> {{
          <{base}id/institution/raad> a bkg:Institution ; rdfs:label "Raad"@nl .
          <{base}id/instrument/b-1> a bkg:Decision ; eli:passed_by <{base}id/institution/raad> .
          bkg:Decision rdfs:subClassOf bkg:LegalInstrument .
        }}"""
    quads = parse(trig, format=RdfFormat.TRIG)
    publish(tmp_path, quads, check=None)
    app = FastAPI()
    errors.install(app)
    app.include_router(rest.router(LiveStore(tmp_path), Settings(base_iri=base)))
    found = TestClient(app).get("/api/instruments", params={"passed_by": "raad"}).json()
    assert iris(found) == [f"{base}id/instrument/b-1"]


# --- IRI parameters written into the query ------------------------------------------------

_ID = "https://w3id.org/benelux-kg/id/"
_DEF = "https://w3id.org/benelux-kg/def#"
_INLINED = [
    ("sources", {"entity": NamedNode(_ID + "institution/comite-van-ministers")}),
    (
        "sources",
        {
            "entity": NamedNode(_ID + "instrument/m-2015-15"),
            "predicate": NamedNode("http://data.europa.eu/eli/ontology#passed_by"),
        },
    ),
    ("working-groups", {"parent": NamedNode(_ID + "institution/comite-van-ministers")}),
    ("working-groups", {"participant": NamedNode(_ID + "region/noordrijn-westfalen")}),
    ("instruments", {"type": NamedNode(_DEF + "Decision"), "q": Literal("2015")}),
    ("partners", {"type": NamedNode(_DEF + "Country")}),
]


@pytest.mark.parametrize(("name", "bindings"), _INLINED)
def test_iri_parameters_written_into_the_query_give_what_binding_gives(
    rest_store: Path, name: str, bindings: dict[str, NamedNode | Literal]
) -> None:
    from dataclasses import replace

    from benelux_kg.server.shortcuts import inline_parameters, run

    shortcut = next(s for s in load_shortcuts(queries_dir()) if s.name == name)
    assert shortcut.inline
    text = inline_parameters(shortcut.query, bindings)
    for param, term in bindings.items():
        # IRIs are written from the WHERE clause on; text is never pasted.
        assert (str(term) in text) == isinstance(term, NamedNode)
        assert f"?{param}" in text.split("WHERE", 1)[0] or param not in shortcut.fields
    store = open_read_only(rest_store)
    inlined = run(shortcut, store, bindings)
    bound = run(replace(shortcut, inline=False), store, bindings)
    assert inlined == bound and inlined[0] > 0


def test_a_query_that_binds_its_parameter_itself_is_not_inlined(tmp_path: Path) -> None:
    rq = tmp_path / "own.rq"
    rq.write_text(
        "#+ summary: x\n#+ path: /api/own\n#+ param who: iri -- someone\n"
        "SELECT ?who ?label WHERE { ?who rdfs:label ?label } ORDER BY ?who\n",
        encoding="utf-8",
    )
    assert not parse_shortcut(rq).inline
