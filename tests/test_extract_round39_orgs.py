"""Round 39: external organisations the reference data does not know, read from the grammar
of their names.

Universities named by their place or patron in Dutch, French and German ("de Technische
Universiteit Eindhoven", "de Université de Liège", "de Universität Duisburg-Essen", "de
Rijksuniversiteit Groningen"); foundations ("la Fondation ... pour la Santé", "de
Grenzland-Stiftung"); German institutes named by a compound ("het Fraunhofer-Institut für
...", "het Goethe-Institut"), which are no French public bodies; a chamber whose first word is
cut short ("de Industrie- und Handelskammer Trier"); groupings for territorial cooperation
after their legal form ("de EGTS Linieland van Waas en Hulst", "het GECT Alzette Belval");
companies and umbrella bodies listed after a plural of their sector ("de spoorwegbeheerders X,
Y en Z", "de rederijen X en Y", "de koepels X en Y"). Each kind has a negative of its shape.

The bodies are read with the reference data's bodies left out, as ``tests/heldout/
leave_out.py`` scores them."""

from __future__ import annotations

import pytest

from extract_helpers import blind_bodies

_EXTERNAL = "ExternalOrganisation"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Onderzoekers van de Technische Universiteit Eindhoven en de Université du "
            "Luxembourg schreven het rapport.",
            ["Technische Universiteit Eindhoven", "Université du Luxembourg"],
        ),
        (
            "De Rijksuniversiteit Groningen en de Universität Duisburg-Essen zijn partner.",
            ["Rijksuniversiteit Groningen", "Universität Duisburg-Essen"],
        ),
        (
            "De Vrije Universiteit Brussel, de Universiteit van Amsterdam en de Universiteit "
            "Gent werkten samen.",
            ["Vrije Universiteit Brussel", "Universiteit van Amsterdam", "Universiteit Gent"],
        ),
        (
            "Volgens de Universität des Saarlandes en de Université de Lorraine neemt het "
            "pendelverkeer toe.",
            ["Universität des Saarlandes", "Université de Lorraine"],
        ),
    ],
)
def test_universities_are_external_organisations(text: str, names: list[str]) -> None:
    bodies = blind_bodies(text)
    for name in names:
        assert bodies.get(name) == _EXTERNAL, (name, bodies)


@pytest.mark.parametrize(
    "text",
    [
        "De Université d'été sur la frontière vond plaats in Namen.",
        "De Universiteit heeft de studie afgerond.",
        "De Universiteitsbibliotheek Gent en het Universiteitsfonds zijn gesloten.",
    ],
)
def test_no_university_without_a_name(text: str) -> None:
    assert blind_bodies(text) == {}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "La Fondation Transfrontalière pour la Santé financiert het onderzoek.",
            ["Fondation Transfrontalière pour la Santé"],
        ),
        (
            "De Fondation Roi Baudouin en de Grenzland-Stiftung steunen het project.",
            ["Fondation Roi Baudouin", "Grenzland-Stiftung"],
        ),
    ],
)
def test_foundations(text: str, names: list[str]) -> None:
    bodies = blind_bodies(text)
    for name in names:
        assert bodies.get(name) == _EXTERNAL, (name, bodies)


def test_german_institutes_named_by_a_compound_are_external() -> None:
    bodies = blind_bodies(
        "Het Goethe-Institut en het Max-Planck-Institut für Grenzforschung organiseren een "
        "cursus; het Fraunhofer-Institut für Grenzlogistik deed de studie."
    )
    assert bodies.get("Goethe-Institut") == _EXTERNAL, bodies
    assert bodies.get("Max-Planck-Institut für Grenzforschung") == _EXTERNAL, bodies
    assert bodies.get("Fraunhofer-Institut für Grenzlogistik") == _EXTERNAL, bodies


def test_a_first_word_cut_short_joins_the_compound() -> None:
    bodies = blind_bodies(
        "De Industrie- und Handelskammer Trier en de Industrie- und Handelskammer zu Köln "
        "namen deel."
    )
    assert bodies.get("Industrie- und Handelskammer Trier") == _EXTERNAL, bodies
    assert bodies.get("Industrie- und Handelskammer zu Köln") == _EXTERNAL, bodies
    assert "Handelskammer Trier" not in bodies


def test_groupings_for_territorial_cooperation_after_their_legal_form() -> None:
    bodies = blind_bodies(
        "De EGTS Linieland van Waas en Hulst en het GECT Alzette Belval zijn "
        "grensoverschrijdende samenwerkingsverbanden; ook de BGTS Grensvallei."
    )
    assert bodies.get("Linieland van Waas en Hulst") == _EXTERNAL, bodies
    assert bodies.get("Alzette Belval") == _EXTERNAL, bodies
    assert bodies.get("Grensvallei") == _EXTERNAL, bodies
    assert not any(name.startswith(("EGTS", "GECT", "BGTS")) for name in bodies)


def test_a_legal_form_before_an_act_is_no_organisation() -> None:
    bodies = blind_bodies("De EGTS Verordening werd besproken; een EGTS kan gemeenten omvatten.")
    assert _EXTERNAL not in bodies.values(), bodies


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "De spoorwegbeheerders Grensspoor, Grenslijn en Grensbaan werken samen.",
            ["Grensspoor", "Grenslijn", "Grensbaan"],
        ),
        (
            "De vervoersmaatschappijen Grensbus en Grenstram en de rederijen Grensveer en "
            "Scheldeveer breiden uit.",
            ["Grensbus", "Grenstram", "Grensveer", "Scheldeveer"],
        ),
        (
            "De koepels Grensnet Vlaanderen en Grenswerk Nederland reageerden.",
            ["Grensnet Vlaanderen", "Grenswerk Nederland"],
        ),
        ("De koepel Grensregio's Nederland vraagt meer middelen.", ["Grensregio's Nederland"]),
    ],
)
def test_bodies_after_a_noun_of_their_sector(text: str, names: list[str]) -> None:
    bodies = blind_bodies(text)
    for name in names:
        assert bodies.get(name) == _EXTERNAL, (name, bodies)


@pytest.mark.parametrize(
    "text",
    [
        "De beheerders Jansen en Peeters tekenden voor akkoord.",
        "De koepel van het gebouw werd gerenoveerd; de koepel werd groen.",
        "De bedrijven in de haven van Antwerpen hebben last van de nieuwe regels.",
    ],
)
def test_no_bodies_after_a_generic_noun(text: str) -> None:
    assert blind_bodies(text) == {}
