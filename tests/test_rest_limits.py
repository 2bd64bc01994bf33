"""REST shortcuts run in the query workers, under the SPARQL endpoint's time limit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from benelux_kg.config import Settings
from benelux_kg.server import errors, rest
from benelux_kg.server.executor import Executor
from benelux_kg.server.state import LiveStore
from sparql_store import make_store

# Every combination of twelve triples: far longer than the time limit.
RUNAWAY = (
    "SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(12))
    + " } } }"
)


def app_for(store: Path, queries: Path, executor: Executor | None) -> TestClient:
    app = FastAPI()
    errors.install(app)
    app.include_router(rest.router(LiveStore(store), Settings(), queries, executor=executor))
    return TestClient(app)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("rest-limits")
    store = make_store(root / "store")
    queries = root / "queries"
    queries.mkdir()
    (queries / "runaway.rq").write_text(
        "#+ summary: A query that runs for ever\n" + RUNAWAY + "\n", encoding="utf-8"
    )
    (queries / "numbers.rq").write_text(
        "#+ summary: Numbered instruments\n"
        "SELECT ?iri ?number WHERE { ?iri eli:id_local ?number } ORDER BY ?number\n",
        encoding="utf-8",
    )
    assert store == root / "store"
    return root


@pytest.fixture(scope="module")
def client(root: Path) -> Iterator[TestClient]:
    executor = Executor(workers=1, timeout=2.0)
    try:
        yield app_for(root / "store", root / "queries", executor)
    finally:
        executor.close()


def test_a_shortcut_over_the_time_limit_is_stopped_with_503(client: TestClient) -> None:
    response = client.get("/api/runaway")
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "2 s" in response.json()["detail"]
    # The worker was replaced: the next shortcut is answered.
    numbers = client.get("/api/numbers")
    assert numbers.status_code == 200
    assert [item["number"] for item in numbers.json()["items"]] == ["M(2015)15"]


def test_a_page_from_a_worker_equals_one_in_process(client: TestClient, root: Path) -> None:
    in_process = app_for(root / "store", root / "queries", None)
    for params in ({}, {"limit": 1}, {"offset": 1}, {"format": "csv"}):
        through_worker = client.get("/api/numbers", params=params)
        assert through_worker.status_code == 200
        assert through_worker.content == in_process.get("/api/numbers", params=params).content
