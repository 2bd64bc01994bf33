"""``org:subOrganizationOf``: "X van de Benelux Unie", a group named after its parent, a
verb of belonging ("valt onder", "rapporteert aan"), founding, steering, housing, units
of outside and national bodies, and "the groups below" a heading."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..candidates import Candidate
from ..sentences import Sentences
from .common import (
    _COORDINATED,
    _GROUP_GLUE,
    _NATIONALITY,
    _NEGATION,
    _UNIT_SUBJECT,
    BENELUX_UNION,
    COOPERATORS,
    GROUPS,
    PARENTS,
    PARTNERS,
    SUB_ORGANIZATION,
    Relation,
    RelationTables,
    _coordinated_before,
    _listed,
)
from .focus import (
    _AND_PART_OF,
    _KIND_SUBJECT,
    _REFERENCE_REACH,
    _SUBJECT_OPENING,
    _SUBJECT_PRONOUN,
    _focus,
    _referred_group,
    _section_end,
    _subject_of,
)

# The head of an agency's or an office's name: "Bureau voor ...", "Agentschap van ...",
# "Directoraat-generaal ...", "Europees Centrum voor ...".
_AGENCY_HEAD = re.compile(
    r"(?:Europees\s+|Europese\s+)?(?:[\w-]*(?:agentschap|bureau|centrum|dienst|instituut"
    r"|directoraat|autoriteit|eenheid|institute|centre|office|agency)(?![\w]))",
    re.IGNORECASE,
)
# The bare genitive between two names: "(ERCC) van de ".
_OF_BARE = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+van\s+(?:de|het)\s+")


# A plural verb of belonging: "vallen", "maken deel uit", "rapporteren".
_PLURAL_VERB = re.compile(
    r"(?<!\w)(?:vallen|vielen|ressorteren|rapporteren|rapporteerden|maken|maakten|zijn|waren"
    r"|werden|worden|hangen|brengen|werken)(?!\w)"
)


# A body founding a group: "richt (in 2026) de werkgroep X op", "heeft de werkgroep X
# opgericht", "stelde een netwerk X in"; the object stands between the verb and its particle,
# which closes the clause ("stelt de werkgroep in kennis" is no founding).
_FOUNDING = re.compile(
    r"(?<!\w)(?:(?:(?:richt|richtte|richtten|richten)(\s+[^.;:]{1,150}?)\s+op"
    r"|(?:stelt|stelde|stelden|stellen)(\s+[^.;:]{1,150}?)\s+in)(?=\s*(?:[.,;:)]|$|en\s))"
    r"|(?:heeft|hebben|had|hadden)(\s+[^.;:]{1,150}?)\s+(?:opgericht|ingesteld)(?!\w))"
)
# Before the founder's name, inverted after the verb: "richt het Comité van Ministers".
_FOUNDER_AFTER = re.compile(r"\s+(?:de\s+|het\s+)?")


def _founded(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """ "Het Senningenoverleg richt een werkgroep X op", "De commissie richt een werkgroep X
    op" (the group of that kind named before): a group founding a group is its parent. An
    institution founds by decision what may report elsewhere ("richt het Comité het platform
    op ... rapporteert aan het College"): no parent of its own."""
    for verb in _FOUNDING.finditer(text, span[0], span[1]):
        group = next(i for i in (1, 2, 3) if verb.group(i) is not None)
        start, end = verb.start(group), verb.end(group)
        founders = [
            p
            for p in here
            if p.cls in GROUPS
            and (
                (p.end <= verb.start() and not text[p.end : verb.start()].strip())
                or (_FOUNDER_AFTER.fullmatch(text, start, p.begin) is not None)
            )
        ]
        founder = founders[0] if founders else None
        if founder is None:
            kind = _KIND_SUBJECT.match(text, span[0], verb.start())
            if kind is None or kind.end(1) + 1 != verb.start():
                continue
            founder = _focus(text, span, mentions, GROUPS, kind.group(1).lower(), compound=True)
        if founder is None:
            continue
        for g in here:
            # The founder before the verb, or after it and before the group.
            after = g.begin >= founder.end or founder.begin < start
            if (
                g.cls in GROUPS
                and g.iri != founder.iri
                and start < g.begin <= g.end <= end
                and after
            ):
                yield Relation(g.iri, SUB_ORGANIZATION, founder.iri, span)


def _external_parents(
    text: str, here: list[Candidate], m: Candidate, span: tuple[int, int]
) -> Iterator[Relation]:
    """An outside body under another outside body, by the constructions of a group: "het
    Bureau voor Intellectuele Eigendom van de Europese Unie", "DG REGIO van de Europese
    Commissie", "de ELA, een agentschap van de Europese Unie", "X maakt deel uit van Y"."""
    for p in here:
        if p.iri == m.iri or p.cls != "ExternalOrganisation":
            continue
        nested = m.begin < p.begin and p.end <= m.end
        # "X van de Y" only for an agency or an office by its name: "de (Ecofin-)Raad van de
        # Europese Unie" is an institution of the Union.
        agency = _AGENCY_HEAD.match(text, m.begin) is not None
        named_in = (
            nested and agency and re.search(r"\bvan\s+(?:de|het)\s+$", text[m.begin : p.begin])
        )
        under = p.begin >= m.end and _UNDER.fullmatch(text, m.end, p.begin)
        if under and not agency and _OF_BARE.fullmatch(text, m.end, p.begin):
            under = None
        # "het Maastricht Upper Area Control Centre (MUAC) van Eurocontrol": "van" and a
        # name without an article, which no list of bodies would leave bare.
        of_name = p.begin >= m.end and _OF_NAME.fullmatch(text, m.end, p.begin)
        if named_in or under or of_name:
            yield Relation(m.iri, SUB_ORGANIZATION, p.iri, span)
    yield from _unit_of_subject(text, here, m, span)


# "van" and a name with no article: "(MUAC) van Eurocontrol".
_OF_NAME = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+van\s+")
# The head of the name of a unit inside a body: "Directoraat-generaal Milieu", "Division de
# la pharmacie", "Dienst Vreemdelingenzaken", "Directie Wegverkeer", the Belgian
# "Directie-generaal Energie".
_UNIT_HEAD = re.compile(
    r"(?:[Dd]irectoraat-?generaal|DG|Division|Direction|[Dd]irectie-generaal|[Dd]irectie"
    r"|[Dd]ienst|[Aa]fdeling|Departement|Département|Service)(?![\w-])"
)
# "door haar Directoraat-generaal Milieu": the unit of the body the sentence is about.
_POSSESSIVE = re.compile(r"(?<!\w)(?:haar|zijn)\s+$")
# A national unit named by its parent's name after it: "(ANA)", ", de weerdienst van de
# Luxemburgse", "van de" after a unit's name.
_NATIONAL_OF = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s+(?:de|het|een)\s+(?:[a-z]+e\s+){0,2}[a-z]*?(?:dienst|agentschap|afdeling"
    r"|directie|inspectie|administratie|onderdeel)\s+van\s+(?:de|het)\s+(?:[A-Z][a-z]+(?:se|sche)\s+)?"
)
_UNIT_OF = re.compile(_OF_NAME.pattern + r"(?:de|het)\s+")


def _unit_of_subject(
    text: str, here: list[Candidate], m: Candidate, span: tuple[int, int]
) -> Iterator[Relation]:
    """ "De Europese Commissie was vertegenwoordigd door haar Directoraat-generaal Milieu":
    a unit by its name under the body the sentence opens with, the only body before it."""
    if not _UNIT_HEAD.match(text, m.begin) or not _POSSESSIVE.search(text, span[0], m.begin):
        return
    bodies = [p for p in here if p.end <= m.begin and p.cls in PARTNERS | {"Institution"}]
    if len({p.iri for p in bodies}) != 1:
        return
    subject = bodies[0]
    if subject.cls not in {"ExternalOrganisation", "NationalBody"}:
        return
    if _UNIT_SUBJECT.fullmatch(text, span[0], subject.begin):
        yield Relation(m.iri, SUB_ORGANIZATION, subject.iri, span)


def _co_founder(text: str, here: Sequence[Candidate], founder: Candidate) -> bool:
    """Whether another body is coordinated with ``founder`` ("door de DVIS, de ILT en de
    ACF")."""
    return any(
        q.begin > founder.end
        and q.iri != founder.iri
        and (q.cls in PARTNERS or q.cls == "Institution")
        and _CO_FOUNDER.fullmatch(text, founder.end, q.begin) is not None
        for q in here
    )


def _national_parents(
    text: str, here: list[Candidate], m: Candidate, span: tuple[int, int]
) -> Iterator[Relation]:
    """A body of a state under another, by a verb of belonging right after its name: "Het
    Nationaal Cyber Security Centrum valt onder het ministerie van Justitie en Veiligheid",
    "Brussel Mobiliteit, dat deel uitmaakt van het Brussels Hoofdstedelijk Gewest"."""
    for p in here:
        if (
            p.cls == "NationalBody"
            and p.iri != m.iri
            and p.begin >= m.end
            and (
                _BODY_UNDER.fullmatch(text, m.end, p.begin)
                # "MeteoLux, de weerdienst van de Luxemburgse Administration ..."
                or _NATIONAL_OF.fullmatch(text, m.end, p.begin)
                # "de Division de la pharmacie et des médicaments van de Direction de la santé"
                or (_UNIT_HEAD.match(text, m.begin) and _UNIT_OF.fullmatch(text, m.end, p.begin))
            )
        ):
            yield Relation(m.iri, SUB_ORGANIZATION, p.iri, span)
    yield from _unit_of_subject(text, here, m, span)


# "opgericht door X": the founder after the verb; another coordinated with it (", Y en Z").
_FOUNDED_BY = re.compile(r"opgericht\s+door\s+(?:de\s+|het\s+)?$")
_CO_FOUNDER = re.compile(rf"{_GROUP_GLUE.pattern}(?:{_NATIONALITY})?")


def _belonging_of_subject(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    previous: tuple[int, int] | None,
) -> Iterator[Relation]:
    """ "Zij valt onder het Directiecomité" (the group the sentence before spoke of), "De
    werkgroep X werd in 2019 opgericht en valt onder het Directiecomité", "Het ontstond in
    1996 en valt onder het Comité": the group the sentence opens with under the body."""
    pronoun = _SUBJECT_PRONOUN.match(text, _section_end(text, span)) is not None
    if not pronoun and (
        " en " not in text[span[0] : span[1]]
        or _AND_BELONGING.search(text, span[0], span[1]) is None
    ):
        return
    found = _subject_of(text, span, here, mentions, previous)
    if found is None or found[0].cls not in GROUPS:
        return
    subject, after = found
    for p in here:
        if p.cls not in PARENTS or p.begin < after or p.iri == subject.iri:
            continue
        verb = _REPORTS_OR_UNDER.fullmatch(text, after, p.begin) if pronoun else None
        if verb is None:
            verb = next(
                (v for v in _AND_BELONGING.finditer(text, after, p.begin) if v.end() == p.begin),
                None,
            )
        # Another body between the subject and the verb may be the subject of the verb.
        if verb is not None and not any(
            m.cls in COOPERATORS and after <= m.begin < verb.start() for m in here
        ):
            yield Relation(subject.iri, SUB_ORGANIZATION, p.iri, span)


def _reports_via(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    previous: tuple[int, int] | None,
) -> Iterator[Relation]:
    """ "De werkgroep rapporteert via het Directiecomité aan het College": the group under
    the body it reports through, and that body under the one reported to."""
    if " via " not in text[span[0] : span[1]]:
        return
    for verb in _REPORTS_VIA.finditer(text, span[0], span[1]):
        middle = next((m for m in here if m.begin == verb.end() and m.cls in PARENTS), None)
        kind = _VIA_KIND.match(text, verb.end(), span[1]) if middle is None else None
        if kind is not None:
            # "rapporteert via het overleg aan het Comité": the group of that kind named
            # last before; what follows is measured from the noun.
            named = _focus(text, span, mentions, GROUPS, kind.group(1).lower(), compound=True)
            if named is not None:
                middle = replace(named, begin=kind.start(), end=kind.end())
        top = next(
            (
                m
                for m in here
                if middle is not None
                and m.cls in PARENTS
                and m.begin > middle.end
                and _VIA_TO.fullmatch(text, middle.end, m.begin)
            ),
            None,
        )
        if middle is None or top is None:
            continue
        found = _subject_of(text, span, here, mentions, previous)
        if (
            found is not None
            and found[0].cls in GROUPS
            and not any(m.cls in COOPERATORS and found[1] <= m.begin < verb.start() for m in here)
        ):
            yield Relation(found[0].iri, SUB_ORGANIZATION, middle.iri, span)
        if middle.cls in GROUPS and middle.iri != top.iri:
            yield Relation(middle.iri, SUB_ORGANIZATION, top.iri, span)


# The parent steering the group, as the subject of "aansturen": "Het Directiecomité X (, een
# van de ...,) stuurt (sinds 2024) de werkgroep Y aan", "Sinds 2024 stuurt het
# Directiecomité X de werkgroep Y aan", "X, dat de werkgroep Y aanstuurt".
_STEERS = re.compile(
    r"(?:,[^,.;:]{1,150},)?\s+(?:stuurt|sturen|stuurde|stuurden)\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?"
    r"(?:de\s+|het\s+)?"
)
_STEERS_BEFORE = re.compile(r"(?<!\w)(?:stuurt|sturen|stuurde|stuurden)\s+(?:de\s+|het\s+)?$")
_STEERS_INVERTED = re.compile(r"\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?(?:de\s+|het\s+)?")
# Adverbs only before the particle: not "stuurt de werkgroep een uitnodiging aan".
_STEERS_PARTICLE = re.compile(r"(?:\s+(?!(?:een|de|het)\s)(?:[a-z]+|\d{4})){0,3}?\s+aan(?!\w)")
_STEERS_CLAUSE = re.compile(r",\s*(?:dat|die)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:de\s+|het\s+)?")
_STEERS_VERB = re.compile(
    r"(?:\s+(?:[a-z]+|\d{4})){0,3}?\s+(?:aanstuurt|aanstuurde|aansturen|aanstuurden"
    r"|heeft\s+aangestuurd|aangestuurd\s+heeft)(?!\w)"
)


def _steered(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Het Directiecomité X stuurt de werkgroep Y aan": the group under the body that steers
    it (a body only: a person or a presidency leading a group is its chair, no parent)."""
    for p in here:
        if p.cls not in PARENTS:
            continue
        inverted = _STEERS_BEFORE.search(text, max(span[0], p.begin - 20), p.begin) is not None
        for g in here:
            if g.cls not in GROUPS or g.iri == p.iri or g.begin < p.end:
                continue
            if _STEERS.fullmatch(text, p.end, g.begin) or (
                inverted and _STEERS_INVERTED.fullmatch(text, p.end, g.begin)
            ):
                closing = _STEERS_PARTICLE
            elif _STEERS_CLAUSE.fullmatch(text, p.end, g.begin):
                closing = _STEERS_VERB
            else:
                continue
            if closing.match(text, g.end, span[1]) is not None:
                yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)


def _housed_where(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "de DUO, waar het Coördinatiepunt is ondergebracht", "het Senningenoverleg,
    waarbinnen de werkgroep X werd opgericht": the body of the clause under the one before."""
    sentence = text[span[0] : span[1]]
    if "ondergebracht" not in sentence and "opgericht" not in sentence:
        return
    for p in here:
        if p.cls not in PARENTS:
            continue
        for m in here:
            if (
                m.begin > p.end
                and m.iri != p.iri
                and m.cls in GROUPS | {"NationalBody", "ExternalOrganisation"}
                and _WHERE_HOUSED.fullmatch(text, p.end, m.begin)
                and _HOUSED_VERB.match(text, m.end)
            ):
                yield Relation(m.iri, SUB_ORGANIZATION, p.iri, span)


# A sentence putting the groups named after it under one parent body. The parent opens the
# sentence: "Onder het Senningenoverleg werken vier werkgroepen (tabel 4.1)", "Binnen de
# Raad zijn twee werkgroepen actief:".
_WITHIN_PLURAL = re.compile(
    r"\s+(?:werken|werkten|zijn|waren|functioneren|opereren|bestaan|vallen)\s"
    r"[^.;]{0,60}?werkgroepen(?!\w)"
)
# The groups, then the parent: "De werkgroepen die hieronder worden genoemd, vallen onder het
# College", "De volgende werkgroepen rapporteren aan het Directiecomité:".
_PLURAL_UNDER = re.compile(
    r"werkgroepen(?!\w)[^.;:]{0,80}?\s(?:vallen|vielen|ressorteren|rapporteren|rapporteerden)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:onder|aan)\s+(?:de\s+|het\s+)?"
)
# The parent as the subject: "Het Directiecomité ... stuurde de werkgroepen hieronder aan",
# "Het College coördineert de volgende werkgroepen".
_PARENT_OF_PLURAL = re.compile(
    r"[^.;:]{0,120}?\s(?:stuurt|stuurde|stuurden|coördineert|coördineerde|overkoepelt"
    r"|overkoepelde|begeleidt|begeleidde)\s+(?:[a-z]+\s+){0,2}?werkgroepen(?!\w)"
)
# That the groups are the ones named after the sentence ("hieronder" may be hyphenated
# across a line break: "hieron-\nder").
_BELOW = re.compile(r"(?<!\w)(?:hier-?\s*on-?\s*der|hierna)(?!\w)")
# A numbered heading, a line of its own: "3. MOBILITEIT", " 3.2. \tWEDERZIJDSE ERKENNING";
# the cleaned text runs it on after the sentence before ("... aan. 3.1 Fiets\n").
_HEADING = re.compile(
    r"(?:^|(?<=[.:!?] ))[ \t]*(\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+[A-Z][^\n.]{0,80}\n", re.MULTILINE
)
_BELOW_REACH = 3000  # characters after the sentence in which the groups are named


def _groups_below(
    text: str,
    sentences: Sentences,
    by_sentence: dict[int, list[Candidate]],
    mentions: Sequence[Candidate],
    parented: set[str],
) -> Iterator[Relation]:
    """The groups first named after a sentence that puts "the groups below" under a parent,
    up to the end of that sentence's section; a group whose parent is named elsewhere
    ("tenzij anders aangegeven") keeps that one."""
    at = text.find("werkgroepen")
    while at >= 0:
        i = sentences.index(at)
        b, e = sentences.spans[i]
        at = text.find("werkgroepen", max(e, at + 1))
        parent = _parent_of_plural(text, b, e, by_sentence.get(i, []))
        if parent is None:
            continue
        limit = min(len(text), e + _BELOW_REACH)
        # The heading may open the sentence ("3. VEILIGHEID\n\nDe werkgroepen ...").
        level = _section_level(text, text.find("werkgroepen", b, e))
        for heading in _HEADING.finditer(text, e, limit):
            if level and heading.group(1).count(".") + 1 <= level:
                limit = heading.start()
                break
        named_before = {m.iri for m in mentions if m.begin < e}
        for m in mentions:
            if (
                e <= m.begin < limit
                and m.cls in GROUPS
                and m.iri != parent.iri
                and m.iri not in named_before
                and m.iri not in parented
            ):
                yield Relation(m.iri, SUB_ORGANIZATION, parent.iri, (b, e))


def _parent_of_plural(text: str, b: int, e: int, here: list[Candidate]) -> Candidate | None:
    """The parent of "the groups below" in the sentence ``b``-``e``, if it is one such."""
    opening = _SUBJECT_OPENING.match(text, b, e)
    start = opening.end() if opening is not None else b
    for p in here:
        if p.cls not in PARENTS:
            continue
        within = _WITHIN_OPENING.fullmatch(text, _section_end(text, (b, e)), p.begin)
        if within is not None and _WITHIN_PLURAL.match(text, p.end, e):
            return p
        # "de volgende werkgroepen", "de werkgroepen (die) hieronder": next to the plural,
        # not anywhere ("de werkgroepen in de volgende jaren").
        plural = text.rfind("werkgroepen", b, p.begin)
        word = plural if plural >= 0 else text.find("werkgroepen", p.end, e)
        below = word >= 0 and (
            text[max(b, word - 20) : word].rstrip().endswith(("volgende", "onderstaande"))
            or _BELOW.search(text, word, min(e, word + 50)) is not None
        )
        if below and plural >= 0 and _PLURAL_UNDER.fullmatch(text, plural, p.begin):
            return p
        if below and p.begin == start and _PARENT_OF_PLURAL.match(text, p.end, e):
            return p
    return None


def _section_level(text: str, position: int) -> int:
    """The depth of the numbered section ``position`` stands in ("3.2" is 2), 0 if none
    within reach."""
    level = 0
    for heading in _HEADING.finditer(text, max(0, position - _BELOW_REACH), position):
        level = heading.group(1).count(".") + 1
    return level


# The modal future is stated as the present is: "die zal vallen onder", "zal voortaan
# rapporteren aan" (not "zou": a condition).
_WILL = r"(?:zal|zullen)\s+(?:(?!niet\s)[a-z]+\s+)?"
_FALLS = rf"valt|vallen|viel|vielen|{_WILL}vallen"
_RESSORTS = rf"ressorteert|ressorteren|{_WILL}ressorteren"
_REPORTS_VERB = rf"rapporteert|rapporteren|rapporteerde|rapporteerden|{_WILL}rapporteren"
# The kind of body one of several is ("een van de drie werkgroepen onder"): a compound, its
# parts perhaps split at a line's end ("werk-\ngroepen"); the count before it; the word
# that links it to its parent.
_KIND_WORD = r"(?:[\w-]*?(?<=-)\s+)?[\w-]*?"
_COUNT = r"(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+)?"
_OF_UNDER = r"(?:van|onder|binnen)"
# Other verbs of belonging, up to the preposition before the parent: "maakt deel uit van",
# "is ondergebracht bij", "is een onderdeel van", "hangt af van", "brengt verslag uit aan",
# "werkt in opdracht van", "wordt aangestuurd door", "werd opgericht door/binnen".
_BELONGS = (
    r"(?:maakt|maken|maakte|maakten)\s+(?:[a-z]+\s+){0,2}?deel\s+uit\s+van"
    r"|(?:is|zijn|was|waren|werd|werden|wordt|worden)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?"
    r"(?:(?:een\s+|het\s+)?onderdeel\s+van|ondergebracht\s+bij|aangestuurd\s+door|ingebed\s+in"
    r"|opgericht\s+(?:door|binnen|onder))"
    # A participle in apposition: "X, in 2019 opgericht door het Y,", "X, ondergebracht bij Y".
    r"|,\s*(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:opgericht\s+(?:door|binnen)|ondergebracht\s+bij|ingebed\s+in"
    r"|aangestuurd\s+door)"
    r"|(?:hangt|hangen|hing|hingen)\s+(?:[a-z]+\s+){0,2}?af\s+van"
    # Reporting with a noun: "brengt (jaarlijks) verslag uit aan", "legt verslag af aan" and
    # the blend of the two, "legt verslag uit aan".
    r"|(?:brengt|brengen|bracht|brachten|legt|leggen|legde|legden)\s+(?:(?:[a-z]+|\d{4})\s+)"
    r"{0,4}?(?:verslag\s+(?:uit|af)|verantwoording\s+af)\s+aan"
    r"|(?:werkt|werken|werkte|werkten)\s+(?:[a-z]+\s+){0,2}?in\s+opdracht\s+van"
    # "is ondergeschikt aan", "is (sinds 2024) actief binnen", "behoort tot", "werd in de
    # schoot van X opgericht" (Belgian: founded within X), "is een van de werkgroepen van".
    r"|(?:is|zijn|was|waren)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:ondergeschikt\s+aan"
    r"|actief\s+(?:binnen|onder))"
    r"|(?:behoort|behoren|behoorde|behoorden)\s+(?:[a-z]+\s+){0,2}?tot"
    r"|(?:is|zijn|was|waren|werd|werden)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:opgericht\s+)?"
    r"in\s+de\s+schoot\s+van"
    rf"|(?:is|was)\s+(?-i:een)\s+van\s+de\s+{_COUNT}(?-i:(?:[a-z]+e\s+){{0,2}}(?=[a-z]))"
    rf"{_KIND_WORD}(?:groep|comité|orgaan|forum|netwerk|platform|overleg|agentschap|dienst"
    rf"|bureau|centrum|instituut|onderdel|commissie)(?:s|en)\s+{_OF_UNDER}"
)
# A body of a state under another: "valt (sinds 2019) onder", "ressorteert onder", "maakt
# deel uit van", "is een onderdeel van", "is ondergebracht bij" (not "opgericht door": a
# founder is no parent, nor "werkt binnen": a place of work).
_BODY_UNDER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s*(?:die\s+|dat\s+)?"
    rf"(?:(?:{_FALLS}|{_RESSORTS}|ressorteerde)\s+(?:(?:[a-z]+|\d{{4}})\s+){{0,3}}?onder"
    r"|(?:maakt|maken|maakte)\s+(?:[a-z]+\s+){0,2}?deel\s+uit\s+van|deel\s+uitmaakt\s+van"
    r"|(?:is|zijn|was|waren|werd|wordt)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?"
    r"(?:(?:een\s+|het\s+)?onderdeel\s+van|ondergebracht\s+bij)"
    # "Het NCSC is een dienst van het ministerie van ...", "X is een agentschap van Y".
    r"|(?:is|was)\s+(?:een|de|het)\s+(?:dienst|agentschap|directie|afdeling|eenheid"
    r"|directoraat-generaal)\s+van)"
    r"\s+(?:de\s+|het\s+)?"
)
_UNDER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?"
    # "valt onder", "valt sinds 2020 rechtstreeks onder", "die deel uitmaakt van"; the
    # participle of a founding may stand before the clause ("X ingesteld, die valt onder").
    r"(?:\s+(?:ingesteld|opgericht)(?=,))?"
    rf"(?:,?\s*(?:die\s+|dat\s+)?(?:(?:{_FALLS}|{_RESSORTS}|werkt|werken"
    r"|functioneert|opereert|staat|staan|stond|stonden)\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?"
    r"(?:onder|binnen)"
    rf"|{_BELONGS}|deel\s+uitmaakt\s+van|deel\s+uitmaken\s+van)|\s+(?:onder|binnen)"
    # "X, die in 2027 werd opgericht en deel uitmaakt van het Directiecomité Y".
    rf"|,\s*(?:die|dat)\s+(?:(?:[a-z]+|\d{{4}})\s+){{1,5}}?{_AND_PART_OF}"
    # "het netwerk X, dat rapporteert aan het College", "X, die rechtstreeks rapporteert aan
    # het College", "X, dat op zijn beurt rapporteert (verantwoording aflegt) aan het College";
    # also after a semicolon: "... onder het Directiecomité X; dat rapporteert aan het College".
    rf"|[,;]?\s*(?:die\s+|dat\s+)(?:[a-z]+\s+){{0,3}}?(?:{_REPORTS_VERB}"
    r"|verantwoording\s+afleg(?:t|gen))\s+(?:[a-z]+\s+){0,3}?aan)"
    r"\s+(?:de\s+|het\s+)?(?:(?:auspiciën|verantwoordelijkheid|leiding|coördinatie|paraplu"
    r"|vleugels|vleugel|koepel|gezag|bevoegdheid|toezicht|aansturing|regie|kader)\s+van\s+(?:de"
    r"|het)\s+)?"
    r"(?:bredere?\s+)?"
    r"|(?:\s*\([^()]{1,40}\))?\s+van\s+(?:de|het)\s+"
    # "het Digital Transport and Logistics Forum (DTLF), een expertgroep van de Commissie".
    # The noun is no name ("het Europees Parlement, de Raad van de Europese Unie" is a list).
    # "X, een vaste commissie van het Benelux Parlement": adjectives may stand before the noun.
    r"|(?:\s*\([^()]{1,40}\))?,\s+(?:een|de|het)\s+(?-i:(?:[a-z]+e\s+){0,2}(?=[a-z]))"
    rf"{_KIND_WORD}(?:groep|comité|orgaan|forum|netwerk|platform|overleg|raad|agentschap|dienst"
    rf"|bureau|centrum|instituut|onderdeel|commissie)\s+{_OF_UNDER}\s+(?:de|het)\s+"
    # One of several: "X, een van de directiecomités van het College", "X, een van de drie
    # werkgroepen onder het Directiecomité".
    r"|(?:\s*\([^()]{1,40}\))?,\s+(?-i:een)\s+van\s+de\s+"
    rf"{_COUNT}(?-i:(?:[a-z]+e\s+){{0,2}}(?=[a-z]))"
    rf"{_KIND_WORD}(?:groep|comité|orgaan|forum|netwerk|platform|overleg|agentschap|dienst"
    rf"|bureau|centrum|instituut|onderdel|commissie)(?:s|en)\s+{_OF_UNDER}\s+(?:de|het)\s+"
    # "X is een werkgroep van het Y", "ITEM is het expertisecentrum ... van de Universiteit".
    r"|\s+(?:is|was)\s+(?:een|de|het)\s+[\w-]*?(?:groep|comité|orgaan|forum|netwerk|platform"
    r"|overleg|agentschap|dienst|bureau|centrum|instituut|onderdeel)"
    r"(?:\s+(?:voor|inzake)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?\s+van\s+(?:de|het)\s+",
    re.IGNORECASE,
)
# A verb of belonging denied: "valt niet onder", "maakt geen deel uit van", "rapporteert
# niet (meer) aan", "is geen onderdeel van", "ressorteert niet langer onder".
_DENIED = re.compile(
    r"(?<!\w)(?:niet|geen)\s+(?:(?:meer|langer|rechtstreeks)\s+)?(?:onder|deel|onderdeel|aan"
    r"|bij|tot)(?!\w)",
    re.IGNORECASE,
)


