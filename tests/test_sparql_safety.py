"""A public endpoint: no writes, no requests on a client's behalf, no query without end."""

from __future__ import annotations

import platform
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from benelux_kg.config import Settings
from benelux_kg.errors import BkgError
from benelux_kg.server import create_app
from benelux_kg.server.executor import Executor, Job
from benelux_kg.sparql_lexer import shape
from benelux_kg.store import current_generation
from sparql_store import LOOKUP, M_2015_15, make_store

SETTINGS = Settings(query_timeout=1.0, max_results=100, query_workers=2)
# Every solution of 12 unconstrained patterns over the 68 triples: 68**12 rows.
RUNAWAY = (
    "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(12)) + " }"
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = make_store(tmp_path_factory.mktemp("safety-store"))
    with TestClient(create_app(store, SETTINGS)) as test_client:
        yield test_client


def count_instruments(client: TestClient) -> int:
    response = client.get("/sparql", params={"query": LOOKUP})
    return len(response.json()["results"]["bindings"])


# --- read-only -------------------------------------------------------------------------

UPDATES = [
    "CLEAR ALL",
    "DROP GRAPH <https://w3id.org/benelux-kg/graph/reference>",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }",
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX ex: <http://example.org/> WITH ex:g DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CREATE GRAPH <http://example.org/g>",
    "COPY DEFAULT TO <http://example.org/g>",
    "# a comment first\nclear default",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_whichever_way_they_come(client: TestClient, update: str) -> None:
    attempts = [
        client.post(
            "/sparql", content=update, headers={"content-type": "application/sparql-update"}
        ),
        client.post("/sparql", data={"update": update}),
        client.get("/sparql", params={"update": update}),
        client.get("/sparql", params={"query": update}),
        client.post(
            "/sparql", content=update, headers={"content-type": "application/sparql-query"}
        ),
    ]
    for response in attempts:
        assert response.status_code == 403, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert "read-only" in response.json()["detail"]
    assert count_instruments(client) == 1


# --- SERVICE: the server makes no request for a client ---------------------------------


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, int]]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    yield server, server.getsockname()[1]
    server.close()


def accepted_nothing(server: socket.socket) -> bool:
    time.sleep(0.3)  # time for a connection, had one been attempted, to arrive
    try:
        connection, _ = server.accept()
    except BlockingIOError:
        return True
    connection.close()
    return False


SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(<http://127.0.0.1:{port}/> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?a ?b ?c FILTER(?a<?c)SERVICE#>\n<http://127.0.0.1:{port}/>{{?s ?p ?o}} }}",
    "ASK {{ FILTER EXISTS {{ SERVICE<http://127.0.0.1:{port}/>{{?s ?p ?o}} }} }}",
    "SELECT * WHERE {{ ?s ?p trueSERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p 1e5SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p <http://x/\\u0041'> SERVICE <http://127.0.0.1:{port}/> {{}} "
    "FILTER(?s != 'x') }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ # comment\n"
    " SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_and_no_connection_is_made(
    client: TestClient, listener: tuple[socket.socket, int], template: str
) -> None:
    server, port = listener
    query = template.format(port=port)
    by_get = client.get("/sparql", params={"query": query})
    by_post = client.post(
        "/sparql", content=query, headers={"content-type": "application/sparql-query"}
    )
    for response in (by_get, by_post):
        assert response.status_code == 403, response.text
        assert "SERVICE" in response.json()["detail"]
    assert accepted_nothing(server)


def test_the_listener_would_have_seen_a_connection(listener: tuple[socket.socket, int]) -> None:
    """The check above can fail: an unguarded pyoxigraph does call the listener."""
    from pyoxigraph import Store

    server, port = listener
    server.setblocking(True)
    server.settimeout(10)
    seen: list[bytes] = []

    def answer_with_a_reset() -> None:
        connection, _ = server.accept()
        seen.append(connection.recv(64))
        connection.close()

    thread = threading.Thread(target=answer_with_a_reset)
    thread.start()
    with pytest.raises(OSError):
        query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"
        list(Store().query(query))  # type: ignore[arg-type]
    thread.join()
    assert seen and seen[0].startswith(b"POST ")


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:1/> { }" }',
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:1/> {}",
        "SELECT ?service WHERE { ?service ?p <http://example.org/SERVICE> }",
        "PREFIX service: <http://example.org/> SELECT * WHERE { ?s service:SERVICE ?o }",
        "SELECT * WHERE { ?s ?p '''\nSERVICE <http://127.0.0.1:1/> {}''' }",
    ],
)
def test_the_word_service_elsewhere_is_no_service_call(client: TestClient, query: str) -> None:
    assert client.get("/sparql", params={"query": query}).status_code == 200


