"""Round 21 (set M): a French body tied to a member state, names that run into a table's
columns or a line's label, meetings of a body under a heading line, month-only meetings of a
body, and real bodies of the reference data. Every text is made up."""

from __future__ import annotations

import pytest

from extract_helpers import of_class


# A French-named body after a member state's adjective is a national body, whatever its head.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Ook het Luxemburgse Centre pour la sécurité routière (CSR) werkt mee.",
            "organisation/centre-pour-la-securite-routiere",
        ),
        (
            "Daarnaast neemt de Belgische Chambre des métiers deel.",
            "organisation/chambre-des-metiers",
        ),
        (
            "In de groep zit het Luxemburgse Observatoire de la formation continue.",
            "organisation/observatoire-de-la-formation-continue",
        ),
    ],
)
def test_a_french_body_tied_to_a_member_state_is_national(text: str, iri: str) -> None:
    assert iri in of_class(text, "NationalBody")


def test_a_french_body_tied_to_france_stays_external() -> None:
    text = "Ook het Franse Centre pour la sécurité routière (CSR) werkt mee."
    assert "organisation/centre-pour-la-securite-routiere" not in of_class(text, "NationalBody")


# A country code list in the next column of a table row is no part of a group's name.
@pytest.mark.parametrize(
    ("row", "iri"),
    [
        ("Netwerk Grenszorg Noord NL, BE      lopend", "working-group/netwerk-grenszorg-noord"),
        ("Netwerk Stille Wegen BE, LU, NL     nieuw", "working-group/netwerk-stille-wegen"),
        ("Platform Jonge Boeren LU, BE        lopend", "working-group/platform-jonge-boeren"),
    ],
)
def test_a_group_name_ends_before_a_list_of_country_codes(row: str, iri: str) -> None:
    text = f"Onder de werkgroep vallen drie netwerken.\n\nNaam    Landen    Status\n{row}\n"
    groups = of_class(text, "WorkingGroup")
    assert iri in groups
    assert not any(g.endswith(("-nl", "-be", "-lu")) for g in groups)


def test_a_capitalised_word_that_is_no_code_list_stays_in_the_name() -> None:
    text = "De werkgroep werkt samen met het Netwerk Grenszorg Noord EU in Brussel."
    assert "working-group/netwerk-grenszorg-noord-eu" in of_class(text, "WorkingGroup")


# A meeting's name never runs on into the label of the next line ("Status: nieuw").
@pytest.mark.parametrize(
    ("heading", "iri"),
    [
        (
            "Benelux-conferentie Veilig Thuis\nStatus: nieuw",
            "event/benelux-conferentie-veilig-thuis",
        ),
        ("Benelux-symposium Schone Lucht\nStatus: lopend", "event/benelux-symposium-schone-lucht"),
        (
            "Benelux-congres Open Grenzen\nTrekker: Secretariaat-Generaal",
            "event/benelux-congres-open-grenzen",
        ),
    ],
)
def test_a_meeting_name_ends_before_a_labelled_line(heading: str, iri: str) -> None:
    text = f"6.3 {heading}\n\nHet Secretariaat-Generaal organiseert de bijeenkomst in Brussel."
    meetings = of_class(text, "Meeting")
    assert iri in meetings
    assert not any(m.endswith(("-status", "-trekker")) for m in meetings)


# A body's own meeting, the sentence opening on the line below a heading without a full stop.
@pytest.mark.parametrize(
    ("heading", "sentence", "iri"),
    [
        (
            "Antwoord 2",
            "Het Comité van Ministers heeft het plan tijdens zijn vergadering van\n"
            "3 maart 2026 besproken.",
            "event/vergadering-comite-van-ministers-2026-03-03",
        ),
        (
            "Vraag 4",
            "Het Comité van Ministers heeft de tekst op zijn vergadering van 9 juni 2025\n"
            "vastgesteld.",
            "event/vergadering-comite-van-ministers-2025-06-09",
        ),
        (
            "Antwoord 7",
            "Het Comité van Ministers heeft het verslag tijdens zijn vergadering van 12 mei "
            "2026 aangenomen.",
            "event/vergadering-comite-van-ministers-2026-05-12",
        ),
    ],
)
def test_a_body_meets_in_a_sentence_below_a_heading(heading: str, sentence: str, iri: str) -> None:
    assert iri in of_class(f"{heading}\n{sentence}", "Meeting")


