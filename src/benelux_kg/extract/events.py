"""Meetings and events: summits, sessions, conferences, theme days.

Shapes, built from the ``events`` table: a capitalised compound on an event word
("Benelux-Waterdag", "Electromobility-conferentie", "Benelux-Top"), capitalised words before
an event word ("Benelux Energie Innovatiedag", "EU Clean Air Forum"), an event word and its
date ("Pentalaterale ministeriële bijeenkomst van 1 februari 2021", "Benelux Top van 7
oktober 2020"), and an event word with a quoted title ("webinar «AI kansen voor ...»").
The date stated with the name becomes the event's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..namespaces import ID, slug
from .candidates import ANCHORED, Candidate
from .names import MONTHS, canonical_label, first_date

_CAPITAL = r"(?:[A-Z][\w/’'-]*)"
# A day, a month and a year: only these date a meeting's name.
_FULL_DATE = re.compile(rf"(?<!\d)\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\s+\d{{4}}\b", re.IGNORECASE)
_DETERMINERS = {"de", "het", "een", "deze", "die", "dit", "op", "in", "tijdens", "van"}


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position]
    return position == 0 or bool(re.search(r"(?:[.!?:;•]\s*|\n)$", before))


@dataclass(frozen=True)
class EventTables:
    words: tuple[str, ...]
    not_prefixes: frozenset[str]  # weekdays and the like: "Zaterdag" is no event


class EventFinder:
    def __init__(self, tables: EventTables):
        self.t = tables
        words = "|".join(re.escape(w) for w in sorted(tables.words, key=len, reverse=True))
        # Every event word, alone or ending a compound; the name is read backwards from it.
        self._word = re.compile(rf"(?i:{words})(?![\w-])")
        self._capitals_before = re.compile(rf"(?:{_CAPITAL}[ \t]+){{1,3}}$")
        # Read back from a full date: "... bijeenkomst van 1 februari 2021".
        self._dated = re.compile(
            rf"(?<![\w-])((?:{_CAPITAL}[ -])?(?:[a-zà-ÿ]+\s+)?(?i:{words}))\s+van\s+"
            rf"(?:de\s+[\w\s-]{{3,60}}?\s+van\s+)?$"
        )
        self._quoted = re.compile(
            rf"(?<![\w-])(?i:{words})\s+[«“‘'\"]([^»”’'\"\n]{{4,80}})[»”’'\"]"
        )

    def find(self, text: str) -> Iterator[Candidate]:
        for date in _FULL_DATE.finditer(text):
            match = self._dated.search(text, max(0, date.start() - 120), date.start())
            if match is None or not match.group(1)[:1].isupper():
                continue  # "een bijeenkomst van 3 mei" names no one meeting
            yield self._event(text, match.start(), date.end(), first_date(date.group()), 2)
        for match in self._word.finditer(text):
            found = self._named(text, match.start(), match.end())
            if found is not None:
                yield found
        for match in self._quoted.finditer(text):
            yield self._event(text, match.start(1), match.end(1), priority=1)

    def _named(self, text: str, start: int, end: int) -> Candidate | None:
        """ "Benelux-Waterdag", "Electromobility-conferentie", "Benelux Energie Innovatiedag",
        "Benelux-Baltische winddagen": capitalised words or a capitalised compound before it."""
        window = max(0, start - 60)
        begin = start
        while begin > window and (text[begin - 1].isalnum() or text[begin - 1] in "/-"):
            begin -= 1
        prefix = text[begin:start]
        if prefix and not prefix[:1].isupper():
            return None  # "fietsconferentie" in running text, "zaterdag"
        if prefix.rstrip("-").lower() in self.t.not_prefixes:
            return None
        if prefix and len(prefix.rstrip("-")) < 3:
            return None  # "Stop" is no top
        previous = text[max(0, begin - 30) : begin].split()
        words = None
        if previous and previous[-1][:1].isupper():  # only then can a name run on before it
            words = self._capitals_before.search(text, window, begin)
        if words is not None:
            first = words.group().split()[0]
            generic = first.lower() in _DETERMINERS or first.lower() in self.t.not_prefixes
            if generic or _sentence_start(text, words.start()):
                words = None
        if words is None and prefix.rstrip("-") == "Benelux" and text[start:end][:1].isupper():
            # "de Benelux-Top": a name, but of which year? Kept if the document dates it.
            return replace(self._event(text, begin, end), attributes=((ANCHORED, "1"),))
        if words is None and (not prefix or prefix.rstrip("-") == "Benelux"):
            return None  # "de conferentie", "Benelux-conferentie": which one?
        if words is None and not (prefix.startswith("Benelux") or "-" in prefix):
            return None
        if words is not None:
            begin = words.start()
        return self._event(text, begin, end)

    def _event(
        self, text: str, begin: int, end: int, date: str = "", priority: int = 0
    ) -> Candidate:
        label = canonical_label(text[begin:end])
        return Candidate(
            begin,
            end,
            f"{ID}event/{slug(label)}",
            "Meeting",
            label=label,
            date=date,
            priority=priority,
        )
