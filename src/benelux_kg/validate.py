"""SHACL validation of the graph against ``shapes/``.

What is validated is the union of the named graphs of a store (or of RDF files loaded
into one), with the ontology's class hierarchy, exactly as the shapes file says; how is
chosen for speed (see :mod:`benelux_kg.shapes`):

1. The SPARQL constraints run once each, as one Oxigraph query over every focus node.
2. The core constraints run in pySHACL one piece at a time: each named graph (document,
   reference, ontology) is a piece, and its focus nodes are the nodes it describes that
   no earlier graph (in IRI order) describes. A piece's data is the neighbourhood those
   nodes need: all their triples from every graph, the types of their objects, the edges
   of the inverse paths of the shapes, one edge for each object target, and every
   ``rdfs:subClassOf`` triple. Results are kept for the piece's own focus nodes only, so
   every node is checked once, with everything the shapes look at. The pieces are spread
   over the cores when there are several.

The result is the same report as pySHACL over the whole union (``whole=True``; tested on
the seeds). Shapes this split cannot reproduce exactly are run that way.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import rdflib
from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    parse,
)
from pyshacl import validate as shacl_validate
from rdflib.namespace import SH as RSH

from .errors import InputError
from .namespaces import BKG, NIF, ONTOLOGY_GRAPH, PROV, RDFS, SH
from .resources import ontology_file, shapes_file
from .shacl_core import check_all
from .shapes import ShapesPlan, SparqlCheck, load_plan, path_text, severity_name
from .store import has_merged_default, union_triples

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


class _ParameterSet(set[Any]):
    """A set that pySHACL can use where it expects its list of constraint parameters."""

    def copy(self) -> _ParameterSet:
        return _ParameterSet(self)

    def append(self, item: Any) -> None:
        self.add(item)


def _index_pyshacl_parameters() -> None:
    """For every shape and every batch of focus nodes, pySHACL looks each predicate of
    the shape up in its *list* of some 40 constraint parameters, with rdflib's slow term
    equality: millions of comparisons, half the time of the core checks on the seeds. It
    caches that list on its ``shape`` module; a set with the same members gives the same
    answers (the order of a shape's constraints comes from the shape, not from the list)."""
    import pyshacl.shape as shape_module
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP

    current = getattr(shape_module, "CONSTRAINT_PARAMS", (None, None))[0]
    if not isinstance(current, _ParameterSet):
        shape_module.CONSTRAINT_PARAMS = (  # type: ignore[attr-defined]
            _ParameterSet(ALL_CONSTRAINT_PARAMETERS),
            CONSTRAINT_PARAMETERS_MAP,
        )


_index_pyshacl_parameters()
# Below this many focus nodes, starting worker processes costs more than it saves.
PARALLEL_MIN_NODES = 1_000

RDF_FORMATS = {
    ".ttl": RdfFormat.TURTLE,
    ".turtle": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES,
    ".nq": RdfFormat.N_QUADS,
    ".trig": RdfFormat.TRIG,
    ".n3": RdfFormat.N3,
    ".jsonld": RdfFormat.JSON_LD,
    ".json": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
    ".xml": RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Location:
    """Where in the corpus a node comes from: a document, and the span if it is one."""

    document: str
    begin: int | None = None
    end: int | None = None
    anchor: str | None = None

    def describe(self) -> str:
        doc = self.document.rsplit("/", 1)[-1]
        if self.begin is None:
            return doc
        anchor = f" {json.dumps(self.anchor, ensure_ascii=False)}" if self.anchor else ""
        return f"{doc}#char={self.begin},{self.end}{anchor}"


@dataclass(frozen=True)
class Result:
    severity: str  # Violation, Warning or Info
    focus: str
    path: str | None  # a predicate IRI, or a SPARQL property path
    value: str | None  # the lexical form (or IRI) of the value
    message: str
    shape: str | None
    component: str | None = None
    focus_term: str = ""  # N-Triples
    value_term: str | None = None  # N-Triples
    locations: tuple[Location, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Report:
    results: tuple[Result, ...]

    @property
    def violations(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.severity == "Violation")

    @property
    def warnings(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.severity == "Warning")

    @property
    def infos(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.severity == "Info")

    def conforms(self, *, strict: bool = False) -> bool:
        return not self.violations and not (strict and self.warnings)


# --- Reading RDF -------------------------------------------------------------------------


def load_rdf(path: Path, graph: rdflib.Graph | None = None) -> rdflib.Graph:
    graph = graph if graph is not None else rdflib.Graph()
    try:
        graph.parse(path)
    except Exception as error:  # rdflib raises many unrelated types for bad syntax
        raise InputError(f"cannot parse as RDF: {error}", source=str(path)) from None
    return graph


def rdf_format(path: Path) -> RdfFormat:
    try:
        return RDF_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(RDF_FORMATS))
        raise InputError(
            f"unknown RDF file extension {path.suffix!r}; use one of {known}", source=str(path)
        ) from None


def load_files(paths: Sequence[Path]) -> Store:
    """An in-memory store with each file in a named graph of its own (a dataset file
    keeps its graphs) and the ontology, so that its class hierarchy is known."""
    store = Store()
    for path in [ontology_file(), *paths]:
        fmt = rdf_format(path)
        own = ONTOLOGY_GRAPH if path == ontology_file() else NamedNode(path.resolve().as_uri())
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"cannot read: {error.strerror}", source=str(path)) from None
        try:
            quads = [
                Quad(q.subject, q.predicate, q.object, own)
                if isinstance(q, Triple) or isinstance(q.graph_name, DefaultGraph)
                else q
                for q in parse(data, format=fmt, base_iri=path.resolve().as_uri())
            ]
        except SyntaxError as error:
            message = str(error.msg).split(" (line ")[0]
            raise InputError(message, source=str(path), line=error.lineno) from None
        except (ValueError, OSError) as error:
            raise InputError(f"cannot parse as RDF: {error}", source=str(path)) from None
        store.extend(quads)
    return store


def store_as_graph(store: Store) -> rdflib.Graph:
    """The union of every graph of the store, as one rdflib graph."""
    graph = rdflib.Graph()
    for t in union_triples(store):
        graph.add(_to_rdflib(_encode(t.subject), _encode(t.predicate), _encode(t.object)))
    return graph


# --- Validating ----------------------------------------------------------------------------


def validate_graph(data: rdflib.Graph, shapes: Path | None = None) -> Report:
    """Validate ``data`` (with the ontology merged in, for subclass checks) in pySHACL, as
    one graph: for small graphs, such as the neighbourhood of one changed document."""
    plan = load_plan(shapes or shapes_file())
    results = _pyshacl(data, plan.graph, load_rdf(ontology_file()))
    return Report(tuple(sorted(results, key=_order)))


def _pyshacl(
    data: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph | None = None
) -> list[Result]:
    _, results_graph, _ = shacl_validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        allow_warnings=True,
        allow_infos=True,
    )
    return _results(results_graph)


