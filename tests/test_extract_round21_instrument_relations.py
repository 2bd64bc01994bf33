"""Round 21 (helper INS): amendments, dates and issuing bodies of instruments in
relations/instruments.py that set M showed, on made-up texts."""

from __future__ import annotations

from extract_helpers import AMENDS, DATE, PASSED, triples

# -- a demonstrative object before the amending phrase ---------------------------------------


def test_the_annex_of_that_decision_updated_by_a_later_one() -> None:
    text = (
        "De basis is Beschikking M (2019) 4 betreffende de erkenning van duikbrevetten. "
        "Het Comité van Ministers heeft de bijlage bij die beschikking in 2023 "
        "geactualiseerd bij Beschikking M (2023) 7."
    )
    found = triples(text)
    assert ("instrument/m-2023-7", AMENDS, "instrument/m-2019-4") in found
    assert ("instrument/m-2023-7", DATE, "2023") in found


def test_that_recommendation_amended_by_a_later_one() -> None:
    text = (
        "Aanbeveling M (2015) 2 inzake de opvang van dieren bleef lang ongewijzigd. In 2021 "
        "werd deze aanbeveling aangevuld bij Aanbeveling M (2021) 6."
    )
    found = triples(text)
    assert ("instrument/m-2021-6", AMENDS, "instrument/m-2015-2") in found
    assert ("instrument/m-2021-6", DATE, "2021") in found


def test_that_decision_changed_by_a_later_one() -> None:
    text = (
        "Beschikking M (2012) 8 regelt de ijking van snelheidsmeters. De ministers hebben "
        "die beschikking gewijzigd bij Beschikking M (2018) 3."
    )
    assert ("instrument/m-2018-3", AMENDS, "instrument/m-2012-8") in triples(text)


def test_a_demonstrative_of_another_kind_amends_nothing() -> None:
    text = (
        "Beschikking M (2012) 8 regelt de ijking van snelheidsmeters. Het rapport over dat "
        "onderzoek werd gewijzigd bij Beschikking M (2018) 3."
    )
    assert not any(p == AMENDS for _, p, _ in triples(text))


# -- a dated anaphor after a heading ---------------------------------------------------------


def test_a_declaration_under_its_heading_signed_on_a_day() -> None:
    text = (
        "5.1 Benelux-verklaring over de toegankelijkheid van stations\n"
        "Status: lopend\n\n"
        "De verklaring werd op 4 maart 2023 in Brussel ondertekend door de ministers van "
        "België, Nederland en Luxemburg.\n"
    )
    found = triples(text)
    iri = "instrument/benelux-verklaring-over-de-toegankelijkheid-van-stations"
    assert (iri, DATE, "2023-03-04") in found


def test_an_agreement_under_its_heading_signed_in_a_year() -> None:
    text = (
        "2.4 Samenwerkingsovereenkomst over de uitwisseling van roosters\n\n"
        "De overeenkomst werd in 2019 door de drie landen ondertekend.\n"
    )
    found = triples(text)
    assert any(p == DATE and o == "2019" for _, p, o in found)


def test_an_anaphor_with_two_dates_dates_nothing() -> None:
    text = (
        "5.1 Benelux-verklaring over de toegankelijkheid van stations\n\n"
        "De verklaring werd op 4 maart 2023 ondertekend en op 9 mei 2024 herzien.\n"
    )
    iri = "instrument/benelux-verklaring-over-de-toegankelijkheid-van-stations"
    assert not any(s == iri and p == DATE for s, p, _ in triples(text))


def test_an_anaphor_in_a_planning_sentence_dates_nothing() -> None:
    text = (
        "5.1 Benelux-verklaring over de toegankelijkheid van stations\n\n"
        "De verklaring zal naar verwachting op 4 maart 2027 worden ondertekend.\n"
    )
    iri = "instrument/benelux-verklaring-over-de-toegankelijkheid-van-stations"
    assert not any(s == iri and p == DATE for s, p, _ in triples(text))


# -- no issuing body from before a section heading -------------------------------------------


def test_a_recommendation_heading_takes_no_body_of_the_section_before() -> None:
    text = (
        "4.1 Zorg\n\nDe resultaten worden besproken met de commissie van het "
        "Benelux-Parlement.\n\n"
        "4.2 Aanbeveling over spoedzorg\n\n"
        "In het najaar zal het Comité van Ministers een aanbeveling over spoedzorg in de "
        "grensstreek vaststellen.\n"
    )
    found = triples(text)
    assert not any(p == PASSED and o == "institution/benelux-parlement" for _, p, o in found)


def test_a_body_in_the_same_section_still_passes_the_recommendation() -> None:
    text = (
        "4.2 Spoedzorg\n\nHet Benelux-Parlement besprak de zorg in de grensstreek. "
        "Het keurde de aanbeveling over spoedzorg in de grensstreek op 3 juni 2024 goed.\n"
    )
    found = triples(text)
    assert any(p == PASSED and o == "institution/benelux-parlement" for _, p, o in found)
