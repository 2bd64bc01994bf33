"""Numbered Benelux instruments: "M(2015)15", "M (2013) 6", a number broken over a line.

The letter M marks an act of the Committee of Ministers, so every numbered instrument is
passed by it. Its type (decision, recommendation, directive) comes from the nearest
trigger word of the ``instrument_types`` table before the number in the same sentence, or,
in an official-journal index ("• Beschikking van het Comité ... betreffende ..., van 18 mei
2018 ........ M(2018)5 ... blz. 11"), from the word that opens the entry: the title there
may run over several lines and name the instrument it amends before the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from ..namespaces import ID, slug
from .candidates import Candidate
from .named_instruments import NamedInstrumentFinder, without_date
from .names import DATE, first_date, squash

# Spaces, and one line break, may stand anywhere inside the number: "M (2013) 6", "M(2015)15",
# "M (2013)\n6" in a two-column index.
_GAP = r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?"
NUMBER = re.compile(
    rf"(?<![A-Za-z])M{_GAP}\({_GAP}((?:19|20)\d{{2}}){_GAP}\){_GAP}(\d{{1,3}})(?![\d/])"
)
# A number quoted as the misprint a rectification corrects: 'moet "M (2023) 14" worden gelezen
# in plaats van "M (2023) 41"', 'lees "M (2019) 2" i.p.v. "M (2019) 12"'. The quotes tell a
# misprinted string from an instrument replaced by another ("in plaats van M (2019) 2").
_MISPRINT_BEFORE = re.compile(
    r"(?:\bin[ \t\n]+plaats[ \t\n]+van|\bi\.p\.v\.)[ \t\n]*[\"“„'‘][ \t\n]*$"
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LOOKBACK = 160
_TITLE_WINDOW = 400


class SentenceLookup(Protocol):
    def around(self, position: int) -> tuple[int, int]: ...


@dataclass(frozen=True)
class NumberedInstrument:
    begin: int
    end: int
    id_local: str
    year: str
    kind: str | None  # a class local name from the table, or None when the text is silent
    entry: tuple[int, int] | None = None  # the title part of its index entry, if in an index


def find_numbered(
    text: str, sentences: SentenceLookup, types: Mapping[str, str]
) -> Iterator[NumberedInstrument]:
    """Every numbered instrument in clean ``text``; ``types`` maps trigger words to kinds."""
    for match in NUMBER.finditer(text):
        if _MISPRINT_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue
        year, number = match.group(1), str(int(match.group(2)))
        sentence_start = sentences.around(match.start())[0]
        start = max(sentence_start, match.start() - _LOOKBACK)
        entry = _number_first_entry(text, match.start(), match.end(), types) or index_entry(
            text, match.start(), sentence_start, match.end()
        )
        kind = _entry_kind(text[entry[0] : entry[1]], types) if entry else None
        if kind is None:
            kind = _nearest_kind(text[start : match.start()], types)
        if kind is None:
            # A long title: "Beschikking van het Comité van Ministers ... tot wijziging van
            # ..., M(2018)5". The word that opens the sentence types it.
            kind = _entry_kind(text[sentence_start : match.start()], types)
        yield NumberedInstrument(
            begin=match.start(),
            end=match.end(),
            id_local=f"M({year}){number}",
            year=year,
            kind=kind,
            entry=entry,
        )


# Dotted leaders of an index ("......", ". . . .", "…"), between a title and its number.
_LEADERS_BEFORE = re.compile(r"[ \t\n]*(?:[.…][ \t\n]*){3,}$")
_ENTRY_OPEN = re.compile(r"[\s•·*–-]*(?:\d{1,3}\.[ \t]+)?")
_ENTRY_REACH = 700
_LEADERS_AFTER = re.compile(r"[ \t]*(?:[.…][ \t]*){4,}")
_AFTER_REACH = 400
# What may stand before a number inside a title: its type word, and who made it ("Décision du
# Comité de Ministres Benelux M (2023) 6 relative à ...", "Beschikking M(2021)11 van ...").
_TYPE_THEN_NUMBER = re.compile(
    r"[A-ZÀ-Ý][\w-]*(?:[ \t\n]+(?:van|du|de|of)[ \t\n]+[^,;:()\d]{0,60}?)?[ \t\n]*"
)


def index_entry(
    text: str, number: int, sentence_start: int, number_end: int | None = None
) -> tuple[int, int] | None:
    """The title part of an index entry: from the entry's start (its sentence, after a
    bullet or an entry number "3.") to the dotted leaders.

    The number may stand after the leaders ("Beschikking ... ....... M(2018)5"), close the
    title before them ("Beschikking ..., van 1 december 2022 M (2022) 9 ....... p. 4"), or
    stand inside it ("Beschikking M(2021)11 van het Comité ... tot ..., d.d. 30.06.2021
    ........ p. 9"); in the last case the title runs on over the number to the leaders."""
    begin = max(sentence_start, number - _ENTRY_REACH)
    begin = _ENTRY_OPEN.match(text, begin).end()  # type: ignore[union-attr]
    leaders = _LEADERS_BEFORE.search(text, max(0, number - 300), number)
    if leaders is not None:
        end = leaders.start()
        return (begin, end) if end > begin else None
    if number_end is None:
        return None
    after = _LEADERS_AFTER.search(text, number_end, min(len(text), number_end + _AFTER_REACH))
    if after is None or NUMBER.search(text, number_end, after.start()):
        return None  # no leaders, or they belong to another number's entry
    if NUMBER.match(text, after.end()):
        return None  # "... M(2020)5 inzake ..., van 15 maart 2023 .... M(2023)2": not its own
    between = text[number_end : after.start()]
    if (
        between.strip()
        and "\n\n" not in between
        and _TYPE_THEN_NUMBER.fullmatch(text, begin, number)
    ):
        end = after.start()  # the number stands inside the title, after its type word
    elif not text[number_end : after.start()].strip():
        end = number  # the number closes the title
    else:
        return None
    return (begin, end) if end > begin else None


# A two-column index puts the number first, the title after it and the leaders and page
# number last ("M (2024) 3   Beschikking van het Comité ... d.d. 17.06.2024 ..... 3"). The
# number opens its line, or follows the previous entry's leaders (two dots may do: ".. 3")
# and page number, or the upper-case section heading or the column heads ("Nr. Titel Blz.")
# that the clean text joins to the first entry's line, or the full stop of a note line under
# the previous entry ("... neemt als waarnemer deel.\n\n    M (2027) 4   Aanbeveling ..."),
# which the clean text joins too.
_OPENS_ENTRY = re.compile(
    r"(?:^|\n|(?:[.…][ \t]*){2,}(?:p\.[ \t]*)?\d{1,4}"
    r"|(?<![\w-])(?-i:[A-ZÀ-Ý]{2,}|[A-Z][a-z]{1,3}\.)|[^\W\d_]{3}\.|\)\.)[ \t]*$"
)
_ENTRY_GAP = re.compile(r"[ \t]+(?=[A-ZÀ-Ý])")
_SHORT_LEADERS = re.compile(r"[ \t]*(?:[.…][ \t]*){2,}(?:p\.[ \t]*)?\d{1,4}")
_SHORT_LEADERS_END = re.compile(r"[ \t]*(?:[.…][ \t]*){2,}(?:p\.[ \t]*)?\d{1,4}[ \t]*$")


def _number_first_entry(
    text: str, number: int, number_end: int, types: Mapping[str, str]
) -> tuple[int, int] | None:
    """The title after a number that opens an index entry, up to the entry's leaders."""
    if not _OPENS_ENTRY.search(text, max(0, number - 40), number):
        return None
    gap = _ENTRY_GAP.match(text, number_end)
    if gap is None:
        return None
    begin = gap.end()
    closed = _entry_closed_by_date(text, begin)
    if closed is not None:
        return (begin, closed) if _entry_kind(text[begin:closed], types) else None
    after = _LEADERS_AFTER.search(text, begin, min(len(text), begin + _ENTRY_REACH))
    if after is None:
        return None
    end = after.start()
    blank = text.find("\n\n", begin, end)
    if blank != -1:
        # The entry ends at a blank line; its own leaders were short (".. 3"), the long ones
        # close a later entry.
        short = _SHORT_LEADERS_END.search(text, begin, blank)
        if short is None:
            return None
        end = short.start()
    for m in NUMBER.finditer(text, begin, end):
        # A later entry's number, followed by its title; a number that a wrapped title
        # carries to a new line is not followed by a capital ("... van de Beschikking\nM
        # (2020) 5 inzake eHealth").
        opener = _OPENS_ENTRY.search(text, max(0, m.start() - 40), m.start())
        if opener is None or not _ENTRY_GAP.match(text, m.end()):
            continue
        short = _SHORT_LEADERS.match(text, opener.start())
        if short is None:
            return None  # the leaders close a later entry
        end = short.start()  # this entry's own leaders were short: ".. 3"
        break
    if _entry_kind(text[begin:end], types) is None:
        return None
    return begin, end


# What closes the line after a date: its end, or the capital of the next line, which the
# clean text may join to it (a note on the entry: "... d.d. 18.06.2030 Deze beschikking ...").
_LINE_CLOSED = r"[ \t]*(?:\n|$|(?=(?-i:[A-Z])))"
# The date closing an entry's line where the entry has no leaders of its own: "M (2030) 9
# Aanbeveling inzake het vervoer van gevaarlijke stoffen d.d. 08.12.2030".
# "d.d." and the date closing the line, the date its group.
_DD_DATE = rf"d\.[ \t]?d\.[ \t]*({DATE.pattern}){_LINE_CLOSED}"
_DD_CLOSING = re.compile(rf"[ \t]+{_DD_DATE}", re.IGNORECASE)


def _entry_closed_by_date(text: str, begin: int) -> int | None:
    """Where the title of an entry without leaders ends: before the "d.d." and date that
    close its first line, or its last line before a blank one or another number."""
    stop = text.find("\n\n", begin, begin + _ENTRY_REACH)
    stop = min(len(text), begin + _ENTRY_REACH) if stop < 0 else stop
    following = NUMBER.search(text, begin, stop)
    stop = following.start() if following else stop
    closing = _DD_CLOSING.search(text, begin, stop + 1)
    if closing is None or _LEADERS_AFTER.search(text, begin, closing.start()):
        return None
    return closing.start()


def _entry_kind(entry: str, types: Mapping[str, str]) -> str | None:
    """The kind named by the capitalised type word that opens ``entry``: "Beschikking van
    ...", "Benelux-Verdrag inzake ...", "Décision du Comité ..."."""
    opening = re.match(r"\s*(?:Benelux[ -])?([^\W\d_]+)", entry)
    if opening is None or not opening.group(1)[:1].isupper():
        return None
    return _nearest_kind(opening.group(1), types)


def _nearest_kind(context: str, types: Mapping[str, str]) -> str | None:
    for word in reversed(_WORD.findall(context)):
        lowered = word.lower()
        for trigger, kind in types.items():
            if lowered == trigger or (lowered.endswith(trigger) and len(trigger) >= 7):
                return kind
    return None


_TITLE_SEPARATOR = re.compile(r"(?:[ \t]*\([ \t]*|[ \t]*,[ \t]*|[ \t]+|\n(?=\())$")
_TITLE_BOUNDARY = re.compile(r"(?:[.!?;:]\s+(?=[A-Z(])|•|\n\n|\(\s*(?=[A-Z]))")
# "M (2012) 3 - Aanbeveling van het Comité ...": the title after the number.
# The number an instrument was given, after its title: "..., vastgesteld op 11 maart 2024
# onder nummer M(2024)1".
_NUMBER_GIVEN = re.compile(
    r"[ \t\n]*,?[ \t\n]*(?:vastgesteld|aangenomen|ondertekend|goedgekeurd|bekendgemaakt)"
    r"(?![\w-])[^.;()]{0,60}?\s(?:onder|met|als)\s+(?:het\s+)?(?:nummer|nr\.?)[ \t\n]*$",
    re.IGNORECASE,
)
# A type word followed by a number is that number's: "Beschikking M (2021) 6 ...".
_OWN_NUMBER = re.compile(r"[\w-]+[ \t\n]+M[ \t\n]*\(")
_TITLE_AFTER = re.compile(r"[ \t]*[-–—:][ \t]*")
_TITLE_END = re.compile(r"[ \t]*(?:[.…][ \t]*){3,}|[.;]\s|\n|$")


def find_titles(
    text: str, numbered: Iterable[NumberedInstrument], named: NamedInstrumentFinder
) -> Iterator[Candidate]:
    """The full title printed with a number: "Benelux-Beschikking betreffende ... (M(2015)15)",
    or "M (2012) 3 - Aanbeveling ... betreffende ..." in an index.

    The title is a mention of the numbered instrument and its dcterms:title; it runs from the
    nearest type word before the number (capitalised, or after "Benelux-") and must name a
    subject ("betreffende", "inzake", ...), so that "de Benelux-Beschikking (M(2022)7)" is
    only a mention by number. It never runs over another number.
    """
    items = list(numbered)
    claimed = -1  # where the title of the last entry that opens with its number ends
    group = ""  # the day of the meeting heading the entries listed since
    for i, item in enumerate(items):
        ceiling = items[i + 1].begin if i + 1 < len(items) else len(text)
        found = _title_before(text, item, named)
        if found is not None and found[0] < claimed:
            found = None  # "M (2044) 1 Beschikking ... M (2044) 2": the title is the 1st's
        column = ""
        if found is None:
            listed = claimed == item.begin
            entry = _number_first_title(text, item, named, ceiling, listed)
            if entry is not None:
                found, column = entry[:3], entry[3]
                claimed = _ENTRY_TAIL.match(text, found[1]).end()  # type: ignore[union-attr]
                if not listed:
                    grouped = _GROUP_HEADING.search(text, max(0, item.begin - 120), item.begin)
                    group = first_date(grouped.group(1)) if grouped else ""
                column = column or group
        found = found or _title_after(text, item, named, ceiling)
        if found is None:
            cited = _cited_with_date(text, item, named)
            if cited is not None:
                yield cited
            continue
        begin, end, head = found
        end, date = without_date(text, begin, end)
        date = column or date or _line_date(text, end)
        title = squash(text[begin:end])
        cls = named.class_of(head) or item.kind or "LegalInstrument"
        yield Candidate(
            begin,
            end,
            f"{ID}instrument/{slug(item.id_local)}",
            cls,
            label=item.id_local,
            title=title,
            date=named.title_date(title) or date,
            priority=4,
            attributes=(("numbered", "1"),),
        )


# An index or a table that gives each entry's number first, then its date (a column, or
# between dashes) or only a gap, then its title: "M (2044) 1    Beschikking betreffende ...",
# "M (2040) 3 — 12.03.2040 — Aanbeveling inzake ...", "M (2042) 2   14.06.2042   Richtlijn
# over ...". The clean text joins the lines of such a list, so an entry's title runs to the
# next number; the date between number and title is the entry's.
_NUMBER_FIRST_GAP = re.compile(
    rf"[ \t]*[-–—][ \t]*(?P<dashed>{DATE.pattern})[ \t]*[-–—][ \t]*"
    rf"|[ \t]+(?:d\.[ \t]?d\.[ \t]*)?(?P<column>{DATE.pattern})[ \t]+(?=[A-ZÀ-Ý])"
    r"|[ \t]+(?=[A-ZÀ-Ý])"
)
# A line heading a group of such entries with the day of the meeting that adopted them:
# "Vergadering van 12 maart 2044", "Zitting van 3 december 2045:", "Séance du 5 juin 2046".
_GROUP_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?:Vergadering|Zitting|Bijeenkomst|Séance|Réunion|Meeting)[ \t]+"
    rf"(?:van|d\.[ \t]?d\.|du|of|on)[ \t]+({DATE.pattern})[ \t]*:?[ \t]*\n[ \t\n]*$",
    re.IGNORECASE,
)
# What may follow an entry's title before the next number: spaces, a line break.
_ENTRY_TAIL = re.compile(r"[ \t\n]*")


