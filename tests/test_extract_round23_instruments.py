"""Round 23 (helper INS-S, set S): a subject that opens with an adjective the stop words
list as an adverb ("over snel internet"), two proper names joined by "en de" inside a
subject ("in de Eifel en de Ardennen"), a treaty named after a city outside the Benelux
("Overeenkomst van Straatsburg") and "op dezelfde dag als de aanbeveling". Every text is made
up."""

from __future__ import annotations

import pytest

from extract_helpers import classes, dates, labels


# An adjective that is also an adverb of the stop words opens the subject.
@pytest.mark.parametrize(
    ("text", "iri", "label"),
    [
        (
            "Het Beneluxparlement heeft aanbeveling 1011/2 over snel internet op het platteland "
            "aangenomen.",
            "instrument/aanbeveling-1011-2",
            "Aanbeveling 1011/2 over snel internet op het platteland",
        ),
        (
            "    Aanbeveling 1012/2 over tijdig herstel van grensbruggen, aangenomen\n"
            "    op 3 juni 2027 ........ 12",
            "instrument/aanbeveling-1012-2",
            "Aanbeveling 1012/2 over tijdig herstel van grensbruggen",
        ),
        (
            "Het Comité van Ministers stelde een aanbeveling over volledig elektronisch "
            "factureren vast.",
            "instrument/aanbeveling-over-volledig-elektronisch-factureren",
            "Aanbeveling over volledig elektronisch factureren",
        ),
    ],
)
def test_an_adjectival_adverb_opens_a_subject(text: str, iri: str, label: str) -> None:
    assert label in labels(text).get(iri, set())


def test_an_adverb_before_a_verb_still_ends_the_subject() -> None:
    found = labels("De diensten zullen de beschikking over de grenscontroles snel uitvoeren.")
    assert not any("snel" in label.lower() for names in found.values() for label in names)


# Two proper names joined by "en de" close a subject together.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Op 4 mei 2027 ondertekenden Wallonië en Luxemburg een intentieverklaring over "
            "een natuurpark in de Eifel en de Ardennen. Het Secretariaat-Generaal tekende mee.",
            "instrument/intentieverklaring-over-een-natuurpark-in-de-eifel-en-de-ardennen",
        ),
        (
            "Vlaanderen en Nederland tekenden een verklaring over de visserij op de Maas en "
            "de Schelde, die in 2028 wordt geëvalueerd.",
            "instrument/verklaring-over-de-visserij-op-de-maas-en-de-schelde",
        ),
        (
            "Het Comité nam een aanbeveling aan over de scheepvaart op de Moezel en de Saar.",
            "instrument/aanbeveling-over-de-scheepvaart-op-de-moezel-en-de-saar",
        ),
    ],
)
def test_two_proper_names_close_a_subject(text: str, iri: str) -> None:
    assert iri in labels(text)


def test_a_proper_name_before_a_new_clause_does_not_join() -> None:
    found = labels(
        "Het Comité nam een aanbeveling over de veiligheid op de Moezel en de Commissie "
        "stelde een studie voor."
    )
    assert "instrument/aanbeveling-over-de-veiligheid-op-de-moezel" in found


# A treaty or agreement named after a city outside the Benelux is an external act.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Voor het vervoer geldt de Overeenkomst van Straatsburg inzake het vervoer van lijken.",
            "act/overeenkomst-van-straatsburg-inzake-het-vervoer-van-lijken",
        ),
        (
            "Luxemburg past daarnaast nog de Overeenkomst van Berlijn van 1937 toe.",
            "act/overeenkomst-van-berlijn",
        ),
        (
            "De lidstaten passen het Verdrag van Wenen inzake diplomatiek verkeer toe.",
            "act/verdrag-van-wenen-inzake-diplomatiek-verkeer",
        ),
    ],
)
def test_a_treaty_named_after_a_foreign_city_is_external(text: str, iri: str) -> None:
    assert classes(text).get(iri) == "ExternalAct"
    assert not any(s == iri for s, _ in dates(text))


def test_a_benelux_treaty_named_after_its_place_stays_a_treaty() -> None:
    found = classes("Het Verdrag van Senningen trad in 2027 in werking.")
    assert not any(i.startswith("act/") for i in found)


# "Op dezelfde dag als de aanbeveling": the day of the recommendation, not the last day
# stated before.
def test_the_same_day_as_a_named_instrument() -> None:
    text = (
        "Het Comité van Ministers stelde op 8 december 2027 Aanbeveling M (2027) 9 over "
        "zwerfvuil vast.\n\nOp 20 december 2027 vond een conferentie plaats in Brussel.\n\n"
        "Op dezelfde dag als de aanbeveling stelde het Comité van Ministers het "
        "Gemeenschappelijk Werkprogramma 2029-2032 vast."
    )
    found = dates(text)
    assert ("instrument/gemeenschappelijk-werkprogramma-2029-2032", "2027-12-08") in found
    assert ("instrument/gemeenschappelijk-werkprogramma-2029-2032", "2027-12-20") not in found


def test_the_same_day_as_something_never_dated_gives_no_day() -> None:
    text = (
        "Op 20 december 2027 vond een conferentie plaats in Brussel.\n\n"
        "Op dezelfde dag als de aanbeveling stelde het Comité van Ministers het "
        "Gemeenschappelijk Werkprogramma 2029-2032 vast."
    )
    assert not any(d == "2027-12-20" for _, d in dates(text))
