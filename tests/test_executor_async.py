"""The event loop's way into the query workers (``Executor.arun``) answers as ``run`` does:
whole answers of any size, the same time limit, the same replacement of a stopped worker.
"""

from __future__ import annotations

import asyncio
import importlib.util
import subprocess
import sys
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import pytest

from benelux_kg.server.executor import Executor, Job, QueryTimeout
from benelux_kg.store import current_generation
from sparql_store import LOOKUP, M_2015_15, make_store

# Every pair of triples of the store: thousands of rows, far more than a pipe holds at once.
PAIRS = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?s2 ?p2 ?o2 } }"
RUNAWAY = (
    "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(12)) + " }"
)
LOOPS: dict[str, Callable[[Coroutine[Any, Any, Any]], Any]] = {"asyncio": asyncio.run}
if importlib.util.find_spec("uvloop") is not None:  # what uvicorn runs on when installed
    import uvloop

    LOOPS["uvloop"] = uvloop.run


@pytest.fixture(scope="module")
def generation(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(current_generation(make_store(tmp_path_factory.mktemp("async-store"))))


@pytest.fixture
def executor() -> Iterator[Executor]:
    pool = Executor(workers=1, timeout=60.0)  # a busy test machine is slow, not stuck
    yield pool
    pool.close()


@pytest.mark.parametrize("loop", sorted(LOOPS))
def test_a_large_answer_arrives_whole(executor: Executor, generation: str, loop: str) -> None:
    job = Job(generation, "json", 1_000_000, query=PAIRS)
    expected = executor.run(job)
    assert len(expected.body) > 1_000_000  # many times the size of a pipe's buffer

    async def both() -> tuple[bytes, bytes]:
        first = await executor.arun(job)
        second = await executor.arun(Job(generation, "csv", 10, query=LOOKUP))
        return first.body, second.body

    body, lookup = LOOPS[loop](both())
    assert body == expected.body
    assert M_2015_15 in lookup.decode()  # the worker read the whole answer and serves on


@pytest.mark.parametrize("loop", sorted(LOOPS))
def test_a_stopped_query_is_a_timeout_and_the_worker_is_replaced(
    executor: Executor, generation: str, loop: str
) -> None:
    executor.timeout = 1.0
    executor.run(Job(generation, "csv", 10, query=LOOKUP))
    before = executor.pids()

    async def runaway() -> None:
        await executor.arun(Job(generation, "json", 10, query=RUNAWAY))

    with pytest.raises(QueryTimeout):
        LOOPS[loop](runaway())
    executor.timeout = 60.0
    after = executor.pids()
    assert len(after) == 1 and after != before
    assert M_2015_15 in executor.run(Job(generation, "csv", 10, query=LOOKUP)).body.decode()


def test_with_every_worker_busy_a_job_waits_for_one(executor: Executor, generation: str) -> None:
    async def three() -> list[bytes]:
        jobs = [Job(generation, "csv", 10, query=LOOKUP) for _ in range(3)]
        return [a.body for a in await asyncio.gather(*(executor.arun(j) for j in jobs))]

    bodies = asyncio.run(three())
    assert len(bodies) == 3 and all(M_2015_15 in b.decode() for b in bodies)


def test_a_worker_does_not_carry_the_web_framework() -> None:
    # a worker imports the executor module alone; its memory is the store's, not FastAPI's
    code = (
        "import sys, benelux_kg.server.executor; "
        "print(sorted(m for m in ('fastapi', 'jinja2', 'rdflib', 'pyshacl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_closed_executor_refuses_jobs_until_opened_again(generation: str) -> None:
    # An app's lifespan may run more than once (test clients start and stop it).
    from benelux_kg.errors import StoreError

    pool = Executor(workers=1, timeout=60.0)
    job = Job(generation, "csv", 10, query=LOOKUP)
    try:
        assert M_2015_15 in pool.run(job).body.decode()
        pool.close()
        with pytest.raises(StoreError, match="shutting down"):
            pool.run(job)
        pool.open()
        assert M_2015_15 in pool.run(job).body.decode()
        assert len(pool.pids()) == 1  # a fresh worker, none of the killed ones
    finally:
        pool.close()
