"""``bkg:participant`` by a verb of taking part: the places and bodies that take part in a
group, meeting, declaration, agreement or treaty, named in the sentence, in a list after
it, in parentheses after a group, or as the parties of an instrument."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from ..candidates import Candidate
from ..regex import Opened, may_contain
from .common import (
    _ADVICE,
    _FOLLOWING,
    _NATIONALITY,
    _NEGATION,
    _NOT_YET,
    _OF_THE_OWNER,
    _OWNER_BEFORE,
    _SENTENCE_BREAK,
    _THEREIN,
    GATHERINGS,
    GROUPS,
    INSTRUMENTS,
    PARTICIPANT,
    PARTNERS,
    TAKING_PART,
    Relation,
    RelationTables,
    _listed,
    _name_end,
    _plain,
)
from .focus import (
    _MEETING_REACH,
    _PRESENT,
    _REFERENCE_REACH,
    _focus,
    _instrument_after,
    _is_parent_named,
    _kind_next_to,
    _last_group_unless_new,
    _last_instrument,
    _last_meeting_after_group,
    _may_be_therein,
    _name_of,
    _present,
    _referred_group,
    _region_anaphor,
    _subject_list,
)
from .members import (
    _CLOSING,
    _INTENDED,
    _LOCATION_BEFORE,
    _REPORTED_MEETING_REACH,
    _SEMICOLON_OR_COLON,
    MEETING_BODIES,
    SIGNING_BODIES,
)

# Where the clause of a verb of taking part closes, for a refusal after it.
_CLAUSE_CLOSE = re.compile(r"[.;:,]\s|\s(?:maar|terwijl|omdat)\s")
# A doubt in a relative clause of taking part: "waarin X mogelijk zitting zal hebben".
_HEDGE = re.compile(r"(?<!\w)(?:mogelijk|eventueel|wellicht|misschien)(?!\w)", re.IGNORECASE)
# A question still open: "we onderzoeken of X kan aansluiten", "bekeken wordt of ...".
# A question asked, as in a parliamentary letter: "Het lid X vraagt of Y deelneemt", "wil
# weten of", "informeert of".
_OPEN_QUESTION = re.compile(
    r"(?<!\w)(?:onderzo\w*|bekijk\w*|bekeken|nagaan|na\s+te\s+gaan|verken\w*"
    r"|vraagt|vragen|vroeg|vroegen|gevraagd|weten|informeert|informeren|informeerde)"
    r"(?:\s+[^\s.;]+){0,8}?\s+of\s",
    re.IGNORECASE,
)
# A question asks whether a body takes part; it states no membership ("Neemt X deel aan de
# werkgroep?"). The sentence ends in a question mark, and opens on its verb or a question word.
_QUESTION_OPENING = re.compile(
    # After the label of a written question ("Vraag 2"); "Klopt het dat X deelneemt?",
    # "Kunt u bevestigen dat ...?", "Weet de minister of ...?" ask about what follows.
    r"[\s\d.)]*(?:[Vv]raag\s+\d+[.:]?\s+)?"
    r"(?:(?:neemt|nemen|is|zijn|zit|zitten|maakt|maken|heeft|hebben|wordt|worden"
    r"|kan|kunnen|zal|zullen|klopt|kunt|weet|bent|deelt)\s"
    r"|(?:welke|waarom|wie|hoe|wanneer|waarin|overweegt)\s)",
    re.IGNORECASE,
)
# A modal verb opening the clause of an infinitive of joining: "Indien de regering instemt, kan
# de Police grand-ducale vanaf 2027 aan het overleg deelnemen", "zou X kunnen toetreden".
_MODAL_IN_CLAUSE = re.compile(
    r"(?:^|[,;:]\s*)(?:dan\s+)?(?:kan|kunnen|zou|zouden|mag|mogen)\s(?:[^,;:.]*)$", re.IGNORECASE
)
_INFINITIVE = re.compile(r"(?:deel\s+te\s+nemen|deelnemen|toetreden|aansluiten|aanschuiven)$")
# A membership that has ended: "Tot 2021 was X lid", "X nam tot eind 2022 deel", "Sinds
# het vertrek van X ...", "na de uittreding van X".
_UNTIL = re.compile(
    r"(?<!\w)tot\s+(?:(?:begin|eind|medio|\d{1,2})\s+)?(?:[a-z]+\s+)?(?:19|20)\d{2}(?!\d)",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"(?<!\w)(?:was|waren|nam|namen|zat|zaten|maakte|maakten|had|hadden|hoorde|hoorden)(?!\w)",
    re.IGNORECASE,
)
# Where the clause of a membership that ended stops: a semicolon, or a new clause that
# says what holds since ("..., sindsdien is Y lid", "..., maar nu neemt Y deel").
_ENDED_CLAUSE_END = re.compile(
    r"[;:]|,?\s+(?:sindsdien|daarna|nadien|inmiddels|nu|maar|terwijl|sinds)(?!\w)",
    re.IGNORECASE,
)
_ENDED_CLAUSE_START = re.compile(r"[;:]\s*")


def _ended_clauses(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The clauses of the sentence that state a membership that ended: "tot 2022" with a
    verb in the past ("X nam tot eind 2022 deel", "Tot 2021 was X lid")."""
    ended: list[tuple[int, int]] = []
    for until in _UNTIL.finditer(text, span[0], span[1]):
        begin = span[0]
        for opening in _ENDED_CLAUSE_START.finditer(text, span[0], until.start()):
            begin = opening.end()
        stop = _ENDED_CLAUSE_END.search(text, until.end(), span[1])
        end = stop.start() if stop is not None else span[1]
        if _PAST.search(text, begin, end):
            ended.append((begin, end))
    return ended


_DEPARTED_BEFORE = re.compile(
    r"(?<!\w)(?:vertrek|uittreding|uitstap|terugtrekking|terugtreding|afscheid|opzegging)"
    r"\s+(?:van|door)\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)
# A role that ends a sentence without a verb or final punctuation: the last cell of a row
# of a table of members ("Nederland   RIVM   lid"), read apart (group_tables).
_ROLE_CELL = re.compile(r"(?:lid|leden)\s*")
# "het lid Van Dijk", "het Kamerlid De Vries": a member of parliament who speaks.
_MEMBER_OF_PARLIAMENT = re.compile(r"(?<!\w)[Hh]et\s+(?:[Kk]amer)?lid\s+(?-i:[A-Z])")
# "zitting" as the noun of a session, not the seat of "zitting hebben in": "tijdens de
# plenaire zitting in de Senaat", "de zitting in Luxemburg" (a venue, no membership).
_SESSION_NOUN = re.compile(
    r"(?<!\w)(?:de|een|zijn|haar|hun|deze|elke|iedere|dezelfde|plenaire|gezamenlijke"
    r"|jaarlijkse|openbare|besloten|volgende|vorige|laatste|eerste|tweede|extra|informele"
    r"|buitengewone|bijzondere|constituerende|feestelijke)\s+$",
    re.IGNORECASE,
)
# A clause of contrast with the subject left out that denies the membership the verb before
# seemed to state: "X is bij de werkgroep betrokken ..., maar is geen lid", "X heeft
# belangstelling getoond, maar is (nog) geen lid geworden", "..., maar neemt niet deel".
_BUT_NO_MEMBER = re.compile(
    r",\s*maar\s+(?:is|zijn|was|waren|werd|werden|wordt|worden|heeft|hebben|neemt|nemen|nam"
    r"|namen)\s+(?:[a-z]+\s+){0,2}?(?:geen|niet)\s+(?:lid|leden|deelnemer|deelnemers|partij"
    r"|deel)(?!\w)"
)


def _spelled_out(text: str, p: Candidate, places: Sequence[Candidate]) -> list[Candidate]:
    """The name ``p`` abbreviates, right before it: "Administration de la navigation
    aérienne" for "(ANA)"."""
    return [
        q
        for q in places
        if q.iri == p.iri and q.end < p.begin and _OPEN_PAREN.fullmatch(text, q.end, p.begin)
    ]


_OPEN_PAREN = re.compile(r"\s*\(")


def _marked_group(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate]
) -> Candidate | None:
    """The group a footnote speaks of: the one named right before the footnote's mark in
    the text above it ("Het Benelux Netwerk Cultureel Erfgoed³ ...", "³ Leden zijn ...")."""
    mark = _MARK.match(text, span[0], span[1])
    if mark is None:
        return None
    at = text.rfind(mark.group(1), 0, span[0])
    return next((m for m in mentions if m.cls in GROUPS and m.end == at), None)


_OF_THE_REGION = re.compile(r"\s+van\s+(?:de|het)\s+")
_BENELUX_DASH_END = re.compile(r"Benelux\s*[-–—]\s*$")
# "Benelux-", "Benelux Unie-", "Benelux – " inside a name, before the region joined to it.
_BENELUX_DASH = re.compile(r"Benelux(?:[\s-]+Unie)?\s*[-–—]\s*")
_DASH_BENELUX = re.compile(r"\s*[-–—]\s*Benelux(?![\w-])")
_ACTING_IN = re.compile(
    r"\s+(?:zal|zullen|is|zijn|blijft|blijven|was|waren|wil|willen)\s+(?:[a-z]+\s+){0,3}?"
    r"in\s+(?:de|het)\s+"
)
# Discussing in a group, the partners the subject, before the verb or (inverted) after it:
# "Sinds 2026 bespreken België, Nederland en Luxemburg de knelpunten in de werkgroep X",
# "De drie landen overleggen daarover in het Benelux-platform Y."
_DISCUSSING = re.compile(
    r"(?<!\w)(?:bespreken|bespreekt|bespraken|besprak|overleggen|overlegt|overlegden|overlegde"
    r"|behandelen|behandelt|behandelden|behandelde)(?!\w)"
)
_DISCUSSED_IN = re.compile(r"\s+(?:[^\s.;:,()]+\s+){0,6}?in\s+(?:de|het)\s+$")
_DISCUSSION_END = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:[.;]|$)")
# Before the first partner of the subject: "bespreken de FOD Justitie en ...".
_SUBJECT_LEAD = re.compile(rf"\s*(?:[Dd]e\s+|[Hh]et\s+)?(?:{_NATIONALITY})?")


