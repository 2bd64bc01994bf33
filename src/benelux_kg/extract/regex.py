"""Regular-expression helpers shared by the finders."""

from __future__ import annotations

import re
import sys
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import ahocorasick


def may_start(words: Iterable[str]) -> str:
    """A lookahead that admits only the positions where one of ``words`` could start.

    A search for an alternation of literal words tries every branch at every position of
    the text; this one-character test first rules out most positions (about twice as fast
    over a document), and changes no match. Both cases of each first letter are admitted,
    so it serves case-insensitive alternations too.
    """
    first = {w[0] for w in words if w}
    first |= {c.lower() for c in first} | {c.upper() for c in first}
    if not first:
        return "(?!)"
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"


def word_first(
    words: Iterable[str], behind: str = r"\w", *, fold: bool = False, capital: bool = False
) -> str:
    """A group matching any of ``words`` where no ``behind`` character stands before it, as
    ``rf"(?<!{behind})(?:{'|'.join(map(re.escape, words))})"`` does (``(?<!\\w)`` is ``\\b``
    before a word that opens on a letter), but written to open on the words' first letters.

    ``re`` tries a pattern that opens on a look-behind or ``\\b`` at every position of the
    text; one that opens on letters only where those letters stand (several times faster over
    a document). Each word is written as its first letter, the look-behind, which reads that
    same letter after the character before it, and the rest; the branches keep their order.

    ``fold``: the words in any case, as inside ``(?i:...)``. The first letter is then read as
    a class of its two cases, the rest after a look-behind on them; first letters that ``re``
    folds with a third character ("i", "k", "s") are written the plain way.

    ``capital``: the first letter in either case, the rest as given: as
    ``rf"(?<!{behind})(?:[Hh]et|[Dd]e)"`` for ``["het", "de"]``.
    """
    words = list(words)
    if not words:
        return "(?!)"
    if not all(words):
        raise ValueError("an empty word matches everywhere")
    if not fold and not capital:
        branches = []
        for word in words:
            letter = re.escape(word[0])
            branches.append(rf"{letter}(?<!{behind}{letter}){re.escape(word[1:])}")
        return "(?:" + "|".join(branches) + ")"
    firsts = {c for w in words for c in (w[0].lower(), w[0].upper())}
    either = "[" + "".join(map(re.escape, sorted(firsts))) + "]"
    rests = "|".join(
        rf"(?<=[{re.escape(w[0].lower() + w[0].upper())}]){re.escape(w[1:])}" for w in words
    )
    if not fold:
        # Every class here is read under the flags the pattern gives: the consuming one
        # admits a character where one of the branches' does, whatever those flags.
        return rf"(?:{either}(?<!{behind}{either})(?:{rests}))"
    if not all(c.isascii() and c.isalpha() and c not in "iIkKsS" for c in firsts):
        return rf"(?:(?<!{behind})(?i:{'|'.join(map(re.escape, words))}))"
    return rf"(?:(?-i:{either})(?<!{behind}{either})(?i:{rests}))"


def one_of(words: Iterable[str], *, fold: bool = False) -> str:
    """A group matching any of ``words`` (none empty), as their alternation longest first
    does (``"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))``), but
    written as a tree of shared prefixes.

    ``re`` tries an alternation branch by branch at every position of the text; the tree
    reads each letter once ("minister", "minister-president" and "ministers" become
    ``minister(?:\\-president|s)?``), two to three times faster over a document. The matches
    are the same: at one position the words that match are prefixes of one another, and
    the tree, like the longest-first alternation, tries the longest first and backtracks to
    the shorter ones. The order of the words given does not matter.

    ``fold``: the group is matched without regard to case (inside ``(?i:...)``), where
    words that differ in case only are one word; they are lower-cased.
    """
    tree: dict[str, Any] = {}
    for word in {w.lower() for w in words} if fold else set(words):
        if not word:
            raise ValueError("an empty word matches everywhere")
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not tree:
        return "(?!)"
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict[str, Any]) -> str:
    """The words below ``node``: the longer ones first, then the one ending here."""
    children = [re.escape(ch) + _branches(below) for ch, below in sorted(node.items()) if ch]
    if not children:
        return ""
    body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
    return "(?:" + body + ")?" if "" in node else body


