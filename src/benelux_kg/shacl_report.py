"""Validation reports as people and programs read them: text, JSON and SHACL's own
``sh:ValidationReport`` graph (Turtle)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

import rdflib
from rdflib.namespace import SH as RSH

from .errors import InputError
from .namespaces import GRAPH, PREFIXES, SH
from .resources import shapes_file
from .shapes import load_plan
from .validate import Report, Result

REPORT_FORMATS = ("text", "turtle", "json")

_COMPACT = sorted(
    [
        *PREFIXES.items(),
        ("bkgsh", "https://w3id.org/benelux-kg/shapes#"),
        ("sh", SH),
        ("id", "https://w3id.org/benelux-kg/id/"),
        ("graph", GRAPH),
    ],
    key=lambda kv: -len(kv[1]),
)


def compact(text: str) -> str:
    """IRIs in ``text`` (bare or in <>) shortened with the project's prefixes."""

    def one(iri: str) -> str:
        for prefix, namespace in _COMPACT:
            if iri.startswith(namespace) and re.fullmatch(r"[\w.\-/#=,]*", iri[len(namespace) :]):
                return f"{prefix}:{iri[len(namespace) :]}"
        return f"<{iri}>"

    if re.fullmatch(r"[a-z][a-z0-9+.\-]*:[^\s<>\"]*", text):
        return one(text)
    return re.sub(r"<([^<>\s\"]+)>", lambda m: one(m.group(1)), text)


def render(report: Report, fmt: str, *, strict: bool = False, shapes: Path | None = None) -> str:
    if fmt == "text":
        return render_text(report, strict=strict)
    if fmt == "json":
        return json.dumps(report_json(report, strict=strict), ensure_ascii=False, indent=2) + "\n"
    if fmt == "turtle":
        return report_graph(report, strict=strict, shapes=shapes).serialize(format="turtle")
    raise InputError(f"unknown report format {fmt!r}; use one of {', '.join(REPORT_FORMATS)}")


def summary_line(report: Report, *, strict: bool = False) -> str:
    conforms = report.conforms(strict=strict)
    return (
        f"{'conforms' if conforms else 'does not conform'}: "
        f"{len(report.violations)} violation(s), {len(report.warnings)} warning(s), "
        f"{len(report.infos)} info(s)" + (" (strict: warnings fail)" if strict else "")
    )


def render_text(report: Report, *, strict: bool = False) -> str:
    lines = []
    for r in report.results:
        lines.append(f"{r.severity}: {compact(r.focus)}")
        if r.path:
            lines.append(f"  path:    {compact(r.path)}")
        if r.value_term is not None:
            lines.append(f"  value:   {compact(r.value_term)}")
        for i, message in enumerate(r.message.splitlines() or [""]):
            lines.append(f"  {'message:' if i == 0 else '        '} {message}")
        for location in r.locations[:3]:
            lines.append(f"  source:  {location.describe()}")
        if len(r.locations) > 3:
            lines.append(f"           (and {len(r.locations) - 3} more documents)")
        if r.shape:
            lines.append(f"  shape:   {compact(r.shape)}")
    lines.append(summary_line(report, strict=strict))
    return "\n".join(lines) + "\n"


def report_json(report: Report, *, strict: bool = False) -> dict[str, Any]:
    """The documented JSON form of a report (README, "Validation and CI")."""
    return {
        "conforms": report.conforms(strict=strict),
        "strict": strict,
        "violations": len(report.violations),
        "warnings": len(report.warnings),
        "infos": len(report.infos),
        "results": [
            {
                "severity": r.severity,
                "focus": r.focus,
                "path": r.path,
                "value": r.value_term,
                "message": r.message,
                "shape": r.shape,
                "component": r.component,
                "sources": [
                    {k: v for k, v in asdict(loc).items() if v is not None} for loc in r.locations
                ],
            }
            for r in report.results
        ],
    }


def report_graph(
    report: Report, *, strict: bool = False, shapes: Path | None = None
) -> rdflib.Graph:
    """The report as a SHACL ``sh:ValidationReport`` graph."""
    plan = load_plan(shapes or shapes_file())
    graph = rdflib.Graph()
    graph.bind("sh", RSH)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.bind("bkgsh", "https://w3id.org/benelux-kg/shapes#")
    root = rdflib.BNode()
    graph.add((root, rdflib.RDF.type, RSH.ValidationReport))
    graph.add((root, RSH.conforms, rdflib.Literal(report.conforms(strict=strict))))
    for r in report.results:
        node = rdflib.BNode()
        graph.add((root, RSH.result, node))
        graph.add((node, rdflib.RDF.type, RSH.ValidationResult))
        graph.add((node, RSH.resultSeverity, RSH[r.severity]))
        graph.add((node, RSH.focusNode, _from_nt(r.focus_term)))
        if r.value_term is not None:
            graph.add((node, RSH.value, _from_nt(r.value_term)))
        if r.path is not None:
            graph.add((node, RSH.resultPath, _path_node(plan.graph, graph, r)))
        for message in r.message.splitlines():
            graph.add((node, RSH.resultMessage, rdflib.Literal(message)))
        if r.shape:
            graph.add((node, RSH.sourceShape, rdflib.URIRef(r.shape)))
        if r.component:
            graph.add((node, RSH.sourceConstraintComponent, rdflib.URIRef(r.component)))
    return graph


def _from_nt(text: str) -> Any:
    if text.startswith("_:"):
        return rdflib.BNode(text[2:])
    g = rdflib.Graph().parse(data=f"<urn:x:s> <urn:x:p> {text} .", format="nt")
    return next(iter(g.objects()))


def _path_node(shapes: rdflib.Graph, out: rdflib.Graph, result: Result) -> Any:
    assert result.path is not None
    if re.fullmatch(r"[a-z][a-z0-9+.\-]*:[^\s<>\"]*", result.path):
        return rdflib.URIRef(result.path)
    # A complex path: copy the shape's sh:path structure from the shapes graph.
    path = shapes.value(rdflib.URIRef(result.shape), RSH.path) if result.shape else None
    if path is None:
        return rdflib.Literal(result.path)
    todo = [path]
    while todo:
        node = todo.pop()
        for p, o in shapes.predicate_objects(node):
            out.add((node, p, o))
            if isinstance(o, rdflib.BNode):
                todo.append(o)
    return path
