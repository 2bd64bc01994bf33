"""SHACL core constraints, compiled to queries on Oxigraph and checks in Python.

pySHACL spends minutes on the core constraints of a large store: it walks rdflib graphs
triple by triple. Here each shape with targets becomes a few Oxigraph queries (its focus
nodes, and the values of each property shape's path for all of them at once) and the
constraints are checked on those rows with the semantics of pySHACL 0.40 (the code each
check mirrors is named in it); literals that are not in a plain canonical form are
handed to rdflib and to pySHACL's own helpers, so that odd values get pySHACL's answer.

Only what is listed in :data:`_SUPPORTED` is compiled, and only for shapes whose results
carry an ``sh:message`` (pySHACL's generated messages are not reproduced). A shape with
anything else is left to pySHACL (:func:`compile_shapes` says which); nothing is skipped.
``tests/test_validate.py`` runs both engines on every case of ``tests/test_shapes.py``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any

import rdflib
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, QuerySolutions, Store
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from .store import has_merged_default

_XSD_STRING = str(XSD.string)
_XSD_INTEGER = str(XSD.integer)
_LANG_STRING = str(RDF.langString)
_CANONICAL_INT = re.compile(r"[+-]?[0-9]+")

# Parameters that say how a shape is used or reported, not what it requires.
DESCRIPTIVE = {
    RDF.type,
    RDFS.label,
    RDFS.comment,
    SH.path,
    SH.severity,
    SH.message,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
}
# Constraints on one value node at a time.
_VALUE = {
    SH["class"],
    SH.datatype,
    SH.nodeKind,
    SH.pattern,
    SH["in"],
    SH.languageIn,
    SH.minInclusive,
    SH["or"],
    SH["not"],
}
# Constraints on the set of values of one focus node.
_SET = {
    SH.minCount,
    SH.maxCount,
    SH.uniqueLang,
    SH.hasValue,
    SH.lessThan,
    SH.qualifiedValueShape,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
}
_SUPPORTED = _VALUE | _SET | {SH.property}
_NODE_KINDS = {
    SH.IRI: (NamedNode,),
    SH.BlankNode: (BlankNode,),
    SH.Literal: (Literal,),
    SH.BlankNodeOrIRI: (BlankNode, NamedNode),
    SH.BlankNodeOrLiteral: (BlankNode, Literal),
    SH.IRIOrLiteral: (NamedNode, Literal),
}


Subclasses = Callable[[str], list[str]]


class Unsupported(Exception):
    """A shape this module does not compile; pySHACL validates it instead."""


@dataclass
class Shape:
    node: Any  # rdflib term of the shape
    path: str | None  # SPARQL property path (None for a node shape)
    predicate: str | None  # the path's IRI when it is one predicate
    report_path: str | None  # the sh:resultPath as validate.Result shows it
    severity: str
    message: str
    checks: list[tuple[Any, Any]] = field(default_factory=list)  # (parameter, argument)
    properties: list[Shape] = field(default_factory=list)
    deactivated: bool = False

    @property
    def iri(self) -> str | None:
        return None if isinstance(self.node, rdflib.BNode) else str(self.node)


@dataclass
class TopShape:
    shape: Shape
    focus: str  # a SPARQL group binding ?this to each focus node once


@dataclass
class Compiled:
    shapes: list[TopShape]
    left: list[Any]  # shapes with targets left to pySHACL, with why
    reasons: dict[str, str]
    classes: set[str]  # every sh:class argument
    predicates: set[str]  # predicates read per node (nested paths, sh:lessThan)


@dataclass(frozen=True)
class Violation:
    """One failed check, before it becomes a :class:`benelux_kg.validate.Result`."""

    shape: Shape
    component: str
    focus: Any  # pyoxigraph term
    value: Any | None  # pyoxigraph term


def compile_shapes(graph: rdflib.Graph) -> Compiled:
    """The shapes of ``graph`` (SPARQL constraints already taken out) with targets that
    this module can check, and those it cannot."""
    from .shapes import _target_pattern

    out = Compiled([], [], {}, set(), set())
    tops = set(graph.subjects(SH.targetClass, None)) | set(graph.subjects(SH.targetNode, None))
    tops |= set(graph.subjects(SH.targetSubjectsOf, None))
    tops |= set(graph.subjects(SH.targetObjectsOf, None))
    tops |= {s for s in graph.subjects(RDF.type, RDFS.Class) if _is_shape(graph, s)}
    for node in sorted(tops, key=str):
        try:
            if (node, RDF.type, RDFS.Class) in graph:
                raise Unsupported("an implicit class target")
            if any(graph.objects(node, SH.target)):
                raise Unsupported("an advanced target")
            for term in graph.objects(node, SH.targetNode):
                if not isinstance(term, rdflib.URIRef):
                    raise Unsupported("sh:targetNode that is not an IRI")
            shape = _shape(graph, node, top=True, seen=set(), out=out)
            pattern = _target_pattern(graph, node)
            assert pattern is not None
            out.shapes.append(TopShape(shape, pattern))
        except Unsupported as why:
            out.left.append(node)
            out.reasons[str(node)] = str(why)
    return out


def _is_shape(graph: rdflib.Graph, node: Any) -> bool:
    return (node, RDF.type, SH.NodeShape) in graph or (node, RDF.type, SH.PropertyShape) in graph


def _shape(graph: rdflib.Graph, node: Any, *, top: bool, seen: set[Any], out: Compiled) -> Shape:
    """``top``: its results are reported (so it needs a message); else it is only asked
    whether a node conforms (inside sh:or, sh:not, sh:qualifiedValueShape)."""
    from .shapes import _sparql_path, path_text, severity_name

    if node in seen:
        raise Unsupported("a recursive shape")
    seen = seen | {node}
    parameters = set(graph.predicates(node, None)) - DESCRIPTIVE
    deactivated = graph.value(node, SH.deactivated)
    parameters.discard(SH.deactivated)
    unknown = parameters - _SUPPORTED
    if unknown:
        raise Unsupported(f"parameters {sorted(str(u) for u in unknown)}")
    path_node = graph.value(node, SH.path)
    path = predicate = report_path = None
    if path_node is not None:
        path = _sparql_path(graph, path_node)
        report_path = path_text(graph, path_node)
        if isinstance(path_node, rdflib.URIRef):
            predicate = str(path_node)
        elif not top:
            raise Unsupported("a nested shape with a complex path")
    messages = sorted(str(m) for m in graph.objects(node, SH.message))
    shape = Shape(
        node=node,
        path=path,
        predicate=predicate,
        report_path=report_path,
        severity=severity_name(graph.value(node, SH.severity)),
        message="\n".join(messages),
        deactivated=isinstance(deactivated, rdflib.Literal) and deactivated.toPython() is True,
    )
    if deactivated is not None and not isinstance(deactivated.toPython(), bool):
        raise Unsupported("sh:deactivated that is not a boolean")
    if top and not messages and parameters - {SH.property}:
        raise Unsupported("no sh:message (pySHACL's own messages are not reproduced)")
    for parameter in sorted(parameters, key=str):
        arguments = list(graph.objects(node, parameter))
        if parameter == SH.property:
            if path is not None:
                raise Unsupported("a property shape with property shapes")
            for child in arguments:
                if not top:
                    raise Unsupported("sh:property inside a logical constraint")
                inner = _shape(graph, child, top=True, seen=seen, out=out)
                if inner.path is None:
                    raise Unsupported("sh:property without sh:path")
                shape.properties.append(inner)
            continue
        if parameter in (SH.qualifiedMinCount, SH.qualifiedMaxCount):
            continue  # read with sh:qualifiedValueShape
        if len(arguments) != 1 and parameter not in (SH["class"], SH.datatype, SH.pattern):
            raise Unsupported(f"{parameter} given more than once")
        for argument in arguments:
            shape.checks.append((parameter, _argument(graph, node, parameter, argument, seen, out)))
    if path is None and parameters & (_SET - {SH.hasValue}):
        raise Unsupported("a property constraint on a node shape")
    return shape


def _argument(
    graph: rdflib.Graph, node: Any, parameter: Any, argument: Any, seen: set[Any], out: Compiled
) -> Any:
    if parameter == SH["class"]:
        if not isinstance(argument, rdflib.URIRef):
            raise Unsupported("sh:class that is not an IRI")
        out.classes.add(str(argument))
        return str(argument)
    if parameter == SH.datatype:
        if not isinstance(argument, rdflib.URIRef):
            raise Unsupported("sh:datatype that is not an IRI")
        return argument
    if parameter == SH.nodeKind:
        if argument not in _NODE_KINDS:
            raise Unsupported(f"sh:nodeKind {argument}")
        return _NODE_KINDS[argument]
    if parameter == SH.pattern:
        if any(graph.objects(node, SH.flags)) or not isinstance(argument, rdflib.Literal):
            raise Unsupported("sh:pattern with sh:flags")
        # pySHACL: str(p.value) when longer than one character, else str(p)
        text = (
            str(argument.value)
            if argument.value is not None and len(argument.value) > 1
            else str(argument)
        )
        return re.compile(text)
    if parameter in (SH["in"], SH.languageIn):
        members = list(Collection(graph, argument))
        if parameter == SH["in"]:
            if not all(isinstance(m, rdflib.URIRef) for m in members):
                raise Unsupported("sh:in with literals or blank nodes")
            return frozenset(str(m) for m in members)
        languages = [m.value for m in members if isinstance(m, rdflib.Literal)]
        if len(languages) != len(members) or not all(isinstance(x, str) for x in languages):
            raise Unsupported("sh:languageIn with a member that is not a string")
        return frozenset(str(x).lower() for x in languages)
    if parameter == SH.minInclusive:
        if not isinstance(argument, rdflib.Literal):
            raise Unsupported("sh:minInclusive that is not a literal")
        return argument
    if parameter in (SH.minCount, SH.maxCount):
        if not isinstance(argument, rdflib.Literal) or not isinstance(argument.value, int):
            raise Unsupported(f"{parameter} that is not an integer")
        return int(argument.value)
    if parameter == SH.uniqueLang:
        if not isinstance(argument, rdflib.Literal) or not isinstance(argument.value, bool):
            raise Unsupported("sh:uniqueLang that is not a boolean")
        return bool(argument.value)
    if parameter == SH.hasValue:
        if not isinstance(argument, rdflib.URIRef):
            raise Unsupported("sh:hasValue that is not an IRI")
        return str(argument)
    if parameter == SH.lessThan:
        if not isinstance(argument, rdflib.URIRef):
            raise Unsupported("sh:lessThan that is not an IRI")
        out.predicates.add(str(argument))
        return str(argument)
    if parameter == SH["not"]:
        return _nested(graph, argument, seen, out)
    if parameter == SH["or"]:
        return [_nested(graph, m, seen, out) for m in Collection(graph, argument)]
    if parameter == SH.qualifiedValueShape:
        if any(graph.objects(node, SH.qualifiedValueShapesDisjoint)):
            raise Unsupported("sh:qualifiedValueShapesDisjoint")
        bounds = []
        for bound in (SH.qualifiedMinCount, SH.qualifiedMaxCount):
            value = graph.value(node, bound)
            if value is not None and not (
                isinstance(value, rdflib.Literal) and isinstance(value.value, int)
            ):
                raise Unsupported(f"{bound} that is not an integer")
            bounds.append(None if value is None else int(value.value))
        return (_nested(graph, argument, seen, out), bounds[0], bounds[1])
    raise Unsupported(f"parameter {parameter}")  # pragma: no cover - _SUPPORTED is checked


def _nested(graph: rdflib.Graph, node: Any, seen: set[Any], out: Compiled) -> Shape:
    shape = _shape(graph, node, top=False, seen=seen, out=out)
    if shape.predicate is not None:
        out.predicates.add(shape.predicate)
    return shape


# --- Evaluation ------------------------------------------------------------------------


class Data:
    """What the checks read from the store beyond the rows of their own queries."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # A store that keeps the merge in its default graph is read there (fewer rows);
        # one without it, through Oxigraph's union of the named graphs.
        self._merged = has_merged_default(store)
        self._graph = DefaultGraph() if self._merged else None
        self._parents: dict[Any, set[Any]] | None = None
        self._superclasses: dict[Any, set[Any]] = {}
        self._classes: dict[Any, set[Any]] = {}
        self._objects: dict[tuple[str, Any], list[Any]] = {}
        self._rdflib: dict[Any, Any] = {}
        self._gates: dict[str, _Gate] = {}
        self._gates_lock = threading.Lock()

    def rows(self, query: str) -> QuerySolutions:
        rows = self.store.query(query, use_default_graph_as_union=not self._merged)
        assert isinstance(rows, QuerySolutions)
        return rows

    def none_from(self, gate: str) -> bool:
        """Does the query ``gate`` return no row? Asked once per query text, whichever
        thread asks first; the others wait for its answer (shapes of several classes
        share their gates: one scan of a predicate instead of one per class)."""
        with self._gates_lock:
            entry = self._gates.get(gate)
            owner = entry is None
            if entry is None:
                entry = self._gates[gate] = _Gate()
        if owner:
            try:
                entry.empty = next(iter(self.rows(gate)), None) is None
            finally:
                entry.done.set()  # if the query failed, ``empty`` stays False: not skipped
        else:
            entry.done.wait()
        return entry.empty

    def classes(self, node: Any) -> set[Any]:
        """Every class ``node`` is an instance of, through rdf:type/rdfs:subClassOf*."""
        found = self._classes.get(node)
        if found is None:
            found = set()
            for t in self.objects(str(RDF.type), node):
                found |= self._closure(t)
            self._classes[node] = found
        return found

    def subclasses(self, cls: str) -> list[str]:
        """``cls`` and every class below it (rdfs:subClassOf*), sorted."""
        self._closure(NamedNode(cls))  # reads the hierarchy
        below = {c for c in self.hierarchy() if NamedNode(cls) in self._closure(c)}
        # A class named by a blank node cannot be written in the query: such instances
        # are then not "surely" of the class, and get checked in Python.
        return sorted({c.value for c in below if isinstance(c, NamedNode)} | {cls})

    def hierarchy(self) -> dict[Any, set[Any]]:
        """Each class's direct superclasses (rdfs:subClassOf), read on first use."""
        if self._parents is None:
            parents: dict[Any, set[Any]] = {}
            sub_class_of = NamedNode(str(RDFS.subClassOf))
            for q in self.store.quads_for_pattern(None, sub_class_of, None, self._graph):
                parents.setdefault(q.subject, set()).add(q.object)
            self._parents = parents
        return self._parents

    def _closure(self, cls: Any) -> set[Any]:
        parents = self.hierarchy()
        found = self._superclasses.get(cls)
        if found is None:
            found, todo = {cls}, [cls]
            while todo:
                for parent in parents.get(todo.pop(), ()):
                    if parent not in found:
                        found.add(parent)
                        todo.append(parent)
            self._superclasses[cls] = found
        return found

    def objects(self, predicate: str, node: Any) -> list[Any]:
        key = (predicate, node)
        found = self._objects.get(key)
        if found is None:
            found = []
            if not isinstance(node, Literal):
                quads = self.store.quads_for_pattern(node, NamedNode(predicate), None, self._graph)
                found = list(dict.fromkeys(q.object for q in quads))
            self._objects[key] = found
        return found

    def rdflib_term(self, term: Any) -> Any:
        """The term as rdflib reads it (rdflib parses, and normalises, typed literals)."""
        found = self._rdflib.get(term)
        if found is None:
            if isinstance(term, NamedNode):
                found = rdflib.URIRef(term.value)
            elif isinstance(term, BlankNode):
                found = rdflib.BNode(term.value)
            elif term.language:
                found = rdflib.Literal(term.value, lang=term.language)
            elif term.datatype.value == _XSD_STRING:
                found = rdflib.Literal(term.value)
            else:
                found = rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
            self._rdflib[term] = found
        return found


