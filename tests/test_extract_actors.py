"""Actors: meetings, national bodies, people and external organisations (texts written for
the tests)."""

from __future__ import annotations

import pytest

from benelux_kg.extract.gazetteer import Gazetteer
from benelux_kg.namespaces import ID
from test_extract_groups_people_events import extract, of_class


def mentions(text: str) -> list[tuple[str, str]]:
    x = extract(text)
    return [(text[m.begin : m.end], m.entity.value[len(ID) :]) for m in x.mentions]


def test_a_name_with_an_elided_compound_or_a_spaced_dash_is_found_whole() -> None:
    gazetteer = Gazetteer(
        [
            ("Dienst voor Land- en Tuinbouw", "a"),
            ("Atlas - Instituut voor Vrede", "b"),
        ]
    )
    text = "Met de Dienst voor Land- en Tuinbouw en het Atlas - Instituut voor Vrede."
    found = {(m.surface, m.key) for m in gazetteer.find(text)}
    assert ("Dienst voor Land- en Tuinbouw", "a") in found
    assert ("Atlas - Instituut voor Vrede", "b") in found


def test_water_managers_and_environment_agencies_are_reference_data() -> None:
    text = (
        "Aan het project werken de Vlaamse Milieumaatschappij (VMM), Waterschap Limburg, de "
        "Service public de Wallonie en het Europees Milieuagentschap mee. Ook het Landesamt "
        "für Natur, Umwelt und Klima (LANUK) en het Corps grand-ducal d'incendie et de secours "
        "nemen deel; het verdrag gaat naar de Staten-Generaal."
    )
    bodies = of_class(text, "NationalBody")
    assert {
        "organisation/vlaamse-milieumaatschappij",
        "organisation/waterschap-limburg",
        "organisation/service-public-de-wallonie",
        "organisation/corps-grand-ducal-d-incendie-et-de-secours",
        "organisation/staten-generaal",
    } <= bodies
    assert "organisation/waals-gewest" not in bodies  # "Wallonie" inside the service's name
    external = of_class(text, "ExternalOrganisation")
    assert "organisation/europees-milieuagentschap" in external
    assert "organisation/landesamt-fur-natur-umwelt-und-klima" in external


def test_an_acronym_paired_with_the_benelux_keeps_its_meaning() -> None:
    text = "Het Benelux-NRW Netwerk Waterstof vergadert in Aken. EnergieAgentur.NRW helpt."
    found = mentions(text)
    assert ("NRW", "region/noordrijn-westfalen") in found
    assert len([m for m in found if m[1] == "region/noordrijn-westfalen"]) == 1


def test_an_acronym_before_a_dot_and_a_word_is_part_of_that_name() -> None:
    text = "Het energieagentschap NRW.Energy4Climate sloot een akkoord. NRW is een partner."
    found = mentions(text)
    assert ("NRW.Energy4Climate", "organisation/nrw-energy4climate") in found
    assert [m for m in found if m[1] == "region/noordrijn-westfalen"] == [
        ("NRW", "region/noordrijn-westfalen")
    ]


def test_the_members_of_the_house_are_those_of_the_tweede_kamer() -> None:
    text = (
        "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven "
        "antwoorden. Uw Kamer ontvangt het verslag."
    )
    assert ("Kamer", "organisation/tweede-kamer") in mentions(text)
    senate = "Vragen gesteld door de leden der Kamer. De Eerste Kamer stemde in."
    assert "organisation/tweede-kamer" not in of_class(senate, "NationalBody")


def test_a_member_named_by_surname_and_party() -> None:
    text = "Vragen van het lid Jansen-Bakker (D66) aan de Minister van Financiën."
    assert "person/jansen-bakker" in of_class(text, "Person")
    assert of_class("Het werd lid Nederland (NL) van de raad.", "Person") == set()


def test_a_person_who_signs_on_behalf_of_a_body() -> None:
    text = "Het akkoord werd ondertekend door Marta Lindqvist namens de Noordse Raad."
    assert "person/marta-lindqvist" in of_class(text, "Person")


def test_a_chair_named_by_the_assembly_and_a_joined_line_broken_role() -> None:
    text = (
        "Zij werden ontvangen door Landtagspräsident Ulrike Brandt. Minister-\n"
        "president Karl Vogel sprak hen toe."
    )
    people = of_class(text, "Person")
    assert {"person/ulrike-brandt", "person/karl-vogel"} <= people