def validate_store(
    store: Store,
    shapes: Path | None = None,
    *,
    workers: int | None = None,
    whole: bool = False,
) -> Report:
    """Validate the union of the named graphs of ``store``.

    ``workers``: processes for the core constraints (default: every core, for a large
    store). ``whole``: run pySHACL once over the whole union instead, the reference the
    split is tested against (and the way for shapes the split cannot reproduce).
    """
    global last_timing
    shapes = shapes or shapes_file()
    plan = load_plan(shapes)
    if whole:
        report = validate_graph(store_as_graph(store), shapes)
        return Report(_with_locations(store, report.results))
    started = time.perf_counter()
    if not plan.core_targets:  # every core shape compiled: pySHACL has nothing to do
        # Every query of both kinds on one pool of threads (Oxigraph runs a query without
        # the GIL), the SPARQL constraints first, each query a job of its own: they are
        # the longest single jobs, and one thread running them all would finish last.
        threads = workers or len(os.sched_getaffinity(0))
        with ThreadPoolExecutor(threads) as pool:
            sparql = [
                pool.submit(_timed_check, store, check, query)
                for check in plan.sparql
                for query in check.queries
            ]
            results = _compiled_results(store, plan, pool)
            compiled = time.perf_counter() - started
            seconds = 0.0
            for job in sparql:
                found, took = job.result()
                results.extend(found)
                seconds += took
        last_timing = Timing(0, threads, 0.0, seconds, compiled)
        return Report(_with_locations(store, sorted(results, key=_order)))
    results = _compiled_results(store, plan)
    compiled = time.perf_counter() - started
    if plan.local:
        meanwhile = lambda: _sparql_results(store, plan)  # noqa: E731
        results.extend(_core_results(store, plan, shapes, workers, meanwhile))
        last_timing = replace(last_timing or Timing(0, 0, 0, 0), compiled_seconds=compiled)
    else:  # the shapes left to pySHACL need the whole graph
        results.extend(_sparql_results(store, plan))
        results.extend(_pyshacl(store_as_graph(store), plan.core, load_rdf(ontology_file())))
        last_timing = Timing(1, 1, time.perf_counter() - started, last_sparql_seconds, compiled)
    return Report(_with_locations(store, sorted(results, key=_order)))


