"""``bkg:participant`` through a representative: a place or body takes part in a meeting, a
group or an instrument when someone who stands for it attends, sits in, signs or endorses.

Who stands for a party (an *agent*):

- a role of a place, with the place: "de minister-president van Noordrijn-Westfalen",
  "de ministers van Binnenlandse Zaken van België, Nederland en Luxemburg", "delegaties van
  de Baltische Assemblee en de Noordse Raad", "een delegatie van het Parlement";
- a person the text tied to a place by a role, named anywhere after ("Oliver Krischer,
  minister van Milieu van Noordrijn-Westfalen", "minister-president Wüst van NRW": later
  "minister Krischer", "Wüst"); a place's adjective ties no one ("de Belgische premier"), as
  the gold reads it;
- a collective role named again: "de regeringsleiders" (the places the text last gave that
  noun), "de drie regeringsleiders", "de ministers van de drie landen" (the three member
  states);
- the party a clause acts for: "Leroy onderschreef de verklaring namens de Région Grand
  Est", "mevrouw X namens de VVSG"; opening the clause, with the body that acts for it:
  "Namens België neemt het RIZIV deel, namens Nederland het Ministerie van VWS", "voor
  Luxemburg heeft de ALVA er zitting in". In a group the place itself takes part only where
  its member "is vertegenwoordigd" or "heeft zitting" (set S), not where it "schuift aan"
  (set H);
- "X vertegenwoordigde Nederland"; "de Duitstalige Gemeenschap was met een delegatie
  aanwezig", "de EFSA heeft toegezegd een spreker te sturen"; a group "is het (strategisch)
  overleg van" a collective role.

What the agent does, as the subject of its clause (the list that opens it and ends right
before the verb, or the one right after the verb; after "door" in a passive of signing), and
what it is done to: attending or sitting in ("nam deel", "schoof aan", "was aanwezig",
"woonde bij", "kwam bijeen", "had zitting", "was vertegenwoordigd"): the meeting or group the
clause names, by name or by kind ("aan de top"), else the one in focus; signing or endorsing
("ondertekenden", "tekende", "onderschreef", "werd ondertekend door"): the declaration,
agreement or treaty the clause names, by name or by kind ("de verklaring"), else the one
named last. The party takes part; the person is no participant (the gold names places and
bodies only). A clause with a negation, a possibility, an intention or an invitation ("is
uitgenodigd", "willen ondertekenen") gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..candidates import Candidate
from ..regex import OPENINGS, may_contain
from .common import (
    _NEGATION,
    _NOT_YET,
    GATHERINGS,
    GROUPS,
    INSTRUMENTS,
    MEMBER_STATES,
    PARTICIPANT,
    PLACES,
    Relation,
)
from .focus import (
    _KIND_OPENS,
    _REFERENCE_REACH,
    _focus,
    _last_instrument,
    _sentence_before,
)
from .members import _INTENDED, _REPORTED_MEETING_REACH, MEETING_BODIES, SIGNING_BODIES

# The roles of one person that stand for a place: "de minister-president van X", "minister
# van Milieu van X", "de voorzitter van de Région Grand Est".
_ROLE = (
    r"(?:minister-president|ministerpresident|eerste\s+minister|vice-?premier|premier"
    r"|minister|staatssecretaris|regeringsleider|president|voorzitter|gouverneur)"
)
# The collective roles of politics: "de regeringsleiders", "de ministers van Justitie".
_POLITICAL = (
    r"(?:regeringsleiders|ministers-presidenten|ministers-president|eerste\s+ministers"
    r"|premiers|ministers|staatssecretarissen|staatshoofden)"
)
# Those sent by any body: "vertegenwoordigers van het Vlaams Ministerie van ...", "een
# delegatie van het Parlement".
_SENT = (
    r"(?:vertegenwoordigers|vertegenwoordiger|delegaties|delegatie|afgevaardigden|afgevaardigde"
    r"|afvaardiging)"
)
# A portfolio between the role and its place: "van Justitie en Binnenlandse Zaken".
_PORTFOLIO = r"(?:\s+van\s+[A-Z][\w-]*(?:(?:\s*,\s*|\s+en\s+|\s+)[A-Z][\w-]*){0,6})?"
_COUNT = r"(?:twee|drie|vier|vijf|beide)"
# A role right before the place it stands for: "de regeringsleiders van ", "de (drie)
# bevoegde ministers van Welzijn van ", "delegaties van de ".
_ROLE_OF = re.compile(
    rf"(?<![\w-])(?:(?:[Dd]e|[Aa]lle|[Ee]en)\s+)?(?:{_COUNT}\s+)?"
    r"(?:(?:bevoegde|betrokken|verantwoordelijke|Vlaamse|Waalse)\s+)?"
    rf"(?P<noun>{_POLITICAL}|{_SENT}|(?i:{_ROLE})){_PORTFOLIO}\s+van\s+(?:de\s+|het\s+)?$"
)
# The same role named again without its places: "De regeringsleiders", "de drie ministers";
# or with the places counted: "de ministers van de drie landen".
_ROLE_AGAIN = re.compile(
    rf"(?<![\w-])[Dd]e\s+(?:(?P<count>{_COUNT})\s+)?(?P<noun>{_POLITICAL})"
    rf"(?:\s+van\s+de\s+(?P<states>{_COUNT})\s+(?:landen|lidstaten|Benelux-landen))?"
    r"(?!\s+van\s)(?![\w-])"
)
# A person's role before the name, after a comma after its place: "de minister-president van
# Noordrijn-Westfalen, Hendrik Wüst"; "de heer" may stand between.
_NAME_AFTER_PLACE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*,\s*(?:(?:de\s+heer|mevrouw|dhr\.|mevr\.)\s+)?\[?"
)
# The role after the name: "Oliver Krischer, minister van Milieu van ".
_ROLE_AFTER_NAME = re.compile(
    rf"(?:\]\(#\))?\s*,\s*(?:de\s+)?(?:[A-Z][a-z]+(?:se|sche|s)\s+)?(?i:{_ROLE}){_PORTFOLIO}"
    r"\s+van\s+(?:de\s+|het\s+)?"
)
# The role right before the name ("minister-president Wüst", "de Luxemburgse premier
# Frieden", "Vlaams minister Jo Brouns"): where the agent's phrase opens.
_ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w-])(?:[A-Z][a-z]+(?:se|sche|s)\s+)?(?i:{_ROLE})(?:\s+van\s+[A-Z][\w-]*"
    r"(?:(?:\s*,\s*|\s+en\s+|\s+)[A-Z][\w-]*){0,6})?\s+(?:(?:de\s+heer|mevrouw)\s+)?\[?$"
)
# The place after the name and its role: "minister-president Wüst van NRW".
_PLACE_AFTER_NAME = re.compile(r"(?:\]\(#\))?\s+van\s+(?:de\s+|het\s+)?")
# "namens (de|het) X": the body or place someone acts for.
_ON_BEHALF = re.compile(r"(?<!\w)[Nn]amens\s+(?:de\s+|het\s+)?$")
# "Namens België neemt ...", "voor België hebben X er zitting in": the place a member sits
# for, opening a clause; or a part of it that leaves the verb out (", voor Luxemburg de ALVA").
_FOR_OPENING = re.compile(
    r"\s*(?:(?:Ook|Daarnaast|Verder)\s+)?(?:[Nn]amens|[Vv]oor)\s+(?:de\s+|het\s+)?"
)
_FOR_GAPPED = re.compile(r",\s*(?:namens|voor)\s+(?:de\s+|het\s+)?$")
# "Namens de Tweede Kamer namen vier leden deel": members of an assembly, not its envoys.
_MEMBERS_COUNTED = re.compile(
    r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+"
    r"(?:leden|parlementsleden|parlementariërs|kamerleden)(?!\w)"
)
# A body present through those it sends: "X was met een delegatie aanwezig", "X stuurde een
# spreker", "X heeft toegezegd een spreker te sturen".
_SENDS = re.compile(
    r"\s+(?:(?:is|was|waren|zijn)\s+(?:ook\s+|eveneens\s+)?met\s+een\s+(?:[a-z]+\s+)?"
    r"(?:delegatie|afvaardiging|vertegenwoordiger)\s+(?:[^.;:,]{0,60}?\s)?"
    r"(?:aanwezig|vertegenwoordigd)"
    r"|(?:stuurde|stuurden|stuurt|sturen|zond|zonden|zendt|vaardigde|vaardigden)\s+"
    r"(?:ook\s+)?(?:een|zijn|haar|hun)\s+(?:[a-z]+\s+)?"
    r"(?:delegatie|afvaardiging|vertegenwoordiger|spreker)"
    r"|(?:heeft|hebben)\s+(?:toegezegd|bevestigd)\s+(?:een|zijn|haar|hun)\s+(?:[a-z]+\s+)?"
    r"(?:delegatie|vertegenwoordiger|spreker)\s+te\s+(?:sturen|zenden))(?!\w)"
)

# The verbs: the finite verb (its place decides the subject) and what completes it in the
# clause (a particle, a participle, a predicate). "sign": the object is an instrument;
# "attend": a meeting; "sit": a meeting or a group; "represent": the object is a party.
_FINITE = re.compile(
    r"(?<![\w-])(?:(?P<sign>ondertekende|ondertekenden|ondertekent|tekende|tekenden|tekent"
    r"|onderschreef|onderschreven|onderschrijft|onderschrijven)"
    r"|(?P<part>nam|namen|neemt|nemen)|(?P<seat>schoof|schoven|schuift|schuiven)"
    r"|(?P<attend>woonde|woonden|woont|wonen)|(?P<gather>kwam|kwamen|komt|komen)"
    r"|(?P<be>was|waren|is|zijn)|(?P<have>heeft|hebben|had|hadden)"
    r"|(?P<passive>werd|werden|wordt|worden)"
    r"|(?P<represent>vertegenwoordigde|vertegenwoordigden|vertegenwoordigt))(?![\w-])"
)
_COMPLETION = {
    "part": re.compile(r"(?<!\w)deel(?!\w)"),
    "seat": re.compile(r"(?<!\w)aan(?!\w)"),
    "attend": re.compile(r"(?<!\w)bij(?!\w)"),
    "gather": re.compile(r"(?<!\w)bijeen(?!\w)"),
    "be": re.compile(
        r"(?<!\w)(?:aanwezig|vertegenwoordigd|ondertekend|getekend|onderschreven)(?!\w)"
    ),
    "passive": re.compile(r"(?<!\w)(?:ondertekend|getekend|onderschreven)(?!\w)"),
    "have": re.compile(
        r"(?<!\w)(?:zitting|deelgenomen|bijgewoond|aangeschoven|ondertekend|getekend"
        r"|onderschreven)(?!\w)"
    ),
}
_SIGNED_PARTICIPLE = re.compile(r"(?<!\w)(?:ondertekend|getekend|onderschreven)(?!\w)")
_SEATED = re.compile(r"(?<!\w)(?:zitting|vertegenwoordigd)(?!\w)")
# Where a clause ends: a semicolon, a colon not right after the verb's particle, a clause of
# contrast or a relative clause.
_CLAUSE_END = re.compile(
    r";|:\s|,\s*(?:maar|terwijl|omdat|nadat|zodat|die|dat|waarin|waarmee|waaraan|wiens)\s"
)
# What may stand between a finite verb and the subject after it.
_ADVERBS = re.compile(
    r"\s+(?:(?:ook|eveneens|tevens|daarnaast|verder|voorts|gisteren|vandaag|bovendien"
    r"|er|daar|als\s+gasten?|als\s+waarnemers?)\s+)*"
)
# The agent of a passive: "werd ondertekend door (de) ...".
_BY = re.compile(r"(?<!\w)door\s+")
# Between the items of a list of agents.
_LIST_GLUE = re.compile(r"(?:\s*,\s*(?:en\s+)?|\s+en\s+)(?:de\s+|het\s+)?")
# What may open a clause before its subject: a paragraph's number, "Ook", an article.
_CLAUSE_OPENING = re.compile(
    r"\s*(?:\d{1,2}\.\s+)?(?:(?:[Oo]ok|[Zz]owel|Eveneens)\s+)?(?:(?:[Dd]e|[Hh]et)\s+)?"
)
# What a meeting or a group is named by in the clause: "aan de top", "bij de conferentie",
# "woonde de vergadering bij".
_KIND = re.compile(
    r"(?<!\w)(?:(?:[Aa]an|[Bb]ij|[Vv]oor|[Oo]p|[Tt]ijdens|[Ii]n)\s+)?(?:de|het|deze|dit)\s+"
    r"(?P<kind>top|conferentie|vergadering|zitting|bijeenkomst|congres|symposium|workshop"
    r"|hoorzitting|werkgroep|taskforce|stuurgroep|netwerk|platform|overleg)(?!\w)"
)
# "aan het parlement": what is taken part in is named, but is no meeting or group.
_OTHER_OBJECT = re.compile(r"(?<!\w)[Aa]an\s+(?:de|het)\s+(?P<noun>[a-z][\w-]*)")
# Where else someone represents a place: "vertegenwoordigt Nederland in Europese overleggen".
_ELSEWHERE = re.compile(r"(?<!\w)(?:in|bij|binnen|op|tijdens)\s")
# An instrument by its kind: "de verklaring", "het memorandum".
_INSTRUMENT_KIND = re.compile(
    r"(?<!\w)(?:de|het|deze|dit|die|dat)\s+(?P<kind>intentieverklaring|verklaring|memorandum"
    r"|akkoord|overeenkomst|verdrag|protocol|tekst)(?!\w)"
)
# A pronoun for the instrument named last, as the subject of a passive: "Deze werd ...".
_PRONOUN_SUBJECT = re.compile(r"\s*(?:Deze|Die|Dit|Dat|Zij|Het)\s+")
# A clause whose verb has no object: "Weekers tekende namens de Benelux Unie."
_NO_OBJECT = re.compile(
    r"(?:\s+(?:ook|mee|vandaag|gisteren|eveneens|er|daar))*"
    r"(?:\s+namens\s+[^.;:]{1,80}?)?\s*(?:[.;:]|$)"
)
# "X is het strategisch overleg van": a group defined as a meeting of those that follow.
_DEFINED = re.compile(
    r"\s+(?:is|was)\s+(?:het|de|een)\s+(?:[a-z]+\s+){0,3}?(?:overleg|samenwerkingsverband"
    r"|platform|forum|netwerk|beraad|orgaan)\s+van\s+"
)
_SENT_WORDS = ("delegatie", "afvaardiging", "spreker", "vertegenwoordiger")
_MEETING = frozenset({"Meeting"})
_GROUP_KINDS = frozenset({"werkgroep", "taskforce", "stuurgroep", "netwerk", "platform"})
_PARTY_INSTRUMENTS = frozenset({"Declaration", "Agreement", "Treaty"})
# What a role may stand for: a place, a national body ("Vlaanderen", "de Kansspelcommissie"),
# an organisation ("de voorzitter van de Baltische Assemblee"); not an institution of the
# Union at its own meetings ("Xavier Bettel, voorzitter van het Comité van Ministers").
_PARTIES = frozenset({*PLACES, "NationalBody", "ExternalOrganisation"})
# Who may be sent ("vertegenwoordigers van X") or act "namens" X.
_SENDERS = frozenset({*MEETING_BODIES, *SIGNING_BODIES})
# The cheap tests: a sentence may name a role only with one of these words ("minister" also
# in "ministers", "minister-president"); a collective role named again only with a plural;
# it may act for a party only with one of the others, or "voor" opening a clause.
_ROLE_WORDS = (
    "minister",
    "premier",
    "regeringsleider",
    "staatssecretar",
    "staatshoofd",
    "vertegenwoordiger",
    "delegatie",
    "afgevaardigde",
    "afvaardiging",
    "voorzitter",
    "president",
    "gouverneur",
)
_PLURALS = ("ministers", "premiers", "regeringsleiders", "staatssecretarissen", "staatshoofden")
_ACT_WORDS = (
    "namens",
    "vertegenwoordig",
    "delegatie",
    "afvaardiging",
    "spreker",
)
_ROLE_SLOT = OPENINGS.add(_ROLE_WORDS)
_PLURAL_SLOT = OPENINGS.add(_PLURALS)
_ACT_SLOT = OPENINGS.add(_ACT_WORDS)
_OF_BEFORE = re.compile(r"van\s+(?:de\s+|het\s+)?$")


def _within(
    text: str, positions: list[int] | None, words: Sequence[str], span: tuple[int, int]
) -> bool:
    """Whether one of ``words`` stands in the span: one of their ``positions`` in the
    document falls in it (None: the span is searched)."""
    if positions is None:
        return may_contain(text, words, span[0], span[1])
    i = bisect_left(positions, span[0])
    return i < len(positions) and positions[i] < span[1]


def _for_opening(text: str, span: tuple[int, int]) -> bool:
    """Whether "voor" may open a clause of the sentence: "Voor België neemt ...", "; voor
    Luxemburg heeft de ALVA er zitting in", ", voor Luxemburg de ALVA"."""
    return (
        text.startswith("Voor ", span[0])
        or text.find("; voor ", span[0], span[1]) >= 0
        or text.find(", voor ", span[0], span[1]) >= 0
    )


