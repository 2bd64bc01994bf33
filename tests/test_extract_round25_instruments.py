"""Round 25: agreements and memoranda named by their parties, and instruments of no name that
close a sentence whose subject signed them on a date."""

from __future__ import annotations

from extract_helpers import dates, of_class, participants

# -- compound type words of their own name an agreement by its parties ------------------------


def test_samenwerkingsovereenkomst_between_two_bodies() -> None:
    text = (
        "De samenwerkingsovereenkomst tussen het Secretariaat-Generaal en de Euregio "
        "Maas-Rijn loopt tot 2027."
    )
    (agreement,) = of_class(text, "Agreement")
    assert "euregio-maas-rijn" in agreement
    assert (agreement, "organisation/euregio-maas-rijn") in participants(text)
    assert (agreement, "institution/secretariaat-generaal") in participants(text)


def test_title_of_an_agreement_opening_an_entry() -> None:
    text = (
        "Samenwerkingsovereenkomst tussen de Benelux Unie en de Euregio Rijn-Waal, "
        "ondertekend te Nijmegen op 3 maart 2023."
    )
    (agreement,) = of_class(text, "Agreement")
    assert (agreement, "2023-03-03") in dates(text)
    assert (agreement, "organisation/benelux-unie") in participants(text)


def test_uitvoeringsovereenkomst_dated() -> None:
    text = "Zoals afgesproken in de uitvoeringsovereenkomst van 13 juni 2023 patrouilleren zij."
    (agreement,) = of_class(text, "Agreement")
    assert (agreement, "2023-06-13") in dates(text)


def test_administratieve_afspraak_is_an_agreement() -> None:
    text = (
        "De administratieve afspraak tussen het Secretariaat-Generaal en de Noordse Raad van "
        "Ministers werd op 25 januari 2024 ondertekend."
    )
    (agreement,) = of_class(text, "Agreement")
    assert (agreement, "2024-01-25") in dates(text)


def test_administratieve_afspraken_in_general_are_no_instrument() -> None:
    text = "De diensten maken administratieve afspraken over de uitwisseling van gegevens."
    assert not of_class(text, "Agreement")


# -- a memorandum between two parties ------------------------------------------------------


def test_memorandum_van_overeenstemming_between_two_bodies() -> None:
    text = (
        "Het memorandum van overeenstemming tussen de Benelux Unie en de Baltische Raad van "
        "Ministers werd op 12 mei 2024 in Riga getekend."
    )
    (memorandum,) = of_class(text, "Declaration")
    assert (memorandum, "2024-05-12") in dates(text)
    assert (memorandum, "organisation/baltische-raad-van-ministers") in participants(text)


def test_memorandum_of_understanding_between_two_bodies() -> None:
    text = (
        "Het memorandum of understanding tussen de Benelux Unie en de Noordse Raad van "
        "Ministers wordt in 2026 geëvalueerd."
    )
    (memorandum,) = of_class(text, "Declaration")
    assert (memorandum, "organisation/noordse-raad-van-ministers") in participants(text)


def test_memorandum_with_one_party_is_no_name() -> None:
    text = "Er wordt gewerkt aan een memorandum met de Benelux Unie."
    assert not of_class(text, "Declaration")


# -- signers, date and an instrument of no name ---------------------------------------------


def test_signers_then_date_then_declaration() -> None:
    text = (
        "De Benelux Unie en de Grande Région ondertekenden op 7 juni 2018 een intentieverklaring."
    )
    (declaration,) = of_class(text, "Declaration")
    assert (declaration, "2018-06-07") in dates(text)
    assert (declaration, "region/grande-region") in participants(text)
    assert (declaration, "organisation/benelux-unie") in participants(text)


def test_signers_then_date_then_agreement() -> None:
    text = (
        "Het Secretariaat-Generaal en de Euregio Maas-Rijn ondertekenden op 12 oktober 2023 "
        "een samenwerkingsovereenkomst."
    )
    (agreement,) = of_class(text, "Agreement")
    assert (agreement, "2023-10-12") in dates(text)
    assert (agreement, "organisation/euregio-maas-rijn") in participants(text)


def test_signers_then_date_and_place_then_declaration() -> None:
    text = (
        "Noordrijn-Westfalen en de Benelux Unie tekenden op 3 mei 2022 in Düsseldorf een "
        "politieke verklaring."
    )
    (declaration,) = of_class(text, "Declaration")
    assert (declaration, "2022-05-03") in dates(text)


def test_member_states_then_date_then_declaration() -> None:
    text = (
        "België, Nederland en Luxemburg ondertekenden op 2 december 2024 een gezamenlijke "
        "verklaring."
    )
    (declaration,) = of_class(text, "Declaration")
    assert (declaration, "2024-12-02") in dates(text)
    assert (declaration, "country/luxemburg") in participants(text)


def test_signers_without_a_date_name_nothing() -> None:
    text = "De Benelux Unie en de Grande Région ondertekenden een intentieverklaring."
    assert not of_class(text, "Declaration")


def test_a_single_signer_names_nothing() -> None:
    text = "Nederland ondertekende op 2 december 2024 een verklaring."
    assert not of_class(text, "Declaration")


def test_signers_of_no_instrument_in_mid_sentence() -> None:
    text = (
        "Volgens de minister hebben de Benelux Unie en de Grande Région zaken besproken, maar "
        "ondertekenden zij op 2 december 2024 geen verklaring."
    )
    assert not of_class(text, "Declaration")
