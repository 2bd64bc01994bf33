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

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


class _Terms:
    """The IRIs every document's graph uses, made once: a ``NamedNode`` checks its IRI when
    it is made, and a document's graph has a few thousand quads."""

    def __init__(self) -> None:
        self.type = NamedNode(RDF + "type")
        self.label = NamedNode(RDFS + "label")
        self.alt_label = NamedNode(SKOS + "altLabel")
        self.derived = NamedNode(PROV + "wasDerivedFrom")
        self.in_document = NamedNode(BKG + "inDocument")
        self.refers_to = NamedNode(BKG + "refersTo")
        self.begin = NamedNode(NIF + "beginIndex")
        self.end = NamedNode(NIF + "endIndex")
        self.anchor = NamedNode(NIF + "anchorOf")
        self.string = NamedNode(NIF + "String")
        self.mention = NamedNode(BKG + "Mention")
        self.sentence = NamedNode(NIF + "Sentence")
        self.assertion = NamedNode(BKG + "Assertion")
        self.subject = NamedNode(RDF + "subject")
        self.predicate = NamedNode(RDF + "predicate")
        self.object = NamedNode(RDF + "object")
        self.evidence = NamedNode(BKG + "evidence")
        self.integer = NamedNode(XSD + "integer")


_T = _Terms()
_QuadMaker = Callable[[NamedNode, NamedNode, NamedNode | Literal], Quad]


def _xsd(value: object, datatype: str) -> Literal:
    # Offsets and counts are xsd:integer: Oxigraph stores every integer-derived type
    # (nif's xsd:nonNegativeInteger included) as xsd:integer anyway.
    return Literal(str(value), datatype=NamedNode(XSD + datatype))


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=_T.integer)


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

    def q(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> Quad:
        return Quad(s, p, o, g)

    yield from _document_description(doc, d, q)
    # What the document mentions, counted once here rather than by every query that lists
    # documents (a count over every mention of a large store takes seconds).
    spans = {(m.begin, m.end) for m in extraction.mentions}
    yield q(d, NamedNode(BKG + "mentionCount"), _integer(len(spans)))
    entities = {m.entity for m in extraction.mentions}
    yield q(d, NamedNode(BKG + "entityCount"), _integer(len(entities)))
    for entity in extraction.entities:
        for cls in entity.types:
            yield q(entity.iri, _T.type, cls)
        for label in entity.labels:
            yield q(entity.iri, _T.label, label)
        for label in entity.alt_labels:
            yield q(entity.iri, _T.alt_label, label)
        yield q(entity.iri, _T.derived, d)
    for mention in extraction.mentions:
        m = span_iri(doc.doc_id, mention.begin, mention.end)
        yield from _span(doc, d, m, mention.begin, mention.end, _T.mention, q)
        yield q(m, _T.refers_to, mention.entity)
    for fact in extraction.facts:
        yield from _fact(doc, d, fact, q)


def _document_description(doc: Document, d: NamedNode, q: _QuadMaker) -> Iterator[Quad]:
    yield q(d, _T.type, NamedNode(BKG + "SourceDocument"))
    yield q(d, _T.type, NamedNode(FOAF + "Document"))
    yield q(d, _T.type, NamedNode(PROV + "Entity"))
    yield q(d, _T.label, Literal(doc.metadata.get("title", doc.doc_id), language="nl"))
    yield q(d, NamedNode(DCTERMS + "identifier"), Literal(doc.doc_id))
    yield q(d, NamedNode(BKG + "sha256"), Literal(doc.sha256))
    yield q(d, NamedNode(BKG + "characterCount"), _integer(len(doc.text)))
    meta = doc.metadata
    if "title" in meta:
        language = meta.get("language", "nl")
        yield q(d, NamedNode(DCTERMS + "title"), Literal(meta["title"], language=language))
    if "date" in meta:
        yield q(d, NamedNode(DCTERMS + "date"), date_literal(meta["date"]))
    if "publisher" in meta:
        yield q(d, NamedNode(DCTERMS + "publisher"), Literal(meta["publisher"]))
    if "type" in meta:
        yield q(d, NamedNode(DCTERMS + "type"), Literal(meta["type"], language="nl"))
    if "language" in meta:
        yield q(d, NamedNode(DCTERMS + "language"), Literal(meta["language"]))
    if "source" in meta:
        yield q(d, NamedNode(DCTERMS + "source"), Literal(meta["source"]))


def _span(
    doc: Document,
    d: NamedNode,
    node: NamedNode,
    begin: int,
    end: int,
    cls: NamedNode,
    q: _QuadMaker,
) -> Iterator[Quad]:
    yield q(node, _T.type, cls)
    yield q(node, _T.type, _T.string)
    yield q(node, _T.begin, _integer(begin))
    yield q(node, _T.end, _integer(end))
    yield q(node, _T.anchor, Literal(doc.text[begin:end]))
    yield q(node, _T.in_document, d)


def _fact(doc: Document, d: NamedNode, fact: Fact, q: _QuadMaker) -> Iterator[Quad]:
    yield q(fact.subject, fact.predicate, fact.object)
    if fact.evidence is None:
        return
    key = f"{fact.subject.value} {fact.predicate.value} {fact.object}".encode()
    a = NamedNode(f"{ID}assertion/{doc.doc_id}/{hashlib.sha1(key).hexdigest()[:16]}")
    begin, end = fact.evidence
    sentence = span_iri(doc.doc_id, begin, end)
    yield q(a, _T.type, _T.assertion)
    yield q(a, _T.subject, fact.subject)
    yield q(a, _T.predicate, fact.predicate)
    yield q(a, _T.object, fact.object)
    yield q(a, _T.derived, d)
    yield q(a, _T.evidence, sentence)
    yield from _span(doc, d, sentence, begin, end, _T.sentence, q)
