"""Text tables of groups: labelled lines under a group's name.

Annual plans and evaluations summarise their groups in text tables, one group a block:

    Benelux-werkgroep Patiëntenmobiliteit
       Valt onder:  Directiecomité Volksgezondheid
       Deelnemers:  BE, NL, LU, NRW (waarnemer)

A line labelled as the group's members or chair gives ``bkg:participant`` (the names on it,
and country codes, which are no mentions of their own); a line labelled as its parent gives
``org:subOrganizationOf``. The group is the one named last before the line, on a line of
its own or in the paragraph above it; the labels are the ``group_table_labels`` table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..namespaces import ID
from .candidates import Candidate
from .relations import PARENTS, PARTICIPANT, PARTNERS, SUB_ORGANIZATION, Relation

_REACH = 800  # characters back from a labelled line to the group it describes
_HEADING = 70  # the longest line that heads a block of a table
# A labelled line; a paragraph above it may run into it where the layout was lost.
_LABELLED = re.compile(
    r"(?m)(?:^|(?<=[.!?] ))[ \t]*([A-Z][a-zé]+(?:[ \t]+[a-z]+){0,2})[ \t]*:[ \t]*(\S[^\n]*)?$"
)
# An adjective before a label ("Vaste leden zijn:", "Overige deelnemers:"): the label after it.
_QUALIFIER = re.compile(r"[a-z]+e\s+")
# An item of the list that follows a label ending its line ("Leden zijn:"), up to the end of
# its clause; a full stop inside a word ("de FOD Economie, K.M.O., Middenstand") ends none.
_ITEM = re.compile(r"[ \t]*\n?[ \t]*(?:[•·▪*–-]|\d{1,2}[.)])[ \t]+((?:[^\n;.]|\.(?=\S))*)")
# The next item on the same line, where the layout was lost ("...; • het Ministère").
_NEXT_ON_LINE = re.compile(r"[;.,]?[ \t]*(?=[•·▪])")
_CODE = re.compile(r"(?<![\w-])[A-Z]{2}(?![\w-])")
# A group named as the parent of the one described: "valt onder het Directiecomité Energie",
# "is ondergebracht bij het Directiecomité Interne Markt".
_UNDER_BEFORE = re.compile(r"(?<!\w)(?:onder|ondergebracht\s+bij)\s+(?:de\s+|het\s+)?$")
# The glue between the bodies of one item: "de FOD Justitie en de Federale Politie", "X (CJIB),
# Y en het Luxemburgse Z".
_ITEM_GLUE = re.compile(
    r"(?:\s*\([^()]{1,60}\))?\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:de\s+|het\s+)?"
    r"(?:[A-Z][a-z]+(?:se|sche)\s+)?"
)


@dataclass(frozen=True)
class TableLabels:
    participants: frozenset[str]
    parents: frozenset[str]
    codes: Mapping[str, str]  # "BE" -> the country's slug


class GroupTableReader:
    def __init__(self, labels: TableLabels):
        self.labels = labels

    def find(self, text: str, mentions: Sequence[Candidate]) -> Iterator[Relation]:
        lines = list(_LABELLED.finditer(text))
        if not lines:
            return
        labelled = [(line.start(), line.end()) for line in lines]
        groups = sorted(
            (m for m in mentions if m.cls == "WorkingGroup"), key=lambda m: (m.begin, m.end)
        )
        for line in lines:
            label = self._label(line.group(1))
            if label not in self.labels.participants and label not in self.labels.parents:
                continue
            group = _described(text, groups, labelled, line.start())
            if group is None:
                continue
            if line.group(2) is None or _ITEM.match(line.group(2)):
                yield from self._items(text, mentions, group, line, label)
                continue
            begin, end = line.start(2), line.end(2)
            evidence = (line.start(1), end)
            on_line = [m for m in mentions if begin <= m.begin and m.end <= end and m != group]
            if label in self.labels.parents:
                parent = next((m for m in on_line if m.cls in PARENTS), None)
                if parent is not None and parent.iri != group.iri:
                    yield Relation(group.iri, SUB_ORGANIZATION, parent.iri, evidence)
                continue
            for m in on_line:
                # "Waarnemer: Spoorwegbureau van de Europese Unie": the Union inside the
                # observer's name owns it and takes no part of its own.
                nested = any(
                    o.begin <= m.begin and m.end <= o.end and o.end - o.begin > m.end - m.begin
                    for o in on_line
                )
                if (m.cls in PARTNERS or m.cls == "Institution") and not nested:
                    yield Relation(group.iri, PARTICIPANT, m.iri, evidence)
            for code in _CODE.finditer(text, begin, end):
                country = self.labels.codes.get(code.group())
                inside = any(m.begin <= code.start() < m.end for m in on_line)
                if country is not None and not inside:
                    yield Relation(group.iri, PARTICIPANT, f"{ID}country/{country}", evidence)

    def _label(self, words: str) -> str:
        """The label of a line, past an adjective before it ("Vaste leden zijn" is "leden
        zijn")."""
        label = " ".join(words.lower().split())
        qualifier = _QUALIFIER.match(label)
        if qualifier is not None and label not in self.labels.participants:
            bare = label[qualifier.end() :]
            if bare in self.labels.participants:
                return bare
        return label

    def _items(
        self,
        text: str,
        mentions: Sequence[Candidate],
        group: Candidate,
        line: re.Match[str],
        label: str,
    ) -> Iterator[Relation]:
        """ "Leden zijn:" and one member an item: the first body or place each item names, and
        those coordinated with it ("de FOD Justitie en de Federale Politie")."""
        if label not in self.labels.participants:
            return
        position = text.index(":", line.end(1)) + 1
        while (item := _ITEM.match(text, position)) is not None:
            named = [
                m
                for m in mentions
                if item.start(1) <= m.begin
                and m.end <= item.end(1)
                and (m.cls in PARTNERS or m.cls == "Institution")
            ]
            for m in coordinated(text, named):
                yield Relation(group.iri, PARTICIPANT, m.iri, (line.start(1), item.end(1)))
            next_line = text.find("\n", item.end())
            position = next_line if next_line != -1 else len(text)
            if (same_line := _NEXT_ON_LINE.match(text, item.end(), position)) is not None:
                position = same_line.end()


def coordinated(text: str, named: Sequence[Candidate]) -> list[Candidate]:
    """The first of ``named`` (the mentions of one list item) and those coordinated with it
    ("de FOD Justitie en de Federale Politie"); not one of a clause after it ("de DUO, waar
    het Coördinatiepunt is ondergebracht")."""
    ordered = sorted(named, key=lambda m: m.begin)
    found = ordered[:1]
    for m in ordered[1:]:
        if m.iri == found[-1].iri:
            continue  # its abbreviation: "het Centraal Justitieel Incassobureau (CJIB)"
        glue = _ITEM_GLUE.match(text, found[-1].end, m.begin)
        if glue is None or glue.end() != m.begin:
            break
        found.append(m)
    return found


def _described(
    text: str, groups: Sequence[Candidate], labelled: Sequence[tuple[int, int]], position: int
) -> Candidate | None:
    """The group named last before ``position``, not on a labelled line itself. Where the
    block of labelled lines has a heading (a short line without final punctuation), the
    group is named on it: a heading naming no group ends what the lines above described."""
    heading = _heading_above(text, labelled, position)
    if heading is not None:
        on_heading = [g for g in groups if heading[0] <= g.begin < heading[1]]
        return on_heading[-1] if on_heading else None
    for g in reversed(groups):
        if g.end > position:
            continue
        if position - g.end > _REACH:
            return None
        if any(b <= g.begin < e for b, e in labelled):
            continue  # "Valt onder: Directiecomité X" names the parent, not the group
        if _UNDER_BEFORE.search(text, max(0, g.begin - 30), g.begin):
            continue  # the same in prose: "De werkgroep valt onder het Directiecomité X."
        return g
    return None


def _heading_above(
    text: str, labelled: Sequence[tuple[int, int]], position: int
) -> tuple[int, int] | None:
    """The line right above the block of labelled lines that ``position`` is in, if it is
    a heading."""
    end = position
    while True:
        start = text.rfind("\n", 0, max(0, end - 1)) + 1
        if start >= end:
            return None
        line = text[start:end].strip()
        if not line or any(b <= start < e for b, e in labelled):
            if start == 0:
                return None
            end = start
            continue
        if len(line) <= _HEADING and not line.endswith((".", ";", ":", ",", "!", "?")):
            return (start, end)
        return None
