"""Dates stated relative to the document: "vandaag", "4 december jl.", "op 16 november".

A news item, a letter or an answer dates what happened by the day it was written: "hebben
vandaag ... ondertekend", "die de ministers op 4 december jl. ondertekenden". The manifest
gives the document's own date; these helpers resolve such a day against it:

- "vandaag", "heden": the document's date itself (only if the manifest gives a day);
  "gisteren", "eergisteren": one and two days before it;
- a day and a month without a year ("op 3 december"): the occurrence nearest to the
  document's date; "jl." / "jongstleden" / "laatstleden" says it lies before it. A document
  dated by its year alone ("Jaarplan 2025") is read from that year's first day, so only a
  day marked as past is resolved ("4 december jl." in a plan for 2025: 4 December 2024).
- a weekday alone ("op zaterdag", "zaterdagochtend", "op vrijdagavond"): a news item tells
  of the days just before it, so the last such day on or before the document's date (only
  if the manifest gives a day); "komende zaterdag" and "elke zaterdag" are not resolved.

- "dezelfde dag", "op diezelfde dag": the last day the text stated in full before it.

A month alone ("in maart") gives no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .names import DATE, MONTHS, WEEKDAYS, first_date

_FULL = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"((?:19|20)\d{2})$")
_TODAY = re.compile(r"(?<![\w-])(?:vandaag|heden)(?![\w-])", re.IGNORECASE)
# The days before it: "hebben gisteren ... ondertekend", "eergisteren".
_DAYS_BEFORE = {"gisteren": 1, "eergisteren": 2}
_YESTERDAY = re.compile(r"(?<![\w-])(gisteren|eergisteren)(?![\w-])", re.IGNORECASE)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# A day and a month, not followed by a year (a full date is read by ``names.DATE``), nor
# part of a range whose year follows ("12 en 13 juni 2024").
_DAY_MONTH = re.compile(
    rf"(?<![\w.-])(?=\d)(\d{{1,2}})\s+({_MONTH})(?![\w-])"
    rf"(?!\s*(?:(?:19|20)\d{{2}}|[-–]\s*\d|en\s+\d))"
    r"(?P<past>\s+(?:jl\.|jongstleden|laatstleden|ll\.))?",
    re.IGNORECASE,
)

# A weekday, alone or with its part of the day, not followed by a day number ("vrijdag 21
# maart" is a full date) nor a plural ("zaterdagen"): "op zaterdag", "zaterdagochtend",
# "op vrijdagavond"; never after a word that points ahead or repeats ("komende zaterdag",
# "volgende vrijdag", "elke zaterdag").
_WEEKDAY = re.compile(
    r"(?<![\w-])(?i:(?<!komende )(?<!volgende )(?<!aanstaande )(?<!elke )(?<!iedere ))"
    rf"(?i:({'|'.join(WEEKDAYS)}))(?:ochtend|middag|avond|namiddag|voormiddag)?"
    r"(?![\w-])(?!\s+\d)"
)
_WEEK = 7
# "Dezelfde dag ondertekenden ...", "op diezelfde dag": the day named last before.
_SAME_DAY = re.compile(
    r"(?=[OoDd])(?<![\w-])(?:op\s+)?(?:de|die)zelfde\s+dag(?![\w-])", re.IGNORECASE
)

# "... als de aanbeveling", "als het verdrag", "als de top": what the same day is that of.
_SAME_AS = re.compile(r"\s+als\s+(?:de|het)\s+([a-zà-ÿ][\w-]{2,})(?![\w-])")
_SENTENCE_CLOSE = re.compile(r"[.!?](?=[\s¹²³⁴⁵⁶⁷⁸⁹]|$)|\n\n")


@dataclass(frozen=True)
class RelativeDate:
    begin: int
    end: int
    iso: str


def document_day(stated: str) -> tuple[date | None, bool]:
    """The manifest's date as a day, and whether it names a day (not only a year)."""
    stated = stated.strip()
    full = _FULL.match(stated)
    if full:
        try:
            return date(int(full.group(1)), int(full.group(2)), int(full.group(3))), True
        except ValueError:
            return None, False
    year = _YEAR.match(stated)
    if year:
        return date(int(year.group(1)), 1, 1), False
    return None, False