# A proposal opening the sentence before both ends (round 48): "Er wordt voorgesteld dat de
# werkgroep X onder het Directiecomité Y gaat vallen" states no parent yet.
_PROPOSED = re.compile(
    r"(?<!\w)(?:voorgesteld|voorstel\s+(?:om|dat|tot)|stelt\s+voor|stellen\s+voor|overweegt|overwegen"
    r"|overwogen)(?!\w)",
    re.IGNORECASE,
)


def _denied(text: str, here: list[Candidate], r: Relation) -> bool:
    """Whether the words between the part and its parent deny that it belongs to it, or a
    proposal before both makes it no fact."""
    parts = [m for m in here if m.iri == r.subject]
    parents = [m for m in here if m.iri == r.object]
    for a in parts:
        for b in parents:
            if _PROPOSED.search(text, r.evidence[0], min(a.begin, b.begin)):
                return True
            begin, end = (a.end, b.begin) if a.end <= b.begin else (b.end, a.begin)
            if 0 <= end - begin <= 80 and _DENIED.search(text, begin, end):
                return True
    return False


# "het Directiecomité X, waaronder (ook) de werkgroep Y (en de werkgroep Z) valt/vallen":
# the group of the relative clause under the body before "waaronder" ("waaronder" alone is
# "including": the verb of belonging must close the clause).
_UNDER_WHICH = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s*waaronder\s+(?:ook\s+)?(?:de\s+|het\s+)?")
_UNDER_WHICH_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?"
    r"(?:valt|vallen|viel|vielen|ressorteert|ressorteren|ressorteerde|ressorteerden)(?!\w)"
)