def validate_files(
    paths: Sequence[Path], shapes: Path | None = None, *, workers: int | None = None
) -> Report:
    """Validate RDF files (any of :data:`RDF_FORMATS`, by extension) as one graph."""
    if not paths:
        raise InputError("no RDF file to validate")
    return validate_store(load_files(paths), shapes, workers=workers)


@dataclass(frozen=True)
class Timing:
    """Where a validation of a store spends its time (for ``bench/validation.py``)."""

    pieces: int  # pySHACL's pieces (0: every core shape was compiled)
    workers: int
    core_seconds: float  # pySHACL
    sparql_seconds: float
    compiled_seconds: float = 0.0  # the compiled core shapes (benelux_kg.shacl_core)


last_timing: Timing | None = None


def _order(result: Result) -> tuple[int, str, str, str, str, str]:
    return (
        _SEVERITY_ORDER.get(result.severity, 3),
        result.focus,
        result.shape or "",
        result.path or "",
        result.value_term or "",
        result.message,
    )


# --- Terms ---------------------------------------------------------------------------------

# A term as plain strings, cheap to pickle: (kind, value, language or datatype).
Encoded = tuple[str, str, str]
EncodedTriple = tuple[Encoded, Encoded, Encoded]
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _encode(term: Any) -> Encoded:
    if isinstance(term, NamedNode):
        return ("I", term.value, "")
    if isinstance(term, BlankNode):
        return ("B", term.value, "")
    assert isinstance(term, Literal)
    if term.language:
        return ("L", term.value, term.language)
    return ("D", term.value, term.datatype.value)


def _nt(term: Any) -> str:
    return str(term)


def _rdflib_term(e: Encoded, cache: dict[Encoded, Any]) -> Any:
    term = cache.get(e)
    if term is None:
        kind, value, extra = e
        if kind == "I":
            term = rdflib.URIRef(value)
        elif kind == "B":
            term = rdflib.BNode(value)
        elif kind == "L":
            term = rdflib.Literal(value, lang=extra)
        elif extra == _XSD_STRING:
            term = rdflib.Literal(value)
        else:
            term = rdflib.Literal(value, datatype=rdflib.URIRef(extra))
        cache[e] = term
    return term


_TERMS: dict[Encoded, Any] = {}


def _to_rdflib(s: Encoded, p: Encoded, o: Encoded) -> tuple[Any, Any, Any]:
    return (_rdflib_term(s, _TERMS), _rdflib_term(p, _TERMS), _rdflib_term(o, _TERMS))


def _oxigraph_nt(term: rdflib.term.Node) -> str:
    """An rdflib term in Oxigraph's N-Triples form, so both engines' results compare."""
    if isinstance(term, rdflib.URIRef):
        return str(NamedNode(str(term)))
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    assert isinstance(term, rdflib.Literal)
    if term.language:
        return str(Literal(str(term), language=term.language))
    datatype = NamedNode(str(term.datatype)) if term.datatype else None
    return str(Literal(str(term), datatype=datatype))


# --- The core constraints, piece by piece ------------------------------------------------


@dataclass(frozen=True)
class Piece:
    name: str
    focus: frozenset[str]  # N-Triples of the focus nodes this piece reports on
    triples: tuple[EncodedTriple, ...]


def _rows(store: Store, query: str) -> QuerySolutions:
    rows = store.query(query, use_default_graph_as_union=not has_merged_default(store))
    assert isinstance(rows, QuerySolutions)
    return rows


def _triples(store: Store, query: str) -> QueryTriples:
    triples = store.query(query, use_default_graph_as_union=not has_merged_default(store))
    assert isinstance(triples, QueryTriples)
    return triples