def _number_first_title(
    text: str, item: NumberedInstrument, named: NamedInstrumentFinder, ceiling: int, listed: bool
) -> tuple[int, int, str, str] | None:
    """The title (and the date, or "") of an entry that opens with its number, on a line of
    its own or right after the title of the entry before (``listed``)."""
    if not listed and not re.search(r"(?:^|\n)[ \t]*$", text[max(0, item.begin - 40) : item.begin]):
        return None
    gap = _NUMBER_FIRST_GAP.match(text, item.end)
    if gap is None:
        return None
    begin = gap.end()
    head = named.title_head(text[begin : begin + 40])
    if head is None or head.start() != 0:
        return None
    stop = _TITLE_END.search(text, begin, ceiling)
    end = stop.start() if stop else ceiling
    end = begin + len(text[begin:end].rstrip(" \t\n,;:"))
    if end <= begin or not named.names_subject(squash(text[begin:end])):
        return None
    day = gap.group("dashed") or gap.group("column") or ""
    return begin, end, head.group(1) or head.group(2), first_date(day) if day else ""


# "M (2025) 4 — Beschikking ... tot wijziging van de Beschikking M (2019) 2 — d.d.
# 08.12.2025": the date that closes an index entry's line, after a dash or a comma, is the
# entry's, even where its title stops at the number of the instrument it amends.
_LINE_DATE = re.compile(
    rf"[^\n]*?(?:,|[ \t]+[-–—])[ \t]*(?:d\.d\.|van)[ \t]*({DATE.pattern})[ \t]*(?:\n|$)",
    re.IGNORECASE,
)