_PIECES = st.sampled_from(["SERVICE", "service ", "<http://x/>", "'", '"', "\\", "#", "{", ")"])
_STRING_CHARS = st.lists(
    st.one_of(st.text(alphabet=st.characters(codec="utf-8"), max_size=10), _PIECES), max_size=8
).map("".join)


@given(_STRING_CHARS)
def test_a_string_literal_never_reads_as_service(content: str) -> None:
    escaped = content.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    escaped = escaped.replace("\r", "\\r")
    read = shape(f'SELECT * WHERE {{ ?s ?p "{escaped}" }}')
    assert read.form == "select"
    assert not read.uses_service


# (without backslashes: `\u000A` in a comment is, by the SPARQL grammar, a line break)
@given(_STRING_CHARS.filter(lambda s: not set(s) & {"\n", "\r", "\\"}))
def test_a_comment_never_reads_as_service(content: str) -> None:
    assert not shape(f"ASK {{ ?s ?p ?o }} #{content}\n").uses_service


# --- the time limit ----------------------------------------------------------------------


def test_a_runaway_query_is_stopped_while_others_are_served(client: TestClient) -> None:
    outcome: dict[str, object] = {}

    def runaway() -> None:
        started = time.monotonic()
        outcome["response"] = client.get("/sparql", params={"query": RUNAWAY})
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.2)  # the runaway holds a worker now
    quick: list[tuple[int, float]] = []

    def lookup() -> None:
        started = time.monotonic()
        response = client.get("/sparql", params={"query": LOOKUP, "format": "csv"})
        assert M_2015_15 in response.text
        quick.append((response.status_code, time.monotonic() - started))

    lookups = [threading.Thread(target=lookup) for _ in range(6)]
    for t in lookups:
        t.start()
    for t in lookups:
        t.join()
    served_while_running = thread.is_alive()
    thread.join()

    response = outcome["response"]
    assert response.status_code == 503  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    assert "stopped" in response.json()["detail"]  # type: ignore[attr-defined]
    assert 1.0 <= outcome["seconds"] < 5.0  # type: ignore[operator]
    assert [status for status, _ in quick] == [200] * 6
    assert served_while_running  # the lookups were answered before the runaway was stopped
    # the killed worker was replaced: the pool serves at full width again
    assert count_instruments(client) == 1


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_stopped_query_leaves_no_process_behind(client: TestClient) -> None:
    executor = client.app.state.executor  # type: ignore[attr-defined]
    count_instruments(client)
    before = executor.pids()
    first = client.get("/sparql", params={"query": RUNAWAY})
    second = client.get("/sparql", params={"query": RUNAWAY + " "})
    assert first.status_code == second.status_code == 503
    after = executor.pids()
    assert len(after) == len(before) == SETTINGS.query_workers
    gone = before - after
    assert gone  # the workers that ran the runaways were killed and replaced
    for pid in gone:
        assert not _running(pid)
    assert count_instruments(client) == 1


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


# --- second line: the workers cannot open network sockets ------------------------------


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.machine() not in ("x86_64", "aarch64"),
    reason="the seccomp filter is Linux x86-64 / AArch64 only",
)
def test_a_worker_cannot_connect_even_if_a_service_query_reaches_it(
    tmp_path: Path, listener: tuple[socket.socket, int]
) -> None:
    server, port = listener
    store = make_store(tmp_path / "store")
    executor = Executor(workers=1, timeout=10.0)
    try:
        job = Job(
            generation=str(current_generation(store)),
            fmt="json",
            max_results=10,
            query=f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        )
        with pytest.raises(BkgError):  # straight to a worker: no endpoint check on the way
            executor.run(job)
        assert executor.sandboxed is True
        assert accepted_nothing(server)
        lookup = Job(job.generation, "csv", 10, query=LOOKUP)
        assert M_2015_15 in executor.run(lookup).body.decode()  # the worker still serves
    finally:
        executor.close()