def _plan_pieces(
    store: Store, plan: ShapesPlan
) -> tuple[list[tuple[str, dict[str, Any]]], list[EncodedTriple]]:
    """Each named graph with the focus nodes it owns (those it describes first, in IRI
    order of the graphs), and the class hierarchy every piece gets."""
    graphs = sorted((g for g in store.named_graphs() if isinstance(g, NamedNode)), key=str)
    context = [
        (_encode(t.subject), _encode(t.predicate), _encode(t.object))
        for t in _triples(
            store, f"CONSTRUCT {{ ?a <{RDFS}subClassOf> ?b }} WHERE {{ ?a <{RDFS}subClassOf> ?b }}"
        )
    ]
    claimed: set[str] = set()
    owners = []
    for graph in graphs:
        query = f"SELECT DISTINCT ?n WHERE {{ GRAPH <{graph.value}> {{ ?n ?p ?o }} }}"
        nodes: dict[str, Any] = {str(row[0]): row[0] for row in _rows(store, query)}
        for predicate in sorted(plan.object_target_predicates):
            query = (
                f"SELECT DISTINCT ?n WHERE {{ GRAPH <{graph.value}> {{ ?s <{predicate}> ?n }} }}"
            )
            for row in _rows(store, query):
                nodes.setdefault(str(row[0]), row[0])
        for iri in plan.target_nodes:
            node = NamedNode(iri)
            if str(node) not in nodes and any(store.quads_for_pattern(node, None, None, graph)):
                nodes[str(node)] = node
        own = {k: v for k, v in nodes.items() if k not in claimed}
        claimed.update(own)
        if own:
            owners.append((graph.value, own))
    loose = {str(NamedNode(iri)) for iri in plan.target_nodes} - claimed
    if loose:  # targeted, described nowhere: still checked, as pySHACL would
        owners.append(("(target nodes)", {k: NamedNode(k[1:-1]) for k in loose}))
    return owners, context


def _piece(store: Store, plan: ShapesPlan, name: str, own: dict[str, Any]) -> Piece:
    """The neighbourhood of the nodes ``own`` (see the module docstring), read through
    the store's indexes (faster here than a query with thousands of VALUES)."""
    triples: dict[EncodedTriple, None] = {}
    rdf_type = NamedNode(str(rdflib.RDF.type))
    inverse: dict[str, list[NamedNode]] = {}
    for first, predicate in sorted(plan.inverse_steps):
        inverse.setdefault(first, []).append(NamedNode(predicate))
    object_targets = [NamedNode(r) for r in sorted(plan.object_target_predicates)]
    typed: set[Any] = set()

    def add(quads: Iterable[Quad]) -> None:
        for q in quads:
            triples[(_encode(q.subject), _encode(q.predicate), _encode(q.object))] = None

    def add_types(node: Any) -> None:
        if node not in typed:
            typed.add(node)
            add(store.quads_for_pattern(node, rdf_type, None, None))

    def add_inverse(node: Any, predicates: list[NamedNode]) -> None:
        for q in predicates:
            for x in store.quads_for_pattern(None, q, node, None):
                add([x])
                add_types(x.subject)

    for node in own.values():
        add_inverse(node, inverse.get("", []))
        for w in object_targets:
            for edge in store.quads_for_pattern(None, w, node, None):
                add([edge])  # one edge makes the node a target
                break
        if isinstance(node, Literal):
            continue
        add_types(node)
        quads = list(store.quads_for_pattern(node, None, None, None))
        add(quads)
        for q in quads:
            if not isinstance(q.object, Literal):
                add_types(q.object)
            if q.predicate.value in inverse:
                add_inverse(q.object, inverse[q.predicate.value])
    return Piece(name, frozenset(own), tuple(triples))


_worker_plan: ShapesPlan | None = None
_worker_context: list[EncodedTriple] = []


def _start_worker(shapes: Path, context: list[EncodedTriple]) -> None:
    global _worker_plan, _worker_context
    _worker_plan, _worker_context = load_plan(shapes), context


def _validate_piece(piece: Piece) -> list[Result]:
    assert _worker_plan is not None, "the validation worker was not initialised"
    graph = rdflib.Graph()
    cache: dict[Encoded, Any] = {}
    add = graph.add
    for s, p, o in (*_worker_context, *piece.triples):
        add((_rdflib_term(s, cache), _rdflib_term(p, cache), _rdflib_term(o, cache)))
    _, results_graph, _ = shacl_validate(
        graph,
        shacl_graph=_worker_plan.core,
        inference="none",
        advanced=True,
        allow_warnings=True,
        allow_infos=True,
        inplace=True,
    )
    return [r for r in _results(results_graph) if r.focus_term in piece.focus]


