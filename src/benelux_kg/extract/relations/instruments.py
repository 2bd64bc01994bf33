"""Relations of instruments: ``eli:passed_by`` (the body that adopted an instrument),
``eli:amends`` (by name, agent, pronoun, demonstrative or note) and ``eli:date_document``
(the date in the name, of the signing or adoption sentence, of an index entry or list
item, of the meeting a report is about)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..candidates import Candidate
from ..dating import RelativeDate
from ..names import DATE, first_date
from ..regex import Opened, may_contain
from .common import (
    _ARTICLE_START,
    _ASIDE,
    _ITEM_OPENING,
    _LIST_GLUE,
    _NEGATION,
    ADOPTED_BY_BODIES,
    AMENDS,
    COMMITTEE,
    DATE_DOCUMENT,
    INSTRUMENTS,
    PARLIAMENT,
    PARTICIPANT,
    PARTNERS,
    PASSED_BY,
    Relation,
    _name_end,
    _plain,
)
from .focus import (
    _KIND_REACH,
    _PARTY_INSTRUMENTS,
    _last_instrument,
    _name_of,
    _nearest_before,
)

_NUMBERED = re.compile(r"M\(\d{4}\)\d+$")
# A draft ("ontwerpaanbeveling", "ontwerp-beschikking", "Projet de recommandation").
_DRAFT = re.compile(r"\s*(?:ontwerp|projet\s+d)", re.IGNORECASE)
# A text of the Benelux Parliament, numbered "948/2": its label is the type word and the
# number, and the subject where the text gives one ("Aanbeveling 948/2 over telewerk").
_PARLIAMENT_NUMBER = re.compile(r"^\S+\s\d{2,4}/\d{1,2}(?:\s|$)")
_DATE_REACH = 80  # characters between an instrument and the date of its signing
_DAYS = re.compile(r"\d{1,2}\s+en\s+\d")  # "13 en 14 maart 2026"
# The body named before a recommendation answers it, it did not make it: "de antwoorden van
# het comité van ministers op de aanbeveling", "het Comité reageerde op de aanbeveling".
# The body that adopted an instrument, named between its number and its date or the rest of
# its title: "M (2023) 4 van het Comité van Ministers van 14 juni 2023", "M (2021) 2 du
# Comité de Ministres du 3 mars 2021".
_BY_BODY = (
    r"(?:\s+(?:van\s+(?:het|de)|du|de\s+la)\s+(?-i:[A-Z])[\w-]*"
    r"(?:\s+(?:(?:van|de|der|des)\s+)?(?-i:[A-Z])[\w-]*){0,4})?"
)
_DATED_AFTER = re.compile(
    rf"\)?,?{_BY_BODY},?\s+(?:van|du|d\.d\.|de\s+dato)\s+({DATE.pattern})", re.IGNORECASE
)
_PLANNED_BEFORE = re.compile(
    r"(?<!\w)(?:voorzien|gepland|verwacht|beoogd)\s+(?:in|voor|op|tegen)\s+(?:[a-z]+\s+)?$"
)
# "... van 8 juni 2004", "aanbeveling 912/2 over patiëntenmobiliteit uit 2018", "de
# aanbeveling 'Grensoverschrijdend telewerk' van 22 maart 2025".
# A full date in brackets right after the name: "Beschikking M (2025) 14 (8 december 2025)".
_PLAIN_DATED_AFTER = re.compile(
    rf"['’”\"]?(?:[ \t\n]+(?P<prep>van|uit)[ \t\n]+|[ \t]*\((?=[^()]{{6,20}}\)))"
    rf"({DATE.pattern})(?![\w-])"
)
# A name that completes another one: "ter uitvoering van (artikel 35 van) het Verdrag";
# the participle after it is the other instrument's.
# "tot wijziging van de Beschikking M (2023) 4 ..., vastgesteld op ..." likewise.
_OF_ANOTHER = re.compile(
    r"(?<!\w)van\s+(?:artikel\s+\d+\s+van\s+)?(?:de|het)\s+(?:[A-Z][a-z]+\s+)?$"
)
# A participle of signing or adoption right after the name, with who signed it or where,
# then the day: ", vastgesteld op 20 juni 2016", ", ondertekend te Brussel op 1 juni 2006",
# ", vastgesteld door het Comité van Ministers op 18 oktober 2023", ", ondertekend in 1958".
_SIGNED_AFTER = re.compile(
    r"(?:[ \t\n]*\([^()]{1,80}\))?"
    # the subject printed after a number: "M (2016) 8 betreffende de bewegwijzering ..."
    r"(?:[ \t\n]+(?:betreffende|inzake|over|houdende)[ \t\n][^,.;:()]{1,200}?)?"
    r",?[ \t\n]+(?:(?:vastgesteld|aangenomen|ondertekend|getekend"
    r"|gesloten|gedaan)(?:[ \t\n]+(?:door|te|in)[ \t\n]+[^,.;:()]{1,60}?)?[ \t\n]+(?:op|in"
    # "vastgesteld in de vergadering van 8 december 2025"
    r"|(?:in|tijdens)[ \t\n]+de[ \t\n]+vergadering[ \t\n]+van)"
    # "gedateerd (op) 8 december 2025", "de dato 8 december 2025"
    r"|gedateerd(?:[ \t\n]+op)?|de[ \t\n]+dato)"
    rf"[ \t\n]+({DATE.pattern})(?![\w-])"
)
# A separable verb of adoption split around its object, the particle closing the clause:
# "nam het Parlement op 3 mei de aanbeveling ... aan.", "keurde het parlement twee
# aanbevelingen goed:", "stelde het Comité de volgende teksten vast:".
_SPLIT_TAIL = (
    r"\s(?:aan|goed|vast)"
    # the particle closes the clause, or the subject of the instrument, a second verb or
    # the day follows it: "stelde Beschikking M (2028) 9 vast inzake ...", "nam ... aan en
    # keurde", "stelde die beschikking vast op 10 december 2029".
    r"(?=\s*(?:[.,;:!]|$)|\s+(?:en|inzake|betreffende|houdende)\s|\s+op\s+\d)"
)
_SPLIT_ADOPTION = re.compile(
    r"(?<!\w)(?:nam|namen|keurde|keurden|stelde|stelden)\s[^.;]{0,300}?" + _SPLIT_TAIL,
    re.IGNORECASE,
)
# The same where "jl." stands in the clause, which does not close it: "stelde op 3 maart jl.
# Beschikking ... vast" (slower: tried only in a sentence that holds "jl.").
_SPLIT_ADOPTION_JL = re.compile(
    r"(?<!\w)(?:nam|namen|keurde|keurden|stelde|stelden)\s(?:[^.;]|(?<=\sjl)\.){0,300}?"
    + _SPLIT_TAIL,
    re.IGNORECASE,
)
# A second agent of an amendment: "gewijzigd bij X en opnieuw bij Y", "bij X, en bij Y".
_ALSO_BY = re.compile(r"\s*,?\s*(?:en|of)\s+(?:[a-z]+\s+)?(?:bij|door)\s+(?:[\w-]+\s+)?")
# The agent of a passive clause: "... werd bij M (2020)19 verlengd", "is door het Protocol".
_PASSIVE_BY = re.compile(
    r"(?<!\w)(?:werd|werden|wordt|worden|is|zijn|was)\s+(?:[a-z]+\s+)?(?:bij|door)\s+"
    r"(?:(?:de|het)\s+)?(?:[\w-]+\s+)?$"
)
# A sentence opening with a date, before its verb: "Op 2 oktober 2023 ondertekenden ...";
# capitalised, so after a heading the cleaned text ran into the sentence too.
_SPLIT_VERBS = ("nam", "keurde", "stelde")  # one in every match of _SPLIT_ADOPTION


def _split_adoption(sentence: str) -> re.Match[str] | None:
    """_SPLIT_ADOPTION in the sentence, looked for only where one of its verbs stands."""
    if not may_contain(sentence, _SPLIT_VERBS):
        return None
    if "jl." in sentence.lower():
        return _SPLIT_ADOPTION_JL.search(sentence)
    return _SPLIT_ADOPTION.search(sentence)


_OPENING_DATE = re.compile(rf"(?<![\w-])(?:Op|In)\s+({DATE.pattern})\s+")
# The same with a day but no year ("Op 16 november ondertekenden ..."), which the document's
# date resolves; after the day, "jl." may stand.
_OPENING_RELATIVE = re.compile(r"(?<![\w-])Op\s+")
_AFTER_RELATIVE = re.compile(r"\s+")
_AMENDING_CLAUSE = re.compile(r"[^.;]{0,20}?,?\s+(?:die|dat)\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?")
# Between an amending instrument and "tot wijziging van": nothing, or its author and date
# ("Beschikking M (2024) 2 van het Comité van Ministers van 11 maart 2024 tot wijziging ...").
_JUST_BEFORE = re.compile(
    rf"[ \t\n]*,?(?:{_BY_BODY}(?:,?\s+(?:van|du)\s+{DATE.pattern})?,?)?[ \t\n]*"
)
# The date of adoption printed before the number it was given: "vastgesteld op 11 maart
# 2024 onder nummer M(2024)1", "aangenomen op 3 mei 2022 als aanbeveling M (2022) 3".
# "Bij Beschikking ", "door het Protocol ": an instrument named as the agent of a clause.
_AGENT_BEFORE = re.compile(r"(?<!\w)(?:[Bb]ij|[Dd]oor|[Mm]et)\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?$")
_CLAUSE_END = re.compile(r"[.;:]\s|\s(?:en|maar|terwijl|waarna)\s")
_NUMBERED_ON = re.compile(
    rf"(?:vastgesteld|aangenomen|ondertekend|goedgekeurd|getekend|gesloten)\s+op\s+"
    rf"({DATE.pattern})\s+(?:onder|met|als)\s+(?:het\s+)?(?:nummer|nr\.?|[a-z]+)[ \t\n]*$",
    re.IGNORECASE,
)
_ANSWERED = re.compile(
    r"(?<!\w)(?:antwoord(?:en)?\s+van\s+(?:het|de)\s|(?:antwoord|reageer|reageerde|reactie)\w*"
    r"[^.;]{0,60}?\sop\s+(?:(?:de|deze|die)\s+)?aanbeveling)",
    re.IGNORECASE,
)
# The author named right after a recommendation: "de aanbeveling van het Beneluxparlement",
# "de aanbeveling ... die het Benelux-Parlement aannam".
_AUTHOR_IN_NAME = re.compile(r"\S+\s+(?:van|door)\s+(?:het|de)\s+")
_AUTHOR_LINK = re.compile(r"\s+(?:van|door)\s+(?:het|de)\s+|,?\s+(?:die|dat)\s+(?:het|de)\s+")


# A date after these words bounds a period ("vanaf 2013", "sinds 2008"); it dates no signing.
_PERIOD_BEFORE = re.compile(
    r"(?<!\w)(?:vanaf|sinds|tot(?:\s+en\s+met)?|na|voor|vóór|uiterlijk|eind|begin)\s+$",
    re.IGNORECASE,
)


def _is_draft(text: str, m: Candidate) -> bool:
    return _DRAFT.match(m.label or text[m.begin : m.end]) is not None


_TWO_DAYS = re.compile(r"\d\s+en\s+\d")
# A year that bounds a period: "het programma 2021-2024", "2018 – 2022".
_YEAR_RANGE_AFTER = re.compile(r"\s*[-–]\s*(?:19|20)\d{2}(?!\d)")
_YEAR_RANGE_BEFORE = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*$")


def _in_period(text: str, found: re.Match[str]) -> bool:
    """Whether a year found in ``text`` is one end of a period of years."""
    if not found.group().isdigit():
        return False
    return bool(
        _YEAR_RANGE_AFTER.match(text, found.end())
        or _YEAR_RANGE_BEFORE.search(text, max(0, found.start() - 8), found.start())
    )


def _heading(text: str, m: Candidate, span: tuple[int, int]) -> bool:
    """A name standing alone on the line the sentence opens with is a heading run into it
    ("Aanbeveling over waterbeheer\nOp zaterdag nam het parlement ..."): it dates nothing."""
    line_end = text.find("\n", m.end, span[1])
    return (
        not text[span[0] : m.begin].strip()
        and line_end != -1
        and not text[m.end : line_end].strip()
    )


_BULLET_BEFORE = re.compile(r"[•·▪◦▸*–-][ \t]*$")


def _item_opening(text: str, start: int, begin: int) -> bool:
    """Whether the sentence at ``start`` is a list item that opens with the mention at
    ``begin``."""
    if not _ITEM_OPENING.fullmatch(text, start, begin):
        return False
    numbered = re.match(r"\s*(?:\d{1,2}|[a-z])[.)]\s", text[start:begin])
    return numbered is not None or _BULLET_BEFORE.search(text, max(0, start - 4), start) is not None


# A signing or an adoption told in the past: "ondertekenden de regeringsleiders", "werd de
# verklaring ondertekend", "is aangenomen", "Het Comité heeft Beschikking ... vastgesteld".
_PAST_ADOPTION = re.compile(
    r"(?<![\w-])(?:ondertekenden|ondertekende|tekenden|tekende|aannam|aannamen|vaststelde"
    r"|vaststelden|goedkeurde|goedkeurden)(?![\w-])"
    r"|(?<![\w-])(?:werd|werden|is|zijn|heeft|hebben)\s(?:[^.;:]{0,200}?\s)?(?:ondertekend|aangenomen"
    r"|vastgesteld|goedgekeurd)(?![\w-])",
    re.IGNORECASE,
)
# What opens an M-number before its year: "M (".
_NUMBER_OPENING = re.compile(r"(?<![\w-])M\s*\(\s*$")
# A numbered instrument that did something, in the past, at the meeting reported on: "Bij
# Beschikking M (2028) 11 werd de werkgroep ingesteld", "Met Beschikking M (2028) 10 wijzigde
# het Comité ...". Only an instrument of the meeting's year (one made before is background).
_MADE_BY_NUMBER = re.compile(
    r"(?<![\w-])(?:Bij|Met)\s+(?:de\s+|het\s+)?[\w-]*(?:beschikking|aanbeveling|richtlijn)"
    r"\s+M\s*\(\s*((?:19|20)\d{2})\s*\)\s*\d+\s*,?\s+"
    r"(?:werd|werden|wijzigde|wijzigden|verving|vervingen)(?![\w-])",
    re.IGNORECASE,
)
# Words that place what the sentence tells before the meeting reported on.
_EARLIER = re.compile(
    r"(?<!\w)(?:eerder|destijds|vroeger|reeds|toen|vorig\w*|indertijd|al\s+in)(?!\w)",
    re.IGNORECASE,
)


def _most_precise(dates: list[Relation]) -> list[Relation]:
    """The dates of the instruments, without a year that a day of the same year stated
    elsewhere makes precise ("sloot in 2021 een intentieverklaring" and the footnote's
    "ondertekend op 14 oktober 2021")."""
    days = {(r.subject, r.object[:4]) for r in dates if len(r.object) > len("2021")}
    return [r for r in dates if len(r.object) > len("2021") or (r.subject, r.object) not in days]


# The day a meeting was held, in a relative clause after its name: "de Benelux-top die op
# 4 december 2023 in Den Haag plaatsvond".
_HELD_ON = re.compile(
    rf"\s+(?:die|dat)\s+op\s+(?:[a-z]+dag\s+)?({DATE.pattern})\s+[^.;:]{{0,60}}?"
    r"(?:plaatsvond|werd\s+gehouden|gehouden\s+werd)(?!\w)"
)


@dataclass(frozen=True)
class _Meeting:
    """The meeting a document reports on: its day, and the bodies that met (a summit, a
    meeting of the Committee of Ministers, a session of the Parliament)."""

    day: str
    bodies: frozenset[str]


# The institution whose meeting a meeting's IRI names ("vergadering-comite-van-ministers-...").
_BODY_IN_MEETING_IRI = {COMMITTEE: "comite-van-ministers", PARLIAMENT: "parlement"}


def _meeting_of(mentions: Sequence[Candidate], today: str, text: str) -> _Meeting | None:
    """The one meeting a document reports on: the one full date its meetings give, on or
    before the document's own date (a later one is announced, not reported)."""
    if len(today) != len("2026-01-01"):
        return None
    days: dict[str, set[str]] = {}
    for m in mentions:
        if m.cls != "Meeting":
            continue
        held = _HELD_ON.match(text, m.end)
        day = first_date(held.group(1)) if held else m.date
        if len(day) == len(today) and day <= today:
            days.setdefault(day, set()).add(m.iri)
    if len(days) != 1:
        return None
    day, iris = days.popitem()
    bodies = {b for b, word in _BODY_IN_MEETING_IRI.items() if any(word in i for i in iris)}
    return _Meeting(day, frozenset(bodies))


