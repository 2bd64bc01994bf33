"""The plain values extraction produces: entities, mentions, facts."""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode

Span = tuple[int, int]

# The subclasses of bkg:LegalInstrument, by local name; a type the text does not state
# stays the bare bkg:LegalInstrument.
INSTRUMENT_TYPES = frozenset(
    {"Decision", "Recommendation", "Directive", "Agreement", "Treaty", "Declaration"}
)
INSTRUMENT_CLASSES = INSTRUMENT_TYPES | {"LegalInstrument"}


@dataclass(frozen=True)
class Entity:
    """A thing the document speaks of. ``labels`` are empty for reference entities.

    ``labels`` holds the one canonical Dutch label (rdfs:label), the same in every
    document; ``alt_labels`` the other spellings this document uses (skos:altLabel).
    """

    iri: NamedNode
    types: tuple[NamedNode, ...]
    labels: tuple[Literal, ...] = ()
    alt_labels: tuple[Literal, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A span of the stored text (code points, end exclusive) that refers to an entity."""

    begin: int
    end: int
    entity: NamedNode


@dataclass(frozen=True)
class Fact:
    """A statement the document makes, with the span of the sentence that makes it."""

    subject: NamedNode
    predicate: NamedNode
    object: NamedNode | Literal
    evidence: Span | None = None


@dataclass(frozen=True)
class Extraction:
    doc_id: str
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