@dataclass
class _Gate:
    done: threading.Event = field(default_factory=threading.Event)
    empty: bool = False


def check_all(
    store: Store, compiled: Compiled, executor: Executor | None = None
) -> list[Violation]:
    """Every failure of the compiled shapes. A query per shape and property shape picks
    the focus nodes that may fail (:func:`candidates_query`: the others surely pass);
    their values are then checked one by one, as pySHACL checks them.

    With an ``executor`` (threads), the shapes are checked side by side: Oxigraph lets
    go of the GIL while it evaluates a query, and nearly all the time is in queries. The
    failures are the same either way; their order is not defined (nor is the order of
    a query's rows), and :func:`benelux_kg.validate.validate_store` sorts them."""
    data = Data(store)
    data.hierarchy()  # read once, before the threads share it
    jobs = [
        (shape, top.focus)
        for top in compiled.shapes
        if not top.shape.deactivated
        for shape in (top.shape, *top.shape.properties)
        if not shape.deactivated
    ]
    if executor is None:
        return [v for shape, focus in jobs for v in _evaluate(shape, focus, data)]
    parts = [executor.submit(lambda job: list(_evaluate(*job, data)), job) for job in jobs]
    return [v for part in parts for v in part.result()]


def _evaluate(shape: Shape, pattern: str, data: Data) -> Iterator[Violation]:
    candidates: dict[Any, None] = {}
    for query in gated_queries(shape, pattern, data.subclasses):
        if query.gate is not None and data.none_from(query.gate):
            continue
        for row in data.rows(query.text):
            candidates[row[0]] = None
    if not candidates:
        return
    if shape.path is None:
        for f in candidates:
            yield from _failures(shape, f, [f], data)
        return
    values = _values_of(shape, pattern, list(candidates), data)
    for f in candidates:
        yield from _failures(shape, f, _distinct(values.get(f, []), data), data)


