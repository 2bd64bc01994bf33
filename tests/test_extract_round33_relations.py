"""Round 33: relations as documents state them. Footnote marks glued to names stand between
a name and its verb; a group's kind opening its name ("Strategisch Overleg X") is what "het
Overleg" refers back to, not the body it falls under; a chair held ("het voorzitterschap berust
bij X") or a group coordinated or led ("X coördineert de werkgroep Y"); the date an erratum
corrects, a title's "d.d.", a footnote saying when an instrument was adopted; units named in
apposition; a programme adopted by a split verb; standing behind a text with the subject
inverted; a group organising a meeting; a state opening a brand's name; a place inside a name
before "en"; a session of two days; a group one works with; members inside a named group."""

from __future__ import annotations

from extract_helpers import (
    AMENDS,
    COOPERATES,
    PARTICIPANT,
    PASSED,
    SUB,
    dates,
    extract,
    facts,
    parents,
    participants,
    partners,
    short,
    triples,
)

SG = "institution/secretariaat-generaal"
COMMITTEE = "institution/comite-van-ministers"


# -- footnote marks glued to names -------------------------------------------------------


def test_a_footnote_mark_glued_to_a_name_does_not_part_it_from_its_verb() -> None:
    cases = (
        (
            "De Benelux-werkgroep Grondwater³ valt onder de Benelux-werkgroep Milieu⁴. Zij telt "
            "Vivaqua en de Vlaamse Milieumaatschappij onder haar leden.\n\n³ Opgericht in 2020."
            "\n⁴ Zie bijlage 2.\n",
            (
                "working-group/benelux-werkgroep-grondwater",
                "working-group/benelux-werkgroep-milieu",
            ),
        ),
        (
            "Sinds 2023 ressorteert het Benelux-netwerk Vogelgriep¹² onder het Directiecomité "
            "Landbouw.\n\n¹² Tot 2023 onder het College van Secretarissen-Generaal.\n",
            ("working-group/benelux-netwerk-vogelgriep", "working-group/directiecomite-landbouw"),
        ),
    )
    for text, pair in cases:
        assert pair in parents(text), text


# -- a group's kind opening its name ---------------------------------------------------------


def test_the_kind_opening_a_groups_name_is_what_its_capitalised_anaphor_refers_to() -> None:
    group = "working-group/strategisch-overleg-grensoverschrijdende-rampenbestrijding"
    cases = (
        "Het Strategisch Overleg Grensoverschrijdende Rampenbestrijding werd in 2021 ingesteld. "
        "Het Overleg valt onder het Senningenoverleg. Aan het Overleg nemen de Veiligheidsregio "
        "Limburg-Noord en het Nationaal Crisiscentrum deel.",
        "Het Strategisch Overleg Grensoverschrijdende Rampenbestrijding kwam in maart bijeen. "
        "Sinds 2022 ressorteert het Overleg onder het Senningenoverleg.\n\nIn het najaar namen "
        "de Veiligheidsregio Limburg-Noord en het Nationaal Crisiscentrum aan het Overleg deel.",
    )
    for text in cases:
        found = triples(text)
        assert (group, SUB, "working-group/senningenoverleg") in found, text
        assert (group, PARTICIPANT, "organisation/veiligheidsregio-limburg-noord") in found, text
        assert not any(
            s == "working-group/senningenoverleg" and p == PARTICIPANT for s, p, _ in found
        ), text


def test_the_committee_of_ministers_stays_het_comite() -> None:
    text = (
        "De Benelux-werkgroep Spoorvervoer ressorteert onder het Directiecomité Mobiliteit. "
        "Het Comité van Ministers stelde haar mandaat in 2024 vast; het Comité keurde ook "
        "het jaarplan goed."
    )
    x = extract(text)
    at = text.index("het Comité keurde") + len("het ")
    assert all(
        short(m.entity.value) != "working-group/directiecomite-mobiliteit"
        for m in x.mentions
        if m.begin == at
    )


# -- a chair held, a group coordinated or led ----------------------------------------------


