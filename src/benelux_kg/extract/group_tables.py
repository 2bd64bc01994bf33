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
# A labelled line; a paragraph above it may run into it where the layout was lost, and so may
# the next labelled line ("Deelnemers: X, Y. Secretariaat: Z"), which ends it.
# So may an index entry's title line ("... Benelux-werkgroep Waterstof ........ 17
# Deelnemers: België, ..."): the label stands after the page number of its dotted leader.
_NEXT_LABEL = r"[.;][ \t]+[A-Z][a-zé]+(?:[ \t]+[a-z]+){0,2}[ \t]*:"
_AFTER_PAGE = "|".join(rf"(?<=\.\.[ \t]\d{{{n}}}[ \t])" for n in (1, 2, 3))
_LABELLED = re.compile(
    rf"(?m)(?:^|(?<=[.!?] )|{_AFTER_PAGE})[ \t]*([A-Z][a-zé]+(?:[ \t]+[a-z]+){{0,2}})[ \t]*:[ \t]*"
    rf"(\S(?:(?!{_NEXT_LABEL})[^\n])*)?(?={_NEXT_LABEL}|$)"
)
# An adjective before a label ("Vaste leden zijn:", "Overige deelnemers:"): the label after it.
_QUALIFIER = re.compile(r"[a-z]+e\s+")
# A line that is an item of a list: "- de VNG;", "• RIZIV", "2. Forem".
_ITEM_LINE = re.compile(r"(?:[•·▪*–-]|\d{1,2}[.)])[ \t]")
# An item of the list that follows a label ending its line ("Leden zijn:"), up to the end of
# its clause; a full stop inside a word ("de FOD Economie, K.M.O., Middenstand") ends none.
# (A blank line may stand between a label and its list: "Leden zijn:\n\n- de VNG;".)
_ITEM = re.compile(r"[ \t]*(?:\n[ \t]*){0,2}(?:[•·▪*–-]|\d{1,2}[.)])[ \t]+((?:[^\n;.]|\.(?=\S))*)")
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
    parents: frozenset[str] = frozenset()
    # What a row's role cell says of a body that does not take part ("geen lid").
    refusals: tuple[str, ...] = ()
    # The cells of a table whose column heads are its participants: taking part ("lid",
    # "waarnemer") or not ("–", "uitgenodigd").
    part_cells: frozenset[str] = frozenset()
    no_part_cells: frozenset[str] = frozenset()

    @classmethod
    def from_patterns(cls, patterns: Patterns) -> ColumnLabels:
        def words(key: str) -> frozenset[str]:
            return frozenset(patterns.words("group_table_columns", key))

        return cls(
            words("groups"),
            words("members"),
            words("places"),
            words("other"),
            words("parents"),
            tuple(patterns.words("group_table_columns", "refusals")),
            words("part_cells"),
            words("no_part_cells"),
        )

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
        first = word.split("/", 1)[0]
        if first != word and first:  # "Land/regio", "Lid/waarnemer": as its first word
            return self.kind(first)
        return None

    def cell_kind(self, cell: str) -> str | None:
        """The kind of a column a pipe table's head cell names: its words ("valt onder") or
        its first word ("Deelnemers naast de Benelux-landen")."""
        words = cell.lower().split()
        if not words:
            return None
        if " ".join(words) in self.parents:
            return _PARENT
        return self.kind(" ".join(words)) or self.kind(words[0])


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
        # The lines of a list of those present in minutes ("Aanwezig:\nLeden: ...\n
        # Secretariaat: X (Secretariaat-Generaal)") belong to its reader (attendance), which
        # knows the secretariat serves the group and takes no part in it.
        from .attendance import present_blocks  # attendance reads items as this module does

        present = present_blocks(text, mentions)
        lines = [
            line
            for line in _LABELLED.finditer(text)
            if not any(b <= line.start() < e for b, e in present)
        ]
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
        # The items of a labelled line's list are of the block too ("Leden:\n- X\n- Y").
        if not line or any(b <= start < e for b, e in labelled) or _ITEM_LINE.match(line):
            if start == 0:
                return None
            end = start
            continue
        if len(line) <= _HEADING and not line.endswith((".", ";", ":", ",", "!", "?")):
            return (start, end)
        return None


