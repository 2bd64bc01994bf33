"""Who takes part in a meeting or works with whom, where the sentence that says so names
neither the meeting nor the one who acts:

- "Aan de zitting namen ook deel:" and a bulleted list: the bodies of each item take part in
  the meeting (or group) the opening refers back to;
- "Zij sprak namens de Grande Région": a speaker's principal takes part in the meeting the
  text reports on;
- "Samen met X en Y onderzoekt het Secretariaat-Generaal ...", "Met X werkt Y samen": the
  partners come first, the one cooperating after its verb;
- the attendance list of minutes ("Aanwezig:", its sub-heads "leden", "waarnemers",
  "secretariaat", "Te gast bij agendapunt 3:", "Verhinderd:"): who takes part in the meeting,
  and in the group the minutes' header names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .candidates import Candidate
from .group_tables import coordinated
from .relations import (
    COOPERATES,
    COOPERATORS,
    GATHERINGS,
    GROUPS,
    MEETING_BODIES,
    MEMBER_STATES,
    NOT_STATED,
    PARTICIPANT,
    PARTNERS,
    PLACES,
    Relation,
)
from .relations.focus import _focus, _is_parent_named
from .sentences import Sentences

# "Aan de zitting namen ook deel:", "Aan de conferentie nemen verder deel:".
_LIST_OPENING = re.compile(
    r"(?<![\w,])Aan\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+"
    r"(?:nam|namen|neemt|nemen)\s+(?:ook\s+|verder\s+|eveneens\s+|tevens\s+)?"
    # "Aan de zitting namen ook delegaties deel van:" and one item per body.
    r"(?:(?:delegaties|vertegenwoordigers|afgevaardigden)\s+)?deel(?:\s+van)?\s*:\s*$"
    # "In de werkgroep zijn vertegenwoordigd:", "In het netwerk zitten:".
    r"|(?<![\w,])In\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+"
    r"(?:zijn\s+vertegenwoordigd|waren\s+vertegenwoordigd|zitten|zaten)\s*:\s*$"
    # "De volgende organisaties nemen deel:", "De volgende diensten namen aan de werkgroep
    # deel:": the group or meeting in focus (named in the heading or the sentence before).
    r"|(?<![\w,])De\s+volgende\s+[a-z']+\s+(?:nemen|namen)\s+(?:(?:eraan|daaraan)\s+"
    r"|aan\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+)?deel\s*:\s*$"
)
_BULLET = re.compile(r"[•·▪◦▸]|\n[ \t]*[*–-][ \t]")
_MEETING_REACH = 3000  # characters back to the meeting "de zitting" or a speaker refers to
# A speaker and whom he or she speaks for: "Zij sprak namens de Grande Région".
# The speaker may stand between, with a title: "sprak gemeenschapsminister Anna Weber
# namens de Duitstalige Gemeenschap", "gaf staatssecretaris Van Os een toelichting namens".
_SPEAKING_FOR = re.compile(
    r"(?<!\w)(?:sprak|spraken|spreekt|spreken|het\s+woord)\s+(?:[^\s.;:,]+\s+){0,5}?namens\s+"
    r"(?:de\s+|het\s+)?"
)
# Speakers by their principals, a list of them: "Sprekers waren er namens het Saarland,
# Wallonië en Rijnland-Palts", "Er kwamen sprekers namens X en Y".
_SPEAKERS_FOR = re.compile(
    r"(?<!\w)[Ss]prekers\s+(?:[^\s.;:,]+\s+){0,4}?namens\s+(?:de\s+|het\s+)?"
)
# "Namens Nederland nam minister X deel, namens Luxemburg vice-premier Y": whom the
# participants of a meeting speak for.
_ON_BEHALF = re.compile(r"(?<!\w)[Nn]amens\s+(?:de\s+|het\s+)?")
_TAKING_PART = re.compile(r"(?<!\w)(?:nam|namen|neemt|nemen)\s+(?:[^\s.;:]+\s+){0,8}?deel(?!\w)")
_ON_BEHALF_REACH = 600  # characters back to the meeting the sentence reports on
# A sentence that opens with whom its speaker speaks for: "Namens Noordrijn-Westfalen sprak
# X", "Namens het Secretariaat-Generaal gaf Y een toelichting", "Namens het Comité van
# Ministers wees de minister erop dat ...".
_SPOKE_FOR = re.compile(
    r"\s*Namens\s+[^.;:]{3,80}?\s(?:sprak|spraken|gaf|gaven|wees|wezen|lichtte|lichtten"
    r"|nam\s+(?:[^\s.;:]+\s+){0,3}?het\s+woord)(?!\w)"
)
# A speaker named with the body he or she comes from, and a verb of presenting in the
# sentence: "Tot slot gaf Dirk Peeters van AquaFlanders een overzicht", "Voor Luxemburg
# lichtte Michèle Weber van de AGE de levering toe", "Anna Claes van het VITO presenteerde".
_PRESENTING = re.compile(
    r"(?<!\w)(?:lichtte|lichtten|licht|lichten|gaf|gaven|geeft|geven|schetste|schetsten"
    r"|schetst|presenteerde|presenteerden|presenteert|sprak|spraken|spreekt)(?!\w)"
)
# Speaking needs no object ("Daarna sprak X van de FOD Economie"); the other verbs of
# presenting need one of _PRESENTED ("gaf een overzicht", "lichtte de cijfers toe").
_SPOKE = frozenset({"sprak", "spraken", "spreekt"})
_PRESENTED = re.compile(
    r"(?<!\w)(?:toe|toelichting|overzicht|presentatie|uiteenzetting|inleiding)(?!\w)"
)
_FROM_BODY = re.compile(r"[ \t\n]+van[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?")
# The place a speaker speaks for, opening the sentence: "Voor Luxemburg lichtte ... toe".
_FOR_PLACE = re.compile(r"\s*(?:Tot\s+slot\s+)?[Vv]oor\s+(?:het\s+|de\s+)?")
# What announces a meeting still to come: "wordt voorgelegd aan de plenaire zitting van ...",
# "zal op de volgende top ...".
_AHEAD = re.compile(r"(?<!\w)(?:voorgelegd|zal|zullen|volgende|komende)(?!\w)")
# The partners first: "Samen met de KU Leuven ...", "In (nauwe) samenwerking met X ...",
# "Met de Duitse FKS werkt ...".
# "In nauw overleg met X werkt Y", "In partnerschap met X organiseert Y".
_FRONTED = re.compile(
    r"(?<!\w)(Samen\s+met|In\s+(?:[a-z]+\s+)?(?:samenwerking|overleg|partnerschap)\s+met|Met)"
    r"\s+(?:de\s+|het\s+)?"
)
# A capitalised adjective of origin before a partner that is not part of its name: "de
# Duitse Finanzkontrolle Schwarzarbeit" (but "de Europese Commissie" is one name).
_ORIGIN = re.compile(r"[A-Z][a-z]+(?:se|sche)\s+")
# The glue of a list of partners, an abbreviation in brackets allowed: "X (FKS) en Y",
# "met X en met Y".
_LIST_GLUE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:met\s+)?(?:de\s+|het\s+)?"
    r"(?:[A-Z][a-z]+(?:se|sche)\s+)?"
)
# After the partners, the verb and its subject: "onderzoekt het Secretariaat-Generaal",
# "werkt de Arbeidsinspectie", "bereidt ook de werkgroep"; a preposition or a conjunction
# is no verb ("Samen met X en met Y in de werkgroep ...").
_VERB_SUBJECT = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*,?\s*(?!(?:voor|aan|bij|van|met|als|die|dat)\s)([a-z]{3,})\s+"
    r"(?:(?:ook|zelf|daarbij|nu)\s+)?(?:de\s+|het\s+)?"
)
# A subject named by its kind: "werkt de werkgroep aan ...".
_KIND = re.compile(r"([a-z]{4,})\s")
_WORKS = re.compile(r"werk(?:t|en|te|ten)")
_HEADING = 80  # characters of a heading the sentence may open with
# "werkt met X samen", "werkt de Région Y sinds 2018 met X samen": the verb, then "met";
# the perfect and an agreement to work together: "heeft in 2024 met X samengewerkt",
# "heeft met X afgesproken om samen te werken".
_WORKS_WITH = re.compile(
    r"(?<!\w)(werk(?:t|en|te|ten)|heeft|hebben|had|hadden)\s+(?:[\w-]+\s+){0,5}?met\s+"
    r"(?:de\s+|het\s+)?"
)
_TOGETHER_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,3}?samen(?:gewerkt)?(?!\w)")
# Between a subject and its verb: nothing, or an article after the verb.
_SUBJECT_GAP = re.compile(r"\s+(?:de\s+|het\s+)?")
_TOGETHER = re.compile(r"(?<!\w)samen(?!\w)")


# The list of those present in the minutes of a meeting: "Aanwezig:", "Aanwezigen:",
# "Aanwezig waren:", then one person a line ("mevr. A. de Vries, namens de ACM") or the names
# on the same line ("Aanwezig: de ACM, het BIPT en het ILR").
# "Deelnemers:" heads such a list too where the minutes' header names the meeting and the group
# ("Verslag van de vergadering van de Benelux-werkgroep X van 3 maart 2031\n\nDeelnemers:").
# "Aanwezig" alone heads the list too where its parts are labelled, the next line opening with
# a role and its colon ("Aanwezig\n  Leden:   A (OVAM)\n  Waarnemer:   B (NRW)"); alone above
# a bare list it gave false participants (round 35, withdrawn), so it is not read there.
# A heading alone on its line without a colon ("DEELNEMERS", "Aanwezigen") heads the list only
# where the block's layout confirms it: an indented sub-head ("Delegatie België", "Waarnemer")
# over a bulleted item with dotted leaders ("· Anne Peeters ...... FOD Economie").
_BLOCK_HEADING = (
    r"(?<![^\n])[ \t]*(?:DEELNEMERS|AANWEZIGEN|AANWEZIG|Deelnemers|Aanwezigen)[ \t]*"
    r"(?=\n(?:[ \t]*\n)?[ \t]*[A-Z][^\n:.]{0,40}\n[ \t]*[•·▪◦▸*–-][ \t]+[^\n]*?\.{4})"
)
_PRESENT = re.compile(
    rf"(?P<block>{_BLOCK_HEADING})|"
    r"(?:Aanwezig(?:en|\s+waren)?|(?P<taking>Deelnemers))"
    r"(?:[ \t]*\((?P<qualifier>[^()\n]{1,30})\))?[ \t]*(?::|(?=\n[ \t]*(?i:(?:aanwezige[ \t]+"
    r"|vaste[ \t]+)?leden|lid|waarnemers?|(?:co|vice)?voorzitters?)[ \t]*:))"
)
# One in every match of _PRESENT.
_PRESENT_WORDS = ("Aanwezig", "Deelnemers", "AANWEZIG", "DEELNEMERS")
# What a part of the list says of those in it (set P, q02): members, a chair and observers
# take part in the meeting and in the group; the secretariat, a minute-taker and a guest in
# the meeting only; the excused in the group only (members kept away).
_MEMBER, _SECRETARIAT, _GUEST, _UNMARKED, _ABSENT = "member", "secretary", "guest", "", "absent"
_ROLE_WORDS = {
    _MEMBER: r"(?:aanwezige\s+|vaste\s+)?leden|lid|waarnemers?|(?:co|vice)?voorzitters?",
    _SECRETARIAT: r"secretariaat(?![\w-])|secretaris|notulist|notulen|verslag(?:legging)?",
    _GUEST: r"te\s+gast|gast(?:en|sprekers?)?|genodigden?|(?:tevens|ook|eveneens)\s+aanwezig",
    # "Uitgenodigd maar niet aanwezig:", "Uitgenodigd, doch verhinderd:": the invited kept away.
    _ABSENT: r"(?:uitgenodigd,?\s+(?:maar|doch)\s+(?:niet\s+aanwezig|afwezig|verhinderd))"
    r"|verhinderd|afwezig(?:\s+met\s+kennisgeving)?|met\s+kennisgeving\s+afwezig"
    r"|verontschuldigd|afgemeld|afmeldingen|excuses|bericht\s+van\s+verhindering"
    r"|niet\s+aanwezig",
}
# A sub-head or label of the list: "leden", "Waarnemers:", "Verhinderd (leden):", "Te gast bij
# agendapunt 3:", "Te gast (agendapunt 2):".
_ROLE_LABEL = re.compile(
    r"(?i:"
    + "|".join(f"(?P<{role}>{words})" for role, words in _ROLE_WORDS.items())
    + r")(?![\w-])(?:[ \t]*\((?P<qualifier>[^()\n]{1,40})\))?"
    r"(?:[ \t]+(?i:bij|voor|tijdens)[ \t]+agendapunt(?:en)?[ \t]+\d{1,2}(?:[ \t]*(?:,|en)[ \t]*"
    r"\d{1,2})*)?[ \t]*(?P<colon>:)?"
)
# A sub-head naming a country's delegation: "Delegatie België", "Délégation luxembourgeoise".
_DELEGATION = re.compile(r"[ \t]*(?:Delegatie|Délégation|Delegation)(?=[ \t]+\w)")
_DELEGATION_GLUED = re.compile(r"(?<=[ \t])(?:Delegatie|Délégation|Delegation)(?=[ \t]+[A-Z])")
# Any other label ends the list ("Agenda:", "Kopie aan:", "Bijlagen:", "Actie:") unless the
# name of a body ends where its colon stands ("Leefmilieu Brussel: Ine Wouters").
_OTHER_LABEL = re.compile(r"[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3}[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:")
_OTHER_IN_LINE = re.compile(r"(?<=\s)[A-Z][a-zà-ÿ]+(?:[ \t]+[a-zà-ÿ]+){0,2}[ \t]*:(?!\d)")
# A numbered item: of the list ("1. Vlaamse Milieumaatschappij") or of the agenda after it.
_NUMBERED = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]")
_NUMBERED_IN_LINE = re.compile(r"(?<=\s)\d{1,2}\.[ \t]+[A-Z]")
_AGENDA = re.compile(r"[ \t]*Agenda\b")
# Prose the list ran on into: a sentence break inside a line ("... bijeen. De werkgroep").
_SENTENCE_BREAK = re.compile(r"[a-zà-ÿ]{4,}\.\s+[A-Z][a-zà-ÿ]+\s+[a-zà-ÿ]")
_PROSE_WORDS = 10  # a line of this many words ending on a full stop is prose
_LEAD = " \t-–•·▪*"  # a bullet or dash before an item or a sub-head
_PRESENT_LINES = 40  # the most lines a list of those present is read for
# The header of minutes: "Verslag van de 4e vergadering van ...", "Notulen stuurgroep X".
_MINUTES_WORD = re.compile(
    r"(?<!\w)(?i:verslag|notulen|vergadering|bijeenkomst|besluitenlijst)(?!\w)"
)
_HEADER_REACH = 500  # characters back from "Aanwezig:" to the group the header names


def find(text: str, sentences: Sentences, mentions: Sequence[Candidate]) -> Iterator[Relation]:
    if any(word in text for word in _PRESENT_WORDS):
        yield from _present(text, mentions)
    by_sentence: dict[int, list[Candidate]] = {}
    for m in mentions:
        by_sentence.setdefault(sentences.index(m.begin), []).append(m)
    spans = sentences.spans
    for i, (b, e) in enumerate(spans):
        here = by_sentence.get(i, [])
        last = e - 1
        while last > b and text[last].isspace():
            last -= 1
        if text[last] == ":":
            yield from _listed(text, spans, i, by_sentence, mentions)
        if here and text.find("amens", b, e) >= 0:
            yield from _speaking_for(text, (b, e), here, mentions)
            yield from _on_behalf(text, (b, e), here, mentions)
        elif here and _PRESENTING.search(text, b, e):
            yield from _speaker_from(text, (b, e), here, mentions)
        if here:
            yield from _fronted(text, (b, e), here, mentions)
            yield from _works_with(text, (b, e), here)


def _listed(
    text: str,
    spans: list[tuple[int, int]],
    index: int,
    by_sentence: dict[int, list[Candidate]],
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    """ "Aan de zitting namen ook deel:" and one item per body (or per bodies coordinated)."""
    b, e = spans[index]
    opening = _LIST_OPENING.search(text, b, e)
    if opening is None:
        return
    noun = (opening.group(1) or opening.group(2) or opening.group(3) or "").lower()
    if noun:
        referred = _focus(
            text, (b, e), mentions, {"Meeting"}, noun, compound=True, reach=_MEETING_REACH
        ) or _focus(text, (b, e), mentions, GROUPS, noun)
    else:  # "De volgende organisaties nemen deel:": the one group or meeting in focus
        referred = _focus(text, (b, e), mentions, GATHERINGS)
    if referred is None:
        return
    previous_end = e
    for j in range(index + 1, len(spans)):
        begin, end = spans[j]
        if not _BULLET.search(text, previous_end, begin + 1):
            break  # the list is over
        previous_end = end
        bodies = [m for m in by_sentence.get(j, []) if m.cls in MEETING_BODIES]
        # The first body of the item and those coordinated with it: "de FOD Justitie en de
        # Federale Politie".
        for body in coordinated(text, bodies):
            yield Relation(referred.iri, PARTICIPANT, body.iri, (begin, end))


def present_blocks(text: str, mentions: Sequence[Candidate]) -> list[tuple[int, int]]:
    """Where the lists of those present in minutes stand, from the label to the last part:
    their lines ("Leden: ...", "Secretariaat: ...") are read here, as the list's parts, and
    no reader of labelled lines of a group's table reads them again (group_tables)."""
    if not any(word in text for word in _PRESENT_WORDS):
        return []
    blocks: list[tuple[int, int]] = []
    for label, _, _ in _present_lists(text, mentions):
        qualifier = label.group("qualifier") or ""
        parts = _present_parts(text, label.end(), _role_of(qualifier, ""), mentions)
        blocks.append((label.start(), max((end for _, _, end, _ in parts), default=label.end())))
    return blocks


