"""Round 22 (set Q): participation, cooperation and parent bodies read from the subject of a
sentence, and a relative clause that speaks of its own antecedent."""

from __future__ import annotations

import pytest

from extract_helpers import parents, participants, partners


# "De werkgroep ressorteert onder X", "Die ressorteert onder X": the group spoken of is under X.
@pytest.mark.parametrize(
    ("text", "group", "parent"),
    [
        (
            "De Benelux-werkgroep Binnenvaart werd in 2024 opgericht. De werkgroep "
            "ressorteert onder het Directiecomité Verkeer en Vervoer.",
            "working-group/benelux-werkgroep-binnenvaart",
            "working-group/directiecomite-verkeer-en-vervoer",
        ),
        (
            "Het dossier is belegd bij de Benelux-werkgroep Gelijke Kansen. Die ressorteert "
            "onder het College van Secretarissen-Generaal en vergadert twee keer per jaar.",
            "working-group/benelux-werkgroep-gelijke-kansen",
            "institution/college-van-secretarissen-generaal",
        ),
        (
            "De taken liggen bij het Benelux-netwerk Voedselveiligheid. Die valt sinds 2025 "
            "onder het Directiecomité Interne Markt.",
            "working-group/benelux-netwerk-voedselveiligheid",
            "working-group/directiecomite-interne-markt",
        ),
    ],
)
def test_a_group_spoken_of_resorts_under_a_body(text: str, group: str, parent: str) -> None:
    assert (group, parent) in parents(text)


def test_die_before_another_verb_names_no_subject() -> None:
    text = (
        "Het dossier is belegd bij de Benelux-werkgroep Binnenvaart. Die kent het "
        "Directiecomité Verkeer en Vervoer al lang."
    )
    assert parents(text) == set()


# "Dat netwerk, dat aan het Comité rapporteert, werkt samen met X": the network is under the
# Committee and cooperates with X.
@pytest.mark.parametrize(
    ("text", "group", "parent", "partner"),
    [
        (
            "Het Benelux-netwerk Grensgemeenten werd in 2021 opgericht. Dat netwerk, dat aan "
            "het Comité van Ministers rapporteert, werkt sinds 2026 samen met de Mission "
            "Opérationnelle Transfrontalière.",
            "working-group/benelux-netwerk-grensgemeenten",
            "institution/comite-van-ministers",
            "organisation/mission-operationnelle-transfrontaliere",
        ),
        (
            "Het Benelux-platform Waterstof kwam in maart bijeen. Dat platform, dat aan het "
            "College van Secretarissen-Generaal rapporteert, werkt nauw samen met de "
            "Euregio Maas-Rijn.",
            "working-group/benelux-platform-waterstof",
            "institution/college-van-secretarissen-generaal",
            "organisation/euregio-maas-rijn",
        ),
        (
            "Het Benelux-netwerk Mantelzorg is nieuw. Dat netwerk, dat aan het College van "
            "Secretarissen-Generaal rapporteert, werkt al samen met de Vereniging van "
            "Nederlandse Gemeenten.",
            "working-group/benelux-netwerk-mantelzorg",
            "institution/college-van-secretarissen-generaal",
            "organisation/vereniging-van-nederlandse-gemeenten",
        ),
    ],
)
def test_that_group_with_a_relative_clause_reports_and_cooperates(
    text: str, group: str, parent: str, partner: str
) -> None:
    assert (group, parent) in parents(text)
    assert (group, partner) in partners(text)


def test_that_group_that_does_not_cooperate_has_no_partner() -> None:
    text = (
        "Het Benelux-netwerk Grensgemeenten werd in 2021 opgericht. Dat netwerk, dat aan het "
        "Comité van Ministers rapporteert, werkt niet samen met de Euregio Maas-Rijn."
    )
    assert partners(text) == set()


# "Zij valt onder X en brengt A, B en C samen", "Het ... brengt de diensten bijeen die ...: A,
# B en C": the members of the group the sentence is about.
@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "Bij Beschikking M (2028) 11 werd de Benelux-werkgroep Bodem ingesteld. Zij valt "
            "onder het Directiecomité Leefmilieu en brengt de Openbare Vlaamse "
            "Afvalstoffenmaatschappij (OVAM), de Service public de Wallonie en het "
            "Rijksinstituut voor Volksgezondheid en Milieu (RIVM) samen.",
            "working-group/benelux-werkgroep-bodem",
            {
                "organisation/openbare-vlaamse-afvalstoffenmaatschappij",
                "organisation/service-public-de-wallonie",
                "organisation/rijksinstituut-voor-volksgezondheid-en-milieu",
            },
        ),
        (
            "Vandaag werd het Benelux-platform Exoten gelanceerd. Het valt onder het "
            "Directiecomité Leefmilieu en brengt de diensten bijeen die de bestrijding "
            "uitvoeren: het Instituut voor Natuur- en Bosonderzoek (INBO) en de Nederlandse "
            "Voedsel- en Warenautoriteit (NVWA).",
            "working-group/benelux-platform-exoten",
            {
                "organisation/instituut-voor-natuur-en-bosonderzoek",
                "organisation/nederlandse-voedsel-en-warenautoriteit",
            },
        ),
        (
            "In 2027 richtte het Secretariaat-Generaal het Benelux-netwerk Drugs op. Het "
            "netwerk brengt sinds dit jaar de Federale Politie, de Nationale Politie en de "
            "Police grand-ducale samen.",
            "working-group/benelux-netwerk-drugs",
            {
                "organisation/federale-politie",
                "organisation/nationale-politie",
                "organisation/police-grand-ducale",
            },
        ),
    ],
)
def test_a_group_spoken_of_gathers_its_members(text: str, group: str, members: set[str]) -> None:
    assert {(group, m) for m in members} <= participants(text)


