"""Find the names of known entities (reference data) in clean text.

The matcher is built from the reference graph: every ``rdfs:label`` and ``skos:altLabel``
of an entity becomes a pattern. Matching is case-insensitive and treats hyphens and
spaces alike ("Benelux-Parlement" = "Benelux Parlement"), except for names written in
capitals only ("NRW", "SG"), which must match exactly and never inside a compound ("EU" is
not named in "EU-land"). One Aho-Corasick pass over the text finds them all; the longest
match wins where names overlap.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

# What folding rewrites, one character for one: hyphens and dashes and line breaks become
# spaces, curly quotes straight ones. (``str.replace`` per character: ``str.translate`` with a
# table looks every character of the text up, ten times slower on a whole document.)
_FOLD = (
    ("-", " "),
    ("‐", " "),
    ("‑", " "),
    ("–", " "),
    ("—", " "),
    ("’", "'"),
    ("‘", "'"),
    ("`", "'"),
    ("\n", " "),
    ("\u00a0", " "),
)


def fold(text: str) -> str:
    """Lower-case, hyphens as spaces; keeps the length so offsets survive."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ")
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for char, replacement in _FOLD:
        if char in lowered:
            lowered = lowered.replace(char, replacement)
    return lowered


@dataclass(frozen=True)
class Match:
    begin: int
    end: int
    key: str  # what the pattern stands for (an entity IRI, a trigger)
    surface: str


class Gazetteer:
    """A multi-pattern matcher from names to keys."""

    def __init__(self, names: Iterable[tuple[str, str]]):
        by_pattern: dict[str, set[tuple[str, bool]]] = defaultdict(set)
        proper: dict[str, set[str]] = defaultdict(set)
        names = list(names)
        for name, key in names:
            name = " ".join(name.split())
            if not name:
                continue
            # An acronym, or a name written in capitals as one word ("EUREGIO"), is matched
            # in capitals only and never inside a compound ("Euregio-samenwerking").
            exact = name.isupper() and (len(name) <= 6 or name.isalpha())
            # The text is matched with runs of spaces squeezed to one, so must the name be:
            # "Inlichtingen- en" folds to two spaces, "Egmont - Koninklijk" to three.
            folded = " ".join(fold(name).split())
            by_pattern[folded].add((key, exact))
            if _proper(name):
                proper[folded].add(key)
        spellings: dict[str, int] = defaultdict(int)
        proper_keys: dict[str, int] = defaultdict(int)
        for pattern, keys in by_pattern.items():
            for key, _ in keys:
                spellings[key] += 1
                proper_keys[key] += key in proper[pattern]
        self._automaton = ahocorasick.Automaton()
        self.ambiguous: dict[str, set[str]] = {}
        for pattern, keys in by_pattern.items():
            distinct = {k for k, _ in keys}
            if len(distinct) > 1:
                self.ambiguous[pattern] = distinct
                continue
            key = next(iter(distinct))
            # Every spelling of this key capitalises it: a lower-case one is a common noun.
            capital = proper_keys.get(key, 0) == spellings[key]
            value = (pattern, key, all(e for _, e in keys), capital)
            self._automaton.add_word(pattern, value)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Match]:
        return longest_first(self.find_all(text))

    def find_all(self, text: str) -> list[Match]:
        """Every match, names nested in longer names included ("Nederland" in "Transport en
        Logistiek Nederland")."""
        if self._empty:
            return []
        folded = fold(text)
        # A line break and the indentation of the next line inside a name ("Benelux
        # Economische\n  Unie") count as one space: match in a copy with runs of white space
        # squeezed, and map offsets back.
        squeezed, starts = _squeeze(folded)
        candidates: list[Match] = []
        for last, (pattern, key, exact, capital) in self._automaton.iter(squeezed):
            begin, end = last - len(pattern) + 1, last + 1
            if starts is not None:
                begin, end = starts[begin], starts[end - 1] + 1
            if begin > 0 and folded[begin - 1].isalnum():
                continue
            if begin > 1 and text[begin - 1] == "-" and text[begin - 2].isalpha() and not exact:
                continue  # the head of a compound: "Ecofin-Raad van de EU" is no "Raad van de EU"
            if end < len(folded) and folded[end].isalnum():
                continue
            surface = text[begin:end]
            if exact and (not surface.isupper() or _glued(text, begin, end)):
                continue
            if capital and surface.islower():
                continue  # "de nationale politie" of any country, not the Nationale Politie
            if _REGION_KEY in key:
                word = _REGION_WORD.search(text, max(0, begin - 12), begin)
                if word is not None:
                    begin, surface = word.start(), text[word.start() : end]
            candidates.append(Match(begin, end, key, surface))
        return _uncross(candidates)