def _present_lists(
    text: str, mentions: Sequence[Candidate]
) -> Iterator[tuple[re.Match[str], Candidate | None, Candidate | None]]:
    """The labels of the lists of those present in the minutes of a meeting, each with the
    meeting named last before it and the group the minutes' header names (one at least)."""
    for label in _PRESENT.finditer(text):
        # The label opens its line, or stands after a heading the clean text joined it to
        # ("... 14 oktober 2029, Brussel Aanwezig: A (X), B (Y)").
        if label.start() and not text[label.start() - 1].isspace():
            continue
        meeting = _focus(
            text, (label.start(), label.end()), mentions, {"Meeting"}, reach=_MEETING_REACH
        )
        group = _header_group(text, label.start(), mentions)
        if label.group("taking") and (meeting is None or group is None):
            continue  # "Deelnemers:" under a group's heading lists its members (group_tables)
        if meeting is not None or group is not None:
            yield label, meeting, group


def _present(text: str, mentions: Sequence[Candidate]) -> Iterator[Relation]:
    """The bodies in the list of those present in the minutes of a meeting take part in the
    meeting the minutes are of (the meeting named last before the list); its members, chair
    and observers, and the excused, in the group the minutes' header names."""
    for label, meeting, group in _present_lists(text, mentions):
        first = _role_of(label.group("qualifier") or "", _UNMARKED)
        for role, begin, end, inline in _present_parts(text, label.end(), first, mentions):
            bodies = _bodies(text, mentions, begin, end, inline)
            in_meeting = role != _ABSENT and not role.startswith(_ABSENT)
            in_group = role in {_MEMBER, _ABSENT + _MEMBER}
            for m in bodies:
                if in_meeting and meeting is not None:
                    yield Relation(meeting.iri, PARTICIPANT, m.iri, (begin, end))
                # The Secretariat-General and other institutions serve the group, no member.
                if in_group and group is not None and m.cls in PARTNERS:
                    yield Relation(group.iri, PARTICIPANT, m.iri, (begin, end))