@dataclass(frozen=True)
class _Agent:
    begin: int  # the phrase that names the representative
    end: int
    parties: tuple[Candidate, ...]  # what it stands for


class Representatives:
    """The reader of one document: the places its people and collective roles are tied to,
    learned in the order of the text, and the participants their acts give."""

    def __init__(self, text: str, mentions: Sequence[Candidate]):
        self.text = text
        self.mentions = mentions
        self.people = [m for m in mentions if m.cls == "Person"]
        self.ties: dict[str, Candidate] | None = None  # person IRI -> the place it stands for
        self.collectives: dict[str, tuple[Candidate, ...]] = {}  # noun -> the places last given
        # Where the words of the cheap tests stand, from the one pass over the document that
        # serves every finder (regex.Openings; None: a short text, searched sentence by
        # sentence).
        self.role_words = OPENINGS.starts(text, _ROLE_SLOT)
        self.plurals = OPENINGS.starts(text, _PLURAL_SLOT)
        self.act_words = OPENINGS.starts(text, _ACT_SLOT)

    def read(
        self, here: list[Candidate], spans: Sequence[tuple[int, int]], index: int
    ) -> Iterator[Relation]:
        """The participants sentence ``index`` states through representatives (read the
        sentences in order: the roles a sentence ties to places serve those after it)."""
        span = spans[index]
        text = self.text
        people = any(m.cls == "Person" for m in here)
        roles = _within(text, self.role_words, _ROLE_WORDS, span)
        acts = _within(text, self.act_words, _ACT_WORDS, span)
        agents = self._agents(here, span, people, roles) if people or roles else []
        if not agents and not acts and not _for_opening(text, span):
            return
        seen: set[tuple[str, str]] = set()
        for relation in self._acts(here, spans, index, agents):
            key = (relation.subject, relation.object)
            if key not in seen:
                seen.add(key)
                yield relation

    # -- who stands for whom -----------------------------------------------------------------

    def _agents(
        self, here: list[Candidate], span: tuple[int, int], people: bool, roles: bool
    ) -> list[_Agent]:
        """The agents of the sentence, each with the parties it stands for, in text order;
        the collective roles given places here are remembered for later sentences. ``roles``:
        the sentence may name a role; ``people``: it names a person."""
        text = self.text
        agents: list[_Agent] = []
        taken: set[int] = set()  # places already read as an agent's
        places = [m for m in here if m.cls in _PARTIES]
        senders = [m for m in here if m.cls in _SENDERS] if roles else []
        for p in senders:
            if p.begin in taken or not _OF_BEFORE.search(text, max(0, p.begin - 12), p.begin):
                continue
            role = _ROLE_OF.search(text, max(span[0], p.begin - 90), p.begin)
            if role is None:
                continue
            noun = " ".join(role.group("noun").lower().split())
            sent = re.fullmatch(_SENT, noun) is not None
            pool = senders if sent else places
            if p not in pool:
                continue
            listed = _chain(text, pool, p, span[1])
            taken.update(q.begin for q in listed)
            end = listed[-1].end
            # "de minister-president van Noordrijn-Westfalen, Hendrik Wüst": the person too.
            person = self._person_at(_NAME_AFTER_PLACE.match(text, end, span[1]), here)
            if person is not None and len(listed) == 1:
                end = person.end
            agents.append(_Agent(role.start(), end, tuple(listed)))
            if re.fullmatch(_POLITICAL, noun) and len(listed) > 1:
                self.collectives[noun] = tuple(listed)
        plural = roles and _within(text, self.plurals, _PLURALS, span)
        for again in _ROLE_AGAIN.finditer(text, span[0], span[1]) if plural else ():
            if any(a.begin <= again.start() < a.end for a in agents):
                continue
            parties = self._collective(again)
            if parties:
                agents.append(_Agent(again.start(), again.end(), parties))
        ties = self._ties() if people else {}
        for person in (m for m in here if m.cls == "Person" and m.iri in ties):
            place = ties[person.iri]
            if any(a.begin <= person.begin < a.end for a in agents):
                continue
            role = _ROLE_BEFORE_NAME.search(text, max(span[0], person.begin - 60), person.begin)
            begin = role.start() if role is not None else person.begin
            end = _past_place(text, person, here, span[1])
            # "Anke Rehlinger, minister-president van Saarland": one agent, the person's.
            agents = [a for a in agents if not (begin <= a.begin and a.end <= end)]
            agents.append(_Agent(begin, end, (place,)))
        return sorted(agents, key=lambda a: a.begin)

    def _collective(self, again: re.Match[str]) -> tuple[Candidate, ...]:
        """The places a collective role named again stands for: those the text last gave
        that noun; else, counted as three ("de drie regeringsleiders", "de ministers van de
        drie landen"), the three member states, if the text names them all."""
        noun = " ".join(again.group("noun").split())
        if again.group("states") is None and noun in self.collectives:
            return self.collectives[noun]
        count = again.group("states") or again.group("count")
        if count != "drie":
            return ()
        states: dict[str, Candidate] = {}
        for m in self.mentions:
            if m.iri in MEMBER_STATES:
                states.setdefault(m.iri, m)
        return tuple(states.values()) if len(states) == 3 else ()

    def _person_at(self, match: re.Match[str] | None, here: list[Candidate]) -> Candidate | None:
        if match is None:
            return None
        return next((m for m in here if m.cls == "Person" and m.begin == match.end()), None)

    def _ties(self) -> dict[str, Candidate]:
        """Each person the text ties to a place by a role, at the first mention that does:
        "de minister-president van X, Y", "Y, minister van Z van X", "minister-president Y van
        X". A place's adjective ties no one ("de Luxemburgse premier Y"): the gold reads only a
        place the text names as a party (c03: "de Belgische premier De Croo" is no Belgium)."""
        if self.ties is not None:
            return self.ties
        self.ties = {}
        if not self.people:
            return self.ties
        text = self.text
        places = sorted((m for m in self.mentions if m.cls in _PARTIES), key=lambda m: m.end)
        ends = [m.end for m in places]
        by_begin = {m.begin: m for m in places}
        for person in self.people:
            if person.iri in self.ties:
                continue
            place: Candidate | None = None
            # "de minister-president van X, Y": the last place ending before the name.
            last = bisect_right(ends, person.begin) - 1
            q = places[last] if last >= 0 else None
            if (
                q is not None
                and _NAME_AFTER_PLACE.fullmatch(text, q.end, person.begin)
                and _ROLE_OF.search(text, max(0, q.begin - 90), q.begin)
            ):
                place = q
            # "Y, minister van Z van X"
            if place is None:
                after = _ROLE_AFTER_NAME.match(text, person.end, person.end + 120)
                place = by_begin.get(after.end()) if after is not None else None
            if place is None and _ROLE_BEFORE_NAME.search(
                text, max(0, person.begin - 60), person.begin
            ):
                # "minister-president Y van X"
                after = _PLACE_AFTER_NAME.match(text, person.end, person.end + 12)
                place = by_begin.get(after.end()) if after is not None else None
            if place is not None:
                self.ties[person.iri] = place
        return self.ties

    # -- what they do --------------------------------------------------------------------------

    def _acts(
        self,
        here: list[Candidate],
        spans: Sequence[tuple[int, int]],
        index: int,
        agents: list[_Agent],
    ) -> Iterator[Relation]:
        text = self.text
        span = spans[index]
        yield from self._defined(here, span, agents)
        yield from self._sent(here, spans, index)
        for verb in _FINITE.finditer(text, span[0], span[1]):
            kind = verb.lastgroup or ""
            if text[max(span[0], verb.start() - 3) : verb.start()] == "te ":
                continue  # an infinitive: "uitgenodigd de verklaring te ondertekenen"
            start, end = _clause(text, span, verb)
            completion = _COMPLETION.get(kind)
            if completion is not None and not completion.search(text, verb.end(), end):
                continue
            if kind in {"have", "be", "passive"} and _SIGNED_PARTICIPLE.search(
                text, verb.end(), end
            ):
                kind = "sign"  # "hebben ... ondertekend", "werd ondertekend door"
            if _denied(text, start, end):
                continue
            behalf, acting = _on_behalf(text, here, start, end, verb)
            if kind == "represent":
                parties = _represented(text, here, verb, end)
            else:
                subjects = _subjects(text, agents, here, (start, end), verb, kind == "sign")
                parties = [p for a in subjects for p in a.parties] + behalf + acting
            if not parties:
                continue
            reported = bool(behalf) and len(behalf) + len(acting) == len(parties)
            target = self._target(here, spans, index, kind, verb, start, end, reported)
            if target is None:
                continue
            seated = kind in {"have", "be"} and _SEATED.search(text, verb.end(), end)
            for party in parties:
                # "Namens Nederland schuift de SVB aan": in a group, the body, not the place.
                for_place = target.cls in GROUPS and party in behalf
                if party.iri == target.iri or (for_place and not seated):
                    continue
                yield Relation(target.iri, PARTICIPANT, party.iri, span)

    def _defined(
        self, here: list[Candidate], span: tuple[int, int], agents: list[_Agent]
    ) -> Iterator[Relation]:
        """ "Het Senningenoverleg is het strategisch overleg van de ministers van Justitie van
        België, Nederland en Luxemburg": a group defined as the meeting of a collective role
        is made of the places it stands for."""
        for group in here:
            if group.cls not in GROUPS:
                continue
            agent = next((a for a in agents if a.begin > group.end), None)
            if agent is not None and _DEFINED.fullmatch(self.text, group.end, agent.begin):
                for party in agent.parties:
                    yield Relation(group.iri, PARTICIPANT, party.iri, span)

    def _sent(
        self, here: list[Candidate], spans: Sequence[tuple[int, int]], index: int
    ) -> Iterator[Relation]:
        """ "De Duitstalige Gemeenschap was met een delegatie aanwezig", "De EFSA heeft
        toegezegd een spreker te sturen": the body takes part in the meeting in focus."""
        text = self.text
        span = spans[index]
        if not may_contain(text, _SENT_WORDS, *span):
            return
        for body in here:
            if body.cls not in _SENDERS:
                continue
            end = body.end
            if text.startswith(" (", end):  # "De Europese Autoriteit (EFSA) heeft"
                close = text.find(")", end, min(span[1], end + 40))
                end = close + 1 if close >= 0 else end
            sends = _SENDS.match(text, end, span[1])
            if sends is None:
                continue
            start, stop = _clause_around(text, span, sends.start(), sends.end())
            if _denied(text, start, stop) or not _CLAUSE_OPENING.fullmatch(text, start, body.begin):
                continue
            named = [
                m for m in here if m.cls in GATHERINGS | INSTRUMENTS and start <= m.begin < stop
            ]
            if named:
                # "stuurde een delegatie naar de conferentie X"; not "naar de werkgroep Y"
                if named[0].cls == "Meeting":
                    yield Relation(named[0].iri, PARTICIPANT, body.iri, span)
                continue
            meeting = self._in_focus(spans, index, _MEETING)
            if meeting is not None:
                yield Relation(meeting.iri, PARTICIPANT, body.iri, span)

    def _target(
        self,
        here: list[Candidate],
        spans: Sequence[tuple[int, int]],
        index: int,
        kind: str,
        verb: re.Match[str],
        start: int,
        end: int,
        reported: bool = False,
    ) -> Candidate | None:
        """What the verb of the clause [start, end) is done to: named in the clause, by name
        or by kind, or else the one in focus (``reported``: a guest acting "namens" a body,
        at the one meeting a report names)."""
        text = self.text
        span = spans[index]
        if kind == "sign":
            named = [m for m in here if m.cls in _PARTY_INSTRUMENTS and start <= m.begin < end]
            if named:
                return named[0]
            # "ondertekenden de verklaring", "De verklaring werd ondertekend door"
            by_kind = _INSTRUMENT_KIND.search(text, start, end)
            if by_kind is not None:
                noun = by_kind.group("kind")
                return _last_instrument(text, span, self.mentions, "" if noun == "tekst" else noun)
            # "Weekers tekende namens de Benelux Unie.", "Deze werd ondertekend door ..."
            if _NO_OBJECT.match(text, verb.end(), end) or _PRONOUN_SUBJECT.fullmatch(
                text, start, verb.start()
            ):
                return _last_instrument(text, span, self.mentions, "")
            return None
        classes = (
            GATHERINGS
            if kind in {"part", "seat", "have", "be", "represent", "gather"}
            else _MEETING
        )
        named = [m for m in here if m.cls in GATHERINGS and start <= m.begin < end]
        if named:
            # "komen bijeen in het Senningenoverleg"; not "was aanwezig in de werkgroep X"
            return named[0] if named[0].cls in classes else None
        by_kind = _KIND.search(text, start, end)
        if by_kind is not None and by_kind.start() < verb.start() and by_kind.group()[0] in "dD":
            by_kind = _KIND.search(text, verb.end(), end)  # the subject, not the object
        if by_kind is not None:
            noun = by_kind.group("kind")
            group = noun in _GROUP_KINDS
            return _focus(
                text,
                span,
                self.mentions,
                GROUPS if group else _MEETING,
                noun,
                compound=True,
                reach=_REFERENCE_REACH if group else _REPORTED_MEETING_REACH,
            )
        if _OTHER_OBJECT.search(text, start, end):
            return None  # "nemen negen leden aan het parlement deel"
        if kind == "represent" and _ELSEWHERE.search(text, verb.end(), end):
            return None  # "vertegenwoordigt Nederland in Europese overleggen"
        if kind == "be" and not _SEATED.search(text, verb.end(), end):
            classes = _MEETING  # "was aanwezig": at a meeting
        found = self._in_focus(spans, index, classes)
        if found is None and reported and "Meeting" in classes:
            # A guest "namens" a body, late in the report of a meeting: the one meeting named.
            found = _focus(text, span, self.mentions, _MEETING, reach=_REPORTED_MEETING_REACH)
        return found

    def _in_focus(
        self, spans: Sequence[tuple[int, int]], index: int, classes: frozenset[str]
    ) -> Candidate | None:
        """The meeting or group of ``classes`` the sentence refers back to: the one named
        just before, or of the kind the sentence before opens on ("De top sloot ...")."""
        text, span = self.text, spans[index]
        found = _focus(
            text, span, self.mentions, classes, rivals=GATHERINGS, reach=_REFERENCE_REACH
        )
        if found is None:
            opens = _KIND_OPENS.match(text, _sentence_before(text, span[0]))
            kinds = _MEETING if opens is not None and opens.group("meeting") else GROUPS
            if opens is not None and kinds <= classes:
                kind = opens.group("meeting") or opens.group("group")
                found = _focus(text, span, self.mentions, kinds, kind, compound=True)
        return found