def _discussing_in_group(
    text: str, here: list[Candidate], places: list[Candidate], span: tuple[int, int]
) -> Iterator[Relation]:
    """The partners that discuss something in a group named as the clause's last words take
    part in it (the subject listed right before the verb, from the clause's start, or right
    after it)."""
    for verb in _DISCUSSING.finditer(text, *span):
        opening = [o.end() for o in _SEMICOLON_OR_COLON.finditer(text, span[0], verb.start())]
        start = opening[-1] if opening else span[0]
        # Inverted: the list right after the verb.
        lead = _SUBJECT_LEAD.match(text, verb.end(), span[1])
        subject = list(_listed(text, places, lead.end() if lead else verb.end(), span[1]))
        after = subject[-1].end if subject else verb.end()
        if not subject:
            # Straight: a list from the clause's start ending right before the verb.
            lead = _SUBJECT_LEAD.match(text, start, verb.start())
            subject = list(_listed(text, places, lead.end() if lead else start, verb.start()))
            if not subject or text[subject[-1].end : verb.start()].strip():
                continue
        group = next(
            (
                g
                for g in here
                if g.cls in GROUPS
                and g.begin > after
                and _DISCUSSED_IN.fullmatch(text, after, g.begin)
                and _DISCUSSION_END.match(text, g.end, span[1])
            ),
            None,
        )
        if group is None or any(after <= m.begin < group.begin for m in here):
            continue
        if _NEGATION.search(text, start, group.begin) or _NOT_YET.search(text, start, group.begin):
            continue
        for p in subject:
            yield Relation(group.iri, PARTICIPANT, p.iri, span)


_RELATIVE = re.compile(
    r",\s*(?:die|dat|welke|waarin|waarbij|waardoor|hoewel|terwijl|omdat|maar)\b|;|\bvolgens\b",
    re.IGNORECASE,
)


def _verb_search(
    verbs: Opened | re.Pattern[str], text: str, span: tuple[int, int]
) -> re.Match[str] | None:
    """The first verb of taking part in the span, passing over "het lid Van Dijk" (a member
    of parliament who asks, not a membership) and "de plenaire zitting in" (a session)."""
    verb = verbs.search(text, span[0], span[1])
    while verb is not None and (
        _MEMBER_OF_PARLIAMENT.search(text, max(0, verb.start() - 9), verb.end() + 2)
        or _session(text, verb)
    ):
        verb = verbs.search(text, verb.end(), span[1])
    return verb


def _session(text: str, verb: re.Match[str]) -> bool:
    """Whether the "zitting" of a verb of taking part ("zitting in", "heeft * zitting") is the
    noun of a session: "tijdens zijn plenaire zitting in de Senaat"."""
    at = verb.group().lower().find("zitting")
    if at < 0:
        return False
    at += verb.start()
    return _SESSION_NOUN.search(text, max(0, at - 16), at) is not None


# The next item after a ";": a bullet, or a dash, an asterisk, a number or a letter opening
# the next line ("uit:\n- de VMM;\n- Rijkswaterstaat", "a) het UWV;\nb) de VDAB").
_NEXT_BULLET = re.compile(r"\s*(?:[•·▪◦▸]|\n[ \t]*(?:[-–*]|\d{1,2}[.)]|[a-z]\))[ \t])")


