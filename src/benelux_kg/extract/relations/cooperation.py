"""``bkg:cooperatesWith``: "samenwerking met X" where the Benelux is the one cooperating, a
verb of cooperation and its subject (named, by kind, by pronoun), "werken samen",
"slaan de handen ineen", a partner fronted by "Met"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..candidates import Candidate
from ..regex import Opened
from ..sentences import Sentences
from .common import (
    _AND,
    _COORDINATED,
    _COORDINATED_NATIONAL,
    _LIST_GLUE,
    _MET_ITEM_OPENING,
    _NATIONALITY,
    _NEGATION,
    _NOT_YET,
    _OF_THE_OWNER,
    _OWNER_BEFORE,
    _SENTENCE_BREAK,
    BENELUX_UNION,
    COOPERATES,
    COOPERATORS,
    GROUPS,
    MEMBER_STATES,
    PARTNERS,
    PLACES,
    Relation,
    _coordinated_before,
)
from .focus import (
    _KIND_SUBJECT,
    _REFERENCE_REACH,
    _SUBJECT_OPENING,
    _SUBJECT_PRONOUN,
    _focus,
    _previous_place,
    _previous_subject,
    _section_end,
    _subject_of,
)

# The nouns of cooperation whose subject is the body before the verb of their clause.
_NOUN_OF_COOPERATION = re.compile(
    r"(?:in\s+)?(?:samenwerking|samenwerkingsakkoord|samenwerkingsovereenkomst"
    r"|samenwerkingsprotocol|samenwerkingsverband|partnerschap|partner)\s",
    re.IGNORECASE,
)
# The verb between that body and the noun: "Het Beneluxparlement zet de samenwerking met X
# voort", "X zocht in 2024 de samenwerking met Y", "X sloot een samenwerkingsakkoord met Y",
# "X is sinds 2020 een vaste partner van Y", "X organiseert in samenwerking met Y".
_NOUN_VERB = re.compile(
    r"\s+(?:zet|zette|zetten|versterkt|versterkte|versterken|intensiveert|intensiveerde"
    r"|verdiept|verdiepte|zoekt|zocht|zoeken|zochten|sluit|sloot|sluiten|sloten"
    r"|ondertekent|ondertekende|ondertekenden|tekende|tekenden|heeft|hebben|had|hadden"
    r"|is|zijn|was|waren|werd|blijft|bleef|startte|begon|breidt|breidde|bouwt|bouwde"
    r"|onderhoudt|onderhield|organiseert|organiseerde|organiseren|organiseerden|besloot"
    r"|gaat|ging|gingen)(?:\s+[^\s.;:,]+){0,5}?\s+(?:(?:de|een|zijn|haar|hun)\s+)?"
    r"(?:[a-z]+e\s+)?",
)


def _noun_subject(
    text: str, here: list[Candidate], sentence_start: int, begin: int, match: re.Match[str]
) -> Candidate | None:
    """The subject of a noun of cooperation after a verb ("Het Beneluxparlement zet de
    samenwerking met de Noordse Raad voort", "Europol is partner van het Secretariaat-
    Generaal"): the body named last before the verb, in the same clause."""
    if _NOUN_OF_COOPERATION.match(match.group() + " ") is None:
        return None
    breaks = _clause_breaks(text, here, sentence_start, begin)
    clause = breaks[-1] if breaks else sentence_start
    before = [m for m in here if clause <= m.begin and m.end <= begin]
    if not before or before[-1].cls not in COOPERATORS:
        return None
    verb = _NOUN_VERB.fullmatch(text, before[-1].end, begin)
    return before[-1] if verb is not None else None


# An adverbial of cooperation inside a clause ("X stelt in nauw overleg met Y een plan op",
# "X organiseert in 2025 in samenwerking met Y ..."), and between it and its subject a
# finite verb with a few adverbs: no article, no comma (no other noun may be the subject).
_ADVERBIAL = re.compile(r"in\s+(?:nauw\s+)?(?:overleg|samenwerking|partnerschap)\s", re.I)
_VERB_GAP = re.compile(
    r"\s+(?!(?:de|het|een|van|voor)\s)[a-z]+(?:\s+(?!(?:de|het|een)\s)(?:[a-z]+|\d{4})){0,3}\s+"
)


def _adverbial_subject(
    text: str, here: list[Candidate], sentence_start: int, begin: int, match: re.Match[str]
) -> Candidate | None:
    """The subject of an adverbial of cooperation: the body named last before, in the same
    clause, followed by its verb ("Het FAVV stelt in nauw overleg met de NVWA een plan op")."""
    if _ADVERBIAL.match(match.group() + " ") is None:
        return None
    breaks = _clause_breaks(text, here, sentence_start, begin)
    clause = breaks[-1] if breaks else sentence_start
    before = [m for m in here if clause <= m.begin and m.end <= begin]
    if not before or before[-1].cls not in COOPERATORS:
        return None
    subject = before[-1]
    if _OWNER_BEFORE.search(text, max(sentence_start, subject.begin - 12), subject.begin):
        return None  # "het plan van X wordt in overleg met Y opgesteld": X owns the subject
    return subject if _VERB_GAP.fullmatch(text, subject.end, begin) else None


# "De samenwerking tussen het Secretariaat-Generaal en Europol": the first body named works
# with the second (two member states working together are the Benelux itself).
_BETWEEN_AND = re.compile(r"\s+en\s+(?:de\s+|het\s+)?")


def _between_pair(
    text: str, here: list[Candidate], span: tuple[int, int], match: re.Match[str], start: int
) -> list[Relation]:
    """The two bodies right after "samenwerking tussen", joined by "en"."""
    if not match.group().lower().endswith("tussen"):
        return []
    bodies = [m for m in here if m.cls in COOPERATORS | PARTNERS and m.begin >= start]
    if len(bodies) < 2 or not re.fullmatch(r"\s*(?:de\s+|het\s+)?", text[start : bodies[0].begin]):
        return []
    first, second = bodies[0], bodies[1]
    if (
        not _BETWEEN_AND.fullmatch(text, first.end, second.begin)
        or first.iri == second.iri
        or (first.iri in MEMBER_STATES and second.iri in MEMBER_STATES)
        or BENELUX_UNION in (first.iri, second.iri)  # the Union's own rule: it comes first
    ):
        return []
    return [Relation(first.iri, COOPERATES, second.iri, span)]


# "..., en met het Benelux-NRW Netwerk": a further partner after a relative clause.
# "en sinds 2011 ook met de Noordse Raad": a few words may stand between.
_AND_WITH = re.compile(
    rf",?\s+en\s+(?:(?:[a-z]+|\d{{4}})\s+){{0,3}}?met\s+(?:de\s+|het\s+)?(?:{_NATIONALITY})?$"
)


# Between a subject and an infinitive of cooperation: "zal nauw", "besloot voor dit dossier".
_AUXILIARY_GAP = re.compile(
    r"(?:zal|zullen|wil|willen|gaat|gaan|moet|moeten|kan|kunnen|besloot|besluit|besloten"
    r"|beslist|wenst|zou|zouden)\s+(?:(?:[a-z]+|\d{4})\s+){0,4}?"
)


def _group_by_kind(
    text: str,
    span: tuple[int, int],
    verb_start: int,
    mentions: Sequence[Candidate],
    match: re.Match[str],
) -> Candidate | None:
    """The subject "de werkgroep" of a verb of cooperation opening the sentence ("De
    werkgroep werkt nauw samen met Europol"): the last group of that kind named before."""
    if not match.group().lower().startswith(("werk", "samenwerk", "samen te werk")):
        return None
    kind = _KIND_SUBJECT.match(text, _section_end(text, span), verb_start)
    # "De taskforce zal nauw samenwerken met", "De commissie besloot samen te werken met":
    # an auxiliary or a verb of deciding, and adverbs, between.
    if (
        kind is not None
        and kind.end() != verb_start
        and not match.group().lower().startswith("werk")
    ):
        gap = _AUXILIARY_GAP.fullmatch(text, kind.end(), verb_start)
        return _focus(text, span, mentions, GROUPS, kind.group(1).lower()) if gap else None
    if kind is None or kind.end() != verb_start:
        # After the verb: "Op Europees niveau werkt de werkgroep samen met de ELA".
        kind = _KIND_AFTER_VERB.match(match.group())
    if kind is None:
        return None
    return _focus(text, span, mentions, GROUPS, kind.group(1).lower())


# An adverb opening the sentence, the verb of cooperation, then a pronoun as its subject:
# "Daarnaast werkt het samen met", "Sinds 2020 werkt zij nauw samen met", "Voor de
# monitoring werkt zij samen met", "Op Europees niveau werkt het samen met".
_INVERTED_PRONOUN = re.compile(
    r"\s*(?:[A-Z][a-z]+|(?:Sinds|In|Vanaf)\s+\d{4}"
    r"|(?:Voor|Op|Bij|Tijdens)\s+(?:(?:de|het|een|dit|deze)\s+)?(?:[A-Za-zé-]+\s+)?[a-zé-]+)"
    r"\s+((?:werkt|werkte)\s+(?:het|zij|ze|hij))\s+(?:[a-z]+\s+){0,2}samen"
)


def _pronoun_cooperator(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    previous: tuple[int, int] | None,
    mentions: Sequence[Candidate],
    verb_start: int,
    match: re.Match[str],
) -> Candidate | None:
    """ "Het platform rapporteert aan het Comité. Het werkt samen met X": the subject of the
    sentence before, for a pronoun opening this one."""
    if not match.group().lower().startswith(("werk", "samenwerk")):
        return None
    inverted_at = _INVERTED_PRONOUN.match(text, _section_end(text, span), span[1])
    if inverted_at is not None and inverted_at.start(1) == verb_start:
        # "Daarnaast werkt het samen met X": the pronoun after the verb.
        if _person_opens(mentions, previous):
            # "Mevrouw X leidt de werkgroep. Daarnaast werkt zij samen met Y": she, not it.
            return None
        inverted = _previous_subject(text, mentions, previous) or _previous_place(
            text, mentions, previous
        )
        return inverted if inverted is not None and inverted.cls in COOPERATORS else None
    if _SUBJECT_PRONOUN.match(text, _section_end(text, span)) is None:
        return None
    found = _subject_of(text, span, here, mentions, previous)
    if found is None or any(
        m.cls in COOPERATORS and found[1] <= m.begin < verb_start for m in here
    ):
        return None
    if _SINGULAR_SHE.match(text, _section_end(text, span)) and any(
        _LIST_GOES_ON.fullmatch(text, found[0].end, m.begin)
        for m in mentions
        if m.begin > found[0].end
    ):
        # "X, Y en Z zijn als partner toegetreden. Zij werkt samen met W": a singular verb
        # cannot stand for a list; "zij" is the group spoken of (a werkgroep, a taskforce).
        group = _focus(text, span, mentions, GROUPS, reach=_REFERENCE_REACH, own=False)
        return group if group is not None and group.cls in COOPERATORS else None
    return found[0]


def _person_opens(mentions: Sequence[Candidate], previous: tuple[int, int] | None) -> bool:
    """Whether the sentence ``previous`` names a person before any body: "Mevrouw Peeters
    leidt de werkgroep." (a pronoun after it may stand for her)."""
    if previous is None:
        return False
    first = next((m for m in mentions if previous[0] <= m.begin < previous[1]), None)
    return first is not None and first.cls == "Person"


# A feminine singular pronoun and its verb: "Zij werkt", "Ze werkte".
_SINGULAR_SHE = re.compile(r"\s*(?:Zij|Ze)\s+(?:werkt|werkte)\s")
# The next name of a coordinated list: "Proximus, KPN en POST".
_LIST_GOES_ON = re.compile(r"\s*(?:,|\ben\b)\s*(?:de\s+|het\s+)?")


def _main_subject(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    verb_start: int,
    mentions: Sequence[Candidate],
    match: re.Match[str],
) -> Candidate | None:
    """The subject opening the sentence, for a verb of cooperation in a later clause with no
    name of its own: "De werkgroep X, die onder Y valt, werkt de verklaring uit en werkt
    daarbij samen met Europol", "Het Forum werkt aan X en zal nauw samenwerken met Y"."""
    if not match.group().lower().startswith(("werk", "samenwerken", "samenwerkt")):
        return None
    breaks = _clause_breaks(text, here, span[0], verb_start)
    if not breaks or any(breaks[-1] <= m.begin < verb_start for m in here):
        return None
    opening = _SUBJECT_OPENING.match(text, _section_end(text, span), span[1])
    at = opening.end() if opening is not None else span[0]
    first = next((m for m in here if m.begin == at and m.cls in COOPERATORS), None)
    if first is not None:
        return first
    kind = _KIND_SUBJECT.match(text, _section_end(text, span), verb_start)
    if kind is None or any(m.begin < verb_start for m in here):
        return None
    return _focus(text, span, mentions, GROUPS, kind.group(1).lower())


# "X en Y werken (sinds 2026 op dit terrein nauw) samen", "X en Y zullen samenwerken": both
# the subject.
# Not "X en Y werken samen in de Taskforce Z": members of one group, no partners.
_TOGETHER = re.compile(
    r"\s+(?:(?:werken|werkten)\s+(?:[^\s.;:,]+\s+){0,7}?samen"
    # Exercising together is working together: "X en Y oefenen (jaarlijks) samen".
    r"|(?:oefenen|oefenden)\s+(?:[^\s.;:,]+\s+){0,7}?samen"
    r"|(?:zullen|willen|gaan|blijven)\s+(?:[^\s.;:,]+\s+){0,3}?samenwerken"
    # "X en Y hebben afgesproken (om) samen te werken", "X en Y besloten in 2024 samen te
    # werken", "X en Y kwamen overeen samen te werken", "X en Y trekken samen op".
    r"|(?:hebben|spraken|besloten|kwamen|komen)\s+(?:[^\s.;:,]+\s+){0,3}?(?:af\s+)?(?:om\s+)?"
    r"samen\s+te"
    r"\s+werken|(?:trekken|trokken)\s+(?:[^\s.;:,]+\s+){0,3}?samen\s+op"
    # "X en Y hebben (in 2024) een samenwerkingsakkoord gesloten".
    r"|(?:hebben|sloten|ondertekenden|tekenden)\s+(?:[^\s.;:,]+\s+){0,3}?"
    r"samenwerkings(?:akkoord|overeenkomst|protocol)"
    # "X en Y zetten hun samenwerking voort", "X en Y hebben hun nauwe samenwerking versterkt".
    r"|(?:zetten|zetteden|versterken|versterkten|hebben|intensiveren|intensiveerden|verdiepen"
    r"|verdiepten|breiden|breidden)\s+(?:[^\s.;:,]+\s+){0,3}?hun\s+(?:[a-z]+e\s+)?"
    r"samenwerking(?!\s+met\b)"
    # "X en Y zijn (sinds 2020) partners", not "partners in het project".
    r"|(?:zijn|waren)\s+(?:[^\s.;:,]+\s+){0,2}?partners(?!\s+(?:in|van|binnen|bij)\b)"
    # "X en Y bundelen (sinds 2024) hun krachten".
    r"|(?:bundelen|bundelden)\s+(?:[^\s.;:,]+\s+){0,3}?(?:hun|de)\s+krachten"
    # "X en Y slaan (voortaan) de handen ineen", "X en Y hebben de handen ineen geslagen".
    r"|(?:slaan|sloegen|hebben|hadden)\s+(?:[^\s.;:,]+\s+){0,3}?de\s+handen\s+ineen"
    r"(?:\s+geslagen)?)(?!\w)"
    r"(?!\s+met\b)(?!\s+(?:in|binnen)\s+(?:de|het)\s(?!kader\s))"
)


def _working_together(
    text: str, here: list[Candidate], span: tuple[int, int]
) -> Iterator[Relation]:
    """ "Het Beneluxparlement en de Noordse Raad werken vanaf 2026 samen": the first works
    with the second (two member states working together are the Benelux itself)."""
    for second in here:
        if second.cls not in PARTNERS | COOPERATORS:
            continue
        if not _TOGETHER.match(text, second.end) and not _inverted_together(text, here, second):
            continue
        # Not a place inside the name before it ("Agence régionale de santé Grand Est").
        before = [
            m
            for m in here
            if m.end <= second.begin
            and not any(o is not m and o.begin <= m.begin and m.end <= o.end for o in here)
        ]
        first = before[-1] if before else None
        if (
            first is None
            # A state with a neighbour: "Nederland en NRW werken samen in het kader van".
            or first.cls not in COOPERATORS | PLACES
            or first.iri == second.iri
            or not (
                _COORDINATED.fullmatch(text, first.end, second.begin)
                # The nationality of the second only after a body: a place before it may end
                # a name not found ("Het Agence régionale de santé Grand Est en het
                # Luxemburgse ministerie").
                or (
                    first.cls not in PLACES
                    and _COORDINATED_NATIONAL.fullmatch(text, first.end, second.begin)
                )
            )
            or (first.iri in MEMBER_STATES and second.iri in MEMBER_STATES)
        ):
            continue
        yield Relation(first.iri, COOPERATES, second.iri, span)


# Joining hands: "X en Y slaan de handen ineen met Z", "Daarvoor slaan X en Y de handen
# ineen met Z", "X heeft (in 2024) de handen ineen geslagen met Z".
_HANDS_VERBS = r"slaan|slaat|sloeg|sloegen|hebben|heeft|hadden|had"
_HANDS_VERB = re.compile(rf"(?<!\w)(?:{_HANDS_VERBS})(?!\w)")
_HANDS_WITH = re.compile(
    rf"(?P<verb>\s+(?:{_HANDS_VERBS})(?:\s+[^\s.;:,]+){{0,3}}?)?,?\s*de\s+handen\s+ineen"
    rf"(?:\s+(?:geslagen|te\s+slaan))?\s+met\s+(?:de\s+|het\s+)?(?:{_NATIONALITY})?"
)
_HANDS_LIST = re.compile(rf"{_LIST_GLUE}(?:{_NATIONALITY})?")
_ABBREVIATION_AFTER = re.compile(r"\s*\([^()]{1,20}\)")


def _joined_hands(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Daarvoor slaan BOSA en Logius de handen ineen met de AED": each body of the
    coordinated subject (after the verb, or before it) works with each partner after "met"."""
    if text.find("handen ineen", span[0], span[1]) < 0:
        return
    bodies: list[Candidate] = []
    for m in (m for m in here if m.cls in COOPERATORS | PLACES):
        if bodies and bodies[-1].end <= m.begin and text[bodies[-1].end : m.begin].strip() == "(":
            continue  # "de FOD Beleid en Ondersteuning (BOSA)": the abbreviation of the name
        if not bodies or m.begin >= bodies[-1].end:
            bodies.append(m)
    for i, m in enumerate(bodies):
        hands = _HANDS_WITH.match(text, _abbreviated_end(text, m.end, span[1]), span[1])
        if hands is None:
            continue
        if hands.group("verb") is not None:
            # "X en Y slaan (voortaan) de handen ineen met": the list of bodies ending in
            # ``m``, back to its first item.
            subject = [m]
            for q in reversed(bodies[:i]):
                glue = _abbreviated_end(text, q.end, subject[0].begin)
                if not _HANDS_LIST.fullmatch(text, glue, subject[0].begin):
                    break
                subject.insert(0, q)
        else:
            # Inverted, "Daarvoor slaan X, Y en Z de handen ineen met": every body between
            # the verb and "de handen", in one clause.
            verbs = list(_HANDS_VERB.finditer(text, span[0], m.begin))
            if not verbs or _SENTENCE_BREAK.search(text, verbs[-1].end(), m.begin):
                continue
            subject = [q for q in bodies[: i + 1] if q.begin >= verbs[-1].end()]
            if hands.group().startswith(","):
                # "slaan de Belgische en de Nederlandse Peppol-autoriteit, BOSA en Logius, de
                # handen ineen": a list set off by commas is an apposition, naming the bodies
                # the noun before it describes; only the list's items are the subject.
                commas = [
                    k
                    for k in range(1, len(subject))
                    if re.fullmatch(
                        r",\s*(?:de\s+|het\s+)?", text[subject[k - 1].end : subject[k].begin]
                    )
                ]
                subject = subject[commas[-1] :] if commas else subject
        listed: list[Candidate] = []
        for q in bodies[i + 1 :]:
            # The first partner right after "met", the others coordinated with it.
            first = not listed and q.begin == hands.end()
            if first or (
                listed
                and _HANDS_LIST.fullmatch(
                    text, _abbreviated_end(text, listed[-1].end, q.begin), q.begin
                )
            ):
                listed.append(q)
            elif listed or q.begin > hands.end():
                break
        for c in subject:
            for q in listed:
                if c.iri != q.iri and not (c.iri in MEMBER_STATES and q.iri in MEMBER_STATES):
                    yield Relation(c.iri, COOPERATES, q.iri, span)


# "Met Wallonië onderzoekt het Departement Zorg hoe ...": a partner fronted by "met" before
# a verb of joint work, whose subject follows it (the main clause inverted).
# "Ook met X werkt Y samen": an adverb of addition before "met".
_FRONTED_WITH = re.compile(
    rf"\s*(?:[-•*–]\s*)?(?:(?:Ook|Daarnaast|Verder|Tevens)\s+met|Met)\s+(?:de\s+|het\s+)?"
    rf"(?:{_NATIONALITY})?"
)
_ADDED_WITH = re.compile(r"(?:Ook|Daarnaast|Verder|Tevens)\s+met\s")
_JOINT_WORK_AFTER = re.compile(
    r"\s+(?:onderzoekt|onderzoeken|onderzocht|onderzochten|verkent|verkennen|verkende"
    r"|verkenden|ontwikkelt|ontwikkelen|ontwikkelde|ontwikkelden|bereidt|bereiden|bereidde"
    r"|bereidden|werkt|werken|werkte|werkten|overlegt|overleggen|overlegde|overlegden"
    r"|bespreekt|bespreken|besprak|bespraken)\s+(?:de\s+|het\s+)?"
    rf"(?:{_NATIONALITY})?"
)


def _fronted_with(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Met Wallonië onderzoekt het Departement Zorg ...", "Met de ADEM werkt het UWV aan
    ...": the subject after the verb works with the partner the sentence opens with."""
    if text.find("Met", *span) < 0 and _ADDED_WITH.search(text, *span) is None:
        return
    starts = [span[0], *(o.end() for o in _MET_ITEM_OPENING.finditer(text, *span))]
    bodies = [m for m in here if m.cls in COOPERATORS | PLACES]
    for start in starts:
        opening = _FRONTED_WITH.match(text, start, span[1])
        first = next((m for m in bodies if opening and m.begin == opening.end()), None)
        if first is None:
            continue
        verb = _JOINT_WORK_AFTER.match(text, _abbreviated_end(text, first.end, span[1]), span[1])
        subject = next((m for m in bodies if verb is not None and m.begin == verb.end()), None)
        if subject is None or subject.cls not in COOPERATORS or subject.iri == first.iri:
            continue
        line_end = text.find("\n", subject.end, span[1])
        if _NEGATION.search(text, start, line_end if line_end >= 0 else span[1]):
            continue  # "Met Frankrijk werkt de dienst (nog) niet samen"
        if first.iri in MEMBER_STATES and subject.iri in MEMBER_STATES:
            continue
        yield Relation(subject.iri, COOPERATES, first.iri, span)


def _abbreviated_end(text: str, end: int, limit: int) -> int:
    """The end of a name with the abbreviation in parentheses after it ("Logius (DGI)")."""
    after = _ABBREVIATION_AFTER.match(text, end, limit)
    return after.end() if after is not None else end


# "Sinds 2020 werken X en Y (nauw) samen": the verb before its coordinated subject.
_WORK_BEFORE = re.compile(r"(?<!\w)(?:werken|werkten|oefenen|oefenden)\s+(?:de\s+|het\s+)?\Z")
_SAMEN_CLOSING = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){0,5}?samen(?!\w)(?!\s+met\b)"
    r"(?!\s+(?:in|binnen)\s+(?:de|het)\s(?!kader\s))"
)