def test_a_chair_held_by_a_body_takes_part() -> None:
    cases = (
        (
            "De Benelux-werkgroep Accijnzen werd in 2023 opnieuw samengesteld. Het "
            "voorzitterschap berust bij de FOD Financiën.",
            ("working-group/benelux-werkgroep-accijnzen", "organisation/fod-financien"),
        ),
        (
            "Het Benelux-netwerk Mantelzorg kwam in 2022 voor het eerst bijeen. De coördinatie "
            "ervan ligt sinds vorig jaar bij het Secretariaat-Generaal.",
            ("working-group/benelux-netwerk-mantelzorg", SG),
        ),
        (
            "Het voorzitterschap van de Benelux-werkgroep Fietsbeleid is in handen van de "
            "Fietsersbond.",
            ("working-group/benelux-werkgroep-fietsbeleid", "organisation/fietsersbond"),
        ),
        (
            "Het Benelux-platform Bodemsanering startte in 2021. Het voorzitterschap wordt "
            "waargenomen door de OVAM.",
            (
                "working-group/benelux-platform-bodemsanering",
                "organisation/openbare-vlaamse-afvalstoffenmaatschappij",
            ),
        ),
    )
    for text, pair in cases:
        assert pair in participants(text), text


def test_a_chair_of_what_is_no_group_and_a_secretariat_give_no_member() -> None:
    cases = (
        "De Benelux-werkgroep Grensveiligheid vergaderde in april. Het voorzitterschap van het "
        "Comité van Ministers berust in 2026 bij Luxemburg.",
        "De Benelux-werkgroep Grensveiligheid vergaderde in april. Het secretariaat berust bij "
        "het Secretariaat-Generaal van de Benelux Unie.",
    )
    for text in cases:
        assert participants(text) == set(), text


def test_a_body_that_coordinates_or_leads_a_group_takes_part() -> None:
    cases = (
        (
            "Het Benelux Secretariaat-Generaal coördineert sinds 2023 de Benelux-werkgroep "
            "Biociden, waarin het FAGG zitting heeft.",
            ("working-group/benelux-werkgroep-biociden", SG),
        ),
        (
            "Sinds 2022 coördineert het RIVM het Benelux-netwerk Hittestress.",
            (
                "working-group/benelux-netwerk-hittestress",
                "organisation/rijksinstituut-voor-volksgezondheid-en-milieu",
            ),
        ),
        (
            "Rijkswaterstaat leidde in 2020 de Benelux-taskforce Droogte.",
            ("working-group/benelux-taskforce-droogte", "organisation/rijkswaterstaat"),
        ),
    )
    for text, pair in cases:
        assert pair in participants(text), text


def test_coordinating_what_a_group_does_is_no_membership() -> None:
    text = (
        "Het Secretariaat-Generaal coördineert de opvolging van de adviezen van de "
        "Benelux-werkgroep Grensarbeid."
    )
    assert participants(text) == set()


# -- dates -----------------------------------------------------------------------------------


def test_the_date_an_erratum_corrects_is_the_instruments() -> None:
    cases = (
        (
            "In Publicatieblad 2023-2, blz. 4, moet in de titel van Beschikking M (2023) 6\n"
            '"d.d. 19.06.2023" worden gelezen in plaats van "d.d. 16.09.2023".',
            ("instrument/m-2023-6", "2023-06-19"),
        ),
        (
            "In Publicatieblad 2022-1 moet bij Aanbeveling M (2021) 14 de datum "
            '"d.d. 13.12.2021" worden gelezen in plaats van "d.d. 31.12.2021".',
            ("instrument/m-2021-14", "2021-12-13"),
        ),
    )
    for text, pair in cases:
        found = dates(text)
        assert pair in found, text
        assert len({d for i, d in found if i == pair[0]}) == 1, text


def test_the_dd_closing_a_title_dates_the_instrument() -> None:
    cases = (
        (
            "Décision du Comité de Ministres Benelux M (2024) 7 relative à la formation des "
            "sauveteurs, d.d. 17 juni 2024.",
            ("instrument/m-2024-7", "2024-06-17"),
        ),
        (
            "Beschikking M (2022) 15 van het Comité van Ministers inzake de erkenning van "
            "rijbewijzen voor brandweervoertuigen, d.d. 5.12.2022.",
            ("instrument/m-2022-15", "2022-12-05"),
        ),
    )
    for text, pair in cases:
        assert pair in dates(text), text


