"""What the benchmark scripts share: corpora, servers on free ports, memory of process trees."""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus"
PYTHON = sys.executable
_PAGE = os.sysconf("SC_PAGE_SIZE")


def corpus_of(copies: int, work: Path) -> Path:
    """The seed corpus (``copies`` = 1) or the seeds replicated ``copies`` times under
    ``work`` (made once, then reused)."""
    if copies == 1:
        return SEEDS
    target = work / f"corpus-x{copies}"
    if not (target / "manifest.json").exists():
        from synthetic import replicate_corpus  # bench/synthetic.py

        shutil.rmtree(target, ignore_errors=True)  # a copy left unfinished
        replicate_corpus(SEEDS, target, copies)
    return target


def corpus_bytes(corpus: Path) -> int:
    return sum(p.stat().st_size for p in corpus.glob("*.txt"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(b")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def tree_pids(pid: int) -> list[int]:
    """``pid`` and all its descendants (the server's query workers, a pool's processes)."""
    tree, out, todo = _children(), [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(tree.get(current, []))
    return out


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def pss_bytes(pid: int) -> int:
    """Proportional set size: shared pages divided among the processes sharing them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def tree_pss(pid: int) -> int:
    return sum(pss_bytes(p) for p in tree_pids(pid))


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and its descendants, summed (shared pages counted in each,
    so an upper bound, as an operator's ``ps`` would add it up)."""
    return sum(rss_bytes(p) for p in tree_pids(pid))


class PeakRss:
    """Samples the summed RSS (and, with ``pss``, the summed PSS) of a process tree every
    ``interval`` s until stopped."""

    def __init__(self, pid: int, interval: float = 0.1, pss: bool = False):
        self.pid, self.interval, self.peak, self.peak_pss = pid, interval, 0, 0
        self._pss = pss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        samples = 0
        pids = [self.pid]
        while not self._stop.is_set():
            if samples % 5 == 0:  # walking /proc for the tree costs more than reading it
                pids = tree_pids(self.pid)
            samples += 1
            self.peak = max(self.peak, sum(rss_bytes(p) for p in pids))
            if self._pss:
                self.peak_pss = max(self.peak_pss, sum(pss_bytes(p) for p in pids))
            self._stop.wait(self.interval)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def wait_http(
    port: int, process: subprocess.Popen[bytes], path: str, timeout: float, log: str
) -> None:
    import http.client

    deadline = time.monotonic() + timeout
    while True:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", path)
            if connection.getresponse().status < 500:
                return
        except OSError:
            pass
        if process.poll() is not None:
            raise SystemExit(
                f"the server on port {port} ended with {process.returncode}; see {log}"
            )
        if time.monotonic() > deadline:
            process.kill()
            raise SystemExit(
                f"the server on port {port} did not answer in {timeout:g} s; see {log}"
            )
        time.sleep(0.1)


def start(
    argv: Sequence[str], port: int, path: str, timeout: float = 60
) -> subprocess.Popen[bytes]:
    """Start a server and wait until ``path`` answers; its output goes to a log file (a
    pipe nobody reads would fill up and stall it)."""
    handle, log = tempfile.mkstemp(prefix="bkg-bench-server-", suffix=".log")
    try:
        process = subprocess.Popen(list(argv), stdout=handle, stderr=subprocess.STDOUT)
    finally:
        os.close(handle)
    wait_http(port, process, path, timeout, log)
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