def _role_of(qualifier: str, role: str) -> str:
    """The role a label's qualifier names: "Verhinderd (leden)", "Aanwezig (gasten)"."""
    found = _ROLE_LABEL.fullmatch(qualifier.strip())
    return _label_role(found) if found else role


def _label_role(label: re.Match[str]) -> str:
    return next(role for role in (_MEMBER, _SECRETARIAT, _GUEST, _ABSENT) if label.group(role))


def _present_parts(
    text: str, position: int, role: str, mentions: Sequence[Candidate]
) -> Iterator[tuple[str, int, int, bool]]:
    """The parts of a list of those present from ``position`` (after its label), each with
    the role its sub-head or label gives ("absent" + a role for the excused): the rest of the
    label's line, then each line up to another label, an agenda item, or prose."""
    presence = ""  # "absent" after "Verhinderd:", "guest" after "Te gast:"
    number = 0  # of the last numbered item of the list
    items = 0  # since the last sub-head or label: a list numbered from 1 opens there
    marked = role == _MEMBER  # whether the list names its members as such
    for n in range(_PRESENT_LINES):
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        if n:
            numbered = _NUMBERED.match(text, position, end)
            if numbered is not None:
                if int(numbered.group(1)) != number + 1 or (not number and items):
                    return  # "1. Opening": the agenda after the list
                number += 1
            elif _AGENDA.match(text, position, end) or _prose(text, position, end):
                return
        begin = position
        while begin < end:
            delegation = _DELEGATION.match(text, begin, end) if begin == position else None
            if delegation is not None:
                # "Delegatie België": its members, and the country they come for.
                role, presence, marked, number, items = _MEMBER, "", True, 0, 0
                begin = delegation.end()
            label, stop = _next_label(text, begin, end, mentions, at_start=begin == position)
            if label is not None and not text[begin : label.start()].strip(_LEAD):
                role = _label_role(label)
                if role == _ABSENT:
                    # The excused are members where the list marks its members, or says so
                    # itself ("Verhinderd (leden):"); else they may be guests kept away.
                    presence = _ABSENT
                    role = _role_of(label.group("qualifier") or "", _MEMBER if marked else "")
                elif role == _MEMBER:
                    marked = True
                elif role == _GUEST:
                    presence = _GUEST
                elif presence == _GUEST:
                    role = _GUEST
                begin = label.end()
                number = items = 0
                continue
            part_end = label.start() if label is not None else stop
            glued = _DELEGATION_GLUED.search(text, begin, part_end)
            if glued is not None:
                part_end = glued.start()  # "... (IGJ) Delegatie Luxemburg", lines joined
            if text[begin:part_end].strip():
                shown = _ABSENT + role if presence == _ABSENT else role
                yield shown, begin, part_end, n == 0
                items += 1
            if glued is not None:
                role, presence, marked, number, items = _MEMBER, "", True, 0, 0
                begin = glued.end()
                continue
            if label is None and stop < end:
                return  # another label, or the agenda, on the same line
            begin = part_end
        if text[position:end].rstrip().endswith(".") and end - position > _HEADING:
            return  # a sentence the list ran on into
        if end >= len(text):
            return
        position = end + 1