_GROUP, _MEMBERS, _PLACE, _OTHER, _PARENT = "group", "members", "place", "other", "parent"
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
# The same said by a caption naming the groups of a body: "Werkgroepen van het
# Senningenoverleg", "Subgroepen van de werkgroep X".
_GROUPS_OF = re.compile(
    r"(?<!\w)(?:[Ww]erkgroepen|[Ss]ubgroepen|[Gg]roepen|[Nn]etwerken|[Ss]tuurgroepen)"
    r"\s+(?:van|onder|binnen)\s+(?:de\s+|het\s+)?$"
)
# A caption that names a group's members without naming the group: "Samenstelling", "Leden".
_MEMBERSHIP_CAPTIONS = {"samenstelling", "leden", "lidorganisaties"}
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
        if "|" in text:
            yield from self._pipe_tables(text, mentions)
        yield from self._participation_tables(text, mentions)

    def _participation_tables(self, text: str, mentions: Sequence[Candidate]) -> Iterator[Relation]:
        """Tables whose column heads are the participants, a group a row and a role a cell
        (an evaluation's "Deelname per groep")::

                                     België   Nederland   Luxemburg   Nedersaksen
            Overleg Visserijcontrole lid      lid         waarnemer   waarnemer
            Gegevensuitwisseling     lid      lid         –           waarnemer

        The head is a line of two or more countries, regions or bodies (or country codes)
        and nothing else; a row ends in one cell a column, each saying its column takes part
        ("lid", "waarnemer") or not ("–"), and opens with the name of a group of the
        document, whole or its last words. Each cell taking part gives ``bkg:participant``."""
        groups = [m for m in mentions if m.cls == "WorkingGroup"]
        for end, columns in self._participant_heads(text, mentions):
            for row_begin, row_end in _rows(text, end + 1):
                row = self._participation_row(text, groups, (row_begin, row_end), len(columns))
                if row is None:
                    continue
                group, cells = row
                for column, cell in zip(columns, cells, strict=True):
                    if cell in self.labels.part_cells and column != group.iri:
                        yield Relation(group.iri, PARTICIPANT, column, (row_begin, row_end))

    def _participant_heads(
        self, text: str, mentions: Sequence[Candidate]
    ) -> Iterator[tuple[int, list[str]]]:
        """The lines that name two participants or more and nothing else ("België
        Nederland Luxemburg Nedersaksen", "BE NL LU"): the end of each, and the IRI of each
        of its columns."""
        by_line: dict[int, list[Candidate]] = {}
        for m in mentions:
            if m.cls in _MEMBER_CLASSES:
                by_line.setdefault(text.rfind("\n", 0, m.begin) + 1, []).append(m)
        for line in _CODES_LINE.finditer(text):
            by_line.setdefault(line.start(), [])
        for begin in sorted(by_line):
            end = text.find("\n", begin)
            end = len(text) if end == -1 else end
            named = _outermost([m for m in by_line[begin] if m.end <= end])
            columns = self._head_columns(text, (begin, end), named)
            if columns is not None and len(columns) >= 2 and len(set(columns)) == len(columns):
                yield end, columns

    def _head_columns(
        self, text: str, line: tuple[int, int], named: Sequence[Candidate]
    ) -> list[str] | None:
        """The participant of each column of a head line, from its mentions and the country
        codes between them; None where any other word stands on the line."""
        columns: list[str] = []
        position = line[0]
        for m in [*named, None]:
            for word in text[position : line[1] if m is None else m.begin].split():
                country = self.codes.get(word)
                if country is None:
                    return None
                columns.append(f"{ID}country/{country}")
            if m is not None:
                columns.append(m.iri)
                position = m.end
        return columns

    def _participation_row(
        self, text: str, groups: Sequence[Candidate], span: tuple[int, int], width: int
    ) -> tuple[Candidate, list[str]] | None:
        """The group a row of a participation table names and its cells, lower case; None
        for a line that is no such row."""
        words = list(re.finditer(r"\S+", text[span[0] : span[1]]))
        if len(words) <= width:
            return None
        cells = [w.group().lower() for w in words[-width:]]
        roles = self.labels.part_cells | self.labels.no_part_cells
        if not all(c in roles for c in cells):
            return None
        label = (span[0], span[0] + words[-width - 1].end())
        group = _named_group(text, groups, [label])
        return None if group is None else (group, cells)

    def _pipe_tables(self, text: str, mentions: Sequence[Candidate]) -> Iterator[Relation]:
        """Markdown tables ("| Werkgroep | valt onder | deelnemers |"): the head is the first
        line of pipe cells, a members column among them; a row whose first cell is empty or
        goes on in lower case carries the cells of the row above onto the next line
        ("| Grensoverschrijdende Arbeids- | ... |" + "|   mobiliteit | ... |")."""
        position = 0
        while (head := _PIPE_HEAD.search(text, position)) is not None:
            lines = _pipe_lines(text, head.start())
            position = lines[-1][1] if lines else head.end()
            head_cells = _cells(text, *lines[0])
            kinds = [self.labels.cell_kind(text[b:e]) or _OTHER for b, e in head_cells]
            if _MEMBERS not in kinds or kinds.count(_GROUP) > 1:
                continue
            rows: list[list[list[tuple[int, int]]]] = []
            for begin, end in lines[1:]:
                if _PIPE_RULE.fullmatch(text, begin, end):
                    continue
                # (Cells past the head's are text the clean text ran on into the row.)
                cells = _cells(text, begin, end)[: len(kinds)]
                if len(cells) < len(kinds):
                    continue
                first = text[cells[0][0] : cells[0][1]]
                if rows and (not first or first[0].islower()):
                    for column, cell in zip(rows[-1], cells, strict=True):
                        column.append(cell)
                else:
                    rows.append([[cell] for cell in cells])
            yield from self._pipe_rows(text, mentions, lines[0], kinds, rows)

    def _pipe_rows(
        self,
        text: str,
        mentions: Sequence[Candidate],
        head: tuple[int, int],
        kinds: Sequence[str],
        rows: Sequence[Sequence[Sequence[tuple[int, int]]]],
    ) -> Iterator[Relation]:
        caption = _caption(text, head[0])
        outside = [m for m in mentions if m.end <= head[0] or m.begin >= head[1]]
        named = sorted(
            (m for m in outside if caption[0] <= m.begin and m.end <= caption[1]),
            key=lambda m: m.begin,
        )
        captioned = parent = None
        if _GROUP not in kinds:
            captioned = self._captioned(text, outside, named, caption)
            if captioned is None:
                return
        else:
            parent = _caption_parent(text, named, caption[0])
        groups = [m for m in mentions if m.cls == "WorkingGroup"]
        for row in rows:
            span = (row[0][0][0], row[-1][-1][1])
            group = captioned
            if _GROUP in kinds:
                group = _named_group(text, groups, row[kinds.index(_GROUP)])
            if group is None:
                continue
            if parent is not None and parent.iri != group.iri:
                yield Relation(group.iri, SUB_ORGANIZATION, parent.iri, caption)
            if self._refused(" ".join(text[b:e] for c in row for b, e in c)):
                continue
            for kind, parts in zip(kinds, row, strict=True):
                in_cell = _outermost(
                    [m for m in mentions if any(b <= m.begin and m.end <= e for b, e in parts)]
                )
                if kind == _PARENT:
                    for m in in_cell:
                        if m.cls in PARENTS and m.iri != group.iri:
                            yield Relation(group.iri, SUB_ORGANIZATION, m.iri, span)
                if kind != _MEMBERS:
                    continue
                for b, e in parts:
                    # One line of the cell: the first body and those coordinated with it;
                    # prose the clean text ran on into a last cell is none of them.
                    named = [m for m in in_cell if b <= m.begin and m.end <= e]
                    for m in coordinated(text, named):
                        if m.cls in _MEMBER_CLASSES and m.iri != group.iri:
                            yield Relation(group.iri, PARTICIPANT, m.iri, span)
                    yield from self._codes(text, in_cell, (b, e), group)

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
            parent = _caption_parent(text, named, caption[0])
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
            if not words & _MEMBERSHIP_CAPTIONS:
                return None
            # "Samenstelling", "Leden" over a table of members (round 41): the one group
            # named within reach before the caption, if only one is.
            before = {
                m.iri: m
                for m in mentions
                if m.cls == "WorkingGroup" and m.end <= caption[0] and caption[0] - m.end <= _REACH
            }
            return next(iter(before.values())) if len(before) == 1 else None
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
        if self._refused(text[span[0] : span[1]]):
            return None  # "Duitsland  DB Netz  geen lid"
        relations = [
            Relation(group.iri, PARTICIPANT, m.iri, span) for m in members if m.iri != group.iri
        ]
        if _PLACE not in kinds:
            relations.extend(self._codes(text, cells, span, group))
        return (group, relations) if relations else None

    def _refused(self, row: str) -> bool:
        """Whether a row's role says its body takes no part ("geen lid", "uitgenodigd",
        "secretariaat"); a word inside a name is none ("Secretariaat-Generaal")."""
        row = row.lower()
        return any(
            re.search(rf"(?<![\w-]){re.escape(r)}(?![\w-])", row) for r in self.labels.refusals
        )

    def _codes(
        self, text: str, cells: Sequence[Candidate], span: tuple[int, int], group: Candidate
    ) -> Iterator[Relation]:
        """Country codes in a table without a place column stand for members ("BE, NL")."""
        for code in _CODE.finditer(text, max(span[0], group.end), span[1]):
            country = self.codes.get(code.group())
            inside = any(m.begin <= code.start() < m.end for m in cells)
            if country is not None and not inside:
                yield Relation(group.iri, PARTICIPANT, f"{ID}country/{country}", span)