# A body's meeting named by a month only is no one meeting (a plenary session is: one a month).
@pytest.mark.parametrize(
    "text",
    [
        "Over de uitkomst van de vergadering van het Comité van Ministers in juni zal ik u "
        "informeren.",
        "De vergadering van het College van Secretarissen-Generaal in oktober 2026 volgt.",
        "Het voorstel ligt voor aan de vergadering van het Comité van Ministers in maart 2027.",
    ],
)
def test_a_body_meeting_of_a_month_only_is_no_meeting(text: str) -> None:
    assert not of_class(text, "Meeting")


def test_a_plenary_session_of_a_month_stays_a_meeting() -> None:
    text = "De plenaire zitting van het Benelux-Parlement in juni 2027 bespreekt de tekst."
    assert "event/plenaire-zitting-benelux-parlement-2027-06" in of_class(text, "Meeting")


# Real bodies of the reference data, by their full names.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De Franse Autorité de sûreté nucléaire et de radioprotection (ASNR) volgt de groep.",
            "organisation/autorite-de-surete-nucleaire-et-de-radioprotection",
        ),
        (
            "Ook de Europese Binnenvaart Unie nam aan de bijeenkomst deel.",
            "organisation/european-barge-union",
        ),
        ("Het Secretariaat-Generaal werkt samen met EUMETNET.", "organisation/eumetnet"),
        (
            "De Franse Autorité nationale des jeux (ANJ) deelde gegevens.",
            "organisation/autorite-nationale-des-jeux",
        ),
    ],
)
def test_real_bodies_of_the_reference_data(text: str, iri: str) -> None:
    assert iri in of_class(text, "ExternalOrganisation")


def test_the_older_french_authority_keeps_its_own_name() -> None:
    text = "De Franse Autorité de sûreté nucléaire (ASN) werd in 2025 opgeheven."
    assert "organisation/autorite-de-surete-nucleaire" in of_class(text, "ExternalOrganisation")


def test_the_full_name_of_the_belgian_institute_is_the_known_body() -> None:
    text = "De directeur van het Koninklijk Meteorologisch Instituut van België tekende."
    assert "organisation/koninklijk-meteorologisch-instituut" in of_class(text, "NationalBody")
    assert "country/belgie" in of_class(text, "MemberState")


def persons(text: str) -> set[str]:
    return of_class(text, "Person")


# A body "waarin" members (states, regions, national bodies) work together is their joint
# group: a WorkingGroup, not an organisation of its own.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De controles lopen via de Gemeenschappelijke Havenautoriteit (GHA), waarin "
            "Vlaanderen en Nederland samenwerken.",
            "working-group/gemeenschappelijke-havenautoriteit",
        ),
        (
            "Het toezicht ligt bij de Gezamenlijke Grensautoriteit, waarin België en Luxemburg "
            "samenwerken.",
            "working-group/gezamenlijke-grensautoriteit",
        ),
        (
            "De vergunningen verleent de Gemeenschappelijke Verkeersautoriteit (GVA), waarin "
            "Nederland, België en Luxemburg vertegenwoordigd zijn.",
            "working-group/gemeenschappelijke-verkeersautoriteit",
        ),
    ],
)
def test_a_joint_body_of_members_is_a_group(text: str, iri: str) -> None:
    assert iri in of_class(text, "WorkingGroup")


def test_a_body_in_which_no_members_are_named_stays_an_organisation() -> None:
    text = (
        "De controles lopen via de Gemeenschappelijke Havenautoriteit (GHA), waarin de "
        "havenbedrijven hun gegevens delen."
    )
    assert "working-group/gemeenschappelijke-havenautoriteit" not in of_class(text, "WorkingGroup")


