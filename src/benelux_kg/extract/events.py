"""Meetings and events: summits, sessions, conferences, theme days.

Shapes, built from the ``events`` table: a capitalised compound on an event word
("Benelux-Waterdag", "Electromobility-conferentie", "Benelux-Top"), capitalised words before
an event word ("Benelux Energie Innovatiedag", "EU Clean Air Forum"), an event word and its
date ("Pentalaterale ministeriële bijeenkomst van 1 februari 2021", "Benelux Top van 7
oktober 2020"), an event word with a quoted title ("webinar «AI kansen voor ...»"), and a
body meeting on a day ("Het Comité van Ministers kwam op 16 november 2026 bijeen voor zijn
najaarsvergadering"). The date stated with the name becomes the event's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..namespaces import ID, slug
from .candidates import ANCHORED, Candidate
from .dating import relative_dates
from .names import (
    FIELD_LABEL,
    MONTHS,
    WEEKDAY,
    before_row,
    canonical_label,
    first_date,
    subject_end,
)
from .regex import Opened, may_start, one_of

_CAPITAL = r"(?:[A-Z][\w/’'-]*)"
# The day of the week a date may open with: "de vergadering van vrijdag 23 januari 2026".
_WEEKDAY = rf"(?:(?i:{WEEKDAY})\s+)?"
# The day a body met, however stated: "3 maart 2031", "3 en 4 maart 2031" (the first day),
# "3 maart" and "3 maart jl." (the year from the document's date, or the year it names last).
_SOME_DAY = (
    rf"{_WEEKDAY}\d{{1,2}}(?:[ \t\n]+en[ \t\n]+\d{{1,2}})?[ \t\n]+(?i:{'|'.join(MONTHS)})"
    r"(?:[ \t\n]+(?:19|20)\d{2}|[ \t\n]+(?:jl\.|jongstleden|laatstleden))?(?![\w-])"
)
# A day, a month and a year: only these date a meeting's name.
# (Opens on its first digit, which ``re`` finds fast; the digit before is looked behind from it.)
_FULL_DATE = re.compile(rf"\d(?<!\d\d)\d?\s+(?:{'|'.join(MONTHS)})\s+\d{{4}}\b", re.IGNORECASE)
_DETERMINERS = {"de", "het", "een", "deze", "die", "dit", "op", "in", "tijdens", "van"}
# Words that open a sentence, never a meeting's name.
_STARTERS = _DETERMINERS | {
    "na",
    "voor",
    "bij",
    "tijdens",
    "sinds",
    "vanaf",
    "tot",
    "met",
}
# A capitalised event word, "voor"/"van" and capitalised words, then an acronym in brackets:
# the name of a body ("de Haagse Conferentie voor Internationaal Privaatrecht (HCCH)",
# "de Conferentie voor Veiligheid en Samenwerking in Europa (CVSE)"), not of one event.
_BODY_AFTER = re.compile(
    r"\s+(?:voor|van|ter)(?:\s+(?:de|het|der|en|in|op|[A-Z][\w'’-]*))*?\s+[A-Z][\w'’-]*"
    r"\s*\([A-Z][A-Z&]{1,6}\)"
)
# "zitting hebben" is having a seat, not a session.
_SEAT = re.compile(r"\s+(?:hebben|heeft|had|hadden|nemen|neemt|nam|namen|houden|houdt)\b")
# The same verb earlier in the clause, "zitting" closing it: "In de eerste hebben de RDW en
# het CBR zitting, in de tweede ...", "hebben het Instituut X (IX), Y en de Z zitting" (a list
# of long names, acronyms in brackets); "waarin de SER en de VNG zitting hebben" is caught
# above.
_SEAT_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:hebben|heeft|had|hadden|nemen|neemt|nam|namen)\s[^.;:!?]{0,200}$"
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:in|bij)\s)")


def _seat_closing(text: str, start: int, end: int) -> bool:
    """Whether the "zitting" at ``start:end`` is the seat a verb before it in its clause has
    ("... hebben de FOD en het CBR zitting, ..."), not a session named by the words before it."""
    if not _CLAUSE_END.match(text, end) or text[end - 7 : end].lower() != "zitting":
        return False
    if start and not text[start - 1].isspace():
        return False  # "de Benelux-zitting", "de jaarzitting": a session
    return _SEAT_VERB_BEFORE.search(text, max(0, start - 240), start) is not None


_MONTHS = "|".join(MONTHS)
# What sets one plenary session apart from the others of the year.
_ORDINALS = "eerste|tweede|derde|vierde|laatste|volgende|vorige|komende|eerstvolgende"
# A session before or after the one a text speaks of: dated only by its own sentence.
_OTHER_SESSION = {"volgende", "vorige", "komende", "eerstvolgende"}
# Which of a group's meetings, counted on: "haar zevende vergadering".
_COUNTED = "vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
# A body's name: capitalised words, "van" may join them ("Comité van Ministers").
_BODY = r"(?:Benelux[ -])?[A-Z][\w-]+(?:[ \t]+(?:van[ \t]+)?[A-Z][\w-]+){0,3}"
# A group named by its kind and a capitalised name: "de stuurgroep Hauts-de-France", "de
# werkgroep Risicoanalyse"; the en dash joins a bilateral group's partners ("... – Benelux").
_GROUP_KIND = r"(?:stuurgroep|werkgroep|commissie|taskforce|projectgroep|expertgroep)"
# The kinds a meeting may name its group by alone: "de eerste vergadering van het netwerk".
_ANAPHOR_KIND = (
    r"(?:stuurgroep|werkgroep|commissie|taskforce|projectgroep|expertgroep|netwerk|platform)"
)
_PARTNER = re.compile(r"\s+[–—][ \t]+[A-Z][\w-]+")
# The rest of a body's full name after its short form: "Strategisch Overleg" -> "Strategisch
# Overleg Douane en Accijnzen" (capitalised words, "en" between).
_GAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
_NAME_REST = rf"((?:{_GAP}(?:en{_GAP})?[A-Z][\w-]+)+)"
_DATELINE = re.compile(rf"[ \t]*,[ \t]*{_WEEKDAY}\d{{1,2}}[ \t]+(?i:{'|'.join(MONTHS)})\b")
# A body's name that may run over a line break ("de Baltische\nAssemblee").
_BODY_LINES = r"(?:Benelux[ -])?[A-Z][\w-]+(?:\s+(?:van\s+)?[A-Z][\w-]+){0,3}"
# "Het Benelux Comité van Ministers hield op 18 november 2024 zijn najaarsvergadering".
_HELD_BY = re.compile(
    r"(?=[A-Z])(?<![\w-])(?:Benelux[ -])?([A-Z][\w-]+(?:[ \t]+(?:van[ \t]+)?[A-Z][\w-]+){0,3})"
    r"[ \t\n]+(?:hield|houdt|hielden|houden)\b([^.;:]{0,60}?)[ \t\n]+(?:zijn|haar|hun)[ \t\n]+"
    # "haar tweede vergadering", "zijn 9e vergadering": which of its meetings, not a kind.
    rf"((?:(?:\d{{1,2}}e|{_ORDINALS}|{_COUNTED}|jaarlijkse)[ \t\n]+)?"
    r"[a-z]*(?:vergadering|zitting|bijeenkomst))(?![\w-])"
)
# The body that meets, in the two patterns below: "De commissie Duurzaamheid, Energie en
# Mobiliteit", "Het Benelux Comité van Ministers"; its parent ("van het Benelux-Parlement")
# is read but left out of the name (group 1).
_MEETING_BODY = (
    r"(?=[A-Zcws])(?<![\w-])(?:Benelux[ -])?"
    r"((?:[A-Z][\w-]+|(?:[Cc]ommissie|[Ww]erkgroep|[Ss]tuurgroep)"
    r"(?=[ \t\n]+[A-Z]))"
    r"(?:(?:,[ \t\n]*|[ \t\n]+en[ \t\n]+|[ \t\n]+(?:van[ \t\n]+)?)[A-Z][\w-]+){0,4})"
    r"(?:[ \t\n]+van[ \t\n]+(?:de|het)[ \t\n]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})?"
)
# A body that meets on a day for its meeting: "Het Benelux Comité van Ministers kwam op 16
# november 2026 in Den Haag bijeen voor zijn najaarsvergadering", "De commissie Duurzaamheid,
# Energie en Mobiliteit van het Benelux-Parlement kwam op 6 november 2026 bijeen voor een
# commissievergadering". The body's parent ("van het Benelux-Parlement") is left out.
_MET_FOR = re.compile(
    _MEETING_BODY
    + r"[ \t\n]+(?:kwam|komt|kwamen|komen)\b([^.;:]{0,80}?)[ \t\n]+bijeen[ \t\n]+voor[ \t\n]+"
    r"(?:zijn|haar|hun|een)[ \t\n]+([a-z]*(?:vergadering|zitting|bijeenkomst))(?![\w-])"
)
# A body that does something at its own meeting of a day: "Het Comité van Ministers van de
# Benelux Unie bespreekt het werkplan op zijn vergadering van 15 december 2025", "De
# stuurgroep Grensarbeid keurde tijdens haar bijeenkomst van 3 juni 2026 het plan goed".
_OWN_SESSION = re.compile(
    r"(?<![\w-])(?:op|tijdens)[ \t\n]+(?:zijn|haar|hun)[ \t\n]+"
    r"((?:[a-z]+[ \t\n]+)?[a-z]*(?:vergadering|zitting|bijeenkomst)[ \t\n]+van[ \t\n]+"
    rf"({_SOME_DAY}))"
)
# The body of that sentence, its subject, then the verb in lower case.
_SUBJECT = re.compile(_MEETING_BODY + r"[ \t\n]+[a-z]")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;][ \t\n]+|\n[ \t]*\n[ \t]*)(?=[A-Z])")
# A body that meets on a day, the meeting named only by the verb: "De commissie Mobiliteit van
# het Benelux-Parlement vergaderde op vrijdag 6 maart 2026 in Brussel", "de Stuurgroep
# Grensarbeid vergadert op 3 juni 2026". The body's parent is left out, as above.
_MET_ON = re.compile(
    _MEETING_BODY + r"[ \t\n]+(vergaderde|vergaderden|vergadert|vergaderen)[ \t\n]+"
    rf"((?:op[ \t\n]+)?{_SOME_DAY}|(?i:vandaag|eergisteren|gisteren)(?![\w-]))"
)
# The same with the day before the verb, in a relative clause or the perfect: "Het Comité van
# Ministers, dat op 12 juni 2031 in Luxemburg vergaderde, ...", "Het Comité van Ministers heeft
# op 12 juni 2031 vergaderd" (a place may stand between the day and the verb).
_MET_ON_LATE = re.compile(
    _MEETING_BODY + r",?[ \t\n]+(?:dat|die|heeft|hebben|had|hadden)[ \t\n]+"
    rf"((?:op[ \t\n]+)?{_SOME_DAY}|(?i:vandaag|eergisteren|gisteren)(?![\w-]))"
    r"(?:[ \t\n]+in[ \t\n]+[A-Z][\w'’-]*(?:[ \t\n]+[A-Z][\w'’-]*)?)?"
    r"[ \t\n]+(vergaderde|vergaderden|vergaderd)(?![\w-])"
)
# A body that met on a day, named by the verb "bijeenkomen": "De Benelux-werkgroep Drones kwam
# op 12 mei 2029 in Namen bijeen" (with "voor zijn vergadering" after it, read above).
_MET_TOGETHER = re.compile(
    _MEETING_BODY + r"[ \t\n]+(kwam|kwamen)\b([^.;:]{0,80}?)[ \t\n]+bijeen(?![\w-])"
    r"(?![ \t\n]+voor[ \t\n]+(?:zijn|haar|hun|een)\b)"
)
# The same with the day first, the verb before its subject: "Op 12 juni 2028 vergaderde het
# Comité van Ministers in Luxemburg", "Op 3 maart 2029 kwam de stuurgroep Grensarbeid bijeen".
_MET_FRONTED = re.compile(
    rf"Op[ \t\n]+({_SOME_DAY})[ \t\n]+(vergaderde|vergaderden|kwam|kwamen)[ \t\n]+"
    r"(?:de|het)[ \t\n]+" + _MEETING_BODY + r"(?=[ \t\n,.;:])"
)
# The meeting named right after: "De vergadering vond plaats in ...", "de commissievergadering"
# (of a commissie); group 2 the kind a compound opens with.
_NAMED_AFTER = re.compile(
    r"(?<![\w-])(?:[Dd]e|[Dd]ie|[Dd]eze|[Dd]ezelfde)[ \t\n]+(([a-z]*)(?:vergadering|bijeenkomst))"
    r"(?![\w-])(?![ \t\n]+van\b)"
)
_BIJEEN = re.compile(
    r"[^.;:]{0,60}?[ \t\n]bijeen(?![\w-])(?![ \t\n]+voor[ \t\n]+(?:zijn|haar|hun|een)\b)"
)
# Prepositions: a name opening with one is a place or time ("In Namen kwam ..."), no body.
_NOT_SUBJECT = {"in", "op", "tijdens", "van", "na", "voor", "bij", "te", "sinds", "vanaf"}
# Meetings of one day named by their kind and their audience or subject, dated by their
# sentence: "Op 22 november 2027 organiseerde het Hof een studiedag voor insolventierechters",
# "Op 3 maart 2029 vond in Namen een expertbijeenkomst over waterstof plaats". Named
# conferences and theme days take their name's slug and are read elsewhere.
_DAY_KINDS = (
    "studiedag|studienamiddag|studievoormiddag|informatiesessie|infosessie|"
    "informatiebijeenkomst|infobijeenkomst|expertbijeenkomst|expertenbijeenkomst|"
    "expertmeeting|stakeholderbijeenkomst|netwerkbijeenkomst|netwerkdag|werksessie|"
    "rondetafelgesprek|workshop|webinar|seminarie|seminar|startbijeenkomst|"
    "kick-offbijeenkomst|slotbijeenkomst|ministeriële bijeenkomst|themadag|werkconferentie|"
    "slotconferentie|startconferentie|kick-off|netwerkevent"
)
_DAY_EVENT = re.compile(rf"({_DAY_KINDS})[ \t\n]+(voor|over)[ \t\n]+(?=[\w’'])")
# The article before it: "een studiedag", "de eerste informatiesessie", "het seminarie",
# "een informele expertbijeenkomst".
_DAY_ARTICLE = re.compile(
    r"(?<![\w-])(?:[Ee]en|[Dd]e|[Hh]et)[ \t\n]+(?:(?:eerste|tweede|derde|jaarlijkse|digitale|"
    r"online|informele|gezamenlijke|openbare|extra)[ \t\n]+)?$"
)
# The verbs that tell the meeting took place on the sentence's day.
# Prepositions that end the audience or subject ("voor notarissen uit de drie landen").
_DAY_SUBJECT_STOPS = frozenset({"uit", "naar", "aan", "om", "onder", "tussen", "binnen", "samen"})
_DAY_KIND_HINTS = (
    "studie",
    "sessie",
    "bijeenkomst",
    "meeting",
    "rondetafel",
    "workshop",
    "webinar",
    "semina",
    "netwerkdag",
    "themadag",
    "conferentie",
    "kick-off",
    "netwerkevent",
)
_TOOK_PLACE = re.compile(
    r"(?<![\w-])(?:vond|vonden|vindt|vinden|plaatsvond|plaatsvonden|plaatsvindt|organiseerde|"
    r"organiseerden|hield|hielden|georganiseerd|gehouden)(?![\w-])"
)
# The meeting named again after it: "de commissievergadering", "de vergadering".
_MEETING_AGAIN = re.compile(r"(?<![\w-])(?:de|De)[ \t\n]+([a-z]*vergadering)(?![\w-])")
# A capitalised title after an event's name, the sentence going on in lower case or ending:
# "de Benelux-conferentie Grensarbeid vindt plaats", "het Benelux-congres Mobiliteit.", "de
# Benelux-conferentie Ruimte over de Grens vindt plaats" (small words between capitals), "de
# Benelux-themadag Circulaire Economie" (capitals in a row).
_THEME_AFTER = re.compile(
    r"[ \t]+([A-Z][a-zà-ÿ]{3,}(?:(?:[ \t\n]+(?:over|voor|zonder|van|en|in|op|de|het))*"
    r"[ \t\n]+[A-Z][a-zà-ÿ]+)*)(?=[.,;:]|[ \t\n]+[a-z])"
)
# A theme day named after whom or what it is for: "Dag van de Grensarbeider", "Dag van het
# Grensonderwijs" (capitalised; a body's name after it would be in brackets or lower case).
# The same title read where a place may follow it: "in Aken", "op Schiphol" end it.
_THEME_BEFORE_PLACE = re.compile(
    r"[ \t]+([A-Z][a-zà-ÿ]{3,}(?:(?:[ \t\n]+(?:over|voor|zonder|van|en|de|het))*"
    r"[ \t\n]+[A-Z][a-zà-ÿ]+)*)(?=[.,;:]|[ \t\n]+[a-z])"
)
_NAMED_DAYS = {"Dag", "Dagen"}
# The priority of an event named by a capitalised event word and its title (read again
# wherever the text repeats the name).
_TITLED = 1
# An article and perhaps "Benelux" right before a capitalised event word: "de Themadag ...",
# "de Benelux Hackathon ..."; group 1 opens the name.
_TITLE_OPENER = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et)[ \t\n]+((?:Benelux[ \t\n]+)?)$")
_DAY_OF = re.compile(r"[ \t]+van[ \t]+(?:de|het|der)[ \t]+[A-Z][a-zà-ÿ]+(?:[ \t]+[A-Z][a-zà-ÿ]+)?")
_DAY_MONTH = re.compile(
    rf"\b(?:op\s+)?(\d{{1,2}})(?:\s+en\s+\d{{1,2}})?\s+({_MONTHS})(?:\s+((?:19|20)\d{{2}}))?\b",
    re.IGNORECASE,
)
_IN_MONTH = re.compile(rf"\bin\s+({_MONTHS})(?:\s+((?:19|20)\d{{2}}))?\b", re.IGNORECASE)
# The day right after a session's name belongs to the name ("de vergadering van het Comité van
# Ministers van 15 december 2025", "de plenaire zitting van 13 en 14 maart 2026"), past the
# parent of a group ("de commissie Justitie van het Benelux-Parlement van 6 februari 2026").
# Not a range ("van 2 tot en met 4 juni"), nor "op 9 juni" (when it met, as the gold reads it).
_NAMED_DAY = re.compile(
    r"(?:\s+van\s+(?:de|het)\s+(?:Benelux[ -])?[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})?"
    rf"\s+van\s+{_WEEKDAY}\d{{1,2}}(?:\s+en\s+\d{{1,2}})?\s+(?i:{_MONTHS})"
    r"(?:\s+(?:19|20)\d{2})?(?![\w-])"
)
_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d{2})\b")
# A month right after a session's name is its date ("de plenaire zitting van juni 2027").
_OF_MONTH = re.compile(rf"\s+van\s+({_MONTHS})(?:\s+((?:19|20)\d{{2}}))?\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
# A meeting put off, called off or moved: "Vergadering van de stuurgroep X uitgesteld", "... werd
# afgelast", "is verschoven naar 5 mei": a date after such a word is no day the meeting met.
_CALLED_OFF = re.compile(
    r"(?<![\w-])(?:uitgesteld|afgelast|geannuleerd|verschoven|verdaagd|opgeschort|"
    r"(?:gaat|ging|gaan|gingen)\s+niet\s+door)(?![\w-])",
    re.IGNORECASE,
)
# A press dateline opening a line, a dash after the date: "Brussel, 12 maart 2025 – ..." dates
# the text, not a meeting named in the headline above it ("Vergadering van het Comité van
# Ministers\nLuxemburg, 12 juni 2028" without a dash heads the minutes of that day).
_PRESS_DATELINE = re.compile(
    rf"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?,[ \t]+(?:{_WEEKDAY})?\d{{1,2}}[ \t]+"
    rf"(?i:{_MONTHS})[ \t]+(?:19|20)\d{{2}}[ \t]*[–—-][ \t]",
)
# The minutes of a group's meeting under the group's name in capitals: "BENELUX-WERKGROEP
# BESTUIVERS\n\nVerslag van de 9e vergadering, dinsdag 7 maart 2028": the meeting of the
# heading's group on that day.
_MINUTES_OF_HEADED = re.compile(
    r"(?m)^[ \t]*(BENELUX-[A-ZÀ-Ý]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý’'-]+){1,4})[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*Verslag[ \t]+van[ \t]+de[ \t]+"
    r"((?:\d{1,2}(?:e|ste|de)[ \t]+)?vergadering(?:,|[ \t]+van)?[ \t]+"
    rf"{_WEEKDAY}(\d{{1,2}}[ \t]+(?i:{_MONTHS})[ \t]+(?:19|20)\d{{2}}))"
)
# Another meeting of the body whose meeting a document reports, named by its place in the
# series rather than by its body: "de 6e vergadering", "de vorige vergadering", "De volgende
# vergadering", "de tiende vergadering", "De eerste vergadering met Grand Est aan tafel" (a
# new member at the table). Not of another body ("De volgende vergadering van het Comité").
_SERIES_WORDS = (
    r"\d{1,2}(?:e|ste|de)|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende"
    r"|tiende|elfde|twaalfde|vorige|volgende|eerstvolgende"
)
_AT_TABLE = (
    r"(?:[ \t\n]+met[ \t\n]+[A-Z][\w’'-]*(?:[ \t\n]+[A-Z][\w’'-]*){0,3}[ \t\n]+aan[ \t\n]+tafel)?"
)
_IN_SERIES = re.compile(
    rf"(?<![\w-])[Dd]e[ \t\n]+((?i:{_SERIES_WORDS})[ \t\n]+vergadering(?![\w-]){_AT_TABLE})"
    rf"(?![ \t\n]+van[ \t\n]+(?!{_WEEKDAY}\d))"
)
_SERIES_DATE = rf"{_WEEKDAY}(\d{{1,2}})[ \t\n]+((?i:{_MONTHS}))[ \t\n]+((?:19|20)\d{{2}})(?![\w-])"
# Its day: in brackets or after "van" right after it ("Verslag van de 4e vergadering (12
# november 2035)", "het verslag van de vorige vergadering van 3 februari 2029"), or "op" after
# the verbs that place or plan it ("vindt plaats op", "is gepland op", "vindt op 23 juni 2036
# in Brussel plaats"), not a deadline ("vóór 1 juni") nor a day in a clause of its own.
_SERIES_DAY_AFTER = re.compile(
    r"(?:[ \t]*\([ \t]*|[ \t\n]+van[ \t\n]+|(?:[ \t\n]+(?:vindt|is|wordt|zal|gepland|voorzien"
    rf"|gehouden|georganiseerd|plaats|plaatsvinden|worden))+[ \t\n]+op[ \t\n]+){_SERIES_DATE}"
)
# Or before it: "Op 2 oktober 2031 vindt de volgende vergadering plaats".
_SERIES_DAY_BEFORE = re.compile(
    rf"(?<![\w-])[Oo]p[ \t\n]+{_SERIES_DATE}[ \t\n]+(?:vindt|is|wordt|zal)[ \t\n]+$"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _called_off(text: str, position: int) -> bool:
    """Whether the day the rest of the sentence from ``position`` gives is none the meeting
    named before it met on: the meeting is put off or called off before that day ("...
    uitgesteld tot 5 mei", "... afgelast" and no day at all: not the day the sentence opens
    with), or the day is the dateline of the lines below a headline ("Vergadering van de
    stuurgroep X\nBrussel, 12 maart 2025 – ...")."""
    stop = _SENTENCE_END.search(text, position)
    end = stop.start() if stop else len(text)
    found = _DAY_MONTH.search(text, position, end)
    before = found.start() if found else end
    if _CALLED_OFF.search(text, position, before):
        return True
    if found is None:
        return False
    line = text.rfind("\n", position, found.start())
    return line >= 0 and _PRESS_DATELINE.match(text, line + 1) is not None


def _date_in_sentence(text: str, position: int) -> tuple[str, int, str]:
    """(year, month, day) stated in the rest of the sentence from ``position``."""
    stop = _SENTENCE_END.search(text, position)
    end = stop.start() if stop else len(text)
    year, month, day = "", 0, ""
    found = _DAY_MONTH.search(text, position, end)
    if found:
        day, month, year = (
            found.group(1),
            MONTHS[found.group(2).lower()],
            found.group(3) or "",
        )
    else:
        in_month = _IN_MONTH.search(text, position, end)
        if in_month:
            month, year = MONTHS[in_month.group(1).lower()], in_month.group(2) or ""
    if not year:
        in_year = _IN_YEAR.search(text, position, end)
        year = in_year.group(1) if in_year else ""
    return year, month, day


# A Benelux summit, however spelled: "Benelux-Top", "Benelux Top van 7 oktober 2020".
_SUMMIT = re.compile(r"Benelux[ -]?(?:top|summit)\b(?!\s+(?:over|inzake)\b)", re.IGNORECASE)
_SUMMIT_EN = re.compile(r"Benelux[ -]?Summit", re.IGNORECASE)
# The summit named by who meets: "de top van de Benelux-premiers", "de jaarlijkse top van de
# Benelux-regeringsleiders" (one a year, as "de Benelux-top").
_LEADERS_SUMMIT = re.compile(
    r"(?:jaarlijkse\s+)?top\s+(?:van\s+)?(?:de\s+)?Benelux[ -]?"
    r"(?:premiers|regeringsleiders|eerste\s+ministers)(?![\w-])",
    re.IGNORECASE,
)
# A summit the text dates: "de Benelux-top van 2 december 2025", "de Benelux Top 2024".
_SUMMIT_DATED = re.compile(
    r"Benelux[ -]top\s+(?:van\s+)?(?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
# Where a sentence or an item of a list ends.
_BOUNDARY = re.compile(r"[.!?](?:\s|$)|\n\s*\n|\n[ \t]*[•·▪*-]|•")


def _summit(year: str) -> str:
    return f"{ID}event/benelux-top-{year}"


def _date_before_in_sentence(text: str, position: int) -> tuple[str, int, str]:
    """(year, month, day): the last full day and month the sentence states before
    ``position``."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, position - 400), position)]
    start = starts[-1] if starts else max(0, position - 400)
    found = list(_DAY_MONTH.finditer(text, start, position))
    if not found:
        return "", 0, ""
    last = found[-1]
    return last.group(3) or "", MONTHS[last.group(2).lower()], last.group(1)


# "Benelux", or "Benelux-" and the first part of a compound ("Benelux-ministerconferentie").
_BENELUX_PREFIX = re.compile(r"Benelux(?:-[a-z]+)?")


def _year_of_sentence(text: str, begin: int, end: int) -> str:
    """The year the sentence around ``text[begin:end]`` names nearest to it."""
    starts = [m.end() for m in _BOUNDARY.finditer(text, max(0, begin - 300), begin)]
    start = starts[-1] if starts else max(0, begin - 300)
    stop = _BOUNDARY.search(text, end, end + 300)
    if stop is not None and stop.group().count("\n") > 1 and not text[end : stop.start()].strip():
        # A heading ("Benelux-top\n\nDe Benelux-top vindt in 2026 plaats"): the paragraph
        # under it goes on with its sentence.
        stop = _BOUNDARY.search(text, stop.end(), end + 300)
    years = [
        (abs(y.start() - begin), y.group())
        for y in _YEAR.finditer(text, start, stop.start() if stop else min(len(text), end + 300))
    ]
    return min(years)[1] if years else ""


def _year_before(text: str, position: int) -> str:
    """The last year the text names before ``position`` (a news page's date line)."""
    years = _YEAR.findall(text, max(0, position - 3000), position)
    return years[-1] if years else ""


def _full_name(text: str, body: str) -> str:
    """A body of two words or more named short ("het Strategisch Overleg") by the longest full
    name the text gives it ("het Strategisch Overleg Douane en Accijnzen")."""
    words = body.split()
    # "commissie Economische" for "de commissie Economische en Sociale Zaken": a group's
    # kind in lower case, then its capitalised name.
    kind = re.fullmatch(_GROUP_KIND, words[0]) is not None if words else False
    if len(words) < 2 or not (words[0][:1].isupper() or kind):
        return body
    name = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + _NAME_REST)
    # A heading's dateline is no rest of the name: "Vergadering van het Comité van Ministers\n
    # Luxemburg, 12 juni 2028" (a place, a comma and the day on a line of its own).
    rests = [
        _until_starter(m.group(1).split())
        for m in name.finditer(text)
        if not ("\n" in m.group(1) and _DATELINE.match(text, m.end()))
        and not FIELD_LABEL.search(text, m.start(1), m.end() + 1)
    ]
    rest = max(rests, key=len) if rests else ""
    return f"{body} {rest}" if rest else body


def _until_starter(words: list[str]) -> str:
    """The words of a name up to one that opens a sentence ("Het", "Onder"), no "en" last."""
    kept: list[str] = []
    for word in words:
        if word.lower() in _STARTERS:
            break
        kept.append(word)
    while kept and kept[-1] == "en":
        kept.pop()
    return " ".join(kept)


# What the IRI of a meeting named by its date leaves out of the description: the "van" and
# the date ending it, an ordinal opening it, "van de"/"van het" between the kind and the body,
# and the articles of a list of bodies ("de vergadering van het Comité van Ministers van 16
# juni 2025" -> vergadering-comite-van-ministers-2025-06-16).
_DATE_TAIL = re.compile(rf"\s+van\s+{_WEEKDAY}$")
_ORDINAL_HEAD = re.compile(rf"^(?i:{_ORDINALS})\s+")
_KIND_TO_BODY = re.compile(r"\s+van\s+(?:de|het)\s+(?=[A-Za-z])")
_LISTED_ARTICLE = re.compile(r"(?<=,)\s*(?:de|het)\s+|(?<=\sen)\s+(?:de|het)\s+")
# A meeting named by its season is the body's meeting of that day: "de najaarsvergadering van
# het Comité van Ministers" is `vergadering-comite-van-ministers-{day}` (set E, e02).
_SEASON = re.compile(r"^(?:voorjaars|najaars|zomer|winter|herfst)(?=vergadering\b)", re.I)


def _dated_iri(description: str, iso: str) -> str:
    """The IRI of a meeting identified by its date: the slug of its description without the
    date, then the ISO date (tests/heldout/README.md, "Meeting IRIs")."""
    words = _DATE_TAIL.sub("", " ".join(description.split()) + " ").strip()
    words = _ORDINAL_HEAD.sub("", words)
    words = _SEASON.sub("", words)
    words = _KIND_TO_BODY.sub(" ", words, count=1)
    words = _LISTED_ARTICLE.sub(" ", words)
    return f"{ID}event/{slug(words)}-{iso}"


def _rest_of_name(text: str, end: int, rest: str) -> int:
    """Where a body's name ends that the text gives in full right here ("de commissie Justitie"
    read as "de commissie Justitie en Binnenlandse Zaken"): after its rest, if it follows."""
    if not rest.strip():
        return end
    words = r"\s+".join(map(re.escape, rest.split()))
    there = re.compile(rf"\s+{words}(?![\w-])").match(text, end)
    return there.end() if there is not None else end


def _again(text: str, event: Candidate) -> Iterator[Candidate]:
    """The same name elsewhere in the document (a heading above the text that tells of the
    event: "Themadag Grensoverschrijdend Werken") is the same event."""
    name = r"\s+".join(re.escape(w) for w in text[event.begin : event.end].split())
    for again in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text):
        if again.start() != event.begin:
            yield replace(event, begin=again.start(), end=again.end())


def _named_day_end(text: str, end: int) -> int:
    """Where a session's name ends: after the day that follows it directly, if one does."""
    day = _NAMED_DAY.match(text, end)
    return day.end() if day is not None else end


# A meeting named by its kind alone and its day: "Ministeriële vergadering van 3 maart 2031".
_KIND_ALONE = re.compile(
    r"(?:[A-Z][a-zà-ÿ]+ [a-z]*|[A-Z][a-z]*)vergadering van "
    rf"{_WEEKDAY}\d{{1,2}} [a-z]+ (?:19|20)\d{{2}}"
)


def _one_per_day(found: list[Candidate]) -> Iterator[Candidate]:
    """Meetings named with the same full date are one meeting: the longest name labels it
    ("het overleg van 27 juni 2022", "de ministeriële bijeenkomst ... van 27 juni 2022")."""
    by_day: dict[str, Candidate] = {}
    bodies: dict[str, set[str]] = {}
    for cand in found:
        if cand.priority == 3 and cand.iri.startswith(f"{ID}event/vergadering-"):
            bodies.setdefault(cand.date, set()).add(cand.iri)
    for cand in found:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cand.date) and cand.priority == 2:
            known = by_day.get(cand.date)
            if known is None or len(cand.label) > len(known.label):
                by_day[cand.date] = cand
    for cand in found:
        body = bodies.get(cand.date, set())
        if cand.priority == 2 and len(body) == 1 and _KIND_ALONE.fullmatch(cand.label):
            # "Het Comité van Ministers vergaderde op 3 maart 2031. De ministeriële vergadering
            # van 3 maart 2031 ...": the body's meeting of that day, named by its kind alone.
            yield replace(cand, iri=next(iter(body)))
            continue
        chosen = by_day.get(cand.date) if cand.priority == 2 else None
        if chosen is not None and chosen.iri != cand.iri:
            cand = replace(cand, iri=chosen.iri, label=chosen.label)
        yield cand