# A line of country codes alone, the head of a table of participation ("BE   NL   LU").
_CODES_LINE = re.compile(r"(?m)^[ \t]*[A-Z]{2}(?:[ \t]+[A-Z]{2})+[ \t]*$")
# The head of a pipe table: a line with two pipes or more, with or without the outer ones
# ("| Land | Organisatie | Rol |", "Land | Organisatie | Rol").
_PIPE_HEAD = re.compile(r"(?m)^[^|\n]*\|[^|\n]*\|")
# The rule under a pipe table's head: "|------|:-----|", "------+------".
_PIPE_RULE = re.compile(r"[ \t]*[-=:|+ \t]*-[-=:|+ \t]*")


def _pipe_lines(text: str, begin: int) -> list[tuple[int, int]]:
    """The lines of the pipe table whose head starts at ``begin``: those holding a pipe,
    up to the first that holds none."""
    lines: list[tuple[int, int]] = []
    while begin < len(text):
        end = text.find("\n", begin)
        end = len(text) if end == -1 else end
        if "|" not in text[begin:end] or len(lines) > _ROWS:
            break
        lines.append((begin, end))
        begin = end + 1
    return lines


def _cells(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The spans of the cells of a pipe table's line, trimmed of white space. Where the line
    opens with a pipe, the text the clean text ran on after its last pipe ("| handel | | |
    Bron: ...") is no cell."""
    line = text[begin:end]
    if line.lstrip().startswith("|"):
        first, last = line.find("|"), line.rfind("|")
    else:
        first, last = -1, len(line)
    cells = []
    start = begin + first + 1
    for piece in line[first + 1 : last].split("|"):
        stripped = piece.strip()
        offset = start + (piece.find(stripped) if stripped else 0)
        cells.append((offset, offset + len(stripped)))
        start += len(piece) + 1
    return cells


def _named_group(
    text: str, groups: Sequence[Candidate], parts: Sequence[tuple[int, int]]
) -> Candidate | None:
    """The group a group cell names: the group mentioned in it, or the one of the document
    whose name ends in the cell's words, its wrapped parts joined ("Diplomaerkenning" is the
    Benelux-werkgroep Diplomaerkenning, "Arbeids-" + "mobiliteit" Arbeidsmobiliteit)."""
    if len(parts) == 1:
        inside = [g for g in groups if parts[0][0] <= g.begin and g.end <= parts[0][1]]
        if inside:
            return inside[0]
    name = ""
    for b, e in parts:
        piece = text[b:e]
        if not piece:
            continue
        if name.endswith("-") and piece[:1].islower():
            name = name[:-1] + piece  # a word broken over the cell's lines
        else:
            name = f"{name} {piece}" if name else piece
    name = " ".join(name.split()).lower()
    if len(name) < 4:
        return None
    found: dict[str, Candidate] = {}
    for g in groups:
        surface = " ".join(text[g.begin : g.end].split()).lower()
        if surface == name or (surface.endswith(name) and surface[-len(name) - 1] in " -"):
            found.setdefault(g.iri, g)
    return next(iter(found.values())) if len(found) == 1 else None


def _caption_parent(text: str, named: Sequence[Candidate], begin: int) -> Candidate | None:
    """The parent of a table's groups its caption names ("Onder het X", "Werkgroepen van
    het X")."""
    return next(
        (
            m
            for m in named
            if m.cls in PARENTS
            and (_UNDER.search(text, begin, m.begin) or _GROUPS_OF.search(text, begin, m.begin))
        ),
        None,
    )


def _caption(text: str, head: int) -> tuple[int, int]:
    """The caption of a table: the text before its head on the same line, or else the line
    above, from the end of the sentence before it."""
    line = text.rfind("\n", 0, head) + 1
    if not text[line:head].strip() and line > 0:
        end = line - 1
        line = text.rfind("\n", 0, end) + 1
        if _RULE_LINE.fullmatch(text, line, end) and line > 0:
            end = line - 1  # a rule above the head: the caption is above it
            line = text.rfind("\n", 0, end) + 1
        while line > 0 and not text[line:end].strip():
            end = line - 1  # a blank line between the caption and the table
            line = text.rfind("\n", 0, end) + 1
    else:
        end = head
    begin = max(line, end - _CAPTION)
    # A sentence end inside a parenthesis ("(stand: 1 oktober 2027)") ends no sentence.
    ends = [
        e
        for e in _SENTENCE_END.finditer(text, begin, max(begin, end - 2))
        if text.count(")", e.start(), end) <= text.count("(", e.start(), end)
    ]
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
        if _RULE_LINE.match(line) and not _RULE_LINE.fullmatch(line):
            return  # the rule under the table, the prose after it run on into its line
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
