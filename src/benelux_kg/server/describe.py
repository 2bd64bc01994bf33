"""What the linked-data pages show of an entity, a graph or the ontology.

Each function runs fixed queries with the IRI bound as a substitution (never pasted into
the query text) and returns plain values for the templates.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, QueryTriples, Store

from ..namespaces import PREFIXES, RDF, RDFS, XSD
from ..sparql import execute
from .diagram import Edge
from .shortcuts import plain

_LABEL = """
  OPTIONAL { ?x_ rdfs:label ?nl_ FILTER(LANG(?nl_) = "nl") }
  OPTIONAL { ?x_ rdfs:label ?any_ }
"""
OUTGOING = (
    "SELECT ?this ?p ?o (COALESCE(SAMPLE(?nl_), SAMPLE(?any_)) AS ?label) WHERE {\n"
    "  ?this ?p ?o ." + _LABEL.replace("?x_", "?o") + "} GROUP BY ?this ?p ?o ORDER BY ?p ?o"
)
INCOMING = (
    "SELECT ?this ?s ?p (COALESCE(SAMPLE(?nl_), SAMPLE(?any_)) AS ?label) WHERE {\n"
    "  ?s ?p ?this .\n"
    "  FILTER(?p NOT IN (bkg:refersTo, bkg:inDocument, rdf:subject, rdf:object))"
    + _LABEL.replace("?x_", "?s")
    + "} GROUP BY ?this ?s ?p ORDER BY ?p ?s LIMIT 1000"
)
FACTS = """SELECT ?this ?s ?p ?o ?sentence ?text ?document ?title ?begin ?end WHERE {
  { ?a rdf:subject ?this } UNION { ?a rdf:object ?this }
  ?a a bkg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; bkg:evidence ?sentence .
  ?sentence nif:anchorOf ?text ; bkg:inDocument ?document ;
    nif:beginIndex ?begin ; nif:endIndex ?end .
  OPTIONAL { ?document rdfs:label ?title }
} ORDER BY ?document ?begin ?p"""
MENTIONS = """SELECT ?this ?node ?document ?title ?begin ?end ?text WHERE {
  ?node bkg:refersTo ?this ; bkg:inDocument ?document ;
    nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?text .
  OPTIONAL { ?document rdfs:label ?title }
} ORDER BY ?document ?begin"""
SPANS = """SELECT ?this ?node ?begin ?end ?text ?kind ?entity ?label WHERE {
  ?node bkg:inDocument ?this ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?text .
  BIND(IF(EXISTS { ?node a nif:Sentence }, "sentence", "mention") AS ?kind)
  OPTIONAL {
    ?node bkg:refersTo ?entity .
    OPTIONAL { ?entity rdfs:label ?label FILTER(LANG(?label) = "nl") }
  }
} ORDER BY ?begin ?end LIMIT 3000"""
DESCRIBE = """CONSTRUCT { ?this ?p ?o . ?s ?q ?this }
WHERE { { ?this ?p ?o } UNION { ?s ?q ?this } }"""
GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
GRAPH_SIZE = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
GRAPH_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPH_MEMBERS = """SELECT ?g ?s (SAMPLE(?t) AS ?type) (SAMPLE(?l) AS ?label) WHERE {
  GRAPH ?g { ?s a ?t FILTER(?t NOT IN (bkg:Mention, nif:String, nif:Sentence, bkg:Assertion)) }
  OPTIONAL { ?s rdfs:label ?l FILTER(LANG(?l) = "nl" || LANG(?l) = "en") }
} GROUP BY ?g ?s ORDER BY ?type ?label ?s LIMIT 2000"""
INSTANCES = """SELECT ?type ?iri (SAMPLE(?l) AS ?label) WHERE {
  ?iri a ?type .
  OPTIONAL { ?iri rdfs:label ?l FILTER(LANG(?l) = "nl" || LANG(?l) = "") }
} GROUP BY ?type ?iri ORDER BY ?label ?iri"""
TERMS = """SELECT ?g ?ns ?term ?kind (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?definition)
  (GROUP_CONCAT(DISTINCT STR(?super); separator=" ") AS ?supers) WHERE {
  GRAPH ?g {
    ?term a ?kind .
    FILTER(?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, owl:AnnotationProperty))
    FILTER(STRSTARTS(STR(?term), ?ns))
    OPTIONAL { ?term rdfs:label ?l FILTER(LANG(?l) = "en") }
    OPTIONAL { ?term skos:definition ?d FILTER(LANG(?d) = "en") }
    OPTIONAL { ?term rdfs:subClassOf|rdfs:subPropertyOf ?super FILTER(isIRI(?super)) }
  }
} GROUP BY ?g ?ns ?term ?kind ORDER BY ?kind ?term"""
MAX_MENTIONS = 100


class Linker:
    """Turns IRIs into links: our IRIs to this server, others as they are."""

    def __init__(self, base: str, root: str = ""):
        self.base = base
        self.root = root.rstrip("/")

    def href(self, iri: str) -> str:
        if iri.startswith(self.base):
            return f"{self.root}/{iri[len(self.base) :]}"
        return iri

    def curie(self, iri: str) -> str:
        for prefix, namespace in PREFIXES.items():
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace) :]}"
        if iri.startswith(self.base):
            return iri[len(self.base) :]
        return iri


@dataclass(frozen=True)
class Evidence:
    text: str
    document: str
    title: str
    begin: int
    end: int
    sentence: str


@dataclass
class Value:
    kind: str  # iri | literal | blank
    value: str
    label: str | None = None
    language: str | None = None
    datatype: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Row:
    predicate: str
    values: list[Value]


@dataclass
class Mention:
    node: str
    document: str
    title: str
    begin: int
    end: int
    text: str


@dataclass
class EntityView:
    iri: str
    title: str
    labels: list[Value]
    types: list[Value]
    properties: list[Row]
    incoming: list[Row]
    mentions: list[Mention]
    mention_total: int
    spans: list[dict[str, Any]]


def entity(store: Store, iri: NamedNode) -> EntityView | None:
    this = {"this": iri}
    evidence = _evidence(store, iri)
    outgoing: dict[str, list[Value]] = defaultdict(list)
    for s in _select(store, OUTGOING, this):
        value = _value(s["o"], s["label"])
        value.evidence = evidence.get((iri.value, s["p"].value, _key(s["o"])), [])
        outgoing[s["p"].value].append(value)
    incoming: dict[str, list[Value]] = defaultdict(list)
    for s in _select(store, INCOMING, this):
        value = _value(s["s"], s["label"])
        value.evidence = evidence.get((_key(s["s"]), s["p"].value, iri.value), [])
        incoming[s["p"].value].append(value)
    mentions = [
        Mention(
            s["node"].value,
            s["document"].value,
            _text(s["title"]) or s["document"].value,
            int(s["begin"].value),
            int(s["end"].value),
            s["text"].value,
        )
        for s in _select(store, MENTIONS, this)
    ]
    if not outgoing and not incoming and not mentions:
        return None
    labels = outgoing.pop(RDFS + "label", [])
    types = outgoing.pop(RDF + "type", [])
    title = next((v.value for v in labels if v.language == "nl"), None)
    title = title or (labels[0].value if labels else iri.value.rsplit("/", 1)[-1])
    is_document = any(t.value.endswith("#SourceDocument") for t in types)
    spans = [_plain(s) for s in _select(store, SPANS, this)] if is_document else []
    return EntityView(
        iri=iri.value,
        title=title,
        labels=labels,
        types=types,
        properties=[Row(p, v) for p, v in outgoing.items()],
        incoming=[Row(p, v) for p, v in incoming.items()],
        mentions=mentions[:MAX_MENTIONS],
        mention_total=len(mentions),
        spans=spans,
    )


def edges(view: EntityView, link: Linker) -> list[Edge]:
    found = [
        Edge(link.curie(row.predicate), v.label or link.curie(v.value), link.href(v.value), out)
        for rows, out in ((view.properties, True), (view.incoming, False))
        for row in rows
        for v in row.values
        if v.kind == "iri"
    ]
    return found


def triples(store: Store, iri: NamedNode) -> QueryTriples:
    result = execute(store, DESCRIBE, substitutions={"this": iri})
    assert isinstance(result, QueryTriples)
    return result


def graphs(store: Store) -> list[tuple[str, int]]:
    return [(s["g"].value, int(s["n"].value)) for s in _select(store, GRAPHS, {})]


def graph_size(store: Store, graph: NamedNode) -> int:
    rows = _select(store, GRAPH_SIZE, {"g": graph})
    return int(rows[0]["n"].value) if rows else 0


def graph_triples(store: Store, graph: NamedNode) -> QueryTriples:
    result = execute(store, GRAPH_TRIPLES, substitutions={"g": graph})
    assert isinstance(result, QueryTriples)
    return result


def graph_members(store: Store, graph: NamedNode) -> list[dict[str, Any]]:
    return [_plain(s) for s in _select(store, GRAPH_MEMBERS, {"g": graph})]


def instances(store: Store, cls: NamedNode) -> tuple[int, list[dict[str, Any]]]:
    rows = _select(store, INSTANCES, {"type": cls})
    return len(rows), [_plain(s) for s in rows[:500]]


def terms(store: Store, graph: NamedNode, namespace: str) -> list[dict[str, Any]]:
    rows = _select(store, TERMS, {"g": graph, "ns": Literal(namespace)})
    found = []
    for s in rows:
        record = _plain(s)
        record["name"] = str(record["term"])[len(namespace) :]
        record["supers"] = str(record.get("supers") or "").split()
        found.append(record)
    return found


def _evidence(store: Store, iri: NamedNode) -> dict[tuple[str, str, str], list[Evidence]]:
    found: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for s in _select(store, FACTS, {"this": iri}):
        found[(_key(s["s"]), s["p"].value, _key(s["o"]))].append(
            Evidence(
                text=s["text"].value,
                document=s["document"].value,
                title=_text(s["title"]) or s["document"].value,
                begin=int(s["begin"].value),
                end=int(s["end"].value),
                sentence=s["sentence"].value,
            )
        )
    return found


def _select(store: Store, query: str, bindings: dict[str, Any]) -> list[dict[str, Any]]:
    result = execute(store, query, substitutions=bindings or None)
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: solution[n] for n in names} for solution in result]


def _key(term: Any) -> str:
    return term.value if isinstance(term, NamedNode | BlankNode) else str(term)


def _text(term: Any) -> str | None:
    return None if term is None else str(term.value)


def _value(term: Any, label: Any = None) -> Value:
    if isinstance(term, NamedNode):
        return Value("iri", term.value, label=_text(label))
    if isinstance(term, BlankNode):
        return Value("blank", term.value)
    datatype = term.datatype.value
    plain_string = datatype in (XSD + "string", RDF + "langString")
    return Value(
        "literal", term.value, language=term.language, datatype=None if plain_string else datatype
    )


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {name: plain(term) for name, term in row.items()}