def _at_words(
    pattern: re.Pattern[str], text: str, lowered: str, words: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` where one of ``words`` (its first word) occurs: found with
    str.find, far faster than a case-insensitive pattern scanning every position."""
    starts: set[int] = set()
    for word in {w.split()[0] for w in words}:
        position = lowered.find(word)
        while position >= 0:
            starts.add(position)
            position = lowered.find(word, position + 1)
    for start in sorted(starts):
        match = pattern.match(text, start)
        if match is not None:
            yield match


# Formal events that their subject alone names ("een conferentie over grensregio's"); a
# "workshop" or "bijeenkomst over ..." is one of many and names none.
_FORMAL_EVENTS = {"conferentie", "congres", "symposium", "hoorzitting", "rondetafel"}


def _article_before(text: str, position: int) -> bool:
    """Whether an article ("een", "de") stands right before ``position``."""
    before = text[max(0, position - 5) : position]
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1].lower() in {"een", "de"}


def _upper_line(text: str, begin: int, end: int) -> bool:
    """Whether the line holding ``begin:end`` is set in capitals (no lower-case letter)."""
    start = text.rfind("\n", 0, begin) + 1
    stop = text.find("\n", end)
    line = text[start : stop if stop >= 0 else len(text)]
    return not any(c.islower() for c in line)


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position]
    return position == 0 or bool(re.search(r"(?:[.!?:;•]\s*|\n)$", before))


# The first part of a compound on a meeting word, named with its day: "de
# evaluatiebijeenkomst van 3 mei 2031", "de jaarvergadering van 24 april 2024" (not "de
# concessie van ...": only these heads). A kind of one-day meeting is named by its audience or
# subject as well ("stakeholderbijeenkomst-binnenvaart", set M), read by ``_day_events``.
_DAY_KIND_COMPOUNDS = "|".join(
    k for k in _DAY_KINDS.split("|") if " " not in k and k.endswith(("bijeenkomst", "vergadering"))
)
_COMPOUND_OPENING = (
    rf"(?:(?!(?:{_DAY_KIND_COMPOUNDS})\b)[a-zà-ÿ]{{3,}}(?=bijeenkomst\b|vergadering\b|overleg\b))?"
)


@dataclass(frozen=True)
class EventTables:
    words: tuple[str, ...]
    not_prefixes: frozenset[str]  # weekdays and the like: "Zaterdag" is no event
    # Sessions of a body: "de eerste plenaire zitting van het Benelux Parlement in 2025".
    session_words: tuple[str, ...] = ()
    # Words that name a meeting only with its full date ("het overleg van 27 juni 2022").
    dated_words: tuple[str, ...] = ()
    # "gastland van het EU Clean Air Forum": what a host hosts is a meeting.
    host_words: tuple[str, ...] = ()
    # Besides the event words, what a host may host ("het EU Clean Air Forum").
    hosted_kinds: tuple[str, ...] = ()
    # "Benelux-conferentie over crisisbeheersing": words that open the subject, and words
    # that end it.
    subject_openers: tuple[str, ...] = ()
    subject_stops: frozenset[str] = frozenset()
    # Plenary sessions ("de volgende plenaire zitting", "PLENAIRE VERGADERING VAN VRIJDAG 20
    # MAART 2026"): the first word is the canonical kind; they are sessions of the body below
    # when the document names it by one of its names.
    plenary_words: tuple[str, ...] = ()
    plenary_body_kinds: tuple[str, ...] = ()
    plenary_body: str = ""
    plenary_body_names: tuple[str, ...] = ()
    # Debates named by subject and day ("het commissiedebat over de Benelux van 12 september").
    debate_words: tuple[str, ...] = ()
    # Visits named by their destination ("een werkbezoek aan Baarle-Nassau en Baarle-Hertog").
    visit_words: tuple[str, ...] = ()


_CAP_WORD = r"[A-Z][\w’'-]+"
# A name's list of subjects closed by "en": "Duurzaamheid, Energie en Mobiliteit".
_LIST_REST = rf"(?:(?:,[ \t]+{_CAP_WORD})+[ \t]+en[ \t]+{_CAP_WORD}(?:[ \t]+{_CAP_WORD})*)?"


# A group of a kind the text names in full: "de Benelux-werkgroep Drones", "het
# Benelux-netwerk van grensgemeenten" (a compound on "Benelux-" may go on in lower case).
def _group_named_last(text: str, kind: str, position: int) -> list[tuple[int, str]]:
    """The last group of ``kind`` the text names in full before ``position``, as (offset,
    name); none if it names none."""
    name = re.compile(
        rf"(?<![\w-])(Benelux-)?(?i:{kind})(?![\w-])"
        rf"(?:((?:[ \t]+(?:en[ \t]+)?{_CAP_WORD})+{_LIST_REST})"
        r"|([ \t]+van[ \t]+[a-z][\w’'-]+(?![\w-])))?"
    )
    last = None
    for match in name.finditer(text, max(0, position - 3000), position):
        if match.group(2) or (match.group(1) and match.group(3)):
            last = match
    if last is None:
        return []
    body = " ".join(last.group().split())
    if not last.group(1):
        body = body[:1].lower() + body[1:]  # "Werkgroep Drones" heading: the kind in lower case
    return [(last.start(), _full_name(text, body))]


def _body_words(name: str) -> list[str]:
    """The words of a meeting body's name ("Het Benelux Comité van Ministers": the Committee),
    or none when no name is left."""
    words = name.split()
    while words and words[0].lower() in {*_DETERMINERS, "benelux"}:
        words = words[1:]
    return words if words and words[0] != "van" else []


def in_series(text: str, found: list[Candidate]) -> Iterator[Candidate]:
    """The other meetings of the one body whose meetings ``found`` holds, named by their place
    in the series and their day: in minutes "Verslag van de 4e vergadering (12 november
    2035)" and "De 6e vergadering vindt plaats op maandag 16 juni 2036", in a letter on the
    Committee of Ministers' meeting "De volgende vergadering vindt op 23 juni 2036 in Brussel
    plaats"; the same ordinal again elsewhere ("Het verslag van de 4e vergadering wordt
    vastgesteld"). Without a meeting reported, a group's first or next meeting is of the
    group named in full just before ("treedt toe tot de Benelux-werkgroep Circulair Textiel.
    ... De eerste vergadering met Grand Est aan tafel vindt op 12 juni 2035 plaats")."""
    bodies = {
        named.group(1): _body_of(cand.label)
        for cand in found
        if (named := _BODY_MEETING.fullmatch(cand.iri)) is not None
    }
    if len(bodies) > 1:
        return  # whose next meeting?
    body = next(iter(bodies.values()), "")
    # A body's meeting read here is the one read there; one named by its kind and day alone
    # ("de vorige vergadering van 3 februari 2029") is one read here.
    taken = [(c.begin, c.end) for c in found if _BODY_MEETING.fullmatch(c.iri)]
    days: dict[str, str] = {}  # "4e vergadering" -> the ISO day it was given
    undated: list[re.Match[str]] = []
    for match in _series_named(text):
        if any(b < match.end(1) and match.start(1) < e for b, e in taken):
            continue
        day = _series_day(text, match)
        of = body or _group_before(text, match)
        if day is None or not of:
            undated.append(match)
            continue
        days[" ".join(match.group(1).lower().split())] = day
        yield _meeting_of(of, day, match.start(1), match.end(1))
    for match in undated:
        day = days.get(" ".join(match.group(1).lower().split()), "")
        if day and body:
            yield _meeting_of(body, day, match.start(1), match.end(1))


def _series_named(text: str) -> Iterator[re.Match[str]]:
    """The meetings ``text`` names by their place in a series, read from each "vergadering"
    (a literal the engine finds fast) back to its article."""
    last = -1
    for word in _MEETING_WORD.finditer(text):
        match = _IN_SERIES.search(text, max(0, word.start() - 30), word.end() + 80)
        if match is not None and match.start() > last and match.start(1) < word.end():
            last = match.start()
            yield match


_MEETING_WORD = re.compile(r"vergadering(?![\w-])")
_LABEL_BODY = re.compile(
    r"Vergadering (?:van )?(.+?)"
    rf"(?:, \d{{4}}-\d{{2}}-\d{{2}}| \d{{1,2}} (?:{_MONTHS}) \d{{4}})"
)


def _body_of(label: str) -> str:
    """The body a meeting's label names: "Comité van Ministers" of "Vergadering Comité van
    Ministers 10 december 2035", "Benelux-werkgroep Asbest" of "Vergadering van
    Benelux-werkgroep Asbest, 2036-03-04"; "" if none."""
    named = _LABEL_BODY.fullmatch(label)
    return named.group(1) if named is not None else ""


def _overlaps(one: Candidate, other: Candidate) -> bool:
    """Whether two candidates share a character of the text."""
    return one.begin < other.end and other.begin < one.end


def _series_day(text: str, match: re.Match[str]) -> str | None:
    """The day (ISO) a meeting named by its place in the series is given right after or
    before its name (``match``: of ``_IN_SERIES``), or None."""
    day = _SERIES_DAY_AFTER.match(text, match.end())
    if day is None:
        day = _SERIES_DAY_BEFORE.search(text, max(0, match.start() - 60), match.start())
    if day is None or _called_off(text, match.end()):
        return None
    return f"{day.group(3)}-{MONTHS[day.group(2).lower()]:02d}-{int(day.group(1)):02d}"


def _group_before(text: str, match: re.Match[str]) -> str:
    """The group named in full in the paragraph of ``match`` or the one before, whose first
    or next meeting it names ("eerste", "volgende"); "" if none."""
    if not match.group(1).lower().startswith(("eerste", "volgende")):
        return ""
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, match.start())))
    named = _group_named_last(text, _GROUP_KIND, match.start())
    if not named or named[0][0] < max(start, match.start() - 1500):
        return ""
    return named[0][1]


def _stated_day(text: str, begin: int, end: int, days: dict[int, str]) -> str:
    """The day (ISO) ``text[begin:end]`` states: in full, or resolved against the document's
    date (``days``: the relative days of the text by offset, "3 maart", "vandaag"), or with
    the year the text names last before it; "" if none."""
    relative = next((iso for at, iso in days.items() if begin <= at < end), "")
    found = _DAY_MONTH.search(text, begin, end)
    if found is None:
        return relative
    month = MONTHS[found.group(2).lower()]
    year = found.group(3) or (relative[:4] if relative else _year_before(text, begin))
    return f"{year}-{month:02d}-{int(found.group(1)):02d}" if year else ""


def _body_on(words: list[str], iso: str, begin: int, end: int) -> Candidate:
    """The meeting of a body (its name's ``words``) on the day ``iso``."""
    return _meeting_of(" ".join(words).replace(" ,", ","), iso, begin, end)


def _body_meeting(words: list[str], day: re.Match[str], begin: int, end: int) -> Candidate:
    """The meeting of a body on a day (``day``: a match of ``_DAY_MONTH`` with its year)."""
    body = " ".join(words).replace(" ,", ",")
    date = f"{day.group(3)}-{MONTHS[day.group(2).lower()]:02d}-{int(day.group(1)):02d}"
    return _meeting_of(body, date, begin, end)


def _meeting_of(body: str, date: str, begin: int, end: int) -> Candidate:
    """The meeting of ``body`` on ``date`` (ISO), read at ``begin:end``."""
    return Candidate(
        begin,
        end,
        f"{ID}event/vergadering-{slug(body)}-{date}",
        "Meeting",
        # Headed by "Vergadering", so that "het Comité" stays the body's anaphor.
        label=f"Vergadering van {body}, {date}",
        date=date,
        priority=3,
    )


_BODY_MEETING = re.compile(
    rf"{re.escape(ID)}event/vergadering-([a-z0-9-]+)-(\d{{4}}-\d{{2}}-\d{{2}})"
)


def meetings_by_full_name(found: list[Candidate]) -> list[Candidate]:
    """The meetings of a group named short ("Werkgroep Kustbeheer – 4e vergadering" at the
    top of minutes) renamed after the group's full name that the document gives elsewhere
    ("de Benelux-werkgroep Kustbeheer"): one meeting, whichever name of its group a document
    uses (tests/heldout/README.md, "Meeting IRIs"). The full name must be the one group name
    of the document that ends in the short one."""
    groups = {slug(c.label): c.label for c in found if c.cls == "WorkingGroup" and c.label}
    renamed: dict[str, Candidate | None] = {}
    out = []
    for cand in found:
        if cand.cls != "Meeting" or not cand.iri.startswith(f"{ID}event/vergadering-"):
            out.append(cand)
            continue
        if cand.iri not in renamed:
            renamed[cand.iri] = _by_full_name(cand, groups)
        meeting = renamed[cand.iri]
        out.append(cand if meeting is None else replace(cand, iri=meeting.iri, label=meeting.label))
    return out


def _by_full_name(meeting: Candidate, groups: dict[str, str]) -> Candidate | None:
    """The meeting under its group's full name (``groups``: slug -> label), if one ends in the
    name the meeting's IRI holds; None otherwise."""
    named = _BODY_MEETING.fullmatch(meeting.iri)
    if named is None:
        return None
    full = [
        label
        for key, label in groups.items()
        if key.endswith(f"-{named.group(1)}") and label[:1].isupper()  # not "overleg X"
    ]
    if len(full) != 1:
        return None
    return _meeting_of(full[0], named.group(2), meeting.begin, meeting.end)


# The header of minutes at the top of a document, read by its lines (tests: round 27):
# "Notulen stuurgroep Grensarbeid d.d. 12.05.2029", "Vergadering van het Directiecomité
# Mobiliteit\n21 maart 2029", "Besluitenlijst van de vergadering van de werkgroep X,
# 3 februari 2029", "Benelux-werkgroep Drinkwater\nVergadering van 3 februari 2029".
# The meeting is the group's on the header's day (tests/heldout/README.md, "Meeting IRIs").
_HEADER_TOP = 700  # characters of a document its minutes' header stands in
_HEADER_LINES = 6  # lines of the header, a letterhead above it included
# A kind of group a header names, and its name: capitalised words, a list closed by "en"
# ("commissie Duurzaamheid, Energie en Mobiliteit"), no day or month ("Drones, Dinsdag"),
# no label ("Grensinformatie Datum: 7 juni 2029", the lines joined).
_NOT_NAME = rf"(?!(?i:{WEEKDAY}|{_MONTHS})(?![\w-]))"
_HEADER_NAME_WORD = rf"{_NOT_NAME}(?:[A-Z][\w’'&-]*)(?![\w’'&-]|[ \t]*:)"
_HEADER_GROUP = (
    r"((?:Benelux[ -])?(?i:(?:sub)?werkgroep|stuurgroep|subgroep|projectgroep|expertgroep"
    r"|taskforce|directiecomité|stuurcomité|comité|commissie|subcommissie|overleggroep)"
    rf"[ \t]+{_HEADER_NAME_WORD}"
    rf"(?:(?:[ \t]+(?:en|voor|van|van[ \t]+de|van[ \t]+het|[–—])|(?:,[ \t]+{_HEADER_NAME_WORD})+"
    rf"[ \t]+en)?[ \t]+{_HEADER_NAME_WORD}){{0,5}})"
)
# What opens the header: the kind of document, or the meeting it is of ("4e vergadering").
_HEADER_ORDINAL = r"(?:(?:\d{1,2}(?:e|ste|de)|eerste|tweede|derde|vierde|vijfde)[ \t]+)?"
_HEADER_HEAD = re.compile(
    r"[ \t]*(?:(Verslag|Notulen|Besluitenlijst|Ontwerpverslag|Ontwerpnotulen)"
    rf"(?:[ \t]+van[ \t]+de)?(?:[ \t]+({_HEADER_ORDINAL}(?:vergadering|bijeenkomst|overleg)))?"
    # "van de vergadering van ...": the line under "VERSLAG" alone (read only there).
    r"|(?:(?<![^\n])van[ \t]+de[ \t]+(?=(?:\d{1,2}(?:e|ste|de)[ \t]+)?vergadering))?"
    r"(\d{1,2}(?:e|ste|de)[ \t]+[Vv]ergadering|Vergadering|Bijeenkomst|(?<=de )vergadering))"
    r"(?:[ \t]+van)?[ \t]+(?:de[ \t]+|het[ \t]+)?" + _HEADER_GROUP
)
# The day of the meeting: "dinsdag 14 oktober 2029", "12.05.2029", "12-05-2029", "12/05/2029".
_HEADER_DATE = re.compile(
    rf"{_WEEKDAY}(?:(\d{{1,2}})[ \t]+((?i:{_MONTHS}))[ \t]+((?:19|20)\d{{2}})"
    r"|(\d{1,2})([./-])(\d{1,2})\5((?:19|20)\d{2}))(?![\w-])"
)
# Between the group's name and its day on one line: ", ", " d.d. ", " van ", " op ".
_HEADER_TO_DATE = re.compile(r"[ \t]*(?:[,–—]|(?:d\.d\.|dd\.?|van|op|(?i:datum)[ \t]*:))?[ \t]*")
# The rest of a name whose word a header line breaks ("Benelux-\nParlement"), to the day.
_HEADER_WRAPPED = re.compile(r"[ \t]*[\w’'-]+[ \t]*(?:,|van|op)?[ \t]*")
# A group's parent at the end of its name: "... van het Benelux-Parlement".
_HEADER_PARENT = re.compile(r"[ \t]+van[ \t]+(?:de|het)[ \t]+(?:Benelux[ -])?[A-Z][\w-]*$")
# A line of its own giving the day: "21 maart 2029", "Datum: 12-05-2029", "Vergadering van 3
# februari 2029", "Verslag van de 3e vergadering, 3 februari 2029".
# Its number after the meeting's kind: "Vergadering nr. 5", "Bijeenkomst n° 3", "Vergadering 5".
_HEADER_NUMBER = r"(?:[ \t]+(?:(?:nr|no|n°|num)\.?[ \t]*)?\d{1,3}(?![\w.-]))?"
# "Datum: 3 februari 2029", or "Datum" and the day in the next cell of a header table.
_HEADER_DATE_LABEL = r"(?i:(?:vergader)?datum)(?:[ \t]*:|[ \t]{2,}(?=\d))[ \t]*"
# The kinds of document minutes are, in any case in the lines of a header ("NOTULEN").
_MINUTES_KINDS = r"(?i:verslag|notulen|besluitenlijst)"
# "Verslag van de", "Notulen" before the meeting a header line names.
_HEADER_MINUTES = r"(?:(?:Verslag|Notulen|Besluitenlijst)(?:[ \t]+van[ \t]+de)?[ \t]+)?"
# The meeting a header line names, with its number: "4e vergadering", "Vergadering nr. 5".
_HEADER_NAMED_MEETING = (
    rf"(?P<meeting>{_HEADER_ORDINAL}(?:[Vv]ergadering|[Bb]ijeenkomst)){_HEADER_NUMBER}"
)
# Between that meeting and its day: "Vergadering van 3 ...", "Vergadering nr. 5 — 3 ...".
_HEADER_TO_DAY = r"(?:[ \t]*,|[ \t]*[–—:-]|[ \t]+van|[ \t]+op)?[ \t]+"
# A place before the day: "Den Haag, 3 februari 2034".
_HEADER_PLACE_FIRST = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?[ \t]*,[ \t]*"
_HEADER_DAY_LINE = re.compile(
    rf"[ \t]*(?:{_HEADER_DATE_LABEL}|{_HEADER_MINUTES}{_HEADER_NAMED_MEETING}{_HEADER_TO_DAY}"
    rf"|{_HEADER_PLACE_FIRST})?"
)
# A group's name and which of its meetings, the day on a line below: "Werkgroep
# Luchtkwaliteit – 7e vergadering", "Benelux-werkgroep Drinkwater, vergadering nr. 5".
_HEADER_GROUP_LINE = re.compile(
    _HEADER_GROUP
    + rf"(?:[ \t]*[,–—-][ \t]*(?P<meeting>{_HEADER_ORDINAL}(?i:vergadering|bijeenkomst)"
    + rf"|{_MINUTES_KINDS})"
    + _HEADER_NUMBER
    + r")?[ \t]*"
)
# A line naming the meeting alone, its day on the line below: "Verslag 14e vergadering".
_HEADER_MEETING_ALONE = re.compile(rf"[ \t]*{_HEADER_MINUTES}{_HEADER_NAMED_MEETING}[ \t]*")
# The meeting and its day above the group's name: "Vergadering nr. 5 — 3 februari 2029",
# "4e vergadering, 3 februari 2029, Brussel" (a place after it).
_HEADER_MEETING_FIRST = re.compile(rf"[ \t]*{_HEADER_NAMED_MEETING}{_HEADER_TO_DAY}")
_HEADER_PLACE = re.compile(r"(?:[ \t]*,[ \t]*[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)?[ \t]*")
# A line of a header table that is only its rule: "|---|---|".
_TABLE_RULE = re.compile(r"[ \t|:+-]*-[ \t|:+-]*")
# What ends the header: the list of those present, the agenda, its first item, prose.
_HEADER_END = re.compile(
    r"[ \t]*(?:Aanwezig|Agenda\b|Afwezig|Verhinderd|Voorzitter[ \t]*:|\d{1,2}[.)][ \t]+[A-Z])"
)
# A line naming the kind of document alone: "NOTULEN", "Verslag".
_MINUTES_ALONE = re.compile(rf"[ \t]*{_MINUTES_KINDS}[ \t]*:?[ \t]*")
# Words that a header set in capitals writes in lower case when it names a group: articles,
# prepositions, and the kinds of meeting and group after the first word ("VERSLAG VAN DE 7E
# VERGADERING VAN DE BENELUX-WERKGROEP KUSTBEHEER").
_LOWER_IN_NAMES = frozenset(
    (
        *("van", "de", "het", "der", "den", "en", "voor", "op", "te", "over", "inzake", "tot"),
        *("vergadering", "bijeenkomst", "overleg", "werkgroep", "stuurgroep", "subgroep"),
        *("projectgroep", "expertgroep", "taskforce", "comité", "commissie", "subcommissie"),
        *("overleggroep", "netwerk", "platform", "directiecomité", "stuurcomité"),
    )
)
_MARKUP = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]|\*\*")


def _header_as_names(text: str) -> str:
    """``text`` with the lines of its header set in capitals written as names are
    ("BENELUX-WERKGROEP ASBEST" as "Benelux-werkgroep Asbest") and markdown's marks blanked
    ("# Verslag ...", "**Datum:** ..."); of equal length, so that offsets hold."""
    top = text[:_HEADER_TOP]
    changed = _MARKUP.sub(lambda m: re.sub(r"[#*]", " ", m.group()), top)
    lines = changed.split("\n")
    for k, line in enumerate(lines):
        caps = _CAPS_RUN.match(line)
        if caps is None:
            continue
        folded = _as_name(caps.group(1))
        if len(folded) != len(caps.group(1)):
            continue
        # A heading in capitals the clean text joined to the line under it ("... KUSTBEHEER
        # Den Haag, 3 februari 2034"): the line break where the capitals end.
        rest = line[caps.end(1) :]
        lines[k] = folded + ("\n" + rest[1:] if rest[:1] == " " else rest)
    changed = "\n".join(lines)
    return text if changed == top else changed + text[_HEADER_TOP:]


# A line opening with two or more words in capitals ("BENELUX-WERKGROEP ASBEST" counts two
# words joined; "VERSLAG VAN DE 7E VERGADERING ..."), the rest of it not in capitals.
_CAPS_WORD = r"[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9’'.-]*"
_CAPS_RUN = re.compile(rf"([ \t]*{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})+)(?=$|[ \t]+[A-Z][a-z])")


def _as_name(line: str) -> str:
    """A line in capitals in the case of a name: the first word and every other word
    capitalised, articles, prepositions and kinds after the first word in lower case."""
    out = []
    for k, word in enumerate(line.split(" ")):
        parts = word.split("-")
        cased = [
            part.lower() if (k or j) and part.lower() in _LOWER_IN_NAMES else part.capitalize()
            for j, part in enumerate(parts)
        ]
        out.append("-".join(cased))
    return " ".join(out)


_HEADER_PRESENT = re.compile(r"(?m)^[ \t]*(?:Aanwezig|Agenda\b|Verhinderd|Afwezig)")


def _minutes_header(text: str) -> Iterator[Candidate]:
    """The meeting the minutes at the top of ``text`` are of: the group their header names,
    on the day it gives (the same line or a line of its own below). The group's other meetings
    the minutes name ("De volgende vergadering vindt plaats op 19 juni 2029") are read by
    ``in_series``."""
    if "|" in text[:_HEADER_TOP]:
        # A header table's cells read as the words of a line: "| Datum | 3 februari 2029 |".
        text = text.replace("|", " ")
    text = _header_as_names(text)
    lines = _header_lines(text)
    minutes_above = False  # a line "NOTULEN" or "Verslag" alone above the group's name
    for i, (begin, end) in enumerate(lines):
        if _MINUTES_ALONE.fullmatch(text, begin, end):
            minutes_above = True
            continue
        head = _HEADER_HEAD.match(text, begin, end)
        if head is not None and not minutes_above and text[begin:end].lstrip()[:4] == "van ":
            head = None  # "van de vergadering ..." under no "VERSLAG"
        if head is not None:
            meeting = head.start(2) if head.group(2) else head.start(3) if head.group(3) else -1
            found = list(_header_meeting(text, lines[i:], head, meeting))
        elif (group := _HEADER_GROUP_LINE.fullmatch(text, begin, end)) is not None:
            if group.group(1).isupper():
                # "BENELUX-WERKGROEP X" that _header_as_names left in capitals: read with
                # the minutes under it, elsewhere (_MINUTES_OF_HEADED).
                return
            found = list(_group_then_day(text, lines[i + 1 : i + 3], group, minutes_above))
        elif (day := _meeting_day_first(text, begin, end)) is not None:
            # "Vergadering nr. 5 — 3 februari 2029" above the group's name.
            below = (
                _HEADER_GROUP_LINE.fullmatch(text, *lines[i + 1]) if i + 1 < len(lines) else None
            )
            if below is None or below.group("meeting") or below.group(1).isupper():
                return
            found = list(_header_candidate(below.group(1), day, begin, day.end()))
        else:
            continue
        yield from found
        return


def _meeting_day_first(text: str, begin: int, end: int) -> re.Match[str] | None:
    """The day of a header line naming the meeting and its day, a place perhaps after it
    ("Vergadering nr. 5 — 3 februari 2029", "4e vergadering, 3 februari 2029, Brussel")."""
    first = _HEADER_MEETING_FIRST.match(text, begin, end)
    day = _HEADER_DATE.match(text, first.end(), end) if first is not None else None
    if day is None or _HEADER_PLACE.fullmatch(text, day.end(), end) is None:
        return None
    return day


def _header_lines(text: str) -> list[tuple[int, int]]:
    """The lines (begin, end) of the header at the top of ``text``: up to the list of those
    present or the agenda, no blank line nor a table's rule ("|---|---|")."""
    lines: list[tuple[int, int]] = []
    position = 0
    while len(lines) < _HEADER_LINES and position < min(len(text), _HEADER_TOP):
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        if _HEADER_END.match(text, position, end):
            break
        if text[position:end].strip() and not _TABLE_RULE.fullmatch(text, position, end):
            lines.append((position, end))
        position = end + 1
    return lines


def _group_then_day(
    text: str, below: list[tuple[int, int]], group: re.Match[str], minutes_above: bool = False
) -> Iterator[Candidate]:
    """The meeting of a header's group (``group``, a line of its own) on the day a line below
    gives: "Benelux-werkgroep Drinkwater\nVergadering van 3 februari 2029", "Werkgroep X – 7e
    vergadering\nDatum: 3 februari 2029", "Benelux-werkgroep X\nVerslag 14e vergadering\n3
    februari 2029, Brussel". The meeting must be named: a group's name above a bare date is a
    letterhead as often, unless a line "Notulen" or "Verslag" stands above or below it."""
    named = group.start("meeting") if group.group("meeting") else -1
    if named < 0 and minutes_above:
        named = group.start()
    for k, (begin, end) in enumerate(below):
        line = _HEADER_DAY_LINE.match(text, begin, end)
        day = _HEADER_DATE.match(text, line.end(), end) if line is not None else None
        if line is not None and line.group("meeting") and named < 0:
            named = line.start("meeting")
        if day is not None:
            if named >= 0:
                yield from _header_candidate(group.group(1), day, named, day.end())
            return
        alone = _HEADER_MEETING_ALONE.fullmatch(text, begin, end)
        if alone is None and not k and _MINUTES_ALONE.fullmatch(text, begin, end):
            named = named if named >= 0 else group.start()  # "Verslag" alone below the name
            continue
        if k or alone is None:
            return
        named = named if named >= 0 else alone.start("meeting")


def _header_meeting(
    text: str, lines: list[tuple[int, int]], head: re.Match[str], meeting: int
) -> Iterator[Candidate]:
    """The meeting of a header line that names the group (``head``): its day on the line,
    or on a line of its own below."""
    end = lines[0][1]
    start = meeting if meeting >= 0 else head.start(1)
    to_date = _HEADER_TO_DATE.match(text, head.end(), end)
    day = _HEADER_DATE.match(text, to_date.end(), end) if to_date else None
    if day is None and head.end() < end and text[head.end() : end].strip(" \t,"):
        return  # "Verslag van de werkgroep X over 2028": more than a header's name
    if day is None and len(lines) > 1:
        below = _HEADER_DAY_LINE.match(text, *lines[1])
        if head.group(4).endswith("-") and head.end() == end:
            # "... van het Benelux-\nParlement van vrijdag 21 maart 2039": the name goes on.
            below = _HEADER_WRAPPED.match(text, *lines[1])
        day = _HEADER_DATE.match(text, below.end(), lines[1][1]) if below else None
    if day is None:
        return
    # "Verslag" alone may be a report of the group's work; minutes list who was there.
    weak = head.group(1) == "Verslag" and meeting < 0
    if weak and not _HEADER_PRESENT.search(text, day.end(), day.end() + _HEADER_TOP):
        return
    yield from _header_candidate(head.group(4), day, start, day.end())


def _header_candidate(group: str, day: re.Match[str], begin: int, end: int) -> Iterator[Candidate]:
    """The meeting of ``group`` on the day ``day`` (a match of ``_HEADER_DATE``); the group's
    parent left out of its name ("commissie Cultuur, Onderwijs en Jeugd van het
    Benelux-Parlement" meets as "commissie Cultuur, Onderwijs en Jeugd")."""
    group = _HEADER_PARENT.sub("", group.rstrip("-"))
    if day.group(1):
        numbers = (int(day.group(3)), MONTHS[day.group(2).lower()], int(day.group(1)))
    else:
        numbers = (int(day.group(7)), int(day.group(6)), int(day.group(4)))
    if not (1 <= numbers[1] <= 12 and 1 <= numbers[2] <= 31):
        return  # "12-13-2029": no day
    yield _meeting_of(" ".join(group.split()), "{:04d}-{:02d}-{:02d}".format(*numbers), begin, end)


class EventFinder:
    def __init__(self, tables: EventTables):
        self.t = tables
        words = one_of(tables.words, fold=True)
        # Every event word, alone or ending a compound; the name is read backwards from it.
        # Run on the lower-cased text: a case-sensitive pattern is several times faster.
        self._word = re.compile(rf"(?:{words})(?![\w-])")
        self._capitals_before = re.compile(rf"(?:{_CAPITAL}[ \t]+){{1,3}}$")
        # Read back from a full date: "... bijeenkomst van 1 februari 2021".
        self._dated = re.compile(
            rf"(?<![\w-])((?:{_CAPITAL}[ -])?(?:[a-zà-ÿ]+\s+)?(?i:{words}))\s+van\s+"
            rf"(?:de\s+[\w\s-]{{3,60}}?\s+van\s+)?{_WEEKDAY}$"
        )
        # "de conferentie "Werken over de grens"", "een webinar «AI kansen voor ...»", "de
        # Benelux-onderwijsconferentie "Leren over de grens"": the event word (alone or ending
        # a compound) and its title name the event together.
        self._quoted = Opened(
            re.compile(
                rf"{may_start(tables.words)}(?i:{words})\s+[«“‘'\"]([^»”’'\"\n]{{4,80}})[»”’'\"]"
            ),
            tables.words,
        )
        dated = one_of(tables.dated_words, fold=True) if tables.dated_words else ""
        self._dated_plain = re.compile(
            rf"(?<![\w-])(?i:de|het)\s+((?:[A-Za-zà-ÿ]+\s+)?{_COMPOUND_OPENING}"
            rf"(?i:{words}|{dated or words}))\s+van\s+"
            rf"(?:de\s+[\w\s-]{{3,60}}?\s+van\s+)?{_WEEKDAY}$"
        )
        sessions = one_of(tables.session_words, fold=True) if tables.session_words else ""
        session_start = may_start(tables.session_words or ["zitting"])
        self._sessions = bool(sessions)
        # "Plenaire zitting Benelux Parlement", "de vergadering van het Comité van Ministers",
        # "de jaarlijkse vergadering van de stuurgroep Hauts-de-France – Benelux".
        self._session_of = Opened(
            re.compile(
                rf"{session_start}(?<![\w-])((?i:{sessions or 'zitting'}))"
                r"\s+(?:van\s+(?:de|het)\s+)?"
                # "de commissie Duurzaamheid, Energie en Mobiliteit": a group's list of names.
                rf"({_GROUP_KIND}\s+{_BODY}{_LIST_REST}|{_BODY})"
            ),
            tables.session_words or ["zitting"],
        )
        # "De volgende vergadering van de commissie vindt plaats op 16 mei 2025": a session of
        # a group named by its kind alone, the one the document named last.
        self._session_of_kind = Opened(
            re.compile(
                rf"{session_start}(?<![\w-])((?i:{sessions or 'zitting'}))\s+van\s+(?:de|het)\s+"
                rf"({_ANAPHOR_KIND})(?![\w-])(?!\s+(?:van\s+)?[A-Z])"
            ),
            tables.session_words or ["zitting"],
        )
        # "[Plenaire zitting 21 maart]", "de plenaire zitting in juni": a session and its day.
        self._session_dated = Opened(
            re.compile(
                rf"{session_start}(?<![\w-])({sessions or 'zitting'})\s+(?:in\s+|op\s+|van\s+)?"
                rf"(?:(\d{{1,2}})(?:\s+en\s+\d{{1,2}})?\s+)?({_MONTHS})(?:\s+((?:19|20)\d{{2}}))?\b",
                re.IGNORECASE,
            ),
            tables.session_words or ["zitting"],
        )
        # "de gezamenlijke vergadering van het Benelux-Parlement, de Noordse Raad en de
        # Baltische Assemblee": one meeting of several bodies, dated by its sentence.
        body = rf"(?:de|het)\s+{_BODY_LINES}"
        self._joint = re.compile(
            rf"(?<![\w-])((?i:gezamenlijke))\s+((?i:{sessions or 'zitting'}))\s+van\s+"
            rf"({body}(?:\s*,\s*{body})*\s+en\s+{body})"
        )
        # "het jaarlijkse overleg met de Noordse Raad en de Baltische Assemblee": a recurring
        # meeting with named bodies, one a year.
        recurring = "|".join(
            re.escape(w)
            for w in sorted({*tables.words, *tables.dated_words}, key=len, reverse=True)
        )
        self._recurring = re.compile(
            rf"(?<![\w-])(?:[Hh]et|[Dd]e)\s+((?:half|twee)?jaarlijkse?)\s+({recurring})\s+met\s+"
            rf"((?:de|het)\s+{_BODY}(?:\s*(?:,|en)\s+(?:de|het)\s+{_BODY})*)"
        )
        hosts = "|".join(re.escape(w) for w in tables.host_words)
        self._hosted = Opened(
            re.compile(
                rf"{may_start(tables.host_words or ['gastland'])}"
                rf"(?<![\w-])(?i:{hosts or 'gastland'})"
                r"\s+van\s+(?:het|de|een)\s+"
                rf"((?:{_CAPITAL}[ \t]+){{0,4}}{_CAPITAL})"
            ),
            tables.host_words or ["gastland"],
        )
        self._hosted_kinds = (*tables.words, *tables.hosted_kinds)
        openers = "|".join(re.escape(w) for w in tables.subject_openers) or "over"
        self._subject = re.compile(rf"[ \t]+(?:{openers})[ \t]+")
        plenaries = "|".join(
            r"\s+".join(re.escape(part) for part in w.split())
            for w in sorted(tables.plenary_words, key=len, reverse=True)
        )
        # "de tweede plenaire zitting van dit jaar", "de eerste plenaire zitting van 2026".
        self._plenary = (
            Opened(
                re.compile(
                    rf"{may_start([*_ORDINALS.split('|'), *tables.plenary_words])}"
                    rf"(?<![\w-])(?:({_ORDINALS})\s+)?({plenaries})(?![\w-])"
                    r"(?:\s+van\s+(?:dit\s+jaar|(?:19|20)\d{2}\b))?",
                    re.IGNORECASE,
                ),
                [*_ORDINALS.split("|"), *(w.split()[0] for w in tables.plenary_words)],
            )
            if plenaries and tables.plenary_body
            else None
        )
        names = "|".join(
            r"[\s-]*".join(re.escape(part) for part in re.split(r"[\s-]+", n))
            for n in tables.plenary_body_names
        )
        self._plenary_body = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.I) if names else None
        debates = "|".join(
            r"\s+".join(re.escape(part) for part in w.split()) for w in tables.debate_words
        )
        # "commissiedebat" and its subject (a few words, "over ..." or capitalised), then "van"
        # and a day, the year perhaps on the next line or left out ("12 september jl.").
        self._debate = (
            re.compile(
                rf"(?<![\w-])((?i:{debates}))\s+"
                r"((?:over\s+)?[\w’'-]+(?:[ \t\n]+[\w’'-]+){0,5}?)"
                rf"\s+van\s+(\d{{1,2}})\s+({_MONTHS})(?:\s+((?:19|20)\d{{2}})\b)?",
            )
            if debates
            else None
        )
        visits = "|".join(re.escape(w) for w in tables.visit_words)
        # "werkbezoek aan Baarle-Nassau en Baarle-Hertog": capitalised places, "en" between;
        # or a body and where it sits: "werkbezoek aan de Landtag van Noordrijn-Westfalen".
        self._visit = (
            re.compile(
                rf"(?<![\w-])((?i:{visits}))\s+aan\s+"
                r"((?:(?:de|het)[ \t\n]+(?=[A-Z]))?"
                r"[A-Z][\w’'-]+(?:(?:,[ \t]*|[ \t\n]+(?:en|van)[ \t\n]+|[ \t]+)[A-Z][\w’'-]+)*)"
            )
            if visits
            else None
        )

    def find(self, text: str, today: str = "") -> Iterator[Candidate]:
        """The meetings of ``text``; ``today`` is the document's date (the manifest's), against
        which a day without its year ("vergaderde op 3 maart") and "vandaag" are read."""
        days = {d.begin: d.iso for d in relative_dates(text, today)} if today else {}
        found = list(_one_per_day(list(self._find(text, days))))
        series = list(in_series(text, found))
        found = [c for c in found if not any(_overlaps(c, s) for s in series)]
        for cand in [*found, *series]:
            # "de Benelux Top van 7 oktober 2020" is the summit of 2020, however named.
            if _SUMMIT.match(cand.label) and _YEAR.match(cand.date):
                cand = replace(cand, iri=_summit(cand.date[:4]))
            elif _SUMMIT_EN.fullmatch(cand.label) and not cand.date:
                # "de Benelux Summit van 2031": the summit of the year its sentence names.
                year = _year_of_sentence(text, cand.begin, cand.end)
                if year:
                    cand = replace(cand, iri=_summit(year), label=f"Benelux-top {year}", date=year)
            elif _LEADERS_SUMMIT.match(cand.label) and _YEAR.match(cand.date):
                year = cand.date[:4]
                cand = replace(cand, iri=_summit(year), label=f"Benelux-top {year}")
            yield cand

    def _find(self, text: str, days: dict[int, str]) -> Iterator[Candidate]:
        for date in _FULL_DATE.finditer(text):
            match = self._dated.search(text, max(0, date.start() - 120), date.start())
            if match is not None and match.group(1).split()[0].lower() in _STARTERS:
                match = None  # "Op de conferentie van 4 april 2024": "Op" names nothing
            if match is None or not match.group(1)[:1].isupper():
                # "een bijeenkomst van 3 mei" names no one meeting; "de bijeenkomst van de
                # ministers van 27 juni 2022" and "het overleg van 27 juni 2022" do.
                match = self._dated_plain.search(text, max(0, date.start() - 120), date.start())
                if match is None:
                    continue
                plain = self._event(
                    text, match.start(1), date.end(), first_date(date.group()), 2, plain=True
                )
                session = self._plenary_on(text, match.start(1), date.start(), plain)
                yield session or replace(
                    plain, iri=_dated_iri(text[match.start(1) : date.start()], plain.date)
                )
                continue
            named = self._event(text, match.start(), date.end(), first_date(date.group()), 2)
            yield replace(named, iri=_dated_iri(text[match.start() : date.start()], named.date))
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        for match in self._word.finditer(lowered):
            if match.group().endswith("zitting") and (
                _SEAT.match(text, match.end()) or _seat_closing(text, match.start(), match.end())
            ):
                continue  # not "de Benelux-Noordzeeconferentie hebben de ministers ..."
            if text[match.start()].isupper() and _BODY_AFTER.match(text, match.end()):
                continue  # "de Haagse Conferentie voor Internationaal Privaatrecht (HCCH)"
            found = self._named(text, match.start(), match.end())
            if found is not None:
                yield found
                if found.priority == _TITLED:
                    yield from _again(text, found)
        for match in self._quoted.finditer(text):
            quoted = self._titled(text, match)
            if quoted is None:
                continue
            yield quoted
            # The title alone elsewhere ("Nieuws > Leren over de grens") is the same event.
            title = match.group(1).split()
            if len(title) < 2:
                continue
            name = r"\s+".join(re.escape(w) for w in title)
            for again in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text):
                if not quoted.begin <= again.start() < quoted.end:
                    yield replace(quoted, begin=again.start(), end=again.end())
        for match in self._hosted.finditer(text):
            if not match.group(1).split()[-1].lower().endswith(self._hosted_kinds):
                continue  # "de organisatie van de Benelux Unie": a body, not a meeting
            hosted = self._event(text, match.start(1), match.end(1), priority=3)
            yield hosted
            # The same name elsewhere in the document is the same meeting.
            name = r"\s+".join(re.escape(w) for w in match.group(1).split())
            for again in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text):
                if again.start() != match.start(1):
                    yield replace(hosted, begin=again.start(), end=again.end())
        if self._sessions:
            yield from self._sessions_of_bodies(text, days)
            yield from self._joint_sessions(text)
        yield from self._held_by_body(text, days)
        yield from _minutes_header(text)
        if "Verslag" in text:
            for match in _MINUTES_OF_HEADED.finditer(text):
                heading = match.group(1).split()
                # The heading's capitals in the case of a name: "Benelux-werkgroep Bestuivers".
                words = [heading[0].capitalize(), *(w.capitalize() for w in heading[1:])]
                day = _DAY_MONTH.search(match.group(3))
                if day is not None and day.group(3):
                    yield _body_meeting(words, day, match.start(2), match.end(2))
        if "vergader" in lowered:
            yield from self._met_on(text, days)
        yield from self._met_together(text, days)
        if any(k in lowered for k in _DAY_KIND_HINTS):
            yield from self._day_events(text)
        if self._debate is not None:
            yield from self._debates(text, lowered)
        if self._visit is not None:
            yield from self._visits(text, lowered)
        for match in self._recurring.finditer(text):
            year = _year_of_sentence(text, match.start(), match.end()) or _year_before(
                text, match.start()
            )
            if not year:
                continue  # a yearly meeting of which year?
            adjective = match.group(1).lower().removesuffix("e")
            bodies = " ".join(match.group(3).split())
            label = f"{adjective.capitalize()} {match.group(2).lower()} met {bodies} {year}"
            yield Candidate(
                match.start(1),
                match.end(3),
                f"{ID}event/{slug(label)}",
                "Meeting",
                label=label,
                date=year,
                priority=2,
            )

    def _sessions_of_bodies(self, text: str, days: dict[int, str]) -> Iterator[Candidate]:
        """Sessions of a named body, one entity per body and month: "De eerste plenaire
        zitting van het Benelux Parlement in 2025 vond plaats ... op 21 en 22 maart", then
        "[Plenaire zitting 21 maart]" and "de plenaire zitting in juni" (of the same body)."""
        dated: list[tuple[int, int, str, str, str, str]] = []  # begin, end, kind, body, ym, day
        undated: list[tuple[int, int, str, str]] = []
        for match in self._session_of.finditer(text):
            end = match.end(2)
            if not match.group(2)[:1].isupper():
                partner = _PARTNER.match(text, end)  # "de stuurgroep X – Benelux"
                end = partner.end() if partner is not None else end
            elif match.group(2).split()[0].lower() in _DETERMINERS:
                continue
            label = FIELD_LABEL.search(text, match.start(2) - 1, end + 1)
            if label is not None and label.start() < match.start(2):
                continue  # "Verslag van de 7e vergadering\n\nDatum: ...": a field, no body
            if label is not None:
                end = label.start()  # "... Lijkbezorging Datum: 23 januari 2029": a field
            short = " ".join(text[match.start(2) : end].split())
            body = _full_name(text, short)
            end = _rest_of_name(text, end, body[len(short) :])
            kind, body = self._canonical(match.group(1), body)
            year, month, day = _date_in_sentence(text, end)
            off = _called_off(text, end)
            if off:
                year, month, day = "", 0, ""  # "Vergadering van de stuurgroep X uitgesteld"
            if not month and not off:
                # "Op 30 oktober 2026 nam een delegatie deel aan de jaarzitting van de
                # Baltische Assemblee": the day the sentence gives before the session.
                year, month, day = _date_before_in_sentence(text, match.start())
            if month and not year:
                # "van 3 maart": the year named last, else the one of the document's date.
                year = _year_before(text, match.start()) or next(
                    (iso[:4] for at, iso in days.items() if end <= at < end + 200), ""
                )
            begin = match.start()
            if year and month:
                end = _named_day_end(text, end)
                dated.append((begin, end, kind, body, f"{year}-{month:02d}", day))
            else:
                undated.append((begin, end, kind, body))
        dated += self._plenaries(text, dated, undated)
        dated += self._sessions_of_kind(text, dated, undated)
        for match in self._session_dated.finditer(text):
            kind, _ = self._canonical(match.group(1), "")
            if any(d[0] <= match.start() < d[1] for d in dated):
                continue  # "de plenaire zitting van 12 en 13 december 2025", read above
            # Of the body named last with a session of this kind.
            named = [(d[0], d[3]) for d in dated if d[2] == kind and d[0] < match.start()]
            named += [(u[0], u[3]) for u in undated if u[2] == kind and u[0] < match.start()]
            if not named:
                continue  # a session of whom?
            last = max(named)
            year = match.group(4) or _year_before(text, match.start())
            if not year:
                continue
            month = MONTHS[match.group(3).lower()]
            day = match.group(2) or ""
            dated.append((match.start(), match.end(), kind, last[1], f"{year}-{month:02d}", day))
        plenary = self.t.plenary_words[:1]
        for begin, end, kind, body, ym, day in dated:
            if not day and kind not in plenary:
                # "de vergadering van het Comité van Ministers in juni": a body meets more
                # than once a month; only a plenary session is one a month (Meeting IRIs).
                continue
            yield self._session(begin, end, kind, body, ym, day, kind in plenary)
        for begin, end, kind, body in undated:
            # A session named without its date is the nearest dated one of that body.
            near = [d for d in dated if d[2] == kind and d[3] == body and abs(d[0] - begin) < 800]
            if near:
                best = min(near, key=lambda d: abs(d[0] - begin))
                day = "" if kind in plenary else best[5]
                yield self._session(begin, end, kind, body, best[4], day, kind in plenary)

    def _sessions_of_kind(
        self,
        text: str,
        dated: list[tuple[int, int, str, str, str, str]],
        undated: list[tuple[int, int, str, str]],
    ) -> list[tuple[int, int, str, str, str, str]]:
        """ "De volgende vergadering van de commissie vindt plaats op 16 mei 2025": a session
        of the group of that kind named last before it, on the day its sentence gives."""
        found: list[tuple[int, int, str, str, str, str]] = []
        for match in self._session_of_kind.finditer(text):
            group = match.group(2).lower()
            named = [(d[0], d[3]) for d in dated if d[0] < match.start()]
            named += [(u[0], u[3]) for u in undated if u[0] < match.start()]
            named = [n for n in named if n[1].lower().startswith(f"{group} ")]
            if not named:
                named = _group_named_last(text, group, match.start())
            if not named:
                continue  # a meeting of which committee?
            year, month, day = _date_in_sentence(text, match.end())
            year = year or (_year_before(text, match.start()) if month else "")
            if not (year and month and day) or _called_off(text, match.end()):
                continue
            kind, _ = self._canonical(match.group(1), "")
            found.append(
                (match.start(), match.end(), kind, max(named)[1], f"{year}-{month:02d}", day)
            )
        return found

    def _joint_sessions(self, text: str) -> Iterator[Candidate]:
        """ "De volgende gezamenlijke vergadering van het Benelux-Parlement, de Noordse Raad
        en de Baltische Assemblee vindt plaats op 24 april 2026": a meeting of all of them."""
        for match in self._joint.finditer(text):
            year, month, day = _date_in_sentence(text, match.end())
            if not (year and month):
                continue  # a joint meeting of which day?
            bodies = " ".join(match.group(3).split())
            label = f"Gezamenlijke {match.group(2).lower()} van {bodies}"
            date = f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"
            names = re.sub(r"(?:^|(?<=, )|(?<= en ))(?:de|het) ", "", bodies).replace(",", "")
            yield Candidate(
                match.start(),
                match.end(),
                f"{ID}event/gezamenlijke-{slug(match.group(2))}-{slug(names)}-{date}",
                "Meeting",
                label=label,
                date=date,
                priority=3,
            )

    def _debates(self, text: str, lowered: str) -> Iterator[Candidate]:
        """ "het commissiedebat Grensoverschrijdende samenwerking van 5 maart 2025": a debate
        named by its subject and its day (the year, if left out, is the document's)."""
        assert self._debate is not None
        for match in _at_words(self._debate, text, lowered, self.t.debate_words):
            year = match.group(5) or _year_before(text, match.start())
            if not year:
                continue
            day = f"{year}-{MONTHS[match.group(4).lower()]:02d}-{int(match.group(3)):02d}"
            kind = " ".join(match.group(1).lower().split())
            subject = " ".join(match.group(2).split())
            label = f"{kind.capitalize()} {subject}, {day}"
            yield Candidate(
                match.start(),
                match.end(),
                f"{ID}event/{slug(kind + ' ' + subject)}-{day}",
                "Meeting",
                label=label,
                date=day,
                priority=3,
            )

    def _visits(self, text: str, lowered: str) -> Iterator[Candidate]:
        """ "Op 16 mei 2025 bracht ik een werkbezoek aan Baarle-Nassau en Baarle-Hertog": a
        visit named by where it went and dated by its sentence; "mijn werkbezoek aan Baarle"
        elsewhere in the text is the same visit."""
        assert self._visit is not None
        found = list(_at_words(self._visit, text, lowered, self.t.visit_words))
        dated: list[tuple[str, str, str]] = []  # kind, places, day
        for match in found:
            year, month, day = _date_in_sentence(text, match.end())
            if not (year and month and day):
                year, month, day = _date_before_in_sentence(text, match.start())
            if year and month and day:
                iso = f"{year}-{month:02d}-{int(day):02d}"
                dated.append((match.group(1).lower(), " ".join(match.group(2).split()), iso))
        for match in found:
            kind, places = match.group(1).lower(), " ".join(match.group(2).split())
            same = [d for d in dated if d[0] == kind and d[1].startswith(places)]
            if len({d[2] for d in same}) != 1:
                continue  # a visit of which day?
            whole = max(same, key=lambda d: len(d[1]))
            yield Candidate(
                match.start(),
                match.end(),
                f"{ID}event/{slug(kind + ' aan ' + whole[1])}-{whole[2]}",
                "Meeting",
                label=f"{kind.capitalize()} aan {whole[1]}, {whole[2]}",
                date=whole[2],
                priority=3,
            )

    def _held_by_body(self, text: str, days: dict[int, str]) -> Iterator[Candidate]:
        """ "Het Comité van Ministers hield op 18 november 2024 zijn najaarsvergadering": a
        body holding its own meeting on a day is that meeting, named by body and date."""
        met = _MET_FOR.finditer(text) if "bijeen" in text else ()
        if " zijn " in text or " haar " in text:
            yield from self._at_own_meeting(text, days)
        for match in (*_HELD_BY.finditer(text), *met):
            iso = _stated_day(text, match.start(2), match.end(2), days)
            words = _body_words(match.group(1))
            if not iso or not words:
                continue
            yield _body_on(words, iso, match.start(3), match.end(3))

    def _at_own_meeting(self, text: str, days: dict[int, str]) -> Iterator[Candidate]:
        """ "Het Comité van Ministers bespreekt het plan op zijn vergadering van 15 december
        2025": the meeting of that day of the body the sentence opens with. A plenary session
        is read as a session of the month, elsewhere."""
        for match in _OWN_SESSION.finditer(text):
            if "plenair" in match.group(1).lower():
                continue
            window = max(0, match.start() - 160)
            starts = list(_CLAUSE_START.finditer(text, window, match.start()))
            if not starts:
                continue
            subject = _SUBJECT.match(text, starts[-1].end(), match.start())
            line = text.rfind("\n", starts[-1].end(), match.start())
            if subject is None and line >= 0:
                # "Antwoord 1\nHet Comité ...": a heading without a full stop above the
                # sentence; the sentence opens on the line after it.
                subject = _SUBJECT.match(text, line + 1, match.start())
            if subject is None:
                continue
            words = _body_words(subject.group(1))
            if not words and subject.group(1).split()[0].lower() in _DETERMINERS:
                # "De stuurgroep X ...": the article alone is no body; read on from the noun.
                after = starts[-1].end() + len(subject.group(1).split()[0])
                subject = _SUBJECT.match(text, after + 1, match.start())
                words = _body_words(subject.group(1)) if subject is not None else []
            iso = _stated_day(text, match.start(2), match.end(2), days)
            if words and iso:
                yield _body_on(words, iso, match.start(1), match.end(1))

    def _met_on(self, text: str, days: dict[int, str]) -> Iterator[Candidate]:
        """ "De commissie Mobiliteit vergaderde op 6 maart 2026": the meeting of that body on
        that day, named where the text names it again ("de vergadering" soon after, "de
        commissievergadering" of a commissie), else by the verb."""
        late = _MET_ON_LATE.finditer(text) if "vergaderd" in text else ()
        for match, verb, said in (
            *((m, 2, 3) for m in _MET_ON.finditer(text)),
            *((m, 3, 2) for m in late),
        ):
            iso = _stated_day(text, match.start(said), match.end(said), days)
            words = _body_words(match.group(1))
            if not iso or not words:
                continue
            begin, end = match.start(verb), match.end(verb)
            for again in _MEETING_AGAIN.finditer(text, match.end()):
                # "de vergadering" close by; "de commissievergadering" of a commissie anywhere.
                kind = again.group(1).removesuffix("vergadering")
                if kind == words[0].lower() or (not kind and again.start() - end < 800):
                    begin, end = again.start(1), again.end(1)
                    break
            yield _body_on(words, iso, begin, end)

    def _meeting_body(self, text: str, name: str, start: int) -> list[str]:
        """The words of the body a sentence says met ("De Benelux-werkgroep Drones kwam ...
        bijeen"), "Benelux-" of a compound kept; none where the name is no body's: a place
        after a preposition, one word ("Het Comité": which?), or the parliament (whose
        sittings are plenary sessions, read elsewhere)."""
        if name.split()[0].lower() in _NOT_SUBJECT:
            return []
        words = _body_words(name)
        if words and text[max(0, start - 8) : start] == "Benelux-":
            words = [f"Benelux-{words[0]}", *words[1:]]
        if len(words) < 2:
            return []
        full = _full_name(text, " ".join(words)).split()
        if self._plenary_body is not None and self._plenary_body.fullmatch(" ".join(full)):
            return []
        return full

    def _met_together(self, text: str, days: dict[int, str]) -> Iterator[Candidate]:
        """ "De stuurgroep Grensarbeid kwam op 3 juni 2029 in Brussel bijeen", "Op 12 juni 2028
        vergaderde het Comité van Ministers in Luxemburg": the body's meeting of that day, as
        "vergaderde op" is read, named where the text names it again."""
        found: list[tuple[str, str, int, int, int]] = []
        if "bijeen" in text:
            # Read back from each "kwam": the body pattern tried at every offset of the text
            # would cost more than the rest of the finder.
            seen: set[int] = set()
            for verb in re.finditer(r"kwam(?:en)?(?![\w-])", text):
                window = max(0, verb.start() - 120)
                for match in _MET_TOGETHER.finditer(text, window, verb.end() + 90):
                    if match.start(2) != verb.start() or match.start() in seen:
                        continue
                    if text[verb.start() - 1].isalnum():
                        continue
                    seen.add(match.start())
                    iso = _stated_day(text, match.start(3), match.end(3), days)
                    found.append((match.group(1), iso, match.start(1), *match.span(2)))
        if "Op " in text:
            for match in _MET_FRONTED.finditer(text):
                if match.start() and (
                    text[match.start() - 1].isalnum() or text[match.start() - 1] == "-"
                ):
                    continue  # "Stop 3 ...": no "Op" of its own
                if match.group(2).startswith("kwam") and not _BIJEEN.match(text, match.end()):
                    continue  # "Op 3 mei kwam de werkgroep met een voorstel"
                iso = _stated_day(text, match.start(1), match.end(1), days)
                found.append((match.group(3), iso, match.start(3), *match.span(2)))
        for name, iso, start, start_verb, end in found:
            words = self._meeting_body(text, name, start)
            if not words or not iso:
                continue
            # Only a meeting the text then names ("De vergadering vond plaats in ...") is one:
            # "kwam het Comité onder mijn voorzitterschap bijeen en werden ..." alone is not
            # annotated (seed 001).
            again = _NAMED_AFTER.search(text, end, end + 400)
            if again is None:
                if text.startswith("vergader", start_verb):
                    # "Op 12 juni 2028 vergaderde het Comité van Ministers": named by the verb,
                    # as "Het Comité van Ministers vergaderde op 12 juni 2028" is.
                    yield _body_on(words, iso, start_verb, end)
                continue
            kind = again.group(2)
            if kind and kind != words[0].lower().removeprefix("benelux-"):
                continue  # "de stuurgroepvergadering" after "de commissie X kwam ... bijeen"
            yield _body_on(words, iso, again.start(1), again.end(1))

    def _day_events(self, text: str) -> Iterator[Candidate]:
        """ "Op 22 november 2027 organiseerde het Hof een studiedag voor insolventierechters":
        a one-day meeting named by its kind and audience or subject, on the one day its
        sentence gives, the sentence saying it took place (or was organised, or held)."""
        found_at: set[int] = set()
        for kind in _DAY_KINDS.split("|"):
            # str.find per kind: far faster than ``re`` trying the alternation at every offset
            position = text.find(kind)
            while position >= 0:
                found_at.add(position)
                position = text.find(kind, position + 1)
        for at in sorted(found_at):
            match = _DAY_EVENT.match(text, at)
            if match is None:
                continue
            if match.start() and (
                text[match.start() - 1].isalnum() or text[match.start() - 1] == "-"
            ):
                continue  # part of a longer word
            if not _DAY_ARTICLE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "tijdens studiedagen voor ...", "elke workshop over ..."
            stops = self.t.subject_stops | _DAY_SUBJECT_STOPS
            stop = subject_end(text, match.end(), stops, 4)
            if stop <= match.end() or subject_end(text, match.end(), stops, 5) != stop:
                continue  # no subject, or one running on past four words: where does it end?
            starts = [
                m.end()
                for m in _BOUNDARY.finditer(text, max(0, match.start() - 300), match.start())
            ]
            start = starts[-1] if starts else max(0, match.start() - 300)
            after = _BOUNDARY.search(text, stop)
            end = after.start() if after is not None else len(text)
            if not _TOOK_PLACE.search(text, start, end) and not _NAMED_DAY.match(text, stop):
                # "de expertbijeenkomst over waterstof van 9 februari 2029" is dated by its name
                continue  # "een studiedag voor rechters organiseren": planned, not held
            days = {
                (d.group(1), d.group(2).lower(), d.group(3))
                for d in _DAY_MONTH.finditer(text, start, end)
            }
            if len(days) != 1:
                continue  # no day, or which of two?
            number, month, year = days.pop()
            if not year:
                continue
            iso = f"{year}-{MONTHS[month]:02d}-{int(number):02d}"
            kind, opener = match.group(1).lower(), match.group(2)
            described = f"{kind} {opener} {' '.join(text[match.end() : stop].split())}"
            yield Candidate(
                match.start(1),
                stop,
                f"{ID}event/{slug(described)}-{iso}",
                "Meeting",
                label=f"{described[:1].upper()}{described[1:]} {int(number)} {month} {year}",
                date=iso,
                priority=3,
            )

    def _plenary_on(
        self, text: str, begin: int, date_start: int, plain: Candidate
    ) -> Candidate | None:
        """ "de plenaire zitting van 20 maart 2026" in a document that names the parliament:
        its session of that month (tests/heldout/README.md, "Meeting IRIs"), so that the day
        and the month ("de plenaire zitting in maart") name one meeting."""
        words = " ".join(text[begin:date_start].split()).lower().removesuffix(" van")
        plenary = [w.lower() for w in self.t.plenary_words]
        if words not in plenary or not plain.date or self._plenary_body is None:
            return None
        if not self._plenary_body.search(text):
            return None  # a plenary of whom?
        kind, body = self.t.plenary_words[0], self.t.plenary_body
        return self._session(plain.begin, plain.end, kind, body, plain.date[:7], plain.date[8:])

    def _canonical(self, kind: str, body: str) -> tuple[str, str]:
        """One kind for every spelling of a plenary session, one name for its body."""
        kind = _SEASON.sub("", " ".join(kind.lower().split()))
        if kind in self.t.plenary_words:
            kind = self.t.plenary_words[0]
        if body and self._plenary_body is not None and self._plenary_body.fullmatch(body):
            body = self.t.plenary_body
            if kind in self.t.plenary_body_kinds:
                kind = self.t.plenary_words[0]  # "de zitting van het Benelux-Parlement"
        elif body.startswith("Benelux ") and body[8:9].isupper():
            # "het Benelux Comité van Ministers" is "het Comité van Ministers": a separate
            # "Benelux" qualifies the body's name, as ``_body_words`` reads it ("Benelux-
            # werkgroep" is a compound and stays).
            body = body[8:]
        return kind, body

    def _plenaries(
        self,
        text: str,
        dated: list[tuple[int, int, str, str, str, str]],
        undated: list[tuple[int, int, str, str]],
    ) -> list[tuple[int, int, str, str, str, str]]:
        """Plenary sessions named without their body ("de volgende plenaire zitting vindt
        plaats op 12 en 13 juni 2026", "PLENAIRE VERGADERING VAN VRIJDAG 20 MAART 2026"):
        sessions of the parliament the document names, dated by their sentence. Undated ones
        ("de eerste plenaire zitting van 2026") are added to ``undated``."""
        if self._plenary is None or self._plenary_body is None:
            return []
        if not self._plenary_body.search(text):
            return []  # a plenary of whom?
        found: list[tuple[int, int, str, str, str, str]] = []
        taken = [(d[0], d[1]) for d in dated] + [(u[0], u[1]) for u in undated]
        kind, body = self.t.plenary_words[0], self.t.plenary_body
        for match in self._plenary.finditer(text):
            if any(b < match.end() and match.start() < e for b, e in taken):
                continue  # "de plenaire zitting van het Benelux Parlement": read above
            ordinal = (match.group(1) or "").lower()
            year, month, day = _date_in_sentence(text, match.end())
            of_month = _OF_MONTH.match(text, match.end())
            if of_month is not None and not month:
                # "tijdens de plenaire zitting van juni 2027": the month names the session.
                month, year = MONTHS[of_month.group(1).lower()], of_month.group(2) or year
            if not month and ordinal not in _OTHER_SESSION:
                # "... kwam op 14 en 15 juni 2024 bijeen voor zijn tweede plenaire zitting".
                year, month, day = _date_before_in_sentence(text, match.start())
            named_year = _YEAR.search(match.group())
            if month and not year:
                year = named_year.group() if named_year else _year_before(text, match.start())
            if year and month:
                end = of_month.end() if of_month else _named_day_end(text, match.end())
                found.append((match.start(), end, kind, body, f"{year}-{month:02d}", day))
            elif ordinal not in _OTHER_SESSION:
                undated.append((match.start(), match.end(), kind, body))
        return found

    @staticmethod
    def _session(
        begin: int,
        end: int,
        kind: str,
        body: str,
        ym: str,
        day: str,
        plenary: bool = True,
    ) -> Candidate:
        """A plenary session is one a month, whatever its days; another meeting of a body is
        named by its day where the text gives it ("de vergadering van het Comité van
        Ministers van 15 juni 2026")."""
        year, month = ym.split("-")
        month_name = next(name for name, number in MONTHS.items() if number == int(month))
        label = f"{kind.capitalize()} {body} {month_name} {year}"
        date = f"{ym}-{int(day):02d}" if day else ""
        if date and not plenary:
            label = f"{kind.capitalize()} {body} {int(day)} {month_name} {year}"
        return Candidate(
            begin,
            end,
            f"{ID}event/{slug(kind)}-{slug(body)}-{date if date and not plenary else ym}",
            "Meeting",
            label=label,
            date=date,
            priority=3,
        )

    def _named(self, text: str, start: int, end: int) -> Candidate | None:
        """ "Benelux-Waterdag", "Electromobility-conferentie", "Benelux Energie Innovatiedag",
        "Benelux-Baltische winddagen": capitalised words or a capitalised compound before it."""
        window = max(0, start - 60)
        begin = start
        while begin > window and (text[begin - 1].isalnum() or text[begin - 1] in "/-"):
            begin -= 1
        prefix = text[begin:start]
        titled = self._titled_kind(text, begin, start, end)
        if titled is not None:
            return titled
        if prefix and not prefix[:1].isupper():
            return None  # "fietsconferentie" in running text, "zaterdag"
        if prefix.rstrip("-").lower() in self.t.not_prefixes:
            return None
        if prefix and len(prefix.rstrip("-")) < 3:
            return None  # "Stop" is no top
        previous = text[max(0, begin - 30) : begin].split()
        words = None
        if previous and previous[-1][:1].isupper() and not _upper_line(text, begin, end):
            # only then can a name run on before it; in a heading set in capitals
            # ("GEMEENSCHAPPELIJK COMMUNIQUÉ VAN DE BENELUX-TOP") every word is capitalised,
            # so the words before say nothing of a name.
            words = self._capitals_before.search(text, window, begin)
        if words is not None:
            words = self._after_article(text, words, begin)
        if words is not None:
            first = words.group().split()[0]
            generic = first.lower() in _DETERMINERS or first.lower() in self.t.not_prefixes
            if generic or _sentence_start(text, words.start()):
                words = None
        if words is None and _BENELUX_PREFIX.fullmatch(prefix.rstrip("-")):
            # "een Benelux-conferentie over crisisbeheersing", "een Benelux-ministerconferentie
            # over sociale fraude": its subject names it.
            subject = self._subject.match(text, end)
            if subject is not None:
                stop = subject_end(text, subject.end(), self.t.subject_stops, 4)
                if stop > subject.end():
                    return self._event(text, begin, stop, priority=1)
        if words is None and not prefix and text[start:end].lower() in _FORMAL_EVENTS:
            # "een conferentie over grensregio's", "een hoorzitting over CO2-transport": a
            # formal event and its subject name one event, dated or not.
            subject = self._subject.match(text, end) if _article_before(text, start) else None
            if subject is not None:
                stop = subject_end(text, subject.end(), self.t.subject_stops, 4)
                if stop > subject.end():
                    return self._event(text, begin, stop, priority=1)
        benelux = prefix.rstrip("-") == "Benelux" or (
            prefix == "BENELUX-" and _upper_line(text, begin, end)
        )
        if words is None and benelux and text[start:end].lower() in ("top", "summit"):
            # "de Benelux-top die op 4 december 2023 plaatsvond", "2025: ... de Benelux-top":
            # the summit of the year its sentence names (one a year).
            year = _year_of_sentence(text, begin, end)
            if not year and _upper_line(text, begin, end):
                # "GEMEENSCHAPPELIJK COMMUNIQUÉ VAN DE BENELUX-TOP\n\nDen Haag, 5 november
                # 2029": a title in capitals is dated by the dateline right below it.
                dateline = _YEAR.search(text, end, end + 120)
                year = dateline.group() if dateline is not None else ""
            if not year and not _SUMMIT_DATED.search(text):
                # "de Benelux-top van het najaar" in a report dated 2 februari 2026: where the
                # document dates no summit, the year it last names.
                year = _year_before(text, begin)
            if year:
                summit = self._event(text, begin, end, year)
                return replace(summit, iri=_summit(year), label=f"{summit.label} {year}")
        if words is None and prefix.rstrip("-") == "Benelux" and text[start:end][:1].isupper():
            # "de Benelux-Top": a name, but of which year? Kept if the document dates it.
            return replace(self._event(text, begin, end), attributes=((ANCHORED, "1"),))
        if words is None and prefix == "Benelux-":
            # "de Benelux-conferentie Ruimte over de Grens": its capitalised title names it.
            theme = _THEME_AFTER.match(text, end)
            if theme is not None and theme.group(1).lower() not in _STARTERS:
                return self._event(text, begin, theme.end(1))
        if words is None and (not prefix or prefix.rstrip("-") == "Benelux"):
            return None  # "de conferentie", "Benelux-conferentie": which one?
        if words is None and not (prefix.startswith("Benelux") or "-" in prefix):
            return None
        if words is not None:
            begin = words.start()
            # "de Benelux Dag van de Grensarbeider": a named day is of whom it celebrates.
            celebrated = _DAY_OF.match(text, end) if text[start:end] in _NAMED_DAYS else None
            if celebrated is not None:
                end = celebrated.end()
        elif "-" in prefix:
            # "de Benelux-NRW-conferentie Grensarbeid": a capitalised theme after a compound
            # event word names the event with it.
            theme = _THEME_AFTER.match(text, end)
            if theme is not None:
                end = theme.end(1)
        return self._event(text, begin, end)

    def _titled_kind(self, text: str, begin: int, start: int, end: int) -> Candidate | None:
        """ "de Themadag Grensoverschrijdend Werken", "de Benelux Hackathon Overheidsdata",
        "het Symposium Digitale Grenzen": an event word written with a capital after an
        article, then a capitalised title, is the name of one event. A session word alone
        ("de Top", "de Vergadering") is left to the readers of sessions."""
        kind = text[begin:end]
        if not kind[:1].isupper() or kind in _NAMED_DAYS or _BENELUX_PREFIX.match(kind):
            return None  # "de Benelux-workshop Meertaligheid in de Zorg": read below
        if begin == start and kind.lower() in self.t.session_words:
            return None
        opener = _TITLE_OPENER.search(text, max(0, begin - 12), begin)
        if opener is None:
            return None
        theme = _THEME_BEFORE_PLACE.match(text, end)
        if theme is None or theme.group(1).split()[0].lower() in _STARTERS:
            return None
        return self._event(text, opener.start(1), theme.end(1), priority=_TITLED)

    def _after_article(self, text: str, words: re.Match[str], begin: int) -> re.Match[str] | None:
        """The capitalised words before an event word without the article opening them ("Het
        Benelux Mobiliteitscongres": "Benelux"), or the match as it was."""
        first = words.group().split()[0]
        if first.lower() not in {"de", "het"} or len(words.group().split()) < 2:
            return words
        rest = self._capitals_before.search(text, words.start() + len(first) + 1, begin)
        return rest if rest is not None else words

    def _titled(self, text: str, match: re.Match[str]) -> Candidate | None:
        """An event word and its quoted title: "conferentie "Werken over de grens"" is the
        event conferentie-werken-over-de-grens, labelled by its title, its span from the word
        to the title's end."""
        begin = match.start()
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "-"):
            begin -= 1
        words = text[begin : match.start(1) - 1].split()
        head = words[0][: len(words[0]) - len(match.group().split()[0])]
        if head.rstrip("-").lower() in self.t.not_prefixes:
            return None  # "zondag "De Morgen"": a day, not an event
        event = self._event(text, match.start(1), match.end(1), priority=1)
        named = canonical_label(" ".join([*words, match.group(1)]))
        return replace(event, begin=begin, end=match.end(1) + 1, iri=f"{ID}event/{slug(named)}")

    def _event(
        self,
        text: str,
        begin: int,
        end: int,
        date: str = "",
        priority: int = 0,
        plain: bool = False,
    ) -> Candidate:
        end = before_row(text, begin, end)  # "Benelux-conferentie X\nStatus: nieuw"
        label = canonical_label(text[begin:end])
        if plain:
            label = label[:1].upper() + label[1:]
        return Candidate(
            begin,
            end,
            f"{ID}event/{slug(label)}",
            "Meeting",
            label=label,
            date=date,
            priority=priority,
        )
