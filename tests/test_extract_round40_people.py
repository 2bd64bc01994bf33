"""Round 40: people named in running text (made-up texts), audited for breadth: German and
French offices and deputy chairs before or after a name, a full name with a known first name
and no role or title ("Volgens Sandra Kleinhans is ...", "Pieter van den Broek opende ..."), a
surname alone before a party ("Ook Bakker (D66) vroeg ..."); and what is shaped like a name
but names no one: a thing named after a person (a ship, an airport, a street, a fund), a body
whose name holds a first name, a place before a party, a lettered part of a document."""

from __future__ import annotations

import pytest

from extract_helpers import of_class


def people(text: str) -> set[str]:
    return of_class(text, "Person")


# -- German, French and deputy offices ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Ministerpräsident Hendrik Wustmann sprak over de samenwerking met de Benelux.",
            "person/hendrik-wustmann",
        ),
        (
            "Ministerpräsidentin Anke Rehlinger-Weiss ontving de delegatie in Saarbrücken.",
            "person/anke-rehlinger-weiss",
        ),
        (
            "Staatsminister Jean-Claude Wirtgen onderstreepte het belang van de Benelux.",
            "person/jean-claude-wirtgen",
        ),
        (
            "Landrat Klaus Bergmann van de Kreis Heinsberg nam deel aan het overleg.",
            "person/klaus-bergmann",
        ),
        ("Ondervoorzitter Paul Kremer nam het voorzitterschap over.", "person/paul-kremer"),
        (
            "Namens Nordrhein-Westfalen sprak Staatssekretär Heinz von der Heide.",
            "person/heinz-von-der-heide",
        ),
    ],
)
def test_an_office_before_the_name(text: str, person: str) -> None:
    assert people(text) == {person}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Het project wordt getrokken door Stefan Krug, Landrat van de Städteregion Aachen.",
            "person/stefan-krug",
        ),
        (
            "Lotte Vanhove, ondervoorzitter van de werkgroep, nam het woord.",
            "person/lotte-vanhove",
        ),
        (
            "Jean-Luc Dubois, conseiller bij de Waalse regering, gaf een presentatie.",
            "person/jean-luc-dubois",
        ),
        (
            "Heinz von der Heide, Staatssekretär in de Staatskanzlei, gaf een toelichting.",
            "person/heinz-von-der-heide",
        ),
    ],
)
def test_an_office_in_apposition(text: str, person: str) -> None:
    assert people(text) == {person}


# -- a full name with a known first name, no role or title -------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Marie-Claire Dupont nam namens de Franse regering deel aan het overleg.",
            "person/marie-claire-dupont",
        ),
        (
            "Pieter van den Broek opende de vergadering en heette iedereen welkom.",
            "person/pieter-van-den-broek",
        ),
        (
            "Sandra Kleinhans presenteerde de resultaten van het onderzoek naar grensarbeid.",
            "person/sandra-kleinhans",
        ),
        ("De toelichting werd gegeven door Sandra Kleinhans.", "person/sandra-kleinhans"),
        ("Er was een gesprek met Sandra Kleinhans over de begroting.", "person/sandra-kleinhans"),
        ("In 2024 presenteerde Sandra Kleinhans de resultaten.", "person/sandra-kleinhans"),
        (
            "Volgens Ruben Claessens is de digitale uitwisseling een succes.",
            "person/ruben-claessens",
        ),
        ("Laut Heinz Weber ist die Zusammenarbeit wichtig.", "person/heinz-weber"),
        ("Selon Marie Dupont, la coopération est essentielle.", "person/marie-dupont"),
        ("Daarna sprak Maria Bruins Slot over de veiligheid.", "person/maria-bruins-slot"),
    ],
)
def test_a_full_name_in_running_text(text: str, person: str) -> None:
    assert people(text) == {person}


def test_two_names_open_a_sentence() -> None:
    text = "Lotte Jacobs en Eva Smit stelden het rapport voor."
    assert people(text) == {"person/lotte-jacobs", "person/eva-smit"}


@pytest.mark.parametrize(
    "text",
    [
        "Het schip Johan de Witt voer door de Schelde.",
        "De luchthaven Charles de Gaulle is bereikbaar per trein.",
        "De Jan Peeters Stichting en het Frans Hals Museum werken samen.",
        "Het AZ Maria Middelares en de Prins Claus Fonds sponsoren het project.",
        "Het Emma Kinderziekenhuis en de Willem Alexander Kazerne liggen in de buurt.",
        "Het Erasmus Mundus programma en de Marie Curie acties lopen door.",
        "Frans Vlaanderen en Zeeuws-Vlaanderen werken samen in het project.",
        "In de Anna Paulownastraat staat het ministerie.",
        "Grand Est ondertekende de verklaring met Nordrhein-Westfalen.",
        "Rijkswaterstaat Zuid-Holland presenteerde de resultaten van het onderzoek.",
        "Na afloop bedankte de gastheer de heer des huizes voor de gastvrijheid.",
        "De burgemeester van Kerkrade en de gouverneur van Limburg waren aanwezig.",
        "De Koning Boudewijnstichting en het Prins Claus Fonds financieren het project.",
    ],
)
def test_what_is_shaped_like_a_name_but_names_no_one(text: str) -> None:
    assert people(text) == set()


# -- a surname alone before a party --------------------------------------------------------------


def test_a_surname_before_a_party() -> None:
    text = "Tijdens het debat vroeg Van der Meer (VVD) naar de kosten; ook Bakker (D66) had vragen."
    assert people(text) == {"person/van-der-meer", "person/bakker"}


def test_a_surname_before_a_party_is_the_person_named_in_full() -> None:
    text = "Roel van Dijk (CDA) diende een motie in. Later vroeg Van Dijk (CDA) om uitstel."
    assert people(text) == {"person/roel-van-dijk"}


def test_a_place_before_a_party_names_no_one() -> None:
    text = "De fractie in Limburg (CDA) steunt het plan, net als de partij in Drenthe (VVD)."
    assert people(text) == set()


# -- streets and lettered parts of a document ------------------------------------------------


def test_a_street_named_after_an_office_holder() -> None:
    text = "Het station Minister Lelylaan en de Burgemeester Jansenstraat zijn afgesloten."
    assert people(text) == set()


def test_a_lettered_appendix_is_no_initial() -> None:
    text = "Zie bijlage A. Overzicht van de deelnemers en bijlage B. Kosten."
    assert people(text) == set()


def test_a_name_broken_over_a_line_in_running_text() -> None:
    text = (
        "Het voorzitterschap lag in 2027 bij Katrien\nDevos van de nationale organisatie, die "
        "het overleg leidde en de agenda opstelde."
    )
    assert people(text) == {"person/katrien-devos"}


def test_a_sentence_after_a_colon_is_no_list() -> None:
    text = "Stand van zaken: het voorzitterschap lag in 2027 bij Katrien Devos van het NADO."
    assert people(text) == {"person/katrien-devos"}


def test_a_labelled_list_with_bodies_is_left_to_the_list_readers() -> None:
    # As round 32 reads such a list: with bodies among its items, a name in full without a
    # title or initials is not taken for a person's.
    text = "Deelnemers: Sandra Kleinhans, Rijkswaterstaat en De Watergroep\n"
    assert people(text) == set()
