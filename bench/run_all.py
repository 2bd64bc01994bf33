"""Every benchmark in one run, as markdown, with the targets of issue #9 checked.

    .venv/bin/python bench/run_all.py [--sizes 1,10,100] [--validate-sizes 1,10]
        [--mix-sizes 1,10,100] [--rdflib-sizes 1] [--clients 1,8,32] [--seconds 4]
        [--work DIR] [--no-validation-bench] [--output FILE]

(``make bench`` runs it with the defaults: about ten minutes on two cores.) Corpora and
stores are made once in ``--work`` (default: a temporary directory, removed at the end)
and shared by the parts: the build (``build_scaling.py``), SPARQL under load and serve
memory (``sparql_mix.py``) and, when ``bench/validation.py`` is there, validation times.
rdflib-endpoint comes with the ``[bench]`` extra: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_scaling
import sparql_mix
from _common import PYTHON, table

HERE = Path(__file__).resolve().parent


def machine() -> str:
    model = "unknown"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0))
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = []
    for name in ("pyoxigraph", "uvicorn", "httptools", "uvloop", "fastapi", "rdflib",
                 "rdflib-endpoint"):  # fmt: skip
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"- machine: {model}, {cores} cores, {memory:.0f} GiB; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}\n"
        f"- {', '.join(versions)}\n"
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC; "
        f"load average at the start: {load}"
    )


def validation_bench(work: Path, copies: int, timeout: float) -> str:
    script = HERE / "validation.py"
    if not script.exists():
        return "(bench/validation.py is not there: no validation figures)"
    try:
        done = subprocess.run(
            [
                PYTHON,
                str(script),
                "--work",
                str(work / "validation"),
                "--copies",
                str(copies),
                "--whole-copies",
                "1",
                "--repeat",
                "1",
                "--large-repeat",
                "1",
                "--skip-build",
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return f"(bench/validation.py ran longer than {timeout:g} s and was stopped)"
    if done.returncode != 0:
        return f"(bench/validation.py failed: {done.stderr.strip()[-500:]})"
    return done.stdout.strip()


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "NOT met")


def targets(build: build_scaling.Figures, mix: sparql_mix.Figures) -> str:
    def under(label: str, seconds: float | None, limit: float, fmt: str, missing: str) -> None:
        shown = missing if seconds is None else f"{seconds:{fmt}} s"
        rows.append([label, shown, verdict(None if seconds is None else seconds < limit)])

    rows: list[list[str]] = []
    built, checked = build["build_s"], build["validated_s"]
    under("seed build < 5 s (no validation)", built.get(1), 5, ".1f", "-")
    label = "seed build < 5 s (with validation, as `benelux-kg build` runs)"
    under(label, checked.get(1), 5, ".1f", "-")
    under("100x build < 2 min on 2 cores (no validation)", built.get(100), 120, ".0f", "-")
    under("100x build < 2 min (with validation)", checked.get(100), 120, ".0f", "not run")
    ratios = mix["simple_ratio"]
    worst = max(ratios.values()) if ratios else None
    rows.append(
        [
            "HTTP within 2x of in-process, simple lookups",
            "-" if worst is None else ", ".join(f"{k} {v:.1f}x" for k, v in ratios.items()),
            verdict(None if worst is None else worst <= 2),
        ]
    )
    throughput = mix["throughput_ratio"]
    least = min(throughput.values()) if throughput else None
    rows.append(
        [
            ">= 10x rdflib-endpoint throughput",
            "-"
            if least is None
            else ", ".join(f"{k} clients {v:.0f}x" for k, v in throughput.items()),
            verdict(None if least is None else least >= 10),
        ]
    )
    rss = mix["serve_rss"].get(100)
    pss = mix.get("serve_pss", {}).get(100)
    rows.append(
        [
            "serve RSS < 300 MB at 100x (server + workers, summed)",
            "-" if rss is None else f"RSS {rss / 1e6:.0f} MB (PSS {(pss or 0) / 1e6:.0f} MB)",
            verdict(None if rss is None else rss < 300e6),
        ]
    )
    return table(["target", "measured", ""], rows)


def sizes_arg(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=sizes_arg, default=[1, 10, 100], help="build sizes")
    parser.add_argument("--validate-sizes", type=sizes_arg, default=[1, 10])
    parser.add_argument("--mix-sizes", type=sizes_arg, default=[1, 10, 100])
    parser.add_argument("--rdflib-sizes", type=sizes_arg, default=[1])
    parser.add_argument("--clients", type=sizes_arg, default=[1, 8, 32])
    parser.add_argument("--seconds", type=float, default=4, help="per load measurement")
    parser.add_argument("--no-serial", action="store_true", help="skip 1 vs 2 processes")
    parser.add_argument("--no-validation-bench", action="store_true")
    parser.add_argument(
        "--validation-copies", type=int, default=10, help="size of bench/validation.py's store"
    )
    parser.add_argument("--work", type=Path, help="corpora and stores (default: temp)")
    parser.add_argument("--output", type=Path, help="also write the markdown here")
    args = parser.parse_args()
    if args.rdflib_sizes and importlib.util.find_spec("rdflib_endpoint") is None:
        print(
            "rdflib-endpoint is not installed (pip install -e '.[bench]'): no comparison",
            file=sys.stderr,
        )
        args.rdflib_sizes = []
    work = args.work or Path(tempfile.mkdtemp(prefix="bkg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.0f} s] {message}", file=sys.stderr, flush=True)

    parts = ["# benelux-kg benchmarks", "", machine(), ""]
    try:
        log("build")
        build_text, build_figures = build_scaling.measure(
            args.sizes, args.validate_sizes, work, not args.no_serial, timeout=1800
        )
        parts += ["## Build", "", build_text, ""]
        log("SPARQL mix")
        mix_text, mix_figures = sparql_mix.run(
            args.mix_sizes, args.rdflib_sizes, args.clients, args.seconds, work, log
        )
        parts += ["## SPARQL", "", mix_text, ""]
        if not args.no_validation_bench:
            log("validation")
            parts += [
                "## Validation",
                "",
                validation_bench(work, args.validation_copies, timeout=900),
                "",
            ]
        parts += ["## Targets", "", targets(build_figures, mix_figures), ""]
        parts.append(f"Total time of this run: {time.perf_counter() - started:.0f} s")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    text = "\n".join(parts)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