# "M (2030) 8   Beschikking betreffende ...\n   ........... d.d. 02.07.2030", "M (2030) 9
# Aanbeveling inzake ... d.d. 08.12.2030": "d.d." closing the line, after the entry's leaders
# or right after its title, dates the entry.
_ENTRY_DD = re.compile(rf"[ \t\n]*(?:(?:[.…][ \t]*){{3,}})?[ \t]*{_DD_DATE}", re.IGNORECASE)


def _line_date(text: str, end: int) -> str:
    """The date that closes the line of a title ending at ``end``, or ""."""
    found = _LINE_DATE.match(text, end) or _ENTRY_DD.match(text, end)
    return first_date(found.group(1)) if found else ""


def _title_before(
    text: str, item: NumberedInstrument, named: NamedInstrumentFinder
) -> tuple[int, int, str] | None:
    if item.entry is not None:
        return _entry_title(text, item.entry, named)
    separator = _TITLE_SEPARATOR.search(text, max(0, item.begin - 4), item.begin)
    if separator is None:
        return None
    end = separator.start()
    given = _NUMBER_GIVEN.search(text, max(0, end - 120), end)
    if given is not None:
        end = given.start()  # "..., vastgesteld op 11 maart 2024 onder nummer M(2024)1"
    if named.class_of(text[max(0, end - 30) : end].split()[-1] if text[:end].split() else ""):
        return None  # "de beschikking M (2009) 5": named by type and number, no title
    window_start = max(0, end - _TITLE_WINDOW)
    window = text[window_start:end]
    if window.rstrip()[-1:] in {".", ";", "!", "?"}:
        return None  # the number opens a new sentence
    boundaries = list(_TITLE_BOUNDARY.finditer(window))
    if boundaries:
        window_start += boundaries[-1].end()
        window = text[window_start:end]
    head = named.title_head(window)
    # "Beschikking ... tot wijziging van de Beschikking M (2023) 4 inzake ...": the type word
    # after the amending phrase names the amended instrument; the title opens before it.
    while head is not None and named.amended_inside(text, window_start + head.start()):
        head = named.title_head(window[: head.start()])
    if head is None:
        return None
    begin = window_start + head.start()
    if _OWN_NUMBER.match(text, begin):
        return None  # "Beschikking M (2021) 6 tot wijziging van M (2017) 4": another's title
    if not named.names_subject(squash(text[begin:end])):
        return None
    return begin, end, head.group(1) or head.group(2)


