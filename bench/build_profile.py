"""Where a build spends its CPU: seconds of every process, phase by phase.

    .venv/bin/python bench/build_profile.py [--copies 100] [--repeat 2] [--no-validate]
                                            [--work DIR] [--shapes]

Each build runs as ``benelux_kg.build.build`` in a fresh process (the seeds replicated
``--copies`` times, see ``bench/synthetic.py``), with the pipeline's steps wrapped to read
``time.process_time`` (every thread of the build process) and ``RUSAGE_CHILDREN`` (the
extraction workers, reaped when the last document is extracted) at their edges. On a
machine shared with other work CPU seconds are steadier than wall time; the medians of
``--repeat`` runs are printed, wall time beside them as a rough sign only. ``--shapes``
also prints the CPU seconds (thread time) of each validation job: a compiled shape, or
the SPARQL constraints.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, corpus_of

_PROFILE = r"""
import json, resource, sys, threading, time
from pathlib import Path
from benelux_kg import build as b, shacl_core, store as s, validate as v

marks, jobs, lock = {}, {}, threading.Lock()

def children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

def mark(name):
    marks[name] = (time.process_time(), children(), time.perf_counter())

def wrap_gen(f, first, last):
    def g(*a, **k):
        mark(first)
        yield from f(*a, **k)
        mark(last)
    return g

def wrap(f, before, after):
    def g(*a, **k):
        mark(before)
        try:
            return f(*a, **k)
        finally:
            mark(after)
    return g

def gen_time(f, name_of):
    def g(*a, **k):
        started = time.thread_time()
        try:
            yield from f(*a, **k)
        finally:
            with lock:
                key = name_of(*a)
                jobs[key] = jobs.get(key, 0.0) + time.thread_time() - started
    return g

def job_time(f, name_of):
    def g(*a, **k):
        started = time.thread_time()
        try:
            return f(*a, **k)
        finally:
            with lock:
                key = name_of(*a)
                jobs[key] = jobs.get(key, 0.0) + time.thread_time() - started
    return g

b.map_documents = wrap_gen(b.map_documents, "extract_start", "extract_end")
s._bulk_load_chunks = wrap(s._bulk_load_chunks, "load_start", "load_end")
b.validate_store = wrap(b.validate_store, "validate_start", "validate_end")
b.publish = wrap(b.publish, "publish_start", "publish_end")
shacl_core._evaluate = gen_time(
    shacl_core._evaluate, lambda shape, *_: "core " + str(shape.iri or shape.report_path))
v._sparql_results = job_time(v._sparql_results, lambda *_: "SPARQL constraints")
v._run_check = job_time(v._run_check, lambda store, check, q: "  sparql " + str(check.shape))
mark("start")
b.build(Path(sys.argv[1]), Path(sys.argv[2]), validate=sys.argv[3] == "1")
mark("end")
print(json.dumps({"marks": marks, "jobs": jobs}))
"""

# (phase, from mark, to mark): what the build process does between two of its steps.
_PHASES = [
    ("setup (corpus, extractor, fixed quads)", "start", "extract_start"),
    ("extraction, its quads loaded as they come", "extract_start", "extract_end"),
    ("bulk load tail", "extract_end", "load_end"),
    ("fixed quads, flush", "load_end", "validate_start"),
    ("validation", "validate_start", "validate_end"),
    ("optimize, publish", "validate_end", "publish_end"),
    ("after publish (docs)", "publish_end", "end"),
]


def run(corpus: Path, store: Path, validate: bool) -> dict[str, dict[str, object]]:
    shutil.rmtree(store, ignore_errors=True)
    out = subprocess.run(
        [PYTHON, "-c", _PROFILE, str(corpus), str(store), "1" if validate else "0"],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    shutil.rmtree(store, ignore_errors=True)
    result: dict[str, dict[str, object]] = json.loads(out.stdout.decode().splitlines()[-1])
    return result


def phases(result: dict[str, dict[str, object]]) -> dict[str, tuple[float, float, float]]:
    """Per phase: (build process CPU s, children CPU s, wall s)."""
    marks: dict[str, list[float]] = result["marks"]  # type: ignore[assignment]
    out = {}
    for name, a, z in _PHASES:
        if a in marks and z in marks:
            out[name] = tuple(marks[z][i] - marks[a][i] for i in range(3))
    first, last = marks["start"], marks["end"]
    out["total"] = tuple(last[i] - first[i] for i in range(3))
    return out  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-validate", action="store_true")
    parser.add_argument("--work", type=Path, help="where the corpus is kept (default: temp)")
    parser.add_argument("--shapes", action="store_true", help="CPU of each validation job")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bkg-profile-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = corpus_of(args.copies, work)
    runs = []
    for i in range(args.repeat):
        runs.append(run(corpus, work / f"profile-store-{os.getpid()}", not args.no_validate))
        print(f"  run {i + 1}: load average {os.getloadavg()[0]:.2f}", file=sys.stderr)
    table = [phases(r) for r in runs]
    print(f"{args.copies}x, median of {args.repeat}; load average {os.getloadavg()[0]:.2f}")
    print(f"{'phase':<45} {'build CPU s':>11} {'workers CPU s':>13} {'wall s':>7}")
    for name in table[0]:
        cells = [statistics.median(t[name][i] for t in table) for i in range(3)]
        print(f"{name:<45} {cells[0]:>11.1f} {cells[1]:>13.1f} {cells[2]:>7.1f}")
    if args.shapes:
        jobs: dict[str, list[float]] = {}
        for r in runs:
            for key, seconds in r["jobs"].items():
                jobs.setdefault(key, []).append(seconds)  # type: ignore[arg-type]
        print(f"\n{'validation job (thread CPU s)':<80} {'median':>7}")
        for key, values in sorted(jobs.items(), key=lambda kv: -statistics.median(kv[1])):
            print(f"{key:<80} {statistics.median(values):>7.2f}")


if __name__ == "__main__":
    main()
