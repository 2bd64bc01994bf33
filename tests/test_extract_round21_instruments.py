"""Round 21: instruments read from set M's constructions, on made-up texts.

- a title that ends where the next line opens a field ("Status:", "Datum:");
- an index entry whose number follows the note line under the entry before it;
- the date a citation gives with the adopting body and the number;
- acts numbered under the Euratom Treaty;
- "geactualiseerd/bijgewerkt bij" as an amendment.
"""

from __future__ import annotations

from extract_helpers import AMENDS, DATE, classes, triples

# -- a title ends before a field label on the next line --------------------------------------


def test_a_declaration_heading_ends_before_its_status_line() -> None:
    text = (
        "4.1.2 Benelux-verklaring over de toegankelijkheid van stations voor reizigers\n"
        "Status: lopend\n\n"
        "De verklaring werd in 2021 ondertekend door de drie landen.\n"
    )
    found = classes(text)
    assert "instrument/benelux-verklaring-over-de-toegankelijkheid-van-stations-voor-reizigers" in (
        found
    )
    assert not any(iri.endswith("-status") for iri in found)


def test_an_agreement_heading_ends_before_a_date_field() -> None:
    text = (
        "Intentieverklaring over de uitwisseling van gegevens over jeugdwerkloosheid "
        "Datum: 3 mei 2024\n\nDe tekst bouwt voort op eerdere afspraken.\n"
    )
    found = classes(text)
    assert (
        "instrument/intentieverklaring-over-de-uitwisseling-van-gegevens-over-jeugdwerkloosheid"
        in found
    )
    assert not any("datum" in iri for iri in found)


def test_a_recommendation_heading_ends_before_a_field_of_three_words() -> None:
    text = (
        "3.4 Aanbeveling inzake de erkenning van reddingsdiploma's "
        "Stand van zaken: in voorbereiding\n\nHet Comité bespreekt de tekst in het najaar.\n"
    )
    found = classes(text)
    assert "instrument/aanbeveling-inzake-de-erkenning-van-reddingsdiploma-s" in found
    assert not any("stand-van-zaken" in iri for iri in found)


def test_a_colon_inside_running_text_is_no_field() -> None:
    # A lower-case word before the colon opens no field: the subject reads as before.
    text = (
        "Het Comité van Ministers nam de Beschikking inzake de grensoverschrijdende "
        "inzet van ambulances aan; zij geldt vanaf 2025.\n"
    )
    found = classes(text)
    assert "instrument/beschikking-inzake-de-grensoverschrijdende-inzet-van-ambulances" in found


# -- an index entry after a note line -------------------------------------------------------


_INDEX = """INHOUDSOPGAVE

A.  COMITÉ VAN MINISTERS

    M (2031) 2   Beschikking betreffende de erkenning van duikbrevetten,
                 d.d. 12.02.2031 ....................  4
                 {note}

    M (2031) 3   {title}
                 d.d. 09.05.2031 ......................................... 7

    M (2031) 4   Beschikking inzake de ijking van snelheidsmeters,
                 d.d. 09.05.2031 ....................  9
"""


# A note line wrapped over two lines, which the clean text joins to the next entry's line.
_NOTE = (
    "De werkgroep rapporteert aan het Directiecomité Verkeer en Ver-\n"
    "                 voer; Frankrijk neemt als waarnemer deel."
)


def test_an_index_entry_after_a_note_line_is_typed_by_its_opening_word() -> None:
    text = _INDEX.format(
        note=_NOTE,
        title="Aanbeveling inzake de opvang van dieren uit een ander\n"
        "                 Benelux-land,",
    )
    found = classes(text)
    assert found["instrument/m-2031-3"] == "Recommendation"
    # The title is the numbered instrument's, not an instrument of its own.
    assert not any(iri.startswith("instrument/aanbeveling") for iri in found)
    assert ("instrument/m-2031-3", DATE, "2031-05-09") in triples(text)


def test_an_index_entry_after_a_note_line_may_be_a_decision() -> None:
    text = _INDEX.format(
        note="Deze beschikking vervangt Beschikking M (2019) 8 inzake de erkenning van\n"
        "                 brevetten voor de sportduikerij.",
        title="Beschikking tot vaststelling van gemeenschappelijke regels\n"
        "                 voor taxivervoer,",
    )
    found = classes(text)
    assert found["instrument/m-2031-3"] == "Decision"
    assert ("instrument/m-2031-3", DATE, "2031-05-09") in triples(text)


def test_an_index_entry_after_a_note_line_ending_in_a_name() -> None:
    text = _INDEX.format(
        note="Het platform wordt voorgezeten door het Secretariaat-Generaal van de Be-\n"
        "                 nelux Unie en rapporteert jaarlijks.",
        title="Aanbeveling over de samenwerking tussen reddingsbrigades\n"
        "                 aan de kust,",
    )
    assert classes(text)["instrument/m-2031-3"] == "Recommendation"


