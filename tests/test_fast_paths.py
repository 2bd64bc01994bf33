"""Searches rewritten for speed find what the plain searches they replace find."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from benelux_kg.extract import sentences
from benelux_kg.extract.gazetteer import fold
from benelux_kg.extract.regex import _FOLDABLE, _OTHER_FOLDS, Opened, Openings, follows
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


_OPENING_WORDS = ("de", "minister", "minister-president", "’t", "Zaken")
_OPENED = re.compile(r"(?<![\w-])(?i:minister-president|minister|de|’t)\s+(\w+)|Zaken\b")


@given(
    text=st.text("mInisterDdeZak -\n\tıſİK’", max_size=80),
    pos=st.integers(0, 90),
    endpos=st.integers(0, 90),
)
@example(text="minister-president De Croo en de minister", pos=0, endpos=90)
@example(text="ministerde Zaken", pos=0, endpos=90)
@example(text="de mınister Zaken", pos=3, endpos=16)
def test_a_search_tried_where_its_words_open_finds_what_re_finds(
    text: str, pos: int, endpos: int
) -> None:
    opened = Opened(_OPENED, _OPENING_WORDS, Openings(short=0))
    spans = [(m.span(), m.groups()) for m in _OPENED.finditer(text, pos, endpos)]
    found = [(m.span(), m.groups()) for m in opened.finditer(text, pos, endpos)]
    assert found == spans
    first = _OPENED.search(text, pos, endpos)
    assert (None if first is None else first.span()) == (
        None if (m := opened.search(text, pos, endpos)) is None else m.span()
    )


def test_openings_serve_many_searches_from_one_pass() -> None:
    openings = Openings(short=0)
    roles = Opened(
        re.compile(r"(?i:minister|staatssecretaris) \w+"),
        ["minister", "staatssecretaris"],
        openings,
    )
    heads = Opened(re.compile(r"Raad\b"), ["raad"], openings)
    text = "De minister Dijk en de Raad; de Staatssecretaris Meer. Raadzaal."
    assert [m.group() for m in roles.finditer(text)] == ["minister Dijk", "Staatssecretaris Meer"]
    assert [m.start() for m in heads.finditer(text)] == [23]
    assert openings.starts(text, 1) == [23, 55]  # "Raadzaal" opens too; the pattern decides
    with pytest.raises(ValueError):
        openings.add(["µg"])  # re folds it with the Greek letter
    with pytest.raises(ValueError):
        openings.add([""])
    greek = Opened(re.compile(r"(?i:μg|mg)\b"), ["μg", "mg"], openings)  # searched the plain way
    assert [m.group() for m in greek.finditer("5 µg of 3 MG " * 200)][:2] == ["µg", "MG"]
    plain = Openings()
    assert plain.starts(text, plain.add(["raad"])) is None  # a short text: the plain way
    # Positions are kept for the last four texts; a fifth is scanned anew.
    other, third = "Raad " + text, "De Raad. " + text
    for each in (text, other, text, third, other, text):
        assert [m.start() for m in heads.finditer(each)] == [
            m.start() for m in heads.pattern.finditer(each)
        ]


def test_a_copy_that_differs_in_case_or_one_stretch_is_not_scanned_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    openings = Openings(short=0)
    heads = Opened(re.compile(r"Raad\b|Zij\b"), ["raad", "zij"], openings)
    text = "De Raad vergadert; zij valt onder de raad. Raadzaal."
    opened = text[:19] + "Z" + text[20:]  # the clause after ";" read as a sentence opens
    assert [m.group() for m in heads.finditer(text)] == ["Raad"]
    scans: list[str] = []
    scan = openings._scan

    def counted(lowered: str, offset: int = 0) -> list[list[int]]:
        scans.append(lowered)
        return scan(lowered, offset)

    monkeypatch.setattr(openings, "_scan", counted)
    assert [m.group() for m in heads.finditer(opened)] == ["Raad", "Zij"]
    assert scans == []  # the positions of its lower case were known
    blanked = text.replace("vergadert", " " * 9)
    assert [m.start() for m in heads.finditer(blanked)] == [3]
    # the blanked stretch and the words' length around it, not the whole text
    assert len(scans) == 1 and " " * 9 in scans[0] and len(scans[0]) < len(text)


_SPACED = re.compile(r"(?i:de minister|de)\s+\w+|(?i:minister raad|raad)\b")


@given(
    text=st.text("mInisterDdeRaad -\n\tıİ’", min_size=1, max_size=80),
    blank=st.tuples(st.integers(0, 80), st.integers(0, 20)),
    case=st.integers(0, 80),
)
@example(text="de  minister x", blank=(2, 1), case=0)
@example(text="deXminister raad", blank=(2, 1), case=3)
@example(text="ministerXraad", blank=(8, 1), case=0)  # a word made by the blank
def test_a_copy_blanked_or_recased_in_one_stretch_is_searched_as_re_searches_it(
    text: str, blank: tuple[int, int], case: int
) -> None:
    openings = Openings(short=0)
    opened = Opened(_SPACED, ["de minister", "de", "minister raad", "raad"], openings)
    filler = " De Raad en de minister Jan. " * 8  # the stretch is a small part of the whole
    text = filler + text + filler
    begin = len(filler) + min(blank[0], len(text) - 2 * len(filler))
    end = min(begin + blank[1], len(text))
    blanked = text[:begin] + " " * (end - begin) + text[end:]
    at = len(filler) + min(case, len(text) - 2 * len(filler) - 1)
    recased = blanked[:at] + blanked[at].upper() + blanked[at + 1 :]
    for each in (text, blanked, recased, text):  # the text first, so that the copies reuse it
        assert [m.span() for m in opened.finditer(each)] == [
            m.span() for m in _SPACED.finditer(each)
        ]


def test_openings_travel_to_a_worker_process_with_their_searches() -> None:
    openings = Openings(short=0)
    heads = Opened(re.compile(r"Raad\b"), ["raad"], openings)
    text = "De Raad en de raad. Raadzaal, Raad."
    assert [m.start() for m in heads.finditer(text)] == [3, 30]
    copy = pickle.loads(pickle.dumps(heads))
    assert [m.start() for m in copy.finditer(text)] == [3, 30]
    assert copy.pattern.pattern == heads.pattern.pattern


def test_only_the_listed_letters_fold_otherwise_in_re_than_in_lower() -> None:
    """Every character ``re`` matches, ignoring case, to a character words of Openings may
    hold lowers to that character's lower case, has a lower case of two characters (which
    changes the text's length), or is one of _OTHER_FOLDS."""
    allowed = "".join(chr(c) for c in range(0x10000) if _FOLDABLE.fullmatch(chr(c)))
    any_allowed = re.compile("(?i)[" + re.escape(allowed) + "]")
    lowered = {c.lower() for c in allowed}
    other = {
        chr(c)
        for c in range(0x10000)
        if any_allowed.fullmatch(chr(c))
        and len(chr(c).lower()) == 1
        and chr(c).lower() not in lowered
    }
    assert other == set(_OTHER_FOLDS)