def validation_workers(focus_nodes: int, pieces: int) -> int:
    if pieces < 2 or focus_nodes < PARALLEL_MIN_NODES:
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), pieces))


def _core_results(
    store: Store,
    plan: ShapesPlan,
    shapes: Path,
    workers: int | None,
    meanwhile: Callable[[], list[Result]],
) -> list[Result]:
    """The core constraints piece by piece; ``meanwhile`` runs while the workers work."""
    global last_timing
    started = time.perf_counter()
    owners, context = _plan_pieces(store, plan)
    # Largest first, so that no process is left with one large piece at the end.
    owners.sort(key=lambda owner: -len(owner[1]))
    focus_nodes = sum(len(own) for _, own in owners)
    if workers is None:
        workers = validation_workers(focus_nodes, len(owners))
    workers = max(1, min(workers, len(owners)))
    out: list[Result] = []
    if workers == 1:
        _start_worker(shapes, context)
        for name, own in owners:
            out.extend(_validate_piece(_piece(store, plan, name, own)))
        core = time.perf_counter() - started
        out.extend(meanwhile())
    else:
        from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

        # Forking is cheap and hands the workers the parsed shapes; with other Python
        # threads about (a server), a fork could copy a held lock, so spawn instead.
        method = "fork" if threading.active_count() == 1 and os.name == "posix" else "spawn"
        with ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context(method),
            initializer=_start_worker,
            initargs=(shapes, context),
        ) as pool:
            # Each piece is read from the store while the workers check the ones before;
            # a few pieces ahead at most, so that a large store is never all in memory.
            todo = iter(owners)
            pending: set[Future[list[Result]]] = set()

            def submit(n: int) -> None:
                for name, own in itertools.islice(todo, n):
                    pending.add(pool.submit(_validate_piece, _piece(store, plan, name, own)))

            submit(2 * workers)
            out.extend(meanwhile())
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    out.extend(future.result())
                submit(len(done))
        core = time.perf_counter() - started
    last_timing = Timing(len(owners), workers, core, last_sparql_seconds)
    return out


# --- The compiled core constraints -----------------------------------------------------


def _compiled_results(
    store: Store, plan: ShapesPlan, executor: Executor | None = None
) -> list[Result]:
    """The core shapes :mod:`benelux_kg.shacl_core` compiles, as pySHACL reports them:
    terms as rdflib reads them (typed literals normalised), in Oxigraph's N-Triples."""
    cache: dict[Encoded, Any] = {}
    out = []
    for failure in check_all(store, plan.compiled, executor):
        focus = _rdflib_term(_encode(failure.focus), cache)
        value = None if failure.value is None else _rdflib_term(_encode(failure.value), cache)
        shape = failure.shape
        out.append(
            Result(
                severity=shape.severity,
                focus=str(focus),
                path=shape.report_path,
                value=None if value is None else str(value),
                message=shape.message,
                shape=shape.iri,
                component=failure.component,
                focus_term=_oxigraph_nt(focus),
                value_term=None if value is None else _oxigraph_nt(value),
            )
        )
    return out


# --- The SPARQL constraints, each once over the whole store -----------------------------


last_sparql_seconds = 0.0


def _sparql_results(store: Store, plan: ShapesPlan) -> list[Result]:
    global last_sparql_seconds
    started = time.perf_counter()
    out: list[Result] = []
    for check in plan.sparql:
        for query in check.queries:
            out.extend(_run_check(store, check, query))
    last_sparql_seconds = time.perf_counter() - started
    return out


def _timed_check(store: Store, check: SparqlCheck, query: str) -> tuple[list[Result], float]:
    started = time.perf_counter()
    found = _run_check(store, check, query)
    return found, time.perf_counter() - started


