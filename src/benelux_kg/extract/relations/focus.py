"""What a sentence refers back to without naming it: the group, meeting or instrument in
focus ("de werkgroep", "dit forum", "de zitting", "zij"), the subject the sentences before
are about, the body a sentence opens with. Shared by the readers of participants, parents
and cooperation."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..candidates import Candidate
from ..regex import may_contain
from .common import (
    _AND,
    _THEREIN,
    COOPERATORS,
    GATHERINGS,
    GROUPS,
    INSTRUMENTS,
    PARENTS,
    PARTICIPANT,
    PARTNERS,
    TAKING_PART,
    Relation,
)

# A personal pronoun opening a sentence, for the subject of the sentence before: "Zij werd
# in 2019 opgericht", "Het werkt samen met"; "het" only before a verb ("Het ontstond na").
_SUBJECT_PRONOUN = re.compile(
    r"\s*(?:Zij|Hij|Ze|Het(?=\s+(?:werd|wordt|is|was|valt|viel|ressorteert|rapporteert"
    r"|rapporteerde|maakt|maakte|ontstond|hangt|werkt|werkte|brengt|bracht|staat|stond)\s)"
    # "Het werk is belegd bij de werkgroep X. Die ressorteert onder ...": the demonstrative
    # as subject, only before a verb of belonging (elsewhere it may point at any noun).
    r"|(?:Die|Deze)(?=\s+(?:valt|ressorteert|rapporteert)\s))"
    r"(?!\w)"
)


def _subject_of(
    text: str,
    span: tuple[int, int],
    here: Sequence[Candidate],
    mentions: Sequence[Candidate],
    previous: tuple[int, int] | None,
) -> tuple[Candidate, int] | None:
    """The body a sentence opens with and where its name ends: a name ("De werkgroep X
    ..."), a group by its kind ("Het platform ..."), or a pronoun for the subject of the
    sentence before ("Zij ...", "Het werkt ...")."""
    start = _section_end(text, span)
    pronoun = _SUBJECT_PRONOUN.match(text, start, span[1])
    if pronoun is None:
        return _named_subject(text, (start, span[1]), here, mentions)
    found = _previous_subject(text, mentions, previous)
    return (found, pronoun.end()) if found is not None else None


def _previous_subject(
    text: str, mentions: Sequence[Candidate], previous: tuple[int, int] | None
) -> Candidate | None:
    """The body the sentence ``previous`` is about, for a pronoun of the next one: its
    subject, or the one group it names."""
    if previous is None:
        return None
    before = [m for m in mentions if previous[0] <= m.begin < previous[1]]
    subject = _named_subject(text, previous, before, mentions)
    if subject is None:
        groups = [m for m in before if m.cls in GROUPS]
        if len({g.iri for g in groups}) != 1 or any(
            m.cls in PARENTS - GROUPS
            # "De vaste commissie X van het Benelux-Parlement": the parent inside the group's
            # name is not what the sentence is about.
            and not any(g.begin <= m.begin and m.end <= g.end for g in groups)
            for m in before
        ):
            return None
        return groups[0]
    return subject[0]


# A sentence opening on its group as the place of its members: "In de werkgroep zijn X en Y
# vertegenwoordigd", "Binnen het netwerk ...", "Aan het overleg nemen X en Y deel".
_PLACE_KIND_OPENING = re.compile(r"\s*(?:In|Binnen|Aan)\s+(?:de|het|dit|deze)\s+([a-zé]{4,})\s")


def _previous_place(
    text: str, mentions: Sequence[Candidate], previous: tuple[int, int] | None
) -> Candidate | None:
    """The group by its kind the sentence ``previous`` opens on as a place, for a pronoun of
    the next one: "In de werkgroep zijn X en Y vertegenwoordigd. Daarnaast werkt zij samen
    met Z" (the werkgroep in focus)."""
    if previous is None:
        return None
    kind = _PLACE_KIND_OPENING.match(text, _section_end(text, previous), previous[1])
    if kind is None:
        return None
    return _focus(text, previous, mentions, GROUPS, kind.group(1).lower(), compound=True)


def _named_subject(
    text: str, span: tuple[int, int], here: Sequence[Candidate], mentions: Sequence[Candidate]
) -> tuple[Candidate, int] | None:
    """The body named at the opening of ``span``, by its name or its kind."""
    opening = _SUBJECT_OPENING.match(text, _section_end(text, span), span[1])
    at = opening.end() if opening is not None else span[0]
    named = next((m for m in here if m.begin == at and m.cls in COOPERATORS), None)
    if named is not None:
        return named, named.end
    kind = _KIND_SUBJECT.match(text, _section_end(text, span), span[1])
    if kind is None:
        return None
    group = _focus(text, span, mentions, GROUPS, kind.group(1).lower(), compound=True)
    return (group, kind.end(1)) if group is not None else None


# What opens a sentence before its subject: a section number, an article.
_SUBJECT_OPENING = re.compile(r"\s*(?:\d+(?:\.\d+)*\s+)?(?:(?:De|Het|Dit|Deze|Dat)\s+)?")
# The number of a section opening a sentence: "4.2.2  De werkgroep werkt samen met ...".
_SECTION_NUMBER = re.compile(r"\s*\d+(?:\.\d+)+\s+")


# A heading glued to the sentence after it, where no full stop parts them (a letter's
# "Samenwerking tussen de toezichthouders\nDe ANVS werkt ..."): a short first line without
# punctuation that does not end in a function word (as "Het Comité van\nMinisters" does),
# before a line that opens as a sentence does.
_HEADING_LINE = re.compile(
    r"[^\S\n]*[A-Z][^.,;:!?()\n]{2,55}(?<!\sde)(?<!\shet)(?<!\seen)(?<!\svan)(?<!\sen)"
    r"(?<!\sin)(?<!\sop)(?<!\smet)(?<!\svoor)(?<!\sbij)(?<!\saan)(?<!\suit)(?<!\stot)"
    r"\n[^\S\n]*(?=(?:De|Het|Een|Dit|Deze|In|Op|Sinds|Met|Voor|Tijdens|Bij|Na|Ook)\s)"
)


def _section_end(text: str, span: tuple[int, int]) -> int:
    """Where a sentence starts after the number of its section, if it opens with one, or
    after a heading on a line of its own."""
    number = _SECTION_NUMBER.match(text, span[0], span[1])
    if number is not None:
        return number.end()
    # (Only a sentence with a line break near its opening may have one: a cheap test first.)
    if text.find("\n", span[0], min(span[1], span[0] + 60)) < 0:
        return span[0]
    heading = _HEADING_LINE.match(text, span[0], span[1])
    return heading.end() if heading is not None else span[0]


# The verbs of belonging to a parent body, in the forms the documents use.
# The second verb of a relative clause, of belonging: "(die in 2027 werd opgericht) en deel
# uitmaakt van", "en onder ... valt" is read with the parent after it.
_AND_PART_OF = (
    r"en\s+(?:deel\s+uit(?:maakt|maken|maakte|maakten)\s+van"
    r"|(?:rapporteert|rapporteren|rapporteerde)\s+aan|(?:valt|vallen|viel)\s+onder)"
)
# The noun may hold an accent ("dit comité").
_DEMONSTRATIVE = re.compile(
    r"(?<!\w)(?:dit|deze|dat|die|het|de)\s+([a-zà-ÿ]+)(?![\w-])", re.IGNORECASE
)
# Present at a meeting: "aanwezig", "een delegatie", "woonden de zitting bij".
_PRESENT = re.compile(
    r"\b(?:aanwezig|delegatie|vertegenwoordigd)\b"
    r"|\b(?:woonde|woonden|woont|wonen)\s+(?:[^\s.;:]+\s+){0,4}?bij\b",
    re.IGNORECASE,
)
_PRESENT_WORDS = ("aanwezig", "delegatie", "vertegenwoordigd", "woon", "wonen")
_REFERENCE_REACH = 600  # characters back to the group a demonstrative refers to


def _present(text: str, span: tuple[int, int]) -> bool:
    """Whether _PRESENT is found in the span; looked for only where one of its words
    stands."""
    return may_contain(text, _PRESENT_WORDS, span[0], span[1]) and bool(
        _PRESENT.search(text, span[0], span[1])
    )


def _name_of(text: str, m: Candidate) -> str:
    """A mention's name in lower case: its label, or (a reference entity) its words."""
    return (m.label or " ".join(text[m.begin : m.end].split())).lower()


def _referred_group(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate], nouns: Sequence[str] = ()
) -> Candidate | None:
    """The group a sentence without a name speaks of: "dit forum" is the last group whose
    name ends in "forum"; a delegation or those present attend the meeting just named."""
    before = [
        m
        for m in mentions
        if m.cls in TAKING_PART and span[0] - _REFERENCE_REACH <= m.begin < span[0]
    ]
    for match in _DEMONSTRATIVE.finditer(text, span[0], span[1]) if before else ():
        noun = match.group(1).lower()
        # "Het netwerk wordt gecoördineerd door ...": a definite article refers back only as
        # the subject opening the sentence, and only to a group of that kind by name.
        opening = not text[span[0] : match.start()].strip()
        if not match.group().lower().startswith(("dit", "deze")) and not opening:
            continue
        by_article = not match.group().lower().startswith(("dit", "deze"))
        # "deze werkgroep": the last group whose name ends in the noun, or has it as a word
        # or the head of a compound ("de Benelux-werkgroep Grensoverschrijdende Ambulancezorg").
        named = [
            m
            for m in before
            if m.cls in GROUPS
            and (
                _name_of(text, m).endswith(noun)
                or (noun in nouns and not by_article)
                or re.search(rf"(?:^|[\s-]){re.escape(noun)}(?:\s|$)", _name_of(text, m))
                # "dit comité": the head of a compound name ("Directiecomité Volksgezondheid")
                or (len(noun) > 5 and re.search(rf"\w{re.escape(noun)}(?:\s|$)", _name_of(text, m)))
            )
        ]
        if named:
            return named[-1]
    if _present(text, span):
        # The only meeting named just before (two compete: "In mei vonden X en Y plaats.").
        meetings = [m for m in before if m.cls == "Meeting" and span[0] - m.begin <= 300]
        if meetings:
            return _focus(text, span, mentions, {"Meeting"}, reach=300)
        # "... woonden de zitting bij": the only meeting of that kind, further back.
        for noun in _DEFINITE_NOUN.finditer(text, span[0], span[1]):
            meeting = _focus(
                text, span, mentions, {"Meeting"}, noun.group(1).lower(), reach=_MEETING_REACH
            )
            if meeting is not None:
                return meeting
    return None


