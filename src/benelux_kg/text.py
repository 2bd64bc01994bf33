"""Clean the scars of text extraction while keeping an exact map back to the stored text.

Extractors read the clean text; every span they find is mapped back to the stored text
with :meth:`CleanText.to_original`, so mentions always point into the document exactly as
it lies in the corpus. Each character of the clean text is produced by one *unit* of the
original: either the same character, or a run of characters it replaces (a run of white
space becomes one space or one newline; a blank line that ends a paragraph becomes two
newlines, the first for the white space up to its first newline, the second for the rest).
Characters the cleaner drops (a line-end hyphen, a footnote marker, a page number) produce
nothing; a span that straddles them covers them in the original.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass

# A hyphen at the end of a line, the word going on on the next one: "grensover-\nschrijdende".
_HYPHENATION = re.compile(r"(?<=\w)-[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?=\w)")
# A line holding nothing but a page number.
_PAGE_NUMBER = re.compile(r"(?m)^[ \t]*\d{1,3}[ \t]*\r?$\n?")
# A page break inside a paragraph: the page's last line goes on (a word or a comma ends it),
# then a line with the page number ("17", "— 23 —", "Pagina 4 van 12") or a running header
# in capitals beside it ("BENELUX UNIE – JAARPLAN 2026      17"), blank lines around, and
# the paragraph goes on in lower case or with the list's next item. The whole break goes, so
# that the sentence or the list reads on as one.
_HEADER_TEXT = r"[A-Z][A-Z0-9&.,'’()/:–— -]*[A-Z0-9)]"
_PAGE_LINE = (
    r"(?:[—–-][ \t]*)?\d{1,3}(?:[ \t]*[—–-])?"
    r"|[Pp]agina[ \t]+\d{1,3}(?:[ \t]+van[ \t]+\d{1,3})?"
    rf"|{_HEADER_TEXT}[ \t]{{2,}}(?:[|][ \t]*)?\d{{1,3}}"
    rf"|\d{{1,3}}[ \t]{{2,}}(?:[|][ \t]*)?{_HEADER_TEXT}"
)
# (Opened on the newline, which ``re`` finds fast; the line's end is checked in code.)
_PAGE_BREAK = re.compile(
    rf"\n((?:[ \t]*\n)*[ \t]*(?:{_PAGE_LINE})[ \t]*\n(?:[ \t]*\n)*[ \t]*)"
    r"(?=[a-zà-ÿ]|[-•·▪*–][ \t]+[a-zà-ÿ])"
)
_GOES_ON = re.compile(r"[\w,;][ \t]*$")
# A hyphen inside a line, a word going on after it ("Benelux-landen").
_INNER_HYPHEN = re.compile(r"-(?=\w)")
_LAST_WORD = re.compile(r"(?<![\w-])\w{3,}$")
# The end of a line that opens a Benelux number: "M (2013)" + "6" on the next line is no
# page number.
_NUMBER_OPENED = re.compile(r"M[ \t]*\([ \t]*(?:19|20)\d{2}[ \t]*\)[ \t]*\r?\n$")
# A footnote marker glued to the end of a word: "de Tweede Kamer1 verzochten".
# (Written to open on the digit, which ``re`` finds fast; the letters are looked behind from it.)
_FOOTNOTE_MARK = re.compile(r"\d(?<=[a-zà-ÿ]{3}\d)\d?(?=[\s.,;:)])")
# White space other than one plain space: what the cleaner rewrites.
_ODD_SPACE = re.compile(r"\s{2,}|[^\S ]")
# A line this short ends a paragraph or is a heading: keep its break.
_SHORT_LINE = 60
# A text where more than one blank line in this many goes on in lower case is double-spaced:
# its blank lines are line breaks.
_DOUBLE_SPACED = 4


@dataclass(frozen=True)
class CleanText:
    """The clean text of a document and, per clean character, the unit that produced it.

    The map is kept by runs, not by character: a run is either text kept as it is (clean
    character ``k`` of the run comes from original offset ``origin + k``) or one separator
    standing for a run of white space. ``run_clean[r]`` is where run ``r`` starts in the
    clean text, ``run_origin[r]`` where it starts in the original and ``run_end[r]`` where
    the unit of its last character ends there.
    """

    original: str
    text: str
    run_clean: array[int]
    run_origin: array[int]
    run_end: array[int]
    breaks: tuple[int, ...] = ()  # clean offsets of the paragraph breaks

    def unit(self, index: int) -> tuple[int, int]:
        """The span of the stored text that produced clean character ``index``."""
        run = bisect_right(self.run_clean, index) - 1
        offset = index - self.run_clean[run]
        start = self.run_origin[run] + offset
        following = self.run_clean[run + 1] if run + 1 < len(self.run_clean) else len(self.text)
        last = index + 1 == following
        return start, (self.run_end[run] if last else start + 1)

    def to_original(self, begin: int, end: int) -> tuple[int, int]:
        """The span of the stored text that produced ``text[begin:end]`` (``begin < end``)."""
        if not 0 <= begin < end <= len(self.text):
            raise ValueError(f"span {begin}:{end} outside clean text of length {len(self.text)}")
        return self.unit(begin)[0], self.unit(end - 1)[1]

    def original_slice(self, begin: int, end: int) -> str:
        b, e = self.to_original(begin, end)
        return self.original[b:e]

    def paragraph_breaks(self) -> list[int]:
        """Clean offsets of the separators that stand for a paragraph break: a blank line
        (or the white space around a dropped page number) outside double-spaced text."""
        return list(self.breaks)


# A blank line and what follows it: "... uitrukken.\n\nLaadinfrastructuur".
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*(\S)")
_NEIGHBOURS = 5  # blank lines each side that judge whether a text is double-spaced


def _wrapping_blank_lines(original: str) -> set[int]:
    """Where the blank lines of double-spaced text start (a PDF that puts a blank line
    after every line): more than one in four of the text's, or of those around them, goes
    on in lower case ("het nieuwe\n\nverdrag"). Such a blank line is a line break."""
    blanks = [(m.start(), m.group(1).islower()) for m in _BLANK_LINE.finditer(original)]
    if sum(lower for _, lower in blanks) * _DOUBLE_SPACED > len(blanks):
        return {start for start, _ in blanks}  # the whole text is double-spaced
    wrapping: set[int] = set()
    for i, (start, _) in enumerate(blanks):
        around = blanks[max(0, i - _NEIGHBOURS) : i + _NEIGHBOURS + 1]
        if sum(lower for _, lower in around) * _DOUBLE_SPACED > len(around):
            wrapping.add(start)
    return wrapping


# A row of a text table: cells set apart by pipes ("Benelux-Politieverdrag  | 01.10.2023  |
# Werkgroep Politieverdrag") or by two wide gaps ("Droogte en waterschaarste     nieuw
# Secretariaat-Generaal"); or the rule under its head ("-----|-----", "----------").
_CELL_GAPS = re.compile(r"\S(?:[ \t]*\|[ \t]*|[ \t]{3,})\S.*?\S(?:[ \t]*\|[ \t]*|[ \t]{3,})\S")
_RULE = re.compile(r"[ \t]*[-=|+: \t]{8,}")


def _table_row(original: str, begin: int, end: int) -> bool:
    return bool(_CELL_GAPS.search(original, begin, end) or _RULE.fullmatch(original, begin, end))


def _compound_prefixes(original: str) -> set[str]:
    r"""The words of three letters or more joined to the next by a hyphen inside a line, as
    ``re.findall(r"(?<![\w-])(\w{3,})-(?=\w)", original)`` finds them; read back from each
    hyphen, which is faster than trying that pattern at every letter of the text."""
    prefixes: set[str] = set()
    for hyphen in _INNER_HYPHEN.finditer(original):
        end = start = hyphen.start()
        while start > 0 and (original[start - 1].isalnum() or original[start - 1] == "_"):
            start -= 1
        if end - start >= 3 and (start == 0 or original[start - 1] != "-"):
            prefixes.add(original[start:end])
    return prefixes


def _drops(original: str) -> list[tuple[int, int]]:
    """Spans of the original that produce no clean text, sorted and non-overlapping."""
    spans: list[tuple[int, int]] = []
    # Words the document joins to another with a hyphen inside a line ("Benelux-landen"):
    # broken at that hyphen, they keep it ("Benelux-\nparlement").
    prefixes = _compound_prefixes(original)
    for match in _HYPHENATION.finditer(original):
        # Keep the hyphen of a compound broken at its hyphen ("Noordrijn-\nWestfalen").
        following = original[match.end()]
        # ... and after an acronym ("CMR-\nverdrag", "NIS-\nrichtlijn").
        acronym = original[max(0, match.start() - 2) : match.start()].isupper()
        word = _LAST_WORD.search(original, max(0, match.start() - 40), match.start())
        compound = word is not None and word.group() in prefixes
        keep = following.isupper() or following.isdigit() or acronym or compound
        begin = match.start() + (1 if keep else 0)
        spans.append((begin, match.end()))
    spans.extend(
        m.span()
        for m in _PAGE_NUMBER.finditer(original)
        if not _NUMBER_OPENED.search(original, max(0, m.start() - 16), m.start())
    )
    spans.extend(m.span() for m in _FOOTNOTE_MARK.finditer(original))
    spans.extend(
        m.span(1)
        for m in _PAGE_BREAK.finditer(original)
        if _GOES_ON.search(original, max(0, m.start() - 8), m.start())
    )
    spans.sort()
    merged: list[tuple[int, int]] = []
    for begin, end in spans:
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return merged


def _ends_blank(pieces: list[str]) -> bool:
    """Whether the clean text so far ends with a blank line ("\\n\\n")."""
    return pieces[-1].endswith("\n\n") or (
        len(pieces) > 1 and pieces[-1] == "\n" and pieces[-2].endswith("\n")
    )


def clean(original: str) -> CleanText:
    """Undo hyphenation, hard line breaks, footnote markers and page numbers."""
    pieces: list[str] = []  # of the clean text, joined at the end
    run_clean = array("i")
    run_origin = array("i")
    run_end = array("i")
    length = 0  # of the clean text so far
    line_start = 0
    wrapping = _wrapping_blank_lines(original)
    breaks: list[int] = []

    def run(begin: int, end: int, text: str) -> None:
        nonlocal length
        pieces.append(text)
        run_clean.append(length)
        run_origin.append(begin)
        run_end.append(end)
        length += len(text)

    def emit_kept(begin: int, end: int) -> None:
        # Text between white space runs other than one plain space is kept as it is, one
        # offset per character; each such run becomes one space or one newline.
        position = begin
        for match in _ODD_SPACE.finditer(original, begin, end):
            if match.start() > position:
                emit_plain(position, match.start())
            emit_space(match.start(), match.end())
            position = match.end()
        if position < end:
            emit_plain(position, end)

    def emit_plain(begin: int, end: int) -> None:
        if original[begin] == " " and pieces and pieces[-1][-1] in " \n":
            run_end[-1] = begin + 1  # a space after a dropped span that followed white space
            begin += 1
            if begin == end:
                return
        run(begin, end, original[begin:end])

    def emit_space(begin: int, end: int) -> None:
        nonlocal line_start
        spaces = original[begin:end]
        newlines = spaces.count("\n")
        # A blank line ends a paragraph, unless the text is double-spaced; two always do.
        # A single line break stays a space after a long line: the finders read across it.
        paragraph = newlines > 2 or (newlines == 2 and begin + spaces.find("\n") not in wrapping)
        # So does a row of a text table: the next row is not the same sentence.
        paragraph = paragraph or (newlines == 1 and _table_row(original, line_start, begin))
        if newlines:
            short = begin - line_start < _SHORT_LINE
            separator = "\n" if short or newlines > 2 or (paragraph and newlines == 1) else " "
            line_start = end
        else:
            separator = " "
        # A paragraph a blank line ends keeps a blank line: "\n\n", two units (the white
        # space up to the first newline, then the rest), so the readers see paragraphs.
        blank = paragraph and newlines >= 2
        first = begin + spaces.find("\n") + 1
        if pieces and pieces[-1][-1] in " \n":
            # Two white-space runs met across a dropped span: keep the stronger one.
            if separator == "\n" or blank:
                pieces[-1] = pieces[-1][:-1] + "\n"
            if paragraph and (not breaks or breaks[-1] != length - 1):
                breaks.append(length - 1)
            if blank and not _ends_blank(pieces):
                run_end[-1] = first
                run(first, end, "\n")
                return
            run_end[-1] = end
            return
        if paragraph:
            breaks.append(length)
        if blank:
            run(begin, first, "\n")
            run(first, end, "\n")
            return
        run(begin, end, separator)

    position = 0
    for begin, end in _drops(original):
        emit_kept(position, begin)
        position = end
    emit_kept(position, len(original))
    return CleanText(original, "".join(pieces), run_clean, run_origin, run_end, tuple(breaks))
