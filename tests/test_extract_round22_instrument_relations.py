"""Round 22 (helper INS), in relations/instruments.py: instruments adopted at the meeting a
communiqué reports take its day, and a clause's day stated relative to the document dates
the instrument before it. Every text is made up."""

from __future__ import annotations

from extract_helpers import DATE, triples

COMMUNIQUE = "Vergadering van het Benelux Comité van Ministers\nBrussel, 9 december 2027\n\n"


def test_a_split_adoption_before_the_subject_is_at_the_meeting() -> None:
    text = COMMUNIQUE + (
        "1. Het Comité stelde Beschikking M (2027) 14 vast inzake de erkenning van "
        "rijvaardigheidsattesten."
    )
    assert ("instrument/m-2027-14", DATE, "2027-12-09") in triples(text, day="2027-12-09")


def test_a_split_adoption_before_a_second_verb_is_at_the_meeting() -> None:
    text = COMMUNIQUE + (
        "1. Het Comité nam Aanbeveling M (2027) 15 over de opvang van zwerfdieren aan en "
        "besprak de begroting."
    )
    assert ("instrument/m-2027-15", DATE, "2027-12-09") in triples(text, day="2027-12-09")


def test_an_instrument_by_which_something_was_done_is_at_the_meeting() -> None:
    text = COMMUNIQUE + "1. Bij Beschikking M (2027) 16 werd de Benelux-werkgroep Drones ingesteld."
    assert ("instrument/m-2027-16", DATE, "2027-12-09") in triples(text, day="2027-12-09")


def test_an_instrument_by_which_another_was_amended_is_at_the_meeting() -> None:
    text = COMMUNIQUE + (
        "1. Met Beschikking M (2027) 17 wijzigde het Comité Beschikking M (2019) 3 "
        "betreffende de erkenning van duikbrevetten."
    )
    found = triples(text, day="2027-12-09")
    assert ("instrument/m-2027-17", DATE, "2027-12-09") in found
    assert not any(s == "instrument/m-2019-3" and p == DATE for s, p, _ in found)


def test_an_instrument_of_an_earlier_year_is_background() -> None:
    text = COMMUNIQUE + "1. Bij Beschikking M (2015) 3 werd de Benelux-werkgroep Drones ingesteld."
    assert not any(p == DATE for _, p, _ in triples(text, day="2027-12-09"))


def test_a_clause_with_a_day_relative_to_the_document() -> None:
    text = (
        "Het platform bouwt voort op Aanbeveling M (2028) 12, die het Comité van Ministers "
        "op 12 juni jongstleden aannam."
    )
    assert ("instrument/m-2028-12", DATE, "2028-06-12") in triples(text, day="2028-09-21")


def test_a_clause_with_a_relative_day_of_an_unnumbered_recommendation() -> None:
    text = (
        "Het netwerk volgt de aanbeveling over invasieve exoten, die het Comité van Ministers "
        "op 3 maart jl. vaststelde."
    )
    assert ("instrument/aanbeveling-over-invasieve-exoten", DATE, "2028-03-03") in triples(
        text, day="2028-09-21"
    )


def test_a_clause_with_a_relative_day_and_no_adoption_dates_nothing() -> None:
    text = (
        "Het platform bouwt voort op Aanbeveling M (2028) 12, die het Comité van Ministers "
        "op 12 juni jongstleden besprak."
    )
    assert not any(p == DATE for _, p, _ in triples(text, day="2028-09-21"))
