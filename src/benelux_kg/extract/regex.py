"""Regular-expression helpers shared by the finders."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


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
