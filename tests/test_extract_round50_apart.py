"""Round 50: participation stated apart from the group or meeting (group_tables.py,
attendance.py, relations/participation.py, members.py; patterns.toml).

Each construction read this round has made-up variants and a near-miss that must give nothing.
The breadth audit of the round is tests/test_extract_round50_audit.py.
"""

from __future__ import annotations

import pytest

from extract_helpers import PARTICIPANT, facts

DAY = "2031-05-04"
SG = "institution/secretariaat-generaal"
KBA = "organisation/kraftfahrt-bundesamt"
RDW = "organisation/rdw"
RWS = "organisation/rijkswaterstaat"
LANUK = "organisation/landesamt-fur-natur-umwelt-und-klima"
PARKING = "working-group/benelux-werkgroep-parkeerbeleid"
MINE_MEETING = "event/vergadering-benelux-werkgroep-mijnwater-2031-03-03"
MINUTES = "Verslag van de vergadering van de Benelux-werkgroep Mijnwater van 3 maart 2031\n\n"


def participants(text: str) -> set[tuple[str, str]]:
    return facts(text, PARTICIPANT, day=DAY)


# -- the secretariat of a group takes no part in it (sets P, S) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the clean text joins the two labelled lines
        "4.2 Benelux-werkgroep Parkeerbeleid\n\nDeelnemers: RDW, Kraftfahrt-Bundesamt.\n"
        "Secretariaat: Secretariaat-Generaal.\n",
        "Benelux-werkgroep Parkeerbeleid\n   Leden:          RDW, Kraftfahrt-Bundesamt\n"
        "   Secretariaat:   Secretariaat-Generaal\n",
        # a row of a table whose role says so
        "Tabel 2. Deelnemers aan de Benelux-werkgroep Parkeerbeleid\n\n"
        "| Organisatie | Rol |\n|---|---|\n| RDW | voorzitter |\n| Kraftfahrt-Bundesamt | lid |\n"
        "| Secretariaat-Generaal | secretariaat |\n",
        "Tabel 2. Deelnemers aan de Benelux-werkgroep Parkeerbeleid\n\n"
        "| Organisatie | Rol |\n|---|---|\n| RDW | voorzitter |\n| Kraftfahrt-Bundesamt | lid |\n"
        "| Secretariaat-Generaal | secretaris |\n",
    ],
)
def test_secretariat_is_no_member(text: str) -> None:
    found = participants(text)
    assert (PARKING, RDW) in found and (PARKING, KBA) in found
    assert (PARKING, SG) not in found


@pytest.mark.parametrize(
    "text",
    [
        # the label after a joined one is read on its own
        "4.2 Benelux-werkgroep Parkeerbeleid\n\nLeden: RDW.\nWaarnemer: Kraftfahrt-Bundesamt.\n",
        # "secretariaat" inside a name is no role ("Secretariaat-Generaal" chairs)
        "Tabel 2. Deelnemers aan de Benelux-werkgroep Parkeerbeleid\n\n"
        "| Organisatie | Rol |\n|---|---|\n| Secretariaat-Generaal | voorzitter |\n"
        "| RDW | lid |\n| Kraftfahrt-Bundesamt | waarnemer |\n",
    ],
)
def test_labels_and_rows_still_read(text: str) -> None:
    found = participants(text)
    assert (PARKING, RDW) in found and (PARKING, KBA) in found


def test_chairing_secretariat_in_a_table() -> None:
    text = (
        "Tabel 2. Deelnemers aan de Benelux-werkgroep Parkeerbeleid\n\n"
        "| Organisatie | Rol |\n|---|---|\n| Secretariaat-Generaal | voorzitter |\n"
        "| RDW | lid |\n"
    )
    assert (PARKING, SG) in participants(text)


