"""Relations between the entities of one document, each with the sentence that states it.

- ``eli:passed_by``: an M-numbered instrument and every beschikking are acts of the
  Committee of Ministers; a recommendation is passed by the body the text names nearest
  before it (the Committee, or the Benelux Parliament).
- ``eli:amends``: "X, zoals gewijzigd bij Beschikking Y": Y amends X.
- ``eli:date_document``: the date stated in the name ("intentieverklaring van 6 juni
  2019"), or the one date of a sentence that says the instrument was signed or adopted.
- ``bkg:participant``: places named in an instrument's name ("tussen België en
  Nederland"), in parentheses after a group, or in a sentence that says they take part.
- ``org:subOrganizationOf``: "X van de Benelux Unie", and a group named after its parent
  ("Bureau van het Benelux-Parlement").
- ``bkg:cooperatesWith``: "samenwerking met X" where the Benelux is the one cooperating.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..namespaces import BKG, ELI, ID, ORG
from .candidates import Candidate
from .model import INSTRUMENT_CLASSES
from .names import DATE, first_date
from .sentences import Sentences

COMMITTEE = ID + "institution/comite-van-ministers"
PARLIAMENT = ID + "institution/benelux-parlement"
BENELUX_UNION = ID + "organisation/benelux-unie"
PASSED_BY = ELI + "passed_by"
AMENDS = ELI + "amends"
DATE_DOCUMENT = ELI + "date_document"
PARTICIPANT = BKG + "participant"
SUB_ORGANIZATION = ORG + "subOrganizationOf"
COOPERATES = BKG + "cooperatesWith"
PLACE = BKG + "place"
_HELD_IN = re.compile(r"\s+(?:in|te)\s+(?:het\s+|de\s+)?")

INSTRUMENTS = INSTRUMENT_CLASSES
PLACES = {"Country", "MemberState", "NeighbouringRegion"}
# What a Benelux body adopts (a declaration is signed by ministers, a treaty by states).
ADOPTED_BY_BODIES = {"LegalInstrument", "Directive", "Agreement"}
PARTNERS = PLACES | {"ExternalOrganisation"}
GROUPS = {"WorkingGroup"}
# What a body may belong to (the contract's range of org:subOrganizationOf): not a place.
PARENTS = {"Institution", "BeneluxUnion", "WorkingGroup", "ExternalOrganisation", "NationalBody"}
MEMBER_STATES = {ID + "country/belgie", ID + "country/nederland", ID + "country/luxemburg"}
_NUMBERED = re.compile(r"M\(\d{4}\)\d+$")
# What places take part in by the verbs of the sentence; a treaty or a recommendation
# binds or addresses countries, which is not taking part.
TAKING_PART = GROUPS | {"Meeting", "Declaration", "Agreement"}
_DATE_REACH = 80  # characters between an instrument and the date of its signing
_NEGATION = re.compile(r"(?<!\w)(?:geen|niet|nog niet)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str
    object: str  # an IRI, or a date for eli:date_document
    evidence: tuple[int, int]  # clean-text span of the sentence


@dataclass(frozen=True)
class RelationTables:
    amendment: tuple[str, ...]
    amending: tuple[str, ...]
    adoption_verbs: tuple[str, ...]
    participation: tuple[str, ...]
    cooperation: tuple[str, ...]


def _any_word(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` (or phrases) standing as whole words, case-insensitive."""
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


