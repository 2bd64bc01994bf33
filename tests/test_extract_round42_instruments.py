"""Round 42: legal instruments without a number, named by type, parties and subject, audited
for breadth (made-up texts): a covenant, an implementing protocol and a letter of intent (also
as "LoI", and in English with "on"); an adjective that says what kind of instrument it is
("de grensoverschrijdende overeenkomst", "de ministeriële verklaring", "het gezamenlijk
memorandum"); a short name in brackets between the type word and its subject or parties ("het
memorandum van overeenstemming (MoU) over ..."); a declaration described in lower case and
named by the place it was made ("de politieke verklaring van Den Haag"). And what is shaped
like one but names none: a statement someone gives, an agreement reached, a country's or a
minister's statement, a French "loi"."""

from __future__ import annotations

import pytest

from extract_helpers import classes, labels

INSTRUMENT_CLASSES = {"Agreement", "Declaration", "Treaty", "LegalInstrument"}


def instruments(text: str) -> dict[str, str]:
    """Instrument -> class, for the instruments read from ``text``."""
    return {iri: cls for iri, cls in classes(text).items() if cls in INSTRUMENT_CLASSES}


# -- type words the tables lacked --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iri", "cls", "label"),
    [
        (
            "Het convenant over de aanpak van drugsafval werd in 2025 door de drie landen "
            "gesloten.",
            "instrument/convenant-over-de-aanpak-van-drugsafval",
            "Agreement",
            "Convenant over de aanpak van drugsafval",
        ),
        (
            "De ministers ondertekenden een convenant over grensoverschrijdende brandweerzorg.",
            "instrument/convenant-over-grensoverschrijdende-brandweerzorg",
            "Agreement",
            "Convenant over grensoverschrijdende brandweerzorg",
        ),
        (
            "Het Convenant Grensoverschrijdende Zorg werd in 2025 ondertekend.",
            "instrument/convenant-grensoverschrijdende-zorg",
            "Agreement",
            "Convenant Grensoverschrijdende Zorg",
        ),
        (
            "Het Uitvoeringsprotocol inzake de grensoverschrijdende inzet van drones werd op 4 "
            "juni 2026 ondertekend.",
            "instrument/uitvoeringsprotocol-inzake-de-grensoverschrijdende-inzet-van-drones",
            "Agreement",
            "Uitvoeringsprotocol inzake de grensoverschrijdende inzet van drones",
        ),
        (
            "De partners ondertekenden een Letter of Intent over grensoverschrijdende "
            "waterstofnetwerken.",
            "instrument/letter-of-intent-over-grensoverschrijdende-waterstofnetwerken",
            "Declaration",
            "Letter of Intent over grensoverschrijdende waterstofnetwerken",
        ),
        (
            "Op 3 maart 2026 ondertekenden de drie landen de Letter of Intent on Military "
            "Mobility.",
            "instrument/letter-of-intent-on-military-mobility",
            "Declaration",
            "Letter of Intent on Military Mobility",
        ),
        (
            "De drie ministers ondertekenden een LoI over de gezamenlijke aankoop van vaccins.",
            "instrument/loi-over-de-gezamenlijke-aankoop-van-vaccins",
            "Declaration",
            "LoI over de gezamenlijke aankoop van vaccins",
        ),
    ],
)
def test_a_type_word_the_tables_lacked(text: str, iri: str, cls: str, label: str) -> None:
    assert instruments(text).get(iri) == cls
    assert label in labels(text)[iri]


# -- an adjective that says what kind of instrument it is --------------------------------------


@pytest.mark.parametrize(
    ("text", "iri", "cls"),
    [
        (
            "De grensoverschrijdende overeenkomst inzake ambulancezorg trad in 2026 in werking.",
            "instrument/grensoverschrijdende-overeenkomst-inzake-ambulancezorg",
            "Agreement",
        ),
        (
            "De ministeriële verklaring over de energietransitie werd op 5 juni 2026 aangenomen.",
            "instrument/ministeriele-verklaring-over-de-energietransitie",
            "Declaration",
        ),
        (
            "Het gezamenlijk memorandum over de inzet van politie werd verlengd.",
            "instrument/gezamenlijk-memorandum-over-de-inzet-van-politie",
            "Declaration",
        ),
        (
            "De trilaterale verklaring over waterstof werd in 2025 ondertekend.",
            "instrument/trilaterale-verklaring-over-waterstof",
            "Declaration",
        ),
    ],
)
def test_an_adjective_of_kind_opens_the_name(text: str, iri: str, cls: str) -> None:
    assert instruments(text).get(iri) == cls


# -- a short name in brackets between the type word and what follows ---------------------------