def _inverted_together(text: str, here: list[Candidate], second: Candidate) -> bool:
    """Whether ``second`` closes a subject after its verb "werken" ("Daarnaast werken X en Y
    nauw samen")."""
    before = [m for m in here if m.end <= second.begin]
    if not before or not _SAMEN_CLOSING.match(text, second.end):
        return False
    first = before[-1]
    verb = _WORK_BEFORE.search(text[max(0, first.begin - 20) : first.begin])
    # "In de werkgroep werken X en Y samen": members of one group, no partners.
    opening = text[max(0, first.begin - 60) : first.begin]
    return verb is not None and _IN_GROUP_BEFORE.search(opening) is None


# "In de werkgroep", "Binnen het netwerk", "Daarin": the group the verb's subject is in.
_IN_GROUP_BEFORE = re.compile(
    r"(?<!\w)(?:[Ii]n|[Bb]innen)\s+(?:de|het|deze|dit)\s|[Dd]aarin|[Hh]ierin"
)


# "werkt de werkgroep samen met": the subject after the verb.
_KIND_AFTER_VERB = re.compile(r"werk\w*\s+(?:de|het)\s+([a-z]{4,})\s", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:die|dat|en|maar|terwijl)\s")


def _clause_breaks(text: str, here: Sequence[Candidate], begin: int, end: int) -> list[int]:
    """Where clauses begin between ``begin`` and ``end``; not inside a name ("de Algemene
    Administratie van Douane en Accijnzen werken samen met")."""
    return [
        b.end()
        for b in _CLAUSE_BREAK.finditer(text, begin, end)
        if not any(m.begin < b.start() < m.end for m in here)
    ]


