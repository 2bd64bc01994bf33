"""The W3C SPARQL 1.1 Protocol and Service Description test cases, run against /sparql.

The manifests and data are copied from w3c/rdf-tests into tests/data/w3c-protocol (with
their licence). Every case is run: queries must succeed as the manifest says; ``update_*``
cases must be refused (403) on this read-only endpoint and leave no trace; ``bad_*`` cases
must get the 4xx the manifest asks for.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pyoxigraph import (
    NamedNode,
    Quad,
    QueryResultsFormat,
    RdfFormat,
    parse,
    parse_query_results,
)
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from benelux_kg.config import Settings
from benelux_kg.server import create_app
from benelux_kg.store import publish

DATA = Path(__file__).parent / "data" / "w3c-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
SD = "http://www.w3.org/ns/sparql-service-description#"
BOOLEAN_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
}
TABULAR_TYPES = {**BOOLEAN_TYPES, "text/tab-separated-values": QueryResultsFormat.TSV}
RDF_TYPES = {
    "application/rdf+xml": RdfFormat.RDF_XML,
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
}


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str
    body: bytes | None
    headers: dict[str, str]
    status_classes: frozenset[int]  # 2 for 2xx, ...
    expected_format: str | None
    expected_boolean: bool | None


@dataclass(frozen=True)
class Case:
    name: str
    title: str
    exchanges: tuple[Exchange, ...]


def _one(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    return next(iter(graph.objects(subject, predicate)), None)


def _exchange(graph: Graph, request: Node) -> Exchange:
    body = None
    body_node = _one(graph, request, HT.body)
    if body_node is not None:
        encoding = str(_one(graph, body_node, CNT.characterEncoding) or "UTF-8")
        body = str(_one(graph, body_node, CNT.chars)).encode(encoding.lower())
    headers = {}
    headers_node = _one(graph, request, HT.headers)
    if headers_node is not None:
        for header in Collection(graph, headers_node):
            headers[str(_one(graph, header, HT.fieldName))] = str(
                _one(graph, header, HT.fieldValue)
            )
    response = _one(graph, request, HT.resp)
    assert response is not None
    statuses = frozenset(
        int(str(s).removeprefix(HTS)[0]) for s in graph.objects(response, MF.expectedStatus)
    )
    fmt = _one(graph, response, MF.expectedFormat)
    boolean = _one(graph, response, MF.expectedBoolean)
    path = str(_one(graph, request, HT.absolutePath))
    assert path.startswith("/sparql/")
    return Exchange(
        method=str(_one(graph, request, HT.methodName)),
        path="/sparql" + path.removeprefix("/sparql/"),
        body=body,
        headers=headers,
        status_classes=statuses,
        expected_format=str(fmt) if fmt is not None else None,
        expected_boolean=bool(boolean.toPython()) if boolean is not None else None,  # type: ignore[attr-defined]
    )


def load_cases() -> list[Case]:
    graph = Graph().parse(DATA / "manifest.ttl", format="turtle")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    cases = []
    for entry in Collection(graph, _one(graph, manifest, MF.entries)):  # type: ignore[arg-type]
        action = _one(graph, entry, MF.action)
        requests = Collection(graph, _one(graph, action, HT.requests))  # type: ignore[arg-type]
        cases.append(
            Case(
                name=str(entry).rsplit("#", 1)[1],
                title=str(_one(graph, entry, MF.name)),
                exchanges=tuple(_exchange(graph, r) for r in requests),
            )
        )
    return cases


def dataset_quads() -> Iterator[Quad]:
    """data1.nt–data3.nt, each in the named graph the manifest's ``ut:graphData`` names."""
    graph = Graph().parse(DATA / "manifest.ttl", format="turtle")
    names = {
        str(_one(graph, data, UT.graph)): str(_one(graph, data, RDFS.label))
        for data in graph.objects(None, UT.graphData)
    }
    for file_iri, name in sorted(names.items()):
        path = DATA / file_iri.rsplit("/", 1)[1]
        for quad in parse(path=str(path), format=RdfFormat.N_TRIPLES):
            yield Quad(quad.subject, quad.predicate, quad.object, NamedNode(name))


CASES = load_cases()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = tmp_path_factory.mktemp("w3c-store")
    publish(store, list(dataset_quads()), check=None)
    with TestClient(create_app(store, Settings(query_workers=2))) as test_client:
        yield test_client