def _next_label(
    text: str, begin: int, end: int, mentions: Sequence[Candidate], at_start: bool
) -> tuple[re.Match[str] | None, int]:
    """The next sub-head or label of the list from ``begin`` on the line ending at ``end``,
    and where the list stops on the line (``end`` if it goes on): at another label or an
    agenda item the clean text joined to the line."""
    label: re.Match[str] | None = None
    lead = len(text[begin:end]) - len(text[begin:end].lstrip(_LEAD))
    if at_start:
        found = _ROLE_LABEL.match(text, begin + lead, end)
        # A sub-head stands alone ("leden", "Waarnemers") or ends on a colon.
        if found and (found.group("colon") or not text[found.end() : end].strip()):
            return found, end
        other = _OTHER_LABEL.match(text, begin + lead, end)
        if other is not None and not _body_before_colon(text, mentions, begin, other.end()):
            return None, begin
    for found in _ROLE_LABEL.finditer(text, begin, end):
        if (
            found.group("colon")
            and text[found.start()].isupper()
            and text[found.start() - 1].isspace()
        ):
            label = found
            break
    limit = label.start() if label is not None else end
    for other in _OTHER_IN_LINE.finditer(text, begin, limit):
        if not _body_before_colon(text, mentions, begin, other.end()):
            return None, other.start()
    agenda = _NUMBERED_IN_LINE.search(text, begin + 1, limit)  # past the item's own number
    if agenda is not None:
        return None, agenda.start()
    return label, end


