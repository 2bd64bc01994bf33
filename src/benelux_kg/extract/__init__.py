"""Extraction: from a document's text to entities, mentions and facts.

An :class:`Extractor` is built once from the reference data and the pattern tables, then
applied to each document; it holds no state between documents. The finders (one module per
kind of thing) report :class:`~.candidates.Candidate` spans of the clean text; the extractor
keeps the longest of overlapping ones, adds second mentions (abbreviations, short forms,
surnames, anaphors), then derives the relations and maps every span back to the stored text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..corpus import Document
from ..namespaces import BKG, ID, slug
from ..reference import ReferenceEntity, load_reference
from ..resources import reference_file
from ..text import CleanText, clean
from . import aliases, attendance, events, learned, organisations
from .acts import ActFinder
from .assemble import Collector
from .bodies import BodyFinder
from .candidates import KNOWN, NAMES, NUMBERS, PLACES, Candidate, resolve
from .events import EventFinder
from .gazetteer import Gazetteer, Match, longest_first
from .group_tables import GroupTableReader, TableLabels
from .instruments import find_numbered, find_titles
from .model import INSTRUMENT_CLASSES, Entity, Extraction, Fact, Mention
from .named_instruments import NamedInstrumentFinder
from .names import canonical_label
from .organisations import OrganisationFinder
from .patterns import Patterns
from .people import PeopleFinder, PersonFound, person_candidate
from .posts import PostReader
from .presidencies import PresidencyFinder
from .projects import ProjectFinder
from .relations import NOT_STATED, PARTICIPANT, Relation, RelationFinder, RelationTables
from .sentences import Sentences
from .working_groups import WorkingGroupFinder

__all__ = ["Entity", "Extraction", "Extractor", "Fact", "Mention", "Patterns"]

# Reference classes whose instances the gazetteer looks for by name, and the layer their
# mentions live in: places and organisations may nest inside the names of other things.
_GAZETTEER_LAYERS = {
    "Institution": PLACES,
    "Country": PLACES,
    "MemberState": PLACES,
    "NeighbouringRegion": PLACES,
    "ExternalOrganisation": PLACES,
    "NationalBody": PLACES,
    "BeneluxUnion": PLACES,
    "WorkingGroup": NAMES,
    "LegalInstrument": NAMES,
    "Treaty": NAMES,
    "Agreement": NAMES,
    "Declaration": NAMES,
    "Decision": NAMES,
    "Recommendation": NAMES,
    "ExternalAct": NAMES,
    "Meeting": NAMES,
}


# Classes of the reference whose names end a working group's name after "van de/het" (bodies)
# or "en" (bodies, countries and regions).
_NAME_ENDS = (
    "Institution",
    "BeneluxUnion",
    "ExternalOrganisation",
    "NationalBody",
    "WorkingGroup",
    "Country",
    "MemberState",
    "NeighbouringRegion",
)


class Extractor:
    def __init__(self, reference: dict[str, ReferenceEntity], patterns: Patterns):
        self.reference = reference
        self.patterns = patterns
        self.gazetteer = Gazetteer(_gazetteer_names(reference.values()))
        known = patterns.known_instruments()
        self.instrument_names = Gazetteer(
            (name, label) for label, (_, names) in known.items() for name in names
        )
        self.instrument_classes = {label: cls for label, (cls, _) in known.items()}
        # An article or adjective that makes a known name one of a kind: "een Benelux-verdrag",
        # "het multilaterale Benelux-verdrag".
        other = "|".join(patterns.words("instrument_names", "other_kind"))
        self._other_one = re.compile(rf"(?:(?<!\w)[Ee]en\s+(?:[a-z]+\s+)?|(?<!\w)(?i:{other})\s+)$")
        self.named = NamedInstrumentFinder(patterns.instruments())
        self._signing = patterns.words("adoption", "verbs")
        self._labels = {iri: ref.names[0] for iri, ref in reference.items() if ref.names}
        self.acts = ActFinder(patterns.acts())
        self.groups = WorkingGroupFinder(
            patterns.groups(),
            [
                n
                for r in reference.values()
                if _most_specific(r) == "NeighbouringRegion"
                for n in r.names
            ],
            # Heads of bodies' names ("het Bureau voor X (BX)" is no group); a network is one
            # unless an adjective opens it (``organisations.ADJECTIVE_HEADS``).
            [
                w
                for w in patterns.words("organisation_nouns", "name_heads")
                if w.lower() not in {h.lower() for h in organisations.ADJECTIVE_HEADS}
            ],
            # Bodies, countries and regions the reference data knows: "werkgroep X van het
            # Comité van Ministers" or "werkgroep X en Europol" end the group's name there.
            [
                (n, _most_specific(r))
                for r in reference.values()
                if _most_specific(r) in _NAME_ENDS
                for n in r.names
            ],
        )
        self.people = PeopleFinder(patterns.people())
        self.posts = PostReader(reference, patterns.posts())
        self.events = EventFinder(patterns.events())
        self.organisations = OrganisationFinder(patterns.organisations())
        self.bodies = BodyFinder(patterns.bodies())
        labels = TableLabels(
            participants=frozenset(patterns.words("group_table_labels", "participants")),
            parents=frozenset(patterns.words("group_table_labels", "parents")),
            codes={str(k): str(v) for k, v in patterns.table("country_codes").items()},
        )
        self.group_tables = GroupTableReader(labels)
        self.projects = ProjectFinder(patterns.mapping("project_statuses"))
        self.relations = RelationFinder(
            RelationTables(
                amendment=patterns.words("amendments", "phrases"),
                amending=patterns.words("amendments", "in_title"),
                amending_verbs=patterns.words("amendments", "by_agent"),
                adoption_verbs=patterns.words("adoption", "verbs"),
                participation=patterns.words("participation", "verbs"),
                cooperation=patterns.words("cooperation", "phrases"),
                group_nouns=patterns.words("participation", "group_nouns"),
                declaring=patterns.words("participation", "declaring"),
                inside=patterns.words("participation", "inside"),
                work_nouns=patterns.words("participation", "work_nouns"),
                supporting=patterns.words("participation", "supporting"),
                declining=patterns.words("participation", "declining"),
                declined_after=patterns.words("participation", "declined_after"),
                relative_pronouns=patterns.words("clauses", "relative_pronouns"),
                aside_openings=patterns.words("clauses", "aside_openings"),
                conjunctions=patterns.words("clauses", "conjunctions"),
                subordinators=patterns.words("clauses", "subordinators"),
                hoping=patterns.words("clauses", "hoping"),
                preparation=patterns.words("adoption", "preparation"),
                table_labels=(*labels.participants, *labels.parents),
            )
        )
        self.anaphora = patterns.table("anaphora")
        self.presidencies = PresidencyFinder(
            patterns.mapping("presidencies"),
            {str(k): str(v) for k, v in patterns.table("presidency_countries").items()},
        )
        # The learned relation classifier, beside the rules (None: rules alone). Off unless
        # asked for (`benelux-kg evaluate --learned-relations`): what it adds to the rules was
        # right about half the time on the held-out sets (tests/heldout/RESULTS-L.txt), and
        # it reads some conventions of the gold otherwise than the rules' tests do ("werkt
        # met X aan" is no partnership, a speaker "namens" a body adds no participant).
        self.learned: learned.Classifier | None = None
        kinds = [*patterns.words("working_group_kinds", "words")]
        kinds += patterns.words("working_group_kinds", "plurals")
        self.guards = learned.Guards.of(NOT_STATED, kinds)
        self._kinds = frozenset(k.lower() for k in kinds)

    @classmethod
    def from_files(
        cls, reference: Path | None = None, *, learned_relations: bool = False
    ) -> Extractor:
        extractor = cls(load_reference(reference or reference_file()), Patterns.load())
        if learned_relations:
            extractor.learned = learned.load()
        return extractor

    def read(self, doc: Document) -> tuple[Collector, list[Candidate]]:
        """The mentions of ``doc`` (clean-text candidates) and a collector holding them: what
        the relation finders read. Apart from :meth:`extract` so that the learned
        classifier can be trained and measured on exactly what it will see."""
        cleaned = clean(doc.text)
        text = _unmarked(cleaned.text)
        collector = Collector(doc, cleaned, self.reference)
        collector.unmarked = text
        gaps = _column_gaps(cleaned)
        people = list(self.people.find(text, gaps))
        today = doc.metadata.get("date", "")
        candidates = self._candidates(text, collector.sentences, people, today)
        minted = (
            _tidy(text, part)
            for c in candidates
            if not _replaced_name(text, c)
            for part in self._column_parts(cleaned, text, c, gaps)
        )
        kept = _named_by_body(text, _drop_inside_known(text, [c for c in minted if c]), self._kinds)
        kept = _groups_cut_short(text, kept)
        found = aliases.shortened(text, resolve(kept))
        parties = [
            *self.organisations.title_parties(text, found),
            *self._compound_parties(text, found),
        ]
        bodies = [
            *found,
            *self.organisations.listed_bodies(text, found),
            *parties,
            *_known_inside_minted(text, kept, [*found, *parties]),
        ]
        listed = (self._in_one_column(text, c, gaps) for c in bodies)
        found = organisations.retyped(text, resolve([c for c in listed if c]))
        found = self.bodies.retyped(text, found)
        found = resolve([*found, *self.named.unnamed(text, found, self._signing, self._labels)])
        found = events.meetings_by_full_name(self._second_mentions(text, found))
        collector.add_candidates(found)
        collector.add_people_facts(self.posts.facts(text, found, people, collector.sentences))
        return collector, found

    def extract(self, doc: Document) -> Extraction:
        collector, found = self.read(doc)
        text = collector.cleaned.text
        numbered = {c.iri for c in found if c.attributes and ("numbered", "1") in c.attributes}
        today = doc.metadata.get("date", "")
        # The relation readers see the names' ends as the finders did: a footnote mark glued
        # to a name ("de Benelux-werkgroep Drinkwater¹ valt onder ...") stands between the
        # name and its verb.
        ruled = [
            *self.relations.find(
                collector.unmarked, collector.sentences, found, numbered, today, marked=text
            ),
            *self.group_tables.find(text, found),
            *attendance.find(text, collector.sentences, found),
        ]
        for relation in _inner_parties_dropped(ruled, found):
            collector.relation(relation)
        if self.learned is not None:
            known = ((r.subject, r.predicate, r.object) for r in ruled)
            sentences = collector.sentences
            for relation in self.learned.find(text, sentences, found, known, self.guards):
                collector.relation(relation)
        for project in self.projects.find(doc.text, self.gazetteer, self.reference):
            collector.project(project)
        for presidency in self.presidencies.find(text, collector.sentences):
            collector.presidency(presidency)
        return collector.result()

    def _in_one_column(self, text: str, cand: Candidate, gaps: list[int]) -> Candidate | None:
        return _in_one_column(text, cand, gaps, self._kinds)

    def _column_parts(
        self, cleaned: CleanText, text: str, cand: Candidate, gaps: list[int]
    ) -> list[Candidate | None]:
        """A minted name in one column of a table (:func:`_in_one_column`). A group's name
        that runs from a line without columns (a table's caption) over a line break into the
        columns below it ("... de Benelux-werkgroep X\\nNetwerk   Deelnemers   Status\\n
        Benelux-netwerk Y   BE, NL") ends at that break; the first cell of a row it ran over
        is a name of its own."""
        if not gaps or cand.cls != "WorkingGroup" or cand.priority >= KNOWN or not cand.label:
            return [self._in_one_column(text, cand, gaps)]
        first = bisect_right(gaps, cand.begin)
        if first == len(gaps) or gaps[first] > cand.end:
            return [cand]
        breaks = [
            i
            for i in range(cand.begin, cand.end)
            if text[i] == "\n" or (text[i] == " " and "\n" in cleaned.original_slice(i, i + 1))
        ]
        head = [b for b in breaks if b < gaps[first]]
        if not head:
            return [self._in_one_column(text, cand, gaps)]
        parts = [_part(text, cand, cand.begin, head[-1], self.groups.triggers)]
        rows = [b for b in breaks if b > gaps[first]]
        if rows:
            nxt = bisect_right(gaps, rows[-1])
            end = min(gaps[nxt], cand.end) if nxt < len(gaps) else cand.end
            parts.append(_part(text, cand, rows[-1] + 1, end, self.groups.triggers))
        return parts

    def _candidates(
        self, text: str, sentences: Sentences, people: list[PersonFound], today: str = ""
    ) -> Iterator[Candidate]:
        every = self.gazetteer.find_all(text)
        chosen = longest_first(every)
        yield from _nested_countries(text, every, chosen, self.reference)
        for match in chosen:
            for begin, end, key in self._split(match.begin, match.end, match.key, match.surface):
                ref = self.reference[key]
                cls = _most_specific(ref)
                yield Candidate(
                    begin,
                    end,
                    ref.iri.value,
                    cls,
                    layer=_GAZETTEER_LAYERS[cls],
                    priority=KNOWN,
                )
        for match in self.instrument_names.find(text):
            if self._other_one.search(text, max(0, match.begin - 30), match.begin):
                continue  # "een/het multilaterale Benelux-verdrag" is not the Benelux-Verdrag
            label = match.key
            yield Candidate(
                match.begin,
                match.end,
                f"{ID}instrument/{slug(label)}",
                self.instrument_classes[label],
                label=label,
                priority=KNOWN,
            )
        numbered = list(find_numbered(text, sentences, self.patterns.instrument_types))
        for item in numbered:
            iri = f"{ID}instrument/{slug(item.id_local)}"
            yield Candidate(
                item.begin,
                item.end,
                iri,
                item.kind or "LegalInstrument",
                label=item.id_local,
                layer=NUMBERS,
                priority=5,
                attributes=(("numbered", "1"),),
            )
        yield from find_titles(text, numbered, self.named)
        yield from self.named.find(text)
        yield from self.acts.find(text)
        yield from self.groups.find(text)
        yield from self.events.find(text, today)
        yield from self.organisations.find(text)
        yield from self.bodies.find(text)
        for person in people:
            yield person_candidate(person)

    def _compound_parties(self, text: str, found: list[Candidate]) -> Iterator[Candidate]:
        """The second of two parties an instrument's title joins by a hyphen ("intentieverklaring
        Benelux Unie-Hauts-de-France", "politieke verklaring Benelux-Noordrijn-Westfalen"),
        which the gazetteer reads as the head of a compound: a known name of its own where
        the first is the Benelux or a known place or body ending at the hyphen."""
        for title in found:
            if title.layer != NAMES or title.cls not in INSTRUMENT_CLASSES:
                continue
            dash = text.find("-", title.begin, title.end)
            while dash >= 0:
                at = dash + 1
                dash = text.find("-", at, title.end)
                if not text[at : at + 1].isupper() or not _joins_parties(text, found, at - 1):
                    continue
                match = next(iter(self.gazetteer.find(text[at : title.end])), None)
                if match is None or match.begin != 0:
                    continue
                cls = _most_specific(self.reference[match.key])
                if _GAZETTEER_LAYERS[cls] != PLACES:
                    continue
                end = at + match.end
                if any(c.layer == PLACES and c.begin < end and at < c.end for c in found):
                    continue
                yield Candidate(at, end, match.key, cls, layer=PLACES, priority=KNOWN)

    def _split(self, begin: int, end: int, key: str, surface: str) -> list[tuple[int, int, str]]:
        """ "Comité van Ministers van de Benelux Unie" names two things: the Committee, and
        the Union it belongs to; a reference alias that spells out the parent is split."""
        parent = re.match(r"(.+?)\s+van\s+(?:de|het)\s+(.+)$", surface, re.DOTALL)
        if parent is None:
            return [(begin, end, key)]
        head, tail = parent.group(1), parent.group(2)
        whole_head = self.gazetteer.find(head)
        whole_tail = self.gazetteer.find(tail)
        if (
            len(whole_head) == 1
            and whole_head[0].key == key
            and whole_head[0].end == len(head)
            and len(whole_tail) == 1
            and whole_tail[0].key != key
            and whole_tail[0].end - whole_tail[0].begin == len(tail)
        ):
            tail_begin = begin + parent.start(2)
            return [(begin, begin + len(head), key), (tail_begin, end, whole_tail[0].key)]
        return [(begin, end, key)]

    def _second_mentions(self, text: str, found: list[Candidate]) -> list[Candidate]:
        people = {c.label: c for c in found if c.cls == "Person"}
        extra: list[Candidate] = []
        extra.extend(aliases.abbreviations(text, found))
        extra.extend(aliases.short_forms(text, found))
        for begin, end, name in self.people.surnames(text, {n: "" for n in people}):
            extra.append(aliases.copy_at(people[name], begin, end))
        # "het kennisnetwerk CGA", where the document named the body "(CGA)" first.
        found = resolve(_named_by_body(text, [*found, *(_demote(c) for c in extra)], self._kinds))
        names: dict[str, set[str]] = {}
        for cand in found:
            names.setdefault(cand.iri, set()).add(cand.label or text[cand.begin : cand.end])
            ref = self.reference.get(cand.iri)
            if ref is not None:
                names[cand.iri].update(ref.names[:1])
        anaphors = aliases.anaphors(
            text,
            found,
            names,
            [str(d) for d in self.anaphora.get("determiners", ())],
            [str(h) for h in self.anaphora.get("heads", ())],
            {str(h) for h in self.anaphora.get("group_heads", ())},
        )
        return resolve([*found, *(_demote(c) for c in anaphors)])


# A footnote mark glued to the word it annotates ("de Noordse Ministerraad¹", "het Netwerk
# X²³"): no part of a name. Marks at a line's start open the footnote itself.
_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_FOOTNOTE_MARK = re.compile(rf"(?<=[^\W{_MARKS}])[{_MARKS}]+")


def _unmarked(text: str) -> str:
    """``text`` with glued footnote marks blanked, so that the finders end names before
    them; of the same length, so that every offset still holds."""
    if not any(mark in text for mark in _MARKS):
        return text
    return _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), text)


# Columns of a text table: three spaces or a tab between two words on one line. The
# separators are found by ``str.find`` (a search that opens on a look-behind tries every
# position of the document); the run of blanks around one must stand between two words.
_BLANKS = re.compile(r"[^\S\n]*")


def _column_gaps(cleaned: CleanText) -> list[int]:
    """The clean offsets of the separators that stand for a column gap of the stored text
    (the clean text has one space for any run of white space)."""
    original = cleaned.original
    if "   " not in original and "\t" not in original:
        return []
    gaps = []
    spaces, tab = original.find("   "), original.find("\t")
    while spaces >= 0 or tab >= 0:
        start = min(spaces, tab) if spaces >= 0 and tab >= 0 else max(spaces, tab)
        while start > 0 and original[start - 1] != "\n" and original[start - 1].isspace():
            start -= 1
        blanks = _BLANKS.match(original, start)  # always matches: the run of blanks
        end = blanks.end() if blanks is not None else start + 1
        # The next separator after this run: any other in it stands for the same gap.
        if 0 <= spaces < end:
            spaces = original.find("   ", end)
        if 0 <= tab < end:
            tab = original.find("\t", end)
        if start == 0 or original[start - 1].isspace():
            continue
        if end == len(original) or original[end].isspace():
            continue
        run = bisect_right(cleaned.run_origin, start) - 1
        if run >= 0 and cleaned.run_origin[run] == start:
            gaps.append(cleaned.run_clean[run])
    return gaps


def _tidy(text: str, cand: Candidate | None) -> Candidate | None:
    """A span never starts or ends in white space or an opening quote."""
    if cand is None:
        return None
    begin, end = cand.begin, cand.end
    while begin < end and (text[begin].isspace() or text[begin] in "'‘“«("):
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if begin >= end:
        return None
    if (begin, end) == (cand.begin, cand.end):
        return cand
    return replace(cand, begin=begin, end=end)


def _in_one_column(
    text: str, cand: Candidate, gaps: list[int], kinds: frozenset[str]
) -> Candidate | None:
    """A minted name cut at the first column gap in it ("Bundesanstalt für Straßenwesen   DE
    waarnemer": the country code is the next column), its label and IRI with it. Known names
    are left as the reference spells them; a label that does not follow the surface word
    for word is left too. A group's kind word alone names nothing ("Werkgroep   Opdracht
    Status": the header row of a table)."""
    if not gaps or cand.priority >= KNOWN or not cand.label:
        return cand
    first = bisect_right(gaps, cand.begin)
    if first == len(gaps) or gaps[first] >= cand.end:
        return cand
    kept = len(text[cand.begin : gaps[first]].split())
    words = cand.label.split()
    surface = text[cand.begin : cand.end].split()
    if len(words) != len(surface) or (
        cand.cls == "Person" and [w.lower() for w in words] != [w.lower() for w in surface]
    ):
        return cand  # ("PEETERS<tab>Jan": a person named by two cells, surname first)
    label = " ".join(words[:kept])
    if kept == 1 and label.lower() in kinds:
        return None
    prefix, _, last = cand.iri.rpartition("/")
    if last != slug(cand.label):
        return cand
    return replace(cand, end=gaps[first], label=label, iri=f"{prefix}/{slug(label)}")


# "moet "X" worden gelezen in plaats van "Y"": a rectification quotes the wrong name after
# "in plaats van"; it names nothing (set M's judgement calls).
_INSTEAD_OF_QUOTE = re.compile(r"\bin\s+plaats\s+van\s+[\"“„']$")


def _replaced_name(text: str, cand: Candidate) -> bool:
    if cand.priority >= KNOWN or text[cand.begin - 1 : cand.begin] not in {'"', "“", "„", "'"}:
        return False
    return bool(_INSTEAD_OF_QUOTE.search(text, max(0, cand.begin - 20), cand.begin))


def _part(
    text: str, cand: Candidate, begin: int, end: int, kinds: tuple[str, ...]
) -> Candidate | None:
    """The part ``text[begin:end]`` of a group's minted name as a group's name of its own,
    if a word of it ends in a group's kind ("Benelux-netwerk Veilige Opvang")."""
    while end > begin and text[end - 1].isspace():
        end -= 1
    words = text[begin:end].split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None  # "de werkgroep\nLand": a kind without a name
    if not any(w.lower().endswith(kinds) for w in words):
        return None
    label = canonical_label(text[begin:end], kinds).replace(" & ", " en ")
    return replace(cand, begin=begin, end=end, label=label, iri=f"{ID}working-group/{slug(label)}")


def _demote(cand: Candidate) -> Candidate:
    """Second mentions lose every tie against what the finders found first."""
    return Candidate(cand.begin, cand.end, cand.iri, cand.cls, cand.label, cand.layer, priority=-1)


_DATED_TAIL = re.compile(r"\s+(?:van|uit)\s+(?:\d{1,2}\s+\w+\s+)?(?:19|20)\d{2}$")


def _drop_inside_known(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A minted name inside (or equal to) a name the reference knows is part of that name;
    one that only adds a date to it ("Benelux-Verdrag van 2008") is that name, dated."""
    known_at = {c.begin: c for c in cands if c.priority == KNOWN and c.layer == NAMES}
    dated: dict[int, str] = {}
    for c in cands:
        k = known_at.get(c.begin)
        extends = k is not None and c.priority != KNOWN and c.date and c.end > k.end
        if extends and k is not None and _DATED_TAIL.match(text[k.end : c.end]):
            dated[c.begin] = c.date
    cands = [
        replace(c, date=dated[c.begin]) if c.priority == KNOWN and c.begin in dated else c
        for c in cands
        if not (c.priority != KNOWN and c.begin in dated)
    ]
    known = sorted((c.begin, c.end) for c in cands if c.priority == KNOWN)
    starts = [b for b, _ in known]
    reach: list[int] = []
    for _, end in known:
        reach.append(max(end, reach[-1]) if reach else end)
    out = []
    for c in cands:
        if c.priority != KNOWN and c.layer == NAMES and c.cls != "Person":
            i = bisect_right(starts, c.begin) - 1
            if i >= 0 and reach[i] >= c.end:
                continue
        out.append(c)
    return out


# Classes of the bodies whose name after a kind word names that body, not a group of its own.
_NAMED_BODIES = frozenset({"Institution", "ExternalOrganisation", "NationalBody"})


def _named_by_body(text: str, cands: list[Candidate], kinds: Collection[str]) -> list[Candidate]:
    """A group minted from a kind word followed only by the name of a body the reference
    data or the document knows as an organisation, institution or national body names that
    body ("het Europese netwerk EURES", "het kennisnetwerk EURES", "het platform Eurojust"):
    no group of its own. The body's own mention stays."""
    ends: dict[int, list[int]] = {}
    for c in cands:
        if c.cls in _NAMED_BODIES and c.layer == PLACES:
            ends.setdefault(c.end, []).append(c.begin)
    if not ends:
        return cands

    def kind_and_body(c: Candidate) -> bool:
        if c.cls != "WorkingGroup" or c.priority >= KNOWN or c.layer != NAMES:
            return False
        for begin in ends.get(c.end, ()):
            head = text[c.begin : begin]
            if begin > c.begin and head[-1:].isspace() and head.strip().lower() in kinds:
                return True
        return False

    return [c for c in cands if not kind_and_body(c)]


# What goes on a body's name past a group's capitalised words ending in a kind: its task.
_TASK_AFTER = re.compile(r"\s+(?:voor|van|für)\s")


def _groups_cut_short(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A group minted from capitalised words ending in its kind where a body's name opens
    with the same words and goes on with its task names that body, cut short: "het
    Internationaal Netwerk voor Waterbeheer", "het Vlaams Netwerk van Ondernemingen" are
    organisations, "Internationaal Netwerk" no group."""
    bodies: dict[int, list[int]] = {}
    for c in cands:
        if c.cls in _NAMED_BODIES and c.layer == PLACES:
            bodies.setdefault(c.begin, []).append(c.end)
    if not bodies:
        return cands

    def cut_short(c: Candidate) -> bool:
        if c.cls != "WorkingGroup" or c.priority >= KNOWN or c.layer != NAMES:
            return False
        return any(
            end > c.end and _TASK_AFTER.match(text, c.end) is not None
            for end in bodies.get(c.begin, ())
        )

    return [c for c in cands if not cut_short(c)]


def _nested_countries(
    text: str, every: list[Match], chosen: list[Match], reference: dict[str, ReferenceEntity]
) -> Iterator[Candidate]:
    """A country inside the name of an organisation keeps its meaning ("Transport en Logistiek
    Nederland", "Parlement van Luxemburg"): a mention of its own, in the layer of names so that
    it may nest in the organisation's."""
    bodies = [
        m
        for m in chosen
        if _most_specific(reference[m.key]) in {"ExternalOrganisation", "NationalBody"}
    ]
    for m in every:
        cls = _most_specific(reference[m.key])
        if cls in {"Country", "MemberState", "NeighbouringRegion"}:
            inside = any(b.begin <= m.begin and m.end <= b.end and b is not m for b in bodies)
            # "Voies navigables de France", "Banque centrale du Luxembourg": in a French name
            # the country after "de"/"du" is the body's seat, where a Dutch name says "van
            # België" of a mention of the country (set M's judgement calls).
            inside = inside and not _FRENCH_OF.search(text, max(0, m.begin - 4), m.begin)
            # "Luxembourg Institute of Health", "Luxembourg Digital": a state that opens a
            # body's name before a capitalised word names a brand, not the state (gold).
            inside = inside and not (
                cls != "NeighbouringRegion"
                and any(b.begin == m.begin and m.end < b.end for b in bodies)
                and _BRAND_AFTER.match(text, m.end) is not None
            )
        elif cls == "ExternalOrganisation":
            # The body a proper name says it belongs to: "Raad van de Europese Unie", "het
            # Agentschap van de Europese Unie voor cyberbeveiliging" (not a description such as
            # "de milieuorganisatie van de Verenigde Naties").
            inside = any(
                b.begin < m.begin and m.end <= b.end and b.key != m.key and text[b.begin].isupper()
                for b in bodies
            ) and bool(_PARENT_BEFORE.search(text, max(0, m.begin - 10), m.begin))
        else:
            inside = False
        if inside:
            yield Candidate(m.begin, m.end, m.key, cls, layer=NAMES, priority=KNOWN)


_PARENT_BEFORE = re.compile(r"\s+van\s+(?:de|het)\s+$")
_BRAND_AFTER = re.compile(r"[ \t]+[A-Z]")
_FRENCH_OF = re.compile(r"(?<![\w-])(?:de|du)\s+$")


# The Benelux as the first party of a compound: "Benelux-Noordrijn-Westfalen".
_BENELUX_BEFORE = re.compile(r"(?<![\w-])Benelux$")


def _joins_parties(text: str, found: list[Candidate], dash: int) -> bool:
    """The hyphen at ``dash`` ends the name of a first party: the Benelux, or a known
    place or body ("Benelux Unie-", "Nederland-"), not a word or name running over it."""
    if any(c.layer == PLACES and c.begin < dash < c.end for c in found):
        return False
    if _BENELUX_BEFORE.search(text, max(0, dash - 8), dash):
        return True
    return any(
        c.layer == PLACES and c.end == dash and c.priority == KNOWN and c.cls in _PARTY_CLASSES
        for c in found
    )


# Classes of the known names that may be a party of an instrument.
_PARTY_CLASSES = frozenset(
    {"Country", "MemberState", "NeighbouringRegion", "BeneluxUnion", "ExternalOrganisation"}
)
# Classes of the known organisations a minted body's name may say it belongs to.
_OWNERS = frozenset({"ExternalOrganisation", "BeneluxUnion"})
_MINTED_BODIES = frozenset({"ExternalOrganisation", "NationalBody"})


def _known_inside_minted(
    text: str, cands: list[Candidate], bodies: list[Candidate]
) -> Iterator[Candidate]:
    """A known organisation named inside a minted body's name after "van de" ("het
    Agentschap van de Europese Unie voor grensbeheer", "het Bureau voor Grensstatistiek van
    de Europese Unie"): a mention of its own, in the layer of names so that it may nest in
    the body's."""
    minted = [
        b for b in bodies if b.layer == PLACES and b.priority < KNOWN and b.cls in _MINTED_BODIES
    ]
    if not minted:
        return
    for c in cands:
        if c.layer != PLACES or c.priority != KNOWN or c.cls not in _OWNERS:
            continue
        if any(b.begin < c.begin and c.end <= b.end for b in minted) and _PARENT_BEFORE.search(
            text, max(0, c.begin - 10), c.begin
        ):
            yield replace(c, layer=NAMES)


def _inner_parties_dropped(relations: list[Relation], found: list[Candidate]) -> list[Relation]:
    """An instrument's party named only inside the name of another of its parties is none
    of its own: in "Intentieverklaring tussen het Koninklijk Meteorologisch Instituut van
    België en ..." the institute signs, not Belgium."""
    parties: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == PARTICIPANT:
            parties.setdefault(r.subject, set()).add(r.object)
    instruments = {c.iri for c in found if c.cls in INSTRUMENT_CLASSES}
    nested = {s: objects for s, objects in parties.items() if s in instruments and len(objects) > 1}
    if not nested:
        return relations
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in found:
        spans.setdefault(c.iri, []).append((c.begin, c.end))

    def inside_another(r: Relation) -> bool:
        if r.predicate != PARTICIPANT or r.subject not in nested:
            return False
        low, high = r.evidence
        own = [(b, e) for b, e in spans.get(r.object, ()) if low <= b < high]
        others = [
            (b, e)
            for o in nested[r.subject]
            if o != r.object
            for b, e in spans.get(o, ())
            if low <= b < high
        ]
        return bool(own) and all(
            any(b <= ob and oe <= e and (b, e) != (ob, oe) for b, e in others) for ob, oe in own
        )

    return [r for r in relations if not inside_another(r)]


def _most_specific(ref: ReferenceEntity) -> str:
    local = [t.value.rsplit("#", 1)[-1] for t in ref.types]
    return next((c for c in _GAZETTEER_LAYERS if c in local), local[0])


def _gazetteer_names(entities: Iterable[ReferenceEntity]) -> list[tuple[str, str]]:
    return [
        (name, ref.iri.value)
        for ref in entities
        if any(
            t.value.startswith(BKG) and t.value[len(BKG) :] in _GAZETTEER_LAYERS for t in ref.types
        )
        for name in ref.names
    ]
