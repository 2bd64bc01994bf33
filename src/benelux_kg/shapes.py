"""The shapes, read once and split for fast validation.

pySHACL evaluates a SPARQL constraint by parsing its query again for every focus node and
running it on rdflib's SPARQL engine; on the seed graph that was most of the validation
time. So the shapes are split in two plans that together mean exactly what the shapes
file means:

- ``sparql``: every SPARQL-based constraint that can be run once, for all its focus nodes
  at the same time, as one query on Oxigraph (its targets become a sub-query binding
  ``$this``). pySHACL's semantics are kept: one evaluation per (parent shape, focus node),
  duplicate solutions of one focus node reported once, messages with ``{?var}`` filled in.
- ``core``: the shapes graph without those constraints, for pySHACL. When every core
  constraint only looks at a focus node's own triples, the types of their objects, a few
  inverse edges and the class hierarchy (:attr:`ShapesPlan.local`), the data can be
  validated in pieces (one per named graph), each piece holding just that neighbourhood.

Shapes that use anything else (``sh:node``, deeper paths, SPARQL that cannot be run
this way) are left to pySHACL over the whole graph; nothing is ever skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from .errors import InputError
from .shacl_core import DESCRIPTIVE, Compiled, compile_shapes

# Parameters that say how a shape is used or reported, not what it requires.
_NON_CONSTRAINTS = DESCRIPTIVE | {SH.deactivated, SH.property}
# Constraints on a value node that need nothing but the value and its types.
_VALUE_LOCAL = {
    SH["class"],
    SH.datatype,
    SH.nodeKind,
    SH["in"],
    SH.languageIn,
    SH.pattern,
    SH.flags,
    SH.minLength,
    SH.maxLength,
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
    SH.hasValue,
}
# Constraints on the set of values of a property shape, or on the focus node's own values.
_SET_LOCAL = {
    SH.minCount,
    SH.maxCount,
    SH.uniqueLang,
    SH.equals,
    SH.disjoint,
    SH.lessThan,
    SH.lessThanOrEquals,
    SH.closed,
    SH.ignoredProperties,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
    SH.qualifiedValueShapesDisjoint,
}
_LOGICAL = {SH["or"], SH["and"], SH.xone, SH["not"], SH.qualifiedValueShape}
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_UNSUPPORTED_QUERY = re.compile(
    r"\$(currentShape|shapesGraph)\b|\bGROUP\s+BY\b|\bMINUS\b|\bSERVICE\b|\{\s*SELECT\b",
    re.IGNORECASE,
)
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


@dataclass(frozen=True)
class SparqlCheck:
    """One SPARQL constraint of one shape, as one query over every focus node."""

    shape: str  # IRI of the shape (the sh:sourceShape of its results)
    constraint: str  # its sh:sparql node, as N-Triples
    severity: str  # Violation, Warning or Info
    messages: tuple[str, ...]  # templates with {?var} / {$var}
    path: str | None  # the shape's path as reported (see path_text)
    is_property_shape: bool
    queries: tuple[str, ...]  # one per parent shape (each with its own focus nodes)


@dataclass
class ShapesPlan:
    """The shapes file, split for validation (see the module docstring)."""

    graph: rdflib.Graph
    core: rdflib.Graph
    sparql: list[SparqlCheck] = field(default_factory=list)
    local: bool = True  # can the core shapes be validated one neighbourhood at a time?
    why_not_local: str = ""
    # Inverse edges the neighbourhood needs: (p, q) for a path p/^q (the q-edges into the
    # focus node's p-values), ("", q) for ^q (the q-edges into the focus node).
    inverse_steps: set[tuple[str, str]] = field(default_factory=set)
    object_target_predicates: set[str] = field(default_factory=set)
    target_nodes: set[str] = field(default_factory=set)
    core_turtle: bytes = b""
    # The shapes with targets checked by benelux_kg.shacl_core; ``core`` keeps the rest
    # (the compiled shapes stay in it, without their targets, for the shapes that use
    # them), and ``core_targets`` says whether anything in it has targets left.
    compiled: Compiled = field(default_factory=lambda: Compiled([], [], {}, set(), set()))
    core_targets: bool = True


def severity_name(node: Node | None) -> str:
    return str(node).removeprefix(str(SH)) if node is not None else "Violation"


def path_text(graph: rdflib.Graph, node: Node) -> str:
    """A SHACL path as SPARQL property-path text; a plain predicate as its bare IRI."""
    return node.toPython() if isinstance(node, rdflib.URIRef) else _sparql_path(graph, node)


def _sparql_path(graph: rdflib.Graph, node: Node) -> str:
    if isinstance(node, rdflib.URIRef):
        return f"<{node}>"
    if (node, RDF.first, None) in graph:
        return "(" + "/".join(_sparql_path(graph, n) for n in Collection(graph, node)) + ")"
    for predicate, form in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "({})*"),
        (SH.oneOrMorePath, "({})+"),
        (SH.zeroOrOnePath, "({})?"),
    ):
        inner = graph.value(node, predicate)
        if inner is not None:
            return form.format(_sparql_path(graph, inner))
    alternatives = graph.value(node, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_sparql_path(graph, n) for n in Collection(graph, alternatives)) + ")"
    raise InputError(f"not a SHACL path: {node}")


@lru_cache(maxsize=4)
def _plan(path: Path, mtime_ns: int) -> ShapesPlan:
    graph = rdflib.Graph()
    try:
        graph.parse(path)
    except Exception as error:  # rdflib raises many unrelated types for bad syntax
        raise InputError(f"cannot parse the shapes as RDF: {error}", source=str(path)) from None
    return _split(graph)


def load_plan(path: Path) -> ShapesPlan:
    """The plan of the shapes file ``path`` (read again only when the file changes)."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as error:
        raise InputError(f"cannot read the shapes: {error.strerror}", source=str(path)) from None
    return _plan(path, mtime)