def _past_place(text: str, person: Candidate, here: list[Candidate], end: int) -> int:
    """Where the name of a person ends with the place its role names after it: "Wüst van
    NRW", "Oliver Krischer, minister van Milieu van Noordrijn-Westfalen"."""
    for after in (_PLACE_AFTER_NAME, _ROLE_AFTER_NAME):
        found = after.match(text, person.end, min(end, person.end + 120))
        place = (
            next((m for m in here if m.begin == found.end() and m.cls in _PARTIES), None)
            if found is not None
            else None
        )
        if place is not None:
            return place.end
    return person.end


def _chain(text: str, pool: list[Candidate], first: Candidate, end: int) -> list[Candidate]:
    """``first`` and the parties of ``pool`` listed right after it ("België, Nederland en
    Luxemburg")."""
    listed = [first]
    for q in sorted(pool, key=lambda m: m.begin):
        if q.begin < listed[-1].end or q.begin >= end:
            continue
        if not _LIST_GLUE.fullmatch(text, listed[-1].end, q.begin):
            break
        listed.append(q)
    return listed


def _clause(text: str, span: tuple[int, int], verb: re.Match[str]) -> tuple[int, int]:
    """The clause of ``verb`` in the sentence. A colon right after the verb and its particle
    opens the list of its subjects, which runs to the sentence's end ("Als gasten namen deel:
    X, die ..., Y en Z")."""
    start, end = _clause_around(text, span, verb.start(), verb.end())
    if text.startswith(":", end) and len(text[verb.end() : end].split()) <= 2:
        return start, span[1]
    return start, end


