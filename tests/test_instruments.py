"""Numbered instruments, in every spelling the documents use."""

from __future__ import annotations

import pytest

from benelux_kg.extract import Patterns
from benelux_kg.extract.instruments import find_numbered
from benelux_kg.extract.sentences import Sentences
from benelux_kg.text import clean

TYPES = Patterns.load().instrument_types


def numbered(text: str) -> list[tuple[str, str | None]]:
    cleaned = clean(text).text
    return [(i.id_local, i.kind) for i in find_numbered(cleaned, Sentences(cleaned), TYPES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 002_9e5d61a85da0ad79
        ("zoals gewijzigd bij Beschikking M(2022)9 van het Comité", [("M(2022)9", "Decision")]),
        ("de aanbeveling M (2013) 6 inzake", [("M(2013)6", "Recommendation")]),
        ("de beschikking M(\n2019)7 over fraude", [("M(2019)7", "Decision")]),
        ("Richtlijn M(2009)01 betreffende", [("M(2009)1", "Directive")]),
        ("het nummer M(2015)15.", [("M(2015)15", None)]),
        # A number broken over a line, as in a two-column index: the "6" alone on its line is
        # no page number.
        ("Aanbeveling betreffende keuringen, M (2013)\n6\n", [("M(2013)6", "Recommendation")]),
        ("de beschikking M\n(2021) 4 inzake", [("M(2021)4", "Decision")]),
        ("de richtlijn M ( 2016 ) 8", [("M(2016)8", "Directive")]),
        # The French column of the bilingual Publicatieblad, and the English pages.
        (
            "Décision du Comité de Ministres relative aux essais, M (2015) 15",
            [("M(2015)15", "Decision")],
        ),
        (
            "Recommendation of the Committee of Ministers, M(2019)3",
            [("M(2019)3", "Recommendation")],
        ),
    ],
)
def test_numbers_are_normalised_and_typed(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert numbered(text) == expected


def test_the_type_word_must_be_in_the_same_sentence() -> None:
    assert numbered("Een beschikking volgt. Zie ook M(2016)9 daarover.") == [("M(2016)9", None)]


def test_other_parentheses_are_not_instruments() -> None:
    assert numbered("COM(2020)123 en KM(2019)2 en M(19)2") == []


def test_a_number_is_not_read_across_a_blank_line() -> None:
    assert numbered("de beschikking M (2013)\n\nHoofdstuk 6") == []


def test_a_line_with_only_a_number_is_still_a_page_number() -> None:
    assert "12" not in clean("het verdrag\n12\nwerd gesloten").text


# An official-journal index: the title runs over several lines, the number follows dotted
# leaders, and the word that opens the entry gives the type.
INDEX = (
    "• Aanbeveling van het Comité van Ministers van de Benelux Unie betreffende de\n"
    "  onderlinge bijstand bij hoogwater in het stroomgebied van de Maas en de\n"
    "  Schelde, van 4 april 2022 ................................ M (2022)\n"
    "  6 .......................................................... blz. 8\n"
    "\n"
    "• Décision du Comité de Ministres Benelux portant modification de la déci-\n"
    "  sion M (2016) 4 relative à la reconnaissance mutuelle des permis\n"
    "  ................................................................ M(2021)2\n"
)


def test_an_index_entry_is_typed_by_its_opening_word() -> None:
    assert numbered(INDEX) == [
        ("M(2022)6", "Recommendation"),
        ("M(2016)4", "Decision"),
        ("M(2021)2", "Decision"),
    ]


def test_a_long_title_is_typed_by_the_word_that_opens_the_sentence() -> None:
    text = (
        "Beschikking van het Comité van Ministers van de Benelux Unie tot vaststelling van "
        "gemeenschappelijke regels voor het vervoer van gevaarlijke stoffen over de binnen"
        "wateren van de drie landen en de havens van Antwerpen en Gent, M(2023)8, is nu van kracht."
    )
    assert numbered(text) == [("M(2023)8", "Decision")]


def test_leaders_and_page_numbers_do_not_end_an_index_entry() -> None:
    cleaned = clean(INDEX + "_______________\n¹ Een voetnoot.").text
    spans = [cleaned[b:e] for b, e in Sentences(cleaned).spans]
    assert len(spans) == 3
    assert spans[0].startswith("Aanbeveling") and spans[0].endswith("blz. 8")
    assert spans[2] == "¹ Een voetnoot."


def test_foreign_and_numeric_dates() -> None:
    from benelux_kg.extract.names import first_date

    assert first_date("du 12 février 2024") == "2024-02-12"
    assert first_date("signed on 3 June 2020") == "2020-06-03"
    assert first_date("d.d. 07.11.2022") == "2022-11-07"
    assert first_date("versie 2.1 van 2019") == "2019"


def test_an_index_sentence_goes_on_over_an_abbreviated_date_and_a_broken_number() -> None:
    text = "2. Aanbeveling M (2022)\n4 betreffende stages, d.d. 14.02.2022 ........ p. 8\n"
    cleaned = clean(text).text
    spans = Sentences(cleaned).spans
    assert len([s for s in spans if "stages" in cleaned[s[0] : s[1]]]) == 1
    assert any("M (2022)" in cleaned[b:e] and "14.02.2022" in cleaned[b:e] for b, e in spans)


# A two-column index: number first, then the title, leaders and page. The clean text joins
# the upper-case section heading (or the column heads) to the first entry's line.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "II.  AANBEVELINGEN VAN HET COMITÉ VAN MINISTERS\n\n"
            "     M (2027) 2     Aanbeveling over de erkenning van reddingsbrevetten,\n"
            "                    d.d. 03.05.2027 ................................  4\n",
            [("M(2027)2", "Recommendation")],
        ),
        (
            "     Nr.            Onderwerp                                   Pag.\n\n"
            "     M (2027) 4     Beschikking inzake de uitwisseling van kentekengegevens,\n"
            "                    d.d. 03.05.2027 ................................  7\n",
            [("M(2027)4", "Decision")],
        ),
        (
            "A. BESLUITEN\n"
            "M(2023)9   Beschikking betreffende grensoverschrijdende zorgpaden, "
            "d.d. 01.02.2023 .. 2\n"
            "\n"
            "M(2023)10   Aanbeveling over de bescherming van seizoenwerkers,\n"
            "            d.d. 01.02.2023 ...................... 5\n",
            [("M(2023)9", "Decision"), ("M(2023)10", "Recommendation")],
        ),
    ],
)
def test_a_number_first_entry_after_a_heading_is_typed_by_its_title(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert numbered(text) == expected


def test_a_number_that_a_wrapped_title_carries_to_a_new_line_opens_no_entry() -> None:
    text = (
        "     M (2027) 6     Beschikking tot wijziging van de Beschikking\n"
        "                    M (2019) 3 inzake grensarbeiders, d.d. 12.12.2027 .......  9\n"
    )
    assert numbered(text) == [("M(2027)6", "Decision"), ("M(2019)3", "Decision")]


@pytest.mark.parametrize(
    "text",
    [
        # Running text: an upper-case word or an abbreviation before a number opens no entry
        # unless a title with leaders follows.
        "Het COMITÉ M (2027) 8 besprak de stand van zaken.",
        "Zie Nr. M (2027) 8 Beschikking volgt later in het jaar.",
    ],
)
def test_no_entry_without_title_and_leaders(text: str) -> None:
    assert numbered(text)[0][1] is None
