"""The regular-expression helpers of the finders change no match, only the speed."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from benelux_kg.extract.regex import may_start, one_of, word_first

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


_FIRST_WORDS = st.lists(st.text("dDiIkKsSé-", min_size=1, max_size=1), min_size=1, max_size=4)


@given(
    firsts=_FIRST_WORDS,
    rests=st.lists(st.text("eEt", max_size=2), min_size=4, max_size=4),
    text=st.text("dDiIkKsSéeEt- xıİſ\u212a", max_size=30),
    pos=st.integers(0, 5),
    mode=st.sampled_from(["plain", "fold", "capital"]),
    ignore=st.booleans(),
)
def test_the_word_first_group_matches_as_the_look_behind_before_it(
    firsts: list[str], rests: list[str], text: str, pos: int, mode: str, ignore: bool
) -> None:
    """Where the pattern opens changes no match, in either case, whatever the flags, and
    after a start inside the text (the look-behind reads before it)."""
    words = [f + r for f, r in zip(firsts, rests[: len(firsts)], strict=True)]
    flags = re.IGNORECASE if ignore else 0
    alternation = "|".join(re.escape(w) for w in words)
    if mode == "fold":
        plain = rf"(?<![\w-])(?i:{alternation})"
    elif mode == "capital":
        either = (f"[{re.escape(w[0].upper() + w[0].lower())}]{re.escape(w[1:])}" for w in words)
        plain = rf"(?<![\w-])(?:{'|'.join(either)})"
    else:
        plain = rf"(?<![\w-])(?:{alternation})"
    fast = word_first(words, r"[\w-]", fold=mode == "fold", capital=mode == "capital")
    expected = [m.regs for m in re.compile(rf"({plain})(\w*)", flags).finditer(text, pos)]
    found = [m.regs for m in re.compile(rf"({fast})(\w*)", flags).finditer(text, pos)]
    assert found == expected


def test_the_word_first_group_opens_on_letters() -> None:
    """``re`` finds where such a pattern may match by its first characters (the speed-up)."""
    assert word_first(["Richtlijn", "Besluit"]) == r"(?:R(?<!\wR)ichtlijn|B(?<!\wB)esluit)"
    assert word_first(["het", "de"], capital=True) == (
        r"(?:[DHdh](?<!\w[DHdh])(?:(?<=[hH])et|(?<=[dD])e))"
    )
    assert word_first(["in"], fold=True) == r"(?:(?<!\w)(?i:in))"  # "ı" folds to "i" too
    assert word_first([]) == "(?!)"