def follows(text: str, word: str, before: Iterable[str]) -> bool:
    """Whether ``text`` has ``word`` right after one of the words ``before`` and white space,
    as ``re.search(rf"\\b(?:{'|'.join(before)})\\s+{re.escape(word)}\\b", text)`` finds it.

    That search opens on an alternation, so ``re`` tries it at every position of the text
    (a few milliseconds a document); this one looks for ``word`` itself, which ``re`` finds
    by its literal prefix, and reads the word before each occurrence.
    """
    words = tuple(before)
    for match in re.finditer(re.escape(word) + r"\b", text):
        end = match.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == match.start():
            continue
        for candidate in words:
            start = end - len(candidate)
            if start < 0 or text[start:end] != candidate:
                continue
            if start == 0 or not _word_character(text[start - 1]):
                return True
    return False


def _word_character(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` and ``\b`` see in a str pattern


# The characters ``re`` matches, ignoring case, to a Latin letter of another lower case
# ("ı" to "i", "ſ" to "s"); every other such pair has one lower case, or a lower case of
# two characters, which changes the text's length (tests/test_fast_paths.py checks this
# over the Basic Multilingual Plane). A text with any of them is searched the plain way.
_OTHER_FOLDS = ("ı", "ſ")


def may_contain(text: str, words: Iterable[str], pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """Whether one of ``words`` (lower-case) may stand in ``text[pos:endpos]``, in any case.

    False only where a case-insensitive ``re`` search finds none of them there: the cheap
    test before a search every match of which holds one of the words. A document's lower
    case is made once (the last two texts of :data:`Openings.short` characters or more);
    a text with a letter that folds otherwise (:data:`_OTHER_FOLDS`, or a lower case of
    another length) may hold any of them.
    """
    lowered = _lowered(text) if len(text) >= OPENINGS.short else _lower(text)
    return lowered is None or any(lowered.find(w, pos, endpos) >= 0 for w in words)


def _lower(text: str) -> str | None:
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in text for c in _OTHER_FOLDS):
        return None
    return lowered


@lru_cache(maxsize=2)
def _lowered(text: str) -> str | None:
    return _lower(text)


# What a word of :class:`Openings` may hold: letters whose case ``re`` folds as str.lower
# does, and characters without case.
# ("µ" is left out: ``re`` folds it with the Greek "μ".)
_FOLDABLE = re.compile(r"[\x20-\x7e\xa0-\xb4\xb6-\xff\u2010-\u201f]+")


class Openings:
    """Where the words of many searches begin in a text, found in one pass.

    A finder's pattern that opens on one of many words ("minister", "staatssecretaris", ...)
    is tried by ``re`` at every position of a document. Registered here, its words are
    looked for by one Aho-Corasick automaton shared by all such patterns, over the lower-cased
    text, once per document; the pattern is then tried only where one of its words begins
    (:class:`Opened`). The positions are a superset of those where a match can begin, so the
    matches are the same.
    """

    def __init__(self, short: int = 2000) -> None:
        self.short = short  # texts shorter than this (sentences) are searched the plain way
        self._slots: dict[frozenset[str], int] = {}
        self._automaton: Any = None
        self._longest = 1  # the length of the longest word, once the automaton is built
        self._lock = threading.Lock()
        # The positions in the last four texts searched: a finder may search a sentence, a
        # slice or a copy of its document (a clause read again) between two searches of it.
        self._last: list[tuple[str, str | None, list[list[int]] | None]] = []

    def __getstate__(self) -> dict[str, Any]:
        # Sent to the extraction workers with the finders: the slots only; the automaton
        # is built again there, the lock and the positions are the worker's own.
        return {"short": self.short, "slots": self._slots}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["short"])  # type: ignore[misc]
        self._slots = dict(state["slots"])

    def add(self, words: Iterable[str]) -> int:
        """The slot of ``words`` (matched in any case), to ask :meth:`starts` with."""
        folded = frozenset(w.lower() for w in words)
        if not folded or "" in folded:
            raise ValueError("an empty word, or none, opens everywhere")
        for word in folded:
            if not _FOLDABLE.fullmatch(word):
                raise ValueError(f"{word!r}: only Latin letters fold here as in re")
        with self._lock:
            slot = self._slots.get(folded)
            if slot is None:
                slot = self._slots[folded] = len(self._slots)
                self._automaton, self._last = None, []
            return slot

    def starts(self, text: str, slot: int) -> list[int] | None:
        """The positions, in order, where a word of ``slot`` begins in ``text``; None when
        the text must be searched the plain way."""
        if len(text) < self.short:
            return None  # the plain search costs less than a pass
        found = self._positions(text)
        return None if found is None else found[slot]

    def _positions(self, text: str) -> list[list[int]] | None:
        for seen, _, found in self._last:
            if seen is text:
                return found
        lowered = _lower(text)
        found = None
        if lowered is not None:
            # A copy that differs from a text searched only in case (a clause read again as
            # a sentence opens, "...; zij valt onder" as "Zij valt onder") has its positions.
            same = (f for _, seen, f in self._last if seen == lowered)
            found = next(same, None) or self._rescan(lowered) or self._scan(lowered)
        self._last = [(text, lowered, found), *self._last[:3]]  # serving all its searches
        return found

    def _rescan(self, lowered: str) -> list[list[int]] | None:
        """The positions in a copy of a text searched that differs from it in one stretch (a
        clause blanked out of its sentence): the text's own, and those of the words that
        overlap the stretch, found by scanning it alone. A superset of the copy's positions,
        which is all an :class:`Opened` search asks. None if no such text was searched."""
        for _, seen, found in self._last:
            if seen is None or found is None or len(seen) != len(lowered):
                continue
            first = _common_prefix(seen, lowered)
            last = len(lowered) - _common_suffix(seen, lowered)
            if last - first > len(lowered) // 4:
                continue  # another text: a scan of its own costs as much
            if self._automaton is None:
                self._build()  # which measures the longest word
            begin = max(0, first - self._longest + 1)
            inside = self._scan(lowered[begin : last + self._longest - 1], begin)
            return [
                sorted({*own, *near}) if near else own
                for own, near in zip(found, inside, strict=True)
            ]
        return None

    def _scan(self, lowered: str, offset: int = 0) -> list[list[int]]:
        automaton = self._automaton or self._build()
        found: list[list[int]] = [[] for _ in range(len(self._slots))]
        for end, (length, slots) in automaton.iter(lowered):
            start = end - length + 1 + offset
            for slot in slots:
                found[slot].append(start)
        # The automaton reports words by their ends: sorted by start, and once each
        # ("minister" and "minister-president" begin at one position).
        return [sorted(set(starts)) if len(starts) > 1 else starts for starts in found]

    def _build(self) -> Any:
        with self._lock:
            by_word: dict[str, list[int]] = {}
            for words, slot in self._slots.items():
                for word in words:
                    by_word.setdefault(word, []).append(slot)
            automaton = ahocorasick.Automaton()
            for word, slots in sorted(by_word.items()):
                automaton.add_word(word, (len(word), tuple(slots)))
            automaton.make_automaton()
            self._longest = max(map(len, by_word), default=1)
            self._automaton = automaton
            return automaton


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix of ``a`` and ``b`` (of equal length), found by
    halving: each comparison runs in C."""
    low, high = 0, len(a)
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str) -> int:
    """The length of the longest common suffix of ``a`` and ``b`` (of equal length)."""
    low, high = 0, len(a)
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


OPENINGS = Openings()


class Opened:
    """``pattern`` searched only where one of ``words`` begins (case ignored).

    Every match of ``pattern`` must begin with one of ``words``: a pattern that opens on
    their alternation, behind look-behinds and look-aheads at most. ``finditer`` and
    ``search`` then find what the pattern's own do (with ``pos`` and ``endpos`` alike).
    """

    def __init__(
        self, pattern: re.Pattern[str], words: Iterable[str], openings: Openings = OPENINGS
    ):
        self.pattern = pattern
        self._openings = openings
        words = list(words)
        # No words, or a word of letters re folds otherwise (data a user added): the plain way.
        foldable = words and all(_FOLDABLE.fullmatch(w.lower()) for w in words)
        self._slot = openings.add(words) if foldable else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        starts = None if self._slot is None else self._openings.starts(text, self._slot)
        if starts is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        endpos = min(endpos, len(text))
        after = pos  # where the previous match ended: matches do not overlap
        for start in starts[bisect_left(starts, pos) :]:
            if start >= endpos:
                return
            if start < after:
                continue
            match = self.pattern.match(text, start, endpos)
            if match is not None:
                yield match
                after = match.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)
