"""Clean the scars of text extraction while keeping an exact map back to the stored text.

Extractors read the clean text; every span they find is mapped back to the stored text
with :meth:`CleanText.to_original`, so mentions always point into the document exactly as
it lies in the corpus. Each character of the clean text is produced by one *unit* of the
original: either the same character, or a run of characters it replaces (a run of white
space becomes one space or one newline). Characters the cleaner drops (a line-end hyphen,
a footnote marker, a page number) produce nothing; a span that straddles them covers
them in the original.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

# A hyphen at the end of a line, the word going on on the next one: "grensover-\nschrijdende".
_HYPHENATION = re.compile(r"(?<=\w)-[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?=\w)")
# A line holding nothing but a page number.
_PAGE_NUMBER = re.compile(r"(?m)^[ \t]*\d{1,3}[ \t]*\r?$\n?")
_COMPOUND_PREFIX = re.compile(r"(?<![\w-])(\w{3,})-(?=\w)")
_LAST_WORD = re.compile(r"(?<![\w-])\w{3,}$")
# The end of a line that opens a Benelux number: "M (2013)" + "6" on the next line is no
# page number.
_NUMBER_OPENED = re.compile(r"M[ \t]*\([ \t]*(?:19|20)\d{2}[ \t]*\)[ \t]*\r?\n$")
# A footnote marker glued to the end of a word: "de Tweede Kamer1 verzochten".
_FOOTNOTE_MARK = re.compile(r"(?<=[a-zà-ÿ]{3})\d{1,2}(?=[\s.,;:)])")
_WHITESPACE = re.compile(r"\s+")
# A line this short ends a paragraph or is a heading: keep its break.
_SHORT_LINE = 60


@dataclass(frozen=True)
class CleanText:
    """The clean text of a document and, per clean character, the unit that produced it."""

    original: str
    text: str
    starts: array[int]
    ends: array[int]

    def to_original(self, begin: int, end: int) -> tuple[int, int]:
        """The span of the stored text that produced ``text[begin:end]`` (``begin < end``)."""
        if not 0 <= begin < end <= len(self.text):
            raise ValueError(f"span {begin}:{end} outside clean text of length {len(self.text)}")
        return self.starts[begin], self.ends[end - 1]

    def original_slice(self, begin: int, end: int) -> str:
        b, e = self.to_original(begin, end)
        return self.original[b:e]


def _drops(original: str) -> list[tuple[int, int]]:
    """Spans of the original that produce no clean text, sorted and non-overlapping."""
    spans: list[tuple[int, int]] = []
    # Words the document joins to another with a hyphen inside a line ("Benelux-landen"):
    # broken at that hyphen, they keep it ("Benelux-\nparlement").
    prefixes = set(_COMPOUND_PREFIX.findall(original))
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
    spans.sort()
    merged: list[tuple[int, int]] = []
    for begin, end in spans:
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return merged


def clean(original: str) -> CleanText:
    """Undo hyphenation, hard line breaks, footnote markers and page numbers."""
    chars: list[str] = []
    starts = array("i")
    ends = array("i")
    drops = _drops(original)
    position = 0
    line_start = 0

    def emit_kept(begin: int, end: int) -> None:
        nonlocal line_start
        for match_start, match_end, is_space in _segments(original, begin, end):
            if not is_space:  # kept as it is, one offset per character
                chars.extend(original[match_start:match_end])
                starts.extend(range(match_start, match_end))
                ends.extend(range(match_start + 1, match_end + 1))
                continue
            run = original[match_start:match_end]
            if "\n" in run:
                line_length = match_start - line_start
                separator = "\n" if line_length < _SHORT_LINE or run.count("\n") > 2 else " "
                line_start = match_end
            else:
                separator = " "
            if chars and chars[-1] in " \n":
                # Two white-space runs met across a dropped span: keep the stronger one.
                if separator == "\n":
                    chars[-1] = "\n"
                ends[-1] = match_end
                continue
            chars.append(separator)
            starts.append(match_start)
            ends.append(match_end)

    for begin, end in drops:
        emit_kept(position, begin)
        position = end
    emit_kept(position, len(original))
    return CleanText(original=original, text="".join(chars), starts=starts, ends=ends)


def _segments(text: str, begin: int, end: int) -> list[tuple[int, int, bool]]:
    """Split ``text[begin:end]`` into runs of white space and runs of anything else."""
    out: list[tuple[int, int, bool]] = []
    position = begin
    for match in _WHITESPACE.finditer(text, begin, end):
        if match.start() > position:
            out.append((position, match.start(), False))
        out.append((match.start(), match.end(), True))
        position = match.end()
    if position < end:
        out.append((position, end, False))
    return out