def _body_before_colon(text: str, mentions: Sequence[Candidate], begin: int, colon: int) -> bool:
    """Whether a body's name ends at the colon ending at ``colon``: "FOD Economie (BE):"."""
    before = re.sub(r"[ \t]*(?:\([^()]*\))?[ \t]*:$", "", text[begin:colon])
    return any(m.end == begin + len(before) and m.cls in MEETING_BODIES for m in mentions)


def _prose(text: str, begin: int, end: int) -> bool:
    """Whether a line is prose, not an item of the list."""
    line = text[begin:end].rstrip()
    if _SENTENCE_BREAK.search(line):
        return True
    return line.endswith(".") and len(line.split()) >= _PROSE_WORDS


def _bodies(
    text: str, mentions: Sequence[Candidate], begin: int, end: int, inline: bool
) -> list[Candidate]:
    """The bodies named in a part of the list. A place beside a body is where the body sits,
    not a participant ("Ministerie X (NL)", "Fachzentrum Y, Rijnland-Palts", a Land column);
    in a list on one line, only the place that follows a body."""
    here = [m for m in mentions if begin <= m.begin and m.end <= end and m.cls in MEETING_BODIES]
    bodies = [m for m in here if m.cls not in PLACES]
    if not bodies:
        return here
    if not inline:
        return bodies
    return [
        m
        for m in here
        if m.cls not in PLACES
        or not any(
            b.end <= m.begin and re.fullmatch(r"[ \t]*(?:[(,|–-][ \t]*)?", text[b.end : m.begin])
            for b in bodies
        )
    ]