def test_the_dd_after_another_instrument_in_the_title_is_not_its_own() -> None:
    text = (
        "Beschikking M (2022) 4 tot wijziging van Beschikking M (2018) 2 inzake X, d.d. 5.12.2022."
    )
    assert not any(i == "instrument/m-2018-2" for i, _ in dates(text))


def test_a_footnote_that_says_when_an_instrument_was_adopted_dates_it() -> None:
    cases = (
        (
            "Beschikking M (2024) 5³ van het Comité van Ministers regelt de erkenning van "
            "reddingsbrevetten.\n\n³ Vastgesteld op 10 juni 2024; in werking getreden op 1 "
            "januari 2025.\n",
            ("instrument/m-2024-5", "2024-06-10"),
        ),
        (
            "De drie landen ondertekenden de Benelux-verklaring over ambulancezorg¹.\n\n"
            "¹ Ondertekend op 4 maart 2023 te Luxemburg.\n",
            ("instrument/benelux-verklaring-over-ambulancezorg", "2023-03-04"),
        ),
    )
    for text, pair in cases:
        found = dates(text)
        assert pair in found, text
        assert len({d for i, d in found if i == pair[0]}) == 1, text


def test_a_footnote_that_opens_on_coming_into_force_does_not_date() -> None:
    text = (
        "Beschikking M (2024) 5² regelt de erkenning van reddingsbrevetten.\n\n"
        "² In werking getreden op 1 januari 2025.\n"
    )
    assert not any(i == "instrument/m-2024-5" for i, _ in dates(text))


def test_a_session_of_two_days_dates_nothing_a_stated_day_does() -> None:
    text = (
        "Tijdens de plenaire zitting van 6 en 7 juni 2025 in Den Haag nam het Benelux-Parlement "
        "aanbeveling 955/2 over grensoverschrijdende mantelzorg aan."
    )
    assert not any(i.startswith("instrument/aanbeveling-955-2") for i, _ in dates(text))
    text = (
        "Aanbeveling 957/2 over de erkenning van beroepskwalificaties, aangenomen tijdens de "
        "plenaire zitting van 28 en 29 november 2025 te Brussel, op 29 november 2025."
    )
    found = {d for i, d in dates(text) if i.startswith("instrument/aanbeveling-957-2")}
    assert found == {"2025-11-29"}


# -- parents ---------------------------------------------------------------------------------


def test_a_unit_in_apposition_or_named_by_its_ministry() -> None:
    cases = (
        (
            "Leefmilieu Brussel, een administratie van het Brussels Hoofdstedelijk Gewest, "
            "neemt deel aan de Benelux-werkgroep Luchtkwaliteit.",
            ("organisation/leefmilieu-brussel", "organisation/brussels-hoofdstedelijk-gewest"),
        ),
        (
            "Het Agentschap Wegen en Verkeer, een onderdeel van het Departement Mobiliteit en "
            "Openbare Werken, vertegenwoordigt Vlaanderen.",
            (
                "organisation/agentschap-wegen-en-verkeer",
                "organisation/departement-mobiliteit-en-openbare-werken",
            ),
        ),
        (
            "De directie Internationale Zaken van het ministerie van Volksgezondheid, Welzijn "
            "en Sport bereidt het overleg voor.",
            (
                "organisation/directie-internationale-zaken",
                "organisation/ministerie-van-volksgezondheid-welzijn-en-sport",
            ),
        ),
    )
    for text, pair in cases:
        assert pair in parents(text), text


def test_working_with_an_administration_is_no_belonging() -> None:
    text = (
        "Het Agentschap Wegen en Verkeer werkt samen met een administratie van het Brussels "
        "Hoofdstedelijk Gewest."
    )
    assert parents(text) == set()


# -- instruments -----------------------------------------------------------------------------


