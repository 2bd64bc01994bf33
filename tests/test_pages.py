"""Linked-data pages: /id/..., /def, /graph/..., the home and search pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import NamedNode, RdfFormat, parse

from benelux_kg.config import Settings
from benelux_kg.server import create_app, diagram, errors, pages
from benelux_kg.server.state import LiveStore
from benelux_kg.store import publish
from test_rest import CORPUS, ID, JAARPLAN, M_2015_15, seeded_store

COMMITTEE = ID + "institution/comite-van-ministers"
BKG = "https://w3id.org/benelux-kg/def#"
RDF_TYPES = {
    ".ttl": (RdfFormat.TURTLE, "text/turtle"),
    ".nt": (RdfFormat.N_TRIPLES, "application/n-triples"),
    ".jsonld": (RdfFormat.JSON_LD, "application/ld+json"),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(seeded_store(tmp_path_factory.mktemp("pages"))))


def html(client: TestClient, url: str) -> str:
    response = client.get(url, headers={"accept": "text/html"})
    assert response.status_code == 200, url
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def subjects(body: bytes, rdf_format: RdfFormat) -> set[str]:
    return {t.subject.value for t in parse(body, format=rdf_format) if hasattr(t.subject, "value")}


# --- home and search -----------------------------------------------------------------------


def test_home_has_counts_and_entry_points(client: TestClient) -> None:
    page = html(client, "/")
    assert '<form class="search" action="/search" method="get"' in page
    for target in ('href="/sparql"', 'href="/docs"', 'href="/def"', 'href="/api/instruments"'):
        assert target in page
    counts = dict(
        re.findall(r'href="/search\?type=(\w+)">.*?<td class="num">(\d+)</td>', page, re.S)
    )
    assert int(counts["Institution"]) >= 6
    assert int(counts["SourceDocument"]) == 5
    assert 'href="/graph/reference"' in page
    assert '<link rel="alternate" type="application/json" href="/api/classes">' in page
    assert "<script" not in page  # the pages need no JavaScript


def test_search_works_without_javascript(client: TestClient) -> None:
    page = html(client, "/search?q=Comit%C3%A9+van+Ministers")
    assert 'href="/id/institution/comite-van-ministers"' in page
    assert 'value="Comité van Ministers"' in page
    listing = html(client, "/search?type=Institution")
    assert 'href="/id/institution/benelux-parlement"' in listing
    assert 'href="/id/country/belgie"' not in listing
    nothing = html(client, "/search?q=qqqqqq")
    assert "0 results" in nothing


def test_search_escapes_what_it_echoes(client: TestClient) -> None:
    page = html(client, "/search?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)" in page


# --- entities ------------------------------------------------------------------------------


def test_entity_page_shows_properties_sources_and_diagram(client: TestClient) -> None:
    page = html(client, "/id/instrument/m-2015-15")
    assert "<h1>M(2015)15</h1>" in page
    assert M_2015_15 in page  # the IRI itself is shown
    assert 'href="/def#Decision"' in page  # its type, linked locally
    assert 'href="/id/institution/comite-van-ministers">Comité van Ministers</a>' in page
    # a fact with the sentence that states it, its document and its position
    quote = re.search(
        r'<blockquote class="evidence"[^>]*>\s*<p>“([^”]*)”</p>\s*<footer><a href="([^"]+)">'
        r"([^<]+)</a>, characters (\d+)–(\d+)",
        page,
    )
    assert quote is not None
    text, href, title, begin, end = quote.groups()
    assert href.startswith(f"/id/document/{JAARPLAN}#")
    assert title == "Jaarplan 2023 van de Benelux Unie"
    stored = (CORPUS / f"{JAARPLAN}.txt").read_text(encoding="utf-8")
    assert stored[int(begin) : int(end)] == text.replace("&#34;", '"').replace("&#39;", "'")
    # the neighbourhood, drawn on the server, linking to local pages
    svg = re.search(r"<svg .*?</svg>", page, re.S)
    assert svg is not None
    assert '<a href="/id/institution/comite-van-ministers">' in svg.group(0)
    assert "Mentions in the sources" in page
    assert "<script" not in page


def test_incoming_links_are_listed(client: TestClient) -> None:
    page = html(client, "/id/institution/comite-van-ministers")
    incoming = page.split("<h2>Links to this</h2>")[1]
    assert 'href="/id/instrument/m-2015-15"' in incoming
    assert 'href="/id/working-group/senningenoverleg"' in incoming


def test_document_page_anchors_its_spans(client: TestClient) -> None:
    page = html(client, f"/id/document/{JAARPLAN}")
    anchors = re.findall(r'<tr id="(char|sentence)=(\d+),(\d+)">', page)
    assert len(anchors) > 50
    entity_page = html(client, "/id/instrument/m-2015-15")
    for kind, begin, end in re.findall(
        rf"/id/document/{JAARPLAN}#(char|sentence)=(\d+),(\d+)", entity_page
    ):
        assert (kind, begin, end) in anchors


@pytest.mark.parametrize("suffix", sorted(RDF_TYPES))
def test_suffixes_give_the_data_twins(client: TestClient, suffix: str) -> None:
    rdf_format, media_type = RDF_TYPES[suffix]
    response = client.get(f"/id/instrument/m-2015-15{suffix}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    triples = list(parse(response.content, format=rdf_format))
    assert any(
        t.subject == NamedNode(M_2015_15) and t.predicate.value.endswith("#passed_by")
        for t in triples
    )
    assert any(t.object == NamedNode(M_2015_15) for t in triples)  # incoming links too


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("text/turtle", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/json", "application/ld+json"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "text/html"),
        ("text/turtle;q=0.5, application/ld+json;q=0.9", "application/ld+json"),
    ],
)
def test_content_negotiation(client: TestClient, accept: str, media_type: str) -> None:
    response = client.get("/id/institution/comite-van-ministers", headers={"accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert "Accept" in response.headers["vary"]


def test_html_suffix_and_alternates(client: TestClient) -> None:
    response = client.get(
        "/id/institution/comite-van-ministers.html", headers={"accept": "text/turtle"}
    )
    assert response.headers["content-type"].startswith("text/html")
    assert '</id/institution/comite-van-ministers.ttl>; rel="alternate"' in response.headers["link"]
    assert 'href="/id/institution/comite-van-ministers.jsonld"' in response.text


def test_json_ld_twin_parses_as_json(client: TestClient) -> None:
    body = client.get("/id/institution/comite-van-ministers.json").json()
    assert COMMITTEE in json.dumps(body)


def test_unknown_ids_are_404_in_every_format(client: TestClient) -> None:
    page = client.get("/id/institution/nergens", headers={"accept": "text/html"})
    assert page.status_code == 404 and "nergens" in page.text
    data = client.get("/id/institution/nergens.ttl")
    assert data.status_code == 404
    assert data.headers["content-type"] == "application/problem+json"
    assert (
        client.get("/id/institution/nergens", headers={"accept": "application/ld+json"}).status_code
        == 404
    )


# --- ontology and graphs -------------------------------------------------------------------


def test_ontology_page_and_twins(client: TestClient) -> None:
    page = html(client, "/def")
    for term in ("Institution", "LegalInstrument", "WorkingGroup", "participant", "evidence"):
        assert f'id="{term}"' in page
    turtle = client.get("/def", headers={"accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert BKG + "Institution" in subjects(turtle.content, RdfFormat.TURTLE)
    for suffix, (rdf_format, media_type) in RDF_TYPES.items():
        response = client.get(f"/def{suffix}")
        assert response.headers["content-type"].startswith(media_type)
        assert BKG + "LegalInstrument" in subjects(response.content, rdf_format)


def test_ontology_terms_redirect_to_their_anchor(client: TestClient) -> None:
    response = client.get("/def/Institution", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/def#Institution"
    as_turtle = client.get("/def/Institution.ttl", follow_redirects=False)
    assert as_turtle.headers["location"] == "/def.ttl#Institution"


def test_graphs_dereference(client: TestClient) -> None:
    page = html(client, "/graph/reference")
    assert 'href="/id/institution/comite-van-ministers"' in page
    document = client.get(f"/graph/document/{JAARPLAN}.nt")
    assert document.status_code == 200
    assert M_2015_15 in subjects(document.content, RdfFormat.N_TRIPLES)
    ontology = client.get("/graph/ontology.ttl")
    assert BKG + "Institution" in subjects(ontology.content, RdfFormat.TURTLE)
    assert client.get("/graph/nothing-here", headers={"accept": "text/html"}).status_code == 404


# --- another host, another base ------------------------------------------------------------


def test_the_base_iri_maps_local_paths_to_published_iris(tmp_path: Path) -> None:
    base = "http://example.org/kg/"
    trig = f"""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <{base}graph/document/x> {{
          <{base}id/institution/raad> a <{BKG}Institution> ;
            rdfs:label "<script>alert('raad')</script>"@nl ;
            <http://www.w3.org/ns/org#subOrganizationOf> <{base}id/organisation/unie> .
          <{base}id/organisation/unie> rdfs:label "Unie"@nl .
        }}"""
    publish(tmp_path, parse(trig, format=RdfFormat.TRIG), check=None)
    app = FastAPI()
    errors.install(app)
    app.include_router(pages.router(LiveStore(tmp_path), Settings(base_iri=base)))
    client = TestClient(app, base_url="http://localhost:8000")
    page = html(client, "/id/institution/raad")
    assert f"{base}id/institution/raad" in page  # the published IRI
    assert 'href="/id/organisation/unie"' in page  # links stay on this server
    assert "<script>alert" not in page and "&lt;script&gt;" in page  # autoescaped
    assert html(client, "/graph/document/x")
    assert client.get("/id/institution/raad.nt").text.startswith(f"<{base}id/")


# --- the diagram ---------------------------------------------------------------------------


def test_diagram_escapes_and_links() -> None:
    svg = diagram.render("A & B", [diagram.Edge("p", '<b>"x"</b>', "/id/x?a=1&b=2")])
    assert "&lt;b&gt;" in svg and "<b>" not in svg
    assert 'href="/id/x?a=1&amp;b=2"' in svg
    assert svg.startswith("<svg") and svg.endswith("</svg>")


edges = st.lists(
    st.builds(
        diagram.Edge,
        st.sampled_from(["eli:passed_by", "bkg:participant", "prov:wasDerivedFrom"]),
        st.text(min_size=1, max_size=40),
        st.one_of(st.none(), st.text(max_size=20).map(lambda s: "/id/" + s)),
        st.booleans(),
    ),
    max_size=20,
)


@given(edges, st.randoms())
def test_diagram_layout_is_deterministic(found: list[diagram.Edge], random: object) -> None:
    shuffled = list(found)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    svg = diagram.render("centre", found)
    assert diagram.render("centre", shuffled) == svg
    assert svg.count("<line ") == min(len(set(found)), diagram.MAX_NEIGHBOURS)