class RelationFinder:
    def __init__(self, tables: RelationTables):
        self.t = tables
        self._amend = re.compile(
            r"(?:" + "|".join(re.escape(a) for a in tables.amendment) + r")\s+(?:\w+\s+)?$",
            re.IGNORECASE,
        )
        self._amending = _any_word(tables.amending)
        self._adopted = _any_word(tables.adoption_verbs)
        self._takes_part = _any_word(tables.participation)
        self._cooperates = _any_word(tables.cooperation)

    def find(
        self, text: str, sentences: Sentences, mentions: Sequence[Candidate], numbered: set[str]
    ) -> Iterator[Relation]:
        by_sentence: dict[int, list[Candidate]] = {}
        for m in mentions:
            by_sentence.setdefault(sentences.index(m.begin), []).append(m)
        for i, (b, e) in enumerate(sentences.spans):
            here = by_sentence.get(i, [])
            if not here:
                continue
            span = (b, e)
            yield from self._passed_by(text, here, mentions, numbered, span)
            yield from self._amends(text, here, span)
            yield from self._dates(text, here, span)
            yield from self._participants(text, here, span)
            yield from self._parents(text, here, span)
            yield from self._cooperation(text, here, span, sentences, i)
            yield from self._places(text, here, span)

    def _passed_by(
        self,
        text: str,
        here: list[Candidate],
        mentions: Sequence[Candidate],
        numbered: set[str],
        span: tuple[int, int],
    ) -> Iterator[Relation]:
        for m in here:
            if m.cls == "Treaty":
                continue  # a treaty is signed by the states, not adopted by an institution
            if m.iri in numbered or m.cls == "Decision":
                yield Relation(m.iri, PASSED_BY, COMMITTEE, span)
            elif m.cls == "Recommendation":
                body = _nearest_before(mentions, m.begin, {COMMITTEE, PARLIAMENT}, 1200)
                if body is not None:
                    yield Relation(m.iri, PASSED_BY, body, span)
            elif m.cls in ADOPTED_BY_BODIES and self._adopted.search(text, span[0], span[1]):
                # "kwam het Comité van Ministers bijeen en werden de prioriteiten vastgelegd
                # in het Gemeenschappelijk Werkprogramma 2021-2024".
                bodies = {b.iri for b in here if b.iri in {COMMITTEE, PARLIAMENT}}
                if len(bodies) == 1:
                    yield Relation(m.iri, PASSED_BY, bodies.pop(), span)

    def _amends(
        self, text: str, here: list[Candidate], span: tuple[int, int]
    ) -> Iterator[Relation]:
        instruments = [m for m in here if m.cls in INSTRUMENTS]
        for i, m in enumerate(instruments):
            if i == 0 or not self._amend.search(text[max(span[0], m.begin - 40) : m.begin]):
                continue
            amended = next((p for p in reversed(instruments[:i]) if p.iri != m.iri), None)
            if amended is not None:
                yield Relation(m.iri, AMENDS, amended.iri, span)
        # "Beschikking ... tot wijziging van de beschikking M (2009) 5 ..., M (2011) 4": the
        # instrument whose title says so amends the one named right after the phrase.
        for phrase in self._amending.finditer(text, span[0], span[1]):
            titled = [m for m in instruments if m.begin <= phrase.start() and phrase.end() <= m.end]
            after = [m for m in instruments if 0 <= m.begin - phrase.end() <= 30]
            if titled and after and titled[0].iri != after[0].iri:
                yield Relation(titled[0].iri, AMENDS, after[0].iri, span)

    def _dates(self, text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
        sentence = text[span[0] : span[1]]
        adopted = self._adopted.search(sentence) is not None
        for m in here:
            if m.cls not in INSTRUMENTS:
                continue
            if m.date:
                yield Relation(m.iri, DATE_DOCUMENT, m.date, span)
            elif adopted and not _NUMBERED.match(m.label):
                date = self._nearest_date(text, here, m, span)
                if date:
                    yield Relation(m.iri, DATE_DOCUMENT, date, span)

    @staticmethod
    def _nearest_date(text: str, here: list[Candidate], m: Candidate, span: tuple[int, int]) -> str:
        """The date closest to the instrument, if no other instrument is closer to it:
        "het Verdrag van Senningen dat in 2004 ... ondertekend werd, en in 2006 ..."."""
        instruments = [i for i in here if i.cls in INSTRUMENTS]

        def distance(i: Candidate, at: int, end: int) -> int:
            return max(0, at - i.end, i.begin - end)

        dates = [
            d
            for d in DATE.finditer(text, span[0], span[1])
            if not any(c.begin <= d.start() < c.end for c in here)  # "Werkprogramma 2021-2024"
        ]
        if len(dates) == 1 and len(instruments) == 1:
            return first_date(dates[0].group())
        best: tuple[int, str] | None = None
        for found in dates:
            at, end = found.start(), found.end()
            mine = distance(m, at, end)
            if mine > _DATE_REACH or any(distance(i, at, end) < mine for i in instruments):
                continue
            if best is None or mine < best[0]:
                best = (mine, first_date(found.group()))
        return best[1] if best else ""

    def _participants(
        self, text: str, here: list[Candidate], span: tuple[int, int]
    ) -> Iterator[Relation]:
        places = [m for m in here if m.cls in PARTNERS]
        for m in here:
            if m.cls not in INSTRUMENTS | GROUPS | {"Meeting"}:
                continue
            # Places inside the name: "Uitvoeringsovereenkomst tussen België en Nederland".
            for p in places:
                inside = m.begin <= p.begin and p.end <= m.end and m.cls in INSTRUMENTS
                if inside and re.search(r"\btussen\b", text[m.begin : p.begin]):
                    yield Relation(m.iri, PARTICIPANT, p.iri, span)
            # A parenthesised list right after the name.
            following = re.match(r"\s*\(([^()]{3,200})\)", text[m.end : span[1]])
            if following:
                listed = (m.end + following.start(1), m.end + following.end(1))
                for p in places:
                    if listed[0] <= p.begin and p.end <= listed[1]:
                        yield Relation(m.iri, PARTICIPANT, p.iri, span)
        groups = [m for m in here if m.cls in TAKING_PART]
        verb = self._takes_part.search(text, span[0], span[1])
        if not groups or verb is None:
            return
        if _NEGATION.search(text, max(span[0], verb.start() - 40), verb.end() + 10):
            return  # "Luxemburg is geen lid van deze Taskforce"
        outside = [p for p in places if not any(g.begin <= p.begin < g.end for g in groups)]
        for g in groups:
            for p in outside:
                yield Relation(g.iri, PARTICIPANT, p.iri, span)

    def _places(
        self, text: str, here: list[Candidate], span: tuple[int, int]
    ) -> Iterator[Relation]:
        """ "Plenaire zitting Benelux Parlement in Luxemburg": where a meeting is held."""
        for m in here:
            if m.cls != "Meeting":
                continue
            for p in here:
                between = text[m.end : p.begin]
                if p.cls in PLACES and p.begin >= m.end and _HELD_IN.fullmatch(between):
                    yield Relation(m.iri, PLACE, p.iri, span)

    def _parents(
        self, text: str, here: list[Candidate], span: tuple[int, int]
    ) -> Iterator[Relation]:
        for m in here:
            if m.cls not in {"Institution", "WorkingGroup"}:
                continue
            tail = re.match(r"\s+van\s+de\s+Benelux(?:\s+|-)Unie\b", text[m.end : m.end + 40])
            inside = re.search(r"\svan\s+de\s+Benelux(?:\s+|-)Unie$", text[m.begin : m.end])
            if tail or inside:
                yield Relation(m.iri, SUB_ORGANIZATION, BENELUX_UNION, span)
                continue
            if m.cls != "WorkingGroup":
                continue
            for p in here:
                nested = m.begin < p.begin and p.end <= m.end and p.iri != m.iri
                nested = nested and p.cls in PARENTS
                if nested and re.search(r"\bvan\s+(?:de|het)\s+$", text[m.begin : p.begin]):
                    yield Relation(m.iri, SUB_ORGANIZATION, p.iri, span)

    def _cooperation(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        sentences: Sentences,
        index: int,
    ) -> Iterator[Relation]:
        sentence = text[span[0] : span[1]]
        previous = sentences.spans[index - 1] if index else span
        # The Benelux Union itself is the one cooperating: named here or just before.
        if not re.search(r"Benelux(?:\s+|-)Unie", text[previous[0] : span[1]]):
            return
        for match in self._cooperates.finditer(sentence):
            start = span[0] + match.end()
            for m in here:
                if (
                    m.cls in PARTNERS
                    and m.iri not in MEMBER_STATES
                    and start <= m.begin < start + 80
                ):
                    yield Relation(BENELUX_UNION, COOPERATES, m.iri, span)
                    break


def _nearest_before(
    mentions: Sequence[Candidate], position: int, wanted: set[str], window: int
) -> str | None:
    best: Candidate | None = None
    for m in mentions:
        near = m.iri in wanted and position - window <= m.begin < position
        if near and (best is None or m.begin > best.begin):
            best = m
    return best.iri if best else None
