"""The rotating presidency of the Benelux Union: one country, one year.

"het Nederlandse Benelux-voorzitterschap ... in 2023", "het Belgische Voorzitterschap (2021)",
"In 2020 was Nederland voorzitter van de Benelux Unie": the country comes from the adjective
of the ``presidencies`` table (or the country named with "voorzitter"), the year from the
same sentence. A presidency of another body ("het Nederlands voorzitterschap van het
Pentalateraal Energieforum") is not the Union's and is left alone; so is a presidency whose
year the sentence does not give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..namespaces import ID
from .regex import may_start
from .sentences import Sentences

_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d{2})(?![\d/-])")
_OTHER_BODY = re.compile(r"\s+van\s+(?:het|de)\s+(?!Benelux(?:\s+|-)Unie)[A-Z]")


@dataclass(frozen=True)
class Presidency:
    begin: int  # clean-text span of the mention
    end: int
    iri: str
    label: str
    country: str  # country IRI
    year: str


class PresidencyFinder:
    def __init__(self, adjectives: dict[str, str], country_names: dict[str, str]):
        """``adjectives``: "nederlandse" -> "nederland"; ``country_names``: "Nederland" ->
        "nederland" (the member states by their Dutch names)."""
        self.adjectives = adjectives
        self.countries = country_names
        words = "|".join(sorted(adjectives, key=len, reverse=True))
        self._adjective = re.compile(
            rf"{may_start(adjectives)}(?<![\w-])((?i:{words}))\s+(?:Benelux-)?(?i:voorzitterschap)"
            r"(?![\w-])"
        )
        names = "|".join(sorted(country_names, key=len, reverse=True))
        self._chair = re.compile(
            rf"(?<![\w-])({names})\s+(?:\w+\s+){{0,4}}?(voorzitter(?:schap)?)\s+van\s+de\s+"
            r"Benelux(?:\s+|-)Unie"
        )

    def find(self, text: str, sentences: Sentences) -> Iterator[Presidency]:
        for match in self._adjective.finditer(text):
            if _OTHER_BODY.match(text, match.end()):
                continue
            country = self.adjectives[match.group(1).lower()]
            year = _year_near(text, sentences, match.start())
            if year:
                yield _presidency(match.start(), match.end(), country, year)
        for match in self._chair.finditer(text):
            country = self.countries[match.group(1)]
            year = _year_near(text, sentences, match.start())
            if year:
                yield _presidency(match.start(2), match.end(2), country, year)


def _year_near(text: str, sentences: Sentences, position: int) -> str:
    begin, end = sentences.around(position)
    years = [(abs(m.start() - position), m.group(1)) for m in _YEAR.finditer(text, begin, end)]
    return min(years)[1] if years else ""


def _presidency(begin: int, end: int, country: str, year: str) -> Presidency:
    name = country.capitalize() if country != "belgie" else "België"
    return Presidency(
        begin,
        end,
        f"{ID}presidency/{country}-{year}",
        f"Voorzitterschap {name} {year}",
        f"{ID}country/{country}",
        year,
    )