_VALUES_CHUNK = 500


def _values_of(shape: Shape, pattern: str, nodes: list[Any], data: Data) -> dict[Any, list[Any]]:
    """The distinct values of each of ``nodes`` by the shape's path."""
    if shape.predicate is not None:
        return {f: data.objects(shape.predicate, f) for f in nodes}
    out: dict[Any, list[Any]] = {}
    if len(nodes) > 4 * _VALUES_CHUNK or any(isinstance(f, BlankNode) for f in nodes):
        # A blank node cannot be named in a query: read the values of every focus node.
        wanted = set(nodes)
        values = _path_values(shape, "?value")
        query = f"SELECT DISTINCT ?this ?value WHERE {{ {pattern} {values} }}"
        for f, v in data.rows(query):
            if f in wanted and v is not None:
                out.setdefault(f, []).append(v)
        return out
    for i in range(0, len(nodes), _VALUES_CHUNK):
        terms = " ".join(str(f) for f in nodes[i : i + _VALUES_CHUNK])
        query = (
            f"SELECT DISTINCT ?this ?value WHERE {{ VALUES ?this {{ {terms} }} "
            f"{_path_values(shape, '?value')} }}"
        )
        for f, v in data.rows(query):
            if v is not None:
                out.setdefault(f, []).append(v)
    return out


