"""Numbered Benelux instruments: "M(2015)15", "M (2013) 6", a number broken over a line.

The letter M marks an act of the Committee of Ministers, so every numbered instrument is
passed by it. Its type (decision, recommendation, directive) comes from the nearest
trigger word of the ``instrument_types`` table before the number in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from ..namespaces import ID, slug
from .candidates import Candidate
from .named_instruments import NamedInstrumentFinder
from .names import squash

# Spaces, and one line break, may stand anywhere inside the number: "M (2013) 6", "M(2015)15",
# "M (2013)\n6" in a two-column index.
_GAP = r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?"
NUMBER = re.compile(
    rf"(?<![A-Za-z])M{_GAP}\({_GAP}((?:19|20)\d{{2}}){_GAP}\){_GAP}(\d{{1,3}})(?![\d/])"
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


def find_numbered(
    text: str, sentences: SentenceLookup, types: Mapping[str, str]
) -> Iterator[NumberedInstrument]:
    """Every numbered instrument in clean ``text``; ``types`` maps trigger words to kinds."""
    for match in NUMBER.finditer(text):
        year, number = match.group(1), str(int(match.group(2)))
        start = max(sentences.around(match.start())[0], match.start() - _LOOKBACK)
        yield NumberedInstrument(
            begin=match.start(),
            end=match.end(),
            id_local=f"M({year}){number}",
            year=year,
            kind=_nearest_kind(text[start : match.start()], types),
        )


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
_TITLE_AFTER = re.compile(r"[ \t]*[-–:][ \t]*")
_TITLE_END = re.compile(r"[.;]\s|\n|$")


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
    for i, item in enumerate(items):
        found = _title_before(text, item, named) or _title_after(
            text, item, named, items[i + 1].begin if i + 1 < len(items) else len(text)
        )
        if found is None:
            continue
        begin, end, head = found
        title = squash(text[begin:end])
        cls = named.class_of(head) or item.kind or "LegalInstrument"
        yield Candidate(
            begin,
            end,
            f"{ID}instrument/{slug(item.id_local)}",
            cls,
            label=item.id_local,
            title=title,
            date=named.title_date(title),
            priority=4,
            attributes=(("numbered", "1"),),
        )


def _title_before(
    text: str, item: NumberedInstrument, named: NamedInstrumentFinder
) -> tuple[int, int, str] | None:
    separator = _TITLE_SEPARATOR.search(text, max(0, item.begin - 4), item.begin)
    if separator is None:
        return None
    end = separator.start()
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
    if head is None:
        return None
    begin = window_start + head.start()
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
