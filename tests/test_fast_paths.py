"""Searches rewritten for speed find what the plain searches they replace find."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from benelux_kg.extract import sentences
from benelux_kg.extract.gazetteer import fold
from benelux_kg.extract.regex import follows
from benelux_kg.text import _FOOTNOTE_MARK, _compound_prefixes

_TEXT = st.text("abde ht-_\n\t.Ab1é", max_size=60)
_WORD = st.text("abde-", min_size=1, max_size=4)
_BEFORE = st.lists(st.text("abdeh", min_size=1, max_size=3), min_size=1, max_size=3)


@given(text=_TEXT, word=_WORD, before=_BEFORE)
def test_follows_finds_what_the_alternation_finds(text: str, word: str, before: list[str]) -> None:
    pattern = rf"\b(?:{'|'.join(before)})\s+{re.escape(word)}\b"
    assert follows(text, word, before) == (re.search(pattern, text) is not None)


def test_follows_reads_the_word_before() -> None:
    assert follows("de werkgroep en de\n  thema's", "thema", ("de", "het"))
    assert not follows("ondethema thema", "thema", ("de",))  # "onde" is no "de"
    assert not follows("de thema's", "them", ("de",))  # a word, not a word's head


@given(text=st.text("aAbéÉ-_ 1\n", max_size=60))
def test_compound_prefixes_are_what_the_plain_pattern_finds(text: str) -> None:
    assert _compound_prefixes(text) == set(re.findall(r"(?<![\w-])(\w{3,})-(?=\w)", text))


@given(text=st.text("abàÿZ12 .,;:)\n", max_size=40))
def test_the_footnote_mark_opening_on_its_digit_finds_the_same_marks(text: str) -> None:
    plain = re.compile(r"(?<=[a-zà-ÿ]{3})\d{1,2}(?=[\s.,;:)])")
    assert [m.span() for m in _FOOTNOTE_MARK.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@given(text=st.text("aA. ;!?\"'”’)(¹•_\n1À", max_size=60))
@example(text="Het einde.____ 1 Een noot")
@example(text="Zie havens.¹ De lijst • een • twee")
@example(text='Zo. "Dit" en zo! (Daar) ook')
def test_the_sentence_end_with_its_opening_test_finds_the_same_ends(text: str) -> None:
    plain = re.compile(sentences._END.pattern.split(r"(?:", 1)[1].rsplit(")", 1)[0])
    assert [m.span() for m in sentences._END.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@given(text=st.text("aAİ-‐‑–—’‘`\n\u00a0 x", max_size=40))
def test_folding_by_replacement_is_folding_by_table(text: str) -> None:
    table = str.maketrans({c: " " for c in "-‐‑–—\n\u00a0"} | {c: "'" for c in "’‘`"})
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    assert fold(text) == lowered.translate(table)
