"""From candidates and relations of clean text to the entities, mentions and facts of one
document, every span mapped back to the stored text."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from pyoxigraph import Literal, NamedNode

from ..corpus import Document
from ..namespaces import BKG, DCTERMS, ELI, ID, XSD, bkg
from ..reference import ReferenceEntity
from ..text import CleanText
from .candidates import Candidate
from .model import Entity, Extraction, Fact, Mention, Span
from .names import squash
from .presidencies import Presidency
from .projects import Project
from .relations import DATE_DOCUMENT, Relation
from .sentences import Sentences

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_NUMBERED = re.compile(r"^M\(\d{4}\)\d+$")


def date_literal(value: str) -> Literal:
    if _DATE.match(value):
        return Literal(value, datatype=NamedNode(XSD + "date"))
    if _YEAR.match(value):
        return Literal(value, datatype=NamedNode(XSD + "gYear"))
    return Literal(value)


class Collector:
    """Gathers one document's findings, mapping clean spans back to the stored text."""

    def __init__(self, doc: Document, cleaned: CleanText, reference: dict[str, ReferenceEntity]):
        self.doc = doc
        self.cleaned = cleaned
        # The clean text with glued footnote marks blanked (what the finders read), once set.
        self.unmarked = cleaned.text
        self.reference = reference
        self.sentences = Sentences(cleaned.text, cleaned.paragraph_breaks())
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.facts: dict[tuple[str, str, str], Fact] = {}

    def span(self, begin: int, end: int) -> Span:
        return self.cleaned.to_original(begin, end)

    def sentence(self, position: int) -> Span:
        begin, end = self.sentences.around(position)
        return self.span(begin, end)

    def add_candidates(self, found: Sequence[Candidate]) -> None:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for c in found:
            if c.cls != "LegalInstrument" and c.priority >= 0:
                votes[c.iri][c.cls] += 1
        for c in found:
            iri = NamedNode(c.iri)
            ref = self.reference.get(c.iri)
            if ref is not None:
                self.entity(Entity(iri, ref.types))
            else:
                counted = votes.get(c.iri)
                cls = counted.most_common(1)[0][0] if counted else c.cls
                label = Literal(c.label, language="nl")
                surface = squash(self.cleaned.text[c.begin : c.end])
                alts: tuple[Literal, ...] = ()
                if c.priority >= 0 and not c.title and surface != c.label and len(surface) > 2:
                    alts = (Literal(surface, language="nl"),)
                self.entity(Entity(iri, (bkg(cls),), (label,), alts))
            self.mention(c.begin, c.end, iri)
            evidence = self.sentence(c.begin)
            if c.title:
                self.fact(
                    Fact(
                        iri, NamedNode(DCTERMS + "title"), Literal(c.title, language="nl"), evidence
                    )
                )
            if _NUMBERED.match(c.label):
                self.fact(Fact(iri, NamedNode(ELI + "id_local"), Literal(c.label), evidence))
            if c.cls == "Meeting" and c.date:
                self.fact(Fact(iri, NamedNode(DCTERMS + "date"), date_literal(c.date), evidence))

    def add_people_facts(self, facts: Iterable[tuple[str, str, str | Literal, int]]) -> None:
        for subject, predicate, obj, position in facts:
            evidence = self.sentence(position)
            value = obj if isinstance(obj, Literal) else NamedNode(obj)
            self.fact(Fact(NamedNode(subject), NamedNode(predicate), value, evidence))

    def relation(self, r: Relation) -> None:
        obj: NamedNode | Literal
        obj = date_literal(r.object) if r.predicate == DATE_DOCUMENT else NamedNode(r.object)
        b, e = r.evidence
        self.fact(Fact(NamedNode(r.subject), NamedNode(r.predicate), obj, self.span(b, e)))

    def project(self, p: Project) -> None:
        iri = NamedNode(p.iri)
        self.entity(Entity(iri, (bkg("Project"),), (Literal(p.label, language="nl"),)))
        self.mentions.append(Mention(p.begin, p.end, iri))  # already stored-text offsets
        evidence = (p.begin, p.end)
        status = NamedNode(f"{ID}status/{p.status}")
        self.fact(Fact(iri, NamedNode(BKG + "projectStatus"), status, evidence))
        if p.theme:
            self.fact(Fact(iri, NamedNode(BKG + "theme"), NamedNode(p.theme), evidence))

    def presidency(self, p: Presidency) -> None:
        iri = NamedNode(p.iri)
        self.entity(Entity(iri, (bkg("Presidency"),), (Literal(p.label, language="nl"),)))
        self.mention(p.begin, p.end, iri)
        evidence = self.sentence(p.begin)
        self.fact(Fact(iri, NamedNode(BKG + "presidencyCountry"), NamedNode(p.country), evidence))
        year = Literal(p.year, datatype=NamedNode(XSD + "gYear"))
        self.fact(Fact(iri, NamedNode(BKG + "presidencyYear"), year, evidence))
        union = NamedNode(ID + "organisation/benelux-unie")
        self.fact(Fact(iri, NamedNode(BKG + "presidencyOf"), union, evidence))

    def entity(self, entity: Entity) -> None:
        known = self.entities.get(entity.iri.value)
        if known is None:
            self.entities[entity.iri.value] = entity
            return
        self.entities[entity.iri.value] = Entity(
            entity.iri,
            known.types,  # the first type decided (votes are per document)
            known.labels or entity.labels,  # one canonical label: the first
            tuple(dict.fromkeys(known.alt_labels + entity.alt_labels)),
        )

    def mention(self, begin: int, end: int, entity: NamedNode) -> None:
        b, e = self.span(begin, end)
        self.mentions.append(Mention(b, e, entity))

    def fact(self, fact: Fact) -> None:
        key = (fact.subject.value, fact.predicate.value, str(fact.object))
        self.facts.setdefault(key, fact)  # the first sentence that states it

    def result(self) -> Extraction:
        entities = []
        for e in self.entities.values():
            label = {a.value for a in e.labels}
            alts = tuple(a for a in e.alt_labels if a.value not in label)
            entities.append(Entity(e.iri, e.types, e.labels, alts))
        return Extraction(
            doc_id=self.doc.doc_id,
            entities=tuple(entities),
            mentions=tuple(sorted(set(self.mentions), key=lambda m: (m.begin, m.end))),
            facts=tuple(self.facts.values()),
        )
