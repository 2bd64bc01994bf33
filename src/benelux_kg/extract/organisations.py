"""External organisations the reference data does not know, named where the text says what
they are: "het bedrijf ASML", "het onderzoekscentrum Imec", "bedrijven zoals Elmos
Semiconductor en Infineon", "de drie AI-coalities (NLAIC, AI4Belgium en Luxembourg
Digital)", "het Onderzoeksinstituut voor Discrete Wiskunde".

The nouns that say "this is an organisation" are the ``organisation_nouns`` table. A name
must be capitalised; one the reference data knows (a country, an institution) is found by
the gazetteer instead, which wins where the spans are equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..namespaces import ID, slug
from .candidates import PLACES, Candidate
from .names import squash
from .regex import may_start, one_of

# A name word; a full stop only inside an abbreviation ("K.M.O.", "N.V."), so that a name
# never runs over the end of its sentence ("het Havenbedrijf Rotterdam. Het Europees ...").
_NAME_WORD = (
    r"(?:[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*(?:(?<=\.[\w&'’-])\.)?|[a-z]+[A-Z][\w-]*"
    r"|\d+[A-Za-z][\w-]*)"
)
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_LIST = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s+en\s+{_NAME})?"

# "Vragen gesteld door de leden der Kamer": the formula of the Aanhangsel van de Handelingen of
# the Tweede Kamer (written questions); "der Kamer" names it where the Eerste Kamer is absent.
_MEMBERS_OF_THE_HOUSE = re.compile(r"(?<![\w-])[Ll]eden[ \t\n]+der[ \t\n]+(Kamer)(?![\w-])")
_TWEEDE_KAMER = f"{ID}organisation/tweede-kamer"


@dataclass(frozen=True)
class OrganisationTables:
    singular: tuple[str, ...]
    plural: tuple[str, ...]
    compound_heads: tuple[str, ...]  # "Onderzoeksinstituut", "Kenniscentrum" ...
    not_names: frozenset[str]  # capitalised words that start no organisation's name
    starters: frozenset[str]  # words that start a sentence, not a name ("Dezelfde")
    english_heads: tuple[str, ...] = ()  # "Port of", "University of"


class OrganisationFinder:
    def __init__(self, tables: OrganisationTables):
        self.t = tables
        singular = one_of(tables.singular, fold=True)
        plural = one_of(tables.plural, fold=True)
        heads = "|".join(re.escape(w) for w in tables.compound_heads)
        self._one = re.compile(rf"(?<![\w-])(?:[Hh]et|[Dd]e)\s+((?i:{singular}))\s+({_NAME})")
        english = "|".join(re.escape(w) for w in tables.english_heads) or "port of"
        # "Port of Antwerp-Bruges": an English head and a capitalised name.
        self._english = re.compile(rf"(?<![\w-])(?i:{english})[ \t]+{_NAME_WORD}")
        # "bedrijven zoals X en Y"; "coalities van de landen (X, Y en Z)": a list in
        # parentheses has two names at least, else it explains a word ("(Authorised ...)").
        self._plural = re.compile(rf"{may_start(tables.plural)}(?i:{plural})(?![\w-])")
        self._many = re.compile(
            rf"(?:\s+[\w-]+){{0,6}}?\s*"
            rf"(?:zoals\s+({_LIST})|\(\s*({_NAME}(?:\s*,\s*{_NAME})*\s+en\s+{_NAME})\s*\))"
        )
        # "De transmissienetbeheerders Elia, TenneT, Creos, RTE en Amprion": a list of two
        # names at least right after the noun, in apposition.
        self._apposition = re.compile(
            rf"[ \t]+({_NAME}(?:[ \t]*,\s*{_NAME})*\s+en\s+{_NAME})(?![\w-])"
        )
        self._compound = re.compile(
            rf"(?<![\w-])([A-Z][a-z]*(?i:{heads}))\s+(?:voor|van)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)"
        )

    def find(self, text: str) -> Iterator[Candidate]:
        if "der Kamer" in text and "Eerste Kamer" not in text:
            for match in _MEMBERS_OF_THE_HOUSE.finditer(text):
                yield Candidate(
                    match.start(1), match.end(1), _TWEEDE_KAMER, "NationalBody", layer=PLACES
                )
        for match in self._one.finditer(text):
            if match.group(1)[:1].isupper():
                # "het Havenbedrijf Rotterdam": a capitalised noun is the head of the name.
                yield from self._names(text, match.start(1), text[match.start(1) : match.end(2)])
            else:
                yield from self._names(text, match.start(2), match.group(2))
        for match in self._english.finditer(text):
            if match.group()[:1].isupper():
                yield self._organisation(text, match.start(), match.end())
        for plural in self._plural.finditer(text):
            listed = self._many.match(text, plural.end())
            group = 1 if listed is not None and listed.group(1) else 2
            if listed is None:
                listed, group = self._apposition.match(text, plural.end()), 1
            if listed is None:
                continue
            for item in re.finditer(_NAME, listed.group(group)):
                yield from self._names(text, listed.start(group) + item.start(), item.group())
        for match in self._compound.finditer(text):
            yield self._organisation(text, match.start(), match.end())

    def _names(self, text: str, begin: int, name: str) -> Iterator[Candidate]:
        words = name.split()
        while words and words[-1].lower() in {"en", "of"}:
            words.pop()
        if not words or words[0] in self.t.not_names or words[0].lower() in self.t.starters:
            return
        surface = " ".join(words)
        end = text.find(words[-1], begin) + len(words[-1])
        if surface and end > begin:
            yield self._organisation(text, begin, end)

    @staticmethod
    def _organisation(text: str, begin: int, end: int) -> Candidate:
        label = squash(text[begin:end])
        return Candidate(
            begin,
            end,
            f"{ID}organisation/{slug(label)}",
            "ExternalOrganisation",
            label=label,
            layer=PLACES,
            priority=1,
        )