def _under_which(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Het Directiecomité Verkeer en Vervoer, waaronder de werkgroep Drones valt, ...": the
    group (or the coordinated groups) of the clause under the body before it."""
    if text.find("waaronder", *span) < 0:
        return
    for p in here:
        if p.cls not in PARENTS:
            continue
        clause = _UNDER_WHICH.match(text, p.end, span[1])
        if clause is None:
            continue
        listed: list[Candidate] = []
        for g in here:
            if g.begin < clause.end() or g.iri == p.iri:
                continue
            opens = not listed and g.begin == clause.end()
            joined = bool(listed) and _COORDINATED.fullmatch(text, listed[-1].end, g.begin)
            if g.cls in GROUPS and (opens or joined):
                listed.append(g)
            elif listed and g.begin >= listed[-1].end:
                break
        verb = _UNDER_WHICH_VERB.match(text, listed[-1].end, span[1]) if listed else None
        if verb is None or _NEGATION.search(text, listed[-1].end, verb.end()):
            continue  # "waaronder X niet valt"
        for g in listed:
            yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)


# A sentence that opens with a group's kind and a relative clause: "Het netwerk, dat ...".
_THIS_SUBJECT = re.compile(r"\s*(?:Deze|Dit)\s+[a-z]{4,}")
# "Dat netwerk valt onder", "Dat netwerk, waarin ook X participeert, valt eveneens onder",
# "De werkgroep maakt deel uit van".
_REPORTS_OR_UNDER = re.compile(
    r"(?:,\s*(?:die|dat|waarin|waaraan|waarvan|waarbij)\s[^,.;:]{1,120},)?"
    rf"(?:\s+(?:[a-z]+\s+){{0,2}}?(?:{_REPORTS_VERB})\s+(?:[a-z]+\s+){{0,2}}?aan"
    # "De werkgroep ressorteert onder het Directiecomité": "ressorteren" as "vallen".
    rf"|\s+(?:{_FALLS}|{_RESSORTS}|ressorteerde)\s+(?:(?:[a-z]+|\d{{4}})\s+){{0,2}}?onder"
    rf"|\s+(?:{_BELONGS}))"
    r"\s+(?:de\s+|het\s+)?"
)
_UNDER_THIS = re.compile(
    rf",?\s*(?:die\s+|dat\s+)?(?:{_FALLS})\s+(?:ook\s+)?onder\s+(?:deze|dit)\s+"
    r"([a-z]{4,})(?!\w)"
)
# A second verb of belonging for the subject of the sentence: "... werd in 2019 opgericht en
# valt onder het Directiecomité", "... ontstond in 1996 en rapporteert jaarlijks aan het".
_AND_BELONGING = re.compile(
    rf"\s+en\s+(?:(?:{_FALLS}|{_RESSORTS})\s+(?:[a-z]+\s+){{0,2}}?onder"
    rf"|(?:{_REPORTS_VERB})\s+(?:[a-z]+\s+){{0,2}}?aan|{_BELONGS})\s+(?:de\s+|het\s+)?"
)
# "rapporteert via het Directiecomité aan het College": the body between, and above it.
_REPORTS_VIA = re.compile(
    rf"(?<!\w)(?:{_REPORTS_VERB}|legt\s+verantwoording\s+af|leggen\s+verantwoording\s+af)"
    r"\s+(?:[a-z]+\s+){0,2}?via\s+(?:de\s+|het\s+)?"
)
_VIA_TO = re.compile(r"\s+aan\s+(?:de\s+|het\s+)?")
# A body gone through named by its kind: "via het overleg", "via dit directiecomité".
_VIA_KIND = re.compile(r"(?:dit\s+|deze\s+)?([a-zé]{4,})(?=\s+aan\s)")
# "de Dienst Uitvoering Onderwijs (DUO), waar het Nationaal Coördinatiepunt is
# ondergebracht": the parent, then a relative clause of place with the part.
_WHERE_HOUSED = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s*(?:waar|waarin|waarbinnen)\s+(?:ook\s+)?(?:de\s+|het\s+)?"
)
_HOUSED_VERB = re.compile(
    r"\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?"
    r"(?:(?:is|zijn|was|waren|werd|werden|wordt|worden)\s+(?:ondergebracht|opgericht)"
    r"|(?:ondergebracht|opgericht)\s+(?:is|zijn|was|waren|werd|werden|wordt|worden))(?!\w)"
)
_AS_WELL = re.compile(r",?\s*(?:evenals|net\s+als)\s+(?:de\s+|het\s+)?")
# "Dat netwerk, dat aan het Comité rapporteert, ...": the demonstrative too.
_KIND_OPENING = re.compile(r"\s*(?:Het|De|Dit|Deze|Dat)\s+([a-z]{4,})(?=,\s*(?:die|dat)\s)")
_OF_THE = re.compile(r"\s+van\s+de\s+")
# A sentence that opens with its parent body: "Binnen het Senningenoverleg is ...".
# "Onder aansturing van het Directiecomité X werkt ...", "Onder de vleugels van het ...".
_WITHIN_OPENING = re.compile(
    r"\s*(?:Binnen|Onder|In\s+de\s+schoot\s+van)\s+(?:(?:de\s+|het\s+)?(?:leiding|aansturing"
    r"|auspiciën|vleugels|vleugel|koepel|gezag|bevoegdheid|toezicht|regie|kader"
    r"|verantwoordelijkheid)\s+van\s+)?(?:de|het)\s+"
)
# The opening of a relative clause whose verb follows the parent body ("..., die onder het
# Comité van Ministers valt", "..., die rechtstreeks aan het Comité rapporteert").
# "..., die door het Senningenoverleg werd opgericht", "..., dat bij het College is
# ondergebracht".
_UNDER_CLAUSE = re.compile(
    # "X ingesteld, die valt onder": the participle of a founding before the clause.
    r"(?:\s+(?:ingesteld|opgericht)(?=,))?"
    r",?\s*(?:die|dat)\s+(?:[a-z]+\s+){0,3}?(?:onder|binnen|aan|door|bij)\s+(?:de|het)\s+",
    re.IGNORECASE,
)
# The verb may follow an auxiliary ("die aan het Senningenoverleg zal rapporteren") or be a
# passive ("die door het Comité werd opgericht", "dat bij het College is ondergebracht").
_UNDER_VERB = re.compile(
    rf"\s+(?:{_FALLS}|{_RESSORTS}|{_REPORTS_VERB}"
    r"|verantwoording\s+aflegt|functioneert|opereert"
    r"|(?:zal|zullen|moet|moeten|kan|kunnen|gaat|gaan)\s+(?:rapporteren|vallen|ressorteren"
    r"|functioneren|opereren)"
    r"|(?:werd|werden|wordt|worden|is|zijn)\s+(?:opgericht|ondergebracht|aangestuurd)"
    r"|(?:opgericht|ondergebracht|aangestuurd)\s+(?:werd|werden|wordt|worden|is|zijn))(?!\w)"
)
# A demonstrative opening: "Dat directiecomité rapporteert aan ...".
_POINTING_OPENING = re.compile(r"\s*(?:Dit|Deze|Dat|Die)\s")
# "Dat netwerk, waarin ook X participeert, valt ...": the subject before a relative clause.
_KIND_COMMA = re.compile(r"\s*(?:Het|De|Dit|Deze|Dat)\s+([a-z]{4,})(?=,)")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:dat|die|waarvan|waarin)\s")
_REPORTS = re.compile(
    rf"(?<!\w)(?:{_REPORTS_VERB}"
    # "legt (op zijn beurt) verantwoording af aan". (Not through a body: "rapporteert via
    # het overleg aan het Comité" is read by _reports_via.)
    r"|(?:legt|leggen|legde|legden)\s+(?:[a-z]+\s+){0,4}?verantwoording\s+af)"
    r"\s+(?:(?!via\s)[a-z]+\s+){0,3}?aan\s+(?:de|het)\s+$"
)
# Between a group and its verb: a few words ("De werkgroep X rapporteert"), or a new clause
# whose subject is a pronoun ("...; zij rapporteert").
_SUBJECT_GAP = re.compile(r"\s+(?:(?:[a-z]+|\d{4})\s+){0,2}")
_PRONOUN_SUBJECT = re.compile(r"[;,]\s*(?:zij|hij|het|deze|die|ze)\s+$")
# "Binnen dit overleg", "Onder deze werkgroep": a demonstrative for the group named before.
_WITHIN_THIS = re.compile(r"\s*(?:Binnen|Onder)\s+(?:dit|deze)\s+[\w-]+\s")


# Round 48: a parent stated in one sentence in a few more orders.
# "de onder het Directiecomité Leefmilieu vallende werkgroep X": the participle before the
# group, the parent after "onder".
_UNDER_BEFORE = re.compile(r"(?<!\w)onder\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
_FALLING_BEFORE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:vallende|ressorterende)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:de\s+|het\s+)?"
)
# The parent fronted with its preposition: "Aan het Comité van Ministers rapporteert X",
# "Tot het Senningenoverleg behoren X en Y".
_TO_OPENING = re.compile(r"\s*(?:Aan|Tot)\s+(?:de|het)\s+")
_TO_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:ook|sinds|\d{4})\s+){0,3}?"
    rf"(?:{_REPORTS_VERB}|behoort|behoren|behoorde|behoorden)(?!\w)"
)
# A passive with the parent between: "X werd in 2022 binnen het Directiecomité opgericht".
_PASSIVE_WITHIN = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:is|zijn|was|waren|werd|werden|wordt|worden)\s+"
    r"(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:binnen|in\s+de\s+schoot\s+van)\s+(?:de\s+|het\s+)?"
)
_PASSIVE_WITHIN_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:opgericht|ingesteld|ondergebracht|actief)(?!\w)"
)
# The parent counting its groups, then naming them: "Het Senningenoverleg telt drie
# werkgroepen: X, Y en Z", "Het Directiecomité heeft twee werkgroepen, namelijk X en Y".
_COUNTS_GROUPS = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:telt|tellen|telde|heeft|hebben|had|omvat|omvatte|kent"
    r"|kende)\s+(?:(?:[a-z]+|\d{1,2})\s+){0,2}?(?:werkgroepen|subgroepen|subwerkgroepen"
    r"|stuurgroepen|taskforces|netwerken|onderdelen)(?:\s*:|,?\s+(?:namelijk|te\s+weten)(?!\w)"
    r"|,?\s*(?:met\s+name)(?!\w))\s*(?:de\s+|het\s+)?"
)


def _stated_orders(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "de onder Y vallende werkgroep X", "Aan Y rapporteert X", "Tot Y behoren X en Z", "X
    werd binnen Y opgericht", "Y telt drie werkgroepen: X, Z en W": the groups under Y."""
    groups = [g for g in here if g.cls in GROUPS]
    for p in here:
        if p.cls not in PARENTS:
            continue
        others = [g for g in groups if g.iri != p.iri]
        for g in others:
            if g.begin >= p.end:
                falling = _UNDER_BEFORE.search(text, max(span[0], p.begin - 20), p.begin)
                if (
                    falling is not None
                    and _FALLING_BEFORE.fullmatch(text, p.end, g.begin)
                    and not _NEGATION.search(text, max(span[0], falling.start() - 12), g.begin)
                ):
                    yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)
            elif (
                _PASSIVE_WITHIN.fullmatch(text, g.end, p.begin)
                and _PASSIVE_WITHIN_VERB.match(text, p.end)
                and not _NEGATION.search(text, g.end, p.begin)
            ):
                yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)
        fronted = _TO_OPENING.fullmatch(text, span[0], p.begin)
        verb = _TO_VERB.match(text, p.end, span[1]) if fronted else None
        if verb is not None and not _NEGATION.search(text, p.end, span[1]):
            start = verb.end() + len(text[verb.end() :]) - len(text[verb.end() :].lstrip())
            start += len(text[start:]) - len(re.sub(r"^(?:de|het)\s+", "", text[start:]))
            for g in _listed(text, others, start, span[1]):
                yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)
        counts = _COUNTS_GROUPS.match(text, p.end, span[1])
        if counts is not None and not _NEGATION.search(text, p.end, counts.end()):
            for g in _listed(text, others, counts.end(), span[1]):
                yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)