def _clause_around(text: str, span: tuple[int, int], begin: int, end: int) -> tuple[int, int]:
    """The clause holding [begin, end) in the sentence: from the last break before it to the
    next after it."""
    start = span[0]
    for before in _CLAUSE_END.finditer(text, span[0], begin):
        start = before.end()
    after = _CLAUSE_END.search(text, end, span[1])
    return start, after.start() if after is not None else span[1]


def _represented(
    text: str, here: list[Candidate], verb: re.Match[str], end: int
) -> list[Candidate]:
    """The places "X vertegenwoordigde" names right after it, and those a clause that
    leaves the verb out names after its subject: "Minister-president X vertegenwoordigde
    Nederland, premier Y België." Someone must stand right before the verb."""
    if not any(
        m.end <= verb.start() and not text[m.end : verb.start()].strip()
        for m in here
        if m.cls in _SENDERS or m.cls == "Person"
    ):
        return []
    found: list[Candidate] = []
    for p in here:
        if p.cls not in _PARTIES or not verb.end() <= p.begin < end:
            continue
        right_after = _opens_at(text, p.begin, verb.end() + 1)
        gapped = any(
            m.cls == "Person" and m.end + 1 == p.begin and text[m.end] == " " for m in here
        )
        if right_after or gapped:
            found.append(p)
    return found