def _split(graph: rdflib.Graph) -> ShapesPlan:
    core = rdflib.Graph()
    for prefix, namespace in graph.namespaces():  # pySHACL's own messages use them
        core.bind(prefix, namespace, override=True, replace=True)
    for triple in graph:
        core.add(triple)
    plan = ShapesPlan(graph=graph, core=core)
    for shape, constraint in list(graph.subject_objects(SH.sparql)):
        check = _sparql_check(graph, shape, constraint)
        if check is not None:
            plan.sparql.append(check)
            core.remove((shape, SH.sparql, constraint))
    # A shape left without constraints goes (pySHACL would compute its focus and value
    # nodes for nothing).
    emptied = {rdflib.URIRef(c.shape) for c in plan.sparql}
    for shape in emptied:
        if not _constraint_parameters(core, shape):
            core.remove((None, SH.property, shape))
            core.remove((shape, None, None))
    plan.compiled = compile_shapes(core)
    for top in plan.compiled.shapes:
        for target in _TARGETS:
            core.remove((top.shape.node, target, None))
    plan.core_targets = any(any(core.subject_objects(t)) for t in (*_TARGETS, SH.target)) or any(
        (s, RDF.type, RDFS.Class) in core
        for s in {
            *core.subjects(RDF.type, SH.NodeShape),
            *core.subjects(RDF.type, SH.PropertyShape),
        }
    )
    _analyse_locality(core, plan)
    plan.core_turtle = core.serialize(format="nt", encoding="utf-8")
    return plan


def _constraint_parameters(graph: rdflib.Graph, shape: Node) -> set[Node]:
    return {p for p in graph.predicates(shape, None) if p not in _NON_CONSTRAINTS}


def _is_deactivated(graph: rdflib.Graph, shape: Node) -> bool:
    value = graph.value(shape, SH.deactivated)
    return isinstance(value, rdflib.Literal) and value.toPython() is True