def _distinct(values: list[Any], data: Data) -> list[Any]:
    """The value set as rdflib holds it: typed literals that rdflib normalises to one term
    ("01" and "1" as xsd:integer) are one value."""
    if len(values) < 2 or not any(isinstance(v, Literal) and not _plain(v) for v in values):
        return values
    out: dict[Any, Any] = {}
    for v in values:
        out.setdefault(data.rdflib_term(v), v)
    return list(out.values())


def _plain(term: Any) -> bool:
    """A literal rdflib keeps as it is: a string, or a language-tagged string."""
    return bool(term.language) or term.datatype.value == _XSD_STRING


def conforms(shape: Shape, node: Any, data: Data) -> bool:
    if shape.deactivated:
        return True
    if shape.predicate is not None:
        values = _distinct(data.objects(shape.predicate, node), data)
    else:
        values = [node]
    return next(iter(_failures(shape, node, values, data)), None) is None


def _failures(shape: Shape, focus: Any, values: list[Any], data: Data) -> Iterator[Violation]:
    for parameter, argument in shape.checks:
        component = _COMPONENT[parameter]
        if parameter in _VALUE:
            for v in values:
                if not _value_ok(parameter, argument, v, data):
                    yield Violation(shape, component, focus, v)
        elif parameter == SH.minCount:
            if len(values) < argument:
                yield Violation(shape, component, focus, None)
        elif parameter == SH.maxCount:
            if len(values) > argument:
                yield Violation(shape, component, focus, None)
        elif parameter == SH.hasValue:
            if not any(isinstance(v, NamedNode) and v.value == argument for v in values):
                yield Violation(shape, component, focus, None)
        elif parameter == SH.uniqueLang:
            if argument:
                yield from _unique_lang(shape, focus, values)
        elif parameter == SH.lessThan:
            yield from _less_than(shape, focus, values, data.objects(argument, focus), data)
        elif parameter == SH.qualifiedValueShape:
            inner, least, most = argument
            n = sum(1 for v in values if conforms(inner, v, data))
            if most is not None and n > most:
                yield Violation(shape, str(SH.QualifiedMaxCountConstraintComponent), focus, None)
            if least is not None and n < least:
                yield Violation(shape, str(SH.QualifiedMinCountConstraintComponent), focus, None)