# "la Région Grand Est", "das Land Nordrhein-Westfalen": the word for a region or a German
# state opens the region's own name (in the reference data without it).
_REGION_KEY = "/id/region/"
_REGION_WORD = re.compile(r"(?<![\w-])(?:Région|Land|Bundesland)[ \t]+$")


# "het Benelux-NRW Netwerk", "de Benelux-NRW-werkgroep": the Benelux paired with a partner by
# a hyphen; the partner's acronym keeps its meaning.
_PAIRED = re.compile(r"(?<![\w-])Benelux-$")


# Folded text has no line breaks (see ``fold``): a line break and the indentation of the next
# line are a run of spaces.
_RUN = re.compile(r"[ \t]{2,}")


def _squeeze(folded: str) -> tuple[str, list[int] | None]:
    """``folded`` with every run of white space inside a line break or indentation made one
    space, and the offset in ``folded`` of each character (None: nothing to squeeze)."""
    runs = list(_RUN.finditer(folded))
    if not runs:
        return folded, None
    parts: list[str] = []
    starts: list[int] = []
    position = 0
    for run in runs:
        parts.append(folded[position : run.start()])
        starts.extend(range(position, run.start()))
        parts.append(" ")
        starts.append(run.start())
        position = run.end()
    parts.append(folded[position:])
    starts.extend(range(position, len(folded)))
    return "".join(parts), starts


def _uncross(candidates: list[Match]) -> list[Match]:
    """Two names that cross: "Comité van Ministers van de Benelux" (an alias) and "Benelux
    Economische Unie" in "Comité van Ministers van de Benelux Economische Unie". The first
    is read in a shorter spelling of its own that ends before the second begins."""
    if len(candidates) < 2:
        return candidates
    by_begin: dict[int, list[Match]] = defaultdict(list)
    for m in candidates:
        by_begin[m.begin].append(m)
    ordered = sorted(candidates, key=lambda m: m.begin)
    begins = [m.begin for m in ordered]
    dropped: set[Match] = set()
    for m in candidates:
        # Only the matches that begin inside this one can cross it.
        first, last = bisect_right(begins, m.begin), bisect_left(begins, m.end)
        for other in ordered[first:last]:
            if other.end <= m.end:
                continue
            shorter = [s for s in by_begin[m.begin] if s.key == m.key and s.end <= other.begin]
            if shorter:
                dropped.add(m)
                break
    return [m for m in candidates if m not in dropped] if dropped else candidates


_PARTICLES = {"van", "de", "der", "het", "voor", "en", "des", "du", "la", "le", "of", "the"}


def _proper(name: str) -> bool:
    """A name of two words or more, each capitalised but the particles: "Nationale Politie"."""
    words = name.replace("-", " ").split()
    content = [w for w in words if w.lower() not in _PARTICLES]
    return len(words) >= 2 and all(w[:1].isupper() for w in content)


# Nouns after an acronym and a hyphen that name a part of the organisation, so the acronym
# keeps its meaning: "de SOLVIT-centra", "het EURES-netwerk" (but "EU-land" is no EU).
_UNIT_NOUNS = re.compile(
    r"-(?:centra|centrum|centre|centers|kantoor|kantoren|netwerk|secretariaat|contactpunt"
    r"|contactpunten|agentschap|delegatie)(?![\w-])"
)


def _glued(text: str, begin: int, end: int) -> bool:
    """An acronym glued to a word, unless the Benelux is paired with it ("het Benelux-NRW
    Netwerk", "de Benelux-NRW-werkgroep": the partner of the Benelux)."""
    if not _in_compound(text, begin, end):
        return False
    return not _PAIRED.search(text, max(0, begin - 8), begin)


def _in_compound(text: str, begin: int, end: int) -> bool:
    """An acronym glued to a word is part of it: "EU-land", "(EU-)vrij", "EnergieAgentur.NRW",
    "NRW.Energy4Climate"."""
    before = text[begin - 1] if begin > 0 else " "
    after = text[end] if end < len(text) else " "
    if before not in "-." and _UNIT_NOUNS.match(text, end):
        return False
    dotted = after == "." and text[end + 1 : end + 2].isalnum()
    return before in "-." or after == "-" or dotted


def longest_first(candidates: list[Match]) -> list[Match]:
    """Non-overlapping matches, preferring the longest, then the leftmost."""
    chosen: list[Match] = []
    taken: set[int] = set()
    for match in sorted(candidates, key=lambda m: (-(m.end - m.begin), m.begin)):
        covered = range(match.begin, match.end)
        if any(i in taken for i in covered):
            continue
        chosen.append(match)
        taken.update(covered)
    return sorted(chosen, key=lambda m: m.begin)
