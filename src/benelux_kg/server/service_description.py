"""The SPARQL Service Description of ``/sparql``, with a VoID description of the dataset.

Counting triples, classes and properties reads the whole store, so the statistics are
computed once per store generation and kept; only the endpoint's own IRI (which depends
on how the client reached us) is filled in per request.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, RdfFormat, Store, Triple
from pyoxigraph import serialize as serialize_rdf

from ..namespaces import DCTERMS, ID, PREFIXES, RDF, XSD

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
_RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
    "TriG",
    "N-Quads",
)
_PREFIXES = {**PREFIXES, "sd": SD, "void": VOID, "formats": FORMATS}
_A = NamedNode(RDF + "type")

_GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
_UNION = """SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
    (COUNT(DISTINCT ?o) AS ?objects) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"""
_CLASSES = """SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } FILTER isIRI(?c) }
    GROUP BY ?c ORDER BY ?c"""
_PROPERTIES = """SELECT ?p (COUNT(*) AS ?n)
    WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?p ORDER BY ?p"""


@dataclass(frozen=True)
class DatasetStatistics:
    """The VoID figures of one store generation; the default graph is the union."""

    triples: int
    distinct_subjects: int
    distinct_objects: int
    graphs: tuple[tuple[str, int], ...]
    classes: tuple[tuple[str, int], ...]
    properties: tuple[tuple[str, int], ...]


def dataset_statistics(store: Store) -> DatasetStatistics:
    union = next(iter(_solutions(store, _UNION)))
    return DatasetStatistics(
        triples=_int(union["triples"]),
        distinct_subjects=_int(union["subjects"]),
        distinct_objects=_int(union["objects"]),
        graphs=tuple(_pairs(store, _GRAPH_SIZES)),
        classes=tuple(_pairs(store, _CLASSES)),
        properties=tuple(_pairs(store, _PROPERTIES)),
    )


class StatisticsCache:
    """Statistics of the generation in service, computed at most once per generation."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cached: tuple[str, DatasetStatistics] | None = None

    def get(self, generation: Path) -> DatasetStatistics:
        with self._lock:  # one computation at a time; the others wait for its result
            if self._cached is None or self._cached[0] != generation.name:
                store = Store.read_only(str(generation))
                self._cached = (generation.name, dataset_statistics(store))
            return self._cached[1]


def describe(endpoint: str, stats: DatasetStatistics, fmt: RdfFormat) -> bytes:
    triples = list(service_triples(endpoint, stats))
    return serialize_rdf(triples, format=fmt, prefixes=_PREFIXES) or b""


def service_triples(endpoint: str, stats: DatasetStatistics) -> Iterator[Triple]:
    service = NamedNode(endpoint)
    dataset = NamedNode(endpoint + "#dataset")
    default = NamedNode(endpoint + "#default-graph")
    yield Triple(service, _A, _sd("Service"))
    yield Triple(service, _sd("endpoint"), service)
    yield Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query"))
    yield Triple(service, _sd("feature"), _sd("UnionDefaultGraph"))
    yield Triple(
        service,
        _sd("defaultEntailmentRegime"),
        NamedNode("http://www.w3.org/ns/entailment/Simple"),
    )
    for name in _RESULT_FORMATS:
        yield Triple(service, _sd("resultFormat"), NamedNode(FORMATS + name))
    yield Triple(service, _sd("defaultDataset"), dataset)

    yield Triple(dataset, _A, _sd("Dataset"))
    yield Triple(dataset, _A, _void("Dataset"))
    yield Triple(dataset, NamedNode(DCTERMS + "title"), Literal("benelux-kg", language="en"))
    yield Triple(dataset, _void("sparqlEndpoint"), service)
    yield Triple(dataset, _void("uriSpace"), Literal(ID))
    yield from _counts(dataset, stats.triples, stats.distinct_subjects, stats.distinct_objects)
    yield Triple(dataset, _void("classes"), _count(len(stats.classes)))
    yield Triple(dataset, _void("properties"), _count(len(stats.properties)))
    for cls, entities in stats.classes:
        partition = BlankNode()
        yield Triple(dataset, _void("classPartition"), partition)
        yield Triple(partition, _void("class"), NamedNode(cls))
        yield Triple(partition, _void("entities"), _count(entities))
    for prop, triples in stats.properties:
        partition = BlankNode()
        yield Triple(dataset, _void("propertyPartition"), partition)
        yield Triple(partition, _void("property"), NamedNode(prop))
        yield Triple(partition, _void("triples"), _count(triples))

    yield Triple(dataset, _sd("defaultGraph"), default)
    yield Triple(default, _A, _sd("Graph"))
    yield Triple(default, _void("triples"), _count(stats.triples))
    for iri, triples in stats.graphs:
        named, graph = BlankNode(), BlankNode()
        yield Triple(dataset, _sd("namedGraph"), named)
        yield Triple(named, _A, _sd("NamedGraph"))
        yield Triple(named, _sd("name"), NamedNode(iri))
        yield Triple(named, _sd("graph"), graph)
        yield Triple(graph, _A, _sd("Graph"))
        yield Triple(graph, _void("triples"), _count(triples))


def _counts(node: NamedNode, triples: int, subjects: int, objects: int) -> Iterator[Triple]:
    yield Triple(node, _void("triples"), _count(triples))
    yield Triple(node, _void("distinctSubjects"), _count(subjects))
    yield Triple(node, _void("distinctObjects"), _count(objects))


def _solutions(store: Store, query: str) -> QuerySolutions:
    result = store.query(query)
    assert isinstance(result, QuerySolutions)
    return result


def _pairs(store: Store, query: str) -> Iterator[tuple[str, int]]:
    for row in _solutions(store, query):
        yield row[0].value, _int(row[1])


def _int(term: object) -> int:
    return int(term.value) if isinstance(term, Literal) else 0


def _count(n: int) -> Literal:
    return Literal(str(n), datatype=NamedNode(XSD + "integer"))


def _sd(term: str) -> NamedNode:
    return NamedNode(SD + term)


def _void(term: str) -> NamedNode:
    return NamedNode(VOID + term)