# Who adopted a numbered instrument and when, right after its type word and number, as a
# footnote or a citation gives them: "Beschikking M (2020) 17 van het Comité van Ministers
# van de Benelux Unie van 7 december 2020". The body's name may hold "van de" and run over a
# line, which the relation finders' reading of a date after a number does not reach.
_BY_BODY_DATED = re.compile(
    r"[ \t\n]+van[ \t\n]+(?:het|de)[ \t\n]+[A-ZÀ-Ý][\w-]*"
    r"(?:[ \t\n]+(?:(?:van|der|de|het)[ \t\n]+){0,2}[A-ZÀ-Ý][\w-]*){0,6}"
    rf",?[ \t\n]+(?:van|d\.d\.)[ \t\n]+({DATE.pattern})",
    re.IGNORECASE,
)
_TYPE_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-Z])[\w-]*[ \t]+$", re.IGNORECASE)


def _cited_with_date(
    text: str, item: NumberedInstrument, named: NamedInstrumentFinder
) -> Candidate | None:
    """The type word and number of an instrument cited with its body and date, dated by
    them: "Beschikking M (2020) 17 van het Comité van Ministers van ... van 7 december 2020"."""
    dated = _BY_BODY_DATED.match(text, item.end)
    if dated is None:
        return None
    head = _TYPE_BEFORE.search(text, max(0, item.begin - 30), item.begin)
    if head is None:
        return None
    cls = named.class_of(head.group().strip())
    if cls is None:
        return None
    return Candidate(
        head.start(),
        item.end,
        f"{ID}instrument/{slug(item.id_local)}",
        item.kind or cls,
        label=item.id_local,
        date=first_date(dated.group(1)),
        priority=4,
        attributes=(("numbered", "1"),),
    )


