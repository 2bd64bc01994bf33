"""Round 47: the dates of legal instruments (``eli:date_document``), however stated.

An instrument gets the day it was adopted or signed, not the day it entered into force, was
published or must be carried out. Read here:

- a participle of signing or adoption before the name, with its day: "de op 3 maart 2031
  ondertekende intentieverklaring", "de op 3 maart jl. door het Comité vastgestelde
  Beschikking M (2031) 4", "het in 2031 gesloten verdrag";
- a numbered instrument adopted on a day the document's date resolves ("Het Comité stelde
  op 3 maart jl. Beschikking M (2031) 4 vast", "vandaag", "Op 3 maart werd ... vastgesteld"),
  a day in the year of its number;
- the subject printed after a number, then the date: "Aanbeveling M (2002) 4 inzake
  lijkvervoer van 27 juni 2002", in the year of the number, not a period ("van ... tot");
- a title broken over lines that closes with ", van 3 maart 2031" or ", du 15 juin 2026", also
  when the title names the instrument it amends, whose number is of another year;
- an index entry's own line "Datum: 03-03-2031" under an entry that opens with the instrument
  or its type word (not under "Betreft: ...").
"""

from __future__ import annotations

import pytest

from extract_helpers import DATE, facts

_NOW = "2031-04-10"  # the document's date, where a test gives it


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a participle before the name
        (
            "De op 3 maart 2031 ondertekende intentieverklaring over waterstof treedt in werking.",
            "",
            {("instrument/intentieverklaring-over-waterstof", "2031-03-03")},
        ),
        (
            "De op 3 maart 2031 vastgestelde Beschikking M (2031) 4 regelt drones.",
            "",
            {("instrument/m-2031-4", "2031-03-03")},
        ),
        (
            "De op 3 maart jl. door het Comité van Ministers vastgestelde Beschikking M (2031) 4 "
            "regelt drones.",
            _NOW,
            {("instrument/m-2031-4", "2031-03-03")},
        ),
        (
            "Het op 12 april 2031 in Luxemburg gesloten Verdrag inzake drones is belangrijk.",
            "",
            {("instrument/verdrag-inzake-drones", "2031-04-12")},
        ),
        # a numbered instrument adopted on a day the document's date resolves
        (
            "Het Comité van Ministers stelde op 3 maart jl. ook Beschikking M (2031) 4 vast.",
            _NOW,
            {("instrument/m-2031-4", "2031-03-03")},
        ),
        (
            "Op 3 maart werd Beschikking M (2031) 4 vastgesteld.",
            _NOW,
            {("instrument/m-2031-4", "2031-03-03")},
        ),
        (
            "Vandaag stelde het Comité van Ministers Beschikking M (2031) 4 vast.",
            "2031-03-03",
            {("instrument/m-2031-4", "2031-03-03")},
        ),
        (
            "Het Comité van Ministers heeft gisteren Aanbeveling M (2031) 5 aangenomen.",
            "2031-03-04",
            {("instrument/m-2031-5", "2031-03-03")},
        ),
        # the subject after the number, then the date
        (
            "Zij zal Aanbeveling M (2002) 4 inzake lijkvervoer van 27 juni 2002 vervangen.",
            "",
            {("instrument/m-2002-4", "2002-06-27")},
        ),
        (
            "Beschikking M (2031) 4 inzake drones van 3 maart 2031 regelt veel.",
            "",
            {("instrument/m-2031-4", "2031-03-03")},
        ),
        (
            "Beschikking M (2031) 4 betreffende drones, van 3 maart 2031, regelt veel.",
            "",
            {("instrument/m-2031-4", "2031-03-03")},
        ),
        # a title broken over lines, closed by its date
        (
            "Beschikking M (2031) 4 betreffende de erkenning van de\n"
            "    beroepskwalificaties van ambulanciers, van 3 maart 2031\n",
            "",
            {("instrument/m-2031-4", "2031-03-03")},
        ),
        (
            "3.  Décision du Comité de Ministres Benelux M (2031) 3 modifiant la\n"
            "    Décision M (2025) 10 relative à la reconnaissance des formations\n"
            "    d'ambulancier, du 15 juin 2031 ..................................... 12\n",
            "",
            {("instrument/m-2031-3", "2031-06-15")},
        ),
        # an index entry's date line
        (
            "Beschikking M (2031) 4 betreffende drones\nDatum: 03-03-2031\n",
            "",
            {("instrument/m-2031-4", "2031-03-03")},
        ),
        (
            "1. Beschikking M (2031) 4 betreffende drones\n   Datum: 3 maart 2031\n\n"
            "2. Aanbeveling M (2031) 5 over telewerk\n   Datum: 12 april 2031\n",
            "",
            {("instrument/m-2031-4", "2031-03-03"), ("instrument/m-2031-5", "2031-04-12")},
        ),
    ],
)
def test_instrument_dated(text: str, day: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= facts(text, DATE, day=day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # entry into force, publication, a deadline, a meeting that only discussed it
        ("De op 1 juli 2031 in werking getreden Beschikking M (2031) 4 regelt drones.", ""),
        ("De op 20 juli 2031 bekendgemaakte Beschikking M (2031) 4 regelt drones.", ""),
        ("Beschikking M (2031) 4 treedt op 1 juli 2031 in werking.", ""),
        ("Beschikking M (2031) 4 werd op 20 juli 2031 bekendgemaakt in het Publicatieblad.", ""),
        ("De lidstaten moeten Beschikking M (2031) 4 uiterlijk op 1 januari 2032 uitvoeren.", ""),
        ("Het Comité vergaderde op 3 maart 2031 en besprak Beschikking M (2031) 4.", ""),
        ("Op 3 maart werd Beschikking M (2031) 4 besproken.", _NOW),
        ("Vandaag besprak het Comité van Ministers Beschikking M (2031) 4.", "2031-03-03"),
        # a period after the subject, and a letter's date under its subject line
        ("Beschikking M (2031) 4 inzake de proef van 1 januari 2031 tot 1 mei 2031.", ""),
        ("Betreft: Beschikking M (2031) 4 betreffende drones\nDatum: 03-03-2031\n", ""),
        # a title closing with a period, not a date
        (
            "Beschikking M (2031) 4 betreffende de werktijden, van 1 januari 2031 tot 1 mei 2031.",
            "",
        ),
    ],
)
def test_not_the_instrument_date(text: str, day: str) -> None:
    assert not {o for s, o in facts(text, DATE, day=day) if s == "instrument/m-2031-4"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date of another instrument in the sentence stays that one's
        (
            "Het Comité wijzigde Beschikking M (2031) 4 betreffende de uitvoering van het "
            "verdrag van 3 maart 2020.",
            {("instrument/verdrag-van-3-maart-2020", "2020-03-03")},
        ),
        (
            "Aanbeveling M (2031) 5 wijzigt Beschikking M (2020) 4 van 3 maart 2020.",
            {("instrument/m-2020-4", "2020-03-03")},
        ),
        # two instruments in one sentence, each with its own date
        (
            "Beschikking M (2031) 4, vastgesteld op 3 maart 2031, en Aanbeveling M (2031) 5, "
            "vastgesteld op 12 april 2031, gaan over mobiliteit.",
            {("instrument/m-2031-4", "2031-03-03"), ("instrument/m-2031-5", "2031-04-12")},
        ),
    ],
)
def test_each_its_own_date(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, DATE) == expected
