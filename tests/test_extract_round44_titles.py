"""Round 44: where the name of a legal instrument named by type and subject ends (made-up
texts). What follows a recommendation's, a declaration's or a decision's subject in policy
prose and is no part of its name: the day it was adopted ("van 7 december 2030", "op 7
december 2030", "d.d. 7 december 2030"), the body that made it ("van het Benelux-Parlement",
"van het Comité van Ministers", "van de ministers van Justitie"), the meeting at which it was
adopted ("tijdens de Benelux-top"), how and when it was voted ("met algemene stemmen",
"unaniem", "vorig jaar"), to whom it is addressed ("aan de regeringen"), an aside between
dashes. And what stays part of it: a subject about a body ("de rol van het
Benelux-Parlement"), a year that names it ("de aanbeveling over grensarbeid van 2014"), the
date a declaration goes by, "van", "betreffende", "inzake" and "tussen" inside a subject."""

from __future__ import annotations

import pytest

from extract_helpers import dates, labels


def instrument_labels(text: str) -> set[str]:
    """The labels of the instruments read from ``text``."""
    return {
        label
        for iri, found in labels(text).items()
        if iri.startswith("instrument/")
        for label in found
    }


# -- the day it was adopted ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Het Parlement nam de aanbeveling over de erkenning van diploma's van 7 december "
            "2030 aan.",
            "Aanbeveling over de erkenning van diploma's",
        ),
        (
            "Het Parlement nam de aanbeveling over grensoverschrijdende zorg op 7 december "
            "2030 aan.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "De ministers bespraken de aanbeveling over grensoverschrijdende zorg d.d. 7 "
            "december 2030.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "De aanbeveling over grensoverschrijdende zorg dd. 7 december 2030 werd besproken.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "De aanbeveling over grensoverschrijdende zorg d.d. 7.12.2030 werd besproken.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "Het Parlement nam aanbeveling 967/2 over grensoverschrijdende zorg van 7 december "
            "2030 aan.",
            "Aanbeveling 967/2 over grensoverschrijdende zorg",
        ),
        (
            "Het Parlement nam aanbeveling 967/2 over grensoverschrijdende zorg op 7 december "
            "2030 aan.",
            "Aanbeveling 967/2 over grensoverschrijdende zorg",
        ),
        (
            "De ministers bespraken de aanbeveling over samenwerking met de Noordse Raad op 7 "
            "december.",
            "Aanbeveling over samenwerking met de Noordse Raad",
        ),
        (
            "De politieke verklaring over cyberveiligheid d.d. 4 juni 2029 bevat tien afspraken.",
            "Politieke verklaring over cyberveiligheid",
        ),
    ],
)
def test_the_day_of_adoption_is_no_part_of_the_name(text: str, label: str) -> None:
    assert instrument_labels(text) == {label}


def test_the_day_cut_from_the_name_stays_its_date() -> None:
    text = "De aanbeveling over grensoverschrijdende zorg d.d. 7 december 2030 werd besproken."
    assert ("instrument/aanbeveling-over-grensoverschrijdende-zorg", "2030-12-07") in dates(text)
    text = (
        "Het Parlement nam de aanbeveling over de erkenning van diploma's van 7 december 2030 aan."
    )
    assert (
        "instrument/aanbeveling-over-de-erkenning-van-diploma-s",
        "2030-12-07",
    ) in dates(text)


# -- the body that made it ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "De ministers bespraken de aanbeveling over grensoverschrijdende zorg van het "
            "Benelux-Parlement.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "Het Secretariaat volgt de aanbeveling over grensoverschrijdende zorg van het Comité "
            "van Ministers op.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "De beschikking over laadpunten van het Comité van Ministers van de Benelux Unie "
            "trad in werking.",
            "Beschikking over laadpunten",
        ),
        (
            "De verklaring over waterbeheer van de Benelux-premiers werd in Brussel besproken.",
            "Verklaring over waterbeheer",
        ),
        (
            "De politieke verklaring over cyberveiligheid van de ministers van Justitie werd "
            "besproken.",
            "Politieke verklaring over cyberveiligheid",
        ),
        (
            "De aanbeveling over de bescherming van spelers van het Benelux-Parlement werd goed "
            "ontvangen.",
            "Aanbeveling over de bescherming van spelers",
        ),
        (
            "Het Comité besprak aanbeveling 967/2 over grensoverschrijdende zorg van het "
            "Benelux-Parlement.",
            "Aanbeveling 967/2 over grensoverschrijdende zorg",
        ),
        (
            "De aanbeveling over grensoverschrijdende zorg van het Benelux-Parlement van 7 "
            "december 2030 werd besproken.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "De aanbeveling van het Benelux-Parlement over grensoverschrijdende zorg van 7 "
            "december 2030 werd besproken.",
            "Aanbeveling van het Benelux-Parlement over grensoverschrijdende zorg",
        ),
        (
            # A declaration goes by its date: the maker is left out, the date kept.
            "De verklaring over waterbeheer van de Benelux-premiers van 4 juni 2029 werd "
            "besproken.",
            "Verklaring over waterbeheer van 4 juni 2029",
        ),
    ],
)
def test_the_body_that_made_it_is_no_part_of_the_name(text: str, label: str) -> None:
    assert instrument_labels(text) == {label}


