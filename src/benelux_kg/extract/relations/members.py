"""Readers of ``bkg:participant`` that ``RelationFinder.find`` calls apart from the verbs of
taking part (participation.py): accession and signing along, chairs, organisers, members
counted before or after, counted plurals ("de drie regulatoren"), "doet hetzelfde", the
members of the group a text is about, representation at a meeting, taking part "daar"
or "in de werkgroep"."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

from ..candidates import Candidate
from ..regex import may_contain
from .common import (
    _ASIDE,
    _COORDINATED,
    _COORDINATED_NATIONAL,
    _GROUP_GLUE,
    _NATIONALITY,
    _NEGATION,
    _NOT_YET,
    _OWNER_BEFORE,
    _UNIT_SUBJECT,
    COOPERATORS,
    GATHERINGS,
    GROUPS,
    INSTRUMENTS,
    PARTICIPANT,
    PARTNERS,
    PLACES,
    TAKING_PART,
    Relation,
    _coordinated_before,
    _listed,
    _plain,
)
from .focus import (
    _DEFINITE_NOUN,
    _GROUP_KINDS,
    _JOINS_CLOSING,
    _KIND_SUBJECT,
    _MEETING_KINDS,
    _MEETING_REACH,
    _PARTY_INSTRUMENTS,
    _REFERENCE_REACH,
    _REPRESENTED,
    _SEATED_OPENING,
    _focus,
    _instrument_after,
    _is_parent_named,
    _last_instrument,
    _last_named,
    _named_by_kind_before,
    _previous_subject,
    _section_end,
    _subject_list,
    _subject_of,
    _topic_group,
)

# An intention to join is no membership yet: "X wil op termijn deelnemen", "X hoopt aan te
# sluiten", "X is van plan toe te treden" (while "X wil samenwerken met Y" is a cooperation
# the gold counts, as "zal samenwerken" is).
_INTENDED = re.compile(
    r"(?<!\w)(?:wil|willen|wilde|wilden|hoopt|hopen|hoopte|hoopten|wenst|wensen|streeft"
    r"|streven|van\s+plan|beoogt|beogen|voornemens)(?!\w)",
    re.IGNORECASE,
)


def _ordinal_members(
    text: str, span: tuple[int, int], here: Sequence[Candidate], there: Sequence[Candidate]
) -> list[Relation]:
    """ "Onder X vallen twee subgroepen: A en B. In de eerste hebben C en D zitting, in de
    tweede E.": the groups the sentence before lists, each referred to by its ordinal; the
    bodies after an ordinal, up to the next, take part in its group."""
    sentence = text[span[0] : span[1]]
    if not any(w in sentence for w in ("tweede", "derde", "vierde", "laatst")):
        return []  # (a cheap test first: two ordinals, so a second one)
    ordinals = list(_ORDINAL.finditer(text, span[0], span[1]))
    if len(ordinals) < 2 or not _SEATED.search(text, span[0], span[1]):
        return []
    groups = _listed_groups(text, there)
    if len(groups) < 2:
        return []
    found: list[Relation] = []
    for k, ordinal in enumerate(ordinals):
        word = ordinal.group(1).lower()
        n = len(groups) - 1 if word in {"laatste", "laatstgenoemde"} else _ORDINALS[word]
        if n >= len(groups):
            return []
        end = ordinals[k + 1].start() if k + 1 < len(ordinals) else span[1]
        bodies = [
            m
            for m in here
            if ordinal.end() <= m.begin < end and (m.cls in PARTNERS or m.cls == "Institution")
        ]
        found.extend(Relation(groups[n].iri, PARTICIPANT, m.iri, span) for m in bodies)
    return found


def _listed_groups(text: str, there: Sequence[Candidate]) -> list[Candidate]:
    """The longest list of groups in a sentence ("A, B en C"; the last if two are as long),
    not a parent or a founder named apart ("Onder X vallen A en B")."""
    best: list[Candidate] = []
    run: list[Candidate] = []
    for g in sorted((m for m in there if m.cls in GROUPS), key=lambda m: m.begin):
        if run and g.iri == run[-1].iri:
            continue
        if run and not _GROUP_GLUE.fullmatch(text, run[-1].end, g.begin):
            run = []
        run.append(g)
        if len(run) >= len(best):
            best = list(run)
    return best


def _counted_back(
    text: str,
    span: tuple[int, int],
    here: Sequence[Candidate],
    there: Sequence[Candidate],
    mentions: Sequence[Candidate],
) -> list[Relation]:
    """ "Deze drie toezichthouders vormen samen het netwerk", "De twee diensten nemen deel aan
    de werkgroep X": the bodies the sentence before named, exactly as many as counted, take
    part in the group (named, or by its kind the group of that kind named last)."""
    counted = _COUNTED_BACK.match(text, span[0], span[1])
    if counted is None or _NEGATION.search(text, *span):
        return []
    verb = _FORM_OR_JOIN.search(text, counted.end(), span[1])
    if verb is None:
        return []
    group = next(
        (
            m
            for m in here
            if m.cls in GROUPS and m.begin >= verb.start() and m.begin < verb.end() + 40
        ),
        None,
    )
    kind = _KIND_AFTER.match(text, verb.end(), span[1])
    if group is None and kind is not None:
        group = _focus(text, span, mentions, GROUPS, kind.group(1).lower(), compound=True)
    if group is None:
        return []
    bodies = {
        p.iri: p
        for p in there
        if (p.cls in PARTNERS or p.cls == "Institution")
        and p.iri != group.iri
        and not any(q is not p and q.begin <= p.begin and p.end <= q.end for q in there)
    }
    if len(bodies) != _COUNTS[counted.group(1).lower()]:
        return []
    return [Relation(group.iri, PARTICIPANT, iri, span) for iri in bodies]


# An ordinal standing for one of the groups the sentence before named: "In de eerste hebben X
# zitting, in de tweede Y", "De eerste bestaat uit X, de tweede uit Y" (not "de eerste
# vergadering": no noun follows).
_ORDINALS = {"eerste": 0, "tweede": 1, "derde": 2, "vierde": 3}
_ORDINAL = re.compile(
    r"(?<!\w)(?:[Ii]n\s+|[Aa]an\s+|[Bb]ij\s+)?[Dd]e\s+(eerste|tweede|derde|vierde|laatste"
    r"|laatstgenoemde)(?=\s*[,;]|\s+(?:de|het|uit|zijn|is|zit|zitten|hebben|heeft|nemen"
    r"|neemt|bestaat|werken|werkt|[A-ZÀ-Ý])(?!\w))"
)
_SEATED = re.compile(
    r"(?<!\w)(?:zitting|deel|lid|leden|vertegenwoordigd|bestaat|bestaan|zitten|zit)(?!\w)"
)
# Bodies counted back: "Deze drie toezichthouders", "De twee diensten", "Die vier partners".
_COUNTS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8}
_COUNTED_BACK = re.compile(
    r"\s*(?:Deze|De|Die|Alle)\s+(" + "|".join(_COUNTS) + r")\s+(?:[a-zé-]+\s+)??[a-zé-]+\s",
    re.IGNORECASE,
)
# What the bodies counted back do: "vormen (samen) het netwerk", "nemen deel aan", "zijn
# lid van", "hebben zitting in".
_FORM_OR_JOIN = re.compile(
    r"(?<!\w)(?:vormen|vormden|nemen\s+(?:[a-z]+\s+){0,2}?deel\s+aan|namen\s+(?:[a-z]+\s+){0,2}?deel"
    r"\s+aan|zijn\s+(?:[a-z]+\s+){0,2}?lid\s+van|hebben\s+(?:[a-z]+\s+){0,2}?zitting\s+in)"
    r"(?:\s+samen)?\s+(?:de|het)\s+"
)
_KIND_AFTER = re.compile(r"([a-zé]{4,})(?!\w)")


# The sentence says its subject does what the sentence before said: "Dat doet sinds 2025
# ook de ASNR", "Hetzelfde doen ook X en Y", "X doet dat sinds 2025 ook", "Ook X doet dat".
# Also what holds for the sentence before holds for the subject (round 41): "Hetzelfde geldt
# sinds januari 2025 voor X", "Dat geldt ook voor X en Y" (not "Dat geldt voor X": "dat" may
# point at anything the sentence before said; nor "Dat geldt niet voor X": a negation).
_SAME_BEFORE = re.compile(
    r"\s*(?:(?:Dat|Dit|Hetzelfde)\s+(?:doet|doen|deed|deden)\s+(?:[^\s.;:,]+\s+){0,4}?"
    r"(?:ook|eveneens)"
    r"|Hetzelfde\s+(?:geldt|gold)\s+(?:[^\s.;:,]+\s+){0,4}?(?:(?:ook|eveneens)\s+)?voor"
    r"|(?:Dat|Dit)\s+(?:geldt|gold)\s+(?:[^\s.;:,]+\s+){0,4}?(?:ook|eveneens)\s+voor)"
    rf"\s+(?:de\s+|het\s+)?(?:{_NATIONALITY})?"
)
_SAME_AFTER = re.compile(
    r"\s+(?:doet|doen|deed|deden)\s+(?:dat|dit|hetzelfde)\s+(?:[^\s.;:,]+\s+){0,3}?"
    r"(?:ook|eveneens)(?!\w)"
)
_SAME_OPENING = re.compile(rf"\s*(?:Ook\s+)?(?:(?:De|Het)\s+)?(?:{_NATIONALITY})?")


def _doing_the_same(
    text: str, span: tuple[int, int], here: Sequence[Candidate], before: Sequence[Relation]
) -> list[Relation]:
    """The partners a sentence says do the same as the sentence before, which gave one
    group (or meeting, or instrument) its participants, take part in it too."""
    groups = {r.subject for r in before if r.predicate == PARTICIPANT}
    if len(groups) != 1 or _NEGATION.search(text, *span):
        return []  # "Dat doet ook X nog niet"
    partners = [m for m in here if m.cls in PARTNERS]
    if not partners:
        return []
    same = _SAME_BEFORE.match(text, span[0], span[1])
    if same is not None:
        listed = [m for m in partners if m.begin == same.end()]
    else:
        first = partners[0]
        opening = _SAME_OPENING.fullmatch(text, span[0], first.begin)
        aside = _ASIDE.match(text, first.end, span[1])  # "X (ABBR) doet dat ook"
        verb = _SAME_AFTER.match(text, aside.end() if aside else first.end, span[1])
        listed = [first] if opening is not None and verb is not None else []
    if not listed:
        return []
    # "Dat doen ook X en Y": every body of a coordinated list.
    for m in partners:
        if m.begin > listed[-1].end and _COORDINATED.fullmatch(text, listed[-1].end, m.begin):
            listed.append(m)
    group = next(iter(groups))
    joined = dict.fromkeys(m.iri for m in listed if m.iri != group)
    return [Relation(group, PARTICIPANT, iri, span) for iri in joined]


MEETING_BODIES = PARTNERS | {"Institution", "NationalBody"}
# Who may be a party to an arrangement or a declaration besides places and organisations.
SIGNING_BODIES = {"Institution", "BeneluxUnion"}
_REPORTED_MEETING_REACH = 3000  # the same for "woonde de zitting bij", late in a report
_LOCATION_BEFORE = re.compile(r"(?<!\w)(?:in|te)\s+$")
# Nothing but the end of the sentence after a verb ("NRW neemt als waarnemer deel.").
# Also a separable verb closing in "aan" ("Het UWV schuift sinds 2025 aan."), or an
# observer's role ("Frankrijk is sinds 2025 waarnemer.").
# The participles and nouns that close a clause of taking part do so as well ("De operatoren
# zijn als agendalid betrokken.", "Ook Frankrijk is sinds 2024 vertegenwoordigd."), and the
# role may be shared with a list after it ("X is waarnemer, net als de Europese Commissie.").
_CLOSING = re.compile(
    r"(?<!\w)(?:deel(?:nemen|neemt|nam|namen|genomen)?|aan|waarnemers?|betrokken"
    r"|vertegenwoordigd|aangesloten|toegetreden|lid|leden|mee|meegewerkt|meegedaan"
    # Joining on a settled day: "Het Waals Gewest treedt op 1 september toe."
    r"|toe)"
    r"(?:,?\s+(?:net\s+als|evenals|alsook|alsmede)\s+[^.;:]{1,120}?"
    # Or a clause of condition after it: "schuiven aan waar het politiesamenwerking betreft".
    r"|,?\s+(?:waar|wanneer|zodra|indien|als)\s+(?:het|de|dit|dat)\s+(?:[^.;:,]{1,80}?\s)?"
    r"(?:betreft|gaat|nodig\s+is)"
    # Any clause of time or condition: "schuift aan wanneer handhaving op de agenda staat".
    r"|,?\s+(?:wanneer|zodra|indien|telkens\s+als)\s+[^.;:,()]{1,80}?)?\s*[.!;]?\s*$",
    re.IGNORECASE,
)


# A meeting organised by several: "Het Secretariaat-Generaal organiseert de dag samen met de
# Grande Région", "de conferentie, die de Benelux Unie samen met X organiseerde".
_ORGANISED = re.compile(r"(?<!\w)(?:ge)?organise(?:er|ert|ren|erde|erden|erd)(?!\w)", re.I)
_TOGETHER_WITH = re.compile(r"(?<!\w)(?:samen|in\s+samenwerking)\s+met(?!\w)", re.IGNORECASE)
# The meeting organised as a pronoun: "organiseert haar samen met", "organiseerden hem".
_ORGANISED_PRONOUN = re.compile(
    r"(?<!\w)(?:organiseert|organiseren|organiseerde|organiseerden)\s+(?:haar|hem|deze|die)\s"
)
ORGANISERS = PARTNERS | {"Institution"}
# The meeting as a pronoun opening a passive: "Hij wordt georganiseerd door", "Deze werd in
# 2025 georganiseerd door"; and the clause of its agents, up to a break or a relative clause.
_ORGANISED_BY_PRONOUN = re.compile(
    r"\s*(?:Hij|Zij|Ze|Deze|Die)\s+(?:wordt|werd|is|was)\s+(?:[^\s.;:,]+\s+){0,4}?"
    r"georganiseerd\s+door\s"
)
_AGENT_CLAUSE = re.compile(r"[^.;:]*?(?=,\s*(?:die|dat|waar\w*)\s|[.;:]|$)")


def _co_organisers(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """The bodies that organise a meeting together take part in it: the one meeting the
    sentence names, or the last meeting of the kind it speaks of ("de dag")."""
    if not may_contain(text, ("organise",), *span) or not _ORGANISED.search(text, *span):
        return
    passive = _ORGANISED_BY_PRONOUN.match(text, span[0], span[1])
    if passive is not None and not any(m.cls == "Meeting" for m in here):
        # "Hij wordt georganiseerd door X (in samenwerking met Y).": the meeting named last.
        meeting = _focus(text, span, mentions, {"Meeting"}, reach=_MEETING_REACH)
        if meeting is None:
            return
        clause = _AGENT_CLAUSE.match(text, passive.end(), span[1])
        end = clause.end() if clause is not None else passive.end()
        for m in here:
            inside = any(q is not m and q.begin <= m.begin < m.end <= q.end for q in here)
            if m.cls in ORGANISERS and passive.end() <= m.begin < end and not inside:
                yield Relation(meeting.iri, PARTICIPANT, m.iri, span)
        return
    if not _TOGETHER_WITH.search(text, *span):
        yield from _organiser(text, here, span)
        return
    meetings = [m for m in here if m.cls == "Meeting"]
    meeting = meetings[0] if len(meetings) == 1 else None
    if not meetings:
        for noun in _DEFINITE_NOUN.finditer(text, *span):
            meeting = _focus(
                text,
                span,
                mentions,
                {"Meeting"},
                noun.group(1).lower(),
                compound=True,
                reach=_MEETING_REACH,
            )
            if meeting is not None:
                break
    if meeting is None and _ORGANISED_PRONOUN.search(text, *span):
        # "Het Secretariaat-Generaal organiseert haar samen met X": the meeting named last.
        meeting = _focus(text, span, mentions, {"Meeting"}, reach=_MEETING_REACH)
    if meeting is None:
        return
    for m in here:
        if (
            m.cls in ORGANISERS
            and not meeting.begin <= m.begin < meeting.end
            # "Op 8 oktober volgt in Luxemburg de Klimaatdag": where it is held, no organiser
            and not (m.cls in PLACES and _LOCATION_BEFORE.search(text, span[0], m.begin))
        ):
            yield Relation(meeting.iri, PARTICIPANT, m.iri, span)


# The organiser of a meeting as the subject of its verb: before it ("X organiseert op 4 juni
# de ..."), right after it ("... organiseerde X op 4 juni de ..."), or its agent ("... werd
# georganiseerd door X").
_ORGANISER_BEFORE = re.compile(
    r"\s+(?:(?:heeft|had|zal|gaat)\s+)?(?:(?:[a-z]+|\d{4})\s+){0,4}?"
    r"(?:organiseert|organiseerde|georganiseerd)(?!\w)"
)
_ORGANISER_AFTER = re.compile(
    r"(?<!\w)(?:organiseert|organiseerde|georganiseerd\s+door)\s+(?:de\s+|het\s+)?$"
)
_ORGANISED_MEETING = re.compile(r"[^.;:]{0,80}?\s(?:de|het|een)\s+$")


def _organiser(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Met deelname van A en B organiseerde X op 20 maart de Benelux-conferentie Y", "De
    Benelux-dag Z werd georganiseerd door X": the one organiser of the one meeting the
    sentence names takes part in it (gold: organisers of a conference take part)."""
    meetings = [m for m in here if m.cls == "Meeting"]
    if len(meetings) != 1:
        return
    meeting = meetings[0]
    for m in here:
        # A group organises a meeting too: "Op 20 mei organiseerde het Benelux-netwerk X de
        # Themadag Y".
        if m.cls not in ORGANISERS | GROUPS or meeting.begin <= m.begin < meeting.end:
            continue
        before = _ORGANISER_BEFORE.match(text, m.end, span[1])
        after = _ORGANISER_AFTER.search(text, max(span[0], m.begin - 40), m.begin)
        if before is not None and meeting.begin >= before.end():
            # The subject, then the verb, then the meeting as its object.
            if not _ORGANISED_MEETING.fullmatch(text, before.end(), meeting.begin):
                continue
        elif after is None:
            continue
        yield Relation(meeting.iri, PARTICIPANT, m.iri, span)


