"""SPARQL over HTTP under load, against in-process pyoxigraph and against rdflib-endpoint.

    .venv/bin/python bench/sparql_mix.py [--sizes 1,100] [--rdflib-sizes 1] [--clients 1,8,32]
                                         [--seconds 5] [--work DIR]

The mix: every ``queries/*.rq`` shortcut with sensible parameters (bound by a ``VALUES``
block, list shortcuts with ``LIMIT 50``), two simple lookups (an instrument by its number,
an institution's labels), a label search, a two-hop join and a count per class, all with
explicit ``PREFIX`` lines, so that every system gets the same text. Each is sent as
``GET /sparql?query=...`` asking for SPARQL JSON results.

- ``benelux-kg serve`` (the real command: uvicorn, the query workers, access log) on a free
  port, with 1, 8 and 32 concurrent clients; its memory (server and workers, summed RSS)
  is sampled throughout.
- In-process: ``benelux_kg.sparql.execute`` + SPARQL JSON serialisation on a read-only
  store in this process, one query at a time: the limit HTTP is measured against.
- rdflib-endpoint (PyPI, the ``[bench]`` extra) serving the same quads, loaded into an
  ``rdflib.Dataset`` with the default graph as the union, under uvicorn.

The client is a small asyncio HTTP/1.1 client over keep-alive connections, in this
process; its own CPU time per request is printed so that one can see it is not the
bottleneck (it shares the machine's cores with the server).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    PYTHON,
    PeakRss,
    corpus_of,
    free_port,
    median,
    percentile,
    start,
    stop,
    table,
    tree_rss,
)
from pyoxigraph import QuerySolutions, RdfFormat, Store

from benelux_kg.namespaces import BKG, ID, PREFIXES
from benelux_kg.resources import queries_dir
from benelux_kg.server.shortcuts import load_shortcuts
from benelux_kg.sparql import execute, serialize_result
from benelux_kg.store import open_read_only

PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
JSON_RESULTS = "application/sparql-results+json"
SIMPLE = ("lookup-number", "lookup-labels")  # the "simple lookups" of the 2x target


@dataclass(frozen=True)
class Query:
    name: str
    text: str  # with its PREFIX lines


def _term(value: str) -> str:
    if value.startswith("<") or re.fullmatch(r"-?\d+", value):
        return value
    return json.dumps(value, ensure_ascii=False)  # a plain literal, escaped


def bind(query: str, values: dict[str, str]) -> str:
    """``query`` with each parameter bound by a ``VALUES`` block at the top of every group
    (the sub-selects included, so that a bound variable is bound where it is used)."""
    if not values:
        return query
    block = " ".join(f"VALUES ?{k} {{ {_term(v)} }}" for k, v in values.items())
    return re.sub(r"WHERE\s*\{", lambda m: m.group(0) + " " + block + " ", query)


def the_mix(store: Store) -> list[Query]:
    """The queries, with parameters that exist in ``store`` (whatever its size)."""
    rows = store.query(
        f"SELECT ?d WHERE {{ ?d a <{BKG}SourceDocument> }} ORDER BY ?d LIMIT 1",
        use_default_graph_as_union=True,
    )
    assert isinstance(rows, QuerySolutions)
    document = next(iter(rows))[0].value
    parameters: dict[str, dict[str, str]] = {
        "instrument": {"id": "M(2015)15"},
        "instruments": {"type": f"<{BKG}Decision>"},
        "working-groups": {"participant": f"<{ID}region/noordrijn-westfalen>"},
        "partners": {"type": f"<{BKG}NeighbouringRegion>"},
        "people": {"q": "van"},
        "institutions": {"q": "benelux"},
        "documents": {},
        "document-entities": {"id": f"<{document}>"},
        "sources": {"entity": f"<{ID}instrument/m-2015-15>"},
        "search": {"q": "politie"},
        "classes": {},
    }
    out = [
        Query("lookup-number", 'SELECT ?i WHERE { ?i eli:id_local "M(2015)15" }'),
        Query(
            "lookup-labels",
            f"SELECT ?label WHERE {{ <{ID}institution/comite-van-ministers> rdfs:label ?label }}",
        ),
        Query(
            "label-search",
            "SELECT ?s ?label WHERE { ?s rdfs:label ?label "
            'FILTER(CONTAINS(LCASE(STR(?label)), "grens")) } LIMIT 20',
        ),
        Query(
            "two-hop-join",
            "SELECT ?number ?body WHERE { ?i eli:passed_by ?b ; eli:id_local ?number . "
            '?b rdfs:label ?body FILTER(LANG(?body) = "nl") } ORDER BY ?number LIMIT 100',
        ),
        Query(
            "count-per-class",
            "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class "
            "ORDER BY DESC(?n)",
        ),
    ]
    shortcuts = {s.name: s for s in load_shortcuts(queries_dir())}
    for name, values in parameters.items():
        shortcut = shortcuts[name]
        text = bind(shortcut.query, values)
        if not shortcut.item and "LIMIT" not in text.upper().rsplit("}", 1)[-1]:
            text += "\nLIMIT 50"
        out.append(Query(f"rq:{name}", text))
    return [Query(q.name, PROLOGUE + q.text) for q in out]


def runaways(store_dir: Path, mix: list[Query], limit: float) -> dict[str, float]:
    """The queries of ``mix`` that take longer than ``limit`` seconds on ``store_dir``, tried
    in a query worker that is killed at the limit (in-process, nothing could stop them)."""
    from benelux_kg.server.executor import Executor, Job, QueryTimeout
    from benelux_kg.store import current_generation

    pool = Executor(1, limit)
    out: dict[str, float] = {}
    try:
        generation = str(current_generation(store_dir))
        for query in mix:
            try:
                pool.run(Job(generation, "json", 10_000, query=query.text))
            except QueryTimeout:
                out[query.name] = limit
    finally:
        pool.close()
    return out


def in_process(
    store: Store, mix: list[Query], seconds: float
) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Each query run alone, one after the other, for about ``seconds`` in all; and the
    rows each returns. A slow query's first run is its warm-up and its one sample."""
    out: dict[str, list[float]] = {}
    rows: dict[str, int] = {}
    for query in mix:
        started = time.perf_counter()
        body = serialize_result(execute(store, query.text), "json").body
        first = time.perf_counter() - started
        rows[query.name] = _count_rows(body)
        if first > 0.5:
            out[query.name] = [first]
            continue
        samples: list[float] = []
        until = time.perf_counter() + seconds / len(mix)
        while time.perf_counter() < until or len(samples) < 3:
            started = time.perf_counter()
            serialize_result(execute(store, query.text), "json")
            samples.append(time.perf_counter() - started)
        out[query.name] = samples
    return out, rows


