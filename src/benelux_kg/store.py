"""The on-disk Oxigraph store, published atomically.

A store directory holds generations of the graph and a ``current`` link to the one in
service::

    store/
      current -> generations/20261123T120000Z-4242
      generations/20261123T120000Z-4242/   (an Oxigraph database)
      .lock

A build writes a new generation beside the others, checks it, and only then moves the
link (an atomic rename); a build that fails or is killed leaves the link, and so the
store in service, as it was. Readers open the generation the link names, read-only, and
notice a new one by reading the link again (one system call per request).

An update (adding or removing one document) works the same way on a copy of the
generation in service: a RocksDB checkpoint, whose immutable table files are hard links,
so the copy costs the same whatever the size of the store. The change is made and
checked in the copy, which then replaces the one in service by the same atomic rename.

Every named graph's triples are also kept in the default graph, which is therefore the RDF
merge of the named graphs: a triple that several documents state is in it once. A query
without ``GRAPH`` reads it, so counts and joins have set semantics (Oxigraph's own "union
default graph" yields a triple once per graph that holds it, oxigraph/oxigraph#1919, and
every document graph repeats the types and labels of the entities it mentions).
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import io
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pyoxigraph import DefaultGraph, NamedNode, Quad, QueryTriples, RdfFormat, Store

from .errors import StoreError
from .namespaces import BASE, OWL, RDF

CURRENT = "current"
GENERATIONS = "generations"
_KEEP = 2  # the generation in service and the one before it (a server may still read it)
_POLL = 0.05  # seconds between two attempts to take the writer lock
T = TypeVar("T")
_held = threading.local()  # store dirs whose writer lock this thread holds


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
def writer_lock(store_dir: Path, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the one writer's lock of ``store_dir``, waiting up to ``wait`` seconds for it.

    Re-entrant within a thread, so that an update may call a build that locks too.
    """
    store_dir.mkdir(parents=True, exist_ok=True)
    key = str(store_dir.resolve())
    held: set[str] = getattr(_held, "dirs", set())
    if key in held:
        yield
        return
    deadline = time.monotonic() + wait
    with (store_dir / ".lock").open("w") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreError(
                        "another build or update is writing this store", source=str(store_dir)
                    ) from None
                time.sleep(_POLL)
        _held.dirs = held | {key}
        try:
            yield
        finally:
            _held.dirs = held - {key}


def new_generation_name(store_dir: Path) -> str:
    """A fresh generation's path relative to ``store_dir`` (what the link would hold)."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    return f"{GENERATIONS}/{stamp}-{os.getpid()}-{time.monotonic_ns() % 10**6}"


def publish(
    store_dir: Path,
    quads: Iterable[Quad],
    check: Callable[[Store], None] | None = None,
    *,
    nquads: Iterable[bytes] = (),
) -> Path:
    """Write ``quads`` as a new generation, ``check`` it, then put it in service.

    ``nquads`` are more quads, as N-Quads text in chunks that already hold the default
    graph's copy of each named-graph triple; they are read while they are being made.
    ``check`` raises to refuse the generation; the store in service is then untouched.
    """
    with writer_lock(store_dir):
        (store_dir / GENERATIONS).mkdir(exist_ok=True)
        new = store_dir / new_generation_name(store_dir)
        try:
            store = Store(str(new))
            _bulk_load_chunks(store, nquads)
            store.bulk_extend(with_merged_default(quads))
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


class _ChunkReader(io.RawIOBase):
    """A binary file over an iterator of chunks, which Oxigraph's bulk loader reads from."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks = chunks
        self._chunk = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._chunk:  # what the iterator raises reaches the loader's caller
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._chunk = memoryview(chunk)
        size = min(len(buffer), len(self._chunk))
        buffer[:size] = self._chunk[:size]
        self._chunk = self._chunk[size:]
        return size


