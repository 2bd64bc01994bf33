"""Build cost against corpus size: extraction throughput, build time and peak memory.

    .venv/bin/python bench/build_scaling.py [--sizes 1,10,100] [--validate-sizes 1,10,100]
                                            [--work DIR] [--no-serial]

Each size is the seed corpus replicated that many times (``bench/synthetic.py``: new
document ids, instrument numbers shifted so that entities do not collapse). Every build
runs as ``benelux_kg.build.build`` in a fresh process, so that its peak memory (the
process and its extraction workers, summed) is its own; once without validation, once
with it. The stores built without validation are kept in ``--work`` for
``bench/sparql_mix.py`` and ``bench/serve_memory.py``. The cost must grow linearly: the
seconds per MB should stay flat from size to size.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, PeakRss, corpus_bytes, corpus_of, table

_BUILD = """
import json, sys, time
from pathlib import Path
from benelux_kg.build import build
started = time.perf_counter()
s = build(Path(sys.argv[1]), Path(sys.argv[2]), validate=sys.argv[3] == "1")
print(json.dumps({"documents": s.documents, "characters": s.characters, "quads": s.quads,
                  "extract": s.extract_seconds, "total": s.total_seconds,
                  "wall": time.perf_counter() - started}))
"""

_EXTRACT = """
import json, sys, time
from pathlib import Path
from benelux_kg.build import extract_all
from benelux_kg.corpus import load_corpus
from benelux_kg.extract import Extractor
documents, extractor = load_corpus(Path(sys.argv[1])), Extractor.from_files()
started = time.perf_counter()
extract_all(documents, extractor, workers=int(sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


@dataclass
class Run:
    seconds: float  # wall time of the process, interpreter start included
    peak_rss: int
    result: dict[str, float]


def run_python(code: str, *args: str, timeout: float) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        [PYTHON, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    sampler = PeakRss(process.pid)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        sampler.stop()
        return Run(float("inf"), 0, {})
    peak = sampler.stop()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"the build failed:\n{err.decode(errors='replace')[-2000:]}")
    return Run(seconds, peak, json.loads(out.decode().strip().splitlines()[-1]))


def build_once(corpus: Path, store: Path, validate: bool, timeout: float) -> Run:
    shutil.rmtree(store, ignore_errors=True)
    return run_python(_BUILD, str(corpus), str(store), "1" if validate else "0", timeout=timeout)


def mb(n: float) -> str:
    return f"{n / 1e6:.0f}"


def seconds(value: float) -> str:
    return "timeout" if value == float("inf") else f"{value:.1f}"


Figures = dict[str, dict[object, float]]


def measure(
    sizes: list[int], validate_sizes: list[int], work: Path, serial: bool, timeout: float
) -> tuple[str, Figures]:
    rows, serial_rows = [], []
    figures: Figures = {"build_s": {}, "build_rss": {}, "validated_s": {}, "s_per_mb": {}}
    for copies in sizes:
        corpus = corpus_of(copies, work)
        size = corpus_bytes(corpus)
        plain = build_once(corpus, work / f"store-x{copies}", False, timeout)
        checked = (
            build_once(corpus, work / f"store-x{copies}-validated", True, timeout)
            if copies in validate_sizes
            else None
        )
        shutil.rmtree(work / f"store-x{copies}-validated", ignore_errors=True)
        r = plain.result
        figures["build_s"][copies] = plain.seconds
        figures["build_rss"][copies] = plain.peak_rss
        figures["s_per_mb"][copies] = plain.seconds / (size / 1e6)
        if checked is not None:
            figures["validated_s"][copies] = checked.seconds
        rows.append(
            [
                f"{copies}x",
                int(r["documents"]),
                f"{size / 1e6:.2f}",
                f"{r['extract']:.1f}",
                f"{size / 1e6 / r['extract']:.2f}",
                f"{plain.seconds:.1f}",
                f"{plain.seconds / (size / 1e6):.1f}",
                mb(plain.peak_rss),
                f"{int(r['quads']):,}",
                seconds(checked.seconds) if checked else "-",
                mb(checked.peak_rss) if checked and checked.peak_rss else "-",
            ]
        )
        print(f"  built {copies}x: {plain.seconds:.1f} s", file=sys.stderr, flush=True)
        if serial and 1 < copies <= 10:  # 1 against 2 processes: once is enough
            one = run_python(_EXTRACT, str(corpus), "1", timeout=timeout)
            two = run_python(_EXTRACT, str(corpus), "2", timeout=timeout)
            serial_rows.append(
                [
                    f"{copies}x",
                    f"{one.result['seconds']:.1f}",
                    f"{two.result['seconds']:.1f}",
                    f"{one.result['seconds'] / two.result['seconds']:.2f}",
                    mb(one.peak_rss),
                    mb(two.peak_rss),
                ]
            )
    out = [
        "Build (`benelux-kg build` = `benelux_kg.build.build`, one fresh process per build; "
        '"extract s" runs until the last document is extracted, its quads loaded as they '
        "come)",
        "",
        table(
            [
                "corpus",
                "docs",
                "text MB",
                "extract s",
                "extract MB/s",
                "build s",
                "s per MB",
                "peak RSS MB",
                "quads",
                "build+validate s",
                "peak RSS MB (validated)",
            ],
            rows,
        ),
    ]
    if serial_rows:
        out += [
            "",
            "Extraction alone (`extract_all`), one process against two",
            "",
            table(
                ["corpus", "1 process s", "2 processes s", "speed-up", "RSS MB (1)", "RSS MB (2)"],
                serial_rows,
            ),
        ]
    return "\n".join(out), figures


def sizes_arg(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=sizes_arg, default=[1, 10, 100])
    parser.add_argument("--validate-sizes", type=sizes_arg, default=[1, 10, 100])
    parser.add_argument("--work", type=Path, help="where corpora and stores go (default: temp)")
    parser.add_argument("--no-serial", action="store_true", help="skip 1 vs 2 processes (10x)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per build")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bkg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        text, _ = measure(args.sizes, args.validate_sizes, work, not args.no_serial, args.timeout)
        print(text)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