def _opened_searches(root: object) -> dict[str, Opened]:
    """Every Opened search a finder of the extractor holds, by where it is."""
    found: dict[str, Opened] = {}
    for name, value in vars(root).items():
        if isinstance(value, Opened):
            found[name] = value
        elif type(value).__module__.startswith("benelux_kg.extract") and hasattr(value, "__dict__"):
            found.update({f"{name}.{k}": v for k, v in _opened_searches(value).items()})
    return found


def test_every_opened_search_of_the_extractor_finds_what_its_pattern_finds() -> None:
    """Each search given opening words must open with one of them; on the seed documents
    and the development set A, the search finds what its pattern alone finds."""
    from pathlib import Path

    from benelux_kg.corpus import load_corpus
    from benelux_kg.extract import Extractor
    from benelux_kg.text import clean

    root = Path(__file__).resolve().parents[1]
    texts = [clean(d.text).text for d in load_corpus(root / "corpus")]
    heldout = root / "tests" / "heldout" / "corpus"
    development = ("h01", "h02", "h03", "h04")  # set A; never the held-out B or M
    texts += [clean(d.text).text for d in load_corpus(heldout) if d.doc_id[:3] in development]
    assert len(texts) == 9
    searches = _opened_searches(Extractor.from_files())
    assert len(searches) >= 20
    for name, search in searches.items():
        for text in texts:
            assert [m.span() for m in search.finditer(text)] == [
                m.span() for m in search.pattern.finditer(text)
            ], name