# -- the meeting, the vote, the time, the addressee, an aside --------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "De ministers bespraken de aanbeveling over de erkenning van beroepskwalificaties "
            "tijdens de zitting.",
            "Aanbeveling over de erkenning van beroepskwalificaties",
        ),
        (
            "De ministers hebben de verklaring over waterbeheer tijdens de Benelux-top "
            "ondertekend.",
            "Verklaring over waterbeheer",
        ),
        (
            "Het Comité stelde de beschikking over laadpunten tijdens zijn vergadering van juni "
            "vast.",
            "Beschikking over laadpunten",
        ),
        (
            "De ministers bespraken de aanbeveling over de wederzijdse erkenning van\n"
            "beroepskwalificaties in de zorg tijdens de zitting.",
            "Aanbeveling over de wederzijdse erkenning van beroepskwalificaties in de zorg",
        ),
        (
            "Het Parlement nam de aanbeveling over grensoverschrijdende zorg met algemene "
            "stemmen aan.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "Het Parlement nam de aanbeveling over grensoverschrijdende zorg met 35 stemmen voor "
            "aan.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "Het Parlement nam de aanbeveling over grensoverschrijdende zorg unaniem aan.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "Het Parlement keurde de aanbeveling over grensoverschrijdende zorg zonder stemming "
            "goed.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "Het Parlement nam de aanbeveling over grensoverschrijdende zorg in plenaire "
            "vergadering aan.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "Het Parlement nam de aanbeveling over grensoverschrijdende zorg op voorstel van de "
            "commissie aan.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "Het Parlement nam de aanbeveling over grensoverschrijdende zorg vorig jaar aan.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "De aanbeveling over grensoverschrijdende zorg aan de regeringen werd besproken.",
            "Aanbeveling over grensoverschrijdende zorg",
        ),
        (
            "De beschikking over laadpunten – een belangrijke stap – trad in werking.",
            "Beschikking over laadpunten",
        ),
        (
            "De aanbeveling over de bescherming van minderjarigen - ook online - werd aangenomen.",
            "Aanbeveling over de bescherming van minderjarigen",
        ),
        (
            "Aanbeveling 967/2 over grensoverschrijdende zorg – stand van zaken",
            "Aanbeveling 967/2 over grensoverschrijdende zorg",
        ),
    ],
)
def test_adjuncts_of_the_clause_are_no_part_of_the_name(text: str, label: str) -> None:
    assert instrument_labels(text) == {label}


# -- what stays part of the name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "De ministers bespraken de aanbeveling over de rol van het Benelux-Parlement.",
            "Aanbeveling over de rol van het Benelux-Parlement",
        ),
        (
            "Het Comité nam kennis van de aanbeveling over de werking van het Comité van "
            "Ministers.",
            "Aanbeveling over de werking van het Comité van Ministers",
        ),
        (
            "De verklaring over de toekomst van de Benelux Unie werd besproken.",
            "Verklaring over de toekomst van de Benelux Unie",
        ),
        (
            "De aanbeveling over grensarbeid van 2014 werd besproken.",
            "Aanbeveling over grensarbeid van 2014",
        ),
        (
            "De verklaring over waterbeheer van 4 juni 2029 werd ondertekend.",
            "Verklaring over waterbeheer van 4 juni 2029",
        ),
        (
            "De politieke verklaring over waterstof van juni 2020 van het Pentalateraal "
            "Energieforum dient als kader.",
            "Politieke verklaring over waterstof van juni 2020",
        ),
        (
            "De ministers bespraken de aanbeveling over de bescherming van consumenten van "
            "online diensten.",
            "Aanbeveling over de bescherming van consumenten van online diensten",
        ),
        (
            "De aanbeveling betreffende de erkenning van kwalificaties van zorgverleners werd "
            "aangenomen.",
            "Aanbeveling betreffende de erkenning van kwalificaties van zorgverleners",
        ),
        (
            "De verklaring over de grens tussen Nederland en België werd ondertekend.",
            "Verklaring over de grens tussen Nederland en België",
        ),
        (
            "De intentieverklaring tussen de Benelux Unie en de Grande Région over "
            "arbeidsmobiliteit werd ondertekend.",
            "Intentieverklaring tussen de Benelux Unie en de Grande Région over arbeidsmobiliteit",
        ),
        (
            "De Uitvoeringsovereenkomst inzake de inzet van drones bij grensoverschrijdende "
            "politieoperaties werd ondertekend.",
            "Uitvoeringsovereenkomst inzake de inzet van drones bij grensoverschrijdende "
            "politieoperaties",
        ),
        (
            "De beschikking over de bescherming van werknemers tijdens hittegolven trad in "
            "werking.",
            "Beschikking over de bescherming van werknemers tijdens hittegolven",
        ),
        (
            "De verklaring over de Maas-Rijn-regio werd ondertekend.",
            "Verklaring over de Maas-Rijn-regio",
        ),
    ],
)
def test_what_belongs_to_the_name_stays(text: str, label: str) -> None:
    assert instrument_labels(text) == {label}


def test_an_amending_title_keeps_the_amended_instrument() -> None:
    found = instrument_labels(
        "De Beschikking tot wijziging van de Beschikking M (2020) 5 inzake eHealth werd "
        "vastgesteld."
    )
    assert "Beschikking tot wijziging van de beschikking M (2020) 5 inzake eHealth" in found
