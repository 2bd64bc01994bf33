"""Round 27: the headers of minutes, by any writer. The header names the group and the day of
its meeting, on one line or two ("Notulen stuurgroep X d.d. 12.05.2029", "Vergadering van het
Directiecomité Y\\n21 maart 2029", "Benelux-werkgroep Z\\nVergadering van 3 februari 2029"): the
meeting is the group's on that day (tests/heldout/README.md, "Meeting IRIs"). A group's name
ends before a day, a time or a field label; the lines of a list of those present belong to its
reader, not to a group's table ("Secretariaat: X (Secretariaat-Generaal)" serves the group).
An annual report, "Vergadering" in prose and a letter's date line give no meeting."""

from __future__ import annotations

import pytest

from extract_helpers import extract, participants, short

FOD = "organisation/fod-mobiliteit-en-vervoer"
ILT = "organisation/inspectie-leefomgeving-en-transport"
SG = "institution/secretariaat-generaal"
LIST = (
    "\n\nAanwezig:\nleden\n- Eva Smit (Inspectie Leefomgeving en Transport)\n"
    "- Jan Peeters (FOD Mobiliteit en Vervoer)\nsecretariaat\n- Nina Maes (Secretariaat-Generaal)"
    "\n\n1. Opening\nDe voorzitter opent de vergadering.\n"
)


def _entities(text: str, cls: str) -> set[str]:
    return {
        short(e.iri.value)
        for e in extract(text).entities
        if any(t.value.endswith("#" + cls) for t in e.types)
    }


@pytest.mark.parametrize(
    ("header", "meeting", "group"),
    [
        # "Notulen", a kind in lower case, "d.d." and a numeric date.
        (
            "Notulen stuurgroep Grensarbeid d.d. 12.05.2029",
            "vergadering-stuurgroep-grensarbeid-2029-05-12",
            "stuurgroep-grensarbeid",
        ),
        # "Vergadering van het", the day on the line below with its weekday.
        (
            "Vergadering van het Directiecomité Mobiliteit\ndinsdag 21 maart 2029",
            "vergadering-directiecomite-mobiliteit-2029-03-21",
            "directiecomite-mobiliteit",
        ),
        # The group on a line of its own, the meeting and its day below.
        (
            "Benelux-werkgroep Drinkwater\nVergadering van 3 februari 2029",
            "vergadering-benelux-werkgroep-drinkwater-2029-02-03",
            "benelux-werkgroep-drinkwater",
        ),
        # An ordinal, a weekday, a time range and a place after the day.
        (
            "Verslag van de 4e vergadering van de Benelux-werkgroep Drones, woensdag 14 "
            "oktober 2029, 10.00-15.30 uur, Brussel",
            "vergadering-benelux-werkgroep-drones-2029-10-14",
            "benelux-werkgroep-drones",
        ),
        # "Besluitenlijst", the day below after "Datum:", dashes in the date.
        (
            "Besluitenlijst van de vergadering van de taskforce Grensinformatie\n"
            "Datum: 07-06-2029\nPlaats: Luxemburg",
            "vergadering-taskforce-grensinformatie-2029-06-07",
            "taskforce-grensinformatie",
        ),
        # "Verslag vergadering" without articles, the day and time below with slashes.
        (
            "Verslag vergadering Benelux-werkgroep Drones\n12/05/2029, 10.00-12.30 uur\n"
            "Brussel, Secretariaat-Generaal",
            "vergadering-benelux-werkgroep-drones-2029-05-12",
            "benelux-werkgroep-drones",
        ),
    ],
)
def test_the_header_names_the_groups_meeting(header: str, meeting: str, group: str) -> None:
    text = header + LIST
    assert f"event/{meeting}" in _entities(text, "Meeting")
    assert _entities(text, "WorkingGroup") == {f"working-group/{group}"}
    found = participants(text)
    assert {ILT, FOD, SG} <= {o for s, o in found if s == f"event/{meeting}"}
    assert {o for s, o in found if s == f"working-group/{group}"} == {ILT, FOD}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Vergadering van het Directiecomité Mobiliteit\n21 maart 2029\n",
            "directiecomite-mobiliteit",
        ),
        (
            "Vergadering van het Directiecomité Interne Markt\nDinsdag 3 maart 2029\n",
            "directiecomite-interne-markt",
        ),
        (
            "Verslag vergadering Benelux-werkgroep Drones\n12-05-2029, 10.00 uur\n",
            "benelux-werkgroep-drones",
        ),
        ("Stuurgroep Grensarbeid\n10.00 uur, Brussel\n", "stuurgroep-grensarbeid"),
        (
            "Besluitenlijst van de vergadering van de werkgroep Bestuivers van 7 maart 2028\n",
            "werkgroep-bestuivers",
        ),
        (
            "Verslag van de derde vergadering van de Benelux-werkgroep Drinkwater Aanwezig "
            "waren:\n- Rijkswaterstaat\n",
            "benelux-werkgroep-drinkwater",
        ),
        (
            "Verslag van de derde vergadering van de Benelux-werkgroep Drinkwater Aanwezig "
            "(leden): Rijkswaterstaat\n",
            "benelux-werkgroep-drinkwater",
        ),
    ],
)
def test_a_groups_name_ends_before_a_day_a_time_or_a_label(text: str, group: str) -> None:
    assert _entities(text, "WorkingGroup") == {f"working-group/{group}"}