def test_a_signature_with_initials_and_a_two_part_surname() -> None:
    text = (
        "Ik hoop u hiermee te hebben ingelicht.\n\nDe Minister van Defensie,\n\nA.B. Kramer Vos\n"
    )
    people = of_class(text, "Person")
    assert "person/a-b-kramer-vos" in people
    assert "person/a-b-kramer" not in people


def test_a_body_that_meets_for_its_meeting() -> None:
    text = (
        "Het Benelux Comité van Ministers kwam op dinsdag 3 maart 2026 in Brussel bijeen voor "
        "zijn voorjaarsvergadering. De commissie Landbouw, Visserij en Voedsel van het "
        "Benelux-Parlement kwam op 9 april 2026 in Luxemburg bijeen voor een "
        "commissievergadering."
    )
    meetings = of_class(text, "Meeting")
    assert "event/vergadering-comite-van-ministers-2026-03-03" in meetings
    assert "event/vergadering-commissie-landbouw-visserij-en-voedsel-2026-04-09" in meetings


def test_a_ministerial_meeting_and_an_annual_session_of_a_body() -> None:
    text = (
        "Tijdens de ministeriële vergadering van het Pentalateraal Energieforum op 4 mei 2026 "
        "werd een plan aangenomen. Op 12 september 2026 nam een delegatie deel aan de "
        "jaarzitting van de Noordse Raad in Oslo."
    )
    meetings = of_class(text, "Meeting")
    assert "event/ministeriele-vergadering-pentalateraal-energieforum-2026-05-04" in meetings
    assert "event/jaarzitting-noordse-raad-2026-09-12" in meetings


def test_a_visit_to_a_body_and_the_place_it_sits() -> None:
    text = (
        "De delegatie bracht op 3 juni 2026 een werkbezoek aan de Provinciale Staten van Limburg."
    )
    assert "event/werkbezoek-aan-de-provinciale-staten-van-limburg-2026-06-03" in of_class(
        text, "Meeting"
    )


def test_universities_contact_points_and_enforcement_networks_are_reference_data() -> None:
    text = (
        "De evaluatie werd uitgevoerd door de Universiteit Gent en de Radboud Universiteit. "
        "Het Vlaamse Agentschap Innoveren & Ondernemen, de Luxemburgse House of "
        "Entrepreneurship, het Département de l'aménagement du territoire en het Nationaal "
        "Coördinatiepunt Beroepskwalificaties werken mee; de werkgroep deelt meldingen met "
        "het IMPEL-netwerk."
    )
    external = of_class(text, "ExternalOrganisation")
    assert {
        "organisation/universiteit-gent",
        "organisation/radboud-universiteit",
        "organisation/impel",
    } <= external
    assert {
        "organisation/agentschap-innoveren-en-ondernemen",
        "organisation/house-of-entrepreneurship",
        "organisation/departement-de-l-amenagement-du-territoire",
        "organisation/nationaal-coordinatiepunt-beroepskwalificaties",
    } <= of_class(text, "NationalBody")


