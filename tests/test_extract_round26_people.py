"""Round 26: people as Benelux documents name them, read in general (made-up texts)."""

from __future__ import annotations

import pytest

from extract_helpers import labels, of_class


def people(text: str) -> set[str]:
    return of_class(text, "Person")


# -- a party with the member state's code, as the Benelux Parliament writes it -------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Pieter-Jan de Groot (VVD, NL) stelde een vraag.", "person/pieter-jan-de-groot"),
        ("Het woord is aan Anne Lenaerts (N-VA, B).", "person/anne-lenaerts"),
        ("Marc Hansen (DP, L) wees op de gevolgen.", "person/marc-hansen"),
        ("Daarna sprak Lies Vandamme (CD&V, B) over de grensarbeid.", "person/lies-vandamme"),
    ],
)
def test_a_party_with_a_state_code_marks_a_full_name(text: str, person: str) -> None:
    assert person in people(text)


def test_a_body_with_a_state_code_is_no_person() -> None:
    assert not people("De Vlaamse Regering (VR, B) keurde het plan goed.")


# -- a chair named at the start of a sentence ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Onder leiding van Carole Weyland werd het plan besproken.", "person/carole-weyland"),
        ("Onder voorzitterschap van Joris Aerts vergaderde de werkgroep.", "person/joris-aerts"),
        ("Voorgezeten door Mieke Dewulf, nam de stuurgroep drie besluiten.", "person/mieke-dewulf"),
    ],
)
def test_a_chair_opening_a_sentence(text: str, person: str) -> None:
    assert person in people(text)


def test_a_body_leading_opens_no_person() -> None:
    assert not people("Onder leiding van Rijkswaterstaat werd het plan besproken.")


# -- signatures: a government's adjective, a surname in capitals, after the last sentence --


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Het plan is klaar.\n\nHoogachtend,\n\nDe Vlaamse minister van Mobiliteit,\n\n"
            "Annick Verlinden",
            "person/annick-verlinden",
        ),
        (
            "Met vriendelijke groet,\n\nMatthias DEVRIENDT\nVlaams minister-president",
            "person/matthias-devriendt",
        ),
        (
            "Dat zal in de zomer klaar zijn.\nKarolien Maes\n"
            "Vlaams minister van Welzijn en Gelijke Kansen",
            "person/karolien-maes",
        ),
        (
            "Hoogachtend,\n\nDe Luxemburgse minister van Mobiliteit,\n\nYvonne KRIER",
            "person/yvonne-krier",
        ),
    ],
)
def test_a_signature(text: str, person: str) -> None:
    assert person in people(text)


def test_a_surname_in_capitals_is_labelled_as_a_name() -> None:
    found = labels("Met vriendelijke groet,\n\nMatthias DEVRIENDT\nVlaams minister-president")
    assert "Matthias Devriendt" in found["person/matthias-devriendt"]


def test_a_heading_above_a_role_is_no_signature() -> None:
    assert not people("Het plan is klaar.\nVlaamse Regering\nminister van Onderwijs")


# -- the header of a written question: the member and the minister in capitals -------------


def test_a_written_question_names_its_member_and_minister() -> None:
    text = (
        "Schriftelijke vraag nr. 312 van 4 maart 2028\n\nvan KOEN VAN DEN HEUVEL\n\n"
        "aan BART SOMERS\nviceminister-president van de Vlaamse Regering\n\n"
        "Vraag\nDe werkgroep kwam twee keer samen."
    )
    assert {"person/koen-van-den-heuvel", "person/bart-somers"} <= people(text)


def test_a_question_header_without_a_line_of_each() -> None:
    assert not people("van BELGIË\naan NEDERLAND")
    assert not people("Een brief van ERIK MAES aan de minister.")


# -- "M." before a full name is Monsieur ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("M. Jean-Pierre Dupont vertegenwoordigde Wallonië.", "person/jean-pierre-dupont"),
        ("Namens Luxemburg sprak M. Paul Wagner.", "person/paul-wagner"),
        ("Het verslag van M. Luc Thiry werd goedgekeurd.", "person/luc-thiry"),
    ],
)
def test_monsieur_abbreviated(text: str, person: str) -> None:
    found = people(text)
    assert person in found
    assert not any(p.startswith("person/m-") for p in found)


def test_an_initial_before_a_surname_stays_an_initial() -> None:
    assert "person/m-dupont" in people("Het voorstel van M. Dupont werd aangenomen.")


# -- a quote after the speaker's name and a colon ------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Jan Claessens: "Dit is een mijlpaal voor de regio."', "person/jan-claessens"),
        ("Het project loopt. Ingrid Schaus: 'We gaan door.'", "person/ingrid-schaus"),
        ('Op de vraag antwoordde ze kort.\nNora Belkacem: "Nee."', "person/nora-belkacem"),
    ],
)
def test_a_quote_after_a_colon(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize(
    "text",
    [
        'Artikel 3: "De partijen verbinden zich ertoe."',
        'Toerisme Vlaanderen: "Welkom in de regio."',
        'Open Vld: "Dit is een goede zaak."',
        'Het motto luidde: "Grenzen verbinden".',
    ],
)
def test_a_quote_after_a_body_or_a_heading(text: str) -> None:
    assert not people(text)
