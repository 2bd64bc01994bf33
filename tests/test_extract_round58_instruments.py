# ruff: noqa: E501  (the made-up documents are held verbatim, one string each)
"""Round 58: an audit of how legal instruments are dated and said to amend others in the
indexes of an official journal and in letters on a ministers' meeting, written before the
round's code (made-up passages: other instruments, dates and layouts, and negatives).

Each case gives the document's date (or "") and the whole set of ``eli:date_document`` and
``eli:amends`` facts expected; a negative expects none, or fewer.

Read since this round: an index entry's "d.d." date after its dotted leaders, or closing the
entry's line without leaders ("M (2030) 9    Aanbeveling inzake ... d.d. 08.12.2030"), also
where the clean text joins a note line to it; that note line ("Deze beschikking vervangt
Aanbeveling M (2017) 3."); "Het Comité heeft Beschikking ... vastgesteld" in the report of a
meeting, dated by the meeting also where another instrument's own date follows ("...; die
vervangt Aanbeveling M (2016) 4 van 20 juni 2016"), and that "; die vervangt" clause; "In
2028 werd zij gewijzigd bij Beschikking M (2028) 2"; "Het Comité stelde die beschikking vast
op 12 juni 2024".

Audit figure (the whole set of dates and amendments right): 3/13 before the round (the three
negatives), 13/13 after it; four cases added with the code (three negatives).
"""

from __future__ import annotations

import pytest

from extract_helpers import AMENDS, audited, dates, facts, of_class

INS = "instrument/"

