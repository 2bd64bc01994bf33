"""The regular-expression helpers of the finders change no match, only the speed."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from benelux_kg.extract.regex import may_start, one_of

_WORDS = st.lists(st.text("aAbBéÉ -", min_size=1, max_size=4), min_size=1, max_size=6)
_TEXT = st.text("aAbBéÉ -x\n", max_size=40)


@given(words=_WORDS, text=_TEXT, fold=st.booleans())
def test_the_lookahead_changes_no_match(words: list[str], text: str, fold: bool) -> None:
    alternation = "|".join(re.escape(w) for w in words)
    flags = re.IGNORECASE if fold else 0
    plain = re.compile(rf"(?:{alternation})(?![\w-])", flags)
    guarded = re.compile(rf"{may_start(words)}(?:{alternation})(?![\w-])", flags)
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_lookahead_admits_both_cases_and_nothing_else() -> None:
    guard = re.compile(may_start(["verdrag", "Akkoord"]))
    assert [bool(guard.match(c)) for c in "vVaAxX"] == [True, True, True, True, False, False]
    assert re.compile(may_start([])).match("a") is None


_CONTEXTS = ("{}", r"(?<![\w-]){}(?![\w-])", r"({})b", r"{}\s+a", r"x?{}")


@given(words=_WORDS, text=_TEXT, fold=st.booleans(), context=st.sampled_from(_CONTEXTS))
def test_the_prefix_tree_matches_as_the_longest_first_alternation(
    words: list[str], text: str, fold: bool, context: str
) -> None:
    # Inside (?i:...) words that differ in case only are one word: the alternation keeps
    # the first spelling of each.
    kept = list({w.lower(): w for w in reversed(words)}.values()) if fold else words
    alternation = "|".join(re.escape(w) for w in sorted(set(kept), key=len, reverse=True))
    wrap = "(?i:{})" if fold else "{}"
    plain = re.compile(wrap.format(context.format(f"(?:{alternation})")))
    tree = re.compile(wrap.format(context.format(one_of(words, fold=fold))))
    assert [(m.span(), m.groups()) for m in tree.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]


def test_the_prefix_tree_shares_prefixes_and_tries_the_longest_first() -> None:
    pattern = one_of(["minister", "ministers", "minister-president"])
    assert pattern == r"(?:minister(?:(?:\-president|s))?)"
    assert re.match(pattern, "minister-presidents").group() == "minister-president"
    assert one_of(["Raad"], fold=True) == "(?:raad)"
    assert re.compile(one_of([])).match("a") is None
