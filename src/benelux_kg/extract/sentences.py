"""Sentences of clean text, for evidence and for "in the same sentence" rules.

The clean text keeps the line breaks of short lines, so a narrow column ("onder\\nmeer")
breaks lines inside sentences. A line break ends a sentence only where the next line
starts like a sentence (a capital, a bullet, a digit) and the line before ended like one
(final punctuation) or was short enough to be a heading.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import pairwise

_END = re.compile(
    # (Each branch opens on one of these characters: a cheap test at every position first.)
    r"(?=[\s\"'”’)⁰¹²³⁴⁵⁶⁷⁸⁹•_])"
    r"(?:"
    # punctuation, then a capital; a footnote mark may be glued to it ("havens.¹ De ...")
    r"(?<=[.!?;])[\"'”’)]*[⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2}\s+(?=[\"'“‘(]?[A-Z0-9À-Ý•])"
    r"|\s*•\s*"  # a bullet starts an item
    r"|\s*_{4,}\s*"  # a rule above the footnotes
    r"|\n\n?(?=\s*[A-Z0-9À-Ý•])"  # a line break or a blank line before a capital: judged below
    r")"
)
_HEADING = 40
# An entry of an official-journal index ends with the instrument's number: "... M (2015) 15",
# or with dotted leaders and a page number: "... M(2018)3 ....... blz. 7".
_INDEX_ENTRY_END = re.compile(
    r"(?:M\s?\(\s?(?:19|20)\d{2}\s?\)\s?\d{1,3}"
    r"|(?:[.…][ \t]*){3,}(?:(?:blz|bl|p|pag|page|pp)\.?[ \t]*)?\d{1,4})\s*$"
)
# The leaders and page number that end an index entry, then text of its own on a line the
# clean text joined to it: "... d.d. 14.12.2026 ........ 14 De werkgroep valt onder ...".
_ENTRY_THEN_TEXT = re.compile(
    r"(?:[.…][ \t]*){3,}(?:(?:blz|bl|p|pag|page|pp)\.?[ \t]*)?\d{1,4}(?=\s+[\"'“‘(]?[A-ZÀ-Ý])"
)
# A full stop that ends no sentence: dotted leaders ("van 18 mei 2018 ....... M(2018)5"), and
# an abbreviation before a number ("blz. 7", "nr. 112"), also a month's before its year
# ("8 dec. 2025").
_LEADER = re.compile(r"(?:[.…][ \t]?){2,}$")
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:blz|bl|p|pp|pag|nr|nrs|art|no|d\.d|dd"
    r"|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.$",
    re.IGNORECASE,
)
# A number broken over a line ("Aanbeveling M (2022)\n4 betreffende ..."): no sentence ends.
_NUMBER_OPENED = re.compile(r"M[ \t]*\([ \t]*(?:19|20)\d{2}[ \t]*\)[ \t]*$")
# A footnote line: its number, then the note ("19 De ministers van energie ...").
_FOOTNOTE = re.compile(r"\s*\d{1,3}\s+[A-Z]")


def sentence_spans(text: str, breaks: Iterable[int] = ()) -> list[tuple[int, int]]:
    """The sentences of clean ``text``; ``breaks`` are the offsets of its paragraph breaks
    (blank lines of the stored text, see :meth:`CleanText.paragraph_breaks`)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _END.finditer(text):
        if text[match.start() - 1 : match.start()] == "." and _not_an_end(text, match):
            continue
        if match.group().startswith("\n") and "•" not in match.group():
            if match.group() == "\n\n":
                # A blank line ends a sentence, also after a heading or a list's label, unless
                # the line before ends with a comma ("De Minister van Financiën,\n\nJan Jansen").
                if text[match.start() - 1 : match.start()] == ",":
                    continue
                spans.append((position, match.start()))
                position = match.end()
                continue
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
    cuts = {c for row in table_rows(text) for c in row} | set(_paragraph_ends(text, breaks))
    cuts.update(m.end() for m in _ENTRY_THEN_TEXT.finditer(text))
    if cuts:
        spans = _cut(text, spans, sorted(cuts))
    return [(b, e) for b, e in spans if text[b:e].strip()]


# A pipe table ("| Werkgroep | Opgericht |\n|---|---|\n| SENN-Post | 2020 |"): the clean text
# joins its rows into one line, so each row (as many pipes as the header has) is cut out as
# a sentence of its own; a cell's participants are not every row's.
_TABLE_START = re.compile(r"(?m)^[ \t]*\|")
_RULE_ROW = re.compile(r"\|[ \t]*:?-{3,}")
_PIPE = re.compile(r"\|")
_NEXT_ROW = re.compile(r"[ \t]*\n?[ \t]*\|")


def table_rows(text: str) -> list[tuple[int, int]]:
    """The spans of the rows of every pipe table in clean ``text``."""
    rows: list[tuple[int, int]] = []
    for start in _TABLE_START.finditer(text):
        first = start.end() - 1
        if rows and first < rows[-1][1]:
            continue
        rule = _RULE_ROW.search(text, first + 1, min(len(text), first + 1000))
        if rule is None or text.count("\n", first, rule.start()) > 1:
            continue
        cells = text.count("|", first + 1, rule.start())  # the pipes closing the header's cells
        if cells < 2:
            continue
        at = first
        while True:
            pipes = list(_PIPE.finditer(text, at + 1, min(len(text), at + 2000)))
            if len(pipes) < cells or "\n" in text[at : pipes[cells - 1].end()]:
                break
            row_end = pipes[cells - 1].end()
            rows.append((at, row_end))
            following = _NEXT_ROW.match(text, row_end)
            if following is None:
                break
            at = following.end() - 1
    return rows


# A paragraph break or the end of a table row ends a sentence, also after a heading without
# final punctuation ("Laadinfrastructuur\n\nDe beschikking ..."), unless the text goes on in
# lower case (a page break inside a sentence), the line before ends with a comma or a colon
# (a signature, "De Minister van Financiën,\n\nJan Jansen"; a list, "Leden zijn:\n\n- ...")
# or the next line goes on in the row's cells ("Werkgroep Grens-\n  |  | overschrijdend").
def _paragraph_ends(text: str, breaks: Iterable[int]) -> Iterator[int]:
    for position in breaks:
        before = text[max(0, position - 40) : position + 1].rstrip()[-1:]
        after = text[position + 1 : position + 40].lstrip()[:1]
        if before and after and before not in ",:" and not after.islower() and after != "|":
            yield position


def _cut(text: str, spans: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for b, e in spans:
        inner = cuts[bisect_right(cuts, b) : bisect_left(cuts, e)]  # b < cut < e; cuts sorted
        if not inner:
            out.append((b, e))
            continue
        edges = [b, *inner, e]
        for begin, end in pairwise(edges):
            piece = text[begin:end]
            begin += len(piece) - len(piece.lstrip())
            end -= len(piece) - len(piece.rstrip())
            if end > begin:
                out.append((begin, end))
    return out


def _not_an_end(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 8) : match.start()]
    if _LEADER.search(before):
        return True
    return (
        _ABBREVIATION.search(before) is not None and text[match.end() : match.end() + 1].isdigit()
    )


class Sentences:
    """The sentence around any position of a clean text."""

    def __init__(self, text: str, breaks: Iterable[int] = ()):
        self.spans = sentence_spans(text, breaks)
        self._starts = [b for b, _ in self.spans]

    def around(self, position: int) -> tuple[int, int]:
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return (0, self.spans[0][1] if self.spans else 0)
        return self.spans[i]

    def index(self, position: int) -> int:
        return max(bisect_right(self._starts, position) - 1, 0)