# How a verb of cooperation opens ("werkt samen met", "heeft samengewerkt met", "besloot
# samen te werken met", "trekt samen op met"); a noun ("de samenwerking met X") does not.
_COOPERATING_VERBS = (
    *("werk", "samenwerken", "samenwerkt", "he", "samen te", "trek", "trok", "samen op"),
    # "X oefent (jaarlijks) samen met Y".
    *("oefen",),
    *("gaat", "gaan", "ging"),
    # "X sloot in 2024 een partnerschap met Y": the verb of closing, with its subject before.
    *("sloot", "sluit", "sloten", "sluiten"),
    # Joint work: "X ontwikkelt samen met Y", "X stelt samen met Y ... op", "X voert samen
    # met Y ... uit", "X bereidt samen met Y ... voor", "X onderzoekt/verkent samen met Y".
    *("ontwikkel", "stel", "voer", "bereid", "onderzo", "verken"),
    # "X bundelt de krachten met Y".
    *("bundel",),
    # In another language: "arbeitet mit", "kooperiert mit", "coopère avec", "cooperates
    # with", "works together with", "collabore avec".
    *("arbeit", "kooper", "coop", "collab", "work"),
)


def _cooperating(
    text: str,
    here: list[Candidate],
    sentence_start: int,
    begin: int,
    end: int,
    match: re.Match[str],
) -> Candidate | None:
    """The subject of a verb of cooperation ("Het Beneluxparlement werkt sinds 2022 samen
    met", "Sinds 2018 werkt de Région Hauts-de-France samen met"): the body named last
    before "met" in the same clause. A noun ("de samenwerking met X") has no subject."""
    if not match.group().lower().startswith(_COOPERATING_VERBS):
        return None
    breaks = _clause_breaks(text, here, sentence_start, begin)
    clause = breaks[-1] if breaks else sentence_start
    before = [
        m
        for m in here
        if clause <= m.begin
        and m.end <= end - len("met")
        and (
            m.cls in COOPERATORS
            or (m.cls in PLACES and _state_subject(text, m, sentence_start, begin))
        )
    ]
    if not before:
        return None
    # "Het Handhavingsforum van ECHA werkt samen met": the forum, not its owner, whether
    # the owner is part of the forum's name or not.
    last = before[-1]
    container = next(
        (m for m in before if m.begin <= last.begin and last.end <= m.end and m is not last),
        None,
    )
    return container or _owned_by(text, here, last) or last