_DEFINITE_NOUN = re.compile(r"(?<!\w)(?:de|het|deze|die|dit)\s+([a-z]{3,})\b", re.IGNORECASE)
_MEETING_REACH = 1500  # characters back to the meeting "de zitting" refers to


# "rapporteert (jaarlijks) aan het", "legt verantwoording af aan de": ends right at the body.
# A sentence whose subject is a group named by its kind: "Het netwerk ...", "Dit platform ...".
# "Die" is a demonstrative only before a group's kind ("Die werkgroep valt onder ..."), not
# before a verb ("Die komt jaarlijks bijeen").
_DIE_KIND = (
    r"Die(?=\s+[a-z-]*(?:groep|netwerk|comité|overleg|platform|taskforce|forum|commissie)\s)"
)
# (The kind may be "directiecomité", "comité".)
_KIND_SUBJECT = re.compile(rf"\s*(?:Het|De|Dit|Deze|Dat|{_DIE_KIND})\s+([a-zé]{{4,}})\s")
# The kind of group next to a verb of taking part: "lid van de werkgroep", "in het
# netwerk vertegenwoordigd", "aan de stuurgroep deelnemen", "toe tot de taskforce".
_KIND_BEFORE_VERB = re.compile(
    r"(?<!\w)(?:aan|in|bij|tot|van|binnen)\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+"
    r"(?:[^\s.;:,]+\s+){0,2}$"
)
_KIND_AFTER_VERB_OBJECT = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){0,2}?(?:aan|in|bij|tot|van|binnen)\s+(?:de|het|deze|dit)\s+"
    r"([a-z][a-z-]{3,})(?![\w-])"
)
_PREPOSITION_CLOSING = re.compile(r"\s(?:aan|in|bij|tot|binnen)$")
_KIND_RIGHT_AFTER = re.compile(r"\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})(?![\w-])")
_KIND_INSIDE_VERB = re.compile(
    r"\s(?:aan\s+|in\s+|tot\s+)?(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s"
)
# "De regio neemt deel", "de regio zal deelnemen": the region the text is about.
# "Het Land laat zich vertegenwoordigen door X": a German Land (capitalised) the same way.
_REGION_ANAPHOR = re.compile(
    r"(?<![\w-])([Dd](?:e|eze)\s+regio|[Hh]et\s+(?-i:Land))\s+(?:zal|zullen|neemt|nam|werkt"
    r"|werkte|is|was|heeft|had|blijft|wil|sloot|ondertekende|laat|liet|wordt|werd)(?!\w)"
)
_REGION_REACH = 3000  # characters back to the region "de regio" stands for