def _sparql_check(graph: rdflib.Graph, shape: Node, constraint: Node) -> SparqlCheck | None:
    """The check of ``constraint`` as queries on the whole store, or None to leave it to
    pySHACL (anything this translation is not sure to run exactly as pySHACL would)."""
    if not isinstance(shape, rdflib.URIRef) or _is_deactivated(graph, constraint):
        return None
    select = graph.value(constraint, SH.select)
    if select is None or _UNSUPPORTED_QUERY.search(str(select)):
        return None
    if not _WHERE.search(str(select)):
        return None
    # Only shapes used as top-level shapes or as sh:property of one: nested in sh:or,
    # sh:node, ... they would be evaluated on other nodes than their targets.
    for predicate in graph.predicates(None, shape):
        if predicate != SH.property:
            return None
    path_node = graph.value(shape, SH.path)
    prefixes = _prefixes(graph, constraint)
    body = str(select)
    if path_node is not None:
        body = re.sub(r"\$PATH\b", _sparql_path(graph, path_node), body)
    elif "$PATH" in body:
        return None
    contexts: list[str] = []
    own = _target_pattern(graph, shape)
    if own is not None:
        contexts.append(own)
    for parent in graph.subjects(SH.property, shape):
        # A parent used inside another shape (sh:node, sh:or, ...), anonymous or itself a
        # property shape is evaluated on other nodes than its targets.
        if not isinstance(parent, rdflib.URIRef) or graph.value(parent, SH.path) is not None:
            return None
        if any(True for _ in graph.predicates(None, parent)):
            return None
        if _is_deactivated(graph, parent):
            continue
        pattern = _target_pattern(graph, parent)
        if pattern is not None:
            contexts.append(pattern)
    if _is_deactivated(graph, shape):
        contexts = []
    queries = tuple(_with_focus(prefixes + body, pattern) for pattern in contexts)
    messages = tuple(str(m) for m in graph.objects(constraint, SH.message)) + tuple(
        str(m) for m in graph.objects(shape, SH.message)
    )
    return SparqlCheck(
        shape=str(shape),
        constraint=constraint.n3(),
        severity=severity_name(graph.value(shape, SH.severity)),
        messages=tuple(dict.fromkeys(messages)),
        path=None if path_node is None else path_text(graph, path_node),
        is_property_shape=path_node is not None,
        queries=queries,
    )


def _prefixes(graph: rdflib.Graph, constraint: Node) -> str:
    lines = []
    for ontology in graph.objects(constraint, SH.prefixes):
        for declaration in graph.objects(ontology, SH.declare):
            prefix = graph.value(declaration, SH.prefix)
            namespace = graph.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines) + "\n"


def _target_pattern(graph: rdflib.Graph, shape: Node) -> str | None:
    """A SPARQL group binding ``?this`` to each focus node of ``shape`` once, or None."""
    branches = []
    for cls in graph.objects(shape, SH.targetClass):
        branches.append(f"?this a/<{RDFS.subClassOf}>* <{cls}> .")
    for node in graph.objects(shape, SH.targetNode):
        branches.append(f"VALUES ?this {{ {node.n3()} }}")
    for predicate in graph.objects(shape, SH.targetSubjectsOf):
        branches.append(f"?this <{predicate}> ?targetObject .")
    for predicate in graph.objects(shape, SH.targetObjectsOf):
        branches.append(f"?targetSubject <{predicate}> ?this .")
    if (shape, RDF.type, RDFS.Class) in graph:
        branches.append(f"?this a/<{RDFS.subClassOf}>* <{shape}> .")
    if not branches:
        return None
    union = " UNION ".join(f"{{ {b} }}" for b in branches)
    return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"


def _with_focus(query: str, pattern: str) -> str:
    match = _WHERE.search(query)
    assert match is not None
    return f"{query[: match.end()]}\n{pattern}\n{query[match.end() :]}"


