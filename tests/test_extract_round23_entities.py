"""Round 23 (set S): the Flemish and Walloon regions under their inflected names and their
governments, federations named after their noun, a person with the body in brackets, a
Benelux summit in a heading set in capitals, and no person read from a government's name or
across a line break. Every text is made up."""

from __future__ import annotations

import pytest

from extract_helpers import iris, of_class


# "het Vlaamse Gewest", and the region's government named as an actor, are the region.
@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "De verklaring werd ondertekend door het Vlaamse Gewest en Nederland.",
            "organisation/vlaams-gewest",
        ),
        (
            "Ook het Waalse Gewest heeft zich bij de verklaring aangesloten.",
            "organisation/waals-gewest",
        ),
        (
            "De Vlaamse Regering werkt samen met Nederland aan betere zorg.",
            "organisation/vlaams-gewest",
        ),
        ("De Waalse Regering keurde het plan op 3 mei 2026 goed.", "organisation/waals-gewest"),
    ],
)
def test_regions_inflected_and_their_governments(text: str, region: str) -> None:
    found = iris(text)
    assert region in found
    assert not {"organisation/vlaamse-regering", "organisation/waalse-regering"} & found


# A government is no person, and a name does not run over a paragraph break after a
# portfolio (a heading below the addressee's titles).
@pytest.mark.parametrize(
    "text",
    [
        "SCHRIFTELIJKE VRAAG\n\nnr. 12 van 3 maart 2027\nvan JAN JANSEN\n\naan ELS PEETERS\n"
        "viceminister-president van de Vlaamse Regering, Vlaams minister van Wonen,\n"
        "Onroerend Erfgoed en Gelijke Kansen\n\nGrensoverschrijdend wonen - afspraken\n\n"
        "Wie in Baarle woont, betaalt twee keer.\n",
        "Vraag aan de minister-president van de Waalse Regering, minister van Economie.",
        "minister van Mobiliteit en Openbare Werken\n\nBelangrijke Mededeling\n",
    ],
)
def test_no_person_from_a_government_or_across_a_line(text: str) -> None:
    # The header's member and minister in capitals are people (round 26, as gold t02 has them).
    header = {"person/jan-jansen", "person/els-peeters"} if "van JAN JANSEN" in text else set()
    assert of_class(text, "Person") == header


# Federations and umbrella bodies named after their noun, in a list or alone.
@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "De beroepsfederaties Fedaro en VBNX waren als gast aanwezig.",
            {"organisation/fedaro", "organisation/vbnx"},
        ),
        (
            "De brancheorganisaties Bouwlink, Installwerk en Techlumen schreven mee.",
            {"organisation/bouwlink", "organisation/installwerk", "organisation/techlumen"},
        ),
        (
            "Het plan kwam er samen met de koepelorganisatie Zorgnet Grens.",
            {"organisation/zorgnet-grens"},
        ),
    ],
)
def test_federations_named_after_their_noun(text: str, bodies: set[str]) -> None:
    assert bodies <= of_class(text, "ExternalOrganisation")


def test_plural_federations_without_names_mint_nothing() -> None:
    assert (
        of_class("De beroepsfederaties waren als gast aanwezig.", "ExternalOrganisation") == set()
    )


# A full name followed by the body the person works for, in brackets.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Anke Verhulst (Departement Mobiliteit) zat de vergadering voor.", "person/anke-verhulst"),
        ("Het verslag is van Marc Schmit (Administration des douanes).", "person/marc-schmit"),
        ("Namens de dienst sprak Eva de Bruin (Ministerie van Financiën).", "person/eva-de-bruin"),
    ],
)
def test_a_person_with_the_body_in_brackets(text: str, person: str) -> None:
    assert person in of_class(text, "Person")


def test_a_body_in_brackets_after_a_place_is_no_person() -> None:
    # A place and the body's acronym: no head word of a body opens the brackets.
    assert of_class("In Noord Brabant (NVWA) werd gecontroleerd.", "Person") == set()


# A Benelux summit in a heading set in capitals, dated by the dateline below it.
@pytest.mark.parametrize(
    ("text", "summit"),
    [
        (
            "GEMEENSCHAPPELIJK COMMUNIQUÉ VAN DE BENELUX-TOP\n\nLuxemburg, 3 juni 2027\n\n"
            "De regeringsleiders kwamen vandaag bijeen voor de Benelux-top.",
            "event/benelux-top-2027",
        ),
        (
            "VERKLARING VAN DE BENELUX-TOP\n\nBrussel, 12 oktober 2025\n\nDe premiers spraken.",
            "event/benelux-top-2025",
        ),
        (
            "SLOTVERKLARING BENELUX-TOP\n\nDen Haag, 8 mei 2031\n\nDe premiers spraken.",
            "event/benelux-top-2031",
        ),
    ],
)
def test_summit_in_a_heading_in_capitals(text: str, summit: str) -> None:
    meetings = of_class(text, "Meeting")
    assert summit in meetings
    assert not any(m.startswith(("event/communique", "event/verklaring")) for m in meetings)


# Real bodies of the reference data.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("De taskforce werkt samen met de Bundeswehr.", "organisation/bundeswehr"),
        ("Natuurpunt stelde meetgegevens ter beschikking.", "organisation/natuurpunt"),
        ("Eurogroup for Animals gaf advies.", "organisation/eurogroup-for-animals"),
    ],
)
def test_reference_bodies(text: str, body: str) -> None:
    assert body in of_class(text, "ExternalOrganisation")