def _owned_by(text: str, here: list[Candidate], owner: Candidate) -> Candidate | None:
    """The body named right before ``owner`` as its part ("het Handhavingsforum van het
    Europees Agentschap voor chemische stoffen"), if any."""
    return next(
        (
            m
            for m in here
            if m.end < owner.begin
            and m.cls in COOPERATORS
            and _OF_THE_OWNER.fullmatch(text, m.end, owner.begin)
        ),
        None,
    )


# Before a state that is no subject of its own: one of a list ("België, Nederland en
# Luxemburg") or of a relative clause ("waarin ...").
_NOT_ALONE = re.compile(r"(?:,|(?<!\w)en)\s*$|(?<!\w)(?:waar\w*|die|dat)(?!\w)")


def _state_subject(text: str, m: Candidate, sentence_start: int, verb: int) -> bool:
    """ "Nederland werkt ook in 2026 nauw samen met NRW": a state right before the verb is
    its subject; not in "Voor de grensstreek met Duitsland werkt de werkgroep samen met ..."
    nor "..., waarin België, Nederland en Luxemburg samenwerken met ..."."""
    return (
        not text[m.end : verb].strip()
        and _KIND_AFTER_VERB.match(text, verb) is None
        and _NOT_ALONE.search(text, sentence_start, m.begin) is None
    )