def _on_behalf(
    text: str, here: list[Candidate], start: int, end: int, verb: re.Match[str]
) -> tuple[list[Candidate], list[Candidate]]:
    """The parties the clause acts for: "namens X" anywhere in it; "Namens X" or "Voor X"
    opening it right before the verb, or a part after the verb that leaves the verb out
    (", voor Luxemburg de ALVA"). There the body right after (the subject) acts for X and
    takes part too: "Namens België neemt het RIZIV deel, namens Nederland het Ministerie
    van VWS". Not members counted: "Namens de Tweede Kamer namen vier leden deel". The
    parties acted for, and the bodies that act."""
    found: list[Candidate] = []
    bodies: list[Candidate] = []
    senders = [m for m in here if m.cls in _SENDERS and start <= m.begin < end]

    def bodies_at(position: int) -> list[Candidate]:
        # "namens Nederland de SVB en Logius": the bodies listed there.
        first = next(
            (m for m in senders if m.cls not in PLACES and _opens_at(text, m.begin, position)),
            None,
        )
        pool = [m for m in senders if m.cls not in PLACES]
        return _chain(text, pool, first, end) if first is not None else []

    for p in senders:
        if _FOR_OPENING.fullmatch(text, start, p.begin) and not text[p.end : verb.start()].strip():
            lead = _ADVERBS.match(text, verb.end(), end)
            at = lead.end() if lead is not None else verb.end()
            if _MEMBERS_COUNTED.match(text, at, end):
                continue
            found.append(p)
            bodies += bodies_at(at)
        elif p.begin > verb.end() and _FOR_GAPPED.search(text, max(start, p.begin - 14), p.begin):
            # The part must name the body that acts: ", voor Luxemburg de ALVA".
            acting = bodies_at(p.end + 1)
            if acting:
                found.append(p)
                bodies += acting
        elif _ON_BEHALF.search(text, max(start, p.begin - 14), p.begin):
            found.append(p)
    return found, [b for b in bodies if b not in found]