def _region_anaphor_search(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """_REGION_ANAPHOR in the span, looked for only where "regio" stands."""
    if text.find("regio", span[0], span[1]) < 0 and text.find(" Land ", span[0], span[1]) < 0:
        return None
    return _REGION_ANAPHOR.search(text, span[0], span[1])


def _region_anaphor(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate]
) -> list[Candidate]:
    """ "De regio neemt deel ...": the region the text is about (the one it names most often
    before), as a partner."""
    found = _region_anaphor_search(text, span)
    if found is None:
        return []
    regions = [
        m
        for m in mentions
        if m.cls == "NeighbouringRegion" and span[0] - _REGION_REACH <= m.begin < found.start(1)
    ]
    if not regions:
        return []
    counts: dict[str, int] = {}
    for m in regions:
        counts[m.iri] = counts.get(m.iri, 0) + 1
    # The most named; of equals, the one named last.
    region = max(reversed(regions), key=lambda m: counts[m.iri])
    return [Candidate(found.start(1), found.end(1), region.iri, region.cls)]


_COPULA = re.compile(r"\s+(?:is|was)\s+(?:het|de|een)\s+")
_KIND_REACH = 3000  # characters back to the group "de werkgroep" refers to


def _kind_next_to(text: str, verb: re.Match[str], start: int, end: int) -> str:
    """The noun of "aan/in/van/tot de <noun>" right before or right after ``verb``."""
    before = _KIND_BEFORE_VERB.search(text, max(start, verb.start() - 60), verb.start())
    if before is not None:
        return before.group(1).lower()
    after = _KIND_AFTER_VERB_OBJECT.match(text, verb.end(), end)
    if after is None and _PREPOSITION_CLOSING.search(verb.group()):
        # The verb's own preposition: "X zit in de werkgroep", "zit het RIVM in de werkgroep".
        after = _KIND_RIGHT_AFTER.match(text, verb.end(), end)
    if after is not None:
        return after.group(1).lower()
    # The object inside a separable verb: "X zit de werkgroep voor", "X nam aan het netwerk
    # deel".
    inside = _KIND_INSIDE_VERB.search(text, verb.start(), verb.end())
    return inside.group(1).lower() if inside is not None else ""