# (id, text, the document's date, expected dates, expected amendments)
CASES: list[tuple[str, str, str, set[tuple[str, str]], set[tuple[str, str]]]] = [
    # -- an index entry whose date follows its dotted leaders ---------------------------------
    (
        "index-leader-then-dd",
        "BENELUX PUBLICATIEBLAD 2031-1\n\nA. COMITÉ VAN MINISTERS\n\n"
        "M (2030) 4    Beschikking tot wijziging van de Beschikking M (2022) 7 betreffende\n"
        "              de erkenning van diploma's in de zorg, zoals gewijzigd bij\n"
        "              Beschikking M (2026) 2 ................................ d.d. 14.05.2030\n\n"
        "M (2030) 8    Beschikking betreffende de handhaving van snelheidslimieten\n"
        "              .......................................................... d.d. 02.07.2030\n",
        "",
        {(INS + "m-2030-4", "2030-05-14"), (INS + "m-2030-8", "2030-07-02")},
        {(INS + "m-2030-4", INS + "m-2022-7"), (INS + "m-2026-2", INS + "m-2022-7")},
    ),
    (
        "index-dd-closing-line-no-leader",
        "INHOUD VAN DE JAARGANG 2030\n\n"
        "M (2030) 9    Aanbeveling inzake het vervoer van gevaarlijke stoffen d.d. 08.12.2030\n\n"
        "M (2030) 12   Richtlijn betreffende de bewegwijzering van fietsroutes d.d. 08.12.2030\n",
        "",
        {(INS + "m-2030-9", "2030-12-08"), (INS + "m-2030-12", "2030-12-08")},
        set(),
    ),
    (
        "index-wrapped-title-leader-line",
        "INHOUD\n\n"
        "M (2029) 15   Beschikking betreffende de grensoverschrijdende handhaving van het\n"
        "              verbod op de verkoop van vuurwerk aan minderjarigen\n"
        "              ........................................................... d.d. 11.12.2029\n\n"
        "M (2029) 16   Aanbeveling over de uitwisseling van gegevens over\n"
        "              verkeersongevallen ............................................ d.d. 11.12.2029\n",
        "",
        {(INS + "m-2029-15", "2029-12-11"), (INS + "m-2029-16", "2029-12-11")},
        set(),
    ),
    (
        "index-note-line-replaces",
        "INHOUD VAN DE JAARGANG 2032\n\n"
        "M (2032) 5    Beschikking betreffende de erkenning van jachtaktes ......... d.d. 21.06.2032\n"
        "              Deze beschikking vervangt Aanbeveling M (2017) 3.\n\n"
        "M (2032) 6    Aanbeveling inzake drinkwater in de grensstreek d.d. 21.06.2032\n"
        "              Deze aanbeveling vervangt Aanbeveling M (2020) 11.\n",
        "",
        {(INS + "m-2032-5", "2032-06-21"), (INS + "m-2032-6", "2032-06-21")},
        {(INS + "m-2032-5", INS + "m-2017-3"), (INS + "m-2032-6", INS + "m-2020-11")},
    ),
    # Negative: a page number after the leaders is no date; an entry about another instrument
    # ("Verslag over ...") does not date it with the report's own date.
    (
        "index-page-number-no-date",
        "INHOUD\n\n"
        "M (2030) 4    Beschikking betreffende de erkenning van diploma's ........... blz. 12\n\n"
        "Verslag over de uitvoering van Beschikking M (2025) 3 ............... d.d. 12.03.2030\n",
        "",
        set(),
        set(),
    ),
    # -- instruments adopted at the meeting a letter reports on --------------------------------
    (
        "meeting-heeft-vastgesteld",
        "Betreft: Verslag van de vergadering van het Benelux Comité van Ministers van 4 juni 2031\n\n"
        "Hierbij informeer ik uw Kamer over de vergadering van het Benelux Comité van Ministers die "
        "op 4 juni 2031 in Luxemburg plaatsvond.\n\n"
        "Het Comité heeft Beschikking M (2031) 5 betreffende de erkenning van jachtaktes vastgesteld.",
        "2031-06-12",
        {(INS + "m-2031-5", "2031-06-04")},
        set(),
    ),
    (
        "meeting-hebben-aangenomen",
        "Verslag van de vergadering van het Benelux Comité van Ministers van 3 december 2032.\n\n"
        "De ministers hebben Aanbeveling M (2032) 9 over de inzet van drones bij inspecties aangenomen.",
        "2032-12-10",
        {(INS + "m-2032-9", "2032-12-03")},
        set(),
    ),
    (
        "meeting-nam-aan-semicolon-die-vervangt",
        "Verslag van de vergadering van het Benelux Comité van Ministers van 3 december 2032.\n\n"
        "Het Comité nam Aanbeveling M (2032) 10 inzake zwemwater aan; die vervangt Aanbeveling "
        "M (2016) 4 van 20 juni 2016.",
        "2032-12-10",
        {(INS + "m-2032-10", "2032-12-03"), (INS + "m-2016-4", "2016-06-20")},
        {(INS + "m-2032-10", INS + "m-2016-4")},
    ),
    (
        "meeting-stelde-vast-comma-die-wijzigt",
        "Verslag van de vergadering van het Benelux Comité van Ministers van 3 december 2032.\n\n"
        "Daarnaast stelde het Comité Beschikking M (2032) 11 vast, die Beschikking M (2019) 6 van "
        "17 juni 2019 wijzigt.",
        "2032-12-10",
        {(INS + "m-2032-11", "2032-12-03"), (INS + "m-2019-6", "2019-06-17")},
        {(INS + "m-2032-11", INS + "m-2019-6")},
    ),
    # Negatives: a year of its own, and an adoption that did not happen.
    (
        "meeting-own-year-not-meeting-day",
        "Verslag van de vergadering van het Benelux Comité van Ministers van 3 december 2032.\n\n"
        "Het Comité heeft in 2029 Beschikking M (2029) 3 betreffende jachtaktes vastgesteld.",
        "2032-12-10",
        {(INS + "m-2029-3", "2029")},
        set(),
    ),
    (
        "meeting-not-adopted",
        "Verslag van de vergadering van het Benelux Comité van Ministers van 3 december 2032.\n\n"
        "Het Comité heeft Beschikking M (2032) 12 over jachtaktes nog niet vastgesteld.",
        "2032-12-10",
        set(),
        set(),
    ),
    # -- an instrument's date or amendment in the sentence after it ---------------------------
    (
        "pronoun-inverted-amended",
        "De samenwerking berust op Beschikking M (2024) 6 betreffende gezamenlijke controles op "
        "het water. In 2028 werd zij gewijzigd bij Beschikking M (2028) 2.",
        "",
        {(INS + "m-2028-2", "2028")},
        {(INS + "m-2028-2", INS + "m-2024-6")},
    ),
    (
        "semicolon-deze-wijzigt",
        "Bij de Beschikking M (2030) 5 betreffende de jacht is vorig jaar een bijlage gevoegd; "
        "deze wijzigt Aanbeveling M (2014) 8.",
        "",
        set(),
        {(INS + "m-2030-5", INS + "m-2014-8")},
    ),
    # Negatives: a passive without its agent, a planned adoption, a note under an entry of
    # another kind.
    (
        "pronoun-inverted-no-agent",
        "De samenwerking berust op Beschikking M (2024) 6 betreffende gezamenlijke controles op "
        "het water. In 2028 werd zij gewijzigd.",
        "",
        set(),
        set(),
    ),
    (
        "demonstrative-planned",
        "De werkgroep bereidt Beschikking M (2025) 3 over drones voor. Het Comité zal die "
        "beschikking naar verwachting op 12 juni 2025 vaststellen.",
        "",
        set(),
        set(),
    ),
    (
        "note-line-other-kind",
        "INHOUD\n\n"
        "M (2032) 6    Aanbeveling inzake drinkwater in de grensstreek d.d. 21.06.2032\n"
        "              Deze beschikking vervangt Aanbeveling M (2020) 11.\n",
        "",
        {(INS + "m-2032-6", "2032-06-21")},
        set(),
    ),
    (
        "demonstrative-adopted-on",
        "De samenwerking berust op Beschikking M (2024) 6 betreffende gezamenlijke controles op "
        "het water. Het Comité van Ministers stelde die beschikking vast op 12 juni 2024.",
        "",
        {(INS + "m-2024-6", "2024-06-12")},
        set(),
    ),
]

