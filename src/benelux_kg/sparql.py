"""Run SPARQL queries on the store and serialise their results.

Shared by the CLI and the HTTP endpoint, so both speak the same formats and report
errors the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal as TypingLiteral

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    Variable,
    serialize,
)

from .errors import QueryError
from .namespaces import PREFIXES

ResultKind = TypingLiteral["solutions", "boolean", "graph"]

# Short names a user may give for a format (CLI --format, HTTP ?format=).
RESULT_FORMATS: dict[str, QueryResultsFormat] = {
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
}
_POSITION = re.compile(r"at (\d+):(\d+)")


@dataclass(frozen=True)
class Answer:
    kind: ResultKind
    body: bytes
    media_type: str


def query_kind(result: object) -> ResultKind:
    if isinstance(result, QueryBoolean):
        return "boolean"
    if isinstance(result, QueryTriples):
        return "graph"
    return "solutions"


def execute(
    store: Store,
    query: str,
    *,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
    substitutions: dict[str, NamedNode | Literal] | None = None,
) -> QuerySolutions | QueryBoolean | QueryTriples:
    """Evaluate ``query``; without dataset arguments the default graph is the union."""
    bindings: dict[Variable, NamedNode | BlankNode | Literal | Triple] = {
        Variable(k): v for k, v in (substitutions or {}).items()
    }
    try:
        return store.query(
            query,
            prefixes=PREFIXES,
            use_default_graph_as_union=not default_graphs,
            default_graph=[NamedNode(g) for g in default_graphs] if default_graphs else None,
            named_graphs=[NamedNode(g) for g in named_graphs] if named_graphs else None,
            substitutions=bindings or None,
        )
    except SyntaxError as error:
        raise parse_error(error) from None
    except ValueError as error:
        raise QueryError(str(error)) from None


def parse_error(error: SyntaxError) -> QueryError:
    message = str(error)
    match = _POSITION.search(message)
    position = (int(match.group(1)), int(match.group(2))) if match else None
    return QueryError(f"SPARQL syntax error: {message}", position=position)


def serialize_result(
    result: QuerySolutions | QueryBoolean | QueryTriples, fmt: str | None = None
) -> Answer:
    """Serialise in the named format, or the default for the kind of result."""
    kind = query_kind(result)
    if isinstance(result, QueryTriples):
        rdf_format = GRAPH_FORMATS.get(fmt or "turtle")
        if rdf_format is None:
            raise QueryError(
                f"format {fmt!r} does not fit a graph result; use one of {', '.join(GRAPH_FORMATS)}"
            )
        body = serialize(result, format=rdf_format, prefixes=PREFIXES)
        return Answer(kind, body or b"", rdf_format.media_type)
    results_format = RESULT_FORMATS.get(fmt or "json")
    if results_format is None:
        raise QueryError(
            f"format {fmt!r} does not fit a {kind} result; use one of {', '.join(RESULT_FORMATS)}"
        )
    body = result.serialize(format=results_format)
    return Answer(kind, body or b"", results_format.media_type)