# -- minutes: the invited who did not come ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        MINUTES + "Aanwezig: Rijkswaterstaat (voorzitter), Secretariaat-Generaal (secretariaat)\n"
        "Uitgenodigd maar niet aanwezig: LANUK\n",
        MINUTES + "Aanwezig:\nRijkswaterstaat (voorzitter)\nSecretariaat-Generaal (secretaris)\n\n"
        "Uitgenodigd maar niet aanwezig:\nLANUK\n",
        MINUTES + "Aanwezig:\n- Rijkswaterstaat (voorzitter)\n- Secretariaat-Generaal\n"
        "Uitgenodigd, doch verhinderd: LANUK\n",
    ],
)
def test_invited_but_absent(text: str) -> None:
    found = participants(text)
    assert (MINE_MEETING, RWS) in found and (MINE_MEETING, SG) in found
    assert not any(o == LANUK for _, o in found)


# -- "De volgende organisaties nemen deel:" and a list ----------------------------------------

CARE = "working-group/benelux-werkgroep-mantelzorg"
ZORG, AVIQ = "organisation/departement-zorg", "organisation/agence-pour-une-vie-de-qualite"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "3.4 Benelux-werkgroep Mantelzorg\n\nDe volgende organisaties nemen deel:\n"
            "• Departement Zorg\n• AViQ\n",
            {(CARE, ZORG), (CARE, AVIQ)},
        ),
        (
            "De Benelux-werkgroep Mantelzorg werd in 2029 opgericht. De volgende diensten namen "
            "aan de werkgroep deel:\n- het Departement Zorg;\n- het AViQ.\n",
            {(CARE, ZORG), (CARE, AVIQ)},
        ),
        (
            "De Benelux-conferentie Mijnwater vond op 3 mei 2031 plaats in Saarbrücken. De "
            "volgende regio's namen eraan deel:\n- het Saarland\n- Rijnland-Palts\n",
            {
                ("event/benelux-conferentie-mijnwater", "region/saarland"),
                ("event/benelux-conferentie-mijnwater", "region/rijnland-palts"),
            },
        ),
    ],
)
def test_the_following_take_part(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= participants(text)


@pytest.mark.parametrize(
    "text",
    [
        # invited, not taking part
        "3.4 Benelux-werkgroep Mantelzorg\n\nDe volgende organisaties werden uitgenodigd:\n"
        "• Departement Zorg\n• AViQ\n",
        # two groups compete for the list
        "De Benelux-werkgroep Mantelzorg en de Benelux-werkgroep Jeugdzorg werden in 2029 "
        "opgericht. De volgende organisaties nemen deel:\n• Departement Zorg\n• AViQ\n",
    ],
)
def test_the_following_without_one_referent(text: str) -> None:
    assert not any(o in {ZORG, AVIQ} for _, o in participants(text))


# -- "Betrokken partijen:" under a group's heading; a label after a list ---------------------

INSPECTION = "working-group/benelux-werkgroep-arbeidsinspectie"
NLA = "organisation/nederlandse-arbeidsinspectie"
ITM = "organisation/inspection-du-travail-et-des-mines"


@pytest.mark.parametrize(
    "text",
    [
        "3.2 De Benelux-werkgroep Arbeidsinspectie\n\nBetrokken partijen:\n"
        "• Nederlandse Arbeidsinspectie\n• Inspection du travail et des mines\n",
        "Benelux-werkgroep Arbeidsinspectie\n   Betrokken organisaties: Nederlandse "
        "Arbeidsinspectie, Inspection du travail et des mines\n",
    ],
)
def test_parties_involved(text: str) -> None:
    assert {(INSPECTION, NLA), (INSPECTION, ITM)} <= participants(text)


def test_parties_involved_without_a_group() -> None:
    text = (
        "3.2 Beschikking M (2031) 4 over arbeidsinspectie\n\nBetrokken partijen:\n"
        "• Nederlandse Arbeidsinspectie\n• Inspection du travail et des mines\n"
    )
    assert not any(o in {NLA, ITM} for _, o in participants(text))


NETWORK = "working-group/benelux-netwerk-grensoverschrijdende-zorg"
COMMISSION = "organisation/europese-commissie"


@pytest.mark.parametrize(
    "text",
    [
        "6.2 Benelux-netwerk Grensoverschrijdende Zorg\n\nLeden:\n- RIZIV\n"
        "- Zorginstituut Nederland\n\nWaarnemer: Europese Commissie\n",
        "6.2 Benelux-netwerk Grensoverschrijdende Zorg\n\nLeden:\n• RIZIV\n"
        "• Zorginstituut Nederland\nWaarnemers: Europese Commissie\n",
    ],
)
def test_label_after_a_list(text: str) -> None:
    found = participants(text)
    assert (NETWORK, COMMISSION) in found and (NETWORK, "organisation/riziv") in found


def test_label_under_a_heading_naming_no_group() -> None:
    text = (
        "6.2 Benelux-netwerk Grensoverschrijdende Zorg\n\nLeden:\n- RIZIV\n"
        "- Zorginstituut Nederland\n\nAndere fora\n- Benelux-overleg Zorg\n"
        "Waarnemer: Europese Commissie\n"
    )
    assert (NETWORK, COMMISSION) not in participants(text)


# -- an index entry's note line joined to its title line ------------------------------------

HYDROGEN = "working-group/benelux-werkgroep-waterstof"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "M (2031) 4\tBeschikking van het Comité van Ministers tot oprichting van een "
            "Benelux-werkgroep Waterstof ........ 17\n"
            "\tDeelnemers: België, Nederland, Luxemburg; waarnemer: Noordrijn-Westfalen.\n",
            {
                (HYDROGEN, "country/belgie"),
                (HYDROGEN, "country/luxemburg"),
                (HYDROGEN, "region/noordrijn-westfalen"),
            },
        ),
        (
            "M (2031) 12   Beschikking tot oprichting van de Benelux-werkgroep Waterstof,\n"
            "              d.d. 14.12.2031 ........................ 104\n"
            "\tLeden: CREG, ACM en ILR.\n",
            {
                (HYDROGEN, "organisation/creg"),
                (HYDROGEN, "organisation/autoriteit-consument-markt"),
            },
        ),
    ],
)
def test_note_line_after_the_page_number(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= participants(text)


def test_other_note_line_after_the_page_number() -> None:
    text = (
        "M (2031) 4\tBeschikking van het Comité van Ministers tot oprichting van een "
        "Benelux-werkgroep Waterstof ........ 17\n"
        "\tToepassing: België, Nederland, Luxemburg.\n"
    )
    assert not participants(text)


# -- chairs: a meeting by its kind; a body that holds the chair ------------------------------

CM_MEETING = "event/vergadering-comite-van-ministers-2031-06-12"
DRUGS = "working-group/benelux-werkgroep-drugs"
CRISIS = "working-group/benelux-werkgroep-crisisbeheersing"
FP, NP = "organisation/federale-politie", "organisation/nationale-politie"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Verslag van de vergadering van het Comité van Ministers van 12 juni 2031\n\n"
            "De vergadering stond onder voorzitterschap van België.\n",
            (CM_MEETING, "country/belgie"),
        ),
        (
            "De Benelux-conferentie Mijnwater vond op 3 mei 2031 plaats in Saarbrücken. De "
            "conferentie stond onder leiding van het Saarland.\n",
            ("event/benelux-conferentie-mijnwater", "region/saarland"),
        ),
        (
            "4.2 Benelux-werkgroep Crisisbeheersing\n\nAan de werkgroep nemen de crisiscentra "
            "deel. Het Nationaal Crisiscentrum heeft het voorzitterschap; het "
            "Secretariaat-Generaal verzorgt het secretariaat.\n",
            (CRISIS, "organisation/nationaal-crisiscentrum"),
        ),
        (
            "De Benelux-werkgroep Drugs werd in 2020 opgericht. Luxemburg bekleedt sinds 2030 "
            "het covoorzitterschap van de werkgroep.\n",
            (DRUGS, "country/luxemburg"),
        ),
        (
            "De Benelux-werkgroep Drugs werd in 2020 opgericht. De Federale Politie neemt het "
            "voorzitterschap waar.\n",
            (DRUGS, FP),
        ),
    ],
)
def test_chair_apart(text: str, pair: tuple[str, str]) -> None:
    assert pair in participants(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "4.2 Benelux-werkgroep Crisisbeheersing\n\nHet Nationaal Crisiscentrum heeft het "
            "voorzitterschap; het Secretariaat-Generaal verzorgt het secretariaat.\n",
            (CRISIS, SG),
        ),
        # the chair of what is no group
        (
            "De Benelux-werkgroep Drugs kwam in mei bijeen. Nederland heeft in 2031 het "
            "voorzitterschap van het Comité van Ministers.\n",
            (DRUGS, "country/nederland"),
        ),
        # a chair handed over, a chair denied
        (
            "De Benelux-werkgroep Drugs werd in 2020 opgericht. De Federale Politie heeft het "
            "voorzitterschap in 2030 overgedragen.\n",
            (DRUGS, FP),
        ),
        (
            "De Benelux-werkgroep Drugs werd in 2020 opgericht. De Federale Politie heeft niet "
            "langer het voorzitterschap.\n",
            (DRUGS, FP),
        ),
    ],
)
def test_no_chair_apart(text: str, pair: tuple[str, str]) -> None:
    assert pair not in participants(text)