# A group by its kind opening the sentence, with a relative clause closed by a comma, then a
# verb of cooperation: "Dat netwerk, dat aan het Comité rapporteert, werkt sinds 2026 samen
# met X".
_KIND_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:Het|De|Dit|Deze|Dat)\s+([a-z]{4,}),\s*(?:die|dat)\s[^.;:,]{1,120},\s*$"
)


def _kind_before_clause(
    text: str,
    span: tuple[int, int],
    verb_start: int,
    mentions: Sequence[Candidate],
    match: re.Match[str],
) -> Candidate | None:
    if not match.group().lower().startswith("werk"):
        return None
    kind = _KIND_CLAUSE_SUBJECT.fullmatch(text, _section_end(text, span), verb_start)
    if kind is None:
        return None
    return _focus(text, span, mentions, GROUPS, kind.group(1).lower())


# "de samenwerking van X met Y": the body between "van" and "met" is the subject.
_GENITIVE_WITH = re.compile(r"\s+met$", re.IGNORECASE)


def _genitive_subject(
    here: list[Candidate], begin: int, end: int, match: re.Match[str], text: str
) -> Candidate | None:
    """ "De samenwerking van het Secretariaat-Generaal met Europol wordt voortgezet": the
    body named right after "samenwerking van", closed by "met"."""
    if not match.group().lower().startswith("samenwerking van"):
        return None
    inside = [
        m
        for m in here
        if begin < m.begin
        and m.end <= end
        and m.cls in COOPERATORS
        and _GENITIVE_WITH.fullmatch(text, m.end, end) is not None
    ]
    if not inside or not re.fullmatch(
        r"samenwerking\s+van\s+(?:de\s+|het\s+)?", text[begin : inside[0].begin], re.I
    ):
        return None
    return inside[0]