def _header_group(text: str, position: int, mentions: Sequence[Candidate]) -> Candidate | None:
    """The group whose minutes hold the list at ``position``: the one group the header above
    names ("Verslag van de 4e vergadering van de Benelux-werkgroep X", a title line with the
    group's name), with no prose between it and the list."""
    start = max(0, position - _HEADER_REACH)
    if not _MINUTES_WORD.search(text, start, position):
        return None
    groups = [
        m
        for m in mentions
        if m.cls in GROUPS
        and start <= m.begin
        and m.end <= position
        and not _is_parent_named(text, m)
    ]
    if len({m.iri for m in groups}) != 1 or any(
        m.cls in GROUPS and m.begin < position < m.end for m in mentions
    ):
        return None  # two groups, or a name run on into the label ("Drinkwater Aanwezig")
    line = text.rfind("\n", 0, groups[-1].begin) + 1
    while line < position:
        end = text.find("\n", line, position)
        end = position if end == -1 else end
        if _prose(text, line, end):
            return None
        line = end + 1
    return groups[-1]


def _speaking_for(
    text: str, span: tuple[int, int], here: list[Candidate], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """ "Zij sprak namens de Grande Région": the speaker's principal attends the meeting;
    so do the principals of speakers in a list ("Sprekers waren er namens X, Y en Z")."""
    principals: list[Candidate] = []
    for match in _SPEAKING_FOR.finditer(text, span[0], span[1]):
        principal = next((m for m in here if m.cls in PARTNERS and m.begin == match.end()), None)
        if principal is not None:
            principals.append(principal)
    # Not "Er waren geen sprekers namens X", "Sprekers namens X zijn uitgenodigd".
    if "prekers" in text[span[0] : span[1]] and not any(p.search(text, *span) for p in NOT_STATED):
        for match in _SPEAKERS_FOR.finditer(text, span[0], span[1]):
            after = [m for m in here if m.cls in PARTNERS and m.begin >= match.end()]
            if after and after[0].begin == match.end():
                principals.extend(coordinated(text, after))
    if not principals:
        return
    meeting = next((m for m in here if m.cls == "Meeting"), None)
    meeting = meeting or _focus(text, span, mentions, {"Meeting"}, reach=_MEETING_REACH)
    if meeting is not None:
        for principal in principals:
            yield Relation(meeting.iri, PARTICIPANT, principal.iri, span)


def _speaker_from(
    text: str, span: tuple[int, int], here: list[Candidate], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """ "Tot slot gaf Dirk Peeters van AquaFlanders een overzicht", "Voor Luxemburg lichtte
    Michèle Weber van de AGE de levering toe": the body a speaker comes from (and the place
    the sentence opens with) takes part in the meeting the text reports on. A speaker
    "namens" another is read by ``_speaking_for``: there the employer takes no part."""
    verb = _PRESENTING.search(text, span[0], span[1])
    if verb is None or not (verb.group() in _SPOKE or _PRESENTED.search(text, verb.end(), span[1])):
        return
    bodies = []
    for person in (m for m in here if m.cls == "Person"):
        of = _FROM_BODY.match(text, person.end, span[1])
        body = next((m for m in here if of and m.begin == of.end()), None)
        if body is not None and body.cls in PARTNERS:
            bodies.append(body)
    if not bodies or any(p.search(text, *span) for p in NOT_STATED):
        return
    opening = _FOR_PLACE.match(text, span[0], span[1])
    place = next((m for m in here if opening and m.begin == opening.end()), None)
    if place is not None and place.cls in PLACES:
        bodies.append(place)
    meeting = next((m for m in here if m.cls == "Meeting"), None)
    meeting = meeting or _focus(text, span, mentions, {"Meeting"}, reach=_MEETING_REACH)
    if meeting is None or _AHEAD.search(text, max(0, meeting.begin - 60), meeting.begin):
        return
    for body in bodies:
        yield Relation(meeting.iri, PARTICIPANT, body.iri, span)


def _on_behalf(
    text: str, span: tuple[int, int], here: list[Candidate], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """ "Namens België nam minister X deel, namens het Groothertogdom Luxemburg vicepremier
    Y": each place spoken for takes part in the meeting the sentence (or the one just
    before) names; the same for a speaker ("Namens X sprak Y")."""
    spoke = False
    if _TAKING_PART.search(text, span[0], span[1]) is None:
        spoke = _SPOKE_FOR.match(text, span[0], span[1]) is not None
        if not spoke:
            return
    meeting = next((m for m in here if m.cls == "Meeting"), None)
    if meeting is None:
        before = _focus(text, span, mentions, {"Meeting"}, reach=_MEETING_REACH)
        near = before is not None and span[0] - before.begin <= _ON_BEHALF_REACH
        if near and spoke and before is not None:
            # "De tekst wordt voorgelegd aan de plenaire zitting van maart": a meeting still
            # to come is not the one a speaker spoke at.
            near = not _AHEAD.search(text, max(0, before.begin - 60), before.begin)
        meeting = before if near else None
    if meeting is None:
        return
    for match in _ON_BEHALF.finditer(text, span[0], span[1]):
        principal = next((m for m in here if m.begin == match.end()), None)
        if principal is not None and principal.cls in PLACES | {"Institution"}:
            yield Relation(meeting.iri, PARTICIPANT, principal.iri, span)


def _fronted(
    text: str, span: tuple[int, int], here: list[Candidate], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """ "Samen met X en Y onderzoekt het SG ...", "In samenwerking met X organiseert de
    werkgroep ...", "Met X werkt Y (bilateraal) samen": the subject after the verb (or the
    group its kind names) cooperates with every partner of the opening list."""
    opening = _fronted_opening(text, span)
    if opening is None:
        return
    listed = _fronted_partners(text, opening.end(), here)
    if not listed:
        return
    verb = _VERB_SUBJECT.match(text, _past_brackets(text, listed[-1].end), span[1])
    if verb is None:
        return
    subject = next((m for m in here if m.begin == verb.end() and m.cls in COOPERATORS), None)
    if subject is None:
        kind = _KIND.match(text, verb.end(), min(span[1], verb.end() + 40))
        subject = _focus(text, span, mentions, GROUPS, kind.group(1)) if kind else None
    if subject is None:
        return
    # "Met X werkt Y samen": only a verb of working together, with its particle.
    if opening.group(1) == "Met" and not (
        _WORKS.fullmatch(verb.group(1)) and _TOGETHER.search(text, subject.end, span[1])
    ):
        return
    for m in listed:
        # Two member states working together is the Benelux itself, no partnership.
        if m.iri != subject.iri and not {m.iri, subject.iri} <= MEMBER_STATES:
            yield Relation(subject.iri, COOPERATES, m.iri, span)


def _fronted_opening(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """The "Samen met" that opens the sentence, a line of it ("Status: nieuw\\nSamen met"),
    or the sentence a heading runs on into ("1.4.3 Opleiding Status: nieuw Samen met X")."""
    for opening in _FRONTED.finditer(text, span[0], span[1]):
        before = text[span[0] : opening.start()].rstrip(" \t")
        if not before or before.endswith(("\n", ".", ":")):
            return opening
        # A capital in mid-sentence, after a word of the heading, opens the sentence.
        if opening.start() - span[0] <= _HEADING and before[-1].islower():
            return opening
    return None


def _fronted_partners(text: str, at: int, here: list[Candidate]) -> list[Candidate]:
    """The partners listed from ``at`` on: "de KU Leuven en de Universiteit Twente"."""
    partners = [m for m in here if m.cls in PARTNERS | COOPERATORS]
    first = next(
        (
            m
            for m in partners
            if m.begin == at or (m.begin > at and _ORIGIN.fullmatch(text, at, m.begin))
        ),
        None,
    )
    if first is None:
        return []
    listed = [first]
    for m in partners:
        if m.begin < listed[-1].end:
            continue
        if m.iri == listed[-1].iri and re.fullmatch(r"\s*\(", text[listed[-1].end : m.begin]):
            continue  # "Finanzkontrolle Schwarzarbeit (FKS)": the same body, abbreviated
        if not _LIST_GLUE.fullmatch(text, listed[-1].end, m.begin):
            break
        listed.append(m)
    return listed


def _works_with(text: str, span: tuple[int, int], here: list[Candidate]) -> Iterator[Relation]:
    """ "Nederland werkt met Hauts-de-France samen": the separable verb around its partner;
    the subject stands right before the verb (or right after it, "Sinds 2018 werkt de
    Région X met Y samen"). A member state may be the subject here: it names its partner."""
    for verb in _WORKS_WITH.finditer(text, span[0], span[1]):
        partners = [m for m in here if m.cls in PARTNERS | COOPERATORS]
        first = next((m for m in partners if m.begin == verb.end()), None)
        if first is None:
            continue
        listed = [first]
        for m in partners:
            if m.begin >= listed[-1].end and _LIST_GLUE.fullmatch(text, listed[-1].end, m.begin):
                listed.append(m)
        if not _TOGETHER_AFTER.match(text, _past_brackets(text, listed[-1].end), span[1]):
            continue  # "werkt met de gemeenten aan ...": no "samen", no partnership
        subjects = PLACES | COOPERATORS
        subject = next(
            (
                m
                for m in reversed(here)
                if m.cls in subjects
                and m.end <= verb.start(1)
                and _SUBJECT_GAP.fullmatch(text, m.end, verb.start(1))
            ),
            None,
        ) or next(
            (
                m
                for m in here
                if m.cls in subjects
                and verb.end(1) <= m.begin < verb.end()
                and _SUBJECT_GAP.fullmatch(text, verb.end(1), m.begin)
            ),
            None,
        )
        if subject is None:
            continue
        for m in listed:
            # Two member states working together is the Benelux itself, no partnership.
            if m.iri != subject.iri and not {m.iri, subject.iri} <= MEMBER_STATES:
                yield Relation(subject.iri, COOPERATES, m.iri, span)


def _past_brackets(text: str, position: int) -> int:
    """Past an abbreviation in brackets right after a name: "Finanzkontrolle (FKS)"."""
    aside = re.match(r"\s*\([^()]{1,30}\)", text[position : position + 40])
    return position + aside.end() if aside else position
