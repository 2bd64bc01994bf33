# ruff: noqa: E501  (the made-up documents are held verbatim, one string each)
"""Round 57: an audit of the headers of working groups' minutes and the meeting they are of,
written before the round's code (16 made-up documents: 14 with one meeting, 2 negatives),
and one negative added with the code.

Read since this round: a header set in capitals ("VERSLAG VAN DE 7E VERGADERING VAN DE
BENELUX-WERKGROEP KUSTBEHEER", "BENELUX-WERKGROEP ASBEST" above "Verslag van de 5e
vergadering"), also where the clean text joined it to the line under it; a place before the
day ("Den Haag, 3 februari 2034"); "NOTULEN" or "Verslag" alone above or below the group's
name; "Vergaderdatum:"; "Benelux-werkgroep X – verslag"; markdown's "#" and "**" in a header;
"Aanwezig" without a colon when its next line opens with a role and its colon ("Leden:",
"Waarnemer:"). A meeting of a group named short in the header ("Werkgroep Kustbeheer") takes
the group's full name the document gives elsewhere ("de Benelux-werkgroep Kustbeheer"): one
meeting whichever name of its group a document uses (tests/heldout/README.md, "Meeting IRIs").

Audit figure (the meeting and its participants right): 5/16 before the round, 15/16 after it.
The case still wrong is a strict xfail.
"""

from __future__ import annotations

import pytest

from extract_helpers import audited, of_class, participants

ATT = "\n\nAanwezig:\n- Rijkswaterstaat\n- Vlaamse Milieumaatschappij\n- Secretariaat-Generaal\n\n1. Opening\nDe voorzitter opent de vergadering."
PRESENT = frozenset(
    [
        "institution/secretariaat-generaal",
        "organisation/rijkswaterstaat",
        "organisation/vlaamse-milieumaatschappij",
    ]
)
K = "event/vergadering-benelux-werkgroep-kustbeheer-"

# (id, text, the one meeting expected or None, its participants)
CASES: list[tuple[str, str, str | None, frozenset[str]]] = [
    (
        "short-header-full-in-text",
        "Werkgroep Kustbeheer – 4e vergadering\nDatum: 14 maart 2033\nPlaats: Brussel"
        + ATT
        + " De Benelux-werkgroep Kustbeheer valt onder het Directiecomité Leefmilieu.",
        K + "2033-03-14",
        PRESENT,
    ),
    (
        "caps-header-place-date",
        "VERSLAG VAN DE 7E VERGADERING VAN DE BENELUX-WERKGROEP KUSTBEHEER\nDen Haag, 3 februari 2034"
        + ATT,
        K + "2034-02-03",
        PRESENT,
    ),
    (
        "caps-notulen-lines",
        "NOTULEN\nBENELUX-WERKGROEP KUSTBEHEER\nVergadering van 3 februari 2034" + ATT,
        K + "2034-02-03",
        PRESENT,
    ),
    (
        "weekday-in-date",
        "Benelux-werkgroep Kustbeheer\nVerslag van de vergadering van dinsdag 14 maart 2033" + ATT,
        K + "2033-03-14",
        PRESENT,
    ),
    (
        "place-date-line",
        "Verslag vergadering Benelux-werkgroep Kustbeheer\nBrussel, 14 maart 2033" + ATT,
        K + "2033-03-14",
        PRESENT,
    ),
    (
        "notulen-group-date-lines",
        "NOTULEN\nBenelux-werkgroep Kustbeheer\n14 maart 2033" + ATT,
        K + "2033-03-14",
        PRESENT,
    ),
    (
        "gehouden-op",
        "Notulen van de derde bijeenkomst van het Benelux-netwerk Kustbeheer, gehouden op 14 maart 2033 te Luxemburg"
        + ATT,
        "event/bijeenkomst-benelux-netwerk-kustbeheer-2033-03-14",
        PRESENT,
    ),
    (
        "numeric-slash",
        "Verslag overleg Benelux-werkgroep Kustbeheer – 14/03/2033" + ATT,
        K + "2033-03-14",
        PRESENT,
    ),
    (
        "datum-numeric-dash",
        "Benelux-werkgroep Kustbeheer\nVerslag\nDatum: 14-03-2033\nLocatie: Brussel" + ATT,
        K + "2033-03-14",
        PRESENT,
    ),
    (
        "markdown-header",
        "# Verslag Benelux-werkgroep Kustbeheer\n\n**Datum:** 14 maart 2033  \n**Plaats:** Brussel"
        + ATT,
        K + "2033-03-14",
        PRESENT,
    ),
    (
        "vergaderdatum",
        "Benelux-werkgroep Kustbeheer – verslag\nVergaderdatum: 14 maart 2033" + ATT,
        K + "2033-03-14",
        PRESENT,
    ),
    (
        "letterhead-then-header",
        "Benelux Unie\nSecretariaat-Generaal\nRegentschapsstraat 39, 1000 Brussel\n\nVerslag van de vergadering van de werkgroep Kustbeheer van 14 maart 2033"
        + ATT
        + " De Benelux-werkgroep Kustbeheer werd in 2031 opgericht.",
        K + "2033-03-14",
        PRESENT,
    ),
    (
        "stuurgroep-short-header",
        "Stuurgroep Grensarbeid\nVerslag 9e vergadering\n21 november 2034"
        + ATT
        + " De Benelux-stuurgroep Grensarbeid rapporteert aan het College van Secretarissen-Generaal.",
        "event/vergadering-benelux-stuurgroep-grensarbeid-2034-11-21",
        PRESENT,
    ),
    (
        "short-only",
        "Werkgroep Kustbeheer – 4e vergadering\nDatum: 14 maart 2033" + ATT,
        "event/vergadering-werkgroep-kustbeheer-2033-03-14",
        PRESENT,
    ),
    (
        "neg-letter",
        "Geachte Voorzitter,\n\nHierbij informeer ik u over de werkgroep Kustbeheer. Op 14 maart 2033 verscheen haar rapport. De Benelux-werkgroep Kustbeheer valt onder het Directiecomité Leefmilieu.",
        None,
        frozenset(),
    ),
    (
        "neg-plan",
        "Jaarplan 2034\n\nDe Benelux-werkgroep Kustbeheer zal in 2034 een studie opleveren. Deelnemers zijn Rijkswaterstaat en de Vlaamse Milieumaatschappij.",
        None,
        frozenset(),
    ),
    # A negative: a chapter's heading in capitals with a dateline is no meeting.
    (
        "neg-caps-chapter",
        "HOOFDSTUK 4 - BENELUX-WERKGROEP KUSTBEHEER\nBrussel, 14 maart 2033\n\nDe werkgroep rondt in 2033 haar studie af.",
        None,
        frozenset(),
    ),
]

WRONG = {
    "numeric-slash": "'Verslag overleg X' is read as the meeting of 'overleg X'",
}


@pytest.mark.parametrize(
    ("name", "text", "meeting", "present"),
    audited(CASES, lambda case: WRONG.get(str(case[0]))),
)
def test_minutes_header_meeting(
    name: str, text: str, meeting: str | None, present: frozenset[str]
) -> None:
    meetings = of_class(text, "Meeting")
    if meeting is None:
        assert not meetings, name
        return
    assert meetings == {meeting}, name
    assert {o for s, o in participants(text) if s == meeting} == present, name
