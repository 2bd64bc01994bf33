"""The SPARQL 1.1 Protocol at /sparql, the service description and the Graph Store (read)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import (
    NamedNode,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    parse,
    parse_query_results,
)

from benelux_kg.config import Settings
from benelux_kg.server import create_app
from benelux_kg.server.service_description import SD, VOID
from benelux_kg.sparql import TRUNCATED_LINK
from benelux_kg.store import publish
from sparql_store import (
    COMITE,
    DOC_A,
    DOC_B,
    LOOKUP,
    M_2015_15,
    MENTIONS,
    REFERENCE,
    make_store,
    seed_quads,
)

LIMIT = 20
SETTINGS = Settings(
    query_timeout=10.0,
    max_results=LIMIT,
    max_query_length=2_000,
    max_body_bytes=4_000,
    query_workers=2,
    cors_origins=("https://example.org",),
)
CONSTRUCT = "CONSTRUCT { ?i ?p ?o } WHERE { ?i eli:id_local 'M(2015)15' ; ?p ?o }"
RESULT_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/rdf+xml": RdfFormat.RDF_XML,
    "application/trig": RdfFormat.TRIG,
    "application/n-quads": RdfFormat.N_QUADS,
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("sparql-store"))


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store, SETTINGS)) as test_client:
        yield test_client


def values(response_body: bytes, media_type: str, name: str = "i") -> list[str]:
    solutions = parse_query_results(response_body, RESULT_TYPES[media_type])
    assert isinstance(solutions, QuerySolutions)
    return [s[name].value for s in solutions]


def media(response_content_type: str) -> str:
    return response_content_type.split(";")[0].strip()


# --- the three ways to send a query -------------------------------------------------


def test_get_form_post_and_direct_post_give_the_same_answer(client: TestClient) -> None:
    by_get = client.get("/sparql", params={"query": LOOKUP})
    by_form = client.post("/sparql", data={"query": LOOKUP})
    by_direct = client.post(
        "/sparql", content=LOOKUP, headers={"content-type": "application/sparql-query"}
    )
    for response in (by_get, by_form, by_direct):
        assert response.status_code == 200
        assert values(response.content, "application/sparql-results+json") == [M_2015_15]


def test_a_form_post_may_carry_dataset_parameters_in_the_url(client: TestClient) -> None:
    query = "SELECT ?x WHERE { ?x a bkg:Institution }"
    response = client.post(f"/sparql?default-graph-uri={DOC_A}", data={"query": query})
    assert values(response.content, "application/sparql-results+json", "x") == []


def test_without_dataset_parameters_the_default_graph_is_the_union(client: TestClient) -> None:
    query = "SELECT ?x WHERE { ?i eli:passed_by ?x . ?x a bkg:Institution }"
    response = client.get("/sparql", params={"query": query})
    assert values(response.content, "application/sparql-results+json", "x") == [COMITE]


@pytest.mark.parametrize(("graph", "expected"), [(DOC_A, []), (REFERENCE, [COMITE])])
def test_default_graph_uri_sets_the_default_graph(
    client: TestClient, graph: str, expected: list[str]
) -> None:
    query = "SELECT ?x WHERE { ?x a bkg:Institution }"
    response = client.get("/sparql", params={"query": query, "default-graph-uri": graph})
    assert values(response.content, "application/sparql-results+json", "x") == expected


def test_named_graph_uri_limits_the_named_graphs(client: TestClient) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    everything = client.get("/sparql", params={"query": query})
    assert values(everything.content, "application/sparql-results+json", "g") == sorted(
        [DOC_A, DOC_B, REFERENCE]
    )
    some = client.get("/sparql", params={"query": query, "named-graph-uri": [DOC_A, REFERENCE]})
    assert values(some.content, "application/sparql-results+json", "g") == [DOC_A, REFERENCE]


# --- content negotiation ------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        (
            "application/sparql-results+json;q=0.5, application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
        ("text/html, application/xhtml+xml, */*;q=0.8", "application/sparql-results+json"),
        ("text/*;q=0.9, text/csv;q=0.1", "text/tab-separated-values"),
        ("application/json", "application/json"),
    ],
)
def test_select_results_are_negotiated(
    client: TestClient, accept: str | None, expected: str
) -> None:
    headers = {"accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": LOOKUP}, headers=headers)
    assert response.status_code == 200
    assert media(response.headers["content-type"]) == expected
    if expected == "text/csv":
        assert response.text.splitlines() == ["i", M_2015_15]
    elif expected == "application/json":
        assert response.json()["results"]["bindings"][0]["i"]["value"] == M_2015_15
    else:
        assert values(response.content, expected) == [M_2015_15]


@pytest.mark.parametrize("accept", list(RESULT_TYPES))
def test_ask_results_are_negotiated(client: TestClient, accept: str) -> None:
    response = client.get(
        "/sparql", params={"query": "ASK { ?s a bkg:Decision }"}, headers={"accept": accept}
    )
    assert media(response.headers["content-type"]) == accept
    assert bool(parse_query_results(response.content, RESULT_TYPES[accept])) is True


@pytest.mark.parametrize("accept", list(GRAPH_TYPES))
@pytest.mark.parametrize("query", [CONSTRUCT, f"DESCRIBE <{M_2015_15}>"])
def test_graph_results_are_negotiated(client: TestClient, accept: str, query: str) -> None:
    response = client.get("/sparql", params={"query": query}, headers={"accept": accept})
    assert response.status_code == 200
    assert media(response.headers["content-type"]) == accept
    quads = list(parse(response.content, GRAPH_TYPES[accept]))
    assert len(quads) == 4
    assert {q.subject for q in quads} == {NamedNode(M_2015_15)}


@pytest.mark.parametrize(
    ("fmt", "query", "expected"),
    [
        ("xml", LOOKUP, "application/sparql-results+xml"),
        ("csv", LOOKUP, "text/csv"),
        ("application/sparql-results+xml", LOOKUP, "application/sparql-results+xml"),
        ("ttl", CONSTRUCT, "text/turtle"),
        ("json", CONSTRUCT, "application/ld+json"),
        ("nt", CONSTRUCT, "application/n-triples"),
    ],
)
def test_the_format_parameter_wins_over_accept(
    client: TestClient, fmt: str, query: str, expected: str
) -> None:
    response = client.get(
        "/sparql", params={"query": query, "format": fmt}, headers={"accept": "text/plain"}
    )
    assert response.status_code == 200
    assert media(response.headers["content-type"]) == expected


@pytest.mark.parametrize(
    ("query", "params", "accept"),
    [
        (LOOKUP, {}, "image/png"),
        (LOOKUP, {}, "text/turtle"),
        (CONSTRUCT, {}, "text/csv"),
        (LOOKUP, {"format": "turtle"}, None),
        (LOOKUP, {"format": "bogus"}, None),
    ],
)
def test_nothing_acceptable_is_a_406(
    client: TestClient, query: str, params: dict[str, str], accept: str | None
) -> None:
    headers = {"accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": query, **params}, headers=headers)
    assert response.status_code == 406
    assert response.headers["content-type"] == "application/problem+json"


# --- bad requests are 4xx, never 500 ------------------------------------------------


@pytest.mark.parametrize(
    ("method", "kwargs", "status"),
    [
        ("GET", {"params": {"query": "SELECT * WHERE { ?s ?p }"}}, 400),
        ("GET", {"params": {"query": "ASK {"}}, 400),
        ("GET", {"params": {"query": "nonsense"}}, 400),
        ("GET", {"params": {"query": ["ASK {}", "ASK {}"]}}, 400),
        ("POST", {"data": {"format": "json"}}, 400),
        ("POST", {"content": LOOKUP, "headers": {"content-type": "text/plain"}}, 415),
        ("POST", {"content": LOOKUP}, 415),
        (
            "POST",
            {
                "content": LOOKUP.encode("utf-16"),
                "headers": {"content-type": "application/sparql-query; charset=UTF-16"},
            },
            415,
        ),
        (
            "POST",
            {"content": b"ASK { \xff }", "headers": {"content-type": "application/sparql-query"}},
            400,
        ),
        ("PUT", {"params": {"query": "ASK {}"}}, 405),
        ("GET", {"params": {"query": "SELECT * { ?s ?p ?o } #" + "x" * 3000}}, 413),
        ("POST", {"data": {"query": "ASK {} #" + "x" * 5000}}, 413),
    ],
)
def test_bad_requests_get_a_4xx_problem(
    client: TestClient, method: str, kwargs: dict[str, object], status: int
) -> None:
    response = client.request(method, "/sparql", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == status


def test_a_syntax_error_names_the_parser_position(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE {\n  ?s ?p \n}"})
    body = response.json()
    assert response.status_code == 400
    assert (body["line"], body["column"]) == (3, 2)
    assert "syntax error" in body["detail"]


# --- limits, caching, CORS -----------------------------------------------------------


def test_a_truncated_select_says_so_in_a_header_and_in_the_head(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?m WHERE { ?m a bkg:Mention }"})
    body = response.json()
    assert response.headers["x-benelux-kg-truncated"] == "true"
    assert body["head"]["link"] == [TRUNCATED_LINK]
    assert len(body["results"]["bindings"]) == LIMIT < MENTIONS


def test_a_truncated_xml_result_carries_the_link(client: TestClient) -> None:
    response = client.get(
        "/sparql", params={"query": "SELECT ?m WHERE { ?m a bkg:Mention }", "format": "xml"}
    )
    assert response.headers["x-benelux-kg-truncated"] == "true"
    assert f'<link href="{TRUNCATED_LINK}"/>' in response.text
    assert len(values(response.content, "application/sparql-results+xml", "m")) == LIMIT


def test_a_truncated_graph_says_so_in_a_header(client: TestClient) -> None:
    query = "CONSTRUCT { ?m ?p ?o } WHERE { ?m a bkg:Mention ; ?p ?o }"
    response = client.get("/sparql", params={"query": query, "format": "nt"})
    assert response.headers["x-benelux-kg-truncated"] == "true"
    assert len(response.text.strip().splitlines()) == LIMIT


def test_a_complete_result_is_not_marked(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": LOOKUP})
    assert "x-benelux-kg-truncated" not in response.headers
    assert "link" not in response.json()["head"]


def test_results_carry_an_etag_and_a_304_spares_the_query(client: TestClient) -> None:
    first = client.get("/sparql", params={"query": LOOKUP})
    etag = first.headers["etag"]
    assert first.headers["cache-control"].startswith("public")
    assert "Accept" in first.headers["vary"]
    again = client.get("/sparql", params={"query": LOOKUP}, headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    other = client.get("/sparql", params={"query": LOOKUP, "format": "xml"})
    assert other.headers["etag"] != etag
    stale = client.get("/sparql", params={"query": LOOKUP}, headers={"if-none-match": '"old"'})
    assert stale.status_code == 200


def test_cors_allows_the_configured_origins_only(client: TestClient) -> None:
    allowed = client.get(
        "/sparql", params={"query": LOOKUP}, headers={"origin": "https://example.org"}
    )
    assert allowed.headers["access-control-allow-origin"] == "https://example.org"
    assert "etag" in allowed.headers["access-control-expose-headers"].lower()
    refused = client.get(
        "/sparql", params={"query": LOOKUP}, headers={"origin": "https://evil.test"}
    )
    assert "access-control-allow-origin" not in refused.headers
    preflight = client.options(
        "/sparql",
        headers={
            "origin": "https://example.org",
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


# --- the service description ---------------------------------------------------------


def _description(client: TestClient, accept: str = "text/turtle") -> tuple[object, list[object]]:
    response = client.get("/sparql", headers={"accept": accept})
    assert response.status_code == 200
    assert media(response.headers["content-type"]) == accept
    return response, list(parse(response.content, GRAPH_TYPES[accept]))


def test_the_service_description_names_this_endpoint_and_the_features(
    client: TestClient,
) -> None:
    _, quads = _description(client)
    facts = {(q.subject, q.predicate, q.object) for q in quads}  # type: ignore[attr-defined]
    endpoint = NamedNode("http://testserver/sparql")
    assert (endpoint, NamedNode(SD + "endpoint"), endpoint) in facts
    assert (endpoint, NamedNode(SD + "feature"), NamedNode(SD + "UnionDefaultGraph")) in facts
    assert (endpoint, NamedNode(SD + "supportedLanguage"), NamedNode(SD + "SPARQL11Query")) in facts


def test_the_service_description_can_be_revalidated(client: TestClient) -> None:
    response, _ = _description(client)
    etag = response.headers["etag"]  # type: ignore[attr-defined]
    again = client.get("/sparql", headers={"accept": "text/turtle", "if-none-match": etag})
    assert again.status_code == 304
    other = client.get("/sparql", headers={"accept": "application/n-triples"})
    assert other.headers["etag"] != etag


def test_the_void_description_counts_triples_per_graph_and_classes(client: TestClient) -> None:
    _, quads = _description(client, "application/n-triples")
    by_subject: dict[object, dict[str, list[object]]] = {}
    for q in quads:
        by_subject.setdefault(q.subject, {}).setdefault(q.predicate.value, []).append(q.object)  # type: ignore[attr-defined]
    sizes = {}
    for props in by_subject.values():
        if SD + "name" in props:
            graph = by_subject[props[SD + "graph"][0]]
            sizes[props[SD + "name"][0].value] = int(graph[VOID + "triples"][0].value)  # type: ignore[attr-defined]
    expected: dict[str, int] = {}
    for quad in seed_quads():
        expected[quad.graph_name.value] = expected.get(quad.graph_name.value, 0) + 1  # type: ignore[union-attr]
    assert sizes == expected
    classes = {
        props[VOID + "class"][0].value: int(props[VOID + "entities"][0].value)  # type: ignore[attr-defined]
        for props in by_subject.values()
        if VOID + "class" in props
    }
    assert classes["https://w3id.org/benelux-kg/def#Mention"] == MENTIONS
    assert classes["https://w3id.org/benelux-kg/def#Decision"] == 1


def test_the_statistics_are_computed_once_per_generation(
    store: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from benelux_kg.server import service_description

    calls = []
    real = service_description.dataset_statistics

    def counting(store: object) -> object:
        calls.append(1)
        return real(store)  # type: ignore[arg-type]

    monkeypatch.setattr(service_description, "dataset_statistics", counting)
    cache = service_description.StatisticsCache()
    live = make_store(tmp_path / "store")
    from benelux_kg.store import current_generation

    first = cache.get(current_generation(live))
    assert cache.get(current_generation(live)) is first
    assert len(calls) == 1
    publish(live, seed_quads()[:3], check=None)
    assert cache.get(current_generation(live)).triples == 3
    assert len(calls) == 2


# --- the query page --------------------------------------------------------------------


BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_browsers_get_the_query_page_with_local_assets(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "decisions.rq").write_text(
        "# All decisions of the Committee of Ministers.\n# Parameters: none.\n"
        "SELECT ?d WHERE { ?d a bkg:Decision }\n",
        encoding="utf-8",
    )
    (tmp_path / "queries" / "instrument.rq").write_text(
        "#+ summary: One legal instrument, by its number\n#+ path: /api/instruments/{id}\n"
        "#+ param id: text -- the official number\n"
        "SELECT ?iri ?id WHERE { ?iri eli:id_local ?id }\n",
        encoding="utf-8",
    )
    (tmp_path / "queries" / "README.md").write_text("# not a query\n", encoding="utf-8")
    monkeypatch.setenv("BENELUX_KG_HOME", str(tmp_path))
    response = client.get("/sparql", headers={"accept": BROWSER})
    assert response.status_code == 200
    assert media(response.headers["content-type"]) == "text/html"
    page = response.text
    assert '<script src="/static/yasgui/yasgui.min.js">' in page
    assert "All decisions of the Committee of Ministers. Parameters: none." in page
    assert "instrument: One legal instrument, by its number (parameters: id)" in page
    assert "not a query" not in page
    # prefixes pre-filled (inside a JSON string, where < and > are escaped)
    assert "PREFIX bkg: \\u003chttps://w3id.org/benelux-kg/def#\\u003e" in page
    assert 'src="http' not in page and 'href="http' not in page  # nothing from elsewhere
    for asset in ("/static/yasgui/yasgui.min.js", "/static/yasgui/yasgui.min.css"):
        assert client.get(asset).status_code == 200


def test_the_query_page_tolerates_no_example_queries(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BENELUX_KG_HOME", str(tmp_path))
    response = client.get("/sparql", headers={"accept": BROWSER})
    assert response.status_code == 200
    assert "(none yet)" in response.text


def test_the_vendored_editor_loads_no_fonts_or_scripts_from_elsewhere() -> None:
    from benelux_kg.server.app import STATIC

    css = (STATIC / "yasgui" / "yasgui.min.css").read_text(encoding="utf-8")
    js = (STATIC / "yasgui" / "yasgui.min.js").read_text(encoding="utf-8")
    assert "@import" not in css and "url(http" not in css
    for host in ("fonts.googleapis", "cdn.jsdelivr", "unpkg.com", "cdnjs"):
        assert host not in js and host not in css
    assert (STATIC / "yasgui" / "LICENSE").is_file()


# --- the Graph Store Protocol, read side ---------------------------------------------


@pytest.mark.parametrize("url", ["/rdf-graphs/document/doc-a", f"/rdf-graphs?graph={DOC_A}"])
def test_a_named_graph_by_path_or_by_iri(client: TestClient, url: str) -> None:
    response = client.get(url, headers={"accept": "application/n-triples"})
    assert response.status_code == 200
    triples = list(parse(response.content, RdfFormat.N_TRIPLES))
    expected = [q for q in seed_quads() if q.graph_name == NamedNode(DOC_A)]
    assert {(t.subject, t.predicate, t.object) for t in triples} == {
        (q.subject, q.predicate, q.object) for q in expected
    }


def test_the_default_graph_is_the_union(client: TestClient) -> None:
    response = client.get("/rdf-graphs?default", headers={"accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["x-benelux-kg-truncated"] == "true"  # more than LIMIT triples
    assert len(list(parse(response.content, RdfFormat.TURTLE))) == LIMIT


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/rdf-graphs/document/unknown", 404),
        ("/rdf-graphs?graph=https://example.org/nothing", 404),
        ("/rdf-graphs", 400),
        (f"/rdf-graphs?default&graph={DOC_A}", 400),
    ],
)
def test_graph_store_errors(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"


def test_graph_store_negotiates_and_caches(client: TestClient) -> None:
    response = client.get("/rdf-graphs/reference", headers={"accept": "application/ld+json"})
    assert media(response.headers["content-type"]) == "application/ld+json"
    assert len(list(parse(response.content, RdfFormat.JSON_LD))) == 2
    again = client.get(
        "/rdf-graphs/reference",
        headers={"accept": "application/ld+json", "if-none-match": response.headers["etag"]},
    )
    assert again.status_code == 304
    assert client.get("/rdf-graphs/reference", headers={"accept": "text/csv"}).status_code == 406


# --- a rebuild ---------------------------------------------------------------------------


def test_the_workers_follow_a_new_generation(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store", label="Oude naam")
    query = f"SELECT ?l WHERE {{ <{M_2015_15}> rdfs:label ?l }}"
    with TestClient(create_app(store, SETTINGS)) as test_client:
        before = test_client.get("/sparql", params={"query": query})
        assert values(before.content, "application/sparql-results+json", "l") == ["Oude naam"]
        make_store(store, label="Nieuwe naam")
        after = test_client.get("/sparql", params={"query": query})
        assert values(after.content, "application/sparql-results+json", "l") == ["Nieuwe naam"]
        assert after.headers["etag"] != before.headers["etag"]


def test_a_streamed_body_over_the_limit_is_cut_off(client: TestClient) -> None:
    chunks = iter([b"query=ASK%20%7B%7D%20%23", b"x" * 3_000, b"x" * 3_000])
    response = client.post(
        "/sparql", content=chunks, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert "content-length" not in response.request.headers  # sent chunked
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


def test_cache_max_age_is_configurable(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENELUX_KG_CACHE_MAX_AGE", "120")
    with TestClient(create_app(store)) as test_client:
        response = test_client.get("/sparql", params={"query": LOOKUP})
    assert response.headers["cache-control"] == "public, max-age=120"


_HEADER_TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60)
_QUERY_TEXT = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        ["SELECT", "ASK {", "CONSTRUCT", "DESCRIBE", "PREFIX x:", "SELECT * {"]
    ).flatmap(lambda head: st.text(max_size=40).map(lambda tail: head + " " + tail)),
)


@given(query=_QUERY_TEXT, fmt=st.one_of(st.none(), _HEADER_TEXT), accept=_HEADER_TEXT)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_no_request_gets_a_server_error(
    client: TestClient, query: str, fmt: str | None, accept: str
) -> None:
    params = {"query": query} if fmt is None else {"query": query, "format": fmt}
    response = client.get("/sparql", params=params, headers={"accept": accept})
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.headers["content-type"] == "application/problem+json"
