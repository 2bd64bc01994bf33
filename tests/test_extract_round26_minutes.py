"""Round 26: the attendance lists of minutes (set P's convention, q02). Every body in the
"Aanwezig:" list takes part in the meeting; the members, the chair and the observers also in
the group the minutes' header names; the secretariat and a guest in the meeting only; the
excused ("Verhinderd:", "Afwezig met kennisgeving:") in the group only. A place beside a body
says where it sits. Lists of something else, and a group the header does not name, give
nothing."""

from __future__ import annotations

import pytest

from extract_helpers import participants

MEETING_DRONES = "event/vergadering-benelux-werkgroep-drones-2029-10-14"
DRONES = "working-group/benelux-werkgroep-drones"
HEADER_DRONES = (
    "Verslag van de 4e vergadering van de Benelux-werkgroep Drones, 14 oktober 2029, Brussel\n\n"
)
MEETING_WATER = "event/vergadering-benelux-werkgroep-drinkwater-2029-02-03"
WATER = "working-group/benelux-werkgroep-drinkwater"
HEADER_WATER = "BENELUX-WERKGROEP DRINKWATER\n\nVerslag van de 3e vergadering, 3 februari 2029\n\n"
SG = "institution/secretariaat-generaal"
ILT = "organisation/inspectie-leefomgeving-en-transport"
FOD = "organisation/fod-mobiliteit-en-vervoer"
RWS = "organisation/rijkswaterstaat"
VMM = "organisation/vlaamse-milieumaatschappij"


def _in_meeting(found: set[tuple[str, str]], meeting: str) -> set[str]:
    return {o for s, o in found if s == meeting}


def _in_group(found: set[tuple[str, str]], group: str) -> set[str]:
    return {o for s, o in found if s == group}


# -- sub-heads: members and observers in the meeting and the group, the secretariat in the
# meeting only ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "listing",
    [
        # One a line under lower-case sub-heads, dashes.
        "Aanwezig:\nleden\n- Eva Smit (Inspectie Leefomgeving en Transport)\n"
        "- Jan Peeters (FOD Mobiliteit en Vervoer)\nsecretariaat\n"
        "- Nina Maes (Secretariaat-Generaal)\n\n1. Opening\n",
        # Bullets, "Aanwezigen:", the secretariat sub-head with a colon and its name after it.
        "Aanwezigen:\nleden\n• FOD Mobiliteit en Vervoer: Jan Peeters\n"
        "• Inspectie Leefomgeving en Transport: Eva Smit\n"
        "secretariaat: Nina Maes (Secretariaat-Generaal)\n\n1. Opening\n",
        # "Name – Body" under "Aanwezig waren:", a chair line, a minute-taker.
        "Aanwezig waren:\nvoorzitter: Jan Peeters – FOD Mobiliteit en Vervoer\n"
        "leden\n- Eva Smit – Inspectie Leefomgeving en Transport\n"
        "notulist: Nina Maes – Secretariaat-Generaal\n\n1. Opening\n",
    ],
)
def test_members_and_secretariat(listing: str) -> None:
    found = participants(HEADER_DRONES + listing + "De voorzitter opent de vergadering.\n")
    assert {ILT, FOD, SG} <= _in_meeting(found, MEETING_DRONES)
    assert {ILT, FOD} <= _in_group(found, DRONES)
    assert SG not in _in_group(found, DRONES)


@pytest.mark.parametrize("subhead", ["waarnemer", "waarnemers", "Waarnemers:"])
def test_observers_take_part_in_both(subhead: str) -> None:
    text = (
        HEADER_WATER + "Aanwezig:\nleden\n- Joost Wouters (Vlaamse Milieumaatschappij)\n"
        f"{subhead}\n- Anke Vogel (Landesamt für Natur, Umwelt und Verbraucherschutz)\n\n"
        "1. Opening\nDe agenda wordt vastgesteld.\n"
    )
    found = participants(text)
    landesamt = {o for o in _in_meeting(found, MEETING_WATER) if "landesamt" in o}
    assert landesamt and landesamt <= _in_group(found, WATER)
    assert VMM in _in_group(found, WATER)


# -- the excused: the group, not the meeting ----------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Verhinderd (leden):", "Afwezig met kennisgeving:", "Verontschuldigd:", "Afgemeld:"],
)
def test_excused_members_take_part_in_the_group_only(label: str) -> None:
    text = (
        HEADER_WATER + "Aanwezig:\nleden\n- Joost Wouters (Vlaamse Milieumaatschappij)\n\n"
        f"{label} Rijkswaterstaat\n\n1. Opening\nDe agenda wordt vastgesteld.\n"
    )
    found = participants(text)
    assert RWS in _in_group(found, WATER)
    assert RWS not in _in_meeting(found, MEETING_WATER)
    assert VMM in _in_meeting(found, MEETING_WATER)