_TITLE_CLOSED = re.compile(r"(?<=[a-zà-ÿ]{3})\.[ \t]*\n")


def _entry_title(
    text: str, entry: tuple[int, int], named: NamedInstrumentFinder
) -> tuple[int, int, str] | None:
    """An index entry is the title when it opens with a type word and names a subject."""
    begin, end = entry
    head = named.title_head(text[begin : min(end, begin + 40)])
    if head is None or head.start() != 0:
        return None
    # A full stop closing a line ends the title: what follows is a note on the entry
    # ("... onder het Comité van Ministers.\n  Het platform wordt voorgezeten door ...").
    closed = _TITLE_CLOSED.search(text, begin, end)
    if closed is not None:
        end = closed.start()
    end = begin + len(text[begin:end].rstrip(" \t\n,;:"))
    if not named.names_subject(squash(text[begin:end])):
        return None
    return begin, end, head.group(1) or head.group(2)


def _title_after(
    text: str, item: NumberedInstrument, named: NamedInstrumentFinder, ceiling: int
) -> tuple[int, int, str] | None:
    dash = _TITLE_AFTER.match(text, item.end)
    if dash is None:
        return None
    begin = dash.end()
    head = named.title_head(text[begin : begin + 40])
    if head is None or head.start() != 0:
        return None
    stop = _TITLE_END.search(text, begin, ceiling)
    end = stop.start() if stop else ceiling
    if end <= begin or not named.names_subject(squash(text[begin:end])):
        return None
    return begin, end, head.group(1) or head.group(2)