def _unique_lang(shape: Shape, focus: Any, values: Iterable[Any]) -> Iterator[Violation]:
    # pySHACL UniqueLangConstraintComponent: one result per repeated tag, no value.
    seen: set[str] = set()
    repeated: set[str] = set()
    for v in values:
        if isinstance(v, Literal) and v.language:
            tag = v.language.lower()
            (repeated if tag in seen else seen).add(tag)
    for _ in repeated:
        yield Violation(shape, str(SH.UniqueLangConstraintComponent), focus, None)


def _int(term: Any) -> int | None:
    """The value of a literal rdflib reads as a Python int for certain, else None."""
    if (
        isinstance(term, Literal)
        and term.datatype.value == _XSD_INTEGER
        and _CANONICAL_INT.fullmatch(term.value)
    ):
        return int(term.value)
    return None


def _less_than(
    shape: Shape, focus: Any, values: list[Any], others: list[Any], data: Data
) -> Iterator[Violation]:
    # pySHACL LessThanConstraintComponent._compare_lt: one result per failing pair.
    others = _distinct(others, data)
    for v in values:
        for w in others:
            a, b = _int(v), _int(w)
            if a is not None and b is not None:
                ok = a < b
            else:
                ok = _rdflib_less_than(data.rdflib_term(v), data.rdflib_term(w))
            if not ok:
                yield Violation(shape, str(SH.LessThanConstraintComponent), focus, v)


def _rdflib_less_than(value: Any, compare: Any) -> bool:
    if isinstance(value, rdflib.BNode) or isinstance(compare, rdflib.BNode):
        raise Unsupported("sh:lessThan on a blank node")  # pySHACL raises too
    value_is_string = isinstance(value, rdflib.URIRef) or (
        isinstance(value, rdflib.Literal) and isinstance(value.value, str)
    )
    compare_is_string = isinstance(compare, rdflib.URIRef) or (
        isinstance(compare, rdflib.Literal) and isinstance(compare.value, str)
    )
    if value_is_string != compare_is_string:
        return False
    if value_is_string:
        value = value.value if isinstance(value, rdflib.Literal) else str(value)
        compare = compare.value if isinstance(compare, rdflib.Literal) else str(compare)
    return bool(value < compare)


def _value_ok(parameter: Any, argument: Any, v: Any, data: Data) -> bool:
    if parameter == SH["class"]:
        # pySHACL ClassConstraintComponent: rdf:type/rdfs:subClassOf* of a non-literal.
        return not isinstance(v, Literal) and NamedNode(argument) in data.classes(v)
    if parameter == SH.nodeKind:
        return isinstance(v, argument)
    if parameter == SH["in"]:
        return isinstance(v, NamedNode) and v.value in argument
    if parameter == SH.languageIn:
        # pySHACL LanguageInConstraintComponent: the tag, or its first part, lower-cased.
        if not isinstance(v, Literal) or not v.language:
            return False
        tag = v.language.lower()
        return "*" in argument or tag in argument or tag.split("-")[0] in argument
    if parameter == SH.datatype:
        return _datatype_ok(argument, v, data)
    if parameter == SH.pattern:
        if isinstance(v, BlankNode):
            return False
        return argument.search(_string(v, data)) is not None
    if parameter == SH.minInclusive:
        return _min_inclusive_ok(argument, v, data)
    if parameter == SH["or"]:
        return any(conforms(member, v, data) for member in argument)
    if parameter == SH["not"]:
        return not conforms(argument, v, data)
    raise AssertionError(parameter)  # pragma: no cover