# --- the HTTP client -----------------------------------------------------------------


@dataclass
class Load:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # the first, by query
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    client_cpu: float = 0.0

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    def all(self) -> list[float]:
        return [x for v in self.latencies.values() for x in v]


async def _response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:])}
    if "content-length" in headers:
        return status, await reader.readexactly(int(headers["content-length"]))
    body = b""
    while headers.get("transfer-encoding", "").lower() == "chunked":
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        chunk = await reader.readexactly(size + 2)
        if size == 0:
            break
        body += chunk[:-2]
    return status, body


def _count_rows(body: bytes) -> int:
    data = json.loads(body)
    return 1 if "boolean" in data else len(data["results"]["bindings"])


async def _client(
    port: int,
    requests: list[tuple[str, bytes]],
    first: int,
    deadline: float,
    load: Load,
    minimum: int = 0,
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = first
    try:
        while time.perf_counter() < deadline or i - first < minimum:
            name, raw = requests[i % len(requests)]
            i += 1
            started = time.perf_counter()
            writer.write(raw)
            status, body = await _response(reader)
            elapsed = time.perf_counter() - started
            if status != 200:
                load.errors[name] = load.errors.get(name, 0) + 1
                load.failures.setdefault(name, f"{status} {body[:300].decode(errors='replace')}")
                continue
            load.latencies.setdefault(name, []).append(elapsed)
            if name not in load.rows:
                load.rows[name] = _count_rows(body)
    finally:
        writer.close()


def http_load(port: int, mix: list[Query], clients: int, seconds: float) -> Load:
    requests = [
        (
            q.name,
            (
                f"GET /sparql?query={quote(q.text)} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                f"Accept: {JSON_RESULTS}\r\n\r\n"
            ).encode(),
        )
        for q in mix
    ]

    async def main() -> Load:
        load = Load()
        # a short warm-up: connections, the workers' store, the server's caches
        await asyncio.gather(
            *(_client(port, requests, c, time.perf_counter() + 0.5, Load()) for c in range(2))
        )
        # the client's own CPU: this thread runs every connection (the sampler runs apart)
        cpu, started = time.thread_time(), time.perf_counter()
        deadline = started + seconds
        # clients start at different queries so that the mix is spread at every moment
        step = max(1, len(requests) // clients)
        # one client goes once through the whole mix at least, for the per-query figures
        minimum = len(requests) if clients == 1 else 0
        await asyncio.gather(
            *(_client(port, requests, c * step, deadline, load, minimum) for c in range(clients))
        )
        load.seconds = time.perf_counter() - started
        load.client_cpu = time.thread_time() - cpu
        return load

    try:
        import uvloop

        return uvloop.run(main())
    except ImportError:
        return asyncio.run(main())


# --- the servers -----------------------------------------------------------------------

_RDFLIB_SERVER = """
import sys, uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint
dataset = Dataset(default_union=True)
dataset.parse(sys.argv[1], format="nquads")
app = SparqlEndpoint(path="/sparql", graph=dataset, cors_enabled=False)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


def serve_ours(store_dir: Path, port: int) -> object:
    executable = Path(PYTHON).with_name("benelux-kg")
    return start(
        [str(executable), "serve", "--store", str(store_dir), "--port", str(port)],
        port,
        "/health",
    )


def serve_rdflib(store_dir: Path, port: int, work: Path) -> object:
    dump = work / "union.nq"
    store = open_read_only(store_dir)
    store.dump(str(dump), RdfFormat.N_QUADS)
    del store
    return start([PYTHON, "-c", _RDFLIB_SERVER, str(dump), str(port)], port, "/sparql", 600)


# --- the report ------------------------------------------------------------------------


@dataclass
class Measured:
    system: str
    size: int
    loads: dict[int, Load]  # by number of clients
    peak_rss: int = 0
    peak_pss: int = 0
    idle_rss: int = 0


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.2f}"


def measure_http(
    system: str, size: int, port: int, process: object, mix: list[Query], clients: list[int],
    seconds: float,
) -> Measured:  # fmt: skip
    pid = process.pid  # type: ignore[attr-defined]
    measured = Measured(system, size, {})
    sampler = PeakRss(pid, 0.1, pss=True)
    for n in clients:
        measured.loads[n] = http_load(port, mix, n, seconds)
        load = measured.loads[n]
        print(f"  {system} {size}x {n} clients: {load.count} queries", file=sys.stderr)
        for name, failure in load.failures.items():
            print(f"    {name}: {load.errors[name]} failed, first: {failure}", file=sys.stderr)
    measured.peak_rss = sampler.stop()
    measured.peak_pss = sampler.peak_pss
    measured.idle_rss = tree_rss(pid)
    return measured


Figures = dict[str, dict[object, float]]


def report(
    mix: list[Query],
    local: dict[int, dict[str, list[float]]],
    local_rows: dict[int, dict[str, int]],
    results: list[Measured],
    clients: list[int],
    left_out: dict[int, dict[str, float]],
) -> tuple[str, Figures]:
    figures: Figures = {"simple_ratio": {}, "throughput_ratio": {}, "serve_rss": {}}
    out = ["Mix over HTTP (every query of the mix in turn; latency per request)", ""]
    rows = []
    for m in results:
        for n, load in m.loads.items():
            errors = sum(load.errors.values())
            rows.append(
                [
                    m.system,
                    f"{m.size}x",
                    n,
                    load.count,
                    ms(median(load.all())),
                    ms(percentile(load.all(), 0.99)),
                    f"{load.count / load.seconds:.1f}",
                    f"{load.client_cpu / load.seconds * 100:.0f}",
                    errors,
                ]
            )
    for size, per_query in local.items():
        flat = [x for v in per_query.values() for x in v]
        mean_per_mix = sum(median(v) for v in per_query.values()) / len(per_query)
        rows.append(
            [
                "in-process pyoxigraph",
                f"{size}x",
                1,
                len(flat),
                ms(median(flat)),
                ms(percentile(flat, 0.99)),
                f"{1 / mean_per_mix:.1f}",
                "-",
                0,
            ]
        )
    out.append(
        table(
            [
                "system",
                "corpus",
                "clients",
                "queries",
                "median ms",
                "p99 ms",
                "queries/s",
                "client CPU % of a core",
                "errors",
            ],
            rows,
        )
    )
    # per query, one client: the latency of each system and the ratio to in-process
    out += ["", "Per query, one client: median ms (rows returned)", ""]
    systems = [m for m in results if 1 in m.loads]
    header = ["query"]
    for size in local:
        header.append(f"in-process {size}x")
    for m in systems:
        header.append(f"{m.system} {m.size}x")
    header.append("ours HTTP / in-process (1x)")
    per_rows = []
    ours_1 = next((m for m in systems if m.system == "benelux-kg serve" and m.size == 1), None)
    for q in mix:
        row: list[object] = [q.name]
        for size, per_query in local.items():
            if q.name in per_query:
                row.append(f"{ms(median(per_query[q.name]))} ({local_rows[size][q.name]})")
            else:
                row.append(f"> {left_out[size][q.name]:g} s, left out")
        for m in systems:
            if q.name in left_out.get(m.size, {}):
                row.append("left out")
                continue
            load = m.loads[1]
            lat = load.latencies.get(q.name, [])
            failed = load.failures.get(q.name, "").split(" ", 1)[0]
            cell = f"{ms(median(lat))} ({load.rows.get(q.name, '?')})" if lat else f"HTTP {failed}"
            row.append(cell)
        if (
            ours_1 is not None
            and q.name in local.get(1, {})
            and ours_1.loads[1].latencies.get(q.name)
        ):
            ratio = median(ours_1.loads[1].latencies[q.name]) / median(local[1][q.name])
            row.append(f"{ratio:.1f}x")
        else:
            row.append("-")
        per_rows.append(row)
    out.append(table(header, per_rows))
    # the targets
    for size, names in left_out.items():
        if names:
            out.append(
                f"\nLeft out of the {size}x mix (everywhere), for running longer than "
                f"{max(names.values()):g} s in a query worker: {', '.join(sorted(names))}"
            )
    out += ["", "Ratios", ""]
    if ours_1 is not None and 1 in local:
        for name in SIMPLE:
            http = median(ours_1.loads[1].latencies.get(name, []))
            here = median(local[1][name])
            figures["simple_ratio"][name] = http / here
            out.append(
                f"- simple lookup `{name}`, 1x: HTTP {ms(http)} ms / in-process {ms(here)} ms"
                f" = {http / here:.1f}x (target: within 2x)"
            )
    for m in results:
        if m.system != "rdflib-endpoint":
            continue
        ours = next(
            (r for r in results if r.system == "benelux-kg serve" and r.size == m.size), None
        )
        if ours is None:
            continue
        for n in clients:
            if n in m.loads and n in ours.loads:
                a = ours.loads[n].count / ours.loads[n].seconds
                b = m.loads[n].count / m.loads[n].seconds
                figures["throughput_ratio"][n] = a / b
                out.append(
                    f"- throughput, {m.size}x, {n} clients: benelux-kg {a:.1f} q/s / "
                    f"rdflib-endpoint {b:.1f} q/s = {a / b:.1f}x (target: at least 10x)"
                )
    out += [
        "",
        "Serve memory under the mix: the server and its query workers (and the forkserver),"
        " RSS summed (shared pages counted in each process) and PSS summed (shared pages"
        " divided among the processes: what the processes really take)",
        "",
    ]
    out.append(
        table(
            ["system", "corpus", "peak RSS MB (sum)", "peak PSS MB (sum)", "RSS MB after"],
            [
                [
                    m.system,
                    f"{m.size}x",
                    f"{m.peak_rss / 1e6:.0f}",
                    f"{m.peak_pss / 1e6:.0f}",
                    f"{m.idle_rss / 1e6:.0f}",
                ]
                for m in results
            ],
        )
    )
    for m in results:
        if m.system == "benelux-kg serve":
            figures["serve_rss"][m.size] = m.peak_rss
            figures.setdefault("serve_pss", {})[m.size] = m.peak_pss
    return "\n".join(out), figures


def ensure_store(copies: int, work: Path) -> Path:
    store = work / f"store-x{copies}"
    if not (store / "current").is_symlink():
        from benelux_kg.build import build

        build(corpus_of(copies, work), store, validate=False)
    return store


def run(
    sizes: list[int],
    rdflib_sizes: list[int],
    clients: list[int],
    seconds: float,
    work: Path,
    log: Callable[[str], None],
    limit: float = 5.0,
) -> tuple[str, Figures]:
    results: list[Measured] = []
    local: dict[int, dict[str, list[float]]] = {}
    local_rows: dict[int, dict[str, int]] = {}
    left_out: dict[int, dict[str, float]] = {}
    full: list[Query] = []
    for size in sorted(set(sizes) | set(rdflib_sizes)):
        store_dir = ensure_store(size, work)
        store = open_read_only(store_dir)
        full = the_mix(store)
        log(f"{size}x: looking for queries over {limit:g} s")
        left_out[size] = runaways(store_dir, full, limit)
        mix = [q for q in full if q.name not in left_out[size]]
        if size in sizes:
            log(f"in-process {size}x")
            local[size], local_rows[size] = in_process(store, mix, seconds)
            del store
            port = free_port()
            process = serve_ours(store_dir, port)
            try:
                results.append(
                    measure_http("benelux-kg serve", size, port, process, mix, clients, seconds)
                )
            finally:
                stop(process)  # type: ignore[arg-type]
        if size in rdflib_sizes:
            log(f"rdflib-endpoint {size}x: loading")
            port = free_port()
            process = serve_rdflib(store_dir, port, work)
            try:
                results.append(
                    measure_http("rdflib-endpoint", size, port, process, mix, clients, seconds)
                )
            finally:
                stop(process)  # type: ignore[arg-type]
    return report(full, local, local_rows, results, clients, left_out)


def sizes_arg(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=sizes_arg, default=[1, 10, 100])
    parser.add_argument("--rdflib-sizes", type=sizes_arg, default=[1])
    parser.add_argument("--clients", type=sizes_arg, default=[1, 8, 32])
    parser.add_argument("--seconds", type=float, default=5, help="per measurement")
    parser.add_argument("--work", type=Path, help="corpora and stores (default: temp)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bkg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        text, _ = run(
            args.sizes,
            args.rdflib_sizes,
            args.clients,
            args.seconds,
            work,
            lambda m: print(m, file=sys.stderr, flush=True),
        )
        print(text)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
