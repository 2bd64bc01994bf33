"""Would pyrudof (rudof's Python binding) serve as the SHACL engine? Speed and coverage.

pyrudof is not a dependency of the project; run this with a venv of its own:

    python3 -m venv /tmp/rudof-venv && /tmp/rudof-venv/bin/pip install pyrudof
    .venv/bin/benelux-kg export --format ntriples --output /tmp/seed.nt   # the union
    /tmp/rudof-venv/bin/python bench/pyrudof_check.py /tmp/seed.nt [--shapes FILE] [--repeat 3]

It prints the median time to read the data, read the shapes and validate, and the
number of results per (severity, shape), to be compared with ``benelux-kg validate
--format json`` on the same file.
"""

from __future__ import annotations

import argparse
import collections
import statistics
import time
from pathlib import Path
from typing import Any

import pyrudof  # type: ignore[import-not-found]

SHAPES = Path(__file__).resolve().parents[1] / "shapes" / "benelux-kg.shacl.ttl"


def run(data: Path, shapes: Path) -> tuple[Any, tuple[float, float, float]]:
    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    started = time.perf_counter()
    rudof.read_data(
        str(data), format=pyrudof.RDFFormat.NTriples, reader_mode=pyrudof.ReaderMode.Strict
    )
    read = time.perf_counter()
    fmt = pyrudof.ShaclFormat.NTriples if shapes.suffix == ".nt" else pyrudof.ShaclFormat.Turtle
    rudof.read_shacl(str(shapes), format=fmt, reader_mode=pyrudof.ReaderMode.Strict)
    parsed = time.perf_counter()
    report = rudof.validate_shacl()
    return report, (read - started, parsed - read, time.perf_counter() - parsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="N-Triples file")
    parser.add_argument("--shapes", type=Path, default=SHAPES)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs = [run(args.data, args.shapes) for _ in range(args.repeat)]
    report = runs[-1][0]
    read, parse, check = (statistics.median(t[i] for _, t in runs) for i in range(3))
    print(f"pyrudof {pyrudof.__version__ if hasattr(pyrudof, '__version__') else ''}")
    print(f"read data {read:.2f} s, read shapes {parse:.2f} s, validate {check:.2f} s")
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    empty_messages = 0
    for entry in report:
        shape = str(entry.source_shape).rsplit("#", 1)[-1].rstrip(">")
        counts[(str(entry.severity), shape)] += 1
        empty_messages += not entry.message
    print(f"{len(report)} results ({empty_messages} without a message)")
    for (severity, shape), n in sorted(counts.items()):
        print(f"  {severity:<9} {shape:<34} {n}")


if __name__ == "__main__":
    main()
