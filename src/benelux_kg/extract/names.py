"""Shapes of names shared by the finders: labels, dates, the subject of a descriptive name."""

from __future__ import annotations

import re
from collections.abc import Collection

MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
# The days of the week, numbered from Monday as ``date.weekday()`` does.
WEEKDAYS = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
}
# One of them, as a regular expression (case as the caller's flags say).
WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})"
# The bilingual official journal and English pages date in French and English: "du 20
# septembre 2023", "signed on 6 December 2023". Dates only; the Dutch names stay ``MONTHS``.
FOREIGN_MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
}
# Abbreviated Dutch months, read only after a day ("8 dec. 2025", "3 mrt 2024").
ABBREVIATED_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mrt": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
_DATE_MONTHS = {**MONTHS, **FOREIGN_MONTHS}
_MONTH = "|".join(sorted(_DATE_MONTHS, key=len, reverse=True))
_ABBREVIATION = "|".join(sorted(ABBREVIATED_MONTHS, key=len, reverse=True))
# A day, a month name and a year; a year alone; or a numeric date "30.06.2021", "30-06-2021",
# "30/06/2021" ("d.d. 30.06.2021" in an index), read day first as everywhere in the Benelux.
# An abbreviated month only after a day: "8 dec. 2025".
DATE = re.compile(
    rf"\b(?:(\d{{1,2}})\s+(?:en\s+\d{{1,2}}\s+)?)?({_MONTH}|(?<=\d\s)(?:{_ABBREVIATION})\.?)"
    rf"\s+(\d{{4}})\b"
    rf"|\b(?<![\d./-])(\d{{1,2}})[./-](\d{{1,2}})[./-]((?:19|20)\d{{2}})\b"
    rf"|\b((?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_QUOTES = "'\"‘’“”«»`"
_LEADING = re.compile(r"^(?:de|het|een|dit|deze|dat|die|uw|onze|haar|zijn|hun)\s+", re.IGNORECASE)
# A word of a name: letters, digits, inner hyphens, slashes and apostrophes.
WORD = re.compile(r"[^\W_][\w'’/.!-]*[\w!]|[^\W_]", re.UNICODE)


def iso_date(day: str | None, month: str | None, year: str) -> str:
    """``("7", "oktober", "2020")`` -> ``2020-10-07``; without a day, the year alone."""
    if day and month:
        key = month.lower().rstrip(".")
        number = _DATE_MONTHS.get(key) or ABBREVIATED_MONTHS[key]
        return f"{year}-{number:02d}-{int(day):02d}"
    return year


def first_date(text: str) -> str:
    """The first date or year stated in ``text``, ISO, or ``""``."""
    match = DATE.search(text)
    if match is None:
        return ""
    if match.group(7):
        return match.group(7)
    if match.group(6):
        day, month = int(match.group(4)), int(match.group(5))
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"{match.group(6)}-{month:02d}-{day:02d}"
        return match.group(6)
    return iso_date(match.group(1), match.group(2), match.group(3))


def squash(surface: str) -> str:
    """One line, single spaces, no quotes around it."""
    # str.split() splits on the characters \s matches, and drops them at both ends.
    return " ".join(surface.split()).strip(_QUOTES).strip()


def canonical_label(surface: str, triggers: Collection[str] = ()) -> str:
    """The Dutch label minted from a surface form, the same for every spelling of it.

    Spellings differ in layout, in a leading article, in "Benelux Politieverdrag" versus
    "Benelux-Politieverdrag", and in the case of the type word ("Benelux-verdrag"); the label
    fixes these so that one entity gets one label in every document.
    """
    text = _LEADING.sub("", squash(surface))
    # "de verklaring uit 2015" is "de verklaring van 2015": one label for both.
    text = re.sub(r"\buit(?=\s+(?:\d{1,2}\s+\w+\s+)?(?:19|20)\d{2}\b)", "van", text)
    text = re.sub(r"\bBenelux[ -](?=\w)", "Benelux-", text) if _joins(text, triggers) else text
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        parts = word.split("-")
        for j, part in enumerate(parts):
            lowered = part.lower()
            if any(lowered.endswith(t) for t in triggers) and not _mixed(part):
                after_benelux = j > 0 and parts[j - 1] == "Benelux"
                first = i == 0 and j == 0
                parts[j] = lowered.capitalize() if after_benelux or first else lowered
        out.append("-".join(parts))
    label = " ".join(out)
    return label[:1].upper() + label[1:]


def _joins(text: str, triggers: Collection[str]) -> bool:
    """ "Benelux Politieverdrag" is one compound: the word after Benelux is a trigger."""
    match = re.match(r"Benelux[ -](\w+)", text)
    return bool(match) and any(match.group(1).lower().endswith(t) for t in triggers)  # type: ignore[union-attr]


def _mixed(word: str) -> bool:
    """Acronyms and mixed case ("ANPR", "eHealth") keep their case."""
    return sum(1 for c in word if c.isupper()) > (1 if word[:1].isupper() else 0)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (len(word) > 1 and word[0].islower() and word[1].isupper())


def subject_end(
    text: str, start: int, stops: Collection[str], max_words: int, limit: int | None = None
) -> int:
    """Where the subject of a descriptive name that starts at ``start`` ends.

    It runs over words up to punctuation, a stop word (a verb, a relative pronoun), "en"
    followed by an article (a new noun phrase), or ``max_words`` words.
    """
    end = start
    stop = len(text) if limit is None else limit
    for count, match in enumerate(WORD.finditer(text, start, stop)):
        gap = text[end : match.start()]
        if count and gap.strip() == "," and _continues_list(text, end + gap.index(",") + 1):
            gap = " "
        if count and (re.search(r"[,.;:?!()\[\]«»\"“”•'‘’]", gap) or "\n\n" in gap):
            if re.fullmatch(r"\s*\(", gap) and re.match(
                r"[A-Z][\w-]{1,10}\)", text[match.start() :]
            ):
                end = text.index(")", match.start()) + 1  # "(ANPR)" belongs to the name
            break
        if count and "\n" in gap and match.group()[:1].isupper() and _heading_before(text, end):
            break  # "Aanbeveling over waterbeheer\nOp zaterdag ...": a heading ends there
        word = match.group().rstrip(".")
        lowered = word.lower()
        if lowered in stops or (word == "M" and _NUMBER_OPENS.match(text, match.end())):
            break
        if lowered in {"en", "of"} and _next_is_article(text, match.end()):
            break
        if lowered == "en" and _NEW_HEAD.match(text, match.end()):
            break  # "... de crisisbeheersing en heropstart van de werkzaamheden ..."
        end = match.start() + len(word)
        if count + 1 >= max_words or (count > 1 and _YEAR_WORD.match(word)):
            break  # a date closes a name: "verklaring rond gasopslag van 30 maart 2022"
    return end


_HEADING = 40  # a line this short, without final punctuation, is a heading (see sentences)


def _heading_before(text: str, position: int) -> bool:
    """Whether the line that ends at ``position`` is short enough to be a heading."""
    # The clean text may have joined the heading to the paragraph before it: the heading
    # starts after that paragraph's final stop.
    line_start = max(
        text.rfind("\n", 0, position) + 1,
        *(text.rfind(stop, 0, position) + 2 for stop in (". ", "! ", "? ")),
    )
    return position - line_start < _HEADING


_ARTICLE = re.compile(r"\s+(?:een|de|het|deze|die|dit)\s", re.IGNORECASE)
_NEW_HEAD = re.compile(r"\s+[a-z]+\s+van\s")
# The bracket of an M-number after its letter, in any spelling: "M(2020)5", "M (2020) 5".
_NUMBER_OPENS = re.compile(r"[ \t\n]*\(")
_YEAR_WORD = re.compile(r"(?:19|20)\d{2}$")


def _next_is_article(text: str, position: int) -> bool:
    return _ARTICLE.match(text, position) is not None


def _continues_list(text: str, position: int) -> bool:
    """After a comma: "mobiliteit, fiscaliteit en sociale zekerheid" goes on with the list."""
    segment = re.match(r"\s*([^,.;:()]{1,80})", text[position:])
    if segment is None:
        return False
    words = segment.group(1).split()
    return "en" in words[1:3]


_HEADING_LINE = 40


def heading_breaks(text: str, begin: int, end: int) -> list[int]:
    """Line breaks in ``text[begin:end]`` that end a heading or a paragraph, not a column
    line: the line before them is short, or ends a sentence."""
    out = []
    position = text.find("\n", begin, end)
    while position != -1:
        line_start = text.rfind("\n", 0, position) + 1
        line = text[line_start:position].rstrip()
        if len(line) < _HEADING_LINE or line.endswith((".", ":", ";", "!", "?")) or " | " in line:
            out.append(position)
        position = text.find("\n", position + 1, end)
    return out


def trim_to_line(text: str, begin: int, end: int, anchor: int) -> tuple[int, int]:
    """The part of ``text[begin:end]`` around ``anchor`` that no heading break cuts."""
    for cut in heading_breaks(text, begin, end):
        if cut < anchor:
            begin = cut + 1
        else:
            end = min(end, cut)
            break
    while end > begin and text[end - 1] in " \t":
        end -= 1
    return begin, end


# What a table row or a labelled line holds after the part of a name carried over to it: a
# column gap ("Netwerk      Deelnemers   Status") or a line's label ("Status: lopend").
_ROW_AFTER = re.compile(r"[ \t]{2,}\S|[ \t]*:")
# A list of country codes right after a name in a table's row ("X BE, LU, Grand Est").
_CODE_LIST = re.compile(r"[ \t]*,[ \t]*[A-Z]{2}(?![\w'’-])")


def before_row(text: str, begin: int, end: int) -> int:
    """``end``, or the end of the first line of a name that runs on into a table's header
    or a line's label below it ("Benelux-werkgroep X\\nNetwerk    Deelnemers", "Benelux-
    conferentie X\\nStatus: nieuw"), or before a country code that opens a list of codes in
    the next column ("Netwerk X BE, LU"): no part of a name either way."""
    newline = text.find("\n", begin, end)
    if newline >= 0 and _ROW_AFTER.match(text, end):
        end = newline
    last = text.rfind(" ", begin, end)
    if (
        last > begin
        and re.fullmatch(r"[A-Z]{2}", text[last + 1 : end])
        and _CODE_LIST.match(text, end)
    ):
        end = last
    while end > begin and text[end - 1].isspace():
        end -= 1
    return end


# The label of a field of a minutes' heading, unwrapped onto the line of the meeting's or
# group's name ("Verslag van de vergadering van de werkgroep X Datum: 23 januari 2029").
# Its lines joined, the list of those present too: "... Drinkwater Aanwezig waren:", "...
# Drinkwater Aanwezig (leden):", "Leden:", "Verhinderd:", "Tijdstip:".
FIELD_LABEL = re.compile(
    r"\s+(?:Datum|Plaats|Locatie|Tijd|Tijdstip|Aanvang|Aanwezig(?:en|\s+waren)?|Afwezig"
    r"|Verhinderd|Verontschuldigd|Voorzitter|Notulist|Secretariaat|Leden|Agenda|Kenmerk)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:"
)
