"""Round 23: relations as set S showed them. A relative clause with a first verb before its
verb of belonging ("die in 2027 werd opgericht en deel uitmaakt van"), a demonstrative for a
parent ("Dat directiecomité rapporteert aan"), "; dat rapporteert aan" after a parent, a
meeting's venue ("de plenaire zitting in de Senaat"), "Zij werkt samen met" after a list of
partners, and a bare "is toegetreden" after a declaration. Every text is made up."""

from __future__ import annotations

import pytest

from extract_helpers import COOPERATES, PARTICIPANT, SUB, facts


# A relative clause whose first verb is another: "die in 2027 werd opgericht en deel uitmaakt
# van het Directiecomité X". The parent, and the members after it are the group's.
@pytest.mark.parametrize(
    ("text", "group", "parent", "member"),
    [
        (
            "De voorbereiding gebeurt in de Benelux-werkgroep Grafrechten, die in 2026 werd "
            "opgericht en deel uitmaakt van het Directiecomité Justitie en Binnenlandse Zaken. "
            "De andere leden zijn de Service public de Wallonie en het Ministerie van Binnenlandse "
            "Zaken en Koninkrijksrelaties.",
            "benelux-werkgroep-grafrechten",
            "directiecomite-justitie-en-binnenlandse-zaken",
            "service-public-de-wallonie",
        ),
        (
            "Het werk ligt bij de Benelux-werkgroep Veemarkten, die sinds 2025 bestaat en deel "
            "uitmaakt van het Directiecomité Landbouw en Voedselveiligheid. De Duitstalige "
            "Gemeenschap volgt het werk als waarnemer.",
            "benelux-werkgroep-veemarkten",
            "directiecomite-landbouw-en-voedselveiligheid",
            "duitstalige-gemeenschap",
        ),
        (
            "De Benelux-werkgroep Nachtlawaai, die vorig jaar begon en valt onder het "
            "Directiecomité Leefmilieu, vergaderde drie keer. Leefmilieu Brussel neemt als "
            "waarnemer deel.",
            "benelux-werkgroep-nachtlawaai",
            "directiecomite-leefmilieu",
            "leefmilieu-brussel",
        ),
    ],
)
def test_second_verb_of_a_relative_clause_names_the_parent(
    text: str, group: str, parent: str, member: str
) -> None:
    assert (f"working-group/{group}", f"working-group/{parent}") in facts(text, SUB)
    members = facts(text, PARTICIPANT)
    assert any(o.endswith(member) for s, o in members if s == f"working-group/{group}")
    assert not any(s == f"working-group/{parent}" for s, _ in members)


def test_a_first_verb_alone_names_no_parent() -> None:
    # "opgericht door" the Committee: a founder, no parent, and no "en deel uitmaakt van".
    text = (
        "De Benelux-werkgroep Grafrechten, die in 2026 werd opgericht en sindsdien drie keer "
        "vergaderde, bereidt een aanbeveling voor. Het Directiecomité Justitie en "
        "Binnenlandse Zaken bespreekt die in juni."
    )
    assert not facts(text, SUB)


# A demonstrative for the parent just named: "Dat directiecomité rapporteert aan het College".
@pytest.mark.parametrize(
    ("text", "parent"),
    [
        (
            "De werkgroep X is de Benelux-werkgroep Grafrechten, die deel uitmaakt van het "
            "Directiecomité Justitie en Binnenlandse Zaken. Dat directiecomité rapporteert aan "
            "het College van Secretarissen-Generaal.",
            "directiecomite-justitie-en-binnenlandse-zaken",
        ),
        (
            "De Benelux-werkgroep Veemarkten valt onder het Directiecomité Landbouw en "
            "Voedselveiligheid. Dit directiecomité rapporteert jaarlijks aan het College van "
            "Secretarissen-Generaal.",
            "directiecomite-landbouw-en-voedselveiligheid",
        ),
        (
            "De Benelux-werkgroep Lichthinder ressorteert onder het Directiecomité Leefmilieu; "
            "dat rapporteert op zijn beurt aan het College van Secretarissen-Generaal.",
            "directiecomite-leefmilieu",
        ),
    ],
)
def test_the_parent_pointed_back_to_reports_to_the_college(text: str, parent: str) -> None:
    assert (f"working-group/{parent}", "institution/college-van-secretarissen-generaal") in (
        facts(text, SUB)
    )


def test_an_article_points_at_the_group_spoken_of() -> None:
    # "Het directiecomité" with no demonstrative: the parent named just before stays out.
    text = (
        "De Benelux-werkgroep Veemarkten valt onder het Directiecomité Landbouw en "
        "Voedselveiligheid. De werkgroep rapporteert jaarlijks aan het College van "
        "Secretarissen-Generaal."
    )
    assert (
        "working-group/directiecomite-landbouw-en-voedselveiligheid",
        "institution/college-van-secretarissen-generaal",
    ) not in facts(text, SUB)