def test_real_bodies_of_every_policy_field_are_found_by_name_and_abbreviation() -> None:
    by_name = (
        "Aan het overleg namen de Luxemburgse Service de renseignement de l'État, de Kruispuntbank "
        "van de Sociale Zekerheid, de Cel voor Financiële Informatieverwerking, het Instituut voor "
        "Natuur- en Bosonderzoek en de Onderzoeksraad voor Veiligheid deel. Ook het "
        "Luftfahrt-Bundesamt, de Werelddouaneorganisatie, de Financial Action Task Force, de "
        "Commission nationale de l'informatique et des libertés en het Centraal Bureau voor de "
        "Rijn- en Binnenvaart waren vertegenwoordigd."
    )
    national = {
        "organisation/kruispuntbank-van-de-sociale-zekerheid",
        "organisation/cel-voor-financiele-informatieverwerking",
        "organisation/instituut-voor-natuur-en-bosonderzoek",
        "organisation/onderzoeksraad-voor-veiligheid",
        "organisation/service-de-renseignement-de-l-etat",
    }
    external = {
        "organisation/luftfahrt-bundesamt",
        "organisation/werelddouaneorganisatie",
        "organisation/financial-action-task-force",
        "organisation/commission-nationale-de-l-informatique-et-des-libertes",
        "organisation/centraal-bureau-voor-de-rijn-en-binnenvaart",
    }
    assert national <= of_class(by_name, "NationalBody")
    assert external <= of_class(by_name, "ExternalOrganisation")
    by_abbreviation = (
        "De KSZ en de CFI wisselen gegevens uit; het INBO, de OVV en de SRE leveren input. "
        "Het LBA, de WDO, de FATF, de CNIL en het CBRB volgen het dossier."
    )
    assert national <= of_class(by_abbreviation, "NationalBody")
    assert external <= of_class(by_abbreviation, "ExternalOrganisation")
    # An abbreviation of an existing body stays with it: "RVA" is the Belgian employment office.
    assert "organisation/raad-voor-accreditatie" not in of_class(
        "De RVA betaalt de uitkering.", "NationalBody"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In België neemt de Service de renseignement de l'État deel aan het overleg.",
            "Service de renseignement de l'État",
        ),
        (
            "Sinds 2024 werkt de Direction générale du travail mee aan de controles.",
            "Direction générale du travail",
        ),
        ("Toen nam de Caisse nationale de santé toe.", "Caisse nationale de santé"),
        (
            "Ook de Agence wallonne de l'air et du climat werkte samen met de provincie.",
            "Agence wallonne de l'air et du climat",
        ),
        ("Daarnaast nam het Landesamt für Umwelt deel aan de werkgroep.", "Landesamt für Umwelt"),
        (
            "In 2025 sluit de European Border Health Centre aan bij het netwerk.",
            "European Border Health Centre",
        ),
    ],
)
def test_a_foreign_name_does_not_run_on_into_a_dutch_verb(text: str, name: str) -> None:
    found = [surface for surface, _ in mentions(text)]
    assert name in found
    assert not any(surface.startswith(name) and surface != name for surface in found)


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("Ook de Deutsche Flugsicherung (DFS) volgt de werkgroep.", "deutsche-flugsicherung"),
        (
            "Het secretariaat werkt samen met de Haagse Conferentie voor Internationaal\n"
            "Privaatrecht (HCCH) aan een formulier.",
            "haagse-conferentie-voor-internationaal-privaatrecht",
        ),
        (
            "De Internationale Maascommissie (IMC) vergadert in Luik.",
            "internationale-maascommissie",
        ),
        (
            "Daarbij is het Nordic Innovation House (NIH) als gast aanwezig.",
            "nordic-innovation-house",
        ),
    ],
)
def test_a_name_with_its_acronym_in_brackets_is_an_organisation(text: str, iri: str) -> None:
    assert f"organisation/{iri}" in of_class(text, "ExternalOrganisation")
    assert not of_class(text, "Meeting")  # "de Haagse Conferentie (...)" is a body


@pytest.mark.parametrize(
    "text",
    [
        "De Werkgroep Mobiele Connectiviteit (WMC) vergadert.",
        "De Kaderrichtlijn Water (KRW) geldt ook hier.",
        "Het Gemeenschappelijk Werkprogramma (GWP) loopt af.",
        "Daarna sprak Paul Magnette (PS) over de begroting.",
    ],
)
def test_an_acronym_after_a_group_an_act_or_a_person_mints_no_organisation(text: str) -> None:
    assert not of_class(text, "ExternalOrganisation")
    assert not of_class(text, "NationalBody")


def test_a_known_name_going_on_with_its_parent_is_the_known_one() -> None:
    text = "Het College van Secretarissen-Generaal van de Benelux Unie besliste."
    assert "institution/college-van-secretarissen-generaal" in of_class(text, "Institution")
    assert not of_class(text, "ExternalOrganisation")


@pytest.mark.parametrize(
    ("text", "iri", "cls"),
    [
        (
            "De Luxemburgse deelnemer is de Division de la pharmacie et des médicaments.",
            "division-de-la-pharmacie-et-des-medicaments",
            "NationalBody",
        ),
        ("Het plan komt van de Direction de la santé.", "direction-de-la-sante", "NationalBody"),
        (
            "Ook de Division de la sécurité alimentaire neemt deel.",
            "division-de-la-securite-alimentaire",
            "NationalBody",
        ),
        (
            "Ook de Franse Direction générale de la santé neemt deel.",
            "direction-generale-de-la-sante",
            "ExternalOrganisation",
        ),
    ],
)
def test_a_french_named_public_body_is_national_unless_a_foreign_adjective_says_so(
    text: str, iri: str, cls: str
) -> None:
    assert f"organisation/{iri}" in of_class(text, cls)


