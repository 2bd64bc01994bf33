"""Numbered Benelux instruments: "M(2015)15", "M (2013) 6", a number broken over a line.

The letter M marks an act of the Committee of Ministers, so every numbered instrument is
passed by it. Its type (decision, recommendation, directive) comes from the nearest
trigger word of the ``instrument_types`` table before the number in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ..text import SentenceIndex

NUMBER = re.compile(r"(?<![A-Za-z])M\s?\(\s?(\d{4})\s?\)\s?(\d{1,3})(?!\d)")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LOOKBACK = 160


@dataclass(frozen=True)
class NumberedInstrument:
    begin: int
    end: int
    id_local: str
    year: str
    kind: str | None  # a class local name from the table, or None when the text is silent


def find_numbered(
    text: str, sentences: SentenceIndex, types: Mapping[str, str]
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