@pytest.mark.parametrize(
    ("text", "iri", "label"),
    [
        (
            "Het memorandum van overeenstemming (MoU) over waterstofnetwerken werd in 2026 "
            "ondertekend. Het MoU loopt vijf jaar.",
            "instrument/memorandum-van-overeenstemming-over-waterstofnetwerken",
            "Memorandum van overeenstemming over waterstofnetwerken",
        ),
        (
            "Het Memorandum of Understanding (MoU) betreffende grensoverschrijdende ambulancezorg "
            "werd verlengd.",
            "instrument/memorandum-of-understanding-betreffende-grensoverschrijdende-ambulancezorg",
            "Memorandum of Understanding betreffende grensoverschrijdende ambulancezorg",
        ),
        (
            "Het Memorandum of Understanding (MoU) tussen de Benelux Unie en de Baltische Raad "
            "over energie werd verlengd.",
            "instrument/memorandum-of-understanding-tussen-de-benelux-unie-en-de-baltische-raad"
            "-over-energie",
            "Memorandum of Understanding tussen de Benelux Unie en de Baltische Raad over energie",
        ),
    ],
)
def test_a_short_name_in_brackets_is_left_out(text: str, iri: str, label: str) -> None:
    found = instruments(text)
    assert found.get(iri) == "Declaration"
    assert label in labels(text)[iri]
    assert "instrument/memorandum-of-understanding" not in found


# -- a declaration described in lower case, named by its place ---------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Op de top ondertekenden de premiers de politieke verklaring van Den Haag.",
            "instrument/politieke-verklaring-van-den-haag",
        ),
        (
            "De slotverklaring van Senningen werd door de ministers aangenomen.",
            "instrument/slotverklaring-van-senningen",
        ),
        (
            "De gezamenlijke verklaring van Oostende, over offshore windenergie, werd "
            "gepubliceerd.",
            "instrument/gezamenlijke-verklaring-van-oostende",
        ),
    ],
)
def test_a_described_declaration_named_by_its_place(text: str, iri: str) -> None:
    assert instruments(text).get(iri) == "Declaration"


# -- negatives ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De minister gaf een verklaring over de vertraging van de werken.",
        "Na het debat gaf de woordvoerder een verklaring over de staking.",
        "De minister verklaarde dat een overeenkomst over de tarieven nog niet bereikt is.",
        "De ministers bereikten een politiek akkoord over de verdeling van de kosten.",
        "Er is nog geen overeenkomst over de grensoverschrijdende ambulancezorg.",
        "De landen willen afspraken maken over de grensoverschrijdende inzet van drones.",
        "De minister wil een verklaring afleggen over de stand van zaken.",
        "Dit is in overeenstemming met de afspraken van de Benelux Unie.",
        "In het commissiedebat wees de verklaring van de minister over de begroting op een tekort.",
        "De gezamenlijke verklaring van Nederland en België werd voorgelezen.",
        "De verklaring van Nederland werd in de notulen opgenomen.",
        "La loi du 3 mai 2026 relative à la protection des données est entrée en vigueur.",
        "Het actieplan over grensoverschrijdende stages wordt in 2026 uitgevoerd.",
        "De grensoverschrijdende samenwerking is in 2025 versterkt.",
    ],
)
def test_no_instrument(text: str) -> None:
    assert instruments(text) == {}


def test_an_issued_joint_declaration_is_still_one() -> None:
    text = "De ministers gaven een gezamenlijke verklaring over de energietransitie uit."
    assert instruments(text) == {
        "instrument/gezamenlijke-verklaring-over-de-energietransitie": "Declaration"
    }


def test_the_agreement_reached_by_name_is_still_one() -> None:
    text = "Het akkoord over de grensarbeid is bereikt dankzij de Benelux Unie."
    assert "instrument/akkoord-over-de-grensarbeid" in instruments(text)


def test_a_signed_agreement_with_no_in_its_clause_is_still_one() -> None:
    text = (
        "De ministers ondertekenden een akkoord over de grensarbeid, dat geen nieuwe kosten "
        "meebrengt."
    )
    assert "instrument/akkoord-over-de-grensarbeid" in instruments(text)


def test_luxemburg_is_a_place_a_declaration_is_named_by() -> None:
    text = "De politieke verklaring van Luxemburg werd door de vijf landen ondertekend."
    assert instruments(text) == {"instrument/politieke-verklaring-van-luxemburg": "Declaration"}


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Het in 2024 gesloten akkoord over de grensarbeid wordt geëvalueerd.",
            "instrument/akkoord-over-de-grensarbeid",
        ),
        (
            "De op 3 mei 2024 ondertekende overeenkomst inzake grensoverschrijdende zorg trad in "
            "werking.",
            "instrument/overeenkomst-inzake-grensoverschrijdende-zorg",
        ),
        (
            "Het in Luxemburg getekende convenant over de aanpak van drugsafval loopt tot 2030.",
            "instrument/convenant-over-de-aanpak-van-drugsafval",
        ),
    ],
)
def test_a_participle_of_signing_between_article_and_type_word(text: str, iri: str) -> None:
    assert instruments(text).get(iri) == "Agreement"
