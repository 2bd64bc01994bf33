"""Queries run in worker processes that can be killed.

pyoxigraph cannot interrupt a query, so a time limit that really stops one needs a process
to kill. A pool of workers each open the generation a job names, read-only, run the job
and send the serialised answer back through a pipe; a worker that overruns is killed and
replaced at once, while the others go on serving. A job names its generation, so a worker
moves to a new generation as soon as the server sees the ``current`` link change.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from pyoxigraph import Literal, NamedNode, Store, Triple

from ..errors import BkgError, QueryError, StoreError
from ..sparql import Answer, execute, serialize_result, serialize_triples
from ..store import union_triples
from .sandbox import forbid_network
from .shortcuts import Record, Shortcut
from .shortcuts import run as run_shortcut

_STARTUP_SECONDS = 60.0  # a fresh worker imports pyoxigraph before its first job


class QueryTimeout(BkgError):
    http_status = 503
    title = "Query timeout"


class Busy(BkgError):
    http_status = 503
    title = "Service busy"


class WorkerFailure(BkgError):
    http_status = 500
    title = "Query worker failed"


Page = tuple[int, list[Record]]  # a REST shortcut's answer: (total, the page's records)


@dataclass(frozen=True)
class Job:
    """One unit of work: a query, the triples of one graph (``graph``, "" for the union), or
    a page of a REST shortcut (``shortcut`` with its ``bindings``, ``offset`` and ``limit``)."""

    generation: str  # path of the store generation to read
    fmt: str  # short format name, see sparql.RESULT_FORMATS / GRAPH_FORMATS
    max_results: int
    query: str | None = None
    graph: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base_iri: str | None = None
    shortcut: Shortcut | None = None
    bindings: tuple[tuple[str, NamedNode | Literal], ...] = ()
    offset: int = 0
    limit: int | None = None


def run_job(store: Store, job: Job) -> Answer | Page:
    if job.shortcut is not None:
        return run_shortcut(job.shortcut, store, dict(job.bindings), job.offset, job.limit)
    if job.query is not None:
        result = execute(
            store,
            job.query,
            default_graphs=list(job.default_graphs) or None,
            named_graphs=list(job.named_graphs) or None,
            base_iri=job.base_iri,
        )
        return serialize_result(result, job.fmt, max_results=job.max_results)
    if job.graph:
        quads = store.quads_for_pattern(None, None, None, NamedNode(job.graph))
        triples: Iterable[Triple] = (Triple(q.subject, q.predicate, q.object) for q in quads)
    else:
        triples = union_triples(store)
    return serialize_triples(triples, job.fmt, max_results=job.max_results)


def _serve(conn: Connection) -> None:
    """The worker's loop: one job in, one answer (or error) out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server, not ^C, ends a worker
    conn.send(("ready", forbid_network()))
    opened: tuple[str, Store] | None = None
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if opened is None or opened[0] != job.generation:
                opened = None  # close the old generation before opening the new one
                opened = (job.generation, Store.read_only(job.generation))
            reply: tuple[Any, ...] = ("ok", run_job(opened[1], job))
        except QueryError as error:
            reply = ("query", error.message, error.position)
        except OSError as error:
            reply = ("store", f"cannot read the store: {error}", None)
        except Exception as error:  # reported, never a dead worker
            reply = ("failed", f"{type(error).__name__}: {error}", None)
        conn.send(reply)


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False


