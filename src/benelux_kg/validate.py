"""SHACL validation of the graph against ``shapes/``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import rdflib
from pyoxigraph import RdfFormat, Store, serialize
from pyshacl import validate as shacl_validate

from .errors import InputError
from .namespaces import SH
from .resources import ontology_file, shapes_file
from .store import union_triples

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Result:
    severity: str  # Violation, Warning or Info
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str | None


@dataclass(frozen=True)
class Report:
    results: tuple[Result, ...]

    @property
    def violations(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.severity == "Violation")

    @property
    def warnings(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.severity == "Warning")

    def conforms(self, *, strict: bool = False) -> bool:
        return not self.violations and not (strict and self.warnings)


def load_rdf(path: Path, graph: rdflib.Graph | None = None) -> rdflib.Graph:
    graph = graph if graph is not None else rdflib.Graph()
    try:
        graph.parse(path)
    except Exception as error:  # rdflib raises many unrelated types for bad syntax
        raise InputError(f"cannot parse as RDF: {error}", source=str(path)) from None
    return graph


def store_as_graph(store: Store) -> rdflib.Graph:
    """The union of every graph of the store, as one rdflib graph."""
    data = serialize(
        union_triples(store),
        format=RdfFormat.N_TRIPLES,
    )
    graph = rdflib.Graph()
    graph.parse(data=data, format="nt")
    return graph


def validate_graph(data: rdflib.Graph, shapes: Path | None = None) -> Report:
    """Validate ``data`` (with the ontology merged in, for subclass checks)."""
    shapes_graph = load_rdf(shapes or shapes_file())
    ontology = load_rdf(ontology_file())
    _, results_graph, _ = shacl_validate(
        data,
        shacl_graph=shapes_graph,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    return Report(tuple(sorted(_results(results_graph), key=_order)))


def validate_store(store: Store, shapes: Path | None = None) -> Report:
    return validate_graph(store_as_graph(store), shapes)


def _order(result: Result) -> tuple[int, str, str]:
    return (_SEVERITY_ORDER.get(result.severity, 3), result.focus, result.message)


def _results(graph: rdflib.Graph) -> list[Result]:
    sh = rdflib.Namespace(SH)
    out = []
    for node in graph.subjects(rdflib.RDF.type, sh.ValidationResult):

        def one(predicate: rdflib.URIRef, node: rdflib.term.Node = node) -> str | None:
            value = graph.value(node, predicate)
            return None if value is None else str(value)

        severity = one(sh.resultSeverity) or SH + "Violation"
        out.append(
            Result(
                severity=severity.removeprefix(SH),
                focus=one(sh.focusNode) or "",
                path=one(sh.resultPath),
                value=one(sh.value),
                message=one(sh.resultMessage) or "",
                shape=one(sh.sourceShape),
            )
        )
    return out