def _is_parent_named(text: str, m: Candidate) -> bool:
    """Whether group ``m`` is named as the parent of another: "die onder de
    Benelux-werkgroep Crisisbeheersing valt", "de werkgroep valt onder het Directiecomité"."""
    return _UNDER_BEFORE.search(text, max(0, m.begin - 60), m.begin) is not None


# A parent named in "valt onder de Benelux-werkgroep Crisisbeheersing", "rapporteert (jaarlijks)
# aan het Directiecomité", "is ingebed in het Directiecomité", "ressorteert bij de" (not "maakt
# deel uit van", said of members too: "Nederland maakt deel uit van de coalitie").
_UNDER_BEFORE = re.compile(
    r"(?<!\w)(?:onder|(?:rapporte\w+|verslag\s+(?:uit|af))\s+(?:[a-z]+\s+){0,2}?aan|ingebed\s+in"
    r"|ondergebracht\s+bij|(?:valt|vallen|viel|ressorteert|ressorteren)\s+(?:[a-z]+\s+){0,2}?bij"
    # "lid van de werkgroep X, die deel uitmaakt van het Directiecomité Y": a relative clause
    # of the group before, so Y is its parent (said after a comma only: "Nederland maakt
    # deel uit van de coalitie" names a member).
    r"|(?<=,)\s*(?:die|dat)\s+(?:[a-z]+\s+){0,2}?deel\s+uit(?:maakt|maken|maakte|maakten)\s+van"
    # The same after a first verb of the clause: "X, die in 2027 werd opgericht en deel
    # uitmaakt van het Directiecomité Y".
    rf"|(?<=,)\s*(?:die|dat)\s+(?:(?:[a-z]+|\d{{4}})\s+){{1,5}}?{_AND_PART_OF})"
    r"\s+(?:de\s+|het\s+)?$"
)


