"""Time to add one document to the seed store, and to a store 100 times larger.

    .venv/bin/python bench/add_document.py [--copies 100] [--repeat 5] [--validate]

The large store is the seed corpus replicated ``--copies`` times under new document ids
(``{seed}_c{n}``), built unvalidated. Each measured add is a new document (the smallest
seed with one line of its own, so that its checksum is new) added through
``benelux_kg.update.add_document``, as ``benelux-kg add`` does; the figure is the median
wall time of ``--repeat`` adds, each followed by the removal of the document again so
that every add meets the same store. Validation (``--validate``) runs the shapes of the
project over the new document and its entities; it is off by default because the shapes
are still being written.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from pyoxigraph import QuerySolutions

from benelux_kg.build import build
from benelux_kg.corpus import MANIFEST, default_corpus_dir, manifest_bytes, read_manifest
from benelux_kg.ingest import ingest_bytes
from benelux_kg.store import current_generation, open_read_only
from benelux_kg.update import add_document, extractor, remove_document

SMALLEST = "004_8fbf76c5622830fb"


def replicate(seeds: Path, target: Path, copies: int) -> None:
    target.mkdir(parents=True)
    manifest = read_manifest(seeds)
    entries: dict[str, dict[str, str]] = {}
    for n in range(copies):
        for path in sorted(seeds.glob("*.txt")):
            doc_id = path.stem if n == 0 else f"{path.stem}_c{n:03d}"
            shutil.copyfile(path, target / f"{doc_id}.txt")
            entries[doc_id] = manifest.get(path.stem, {})
    (target / MANIFEST).write_bytes(manifest_bytes(entries))


def quad_count(store_dir: Path) -> int:
    rows = open_read_only(store_dir).query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(rows, QuerySolutions)
    return next(int(row["n"].value) for row in rows)


def disk_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def time_adds(corpus: Path, store: Path, repeat: int, validate: bool) -> tuple[float, float]:
    text = (default_corpus_dir() / f"{SMALLEST}.txt").read_text(encoding="utf-8")
    adds, removes = [], []
    for i in range(repeat):
        data = f"Benchmarkdocument {i} ({time.time_ns()})\n{text}".encode()
        doc = ingest_bytes(f"bench_{i}.txt", data)
        started = time.perf_counter()
        add_document(corpus, store, doc, {"title": f"Benchmark {i}"}, validate=validate)
        adds.append(time.perf_counter() - started)
        started = time.perf_counter()
        remove_document(corpus, store, doc.doc_id, validate=validate)
        removes.append(time.perf_counter() - started)
    return statistics.median(adds), statistics.median(removes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--validate", action="store_true")
    args = parser.parse_args()
    extractor()  # built once per process, like a server's; not part of an add
    print(f"adding one {SMALLEST}-sized document, median of {args.repeat}")
    print(f"{'store':>18} {'docs':>6} {'quads':>10} {'MB':>7} {'build s':>8} {'add s':>7} "
          f"{'remove s':>8}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bkg-bench-") as tmp:
        for copies in (1, args.copies):
            root = Path(tmp) / f"x{copies}"
            replicate(default_corpus_dir(), root / "corpus", copies)
            started = time.perf_counter()
            summary = build(root / "corpus", root / "store", validate=False)
            built = time.perf_counter() - started
            quads = quad_count(root / "store")
            size = disk_bytes(current_generation(root / "store")) / 1e6
            add, remove = time_adds(root / "corpus", root / "store", args.repeat, args.validate)
            label = "seeds" if copies == 1 else f"seeds x {copies}"
            print(
                f"{label:>18} {summary.documents:>6} {quads:>10} {size:>7.1f} {built:>8.1f} "
                f"{add:>7.3f} {remove:>8.3f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
