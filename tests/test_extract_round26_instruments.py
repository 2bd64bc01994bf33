"""Round 26: instruments named by description carry the name the document gives them.

- a declaration named twice, with its date and without, stays one entity;
- an agreement named by its party and its date ("het administratief akkoord met de Noordse
  Raad van Ministers van 25 januari 2024", its label as written, the date included), or by
  the party it was signed with ("ondertekende een administratief akkoord met de Euregio
  ..."), is an entity;
- a party whose kind stands in lower case before its name ("de provincie Limburg") is part of
  the instrument's name;
- an English title joins its parties with "between ... and ...".
"""

from __future__ import annotations

import pytest

from extract_helpers import dates, extract, labels, of_class, short


def names(text: str) -> dict[str, set[str]]:
    """Entity -> its label and alt labels."""
    return {
        short(e.iri.value): {label.value for label in (*e.labels, *e.alt_labels)}
        for e in extract(text).entities
    }


# -- one instrument named twice ---------------------------------------------------------------


def test_a_declaration_named_with_and_without_its_date_is_one_entity() -> None:
    text = (
        "De Benelux-landen ondertekenden de intentieverklaring over snelladers langs "
        "snelwegen van 12 mei 2029. Het secretariaat volgt de intentieverklaring over "
        "snelladers langs snelwegen op. Deze intentieverklaring van 12 mei 2029 loopt tot 2032."
    )
    (declaration,) = of_class(text, "Declaration")
    # The name as the text writes it, its date too, is its label.
    assert labels(text)[declaration] == {
        "Intentieverklaring over snelladers langs snelwegen van 12 mei 2029"
    }


def test_an_anaphor_is_never_a_label() -> None:
    text = (
        "De intentieverklaring over snelladers langs snelwegen van 12 mei 2029 werd goed "
        "ontvangen. De verklaring wordt in 2030 geëvalueerd; het akkoord blijft gelden."
    )
    every = {n.lower() for found in names(text).values() for n in found}
    assert not every & {"verklaring", "de verklaring", "akkoord", "het akkoord"}


# -- an agreement named by its party and its date, or signed with a party ---------------------


@pytest.mark.parametrize(
    ("text", "label", "day"),
    [
        (
            "Het administratief akkoord met de Raad van de Oostzeestaten van 14 februari 2030 "
            "werd door beide secretariaten uitgevoerd.",
            "Administratief akkoord met de Raad van de Oostzeestaten van 14 februari 2030",
            "2030-02-14",
        ),
        (
            "De samenwerkingsovereenkomst met de Euregio Maas-Rijn van 2027 loopt af.",
            "Samenwerkingsovereenkomst met de Euregio Maas-Rijn van 2027",
            "2027",
        ),
        (
            "Volgens het akkoord met de Noordse Raad van Ministers van 8 maart 2031 wisselen "
            "de secretariaten stagiairs uit.",
            "Akkoord met de Noordse Raad van Ministers van 8 maart 2031",
            "2031-03-08",
        ),
    ],
)
def test_an_agreement_named_by_its_party_and_date(text: str, label: str, day: str) -> None:
    # Its label is its name as written, the date included.
    (agreement,) = of_class(text, "Agreement")
    assert labels(text)[agreement] == {label}
    assert (agreement, day) in dates(text)


def test_a_treaty_named_by_its_parties_keeps_its_label() -> None:
    # Negative: a treaty's name by its parties goes without the date of signing.
    text = "Het verdrag met Estland, Letland en Litouwen van 2021 geldt nog."
    assert of_class(text, "Treaty") == {"instrument/verdrag-met-estland-letland-en-litouwen"}


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Het Secretariaat-Generaal ondertekende een administratief akkoord met de Euregio "
            "Maas-Rijn.",
            "instrument/administratief-akkoord-met-de-euregio-maas-rijn",
        ),
        (
            "In Tallinn tekende de secretaris-generaal een samenwerkingsovereenkomst met de "
            "Baltische Assemblee.",
            "instrument/samenwerkingsovereenkomst-met-de-baltische-assemblee",
        ),
        (
            "Vorig jaar sloot de Benelux Unie een administratieve regeling met het Eurodistrict "
            "PAMINA.",
            "instrument/administratieve-regeling-met-het-eurodistrict-pamina",
        ),
    ],
)
def test_an_agreement_signed_with_a_party(text: str, iri: str) -> None:
    assert iri in of_class(text, "Agreement")


@pytest.mark.parametrize(
    "text",
    [
        "Beide partijen willen snel een akkoord bereiken met de Europese Commissie.",
        "Het akkoord met de Europese Commissie is nog niet in zicht.",
        "De vakbond ondertekende een akkoord met de werkgevers.",
        "De minister ondertekende een verklaring met de Duitse deelstaten.",
    ],
)
def test_no_agreement_without_signing_or_date(text: str) -> None:
    assert not of_class(text, "Agreement")


# -- a party named by its kind in lower case --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De samenwerkingsovereenkomst tussen de Benelux Unie en de provincie Limburg werd "
            "op 5 mei 2030 ondertekend.",
            "instrument/samenwerkingsovereenkomst-tussen-de-benelux-unie-en-de-provincie-limburg",
        ),
        (
            "Het administratief akkoord tussen het Secretariaat-Generaal en de gemeente "
            "Baarle-Hertog blijft gelden.",
            "instrument/administratief-akkoord-tussen-het-secretariaat-generaal-en-de-gemeente-"
            "baarle-hertog",
        ),
        (
            "De uitvoeringsovereenkomst tussen de Benelux Unie en de stad Aken werd verlengd.",
            "instrument/uitvoeringsovereenkomst-tussen-de-benelux-unie-en-de-stad-aken",
        ),
    ],
)
def test_a_party_with_its_kind_in_lower_case(text: str, iri: str) -> None:
    assert iri in of_class(text, "Agreement")


def test_a_kind_without_a_name_is_no_party() -> None:
    text = "De overeenkomst tussen de Benelux Unie en de provincie werd verlengd."
    assert not of_class(text, "Agreement")


# -- an English title with its parties --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Het Memorandum of Understanding between the Benelux Union and the Nordic Council "
            "of Ministers werd verlengd.",
            "instrument/memorandum-of-understanding-between-the-benelux-union-and-the-nordic-"
            "council-of-ministers",
        ),
        (
            "Op 3 mei 2029 werd het memorandum of understanding between the Benelux Union and "
            "the Baltic Assembly ondertekend.",
            "instrument/memorandum-of-understanding-between-the-benelux-union-and-the-baltic-"
            "assembly",
        ),
        (
            "Het Memorandum of Understanding between the Benelux Union and Estonia on digital "
            "identity werd verlengd.",
            "instrument/memorandum-of-understanding-between-the-benelux-union-and-estonia-on-"
            "digital-identity",
        ),
    ],
)
def test_an_english_title_with_its_parties(text: str, iri: str) -> None:
    assert iri in of_class(text, "Declaration")


def test_between_without_named_parties_is_no_title() -> None:
    text = "Het Memorandum of Understanding was signed between them in 2029."
    assert not any("between" in iri for iri in of_class(text, "Declaration"))