def test_the_excused_of_an_unmarked_list_give_nothing() -> None:
    text = (
        HEADER_WATER + "Aanwezigen:\nmevr. K. Janssens (Vlaamse Milieumaatschappij)\n"
        "Afwezig met kennisgeving:\ndhr. R. de Boer (Rijkswaterstaat)\n\n1. Opening\n"
    )
    found = participants(text)
    assert RWS not in {o for _, o in found}


# -- a guest: the meeting, not the group; a place beside a body gives nothing -------------


@pytest.mark.parametrize(
    "guest",
    [
        "Te gast bij agendapunt 3: Jürgen Klein (Landesamt für Natur, Umwelt und "
        "Verbraucherschutz, Rijnland-Palts)",
        "Te gast (agendapunt 2): Jürgen Klein, Landesamt für Natur, Umwelt und "
        "Verbraucherschutz, Rijnland-Palts",
        "Gasten:\n- Jürgen Klein (Landesamt für Natur, Umwelt und Verbraucherschutz, "
        "Rijnland-Palts)",
    ],
)
def test_guest_takes_part_in_the_meeting_only(guest: str) -> None:
    text = (
        HEADER_WATER + "Aanwezig:\nleden\n- Joost Wouters (Vlaamse Milieumaatschappij)\n\n"
        f"{guest}\n\n1. Opening\nDe agenda wordt vastgesteld.\n"
    )
    found = participants(text)
    meeting = _in_meeting(found, MEETING_WATER)
    assert any("landesamt" in o for o in meeting)
    assert not any("landesamt" in o for o in _in_group(found, WATER))
    assert not any("rijnland-palts" in o for s, o in found)


@pytest.mark.parametrize("country", ["(NL)", "(Nederland)", "| NL"])
def test_a_body_with_its_country_stays_one_body(country: str) -> None:
    text = (
        HEADER_DRONES + f"Aanwezig:\nleden\n- Rijkswaterstaat {country}\n"
        "- FOD Mobiliteit en Vervoer (BE)\n\n1. Opening\nDe agenda wordt vastgesteld.\n"
    )
    found = participants(text)
    assert {RWS, FOD} <= _in_group(found, DRONES)
    # (The general list reader of the relations package still gives the meeting "(Nederland)".)
    assert "country/nederland" not in _in_group(found, DRONES)


# -- near misses ----------------------------------------------------------------------------


def test_an_unmarked_list_gives_the_meeting_only() -> None:
    text = (
        HEADER_DRONES + "Aanwezig: Eva Smit (Inspectie Leefomgeving en Transport), Jan Peeters "
        "(FOD Mobiliteit en Vervoer) en Nina Maes (Secretariaat-Generaal).\n\n1. Opening\n"
    )
    found = participants(text)
    assert {ILT, FOD, SG} <= _in_meeting(found, MEETING_DRONES)
    assert not _in_group(found, DRONES)


@pytest.mark.parametrize(
    "after",
    [
        "Kopie aan: Rijkswaterstaat",
        "Bijlagen: nota van Rijkswaterstaat",
        "1. Opening\nDe nota van Rijkswaterstaat wordt besproken.",
        "Actie: Rijkswaterstaat stuurt de nota rond.",
    ],
)
def test_what_follows_the_list_is_no_part_of_it(after: str) -> None:
    text = (
        HEADER_DRONES + "Aanwezig:\nleden\n- Eva Smit (Inspectie Leefomgeving en Transport)\n"
        f"{after}\n"
    )
    found = participants(text)
    assert ILT in _in_group(found, DRONES)
    assert RWS not in {o for _, o in found}


@pytest.mark.parametrize(
    "text",
    [
        # No minutes: a news text that names the group in prose before a list.
        "De Benelux-werkgroep Drones kwam vorige week in Brussel bijeen om de regels te "
        "bespreken. Het was een drukke week voor alle deelnemers.\n\nAanwezig:\nleden\n"
        "- Eva Smit (Inspectie Leefomgeving en Transport)\n",
        # Minutes whose header names no group.
        "Verslag van de bijeenkomst van 14 oktober 2029, Brussel\n\nAanwezig:\nleden\n"
        "- Eva Smit (Inspectie Leefomgeving en Transport)\n\n1. Opening\n",
        # Two groups in the header: whose members?
        "Verslag van de gezamenlijke vergadering van de Benelux-werkgroep Drones en de "
        "Benelux-werkgroep Drinkwater\n\nAanwezig:\nleden\n"
        "- Eva Smit (Inspectie Leefomgeving en Transport)\n\n1. Opening\n",
    ],
)
def test_no_group_without_a_minutes_header_naming_one(text: str) -> None:
    found = participants(text)
    assert not any(s.startswith("working-group/") and o == ILT for s, o in found)
