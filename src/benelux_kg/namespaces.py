"""Namespaces of the data contract and the rules that mint IRIs."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from pyoxigraph import NamedNode

BASE: Final = "https://w3id.org/benelux-kg/"
BKG: Final = BASE + "def#"
ID: Final = BASE + "id/"
GRAPH: Final = BASE + "graph/"

RDF: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS: Final = "http://www.w3.org/2000/01/rdf-schema#"
OWL: Final = "http://www.w3.org/2002/07/owl#"
XSD: Final = "http://www.w3.org/2001/XMLSchema#"
SKOS: Final = "http://www.w3.org/2004/02/skos/core#"
DCTERMS: Final = "http://purl.org/dc/terms/"
FOAF: Final = "http://xmlns.com/foaf/0.1/"
PROV: Final = "http://www.w3.org/ns/prov#"
ORG: Final = "http://www.w3.org/ns/org#"
ELI: Final = "http://data.europa.eu/eli/ontology#"
NIF: Final = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
SH: Final = "http://www.w3.org/ns/shacl#"

PREFIXES: Final[dict[str, str]] = {
    "bkg": BKG,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "prov": PROV,
    "org": ORG,
    "eli": ELI,
    "nif": NIF,
}

ONTOLOGY_GRAPH: Final = NamedNode(GRAPH + "ontology")
REFERENCE_GRAPH: Final = NamedNode(GRAPH + "reference")

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(label: str) -> str:
    """The IRI segment for a label: ``"Comité van Ministers"`` -> ``comite-van-ministers``."""
    decomposed = unicodedata.normalize("NFKD", label)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_SLUG.sub("-", ascii_only.lower()).strip("-")


def document_iri(doc_id: str) -> NamedNode:
    return NamedNode(f"{ID}document/{doc_id}")


def document_graph(doc_id: str) -> NamedNode:
    return NamedNode(f"{GRAPH}document/{doc_id}")


def span_iri(doc_id: str, begin: int, end: int) -> NamedNode:
    """RFC 5147 style fragment for a span of a document's stored text."""
    return NamedNode(f"{ID}document/{doc_id}#char={begin},{end}")


def bkg(term: str) -> NamedNode:
    return NamedNode(BKG + term)


def sparql_prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