def _analyse_locality(core: rdflib.Graph, plan: ShapesPlan) -> None:
    """Can the core shapes be checked on a node's neighbourhood alone? Record what the
    neighbourhood must hold: which inverse edges, which target edges and nodes."""
    if any(True for _ in core.subject_objects(SH.sparql)):
        plan.local, plan.why_not_local = False, "a SPARQL constraint runs inside pySHACL"
        return
    for predicate in core.objects(None, SH.targetObjectsOf):
        plan.object_target_predicates.add(str(predicate))
    for node in core.objects(None, SH.targetNode):
        if not isinstance(node, rdflib.URIRef):
            plan.local, plan.why_not_local = False, f"sh:targetNode {node.n3()} is not an IRI"
            return
        plan.target_nodes.add(str(node))
    shapes = set(core.subjects(RDF.type, SH.NodeShape)) | set(
        core.subjects(RDF.type, SH.PropertyShape)
    )
    shapes |= set(core.objects(None, SH.property)) | set(core.subjects(SH.path, None))
    for shape in shapes:
        problem = _shape_problem(core, shape, plan)
        if problem:
            plan.local, plan.why_not_local = False, f"{shape}: {problem}"
            return


def _shape_problem(core: rdflib.Graph, shape: Node, plan: ShapesPlan) -> str | None:
    parameters = _constraint_parameters(core, shape)
    if SH.node in parameters or SH.sparql in parameters:
        return "sh:node or sh:sparql"
    path = core.value(shape, SH.path)
    if path is not None:
        problem = _path_problem(core, path, plan)
        if problem:
            return problem
        if any(True for _ in core.objects(shape, SH.property)):
            return "a property shape with property shapes"
    unknown = parameters - _VALUE_LOCAL - _SET_LOCAL - _LOGICAL
    if unknown:
        return f"unsupported parameters {sorted(str(u) for u in unknown)}"
    # Shapes inside sh:or, sh:not, ...: evaluated on the focus node (of a node shape) or
    # on the value nodes (of a property shape); on value nodes only their types are known.
    for predicate in _LOGICAL & parameters:
        for member in _members(core, shape, predicate):
            inner = _constraint_parameters(core, member)
            if SH.node in inner or SH.sparql in inner or (member, SH.property, None) in core:
                return "sh:node, sh:sparql or sh:property inside a logical constraint"
            if any(True for _ in core.objects(member, SH.path)):
                if path is not None:
                    return "a path inside a logical constraint of a property shape"
                inner_path = core.value(member, SH.path)
                if not isinstance(inner_path, rdflib.URIRef):
                    return "a complex path inside a logical constraint"
            elif inner - _VALUE_LOCAL - _LOGICAL:
                return "a logical constraint with non-local members"
    return None


def _members(core: rdflib.Graph, shape: Node, predicate: Node) -> list[Node]:
    out: list[Node] = []
    for value in core.objects(shape, predicate):
        if (value, RDF.first, None) in core:
            out.extend(Collection(core, value))
        else:
            out.append(value)
    return out


def _path_problem(core: rdflib.Graph, path: Node, plan: ShapesPlan) -> str | None:
    """Supported: p, ^p, p|q, p/^q, rdf:type/rdfs:subClassOf* (the neighbourhood holds the
    focus node's triples, the edges into it and into its objects for every inverse
    predicate, the types of all of those, and every rdfs:subClassOf triple)."""
    if isinstance(path, rdflib.URIRef):
        return None
    steps = list(Collection(core, path)) if (path, RDF.first, None) in core else [path]
    inverse = core.value(steps[0], SH.inversePath)
    if len(steps) == 1 and isinstance(inverse, rdflib.URIRef):
        plan.inverse_steps.add(("", str(inverse)))
        return None
    alternatives = core.value(steps[0], SH.alternativePath)
    if (
        len(steps) == 1
        and alternatives is not None
        and all(isinstance(n, rdflib.URIRef) for n in Collection(core, alternatives))
    ):
        return None
    if (
        len(steps) == 2
        and steps[0] == RDF.type
        and core.value(steps[1], SH.zeroOrMorePath) == RDFS.subClassOf
    ):
        return None
    if len(steps) == 2 and isinstance(steps[0], rdflib.URIRef):
        inverse = core.value(steps[1], SH.inversePath)
        if isinstance(inverse, rdflib.URIRef):
            plan.inverse_steps.add((str(steps[0]), str(inverse)))
            return None
    return f"unsupported path {_sparql_path(core, path)}"