def relative_dates(text: str, stated: str) -> list[RelativeDate]:
    """Every day of ``text`` stated relative to the document's date ``stated`` (ISO, or a
    year), resolved; only "dezelfde dag" if the document has no date."""
    today, exact = document_day(stated)
    if today is None:
        return _same_days(text)
    found: list[RelativeDate] = []
    if exact:
        found.extend(
            RelativeDate(m.start(), m.end(), today.isoformat()) for m in _TODAY.finditer(text)
        )
        found.extend(_weekdays(text, today))
        found.extend(
            RelativeDate(
                m.start(),
                m.end(),
                (today - timedelta(days=_DAYS_BEFORE[m.group(1).lower()])).isoformat(),
            )
            for m in _YESTERDAY.finditer(text)
        )
    for m in _DAY_MONTH.finditer(text):
        past = m.group("past") is not None
        if not exact and not past:
            continue
        day = _nearest(today, int(m.group(1)), MONTHS[m.group(2).lower()], past)
        if day is not None:
            found.append(RelativeDate(m.start(), m.end(), day.isoformat()))
    found.extend(_same_days(text))
    found.sort(key=lambda d: d.begin)
    return found


def _same_days(text: str) -> list[RelativeDate]:
    """ "Dezelfde dag" as the last full date stated before it, if there is one."""
    found = []
    for m in _SAME_DAY.finditer(text):
        named = _SAME_AS.match(text, m.end())
        if named is not None:
            # "Op dezelfde dag als de aanbeveling": the day of what it names, not merely the
            # last day stated (which may be another event's).
            day = _day_of(text, m.start(), named.group(1))
            if day:
                found.append(RelativeDate(m.start(), named.end(), day))
            continue
        days = [first_date(d.group()) for d in DATE.finditer(text, 0, m.start())]
        full = [d for d in days if len(d) == 10]
        if full:
            found.append(RelativeDate(m.start(), m.end(), full[-1]))
    return found


def _day_of(text: str, before: int, noun: str) -> str:
    """The last full day stated before ``before`` in a sentence that names ``noun`` ("de
    aanbeveling": a sentence with "Aanbeveling M (2028) 14" or "de aanbeveling"), or ""."""
    # the noun alone or ending a compound ("Benelux-aanbeveling", "ontwerpaanbeveling")
    word = re.compile(rf"{re.escape(noun)}(?![\w])", re.IGNORECASE)
    for d in reversed(list(DATE.finditer(text, 0, before))):
        day = first_date(d.group())
        if len(day) != 10:
            continue
        opened = max(text.rfind(". ", 0, d.start()), text.rfind("\n\n", 0, d.start()))
        closed = _SENTENCE_CLOSE.search(text, d.end(), before)
        if word.search(text, opened + 1, closed.start() if closed else before):
            return day
    return ""


def _weekdays(text: str, today: date) -> list[RelativeDate]:
    """Every weekday named alone, as the last such day on or before ``today``."""
    found = []
    for m in _WEEKDAY.finditer(text):
        back = (today.weekday() - WEEKDAYS[m.group(1).lower()]) % _WEEK
        found.append(RelativeDate(m.start(), m.end(), (today - timedelta(days=back)).isoformat()))
    return found


def _nearest(today: date, day: int, month: int, past: bool) -> date | None:
    """The occurrence of the day and month nearest to ``today``; before it if ``past``."""
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if past:
        options = [d for d in options if d < today]
    if not options:
        return None
    return min(options, key=lambda d: abs((d - today).days))