# A party joining an instrument: "Noordrijn-Westfalen trad op dezelfde dag tot de verklaring
# toe", "NRW, dat in 2018 tot het memorandum toetrad", "...; NRW trad er in 2018 toe".
_ACCEDED = re.compile(
    r"(?<!\w)(?:(?:trad|traden|treedt|treden)\s+(?:[^\s.;:]+\s+){0,5}?"
    r"(?:tot\s+(?:de|het|dit|deze)\s+(?P<kind>[a-z][\w-]{3,})\s+)?toe"
    r"|tot\s+(?:de|het|dit|deze)\s+(?P<noun>[a-z][\w-]{3,})\s+"
    r"(?:toetrad|toetraden|toetreedt|toetreden|(?:is|zijn)\s+toegetreden)"
    # The bare perfect, with no "tot": "X is op 2 april 2029 toegetreden." (what was named
    # last before).
    r"|(?P<bare>(?:is|zijn|was|waren)\s+(?:[^\s.;:,]+\s+){0,5}?toegetreden(?=\s*[.;]))"
    r")(?!\w)"
)
# Joining by the reflexive verb: "ook de Noordse Raad sluit zich bij de verklaring aan",
# "NRW heeft zich in juni bij de verklaring aangesloten", "die zich bij het akkoord aansloot".
_JOINED_BY = re.compile(
    r"(?<!\w)zich\s+(?:[^\s.;:]+\s+){0,5}?bij\s+(?:de|het|dit|deze)\s+(?P<joined>[a-z][\w-]{3,})"
    r"\s+(?:aan|aangesloten|aansloot|aansloten|aansluit|aansluiten)(?!\w)"
)
# Subscribing to it: "Hauts-de-France onderschreef de verklaring in 2025", "Ierland
# onderschrijft sinds 2023 de Verklaring van ...".
_SUBSCRIBED = re.compile(
    r"(?<!\w)(?P<subscribing>onderschreef|onderschreven|onderschrijft|onderschrijven)\s+"
    r"(?:[^\s.;:]+\s+){0,3}?(?:de|het|dit|deze)\s+(?:(?P<subscribed>[a-z][\w-]{3,})(?![\w-]))?"
)
# Standing behind it: "Denemarken en Noorwegen schaarden zich achter de verklaring", "X heeft
# zich achter de tekst geschaard"; the subject may stand between the verb and "zich" ("Twee
# weken later schaarde ook Ierland zich achter de tekst").
_BEHIND = re.compile(
    r"(?<!\w)(?:schaart|scharen|schaarde|schaarden|hebben|heeft|hadden|had)\s+"
    r"(?P<inverted>(?:[^\s.;:,]+\s+){0,6}?)zich\s+"
    r"(?:[^\s.;:]+\s+){0,4}?achter\s+(?:de|het|dit|deze)\s+(?P<behind>[a-z][\w-]{3,})(?![\w-])"
)
# Nouns that stand for the instrument just named, whatever its kind.
_ANY_KIND = ("tekst", "teksten")
# Where a clause opens after a semicolon or a colon, for the subject before a verb (of
# _accession, _joined_or_signed_too and _discussing_in_group; once shadowed by the
# _CLAUSE_OPENING below).
_SEMICOLON_OR_COLON = re.compile(r"[;:]\s")


