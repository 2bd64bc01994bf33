"""Round 32: people named in lists (made-up texts): attendance and participant lists in
minutes, labelled lines, one person a line, and lists in running text after "de leden", "de
heren", "de dames"; a list of bodies, places or brands names no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from benelux_kg.extract import Patterns
from benelux_kg.namespaces import ORG
from extract_helpers import PARTICIPANT, facts, of_class


def people(text: str) -> set[str]:
    return of_class(text, "Person")


def roles(text: str) -> set[tuple[str, str]]:
    """(person, role) pairs."""
    return {(p, r) for p, r in facts(text, ORG + "role") if "#" not in p}


# -- attendance lists on the label's line ----------------------------------------------------


def test_an_attendance_line_with_affiliations() -> None:
    text = (
        "Verslag van de vergadering van de werkgroep Grensarbeid van 3 maart 2025\n\n"
        "Aanwezig: Jan Peeters (BE, FOD Economie), Marie Schmit (LU) en Pieter de Vries "
        "(NL, ministerie van Economische Zaken)\n\n1. Opening"
    )
    assert {"person/jan-peeters", "person/marie-schmit", "person/pieter-de-vries"} <= people(text)


def test_the_excused_after_a_long_line_the_clean_text_joins() -> None:
    text = (
        "Verslag van de vergadering van de stuurgroep Mobiliteit van 4 april 2025\n\n"
        "Aanwezig: Karel Wouters (BE, FOD Mobiliteit), Sophie Kayser (LU, Ministère), Bart "
        "de Wit (NL)\nVerontschuldigd: Luc Dubois (BE), Anna van der Berg (NL)\n\n1. Opening"
    )
    found = people(text)
    assert {"person/luc-dubois", "person/anna-van-der-berg", "person/karel-wouters"} <= found
    assert {"person/sophie-kayser", "person/bart-de-wit"} <= found


def test_a_label_joined_to_the_header_above() -> None:
    text = (
        "Verslag van de vergadering van de stuurgroep Grensarbeid van 3 maart 2025 in het "
        "gebouw van het Secretariaat-Generaal\nAanwezig: Lotte Peeters (BE), Marc Thill (LU)"
        "\n\n1. Opening"
    )
    assert {"person/lotte-peeters", "person/marc-thill"} <= people(text)


def test_participants_separated_by_semicolons() -> None:
    text = (
        "Deelnemers: Hanna Dewulf, Vlaamse overheid; Otto von Bergen, Land Hessen; Claire le "
        "Roux, Région Grand Est\n"
    )
    assert {"person/hanna-dewulf", "person/otto-von-bergen", "person/claire-le-roux"} <= people(
        text
    )


def test_a_first_name_not_known_among_known_ones() -> None:
    text = "Deelnemers: Jānis Ozoliņš (Saeima), Marie Schmit (LU) en Jan Peeters (BE).\n"
    assert "person/janis-ozolins" in people(text)


def test_surnames_in_capitals() -> None:
    text = "Aanwezig: Jan PEETERS (BE), Marie SCHMIT (LU), Pieter VAN DEN BERG (NL)\n"
    assert {"person/jan-peeters", "person/marie-schmit", "person/pieter-van-den-berg"} <= people(
        text
    )


def test_those_present_named_in_a_sentence() -> None:
    text = (
        "De vergadering werd voorgezeten door Jan Peeters. Aanwezig waren ook Marie Schmit "
        "(LU), Koen Maes (BE) en Pieter de Vries (NL). De agenda werd goedgekeurd."
    )
    assert {"person/marie-schmit", "person/koen-maes", "person/pieter-de-vries"} <= people(text)


# -- one person a line -------------------------------------------------------------------------


def test_a_numbered_list_of_participants() -> None:
    text = (
        "Deelnemers:\n1. Jan Peeters (FOD Economie)\n2. Marie Schmit (LU)\n3. Koen Maes (BE)\n"
        "\n1. Opening en vaststelling van de agenda\n"
    )
    assert {"person/jan-peeters", "person/marie-schmit", "person/koen-maes"} <= people(text)


@pytest.mark.parametrize("bullet", ["- ", "• ", ""])
def test_participants_one_a_line(bullet: str) -> None:
    text = (
        "Notulen van het overleg van 12 mei 2025\n\nDeelnemers:\n"
        f"{bullet}Katrien Janssens\n{bullet}Sophie van den Broek\n{bullet}Hans Müller\n\n"
        "Het overleg begon om tien uur."
    )
    assert {
        "person/katrien-janssens",
        "person/sophie-van-den-broek",
        "person/hans-muller",
    } <= people(text)


def test_one_a_line_with_the_body_after_a_comma() -> None:
    text = (
        "Aanwezig:\n• Joris Maes, FOD Mobiliteit\n• Nathalie Hoffmann, Ministère de la "
        "Mobilité\n• Koen De Smet, Departement MOW\n"
    )
    assert {"person/joris-maes", "person/nathalie-hoffmann", "person/koen-de-smet"} <= people(text)


def test_a_body_then_its_people_on_one_line() -> None:
    text = "Aanwezig:\n- FOD Mobiliteit: Gert Peeters, Ilse Maes\n- Rijkswaterstaat: Henk Visser\n"
    assert {"person/gert-peeters", "person/ilse-maes", "person/henk-visser"} <= people(text)


# -- labelled lines: a role, a secretariat ------------------------------------------------------


def test_a_secretariat_and_a_secretary_named_in_full() -> None:
    text = "Voorzitter: Pierre Reuter\nSecretaris: Linda Claes\nSecretariaat: Eva Kremer\n"
    assert {"person/linda-claes", "person/eva-kremer"} <= people(text)


def test_the_chair_of_a_labelled_line_holds_the_role() -> None:
    text = "Voorzitter: mevrouw A. de Groot\nRapporteur: de heer B. Wagner\n"
    assert {("person/a-de-groot", "role/voorzitter"), ("person/b-wagner", "role/rapporteur")} <= (
        roles(text)
    )


def test_a_role_in_brackets_after_a_surname_in_the_list() -> None:
    text = "Aanwezig: de leden Hofman (voorzitter), De Boer, Claude Weber en Pol Wagener.\n"
    assert ("person/hofman", "role/voorzitter") in roles(text)


# -- surnames with particles, after a title, in a list of members -------------------------------


def test_surnames_alone_in_a_list_of_members() -> None:
    text = "Aanwezig: de leden Hofman (voorzitter), De Boer, Claude Weber en Pol Wagener.\n"
    assert {"person/hofman", "person/de-boer", "person/claude-weber"} <= people(text)


def test_a_title_before_a_lower_case_particle() -> None:
    text = "Verontschuldigd: mevrouw van der Linden, de heer De Smet\n"
    assert {"person/van-der-linden", "person/de-smet"} <= people(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De vergadering werd bijgewoond door de leden Jansen, De Vries en Marc Thill.",
            {"person/jansen", "person/de-vries", "person/marc-thill"},
        ),
        (
            "Het woord werd gevoerd door de heren Hansen en Van den Bossche.",
            {"person/hansen", "person/van-den-bossche"},
        ),
        (
            "Het gesprek werd gevoerd met de dames Wouters en Verbeke van de VDAB.",
            {"person/wouters", "person/verbeke"},
        ),
        (
            "De heren Lambert en Di Stefano openden de vergadering.",
            {"person/lambert", "person/di-stefano"},
        ),
    ],
)
def test_a_list_in_running_text(text: str, expected: set[str]) -> None:
    assert expected <= people(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De ministers Asselborn en Reynders ondertekenden het verdrag.",
            {"person/asselborn", "person/reynders"},
        ),
        (
            "De senatoren Claes en Van Damme dienden een amendement in.",
            {"person/claes", "person/van-damme"},
        ),
        (
            "De premiers Bettel, De Croo en Rutte ontmoetten elkaar in Brussel.",
            {"person/bettel", "person/de-croo", "person/rutte"},
        ),
    ],
)
def test_a_list_after_a_plural_role(text: str, expected: set[str]) -> None:
    assert people(text) == expected


def test_an_article_and_a_role_before_a_surname_are_no_name() -> None:
    text = "De Kamerleden Jansen (VVD), De Vries (CDA) en Marc Thill stelden vragen."
    assert people(text) == {"person/jansen", "person/de-vries", "person/marc-thill"}


def test_a_role_before_a_list_of_surnames() -> None:
    text = "Verder keken de rapporteurs Hofstede en Willems vooruit naar de zitting."
    assert ("person/hofstede", "role/rapporteur") in roles(text)


# -- precision: lists of bodies, places, countries and brands -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aanwezig: Albert Heijn, Max Havelaar, het Jean Monnet-gebouw en Rijkswaterstaat.",
        "Aanwezig:\n- Rijkswaterstaat\n- De Watergroep\n- Max Havelaar\n- Albert Heijn\n",
        "Deelnemers: Albert Heijn en Max Havelaar.",
        "Deelnemers: België, Nederland, Luxemburg, Noordrijn-Westfalen",
        "Leden: Nederland, België en Luxemburg.",
        "Voorzitter: Logius",
        "De leden Rijkswaterstaat en ProRail bespraken de planning.",
        "Sprekers: Marie Curie, Paul Henri en Max Planck Instituut",
        "Deelnemers: Benelux Secretariaat, Vlaamse Overheid, Waals Gewest",
        "Aanwezig: Sint Maarten, Den Haag en Den Bosch.",
        "Verhinderd (leden): Naturalis Biodiversity Center, natur&ëmwelt\n",
        "Leden: Max Planck Gesellschaft en Fraunhofer Institut.",
        "Deelnemers: Vlaamse Milieumaatschappij en Jan De Nul.",
        "Gasten: Hugo Boss en Jan Linders\n",
        "Aanwezig waren ook Rijkswaterstaat, De Watergroep en Max Havelaar.",
        "Deelnemers:\n1. Opening\n2. Verslag van de vorige vergadering\n",
        "Aanwezig: Departement MOW, Agentschap VLAIO en Jan VERMEULEN.\n",
        "De ministers Nederland en België ondertekenden het verdrag.",
        "De leden Benelux Unie en Comité van Ministers zijn het eens.",
    ],
)
def test_a_list_of_no_people_names_no_one(text: str) -> None:
    # Beside a list of people, which is read.
    before = "Aanwezig: Lotte Peeters (BE), Marc Thill (LU)\n\n"
    assert people(before + text) == {"person/lotte-peeters", "person/marc-thill"}


def test_bodies_beside_a_person_are_no_people() -> None:
    text = (
        "Aanwezig: Jan Peeters (FOD Economie), Rijkswaterstaat, De Watergroep\n\n"
        "Verontschuldigd: Ilse Maes (LU), Tom Weber (DE)\n"
    )
    assert people(text) == {"person/ilse-maes", "person/tom-weber"}


def test_a_person_in_an_attendance_list_is_no_participant() -> None:
    text = (
        "Verslag van de 3e vergadering van de Benelux-werkgroep Grensarbeid, 5 juni 2025\n\n"
        "Aanwezig: Jan Peeters (FOD Economie), Marie Schmit (LU), Pieter de Vries (NL)\n\n"
        "1. Opening"
    )
    assert "person/jan-peeters" in people(text)
    assert not {o for _, o in facts(text, PARTICIPANT) if o.startswith("person/")}


def test_the_given_names_are_package_data() -> None:
    given = Patterns.load().people().given_names
    assert {"Marie", "Jan", "Katrien", "Jean", "Wolfgang", "Gusty"} <= given
    assert len(given) > 800
    pyproject = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"extract/given_names.txt"' in pyproject and '"extract/patterns.toml"' in pyproject
