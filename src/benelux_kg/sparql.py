"""Run SPARQL queries on the store and serialise their results.

Shared by the CLI and the HTTP endpoint, so both speak the same formats and report
errors the same way. What a query *is* (its form, whether it calls out with ``SERVICE``)
is read by :mod:`benelux_kg.sparql_lexer` before anything runs.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
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
    parse_query_results,
    serialize,
)

from .errors import QueryError
from .namespaces import PREFIXES
from .store import has_merged_default

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
# Marks a truncated result in the ``head.link`` of SPARQL JSON and XML results.
TRUNCATED_LINK = "urn:benelux-kg:truncated"
_POSITION = re.compile(r"at (\d+):(\d+)")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class Answer:
    kind: ResultKind
    body: bytes
    media_type: str
    truncated: bool = False


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
    base_iri: str | None = None,
) -> QuerySolutions | QueryBoolean | QueryTriples:
    """Evaluate ``query``; without dataset arguments the default graph is the merge of every
    named graph (kept in the store, see :mod:`benelux_kg.store`; computed for older stores).

    ``base_iri`` resolves relative IRIs; over HTTP it is the endpoint's URL (RFC 3986).
    """
    bindings: dict[Variable, NamedNode | BlankNode | Literal | Triple] = {
        Variable(k): v for k, v in (substitutions or {}).items()
    }
    try:
        return store.query(
            query,
            base_iri=base_iri,
            prefixes=PREFIXES,
            use_default_graph_as_union=not default_graphs and not has_merged_default(store),
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
    result: QuerySolutions | QueryBoolean | QueryTriples,
    fmt: str | None = None,
    *,
    max_results: int | None = None,
) -> Answer:
    """Serialise in the named format, or the default for the kind of result.

    With ``max_results``, at most that many solutions (or triples) are written and the
    answer says it was truncated: a client is never handed part of a result unknowingly.
    """
    kind = query_kind(result)
    if isinstance(result, QueryTriples):
        return serialize_triples(result, fmt, max_results=max_results)
    results_format = RESULT_FORMATS.get(fmt or "json")
    if results_format is None:
        raise QueryError(
            f"format {fmt!r} does not fit a {kind} result; use one of {', '.join(RESULT_FORMATS)}"
        )
    if isinstance(result, QueryBoolean) or max_results is None:
        body = result.serialize(format=results_format)
        return Answer(kind, body or b"", results_format.media_type)
    return _limited_solutions(result, results_format, max_results)


def serialize_triples(
    triples: Iterable[Triple], fmt: str | None = None, *, max_results: int | None = None
) -> Answer:
    """Serialise a graph (a CONSTRUCT or DESCRIBE result, or a stored graph)."""
    rdf_format = GRAPH_FORMATS.get(fmt or "turtle")
    if rdf_format is None:
        raise QueryError(
            f"format {fmt!r} does not fit a graph result; use one of {', '.join(GRAPH_FORMATS)}"
        )
    if max_results is None:
        written, truncated = list(triples), False
    else:
        head = list(itertools.islice(triples, max_results + 1))
        written, truncated = head[:max_results], len(head) > max_results
    body = serialize(written, format=rdf_format, prefixes=PREFIXES)
    return Answer("graph", body or b"", rdf_format.media_type, truncated)


def _limited_solutions(
    solutions: QuerySolutions, results_format: QueryResultsFormat, limit: int
) -> Answer:
    names = [v.value for v in solutions.variables]
    rows = list(itertools.islice(solutions, limit + 1))
    truncated = len(rows) > limit
    head: dict[str, Any] = {"vars": names}
    if truncated:
        head["link"] = [TRUNCATED_LINK]
    document = {
        "head": head,
        "results": {
            "bindings": [
                {name: _json_term(row[name]) for name in names if row[name] is not None}
                for row in rows[:limit]
            ]
        },
    }
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if results_format != QueryResultsFormat.JSON:
        # oxigraph writes the other formats; it reads back what we wrote without the link
        converted = parse_query_results(body, QueryResultsFormat.JSON)
        body = converted.serialize(format=results_format) or b""
        if truncated and results_format == QueryResultsFormat.XML:
            body = body.replace(b"</head>", f'<link href="{TRUNCATED_LINK}"/></head>'.encode(), 1)
    return Answer("solutions", body, results_format.media_type, truncated)


def _json_term(term: object) -> dict[str, Any]:
    """A term as SPARQL 1.1 Query Results JSON (with the RDF 1.2 triple term)."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")