class Executor:
    """A pool of ``workers`` processes; :meth:`run` blocks until a job is answered."""

    def __init__(self, workers: int, timeout: float):
        self.timeout = timeout
        self._size = max(1, workers)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["benelux_kg.server.executor"])
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._all: set[BaseProcess] = set()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self.sandboxed: bool | None = None  # whether workers run without network (sandbox.py)

    def run(self, job: Job) -> Answer:
        answer = self._run(job)
        assert isinstance(answer, Answer), "a shortcut job goes to arun_page"
        return answer

    async def arun(self, job: Job) -> Answer:
        """:meth:`run` for the event loop (see :meth:`_arun`)."""
        answer = await self._arun(job)
        assert isinstance(answer, Answer), "a shortcut job goes to arun_page"
        return answer

    async def arun_page(self, job: Job) -> Page:
        """A page of a REST shortcut, under the same time limit as a SPARQL query."""
        page = await self._arun(job)
        assert isinstance(page, tuple), "a query job goes to arun"
        return page

    def _run(self, job: Job) -> Answer | Page:
        self._start()
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise Busy(
                f"every query worker stayed busy for {self.timeout:g} s; try again later"
            ) from None
        try:
            reply = self._exchange(worker, job)
        except BaseException:
            self._replace(worker)  # stopped, dead or in an unknown state: a fresh one
            raise
        self._idle.put(worker)
        return _answer(reply)

    async def _arun(self, job: Job) -> Answer | Page:
        """:meth:`_run` for the event loop: the answer is awaited on the worker's pipe, with
        no thread in between (a thread hop costs more than a simple lookup). Only when
        every worker is busy does the wait for one go to a thread."""
        from starlette.concurrency import run_in_threadpool  # not in the workers' memory

        self._start()
        try:
            worker = self._idle.get_nowait()
        except queue.Empty:
            return await run_in_threadpool(self._run, job)
        try:
            reply = await self._aexchange(worker, job)
        except asyncio.CancelledError:
            # Killing and starting a process blocks: a thread does it, unawaited, since
            # a cancelled task must not wait.
            asyncio.get_running_loop().run_in_executor(None, self._replace, worker)
            raise
        except BaseException:
            await run_in_threadpool(self._replace, worker)  # as run() does, in a thread
            raise
        self._idle.put(worker)
        return _answer(reply)

    async def _aexchange(self, worker: _Worker, job: Job) -> tuple[Any, ...]:
        try:
            if not worker.ready:
                if not await _readable(worker.conn, _STARTUP_SECONDS):
                    raise EOFError("the worker did not start")
                _, self.sandboxed = worker.conn.recv()
                worker.ready = True
            worker.conn.send(job)
            if not await _readable(worker.conn, self.timeout):
                raise _timeout(self.timeout)
            reply: tuple[Any, ...] = worker.conn.recv()
            return reply
        except (EOFError, OSError):
            raise WorkerFailure("the query worker died (out of memory?) and was replaced") from None

    def _exchange(self, worker: _Worker, job: Job) -> tuple[Any, ...]:
        try:
            if not worker.ready:
                if not worker.conn.poll(_STARTUP_SECONDS):
                    raise EOFError("the worker did not start")
                _, self.sandboxed = worker.conn.recv()
                worker.ready = True
            worker.conn.send(job)
            if not worker.conn.poll(self.timeout):
                raise _timeout(self.timeout)
            reply: tuple[Any, ...] = worker.conn.recv()
            return reply
        except (EOFError, OSError):
            raise WorkerFailure("the query worker died (out of memory?) and was replaced") from None

    def pids(self) -> set[int]:
        """Process ids of the live workers (for operators and tests)."""
        with self._lock:
            return {p.pid for p in self._all if p.pid is not None}

    def open(self) -> None:
        """Serve again after :meth:`close` (an app's lifespan may start more than once, as
        test clients do); the workers start at the first job."""
        with self._lock:
            self._closed = False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._started = False
            processes, self._all = list(self._all), set()
        for process in processes:
            process.kill()
            process.join(timeout=5)

    def _start(self) -> None:
        with self._lock:
            if self._closed:
                raise StoreError("the server is shutting down")
            if self._started:
                return
            self._started = True
        while True:  # the workers of an earlier start, killed by close()
            try:
                self._idle.get_nowait()
            except queue.Empty:
                break
        for _ in range(self._size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child,), daemon=True, name="benelux-kg-query"
        )
        process.start()
        child.close()
        with self._lock:
            self._all.add(process)
        return _Worker(process, parent)

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        with contextlib.suppress(OSError):
            worker.conn.close()
        worker.process.join(timeout=5)
        with self._lock:
            self._all.discard(worker.process)
            if self._closed:
                return
        self._idle.put(self._spawn())


def _timeout(limit: float) -> QueryTimeout:
    return QueryTimeout(
        f"the query ran longer than the limit of {limit:g} s and was stopped; narrow it "
        "down (a LIMIT, fewer unbound variables) and try again"
    )


async def _readable(conn: Connection, timeout: float) -> bool:
    """Whether ``conn`` has something to read (or was closed) within ``timeout`` seconds."""
    if conn.poll(0):
        return True
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()
    fd = conn.fileno()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(fd, wake)
    try:
        await asyncio.wait_for(ready, timeout)
        return True
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(fd)
        # uvloop makes a watched descriptor non-blocking; the reply is read whole, blocking
        # (it is on its way), so a large one must not stop at the pipe's first chunk.
        os.set_blocking(fd, True)


def _answer(reply: tuple[Any, ...]) -> Answer | Page:
    status = reply[0]
    if status == "ok":
        answer: Answer | Page = reply[1]
        return answer
    if status == "query":
        raise QueryError(reply[1], position=reply[2])
    if status == "store":
        raise StoreError(reply[1])
    raise WorkerFailure(reply[1])
