"""Shared helpers for the extraction tests: one extractor, built once, and what it reads from
a made-up text, with the IRIs of the knowledge graph cut to their part after ``ID``
("working-group/benelux-werkgroep-drones").

Imported by the test modules as ``from extract_helpers import ...``, like ``sparql_store``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from benelux_kg.corpus import Document
from benelux_kg.extract import Extraction, Extractor
from benelux_kg.extract.patterns import Patterns
from benelux_kg.namespaces import BKG, ELI, ID, ORG

EXTRACTOR = Extractor.from_files()

# Predicates the tests look for.
PARTICIPANT = BKG + "participant"
COOPERATES = BKG + "cooperatesWith"
SUB = ORG + "subOrganizationOf"
DATE = ELI + "date_document"
AMENDS = ELI + "amends"
PASSED = ELI + "passed_by"


def extract(text: str, doc_id: str = "test", *, day: str = "") -> Extraction:
    """What the extractor reads from ``text``; ``day`` is the document's date, if it has one."""
    metadata = {"date": day} if day else {}
    return EXTRACTOR.extract(Document(doc_id, text, Path("test.txt"), "0" * 64, metadata))


# The reference data without its bodies: the finders must read every body from its name alone,
# as ``tests/heldout/leave_out.py`` scores them.
BODY_CLASSES = ("NationalBody", "ExternalOrganisation")
BLIND_TO_BODIES = Extractor(
    {
        iri: entity
        for iri, entity in EXTRACTOR.reference.items()
        if not any(t.value.rsplit("#", 1)[-1] in BODY_CLASSES for t in entity.types)
    },
    Patterns.load(),
)


def extract_blind(text: str) -> Extraction:
    """What the extractor blind to the reference data's bodies reads from ``text``."""
    return BLIND_TO_BODIES.extract(Document("test", text, Path("test.txt"), "0" * 64, {}))


def blind_body_spans(text: str) -> list[tuple[int, int, str]]:
    """(begin, end, class) of each body mention, read blind to the reference data's bodies."""
    x = extract_blind(text)
    classes = {}
    for e in x.entities:
        local = {t.value.rsplit("#", 1)[-1] for t in e.types}
        cls = next((c for c in BODY_CLASSES if c in local), None)
        if cls is not None:
            classes[e.iri.value] = cls
    return [
        (m.begin, m.end, classes[m.entity.value]) for m in x.mentions if m.entity.value in classes
    ]


def blind_bodies(text: str) -> dict[str, str]:
    """Surface at each body mention's offsets -> the class of its entity, read blind to the
    reference data's bodies."""
    return {text[begin:end]: cls for begin, end, cls in blind_body_spans(text)}


def short(iri: str) -> str:
    """An IRI of the graph without its ``ID`` prefix; any other IRI or literal as it is."""
    return iri.removeprefix(ID)


# -- facts -----------------------------------------------------------------------------------


def triples(text: str, *, day: str = "") -> set[tuple[str, str, str]]:
    """Every fact as (subject, full predicate IRI, object)."""
    return {
        (short(f.subject.value), f.predicate.value, short(f.object.value))
        for f in extract(text, day=day).facts
    }


def facts(text: str, predicate: str, *, day: str = "") -> set[tuple[str, str]]:
    """The (subject, object) pairs of the facts with ``predicate`` (a full IRI)."""
    return {
        (short(f.subject.value), short(f.object.value))
        for f in extract(text, day=day).facts
        if f.predicate.value == predicate
    }


def participants(text: str) -> set[tuple[str, str]]:
    """(group or meeting, participant) pairs."""
    return facts(text, PARTICIPANT)


def partners(text: str) -> set[tuple[str, str]]:
    """(body, body it cooperates with) pairs."""
    return facts(text, COOPERATES)


def parents(text: str) -> set[tuple[str, str]]:
    """(body, parent body) pairs."""
    return facts(text, SUB)


# The kinds of fact an audit of groups names: its facts are (kind, subject, object).
GROUP_FACT_KINDS = {PARTICIPANT: "participant", SUB: "sub", COOPERATES: "coop"}


def group_facts(text: str) -> set[tuple[str, str, str]]:
    """Participants, parents and partners as (kind, subject, object), kind one of
    ``GROUP_FACT_KINDS``' values, read from one extraction."""
    return {
        (GROUP_FACT_KINDS[f.predicate.value], short(f.subject.value), short(f.object.value))
        for f in extract(text).facts
        if f.predicate.value in GROUP_FACT_KINDS
    }


def assert_group_facts(
    name: str,
    text: str,
    expected: frozenset[tuple[str, str, str]],
    forbidden: frozenset[tuple[str, str, str]],
) -> None:
    """An audit case of groups: every ``expected`` fact read from ``text``, no ``forbidden``
    one (both as ``group_facts`` gives them)."""
    read = group_facts(text)
    assert expected <= read, (name, sorted(expected - read))
    assert not forbidden & read, (name, sorted(forbidden & read))


def dates(text: str, *, day: str = "") -> set[tuple[str, str]]:
    """(instrument, date of the document) pairs; the date as its literal's text."""
    return facts(text, DATE, day=day)


def titles(text: str) -> set[str]:
    """The texts of every title fact."""
    return {f.object.value for f in extract(text).facts if f.predicate.value.endswith("title")}


# -- entities --------------------------------------------------------------------------------


def iris(text: str) -> set[str]:
    """The entities read from ``text``."""
    return {short(e.iri.value) for e in extract(text).entities}


def of_class(text: str, cls: str) -> set[str]:
    """The entities of class ``cls`` (a local name in ``BKG``: "Person", "Meeting")."""
    return {
        short(e.iri.value)
        for e in extract(text).entities
        if any(t.value == BKG + cls for t in e.types)
    }


def classes(text: str) -> dict[str, str]:
    """Entity -> the local name of its class ("NationalBody").

    An entity has exactly one class; one with more fails here rather than pass unseen.
    """
    found: dict[str, str] = {}
    for e in extract(text).entities:
        (cls,) = e.types
        found[short(e.iri.value)] = cls.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return found


def labels(text: str) -> dict[str, set[str]]:
    """Entity -> the texts of its labels."""
    return {short(e.iri.value): {label.value for label in e.labels} for e in extract(text).entities}


def audited(
    cases: Iterable[tuple[object, ...]], wrong: Callable[[tuple[object, ...]], str | None]
) -> list[object]:
    """The cases of an audit as test parameters; those still read wrong (``wrong`` gives why,
    or None for a case read right) marked as strict expected failures, so that a fix of one
    fails the suite until it leaves the list."""
    params: list[object] = []
    for case in cases:
        reason = wrong(case)
        marks = () if reason is None else pytest.mark.xfail(strict=True, reason=reason)
        params.append(pytest.param(*case, marks=marks))
    return params