# A group under another named by its kind only: "X, dat onder de werkgroep valt", "X valt
# onder het directiecomité.", "Onder de werkgroep valt X": the only group of that kind
# named before.
_KIND_OF_PARENT = (
    r"(?:de|het|dit|deze)\s+"
    # (round 41: also "onder het overleg", "onder het platform", "onder het forum")
    r"(?P<kind>werkgroep|taskforce|stuurgroep|netwerk|directiecomité|overleg|platform|forum)"
)
_UNDER_KIND_RELATIVE = re.compile(
    rf",\s+(?:dat|die)\s+(?:[a-z]+\s+){{0,3}}?onder\s+{_KIND_OF_PARENT}\s+"
    r"(?:valt|viel|ressorteert|ressorteerde)\b"
)
_UNDER_KIND_MAIN = re.compile(
    r"\s+(?:valt|viel|ressorteert|ressorteerde)\s+(?:\w+\s+){0,3}?onder\s+"
    rf"{_KIND_OF_PARENT}\s*[.;,]"
)
_UNDER_KIND_FRONTED = re.compile(
    rf"(?:^|[.;:]\s*|\n\s*)Onder\s+{_KIND_OF_PARENT}\s+(?:valt|vallen|viel|vielen|"
    r"ressorteert|ressorteren|functioneert|functioneren|opereert|opereren)\s+"
    r"(?:ook\s+|sinds\s+(?:\d{4}|[a-z]+)\s+)?(?:de\s+|het\s+)?$"
)


