"""The HTTP service over a built store."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from benelux_kg.server import create_app

LOOKUP = 'SELECT ?i WHERE { ?i eli:id_local "M(2015)15" }'
M_2015_15 = "https://w3id.org/benelux-kg/id/instrument/m-2015-15"


@pytest.fixture(scope="module")
def client(store_dir: Path) -> TestClient:
    return TestClient(create_app(store_dir))


def bindings(response_json: dict[str, object]) -> list[dict[str, dict[str, str]]]:
    return response_json["results"]["bindings"]  # type: ignore[index,return-value]


def test_health_names_the_generation(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["generation"].startswith("generations/")


def test_query_by_get(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": LOOKUP})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert [b["i"]["value"] for b in bindings(response.json())] == [M_2015_15]


def test_query_by_form_post(client: TestClient) -> None:
    response = client.post("/sparql", data={"query": LOOKUP})
    assert [b["i"]["value"] for b in bindings(response.json())] == [M_2015_15]


def test_query_by_direct_post(client: TestClient) -> None:
    response = client.post(
        "/sparql", content=LOOKUP, headers={"content-type": "application/sparql-query"}
    )
    assert [b["i"]["value"] for b in bindings(response.json())] == [M_2015_15]


def test_default_graph_is_the_union(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "ASK { ?d a bkg:SourceDocument }"})
    assert response.json()["boolean"] is True


def test_a_malformed_query_is_a_400_with_its_position(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert (body["line"], body["column"]) == (1, 25)
    assert "syntax error" in body["detail"]


def test_a_wrong_media_type_is_a_415(client: TestClient) -> None:
    response = client.post("/sparql", content=LOOKUP, headers={"content-type": "text/plain"})
    assert response.status_code == 415