def test_a_body_in_a_table_row_is_tied_to_the_member_state_of_its_first_column() -> None:
    text = (
        "Tabel 2 Leden\nLand Lid Rol\n"
        "Nederland College ter Beoordeling van Geneesmiddelen lid\n"
        "België Dienst voor Vreemdelingenzaken lid\n"
        "Luxemburg Division de la sécurité alimentaire waarnemer\n"
    )
    bodies = of_class(text, "NationalBody")
    assert {
        "organisation/college-ter-beoordeling-van-geneesmiddelen",
        "organisation/dienst-voor-vreemdelingenzaken",
        "organisation/division-de-la-securite-alimentaire",
    } <= bodies


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("Het LVR-Landesjugendamt Rheinland volgt de werkgroep.", "lvr-landesjugendamt-rheinland"),
        ("Ook het Bundeskartellamt onderzoekt de fusie.", "bundeskartellamt"),
        ("Het Landesjugendamt Westfalen is waarnemer.", "landesjugendamt-westfalen"),
    ],
)
def test_a_german_office_named_by_a_compound_on_amt(text: str, iri: str) -> None:
    assert f"organisation/{iri}" in of_class(text, "ExternalOrganisation")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "VERSLAG van de vergadering, gehouden in Brussel Voorzitter: Fernand Kieffer\n"
            "Rapporteur: Marloes Teunissen\n1. Roaming",
            {"fernand-kieffer", "marloes-teunissen"},
        ),
        ("Aanwezig\nVoorzitter : Anne-Marie Dupont.\nVerder ...", {"anne-marie-dupont"}),
        ("Rapporteur: Jan van der Berg\nSecretaris: de griffie", {"jan-van-der-berg"}),
    ],
)
def test_a_role_a_colon_and_a_name_in_a_header_is_a_person(text: str, names: set[str]) -> None:
    assert {f"person/{n}" for n in names} <= of_class(text, "Person")


def test_a_role_and_a_colon_before_no_name_is_no_person() -> None:
    assert not of_class("Voorzitter: de heer\nRapporteur: vacant", "Person")


def test_a_place_right_after_a_body_head_belongs_to_its_name() -> None:
    # Made up: a body named by its head word and the member state or region it belongs
    # to; the place stays a mention of its own inside the name.
    texts = [
        "Aan de oefening namen de Politie Nederland en de Douane België deel.",
        "Het Rode Kruis Vlaanderen stuurde een delegatie naar de Brandweer Brussel.",
        "De controles worden uitgevoerd door de Marechaussee Nederland.",
    ]
    found = [mentions(text) for text in texts]
    assert ("Politie Nederland", "organisation/politie-nederland") in found[0]
    assert ("Douane België", "organisation/douane-belgie") in found[0]
    assert ("Nederland", "country/nederland") in found[0]
    assert ("België", "country/belgie") in found[0]
    assert ("Rode Kruis Vlaanderen", "organisation/rode-kruis-vlaanderen") in found[1]
    assert ("Brandweer Brussel", "organisation/brandweer-brussel") in found[1]
    assert ("Marechaussee Nederland", "organisation/marechaussee-nederland") in found[2]
    national = of_class(texts[0] + " " + texts[2], "NationalBody")
    assert {"organisation/politie-nederland", "organisation/marechaussee-nederland"} <= national