def test_a_group_that_brings_no_one_together_has_no_members() -> None:
    text = (
        "Bij Beschikking M (2028) 11 werd de Benelux-werkgroep Bodem ingesteld. Zij brengt "
        "de Openbare Vlaamse Afvalstoffenmaatschappij (OVAM) niet samen met de Service "
        "public de Wallonie."
    )
    assert not any(g == "working-group/benelux-werkgroep-bodem" for g, _ in participants(text))


# "X en Y trekken (daarin) samen op in het netwerk Z", "Met X trekt Y samen op in Z": both take
# part in the group.
@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "De Vereniging van Nederlandse Gemeenten en de Vereniging van Vlaamse Steden en "
            "Gemeenten trekken daarin samen op in het Benelux-netwerk van grensgemeenten.",
            "working-group/benelux-netwerk-van-grensgemeenten",
            {
                "organisation/vereniging-van-nederlandse-gemeenten",
                "organisation/vereniging-van-vlaamse-steden-en-gemeenten",
            },
        ),
        (
            "Met de Grande Région trekt de Benelux Unie samen op in het Netwerk "
            "Grensoverschrijdende Mobiliteit.",
            "working-group/netwerk-grensoverschrijdende-mobiliteit",
            {"region/grande-region", "organisation/benelux-unie"},
        ),
        (
            "België en Nederland trokken in 2025 samen op in de Benelux-werkgroep Drinkwater.",
            "working-group/benelux-werkgroep-drinkwater",
            {"country/belgie", "country/nederland"},
        ),
    ],
)
def test_joining_forces_in_a_group_is_taking_part(text: str, group: str, members: set[str]) -> None:
    assert {(group, m) for m in members} <= participants(text)


def test_joining_forces_with_no_group_gives_no_member() -> None:
    text = "België en Nederland trekken niet samen op in de Benelux-werkgroep Drinkwater."
    assert participants(text) == set()


# "Zitting hebben A, B en C.": the members of the group the sentence before was about.
@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "De Benelux-werkgroep Kinderopvang ressorteert onder het Directiecomité Sociale "
            "Zaken. Zitting hebben het Agentschap Opgroeien en het Ministerie van Sociale "
            "Zaken en Werkgelegenheid.",
            "working-group/benelux-werkgroep-kinderopvang",
            {
                "organisation/agentschap-opgroeien",
                "organisation/ministerie-van-sociale-zaken-en-werkgelegenheid",
            },
        ),
        (
            "De Benelux-werkgroep Binnenvaart werd in 2024 opgericht. Zitting hebben België, "
            "Nederland en Luxemburg.",
            "working-group/benelux-werkgroep-binnenvaart",
            {"country/belgie", "country/nederland", "country/luxemburg"},
        ),
        (
            "Het Benelux-netwerk Voedselveiligheid vergadert twee keer per jaar. Zitting "
            "hebben de Nederlandse Voedsel- en Warenautoriteit en de Federale Politie.",
            "working-group/benelux-netwerk-voedselveiligheid",
            {
                "organisation/nederlandse-voedsel-en-warenautoriteit",
                "organisation/federale-politie",
            },
        ),
    ],
)
def test_seats_opening_a_sentence_name_members(text: str, group: str, members: set[str]) -> None:
    assert {(group, m) for m in members} <= participants(text)


def test_seats_after_a_sentence_about_no_group_name_no_member() -> None:
    text = (
        "Het Secretariaat-Generaal richtte de Benelux-werkgroep Binnenvaart op. Zitting "
        "hebben België en Nederland."
    )
    assert participants(text) == set()