# Cooperation only wished for or sought: "X wil samenwerken met Y", "X wenst samen te werken
# met Y", "X hoopt op een samenwerking met Y", "X streeft naar een partnerschap met Y".
_WISHED = re.compile(
    r"(?<!\w)(?:wil|willen|wilde|wilden|wenst|wensen|wenste|wensten|hoopt|hopen|hoopte"
    r"|streeft|streven|streefde|van\s+plan|beoogt|beogen|beoogde)(?!\w)",
    re.IGNORECASE,
)

# "Europol, waarmee het Secretariaat-Generaal (sinds 2020 nauw) samenwerkt": the body of
# the relative clause works with the one before the pronoun.
_WITH_WHOM = re.compile(
    rf"(?:\s*\([^()]{{1,40}}\))?,?\s+waarmee\s+(?:ook\s+)?(?:de\s+|het\s+)?(?:{_NATIONALITY})?"
)
_WHOM_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:[^\s.;:,()]+\s+){0,6}?"
    r"(?:samenwerkt|samenwerken|samenwerkte|samenwerkten|heeft\s+samengewerkt"
    r"|hebben\s+samengewerkt|samen\s+optrekt|samen\s+optrekken|samen\s+optrok)(?!\w)"
)


def _with_whom(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "de Interregionale Parlementaire Raad, waarmee het Beneluxparlement in dit dossier
    samenwerkt": the subject of the clause works with the body before "waarmee"."""
    if text.find("waarmee", *span) < 0:
        return
    bodies = [m for m in here if m.cls in COOPERATORS | PARTNERS]
    for partner in bodies:
        clause = _WITH_WHOM.match(text, partner.end, span[1])
        if clause is None:
            continue
        subject = next((m for m in bodies if m.begin == clause.end()), None)
        if subject is None or subject.cls not in COOPERATORS or subject.iri == partner.iri:
            continue
        verb = _WHOM_VERB.match(text, subject.end, span[1])
        if verb is None or _NEGATION.search(text, subject.end, verb.end()):
            continue  # "waarmee X (nog) niet samenwerkt"
        if _WISHED.search(text, subject.end, verb.end()) or _NOT_YET.search(
            text, subject.end, verb.end()
        ):
            continue  # "waarmee X wil samenwerken"
        if subject.iri in MEMBER_STATES and partner.iri in MEMBER_STATES:
            continue
        yield Relation(subject.iri, COOPERATES, partner.iri, span)


_ONE_BODY = frozenset({"ExternalOrganisation", "NationalBody"})


# A negation in another language before the verb: "arbeitet nicht mit", "ne coopère pas
# avec", "does not cooperate with".
_FOREIGN_NEGATION = re.compile(r"(?<!\w)(?:nicht|kein|keine|ne|n'|pas|not|never)(?!\w)")
# "arbeitet (eng) mit Y zusammen": the German verb's particle after the partner.
_ZUSAMMEN = re.compile(r"[^.;:]{1,80}?(?<!\w)zusammen(?!\w)")

# A finite verb right after a name: the name opens a clause of its own ("werkt samen met
# Europol en Frankrijk neemt als waarnemer deel"), it ends no list of partners.
_FINITE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?!(?:met|tot|uit|niet|dat|wat|naast|want|omtrent|net|vast"
    r"|eerst|echt|slechts|best|meest|recht|licht|zelfs|sinds)\s)"
    r"(?:[a-z]{2,}t|is|zijn|was|waren|had|hadden|hebben|zal|zullen|kan|kunnen|worden|werd"
    r"|werden|moeten|nemen|nam|namen|blijven|sturen|leveren|treden|volgen|spelen)\s"
)


def _opens_clause(text: str, m: Candidate) -> bool:
    """Whether the name ``m`` of a list after "met" is the subject of a clause of its own."""
    return _FINITE_AFTER.match(text, m.end) is not None


# "(De) partners van X zijn Y en Z", "Tot de vaste partners van X behoren Y en Z".
_PARTNERS_OF = re.compile(
    r"(?:(?:De|Tot\s+de)\s+)?(?:[a-z]+e\s+)?[Pp]artners\s+van\s+(?:de\s+|het\s+)?"
)
_PARTNERS_ARE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:zijn|waren|behoren|behoorden)\s+(?:onder\s+(?:meer|andere)\s+)?"
    r"(?:(?:ook|sinds\s+\d{4})\s+)?(?:de\s+|het\s+)?"
)


