"""Latency and throughput of a simple lookup: over HTTP (/sparql) versus in-process.

    .venv/bin/python bench/sparql_latency.py [--store DIR] [--url URL] [-n 500]

Without ``--store`` the seed corpus is built (unvalidated) into a temporary store. Without
``--url`` a server (``uvicorn``, one process, the configured query workers) is started on a
free port of 127.0.0.1 and stopped afterwards. The in-process figure runs the same query
with ``benelux_kg.sparql.execute`` and serialises SPARQL JSON on a read-only store, as the
worker does: the difference is the cost of HTTP, the web framework and the worker hop.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2

from benelux_kg.sparql import execute, serialize_result
from benelux_kg.store import open_read_only

QUERY = 'SELECT ?i WHERE { ?i eli:id_local "M(2015)15" }'
ROOT = Path(__file__).resolve().parents[1]


def timed(call: Callable[[], object], n: int) -> list[float]:
    for _ in range(min(20, n)):  # warm up: caches, connections, the workers' store
        call()
    out = []
    for _ in range(n):
        started = time.perf_counter()
        call()
        out.append(time.perf_counter() - started)
    return out


def report(label: str, seconds: list[float]) -> float:
    median = statistics.median(seconds)
    p95 = sorted(seconds)[int(len(seconds) * 0.95) - 1]
    print(
        f"{label:<26} median {median * 1e3:8.3f} ms   p95 {p95 * 1e3:8.3f} ms   "
        f"{len(seconds) / sum(seconds):9.0f} queries/s (one client)"
    )
    return median


def concurrent_throughput(url: str, n: int, clients: int) -> float:
    with httpx2.Client(timeout=30) as client:

        def one(_: int) -> None:
            response = client.get(url, params={"query": QUERY})
            response.raise_for_status()

        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(one, range(n)))
        return n / (time.perf_counter() - started)


def build_seed_store() -> Path:
    from benelux_kg.build import build

    store = Path(tempfile.mkdtemp(prefix="bench-store-"))
    build(ROOT / "corpus", store, validate=False)
    return store


def start_server(store: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = (
        "import sys, uvicorn; from pathlib import Path; from benelux_kg.server import create_app;"
        "uvicorn.run(create_app(Path(sys.argv[1])), host='127.0.0.1', port=int(sys.argv[2]),"
        " log_level='warning')"
    )
    process = subprocess.Popen([sys.executable, "-c", code, str(store), str(port)], env=os.environ)
    url = f"http://127.0.0.1:{port}/sparql"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx2.get(f"http://127.0.0.1:{port}/health", timeout=1).raise_for_status()
            return process, url
        except httpx2.HTTPError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise SystemExit("the server did not start") from None
            time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a built store (default: build the seeds)")
    parser.add_argument("--url", help="the /sparql URL of a running server (default: start one)")
    parser.add_argument("-n", type=int, default=500, help="queries per measurement")
    parser.add_argument("--clients", type=int, default=4, help="concurrent HTTP clients")
    args = parser.parse_args()

    store_dir = args.store or build_seed_store()
    built = args.store is None
    store = open_read_only(store_dir)
    answer = serialize_result(execute(store, QUERY), "json")
    assert b"m-2015-15" in answer.body, "the store does not hold M(2015)15"

    process = None
    url = args.url
    if url is None:
        process, url = start_server(store_dir)
    try:
        with httpx2.Client(timeout=30) as client:
            probe = client.get(url, params={"query": QUERY})
            probe.raise_for_status()
            assert "m-2015-15" in probe.text
            print(f"store {store_dir}, {args.n} queries each; query: {QUERY}")
            in_process = report(
                "in-process (pyoxigraph)",
                timed(lambda: serialize_result(execute(store, QUERY), "json"), args.n),
            )
            over_http = report(
                "HTTP GET /sparql",
                timed(lambda: client.get(url, params={"query": QUERY}), args.n),
            )
        parallel = concurrent_throughput(url, args.n, args.clients)
        print(f"{'HTTP, ' + str(args.clients) + ' clients':<26} {parallel:9.0f} queries/s")
        print(f"ratio HTTP / in-process (median latency): {over_http / in_process:.1f}x")
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        if built:
            shutil.rmtree(store_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
