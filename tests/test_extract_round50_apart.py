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