def _last_named(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    classes: Collection[str],
    noun: str,
    reach: int,
) -> Candidate | None:
    """The mention of ``classes`` named last before, within ``reach``, whose name has
    ``noun`` as a word or a compound's head ("de top": the Benelux-top 2026; "het
    memorandum": the Memorandum of Understanding over ...); any of them without ``noun``."""
    head = re.compile(rf"(?:^|[\s-]|\w){re.escape(noun)}(?:\s|$)")
    before = [
        m
        for m in mentions
        if m.cls in classes
        and span[0] - reach <= m.begin < span[0]
        and (
            not noun
            or head.search(_name_of(text, m))
            or head.search(" ".join(text[m.begin : m.end].lower().split()))
        )
    ]
    return before[-1] if before else None


# "Het memorandum werd ...", "Het verdrag, gesloten tussen ...": a subject named by its kind.
_PARTY_INSTRUMENTS = frozenset({"Declaration", "Agreement", "Treaty"})


def _instrument_after(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate], group: Candidate
) -> Candidate | None:
    """The declaration, agreement or treaty named after ``group`` and before the sentence,
    within reach: the last thing named, which a verb with no object joins."""
    found = [
        m
        for m in mentions
        if m.cls in _PARTY_INSTRUMENTS
        and group.end <= m.begin < span[0]
        and span[0] - _REFERENCE_REACH <= m.begin
    ]
    if not found or any(
        m.cls in GATHERINGS and found[-1].end <= m.begin < span[0] for m in mentions
    ):
        return None
    return found[-1]


def _last_instrument(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate], noun: str
) -> Candidate | None:
    """The declaration, agreement or treaty named last before (of the kind ``noun`` names)."""
    return _last_named(text, span, mentions, _PARTY_INSTRUMENTS, noun, _REFERENCE_REACH)


def _sole_subject(
    found: Sequence[Relation], mentions: Sequence[Candidate], before: int
) -> Candidate | None:
    """The one group or meeting a sentence's members were given to (its last mention
    before ``before``, the sentence's end), or None if there were none or several."""
    subjects = {r.subject for r in found if r.predicate == PARTICIPANT}
    if len(subjects) != 1:
        return None
    iri = subjects.pop()
    named = [m for m in mentions if m.iri == iri and m.begin < before]
    return named[-1] if named else None


# An indefinite noun phrase: a new referent that "daaraan" may stand for instead.
_INDEFINITE = re.compile(r"(?<!\w)een\s+(?!keer\b|maal\b|aantal\b)", re.IGNORECASE)


def _last_meeting_after_group(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate]
) -> Candidate | None:
    """The meeting named last before, within reach, if no group was named after it and
    nothing new was introduced since."""
    meeting = _focus(text, span, mentions, {"Meeting"}, reach=_REFERENCE_REACH)
    if meeting is None or _INDEFINITE.search(text, meeting.end, span[0]):
        return None
    group = _focus(text, span, mentions, GROUPS, reach=_REFERENCE_REACH, own=False)
    return meeting if group is None or group.begin < meeting.begin else None


def _last_group_unless_new(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate]
) -> Candidate | None:
    """The group named last before, unless something new was introduced after it ("Naast
    de taskforce is er een wekelijks overleg. Daaraan nemen ...": the overleg)."""
    group = _focus(text, span, mentions, GROUPS, reach=_REFERENCE_REACH, own=False)
    if group is None or _INDEFINITE.search(text, group.end, span[0]):
        return None
    return group


def _nearest_before(
    mentions: Sequence[Candidate], position: int, wanted: set[str], window: int
) -> str | None:
    best: Candidate | None = None
    for m in mentions:
        near = m.iri in wanted and position - window <= m.begin < position
        if near and (best is None or m.begin > best.begin):
            best = m
    return best.iri if best else None