def test_a_programme_adopted_by_a_split_verb_is_the_committees() -> None:
    cases = (
        (
            "Het Comité van Ministers stelde op 16 juni 2025 het Gemeenschappelijk "
            "Werkprogramma 2025-2028 vast.",
            "instrument/gemeenschappelijk-werkprogramma-2025-2028",
        ),
        (
            "In december 2020 nam het Comité van Ministers het Gemeenschappelijk Werkprogramma "
            "2021-2024 aan.",
            "instrument/gemeenschappelijk-werkprogramma-2021-2024",
        ),
    )
    for text, programme in cases:
        assert (programme, COMMITTEE) in facts(text, PASSED), text
    text = "Het Comité van Ministers bereidt het Gemeenschappelijk Werkprogramma 2029-2032 voor."
    assert facts(text, PASSED) == set()


def test_standing_behind_a_text_with_the_subject_after_the_verb() -> None:
    declaration = "instrument/benelux-verklaring-over-witwaspraktijken"
    base = (
        "De Benelux-verklaring over witwaspraktijken werd op 2 april 2025 ondertekend door "
        "België, Nederland en Luxemburg. "
    )
    cases = (
        ("Een maand later schaarde ook Portugal zich achter de tekst.", {"country/portugal"}),
        (
            "In mei hebben Ierland en Portugal zich achter de verklaring geschaard.",
            {"country/ierland", "country/portugal"},
        ),
    )
    for tail, wanted in cases:
        found = {o for s, o in participants(base + tail) if s == declaration}
        assert wanted <= found, tail
    found = {
        o
        for s, o in participants(
            base + "Volgens Frankrijk heeft men zich achter de verklaring geschaard."
        )
        if s == declaration
    }
    assert "country/frankrijk" not in found


# -- meetings ---------------------------------------------------------------------------------


def test_a_group_that_organises_a_meeting_takes_part() -> None:
    cases = (
        (
            "Op 14 oktober 2025 organiseerde het Benelux-netwerk Grensinfopunten de Themadag "
            "Grensoverschrijdend Ondernemen in Maastricht.",
            "event/themadag-grensoverschrijdend-ondernemen",
            "working-group/benelux-netwerk-grensinfopunten",
        ),
        (
            "De Benelux-conferentie Waterstof werd in 2024 georganiseerd door de "
            "Benelux-werkgroep Energie.",
            "event/benelux-conferentie-waterstof",
            "working-group/benelux-werkgroep-energie",
        ),
    )
    for text, meeting, group in cases:
        assert (meeting, group) in participants(text), text


# -- names of bodies -------------------------------------------------------------------------


def test_a_state_opening_a_brands_name_is_no_state_and_no_partner() -> None:
    text = "Sciensano werkt samen met het RIVM en met het Luxembourg Institute of Health."
    x = extract(text)
    assert all(short(e.iri.value) != "country/luxemburg" for e in x.entities)
    assert ("organisation/sciensano", "organisation/luxembourg-institute-of-health") in partners(
        text
    )
    # A state inside a Dutch name keeps its meaning.
    text = (
        "De Nederlandse Voedsel- en Warenautoriteit werkt samen met Transport en Logistiek "
        "Nederland."
    )
    assert any(short(e.iri.value) == "country/nederland" for e in extract(text).entities)


# -- cooperation -----------------------------------------------------------------------------


def test_a_place_inside_the_name_before_en_is_not_the_first_partner() -> None:
    text = (
        "Het Agence régionale de santé Grand Est en het Luxemburgse ministerie van "
        "Volksgezondheid werken samen bij de planning van zorg."
    )
    assert (
        "organisation/agence-regionale-de-sante-grand-est",
        "organisation/ministerie-van-volksgezondheid",
    ) in partners(text)


def test_a_group_one_works_with_is_a_partner_not_what_one_takes_part_in() -> None:
    cases = (
        (
            "Europol werkt sinds 2020 nauw samen met de Benelux-werkgroep Politiesamenwerking.",
            ("organisation/europol", "working-group/benelux-werkgroep-politiesamenwerking"),
        ),
        (
            "De Europese Arbeidsautoriteit ondersteunt de inspecties. De ELA werkt daarbij "
            "samen met het Benelux-netwerk Sociale Fraude.",
            (
                "organisation/europese-arbeidsautoriteit",
                "working-group/benelux-netwerk-sociale-fraude",
            ),
        ),
    )
    for text, (body, group) in cases:
        found = triples(text)
        assert (body, COOPERATES, group) in found, text
        assert (group, PARTICIPANT, body) not in found, text