# A service or unit of a national body, in apposition, is national too.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De verklaring werd ondertekend door het KNMI en MeteoLux, de weerdienst van de "
            "Luxemburgse Administration de la navigation aérienne (ANA).",
            "organisation/meteolux",
        ),
        (
            "Aan het overleg nemen het KNMI en HydroLux, de meetdienst van het Luxemburgse "
            "Administration de la gestion de l'eau, deel.",
            "organisation/hydrolux",
        ),
        (
            "De gegevens leveren het KNMI en AquaNed, de meetdienst van de "
            "Nederlandse Rijksdienst voor Waterbeheer.",
            "organisation/aquaned",
        ),
    ],
)
def test_a_service_of_a_national_body_is_national(text: str, iri: str) -> None:
    assert iri in of_class(text, "NationalBody")


def test_a_body_in_apposition_to_a_foreign_body_stays_external() -> None:
    text = (
        "De gegevens leveren het KNMI en MeteoFrance, de weerdienst van de Franse "
        "Direction générale de l'aviation civile."
    )
    assert "organisation/meteofrance" not in of_class(text, "NationalBody")


# An English name at European or world level names an association, not a Benelux group.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De werkgroep werkt samen met het Gaming Regulators European Forum (GREF).",
            "organisation/gaming-regulators-european-forum",
        ),
        (
            "De werkgroep werkt samen met het Food Safety European Network.",
            "organisation/food-safety-european-network",
        ),
        (
            "Het netwerk wisselt gegevens uit met het Road Safety International Forum.",
            "organisation/road-safety-international-forum",
        ),
    ],
)
def test_an_english_european_forum_is_an_organisation(text: str, iri: str) -> None:
    assert iri in of_class(text, "ExternalOrganisation")


def test_an_english_forum_of_the_region_stays_a_group() -> None:
    text = "De ministers overleggen in het Benelux Energy Forum."
    assert "working-group/benelux-energy-forum" in of_class(text, "WorkingGroup")


# A plenary session named by its month ("de plenaire zitting van juni 2027").
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Het Beneluxparlement ontving de tekst. Het Parlement bespreekt die tijdens de "
            "plenaire zitting van juni 2027 in Den Haag.",
            "event/plenaire-zitting-benelux-parlement-2027-06",
        ),
        (
            "Het Benelux-Parlement zal het verslag op de plenaire vergadering van maart 2026 "
            "behandelen.",
            "event/plenaire-zitting-benelux-parlement-2026-03",
        ),
        (
            "Het Benelux Parlement stemt over de aanbeveling tijdens de plenaire zitting van "
            "december 2025.",
            "event/plenaire-zitting-benelux-parlement-2025-12",
        ),
    ],
)
def test_a_plenary_session_named_by_its_month(text: str, iri: str) -> None:
    assert iri in of_class(text, "Meeting")


def test_a_plenary_session_of_a_month_without_a_year_is_no_meeting() -> None:
    text = "Het Benelux Parlement bespreekt de tekst tijdens de plenaire zitting van maart."
    assert not of_class(text, "Meeting")


# People: a role compounded with an acronym, and who a quote is attributed to.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ('"Dit is winst", zei KMI-directeur Daan Verstraete na afloop.', "person/daan-verstraete"),
        ("Volgens RIVM-woordvoerder Eva van Dijk is het risico klein.", "person/eva-van-dijk"),
        ("De dag werd geopend door FOD-voorzitter Pieter Claes.", "person/pieter-claes"),
        ('"Wij delen alles", aldus Marieke de Ruiter van het KNMI.', "person/marieke-de-ruiter"),
        ('"Dat werkt", zegt Tom Wouters namens de provincie.', "person/tom-wouters"),
        ("“Het is een begin”, stelde Anna Kremer tijdens het debat.", "person/anna-kremer"),
    ],
)
def test_people_after_an_acronym_role_or_a_quote(text: str, iri: str) -> None:
    assert iri in persons(text)


def test_a_place_after_a_quote_is_no_person() -> None:
    assert not persons('"Dit helpt ons", zegt Den Haag.')


