"""A real ingest killed at a random moment leaves the store as before or as after it.

``benelux-kg add`` runs in a subprocess that gets SIGKILL after a random delay, drawn in
turn from each slice of the time a full run takes, so that the kills fall all along it
(start-up, reading, extraction, the copy of the generation, validation, the commit, the
corpus files) and a little past its end. The next start (a recovery) must find the store,
the corpus files and the manifest all in the state before the ingest, or all after it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from benelux_kg.corpus import read_manifest
from benelux_kg.store import open_read_only
from benelux_kg.update import recover
from conftest import CORPUS, ROOT
from test_update import (
    LABELLED,
    SEEDS,
    Site,
    assert_consistent,
    copy_site,
    corpus_state,
    graph_sizes,
    make_site,
)

ADDED = "003_c75309f88a2b6b39"  # the largest seed: the longest extraction
RUNS = 8
SPAN = 1.3  # kills are spread over this many times the length of an undisturbed run

State = tuple[dict[str, int], dict[str, str]]


def state(site: Site) -> State:
    return graph_sizes(open_read_only(site.store)), corpus_state(site.corpus)


def command(site: Site) -> list[str]:
    title = read_manifest(CORPUS)[ADDED]["title"]
    return [
        sys.executable,
        "-c",
        "from benelux_kg.cli import main; main()",
        "add",
        str(CORPUS / f"{ADDED}.txt"),
        "--meta",
        f"title={title}",
        "--corpus",
        str(site.corpus),
        "--store",
        str(site.store),
    ]


def test_a_killed_ingest_leaves_the_store_before_or_after(tmp_path: Path) -> None:
    # The project's ontology and reference data, and shapes the change conforms to, so
    # that the run validates (and takes as long as a real one) and can commit.
    home = tmp_path / "home"
    (home / "shapes").mkdir(parents=True)
    (home / "ontology").symlink_to(ROOT / "ontology")
    (home / "shapes" / "benelux-kg.shacl.ttl").write_text(LABELLED, encoding="utf-8")
    env = {**os.environ, "BENELUX_KG_HOME": str(home)}

    template = make_site(tmp_path / "template", [s for s in SEEDS if s != ADDED])
    finished = copy_site(template, tmp_path / "finished")
    started = time.monotonic()
    run = subprocess.run(command(finished), env=env, capture_output=True, text=True, check=False)
    duration = time.monotonic() - started
    assert run.returncode == 0, run.stderr
    before, after = state(template), state(finished)
    assert before[0] != after[0]

    seed = random.randrange(1 << 32)
    draw = random.Random(seed)
    outcomes = []
    for i in range(RUNS):
        site = copy_site(template, tmp_path / f"run{i}")
        delay = SPAN * duration * (i + draw.random()) / RUNS
        process = subprocess.Popen(
            command(site), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        recover(site.corpus, site.store)  # what the next start does
        now = state(site)
        outcome = "before" if now == before else "after" if now == after else "in between"
        outcomes.append(f"{delay:.2f}s: {outcome}")
        assert outcome != "in between", f"seed {seed}, run {i}: {outcomes}"
        assert_consistent(site)
    print(f"seed {seed}, full run {duration:.2f}s:", *outcomes, sep="\n  ")
    assert any(o.endswith("before") for o in outcomes), f"seed {seed}: {outcomes}"