def _string(v: Any, data: Data) -> str:
    # pySHACL StringBasedConstraintBase.value_node_to_string
    if isinstance(v, NamedNode) or (isinstance(v, Literal) and _plain(v)):
        return str(v.value)
    from pyshacl.constraints.core.string_based_constraints import StringBasedConstraintBase

    return str(StringBasedConstraintBase.value_node_to_string(data.rdflib_term(v)))  # type: ignore[no-untyped-call]


def _datatype_ok(datatype: Any, v: Any, data: Data) -> bool:
    if not isinstance(v, Literal):
        return False
    rule = str(datatype)
    if rule == _LANG_STRING and v.language:
        return True
    if rule == _XSD_STRING and not v.language and v.datatype.value == _XSD_STRING:
        return True
    if rule == _XSD_INTEGER and _int(v) is not None:
        return True
    # pySHACL DatatypeConstraintComponent.evaluate, on the literal as rdflib reads it
    from pyshacl.constraints.core.value_constraints import DatatypeConstraintComponent

    term = data.rdflib_term(v)
    assert_type = DatatypeConstraintComponent._assert_actual_datatype
    if term.datatype == datatype:
        if getattr(term, "ill_typed", None) is True:
            return False
        return bool(assert_type(None, term, datatype))  # type: ignore[arg-type,no-untyped-call]
    if datatype == RDFS.Literal:
        return True
    if datatype == RDFS.Datatype and term.datatype:
        return True
    if term.datatype is None and term.language is None and datatype == XSD.string:
        return bool(assert_type(None, term, datatype))  # type: ignore[arg-type,no-untyped-call]
    if datatype == RDF.langString and term.language:
        return bool(assert_type(None, term, datatype))  # type: ignore[arg-type,no-untyped-call]
    return False


def _min_inclusive_ok(bound: Any, v: Any, data: Data) -> bool:
    # pySHACL MinInclusiveConstraintComponent._evaluate_min_rule
    if isinstance(v, (BlankNode, NamedNode)):
        return False
    a = _int(v)
    if a is not None and isinstance(bound.value, int) and not isinstance(bound.value, bool):
        return a >= bound.value
    from pyshacl.rdfutil.compare import compare_literal

    term = data.rdflib_term(v)
    bound_is_string = isinstance(bound.value, str)
    value_is_string = isinstance(term.value, str)
    if bound_is_string != value_is_string:
        return False
    try:
        return bool(compare_literal(term, bound) >= 0)  # type: ignore[no-untyped-call]
    except (TypeError, NotImplementedError):
        return False


_COMPONENT = {
    SH["class"]: str(SH.ClassConstraintComponent),
    SH.datatype: str(SH.DatatypeConstraintComponent),
    SH.nodeKind: str(SH.NodeKindConstraintComponent),
    SH.pattern: str(SH.PatternConstraintComponent),
    SH["in"]: str(SH.InConstraintComponent),
    SH.languageIn: str(SH.LanguageInConstraintComponent),
    SH.minInclusive: str(SH.MinInclusiveConstraintComponent),
    SH["or"]: str(SH.OrConstraintComponent),
    SH["not"]: str(SH.NotConstraintComponent),
    SH.minCount: str(SH.MinCountConstraintComponent),
    SH.maxCount: str(SH.MaxCountConstraintComponent),
    SH.uniqueLang: str(SH.UniqueLangConstraintComponent),
    SH.hasValue: str(SH.HasValueConstraintComponent),
    SH.lessThan: str(SH.LessThanConstraintComponent),
    SH.qualifiedValueShape: str(SH.QualifiedMinCountConstraintComponent),
}


# --- Which focus nodes may fail: one query per shape -------------------------------------
#
# Each check gives a SPARQL expression on ?v that is true only when pySHACL surely accepts
# the value (``_sure_ok``), and one true only when it surely rejects it (``_sure_fail``),
# or None when that cannot be told in SPARQL. A focus node is a candidate unless every
# check surely passes; candidates are then checked exactly in Python. Every expression is
# guarded (COALESCE) so that an error makes a node a candidate, never lets it pass.

_INT_LEXICAL = '"^[+-]?[0-9]+$"'
# Terms rdflib keeps as they are: two of them are one value in rdflib iff here too.
_STABLE = (
    f'(isIRI(?v) || isBlank(?v) || LANG(?v) != "" || DATATYPE(?v) = <{_XSD_STRING}> || '
    f'(DATATYPE(?v) = <{_XSD_INTEGER}> && REGEX(STR(?v), "^(0|-?[1-9][0-9]*)$")))'
)
# Regular expressions whose meaning is the same in Python's re and in Oxigraph's regex
# crate, at least where Oxigraph finds a match (Python's $ also matches before a final
# newline, so it accepts more, never less).
_SAFE_REGEX = re.compile(r"(?:[A-Za-z0-9^$.()\[\]{}+*?|,:/#=_ -]|\\[d.()/-])*")


def _is_int(var: str) -> str:
    return (
        f"(isLiteral({var}) && DATATYPE({var}) = <{_XSD_INTEGER}> && "
        f"REGEX(STR({var}), {_INT_LEXICAL}))"
    )