def _printed_dates(text: str, here: Sequence[Candidate], span: tuple[int, int]) -> set[int]:
    """Where the dates printed right after an instrument's name stand, which are that
    instrument's own: "die vervangt Aanbeveling M (2016) 4 van 20 juni 2016"."""
    found = set()
    for m in here:
        if m.cls in INSTRUMENTS:
            plain = _PLAIN_DATED_AFTER.match(text, m.end, span[1])
            if plain is not None:
                found.add(plain.start(2))
    return found


def _answered(text: str, m: Candidate, span: tuple[int, int]) -> bool:
    """ "Het Comité heeft op 16 november zijn antwoord vastgesteld op aanbeveling 962/2": the
    date of the sentence is the answer's, not the recommendation's."""
    found = _ANSWERED.search(text, max(span[0], m.begin - 100), m.end)
    return found is not None and found.end() >= m.begin


# The date that closes an index entry, before its dotted leaders: "Uitvoeringsovereenkomst
# ... inzake ANPR, ter uitvoering van ..., van 13 juni 2023 ........ p. 41".
def _numbered_on(text: str, m: Candidate, span: tuple[int, int]) -> str:
    """ "vastgesteld op 11 maart 2024 onder nummer M(2024)1": the date before the number."""
    found = _NUMBERED_ON.search(text, max(span[0], m.begin - 90), m.begin)
    return first_date(found.group(1)) if found else ""


# "Beschikking M (2018) 5 wijzigt die beschikking", "Beschikking M (2023) 9 van 11 december
# 2023 paste die beschikking aan het protocol aan": an amending verb right after an
# instrument (and its author or date), its object a demonstrative and a type word.
_AMENDS_DEMONSTRATIVE = re.compile(
    rf"{_JUST_BEFORE.pattern}(?:wijzigt|wijzigde|vervangt|verving|herziet|herzag|verlengt"
    r"|verlengde|(?P<split>past|paste|vult|vulde))\s+(?:die|deze|dat|dit)\s+"
    r"(?P<noun>[a-z][\w-]{3,})(?!\w)"
)
# The particle of "past ... aan", "vulde ... aan" ("past die beschikking toe" applies it).
_PARTICLE_AAN = re.compile(r"[^.;:]*?(?<!\w)aan(?!\w)")
# The same verbs with the object named: "Beschikking M (2025) 6 vult Beschikking M (2024) 3
# aan", "... past de Beschikking M (2024) 3 aan": what stands between verb and object.
_AMENDS_SPLIT_NAMED = re.compile(
    rf"{_JUST_BEFORE.pattern}(?:past|paste|vult|vulde)\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?$"
)
# The particle closing its clause, with no other verb's object between ("past Y aan het
# protocol aan", "vult Y aan met een bijlage", "vult Y aan.").
_PARTICLE_AAN_CLOSING = re.compile(r"[^.;:,]*?(?<!\w)aan(?=\s*[.;:,]|\s+(?:met|en|door)\s|$)")
# A negation right after the object of an amending verb: "wijzigt Beschikking X niet".
_NOT_AFTER = re.compile(r"\s+(?:(?:echter|dus|evenwel)\s+)?(?:niet|geenszins)(?!\w)")


# The glue of a list of amended instruments: "M (2024) 3, M (2023) 11 en M (2022) 9", "en
# de Beschikking M (2023) 11".
_AMENDED_GLUE = re.compile(
    r"(?P<glue>\s*,\s*|\s+en\s+)(?:(?:de|het)\s+)?"
    r"(?:[A-Z][a-z]+\s+|(?:beschikking|aanbeveling)(?:en)?\s+)?"
)


def _amended_list(text: str, instruments: Sequence[Candidate], first: Candidate) -> list[Candidate]:
    """The instruments listed right after ``first`` ("M (2024) 3 en M (2023) 11"), if the
    list closes with "en" (a comma alone may open the next entry of an index)."""
    chain: list[Candidate] = []
    last = first
    closed = False
    for m in instruments:
        if m.begin < last.end:
            continue
        glue = _AMENDED_GLUE.fullmatch(text, last.end, m.begin)
        if glue is None:
            break
        chain.append(m)
        last = m
        if "en" in glue["glue"]:
            closed = True
            break
    return chain if closed else []


