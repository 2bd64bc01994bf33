"""The command line: exit codes and messages, never a stack trace."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from benelux_kg.cli import main; main()", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_query_prints_json(store_dir: Path) -> None:
    result = run("query", "--store", str(store_dir), 'ASK { ?i eli:id_local "M(2015)15" }')
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["boolean"] is True


def test_query_as_csv(store_dir: Path) -> None:
    result = run(
        "query",
        "--store",
        str(store_dir),
        "--format",
        "csv",
        'SELECT ?i WHERE { ?i eli:id_local "M(2015)15" }',
    )
    assert result.stdout.splitlines() == [
        "i",
        "https://w3id.org/benelux-kg/id/instrument/m-2015-15",
    ]


def test_a_bad_query_names_its_position(store_dir: Path) -> None:
    result = run("query", "--store", str(store_dir), "SELECT * WHERE { ?s ?p }")
    assert result.returncode == 2
    assert "1:25" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = run("query", "--store", str(tmp_path / "nowhere"), "ASK {}")
    assert result.returncode == 2
    assert "benelux-kg build" in result.stderr
    assert "Traceback" not in result.stderr


_FAILING_EXTRACTOR = """
import sys
from benelux_kg.extract import Extractor
def extract(self, doc):
    raise IndexError("list index out of range")
Extractor.extract = extract
from benelux_kg.cli import main
sys.argv[0] = "benelux-kg"
main()
"""


def test_an_extractor_failure_names_the_document_not_a_stack_trace(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kort.txt").write_text("Het Comité van Ministers vergaderde.", encoding="utf-8")
    store = tmp_path / "store"
    command = ["build", "--corpus", str(corpus), "--store", str(store)]
    result = subprocess.run(
        [sys.executable, "-c", _FAILING_EXTRACTOR, *command],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 3
    said = " ".join(result.stderr.split())  # as the console wraps it
    assert "kort.txt: the extractor failed on this document (IndexError: list index" in said
    assert "Traceback" not in said and "Nothing was published" in said
    assert not (store / "generations").exists() or not any((store / "generations").iterdir())


def test_export_nquads_keeps_the_named_graphs(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.nq"
    result = run("export", "--store", str(store_dir), "--format", "nquads", "--output", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "<https://w3id.org/benelux-kg/graph/document/002_9e5d61a85da0ad79> ." in text


def test_validate_reports_conformance(store_dir: Path) -> None:
    result = run("validate", "--store", str(store_dir))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms" in result.stdout


@contextmanager
def serving(store_dir: Path, *options: str) -> Iterator[tuple[str, list[str]]]:
    """``benelux-kg serve`` on a free port, once it answers /health: its URL, and a list
    that gets what it logged (stdout and stderr) when it has stopped."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    args = ["serve", "--store", str(store_dir), "--port", str(port), *options]
    process = subprocess.Popen(
        [sys.executable, "-c", "from benelux_kg.cli import main; main()", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url, log = f"http://127.0.0.1:{port}", []
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("the server did not start")
                time.sleep(0.2)
        yield url, log
    finally:
        process.terminate()
        log.append(process.communicate(timeout=30)[0])


def _served_log(store_dir: Path, *options: str) -> str:
    """What ``serve`` logs while it answers one request, then stops."""
    with serving(store_dir, *options) as (_, log):
        pass
    return log[0]


def test_serve_logs_requests_unless_told_not_to(store_dir: Path) -> None:
    assert '"GET /health HTTP/1.1" 200' in _served_log(store_dir)
    quiet = _served_log(store_dir, "--no-access-log")
    assert "Uvicorn running on" in quiet
    assert "GET /health" not in quiet
