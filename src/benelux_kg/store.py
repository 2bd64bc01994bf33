"""The on-disk Oxigraph store, published atomically.

A store directory holds generations of the graph and a ``current`` link to the one in
service::

    store/
      current -> generations/20261123T120000Z-4242
      generations/20261123T120000Z-4242/   (an Oxigraph database)
      .lock

A build writes a new generation beside the others, checks it, and only then moves the
link (an atomic rename); a build that fails or is killed leaves the link, and so the
store in service, as it was. Readers open the generation the link names, read-only.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pyoxigraph import Quad, QueryTriples, Store

from .errors import StoreError

CURRENT = "current"
GENERATIONS = "generations"
_KEEP = 2  # the generation in service and the one before it (a server may still read it)


def current_generation(store_dir: Path) -> Path:
    link = store_dir / CURRENT
    if not link.is_symlink():
        raise StoreError(
            "no graph has been built here yet; run `benelux-kg build`", source=str(store_dir)
        )
    target = store_dir / os.readlink(link)
    if not target.is_dir():
        raise StoreError(f"the current generation {target.name} is missing", source=str(store_dir))
    return target


def open_read_only(store_dir: Path) -> Store:
    generation = current_generation(store_dir)
    try:
        return Store.read_only(str(generation))
    except OSError as error:
        raise StoreError(f"cannot open the store: {error}", source=str(generation)) from None


@contextlib.contextmanager
def _build_lock(store_dir: Path) -> Iterator[None]:
    store_dir.mkdir(parents=True, exist_ok=True)
    with (store_dir / ".lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError("another build is writing this store", source=str(store_dir)) from None
        yield


def publish(
    store_dir: Path,
    quads: Iterable[Quad],
    check: Callable[[Store], None] | None = None,
) -> Path:
    """Write ``quads`` as a new generation, ``check`` it, then put it in service.

    ``check`` raises to refuse the generation; the store in service is then untouched.
    """
    with _build_lock(store_dir):
        generations = store_dir / GENERATIONS
        generations.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        new = generations / f"{stamp}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
        try:
            store = Store(str(new))
            store.bulk_extend(quads)
            store.flush()
            if check is not None:
                check(store)
            store.optimize()
            del store
            gc.collect()
            _swap_link(store_dir, new)
        except BaseException:
            gc.collect()
            shutil.rmtree(new, ignore_errors=True)
            raise
        _prune(store_dir)
        return new


def _swap_link(store_dir: Path, target: Path) -> None:
    link = store_dir / CURRENT
    temporary = store_dir / f".{CURRENT}.{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    os.symlink(target.relative_to(store_dir), temporary)
    os.replace(temporary, link)  # atomic: readers see the old link or the new one
    fd = os.open(store_dir, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune(store_dir: Path) -> None:
    """Remove generations no link names, but keep the latest few for running servers."""
    current = current_generation(store_dir).resolve()
    generations = sorted((store_dir / GENERATIONS).iterdir(), key=lambda p: p.stat().st_mtime)
    keep = {current, *(p.resolve() for p in generations[-_KEEP:])}
    for path in generations:
        if path.resolve() not in keep:
            shutil.rmtree(path, ignore_errors=True)


def union_triples(store: Store) -> QueryTriples:
    """Every triple of every named graph, as one graph (duplicates across graphs merged)."""
    result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(result, QueryTriples)
    return result