# -- speakers by their principals, in a list ------------------------------------------------

CONFERENCE = "event/benelux-conferentie-mijnwater"
OPENING = "De Benelux-conferentie Mijnwater vond op 3 mei 2031 plaats in Saarbrücken. "


@pytest.mark.parametrize(
    ("text", "objects"),
    [
        (
            OPENING + "Sprekers waren er namens het Saarland, Wallonië en Rijnland-Palts.\n",
            {"region/saarland", "organisation/waals-gewest", "region/rijnland-palts"},
        ),
        (
            OPENING + "Er kwamen sprekers namens Europol en Eurojust.\n",
            {"organisation/europol", "organisation/eurojust"},
        ),
        (
            OPENING + "In de middag gaven sprekers namens de Grande Région en het Saarland een "
            "toelichting.\n",
            {"region/grande-region", "region/saarland"},
        ),
    ],
)
def test_speakers_on_behalf(text: str, objects: set[str]) -> None:
    assert {(CONFERENCE, o) for o in objects} <= participants(text)


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "Er waren geen sprekers namens het Saarland of Wallonië.\n",
        OPENING + "Sprekers namens het Saarland en Wallonië zijn uitgenodigd.\n",
    ],
)
def test_speakers_not_there(text: str) -> None:
    found = participants(text)
    assert not {(CONFERENCE, "region/saarland"), (CONFERENCE, "organisation/waals-gewest")} & found