# A relative pronoun of the agent between two instruments: "M (2025) 6, waarbij (de)".
_AGENT_RELATIVE = re.compile(
    r"\s*,?\s+(?:waarbij|waarmee|waardoor)\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?"
)
_NOT_IN_RELATIVE = re.compile(r"(?<!\w)(?:niet|geen|kan|kunnen|zou|zouden)(?!\w)")
# The noun of an amendment right before its object: "een wijziging van (de)", "de vervanging
# van", "de herziening van", "de aanvulling van".
_AMENDING_NOUN = re.compile(
    r"(?<!\w)(?:wijziging|vervanging|herziening|aanvulling|verlenging)\s+van\s+"
    r"(?:(?:de|het)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Between the object and the agent of such a noun: "bij", "door", "bij de".
_NOUN_AGENT = re.compile(r"\s+(?:bij|door)\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?")


def _amends_split_named(
    text: str, instruments: Sequence[Candidate], span: tuple[int, int]
) -> Iterator[Relation]:
    """ "Beschikking M (2025) 6 vult Beschikking M (2024) 3 aan", "... past ... aan": the
    instrument before the split verb amends the one named after it, the particle closing
    the clause."""
    for amending, amended in pairwise(instruments):
        if amending.iri == amended.iri or amended.begin - amending.end > 120:
            continue
        if not _AMENDS_SPLIT_NAMED.fullmatch(text, amending.end, amended.begin):
            continue
        if _PARTICLE_AAN_CLOSING.match(text, amended.end, span[1]) is None:
            continue
        if _NOT_AFTER.match(text, amended.end):
            continue
        yield Relation(amending.iri, AMENDS, amended.iri, span)


# "De nieuwe aanbeveling M (2025) 6 van het Comité over de toegankelijkheid van ...
# vervangt Aanbeveling M (2012) 9": an instrument opening its clause, described by its
# author or subject (no comma, no relative clause), then the finite amending verb.
_AMENDS_DESCRIBED = re.compile(
    r"\s+(?:van|over|inzake|betreffende|omtrent|met\s+betrekking\s+tot)\s"
    r"(?:(?!\b(?:die|dat|welke|wat|en|maar)\b)[^,;:()\n.])"
    r"{2,150}?\s*"
)
# What may stand before such an instrument in its clause: an article or demonstrative and
# adjectives with the type word ("De nieuwe aanbeveling", "Ook de herziene Beschikking").
_AMENDS_CLAUSE_OPENING = re.compile(r"(?:^|[;:]\s*)(?:[A-Z]?[a-z][\w-]*\s+){0,4}$")
_AMENDS_FINITE = re.compile(r"(?<!\w)(?:wijzigt|wijzigde|vervangt|verving|herziet|herzag)(?!\w)")


def _amends_described_subject(
    text: str, instruments: Sequence[Candidate], span: tuple[int, int]
) -> Iterator[Relation]:
    """The subject of an amending verb named with its author or subject between them
    amends the instrument named right after the verb (see ``_AMENDS_DESCRIBED``)."""
    if len(instruments) < 2:
        return  # (a cheap test first: a subject and another instrument it amends)
    for verb in _AMENDS_FINITE.finditer(text, span[0], span[1]):
        amended = next((m for m in instruments if 0 <= m.begin - verb.end() <= 30), None)
        subject = next((m for m in instruments if m.end <= verb.start()), None)
        if amended is None or subject is None or subject.iri == amended.iri:
            continue
        if any(subject.end <= m.begin and m.end <= verb.start() for m in instruments):
            continue  # another instrument between: the nearer one's relation, if any
        if not _AMENDS_DESCRIBED.fullmatch(text, subject.end, verb.start()):
            continue
        if _AMENDS_CLAUSE_OPENING.search(text[span[0] : subject.begin]) is None:
            continue
        yield Relation(subject.iri, AMENDS, amended.iri, span)


def _amends_object_first(
    text: str,
    instruments: Sequence[Candidate],
    span: tuple[int, int],
    verbs: Opened | None,
) -> Iterator[Relation]:
    """ "Het Comité heeft de looptijd van Beschikking M (2018) 13 ... bij Beschikking M
    (2025) 8 met vijf jaar verlengd": the agent named after its object, the participle
    closing the clause; the agent amends the object."""
    if verbs is None:
        return
    for i, agent in enumerate(instruments[1:], start=1):
        subject = instruments[i - 1]
        if subject.iri == agent.iri or subject.end > agent.begin:
            continue
        if not _AGENT_BEFORE.search(text, max(subject.end, agent.begin - 30), agent.begin):
            continue
        between = text[subject.end : agent.begin]
        if ";" in between or _CLAUSE_END.search(between):
            continue
        clause = _CLAUSE_END.search(text, agent.end, span[1])
        end = clause.start() if clause else span[1]
        if any(agent.end <= m.begin < end for m in instruments):
            continue  # an object after the agent: see _amends_by_agent
        closing = _AMENDS_CLOSING_VERB.search(text, agent.end, end)
        if closing is not None and verbs.pattern.fullmatch(text, closing.start(1), closing.end(1)):
            yield Relation(agent.iri, AMENDS, subject.iri, span)


# The participle that closes a clause: "... met vijf jaar verlengd."
_AMENDS_CLOSING_VERB = re.compile(r"(?<!\w)([a-z]+)[\s.!?]*$")


def _amends_anaphoric_object(
    text: str,
    instruments: Sequence[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    """The instrument before an amending verb amends the last one of the kind the
    demonstrative names, named before it: "Sinds Beschikking M (2015) 3 ... . Beschikking M
    (2018) 5 wijzigt die beschikking"."""
    for m in instruments:
        found = _AMENDS_DEMONSTRATIVE.match(text, m.end, span[1])
        if found is None or (found["split"] and not _PARTICLE_AAN.match(text, found.end())):
            continue
        noun = found["noun"].lower()
        before = [
            o
            for o in mentions
            if o.cls in INSTRUMENTS
            and m.begin - _KIND_REACH <= o.begin
            and o.end <= m.begin
            and o.iri != m.iri
            and _of_kind(text, o, noun)
        ]
        if before:
            yield Relation(m.iri, AMENDS, before[-1].iri, span)


# The amending instrument as the subject or agent, the amended one a pronoun: "Bij
# Beschikking M (2024) 6 van 17 juni 2024 werd zij uitgebreid tot ...", "Beschikking M (2025)
# 12 breidde haar uit tot ...", "Protocol X wijzigde het op twee punten".
_PASSIVE_PRONOUN_AMENDED = re.compile(
    r"\s*(?:werd|werden|wordt|is)\s+(?P<pronoun>zij|het|hij)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:gewijzigd|uitgebreid|aangevuld|verlengd|aangepast|herzien|vervangen)(?!\w)"
)
_ACTIVE_PRONOUN_AMENDED = re.compile(
    r"\s*(?:wijzigt|wijzigde|breidt|breidde|vult|vulde|verlengt|verlengde|past|paste|herziet"
    r"|herzag|vervangt|verving)\s+(?P<pronoun>haar|het|hem)(?!\w)"
)


# Nothing but an article and a type word before the sentence's subject: "Beschikking ".
_TYPE_OPENING = re.compile(r"\s*(?:(?:De|Het)\s+)?(?:[A-Za-z][\w-]*\s+)?")


def _amends_pronoun_object(
    text: str, instruments: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """An instrument of the sentence amends the one a pronoun object refers to, the one named
    last before it: "Bij Beschikking M (2024) 6 werd zij uitgebreid tot ..."."""
    for agent in instruments:
        end = _name_end(text, agent.end, span[1])
        by = _AGENT_BEFORE.search(text, max(span[0], agent.begin - 30), agent.begin)
        found = (_PASSIVE_PRONOUN_AMENDED if by is not None else _ACTIVE_PRONOUN_AMENDED).match(
            text, end, span[1]
        )
        opening = _TYPE_OPENING.fullmatch(text, span[0], agent.begin)
        if found is None or (by is None and opening is None):
            continue  # the active verb needs the instrument as the sentence's subject
        antecedent = _antecedent(text, agent.begin, mentions, found["pronoun"])
        if antecedent is not None and antecedent.iri != agent.iri:
            yield Relation(agent.iri, AMENDS, antecedent.iri, span)


# The subject of a clause that refers back to an instrument: a pronoun before a verb in
# lower case ("Zij vervangt ...", "; zij werd gewijzigd bij ...", "Het past ... aan"), or
# "de tekst" ("De tekst bouwt voort op ... en zal Aanbeveling M (2011) 4 vervangen"), or
# "die" opening a clause after a semicolon ("... aan; die vervangt Aanbeveling M (2016) 4"),
# or a demonstrative and the kind of the instrument ("Die beschikking zal Aanbeveling M
# (2019) 8 ... vervangen": the beschikking named last).
_INSTRUMENT_KINDS = (
    r"(?:[a-z]+-?)?(?:beschikking|aanbeveling|richtlijn|verklaring|overeenkomst|verdrag"
    r"|protocol|memorandum|akkoord|afspraak|verordening|besluit)"
)
_REFERRING_SUBJECT = re.compile(
    rf"\s*(?:(?:[Dd]ie|[Dd]eze|[Dd]it|[Dd]at)\s+(?P<kind>{_INSTRUMENT_KINDS})\s+(?=[a-z])"
    r"|(?P<pronoun>[Zz]ij|[Hh]ij|[Hh]et|[Dd]eze|[Dd]it|die)\s+(?=[a-z])|[Dd]e\s+tekst\s+)"
)
_PRONOUN_REACH = 400  # characters back to the instrument a pronoun refers to
# A passive amendment right after the subject, its agent next: "werd gewijzigd bij ",
# "is vervangen door het ", "werd in 2024 aangevuld bij ".
_PASSIVE_AMENDED = re.compile(
    r"(?:werd|wordt|is|was)\s+(?:[\w-]+\s+){0,3}?(?:gewijzigd|vervangen|aangevuld|herzien"
    r"|aangepast|verlengd)\s+(?:bij|door)\s+"
)
# The same after a fronted adverbial, the pronoun after the verb: "In 2033 werd zij gewijzigd
# bij ", "; later is het aangevuld door ".
_INVERTED_AMENDED = re.compile(
    r"\s*(?:[^\s,;:.]+\s+){1,3}?(?:werd|wordt|is|was)\s+(?P<pronoun>zij|hij|het)\s+"
    r"(?:(?:nog|opnieuw|ook|al|eerder|nogmaals|daarna|later)\s+){0,2}(?:gewijzigd|vervangen|aangevuld|herzien|aangepast|verlengd)\s+"
    r"(?:bij|door)\s+"
)


def _amended_after_adverbial(
    text: str,
    instruments: Sequence[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    start: int,
) -> Iterator[Relation]:
    """ "; in 2033 werd zij gewijzigd bij Beschikking M (2033) 9": the agent named right after
    the passive amends the instrument the pronoun refers to."""
    inverted = _INVERTED_AMENDED.match(text, start, span[1])
    if inverted is None:
        return
    agent = next((m for m in instruments if 0 <= m.begin - inverted.end() <= 20), None)
    antecedent = _antecedent(text, start, mentions, inverted["pronoun"])
    if agent is not None and antecedent is not None and agent.iri != antecedent.iri:
        yield Relation(agent.iri, AMENDS, antecedent.iri, span)


# The future with its object between: "zal Aanbeveling M (2011) 4 ... vervangen".
_WILL = re.compile(r"(?<!\w)(?:zal|zullen)\s+(?:de\s+|het\s+)?")
_AMEND_INFINITIVE = re.compile(r"[^,;.:]{0,120}?(?<!\w)(?:vervangen|wijzigen|herzien)(?!\w)")
# Nothing, or the type word of a numbered instrument: "zal Aanbeveling M (2011) 4".
_TYPE_WORD_GAP = re.compile(r"(?:[A-Za-z][\w-]*\s+)?")
# Instruments whose type word takes "het" (and "dit", "het" as their pronoun).
_NEUTER_KINDS = ("verdrag", "protocol", "memorandum", "akkoord", "werkprogramma", "besluit")


# A verb of adoption with a pronoun as its object, then the day: "stelde haar op 7 december
# 2020 vast", "ondertekenden het in 2024"; the particle of the verb may stand before the day:
# "stelde haar vast op 14 juni 2037", "nam hem aan op 3 mei 2031", "keurde het goed in 2030".
_DATED_OBJECT_PRONOUN = re.compile(
    r"(?<!\w)(?:stelde|stelden|nam|namen|keurde|keurden|ondertekende|ondertekenden|tekende"
    r"|tekenden|sloot|sloten)\s+(?P<pronoun>haar|het|hem)\s+(?:(?:vast|aan|goed)\s+)?"
    r"(?:op|in)\s+\d"
)

# A cheap literal test before that search: the pronoun and the preposition of the day, or the
# particle after it.
_OBJECT_PRONOUN_WORDS = tuple(
    f" {pronoun} {word} "
    for pronoun in ("haar", "het", "hem")
    for word in ("op", "in", "vast", "aan", "goed")
)


def _antecedent(
    text: str, start: int, mentions: Sequence[Candidate], pronoun: str, kind: str = ""
) -> Candidate | None:
    """The instrument named last before ``start`` that a pronoun refers to: "het" and "dit"
    to one of a kind that takes "het" ("het verdrag"), "zij" and "haar" to another; "die
    beschikking" (``kind``) to a beschikking."""
    earlier = [
        m
        for m in mentions
        if m.cls in INSTRUMENTS and start - _PRONOUN_REACH <= m.begin and m.end <= start
    ]
    if kind:
        earlier = [m for m in earlier if _of_kind(text, m, kind)]
    pronoun = pronoun.lower()
    if pronoun in ("het", "dit"):
        earlier = [m for m in earlier if _neuter(text, m)]
    elif pronoun in ("zij", "haar", "hij", "hem"):
        earlier = [m for m in earlier if not _neuter(text, m)]
    if not earlier:
        return None
    if pronoun in ("hij", "hem") and any(
        m.cls == "Person" and earlier[-1].end <= m.begin < start for m in mentions
    ):
        return None  # "... Minister X. Hij ...": a person named since (round 41)
    return earlier[-1]


# A renewal or replacement by a new instrument, named next: "vernieuwd met de ", "verlengd
# met een tweede ", "vervangen door het nieuwe ".
_RENEWAL = re.compile(r"(?<!\w)(?:vernieuwd|verlengd|vervangen)\s+(?:met|door)\s+")
_RENEWAL_GAP = re.compile(r"(?:(?:de|het|een)\s+)?(?:[a-z]+\s+)?")


def _renewing(text: str, here: Sequence[Candidate], span: tuple[int, int]) -> Candidate | None:
    """The instrument a sentence says renews or replaces another one."""
    sentence = text[span[0] : span[1]]
    if "vernieuwd" not in sentence and "verlengd" not in sentence and "vervangen" not in sentence:
        return None
    for phrase in _RENEWAL.finditer(text, *span):
        for m in here:
            if m.cls in INSTRUMENTS and _RENEWAL_GAP.fullmatch(text, phrase.end(), m.begin):
                return m
    return None


def _one_date_outside(text: str, here: Sequence[Candidate], span: tuple[int, int]) -> str:
    """The one full day a sentence states outside the names it holds."""
    days = {
        first_date(d.group())
        for d in DATE.finditer(text, *span)
        if not any(c.begin <= d.start() < c.end for c in here) and not _in_period(text, d)
    }
    day = days.pop() if len(days) == 1 else ""
    return day if len(day) == 10 else ""


def _clause_starts(text: str, span: tuple[int, int]) -> Iterator[int]:
    """Where the sentence and each clause after a semicolon in it begin."""
    yield span[0]
    at = text.find("; ", span[0], span[1])
    while at >= 0:
        yield at + 1
        at = text.find("; ", at + 2, span[1])


def _neuter(text: str, m: Candidate) -> bool:
    """Whether instrument ``m`` is of a kind that takes "het" ("het verdrag")."""
    return any(_of_kind(text, m, noun) for noun in _NEUTER_KINDS)


def _future_objects(
    text: str, after: Sequence[Candidate], start: int, end: int
) -> Iterator[Candidate]:
    """The object of "zal ... vervangen": the instrument right after "zal", the verb
    closing its clause."""
    for will in _WILL.finditer(text, start, end):
        named = next(
            (m for m in after if _TYPE_WORD_GAP.fullmatch(text, will.end(), m.begin)), None
        )
        if named is not None and _AMEND_INFINITIVE.match(text, named.end, end):
            yield named


def _of_kind(text: str, m: Candidate, noun: str) -> bool:
    """Whether instrument mention ``m`` is of the kind ``noun`` names: its name has the word
    ("het verdrag": the Benelux-Verdrag inzake ...), or a number follows the word ("de
    beschikking": Beschikking M (2015) 3)."""
    if re.search(rf"{re.escape(noun)}(?:\s|$)", _name_of(text, m)):
        return True
    return bool(_NUMBERED.match(m.label)) and bool(
        re.search(rf"(?<!\w){re.escape(noun)}\s+$", text[max(0, m.begin - 30) : m.begin], re.I)
    )


# A participle of signing or adoption before the name, with its day: "de op 3 maart 2031
# ondertekende verklaring", "het op 3 maart 2031 in Luxemburg gesloten verdrag", "de op 3
# maart jl. door het Comité van Ministers vastgestelde beschikking". Not "in werking getreden",
# "bekendgemaakte": entry into force and publication are not the instrument's date.
_PARTICIPLE_BEFORE = re.compile(
    r"(?<![\w-])(?:de|het|De|Het)\s+(?:op|in)\s+(?P<day>[^,;:()]{3,30}?)"
    r"(?:\s+(?:door|te|in|tussen)\s+[^,.;:()]{1,80}?)?"
    r"\s+(?:ondertekende|getekende|vastgestelde|aangenomen|gesloten|goedgekeurde"
    r"|afgesloten|overeengekomen)\s+(?:[\w-]+\s+)?$"
)


def _participle_date(
    text: str, m: Candidate, span: tuple[int, int], relative: Sequence[RelativeDate]
) -> str:
    """The day of a participle of signing or adoption before the instrument's name."""
    found = _PARTICIPLE_BEFORE.search(text, max(span[0], m.begin - 160), m.begin)
    if found is None:
        return ""
    day = found.start("day")
    stated = DATE.match(text, day, found.end("day"))
    if stated is not None and stated.end() == found.end("day"):
        return first_date(stated.group())
    return next((d.iso for d in relative if d.begin == day and d.end == found.end("day")), "")


# The subject printed after a number, then the date: "M (2002) 4 inzake lijkvervoer van 27
# juni 2002", "M (2031) 4 betreffende drones, van 3 maart 2031".
_SUBJECT_THEN_DATE = re.compile(
    r"[ \t\n]+(?:betreffende|inzake|over|houdende|relative|concernant)[ \t\n][^.;:()]{1,160}?"
    rf",?[ \t\n]+(?:van|du)[ \t\n]+(?P<day>{DATE.pattern})(?![\w-])"
    r"(?![ \t\n]*(?:tot|t/m|au|[-–])[ \t\n])"  # "van 1 januari 2031 tot ...": a period
)


def _date_after_subject(
    text: str, here: Sequence[Candidate], m: Candidate, span: tuple[int, int]
) -> str:
    """The day printed after a numbered instrument's subject, in the year of its number,
    where no other instrument is named between ("... betreffende de uitvoering van het
    verdrag van 3 maart 2020" is the treaty's)."""
    if _NUMBERED.match(m.label) is None:
        return ""
    found = _SUBJECT_THEN_DATE.match(text, m.end, span[1])
    if found is None:
        return ""
    day = first_date(found.group("day"))
    if len(day) != 10 or not day.startswith(m.label[2:6] + "-"):
        return ""
    if any(o is not m and m.end <= o.begin < found.end() for o in here if o.cls in INSTRUMENTS):
        return ""
    return day


def _date_of_number_year(
    text: str,
    here: Sequence[Candidate],
    m: Candidate,
    span: tuple[int, int],
    years: bool = False,
    relative: Sequence[RelativeDate] = (),
) -> str:
    """The one full date of the sentence in the year of ``m``'s number M(YYYY)N, when no
    other instrument of the sentence is numbered in that year: "Beschikking M (2025) 5, die
    op 16 juni 2025 werd vastgesteld". A day the document's date resolves counts as one
    ("Het Comité stelde op 3 maart jl. Beschikking M (2031) 4 vast", "vandaag")."""
    number = _NUMBERED.match(m.label)
    if number is None:
        return ""
    year = m.label[2:6]
    if any(o.iri != m.iri and o.label[2:6] == year and _NUMBERED.match(o.label) for o in here):
        return ""
    days = {
        first_date(d.group())
        for d in DATE.finditer(text, *span)
        if not _in_period(text, d) and not any(c.begin <= d.start() < c.end for c in here)
    }
    if not years:
        days |= {d.iso for d in relative if span[0] <= d.begin < span[1]}
    if years:
        # The one date of the sentence, a year or a day of the number's year.
        return next(iter(days)) if len(days) == 1 and next(iter(days))[:4] == year else ""
    same = [d for d in days if len(d) == 10 and d.startswith(year + "-")]
    return same[0] if len(same) == 1 else ""


# A treaty's entry closes with where and when it was done: "gedaan te Den Haag op 9 februari
# 2026 ....", "fait à Bruxelles le ...", or the place alone: "Vilnius, 21 april 2026 ....".
_ENTRY_PLACE = r",\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?,"
_ENTRY_DATE = re.compile(
    rf"(?:,?\s+(?:van|du|d\.d\.|(?:ondertekend|signé|gedaan|fait)[^,.;]{{0,40}}?\s+(?:op|le))"
    rf"|{_ENTRY_PLACE})\s+({DATE.pattern})[ \t\n]*(?:[.…][ \t\n]*){{3,}}",
    re.IGNORECASE,
)
# ... or with a place or a label that can only introduce the entry's own date, then the
# end of the line: "Riga, 4 mei 2026.\n  Partijen: ...", "Vastgesteld: 15.06.2026 ....".
_ENTRY_LABELLED_DATE = re.compile(
    rf"(?:{_ENTRY_PLACE}|\s+(?:vastgesteld|ondertekend|gedaan|aangenomen|datum)\s*:)\s+"
    rf"({DATE.pattern})\.?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
# A list item that opens with a date and the instrument: "• op 13 juni 2023 de
# Uitvoeringsovereenkomst ...".
_ITEM_DATED = re.compile(rf"\s*(?:op|le|on)\s+({DATE.pattern})\s+(?:de|het|la|le|l'|the)\s+")


def _listed_date(text: str, here: list[Candidate], m: Candidate, span: tuple[int, int]) -> str:
    """The date of the instrument that an index entry or a list item is about: the entry's
    closing date, or the date the item opens with. Only the instrument the entry opens with
    is dated so; the others it names are not what the entry is about. A sentence may hold
    several entries of an index, each closed by its leaders and page number."""
    start = _entry_start(text, span[0], m.begin)
    first = min(
        (i for i in here if i.cls in INSTRUMENTS and i.begin >= start),
        key=lambda i: i.begin,
        default=None,
    )
    if first is None or first.iri != m.iri or first.begin != m.begin:
        return ""
    opening = text[start : m.begin]
    item = _ITEM_DATED.fullmatch(opening)
    if item is not None and _LIST_ITEM_START.search(text, max(0, span[0] - 4), span[0] + 1):
        return first_date(item.group(1))
    entry = _ENTRY_OPENING.fullmatch(opening)
    if entry is None and start == span[0]:
        entry = _HEADED_ENTRY.fullmatch(opening)
    if entry is None or (entry.group("kind") and not _NUMBERED.match(m.label)):
        return ""
    leader = _LEADER.search(text, m.end, span[1])
    end = leader.end() if leader else span[1]
    closing = _ENTRY_DATE.search(text, m.end, end) or _ENTRY_LABELLED_DATE.search(text, m.end, end)
    if closing is None and leader is not None:
        # "..., ondertekend te Luxemburg op 14 juli 2025, ter uitvoering van ... ..... 23".
        closing = _SIGNED_IN_ENTRY.search(text, m.end, leader.start())
    return first_date(closing.group(1)) if closing else ""


# What opens an entry before its instrument: a bullet, its number, and the type word of a
# numbered instrument ("2. Beschikking M(2026)2 tot wijziging ...").
_ENTRY_OPENING = re.compile(r"[\s•·*–-]*(?:\d{1,3}\.\s+)?(?P<kind>[A-Z][a-z]+\s+)?")
# The leaders and page number that close an entry of an index: "........ 25".
_LEADER = re.compile(r"(?:[.…][ \t\n]*){3,}")
_LEADER_AND_PAGE = re.compile(r"(?:[.…][ \t\n]*){2,}\d{1,4}(?!\d)")
# A heading of the index run into the sentence of its first entry: "Overeenkomsten\n".
_HEADED_ENTRY = re.compile(rf"[^\n.;:]{{1,60}}\n{_ENTRY_OPENING.pattern}")
# The signing of an entry's instrument, wherever the entry states it.
_SIGNED_IN_ENTRY = re.compile(
    rf"(?:ondertekend|gedaan|signé|fait)[^,.;]{{0,40}}?\s+(?:op|le)\s+({DATE.pattern})",
    re.IGNORECASE,
)


# A footnote that cites an instrument: its mark opens a line or follows a full stop.
_FOOTNOTE_MARK = re.compile(r"(?:^|\n|[.!?]\s)[ \t]*[⁰¹²³⁴⁵⁶⁷⁸⁹]+[ \t]*$")
# ... and closes with where and when it was signed: ", Brussel, 23 juli 2018."
_FOOTNOTE_DATE = re.compile(rf"{_ENTRY_PLACE}\s+({DATE.pattern})\.(?:\s|$)")


# A correction of the date printed with an instrument: 'moet in de titel van Beschikking
# M (2024) 2 "d.d. 11.03.2024" worden gelezen in plaats van "d.d. 13.03.2024"', 'bij
# Aanbeveling X de datum "11 maart 2024" lezen in plaats van ...', 'in M (2023) 4 leze men
# "d.d. ..." in plaats van ...': the date to read is the instrument's, the other is none.
_CORRECTED_DATE = re.compile(
    r"[\s,]+(?:(?:moet\s+)?(?:de\s+datum|leze\s+men|lees)\s+)?[\"“„'‘]\s*(?:d\.\s?d\.\s*)?"
    rf"({DATE.pattern})\s*[\"”'’]\s+(?:worden\s+gelezen|gelezen\s+worden|(?:te\s+)?lezen)?\s*"
    r"in\s+plaats\s+van\s",
    re.IGNORECASE,
)


def _corrected_date(text: str, m: Candidate, span: tuple[int, int]) -> str:
    corrected = _CORRECTED_DATE.match(text, m.end, span[1])
    return first_date(corrected.group(1)) if corrected else ""


# A footnote mark glued to an instrument's name ("Beschikking M (2025) 9²"), and the note it
# calls: "² Vastgesteld op 8 december 2025; in werking getreden op 1 maart 2026."
_GLUED_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_NOTE_CLAUSE = re.compile(r"[^.;\n]*")


def noted_dates(
    marked: str,
    spans: Sequence[tuple[int, int]],
    mentions: Sequence[Candidate],
    dated: set[str],
    adopted: Opened,
) -> Iterator[Relation]:
    """The date of an instrument whose footnote opens by saying it was adopted or signed on
    that day: the note's first clause ("Vastgesteld op 8 december 2025"), not a later one
    ("in werking getreden op 1 maart 2026"). ``marked`` is the text with its footnote marks."""
    for m in mentions:
        if m.cls not in INSTRUMENTS or m.iri in dated:
            continue
        mark = _GLUED_MARK.match(marked, m.end)
        if mark is None:
            continue
        note = re.compile(rf"\n[ \t]*{mark.group()}[ \t]+").search(marked, mark.end())
        if note is None:
            continue
        clause = _NOTE_CLAUSE.match(marked, note.end())
        if clause is None or adopted.match(marked, note.end()) is None:
            continue
        day = DATE.search(marked, note.end(), clause.end())
        date = first_date(day.group()) if day else ""
        if date:
            at = next((s for s in spans if s[0] <= m.begin < s[1]), (m.begin, m.end))
            dated.add(m.iri)
            yield Relation(m.iri, DATE_DOCUMENT, date, at)


# The date an instrument's title closes with: "Décision ... M (2025) 11 relative à la
# reconnaissance ..., d.d. 16 juni 2025".
# So does "van"/"du" and the date closing the title's line or sentence: "Beschikking ...
# betreffende de erkenning van de\n beroepskwalificaties van ambulanciers, van 3 maart 2031",
# "..., du 15 juin 2026 ....... 12" (not "van 1 januari 2031 tot ...", a period).
_TITLE_DD = re.compile(
    rf",\s+(?:d\.\s?d\.\s+(?P<dd>{DATE.pattern})"
    rf"|(?:van|du)\s+(?P<of>{DATE.pattern})(?=[ \t]*(?:[.;…]|\n|$)))",
    re.IGNORECASE,
)
_TITLE_REACH = 300  # characters of a title between the instrument and its "d.d."


def _title_dd_date(
    text: str, here: Sequence[Candidate], m: Candidate, span: tuple[int, int]
) -> str:
    """The "d.d." date after the title of the first instrument of the sentence, where no
    other instrument is named between."""
    dated = _TITLE_DD.search(text, m.end, min(span[1], m.end + _TITLE_REACH))
    if dated is None:
        return ""
    day = first_date(dated.group("dd") or dated.group("of"))
    own = _NUMBERED.match(m.label) is not None and day.startswith(m.label[2:6] + "-")
    if any(
        o is not m
        and o.cls in INSTRUMENTS
        and o.begin < dated.start()
        and o.end > m.begin
        # "M (2026) 3 modifiant la Décision M (2025) 10 relative à ..., du 15 juin 2026":
        # a date in the year of the first number, not of the one nested in its title.
        and not (own and _NUMBERED.match(o.label) and not day.startswith(o.label[2:6] + "-"))
        for o in here
    ):
        return ""
    return day


def _footnote_date(text: str, m: Candidate, span: tuple[int, int]) -> str:
    """ "¹ Verdrag tussen ... inzake politiesamenwerking, Brussel, 23 juli 2018.": the date a
    footnote citing an instrument closes with."""
    if not _FOOTNOTE_MARK.search(text, max(0, m.begin - 6), m.begin):
        return ""
    cited = _FOOTNOTE_DATE.match(text, m.end, span[1])
    return first_date(cited.group(1)) if cited else ""


# Between two instruments named together: "'X' en 'Y'", "X, Y en Z".
_COORDINATION = re.compile(r"['’”\"]?\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:de\s+|het\s+)?['‘“\"]?")


def _coordinated(text: str, instruments: list[Candidate], m: Candidate) -> list[Candidate]:
    """``m`` and the instruments coordinated with it, in a row of names joined by commas and
    "en"."""
    ordered = sorted(instruments, key=lambda i: i.begin)
    at = next((k for k, i in enumerate(ordered) if i is m), None)
    if at is None:
        return [m]
    first = last = at
    while first > 0 and _COORDINATION.fullmatch(text, ordered[first - 1].end, ordered[first].begin):
        first -= 1
    while last + 1 < len(ordered) and _COORDINATION.fullmatch(
        text, ordered[last].end, ordered[last + 1].begin
    ):
        last += 1
    return ordered[first : last + 1]


# A relative clause after a name, up to its date and the word after it (the verb, or a place
# and then the verb): ", dat VDAB en UWV op 12 mei 2022 " + "sloten".
# The same clause up to a day stated relative to the document ("op 12 juni jongstleden").
_CLAUSE_RELATIVE = re.compile(r"\s*,?\s+(?:dat|die)\s+(?:[^.;:]{0,100}?\s)?op\s+")
_CLAUSE_DATED = re.compile(
    rf"\s*,?\s+(?:dat|die)\s+(?:[^.;:()]{{0,100}}?\s)?(?:op|in)\s+({DATE.pattern})"
    r"\s+(?:(?:in|te)\s+(?-i:[A-Z])[\w-]+\s+)?"
)


def _plain_date(text: str, m: Candidate, end: int) -> str:
    """The date right after a name: "van 8 juni 2004", "uit 2018". A treaty is revised under
    its name, so "het herziene Politieverdrag uit 2004" names a version, not a signing."""
    plain = _PLAIN_DATED_AFTER.match(text, m.end, end)
    if plain is None or (plain.group("prep") == "uit" and m.cls == "Treaty"):
        return ""
    return first_date(plain.group(2))


def _entry_start(text: str, begin: int, position: int) -> int:
    """Where the index entry holding ``position`` starts: after the page number closing the
    entry before it in the sentence, or at the sentence's start."""
    start = begin
    for leader in _LEADER_AND_PAGE.finditer(text, begin, position):
        start = leader.end()
    return start


_LIST_ITEM_START = re.compile(r"[•·*–]\s*")
# A line of an index entry that gives its date under a label: "Vastgesteld: 15.06.2026 ....".
_LABELLED_DATE = re.compile(
    rf"\s*(?:Vastgesteld|Ondertekend|Aangenomen|Gedaan|(?P<plain>Datum))\s*:\s+(?P<day>{DATE.pattern})",
    re.IGNORECASE,
)
_ENTRY_REACH = 600  # characters from the start of an index entry to its date line


def _entry_label_date(
    text: str, spans: Sequence[tuple[int, int]], by_sentence: dict[int, list[Candidate]], i: int
) -> Iterator[Relation]:
    """ "1. Beschikking M (2026) 1 van het Comité ... .\n Vastgesteld: 15.06.2026 ....": a
    date line of its own dates the instrument that the entry, a few sentences up, opens with."""
    begin, end = spans[i]
    label = _LABELLED_DATE.match(text, begin, end)
    if label is None:
        return
    for j in range(i - 1, max(-1, i - 4), -1):
        instruments = [m for m in by_sentence.get(j, []) if m.cls in INSTRUMENTS]
        if not instruments:
            continue
        first = min(instruments, key=lambda m: m.begin)
        # The entry opens with the instrument, or with its type word: "Beschikking M (2026) 4".
        opened = re.fullmatch(r"\s*(?:([A-Z][\w-]*)\s+)?", text[spans[j][0] : first.begin])
        if label.group("plain") and opened and opened.group(1):
            # "Datum: 03-03-2031" says no more than that the line is a date: only under an
            # entry that opens with the instrument or its type word, not "Betreft ...".
            opened = opened if opened.group(1).lower() in _KIND_CLASSES else None
        if opened and begin - spans[j][0] <= _ENTRY_REACH:
            yield Relation(
                first.iri,
                DATE_DOCUMENT,
                first_date(label.group("day")),
                (spans[j][0], end),
            )
        return


def _kind_named_before(
    text: str,
    instruments: Sequence[Candidate],
    mentions: Sequence[Candidate],
    noun: str,
    at: int,
    verb: re.Match[str],
) -> tuple[Candidate, Candidate] | None:
    """For "Deze aanbeveling vervangt X" at ``at``: the amending instrument, the one of kind
    ``noun`` named last before ``at``, and the amended one, named right after ``verb``."""
    amended = next((m for m in instruments if 0 <= m.begin - verb.end() <= 30), None)
    if amended is None:
        return None
    noun = noun.lower()
    before = [
        m
        for m in mentions
        if m.cls in INSTRUMENTS
        and at - _KIND_REACH <= m.begin < at
        # "Deze aanbeveling" after an index entry "M (2024) 7  Aanbeveling betreffende
        # ...": a number whose type word follows it is of the kind its class names.
        and (_of_kind(text, m, noun) or m.cls == _KIND_CLASSES.get(noun))
    ]
    if not before or before[-1].iri == amended.iri:
        return None
    return before[-1], amended


# A demonstrative and a type word: "die beschikking", "deze aanbeveling".
_DEMONSTRATIVE_KIND = re.compile(r"(?<!\w)(?:die|deze|dat|dit)\s+([a-z][\w-]{3,})(?!\w)")


def _amends_demonstrative_object(
    text: str,
    instruments: Sequence[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    amend: re.Pattern[str],
) -> Iterator[Relation]:
    """The object of an amendment named by a demonstrative in the clause before the
    amending phrase, the agent after it: "Het Comité heeft de bijlage bij die beschikking in
    2024 geactualiseerd bij Beschikking M (2024) 15". The demonstrative refers to the
    instrument of its kind named last before the sentence."""
    for m in instruments:
        phrase = amend.search(text, max(span[0], m.begin - 40), m.begin)
        if phrase is None:
            continue
        clause = max(span[0], text.rfind(";", span[0], phrase.start()) + 1)
        if any(clause <= o.begin < phrase.start() for o in instruments):
            continue  # "X, zoals gewijzigd bij Y": the object is named
        kinds = [
            d.group(1)
            for d in _DEMONSTRATIVE_KIND.finditer(text, clause, phrase.start())
            if d.group(1) in _KIND_CLASSES
        ]
        if len(kinds) != 1:
            continue
        noun = kinds[0]
        before = [
            o
            for o in mentions
            if o.cls in INSTRUMENTS
            and span[0] - _KIND_REACH <= o.begin < span[0]
            and o.iri != m.iri
            and (_of_kind(text, o, noun) or o.cls == _KIND_CLASSES[noun])
        ]
        if before:
            yield Relation(m.iri, AMENDS, before[-1].iri, span)


# The same anaphor as below, opening a note line run into the sentence before it: after a
# line break, or after the date or page number that closes the entry's line, which the clean
# text joins to the note ("... d.d. 21.06.2032 Deze beschikking vervangt ...").
_NOTE_ANAPHOR = re.compile(r"(?:\n[ \t]*|(?<=\d)[ \t]+)(?:Deze|Dit)\s+([a-z][\w-]{3,})\s+")
# The class an anaphor's noun names, for a number whose type word stands elsewhere.
_KIND_CLASSES = {
    "aanbeveling": "Recommendation",
    "beschikking": "Decision",
    "verklaring": "Declaration",
    "intentieverklaring": "Declaration",
    "verdrag": "Treaty",
    "overeenkomst": "Agreement",
}
# A sentence that opens with a bare anaphor of an instrument: "Het verdrag ", "Deze
# beschikking ", "Het nieuwe protocol ".
_ANAPHOR_OPENING = re.compile(r"\s*(?:De|Het|Dit|Deze|Dat)\s+(?:nieuwe\s+)?([a-z][\w-]{3,})\s+")
_ANAPHOR_DATE_REACH = 400  # characters back to the instrument a dated anaphor refers to


def _author_after(text: str, here: list[Candidate], m: Candidate) -> str | None:
    for body in here:
        if body.iri not in {COMMITTEE, PARLIAMENT}:
            continue
        if body.begin >= m.end and _AUTHOR_LINK.fullmatch(text, m.end, body.begin):
            return body.iri
        inside = m.begin < body.begin < m.end and body.begin - m.begin < 40
        if inside and _AUTHOR_IN_NAME.fullmatch(text, m.begin, body.begin):
            return body.iri  # "Aanbeveling van het Beneluxparlement over ..."
    return None


# A numbered section heading: "\n6.3.1 Aanbeveling over ...", or run into the sentence
# before it by the clean text (". 6.2.2 Benelux-verklaring ...").
_SECTION_HEADING = re.compile(
    r"(?:^|\n|(?<=[.!?:])[ \t]+)[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?=[A-Z])"
)


class InstrumentRelations:
    """The methods of :class:`~.finder.RelationFinder` for instruments: ``eli:passed_by``,
    ``eli:amends`` and ``eli:date_document``. The patterns are built from the tables by
    ``RelationFinder.__init__``."""

    _amend: re.Pattern[str]
    _amending: Opened
    _amending_verb: Opened | None
    _adopted: Opened
    _preparing: Opened

    def _passed_by(
        self,
        text: str,
        here: list[Candidate],
        mentions: Sequence[Candidate],
        numbered: set[str],
        span: tuple[int, int],
    ) -> Iterator[Relation]:
        preparing = self._preparing.search(text, span[0], span[1]) is not None

        @cache
        def adopted() -> bool:
            """Whether the sentence says something was adopted (once, if asked)."""
            return (
                self._adopted.search(text, span[0], span[1]) is not None
                # "Het Comité van Ministers stelde op 16 juni het werkprogramma ... vast".
                or _split_adoption(text[span[0] : span[1]]) is not None
            )

        for m in here:
            if m.cls == "Treaty":
                continue  # a treaty is signed by the states, not adopted by an institution
            if _is_draft(text, m):
                continue  # "de ontwerpaanbeveling over ...": a draft is not passed (yet)
            if m.iri in numbered or m.cls == "Decision":
                yield Relation(m.iri, PASSED_BY, COMMITTEE, span)
            elif m.cls == "Recommendation" and _PARLIAMENT_NUMBER.search(m.label):
                # "aanbeveling 948/2": the Benelux Parliament numbers its texts so.
                yield Relation(m.iri, PASSED_BY, PARLIAMENT, span)
            elif m.cls == "Recommendation" and preparing:
                continue  # "het netwerk bereidt een aanbeveling over ... voor"
            elif m.cls == "Recommendation":
                # A body named before the section heading the recommendation stands under
                # (or opens) passes nothing in it: "6.3.1 Aanbeveling over contactverboden".
                headings = [
                    h.start()
                    for h in _SECTION_HEADING.finditer(text, max(0, m.begin - 1200), m.end)
                ]
                reach = m.begin - headings[-1] if headings else 1200
                body = _author_after(text, here, m) or _nearest_before(
                    mentions, m.begin, {COMMITTEE, PARLIAMENT}, reach
                )
                if body is not None and _ANSWERED.search(text, span[0], m.begin):
                    # "de antwoorden van het comité van ministers op de aanbeveling": the
                    # Committee answers the Parliament's recommendations.
                    body = PARLIAMENT if body == COMMITTEE else None
                if body is not None:
                    yield Relation(m.iri, PASSED_BY, body, span)
            elif m.cls in ADOPTED_BY_BODIES and adopted():
                # "kwam het Comité van Ministers bijeen en werden de prioriteiten vastgelegd
                # in het Gemeenschappelijk Werkprogramma 2021-2024".
                # A body named inside the instrument's name is a party to it, not its author:
                # "een samenwerkingsprotocol tussen het Beneluxparlement en de Noordse Raad".
                bodies = {
                    b.iri
                    for b in here
                    if b.iri in {COMMITTEE, PARLIAMENT} and not m.begin <= b.begin < m.end
                }
                if len(bodies) == 1:
                    yield Relation(m.iri, PASSED_BY, bodies.pop(), span)

    def _amends(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate] = (),
    ) -> Iterator[Relation]:
        instruments = [m for m in here if m.cls in INSTRUMENTS]
        yield from self._amends_in_name(text, instruments, span, mentions)
        yield from self._amends_by_agent(text, instruments, span)
        yield from self._amends_by_anaphor(text, instruments, span, mentions)
        yield from _amends_anaphoric_object(text, instruments, span, mentions)
        yield from _amends_pronoun_object(text, instruments, span, mentions)
        yield from _amends_described_subject(text, instruments, span)
        yield from _amends_split_named(text, instruments, span)
        yield from _amends_demonstrative_object(text, instruments, span, mentions, self._amend)
        by_phrase: dict[int, Candidate] = {}  # amending instrument's index -> amended one
        for i, m in enumerate(instruments):
            if i == 0:
                continue
            if not self._amend.search(text[max(span[0], m.begin - 40) : m.begin]):
                # "gewijzigd bij Beschikking M(2018)3 en opnieuw bij M (2024)11": a second
                # agent coordinated with the first amends the same instrument.
                earlier = by_phrase.get(i - 1)
                linked = _ALSO_BY.fullmatch(text, instruments[i - 1].end, m.begin)
                if earlier is not None and linked is not None and earlier.iri != m.iri:
                    by_phrase[i] = earlier
                    yield Relation(m.iri, AMENDS, earlier.iri, span)
                continue
            amended = next((p for p in reversed(instruments[:i]) if p.iri != m.iri), None)
            if amended is not None:
                by_phrase[i] = amended
                yield Relation(m.iri, AMENDS, amended.iri, span)
        # "Beschikking ... tot wijziging van de beschikking M (2009) 5 ..., M (2011) 4": the
        # instrument whose title says so amends the one named right after the phrase; so does
        # the one named right before it: "de beschikking M (2022) 9 tot wijziging van ...",
        # "Beschikking M (2023) 2 wijzigt de beschikking M (2020) 14".
        for phrase in self._amending.finditer(text, span[0], span[1]):
            titled = [m for m in instruments if m.begin <= phrase.start() and phrase.end() <= m.end]
            if not titled:
                titled = [
                    m for m in instruments if _JUST_BEFORE.fullmatch(text, m.end, phrase.start())
                ]
            after = [m for m in instruments if 0 <= m.begin - phrase.end() <= 30]
            if not titled and not after and _AMENDS_FINITE.match(text, phrase.start()):
                # The verb closing a relative clause after the amended one's subject: "..., die
                # Beschikking M (2029) 6 inzake de erkenning van certificaten wijzigt".
                titled = [
                    m
                    for m in instruments
                    if _AMENDS_DESCRIBED.fullmatch(text, m.end, phrase.start())
                    and not _NEGATION.search(text, m.end, phrase.start())
                ]
            if after and _NOT_AFTER.match(text, after[0].end):
                continue  # "Beschikking M (2025) 6 wijzigt Beschikking M (2024) 3 niet"
            if titled and after and titled[0].iri != after[0].iri:
                yield Relation(titled[0].iri, AMENDS, after[0].iri, span)
                # "tot wijziging van de Beschikkingen M (2024) 3 en M (2023) 11": the list
                # after the phrase, closed by "en".
                for other in _amended_list(text, instruments, after[0]):
                    if other.iri != titled[0].iri:
                        yield Relation(titled[0].iri, AMENDS, other.iri, span)
            elif titled and not after:
                # A title read with its relative clause ("Beschikking betreffende de pyropas,
                # die de Beschikking M (2020) 14 vervangt"): it amends the one nested before
                # the verb.
                nested = [
                    m
                    for m in instruments
                    if titled[0].begin < m.begin
                    and m.iri != titled[0].iri
                    and _JUST_BEFORE.fullmatch(text, m.end, phrase.start())
                    and _AMENDING_CLAUSE.search(text, titled[0].begin, m.begin)
                ]
                if nested:
                    yield Relation(titled[0].iri, AMENDS, nested[-1].iri, span)
                    continue
                # A verb at the end of a relative clause: "de Beschikking M (2024) 1, die de
                # Beschikking M (2020) 5 wijzigt": the one before "die" amends the one named.
                amended = titled[0]
                amending = next(
                    (
                        m
                        for m in reversed(instruments)
                        if m.end <= amended.begin
                        and _AMENDING_CLAUSE.fullmatch(text, m.end, amended.begin)
                    ),
                    None,
                )
                if amending is not None and amending.iri != amended.iri:
                    yield Relation(amending.iri, AMENDS, amended.iri, span)

    def _amends_by_anaphor(
        self,
        text: str,
        instruments: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """ "Het verdrag vervangt het Memorandum of Understanding ...": a sentence that opens
        with a bare anaphor and an amending verb; the anaphor is the instrument of that type
        named last before the sentence."""
        opening = _ANAPHOR_OPENING.match(text, span[0], span[1])
        if opening is None or any(m.begin < opening.end() for m in instruments):
            yield from self._amends_in_note(text, instruments, span, mentions)
            yield from self._amends_by_pronoun(text, instruments, span, mentions)
            return  # "De beschikking tot wijziging van ...": a name, not an anaphor
        verb = self._amending.match(text, opening.end(), span[1])
        if verb is None:
            yield from self._amends_by_pronoun(text, instruments, span, mentions)
            return
        found = _kind_named_before(text, instruments, mentions, opening.group(1), span[0], verb)
        if found is not None:
            yield Relation(found[0].iri, AMENDS, found[1].iri, span)

    def _amends_in_note(
        self,
        text: str,
        instruments: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """A note line under an index entry, run into the sentence of the line before (a
        title in another language): "Deze aanbeveling vervangt Aanbeveling M (2018) 10." The
        anaphor is the instrument of that kind (by its name or its class) named last before."""
        for note in _NOTE_ANAPHOR.finditer(text, span[0], span[1]):
            verb = self._amending.match(text, note.end(), span[1])
            if verb is None:
                continue
            found = _kind_named_before(
                text, instruments, mentions, note.group(1), note.start(), verb
            )
            if found is not None:
                yield Relation(found[0].iri, AMENDS, found[1].iri, span)

    def _amends_by_pronoun(
        self,
        text: str,
        instruments: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """A clause whose subject is a pronoun or "de tekst", referring to the instrument
        named last before it: "Zij vervangt Aanbeveling M (2019) 4", "; zij werd gewijzigd
        bij Beschikking M (2023) 11", "De tekst zal aanbeveling 946/2 ... vervangen"."""
        if not instruments:
            return  # the other instrument is named in the clause
        for start in _clause_starts(text, span):
            subject = _REFERRING_SUBJECT.match(text, start, span[1])
            if subject is None:
                yield from _amended_after_adverbial(text, instruments, span, mentions, start)
                continue
            clause = _CLAUSE_END.search(text, subject.end(), span[1])
            end = clause.start() if clause else span[1]
            after = [m for m in instruments if subject.end() <= m.begin < end]
            verb = self._amending.match(text, subject.end(), end)
            passive = _PASSIVE_AMENDED.match(text, subject.end(), end)
            objects: list[Candidate] = []  # what the pronoun's instrument amends
            agents: list[Candidate] = []  # what amends the pronoun's instrument
            if verb is not None:
                # "Zij vervangt Aanbeveling M (2019) 4": it amends the object.
                objects = [m for m in after if m.begin - verb.end() <= 30][:1]
            elif passive is not None:
                # "zij werd gewijzigd bij Beschikking M (2023) 11": the agent amends it.
                agents = [m for m in after if m.begin - passive.end() <= 20][:1]
            else:
                # "De tekst bouwt voort op ... en zal Aanbeveling M (2011) 4 vervangen".
                stop = text.find(";", subject.end(), span[1])
                stop = span[1] if stop < 0 else stop
                later = [m for m in instruments if subject.end() <= m.begin < stop]
                objects = list(_future_objects(text, later, subject.end(), stop))
            if not objects and not agents and clause is not None and clause.group().strip() == "en":
                # "Zij bouwt voort op Richtlijn X en wijzigt Aanbeveling M (2018) 11": the
                # same subject, a second verb.
                second = self._amending.match(text, clause.end(), span[1])
                if second is not None:
                    objects = [m for m in instruments if 0 <= m.begin - second.end() <= 30][:1]
            if not objects and not agents:
                continue
            antecedent = _antecedent(
                text, start, mentions, subject["pronoun"] or "", subject["kind"] or ""
            )
            if antecedent is None:
                continue
            pairs = [(antecedent, m) for m in objects] + [(m, antecedent) for m in agents]
            for amending, amended_one in pairs:
                if amending.iri != amended_one.iri:
                    yield Relation(amending.iri, AMENDS, amended_one.iri, span)

    def _amends_by_agent(
        self, text: str, instruments: list[Candidate], span: tuple[int, int]
    ) -> Iterator[Relation]:
        """The amending instrument as the agent of the clause, the amended one its object:
        "Bij Beschikking M (2023) 1 werd de Beschikking M (2018) 7 gewijzigd", "de bij
        Beschikking M (2022) 9 gewijzigde Beschikking M (2020) 14", "Met Beschikking M (2021)
        3 herziet het Comité de Beschikking M (2016) 4"."""
        if self._amending_verb is None:
            return
        for i, agent in enumerate(instruments):
            if not _AGENT_BEFORE.search(text, max(span[0], agent.begin - 30), agent.begin):
                continue
            amended = next(
                (m for m in instruments[i + 1 :] if m.iri != agent.iri and m.begin >= agent.end),
                None,
            )
            if amended is None:
                continue
            clause = _CLAUSE_END.search(text, amended.end, span[1])
            end = clause.start() if clause else span[1]
            between = text[agent.end : amended.begin]
            if ";" in between or _CLAUSE_END.search(between):
                continue
            verb = self._amending_verb.search(text, agent.end, end)
            if verb is not None:
                yield Relation(agent.iri, AMENDS, amended.iri, span)
        # The passive with its subject first: "Beschikking M(2017) 12 ... werd bij M (2020)19
        # verlengd en uitgebreid": the agent amends the subject named before it.
        for i, agent in enumerate(instruments[1:], start=1):
            passive = _PASSIVE_BY.search(text, max(span[0], agent.begin - 40), agent.begin)
            subject = instruments[i - 1]
            if passive is None or subject.iri == agent.iri or subject.end > passive.start():
                continue
            if ";" in text[subject.end : passive.start()] or _CLAUSE_END.search(
                text, subject.end, passive.start()
            ):
                continue
            gap = re.match(r"\s+", text[agent.end :])
            if gap is not None and self._amending_verb.match(text, agent.end + gap.end()):
                yield Relation(agent.iri, AMENDS, subject.iri, span)
        yield from _amends_object_first(text, instruments, span, self._amending_verb)
        # A relative clause whose pronoun is the agent: "Beschikking M (2025) 6, waarbij
        # Beschikking M (2024) 3 wordt gewijzigd", "..., waarmee ... werd vervangen".
        for agent, amended in pairwise(instruments):
            if agent.iri == amended.iri:
                continue
            if not _AGENT_RELATIVE.fullmatch(text, agent.end, amended.begin):
                continue
            clause = _CLAUSE_END.search(text, amended.end, span[1])
            comma = text.find(",", amended.end, span[1])
            end = min(clause.start() if clause else span[1], comma if comma >= 0 else span[1])
            verb = self._amending_verb.search(text, amended.end, end)
            if verb is not None and not _NOT_IN_RELATIVE.search(text, amended.end, verb.start()):
                yield Relation(agent.iri, AMENDS, amended.iri, span)
        # The noun of an amendment, its object first and its agent after "bij"/"door": "een
        # wijziging van Beschikking M (2024) 3 door Beschikking M (2025) 6".
        for amended, agent in pairwise(instruments):
            if agent.iri == amended.iri:
                continue
            if not _AMENDING_NOUN.search(text, max(span[0], amended.begin - 30), amended.begin):
                continue
            if _NOUN_AGENT.fullmatch(text, amended.end, agent.begin):
                yield Relation(agent.iri, AMENDS, amended.iri, span)

    def _amends_in_name(
        self,
        text: str,
        instruments: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """ "Protocol tot wijziging van het Benelux-Verdrag inzake ...": a name that holds the
        name of the instrument it amends, which the document names elsewhere too."""
        for m in instruments:
            phrase = self._amending.search(text, m.begin, m.end)
            if phrase is None or not m.label:
                continue
            tail = _ARTICLE_START.sub("", text[phrase.end() : m.end])
            wanted = _plain(tail)
            amended = next(
                (
                    o
                    for o in mentions
                    if o.iri != m.iri
                    and o.cls in INSTRUMENTS
                    and wanted
                    and wanted in {_plain(o.label), _plain(text[o.begin : o.end])}
                ),
                None,
            )
            if amended is not None:
                yield Relation(m.iri, AMENDS, amended.iri, span)

    def _dates(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        relative: Sequence[RelativeDate] = (),
    ) -> Iterator[Relation]:
        sentence = text[span[0] : span[1]]
        adopted = (
            self._adopted.search(sentence) is not None or _split_adoption(sentence) is not None
        )
        if adopted and self._preparing.search(sentence) is not None:
            # "bereidt een verklaring ... voor, die de landen in 2026 willen ondertekenen":
            # a plan; the year is when it may be signed.
            adopted = False
        relative = [d for d in relative if span[0] <= d.begin < span[1]]
        # "Op 2 oktober 2023 ondertekenden de drie landen de politieke verklaring ..., die
        # Duitsland in 2024 mede onderschreef": a sentence opening with the date and the
        # signing verb dates the first instrument it names, whatever dates follow.
        opening = _OPENING_DATE.search(sentence) if "Op" in sentence or "In" in sentence else None
        opened = first_date(opening.group(1)) if opening is not None else ""
        if opening is not None and not self._adopted.match(sentence, opening.end()):
            opening = None
        if opening is None and relative:
            # "Op 16 november ondertekenden ...": the same with a day the document dates.
            yearless = _OPENING_RELATIVE.search(sentence)
            day = next(
                (d for d in relative if yearless and d.begin == span[0] + yearless.end()), None
            )
            if yearless is not None and day is not None:
                rest = _AFTER_RELATIVE.match(text, day.end, span[1])
                if rest is not None and self._adopted.match(text, rest.end(), span[1]):
                    opening, opened = yearless, day.iso
        first = next((m for m in here if m.cls in INSTRUMENTS), None)
        # An index entry dated by its closing date is about the instrument it opens with;
        # the others it names ("ter uitvoering van het Benelux-Politieverdrag") are not dated.
        entry = bool(first and _listed_date(text, here, first, span))
        renewing = _renewing(text, here, span)
        for m in here:
            if m.cls not in INSTRUMENTS:
                continue
            after = _DATED_AFTER.match(text, m.end, span[1])
            if (
                after
                and "d.d." in after.group()
                and self._amend.search(text, m.begin - 40, m.begin)
            ):
                # "..., zoals gewijzigd bij Beschikking M (2023) 11, d.d. 10.03.2025": in an
                # index entry the closing date is the entry's, not the amending one's.
                after = None
            signed = _SIGNED_AFTER.match(text, m.end, span[1])
            if signed is not None and _OF_ANOTHER.search(text, max(span[0], m.begin - 40), m.begin):
                signed = None  # "ter uitvoering van het Benelux-Politieverdrag, gedaan te ..."
            signed_on = first_date(signed.group(1)) if signed else ""
            if corrected := _corrected_date(text, m, span):
                yield Relation(m.iri, DATE_DOCUMENT, corrected, span)
            elif m.date and len(m.date) == 4 and signed_on.startswith(m.date + "-"):
                # "het Memorandum ... van 2006, ondertekend te Brussel op 1 juni 2006": the
                # day it was signed says more than the year of its name.
                yield Relation(m.iri, DATE_DOCUMENT, signed_on, span)
            elif m.date:
                yield Relation(m.iri, DATE_DOCUMENT, m.date, span)
            elif attributed := _participle_date(text, m, span, relative):
                # "de op 3 maart 2031 ondertekende intentieverklaring ...", "de op 3 maart jl.
                # door het Comité vastgestelde Beschikking M (2031) 4".
                yield Relation(m.iri, DATE_DOCUMENT, attributed, span)
            elif after and _NUMBERED.match(m.label):
                # "... (M(2023)4) van 12 december 2023": the date printed after the number.
                yield Relation(m.iri, DATE_DOCUMENT, first_date(after.group(1)), span)
            elif subjected := _date_after_subject(text, here, m, span):
                # "Aanbeveling M (2002) 4 inzake lijkvervoer van 27 juni 2002".
                yield Relation(m.iri, DATE_DOCUMENT, subjected, span)
            elif (on := _numbered_on(text, m, span)) and _NUMBERED.match(m.label):
                yield Relation(m.iri, DATE_DOCUMENT, on, span)
            elif listed := _listed_date(text, here, m, span):
                yield Relation(m.iri, DATE_DOCUMENT, listed, span)
            elif noted := _footnote_date(text, m, span):
                yield Relation(m.iri, DATE_DOCUMENT, noted, span)
            elif m is first and not entry and (titled := _title_dd_date(text, here, m, span)):
                yield Relation(m.iri, DATE_DOCUMENT, titled, span)
            elif signed_on:
                # "Richtlijn M (2016) 8 ..., vastgesteld op 20 juni 2016", "de beschikking
                # ..., vastgesteld door het Comité van Ministers op 18 oktober 2023".
                yield Relation(m.iri, DATE_DOCUMENT, signed_on, span)
            elif plain := _plain_date(text, m, span[1]):
                # "het Verdrag van Senningen van 8 juni 2004": a known name, then its date.
                yield Relation(m.iri, DATE_DOCUMENT, plain, span)
            elif m is renewing and (renewed := _one_date_outside(text, here, span)):
                # "werd op 15 november 2022 vernieuwd met de intentieverklaring ...": the
                # renewal is the day of the instrument that renews.
                yield Relation(m.iri, DATE_DOCUMENT, renewed, span)
            elif own := self._clause_date(text, m, span) or self._clause_relative(
                text, m, span, relative
            ):
                yield Relation(m.iri, DATE_DOCUMENT, own, span)
            elif opening is not None and m is first and not _NUMBERED.match(m.label):
                yield Relation(m.iri, DATE_DOCUMENT, opened, span)
            elif (
                adopted
                and not entry
                and (same := _date_of_number_year(text, here, m, span, relative=relative))
            ):
                # "Het Comité stelde op 25 juni 2019 Beschikking M (2019) 11 vast": the one
                # day of the sentence in the year of the number.
                yield Relation(m.iri, DATE_DOCUMENT, same, span)
            elif (
                adopted
                and not entry
                and _NUMBERED.match(m.label)
                and (year := _date_of_number_year(text, here, m, span, years=True))
                and re.search(rf"(?<!\w)[Ii]n\s+{year}(?!\w)", text[span[0] : span[1]])
            ):
                # "Beschikking M (2025) 14 werd in 2025 vastgesteld": the one date of the
                # sentence, a year stated alone ("in 2025", not "in september 2025") in the
                # number's year.
                yield Relation(m.iri, DATE_DOCUMENT, year, span)
            elif self._amend.search(text, max(span[0], m.begin - 40), m.begin) and (
                year := _date_of_number_year(text, here, m, span, years=True)
            ):
                # "heeft ... in 2024 geactualiseerd bij Beschikking M (2024) 15": the amending
                # one is dated by the one date of the sentence in its number's year.
                yield Relation(m.iri, DATE_DOCUMENT, year, span)
            elif (
                adopted
                and not _NUMBERED.match(m.label)
                and not entry
                and not _heading(text, m, span)
            ):
                # "Het Comité stelde op 16 november zijn antwoord vast op aanbeveling 962/2,
                # die het Parlement op 13 juni 2026 aannam": a date before the recommendation
                # is the answer's; only one after it may be the recommendation's.
                window = (m.begin, span[1]) if _answered(text, m, span) else span
                date = self._nearest_date(text, here, m, window, relative)
                if date:
                    yield Relation(m.iri, DATE_DOCUMENT, date, span)

    def _anaphor_dates(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """ "De verklaring werd op 17 mei 2022 in Luxemburg ondertekend door ...", "Het Comité
        stelde die beschikking vast op 10 december 2029": a sentence (or its first clause)
        that opens with a bare anaphor, or names a demonstrative one, and says, with one date,
        that it was signed or adopted, dates the instrument of that kind named last before it
        (a heading)."""
        opening = _ANAPHOR_OPENING.match(text, span[0], span[1])
        if opening is None or opening.group(1) not in _KIND_CLASSES:
            # "Het Comité stelde die beschikking vast op 10 december 2029; ...": a
            # demonstrative refers back wherever it stands in the sentence's first clause.
            semicolon = text.find(";", span[0], span[1])
            span = (span[0], span[1] if semicolon < 0 else semicolon)
            if any(m.cls in INSTRUMENTS and m.begin < span[1] for m in here):
                return
            kinds = [
                d
                for d in _DEMONSTRATIVE_KIND.finditer(text, span[0], span[1])
                if d.group(1) in _KIND_CLASSES
            ]
            opening = kinds[0] if len(kinds) == 1 else None
        if opening is None or opening.group(1) not in _KIND_CLASSES:
            return
        if any(m.cls in INSTRUMENTS and m.begin < span[1] for m in here):
            return
        sentence = text[span[0] : span[1]]
        if self._adopted.search(sentence) is None and _split_adoption(sentence) is None:
            return
        if self._preparing.search(text, span[0], span[1]) is not None:
            return
        days = list(DATE.finditer(text, span[0], span[1]))
        if len(days) != 1:
            return
        noun = opening.group(1)
        before = [
            o
            for o in mentions
            if o.cls in INSTRUMENTS
            and span[0] - _ANAPHOR_DATE_REACH <= o.begin < span[0]
            and (_of_kind(text, o, noun) or o.cls == _KIND_CLASSES[noun])
        ]
        if before and not before[-1].date:
            yield Relation(before[-1].iri, DATE_DOCUMENT, first_date(days[0].group()), span)

    def _referred_dates(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """A sentence naming no instrument that dates the one a pronoun refers to: "Deze werd
        op 4 maart 2025 in Brussel ondertekend", "Het Comité stelde haar op 7 december 2020
        vast"."""
        start = span[0]
        end = text.find(";", start, span[1])  # the clause: "... vast; zij werd ..."
        end = span[1] if end < 0 else end
        if any(m.cls in INSTRUMENTS and m.begin < end for m in here):
            return
        subject = _REFERRING_SUBJECT.match(text, start, end)
        pronoun = (subject["pronoun"] or "") if subject is not None else ""
        kind = (subject["kind"] or "") if subject is not None else ""
        if subject is None:
            clause = text[start:end]
            if not any(p in clause for p in _OBJECT_PRONOUN_WORDS):
                return
            verb = _DATED_OBJECT_PRONOUN.search(text, start, end)
            if verb is None:
                return
            pronoun = verb["pronoun"]
        elif not self._adopted.search(text, subject.end(), end):
            return
        dates = {first_date(d.group()) for d in DATE.finditer(text, start, end)}
        if len(dates) != 1:
            return
        antecedent = _antecedent(text, start, mentions, pronoun, kind)
        if antecedent is not None:
            yield Relation(antecedent.iri, DATE_DOCUMENT, dates.pop(), span)

    def _list_dates(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        by_sentence: dict[int, list[Candidate]],
        relative: Sequence[RelativeDate],
        meeting: _Meeting | None = None,
    ) -> Iterator[Relation]:
        """ "Het Comité stelde op 16 november de volgende teksten vast:" and a list: the one
        date of the sentence that introduces the list dates the instrument each item opens
        with, while the items run on (each but the last closes with a semicolon). Without a
        date, "De ministers namen twee beschikkingen aan:" in the report of a meeting is dated
        by the meeting (``meeting``)."""
        for i, (b, e) in enumerate(spans):
            if not text[b:e].rstrip().endswith(":"):
                continue
            date = self._introduced_date(text, (b, e), relative)
            here = by_sentence.get(i, [])
            if not date and meeting and self._at_the_meeting(text, (b, e), here, meeting, relative):
                date = meeting.day
            if not date:
                continue
            for j in range(i + 1, len(spans)):
                start, end = spans[j]
                first = min(
                    (m for m in by_sentence.get(j, []) if m.cls in INSTRUMENTS),
                    key=lambda m: m.begin,
                    default=None,
                )
                if first is None or not _item_opening(text, start, first.begin):
                    break
                yield Relation(first.iri, DATE_DOCUMENT, date, (start, end))
                if not text[start:end].rstrip().endswith(";"):
                    break

    def _introduced_date(
        self, text: str, span: tuple[int, int], relative: Sequence[RelativeDate]
    ) -> str:
        """The one date of a sentence saying that what it introduces was adopted."""
        sentence = text[span[0] : span[1]]
        if self._adopted.search(sentence) is None and _split_adoption(sentence) is None:
            return ""
        stated = list(DATE.finditer(sentence))
        if any(_TWO_DAYS.search(d.group()) for d in stated):
            return ""  # "op 20 en 21 juni 2025": which of the two days is not said
        dates = {first_date(d.group()) for d in stated if not _in_period(sentence, d)}
        dates |= {d.iso for d in relative if span[0] <= d.begin < span[1]}
        return dates.pop() if len(dates) == 1 else ""

    def _clause_relative(
        self,
        text: str,
        m: Candidate,
        span: tuple[int, int],
        relative: Sequence[RelativeDate],
    ) -> str:
        """ "Aanbeveling M (2028) 12, die het Comité van Ministers op 12 juni jongstleden
        aannam": the clause of :meth:`_clause_date` with a day the document dates."""
        for day in relative:
            if not m.end < day.begin < span[1]:
                continue
            if _CLAUSE_RELATIVE.fullmatch(text, m.end, day.begin) is None:
                return ""
            rest = _AFTER_RELATIVE.match(text, day.end, span[1])
            signed = rest is not None and self._adopted.match(text, rest.end(), span[1])
            return day.iso if signed else ""
        return ""

    def _clause_date(self, text: str, m: Candidate, span: tuple[int, int]) -> str:
        """ "Het Samenwerkingsakkoord ..., dat VDAB en UWV op 12 mei 2022 sloten": the date
        in the relative clause that says who signed the instrument named before it."""
        clause = _CLAUSE_DATED.match(text, m.end, span[1])
        if clause is None:
            return ""
        signed = self._adopted.match(text, clause.end(), span[1])
        return first_date(clause.group(1)) if signed else ""

    def _meeting_dates(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        by_sentence: dict[int, list[Candidate]],
        meeting: _Meeting,
        dated: set[str],
        relative: Sequence[RelativeDate],
    ) -> Iterator[Relation]:
        """ "De top nam tevens de politieke verklaring over droogte aan": in the report of a
        meeting, an instrument the sentence says was signed or adopted, with no date of its
        own anywhere, was so at the meeting (``meeting``, its day)."""
        for i, (b, e) in enumerate(spans):
            first = next((m for m in by_sentence.get(i, []) if m.cls in INSTRUMENTS), None)
            if first is None or first.iri in dated:
                continue
            here = by_sentence.get(i, [])
            if _heading(text, first, (b, e)) or not self._at_the_meeting(
                text, (b, e), here, meeting, relative
            ):
                continue
            dated.add(first.iri)
            yield Relation(first.iri, DATE_DOCUMENT, meeting.day, (b, e))

    def _at_the_meeting(
        self,
        text: str,
        span: tuple[int, int],
        here: list[Candidate],
        meeting: _Meeting,
        relative: Sequence[RelativeDate],
    ) -> bool:
        """Whether a sentence says in the past that something was signed or adopted, stating
        no date nor pointing to an earlier time ("eerder", "destijds") or a negation, nor
        naming as its actor a body other than the one that met ("Het Comité van Ministers
        stelde daarnaast ... vast" in the report of a summit)."""
        sentence = text[span[0] : span[1]]
        printed = _printed_dates(text, here, span)
        if any(
            not _in_period(sentence, d)
            and not _NUMBER_OPENING.search(sentence, 0, d.start())
            and span[0] + d.start() not in printed
            for d in DATE.finditer(sentence)
        ):
            return False  # the year of an M-number "M (2028) 9" is no date of the sentence
        if any(span[0] <= d.begin < span[1] for d in relative):
            return False
        if any(m.iri in _BODY_IN_MEETING_IRI and m.iri not in meeting.bodies for m in here):
            return False
        if _EARLIER.search(sentence) or _NEGATION.search(sentence):
            return False
        by = _MADE_BY_NUMBER.search(sentence)
        if by is not None and by.group(1) == meeting.day[:4]:
            return True  # "Bij Beschikking M (2028) 11 werd de werkgroep ingesteld."
        return bool(_PAST_ADOPTION.search(sentence) or _split_adoption(sentence))

    @staticmethod
    def _nearest_date(
        text: str,
        here: list[Candidate],
        m: Candidate,
        span: tuple[int, int],
        relative: Sequence[RelativeDate] = (),
    ) -> str:
        """The date closest to the instrument, if no other instrument is closer to it:
        "het Verdrag van Senningen dat in 2004 ... ondertekend werd, en in 2006 ..."."""
        instruments = [i for i in here if i.cls in INSTRUMENTS and not _heading(text, i, span)]

        def distance(i: Candidate, at: int, end: int) -> int:
            # A parenthesis right after the name (a translation, an abbreviation) does not
            # part it from what follows: "... air pollution (inzake ...), ondertekend in 2021".
            aside = _ASIDE.match(text, i.end)
            after = aside.end() if aside and aside.end() <= at else i.end
            # A semicolon parts the items of a list: "... bij het protocol van 9 februari
            # 2026;\n b. de uitvoeringsovereenkomst inzake ..., die ... ondertekenden".
            if ";" in text[end : i.begin] or ";" in text[after:at]:
                return _DATE_REACH + 1
            return max(0, at - after, i.begin - end)

        stated = [
            (d.start(), d.end(), first_date(d.group()))
            for d in DATE.finditer(text, *span)
            if not _in_period(text, d)
            # "de plenaire zitting van 13 en 14 maart 2026": two days, neither of them the
            # day of what the session adopted.
            and not _DAYS.match(d.group())
        ]
        # "vandaag", "op 4 december jl.": a day the document's own date resolves.
        stated += [(d.begin, d.end, d.iso) for d in relative if span[0] <= d.begin < span[1]]
        dates = [
            (at, end, iso)
            for at, end, iso in sorted(stated)
            # "Werkprogramma 2021-2024" is no date of signing; the date of a meeting is that
            # of what it adopted: "aangenomen in de plenaire zitting van 8 december 2023".
            if not any(c.begin <= at < c.end and c.cls != "Meeting" for c in here)
            and not _PERIOD_BEFORE.search(text, max(span[0], at - 12), at)
            # "(ondertekening voorzien in 2025)": a plan, not the date of signing.
            and not _PLANNED_BEFORE.search(text, max(span[0], at - 20), at)
        ]
        if len(dates) == 1 and len(instruments) == 1:
            return dates[0][2]
        # "werden de aanbevelingen 'X' en 'Y' aangenomen": instruments named together share
        # the date; the one nearer to it does not part the other from it.
        together = _coordinated(text, instruments, m)
        best: tuple[int, str] | None = None
        for at, end, iso in dates:
            mine = min(distance(i, at, end) for i in together)
            others = (i for i in instruments if i not in together)
            if mine > _DATE_REACH or any(distance(i, at, end) < mine for i in others):
                continue
            if best is None or mine < best[0]:
                best = (mine, iso)
        return best[1] if best else ""


# -- the parties of an instrument, stated as such ------------------------------------------

# A sentence that names the parties (or signatories) of an instrument as its subject, the
# instrument by its name or by its kind: "Partijen bij de afspraak zijn X, Y en Z", "De
# ondertekenaars van het memorandum waren X en Y", "Verdragspartijen zijn X en Y".
_PARTIES_OPENING = re.compile(
    r"\s*(?:De\s+)?(?i:(?:verdrags)?partijen|ondertekenaars|signatarissen)"
    r"(?:\s+(?:bij|van|aan)\s+(?P<ref>[^.;:]{1,200}?))?\s+(?:zijn|waren)\s+"
)
# The instrument by its kind alone: "de afspraak", "dit verdrag".
_KIND_ONLY = re.compile(r"(?:(?:de|het|dit|deze)\s+)?([a-z][\w-]{3,})")
# Between the parties of the list: "X, Y en Z", "X en de Y" (the glue of every list of names).
_PARTY_GLUE = re.compile(_LIST_GLUE)
_PARTY_ARTICLE = re.compile(r"\s*(?:de\s+|het\s+)?")
# Who may be a party: places and bodies, and the Union and its institutions.
_STATED_PARTIES = PARTNERS | {"Institution", "BeneluxUnion"}


def stated_parties(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """The parties a sentence names as those of an instrument, the list right after its
    verb ("Partijen bij de afspraak zijn het Vlaams Gewest, Nederland en de Région
    Hauts-de-France"): the instrument named there, or the one of that kind named last
    before ("de afspraak"); without a kind ("Ondertekenaars zijn X en Y"), the one named
    last before. Nothing where the list does not follow the verb ("Partijen bij het
    verdrag zijn verplicht ...")."""
    opening = _PARTIES_OPENING.match(text, span[0], span[1])
    if opening is None:
        return
    instrument = None
    ref = opening.group("ref")
    if ref is None:
        instrument = _last_instrument(text, span, mentions, "")  # "Ondertekenaars zijn ..."
    elif named := [
        m
        for m in here
        if m.cls in _PARTY_INSTRUMENTS and opening.start("ref") <= m.begin < opening.end("ref")
    ]:
        instrument = named[0]  # "Partijen bij het Verdrag van Senningen zijn ..."
    elif kind := _KIND_ONLY.fullmatch(ref):
        instrument = _last_instrument(text, span, mentions, kind.group(1).lower())
    if instrument is None:
        return
    article = _PARTY_ARTICLE.match(text, opening.end())
    position = article.end() if article else opening.end()
    for m in here:
        if m.begin < position:
            continue
        if m.begin != position or m.cls not in _STATED_PARTIES:
            break
        yield Relation(instrument.iri, PARTICIPANT, m.iri, span)
        glue = _PARTY_GLUE.match(text, m.end, span[1])
        if glue is None:
            break
        position = glue.end()