def _string_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _kinds(kinds: tuple[type, ...]) -> str:
    tests = {NamedNode: "isIRI(?v)", BlankNode: "isBlank(?v)", Literal: "isLiteral(?v)"}
    return "(" + " || ".join(tests[k] for k in kinds) + ")"


def _sure_ok(parameter: Any, argument: Any, sub: Subclasses) -> str | None:
    if parameter == SH["class"]:
        classes = ", ".join(f"<{c}>" for c in sub(argument))
        return f"EXISTS {{ ?v <{RDF.type}> ?class FILTER(?class IN ({classes})) }}"
    if parameter == SH.nodeKind:
        return _kinds(argument)
    if parameter == SH["in"]:
        return "(" + " || ".join(f"sameTerm(?v, <{m}>)" for m in sorted(argument)) + ")"
    if parameter == SH.languageIn:
        if "*" in argument:
            return '(isLiteral(?v) && LANG(?v) != "")'
        tags = ", ".join(_string_literal(t) for t in sorted(argument))
        return (
            f'(isLiteral(?v) && LANG(?v) != "" && (LCASE(LANG(?v)) IN ({tags}) || '
            f'STRBEFORE(CONCAT(LCASE(LANG(?v)), "-"), "-") IN ({tags})))'
        )
    if parameter == SH.datatype:
        if str(argument) == _XSD_STRING:
            return f"(isLiteral(?v) && DATATYPE(?v) = <{_XSD_STRING}>)"
        if str(argument) == _LANG_STRING:
            return '(isLiteral(?v) && LANG(?v) != "")'
        if str(argument) == _XSD_INTEGER:
            return _is_int("?v")
        return None
    if parameter == SH.pattern:
        if not _SAFE_REGEX.fullmatch(argument.pattern):
            return None
        strings = (
            f'isIRI(?v) || (isLiteral(?v) && (LANG(?v) != "" || DATATYPE(?v) = <{_XSD_STRING}>))'
        )
        return f"(({strings}) && REGEX(STR(?v), {_string_literal(argument.pattern)}))"
    if parameter == SH.minInclusive:
        if not isinstance(argument.value, int) or isinstance(argument.value, bool):
            return None
        return f"({_is_int('?v')} && ?v >= {int(argument.value)})"
    if parameter == SH["or"]:
        members = [_shape_ok(m, sub) for m in argument]
        return None if None in members else "(" + " || ".join(members) + ")"  # type: ignore[arg-type]
    if parameter == SH["not"]:
        return _shape_fails(argument, sub)
    return None


def _sure_fail(parameter: Any, argument: Any, sub: Subclasses) -> str | None:
    if parameter in (SH.nodeKind, SH["in"], SH.languageIn):
        ok = _sure_ok(parameter, argument, sub)  # exact for these
        return None if ok is None else f"!{ok}"
    if parameter == SH["not"]:
        return _shape_ok(argument, sub)
    return None


def _shape_ok(shape: Shape, sub: Subclasses) -> str | None:
    """Does ?v surely conform to a nested shape (value checks only, no path)?"""
    if shape.deactivated:
        return "true"
    if shape.path is not None or any(p not in _VALUE for p, _ in shape.checks):
        return None
    parts = [_sure_ok(p, a, sub) for p, a in shape.checks]
    if None in parts:
        return None
    return "(" + " && ".join(["true", *parts]) + ")"  # type: ignore[list-item]


def _shape_fails(shape: Shape, sub: Subclasses) -> str | None:
    if shape.deactivated or shape.path is not None:
        return None
    parts = [_sure_fail(p, a, sub) for p, a in shape.checks if p in _VALUE]
    known = [p for p in parts if p is not None]
    return "(" + " || ".join(known) + ")" if known else None


def _bad(expression: str | None) -> str:
    """True unless ``expression`` (surely fine) holds; an error counts as bad."""
    return "true" if expression is None else f"COALESCE(!({expression}), true)"


@dataclass(frozen=True)
class Query:
    """A query for candidate focus nodes, and maybe its gate: a query that does not
    depend on the focus nodes (the sub-select ``text`` joins them to), so that when the
    gate returns nothing, neither can ``text``. Shapes of many classes share a gate."""

    text: str
    gate: str | None = None


def candidate_queries(shape: Shape, pattern: str, sub: Subclasses) -> list[str]:
    """Queries for the focus nodes of ``pattern`` that may fail ``shape`` (each returns
    ?this); a focus node none of them returns surely passes every check of the shape."""
    return [q.text for q in gated_queries(shape, pattern, sub)]


