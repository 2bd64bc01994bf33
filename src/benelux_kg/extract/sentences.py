"""Sentences of clean text, for evidence and for "in the same sentence" rules.

The clean text keeps the line breaks of short lines, so a narrow column ("onder\\nmeer")
breaks lines inside sentences. A line break ends a sentence only where the next line
starts like a sentence (a capital, a bullet, a digit) and the line before ended like one
(final punctuation) or was short enough to be a heading.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_END = re.compile(
    r"(?<=[.!?;])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9À-Ý•])"  # punctuation, then a capital
    r"|\s*•\s*"  # a bullet starts an item
    r"|\s*_{4,}\s*"  # a rule above the footnotes
    r"|\n(?=\s*[A-Z0-9À-Ý•])"  # a line break before a capital: judged below
)
_HEADING = 40
# An entry of an official-journal index ends with the instrument's number: "... M (2015) 15",
# or with dotted leaders and a page number: "... M(2018)3 ....... blz. 7".
_INDEX_ENTRY_END = re.compile(
    r"(?:M\s?\(\s?(?:19|20)\d{2}\s?\)\s?\d{1,3}"
    r"|(?:[.…][ \t]*){3,}(?:(?:blz|bl|p|pag|page|pp)\.?[ \t]*)?\d{1,4})\s*$"
)
# A full stop that ends no sentence: dotted leaders ("van 18 mei 2018 ....... M(2018)5"), and
# an abbreviation before a number ("blz. 7", "nr. 112").
_LEADER = re.compile(r"(?:[.…][ \t]?){2,}$")
_ABBREVIATION = re.compile(r"(?<![\w.])(?:blz|bl|p|pp|pag|nr|nrs|art|no|d\.d|dd)\.$", re.IGNORECASE)
# A number broken over a line ("Aanbeveling M (2022)\n4 betreffende ..."): no sentence ends.
_NUMBER_OPENED = re.compile(r"M[ \t]*\([ \t]*(?:19|20)\d{2}[ \t]*\)[ \t]*$")
# A footnote line: its number, then the note ("19 De ministers van energie ...").
_FOOTNOTE = re.compile(r"\s*\d{1,3}\s+[A-Z]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _END.finditer(text):
        if text[match.start() - 1 : match.start()] == "." and _not_an_end(text, match):
            continue
        if match.group().startswith("\n") and "•" not in match.group():
            line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
            if _NUMBER_OPENED.search(line):
                continue
            ended = line.rstrip()[-1:] in {".", "!", "?", ":", ";", ")"}
            ended = ended or _INDEX_ENTRY_END.search(line) is not None
            footnote = _FOOTNOTE.match(text, match.end()) is not None
            if not ended and not footnote and len(line) >= _HEADING:
                continue
        if match.start() > position:
            spans.append((position, match.start()))
        position = match.end()
    if position < len(text):
        spans.append((position, len(text)))
    return [(b, e) for b, e in spans if text[b:e].strip()]


def _not_an_end(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 8) : match.start()]
    if _LEADER.search(before):
        return True
    return (
        _ABBREVIATION.search(before) is not None and text[match.end() : match.end() + 1].isdigit()
    )


class Sentences:
    """The sentence around any position of a clean text."""

    def __init__(self, text: str):
        self.spans = sentence_spans(text)
        self._starts = [b for b, _ in self.spans]

    def around(self, position: int) -> tuple[int, int]:
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return (0, self.spans[0][1] if self.spans else 0)
        return self.spans[i]

    def index(self, position: int) -> int:
        return max(bisect_right(self._starts, position) - 1, 0)