# -- members inside a named group ------------------------------------------------------------


def test_members_working_inside_a_group_named_in_full() -> None:
    cases = (
        (
            "In het Benelux-platform Jonge Ondernemers werken Actiris, de VDAB en de ADEM samen.",
            "working-group/benelux-platform-jonge-ondernemers",
            {"organisation/actiris", "organisation/vdab", "organisation/adem"},
        ),
        (
            "Binnen het Benelux-netwerk Grensinfopunten Zuid zitten sinds 2022 Actiris en de VDAB.",
            "working-group/benelux-netwerk-grensinfopunten-zuid",
            {"organisation/actiris", "organisation/vdab"},
        ),
    )
    for text, group, members in cases:
        assert {o for s, o in participants(text) if s == group} >= members, text
    text = "In de Benelux Unie werken België, Nederland en Luxemburg samen."
    assert participants(text) == set()


# -- the subject referred back to, the partners after "en met" --------------------------------


def test_a_pronoun_refers_to_the_group_not_to_the_parent_inside_its_name() -> None:
    group = "working-group/commissie-mobiliteit-van-het-benelux-parlement"
    cases = (
        "De vaste commissie Mobiliteit van het Benelux-Parlement hield in 2026 drie "
        "hoorzittingen. Zij werkt samen met Europol.",
        "De vaste commissie Mobiliteit van het Benelux-Parlement bezocht in mei de haven van "
        "Gent. Daarnaast werkt zij samen met Europol.",
    )
    for text in cases:
        assert (group, "organisation/europol") in partners(text), text
    # A body named beside the group, outside its name, competes: no referent.
    text = (
        "De vaste commissie Mobiliteit hield met het Benelux-Parlement in 2026 drie "
        "hoorzittingen. Zij werkt samen met Europol."
    )
    assert partners(text) == set()


def test_a_partner_after_an_abbreviation_en_met_and_an_adjective_of_its_state() -> None:
    cases = (
        (
            "De Benelux-werkgroep Grenszorg werkt samen met Sciensano, met de Dienst Uitvoering "
            "Onderwijs (DUO) en met het Nederlandse Centraal Planbureau.",
            "working-group/benelux-werkgroep-grenszorg",
            "organisation/centraal-planbureau",
        ),
        (
            "Het Benelux-netwerk Leerlingenvervoer is in 2024 opgericht. Daarnaast werkt het "
            "samen met de Dienst Uitvoering Onderwijs (DUO) en met het Luxemburgse Agence "
            "eSanté.",
            "working-group/benelux-netwerk-leerlingenvervoer",
            "organisation/agence-esante",
        ),
    )
    for text, group, partner in cases:
        assert (group, partner) in partners(text), text


# -- amendment by the second verb of a pronoun subject ---------------------------------------


def test_the_second_verb_of_a_pronoun_subject_amends() -> None:
    cases = (
        (
            "Tijdens dezelfde zitting stelde het Comité Beschikking M (2026) 8 over "
            "grensoverschrijdende taxidiensten vast. Zij bouwt voort op Richtlijn 2006/123/EG "
            "en wijzigt Beschikking M (2017) 2 op drie punten.",
            ("instrument/m-2026-8", "instrument/m-2017-2"),
        ),
        (
            "Het Comité nam Aanbeveling M (2025) 4 aan. Zij treedt op 1 januari 2026 in "
            "werking en vervangt dan Aanbeveling M (2016) 9.",
            ("instrument/m-2025-4", "instrument/m-2016-9"),
        ),
    )
    for text, pair in cases:
        assert pair in facts(text, AMENDS), text
    text = (
        "Het Comité stelde Beschikking M (2026) 8 vast. Zij bouwt voort op Beschikking "
        "M (2017) 2 en wijzigt de bijlage van de Benelux-overeenkomst."
    )
    assert facts(text, AMENDS) == set()