def test_a_european_network_office_named_by_its_country_is_external() -> None:
    # Made up: "Europees" opens the name of an office of an EU network; the country says
    # where it is, not whose body it is.
    text = (
        "Klachten gaan naar het Europees Consumentencentrum Luxemburg; het Europees "
        "Meldpunt Nederland helpt ook."
    )
    external = of_class(text, "ExternalOrganisation")
    assert "organisation/europees-consumentencentrum-luxemburg" in external
    assert "organisation/europees-meldpunt-nederland" in external
    assert ("Luxemburg", "country/luxemburg") in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "De ministers van België en Nederland kwamen bijeen met de FOD Justitie (België).",
        "De samenwerking tussen Nederland en België en de werkgroep met België loopt goed.",
        "Het Agentschap Grenswerk, Nederland en Luxemburg tekenden. Namens Nederland sprak ze.",
        "Het Koninkrijk België en de Staat Nederland zijn partijen.",
        "Ministerie van Buitenlandse Zaken Nederland Benelux-coördinator, beleidsmedewerker",
    ],
)
def test_a_place_after_a_comma_a_preposition_or_in_a_table_column_stays_apart(
    text: str,
) -> None:
    # Made up: the place is listed, governed by "van"/"tussen"/"met", in brackets, or the
    # next column of a table row; no body's name runs over it.
    found = mentions(text)
    assert not any(
        iri.startswith("organisation/") and iri.endswith(("-nederland", "-belgie", "-luxemburg"))
        for _, iri in found
    ), found
    assert any(iri.startswith("country/") for _, iri in found)


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # A Dutch-named council of a task and a "Kamer van X" are a member state's, as the
        # gold reads "Raad voor de Kinderbescherming", "Raad voor de rechtspraak", "Kamer van
        # Koophandel" (round 31; these two were external before).
        ("Het advies kwam van de Raad voor Grensverkeer.", "Raad voor Grensverkeer", "N"),
        # An office named in Dutch by its task is a member state's too, as the gold reads
        # "Centraal Justitieel Incassobureau" (round 53; external before).
        ("Cijfers van het Bureau voor de Grensstatistiek.", "Bureau voor de Grensstatistiek", "N"),
        (
            "Volgens de Kamer van Ambachten Limburg groeit de sector.",
            "Kamer van Ambachten Limburg",
            "N",
        ),
        (
            "Het Commissariaat voor Grenszaken publiceerde cijfers.",
            "Commissariaat voor Grenszaken",
            "E",
        ),
        ("Het Directoraat-generaal Grensbeheer tekende.", "Directoraat-generaal Grensbeheer", "E"),
        ("Samen met de Provincie Grensland werd het plan gemaakt.", "Provincie Grensland", "N"),
        ("Subsidie ging naar de Gemeente Grensdorp.", "Gemeente Grensdorp", "N"),
        ("Het Waterschap Grensrivier beheert de dijken.", "Waterschap Grensrivier", "N"),
        (
            "Een brief aan l'Office national des frontières volgde.",
            "Office national des frontières",
            "N",
        ),
        (
            "Met het Office for Border Statistics is afgesproken.",
            "Office for Border Statistics",
            "E",
        ),
        (
            "Het Institut wallon de la frontière rapporteert.",
            "Institut wallon de la frontière",
            "N",
        ),
        (
            "Het Institut français de la frontière rapporteert.",
            "Institut français de la frontière",
            "E",
        ),
        ("Het Institut für Grenzforschung rapporteert.", "Institut für Grenzforschung", "E"),
        ("De Landschaftsverband Grenzland nam deel.", "Landschaftsverband Grenzland", "E"),
        ("Ook het Border Transport Council schreef.", "Border Transport Council", "E"),
    ],
)
def test_an_unknown_body_named_by_a_generic_head_is_read(text: str, name: str, cls: str) -> None:
    # Made up: Dutch, French, German and English heads of bodies the reference data does
    # not hold; a local government, or a French-named public body, is national.
    x = extract(text)
    found = {
        text[m.begin : m.end]: next(e for e in x.entities if e.iri == m.entity).types[0].value
        for m in x.mentions
    }
    assert name in found, found
    expected = "NationalBody" if cls == "N" else "ExternalOrganisation"
    assert found[name].endswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Het Bureau van het Grensparlement vergaderde; de Raad Justitie ook.",
        "Een dienst van de Commissie, het centrum van de stad en de raad van bestuur.",
        "Raad van bestuur en Kamer van de voorzitter kwamen samen.",
        "De samenwerking vindt plaats in Benelux-verband en in EU-verband.",
        "L'Office national des frontières et l'Institut wallon de la mer signent.",
    ],
)
def test_a_generic_head_in_a_common_phrase_names_no_body(text: str) -> None:
    # Made up: a board of an assembly, a council formation, lower-case nouns, a sentence's
    # first word, "verband" in a compound; "et" before another head ends a French name.
    names = [name for name, iri in mentions(text) if iri.startswith("organisation/")]
    assert all(" et " not in n for n in names), names
    assert not any(
        n.startswith(("Bureau", "Raad", "Kamer", "dienst", "centrum", "raad")) or "verband" in n
        for n in names
    ), names