# A sentence opening with the verb of a seat: "Zitting hebben X, Y en Z." speaks of the
# group the sentence before was about.
_SEATED_OPENING = re.compile(
    r"\s*(?:Zitting\s+(?:hebben|heeft|hadden|had)|Lid\s+zijn)\s+(?:de\s+|het\s+)?"
)


# Between two names of a list, an abbreviation in brackets after the first: "het Office de
# la Naissance et de l'Enfance (ONE) en het Luxemburgse Ministère ...".
_SUBJECT_GLUE = re.compile(rf"(?:\s*\([^()]{{1,60}}\))?(?:{_AND.pattern})")


def _subject_list(text: str, places: Sequence[Candidate], start: int) -> list[Candidate]:
    """The names coordinated at ``start`` ("X, Y en de Z"), the subject of the sentence."""
    found: list[Candidate] = []
    for p in sorted((p for p in places if p.begin >= start), key=lambda p: p.begin):
        if found and text.startswith("(", p.begin - 1):
            continue  # "het Office ... (ONE)": the abbreviation of the name before
        if found and p.begin < found[-1].end:
            continue  # "de Kustwacht Nederland": the country inside the name before
        if not found:
            if p.begin != start:
                return []
        elif not _SUBJECT_GLUE.fullmatch(text, found[-1].end, p.begin):
            break
        found.append(p)
    return found


def _may_be_therein(text: str, span: tuple[int, int]) -> bool:
    """Whether _THEREIN may stand in the span: each of its words ends on "rin" or "binnen"."""
    return text.find("rin", *span) >= 0 or text.find("binnen", *span) >= 0


def _member_sentence(text: str, span: tuple[int, int], here: Sequence[Candidate]) -> bool:
    """Whether a sentence only lists members of a group it does not name ("Zitting hebben
    X en Y", "X en Y sluiten zich als partner aan")."""
    start = _section_end(text, span)
    if _SEATED_OPENING.match(text, start, span[1]) is not None:
        return True
    if _may_be_therein(text, span) and _THEREIN.search(text, start, span[1]):
        # "X en Y nemen erin zitting": members of the group in focus, which it names not.
        return not any(m.cls in GROUPS for m in here)
    subject = _subject_list(text, [m for m in here if m.cls in PARTNERS], start)
    return bool(subject) and (
        _JOINS_CLOSING.match(text, subject[-1].end, span[1]) is not None
        or _REPRESENTED.match(text, subject[-1].end, span[1]) is not None
    )


def _topic_group(
    text: str, spans: Sequence[tuple[int, int]], index: int, mentions: Sequence[Candidate]
) -> Candidate | None:
    """The group the sentences before ``index`` are about: the subject of the sentence before
    (a name, a kind, or a pronoun for the one before it), looking past sentences that only
    list members ("Zitting hebben ..."), up to three back."""
    for j in range(index - 1, max(-1, index - 4), -1):
        span = spans[j]
        here = [m for m in mentions if span[0] <= m.begin < span[1]]
        found = _subject_of(text, span, here, mentions, spans[j - 1] if j else None)
        if _member_sentence(text, span, here):
            continue
        if found is not None:
            return found[0] if found[0].cls in GROUPS else None
        return None
    return None


# Members with a verb that names no group ("X en Y sluiten zich als partner aan", "X doet mee
# waar het ... gaat", "X schuift aan wanneer ..."), or a member state represented by a body
# ("Nederland is vertegenwoordigd door het Ministerie X, dat ..."): the group the text is
# about.
_JOINS_CLOSING = re.compile(
    r"\s+(?:(?:sluit|sluiten|sloot|sloten)\s+zich\s+(?:[^\s.;:,]+\s+){0,3}?aan"
    r"|(?:doet|doen|deed|deden)\s+(?:[^\s.;:,]+\s+){0,2}?mee)(?=[\s.;,])"
)
# (By its own body: "De Duitstalige Gemeenschap is vertegenwoordigd door haar Ministerium".)
_REPRESENTED = re.compile(
    r"\s+(?:is|was|wordt|werd)\s+vertegenwoordigd\s+door\s+(?:de\s+|het\s+|haar\s+|zijn\s+)?"
)


