"""Projects of an annual plan, with their status and theme.

An annual plan lists its projects under status headings ("NIEUWE PROJECTEN", "LOPEND
PROJECT", "PROJECTEN IN ONTWIKKELING": the ``project_statuses`` table). Under such a
heading, a project is a short paragraph of its own (its title: no final full stop, not in
capitals) followed by its description. The theme is the last chapter heading before it that
names a theme of the reference data ("1.1. MOBILITEIT, DE RUGGENGRAAT ...").

Works on the stored text, where blank lines still separate paragraphs; offsets are into it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..namespaces import BKG, ID, slug
from ..reference import ReferenceEntity
from .gazetteer import Gazetteer
from .names import squash

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*\S|\S")
_HYPHENATION = re.compile(r"(?<=\w)-[ \t]*\n[ \t]*(?=[a-z])")
_NUMBERING = re.compile(r"^\s*(?:\d+\.)+\s*")
_MAX_TITLE = 110


@dataclass(frozen=True)
class Project:
    begin: int  # offsets into the stored text
    end: int
    iri: str
    label: str
    status: str  # the local name of a status concept: nieuw, lopend, in-ontwikkeling
    theme: str  # a theme IRI, or ""


class ProjectFinder:
    def __init__(self, statuses: dict[str, str]):
        self.statuses = {k.upper(): v for k, v in statuses.items()}

    def find(
        self, original: str, gazetteer: Gazetteer, reference: dict[str, ReferenceEntity]
    ) -> Iterator[Project]:
        themes = _themes(reference)
        status = ""
        theme = ""
        paragraphs = list(_PARAGRAPH.finditer(original))
        for i, match in enumerate(paragraphs):
            paragraph = match.group()
            if "\n" in paragraph and "-" in paragraph:  # no hyphenated line break otherwise
                paragraph = _HYPHENATION.sub("", paragraph)
            flat = squash(paragraph)
            heading = self.statuses.get(flat.upper()) if flat.isupper() else None
            if heading:
                status = heading
                continue
            numbered = len(flat) < 160 and (flat.isupper() or flat[:1].isdigit())
            key = _fold(_NUMBERING.sub("", flat)) if numbered else ""
            if key in themes:
                theme = themes[key]
                status = ""
                continue
            if flat.isupper():
                status = ""  # another heading ends the list of projects
                continue
            if status and _is_title(flat) and i + 1 < len(paragraphs):
                following = squash(paragraphs[i + 1].group())
                if len(following) > len(flat) and not following.isupper():
                    label = flat[:1].upper() + flat[1:]
                    yield Project(
                        match.start(),
                        match.end(),
                        f"{ID}project/{slug(label)}",
                        label,
                        status,
                        theme,
                    )


def _is_title(flat: str) -> bool:
    return (
        5 < len(flat) <= _MAX_TITLE
        and flat[:1].isupper()
        and not flat.endswith((".", ":", ";", ","))
        and not flat.startswith(("•", "-"))
        and not flat.isupper()
    )


def _fold(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", bare.lower()).strip()


def _themes(reference: dict[str, ReferenceEntity]) -> dict[str, str]:
    return {
        _fold(name): ref.iri.value
        for ref in reference.values()
        if any(t.value == BKG + "Theme" for t in ref.types)
        for name in ref.names
    }
