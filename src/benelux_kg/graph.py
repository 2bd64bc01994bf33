"""From a document and its extraction to the quads of its named graph."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator

from pyoxigraph import Literal, NamedNode, Quad

from .corpus import Document
from .extract.model import Extraction, Fact
from .namespaces import (
    BKG,
    DCTERMS,
    FOAF,
    ID,
    NIF,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD,
    document_graph,
    document_iri,
    span_iri,
)

_TYPE = NamedNode(RDF + "type")
_DERIVED = NamedNode(PROV + "wasDerivedFrom")
_IN_DOCUMENT = NamedNode(BKG + "inDocument")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_QuadMaker = Callable[[NamedNode, str, NamedNode | Literal], Quad]


def _xsd(value: object, datatype: str) -> Literal:
    # Offsets and counts are xsd:integer: Oxigraph stores every integer-derived type
    # (nif's xsd:nonNegativeInteger included) as xsd:integer anyway.
    return Literal(str(value), datatype=NamedNode(XSD + datatype))


def date_literal(value: str) -> Literal:
    """``2021`` as ``xsd:gYear``, ``2025-03-24`` as ``xsd:date``, anything else as text."""
    if _DATE.match(value):
        return _xsd(value, "date")
    if _YEAR.match(value):
        return _xsd(value, "gYear")
    return Literal(value)


def document_quads(doc: Document, extraction: Extraction) -> Iterator[Quad]:
    """Everything the graph says of one document, in ``graph/document/{id}``."""
    g = document_graph(doc.doc_id)
    d = document_iri(doc.doc_id)

    def q(s: NamedNode, p: str, o: NamedNode | Literal) -> Quad:
        return Quad(s, NamedNode(p), o, g)

    yield from _document_description(doc, d, q)
    # What the document mentions, counted once here rather than by every query that lists
    # documents (a count over every mention of a large store takes seconds).
    spans = {(m.begin, m.end) for m in extraction.mentions}
    yield q(d, BKG + "mentionCount", _xsd(len(spans), "integer"))
    entities = {m.entity for m in extraction.mentions}
    yield q(d, BKG + "entityCount", _xsd(len(entities), "integer"))
    for entity in extraction.entities:
        for cls in entity.types:
            yield Quad(entity.iri, _TYPE, cls, g)
        for label in entity.labels:
            yield q(entity.iri, RDFS + "label", label)
        for label in entity.alt_labels:
            yield q(entity.iri, SKOS + "altLabel", label)
        yield Quad(entity.iri, _DERIVED, d, g)
    for mention in extraction.mentions:
        m = span_iri(doc.doc_id, mention.begin, mention.end)
        yield from _span(doc, m, mention.begin, mention.end, BKG + "Mention", q)
        yield q(m, BKG + "refersTo", mention.entity)
    for fact in extraction.facts:
        yield from _fact(doc, d, fact, q)


def _document_description(doc: Document, d: NamedNode, q: _QuadMaker) -> Iterator[Quad]:
    yield q(d, RDF + "type", NamedNode(BKG + "SourceDocument"))
    yield q(d, RDF + "type", NamedNode(FOAF + "Document"))
    yield q(d, RDF + "type", NamedNode(PROV + "Entity"))
    yield q(d, RDFS + "label", Literal(doc.metadata.get("title", doc.doc_id), language="nl"))
    yield q(d, DCTERMS + "identifier", Literal(doc.doc_id))
    yield q(d, BKG + "sha256", Literal(doc.sha256))
    yield q(d, BKG + "characterCount", _xsd(len(doc.text), "integer"))
    meta = doc.metadata
    if "title" in meta:
        yield q(d, DCTERMS + "title", Literal(meta["title"], language=meta.get("language", "nl")))
    if "date" in meta:
        yield q(d, DCTERMS + "date", date_literal(meta["date"]))
    if "publisher" in meta:
        yield q(d, DCTERMS + "publisher", Literal(meta["publisher"]))
    if "type" in meta:
        yield q(d, DCTERMS + "type", Literal(meta["type"], language="nl"))
    if "language" in meta:
        yield q(d, DCTERMS + "language", Literal(meta["language"]))
    if "source" in meta:
        yield q(d, DCTERMS + "source", Literal(meta["source"]))


def _span(
    doc: Document, node: NamedNode, begin: int, end: int, cls: str, q: _QuadMaker
) -> Iterator[Quad]:
    yield q(node, RDF + "type", NamedNode(cls))
    yield q(node, RDF + "type", NamedNode(NIF + "String"))
    yield q(node, NIF + "beginIndex", _xsd(begin, "integer"))
    yield q(node, NIF + "endIndex", _xsd(end, "integer"))
    yield q(node, NIF + "anchorOf", Literal(doc.text[begin:end]))
    yield q(node, BKG + "inDocument", document_iri(doc.doc_id))


def _fact(doc: Document, d: NamedNode, fact: Fact, q: _QuadMaker) -> Iterator[Quad]:
    yield q(fact.subject, fact.predicate.value, fact.object)
    if fact.evidence is None:
        return
    key = f"{fact.subject.value} {fact.predicate.value} {fact.object}".encode()
    a = NamedNode(f"{ID}assertion/{doc.doc_id}/{hashlib.sha1(key).hexdigest()[:16]}")
    begin, end = fact.evidence
    sentence = span_iri(doc.doc_id, begin, end)
    yield q(a, RDF + "type", NamedNode(BKG + "Assertion"))
    yield q(a, RDF + "subject", fact.subject)
    yield q(a, RDF + "predicate", fact.predicate)
    yield q(a, RDF + "object", fact.object)
    yield q(a, PROV + "wasDerivedFrom", d)
    yield q(a, BKG + "evidence", sentence)
    yield from _span(doc, sentence, begin, end, NIF + "Sentence", q)
