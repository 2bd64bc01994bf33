"""Round 36: cooperation, parent bodies and dates audited for breadth.

Every sentence here is made up. Each construction has three or more variants that the
extractor missed before this round, and a negative; the negatives that passed before too are
marked so in their docstrings.
"""

from __future__ import annotations

import pytest

from extract_helpers import dates, parents, partners

SG = "institution/secretariaat-generaal"
PARLIAMENT = "institution/benelux-parlement"
EUROPOL = "organisation/europol"
EUROJUST = "organisation/eurojust"
NORDIC = "organisation/noordse-raad"
DRONES = "working-group/benelux-werkgroep-drones"
FIETS = "working-group/benelux-werkgroep-fiets"
DIRECTORATE = "working-group/directiecomite-verkeer-en-vervoer"
COLLEGE = "institution/college-van-secretarissen-generaal"
M_2025_14 = "instrument/m-2025-14"


# -- cooperation: joint work "X <verb> samen met Y ..." ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Het Secretariaat-Generaal stelt samen met Europol een risicoanalyse op.",
        "Het Secretariaat-Generaal stelde samen met Europol een handleiding op.",
        "Het Secretariaat-Generaal voert sinds vorig jaar samen met Europol controles uit.",
        "Het Secretariaat-Generaal ontwikkelt samen met Europol een gezamenlijk meldformulier.",
        "Het Secretariaat-Generaal bereidt samen met Europol een studiedag voor.",
        "Het Secretariaat-Generaal verkent samen met Europol de mogelijkheden.",
    ],
)
def test_joint_work_with_a_partner(sentence: str) -> None:
    assert (SG, EUROPOL) in partners(sentence)


def test_organising_together_is_no_cooperation() -> None:
    """Co-organisers take part in the event (the gold's convention), no partnership.
    Passed before this round too."""
    assert not partners("Het Secretariaat-Generaal organiseert samen met Europol een congres.")


# -- cooperation: a relative clause "X, waarmee Y samenwerkt" ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "De Noordse Raad, waarmee het Benelux Parlement al lang samenwerkt, was aanwezig.",
        "Zij wees op de Noordse Raad, waarmee het Benelux Parlement in dit dossier samenwerkt.",
        "De Noordse Raad, waarmee het Benelux Parlement sinds 2011 nauw heeft samengewerkt, "
        "stuurde een delegatie.",
    ],
)
def test_partner_before_waarmee(sentence: str) -> None:
    assert (PARLIAMENT, NORDIC) in partners(sentence)


def test_waarmee_negated_or_wished() -> None:
    """No cooperation stated (passed before this round too)."""
    assert not partners("De Noordse Raad, waarmee het Benelux Parlement niet samenwerkt, zweeg.")
    assert not partners(
        "De Noordse Raad, waarmee het Benelux Parlement wil samenwerken, reageerde nog niet."
    )


# -- cooperation: genitive subject, "samenwerkingsverband", "in partnerschap met", "Ook met" --


@pytest.mark.parametrize(
    "sentence",
    [
        "De samenwerking van het Secretariaat-Generaal met Europol wordt voortgezet.",
        "De samenwerking van het Secretariaat-Generaal met Europol is in 2024 geïntensiveerd.",
        "Het Secretariaat-Generaal heeft een samenwerkingsverband met Europol.",
        "Het Secretariaat-Generaal werkt in partnerschap met Europol aan een analyse.",
        "Ook met Europol werkt het Secretariaat-Generaal samen.",
        "Ook met Europol werkt het Secretariaat-Generaal sinds 2020 nauw samen.",
    ],
)
def test_cooperation_nouns_and_fronted_partner(sentence: str) -> None:
    assert (SG, EUROPOL) in partners(sentence)


def test_genitive_coordinated_partners() -> None:
    found = partners(
        "De samenwerking van het Secretariaat-Generaal met Europol en Eurojust wordt voortgezet."
    )
    assert {(SG, EUROPOL), (SG, EUROJUST)} <= found


def test_cooperation_only_wished_for() -> None:
    """A wish states no cooperation (the gold's "wil zich daarbij aansluiten" is no
    participation either). Failed before this round: "wil samenwerken met" was read."""
    assert not partners("Het Secretariaat-Generaal wil samenwerken met Europol.")
    assert not partners("Het Secretariaat-Generaal wenst samen te werken met Europol.")
    assert not partners("Het Secretariaat-Generaal hoopt op een samenwerking met Europol.")
    assert not partners(
        "De werkgroep Cybercrime kwam in mei bijeen. De werkgroep wil vanaf 2026 samenwerken "
        "met Europol en Eurojust."
    )


