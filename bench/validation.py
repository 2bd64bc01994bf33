"""SHACL validation time: the seed store and a store ``--copies`` times larger.

    .venv/bin/python bench/validation.py [--copies 100] [--repeat 3] [--large-repeat 1]
                                         [--whole-copies 10] [--work DIR] [--skip-build]

For each store it prints the median wall time of ``benelux_kg.validate.validate_store``
run three ways: ``whole`` (pySHACL once over the union of all graphs, the reference),
``split/1`` (SPARQL constraints once on Oxigraph, core constraints compiled to Oxigraph
queries, or, for shapes that cannot be, checked by pySHACL per named graph; one thread or
process) and ``split/N`` (the same on every core: threads for the queries, processes for
pySHACL), with the CPU time of the process and
its workers beside it (steadier than wall time on a shared machine). The large store is
the seed corpus replicated with ``bench/synthetic.py`` (new document ids, instrument
numbers shifted), built once without validation into ``--work`` and reused. pySHACL over
the whole large graph takes too long (and too much memory) to be worth it; it is run on
a ``--whole-copies`` store instead. Last, the seed build itself (extraction, store,
validation, as ``benelux-kg build`` runs it), median of ``--repeat``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import replicate_corpus

from benelux_kg import validate as validation
from benelux_kg.build import build
from benelux_kg.corpus import default_corpus_dir
from benelux_kg.store import current_name, open_read_only


def store_of(copies: int, work: Path) -> Path:
    """A store of the seeds replicated ``copies`` times, built (unvalidated) once."""
    store = work / f"store-x{copies}"
    if store.exists() and current_name(store):
        return store
    corpus = default_corpus_dir()
    if copies > 1:
        corpus = work / f"corpus-x{copies}"
        if not (corpus / "manifest.json").exists():
            replicate_corpus(default_corpus_dir(), corpus, copies)
    started = time.perf_counter()
    build(corpus, store, validate=False)
    print(f"  (built x{copies} in {time.perf_counter() - started:.1f} s)", flush=True)
    return store


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the validation workers): on a
    machine shared with other work, steadier than wall time."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(store_dir: Path, repeat: int, **options: object) -> tuple[float, float, str]:
    store = open_read_only(store_dir)
    times, cpu, detail = [], [], ""
    for _ in range(repeat):
        started, used = time.perf_counter(), cpu_seconds()
        report = validation.validate_store(store, **options)  # type: ignore[arg-type]
        times.append(time.perf_counter() - started)
        cpu.append(cpu_seconds() - used)
        t = validation.last_timing
        detail = f"{len(report.results)} results"
        if t is not None and not options.get("whole") and t.pieces:
            detail += (
                f"; {t.pieces} pieces, core {t.core_seconds:.2f} s, SPARQL {t.sparql_seconds:.2f} s"
            )
        elif t is not None and not options.get("whole"):  # every core shape compiled
            detail += (
                f"; {t.workers} threads, compiled shapes {t.compiled_seconds:.2f} s, "
                f"SPARQL constraints {t.sparql_seconds:.2f} s (side by side)"
            )
    return statistics.median(times), statistics.median(cpu), detail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--large-repeat", type=int, default=1)
    parser.add_argument("--whole-copies", type=int, default=10)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--skip-build", action="store_true", help="do not time the seed build")
    parser.add_argument(
        "--large-single", action="store_true", help="also validate the large store in one process"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bkg-validation-"))
    work.mkdir(parents=True, exist_ok=True)
    cores = len(os.sched_getaffinity(0))
    print(f"cores: {cores}; load average: {os.getloadavg()[0]:.2f}; work: {work}")
    print(f"{'store':>8} {'quads':>9} {'mode':>9} {'median s':>9} {'cpu s':>7}  detail")

    def row(copies: int, mode: str, repeat: int, **options: object) -> None:
        store = store_of(copies, work)
        quads = len(open_read_only(store))
        seconds, cpu, detail = timed(store, repeat, **options)
        print(
            f"{'x' + str(copies):>8} {quads:>9} {mode:>9} {seconds:>9.2f} {cpu:>7.2f}  {detail}",
            flush=True,
        )

    row(1, "whole", args.repeat, whole=True)
    row(1, "split/1", args.repeat, workers=1)
    row(1, f"split/{cores}", args.repeat, workers=cores)
    if args.whole_copies > 1:
        row(args.whole_copies, "whole", 1, whole=True)
        row(args.whole_copies, f"split/{cores}", 1, workers=cores)
    if args.copies > 1:
        row(args.copies, f"split/{cores}", args.large_repeat, workers=cores)
        if args.large_single:
            row(args.copies, "split/1", args.large_repeat, workers=1)
    if not args.skip_build:
        totals, validations = [], []
        for i in range(args.repeat):
            summary = build(default_corpus_dir(), work / f"build-{i}")
            totals.append(summary.total_seconds)
            validations.append(summary.validate_seconds)
        print(
            f"seed build (validated): median {statistics.median(totals):.2f} s total, "
            f"{statistics.median(validations):.2f} s of validation"
        )


if __name__ == "__main__":
    main()
