"""Extraction: from a document's text to entities, mentions and facts.

An :class:`Extractor` is built once from the reference data and the pattern tables, then
applied to each document; it holds no state between documents.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from ..corpus import Document
from ..namespaces import BKG, ELI, ID, XSD, bkg, entity_iri
from ..reference import ReferenceEntity, load_reference
from ..resources import reference_file
from ..text import CleanText, SentenceIndex, clean
from .gazetteer import Gazetteer
from .instruments import find_numbered
from .model import Entity, Extraction, Fact, Mention, Span

__all__ = ["Entity", "Extraction", "Extractor", "Fact", "Mention"]

PATTERNS_FILE = Path(__file__).with_name("patterns.toml")
COMMITTEE_OF_MINISTERS = NamedNode(ID + "institution/comite-van-ministers")
# Classes whose instances the gazetteer looks for by name.
_GAZETTEER_CLASSES = {
    BKG + c
    for c in (
        "Institution",
        "Country",
        "MemberState",
        "NeighbouringRegion",
        "ExternalOrganisation",
        "NationalBody",
        "BeneluxUnion",
        "WorkingGroup",
        "LegalInstrument",
        "Treaty",
        "Agreement",
        "Declaration",
    )
}


@dataclass(frozen=True)
class Patterns:
    instrument_types: dict[str, str]

    @classmethod
    def load(cls, path: Path = PATTERNS_FILE) -> Patterns:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        return cls(instrument_types=dict(data["instrument_types"]))


class _Collector:
    """Gathers one document's findings, mapping clean spans back to the stored text."""

    def __init__(self, doc: Document, cleaned: CleanText):
        self.doc = doc
        self.cleaned = cleaned
        self.sentences = SentenceIndex(cleaned.text)
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.facts: dict[tuple[str, str, str], Fact] = {}

    def span(self, begin: int, end: int) -> Span:
        return self.cleaned.to_original(begin, end)

    def sentence(self, position: int) -> Span:
        begin, end = self.sentences.around(position)
        return self.span(begin, end)

    def entity(self, entity: Entity) -> None:
        known = self.entities.get(entity.iri.value)
        if known is None:
            self.entities[entity.iri.value] = entity
        else:
            self.entities[entity.iri.value] = Entity(
                entity.iri,
                tuple(dict.fromkeys(known.types + entity.types)),
                tuple(dict.fromkeys(known.labels + entity.labels)),
            )

    def mention(self, begin: int, end: int, entity: NamedNode) -> None:
        b, e = self.span(begin, end)
        self.mentions.append(Mention(b, e, entity))

    def fact(self, fact: Fact) -> None:
        key = (fact.subject.value, fact.predicate.value, str(fact.object))
        self.facts.setdefault(key, fact)  # the first sentence that states it

    def result(self) -> Extraction:
        return Extraction(
            doc_id=self.doc.doc_id,
            entities=tuple(self.entities.values()),
            mentions=tuple(sorted(set(self.mentions), key=lambda m: (m.begin, m.end))),
            facts=tuple(self.facts.values()),
        )


class Extractor:
    def __init__(self, reference: dict[str, ReferenceEntity], patterns: Patterns):
        self.reference = reference
        self.patterns = patterns
        self.gazetteer = Gazetteer(_gazetteer_names(reference.values()))

    @classmethod
    def from_files(cls, reference: Path | None = None) -> Extractor:
        return cls(load_reference(reference or reference_file()), Patterns.load())

    def extract(self, doc: Document) -> Extraction:
        collector = _Collector(doc, clean(doc.text))
        self._known_entities(collector)
        self._numbered_instruments(collector)
        return collector.result()

    def _known_entities(self, c: _Collector) -> None:
        for match in self.gazetteer.find(c.cleaned.text):
            ref = self.reference[match.key]
            c.entity(Entity(ref.iri, ref.types))
            c.mention(match.begin, match.end, ref.iri)

    def _numbered_instruments(self, c: _Collector) -> None:
        found = list(find_numbered(c.cleaned.text, c.sentences, self.patterns.instrument_types))
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        for item in found:
            if item.kind:
                kinds[item.id_local][item.kind] += 1
        for item in found:
            iri = entity_iri("instrument", item.id_local)
            votes = kinds.get(item.id_local)
            kind = votes.most_common(1)[0][0] if votes else "LegalInstrument"
            c.entity(Entity(iri, (bkg(kind),), (Literal(item.id_local, language="nl"),)))
            c.mention(item.begin, item.end, iri)
            evidence = c.sentence(item.begin)
            c.fact(Fact(iri, NamedNode(ELI + "id_local"), Literal(item.id_local), evidence))
            c.fact(Fact(iri, NamedNode(ELI + "passed_by"), COMMITTEE_OF_MINISTERS, evidence))
            year = Literal(item.year, datatype=NamedNode(XSD + "gYear"))
            c.fact(Fact(iri, NamedNode(ELI + "date_document"), year, evidence))


def _gazetteer_names(entities: Iterable[ReferenceEntity]) -> list[tuple[str, str]]:
    return [
        (name, ref.iri.value)
        for ref in entities
        if any(t.value in _GAZETTEER_CLASSES for t in ref.types)
        for name in ref.names
    ]