def test_the_manifest_was_read_whole() -> None:
    assert len(CASES) == 34
    assert len([c for c in CASES if c.name.startswith("update_")]) == 7


def _send(client: TestClient, exchange: Exchange) -> tuple[int, str, bytes]:
    response = client.request(
        exchange.method, exchange.path, content=exchange.body, headers=exchange.headers
    )
    media = response.headers.get("content-type", "").split(";")[0].strip()
    return response.status_code, media, response.content


def _check_format(exchange: Exchange, media: str, body: bytes) -> None:
    if exchange.expected_format == "boolean":
        assert media in BOOLEAN_TYPES
        answer = parse_query_results(body, BOOLEAN_TYPES[media])
        if exchange.expected_boolean is not None:
            assert bool(answer) is exchange.expected_boolean
    elif exchange.expected_format == "tabular":
        assert media in TABULAR_TYPES or media == "text/csv"
    elif exchange.expected_format == "RDF":
        assert media in RDF_TYPES
        list(parse(body, RDF_TYPES[media]))


@pytest.mark.parametrize(
    "case", [c for c in CASES if not c.name.startswith("update_")], ids=lambda c: c.name
)
def test_query_and_bad_request_cases(client: TestClient, case: Case) -> None:
    for exchange in case.exchanges:
        status, media, body = _send(client, exchange)
        assert status // 100 in exchange.status_classes, (case.title, status, body)
        if status // 100 == 2:
            _check_format(exchange, media, body)
        if case.name.startswith("bad_update_"):
            assert status in (403, 415), "an update is refused as such, or for its media type"


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.name.startswith("update_")], ids=lambda c: c.name
)
def test_update_cases_are_refused_and_leave_no_trace(client: TestClient, case: Case) -> None:
    update, *checks = case.exchanges
    status, media, _ = _send(client, update)
    assert status == 403
    assert media == "application/problem+json"
    for check in checks:  # the queries that would see the update's effect see none
        status, media, body = _send(client, check)
        assert status == 200
        assert check.expected_boolean is True
        assert bool(parse_query_results(body, BOOLEAN_TYPES[media])) is False


# --- service-description-manifest.ttl: three cases described in prose ------------------


def _description(client: TestClient, accept: str) -> Graph:
    response = client.get("/sparql", headers={"accept": accept})
    assert response.status_code == 200
    media = response.headers["content-type"].split(";")[0]
    assert media == accept
    fmt = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/n-triples": "nt"}
    return Graph().parse(data=response.content, format=fmt[accept])


def test_sd_manifest_lists_the_three_cases() -> None:
    graph = Graph().parse(DATA / "service-description-manifest.ttl", format="turtle")
    names = {str(s).rsplit("#", 1)[1] for s in graph.subjects(RDF.type, MF.ServiceDescriptionTest)}
    assert names == {"returns-rdf", "has-endpoint-triple", "conforms-to-schema"}


@pytest.mark.parametrize("accept", ["text/turtle", "application/rdf+xml", "application/n-triples"])
def test_sd_returns_rdf(client: TestClient, accept: str) -> None:
    assert len(_description(client, accept)) > 10


def test_sd_has_endpoint_triple(client: TestClient) -> None:
    graph = _description(client, "text/turtle")
    endpoint = URIRef("http://testserver/sparql")
    assert (None, URIRef(SD + "endpoint"), endpoint) in graph


def test_sd_conforms_to_schema(client: TestClient) -> None:
    graph = _description(client, "text/turtle")
    services = list(graph.subjects(RDF.type, URIRef(SD + "Service")))
    assert len(services) == 1
    service = services[0]
    languages = set(graph.objects(service, URIRef(SD + "supportedLanguage")))
    assert languages and languages <= {URIRef(SD + "SPARQL10Query"), URIRef(SD + "SPARQL11Query")}
    assert all(isinstance(f, URIRef) for f in graph.objects(service, URIRef(SD + "resultFormat")))
    dataset = _one(graph, service, URIRef(SD + "defaultDataset"))
    assert (dataset, RDF.type, URIRef(SD + "Dataset")) in graph
    named = list(graph.objects(dataset, URIRef(SD + "namedGraph")))
    assert len(named) == 3
    for node in named:
        assert isinstance(_one(graph, node, URIRef(SD + "name")), URIRef)
        assert (_one(graph, node, URIRef(SD + "graph")), RDF.type, URIRef(SD + "Graph")) in graph