def test_genitive_without_a_body() -> None:
    """The subject of the genitive is no body (passed before this round too)."""
    assert not partners("De samenwerking van de drie landen met Europol wordt voortgezet.")


# -- parent bodies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "De Benelux-werkgroep Drones werkt onder de bevoegdheid van het Directiecomité "
        "Verkeer en Vervoer.",
        "De Benelux-werkgroep Drones staat onder het gezag van het Directiecomité Verkeer "
        "en Vervoer.",
        "De Benelux-werkgroep Drones staat onder toezicht van het Directiecomité Verkeer en "
        "Vervoer.",
        "De Benelux-werkgroep Drones werkt onder de koepel van het Directiecomité Verkeer en "
        "Vervoer.",
        "De Benelux-werkgroep Drones werkt onder de vleugel van het Directiecomité Verkeer en "
        "Vervoer.",
    ],
)
def test_under_the_authority_of(sentence: str) -> None:
    assert (DRONES, DIRECTORATE) in parents(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De Benelux-werkgroep Drones is actief binnen het Directiecomité Verkeer en Vervoer.",
        "De Benelux-werkgroep Drones behoort tot het Directiecomité Verkeer en Vervoer.",
        "De Benelux-werkgroep Drones is sinds 2024 ondergeschikt aan het Directiecomité "
        "Verkeer en Vervoer.",
        "De Benelux-werkgroep Drones is een van de werkgroepen van het Directiecomité "
        "Verkeer en Vervoer.",
        "De Benelux-werkgroep Drones werd in de schoot van het Directiecomité Verkeer en "
        "Vervoer opgericht.",
        "In de schoot van het Directiecomité Verkeer en Vervoer werd de Benelux-werkgroep "
        "Drones opgericht.",
    ],
)
def test_more_verbs_of_belonging(sentence: str) -> None:
    assert (DRONES, DIRECTORATE) in parents(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het Directiecomité Verkeer en Vervoer, waaronder de Benelux-werkgroep Drones valt, "
        "vergaderde in Brussel.",
        "Het Directiecomité Verkeer en Vervoer, waaronder ook de Benelux-werkgroep Drones "
        "ressorteert, vergaderde.",
        "Zij sprak over het Directiecomité Verkeer en Vervoer, waaronder de Benelux-werkgroep "
        "Drones en de Benelux-werkgroep Fiets vallen.",
    ],
)
def test_relative_waaronder(sentence: str) -> None:
    assert (DRONES, DIRECTORATE) in parents(sentence)


def test_relative_waaronder_coordinated() -> None:
    found = parents(
        "Het Directiecomité Verkeer en Vervoer, waaronder de Benelux-werkgroep Drones en de "
        "Benelux-werkgroep Fiets vallen, vergaderde."
    )
    assert {(DRONES, DIRECTORATE), (FIETS, DIRECTORATE)} <= found


def test_waaronder_as_including_is_no_parent() -> None:
    """ "waaronder" without a verb of belonging means "including" (passed before too)."""
    assert not parents(
        "Het Directiecomité Verkeer en Vervoer, waaronder de Benelux-werkgroep Drones, vergaderde."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "De Benelux-werkgroep Drones valt niet onder het Directiecomité Verkeer en Vervoer.",
        "De Benelux-werkgroep Drones valt sinds 2024 niet meer onder het Directiecomité "
        "Verkeer en Vervoer.",
        "De Benelux-werkgroep Drones rapporteert niet aan het College van Secretarissen-Generaal.",
    ],
)
def test_denied_parent(sentence: str) -> None:
    """A denied verb of belonging gives no parent; the first and the third were read as
    parents before this round (the second, with "sinds 2024 niet meer", was not)."""
    assert not parents(sentence)


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Beschikking M (2025) 14 van 8/12/2025 betreft de erkenning van diploma's.",
        "Beschikking M (2025) 14 van 8 dec 2025 betreft de erkenning van diploma's.",
        "Beschikking M (2025) 14 van 8 dec. 2025 betreft de erkenning van diploma's.",
        "Beschikking M (2025) 14 de dato 8 december 2025 betreft de erkenning van diploma's.",
        "Beschikking M (2025) 14, gedateerd 8 december 2025, betreft de erkenning van diploma's.",
        "Beschikking M (2025) 14 (8 december 2025) betreft de erkenning van diploma's.",
    ],
)
def test_more_date_forms(sentence: str) -> None:
    assert (M_2025_14, "2025-12-08") in dates(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De intentieverklaring over drones (8 december 2025) loopt tot 2030.",
        "De intentieverklaring over drones, gedateerd op 8 december 2025, loopt tot 2030.",
        "De intentieverklaring over drones, de dato 8 december 2025, loopt tot 2030.",
    ],
)
def test_dated_declaration(sentence: str) -> None:
    assert ("instrument/intentieverklaring-over-drones", "2025-12-08") in dates(sentence)