def _run_check(store: Store, check: SparqlCheck, query: str) -> list[Result]:
    rows = _rows(store, query)
    names = [v.value for v in rows.variables]
    seen: set[tuple[Any, ...]] = set()
    out = []
    for row in rows:
        bound = {name: row[name] for name in names if row[name] is not None}
        this, path, value = bound.pop("this"), bound.pop("path", None), bound.pop("value", None)
        key = (
            str(this),
            str(path),
            str(value),
            tuple(sorted((k, str(v)) for k, v in bound.items())),
        )
        if key in seen:  # pySHACL reports duplicate solutions of one focus node once
            continue
        seen.add(key)
        if value is None and not check.is_property_shape:
            value = this
        variables = {k: v.value for k, v in bound.items()}
        variables.update({"this": this.value})
        if path is not None:
            variables["path"] = path.value
        if value is not None:
            variables["value"] = value.value
        messages = []
        for template in check.messages:
            message = template
            for name, text in variables.items():
                message = re.sub(f"{{[?$]{name}}}", str(text), message)
            messages.append(message)
        out.append(
            Result(
                severity=check.severity,
                focus=this.value,
                path=path.value if path is not None else check.path,
                value=None if value is None else value.value,
                message="\n".join(sorted(messages)),
                shape=check.shape,
                component=SH + "SPARQLConstraintComponent",
                focus_term=_nt(this),
                value_term=None if value is None else _nt(value),
            )
        )
    return out


# --- pySHACL's report ------------------------------------------------------------------


def _results(graph: rdflib.Graph) -> list[Result]:
    out = []
    for node in graph.subjects(rdflib.RDF.type, RSH.ValidationResult):
        focus = graph.value(node, RSH.focusNode)
        value = graph.value(node, RSH.value)
        path = graph.value(node, RSH.resultPath)
        shape = graph.value(node, RSH.sourceShape)
        component = graph.value(node, RSH.sourceConstraintComponent)
        messages = sorted(str(m) for m in graph.objects(node, RSH.resultMessage))
        assert focus is not None
        out.append(
            Result(
                severity=severity_name(graph.value(node, RSH.resultSeverity)),
                focus=str(focus),
                path=None if path is None else path_text(graph, path),
                value=None if value is None else str(value),
                message="\n".join(messages),
                shape=None if shape is None or isinstance(shape, rdflib.BNode) else str(shape),
                component=None if component is None else str(component),
                focus_term=_oxigraph_nt(focus),
                value_term=None if value is None else _oxigraph_nt(value),
            )
        )
    return out


# --- Where results come from ----------------------------------------------------------


def _with_locations(store: Store, results: Sequence[Result]) -> tuple[Result, ...]:
    """Each result with the documents (and spans) its focus node, or else its value,
    comes from: a span's document and offsets, an entity's prov:wasDerivedFrom."""
    nodes = {r.focus_term for r in results if r.focus_term.startswith("<")}
    nodes |= {r.value_term for r in results if r.value_term and r.value_term.startswith("<")}
    if not nodes:
        return tuple(results)
    values = " ".join(sorted(nodes))
    found: dict[str, list[Location]] = {}
    for row in _rows(
        store,
        f"""SELECT ?n ?d ?b ?e ?a WHERE {{ VALUES ?n {{ {values} }}
            ?n <{BKG}inDocument> ?d .
            OPTIONAL {{ ?n <{NIF}beginIndex> ?b }} OPTIONAL {{ ?n <{NIF}endIndex> ?e }}
            OPTIONAL {{ ?n <{NIF}anchorOf> ?a }} }}""",
    ):
        b, e, a = row["b"], row["e"], row["a"]
        found.setdefault(str(row["n"]), []).append(
            Location(
                row["d"].value,
                _int(b),
                _int(e),
                None if a is None else a.value,
            )
        )
    for row in _rows(
        store,
        f"SELECT ?n ?d WHERE {{ VALUES ?n {{ {values} }} ?n <{PROV}wasDerivedFrom> ?d }}",
    ):
        if str(row["n"]) not in found or found[str(row["n"])][0].begin is None:
            found.setdefault(str(row["n"]), []).append(Location(row["d"].value))
    out = []
    for r in results:
        where = found.get(r.focus_term) or (found.get(r.value_term or "") or [])
        out.append(_replace_locations(r, tuple(sorted(set(where), key=_location_order))))
    return tuple(out)


def _int(term: Any) -> int | None:
    try:
        return None if term is None else int(term.value)
    except ValueError:
        return None


def _location_order(location: Location) -> tuple[str, int]:
    return (location.document, location.begin or 0)


def _replace_locations(result: Result, locations: tuple[Location, ...]) -> Result:
    from dataclasses import replace

    return replace(result, locations=locations)