# The sentence before opens on the meeting or group by its kind: "De conferentie werd in Gent
# georganiseerd. Ook de NAVO nam deel." The kind is a meeting's or a group's.
_MEETING_KINDS = (
    "conferentie|top|bijeenkomst|vergadering|zitting|workshop|congres|studiedag|werkbezoek"
)
_GROUP_KINDS = "werkgroep|taskforce|stuurgroep|netwerk|platform|directiecomité"
_KIND_OPENS = re.compile(
    rf"\s*(?:De|Het|Deze|Dit)\s+(?:(?P<meeting>{_MEETING_KINDS})|(?P<group>{_GROUP_KINDS}))\s"
)


def _named_by_kind_before(
    text: str,
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
    classes: Collection[str],
) -> Candidate | None:
    """The only meeting or group of the kind the sentence before opens on, when that sentence
    names no meeting, group or instrument itself."""
    before = spans[index - 1]
    found = _KIND_OPENS.match(text, before[0], before[1])
    if found is None or any(
        before[0] <= m.begin < before[1] and m.cls in GATHERINGS | INSTRUMENTS for m in mentions
    ):
        return None
    kinds = {"Meeting"} if found.group("meeting") else set(GROUPS)
    kinds &= set(classes)
    if not kinds:
        return None
    kind = found.group("meeting") or found.group("group")
    return _focus(text, spans[index - 1], mentions, kinds, kind)


# -- the one resolver ------------------------------------------------------------------------
# The map of what a sentence refers back to (round 29). Through ``_focus``: a group by its
# kind ("de werkgroep": cooperation, members, parents, participation, attendance, and
# _named_subject; once _last_of_kind, the last one named within 3000 characters), a meeting
# by its kind or the one meeting before ("de conferentie", "de zitting": members,
# participation, attendance, _referred_group; once _last_meeting_of_kind, the last within
# 1500), a pronoun's group ("Zij werkt samen met": cooperation, members, participation,
# _last_meeting_after_group, _last_group_unless_new; once _last_group, the last within 600),
# and the one meeting or group just named (members, parents, _named_by_kind_before; once
# _in_focus). Each of those took the last named; _focus refuses when two compete.
# Not routed, each with its own reach and refusals:
# - _last_instrument (members' accession and joining, participation's "tot het verdrag"): the
#   declaration, agreement or treaty named last within 600 (of the kind named); "het memorandum
#   van 2006" after a new memorandum names the last one, where _focus would see two compete.
# - _last_named (members' _joined_or_signed_too): the mention of some classes named last
#   within a reach, the one a verb with no object joins.
# - _instrument_after (members, participation): the instrument named after a given group
#   and before the sentence within 600; None if a group or meeting follows it.
# - _last_meeting_after_group, _last_group_unless_new (participation's "daaraan"): compose
#   _focus, and refuse when a group follows the meeting or a new referent ("een ...") was
#   introduced since.
# - _referred_group's demonstrative ("dit forum": the last group within 600 whose name ends in
#   or has the noun) and _topic_group (members: the subject of the sentences before, up to
#   three back, past lists of members): read the syntax, not what was named last.
# A section heading ending a line: "2. Verkeer", "4.2 Samenwerking", "## Leden" (a number
# and a short title without a sentence's punctuation), at a line's start or after a sentence
# the clean text joined it to ("... per jaar. 2. Verkeer\nDe ..."). A paragraph break is no
# section: the next paragraph often goes on about the group the one before named.
_SECTION_BREAK = re.compile(
    r"(?m)(?:^|(?<=[.!?] ))[ \t]*(?:(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+[A-Z][^\n.;:!?]{1,70}"
    r"|#{1,6}[ \t]+[^\n]{1,80})"
    r"[ \t]*(?=\n)"
)