def test_a_number_in_a_name_stays() -> None:
    assert _entities("De Support Group 1 werkt aan de regels.\n", "WorkingGroup") == {
        "working-group/support-group-1"
    }


@pytest.mark.parametrize(
    "text",
    [
        # An annual report of the group: no meeting, no day.
        "Verslag van de Benelux-werkgroep Drones over 2029\n\nDe werkgroep vergaderde vier keer.\n",
        # "Verslag" alone with a day, and nobody present: a report of that date.
        "Verslag stuurgroep Grensarbeid 12 mei 2029\n\nDe stuurgroep heeft haar werk in 2029 "
        "voortgezet en legt daarvan rekenschap af.\n",
        # A letter: the group's name, then a place and a date.
        "Stuurgroep Grensarbeid\nBrussel, 12 mei 2029\n\nGeachte leden,\n\nHierbij nodig ik u "
        "uit voor de volgende vergadering.\n",
        # The group above a bare date: a letterhead as often as minutes.
        "Directiecomité Mobiliteit\n21 maart 2029\n\nGeachte heer, mevrouw,\n",
        # A minutes' header in the middle of a document.
        "De werkgroep heeft veel bereikt.\n" * 30
        + "Notulen stuurgroep Grensarbeid d.d. 12.05.2029\n",
        # No day that is one.
        "Notulen stuurgroep Grensarbeid d.d. 12.13.2029\n",
    ],
)
def test_no_minutes_header_no_meeting(text: str) -> None:
    meetings = _entities(text, "Meeting")
    assert not any("grensarbeid" in m or "drones" in m or "mobiliteit" in m for m in meetings)


@pytest.mark.parametrize(
    "lines",
    [
        "Leden: Eva Smit (Inspectie Leefomgeving en Transport), Jan Peeters (FOD Mobiliteit en "
        "Vervoer)\nSecretariaat: Nina Maes (Secretariaat-Generaal)",
        "Leden:\n- Eva Smit (Inspectie Leefomgeving en Transport)\n- Jan Peeters (FOD Mobiliteit "
        "en Vervoer)\nSecretariaat: Nina Maes (Secretariaat-Generaal)",
        "Voorzitter: Jan Peeters (FOD Mobiliteit en Vervoer)\nLeden: Eva Smit (Inspectie "
        "Leefomgeving en Transport)\nWaarnemers: geen\nSecretariaat: Secretariaat-Generaal",
    ],
)
def test_the_secretariat_in_a_list_of_those_present_serves_the_group(lines: str) -> None:
    text = (
        "Verslag van de 2e vergadering van de Benelux-werkgroep Drones, 14 oktober 2029\n\n"
        f"Aanwezig:\n{lines}\n\n1. Opening\nDe agenda wordt vastgesteld.\n"
    )
    found = participants(text)
    meeting = "event/vergadering-benelux-werkgroep-drones-2029-10-14"
    assert {ILT, FOD, SG} <= {o for s, o in found if s == meeting}
    assert {o for s, o in found if s == "working-group/benelux-werkgroep-drones"} == {ILT, FOD}


def test_a_groups_table_outside_minutes_is_read_as_before() -> None:
    """Its members as before; since round 50 its secretariat serves the group there too and
    takes no part in it (sets P and S), as in the minutes' lists."""
    text = (
        "Benelux-werkgroep Drones\n   Deelnemers: BE, NL, LU\n"
        "   Secretariaat: Secretariaat-Generaal\n"
    )
    found = participants(text)
    assert ("working-group/benelux-werkgroep-drones", "country/belgie") in found
    assert ("working-group/benelux-werkgroep-drones", SG) not in found