# The parent opening the sentence, then its groups counted and listed after a colon:
# "Binnen het overleg functioneren twee werkgroepen: X en Y", "Onder het Benelux-platform
# Waterstof zijn drie werkgroepen actief: X, Y en Z".
_WITHIN_LISTED = re.compile(
    r"\s*(?:Binnen|Onder)\s+(?P<parent>[^.;:]{3,120}?)\s+(?:werken|werkten|zijn|waren"
    r"|functioneren|functioneerden|opereren|bestaan|vallen|vielen)\s+(?:(?:[a-z]+|\d{1,2})\s+){0,3}?"
    r"(?:werkgroepen|subgroepen|subwerkgroepen|stuurgroepen|taskforces|netwerken)"
    r"(?:\s+actief)?\s*:\s*(?:de\s+|het\s+)?"
)


def _groups_listed_within(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    """ "Binnen het overleg functioneren twee werkgroepen: de Werkgroep X en de Werkgroep Y":
    the groups listed under the parent the sentence opens with, named ("Binnen het
    Benelux-overleg Havens") or by its kind ("het overleg": the one of that kind named
    before)."""
    span = spans[index]
    found = _WITHIN_LISTED.match(text, span[0], span[1])
    if found is None or _NEGATION.search(text, span[0], found.end()):
        return
    groups = [m for m in here if m.cls in GROUPS and m.begin >= found.end()]
    b, e = found.span("parent")
    named = [m for m in here if m.cls in PARENTS and b <= m.begin and m.end <= e]
    kind = re.fullmatch(_KIND_OF_PARENT, text[b:e])
    parent = None
    if named and re.fullmatch(r"(?:de\s+|het\s+)?", text[b : named[0].begin]):
        parent = named[0]
    elif kind is not None:
        parent = _focus(text, span, mentions, GROUPS, kind.group("kind"))
    if parent is None:
        return
    for g in _listed(text, groups, found.end(), span[1]):
        if g.iri != parent.iri:
            yield Relation(g.iri, SUB_ORGANIZATION, parent.iri, span)


# "De werkgroep legt haar jaarverslag voor aan het Directiecomité Leefmilieu, waaronder zij
# valt": the clause's subject a pronoun for the group the sentence opens with.
# So does "..., waaraan het rapporteert" ("Het directiecomité legt zijn jaarverslag voor aan
# het College, waaraan het rapporteert").
_UNDER_WHICH_PRONOUN = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s*(?:waaronder\s+(?:zij|hij|ze|het)\s+(?:ook\s+)?"
    r"(?:valt|viel|ressorteert|ressorteerde)"
    r"|waaraan\s+(?:zij|hij|ze|het)\s+(?:ook\s+)?(?:rapporteert|rapporteerde"
    r"|verantwoording\s+aflegt))(?!\w)"
)
# What may stand before the subject of a sentence: a heading it runs on from ("Besluiten\n"),
# a bullet ("- ").
_LINE_OPENING = re.compile(r"\s*(?:[^\n.]{0,60}\n)?[ \t]*(?:[-•·*][ \t]+)?")
_OPENING_KIND = re.compile(rf"{_KIND_OF_PARENT}\s", re.IGNORECASE)
_SUBJECT_ARTICLE = re.compile(r"(?:De|Het)\s+")


def _under_which_it_falls(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    """ "De werkgroep legt haar jaarverslag voor aan het Directiecomité Leefmilieu, waaronder
    zij valt" (or "waaraan zij rapporteert"): the group the sentence opens with (named, or by
    its kind: the one of that kind named before) under the body before "waaronder"."""
    span = spans[index]
    if text.find("waaronder", *span) < 0 and text.find("waaraan", *span) < 0:
        return
    # The sentence's subject, the same whichever parent follows.
    opening = _LINE_OPENING.match(text, span[0], span[1])
    start = opening.end() if opening else span[0]
    article = _SUBJECT_ARTICLE.match(text, start, span[1])
    named = article.end() if article else start
    group = next((g for g in here if g.cls in GROUPS and g.begin == named), None)
    kind = _OPENING_KIND.match(text, start, span[1])
    for p in here:
        if p.cls not in PARENTS or not _UNDER_WHICH_PRONOUN.match(text, p.end, span[1]):
            continue
        subject = group
        if subject is None and kind is not None:
            subject = _focus(text, span, mentions, GROUPS, kind.group("kind"), besides=p.iri)
        if subject is not None and subject.iri != p.iri:
            yield Relation(subject.iri, SUB_ORGANIZATION, p.iri, span)


def _under_group_of_kind(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    span = spans[index]
    if "onder" not in text[span[0] : span[1]].lower():
        return
    groups = [m for m in here if m.cls in GROUPS]
    for g in groups:
        found = _UNDER_KIND_RELATIVE.match(text, g.end, span[1]) or _UNDER_KIND_MAIN.match(
            text, g.end, span[1]
        )
        subjects = [g]
        if found is None:
            found = _UNDER_KIND_FRONTED.search(text[span[0] : g.begin])
            if found is None:
                continue
            subjects = list(_listed(text, groups, g.begin, span[1]))
        if _NEGATION.search(text, found.start(), found.end()):
            continue
        parent = _focus(text, spans[index], mentions, GROUPS, found.group("kind"))
        for sub in subjects:
            if parent is not None and parent.iri != sub.iri:
                yield Relation(sub.iri, SUB_ORGANIZATION, parent.iri, span)


class ParentRelations:
    """The methods of :class:`~.finder.RelationFinder` for ``org:subOrganizationOf``."""

    t: RelationTables

    def _parents(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate] = (),
        previous: tuple[int, int] | None = None,
    ) -> Iterator[Relation]:
        """Every parent the sentence states, without those it denies ("De werkgroep valt niet
        onder het Directiecomité", "X maakt geen deel uit van Y")."""
        found = [
            *self._parents_stated(text, here, span, mentions, previous),
            *_under_which(text, here, span),
        ]
        yield from (r for r in found if not _denied(text, here, r))

    def _parents_stated(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate] = (),
        previous: tuple[int, int] | None = None,
    ) -> Iterator[Relation]:
        # "Het netwerk, dat rechtstreeks aan het Comité van Ministers rapporteert, ...": the
        # group of that kind named last before, under the body of the relative clause.
        opening = _KIND_OPENING.match(text, span[0], span[1])
        if opening is not None:
            noun = opening.group(1).lower()
            before = [
                m
                for m in mentions
                if m.cls in GROUPS
                and span[0] - _REFERENCE_REACH <= m.begin < span[0]
                and re.search(rf"(?:^|[\s-]){re.escape(noun)}(?:\s|$)", m.label.lower())
            ]
            for p in here if before else []:
                if (
                    p.cls in PARENTS
                    and _UNDER_CLAUSE.fullmatch(text, opening.end(), p.begin)
                    and _UNDER_VERB.match(text, p.end)
                ):
                    yield Relation(before[-1].iri, SUB_ORGANIZATION, p.iri, span)
        yield from self._reports_to(text, here, span, mentions)
        yield from _founded(text, here, span, mentions)
        yield from _belonging_of_subject(text, here, span, mentions, previous)
        yield from _reports_via(text, here, span, mentions, previous)
        yield from _housed_where(text, here, span)
        yield from _steered(text, here, span)
        yield from _stated_orders(text, here, span)
        # "Deze werkgroep rapporteert aan het Comité van Ministers": the group "deze
        # werkgroep" refers to, under the body.
        this = _THIS_SUBJECT.match(text, span[0], span[1])
        # "De werkgroep valt onder het Directiecomité", "Dat netwerk rapporteert aan het
        # College": the last group of that kind.
        kind = (
            _KIND_SUBJECT.match(text, span[0], span[1]) or _KIND_COMMA.match(text, span[0], span[1])
            if this is None
            else None
        )
        opened = this or kind
        if opened is not None:
            after = opened.end(1) if kind is not None else opened.end()
            bodies = [
                p
                for p in here
                if p.cls in PARENTS and _REPORTS_OR_UNDER.fullmatch(text, after, p.begin)
            ]
            subject = None
            if bodies and this is not None:
                subject = _referred_group(text, span, mentions, self.t.group_nouns)
            elif bodies and kind is not None:
                pointed = _POINTING_OPENING.match(text, span[0]) is not None
                subject = _focus(
                    text,
                    span,
                    mentions,
                    GROUPS,
                    kind.group(1).lower(),
                    compound=True,
                    parents=pointed,
                )
            if subject is not None and subject.cls in GROUPS:
                for p in bodies:
                    yield Relation(subject.iri, SUB_ORGANIZATION, p.iri, span)
        # "Het netwerk X valt onder deze werkgroep, evenals de werkgroep Y": both are under
        # the group of that kind named last before.
        for m in here:
            under_this = _UNDER_THIS.match(text, m.end, span[1]) if m.cls in GROUPS else None
            if under_this is None:
                continue
            parent = _focus(
                text, span, mentions, GROUPS, under_this.group(1).lower(), compound=True
            )
            if parent is None or parent.iri == m.iri:
                continue
            yield Relation(m.iri, SUB_ORGANIZATION, parent.iri, span)
            also = _AS_WELL.match(text, under_this.end(), span[1])
            listed = also.end() if also is not None else -1
            for g in here:
                if g.cls in GROUPS and g.begin == listed and g.iri != parent.iri:
                    yield Relation(g.iri, SUB_ORGANIZATION, parent.iri, span)
        # "Binnen dit overleg is de werkgroep X opgericht": the group "dit overleg" refers to.
        within_this = _WITHIN_THIS.match(text, span[0], span[1])
        referred = (
            _referred_group(text, (span[0], within_this.end()), mentions, self.t.group_nouns)
            if within_this is not None
            else None
        )
        if referred is not None and referred.cls in GROUPS and within_this is not None:
            for m in here:
                if m.cls in GROUPS and m.begin >= within_this.end() and m.iri != referred.iri:
                    yield Relation(m.iri, SUB_ORGANIZATION, referred.iri, span)
        for m in here:
            if m.cls == "ExternalOrganisation":
                yield from _external_parents(text, here, m, span)
            elif m.cls == "NationalBody":
                yield from _national_parents(text, here, m, span)
                continue
            if m.cls not in {"Institution", "WorkingGroup"}:
                continue
            tail = re.match(r"\s+van\s+de\s+Benelux(?:\s+|-)Unie\b", text[m.end : m.end + 40])
            inside = re.search(r"\svan\s+de\s+Benelux(?:\s+|-)Unie$", text[m.begin : m.end])
            # "Comité van Ministers van de Benelux Economische Unie": any name of the Union.
            union = any(
                u.iri == BENELUX_UNION and _OF_THE.fullmatch(text, m.end, u.begin)
                for u in here
                if u.begin >= m.end
            )
            if tail or inside or union:
                yield Relation(m.iri, SUB_ORGANIZATION, BENELUX_UNION, span)
                continue
            if m.cls != "WorkingGroup":
                continue
            for p in here:
                if p.iri == m.iri or p.cls not in PARENTS:
                    continue
                nested = m.begin < p.begin and p.end <= m.end
                named_in = nested and re.search(r"\bvan\s+(?:de|het)\s+$", text[m.begin : p.begin])
                # "de werkgroep X onder het Comité van Ministers", "het netwerk Y, dat valt
                # onder het Senningenoverleg", "de werkgroep Fraude van het Senningenoverleg".
                under = p.begin >= m.end and _UNDER.fullmatch(text, m.end, p.begin)
                if (
                    under
                    and _FOUNDED_BY.search(text, m.end, p.begin)
                    and _co_founder(text, here, p)
                ):
                    under = None  # "opgericht door X, Y en Z": founders taking part, no parent
                # "X, die rechtstreeks aan het Comité rapporteert", "X, die onder het Comité
                # valt": the verb closes the relative clause after the parent.
                clause = (
                    p.begin >= m.end
                    and _UNDER_CLAUSE.fullmatch(text, m.end, p.begin)
                    and _UNDER_VERB.match(text, p.end)
                )
                # "Binnen het Senningenoverleg is de werkgroep Cybercrime actief."
                within = (
                    p.end <= m.begin
                    and _WITHIN_OPENING.fullmatch(text, span[0], p.begin)
                    and not any(
                        o.cls in PARENTS
                        and p.end <= o.begin < m.begin
                        # "Support Group 1 (...) en Support Group 2": groups of one list
                        and not (o.cls in GROUPS and _COORDINATED.fullmatch(text, o.end, m.begin))
                        for o in here
                    )
                )
                if named_in or under or clause or within:
                    yield Relation(m.iri, SUB_ORGANIZATION, p.iri, span)
                # "De werkgroep X en de werkgroep Y vallen onder Z": the whole subject.
                if under and _PLURAL_VERB.search(text, m.end, p.begin):
                    for g in _coordinated_before(text, here, m):
                        yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)

    @staticmethod
    def _reports_to(
        text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
    ) -> Iterator[Relation]:
        """ "De werkgroep X rapporteert jaarlijks aan het Comité", "... volgt de werkgroep X de
        praktijk op; zij rapporteert aan het Senningenoverleg": the group under the body.
        "Het platform ... rapporteert aan het College": a sentence whose subject is a group
        named by its kind speaks of the group of that kind named last before."""
        for p in here:
            if p.cls not in PARENTS:
                continue
            verb = _REPORTS.search(text, max(span[0], p.begin - 60), p.begin)
            if verb is None:
                continue
            before = [g for g in here if g.cls in GROUPS and g.end <= verb.start() and g != p]
            if not before:
                kind = _KIND_SUBJECT.match(text, span[0], verb.start())
                if kind is None or _RELATIVE_CLAUSE.search(text, kind.end(), verb.start()):
                    continue  # "Het netwerk, dat ... rapporteert": read with its relative clause
                pointed = _POINTING_OPENING.match(text, span[0]) is not None
                group = _focus(
                    text,
                    span,
                    mentions,
                    GROUPS,
                    kind.group(1).lower(),
                    compound=True,
                    parents=pointed,
                )
                if group is not None and group.iri != p.iri:
                    yield Relation(group.iri, SUB_ORGANIZATION, p.iri, span)
                continue
            group = before[-1]
            if any(o.cls in PARENTS and group.end <= o.begin < verb.start() for o in here):
                continue  # another body stands between: the subject is not the group
            gap = text[group.end : verb.start()]
            if _SUBJECT_GAP.fullmatch(gap) or _PRONOUN_SUBJECT.search(gap):
                yield Relation(group.iri, SUB_ORGANIZATION, p.iri, span)
                # "X en Y rapporteren (beide) aan Z": the whole coordinated subject.
                if _PLURAL_VERB.match(text, verb.start()) or _PLURAL_VERB.search(gap):
                    for g in _coordinated_before(text, here, group):
                        yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)