# Where a sentence ends before the next one opens (as the sentence splitter cuts most).
_SENTENCE_END = re.compile(r"[.!?][\"')]?\s+(?=[\"'(•-]?\s*[A-Z0-9])")
_SECTION_REACH = 3000  # characters back to the section heading a sentence is under


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one opening at ``start`` opens (looked for within
    _REFERENCE_REACH characters)."""
    lowest = max(0, start - _REFERENCE_REACH)
    # (The end of the sentence before is not found: its look-ahead stops at ``start``.)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lowest, start) if m.end() < start]
    return ends[-1] if ends else lowest


def _section(text: str, position: int) -> tuple[int, int]:
    """Where the section around ``position`` opens (its heading's line) and where its
    heading ends; (0, 0) if none opens within reach."""
    found = None
    for heading in _SECTION_BREAK.finditer(text, max(0, position - _SECTION_REACH), position):
        found = heading
    # (The first section goes on from the document's title: "1. Opening" leaves it in focus.)
    if found is None or found.group("number") == "1":
        return 0, 0
    return found.start(), found.end()


def _focus(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    classes: Collection[str],
    kind: str = "",
    *,
    rivals: Collection[str] = (),
    besides: str = "",
    reach: int = 0,
    compound: bool = False,
    parents: bool = False,
    own: bool = True,
) -> Candidate | None:
    """The one referent (of ``classes``) in focus at the sentence ``span``, or None.

    In focus is what is named in this sentence or the one before, or else in the heading of
    this section; with a ``kind`` word ("de werkgroep", "de conferentie"), the only one of
    that kind (a word of its name, or a compound's head) named in this section before the
    sentence, within reach. Nothing when two compete (a mention of ``rivals`` competes too),
    when a section heading stands between, or when none qualifies.
    With ``reach`` (a topic the sentences before are about: "NRW neemt als waarnemer deel"),
    also the only one named in this section within that many characters before; then a
    sentence before that opens on a rival's kind ("De conferentie vond in mei plaats.")
    competes too. ``besides`` is the one the sentence is about, never its own referent; a
    group named as another's parent ("die onder de werkgroep Y valt") is never in focus.
    With a ``kind`` and none of it in this section, the only one of that kind named before
    within reach counts (a kind word names its referent: "3. Besluiten\nDe commissie nam
    ..."); ``reach`` bounds that search too (else 3000 characters). ``compound``: a name with
    the kind as a compound's head ("de conferentie": the Noordzeeconferentie 2026) or ending
    in it counts; ``parents``: a group named as another's parent counts ("Dat directiecomité
    ..." after "die deel uitmaakt van het Directiecomité X"); ``own=False``: what the
    sentence itself names does not count (a pronoun opening it: "Zij werkt samen met X")."""
    section, heading_end = _section(text, span[0])
    wanted = {*classes, *rivals}

    def named(start: int, end: int, of: Collection[str]) -> list[Candidate]:
        return [
            m
            for m in mentions
            if start <= m.begin < end
            and m.cls in of
            and m.iri != besides
            and not (m.cls in GROUPS and not parents and _is_parent_named(text, m))
        ]

    if kind:
        glued = "|\\w" if compound else "|[a-z]{3}" if len(kind) >= 8 else ""
        head = re.compile(rf"(?:^|[\s-]|benelux{glued}){re.escape(kind)}(?:\s|$)")

        def of_kind(start: int) -> list[Candidate]:
            return [
                m
                for m in named(start, span[0], classes)
                if (
                    head.search(_name_of(text, m))
                    or (
                        compound
                        and (
                            _name_of(text, m).endswith(kind)
                            or head.search(" ".join(text[m.begin : m.end].lower().split()))
                        )
                    )
                )
                # "Het Senningenoverleg is het strategisch overleg van ...": a description of
                # the group just named, not a referent of its own.
                and not any(
                    g.cls in GROUPS and g.end < m.begin and _COPULA.fullmatch(text, g.end, m.begin)
                    for g in mentions
                )
            ]

        lowest = span[0] - (reach or _KIND_REACH)
        near = of_kind(max(section, lowest))
        if not near and section > lowest:
            # A kind word names its referent: with none of its kind in this section, the only
            # one named before within reach ("3. Besluiten\nDe commissie nam ...": the
            # committee the report is about).
            near = of_kind(lowest)
    else:
        end = span[1] if own else span[0]
        before = max(section, _sentence_before(text, span[0]))
        near = named(before, end, wanted)
        if not near and reach:
            opens = _KIND_OPENS.match(text, before)
            if opens is not None and opens.group("meeting") and "Meeting" in rivals:
                return None  # "De conferentie vond in mei plaats. Ook X nam deel."
            near = named(max(section, span[0] - reach), end, wanted)
        if not near and section < heading_end:
            near = named(section, heading_end, wanted)
    found = {m.iri: m for m in near}
    only = next(iter(found.values())) if len(found) == 1 else None
    return only if only is not None and only.cls in classes else None