def _asked(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence is a question ("Neemt X deel aan Y?", "Welke diensten ...?")."""
    return text[span[0] : span[1]].rstrip().endswith("?") and bool(
        _QUESTION_OPENING.match(text, span[0], span[1])
    )


def _modal_clause(text: str, span: tuple[int, int], verb: re.Match[str]) -> bool:
    """Whether the verb of joining is an infinitive under a modal verb that opens its clause:
    a possibility, no membership ("..., kan X vanaf 2027 aan het overleg deelnemen")."""
    if not _INFINITIVE.search(verb.group()):
        return False
    return _MODAL_IN_CLAUSE.search(text[span[0] : verb.start()]) is not None


def _clause_end(text: str, position: int, end: int) -> int:
    found = _RELATIVE.search(text, position, end)
    return found.start() if found else end


# "... tussen de Benelux-landen en Frankrijk", "een intentieverklaring met de regering van X";
# a date or year may stand between ("de politieke verklaring in 2008 tussen ...").
_PARTIES_AFTER = re.compile(
    r"(?:\s+(?:in|van|uit)\s+(?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d{2})?\s+(?:tussen|met)\s+"
)
# An amending instrument's name that holds the parties of the one it amends: "Protocol tot
# wijziging van de Overeenkomst tussen België, Luxemburg en Nederland ...".
_AMENDED_BETWEEN = re.compile(r"wijziging\s+van\s[^;]*?\stussen\s")
# What may open an item of the list before the party itself: an article, the government of
# a party; or an item that is no place ("de drie Benelux-lidstaten", "de Benelux Unie").
_WITH = re.compile(r"\s+met\s+")
_SPACE = re.compile(r"\s+")
_AND_RELATIVE = re.compile(r"[^.;:,]{0,80}?\s+en(?=\s+waar(?:in|aan|binnen|van)\s)")
# The verb of signing: "ondertekenden", "werd ... ondertekend".
_SIGNING = re.compile(r"ondertekend(?:en)?", re.IGNORECASE)
_SIGNER_REACH = 100  # characters between a signing body and the verb


def _near_verb(text: str, m: Candidate, verb: re.Match[str]) -> bool:
    """Whether ``m`` stands within reach of ``verb`` with no clause break between ("Het
    akkoord werd door het Secretariaat-Generaal en de Noordse Raad ondertekend")."""
    low, high = (m.end, verb.start()) if m.end <= verb.start() else (verb.end(), m.begin)
    return high - low <= _SIGNER_REACH and _SENTENCE_BREAK.search(text, low, high) is None


# ", dat VDAB, Forem en UWV op 12 mei 2022 sloten": a relative clause whose subject signed;
# or subscribed to it later (", die Duitsland in 2024 mede heeft onderschreven").
_ON_BEHALF = re.compile(r"(?<!\w)namens\s+(?:de\s+|het\s+)?$")
_SIGNED_BY_CLAUSE = re.compile(r",?\s+(?:dat|die)\s+")
_SIGNED_TAIL = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){0,6}?(?:sloten|sloot|ondertekenden|ondertekende|afsloten|aangingen"
    r"|onderschreef|onderschreven|onderschrijft|onderschrijven)(?!\w)"
)
# "de werkgroep X, met vertegenwoordigers van Y en Z,": members in an apposition.
_WHEREIN_LIST = re.compile(
    r",\s*(?:waarin|waarbinnen|met\s+(?:vertegenwoordigers|deskundigen|experts"
    r"|afgevaardigden|delegaties)\s+van)\s+(?:ook\s+)?"
)


# An organisation named after a body that is a party ("het Regionaal Bureau voor Europa van
# de Wereldgezondheidsorganisatie") owns it, no party of its own.
_OWNERS = frozenset({"ExternalOrganisation"})
_UNITS = frozenset({"ExternalOrganisation", "NationalBody"})


def _parties_of(
    text: str, m: Candidate, here: list[Candidate], places: list[Candidate]
) -> list[Candidate]:
    """Who may be a party of ``m``: a declaration or an agreement may also be made by a body of
    the Union ("het administratief akkoord van 2 mei 2024 tussen het Secretariaat-Generaal en
    de Euregio Maas-Rijn"); its list is read as a whole, so that body must not end it."""
    if m.cls not in {"Declaration", "Agreement"}:
        return places
    bodies = [b for b in here if b.cls in SIGNING_BODIES and b.begin >= m.end]
    parties = sorted(places + bodies, key=lambda b: b.begin)
    # "het Secretariaat-Generaal van de Benelux Unie en X": the owner belongs to the item,
    # no party of its own.
    owned: dict[int, Candidate] = {}
    for b, q in pairwise(parties):
        if _OF_THE_OWNER.fullmatch(text, b.end, q.begin):
            owned[q.begin] = b
    return [
        replace(b, end=next((q.end for q in parties if owned.get(q.begin) is b), b.end))
        for b in parties
        # The Union itself stays an item of the list that is read as no party ("tussen de
        # Benelux Unie en Noordrijn-Westfalen"), as the gold has it.
        if b.begin not in owned and b.cls != "BeneluxUnion"
    ]


# A pronominal adverb for the group named just before: "Daarin zitten X en Y".
# "Daaraan nemen X en Y deel", "Hieraan doet ook Z mee": the group named last before.
_THERETO = re.compile(r"(?<!\w)(?:[Dd]aaraan|[Hh]ieraan|[Ee]raan)(?!\w)")
# The same split, its preposition closing the clause: "X en Y zijn er lid van", "X maakt er
# deel van uit", "X heeft er zitting in", "X vaardigt er een expert naar af"; or the members
# named by a noun: "Deelnemers zijn X en Y", "Leden waren X en Y". The infinitive of a modal
# verb may close it: "X en Y zullen er zitting in nemen", "X zal er lid van worden".
_THERE_SPLIT = re.compile(
    # (round 41: the members listed between, "Er namen België, Nederland en NRW aan deel")
    r"(?<!\w)(?:[Ee]r|[Dd]aar|[Hh]ier)(?:\s+[^\s.;:,]+,?){0,20}?\s+(?:aan|in|van|bij|naar)"
    r"(?:\s+(?:deel|uit|af|toe|mee|betrokken|vertegenwoordigd|nemen|hebben|zijn|worden))?"
    r"\s*(?:[.;]|,\s*(?:evenals|net\s+als)\s)"
)
_MEMBERS_OPENING = re.compile(
    r"\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}\s*)?(?:De\s+)?(?:Leden|Deelnemers)\s+(?:zijn|waren)\s"
    # "De (andere) leden zijn X en Y", "Haar overige leden zijn": the article or possessive
    # before the noun in lower case, as the sentence's subject.
    r"|\s*(?:De|Haar|Zijn)\s+(?:andere\s+|overige\s+|vaste\s+)?(?:leden|deelnemers"
    r"|deelnemende\s+(?:landen|organisaties|partijen|diensten|instanties))"
    r"\s+(?:zijn|waren)\s"
    # "Tot de (vaste) leden behoren X en Y" (round 41).
    r"|\s*Tot\s+(?:de|haar|zijn)\s+(?:vaste\s+)?(?:leden|deelnemers)\s+(?:behoren|behoorden)\s"
)
# The same after a clause of its own: "Opgericht in 2019; leden zijn X en Y".
_MEMBERS_CLAUSE = re.compile(r";\s*(?:[Ll]eden|[Dd]eelnemers)\s+(?:zijn|waren)\s")
_MARK = re.compile(r"\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s")


# "aan de Support Groups": the plural of numbered groups' common name.
_PLURAL_OBJECT = re.compile(
    r"\s+aan\s+(?:de|alle|beide)\s+((?:[\w-]+\s+){0,2}?[\w-]+?)(?:s|en)(?=[\s.;,:]|$)"
)
_NUMBER_SUFFIX = re.compile(r"\s+(?:\d{1,2}|[IVX]{1,4})$")


# "de samenwerking tussen X en Y", "de samenwerking ... die de Benelux-landen met X voeren".
_COOPERATION_NOUN = re.compile(r"(?<!\w)[\w-]*samenwerking(?!\w)", re.IGNORECASE)
_PARTY_OPENING = re.compile(r"(?<!\w)(?:tussen|met)\s+")
# The group in which, or by which, that cooperation is done.
_FRAMEWORK_BEFORE = re.compile(r"(?<!\w)(?:in|door|binnen|via)\s+(?:het|de)\s+$")


def _cooperation_in_group(
    text: str, here: list[Candidate], places: list[Candidate], span: tuple[int, int]
) -> Iterator[tuple[Candidate, Candidate]]:
    """ "De politiesamenwerking tussen België, Nederland en Luxemburg wordt aangestuurd door
    het Senningenoverleg", "de samenwerking die de Benelux-landen met Duitsland en Frankrijk
    voeren in het Pentalateraal Energieforum": the parties take part in the group."""
    if not may_contain(text, ("samenwerking",), span[0], span[1]):
        return
    noun = _COOPERATION_NOUN.search(text, span[0], span[1])
    if noun is None or _NEGATION.search(text, span[0], span[1]):
        return
    for g in here:
        if g.cls not in GROUPS or g.begin < noun.end():
            continue
        if not _FRAMEWORK_BEFORE.search(text, max(noun.end(), g.begin - 30), g.begin):
            continue
        if any(o.cls in GROUPS and noun.end() <= o.begin < g.begin for o in here):
            continue  # another group stands between: the cooperation is of that one
        seen: set[str] = set()
        # The parties may precede the noun: "de verklaring tussen X en Y ... wordt de
        # samenwerking voortgezet via het Z-overleg".
        for opening in _PARTY_OPENING.finditer(text, span[0], g.begin):
            for p in _listed(text, places, opening.end(), g.begin):
                if p.iri not in seen:
                    seen.add(p.iri)
                    yield g, p
        return


def _numbered_groups(
    text: str, position: int, span: tuple[int, int], mentions: Sequence[Candidate]
) -> list[Candidate]:
    """The numbered groups a plural names ("Support Group 1 en Support Group 2 ... nemen deel
    aan de Support Groups"): two at least, named within reach before."""
    plural = _PLURAL_OBJECT.match(text, position, span[1])
    if plural is None:
        return []
    singular = _plain(plural.group(1))
    found: dict[str, Candidate] = {}
    for m in mentions:
        if m.cls not in GROUPS or not span[0] - _REFERENCE_REACH <= m.begin < span[1]:
            continue
        suffix = _NUMBER_SUFFIX.search(m.label)
        if suffix is not None and _plain(m.label[: suffix.start()]) == singular:
            found.setdefault(m.iri, m)
    return list(found.values()) if len(found) > 1 else []


# "werkt nauw samen met", "zal nauw samenwerken met": the partner of a group, no member.
_WORKS_WITH_BEFORE = re.compile(
    r"(?<!\w)(?:werk(?:t|en|te|ten)\s+(?:[a-z]+\s+){0,3}?samen|samen(?:\s+te\s+)?werk(?:en|t))"
    r"\s+met\s+(?:de\s+|het\s+)?"
    # A noun of description ("met de netbeheerders Elia en TenneT"), and the partners listed
    # before this one, each with its own "met" ("met X, met Y en met Z").
    r"(?:[a-z]+\s+)?(?:[^.;:]{0,100}?(?:,\s*|\s+en\s+)(?:met\s+)?(?:de\s+|het\s+)?)?$"
)
_WORKS_WITH_REACH = 140  # characters back from a partner to "werkt samen met"
_WORKS_WITH_OPEN = re.compile(
    r"(?<!\w)(?:werk(?:t|en|te|ten)\s+(?:[^\s.;:,]+\s+){0,12}?samen"
    r"|samen(?:\s+te\s+)?werk(?:en|t))\s+met\s"
)
_PLACE_OPENING = re.compile(r"\s*(?:In|Binnen)\s+(?:de\s+|het\s+)?")
# The venue after a meeting's name: "de zitting in de Senaat", "het overleg in het Vlaams
# Parlement".
_VENUE_AFTER = re.compile(r"\s+(?:in|te)\s+(?:de\s+|het\s+)?")
# (Also with the owner's nationality: "MeteoLux, de weerdienst van de Luxemburgse ANA".)
_APPOSITION_OWNER = re.compile(
    rf",\s*(?:een|het|de)\s+[a-z-]{{4,}}\s+van\s+(?:de\s+|het\s+)?(?:{_NATIONALITY})?$"
)
_TAKEN_PART_IN = re.compile(
    r"(?<!\w)(?:aan\s+(?:de|het|deze|dit)|daaraan|eraan|hieraan|waaraan)(?!\w)", re.I
)
# A sentence opening with what is taken part in: "Aan de werkgroep nemen X en Y deel".
# "In de werkgroep zitten X en Y", "Binnen het netwerk werken X en Y": the same.
# (Also after a demonstrative for the group just named: "In die werkgroep hebben X en Y zitting".)
_TAKEN_PART_OPENING = re.compile(
    r"\s*(?:Aan|In|Binnen)\s+(?:de|het|deze|dit|die|dat)\s+([a-z][a-z-]{3,})\s+"
)
# A personal pronoun opening the sentence, a few words before the verb: "Zij bestaat uit",
# "Zij telt sinds 2024 ook".
# "Het" only before a verb of what a group is made of (round 41: "Het bestaat uit X", "Het
# wordt gedragen door X"), not as a dummy ("Het is de bedoeling dat X deelneemt").
_PERSONAL_PRONOUN_OPENING = re.compile(r"\s*(?:Zij|Ze|Hij)\s+(?:[^\s.;:,]+\s+){0,4}")
_IT_OPENING = re.compile(r"\s*Het\s+(?:[^\s.;:,]+\s+){0,3}")
_NEUTER_GROUP = re.compile(
    r"(?:netwerk|overleg|platform|forum|comité|comite|college|team|panel|orgaan|bureau"
    r"|consortium|parlement|secretariaat|samenwerkingsverband)(?![a-z])"
)
_IT_MADE_OF = re.compile(r"\s*Het\s+(?:bestaat|bestond|telt|telde|verenigt|wordt|werd)\s")
_TAKEN_PART_CLAUSE = re.compile(r";\s+aan\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+$")
# An auxiliary or modal verb in second place, its participle or infinitive closing the
# clause: "In de werkgroep zijn ...", "Aan het overleg hebben ...", "Aan de top zal ...".
_AUXILIARY = re.compile(
    r"(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|zal|zullen|zou"
    r"|zouden|kan|kunnen|wil|willen|mag|mogen)\s"
)
# The kind of group right before the verb: "zijn ... in de werkgroep vertegenwoordigd".
_IN_KIND_BEFORE = re.compile(r"(?<!\w)in\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+$")
_SEMICOLON_NEXT = re.compile(r"[ \t]*;")
# What one is involved in, other than a group: "worden bij de uitwerking betrokken".
_INVOLVED_IN = re.compile(r"(?<!\w)bij\s+(?:de\s+|het\s+|een\s+)?(?-i:[a-z])[a-z]")
_ITEM = re.compile(r"\s*(?:[•·▪◦▸]|\n[ \t]*(?:[*–-]|\d+[.)]))[ \t]*")
# An item ends at the next bullet, or at a line that is not indented (a wrapped item is).
_ITEM_END = re.compile(r"\s*[•·▪◦▸]|\n(?![ \t])|$")


def _items(text: str, end: int, mentions: Sequence[Candidate]) -> list[Candidate]:
    """The first group of each item of the list that starts after ``end``."""
    groups = []
    position = end
    while (item := _ITEM.match(text, position)) is not None:
        following = _ITEM_END.search(text, item.end())
        stop = following.start() if following else len(text)
        first = next(
            (m for m in mentions if m.cls in GROUPS and item.end() <= m.begin < stop), None
        )
        if first is not None:
            groups.append(first)
        position = stop
    return groups


# What an instrument rests on is not what the verb speaks of: "op basis van het
# Benelux-Politieverdrag", "ter uitvoering van het verdrag", "krachtens het Verdrag".
_BASIS_BEFORE = re.compile(
    r"(?<!\w)(?:op\s+(?:basis|grond)\s+van|ter\s+uitvoering\s+van|krachtens|overeenkomstig)"
    r"\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)


# A group named as the partner of a verb of cooperation: "werkt (daarbij) samen met de".
_PARTNER_GROUP = re.compile(
    r"(?<!\w)(?:werk(?:t|en|te|ten)\s+(?:[^\s.;:,]+\s+){0,6}?samen|samen(?:\s+te\s+)?werk(?:en|t))"
    r"\s+met\s+(?:de\s+|het\s+)?$"
)


def _taken_part_in(text: str, m: Candidate, span: tuple[int, int]) -> bool:
    """Whether ``m``, named in the sentence of a verb of taking part, may be what its
    partners take part in: not a treaty named as the basis of another instrument (a
    declaration named so still speaks of its parties: "op basis van de intentieverklaring
    waarin de Benelux-landen en Frankrijk ...")."""
    if m.cls in GROUPS and _is_parent_named(text, m):
        return False  # "X neemt deel aan de werkgroep Y, die onder het Z valt": not Z
    if m.cls in GROUPS and _PARTNER_GROUP.search(text, max(span[0], m.begin - 120), m.begin):
        return False  # "De ELA werkt daarbij samen met de werkgroep Y": a partner of Y
    return not (
        m.cls == "Treaty" and _BASIS_BEFORE.search(text, max(span[0], m.begin - 30), m.begin)
    )


# The verbs of chairing a group, and its agent: "voorgezeten door het Secretariaat-Generaal".
_CHAIRED = re.compile(r"voorgezeten|gecoördineerd", re.IGNORECASE)
# "een delegatie van het Beneluxparlement", "delegaties van het Benelux-Parlement".
_DELEGATION_OF = re.compile(r"(?<!\w)delegaties?\s+van\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


def _delegated_institutions(text: str, here: Sequence[Candidate]) -> list[Candidate]:
    """The bodies of the Union the sentence names right after "een delegatie van"."""
    return [
        m
        for m in here
        if m.cls == "Institution" and _DELEGATION_OF.search(text, max(0, m.begin - 24), m.begin)
    ]


_BY_BEFORE = re.compile(r"(?<!\w)door\s+(?:de\s+|het\s+)?$")


# "woonde de hoorzitting als gast bij", "woonden de zitting bij": the kind of meeting attended.
_ATTENDED_KIND = re.compile(
    r"(?<!\w)(?:woonde|woonden|woont|wonen)\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{2,})\s+"
    r"(?:[^\s.;:]+\s+){0,3}?bij(?!\w)"
)
# Taking part confirmed or promised, in no meeting named: "X heeft haar deelname bevestigd",
# "X en Y hebben hun deelname toegezegd", "X bevestigde zijn deelname".
_CONFIRMED = re.compile(
    r"(?<!\w)(?:zijn|haar|hun)\s+deelname\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?"
    r"(?:bevestigd|toegezegd|aangekondigd)(?!\w)"
    r"|(?<!\w)(?:bevestigt|bevestigen|bevestigde|bevestigden|zegt|zeggen|zegde|zegden)"
    r"\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:zijn|haar|hun)\s+deelname(?:\s+toe)?(?!\w)(?!\s+aan\s)"
)
# The work of a group attended, with nothing after the noun ("woont de vergaderingen als
# waarnemer bij"; not "de vergaderingen van het Comité"): taking part in the group.
_ATTENDED_WORK = re.compile(
    r"(?<!\w)(?:woonde|woonden|woont|wonen)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:de|het)\s+"
    r"(?:vergaderingen|bijeenkomsten"
    r"|werkzaamheden|activiteiten)\s+(?:(?!van\s|in\s|op\s)[^\s.;:]+\s+){0,3}?bij(?!\w)"
)
# "neemt ook de premier aan de top deel": what is taken part in, inside a separable verb.
# A verb of taking part in a meeting ("nam deel", "woonde bij"), and what may open the
# sentence before a body of the Union that is its subject ("Ook het Secretariaat-Generaal").
_TAKES_PART_IN_MEETING = re.compile(r"deel|woon", re.IGNORECASE)
_INSTITUTION_SUBJECT = re.compile(
    r"\s*(?:(?:Ook|Daarnaast|Verder|Tevens)\s+)?(?:(?:[Dd]e|[Hh]et)\s+)?"
)
# Words for any meeting, whatever its name: "de bijeenkomst" after the Noordzeeconferentie.
_ANY_MEETING = {"bijeenkomst", "bezoek", "evenement", "ontmoeting"}
_AAN_KIND_OPENING = re.compile(r"\s*Aan\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{2,})\s")
_AAN_KIND_DEEL = re.compile(
    r"(?<!\w)aan\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{2,})\s+deel(?:nemen|neemt|nam|namen)?(?!\w)"
)
_INSTRUMENT_SUBJECT = re.compile(r"\s*(?:Het|De|Dit|Deze)\s+([a-z]{4,})[\s,]")
# The instrument a declaring verb speaks through, opening the sentence: "Met de verklaring",
# "In dit akkoord", "Daarbij" excluded (no kind named).
_DECLARED_IN = re.compile(r"\s*(?:Met|In)\s+(?:het|de|dit|deze)\s+([a-z]{4,})\s+$")
# A pronoun subject of a passive: "Deze werd op 4 maart ondertekend door ...".
_PRONOUN_PASSIVE = re.compile(r"\s*(?:Deze|Dit|Die|Dat)\s+(?:werd|werden|is|zijn|wordt|worden)\s")
# A verb by which the parties of an instrument are named: "ondertekend", "gesloten tussen".
_SIGNED = re.compile(r"ondertek|gesloten", re.IGNORECASE)


# What the sentence before may have given members to, that a closing "Z nam als waarnemer
# deel." speaks of again.


def _joined_regions(text: str, m: Candidate, mentions: Sequence[Candidate]) -> Iterator[str]:
    """The regions joined to the Benelux by a dash in the name ``m`` ("Benelux-Noordrijn-
    Westfalen", "Benelux Unie-Hauts-de-France"), known by the names the text gives them;
    and the Union, where the name spells it out."""
    for dash in _BENELUX_DASH.finditer(text, m.begin, m.end):
        if "Unie" in dash.group():
            union = (u for u in mentions if u.begin == dash.start() and u.cls in SIGNING_BODIES)
            yield from (u.iri for u in union)
        for r in mentions:
            surface = text[r.begin : r.end]
            if (
                r.cls == "NeighbouringRegion"
                and dash.end() + len(surface) <= m.end
                and text.startswith(surface, dash.end())
            ):
                yield r.iri
                break


# Round 22 (set Q): participation and cooperation read from the subject of a sentence.

# A verb of taking part inside a relative clause right after a group or a meeting: "tijdens
# de exotendag die het Secretariaat-Generaal samen met de Euregio organiseerde" speaks of
# that day, not of a platform the main clause named.
_RELATIVE_AFTER = re.compile(r",?\s+(?:die|dat)\s+[^.;:,()]{0,120}$")


def _antecedent_only(text: str, groups: list[Candidate], verb: re.Match[str]) -> list[Candidate]:
    """Of several groups, the one a relative clause holding ``verb`` stands right after."""
    if len(groups) < 2:
        return groups
    for g in groups:
        if g.end <= verb.start() and _RELATIVE_AFTER.fullmatch(text, g.end, verb.start()):
            return [g]
    return groups


# Signing verbs in the simple past, whose negation or particle follows the object: "X tekende
# de verklaring niet", and "sloot/sloten ... af", which closes a meeting rather than an
# agreement.
_SIGNING_SIMPLE = frozenset(
    {"tekende", "tekenden", "sloot", "sloten", "ondertekende", "ondertekenden", "onderschreef"}
)
_NOT_IN_CLAUSE = re.compile(r"[^.;:,]*?(?<!\w)(?:niet|nooit)(?!\w)")
_CLOSED_OFF = re.compile(r"[^.;:,]*?\saf\s*(?:[.;:,]|$)")


def _simple_signing(text: str, verb: re.Match[str]) -> bool:
    return text[verb.start() : verb.end()].split(maxsplit=1)[0].lower() in _SIGNING_SIMPLE


def _signed_not(text: str, verb: re.Match[str], span: tuple[int, int]) -> bool:
    if not _simple_signing(text, verb):
        return False
    word = text[verb.start() : verb.end()].split(maxsplit=1)[0].lower()
    if _NOT_IN_CLAUSE.match(text, verb.end(), span[1]):
        return True
    return word.startswith("slo") and _CLOSED_OFF.match(text, verb.end(), span[1]) is not None


# Members per place, one verb for every pair: "Voor Vlaanderen zit X in de werkgroep, voor
# Nederland Y en voor Luxemburg Z", "werken erin samen: voor Nederland X, voor België Y en Z".
_FOR_PLACE = re.compile(r"(?<![\w-])[Vv]oor\s+(?:de\s+|het\s+)?")
# Between the place and its body in a gapped pair: an article at most ("voor Nederland het RIVM").
_PLACE_TO_BODY = re.compile(r"\s+(?:de\s+|het\s+)?")
# Between the place and its body in the pair that holds the verb ("Voor Nederland neemt
# Rijkswaterstaat deel"): a few words, no clause's punctuation.
_PLACE_VERB_BODY = re.compile(r"\s+(?:[^\s.;:,()]+\s+){1,3}?(?:de\s+|het\s+)?")


def _per_place(
    text: str, here: Sequence[Candidate], span: tuple[int, int], verb: re.Match[str]
) -> list[Candidate]:
    """The places and the bodies named for them in a sentence with a verb of taking part:
    "Voor Vlaanderen zit het Departement Omgeving in de werkgroep, voor Nederland het RIVM
    en voor Luxemburg de Administration de l'environnement" (both of each pair take part;
    the verb stands in the first pair only, or before them all: "In de werkgroep zitten voor
    België X en voor Nederland Y"). A place with no body right after it gives nothing ("De
    werkgroep stelt voor Vlaanderen een rapport op")."""
    if text.find("oor ", span[0], span[1]) < 0:
        return []
    bodies = [m for m in here if m.cls in PARTNERS]
    found: list[Candidate] = []
    for opening in _FOR_PLACE.finditer(text, span[0], span[1]):
        place = next((b for b in bodies if b.begin == opening.end()), None)
        if place is None:
            continue
        body = next((b for b in bodies if b.begin >= place.end), None)
        if body is None:
            continue
        gapped = _PLACE_TO_BODY.fullmatch(text, place.end, body.begin) is not None
        # The pair holding the verb: the verb opens right after the place.
        holds_verb = (
            place.end <= verb.start() < body.begin
            and not text[place.end : verb.start()].strip()
            and _PLACE_VERB_BODY.fullmatch(text, place.end, body.begin) is not None
        ) or (verb.start() <= body.begin < verb.end() and place.end <= verb.start())
        if not (gapped and (found or verb.end() <= opening.start())) and not holds_verb:
            continue
        found += [place, *_subject_list(text, bodies, body.begin)]
    return found


class ParticipationRelations:
    """The methods of :class:`~.finder.RelationFinder` for ``bkg:participant`` by a verb of
    taking part (and the partners a verb of cooperation names in such a sentence). The
    patterns are built from the tables by ``RelationFinder.__init__``."""

    t: RelationTables
    # The document's text with the footnote marks glued to names, which the text the
    # readers see has blanked (set by ``RelationFinder.find`` for each document).
    _marked: str
    _takes_part: Opened
    _separable: Opened | None
    _declared: Opened | None
    _cooperates: Opened
    _inside_words: tuple[str, ...]
    _inside: re.Pattern[str]
    _therein: re.Pattern[str]
    _wherein: re.Pattern[str]
    _supported_by: re.Pattern[str]
    _supporting: re.Pattern[str]
    _table_line: re.Pattern[str] | None
    _work: re.Pattern[str]
    _declining: Opened | None
    _declined_after: Opened | None

    def _declined(self, text: str, span: tuple[int, int], verb: re.Match[str]) -> bool:
        """Whether taking part is declined or only hoped for: a word of refusal or doubt in
        the forty characters before the verb ("Duitsland weigert deel te nemen", "heeft
        afgezien van deelname", "zal mogelijk toetreden", "Noch X noch Y neemt deel"), or one
        of refusal after it in its clause ("heeft de uitnodiging om deel te nemen afgeslagen")."""
        if self._declining is not None and self._declining.search(
            text, max(span[0], verb.start() - 40), verb.start()
        ):
            return True
        if _INFINITIVE.search(verb.group()):
            # An infinitive of joining under a modal verb anywhere in its clause: "Frankrijk
            # kan zich na de evaluatie bij de werkgroep aansluiten".
            opening = max(span[0], *(text.rfind(c, span[0], verb.start()) + 1 for c in ",;:"))
            if _NOT_YET.search(text, opening, verb.start()):
                return True
        if self._declined_after is None:
            return False
        clause_end = _CLAUSE_CLOSE.search(text, verb.end(), span[1])
        end = clause_end.start() if clause_end is not None else span[1]
        return self._declined_after.search(text, verb.end(), end) is not None

    def _relative_declined(self, text: str, clause: re.Match[str]) -> bool:
        """Whether a relative clause of taking part ("..., waaraan X deelneemt") denies,
        doubts or declines it: "waaraan Duitsland niet deelneemt", "waarvan X geen lid is",
        "waaraan X zou kunnen deelnemen", "waarin X mogelijk zitting zal hebben", "waaraan X
        weigert deel te nemen". The clause runs to its verb; its close is read up to the
        comma."""
        close = _CLAUSE_CLOSE.search(text, clause.end())
        end = close.start() if close is not None else clause.end()
        end = max(end, clause.end())
        start = clause.start()
        if (
            _NEGATION.search(text, start, end)
            or _NOT_YET.search(text, start, end)
            or _INTENDED.search(text, start, end)
            or _HEDGE.search(text, start, end)
        ):
            return True
        return self._declining is not None and bool(self._declining.search(text, start, end))

    def _participants(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate] = (),
        previous: Candidate | None = None,
    ) -> Iterator[Relation]:
        places = [m for m in here if m.cls in PARTNERS]
        if not any(p.cls == "NeighbouringRegion" for p in places):
            places += _region_anaphor(text, span, mentions)
        attached: set[int] = set()  # places listed in parentheses after another name
        # "X zal in de werkgroep Y blijven inzetten": a partner acting in a group.
        for p in places:
            acting = _ACTING_IN.match(text, p.end, span[1])
            if acting is None or _NEGATION.search(text, p.end, acting.end()):
                continue
            group = next((g for g in here if g.cls in GROUPS and g.begin == acting.end()), None)
            if group is not None:
                yield Relation(group.iri, PARTICIPANT, p.iri, span)
        yield from _discussing_in_group(text, here, places, span)
        for m in here:
            if m.cls not in INSTRUMENTS | GATHERINGS:
                continue
            # A region joined to the Benelux in a group's name ("de stuurgroep Hauts-de-France
            # – Benelux", "het Benelux-NRW Netwerk"), or named right after it ("de Taskforce
            # Grenzgänger van de Grande Région"), takes part in it.
            for p in places:
                if (
                    m.cls in GROUPS
                    and p.cls == "NeighbouringRegion"
                    and (
                        (
                            m.begin <= p.begin
                            and p.end <= m.end
                            and (
                                _BENELUX_DASH_END.search(text, m.begin, p.begin)
                                or _DASH_BENELUX.match(text, p.end, m.end)
                            )
                        )
                        or _OF_THE_REGION.fullmatch(text, m.end, p.begin)
                    )
                ):
                    yield Relation(m.iri, PARTICIPANT, p.iri, span)
            # The same in the name of a declaration or agreement ("de politieke verklaring
            # Benelux-Noordrijn-Westfalen"), where the region may be no mention of its own.
            if m.cls in {"Declaration", "Agreement"} and text.find("Benelux", m.begin, m.end) >= 0:
                for party in _joined_regions(text, m, mentions):
                    yield Relation(m.iri, PARTICIPANT, party, span)
            # Bodies inside a meeting's name: "het jaarlijkse overleg met de Noordse Raad".
            if m.cls == "Meeting":
                opening = re.search(r"\s(?:met|tussen)\s", text[m.begin : m.end])
                for b in here if opening is not None else ():
                    start = m.begin + opening.end() if opening is not None else m.end
                    if b.cls in MEETING_BODIES and start <= b.begin < m.end:
                        yield Relation(m.iri, PARTICIPANT, b.iri, span)
            # Places inside the name: "Uitvoeringsovereenkomst tussen België en Nederland";
            # an arrangement's parties may be bodies ("Administratief akkoord tussen het
            # Secretariaat-Generaal van de Benelux Unie en ...": not the Union, its owner).
            parties = places
            if m.cls in {"Agreement", "Declaration"}:
                parties = [p for p in here if p.cls in PARTNERS | SIGNING_BODIES]
            for p in parties:
                inside = m.begin <= p.begin and p.end <= m.end and m.cls in INSTRUMENTS
                # (... "en het Regionaal Bureau voor Europa van de Wereldgezondheidsorganisatie":
                # nor the organisation a body named as a party is a unit of.)
                owned = any(
                    (p.cls in SIGNING_BODIES or (p.cls in _OWNERS and q.cls in _UNITS))
                    and _OF_THE_OWNER.fullmatch(text, q.end, p.begin)
                    for q in parties
                    if q.end < p.begin
                )
                if inside and not owned and re.search(r"\btussen\b", text[m.begin : p.begin]):
                    if "wijziging" in text[m.begin : p.begin] and _AMENDED_BETWEEN.search(
                        text, m.begin, p.begin
                    ):
                        continue  # the parties of the instrument it amends, not its own
                    yield Relation(m.iri, PARTICIPANT, p.iri, span)
            # The parties right after the name: "de intentieverklaring van 11 december 2018
            # tussen de Benelux-landen en Frankrijk".
            if m.cls in INSTRUMENTS:
                between = _PARTIES_AFTER.match(text, m.end, span[1])
                if between is not None and between.group().rstrip().endswith("met"):
                    # "met" gives the parties of a declaration, agreement or treaty only.
                    between = between if m.cls in {"Declaration", "Agreement", "Treaty"} else None
                if between is not None:
                    for p in _listed(
                        text, _parties_of(text, m, here, places), between.end(), span[1]
                    ):
                        yield Relation(m.iri, PARTICIPANT, p.iri, span)
            supported = (
                self._supported_by.match(text, _name_end(text, m.end, span[1]), span[1])
                if m.cls in {"Declaration", "Agreement", "Treaty"}
                else None
            )
            if supported is not None:
                listed_places = list(_listed(text, places, supported.end(), span[1]))
                tail = listed_places[-1].end if listed_places else supported.end()
                if listed_places and self._supporting.match(text, tail, span[1]):
                    for p in listed_places:
                        attached.add(p.begin)
                        yield Relation(m.iri, PARTICIPANT, p.iri, span)
            # "Het Samenwerkingsakkoord X, dat VDAB, Forem en UWV in 2022 sloten": the parties
            # that are the subject of the relative clause.
            signed = (
                _SIGNED_BY_CLAUSE.match(text, _name_end(text, m.end, span[1]), span[1])
                if m.cls in {"Declaration", "Agreement", "Treaty"}
                else None
            )
            if signed is not None:
                signers = list(_listed(text, places, signed.end(), span[1]))
                if signers and _SIGNED_TAIL.match(text, signers[-1].end, span[1]):
                    for p in signers:
                        attached.add(p.begin)
                        yield Relation(m.iri, PARTICIPANT, p.iri, span)
            # A parenthesised list right after the name.
            following = re.match(r"\s*\(([^()]{3,200})\)", text[m.end : span[1]])
            if following:
                listed = (m.end + following.start(1), m.end + following.end(1))
                for p in places:
                    if listed[0] <= p.begin and p.end <= listed[1]:
                        attached.add(p.begin)
                        yield Relation(m.iri, PARTICIPANT, p.iri, span)
        for g in here:
            if g.cls != "Meeting":
                continue
            # "een Benelux-Top ... tussen de premiers van de Benelux-landen en het College van
            # Secretarissen-Generaal": the bodies a meeting is held between.
            between = re.match(r"[^.;:]{0,40}?\btussen\b", text[g.end : span[1]])
            if between is not None and re.search(r"\b(?:de|het|een)\s", between.group()):
                between = None  # "na het onderhoud tussen ...": another noun's parties
            if between is not None:
                stop = _clause_end(text, g.end + between.end(), span[1])
                for b in here:
                    if b.cls in MEETING_BODIES and g.end + between.end() <= b.begin < stop:
                        yield Relation(g.iri, PARTICIPANT, b.iri, span)
        # "De Benelux Unie werkt samen met X": a partner of the Union, not of a group.
        partners = set(self._cooperation_partners(text, here, span))
        places = [p for p in places if p.begin not in partners]
        # A place inside a body's name ("het Zorginstituut Nederland") is no member of its own.
        named_in = {
            p.begin
            for p in places
            if any(
                m.begin <= p.begin and p.end <= m.end and m.end - m.begin > p.end - p.begin
                for m in here
            )
        }
        clauses: list[tuple[int, int]] = []
        for p in places:
            # "de Grande Région, waarin Lotharingen ... deelneemt": members of a region or an
            # organisation, not of a group the sentence names.
            region = self._wherein.match(text, p.end, span[1])
            if region is not None and p.cls not in GROUPS:
                clauses.append((region.start(), region.end()))
        for g in here:
            wherein = self._wherein.match(text, g.end, span[1]) if g.cls in GROUPS else None
            if wherein is None and g.cls in GROUPS:
                # "de werkgroep X, waarin het UWV, de VDAB en de ADEM afspraken maken": the
                # partners listed right after the relative pronoun are the group's members.
                opening = _WHEREIN_LIST.match(text, g.end, span[1])
                members = list(_listed(text, places, opening.end(), span[1])) if opening else []
                for member in members:
                    attached.add(member.begin)
                    yield Relation(g.iri, PARTICIPANT, member.iri, span)
                if opening is not None and members:
                    clauses.append((opening.start(), members[-1].end))
                continue
            if wherein is None:
                continue
            clauses.append((wherein.start(), wherein.end()))
            if self._relative_declined(text, wherein):
                continue  # "..., waaraan Duitsland niet deelneemt", "waarvan X geen lid is"
            for p in places:
                if wherein.start() <= p.begin < wherein.end() and p.begin not in named_in:
                    attached.add(p.begin)
                    yield Relation(g.iri, PARTICIPANT, p.iri, span)
            # "waarin België en Nederland samenwerken met Duitsland en Frankrijk": the partners
            # after the verb take part as well; so do those after "samen met", the verb
            # itself ("waarin X en Y samen met Z de dienstregeling afstemmen").
            with_ = (
                _SPACE.match(text, wherein.end(), span[1])
                if wherein.group().endswith("met")
                else _WITH.match(text, wherein.end(), span[1])
            )
            with_end = with_.end() if with_ else None
            for p in _listed(text, places, with_end, span[1]) if with_end else ():
                attached.add(p.begin)
                yield Relation(g.iri, PARTICIPANT, p.iri, span)
            # "waarin X en Y samenwerken en waaraan Z als waarnemer deelneemt": a second
            # relative clause of the same group adds its members.
            also = _AND_RELATIVE.match(text, wherein.end(), span[1])
            again = self._wherein.match(text, also.end(), span[1]) if also else None
            if again is not None and not _NEGATION.search(text, again.start(), again.end()):
                clauses.append((again.start(), again.end()))
                for p in places:
                    if again.start() <= p.begin < again.end() and p.begin not in named_in:
                        attached.add(p.begin)
                        yield Relation(g.iri, PARTICIPANT, p.iri, span)
        for g, p in _cooperation_in_group(text, here, places, span):
            attached.add(p.begin)
            yield Relation(g.iri, PARTICIPANT, p.iri, span)
        verb = _verb_search(self._takes_part, text, span)
        if verb is None and any(text.find(w, *span) >= 0 for w in self._inside_words):
            verb = self._inside.search(text, span[0], span[1])
        if verb is None and _may_be_therein(text, span):
            verb = self._therein.search(text, span[0], span[1])
        split = self._separable
        separable = _verb_search(split, text, span) if split is not None else None
        if separable is not None and (
            verb is None
            or separable.start() < verb.start()
            # "sloten zich bij het netwerk aan": joining, not the signing verb "sloten"
            or (separable.start() == verb.start() and _simple_signing(text, verb))
        ):
            # "nemen volgend jaar deel"; the first verb of the sentence: "Aan de werkgroep
            # namen X en Y deel; Z was als waarnemer aanwezig".
            verb = separable
        delegations = _delegated_institutions(text, here)
        if verb is None and _present(text, span):
            # "aanwezig", "een delegatie": present at a meeting, not a member of a group.
            verb = _PRESENT.search(text, span[0], span[1])
            here = [m for m in here if m.cls in PARTNERS or m.cls == "Meeting"]
        declared = self._declared
        declaring = False
        if verb is None and declared is not None:
            # "In hun Verklaring ... hebben de Benelux-landen met X, Y en Z opgeroepen ...":
            # only a declaration or an agreement speaks through its parties.
            verb = declared.search(text, span[0], span[1])
            declaring = verb is not None
            here = [
                m
                for m in here
                if m.cls in PARTNERS | SIGNING_BODIES or m.cls in {"Declaration", "Agreement"}
            ]
        if verb is None or any(b <= verb.start() < e for b, e in clauses):
            return  # no verb, or the one of a relative clause already read
        # The verb may be the label itself ("Deelnemers: BE, NL").
        label_end = min(span[1], verb.end() + 4)
        if self._table_line is not None and self._table_line.search(text, span[0], label_end):
            return  # "Valt onder: X\nDeelnemers: BE, NRW (waarnemer)": a table, read apart
        if _ROLE_CELL.fullmatch(text, verb.start(), span[1]):
            return  # "Nederland  RIVM  lid": the role column of a table, read apart
        if _NEGATION.search(text, max(span[0], verb.start() - 40), verb.end() + 10):
            return  # "Luxemburg is geen lid van deze Taskforce"
        if _BUT_NO_MEMBER.search(text, verb.end(), span[1]):
            return  # "X is bij de werkgroep betrokken als beheerder ..., maar is geen lid"
        if _signed_not(text, verb, span):
            return  # "X tekende de verklaring niet", "De ministers sloten de top af"
        if _OPEN_QUESTION.search(text, span[0], verb.start()):
            return  # "Ik onderzoek of Nedersaksen als waarnemer kan aansluiten": not yet
        if _ADVICE.search(text, span[0], verb.start()):
            return  # "Wij bevelen aan Frankrijk als waarnemer te betrekken": advice, no fact
        if _NOT_YET.search(text, max(span[0], verb.start() - 40), verb.start()):
            return  # "Europol kan later toetreden", "is uitgenodigd om deel te nemen"
        if _modal_clause(text, span, verb):
            return  # "Indien ..., kan de Police grand-ducale vanaf 2027 aan X deelnemen"
        if _asked(text, span):
            return  # "Neemt het Ministère de la Santé deel aan de werkgroep?": a question
        if _INTENDED.search(text, max(span[0], verb.start() - 40), verb.start()):
            return  # "Nedersaksen wil op termijn deelnemen aan de werkgroep"
        if self._declined(text, span, verb):
            return  # "Duitsland weigert deel te nemen", "X zal mogelijk toetreden"
        if _HEDGE.search(text, verb.start(), verb.end()):
            return  # inside a separable verb: "Het Waals Gewest treedt mogelijk in 2031 toe"
        # "Tot 2021 was X lid van de werkgroep": a membership that ended, in its own clause
        # ("Het UWV nam tot eind 2022 deel; sindsdien is de VDAB lid": the VDAB is one).
        ended = _ended_clauses(text, span)
        groups = [
            m
            for m in here
            if m.cls in TAKING_PART
            and _taken_part_in(text, m, span)
            # "de vergadering van het Senningenoverleg": the meeting, not the group in its name
            and not any(
                o.cls == "Meeting" and o is not m and o.begin <= m.begin < m.end <= o.end
                for o in here
            )
        ]
        groups = _antecedent_only(text, groups, verb)
        closing_referral = False
        by_kind = False  # the group is named by its kind only ("aan de werkgroep")
        clause_start = span[0]  # where the clause of the verb opens
        if not groups:
            # "dit forum", "deze werkgroep": the group named last before, or a meeting the
            # sentence before spoke of ("... waren aanwezig, inclusief een delegatie namens X").
            referred = _referred_group(text, span, mentions, self.t.group_nouns)
            # From the verb's start: "neemt als waarnemer aan de werkgroep deel".
            work = self._work.search(text, verb.start(), min(span[1], verb.end() + 40))
            # "neemt als waarnemer deel." with no object at all ("aan de politiesamenwerking",
            # "daaraan" name what is taken part in).
            # The verb may close the first clause, before a semicolon: "NRW neemt als
            # waarnemer deel; het Land wordt daarbij vertegenwoordigd door ...".
            semicolon = _SEMICOLON_NEXT.match(text, verb.end(), span[1])
            closing = (
                (
                    _CLOSING.search(text, span[0], span[1])
                    or (semicolon and _CLOSING.search(text, span[0], semicolon.end()))
                )
                and not _TAKEN_PART_IN.search(text, span[0], span[1])
                and not _INVOLVED_IN.search(text, span[0], span[1])
            )
            closing_referral = referred is None and bool(work is not None or closing)
            if closing_referral:
                # "NRW neemt als waarnemer deel aan de werkzaamheden", "NRW neemt als
                # waarnemer deel.": of the group named last before.
                noun = work.group().split()[-1].lower() if work is not None else ""
                # "... deel aan de werkgroep": the last werkgroep, however far back; "aan het
                # netwerk": also a compound ending in it (the Euregionaal Traumanetwerk); "...
                # deel aan de werkzaamheden": the group named last.
                referred = (
                    _focus(text, span, mentions, GROUPS, noun, compound=True) if noun else None
                )
                if referred is None and previous is not None and previous.cls in GATHERINGS:
                    # "Aan de werkgroep nemen X en Y deel. Frankrijk is waarnemer.": the group
                    # the sentence before gave members to, not a parent named since; or the
                    # meeting ("X en Y waren aanwezig; Z nam als waarnemer deel.").
                    referred = previous
                if referred is None:
                    referred = _focus(
                        text, span, mentions, GROUPS, rivals={"Meeting"}, reach=_REFERENCE_REACH
                    )
                    if referred is not None and _instrument_after(text, span, mentions, referred):
                        # "... de verklaring X, ondertekend op 12 maart. Y is op 2 april
                        # toegetreden.": what was named last is joined, not the group.
                        referred = None
            opening = _TAKEN_PART_OPENING.match(text, span[0], span[1])
            # The verb follows the opening, or holds it ("In de werkgroep zitten"), or closes
            # the clause after an auxiliary ("In de werkgroep zijn X en Y vertegenwoordigd",
            # "Aan het netwerk zullen X en Y deelnemen").
            if opening is None or not (
                verb.start() <= opening.end() <= verb.end()
                or (
                    _AUXILIARY.match(text, opening.end(), verb.start())
                    and not _SENTENCE_BREAK.search(text, opening.end(), verb.start())
                )
            ):
                # "...; aan de stuurgroep nemen ook X en Y deel": after a semicolon.
                opening = _TAKEN_PART_CLAUSE.search(
                    text, max(span[0], verb.start() - 60), verb.start()
                )
                clause_start = opening.start() if opening is not None else span[0]
            if referred is None and opening is not None:
                # "Aan de werkgroep nemen X en Y deel", "Aan de alliantie nemen ... deel": the
                # last group of the kind the sentence opens with.
                referred = _focus(
                    text, span, mentions, GROUPS, opening.group(1).lower(), compound=True
                )
                by_kind = referred is not None and not opening.end() >= verb.start()
            # "Aan de top namen X en Y deel", "neemt ook Z aan de conferentie deel": the last
            # meeting of that kind.
            aan = _AAN_KIND_OPENING.match(text, span[0], verb.start()) or _AAN_KIND_DEEL.search(
                text, verb.start(), min(span[1], verb.end() + 1)
            )
            meeting_kind = aan.group(1) if aan is not None else None
            reach = _MEETING_REACH
            if meeting_kind is None and text.find("woon", span[0], span[1]) >= 0:
                # "Een delegatie van X woonde de hoorzitting als gast bij": the last meeting of
                # the kind attended, which a report may have opened with.
                attended = _ATTENDED_KIND.search(text, span[0], span[1])
                meeting_kind = attended.group(1) if attended is not None else None
                reach = _REPORTED_MEETING_REACH
            if referred is None and meeting_kind is not None:
                referred = _focus(
                    text,
                    span,
                    mentions,
                    {"Meeting"},
                    meeting_kind.lower(),
                    compound=True,
                    reach=reach,
                )
            if referred is None and meeting_kind is not None and meeting_kind in _ANY_MEETING:
                # "De conferentie werd ... georganiseerd. Het VK woonde de bijeenkomst bij", "Ook
                # X nam aan het bezoek deel": a word for any meeting names the one meeting in
                # focus, whatever its name, if no group competes (round 41).
                referred = _focus(text, span, mentions, {"Meeting"}, rivals=GROUPS, reach=reach)
            if (
                referred is None
                and text.find("woon", span[0], span[1]) >= 0
                and _ATTENDED_WORK.search(text, span[0], span[1])
            ):
                # "X woont de vergaderingen als waarnemer bij": the meetings of no meeting
                # named are those of the group spoken of, which X takes part in.
                if previous is not None and previous.cls in GROUPS:
                    referred = previous
                else:
                    referred = _focus(
                        text, span, mentions, GROUPS, reach=_REFERENCE_REACH, own=False
                    )
            if (
                referred is None
                and text.find("deelname", span[0], span[1]) >= 0
                and _CONFIRMED.search(text, span[0], span[1])
            ):
                # "De Europese Commissie heeft haar deelname bevestigd": to the meeting the
                # text spoke of last (a group is joined, not confirmed for).
                referred = _focus(text, span, mentions, {"Meeting"}, reach=_MEETING_REACH)
            within = _IN_KIND_BEFORE.search(text, max(span[0], verb.start() - 40), verb.start())
            if referred is None and within is not None:
                # "Verder zijn X en Y in de werkgroep vertegenwoordigd": the last group of
                # that kind.
                referred = _focus(
                    text, span, mentions, GROUPS, within.group(1).lower(), compound=True
                )
            if referred is None:
                # "Frankrijk is lid van de werkgroep", "X zal aan het netwerk deelnemen",
                # "X trad toe tot de stuurgroep": the last group of the kind named next to
                # the verb, on either side.
                noun = _kind_next_to(text, verb, clause_start, span[1])
                referred = (
                    _focus(text, span, mentions, GROUPS, noun, compound=True) if noun else None
                )
                by_kind = referred is not None
            if referred is None and _may_be_therein(text, span) and _THEREIN.search(text, *span):
                # "Daarin zitten de Federale Politie, ...": the group named last before.
                referred = _focus(text, span, mentions, GROUPS, reach=_REFERENCE_REACH, own=False)
            pronoun = _PERSONAL_PRONOUN_OPENING.fullmatch(text, span[0], verb.start())
            if referred is None and pronoun is not None:
                # "De werkgroep X is opgericht. Zij bestaat uit Y en Z": the group named last.
                referred = _focus(text, span, mentions, GROUPS, reach=_REFERENCE_REACH, own=False)
            if (
                referred is None
                and pronoun is None
                and _IT_MADE_OF.match(text, span[0], span[1])
                and _IT_OPENING.fullmatch(text, span[0], verb.start())
            ):
                # "Onder de werkgroep valt het Benelux-netwerk X. Het wordt gedragen door Y en
                # Z" (round 41): the one group of a kind that takes "het", named in this
                # sentence or the one before (not "het strategisch overleg" that no name names).
                referred = _focus(text, span, mentions, GROUPS, own=False)
                if referred is not None and not _NEUTER_GROUP.search(_name_of(text, referred)):
                    referred = None
            members_named = _MEMBERS_OPENING.match(text, span[0], span[1]) or (
                ";" in text[span[0] : verb.start()]
                and _MEMBERS_CLAUSE.search(text, span[0], span[1])
            )
            if referred is None and members_named:
                # "³ Opgericht in 2019; leden zijn X en Y": a footnote speaks of the group its
                # mark is set after ("het Benelux Netwerk Cultureel Erfgoed³").
                referred = _marked_group(self._marked or text, span, mentions)
            if referred is None and (
                _THERETO.search(text, span[0], span[1])
                or members_named
                or (text.find("r ", span[0], span[1]) >= 0 and _THERE_SPLIT.search(text, *span))
            ):
                # "Daaraan nemen X en Y deel": the group the sentence before ended on, or a
                # meeting named after it ("... organiseert een conferentie. Daaraan nemen ...").
                referred = _last_meeting_after_group(text, span, mentions)
                referred = referred or _last_group_unless_new(text, span, mentions)
            kind = _INSTRUMENT_SUBJECT.match(text, span[0], verb.start())
            if referred is None and kind is not None and _SIGNED.search(verb.group()):
                # "Het memorandum werd gesloten tussen X, Y en Z": the instrument of that
                # kind named last before.
                referred = _last_instrument(text, span, mentions, kind.group(1).lower())
            if (
                referred is None
                and _SIGNED.search(verb.group())
                and _PRONOUN_PASSIVE.match(text, span[0], verb.start())
            ):
                # "Deze werd in 2025 ondertekend door X, Y en Z": the instrument named last.
                referred = _last_instrument(text, span, mentions, "")
            opened_by = _DECLARED_IN.match(text, span[0], verb.start()) if declaring else None
            if referred is None and opened_by is not None:
                # "Met de verklaring engageren X en Y zich", "In dit akkoord spreken X en Y
                # af": the instrument of that kind named last before.
                referred = _last_instrument(text, span, mentions, opened_by.group(1).lower())
            groups = [referred] if referred is not None else []
            numbered = _numbered_groups(text, verb.end(), span, mentions)
            if numbered:
                groups = numbered  # "nemen deel aan de Support Groups"
            if _FOLLOWING.search(text, verb.end(), span[1]):
                # "De regio neemt deel aan de volgende werkgroepen:" and a list of items.
                groups = _items(text, span[1], mentions)
        # A relative clause or "volgens X" speaks of someone else: "..., die volgens de
        # Europese Commissie een belangrijke rol heeft gespeeld".
        clause_end = _clause_end(text, verb.end(), span[1])
        # "In de werkgroep hebben X en Y zitting; ook Z wordt erin vertegenwoordigd": a
        # clause after a semicolon with a verb of taking part of its own adds members.
        while clause_end < span[1] and text[clause_end] == ";":
            next_end = _clause_end(text, clause_end + 1, span[1])
            if _NEXT_BULLET.match(text, clause_end + 1, span[1]):
                clause_end = next_end  # the next item of a bulleted list ("• het NCCN;\n• ...")
                continue
            again = self._takes_part.search(text, clause_end, next_end) or (
                split.search(text, clause_end, next_end) if split is not None else None
            )
            if again is None:
                break
            clause_end = _clause_end(text, again.end(), span[1])
        arrangement = bool(groups) and all(g.cls in {"Declaration", "Agreement"} for g in groups)
        if arrangement and (declaring or _SIGNING.fullmatch(verb.group())):
            # "Het akkoord werd door het Secretariaat-Generaal en de Noordse Raad ondertekend":
            # a body of the Union may sign an arrangement, if named close to the verb.
            # So may one signing through a person on its behalf: "en door de
            # secretaris-generaal namens het Secretariaat-Generaal".
            signers = [
                m
                for m in here
                if m.cls in SIGNING_BODIES
                and (
                    _near_verb(text, m, verb)
                    or (
                        m.begin > verb.end()
                        and _ON_BEHALF.search(text, max(span[0], m.begin - 12), m.begin)
                    )
                )
            ]
            places = sorted(places + signers, key=lambda m: m.begin)
        if _CHAIRED.search(verb.group()):
            # "Het netwerk wordt gecoördineerd door het Secretariaat-Generaal": a body of the
            # Union that chairs or coordinates a group takes part in it.
            chairs = [
                m
                for m in here
                if m.cls == "Institution"
                and _BY_BEFORE.search(text, max(span[0], m.begin - 12), m.begin)
            ]
            places = sorted(places + chairs, key=lambda m: m.begin)
        if delegations and groups and all(g.cls == "Meeting" for g in groups):
            # "Een delegatie van het Beneluxparlement woonde de top bij", "nam een delegatie van
            # het Benelux-Parlement deel aan de jaarzitting": a body of the Union whose
            # delegation attends a meeting takes part in it (not in a group: members are sent).
            places = sorted(places + delegations, key=lambda m: m.begin)
        if (
            groups
            and all(g.cls == "Meeting" for g in groups)
            and not declaring
            and _TAKES_PART_IN_MEETING.search(verb.group())
        ):
            # "Ook het Secretariaat-Generaal nam aan het bezoek deel": a body of the Union
            # that is the subject of the verb takes part in the meeting (round 41).
            subjects = [
                m
                for m in here
                if m.cls == "Institution"
                and m.end <= verb.start()
                and m not in places
                and _INSTITUTION_SUBJECT.fullmatch(text, clause_start, m.begin)
            ]
            places = sorted(places + subjects, key=lambda m: m.begin)
        worked_with = {
            p.iri
            for p in places
            if _WORKS_WITH_BEFORE.search(text, max(span[0], p.begin - _WORKS_WITH_REACH), p.begin)
            or self._worked_with(text, span, p)
        }
        # Only a partner that is the subject takes part in a group the sentence does not name.
        named = any(m.cls in TAKING_PART for m in here) or not (closing_referral or by_kind)
        outside = [
            p
            for p in places
            if not any(g.begin <= p.begin < g.end for g in groups)
            and clause_start <= p.begin < clause_end
            and p.begin not in attached
            # Without a group in the sentence, the partner is its subject: not "de politietop
            # van België", "Voor Nederland neemt de politiechef deel".
            and (named or not _OWNER_BEFORE.search(text, max(span[0], p.begin - 12), p.begin))
            # "de Nationale Politie van Nederland": the place owns a partner, it is none; nor
            # is the owner of a group ("het Handhavingsforum van ECHA werkt samen met ...").
            and not any(
                _OF_THE_OWNER.fullmatch(text, q.end, p.begin)
                for q in places + [g for g in here if g.cls in GROUPS]
                if q.end < p.begin
            )
            # "het Centrum voor Cybersecurity België": a place inside a partner's name
            and not any(q.begin <= p.begin and p.end <= q.end and q != p for q in places)
            # "De werkgroep werkt nauw samen met Europol": a partner of the group, no member
            # (and its abbreviation after the name: "met het Europees Geneesmiddelenbureau (EMA)")
            and p.iri not in worked_with
            # "tijdens de top in Luxemburg ondertekenden", "ondertekend te Brussel": a place
            and not _LOCATION_BEFORE.search(text, max(span[0], p.begin - 4), p.begin)
            # "In de Euregio Maas-Rijn bundelen X en Y ...": where the sentence is set
            and not _PLACE_OPENING.fullmatch(text, span[0], p.begin)
            # "tijdens zijn plenaire zitting in de Senaat": where a meeting is held
            and not any(
                m.cls == "Meeting" and _VENUE_AFTER.fullmatch(text, m.end, p.begin) for m in here
            )
            # "..., een netwerk van de Euregio Maas-Rijn": the owner in an apposition (also
            # by the abbreviation after its name: "de weerdienst van de ANA (ANA)")
            and not any(
                _APPOSITION_OWNER.search(text, max(span[0], q.begin - 40), q.begin)
                for q in (p, *_spelled_out(text, p, places))
            )
            # "Sinds het vertrek van X bestaat de werkgroep uit Y en Z": a former member
            and not _DEPARTED_BEFORE.search(text, max(span[0], p.begin - 40), p.begin)
            and not any(b <= p.begin < e for b, e in ended)
        ]
        if groups and all(g.cls in GATHERINGS for g in groups):
            outside += [
                p
                for p in _per_place(text, here, span, verb)
                if p not in outside and not any(b <= p.begin < e for b, e in ended)
            ]
        for g in groups:
            for p in outside:
                yield Relation(g.iri, PARTICIPANT, p.iri, span)

    def _worked_with(self, text: str, span: tuple[int, int], p: Candidate) -> bool:
        """Whether ``p`` is one of the partners a verb of cooperation names before it in the
        same clause, however long the list ("werkt samen met X, Y en Z"): a partner, no
        member, of the group."""
        openings = list(_WORKS_WITH_OPEN.finditer(text, span[0], p.begin))
        opening = openings[-1] if openings else None
        if opening is None or _RELATIVE.search(text, opening.end(), p.begin):
            return False
        # "werkt samen met X en neemt deel aan Y": another verb opens a clause of its own.
        verb = self._takes_part.search(text, opening.end(), p.begin)
        return verb is None or "met" in verb.group().lower()

    def _cooperation_partners(
        self, text: str, here: list[Candidate], span: tuple[int, int]
    ) -> Iterator[int]:
        """Where the partners of "de Benelux Unie werkt samen met X" begin in this sentence."""
        if not re.search(r"Benelux(?:\s+|-)Unie", text[span[0] : span[1]]):
            return
        for match in self._cooperates.finditer(text, span[0], span[1]):
            near = [m for m in here if m.cls in PARTNERS and 0 <= m.begin - match.end() < 20]
            first = near[0] if near else None
            if first is not None and re.fullmatch(
                r"\s*(?:de\s+|het\s+)?", text[match.end() : first.begin]
            ):
                yield first.begin