WRONG: dict[str, str] = {}


@pytest.mark.parametrize(
    ("name", "text", "day", "dated", "amended"),
    audited(CASES, lambda case: WRONG.get(str(case[0]))),
)
def test_instrument_dates_and_amendments(
    name: str, text: str, day: str, dated: set[tuple[str, str]], amended: set[tuple[str, str]]
) -> None:
    assert dates(text, day=day) == dated, name
    assert facts(text, AMENDS, day=day) == amended, name


# -- a declaration named by its parties and a subject of two nouns joined by "en" ------------

DECLARATIONS = [
    (
        "lower-case-wrapped",
        "Op 2 april ondertekenden beide partners in Hasselt een intentie-\nverklaring tussen de "
        "provincie Limburg en de Benelux Unie inzake de inzameling en recycling van\ntextiel.",
        "instrument/intentieverklaring-tussen-de-provincie-limburg-en-de-benelux-unie-inzake-de-inzameling-en-recycling-van-textiel",
    ),
    (
        "index-entry-signed-after",
        "B. VERKLARINGEN EN OVEREENKOMSTEN\n\nIntentieverklaring tussen de Provincie Antwerpen en "
        "de Benelux Unie inzake het beheer en\n   onderhoud van fietssnelwegen, ondertekend te "
        "Antwerpen op 5 mei 2033 ............... blz. 17\n",
        "instrument/intentieverklaring-tussen-de-provincie-antwerpen-en-de-benelux-unie-inzake-het-beheer-en-onderhoud-van-fietssnelwegen",
    ),
    # Negative: "en" before another type word joins a second instrument, not the subject.
    (
        "second-instrument",
        "De ministers bespraken een intentieverklaring tussen Nederland en Vlaanderen inzake "
        "waterbeheer en de verklaring over kustbescherming.",
        "instrument/intentieverklaring-tussen-nederland-en-vlaanderen-inzake-waterbeheer",
    ),
]


@pytest.mark.parametrize(("name", "text", "iri"), DECLARATIONS)
def test_declaration_subject_over_en(name: str, text: str, iri: str) -> None:
    assert iri in of_class(text, "Declaration"), name
