"""Round 21: participation, cooperation and parent bodies in constructions set M showed."""

from __future__ import annotations

import pytest

from extract_helpers import parents, participants, partners


# "legt/brengt verslag uit/af aan": the body reported to is the parent.
@pytest.mark.parametrize(
    ("text", "group", "parent"),
    [
        (
            "De Benelux-werkgroep Gelijke Kansen legt jaarlijks verslag uit aan het College "
            "van Secretarissen-Generaal.",
            "working-group/benelux-werkgroep-gelijke-kansen",
            "institution/college-van-secretarissen-generaal",
        ),
        (
            "Het Benelux-netwerk Voedselveiligheid legde in 2025 verslag af aan het "
            "Directiecomité Interne Markt.",
            "working-group/benelux-netwerk-voedselveiligheid",
            "working-group/directiecomite-interne-markt",
        ),
        (
            "De Benelux-werkgroep Binnenvaart brengt elk jaar verslag uit aan het College van "
            "Secretarissen-Generaal.",
            "working-group/benelux-werkgroep-binnenvaart",
            "institution/college-van-secretarissen-generaal",
        ),
    ],
)
def test_reporting_with_a_noun_names_the_parent(text: str, group: str, parent: str) -> None:
    assert (group, parent) in parents(text)


# "X, Y en Z vormen de kern van de werkgroep": the core members take part.
@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "De Benelux-werkgroep Gelijke Kansen werd in 2020 opgericht. De drie organen – "
            "Unia, het College voor de Rechten van de Mens en het Instituut voor de gelijkheid "
            "van vrouwen en mannen – vormen de kern van de werkgroep.",
            "working-group/benelux-werkgroep-gelijke-kansen",
            {"organisation/unia", "organisation/college-voor-de-rechten-van-de-mens"},
        ),
        (
            "Het Benelux-netwerk Voedselveiligheid is in 2020 opgericht. Het FAVV en de NVWA "
            "vormen sinds de oprichting de kern van het netwerk.",
            "working-group/benelux-netwerk-voedselveiligheid",
            {
                "organisation/federaal-agentschap-voor-de-veiligheid-van-de-voedselketen",
                "organisation/nederlandse-voedsel-en-warenautoriteit",
            },
        ),
        (
            "De Benelux-werkgroep Kansspelen werd in 2026 opgericht. De kern van de werkgroep "
            "vormen de Kansspelautoriteit en de Kansspelcommissie.",
            "working-group/benelux-werkgroep-kansspelen",
            {"organisation/kansspelautoriteit", "organisation/kansspelcommissie"},
        ),
    ],
)
def test_the_core_of_a_group_takes_part(text: str, group: str, members: set[str]) -> None:
    found = participants(text)
    assert {(group, m) for m in members} <= found


def test_the_core_of_a_cooperation_is_no_member() -> None:
    text = (
        "De Benelux-werkgroep Kansspelen werd in 2026 opgericht. De kern van de samenwerking "
        "is het Benelux-Verdrag."
    )
    assert not participants(text)


# "X woont de vergaderingen als waarnemer bij": the meetings of the group spoken of.
@pytest.mark.parametrize(
    "text",
    [
        "De Benelux-werkgroep Gelijke Kansen werd in 2020 opgericht. De Noordse Raad van "
        "Ministers woont de vergaderingen als waarnemer bij.",
        "De Benelux-werkgroep Gelijke Kansen werd in 2020 opgericht. De Noordse Raad van "
        "Ministers woonde in 2024 de bijeenkomsten als waarnemer bij.",
        "De Benelux-werkgroep Gelijke Kansen werd in 2020 opgericht. De Noordse Raad van "
        "Ministers woont sinds 2023 de werkzaamheden als waarnemer bij.",
    ],
)
def test_attending_the_meetings_of_a_group(text: str) -> None:
    found = participants(text)
    assert (
        "working-group/benelux-werkgroep-gelijke-kansen",
        "organisation/noordse-raad-van-ministers",
    ) in found


def test_attending_the_meetings_of_another_body_is_not_taking_part_in_the_group() -> None:
    text = (
        "Het Benelux-netwerk Voedselveiligheid is in 2020 opgericht. Frankrijk woonde de "
        "vergaderingen van het Comité van Ministers bij."
    )
    assert not any(o == "country/frankrijk" for _, o in participants(text))


