"""What the finders report before the extractor turns it into entities and mentions.

Every finder returns :class:`Candidate` spans of the *clean* text. Two layers exist so that
names may nest: a country inside the name of an agreement ("Uitvoeringsovereenkomst tussen
België en Nederland ...") is a mention of its own. Within a layer the longest span wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# Layer of the places and organisations the reference data names; everything a finder
# mints from the shape of a name (instruments, acts, groups, people, events) is layer 1.
PLACES = 0
NAMES = 1
NUMBERS = 2  # an instrument's number is a mention even inside another name
# Marks a name that stands only if the document also gives it in full ("de Benelux-Top",
# "het Gemeenschappelijk Werkprogramma": of which year?).
ANCHORED = "needs-full-name"


@dataclass(frozen=True)
class Candidate:
    begin: int
    end: int
    iri: str  # full entity IRI
    cls: str  # local name of its most specific class
    label: str = ""  # canonical Dutch label; empty for reference entities
    layer: int = NAMES
    title: str = ""  # full title where the text gives one (dcterms:title)
    date: str = ""  # ISO date or year stated with the name
    priority: int = 0  # breaks ties between spans of equal length: higher wins
    attributes: tuple[tuple[str, str], ...] = field(default=())


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates per layer: longest first, then priority, then leftmost."""
    chosen: list[Candidate] = []
    taken: dict[int, set[int]] = {}
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.begin), -c.priority, c.begin))
    for cand in ordered:
        covered = taken.setdefault(cand.layer, set())
        span = range(cand.begin, cand.end)
        if any(i in covered for i in span):
            continue
        covered.update(span)
        chosen.append(cand)
    # "Verordening (EU) 2022/869": the "EU" of an act's number names no organisation.
    # A named act keeps its bodies: "het Verdrag betreffende de Werking van de EU".
    acts = [(c.begin, c.end) for c in chosen if c.cls == "ExternalAct" and c.priority == 3]
    chosen = [
        c
        for c in chosen
        if c.cls != "ExternalOrganisation"
        or not any(b <= c.begin and c.end <= e and (b, e) != (c.begin, c.end) for b, e in acts)
    ]
    return sorted(chosen, key=lambda c: (c.begin, c.end))