def _accession(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """The partners that join a declaration, agreement or treaty take part in it: the one
    named after "tot", the last of the kind its noun names, or ("er") the last named before."""
    verbs = list(_ACCEDED.finditer(text, *span))
    if text.find("zich", *span) >= 0:
        verbs += _JOINED_BY.finditer(text, *span)
    if text.find("onderschr", *span) >= 0:
        verbs += _SUBSCRIBED.finditer(text, *span)
    if text.find("achter", *span) >= 0:
        verbs += _BEHIND.finditer(text, *span)
    for verb in verbs:
        groups = verb.groupdict()
        opening = [o.end() for o in _SEMICOLON_OR_COLON.finditer(text, span[0], verb.start())]
        start = opening[-1] if opening else span[0]
        instruments = [m for m in here if m.cls in {"Declaration", "Agreement", "Treaty"}]
        named = [m for m in instruments if verb.start() <= m.begin <= verb.end()]
        noun = groups.get("kind") or groups.get("noun") or groups.get("joined")
        noun = noun or groups.get("subscribed") or groups.get("behind")
        if noun in _ANY_KIND:
            noun = None  # "achter de tekst": the instrument named last
        if groups.get("subscribing") and not named and not noun:
            continue  # "onderschrijft de Europese aanpak": no instrument
        if named:
            joined: Candidate | None = named[0]
        elif noun:
            joined = _last_instrument(text, span, mentions, noun.lower())
        else:
            earlier = [m for m in instruments if m.end <= start]
            joined = earlier[-1] if earlier else _last_instrument(text, span, mentions, "")
            if groups.get("bare") and not earlier:
                # Only if nothing else one joins (a group, a meeting) was named since.
                last = _last_named(
                    text, span, mentions, _REFERRED_KINDS - INSTRUMENTS, "", _REFERENCE_REACH
                )
                joined = (
                    _instrument_after(text, span, mentions, last) if last is not None else joined
                )
        if joined is None:
            continue
        inverted = (
            (verb.start("inverted"), verb.end("inverted")) if groups.get("inverted") else None
        )
        for p in here:
            if (
                p.cls in PARTNERS
                # The subject stands before the verb, or between it and "zich" (inverted).
                and (
                    inverted[0] <= p.begin < inverted[1]
                    if inverted is not None
                    else start <= p.begin < verb.start()
                )
                and not any(i.begin <= p.begin < i.end for i in instruments)
                and not _OWNER_BEFORE.search(text, max(span[0], p.begin - 12), p.begin)
            ):
                yield Relation(joined.iri, PARTICIPANT, p.iri, span)
    yield from _joined_or_signed_too(text, here, span, mentions)


# Joining what a pronominal adverb stands for: "NRW heeft zich er in januari bij aangesloten",
# "ook Denemarken sloot zich daarbij aan", "X wil zich erbij aansluiten" (an intention: left).
_JOINED_THERE = re.compile(
    r"(?<!\w)zich\s+(?:(?:er|daar|hier)\s+(?:[^\s.;:,]+\s+){0,4}?bij|(?:[^\s.;:,]+\s+){0,4}?"
    r"(?:erbij|daarbij|hierbij)(?:\s+[^\s.;:,]+){0,3}?)\s+(?:aan|aangesloten|aansloot|aansloten"
    r"|aansluit|aansluiten)(?!\w)"
)
# Signing along with the parties named before: "Het Secretariaat-Generaal tekende mee", "Ook
# Denemarken ondertekende de verklaring mee", "X heeft mee ondertekend"; or by the noun: "Ook
# NRW zette zijn handtekening (onder het memorandum)".
_SIGNED_TOO = re.compile(
    # (No conjunction between: "X tekende bezwaar aan en deed mee" is no signing.)
    r"(?<!\w)(?:(?:tekende|tekenden|ondertekende|ondertekenden)\s+"
    r"(?:(?!(?:en|of|maar|dat|die|om|te)\s)[^\s.;:,]+\s+){0,6}?mee"
    r"(?=\s*(?:[.;:,!]|$))"
    r"|(?:mee|mede)[- ]?(?:ondertekend|getekend)(?!\w)"
    r"|(?:zette|zetten|zet|plaatste|plaatsten|plaatst)\s+(?:[^\s.;:]+\s+){0,4}?"
    r"(?:zijn|haar|hun)\s+handtekening(?:en)?(?:\s+onder\s+(?:de|het|dit|deze)"
    r"\s+(?P<signed>[a-z][\w-]{3,}))?(?![\w-])"
    r"|(?:zijn|haar|hun)\s+handtekening(?:en)?\s+(?:[^\s.;:]+\s+){0,3}?(?:onder\s+(?:de|het"
    r"|dit|deze)\s+(?P<under>[a-z][\w-]{3,})\s+(?:[^\s.;:]+\s+){0,3}?)?(?:gezet|geplaatst)(?!\w))"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
# What the adverb or the verb may stand for: the last thing named that one joins or signs.
_REFERRED_KINDS = INSTRUMENTS | GATHERINGS


def _joined_or_signed_too(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """The partners that join, or sign along with others, the declaration, agreement or
    treaty the clause names or, when it names none, the one named last before: only if
    nothing else one could join (another instrument, a group, a meeting) came after it."""
    verbs: list[re.Match[str]] = []
    if text.find("zich", *span) >= 0:
        verbs += _JOINED_THERE.finditer(text, *span)
    if text.find("mee", *span) >= 0 or text.find("handtekening", *span) >= 0:
        verbs += _SIGNED_TOO.finditer(text, *span)
    for verb in verbs:
        opening = [o.end() for o in _SEMICOLON_OR_COLON.finditer(text, span[0], verb.start())]
        start = opening[-1] if opening else span[0]
        if (
            _NEGATION.search(text, start, verb.end())
            or _NOT_YET.search(text, start, verb.end())
            or _INTENDED.search(text, start, verb.end())
        ):
            continue  # "X heeft de verklaring niet mee ondertekend", "X wil zich erbij aansluiten"
        inside = [
            m for m in here if m.cls in _REFERRED_KINDS and verb.start() <= m.begin < verb.end()
        ]
        noun = verb.groupdict().get("signed") or verb.groupdict().get("under")
        joined: Candidate | None
        if inside:
            joined = inside[0]
        elif noun:
            joined = _last_instrument(text, span, mentions, noun.lower())
        else:
            # The adverb or the bare verb refers to the last thing named before the clause.
            before = [
                m
                for m in mentions
                if m.cls in _REFERRED_KINDS and span[0] - _REFERENCE_REACH <= m.begin < start
            ]
            joined = before[-1] if before else None
            if joined is not None and len(_SENTENCE_END.findall(text, joined.end, start)) > 1:
                joined = None  # only what the sentence before (or this one) named
        signing = verb.re is _SIGNED_TOO
        # One joins a group too ("De werkgroep X ... NRW heeft zich er in 2025 bij
        # aangesloten"), but signs only an instrument.
        if joined is None or not (
            joined.cls in _PARTY_INSTRUMENTS or (joined.cls in GROUPS and not signing)
        ):
            continue
        for p in here:
            inverted = verb.start() <= p.begin < verb.end() and signing
            if (
                (p.cls in PARTNERS or (signing and p.cls in SIGNING_BODIES))
                and (start <= p.begin < verb.start() or inverted)
                and not any(m.begin <= p.begin < m.end for m in here if m.cls in INSTRUMENTS)
                and not _OWNER_BEFORE.search(text, max(span[0], p.begin - 12), p.begin)
                and p.iri != joined.iri
            ):
                yield Relation(joined.iri, PARTICIPANT, p.iri, span)


# The chair of a group or meeting: "De werkgroep vergadert onder voorzitterschap van de
# Arbeidsinspectie", "Die komt jaarlijks bijeen onder voorzitterschap van het SG".
# An adjective of origin may stand before the chair: "onder voorzitterschap van het Vlaamse
# Departement Omgeving".
# "onder voorzitterschap van", "onder leiding van", "wordt geleid door", "wordt getrokken
# door": the body that chairs or leads.
_CHAIR_OF = re.compile(
    r"(?<!\w)(?:onder\s+(?:voorzitterschap|leiding)\s+van|(?:geleid|getrokken)\s+door)\s+"
    r"(?:de\s+|het\s+)?(?:[A-Z][a-z]+(?:se|sche)\s+)?$"
)
_PRONOUN_OPENING = re.compile(r"\s*(?:Die|Dat|Zij|Het)\s+[a-z]")
# The body before the group it coordinates or leads: "Het Secretariaat-Generaal coördineert
# sinds 2024 de Benelux-werkgroep X", "X leidde de taskforce Y".
_LEADS = re.compile(
    r"\s+(?:[a-z0-9]+\s+){0,3}?(?:coördineert|coördineerde|coördineren|coördineerden|leidt"
    r"|leidde|leiden|leidden)\s+(?:[a-z0-9]+\s+){0,3}?(?:de|het)\s+$"
)
_LEADS_WORDS = ("coördin", "leid")  # one in every match of _LEADS
# A role held by the body after it: "Het voorzitterschap berust bij X", "De coördinatie van
# het netwerk ligt sinds 2024 bij X", "De leiding is in handen van X", "Het voorzitterschap
# wordt waargenomen door X". ``of`` holds what the role is of, if said. (A body that keeps
# the secretariat, "Het secretariaat berust bij het Secretariaat-Generaal", does not take
# part by that: set S.)
_ROLE_HELD = re.compile(
    r"(?<!\w)(?:[Hh]et\s+(?:co)?voorzitterschap|[Dd]e\s+coördinatie"
    r"|[Dd]e\s+leiding)(?P<of>\s+(?:van|over)\s+[^.;:]{1,120}?|\s+(?:ervan|daarvan))?"
    r"\s+(?:berust|berustte|ligt|lag|is|was|wordt|werd)\s+(?:[a-z0-9]+\s+){0,3}?"
    r"(?:bij|in\s+handen\s+van|(?:verzorgd|waargenomen|uitgeoefend|verzekerd)\s+door)\s+"
    r"(?:de\s+|het\s+)?(?:[A-Z][a-z]+(?:se|sche)\s+)?$"
)
_ROLE_HELD_WORDS = ("voorzitterschap", "coördinatie", "leiding")  # one in every match
# The same said with the body as subject, the clause ending on the role: "Het Nationaal
# Crisiscentrum heeft het voorzitterschap;", "Luxemburg bekleedt sinds 2030 het
# covoorzitterschap van de werkgroep.", "X neemt het voorzitterschap waar." (Not "X heeft het
# voorzitterschap overgedragen", nor "X heeft niet langer het voorzitterschap".)
_HOLDS_CHAIR = re.compile(
    r"\s+(?:heeft|had|hebben|hadden|bekleedt|bekleedde|voert|voerde|vervult|vervulde|neemt"
    r"|nam)\s+(?:(?!niet|geen|nooit)[a-z0-9]+\s+){0,3}?(?:het|de)\s+(?:co)?"
    r"(?:voorzitterschap|coördinatie|leiding)(?P<of>\s+(?:van|over)\s+[^.;:,]{1,120}?)?"
    r"(?:\s+(?:waar|op\s+zich))?(?=\s*[.;:,]|\s*$|\s+(?:en|maar)\s)"
)


def _chaired_by(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """A body that chairs a group takes part in it: the group named before in the sentence,
    the last of the kind the sentence opens with, or the last group for a pronoun."""
    leading = any(text.find(w, *span) >= 0 for w in _LEADS_WORDS)
    holding = any(text.find(w, *span) >= 0 for w in _ROLE_HELD_WORDS)
    for chair in here:
        if chair.cls not in PARTNERS | {"Institution"}:
            continue
        led = next(
            (
                m
                for m in here
                if leading
                and m.cls in GROUPS
                and m.begin > chair.end
                and _LEADS.match(text, chair.end, m.begin)
            ),
            None,
        )
        if led is not None and led.iri != chair.iri:
            yield Relation(led.iri, PARTICIPANT, chair.iri, span)
            continue
        holds = _HOLDS_CHAIR.match(text, chair.end, span[1]) if holding else None
        if holds is not None:
            yield from _holding_the_chair(text, here, span, mentions, chair, holds)
            continue
        held = (
            _ROLE_HELD.search(text, max(span[0], chair.begin - 200), chair.begin)
            if holding
            else None
        )
        if held is None and not _CHAIR_OF.search(text, max(span[0], chair.begin - 50), chair.begin):
            continue
        named = [
            m
            for m in here
            if m.cls in GATHERINGS
            and m.end <= chair.begin
            # "Zij rapporteert aan het Directiecomité X en staat onder voorzitterschap van Y":
            # the parent the group reports to is not what Y chairs.
            and not _is_parent_named(text, m)
        ]
        group = named[-1] if named else None
        if held is not None and group is None:
            # "Het voorzitterschap van het Comité van Ministers ligt bij X": a role of what
            # is no group; a role said of nothing, or "ervan", is the group in focus.
            of = held.group("of")
            if of is None or of.split()[0] in ("ervan", "daarvan"):
                group = _focus(text, span, mentions, GROUPS, reach=_REFERENCE_REACH, own=False)
            if group is not None and group.iri != chair.iri:
                yield Relation(group.iri, PARTICIPANT, chair.iri, span)
            continue
        kind = _KIND_SUBJECT.match(text, span[0], span[1]) if group is None else None
        if kind is not None:
            noun = kind.group(1).lower()
            group = _focus(text, span, mentions, GROUPS, noun, compound=True)
            if group is None and re.fullmatch(_MEETING_KINDS, noun):
                # "De vergadering stond onder voorzitterschap van België": the meeting.
                group = _focus(
                    text, span, mentions, {"Meeting"}, noun, compound=True, reach=_MEETING_REACH
                )
        elif group is None and _PRONOUN_OPENING.match(text, span[0], span[1]):
            group = _focus(text, span, mentions, GROUPS, reach=_REFERENCE_REACH, own=False)
        if group is not None and group.iri != chair.iri:
            yield Relation(group.iri, PARTICIPANT, chair.iri, span)


def _holding_the_chair(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    chair: Candidate,
    holds: re.Match[str],
) -> Iterator[Relation]:
    """ "X heeft het voorzitterschap (van de werkgroep Y)": the group or meeting its "van"
    names, or else the one in focus ("4.2 Benelux-werkgroep Crisisbeheersing ... Het
    Nationaal Crisiscentrum heeft het voorzitterschap"); the chair of what is no group or
    meeting ("het voorzitterschap van het Comité van Ministers") gives nothing."""
    if holds.group("of"):
        inside = [
            m
            for m in here
            if holds.start("of") <= m.begin < holds.end("of") and m.cls in GATHERINGS
        ]
        if not re.fullmatch(r"\s+(?:van|over)\s+(?:de|het|deze|dit)\s+[a-z]+", holds["of"]):
            referred = inside[0] if inside else None
        else:  # "van de werkgroep": the group in focus of that kind
            noun = holds["of"].split()[-1].lower()
            referred = _focus(text, span, mentions, GATHERINGS, noun, compound=True)
    else:  # the group named before in the sentence, or else the one in focus
        before = [
            m
            for m in here
            if m.cls in GATHERINGS and m.end <= chair.begin and not _is_parent_named(text, m)
        ]
        referred = (
            before[-1]
            if before
            else _focus(text, span, mentions, GATHERINGS, reach=_REFERENCE_REACH, own=False)
        )
    if referred is not None and referred.iri != chair.iri:
        yield Relation(referred.iri, PARTICIPANT, chair.iri, span)


# "De werkgroep telt vier leden. Het gaat om X, Y en Z.": a sentence that names the members
# the sentence before counted.
_MEMBERS_NAMED = re.compile(
    r"\s*(?:Het\s+gaat\s+om|Het\s+betreft|Dat\s+zijn|Dit\s+zijn|Het\s+zijn|Deze\s+zijn"
    r"|Te\s+weten|Namelijk)\s"
)
_MEMBERS_COUNTED = re.compile(
    r"(?<!\w)(?:leden|lidorganisaties|deelnemers|partners|deelnemende\s+organisaties)(?!\w)"
)


def _members_counted_before(
    text: str,
    before: tuple[int, int],
    span: tuple[int, int],
    there: Sequence[Candidate],
    here: Sequence[Candidate],
) -> list[Relation]:
    """The members a sentence names after the one group of the sentence before counted them
    ("De werkgroep X telt vier leden. Het gaat om A, B en C.")."""
    opening = _MEMBERS_NAMED.match(text, span[0], span[1])
    if opening is None or not _MEMBERS_COUNTED.search(text, *before):
        return []
    if _NEGATION.search(text, *before) or _NEGATION.search(text, *span):
        return []
    counted = [m for m in there if m.cls in GATHERINGS]
    if any(m.cls in GROUPS for m in here) or len({m.iri for m in counted}) != 1:
        return []
    return [
        Relation(counted[0].iri, PARTICIPANT, p.iri, span)
        for p in here
        if p.cls in PARTNERS and not any(q != p and q.begin <= p.begin < q.end for q in here)
    ]


# A group that gathers its members: "Zij valt onder X en brengt A, B en C samen", "Het
# platform brengt de diensten bijeen die ...: A, B en C".
_GATHERS = re.compile(
    r"(?<!\w)(?:brengt|brengen|bracht|brachten)\s+([^.;]{3,400}?)\s+(?:samen|bijeen)(?!\w)"
)
# The members named after the verb, by a plural noun and a list: "brengt de diensten bijeen
# die ... uitvoeren: A, B en C".
_GATHERED_NOUN = re.compile(r"(?:de|het)\s+[a-z]{4,}")


def _gathered_by_subject(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    before: tuple[int, int] | None,
) -> Iterator[Relation]:
    """The members of the group a sentence opens with (by its name, its kind or a pronoun
    for the subject of the sentence before) that "brengt ... samen/bijeen"."""
    if text.find("br", span[0], span[1]) < 0:
        return
    gathers = _GATHERS.search(text, span[0], span[1])
    if gathers is None:
        return
    found = _subject_of(text, span, here, mentions, before)
    if found is None or found[0].cls not in GROUPS or found[1] > gathers.start():
        return
    # Nothing named between the subject and the verb may be its subject instead.
    if any(found[1] <= m.begin < gathers.start() and m.cls in PARTNERS for m in here):
        return
    if _NEGATION.search(text, span[0], gathers.end()) or _NOT_YET.search(
        text, span[0], gathers.end()
    ):
        return
    end = gathers.end(1)
    if _GATHERED_NOUN.fullmatch(gathers.group(1)) and text.find(":", end, span[1]) >= 0:
        end = span[1]
    for m in here:
        if m.cls in PARTNERS and gathers.start() < m.begin < end:
            if any(o.begin <= m.begin and m.end <= o.end and o is not m for o in here):
                continue  # a place inside a member's name
            yield Relation(found[0].iri, PARTICIPANT, m.iri, span)


# Joining forces in a group: "X en Y trekken (daarin) samen op in het netwerk Z", "Met X
# trekt Y samen op in het netwerk Z": all of them take part in the group, and are no
# partners of each other for it.
_JOINED_IN = re.compile(
    r"(?<!\w)(?:trekt|trekken|trok|trokken)\s+(?:[^\s.;:,]+\s+){0,3}?samen\s+op\s+"
    r"(?:(?:[a-z]+\s+){0,2}?)(?:in|binnen)\s+(?:de\s+|het\s+)?$"
)
_WITH_OPENING = re.compile(r"\s*Met\s+(?:de\s+|het\s+)?")
_JOINING = (COOPERATORS | PLACES) - GROUPS  # who may join forces in a group


def _joined_forces_in(
    text: str, here: list[Candidate], span: tuple[int, int]
) -> Iterator[Relation]:
    if text.find("samen op", span[0], span[1]) < 0:
        return
    for g in here:
        if g.cls not in GROUPS:
            continue
        verb = _JOINED_IN.search(text, max(span[0], g.begin - 80), g.begin)
        if verb is None or _NEGATION.search(text, span[0], verb.end()):
            continue
        opening = _WITH_OPENING.match(text, _section_end(text, span), verb.start())
        members = [
            m
            for m in here
            if m.cls in _JOINING
            and span[0] <= m.begin < verb.start()
            and not any(o.begin <= m.begin and m.end <= o.end and o is not m for o in here)
        ]
        # The subject: a coordinated list right before the verb ("De VNG en de VVSG
        # trekken"), or the body after an inverted verb with "Met X" opening ("Met X trekt
        # de Benelux Unie samen op").
        subject = [m for m in here if m.cls in _JOINING and m.begin >= verb.start()]
        subject = [m for m in subject if m.end <= verb.end()]
        if opening is not None:
            after = [m for m in here if m.cls in _JOINING and verb.start() < m.begin]
            after = [m for m in after if m.end <= verb.end()]
            partner = next((m for m in members if m.begin == opening.end()), None)
            if partner is None or not after:
                continue
            taking = [partner, after[0]]
        else:
            last = max(members, key=lambda m: m.end, default=None)
            if last is None or not re.fullmatch(r"\s*", text[last.end : verb.start()]):
                continue
            taking = [last, *_coordinated_before(text, here, last, _JOINING)]
        for m in (*taking, *subject):
            yield Relation(g.iri, PARTICIPANT, m.iri, span)


# The seat with the group as its place, the members after the verb: "Zitting in de
# werkgroep hebben X, Y en Z", "Lid van het netwerk zijn X en Y".
_SEATED_IN_KIND_OPENING = re.compile(
    r"\s*(?:Zitting\s+in|Lid\s+van)\s+(?:de|het|dit|deze)\s+(?P<kind>[a-zé]{4,})\s+"
    r"(?:hebben|heeft|hadden|had|zijn|is|waren|was)\s+(?:de\s+|het\s+)?"
)


def _seated_in_previous(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    before: tuple[int, int] | None,
) -> Iterator[Relation]:
    """ "Zitting hebben X en Y" after a sentence about a group: they take part in it; with
    the group as the place ("Zitting in de werkgroep hebben X en Y"), in the one of that
    kind in focus."""
    if not here or not text.startswith(("Z", "L"), _section_end(text, span)):
        return
    group: Candidate | None
    opening = _SEATED_OPENING.match(text, _section_end(text, span), span[1])
    if opening is None:
        opening = _SEATED_IN_KIND_OPENING.match(text, _section_end(text, span), span[1])
        if opening is None or _NEGATION.search(text, span[0], span[1]):
            return
        kind = opening.group("kind").lower()
        group = _focus(text, span, mentions, GROUPS, kind, compound=True)
    else:
        group = _previous_subject(text, mentions, before)
    if group is None or group.cls not in GROUPS:
        return
    places = [m for m in here if m.cls in PARTNERS]
    for m in _subject_list(text, places, opening.end()):
        yield Relation(group.iri, PARTICIPANT, m.iri, span)


_ARTICLE_OPENING = re.compile(r"(?:De\s+|Het\s+)?")


def _members_of_topic(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    span = spans[index]
    if not here or any(m.cls in TAKING_PART for m in here):
        return
    # (After an article: "De Duitstalige Gemeenschap is vertegenwoordigd door ...".)
    opening = _ARTICLE_OPENING.match(text, _section_end(text, span), span[1])
    start = opening.end() if opening is not None else span[0]
    if min(m.begin for m in here) != start:
        return  # (a cheap test first: the sentence opens with a name)
    places = [m for m in here if m.cls in PARTNERS]
    subject = _subject_list(text, places, start)
    if not subject:
        return
    tail = subject[-1].end
    members: list[Candidate] = []
    joins = _JOINS_CLOSING.match(text, tail, span[1])
    if joins is not None and _CLOSING.search(text, joins.end() - 3, span[1]):
        members = subject
    represented = _REPRESENTED.match(text, tail, span[1]) if len(subject) == 1 else None
    if represented is not None:
        body = next((m for m in places if m.begin == represented.end()), None)
        # A state, region or community by its body ("De Duitstalige Gemeenschap is
        # vertegenwoordigd door haar Ministerium ...").
        if body is not None and body.cls not in PLACES and body.iri != subject[0].iri:
            members = [subject[0], body]
    if not members:
        return
    if _NEGATION.search(text, span[0], span[1]) or _NOT_YET.search(text, span[0], span[1]):
        return
    group = _topic_group(text, spans, index, mentions)
    if group is not None:
        for m in members:
            yield Relation(group.iri, PARTICIPANT, m.iri, span)


# "Namens de Grande Région lichtte de heer X de studie toe", "Namens Vlaanderen sprak Y": a
# body that speaks through a person at the meeting named last takes part in it.
_ON_BEHALF_OPENING = re.compile(r"\s*Namens\s+(?:de\s+|het\s+)?")
_ARTICLE = re.compile(r"(?:de|het)\s+")
_THERE_AFTER = re.compile(r"\s+(?:er|daar)\s")
_SPEAKS = re.compile(
    r"\s+(?:sprak|spreekt|lichtte|licht|gaf|geeft|presenteerde|presenteert|nam|neemt"
    r"|verwelkomde|opende|schetste|toonde)\s"
)


def _spoken_on_behalf(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    if not here or not text.startswith("Namens", _section_end(text, span)):
        return
    opening = _ON_BEHALF_OPENING.match(text, _section_end(text, span), span[1])
    if opening is None:
        return
    body = next((m for m in here if m.begin == opening.end() and m.cls in MEETING_BODIES), None)
    if body is None or not _SPEAKS.match(text, body.end, span[1]):
        return
    meeting = _focus(text, span, mentions, {"Meeting"}, reach=_REPORTED_MEETING_REACH)
    if meeting is not None:
        yield Relation(meeting.iri, PARTICIPANT, body.iri, span)
        # "Namens Nederland presenteerde het Ministerie van X er een handreiking": the body
        # that speaks, right after the verb, with "er" for the meeting, takes part too.
        verb = _SPEAKS.match(text, body.end, span[1])
        speaker = next(
            (
                m
                for m in here
                if verb is not None
                and m.cls in MEETING_BODIES - PLACES
                and _ARTICLE.fullmatch(text, verb.end(), m.begin)
            ),
            None,
        )
        if speaker is not None and _THERE_AFTER.match(text, speaker.end, span[1]):
            yield Relation(meeting.iri, PARTICIPANT, speaker.iri, span)


# A body that follows a group, named by its kind, or its work as an observer: "De DFS volgt
# de werkgroep sinds dit voorjaar.", "De Europese Commissie volgt de werkzaamheden als
# waarnemer", "Luxemburg volgt het overleg als waarnemer via zijn ministerie", "NRW blijft de
# werkgroep ook in 2036 als waarnemer volgen", "... meldt dat NRW de werkzaamheden als
# waarnemer blijft volgen": it takes part in the group named last, or the one the text is
# about.
_FOLLOWED = (
    r"(?:de\s+(?P<kind>werkgroep|taskforce|stuurgroep)|het\s+(?P<neuter>overleg|netwerk|platform"
    r"|forum)|de\s+(?P<work>werkzaamheden))(?=[\s.;,])"
)
_FOLLOWS_KIND = re.compile(
    r"\s+(?:(?:volgt|volgen|volgde|volgden)\s+(?:ook\s+|sinds\s+\d{4}\s+)?"
    rf"|(?P<keeps>blijft|blijven)\s+(?:ook\s+)?){_FOLLOWED}"
)
# The verb last, in a clause after "dat": "dat NRW de werkzaamheden als waarnemer blijft volgen".
_FOLLOWS_KIND_LAST = re.compile(
    rf"\s+{_FOLLOWED}\s+(?:[^\s.;:,]+\s+){{0,4}}?als\s+waarnemer\s+"
    r"(?:(?:blijft|blijven)\s+volgen|volgt|volgen)(?=[\s.;,])"
)
# The subject's second verb: "Luxemburg heeft geen zeehaven en volgt het overleg ...".
_SECOND_VERB = re.compile(
    r"\s+[^.;:,]{1,60}?\s+en(?=\s+(?:volgt|volgen|volgde|volgden|blijft|blijven)\s)"
)
_THAT_SUBJECT = re.compile(r"(?<!\w)dat\s+(?:de\s+|het\s+)?$")
_AS_OBSERVER = re.compile(r"\bals\s+waarnemer\b")
# "blijft ... als waarnemer volgen": the verb closing the observer's clause.
_KEEPS_AS_OBSERVER = re.compile(r"\s+(?:[^\s.;:,]+\s+){0,4}?als\s+waarnemer\s+volgen(?=[\s.;,])")
# Through whom it follows: "als waarnemer via het Ministère de ...".
_AS_OBSERVER_VIA = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){0,3}?als\s+waarnemer\s+via\s+(?:de\s+|het\s+)?"
)


# Where the clause of a verb of following begins or ends: "Luxemburg heeft geen zeehaven en
# volgt het overleg ...": the denial of the first clause is not the second's.
_CLAUSE_JOINT = re.compile(r",\s|\s(?:en|maar|terwijl)\s|[.;]")


def _denied_clause(text: str, span: tuple[int, int], subject_end: int, verb: re.Match[str]) -> bool:
    """Whether the clause of ``verb`` (from its subject's end or the last joint before it, to
    the next joint) denies or only wishes: "volgt de werkgroep niet meer", "zou ... volgen"."""
    start = subject_end
    for joint in _CLAUSE_JOINT.finditer(text, subject_end, verb.start() + 1):
        start = joint.end()
    joint_after = _CLAUSE_JOINT.search(text, verb.end(), span[1])
    end = joint_after.start() if joint_after is not None else span[1]
    return any(p.search(text, start, end) for p in (_NEGATION, _NOT_YET))


_FOLLOWERS = frozenset({*PARTNERS, "Institution"})


def _follower(text: str, here: list[Candidate], span: tuple[int, int]) -> Candidate | None:
    """The body that opens the sentence, or the clause after "dat", as the subject of a verb
    of following: "De Europese Commissie volgt ...", "Hij meldt dat NRW de werkgroep ..."."""
    opening = _UNIT_SUBJECT.match(text, _section_end(text, span), span[1])
    first = min(here, key=lambda m: m.begin)
    if opening is not None and first.begin == opening.end() and first.cls in _FOLLOWERS:
        return first
    return next(
        (
            m
            for m in here
            if m.cls in PARTNERS
            and _THAT_SUBJECT.search(text, max(span[0], m.begin - 12), m.begin)
            and not any(o.begin < m.begin < o.end for o in here)
        ),
        None,
    )


def _following_group(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    span = spans[index]
    if not here or text.find("volg", span[0], span[1]) < 0:
        return
    first = _follower(text, here, span)
    if first is None:
        return
    end = first.end
    if text.startswith(" (", end):  # "De Deutsche Flugsicherung (DFS) volgt"
        close = text.find(")", end, min(span[1], end + 40))
        end = close + 1 if close >= 0 else end
    second = _SECOND_VERB.match(text, end, span[1])
    follows = _FOLLOWS_KIND.match(text, second.end() if second is not None else end, span[1])
    if follows is not None and follows.group("keeps"):
        # "blijft de werkgroep als waarnemer volgen" (not "blijft de werkgroep trekken").
        if not _KEEPS_AS_OBSERVER.match(text, follows.end(), span[1]):
            return
    elif follows is None:
        follows = _FOLLOWS_KIND_LAST.match(text, end, span[1])
    if follows is None or _denied_clause(text, span, first.end, follows):
        return
    # A group named right after the kind is read by the verb tables ("de werkgroep X").
    if any(m.begin <= follows.end() + 1 and m.end > follows.end() for m in here):
        return
    group: Candidate | None
    kind = follows.group("kind") or follows.group("neuter")
    if kind:
        group = _focus(text, span, mentions, GROUPS, kind)
    else:
        # "volgt de werkzaamheden" alone may be a reader following the news: only as an
        # observer, of the group the sentences before are about.
        clause_end = text.find(" en ", follows.end(), span[1])
        clause_end = clause_end if clause_end >= 0 else span[1]
        if _AS_OBSERVER.search(text, follows.start(), clause_end) is None:
            return
        group = _topic_group(text, spans, index, mentions)
    if group is None or group.cls not in GROUPS:
        return
    yield Relation(group.iri, PARTICIPANT, first.iri, span)
    via = _AS_OBSERVER_VIA.match(text, follows.end(), span[1])
    body = next((m for m in here if via is not None and m.begin == via.end()), None)
    if body is not None and body.cls in PARTNERS:
        yield Relation(group.iri, PARTICIPANT, body.iri, span)


# A counted plural of bodies that refers back to bodies named before: "de drie regulatoren",
# "de drie weerdiensten", "Naast de drie Peppol-autoriteiten", "met beide assemblees". The noun
# (its last part) says what kind of body; its singular finds where the text introduced them.
_BODY_PLURALS = {
    "regulatoren": "regulator",
    "toezichthouders": "toezichthouder",
    "autoriteiten": "autoriteit",
    "diensten": "dienst",
    "instanties": "instantie",
    "agentschappen": "agentschap",
    "instituten": "instituut",
    "assemblees": "assemblee",
    "parlementen": "parlement",
}
# Instruments counted the same way (round 41): "Beide verklaringen zijn ondertekend door X".
_INSTRUMENT_PLURALS = {
    "verklaringen": "verklaring",
    "overeenkomsten": "overeenkomst",
    "memoranda": "memorandum",
    "akkoorden": "akkoord",
    "verdragen": "verdrag",
    "protocollen": "protocol",
}
_COUNTED_PLURAL = re.compile(
    r"(?<![\w-])(?:(?:[Dd]e|[Dd]eze|[Aa]lle)\s+(twee|drie|vier|vijf|zes)|(?:[Dd]e\s+)?([Bb]eide))"
    rf"\s+((?:[\w]+-)?[a-z]*?({'|'.join([*_BODY_PLURALS, *_INSTRUMENT_PLURALS])}))(?![\w-])"
)
_COUNTED_WORDS = ("twee", "drie", "vier", "vijf", "zes", "eide")  # one in every such plural
# The classes such a plural may stand for: an assembly may be an institution of the Union.
_COUNTED_BODIES = {"NationalBody", "ExternalOrganisation"}
_ASSEMBLIES = {"assemblees", "parlementen"}
_NAMED_AFTER = re.compile(r"\s*(?:[,:(]|[-–—]|,?\s*(?:namelijk|te\s+weten))\s*(?:de\s+|het\s+)?")
_COUNTED_REACH = 4000  # characters back to the bodies a counted plural refers to


def _bodies_in(found: Iterable[Candidate], classes: Collection[str]) -> dict[str, Candidate]:
    """The bodies of ``classes`` among ``found``, one per entity, none inside another's name."""
    listed = [m for m in found if m.cls in classes]
    return {
        m.iri: m
        for m in reversed(listed)
        if not any(q is not m and q.begin <= m.begin and m.end <= q.end for q in listed)
    }


def _counted_referents(
    text: str,
    spans: Sequence[tuple[int, int]],
    by_sentence: Mapping[int, list[Candidate]],
    i: int,
) -> tuple[re.Match[str], list[Candidate]] | None:
    """The plural that counts bodies named before and those bodies: those of the sentence
    before if it names exactly that many ("Een delegatie van X en een waarnemer van Y woonden
    de zitting bij. ... met beide assemblees"), else the one set of exactly that many named
    before within reach, as a list ("X (ABBR), Y en de Luxemburgse Z") or in a sentence that
    names the kind ("slaan de Belgische en de Nederlandse Peppol-autoriteit, X en Y, de handen
    ineen met de Luxemburgse Z"). None if there is no such plural or more than one such set."""
    b, e = spans[i]
    if not any(text.find(w, b, e) >= 0 for w in _COUNTED_WORDS):
        return None  # no "twee" ... "zes", no "beide": no counted plural
    counted = _COUNTED_PLURAL.search(text, b, e)
    if counted is None:
        return None
    count = _COUNTS[counted.group(1).lower()] if counted.group(1) else 2
    noun = counted.group(4)
    classes: Collection[str] = (
        _COUNTED_BODIES | {"Institution"} if noun in _ASSEMBLIES else _COUNTED_BODIES
    )
    singular = _BODY_PLURALS.get(noun, "")
    if noun in _INSTRUMENT_PLURALS:
        classes, singular = INSTRUMENTS, _INSTRUMENT_PLURALS[noun]
    here = by_sentence.get(i, [])
    # Named right there ("de drie regulatoren, X, Y en Z"): the plural needs no referents.
    if any(_NAMED_AFTER.fullmatch(text, counted.end(), m.begin) for m in here):
        return None
    # "nemen de drie diensten deel: X, Y en Z": the names follow the colon.
    colon = text.find(":", counted.end(), e)
    if colon >= 0 and any(m.begin > colon and m.cls in classes for m in here):
        return None
    kind = _plain(counted.group(3)[: -len(noun)] + singular)

    def named_in(j: int) -> dict[str, Candidate]:
        # "de Nederlandse Peppol-autoriteit, Logius": the kind alone, before a name, is no
        # name of its own ("de Baltische Assemblee" is one).
        found = by_sentence.get(j, [])
        return _bodies_in((m for m in found if _plain(text[m.begin : m.end]) != kind), classes)

    before = named_in(i - 1) if i else {}
    if len(before) == count:
        return counted, list(before.values())
    sets: set[frozenset[str]] = set()
    named: dict[str, Candidate] = {}
    for j in range(i - 1, -1, -1):
        if spans[j][1] < b - _COUNTED_REACH:
            break
        bodies = named_in(j)
        named.update(bodies)
        if len(bodies) == count and kind in _plain(text[spans[j][0] : spans[j][1]]):
            sets.add(frozenset(bodies))
        ordered = sorted(bodies.values(), key=lambda m: m.begin)
        chain = ordered[:1]
        for m in [*ordered[1:], None]:
            if m is not None and _COORDINATED_NATIONAL.fullmatch(text, chain[-1].end, m.begin):
                chain.append(m)
                continue
            if len(chain) == count:
                sets.add(frozenset(c.iri for c in chain))
            chain = [m] if m is not None else []
    if len(sets) != 1:
        return None
    return counted, [named[iri] for iri in sorted(sets.pop())]


# A place represented at a meeting by a body: "Nederland was vertegenwoordigd door de
# Rechtbank Limburg", "De Europese Commissie was op de exotendag vertegenwoordigd door haar
# Directoraat-generaal Milieu". Both take part in the meeting in focus: the one the clause
# names by its kind, or else the only meeting named in this sentence or the one before (no
# group named there, which the representation could be in instead).
_REPRESENTED_AT = re.compile(
    r"\s+(?:is|was|wordt|werd)\s+(?:op\s+(?:de|het)\s+(?P<kind>[a-z]{4,})\s+)?"
    r"vertegenwoordigd\s+door\s+(?:de\s+|het\s+|haar\s+|zijn\s+)?"
)
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:]\s*|\n\s*)(?:[Oo]ok\s+)?(?:[Dd]e\s+|[Hh]et\s+)?$")


# A body at the meeting "er" or "daar" points back to: "X was er aanwezig", "X gaf er een
# presentatie", "X licht de tekst daar toe", "X schoof er als spreker aan". Not "er" of a
# pronominal adverb ("gaf er een toelichting op": on a text) nor of "er ... over".
_THERE_AT_MEETING = re.compile(
    r"\s+(?:(?:gaf|gaven|geeft|geven|hield|hielden|houdt|houden|verzorgde|verzorgden|"
    r"verzorgt|verzorgen)\s+(?:er|daar)\s+(?:ook\s+)?(?:een|de)\s+(?:[a-z]+\s+)?"
    r"(?:presentatie|toelichting|lezing|slotlezing|inleiding|toespraak|workshop)"
    r"(?!\s+(?:op|bij|over|van|aan|voor|mee)\b)"
    r"|(?:licht|lichten|lichtte|lichtten)\s+(?:(?:de|het|zijn|haar|hun)\s+[a-z]+\s+)?"
    r"(?:er|daar)\s+toe)\s*[.;]"
)
# The same of a meeting or group: present, at the table ("X was er aanwezig", "X schuift er
# als waarnemer aan"); and with the meeting or group left out ("Ook Frankrijk nam deel.",
# "Luxemburg was als waarnemer aanwezig."), the sentence ending right after the verb.
_THERE_OR_BARE = re.compile(
    r"\s+(?:(?:was|waren|is|zijn)\s+(?:(?:er|daar)\s+)?(?:ook\s+|eveneens\s+)?"
    r"(?:als\s+(?:waarnemers?|gast|gasten)\s+)?aanwezig"
    r"|(?:schoof|schoven|schuift|schuiven)\s+(?:er|daar)\s+(?:ook\s+)?"
    r"(?:als\s+(?:waarnemers?|gast|gasten|sprekers?)\s+)?aan"
    r"|(?:nam|namen|neemt|nemen)\s+(?:ook\s+|eveneens\s+|tevens\s+)?"
    r"(?:als\s+(?:waarnemers?|gast|gasten)\s+)?deel)\s*[.;]"
)
# Inverted, the subjects after the verb: "Daarnaast namen X en Y deel.", "Verder was ook X
# aanwezig."
_BARE_INVERTED = re.compile(
    r"(?:^|[.;:]\s*|\n\s*)(?:Daarnaast|Verder|Voorts|Ook|Eveneens)\s+"
    r"(?:(?P<part>nam|namen|neemt|nemen)|was|waren|is|zijn)\s+(?:ook\s+|eveneens\s+)?"
    r"(?:de\s+|het\s+)?$"
)
_BARE_INVERTED_TAIL = re.compile(
    r"\s+(?:ook\s+|eveneens\s+)?(?:als\s+(?:waarnemers?|gast|gasten)\s+)?"
    r"(?P<tail>deel|aanwezig)\s*[.;]"
)
_NEW_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_OWNER_AFTER = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")


def _taking_part_there(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    """Bodies that take part in the meeting or group in focus, which the sentence refers to
    by "er" or "daar", or leaves out; nothing when the sentence names a meeting, group or
    instrument of its own, or a new paragraph opens."""
    span = spans[index]
    sentence = text[span[0] : span[1]]
    # Cheap first: every form has "er" or "daar", or "deel" or "aanwezig" closing a clause.
    if not (
        " er " in sentence or " daar " in sentence or " deel" in sentence or " aanwezig" in sentence
    ):
        return
    if not index or any(m.cls in GATHERINGS | INSTRUMENTS for m in here):
        return
    if _NEW_PARAGRAPH.search(text, spans[index - 1][1], span[0]):
        return
    bodies = [m for m in here if m.cls in MEETING_BODIES]
    if not bodies:
        return
    first = bodies[0]
    listed = list(_listed(text, bodies, first.begin, span[1]))
    if not listed:
        return
    after = listed[-1].end
    # "Het Secretariaat-Generaal van de Benelux Unie licht ...": the owner is no subject.
    owner = _OWNER_AFTER.match(text, after, span[1])
    if owner is not None:
        after = next((m.end for m in here if m.begin == owner.end()), after)
    classes: Collection[str] = ()
    inverted = _BARE_INVERTED.search(text[span[0] : first.begin])
    if inverted is not None:
        tail = _BARE_INVERTED_TAIL.match(text, after, span[1])
        if tail is not None and (tail.group("tail") == "deel") == bool(inverted.group("part")):
            classes = GATHERINGS
    elif _CLAUSE_OPENING.search(text[span[0] : first.begin]):
        if _THERE_AT_MEETING.match(text, after, span[1]):
            classes = {"Meeting"}
        elif _THERE_OR_BARE.match(text, after, span[1]):
            classes = GATHERINGS
    if not classes or _NEGATION.search(text, span[0], span[1]):
        return
    focus = _focus(text, spans[index], mentions, classes, rivals=GATHERINGS | INSTRUMENTS)
    if focus is None:
        focus = _named_by_kind_before(text, spans, index, mentions, classes)
    if focus is not None:
        for body in listed:
            yield Relation(focus.iri, PARTICIPANT, body.iri, span)


# A relative clause on a group named by its kind: "Die actie werd voorbereid in de werkgroep,
# waaraan sinds 2024 ook X deelneemt": the bodies of the clause take part in the only group
# of that kind named before.
_KIND_WHERETO = re.compile(
    rf"(?:in|aan|door|binnen|bij|met)\s+(?:de|het|dit|deze)\s+(?P<kind>{_GROUP_KINDS})\s*,\s+"
    r"waaraan\s+"
)
_KIND_WHERETO_VERB = re.compile(
    r"[^.;:,]*?\s(?:deelneemt|deelnemen|deelnam|deelnamen|meedoet|meedoen|meewerkt|"
    r"meewerken)(?=\s*[.;:,]|\s+en\s)"
)


def _taking_part_in_kind(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    span = spans[index]
    if "waaraan" not in text[span[0] : span[1]]:
        return
    for found in _KIND_WHERETO.finditer(text, span[0], span[1]):
        verb = _KIND_WHERETO_VERB.match(text, found.end(), span[1])
        if verb is None or _NEGATION.search(text, found.end(), verb.end()):
            continue
        bodies = [
            m
            for m in here
            if found.end() <= m.begin < verb.end() and m.cls in PARTNERS | MEETING_BODIES
        ]
        if not bodies or any(
            found.end() <= m.begin < verb.end() and m.cls in GATHERINGS | INSTRUMENTS for m in here
        ):
            continue
        group = _focus(text, spans[index], mentions, GROUPS, found.group("kind"))
        if group is not None:
            for body in _listed(text, bodies, bodies[0].begin, verb.end()):
                yield Relation(group.iri, PARTICIPANT, body.iri, span)


def _represented_at_meeting(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    if "vertegenwoordigd door" not in text[spans[index][0] : spans[index][1]]:
        return
    span = spans[index]
    for place in here:
        if place.cls not in PARTNERS:
            continue
        found = _REPRESENTED_AT.match(text, place.end, span[1])
        if found is None or not _CLAUSE_OPENING.search(text[span[0] : place.begin]):
            continue
        body = next((m for m in here if m.begin == found.end() and m.cls in MEETING_BODIES), None)
        if body is None or body.cls in PLACES or _NEGATION.search(text, place.end, found.end()):
            continue
        if found.group("kind"):
            meeting = _focus(
                text,
                span,
                mentions,
                {"Meeting"},
                found.group("kind"),
                compound=True,
                reach=_MEETING_REACH,
            )
        else:
            meeting = _focus(text, spans[index], mentions, {"Meeting"}, rivals=GROUPS)
        if meeting is not None:
            yield Relation(meeting.iri, PARTICIPANT, place.iri, span)
            yield Relation(meeting.iri, PARTICIPANT, body.iri, span)
