"""The date of an instrument: eli:date_document from the sentences that say when it was
adopted or signed."""

from __future__ import annotations

from pathlib import Path

import pytest

from benelux_kg.corpus import Document
from benelux_kg.extract import Extractor
from benelux_kg.extract.candidates import Candidate
from benelux_kg.extract.dating import relative_dates
from benelux_kg.extract.sentences import Sentences
from benelux_kg.namespaces import ELI, ID

EXTRACTOR = Extractor.from_files()
DATED = ELI + "date_document"


def dates(text: str, day: str = "") -> set[tuple[str, str]]:
    """(instrument, date) of each eli:date_document of a document dated ``day``."""
    metadata = {"date": day} if day else {}
    doc = Document("test", text, Path("test.txt"), "0" * 64, metadata=metadata)
    return {
        (f.subject.value[len(ID) :], f.object.value)
        for f in EXTRACTOR.extract(doc).facts
        if f.predicate.value == DATED
    }


def test_a_weekday_alone_is_the_last_such_day_before_the_document() -> None:
    text = (
        "Op zaterdag stemde de zaal; zondagavond was er een receptie. Op donderdag 4 maart "
        "sprak de voorzitter. Komende zaterdag volgt een bezoek, elke vrijdag een overleg."
    )
    found = [(text[d.begin : d.end], d.iso) for d in relative_dates(text, "2027-03-09")]
    # 9 March 2027 is a Tuesday: the Saturday and the Sunday before it.
    assert found[:2] == [("zaterdag", "2027-03-06"), ("zondagavond", "2027-03-07")]
    # A weekday with its day number, one ahead and one that repeats are not resolved.
    assert "donderdag" not in {w for w, _ in found}
    assert len([w for w, _ in found if w.lower() in {"zaterdag", "vrijdag"}]) == 1
    # A document dated by its year alone resolves no weekday.
    assert relative_dates("Op zaterdag stemde de zaal.", "2027") == []


def test_a_recommendation_adopted_on_a_weekday_of_the_session() -> None:
    text = (
        "Op zaterdagmiddag nam de assemblee met ruime meerderheid de aanbeveling over "
        "grensoverschrijdende kinderopvang aan."
    )
    found = dates(text, "2027-03-09")
    assert ("instrument/aanbeveling-over-grensoverschrijdende-kinderopvang", "2027-03-06") in found


def test_a_split_verb_of_adoption_dates_the_instrument() -> None:
    text = (
        "Het Benelux-Parlement nam op 9 oktober 2027 de aanbeveling over de erkenning van "
        "zwemdiploma's aan."
    )
    found = dates(text)
    assert ("instrument/aanbeveling-over-de-erkenning-van-zwemdiploma-s", "2027-10-09") in found


def test_the_date_of_a_list_introduction_dates_each_item() -> None:
    text = (
        "Het Comité keurde op 3 oktober de volgende teksten goed:\n"
        "  • Beschikking M (2027) 4 betreffende de erkenning van duikbrevetten;\n"
        "  • Aanbeveling M (2027) 5 over gedeelde meldkamers.\n\n"
        "Daarna volgde een lunch."
    )
    found = dates(text, "2027-10-05")
    assert ("instrument/m-2027-4", "2027-10-03") in found
    assert ("instrument/m-2027-5", "2027-10-03") in found


def test_a_list_introduced_by_two_days_is_not_dated() -> None:
    text = (
        "Op de zitting van 8 en 9 oktober 2027 nam het Parlement twee aanbevelingen aan:\n"
        "  • aanbeveling 970/2 over zwemdiploma's;\n"
        "  • aanbeveling 971/2 over gedeelde meldkamers.\n"
    )
    assert dates(text) == set()


def test_a_period_of_years_dates_no_instrument() -> None:
    text = (
        "De ministers stelden het Gemeenschappelijk Werkprogramma 2029-2032 vast, dat "
        "voortbouwt op het programma 2025-2028."
    )
    assert not any(d.startswith("2025") for _, d in dates(text))