def gated_queries(shape: Shape, pattern: str, sub: Subclasses) -> list[Query]:
    """:func:`candidate_queries`, each with its gate when it has one."""
    if shape.path is None:
        # A node shape: its one value is the focus node itself.
        bad = [_bad(_sure_ok(p, a, sub)) for p, a in shape.checks if p in _VALUE]
        bad += [f"!sameTerm(?this, <{a}>)" for p, a in shape.checks if p == SH.hasValue]
        if not bad:
            return []
        test = " || ".join(bad).replace("?v", "?this")
        return [Query(f"SELECT DISTINCT ?this WHERE {{ {pattern} FILTER({test}) }}")]
    path = shape.path
    step = f"?this {path} ?v ." if shape.predicate is not None else f"LATERAL {{ ?this {path} ?v }}"
    second = (
        f"?this {path} ?v2 ." if shape.predicate is not None else f"LATERAL {{ ?this {path} ?v2 }}"
    )
    queries: list[Query] = []
    value_tests: list[str] = []

    def where(body: str) -> Query:
        return Query(f"SELECT DISTINCT ?this WHERE {{ {pattern} {body} }}")

    def joined(select: str) -> Query:
        # The focus nodes joined to a sub-select that does not depend on them: its gate.
        return Query(f"SELECT DISTINCT ?this WHERE {{ {pattern} {{ {select} }} }}", select)

    # With a single predicate for path, each query below reads that predicate's triples
    # once and joins them to the focus nodes by hash (MINUS, or a join with a sub-select):
    # 4-6x faster than looking each focus node up, on a store of 20k mentions. A complex
    # path is followed from each focus node (LATERAL): Oxigraph would otherwise evaluate
    # it over the whole store.
    def none_such(condition: str | None = None) -> Query:
        inner = f"?this {path} ?v" + ("" if condition is None else f" FILTER({condition})")
        if shape.predicate is not None:
            return where(f"MINUS {{ {inner} }}")
        return where(f"LATERAL {{ OPTIONAL {{ {inner} }} }} FILTER(!BOUND(?v))")

    def two(condition: str = "true") -> Query:
        if shape.predicate is not None and condition == "true":
            return joined(
                f"SELECT ?this WHERE {{ {step} }} GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > 1)"
            )
        return where(f"{step} {second} FILTER(!sameTerm(?v, ?v2) && ({condition}))")

    def some(condition: str, rows: str = step) -> Query:
        if shape.predicate is not None:
            return joined(f"SELECT DISTINCT ?this WHERE {{ {rows} FILTER({condition}) }}")
        return where(f"{rows} FILTER({condition})")

    for parameter, argument in shape.checks:
        if parameter in _VALUE:
            value_tests.append(_bad(_sure_ok(parameter, argument, sub)))
        elif parameter == SH.minCount:
            if argument == 1:
                queries.append(none_such())
            elif argument > 1:
                queries.append(Query(_grouped(pattern, step, f"COUNT(DISTINCT ?v) < {argument}")))
                value_tests.append(_bad(_STABLE))  # rdflib may merge two such values
        elif parameter == SH.maxCount:
            if argument == 0:
                queries.append(where(step))
            elif argument == 1:
                queries.append(two())
            else:
                queries.append(Query(_grouped(pattern, step, f"COUNT(DISTINCT ?v) > {argument}")))
        elif parameter == SH.hasValue:
            queries.append(none_such(f"sameTerm(?v, <{argument}>)"))
        elif parameter == SH.uniqueLang and argument:
            same_tag = (
                'isLiteral(?v) && isLiteral(?v2) && LANG(?v) != "" && '
                "LCASE(LANG(?v)) = LCASE(LANG(?v2))"
            )
            queries.append(two(f"COALESCE({same_tag}, true)"))
        elif parameter == SH.lessThan:
            pair = f"({_is_int('?v')} && {_is_int('?w')} && ?v < ?w)"
            if shape.predicate is not None:  # two scans joined by hash
                both = (
                    f"{{ SELECT ?this ?v WHERE {{ {step} }} }} "
                    f"{{ SELECT ?this ?w WHERE {{ ?this <{argument}> ?w }} }}"
                )
                queries.append(some(_bad(pair), both))
            else:
                queries.append(where(f"{step} ?this <{argument}> ?w . FILTER({_bad(pair)})"))
        elif parameter == SH.qualifiedValueShape:
            inner, least, most = argument
            ok, fails = _shape_ok(inner, sub), _shape_fails(inner, sub)
            if least is not None and least > 0:
                if least == 1 and ok is not None:
                    queries.append(none_such(f"COALESCE({ok}, false)"))
                else:
                    queries.append(where(""))  # every focus node
            if most is not None:
                maybe = "true" if fails is None else _bad(fails)
                if most == 0:
                    queries.append(where(f"{step} FILTER({maybe})"))
                elif most == 1:
                    queries.append(two(f"({maybe}) && ({maybe.replace('?v', '?v2')})"))
                else:
                    queries.append(where(""))
    if value_tests:
        queries.append(some(" || ".join(value_tests)))
    return queries


def _grouped(pattern: str, step: str, having: str) -> str:
    return (
        f"SELECT ?this WHERE {{ {pattern} OPTIONAL {{ {step} }} }} "
        f"GROUP BY ?this HAVING (COALESCE({having}, true))"
    )


def _path_values(shape: Shape, var: str) -> str:
    """The values of ?this by the shape's path. A complex path is evaluated from each
    focus node (LATERAL): Oxigraph would otherwise evaluate it over the whole store."""
    optional = f"OPTIONAL {{ ?this {shape.path} {var} }}"
    return optional if shape.predicate is not None else f"LATERAL {{ {optional} }}"