def _class_of(text: str, name: str) -> str:
    """The class of the entity a mention spelled ``name`` names, or ``""``."""
    x = extract(text)
    iris = {m.entity for m in x.mentions if " ".join(text[m.begin : m.end].split()) == name}
    for entity in x.entities:
        if entity.iri in iris:
            return next(t.value.rsplit("#", 1)[-1] for t in entity.types)
    return ""


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # Made up: Dutch heads of administrations, no adjective; Dutch names member states' bodies.
        (
            "De werkgroep telt het Agentschap Wegen en Verkeer en de Luxemburgse ADEM.",
            "Agentschap Wegen en Verkeer",
            "NationalBody",
        ),
        (
            "Ook de Dienst Toezicht Kansspelen neemt deel aan het overleg.",
            "Dienst Toezicht Kansspelen",
            "NationalBody",
        ),
        (
            "Het netwerk werkt samen met de Inspectie Sociale Wetgeving.",
            "Inspectie Sociale Wetgeving",
            "NationalBody",
        ),
        (
            "Het project wordt gesteund door het Expertisecentrum Waterbouw en Kust.",
            "Expertisecentrum Waterbouw en Kust",
            "NationalBody",
        ),
        # ... but not a European one, nor one a foreign adjective ties elsewhere.
        (
            "Het netwerk werkt samen met het Agentschap van de Europese Unie voor Spoorwegen.",
            "Agentschap van de Europese Unie voor Spoorwegen",
            "ExternalOrganisation",
        ),
        (
            "Het overleg nodigt het Europees Agentschap voor Visserijcontrole uit.",
            "Europees Agentschap voor Visserijcontrole",
            "ExternalOrganisation",
        ),
    ],
)
def test_a_dutch_named_administration_is_a_national_body(text: str, name: str, cls: str) -> None:
    assert _class_of(text, name) == cls


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Made up: "van de <adjective> <common noun>" says whose the body is, it names nothing.
        (
            "Deelnemers zijn de Onderwijsinspectie van de Vlaamse overheid en de RDW.",
            "Onderwijsinspectie",
        ),
        (
            "Het Agentschap Wegen van de Nederlandse regering neemt deel.",
            "Agentschap Wegen",
        ),
        (
            "Ook de Dienst Kustbeheer van de Belgische staat is lid van het netwerk.",
            "Dienst Kustbeheer",
        ),
    ],
)
def test_a_body_name_ends_before_an_adjective_and_a_common_noun(text: str, name: str) -> None:
    names = [n for n, iri in mentions(text) if iri.startswith("organisation/")]
    assert name in names, names
    assert not any(n.endswith(("Vlaamse", "Nederlandse", "Belgische")) for n in names), names


def test_a_body_name_keeps_an_adjective_its_own() -> None:
    # Made up: "voor Nederlandse Taal" ends the name, no common noun follows.
    text = "Het overleg telt het Agentschap voor Nederlandse Taal en het RIVM."
    assert "Agentschap voor Nederlandse Taal" in [n for n, _ in mentions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Made up: German names list their subjects with commas, "und" closes the list.
        (
            "Het Bundesamt für Migration, Flüchtlinge und Integration neemt deel.",
            "Bundesamt für Migration, Flüchtlinge und Integration",
        ),
        (
            "Ook het Landesamt für Umwelt, Naturschutz und Geologie werkt mee.",
            "Landesamt für Umwelt, Naturschutz und Geologie",
        ),
        (
            "Het Land is vertegenwoordigd door het Landesamt für Bergbau, Energie und Geo-\nlogie.",
            "Landesamt für Bergbau, Energie und Geo- logie",
        ),
    ],
)
def test_a_german_name_lists_subjects_with_commas(text: str, name: str) -> None:
    assert name in [" ".join(n.split()) for n, _ in mentions(text)]


def test_a_german_name_ends_at_a_comma_without_und() -> None:
    # Made up: the comma after the name goes on with the sentence.
    text = "Het Landesamt für Umwelt, dat in Mainz zetelt, werkt mee."
    assert "Landesamt für Umwelt" in [n for n, _ in mentions(text)]


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # Made up: a member state's adjective ties a ministry named by its portfolio.
        (
            "Het Luxemburgse ministerie van Gelijke Kansen en Diversiteit neemt deel.",
            "ministerie van Gelijke Kansen en Diversiteit",
            "NationalBody",
        ),
        (
            "Hieraan werkt ook het Belgische ministerie van Landsverdediging mee.",
            "ministerie van Landsverdediging",
            "NationalBody",
        ),
        (
            "De werkgroep telt het Vlaamse ministerie van Cultuur en Jeugd.",
            "ministerie van Cultuur en Jeugd",
            "NationalBody",
        ),
    ],
)
def test_a_ministry_a_member_state_adjective_ties_is_national(
    text: str, name: str, cls: str
) -> None:
    assert _class_of(text, name) == cls