def _bulk_load_chunks(store: Store, chunks: Iterable[bytes]) -> None:
    reader = io.BufferedReader(_ChunkReader(iter(chunks)), 1 << 20)
    store.bulk_load(reader, format=RdfFormat.N_QUADS)


def derive(store_dir: Path, name: str, change: Callable[[Store], T]) -> T:
    """Copy the generation in service to ``name`` and apply ``change`` to the copy.

    The copy is a checkpoint (hard links to the immutable table files), so its cost does
    not grow with the store. ``change`` raises to refuse; the copy is then deleted. The
    result is flushed and closed but not in service: see :func:`put_in_service`.
    """
    source = current_generation(store_dir)
    target = store_dir / name
    try:
        reader = Store.read_only(str(source))
        reader.backup(str(target))
        del reader
        store = Store(str(target))
        result = change(store)
        store.flush()
        del store
        gc.collect()
    except BaseException:
        gc.collect()
        shutil.rmtree(target, ignore_errors=True)
        raise
    return result


def put_in_service(store_dir: Path, name: str) -> None:
    """Make the generation ``name`` the one in service: the commit point of a change."""
    _swap_link(store_dir, store_dir / name)
    _prune(store_dir)


def current_name(store_dir: Path) -> str | None:
    link = store_dir / CURRENT
    return os.readlink(link) if link.is_symlink() else None


def discard(store_dir: Path, name: str) -> None:
    """Delete a generation that never went into service."""
    if name != current_name(store_dir):
        shutil.rmtree(store_dir / name, ignore_errors=True)


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


def with_merged_default(quads: Iterable[Quad]) -> Iterator[Quad]:
    """Each quad, and for a quad of a named graph its triple in the default graph too."""
    default = DefaultGraph()
    for quad in quads:
        yield quad
        if not isinstance(quad.graph_name, DefaultGraph):
            yield Quad(quad.subject, quad.predicate, quad.object, default)


# Every built store states the ontology's header, so its merged default graph holds it too.
_ONTOLOGY_HEADER = Quad(
    NamedNode(BASE + "def"), NamedNode(RDF + "type"), NamedNode(OWL + "Ontology"), DefaultGraph()
)


def has_merged_default(store: Store) -> bool:
    """Whether the default graph holds the merge (stores built before it was kept do not).

    Asked before every query: a built store answers it by one lookup (~2 µs), where opening
    an iterator over the default graph costs ~15 µs, a fifth of a simple lookup's time."""
    if _ONTOLOGY_HEADER in store:
        return True
    return next(iter(store.quads_for_pattern(None, None, None, DefaultGraph())), None) is not None


def _merge_into_default(store: Store) -> None:
    """Give a store built before the merge was kept its merged default graph, so that a
    change to it does not leave a default graph holding the changed documents only."""
    if not has_merged_default(store):
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def add_quads(store: Store, quads: Iterable[Quad]) -> None:
    """Add named-graph quads, keeping the default graph the merge of the named graphs."""
    _merge_into_default(store)
    store.extend(with_merged_default(quads))


def remove_named_graph(store: Store, graph: NamedNode) -> None:
    """Remove ``graph``, and from the default graph the triples no other graph states."""
    _merge_into_default(store)
    triples = [
        (q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)
    ]
    store.remove_graph(graph)
    default = DefaultGraph()
    for s, p, o in triples:
        held = store.quads_for_pattern(s, p, o, None)
        if not any(not isinstance(q.graph_name, DefaultGraph) for q in held):
            store.remove(Quad(s, p, o, default))


def named_quads(store: Store) -> Iterator[Quad]:
    """Every quad of every named graph (the merged default graph left out)."""
    return (q for q in store if not isinstance(q.graph_name, DefaultGraph))


def union_triples(store: Store) -> QueryTriples:
    """Every triple of every named graph, as one graph (duplicates across graphs merged)."""
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    if not has_merged_default(store):
        query = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    result = store.query(query)
    assert isinstance(result, QueryTriples)
    return result