# A verb of taking part in a relative clause right after a meeting speaks of the meeting, not
# of a group the main clause named.
@pytest.mark.parametrize(
    ("text", "group", "other", "member"),
    [
        (
            "Gisteren werd het Benelux-platform Invasieve Exoten gelanceerd, tijdens de "
            "eerste Benelux-exotendag die het Secretariaat-Generaal samen met de Euregio "
            "Maas-Rijn organiseerde.",
            "event/benelux-exotendag",
            "working-group/benelux-platform-invasieve-exoten",
            "organisation/euregio-maas-rijn",
        ),
        (
            "Vandaag is het Benelux-netwerk Fietspaden opgericht, op de Benelux-fietsdag die "
            "het Secretariaat-Generaal samen met de Provincie Limburg hield.",
            "event/benelux-fietsdag",
            "working-group/benelux-netwerk-fietspaden",
            "organisation/provincie-limburg",
        ),
    ],
)
def test_a_relative_clause_speaks_of_its_antecedent(
    text: str, group: str, other: str, member: str
) -> None:
    found = participants(text)
    assert (group, member) in found
    assert (other, member) not in found


# Members with a verb that names no group, or a member state represented by a body: the group
# the text is about (the subject of the sentences before, past pronouns and member lists).
@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "Vandaag werd het Benelux-platform Exoten gelanceerd. Het valt onder het "
            "Directiecomité Leefmilieu. Noordrijn-Westfalen en de Région Grand Est sluiten "
            "zich als partner aan. Rijkswaterstaat doet mee waar het om rivierkreeften gaat.",
            "working-group/benelux-platform-exoten",
            {"region/noordrijn-westfalen", "region/grand-est", "organisation/rijkswaterstaat"},
        ),
        (
            "De Benelux-werkgroep Kinderopvang ressorteert onder het Directiecomité Sociale "
            "Zaken. Zitting hebben het Agentschap Opgroeien en de Dienst Toeslagen. Nederland "
            "is vertegenwoordigd door het Ministerie van Sociale Zaken en Werkgelegenheid, "
            "dat de werkgroep voorzit.",
            "working-group/benelux-werkgroep-kinderopvang",
            {"country/nederland", "organisation/ministerie-van-sociale-zaken-en-werkgelegenheid"},
        ),
        (
            "Het Benelux-netwerk Drugs werd in 2024 opgericht. Het netwerk vergadert twee keer "
            "per jaar. De Federale Politie en de Nationale Politie doen sinds 2025 mee.",
            "working-group/benelux-netwerk-drugs",
            {"organisation/federale-politie", "organisation/nationale-politie"},
        ),
    ],
)
def test_members_of_the_group_the_text_is_about(text: str, group: str, members: set[str]) -> None:
    assert {(group, m) for m in members} <= participants(text)


@pytest.mark.parametrize(
    "text",
    [
        # The sentences before are about a body, not a group.
        "Het Secretariaat-Generaal vergaderde in Brussel over de drugsbestrijding. De "
        "Federale Politie en de Nationale Politie doen mee.",
        # Not (yet) taking part.
        "Het Benelux-netwerk Drugs werd in 2024 opgericht. De Federale Politie doet nog niet mee.",
    ],
)
def test_members_without_a_topic_group_give_nothing(text: str) -> None:
    assert participants(text) == set()


# "Namens X sprak/lichtte/gaf ... Y": X takes part in the meeting named last.
@pytest.mark.parametrize(
    ("text", "meeting", "body"),
    [
        (
            "De Benelux-exotendag vond plaats in Maastricht. Namens Noordrijn-Westfalen sprak "
            "minister Oliver Krischer over de Aziatische hoornaar.",
            "event/benelux-exotendag",
            "region/noordrijn-westfalen",
        ),
        (
            "De Benelux-exotendag vond plaats in Maastricht. Namens het Secretariaat-Generaal "
            "gaf mevrouw Liesbeth Claes een overzicht van de stand van zaken.",
            "event/benelux-exotendag",
            "institution/secretariaat-generaal",
        ),
        (
            "De Benelux-exotendag vond plaats in Maastricht. Namens de Grande Région lichtte "
            "de heer Marc Thill de studie toe.",
            "event/benelux-exotendag",
            "region/grande-region",
        ),
    ],
)
def test_speaking_on_behalf_of_a_body_at_a_meeting(text: str, meeting: str, body: str) -> None:
    assert (meeting, body) in participants(text)


def test_on_behalf_without_a_meeting_gives_nothing() -> None:
    text = "Namens de Grande Région lichtte de heer Marc Thill de studie toe."
    assert participants(text) == set()


def test_seats_list_past_an_abbreviation_and_an_adjective() -> None:
    text = (
        "De Benelux-werkgroep Kinderopvang ressorteert onder het Directiecomité Sociale Zaken. "
        "Zitting hebben het Agentschap Opgroeien (AO), de Dienst Toeslagen en het "
        "Luxemburgse Ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse."
    )
    found = participants(text)
    group = "working-group/benelux-werkgroep-kinderopvang"
    assert (group, "organisation/agentschap-opgroeien") in found
    assert any(g == group and "ministere" in m for g, m in found)