def _denied(text: str, start: int, end: int) -> bool:
    """Whether the clause states no act: negated, possible, intended or invited only."""
    return bool(
        _NEGATION.search(text, start, end)
        or _NOT_YET.search(text, start, end)
        or _INTENDED.search(text, start, end)
        or text[start:end].rstrip().endswith("?")
    )


def _subjects(
    text: str,
    agents: list[_Agent],
    here: list[Candidate],
    clause: tuple[int, int],
    verb: re.Match[str],
    signed: bool,
) -> list[_Agent]:
    """The agents that are the subject of ``verb``: in the list that ends right before it and
    opens its clause, or that opens right after it (and its adverbs); in a passive of signing,
    the list after "door" ("werd ondertekend door de ministers van X en Y"). Other bodies
    and people may stand in the list ("Het Secretariaat-Generaal en de minister-president van
    X ondertekenden")."""
    start, end = clause
    inside = [a for a in agents if start <= a.begin and a.end <= end]
    links = sorted(
        [
            *inside,
            *(
                _Agent(m.begin, m.end, ())
                for m in here
                if (m.cls in _SENDERS or m.cls == "Person")
                and start <= m.begin < end
                and not any(a.begin <= m.begin < a.end for a in inside)
            ),
        ],
        key=lambda a: a.begin,
    )
    found: list[_Agent] = []
    # Before the verb: the list ends right before it.
    before = [a for a in links if a.end <= verb.start()]
    # (A comma closes an apposition: "Anke Rehlinger, minister-president van Saarland, nam")
    if before and text[before[-1].end : verb.start()].strip() in {"", ","}:
        chain = [before[-1]]
        for a in reversed(before[:-1]):
            if _LIST_GLUE.fullmatch(text, a.end, chain[0].begin):
                chain.insert(0, a)
            else:
                break
        if _CLAUSE_OPENING.fullmatch(text, start, chain[0].begin):
            found.extend(chain)  # "Naast de drie premiers neemt ...": no subject
    # After the verb: the list opens right after it (and its adverbs); after "door".
    openings = [lead.end()] if (lead := _ADVERBS.match(text, verb.end(), end)) else []
    if signed:
        openings += [by.end() for by in _BY.finditer(text, verb.end(), end)]
    for opening in openings:
        after = [a for a in links if a.begin >= opening]
        if not after or not _opens_at(text, after[0].begin, opening):
            continue
        chain = [after[0]]
        for a in after[1:]:
            if _LIST_GLUE.fullmatch(text, chain[-1].end, a.begin):
                chain.append(a)
            else:
                break
        found.extend(chain)
    return [a for a in found if a.parties]


_ARTICLE = re.compile(r"(?:de\s+|het\s+)?")


def _opens_at(text: str, begin: int, position: int) -> bool:
    article = _ARTICLE.match(text, position)
    return begin == position or (article is not None and begin == article.end())
