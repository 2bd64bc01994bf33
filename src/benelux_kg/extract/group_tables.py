"""Text tables of groups: labelled lines under a group's name.

Annual plans and evaluations summarise their groups in text tables, one group a block:

    Benelux-werkgroep Patiëntenmobiliteit
       Valt onder:  Directiecomité Volksgezondheid
       Deelnemers:  BE, NL, LU, NRW (waarnemer)

A line labelled as the group's members or chair gives ``bkg:participant`` (the names on it,
and country codes, which are no mentions of their own); a line labelled as its parent gives
``org:subOrganizationOf``. The group is the one named last before the line, on a line of
its own or in the paragraph above it; the labels are the ``group_table_labels`` table.

Evaluations also give a group's members in a table with columns, one row a line, the
columns set apart by runs of spaces (one space in the clean text)::

    Samenstelling van de Benelux-werkgroep Verkeersveiligheid
    Organisatie                          Land   Rol
    Vias institute                       BE     lid

The head of such a table is a line of column words (the ``group_table_columns`` table); the
group of a row is named in its group column ("Groep", "Werkgroep") or else in the caption
above the head, and the bodies in its members columns ("Lid", "Deelnemers", "Voorzitter")
take part in it (see :class:`ColumnTableReader`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..namespaces import ID
from .candidates import Candidate
from .patterns import Patterns
from .relations import PARENTS, PARTICIPANT, PARTNERS, PLACES, SUB_ORGANIZATION, Relation

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
class ColumnLabels:
    """The words that head the columns of a table of groups, by what the column holds."""

    groups: frozenset[str]
    members: frozenset[str]
    places: frozenset[str]
    other: frozenset[str]

    @classmethod
    def from_patterns(cls, patterns: Patterns) -> ColumnLabels:
        def words(key: str) -> frozenset[str]:
            return frozenset(patterns.words("group_table_columns", key))

        return cls(words("groups"), words("members"), words("places"), words("other"))

    def kind(self, word: str) -> str | None:
        word = word.lower()
        for kind, words in (
            (_GROUP, self.groups),
            (_MEMBERS, self.members),
            (_PLACE, self.places),
            (_OTHER, self.other),
        ):
            if word in words:
                return kind
        return None


@dataclass(frozen=True)
class TableLabels:
    participants: frozenset[str]
    parents: frozenset[str]
    codes: Mapping[str, str]  # "BE" -> the country's slug
    columns: ColumnLabels | None = None  # read from patterns.toml when not given


class GroupTableReader:
    def __init__(self, labels: TableLabels):
        self.labels = labels
        columns = labels.columns or ColumnLabels.from_patterns(Patterns.load())
        self.columns = ColumnTableReader(columns, labels.codes)

    def find(self, text: str, mentions: Sequence[Candidate]) -> Iterator[Relation]:
        yield from self.columns.find(text, mentions)
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


_GROUP, _MEMBERS, _PLACE, _OTHER = "group", "members", "place", "other"
_ROWS = 40  # the most rows a table of groups is read for
_CAPTION = 300  # characters back from a table's head to the start of its caption
# A line of dashes under a table's head ("--------  --------").
_RULE_LINE = re.compile(r"[ \t]*[-=_][-=_ \t]{7,}")
# The end of the sentence before a caption: the caption starts after it.
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)]*\s")
# A line of prose, or a row the clean text ran on into the prose after the table: it ends
# the table.
_PROSE = re.compile(r"[.!?](?:\s+[A-ZÀ-Ý]|\s*$)")
# The parent of the groups of a table in its caption: "Onder het Pentalateraal
# Energieforum zijn twee groepen actief", "Binnen de werkgroep werken twee subgroepen".
_UNDER = re.compile(r"(?<!\w)(?:[Oo]nder|[Bb]innen)\s+(?:de\s+|het\s+)?$")
_CELL_CLASSES = PARTNERS | {"Institution", "WorkingGroup", "Person"}
_MEMBER_CLASSES = PARTNERS | {"Institution"}


class ColumnTableReader:
    """Tables of groups with columns: the members of a row take part in its group."""

    def __init__(self, labels: ColumnLabels, codes: Mapping[str, str]):
        self.labels = labels
        self.codes = codes

    def find(self, text: str, mentions: Sequence[Candidate]) -> Iterator[Relation]:
        for begin, end, kinds in self._heads(text):
            yield from self._table(text, mentions, begin, end, kinds)

    def _heads(self, text: str) -> Iterator[tuple[int, int, list[str]]]:
        """The heads of tables: the column words that end a line (a caption may stand
        before them on it, where the clean text joined the two), a members column among
        them. A head of two words is a line of its own ("Groep Deelnemers"), not a heading
        naming a group ("Werkgroep Diensten")."""
        start = 0
        while (end := text.find("\n", start)) != -1:
            last = text[max(start, text.rfind(" ", start, end) + 1) : end]
            if self.labels.kind(last) is None:  # the cheap test first: most lines end in prose
                start = end + 1
                continue
            words = text[start:end].split()
            kinds: list[str] = []
            for word in reversed(words):
                kind = self.labels.kind(word)
                if kind is None or not word[0].isupper():
                    break
                kinds.insert(0, kind)
            whole = len(kinds) == len(words)
            if _MEMBERS in kinds and kinds.count(_GROUP) <= 1 and (len(kinds) > 2 or whole):
                line = text[start:end].rstrip()
                begin = start + len(line) - len(" ".join(words[-len(kinds) :]))
                yield begin, end, kinds
            start = end + 1

    def _table(
        self,
        text: str,
        mentions: Sequence[Candidate],
        head: int,
        head_end: int,
        kinds: list[str],
    ) -> Iterator[Relation]:
        caption = _caption(text, head)
        outside = [m for m in mentions if m.end <= head or m.begin >= head_end]
        named = sorted(
            (m for m in outside if caption[0] <= m.begin and m.end <= caption[1]),
            key=lambda m: m.begin,
        )
        parent = None
        group = None
        if _GROUP in kinds:
            parent = next(
                (m for m in named if m.cls in PARENTS and _UNDER.search(text, caption[0], m.begin)),
                None,
            )
        else:
            group = self._captioned(text, outside, named, caption)
            if group is None:
                return
        found: list[Relation] = []
        groups: list[Candidate] = []
        for begin, end in _rows(text, head_end + 1):
            in_row = [m for m in outside if begin <= m.begin and m.end <= end]
            row = self._row(text, in_row, (begin, end), kinds, group)
            if row:
                found.extend(row[1])
                groups.append(row[0])
        if len(groups) < 2:
            return  # one line under a row of column words is no table
        yield from found
        if parent is not None:
            for g in {g.iri: g for g in groups}.values():
                if g.iri != parent.iri:
                    yield Relation(g.iri, SUB_ORGANIZATION, parent.iri, caption)

    def _captioned(
        self,
        text: str,
        mentions: Sequence[Candidate],
        named: Sequence[Candidate],
        caption: tuple[int, int],
    ) -> Candidate | None:
        """The group a table without a group column describes: the one its caption names
        ("Samenstelling van de Benelux-werkgroep X"), or the one the caption refers back to
        by its kind ("Samenstelling van de werkgroep"), named last before of that kind."""
        groups = [
            m
            for m in named
            if m.cls == "WorkingGroup" and not _UNDER.search(text, caption[0], m.begin)
        ]
        if groups:
            return groups[-1]
        words = {w.lower() for w in re.findall(r"\w+", text[caption[0] : caption[1]])}
        nouns = words & self.labels.groups
        if not nouns:
            return None
        earlier = [
            m
            for m in mentions
            if m.cls == "WorkingGroup"
            and m.end <= caption[0]
            and caption[0] - m.end <= _REACH
            and any(n in text[m.begin : m.end].lower() for n in nouns)
        ]
        return max(earlier, key=lambda m: m.begin, default=None)

    def _row(
        self,
        text: str,
        in_row: Sequence[Candidate],
        span: tuple[int, int],
        kinds: Sequence[str],
        group: Candidate | None,
    ) -> tuple[Candidate, list[Relation]] | None:
        """The group of a row and its relations: each column takes the next mentions of
        the row, a members column the first and those coordinated with it ("België,
        Nederland, Luxemburg"); a place column a country, a text column none."""
        cells = _outermost([m for m in in_row if m.cls in _CELL_CLASSES])
        members: list[Candidate] = []
        i = 0
        for kind in kinds:
            following = cells[i] if i < len(cells) else None
            if kind == _GROUP:
                if following is None or following.cls != "WorkingGroup":
                    return None
                if text[span[0] : following.begin].strip():
                    return None  # the group column is the first
                group = following
                i += 1
            elif kind == _PLACE and following is not None and following.cls in PLACES:
                i += 1
            elif kind == _MEMBERS and following is not None and following.cls != "WorkingGroup":
                cell = coordinated(text, cells[i:])
                members.extend(m for m in cell if m.cls in _MEMBER_CLASSES)
                i += len(cell)
        if group is None:
            return None
        relations = [
            Relation(group.iri, PARTICIPANT, m.iri, span) for m in members if m.iri != group.iri
        ]
        if _PLACE not in kinds:
            relations.extend(self._codes(text, cells, span, group))
        return (group, relations) if relations else None

    def _codes(
        self, text: str, cells: Sequence[Candidate], span: tuple[int, int], group: Candidate
    ) -> Iterator[Relation]:
        """Country codes in a table without a place column stand for members ("BE, NL")."""
        for code in _CODE.finditer(text, max(span[0], group.end), span[1]):
            country = self.codes.get(code.group())
            inside = any(m.begin <= code.start() < m.end for m in cells)
            if country is not None and not inside:
                yield Relation(group.iri, PARTICIPANT, f"{ID}country/{country}", span)


def _caption(text: str, head: int) -> tuple[int, int]:
    """The caption of a table: the text before its head on the same line, or else the line
    above, from the end of the sentence before it."""
    line = text.rfind("\n", 0, head) + 1
    if not text[line:head].strip() and line > 0:
        line = text.rfind("\n", 0, line - 1) + 1
        end = text.rfind("\n", 0, head)
    else:
        end = head
    begin = max(line, end - _CAPTION)
    ends = list(_SENTENCE_END.finditer(text, begin, max(begin, end - 2)))
    if ends:
        begin = ends[-1].end()
    return begin, end


def _rows(text: str, position: int) -> Iterator[tuple[int, int]]:
    """The rows under a table's head, one a line: a rule line and a line going on in lower
    case (a cell wrapped onto it) are no rows; an empty line or a line of prose ends them."""
    for _ in range(_ROWS):
        if position >= len(text):
            return
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = text[position:end]
        if not line.strip():
            return
        if not _RULE_LINE.fullmatch(line) and not line.lstrip()[:1].islower():
            prose = _PROSE.search(line)
            yield position, end
            if prose is not None:
                return  # the table ends where prose starts
        position = end + 1


def _outermost(cells: Sequence[Candidate]) -> list[Candidate]:
    """The mentions not inside a longer one, in the order of the text."""
    return sorted(
        (
            m
            for m in cells
            if not any(
                o.begin <= m.begin and m.end <= o.end and o.end - o.begin > m.end - m.begin
                for o in cells
            )
        ),
        key=lambda m: m.begin,
    )