def test_a_heading_run_into_the_sentence_is_not_dated() -> None:
    text = (
        "De zitting werd geopend. Aanbeveling over kinderopvang\n"
        "Op 6 maart 2027 nam het parlement met 30 stemmen voor aanbeveling 975/2 over "
        "kinderopvang in de grensstreek aan."
    )
    start = text.index("Aanbeveling")
    heading = Candidate(start, start + 29, ID + "instrument/heading", "Recommendation", label="H")
    begin = text.index("aanbeveling 975/2")
    named = Candidate(begin, begin + 17, ID + "instrument/a-975-2", "Recommendation", label="A")
    found = {
        (r.subject[len(ID) :], r.object)
        for r in EXTRACTOR.relations.find(text, Sentences(text), [heading, named], set())
        if r.predicate == DATED
    }
    assert found == {("instrument/a-975-2", "2027-03-06")}


def relation_dates(text: str, names: list[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """The dates the relation finder gives the mentions ``(surface, slug, class)``."""
    mentions = []
    for surface, iri, cls in names:
        begin = text.index(surface)
        label = surface.replace(" ", "")
        mentions.append(Candidate(begin, begin + len(surface), ID + iri, cls, label=label))
    return {
        (r.subject[len(ID) :], r.object)
        for r in EXTRACTOR.relations.find(text, Sentences(text), mentions, set())
        if r.predicate == DATED
    }


def test_each_entry_of_an_index_line_is_dated_by_its_own_closing_date() -> None:
    text = (
        "M (2027) 2 Beschikking betreffende de erkenning van duikbrevetten, d.d. 04.05.2027 .. "
        "3\nM(2027)3 Beschikking houdende wijziging van de Beschikking M (2019) 6 inzake "
        "gedeelde meldkamers, d.d. 11.05.2027 ...... 7\n"
    )
    found = relation_dates(
        text,
        [
            ("M (2027) 2", "m-2027-2", "Decision"),
            ("M(2027)3", "m-2027-3", "Decision"),
            ("M (2019) 6", "m-2019-6", "Decision"),
        ],
    )
    assert ("m-2027-3", "2027-05-11") in found
    # The amended decision named inside the entry is not what the entry dates.
    assert not any(iri == "m-2019-6" for iri, _ in found)


def test_an_index_entry_under_a_heading_with_its_signing_inside() -> None:
    text = (
        "III. Overeenkomsten\n\n"
        "Uitvoeringsovereenkomst tussen het Koninkrijk België en het Koninkrijk der "
        "Nederlanden inzake gezamenlijke duikteams, ondertekend te Gent op 2 maart 2027, ter "
        "uitvoering van het Benelux-Politieverdrag ................ 12\n"
    )
    found = dates(text)
    assert ("instrument/benelux-politieverdrag", "2027-03-02") not in found
    assert any(d == "2027-03-02" and "duikteams" in iri for iri, d in found)


def test_a_numbered_entry_opening_with_its_type_word() -> None:
    text = (
        "De publicaties van dit nummer.\n\n"
        "2.  Beschikking M(2027)8 tot wijziging van de Beschikking M (2018) 4 betreffende "
        "gedeelde meldkamers, d.d. 15.06.2027 ........ 7\n"
    )
    assert ("instrument/m-2027-8", "2027-06-15") in dates(text)


def test_a_participle_of_adoption_after_the_name_gives_its_day() -> None:
    text = (
        "Het Comité gebruikte dit instrument één keer: Richtlijn M (2027) 3 betreffende de "
        "bewegwijzering van wandelroutes, vastgesteld op 4 april 2027. De samenwerking berust "
        "op het Memorandum of Understanding over dijkbewaking van 2019, ondertekend te Arnhem "
        "op 3 mei 2019."
    )
    found = dates(text)
    assert ("instrument/m-2027-3", "2027-04-04") in found
    memorandum = "instrument/memorandum-of-understanding-over-dijkbewaking-van-2019"
    # The day it was signed replaces the year its name gives.
    assert (memorandum, "2019-05-03") in found
    assert (memorandum, "2019") not in found


def test_a_participle_after_an_instrument_named_inside_another_is_not_its_own() -> None:
    text = (
        "Beschikking van het Comité van Ministers tot wijziging van de Beschikking M (2026) 4 "
        "inzake de erkenning van zwemdiploma's, vastgesteld op 11 maart 2027 onder nummer "
        "M(2027)1."
    )
    assert not any(iri == "instrument/m-2026-4" for iri, _ in dates(text))


def test_an_instrument_adopted_at_the_meeting_reported_on_takes_its_day() -> None:
    text = (
        "De Benelux-top van 3 maart 2027 vond plaats in Namen.\n\n"
        "De drie regeringsleiders ondertekenden de politieke verklaring over "
        "waterstofkorridors. De top nam tevens de Gemeenschappelijke verklaring over "
        "grensoverschrijdende zorg 2028-2031 aan.\n\n"
        "Eerder ondertekenden de landen de politieke verklaring over fietssnelwegen."
    )
    found = dates(text, "2027-03-10")
    assert ("instrument/politieke-verklaring-over-waterstofkorridors", "2027-03-03") in found
    assert any(d == "2027-03-03" and "zorg" in iri for iri, d in found)
    # "Eerder": not at the meeting.
    assert not any("fietssnelwegen" in iri for iri, _ in found)


def test_a_meeting_after_the_document_dates_nothing() -> None:
    text = (
        "De Benelux-top van 3 maart 2027 vindt plaats in Namen. De regeringsleiders "
        "ondertekenden de politieke verklaring over waterstofkorridors."
    )
    assert dates(text, "2027-02-10") == set()


def test_a_list_adopted_at_the_meeting_reported_on() -> None:
    text = (
        "Het Comité van Ministers hield op maandag 1 maart 2027 zijn voorjaarsvergadering in "
        "Brussel.\n\nDe ministers namen twee beschikkingen aan:\n"
        "  • Beschikking M (2027) 2 betreffende de erkenning van duikbrevetten;\n"
        "  • Beschikking M (2027) 3 over gedeelde meldkamers.\n"
    )
    found = dates(text, "2027-03-02")
    assert ("instrument/m-2027-2", "2027-03-01") in found
    assert ("instrument/m-2027-3", "2027-03-01") in found


def test_a_year_after_the_name_dates_it_but_not_a_treaty_revised_under_its_name() -> None:
    text = (
        "Het Memorandum van Wiltz uit 1998 bleef de basis van het overleg. De onderhandelingen "
        "over het herziene Verdrag van Wiltz uit 2003 liepen vast."
    )
    found = dates(text)
    assert ("instrument/memorandum-van-wiltz", "1998") in found
    assert not any(d == "2003" for _, d in found)


def test_the_recommendation_opening_a_sentence_replaces_the_one_it_names() -> None:
    text = (
        "Het parlement nam aanbeveling 980/2 over zwemonderwijs in de grensstreek aan. "
        "De aanbeveling vervangt aanbeveling 931/2 over zwemdiploma's uit 2019.\n\n"
        "Het Comité bereidt de beschikking over laadpunten voor. "
        "De beschikking tot wijziging van Beschikking M (2024) 6 inzake zwembaden staat op "
        "de agenda."
    )
    extraction = EXTRACTOR.extract(Document("test", text, Path("test.txt"), "0" * 64))
    amends = {
        (f.subject.value[len(ID) :], f.object.value[len(ID) :])
        for f in extraction.facts
        if f.predicate.value == ELI + "amends"
    }
    assert ("instrument/aanbeveling-980-2", "instrument/aanbeveling-931-2") in amends
    # "De beschikking tot wijziging van ..." is a name, not an anaphor of an earlier one.
    assert ("instrument/beschikking-over-laadpunten", "instrument/m-2024-6") not in amends
    assert ("instrument/aanbeveling-931-2", "2019") in dates(text)


def test_a_footnote_citing_an_instrument_gives_where_and_when_it_was_signed() -> None:
    text = (
        "Het overleg volgt sindsdien het verdrag.¹ Het verslag noemt ook andere teksten.\n"
        "¹ Verdrag tussen het Koninkrijk België en het Koninkrijk der Nederlanden inzake "
        "grensoverschrijdende brandweerzorg, Maastricht, 5 mei 2026.\n"
    )
    found = dates(text)
    assert any(d == "2026-05-05" and "brandweerzorg" in iri for iri, d in found)


def test_a_year_gives_way_to_the_day_stated_elsewhere() -> None:
    text = (
        "Frankrijk sloot in 2027 een intentieverklaring met de Benelux-landen over de "
        "digitale pakbon.\n\n"
        "² Intentieverklaring inzake de digitale pakbon, ondertekend op 4 oktober 2027.\n"
    )
    found = dates(text)
    dated = [iri for iri, d in found if d == "2027-10-04"]
    assert len(dated) == 1
    assert (dated[0], "2027") not in found


def test_a_treaty_the_states_concluded_in_a_year() -> None:
    text = (
        "Het Verdrag betreffende de erkenning van zwemdiploma's, dat de Benelux-landen in "
        "2027 met Estland sloten, is van kracht."
    )
    assert any(d == "2027" and "zwemdiploma" in iri for iri, d in dates(text))


def test_an_instrument_in_preparation_is_not_dated_by_its_planned_signing() -> None:
    text = (
        "Het platform bereidt een politieke verklaring over zwemveiligheid voor, die de drie "
        "landen tijdens de Benelux-top van 2028 willen ondertekenen."
    )
    assert dates(text) == set()


def test_a_summit_held_on_a_day_dates_what_it_adopted_but_not_the_committees_texts() -> None:
    text = (
        "Met deze brief bericht ik over de Benelux-top die op 3 maart 2027 in Namen "
        "plaatsvond.\n\n"
        "De regeringsleiders ondertekenden de politieke verklaring over waterstofkorridors.\n\n"
        "Het Comité van Ministers stelde daarnaast een aanbeveling over de erkenning van "
        "zwemdiploma's vast."
    )
    found = dates(text, "2027-03-20")
    assert ("instrument/politieke-verklaring-over-waterstofkorridors", "2027-03-03") in found
    assert not any("zwemdiploma" in iri for iri, _ in found)


def test_instruments_named_together_share_the_date() -> None:
    text = (
        "Op zaterdagochtend werden de aanbevelingen 'Erkenning van zwemdiploma's in de "
        "grensstreek' en 'Gedeelde meldkamers voor de brandweer' aangenomen."
    )
    found = {d for _, d in dates(text, "2027-03-09")}
    assert len(dates(text, "2027-03-09")) == 2
    assert found == {"2027-03-06"}


def test_the_date_in_the_relative_clause_of_its_signing() -> None:
    text = (
        "Tabel 2 Instrumenten Akkoord 14-11-2026 BE, NL Het Samenwerkingsakkoord "
        "stage-uitwisseling, dat VDAB, Forem en UWV op 3 mei 2027 sloten, regelt de "
        "uitwisseling van stageplaatsen."
    )
    found = dates(text)
    assert ("instrument/samenwerkingsakkoord-stage-uitwisseling", "2027-05-03") in found
    assert ("instrument/samenwerkingsakkoord-stage-uitwisseling", "2026-11-14") not in found


def test_the_same_day_is_the_day_named_last_before() -> None:
    text = (
        "Op dinsdag 4 maart 2025 kwamen de ministers in Namen bijeen.\n\nDezelfde dag "
        "ondertekenden het Secretariaat-Generaal en de provincie Limburg een "
        "samenwerkingsovereenkomst over grensoverschrijdend busvervoer."
    )
    found = [(text[d.begin : d.end], d.iso) for d in relative_dates(text, "")]
    assert found == [("Dezelfde dag", "2025-03-04")]
    assert (
        "instrument/samenwerkingsovereenkomst-over-grensoverschrijdend-busvervoer",
        "2025-03-04",
    ) in dates(text, "2025-03-05")


def test_a_pronoun_dates_the_instrument_named_before() -> None:
    signed = (
        "De ministers bespraken de Benelux-verklaring over gedeelde laadpalen. Deze werd op "
        "6 april 2027 in Namen ondertekend door de ministers van België en Luxemburg."
    )
    assert ("instrument/benelux-verklaring-over-gedeelde-laadpalen", "2027-04-06") in dates(signed)
    adopted = (
        "Voor de controles geldt Beschikking M (2021) 7. Het Comité van Ministers stelde haar "
        "op 8 maart 2021 vast; zij is sindsdien niet gewijzigd."
    )
    assert ("instrument/m-2021-7", "2021-03-08") in dates(adopted)


def test_an_index_date_after_an_amending_instrument_is_not_its_own() -> None:
    text = (
        "     M (2027) 2   Beschikking tot wijziging van de Beschikking M (2019) 6 inzake\n"
        "                  grenscontroles, zoals gewijzigd bij Beschikking M (2022) 4,\n"
        "                  d.d. 12.04.2027 .......................................  3\n"
    )
    assert ("instrument/m-2022-4", "2027-04-12") not in dates(text)


def test_a_renewal_dates_the_instrument_that_renews() -> None:
    text = (
        "De intentieverklaring Benelux-Vlaanderen van 4 mei 2017 werd op 9 oktober 2023 "
        "vernieuwd met de intentieverklaring Benelux-Vlaanderen 2023-2027."
    )
    found = dates(text)
    assert ("instrument/intentieverklaring-benelux-vlaanderen-2023-2027", "2023-10-09") in found


@pytest.mark.parametrize(
    ("text", "instrument", "day"),
    [
        (
            "Oostende – De ministers hebben gisteren de Noordzeeverklaring over de bescherming "
            "van kritieke onderzeese infrastructuur ondertekend.",
            "instrument/noordzeeverklaring-over-de-bescherming-van-kritieke-onderzeese-"
            "infrastructuur",
            "2025-11-24",
        ),
        (
            "Gisteren ondertekenden de drie landen de Benelux-verklaring over waterstof.",
            "instrument/benelux-verklaring-over-waterstof",
            "2025-11-24",
        ),
        (
            "De ministers ondertekenden eergisteren in Brussel de Benelux-verklaring over "
            "cyberweerbaarheid.",
            "instrument/benelux-verklaring-over-cyberweerbaarheid",
            "2025-11-23",
        ),
    ],
)
def test_yesterday_is_the_day_before_the_document(text: str, instrument: str, day: str) -> None:
    assert (instrument, day) in dates(text, "2025-11-25")
    # A document dated by its year alone resolves no "gisteren".
    assert not any(d == day for _, d in dates(text, "2025"))


@pytest.mark.parametrize(
    "text",
    [
        "De aanbeveling over de erkenning van reddingszwemmers wordt naar verwachting in juni "
        "2027 door het Benelux-Parlement aangenomen.",
        "De beschikking inzake de bewegwijzering van laadpalen zal in het najaar van 2026 door "
        "het Comité van Ministers worden vastgesteld.",
        "Het protocol over de uitwisseling van kentekengegevens, dat de drie landen hebben "
        "ondertekend, treedt in 2027 in werking.",
        "De verklaring over de grensoverschrijdende arbeidsmarkt zal in mei 2026 worden "
        "ondertekend en treedt daarna in werking.",
    ],
)
def test_a_planned_adoption_or_an_entry_into_force_is_no_date_of_the_instrument(
    text: str,
) -> None:
    assert not dates(text)