def test_a_foreign_or_bare_ministry_is_no_new_body() -> None:
    # Made up: "het Franse ministerie van ..." and "zijn ministerie van ..." describe.
    text = "Het Franse ministerie van Landbouw en zijn ministerie van Verkeer namen deel."
    names = [n for n, iri in mentions(text) if iri.startswith("organisation/")]
    assert not any(n.startswith("ministerie") for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Made up: French academies, public by "nationale"/"national".
        (
            "Deelnemers zijn l'Académie nationale de sécurité civile en de RDW.",
            "Académie nationale de sécurité civile",
        ),
        (
            "Aan de opleiding voor grensoverschrijdend optreden werkt ook de Académie nationale\n"
            "de la magistrature mee.",
            "Académie nationale de la magistrature",
        ),
        (
            "Het netwerk nodigt de Académie nationale des douanes uit.",
            "Académie nationale des douanes",
        ),
    ],
)
def test_a_french_academy_is_a_public_body(text: str, name: str) -> None:
    assert _class_of(text, name) == "NationalBody"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Made up: a unit named in lower case, then the ministry it belongs to.
        (
            "De directie Internationale Betrekkingen van het ministerie van Defensie leidt het.",
            "directie Internationale Betrekkingen",
        ),
        (
            "Namens België neemt de dienst Juridische Zaken van het Ministerie van Financiën deel.",
            "dienst Juridische Zaken",
        ),
        (
            "Het verslag komt van de afdeling Noord en Oost van het ministerie van Landbouw.",
            "afdeling Noord en Oost",
        ),
    ],
)
def test_a_unit_of_a_ministry_named_in_lower_case_is_a_national_body(text: str, name: str) -> None:
    assert _class_of(text, name) == "NationalBody"


def test_a_unit_without_a_ministry_after_it_is_no_name() -> None:
    # Made up: "de directie" of a company, "de dienst" as a favour: no ministry follows.
    text = "De directie Benelux van Grensbouw en de dienst Europa van de stad namen deel."
    names = [n for n, _ in mentions(text)]
    assert not any(n.startswith(("directie", "dienst")) for n in names), names


def test_a_body_shaped_word_after_a_member_states_adjective_is_a_national_body() -> None:
    # dev2 probes: an acronym, an inner capital, a hyphen between capitals or a closing "+"
    # after "de Luxemburgse", "het Nederlandse (kenniscentrum)": no Dutch word, a body.
    assert "organisation/aquacert" in of_class(
        "De werkgroep werkt samen met het Luxemburgse AQUACERT.", "NationalBody"
    )
    assert "organisation/hydrolux" in of_class(
        "Het KMI deelt gegevens met de Luxemburgse HydroLux en met Frankrijk.", "NationalBody"
    )
    assert "organisation/energie-agence" in of_class(
        "Leden zijn het VEKA en de Waalse Energie-Agence.", "NationalBody"
    )
    text = "Leden zijn de RDW en het Nederlandse expertisecentrum Water+."
    assert "organisation/water" in of_class(text, "NationalBody")
    text = "Leden zijn de RDW en het Nederlandse kenniscentrum Water+."
    assert not of_class(text, "WorkingGroup")


def test_a_tied_shape_that_runs_on_is_left_to_the_names_finders() -> None:
    # "het Luxemburgse Haut-Commissariat à la ...", "het Luxemburgse ABCERT.LU": longer names.
    assert "organisation/haut-commissariat" not in of_class(
        "Ook het Luxemburgse Haut-Commissariat à la Protection nationale neemt deel.",
        "NationalBody",
    )
    assert "organisation/hydrocert" not in of_class(
        "Het NCSC werkt samen met het Luxemburgse HYDROCERT.LU.", "NationalBody"
    )
    # A foreign adjective ties no body to a member state.
    assert "organisation/geo-agence" not in of_class(
        "Leden zijn het KMI en de Franse Geo-Agence.", "NationalBody"
    )