def _partners_are(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "De partners van het Secretariaat-Generaal zijn Europol en Eurojust": the body after
    "partners van" works with each body of the list after the verb."""
    if text.find("artners van", *span) < 0 or _NEGATION.search(text, *span):
        return
    bodies = [m for m in here if m.cls in COOPERATORS | PARTNERS]
    for opening in _PARTNERS_OF.finditer(text, *span):
        owner = next((m for m in bodies if m.begin == opening.end()), None)
        if owner is None or owner.cls not in COOPERATORS:
            continue
        verb = _PARTNERS_ARE.match(text, owner.end, span[1])
        first = next((m for m in bodies if verb is not None and m.begin == verb.end()), None)
        if first is None:
            continue
        listed = [first]
        for m in bodies:
            if m.begin > listed[-1].end:
                if not re.fullmatch(_LIST_GLUE, text[listed[-1].end : m.begin]) or _opens_clause(
                    text, m
                ):
                    break
                listed.append(m)
        for m in listed:
            if m.iri != owner.iri and not (owner.iri in MEMBER_STATES and m.iri in MEMBER_STATES):
                yield Relation(owner.iri, COOPERATES, m.iri, span)


def _right_after(bodies: Sequence[Candidate], opening: re.Match[str] | None) -> Candidate | None:
    """The body right after ``opening``; an adjective of nationality it read may open the
    name ("de Noordse Raad")."""
    if opening is None:
        return None
    starts = {opening.end(), opening.start("n") if opening.group("n") else opening.end()}
    return next((m for m in bodies if m.begin in starts), None)


# A passive with no agent, whose subject is the body the sentence before is about: "Ook met
# Y (en Z) wordt (nauw) samengewerkt", "Er wordt daarbij samengewerkt met Y".
_PASSIVE_FRONTED = re.compile(
    rf"\s*(?:(?:Ook|Daarnaast|Verder|Tevens)\s+met|Met)\s+(?:de\s+|het\s+)?(?P<n>{_NATIONALITY})?"
)
_PASSIVE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:wordt|werd)\s+(?:[^\s.;:,]+\s+){0,4}?samengewerkt(?!\w)"
)
_PASSIVE_THERE = re.compile(
    r"\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Daarbij|Hierbij)\s+wordt\s+er|Er\s+wordt)\s+"
    rf"(?:[^\s.;:,]+\s+){{0,4}}?samengewerkt\s+met\s+(?:de\s+|het\s+)?(?P<n>{_NATIONALITY})?"
)


def _passive(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    previous: tuple[int, int] | None,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    """ "X werkt samen met Y. Ook met Z wordt samengewerkt": X works with Z."""
    if text.find("samengewerkt", *span) < 0 or previous is None:
        return
    start = _section_end(text, span)
    if _NEGATION.search(text, *span) or _NOT_YET.search(text, *span) or _WISHED.search(text, *span):
        return
    bodies = [m for m in here if m.cls in COOPERATORS | PARTNERS]
    fronted = _PASSIVE_FRONTED.match(text, start, span[1])
    there = _PASSIVE_THERE.match(text, start, span[1])
    opening = fronted if fronted is not None else there
    first = _right_after(bodies, opening)
    if first is None:
        return
    listed = [first]
    for m in bodies:
        if m.begin > listed[-1].end:
            if not _AND.fullmatch(text, listed[-1].end, m.begin) or (
                # "Ook met X en Y wordt samengewerkt": the verb after the list is its own.
                fronted is None and _opens_clause(text, m)
            ):
                break
            listed.append(m)
    if fronted is not None and not _PASSIVE_AFTER.match(text, listed[-1].end, span[1]):
        return
    subject = _previous_subject(text, mentions, previous)
    if subject is None or subject.cls not in COOPERATORS:
        return
    for m in listed:
        if m.iri != subject.iri and not (subject.iri in MEMBER_STATES and m.iri in MEMBER_STATES):
            yield Relation(subject.iri, COOPERATES, m.iri, span)


# Joint work with its subject after the verb: "Wel stelt het Agentschap samen met de VVSG een
# model op", "Daarom voert de NVWA samen met het Landesamt controles uit".
_JOINT_VERB_BEFORE = re.compile(
    r"(?<!\w)(?:stelt|stellen|stelde|stelden|voert|voeren|voerde|voerden|ontwikkelt"
    r"|ontwikkelen|ontwikkelde|ontwikkelden|bereidt|bereiden|bereidde|bereidden|onderzoekt"
    r"|onderzoeken|onderzocht|verkent|verkennen|verkende)\s+(?:de\s+|het\s+)?\Z"
)
_JOINT_WITH_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:nu|ook|al|sinds\s+\d{4}|in\s+\d{4}|nauw)\s+){0,2}"
    rf"samen\s+met\s+(?:de\s+|het\s+)?(?P<n>{_NATIONALITY})?"
)


def _inverted_joint(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Wel stelt het Agentschap Binnenlands Bestuur samen met de VVSG een model op": the
    body right after the verb works with the one after "samen met"."""
    if text.find("samen met", *span) < 0:
        return
    bodies = [m for m in here if m.cls in COOPERATORS | PARTNERS]
    for subject in bodies:
        if subject.cls not in COOPERATORS or not _JOINT_VERB_BEFORE.search(
            text[max(span[0], subject.begin - 30) : subject.begin]
        ):
            continue
        after = _JOINT_WITH_AFTER.match(text, subject.end, span[1])
        first = _right_after(bodies, after)
        if first is None or first.iri == subject.iri:
            continue
        window = (max(span[0], subject.begin - 60), after.end() if after else subject.end)
        if _NEGATION.search(text, *window) or _WISHED.search(text, *window):
            continue
        listed = [first]
        for m in bodies:
            if m.begin > listed[-1].end:
                if not _AND.fullmatch(text, listed[-1].end, m.begin) or _opens_clause(text, m):
                    break
                listed.append(m)
        for m in listed:
            if m.iri != subject.iri and not (
                subject.iri in MEMBER_STATES and m.iri in MEMBER_STATES
            ):
                yield Relation(subject.iri, COOPERATES, m.iri, span)


def _resolved(text: str, mentions: Sequence[Candidate], m: Candidate) -> Candidate | None:
    """``m`` as a partner: itself, unless it is a body read from its head word alone ("het
    Landesamt") that opens the name of another body named before ("het Landesamt für
    Verbraucherschutz ..."); then that body at the short form's place if it is the only
    one, else None (a short form the entities did not resolve: no partner)."""
    word = text[m.begin : m.end]
    if m.cls not in _ONE_BODY or not word.isalpha() or not word[:1].isupper():
        return m
    full = {
        c.iri
        for c in mentions
        if c.cls in _ONE_BODY
        and c.iri != m.iri
        and c.end <= m.begin
        and text[c.begin : c.end].startswith(word + " ")
    }
    if not full:
        return m
    return replace(m, iri=full.pop(), cls=m.cls) if len(full) == 1 else None


class CooperationRelations:
    """The method of :class:`~.finder.RelationFinder` for ``bkg:cooperatesWith``. Its pattern
    is built from the tables by ``RelationFinder.__init__``."""

    _cooperates: Opened

    def _cooperation(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        sentences: Sentences,
        index: int,
        mentions: Sequence[Candidate] = (),
    ) -> Iterator[Relation]:
        sentence = text[span[0] : span[1]]
        previous = sentences.spans[index - 1] if index else span
        # The Benelux Union is the one cooperating where the sentence (or the one before)
        # names it and a verb names no other subject.
        union_near = re.search(r"Benelux(?:\s+|-)Unie", text[previous[0] : span[1]])
        before = sentences.spans[index - 1] if index else None
        for match in self._cooperates.finditer(sentence):
            start = span[0] + match.end()
            window = (max(span[0], start - len(match.group()) - 60), start)
            if _NEGATION.search(text, *window) or _NOT_YET.search(text, *window):
                continue  # "zou kunnen samenwerken met", "werkt niet samen met": not stated
            # "wil (voor de controle op ...) samenwerken met": only wished for, in its clause.
            breaks = _clause_breaks(text, here, span[0], span[0] + match.start())
            if _WISHED.search(text, min(window[0], breaks[-1] if breaks else span[0]), start):
                continue
            if _FOREIGN_NEGATION.search(text, *window):
                continue  # "arbeitet nicht mit", "ne coopère pas", "does not cooperate"
            if match.group().lower().startswith("arbeit") and not _ZUSAMMEN.match(
                text, start, span[1]
            ):
                continue  # "arbeitet mit Y zusammen"; not "arbeitet mit Daten"
            if _between_pair(text, here, span, match, start):
                yield from _between_pair(text, here, span, match, start)
                continue
            acting = _genitive_subject(here, span[0] + match.start(), start, match, text)
            if acting is None and match.group().lower().startswith("samenwerking van"):
                continue  # "de samenwerking van de drie landen met X": no body named
            if acting is None:
                acting = _cooperating(text, here, span[0], span[0] + match.start(), start, match)
            if acting is None:
                acting = _noun_subject(text, here, span[0], span[0] + match.start(), match)
            if acting is None:
                acting = _adverbial_subject(text, here, span[0], span[0] + match.start(), match)
            if acting is None:
                acting = _group_by_kind(text, span, span[0] + match.start(), mentions, match)
            if acting is None:
                acting = _main_subject(text, here, span, span[0] + match.start(), mentions, match)
            if acting is None:
                acting = _pronoun_cooperator(
                    text, here, span, before, mentions, span[0] + match.start(), match
                )
            if acting is None:
                acting = _kind_before_clause(text, span, span[0] + match.start(), mentions, match)
            if acting is None and (not union_near or match.group().lower().startswith("partner")):
                continue  # "partner van X" needs its subject
            cooperator = acting.iri if acting is not None else BENELUX_UNION
            if (
                cooperator == BENELUX_UNION
                and match.group().lower().endswith("tussen")
                and not re.search(r"Benelux(?:\s+|-)Unie", text[start : start + 120])
            ):
                continue  # "samenwerking tussen X en de Benelux Unie", not between two others
            # A subject other than the Union may work with the Union or one of its bodies.
            wanted = PARTNERS | (COOPERATORS if cooperator != BENELUX_UNION else set())
            partners = [
                partner
                for m in here
                if m.cls in wanted
                and m.iri != cooperator
                and (partner := _resolved(text, mentions, m)) is not None
            ]
            first = next((m for m in partners if start <= m.begin < start + 80), None)
            if first is None:
                continue
            # "werkt samen met de Baltische Assemblee en de Noordse Raad": every partner of a
            # coordinated list.
            listed = [first]
            for m in partners:
                if m.begin > listed[-1].end:
                    if not _AND.fullmatch(text, listed[-1].end, m.begin) or (
                        # Only after a verb: "de samenwerking met X en Y wordt voortgezet".
                        match.group().lower().startswith(_COOPERATING_VERBS)
                        and _opens_clause(text, m)
                    ):
                        break
                    listed.append(m)
            # "samen met X, die onder de vlag van Z opereert, en met Y": "met" again.
            listed += [
                m
                for m in partners
                if m.begin > listed[-1].end
                and _AND_WITH.search(text, max(listed[-1].end, m.begin - 40), m.begin)
            ]
            # "Het FAVV en de NVWA werken samen met X": each body of the subject.
            cooperators = [cooperator]
            if acting is not None and acting.cls in COOPERATORS:
                cooperators += [
                    g.iri
                    for g in _coordinated_before(text, here, acting, COOPERATORS)
                    if g.iri not in MEMBER_STATES
                ]
            for c in cooperators:
                for m in listed:
                    # Two member states working together is the Benelux itself, no partnership.
                    if m.iri != c and (
                        m.iri not in MEMBER_STATES
                        or (c != BENELUX_UNION and c not in MEMBER_STATES)
                    ):
                        yield Relation(c, COOPERATES, m.iri, span)
        yield from _working_together(text, here, span)
        yield from _joined_hands(text, here, span)
        yield from _fronted_with(text, here, span)
        yield from _with_whom(text, here, span)
        yield from _partners_are(text, here, span)
        yield from _passive(text, here, span, before, mentions)
        yield from _inverted_joint(text, here, span)