# A venue after a meeting: no participant.
@pytest.mark.parametrize(
    "text",
    [
        "Het Beneluxparlement heeft tijdens zijn plenaire zitting in de Senaat aanbeveling "
        "1010/2 over grenspendel aangenomen.",
        "Het Beneluxparlement heeft op 3 juni 2028, tijdens de plenaire zitting in het "
        "Vlaams Parlement, aanbeveling 1011/2 over kinderopvang aangenomen.",
        "Tijdens de zitting in de Tweede Kamer heeft het Beneluxparlement aanbeveling 1012/2 "
        "over waterbeheer aangenomen.",
    ],
)
def test_the_house_a_session_is_held_in_takes_no_part(text: str) -> None:
    objects = {o for _, o in facts(text, PARTICIPANT)}
    assert not any(o.endswith(("senaat", "vlaams-parlement", "tweede-kamer")) for o in objects)


def test_a_seat_in_a_group_is_still_read() -> None:
    text = (
        "De Benelux-werkgroep Grafrechten werd in 2026 opgericht. Het Departement Omgeving "
        "heeft zitting in de werkgroep."
    )
    assert ("working-group/benelux-werkgroep-grafrechten", "organisation/departement-omgeving") in (
        facts(text, PARTICIPANT)
    )


# "X, Y en Z zijn als partner toegetreden. Zij werkt samen met W": a singular verb is the group's.
@pytest.mark.parametrize(
    ("text", "group", "partner"),
    [
        (
            "De Benelux-taskforce Glasvezel brengt de toezichthouders bijeen. Proximus, KPN en "
            "POST Luxembourg zijn als partner toegetreden. Zij werkt nauw samen met de "
            "Werkgroep Mobiele Connectiviteit.",
            "working-group/benelux-taskforce-glasvezel",
            "working-group/werkgroep-mobiele-connectiviteit",
        ),
        (
            "De Benelux-werkgroep Veemarkten kwam in 2028 vier keer bijeen. Het Departement "
            "Omgeving en de Service public de Wallonie traden toe. Ze werkte daarbij samen met "
            "de Euregio Maas-Rijn.",
            "working-group/benelux-werkgroep-veemarkten",
            "organisation/euregio-maas-rijn",
        ),
        (
            "De Benelux-werkgroep Nachtlawaai startte in 2027. Leefmilieu Brussel, het "
            "Departement Omgeving en de Service public de Wallonie nemen deel. Zij werkt sinds "
            "2028 samen met de Euregio Maas-Rijn.",
            "working-group/benelux-werkgroep-nachtlawaai",
            "organisation/euregio-maas-rijn",
        ),
    ],
)
def test_she_works_with_is_the_group_not_the_first_of_a_list(
    text: str, group: str, partner: str
) -> None:
    found = facts(text, COOPERATES)
    assert (group, partner) in found
    assert {s for s, _ in found} == {group}


def test_she_after_one_subject_is_that_subject() -> None:
    text = (
        "De Benelux-werkgroep Veemarkten kwam in 2028 bijeen. Het Departement Omgeving voert "
        "de controles uit. Zij werkt daarbij samen met de Euregio Maas-Rijn."
    )
    found = facts(text, COOPERATES)
    assert ("working-group/benelux-werkgroep-veemarkten", "organisation/euregio-maas-rijn") not in (
        found
    )


# A bare "is toegetreden" after a declaration: the declaration, not a group named before it.
@pytest.mark.parametrize(
    ("text", "joiner"),
    [
        (
            "De Benelux-werkgroep Veemarkten bereidt de controles voor.\n\n"
            "Op 12 maart 2029 ondertekenden Nederland en Luxemburg een intentieverklaring over "
            "veevervoer bij hitte. Het Brussels Hoofdstedelijk Gewest is op 2 april 2029 "
            "toegetreden.",
            "organisation/brussels-hoofdstedelijk-gewest",
        ),
        (
            "De Benelux-taskforce Militaire Mobiliteit rapporteert aan het College van "
            "Secretarissen-Generaal. België en Nederland ondertekenden in mei een "
            "intentieverklaring over militaire corridors. Luxemburg is in juni toegetreden.",
            "country/luxemburg",
        ),
        (
            "De Benelux-werkgroep Grafrechten vergadert twee keer per jaar. In 2027 sloten "
            "Vlaanderen en Wallonië een samenwerkingsakkoord over grafrechten. Het Brussels "
            "Hoofdstedelijk Gewest is later toegetreden.",
            "organisation/brussels-hoofdstedelijk-gewest",
        ),
    ],
)
def test_a_bare_accession_joins_the_declaration_named_last(text: str, joiner: str) -> None:
    found = facts(text, PARTICIPANT)
    assert not any(o == joiner and s.startswith("working-group/") for s, o in found)
    assert any(o == joiner and s.startswith("instrument/") for s, o in found)


def test_a_bare_accession_after_a_group_joins_the_group() -> None:
    text = (
        "Nederland en Luxemburg ondertekenden een intentieverklaring over veevervoer bij hitte. "
        "De uitvoering ligt bij de Benelux-werkgroep Veemarkten. Het Brussels Hoofdstedelijk "
        "Gewest is op 2 april 2029 toegetreden."
    )
    found = facts(text, PARTICIPANT)
    brussels = "organisation/brussels-hoofdstedelijk-gewest"
    assert not any(o == brussels and s.startswith("instrument/") for s, o in found)