# A rectification's wrong name, quoted after "in plaats van", names nothing.
@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            'In de titel moet "Directiecomité Energie" worden gelezen in plaats van '
            '"Directiecomité Energie en Klimaat".',
            "working-group/directiecomite-energie",
            "working-group/directiecomite-energie-en-klimaat",
        ),
        (
            'Lees "Benelux-werkgroep Water" in plaats van "Benelux-werkgroep Waterbeheer".',
            "working-group/benelux-werkgroep-water",
            "working-group/benelux-werkgroep-waterbeheer",
        ),
        (
            'Op blz. 4 staat "Werkgroep Vervoer" in plaats van “Werkgroep Mobiliteit”.',
            "working-group/werkgroep-vervoer",
            "working-group/werkgroep-mobiliteit",
        ),
    ],
)
def test_the_wrong_name_of_a_rectification_is_no_entity(text: str, right: str, wrong: str) -> None:
    groups = of_class(text, "WorkingGroup")
    assert right in groups
    assert wrong not in groups


def test_a_name_after_in_plaats_van_without_quotes_stays() -> None:
    text = "De werkgroep rapporteert aan het College in plaats van aan de Benelux-werkgroep Water."
    assert "working-group/benelux-werkgroep-water" in of_class(text, "WorkingGroup")


# In a French body's name the country after "de"/"du" is its seat, no mention; a Dutch name's
# "van België" is.
@pytest.mark.parametrize(
    "text",
    [
        "Het Franse Voies navigables de France (VNF) neemt als waarnemer deel.",
        "Ook de Banque centrale du Luxembourg werkt mee.",
        "De Banque nationale de Belgique levert de cijfers.",
    ],
)
def test_a_country_after_french_de_in_a_body_name_is_no_mention(text: str) -> None:
    countries = of_class(text, "Country") | of_class(text, "MemberState")
    assert not countries & {"country/frankrijk", "country/luxemburg", "country/belgie"}


def test_a_country_after_dutch_van_in_a_body_name_is_a_mention() -> None:
    text = "Het Koninklijk Meteorologisch Instituut van België (KMI) waarschuwt."
    assert "country/belgie" in of_class(text, "MemberState")


# A group's name in a table's caption ends at the line break before the header row; the
# first cell of a row it ran over is a group of its own.
@pytest.mark.parametrize(
    ("table", "caption_group", "row_group"),
    [
        (
            "Onder de werkgroep vallen twee netwerken.\n\n"
            "Tabel 6.1  Netwerken onder de Benelux-werkgroep Gelijke Behandeling\n"
            "Netwerk                              Deelnemers           Status\n"
            "Benelux-netwerk Veilige Opvang       BE, NL, LU           lopend\n",
            "working-group/benelux-werkgroep-gelijke-behandeling",
            "working-group/benelux-netwerk-veilige-opvang",
        ),
        (
            "Onder de werkgroep vallen twee netwerken.\n\n"
            "Tabel 2  Netwerken onder de Benelux-werkgroep Waterbeheer Maas\n"
            "Netwerk                              Deelnemers           Status\n"
            "Benelux-netwerk Droogte Maasbekken   BE, NL               nieuw\n",
            "working-group/benelux-werkgroep-waterbeheer-maas",
            "working-group/benelux-netwerk-droogte-maasbekken",
        ),
        (
            "Onder het platform vallen twee netwerken.\n\n"
            "Tabel 4.2  Netwerken onder de Benelux-werkgroep Crisisbeheer\n"
            "Netwerk                              Deelnemers           Status\n"
            "Benelux-netwerk Hoogwater            BE, LU               lopend\n",
            "working-group/benelux-werkgroep-crisisbeheer",
            "working-group/benelux-netwerk-hoogwater",
        ),
    ],
)
def test_a_caption_group_ends_before_the_header_row(
    table: str, caption_group: str, row_group: str
) -> None:
    groups = of_class(table, "WorkingGroup")
    assert caption_group in groups
    assert row_group in groups
    assert not any(g.startswith(caption_group + "-") for g in groups)


def test_a_name_wrapped_in_running_text_stays_whole_beside_a_table() -> None:
    text = (
        "Sinds 2026 komt de Benelux-werkgroep Gelijke\nBehandeling vier keer per jaar bijeen.\n\n"
        "Netwerk                              Deelnemers           Status\n"
        "Benelux-netwerk Veilige Opvang       BE, NL, LU           lopend\n"
    )
    assert "working-group/benelux-werkgroep-gelijke-behandeling" in of_class(text, "WorkingGroup")
