"""The regular-expression helpers of the finders change no match, only the speed."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from benelux_kg.extract.regex import may_start

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