def test_an_index_entry_after_a_note_line_closing_on_a_name_or_bracket() -> None:
    for close in ("de Kustwacht.", "het Secretariaat-Generaal.", "de Kustwacht (KW)."):
        text = _INDEX.format(
            note="De werkgroep rapporteert aan het College van Secretaris-\n"
            f"                 sen-Generaal en werkt samen met {close}",
            title="Aanbeveling over de erkenning van reddingsbrevetten voor\n"
            "                 strandwachten,",
        )
        assert classes(text)["instrument/m-2031-3"] == "Recommendation", close


def test_a_number_after_a_sentence_in_running_text_opens_no_entry() -> None:
    # No dotted leaders: no index entry, and the type comes from the words before it.
    text = (
        "De lidstaten voerden de beschikking uit. M (2030) 6 Aanbeveling inzake "
        "de opvang van dieren is nog niet omgezet."
    )
    assert classes(text).get("instrument/m-2030-6") != "Recommendation"


# -- a citation's body and date --------------------------------------------------------------


def test_a_footnote_citing_a_decision_with_its_body_dates_it() -> None:
    text = (
        "Het stelsel berust op Beschikking M (2021) 9 betreffende de erkenning van "
        "jachtverloven.¹\n\n"
        "_______________\n"
        "¹ Beschikking M (2021) 9 van het Comité van Ministers van de Benelux Unie\n"
        "  van 14 juni 2021, Benelux Publicatieblad 2021-3.\n"
    )
    assert ("instrument/m-2021-9", DATE, "2021-06-14") in triples(text)


def test_a_citation_with_a_short_body_and_a_dd_date() -> None:
    text = (
        "Zie Aanbeveling M (2018) 12 van het Comité van Ministers, d.d. 03.12.2018, "
        "over de toegang tot de zorg."
    )
    assert ("instrument/m-2018-12", DATE, "2018-12-03") in triples(text)


def test_a_citation_in_running_text_dates_the_directive() -> None:
    text = (
        "De regels staan in Richtlijn M (2016) 4 van het Comité van Ministers van de "
        "Benelux Economische Unie van 21 maart 2016 en zijn sindsdien niet gewijzigd."
    )
    assert ("instrument/m-2016-4", DATE, "2016-03-21") in triples(text)


def test_a_body_without_a_date_dates_nothing() -> None:
    text = (
        "Beschikking M (2021) 9 van het Comité van Ministers van de Benelux Unie geldt "
        "sinds de inwerkingtreding in alle drie de landen."
    )
    assert not any(p == DATE for s, p, _ in triples(text) if s == "instrument/m-2021-9")


# -- Euratom numbering -----------------------------------------------------------------------


def test_a_directive_numbered_under_euratom() -> None:
    text = "De beschikking vult Richtlijn 2013/59/Euratom aan en volgt Richtlijn 2014/87/Euratom."
    found = classes(text)
    assert found["act/richtlijn-2013-59-euratom"] == "ExternalAct"
    assert found["act/richtlijn-2014-87-euratom"] == "ExternalAct"


def test_a_regulation_numbered_euratom_first() -> None:
    text = (
        "De middelen komen uit Verordening (Euratom) 2021/948 en Verordening (EU, Euratom) "
        "2020/2093 van de Raad."
    )
    found = classes(text)
    assert found["act/verordening-euratom-2021-948"] == "ExternalAct"
    assert found["act/verordening-eu-euratom-2020-2093"] == "ExternalAct"


def test_euratom_as_a_word_is_no_act() -> None:
    text = "De Euratom-richtlijnen van 2013 gelden in alle drie de landen."
    assert not any(iri.startswith("act/richtlijn-2013") for iri in classes(text))


# -- "geactualiseerd/bijgewerkt bij" ---------------------------------------------------------


def test_updated_by_amends_the_one_named_before() -> None:
    text = (
        "Beschikking M (2019) 4 betreffende de erkenning van duikbrevetten, zoals "
        "geactualiseerd bij Beschikking M (2023) 7, blijft de basis."
    )
    assert ("instrument/m-2023-7", AMENDS, "instrument/m-2019-4") in triples(text)


def test_brought_up_to_date_by_amends() -> None:
    text = (
        "Aanbeveling M (2017) 2 inzake de opvang van dieren, bijgewerkt bij Aanbeveling "
        "M (2022) 5, is in alle landen omgezet."
    )
    assert ("instrument/m-2022-5", AMENDS, "instrument/m-2017-2") in triples(text)


def test_updated_by_agent_first() -> None:
    text = (
        "Bij Beschikking M (2024) 3 werd de Beschikking M (2012) 8 inzake de ijking van "
        "snelheidsmeters geactualiseerd."
    )
    assert ("instrument/m-2024-3", AMENDS, "instrument/m-2012-8") in triples(text)


def test_an_updated_report_amends_nothing() -> None:
    text = (
        "Het rapport over Beschikking M (2019) 4 werd in 2024 geactualiseerd; Beschikking "
        "M (2023) 7 bleef ongewijzigd."
    )
    assert not any(p == AMENDS for _, p, _ in triples(text))
