"""The curated reference data: known entities, their types and every name they go by."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from .errors import InputError
from .namespaces import RDF, RDFS, SKOS

_NAME_PREDICATES = {RDFS + "label", SKOS + "altLabel", SKOS + "prefLabel", SKOS + "hiddenLabel"}


@dataclass(frozen=True)
class ReferenceEntity:
    iri: NamedNode
    types: tuple[NamedNode, ...]
    names: tuple[str, ...]


def parse_turtle(path: Path) -> list[tuple[NamedNode, NamedNode, object]]:
    """The triples of a Turtle file, or an :class:`InputError` naming file and line."""
    try:
        with path.open("rb") as handle:
            return [(t.subject, t.predicate, t.object) for t in parse(handle, RdfFormat.TURTLE)]
    except SyntaxError as error:
        raise InputError(
            str(error), source=str(path), line=getattr(error, "lineno", None)
        ) from None
    except OSError as error:
        raise InputError(error.strerror or str(error), source=str(path)) from None


def load_reference(path: Path) -> dict[str, ReferenceEntity]:
    """Every entity of the reference file that has a type and at least one name."""
    types: dict[str, list[NamedNode]] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)
    for subject, predicate, obj in parse_turtle(path):
        if not isinstance(subject, NamedNode):
            continue
        if predicate.value == RDF + "type" and isinstance(obj, NamedNode):
            types[subject.value].append(obj)
        elif predicate.value in _NAME_PREDICATES and isinstance(obj, Literal):
            names[subject.value].append(obj.value)
    return {
        iri: ReferenceEntity(NamedNode(iri), tuple(types[iri]), tuple(dict.fromkeys(names[iri])))
        for iri in types
        if names.get(iri)
    }