def test_entry_into_force_is_no_document_date() -> None:
    """Entry into force dates no document (passed before this round too)."""
    assert not dates("Beschikking M (2025) 14 is in werking getreden op 1 januari 2026.")
    assert not dates("Beschikking M (2025) 14 is van toepassing met ingang van 1 januari 2026.")
    assert not dates("De intentieverklaring over drones (8 december) loopt tot 2030.")


# -- a body named again by its head word alone ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het Landesamt für Verbraucherschutz und Ernährung schuift als waarnemer aan. De NVWA "
        "voert sinds vorig jaar samen met het Landesamt controles uit.",
        "Het Bundesamt für Seeschifffahrt und Hydrographie schuift als waarnemer aan. De NVWA "
        "werkt sinds vorig jaar samen met het Bundesamt.",
        "Het Fachzentrum Bienen und Imkerei Mayen schuift als gast aan. De NVWA werkt samen "
        "met het Fachzentrum.",
    ],
)
def test_no_partner_read_from_a_head_word_alone(text: str) -> None:
    """ "het Landesamt" after "het Landesamt für ..." is a short form the entities do not
    resolve (they mint a body "Landesamt"): no relation to that wrong body. The first case
    passed before this round (the joint-work verb was not read), the others failed."""
    found = partners(text)
    assert not any(
        o in {"organisation/landesamt", "organisation/bundesamt", "organisation/fachzentrum"}
        for _, o in found
    )


# -- a national unit of a ministry, and a numbered decision dated by a year -------------------


@pytest.mark.parametrize(
    ("text", "unit", "ministry"),
    [
        (
            "Het NCSC is een dienst van het ministerie van Justitie en Veiligheid.",
            "organisation/nationaal-cyber-security-centrum",
            "organisation/ministerie-van-justitie-en-veiligheid",
        ),
        (
            "Het NCSC is een agentschap van het ministerie van Justitie en Veiligheid.",
            "organisation/nationaal-cyber-security-centrum",
            "organisation/ministerie-van-justitie-en-veiligheid",
        ),
        (
            "De Rijksdienst voor Ondernemend Nederland is een agentschap van het ministerie van "
            "Economische Zaken en Klimaat.",
            "organisation/rijksdienst-voor-ondernemend-nederland",
            "organisation/ministerie-van-economische-zaken-en-klimaat",
        ),
    ],
)
def test_a_service_of_a_ministry(text: str, unit: str, ministry: str) -> None:
    assert (unit, ministry) in parents(text)


def test_no_service_of_a_ministry() -> None:
    """Denied (passed before this round too)."""
    assert not parents("Het NCSC is geen dienst van het ministerie van Justitie en Veiligheid.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Beschikking M (2025) 14 werd in 2025 vastgesteld.",
        "Het Comité stelde Beschikking M (2025) 14 in 2025 vast.",
        "In 2025 keurde het Comité van Ministers Beschikking M (2025) 14 goed.",
    ],
)
def test_numbered_decision_dated_by_a_year(sentence: str) -> None:
    assert (M_2025_14, "2025") in dates(sentence)


def test_numbered_decision_and_a_month() -> None:
    """A month with its year is no year stated alone (passed before this round too)."""
    assert not dates("Beschikking M (2025) 14 werd in december 2025 vastgesteld.")


# -- joining forces ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Het Secretariaat-Generaal en Europol bundelen hun krachten.", {(SG, EUROPOL)}),
        ("Het Secretariaat-Generaal bundelt de krachten met Europol.", {(SG, EUROPOL)}),
        (
            "Het Secretariaat-Generaal bundelde in 2024 de krachten met Europol en Eurojust.",
            {(SG, EUROPOL), (SG, EUROJUST)},
        ),
        (
            "Europol en Eurojust bundelen sinds 2024 hun krachten tegen drugscriminaliteit.",
            {(EUROPOL, EUROJUST)},
        ),
    ],
)
def test_joining_forces(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= partners(sentence)


def test_joining_forces_inside_a_group_or_denied() -> None:
    """Members of one group, and a denial: no partners (passed before this round too)."""
    assert not partners("In de werkgroep bundelen Europol en Eurojust hun krachten.")
    assert not partners("Het Secretariaat-Generaal bundelt de krachten niet met Europol.")