# "X heeft haar deelname bevestigd": to the meeting named last.
@pytest.mark.parametrize(
    ("text", "meeting", "body"),
    [
        (
            "Op 25 november 2027 organiseert het Secretariaat-Generaal de Benelux-conferentie "
            "Grenzeloos Veilig. De Europese Commissie heeft haar deelname bevestigd; EIGE is "
            "gevraagd een spreker te sturen.",
            "event/benelux-conferentie-grenzeloos-veilig",
            "organisation/europese-commissie",
        ),
        (
            "In maart vindt de Benelux-top over energie plaats. Frankrijk en Duitsland hebben "
            "hun deelname inmiddels toegezegd.",
            "event/benelux-top-over-energie",
            "country/duitsland",
        ),
        (
            "De Benelux-conferentie Slimme Mobiliteit vindt op 3 juni 2026 plaats. Ook de "
            "Europese Commissie bevestigde haar deelname.",
            "event/benelux-conferentie-slimme-mobiliteit",
            "organisation/europese-commissie",
        ),
    ],
)
def test_confirmed_participation_in_the_last_meeting(text: str, meeting: str, body: str) -> None:
    assert (meeting, body) in participants(text)


def test_participation_not_yet_confirmed() -> None:
    text = (
        "De Benelux-conferentie Slimme Mobiliteit vindt op 3 juni 2026 plaats. De Europese "
        "Commissie heeft haar deelname nog niet bevestigd."
    )
    assert not any(o == "organisation/europese-commissie" for _, o in participants(text))


# "X schuift aan wanneer ...": joining the table under a condition of time is taking part.
@pytest.mark.parametrize(
    ("second", "body"),
    [
        (
            "De Inspectie Leefomgeving en Transport (ILT) schuift aan wanneer handhaving op de "
            "agenda staat.",
            "organisation/inspectie-leefomgeving-en-transport",
        ),
        (
            "Europol neemt deel zodra grensoverschrijdende zaken worden besproken.",
            "organisation/europol",
        ),
        (
            "De Inspectie Leefomgeving en Transport schuift aan indien inspecties worden gepland.",
            "organisation/inspectie-leefomgeving-en-transport",
        ),
    ],
)
def test_joining_under_a_condition_of_time(second: str, body: str) -> None:
    text = (
        "In de Benelux-werkgroep Binnenvaart hebben Rijkswaterstaat en De Vlaamse Waterweg "
        "zitting. " + second
    )
    assert ("working-group/benelux-werkgroep-binnenvaart", body) in participants(text)


# "X en Y oefenen samen", "X oefent samen met Y": exercising together is cooperating.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "De Bezirksregierung Münster en de Veiligheidsregio Twente oefenen jaarlijks samen "
            "rond de fabriek in Gronau.",
            ("organisation/bezirksregierung-munster", "organisation/veiligheidsregio-twente"),
        ),
        (
            "Sinds 2022 oefenen de Veiligheidsregio Zuid-Limburg en de Provinz Lüttich samen.",
            ("organisation/veiligheidsregio-zuid-limburg", "organisation/provinz-luttich"),
        ),
        (
            "De Veiligheidsregio Twente oefent sinds 2020 samen met de Bezirksregierung Münster.",
            ("organisation/veiligheidsregio-twente", "organisation/bezirksregierung-munster"),
        ),
    ],
)
def test_exercising_together_is_cooperation(text: str, pair: tuple[str, str]) -> None:
    assert pair in partners(text)


def test_exercising_together_inside_a_group_is_no_partnership() -> None:
    text = "In het Benelux-netwerk Crisisbeheersing oefenen het NCCN en de NCTV samen."
    assert not partners(text)


# A heading glued to the sentence after it does not hide the sentence's subject.
def test_a_heading_line_before_the_subject_of_cooperation() -> None:
    text = (
        "Met deze brief doe ik die toezegging gestand.\n\n"
        "Samenwerking tussen de toezichthouders\n"
        "De Autoriteit Nucleaire Veiligheid en Stralingsbescherming (ANVS) werkt al lange tijd "
        "samen met het Belgische Federaal Agentschap voor Nucleaire Controle (FANC)."
    )
    assert (
        "organisation/autoriteit-nucleaire-veiligheid-en-stralingsbescherming",
        "organisation/federaal-agentschap-voor-nucleaire-controle",
    ) in partners(text)


