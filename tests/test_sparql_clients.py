"""Real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore) against a running server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any, cast

import httpx2
import pytest
import uvicorn
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper

from benelux_kg.config import Settings
from benelux_kg.namespaces import sparql_prologue
from benelux_kg.server import create_app
from sparql_store import COMITE, LOOKUP, M_2015_15, REFERENCE, make_store

SETTINGS = Settings(query_timeout=10.0, max_results=1000, query_workers=2)
PROLOGUE = sparql_prologue()  # rdflib parses results; the query itself must be complete


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = make_store(tmp_path_factory.mktemp("clients-store"))
    port = _free_port()
    config = uvicorn.Config(
        create_app(store, SETTINGS), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/sparql"
    server.should_exit = True
    thread.join(timeout=30)
    assert not thread.is_alive()


def test_sparqlwrapper_select_json_by_get_and_post(endpoint: str) -> None:
    for method in ("GET", POST):
        client = SPARQLWrapper(endpoint)
        client.setMethod(method)
        client.setQuery(PROLOGUE + LOOKUP)
        client.setReturnFormat(JSON)
        result = cast(dict[str, Any], client.query().convert())
        assert [b["i"]["value"] for b in result["results"]["bindings"]] == [M_2015_15]


def test_sparqlwrapper_ask_as_xml(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(PREFIXED_ASK)
    client.setReturnFormat(XML)
    document = client.query().convert()
    assert document.getElementsByTagName("boolean")[0].firstChild.data == "true"  # type: ignore[union-attr]


PREFIXED_ASK = PROLOGUE + "ASK { ?i a bkg:Decision }"


def test_sparqlwrapper_construct_as_turtle(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(PROLOGUE + "CONSTRUCT WHERE { ?i eli:passed_by ?by }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")  # type: ignore[arg-type]
    assert set(graph) == {
        (
            URIRef(M_2015_15),
            URIRef("http://data.europa.eu/eli/ontology#passed_by"),
            URIRef(COMITE),
        )
    }


def test_rdflib_sparqlstore_select_and_construct(endpoint: str) -> None:
    store = SPARQLStore(endpoint, returnFormat="json")
    graph = Graph(store=store)
    rows = list(graph.query(PROLOGUE + LOOKUP))
    assert [str(row[0]) for row in rows] == [M_2015_15]  # type: ignore[index]
    store.close()
    # rdflib's default (XML) asks for SPARQL XML or RDF/XML, so a graph can come back
    store = SPARQLStore(endpoint)
    graph = Graph(store=store)
    constructed = graph.query(PROLOGUE + "CONSTRUCT WHERE { ?x a bkg:Institution }")
    assert set(constructed) == {
        (
            URIRef(COMITE),
            URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            URIRef("https://w3id.org/benelux-kg/def#Institution"),
        )
    }
    store.close()


def test_rdflib_sparqlstore_with_a_named_graph(endpoint: str) -> None:
    store = SPARQLStore(endpoint, returnFormat="json")
    graph = Graph(store=store, identifier=URIRef(REFERENCE))
    # rdflib puts the graph in default-graph-uri; only the reference graph is seen
    rows = list(graph.query(PROLOGUE + "SELECT ?x WHERE { ?x a ?type }"))
    assert [str(row[0]) for row in rows] == [COMITE]  # type: ignore[index]
    store.close()


def test_a_plain_http_client_sees_the_truncation_and_cache_headers(endpoint: str) -> None:
    with httpx2.Client() as client:
        response = client.get(endpoint, params={"query": LOOKUP})
        assert response.status_code == 200
        again = client.get(
            endpoint, params={"query": LOOKUP}, headers={"if-none-match": response.headers["etag"]}
        )
        assert again.status_code == 304
        description = client.get(endpoint, headers={"accept": "text/turtle"})
        assert f"sd:endpoint <{endpoint}>" in description.text