# -- "Deelnemers:" in minutes: those present at the meeting ---------------------------------

MINE = "working-group/benelux-werkgroep-mijnwater"
SPW = "organisation/service-public-de-wallonie"


@pytest.mark.parametrize(
    "text",
    [
        MINUTES + "Deelnemers:\n- Rijkswaterstaat\n- Service public de Wallonie\n",
        MINUTES + "Deelnemers: Rijkswaterstaat (voorzitter), Service public de Wallonie\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n",
    ],
)
def test_participants_label_of_minutes(text: str) -> None:
    found = participants(text)
    assert {(MINE_MEETING, RWS), (MINE_MEETING, SPW)} <= found
    assert (MINE, SPW) not in found  # not said to be a member


def test_participants_label_of_minutes_with_members() -> None:
    text = (
        MINUTES
        + "Deelnemers:\nLeden: Rijkswaterstaat, Service public de Wallonie\nWaarnemer: LANUK\n"
    )
    found = participants(text)
    assert {(MINE_MEETING, RWS), (MINE_MEETING, LANUK), (MINE, RWS), (MINE, LANUK)} <= found


def test_participants_label_of_a_group_block() -> None:
    """No meeting: the label lists the group's members, as before."""
    text = (
        "3.1 Benelux-werkgroep Mijnwater\n\n"
        "Deelnemers: Rijkswaterstaat, Service public de Wallonie\n"
    )
    found = participants(text)
    assert {(MINE, RWS), (MINE, SPW)} <= found
    assert not any(s.startswith("event/") for s, _ in found)