# "Dat doet sinds 2025 ook X", "X doet dat ook", "Hetzelfde deden ook X en Y".
@pytest.mark.parametrize(
    ("second", "joined"),
    [
        (
            "Dat doet sinds 2025 ook de Franse Autorité de sûreté nucléaire (ASN), die toezicht "
            "houdt op Chooz.",
            {"organisation/autorite-de-surete-nucleaire"},
        ),
        (
            "Het Luxemburgse Ministère des Finances (MdF) doet dat sinds 2024 ook.",
            {"organisation/ministere-des-finances"},
        ),
        (
            "Hetzelfde deden eerder ook Frankrijk en Duitsland.",
            {"country/frankrijk", "country/duitsland"},
        ),
    ],
)
def test_doing_what_the_sentence_before_said(second: str, joined: set[str]) -> None:
    text = "Aan de Benelux-werkgroep Stralingsbescherming nemen de ANVS en het FANC deel. " + second
    group = "working-group/benelux-werkgroep-stralingsbescherming"
    assert {(group, j) for j in joined} <= participants(text)


def test_not_doing_what_the_sentence_before_said() -> None:
    text = (
        "Aan de Benelux-werkgroep Kansspelen nemen de Kansspelautoriteit en de "
        "Kansspelcommissie deel. Frankrijk doet dat niet. Dat doet ook Duitsland nog niet."
    )
    found = {o for _, o in participants(text)}
    assert "country/frankrijk" not in found
    assert "country/duitsland" not in found


# "Klopt het dat X deelneemt?": a question, after the label of a written question.
@pytest.mark.parametrize(
    "question",
    [
        "Vraag 2\nKlopt het dat Frankrijk inmiddels aan de werkgroep deelneemt?",
        "Kunt u bevestigen dat Frankrijk aan de werkgroep deelneemt?",
        "Vraag 3: Neemt Frankrijk aan de werkgroep deel?",
    ],
)
def test_a_question_about_taking_part_states_nothing(question: str) -> None:
    text = (
        "De Benelux-werkgroep Kansspelen is in 2026 opgericht.\n\n" + question + "\n\n"
        "Antwoord 2\nNee. Frankrijk neemt niet aan de werkgroep deel. Duitsland neemt wel "
        "aan de werkgroep deel."
    )
    found = {o for _, o in participants(text)}
    assert "country/frankrijk" not in found
    assert "country/duitsland" in found


# "ondertekend door ... namens het Secretariaat-Generaal": the body signed for.
@pytest.mark.parametrize(
    "text",
    [
        "De Intentieverklaring over weerwaarschuwingen werd gisteren gepresenteerd. De "
        "verklaring werd ondertekend door de directeuren van het KNMI en door "
        "secretaris-generaal Frans Weekers namens het Secretariaat-Generaal.",
        "Het Benelux-samenwerkingsakkoord over drugsbeleid werd op 3 mei 2024 namens Nederland "
        "ondertekend door de minister en namens het Secretariaat-Generaal door de "
        "secretaris-generaal.",
        "De Intentieverklaring over weerwaarschuwingen werd gisteren gepresenteerd. De "
        "verklaring werd in Ukkel ondertekend door de directeur van het KMI, en door de "
        "secretaris-generaal namens het Secretariaat-Generaal.",
    ],
)
def test_signing_on_behalf_of_a_body_of_the_union(text: str) -> None:
    assert any(
        s.startswith("instrument/") and o == "institution/secretariaat-generaal"
        for s, o in participants(text)
    )


# "MeteoLux, de weerdienst van de Luxemburgse ANA (ANA)": the owner, by its abbreviation too.
def test_the_owner_in_an_apposition_with_a_nationality_signs_nothing() -> None:
    text = (
        "De Intentieverklaring over weerwaarschuwingen werd gisteren gepresenteerd. De "
        "verklaring werd ondertekend door de directeuren van het KNMI en MeteoLux, de "
        "weerdienst van de Luxemburgse Administration de la navigation aérienne (ANA)."
    )
    found = participants(text)
    assert any(o == "organisation/meteolux" for _, o in found)
    assert not any(o == "organisation/administration-de-la-navigation-aerienne" for _, o in found)


# Where a co-organised meeting is held is no organiser.
def test_the_place_of_a_co_organised_meeting_takes_no_part() -> None:
    text = (
        "Op 8 oktober 2027 volgt in Luxemburg de eerste Benelux-Klimaatdienstendag, die het "
        "Secretariaat-Generaal samen met de Grande Région organiseert."
    )
    found = participants(text)
    day = "event/benelux-klimaatdienstendag"
    assert (day, "region/grande-region") in found
    assert (day, "country/luxemburg") not in found
