# ruff: noqa: E501  (the made-up documents are held verbatim, one string each)
"""Round 68: an audit of how minutes and committee reports say who took part in a meeting,
written before the round's code (made-up passages: other names, bodies and layouts, and
negatives).

Two layouts this round reads: a report's heading whose committee name holds a list closed by
"en" ("commissie Cultuur, Onderwijs en Jeugd van het Benelux-Parlement"), also split as
"VERSLAG" over "van de vergadering van de commissie ..." with the parent wrapped over the line
("Benelux-\\nParlement van vrijdag ..."), and its next meeting ("De volgende vergadering van de
commissie ...") named in full; and an attendance block headed without a colon ("DEELNEMERS",
"Aanwezigen") whose layout confirms it: a sub-head ("Delegatie België", "Waarnemer") over a
bulleted item with dotted leaders ("· Jan Peeters ........ FOD Mobiliteit en Vervoer"), its
excused ("Verontschuldigd") no participants of the meeting.

Audit figure (the whole expected set right): 5/10 before the round (the four negatives and
one heading without a comma), 10/10 after it.
"""

from __future__ import annotations

import pytest

from extract_helpers import audited, group_facts, of_class

ORG = "organisation/"
C = "country/"


def _meeting(group: str, day: str) -> str:
    return f"event/vergadering-{group}-{day}"


CULTUUR = _meeting("commissie-cultuur-onderwijs-en-jeugd", "2032-05-14")
MOBILITEIT = _meeting("directiecomite-mobiliteit", "2031-03-04")
ZORG = _meeting("benelux-werkgroep-zorg", "2033-10-07")

# (id, text, the meetings looked at, the participant facts expected of them)
CASES: list[tuple[str, str, set[str], set[tuple[str, str, str]]]] = [
    (
        "heading-split-comma-wrapped-parent",
        "BENELUX-PARLEMENT\n\nVERSLAG\n\nvan de vergadering van de commissie Cultuur, Onderwijs en "
        "Jeugd van het Benelux-\nParlement van vrijdag 14 mei 2032, Luxemburg\n\n"
        "1. Hoorzitting\n\nTot slot gaf Kees de Wit van de Sociale Verzekeringsbank een "
        "overzicht van de betalingen.\n",
        {CULTUUR},
        {("participant", CULTUUR, ORG + "sociale-verzekeringsbank")},
    ),
    (
        "heading-one-line-comma",
        "BENELUX-PARLEMENT\n\nVerslag van de vergadering van de commissie Cultuur, Onderwijs en "
        "Jeugd van het Benelux-Parlement van vrijdag 14 mei 2032, Luxemburg\n\n1. Hoorzitting\n\n"
        "Daarna sprak Ruben Jacobs van de FOD Economie over de markt.\n",
        {CULTUUR},
        {("participant", CULTUUR, ORG + "fod-economie")},
    ),
    (
        "heading-no-comma-parent-left-out",
        "BENELUX-PARLEMENT\n\nVERSLAG\n\nvan de vergadering van de commissie Sociale Zaken van het "
        "Benelux-Parlement van dinsdag 8 juni 2032, Brussel\n\n1. Hoorzitting\n\n"
        "Daarna sprak Ruben Jacobs van de FOD Economie over de markt.\n",
        {_meeting("commissie-sociale-zaken", "2032-06-08")},
        {("participant", _meeting("commissie-sociale-zaken", "2032-06-08"), ORG + "fod-economie")},
    ),
    (
        "deelnemers-block-delegations",
        "Benelux Unie | Secretariaat-Generaal\n\nDIRECTIECOMITÉ MOBILITEIT\n"
        "Verslag van de 3e vergadering – dinsdag 4 maart 2031, Brussel\n\nDEELNEMERS\n\n"
        "  Delegatie België\n    · Jan Peeters ........ FOD Mobiliteit en Vervoer\n"
        "  Delegatie Nederland\n    · Sanne Visser ....... Rijkswaterstaat\n"
        "  Secretariaat\n    · Els Maes ........... Secretariaat-Generaal\n"
        "  Verontschuldigd\n    · Tom Claes .......... Sociale Verzekeringsbank\n\n1. Opening\n",
        {MOBILITEIT},
        {
            ("participant", MOBILITEIT, C + "belgie"),
            ("participant", MOBILITEIT, C + "nederland"),
            ("participant", MOBILITEIT, ORG + "fod-mobiliteit-en-vervoer"),
            ("participant", MOBILITEIT, ORG + "rijkswaterstaat"),
            ("participant", MOBILITEIT, "institution/secretariaat-generaal"),
        },
    ),
    (
        "aanwezigen-block-observer-guests",
        "Benelux-werkgroep Zorg\nVerslag van de vergadering van 7 oktober 2033, Den Haag\n\n"
        "Aanwezigen\n\n  Delegatie Luxemburg\n    · Marc Schmit ........ Administration de la gestion de l'eau\n"
        "  Waarnemer\n    · Anna Keller ........ Sociale Verzekeringsbank\n"
        "  Afwezig\n    · Jan Smit ........... FOD Economie\n\n1. Opening\n",
        {ZORG},
        {
            ("participant", ZORG, C + "luxemburg"),
            ("participant", ZORG, ORG + "administration-de-la-gestion-de-l-eau"),
            ("participant", ZORG, ORG + "sociale-verzekeringsbank"),
        },
    ),
    # Negatives: "VERSLAG" is no heading of a meeting's minutes over prose; "van de
    # vergadering ..." read only under "VERSLAG"; a heading without a colon over a bare list
    # (no sub-head, no leaders) heads nothing; the next meeting of another body.
    (
        "van-de-vergadering-without-verslag",
        "BENELUX-PARLEMENT\n\nvan de vergadering van de commissie Cultuur, Onderwijs en Jeugd van "
        "het Benelux-Parlement van vrijdag 14 mei 2032, Luxemburg\n\nDe FOD Economie was "
        "uitgenodigd maar liet zich verontschuldigen.\n",
        {CULTUUR},
        set(),
    ),
    (
        "deelnemers-heading-bare-list",
        "Benelux-werkgroep Zorg\nVerslag van de vergadering van 7 oktober 2033, Den Haag\n\n"
        "DEELNEMERS\n\nFOD Economie\nSociale Verzekeringsbank\n\n1. Opening\n",
        {ZORG},
        set(),
    ),
    (
        "deelnemers-heading-prose",
        "Benelux-werkgroep Zorg\nVerslag van de vergadering van 7 oktober 2033, Den Haag\n\n"
        "Deelnemers\n\nDe FOD Economie en de Sociale Verzekeringsbank hebben zich "
        "verontschuldigd.\n\n1. Opening\n",
        {ZORG},
        set(),
    ),
    (
        "excused-only-block",
        "Benelux-werkgroep Zorg\nVerslag van de vergadering van 7 oktober 2033, Den Haag\n\n"
        "DEELNEMERS\n\n  Verontschuldigd\n    · Jan Smit ........... FOD Economie\n\n1. Opening\n",
        {ZORG},
        set(),
    ),
    (
        "comma-list-no-en",
        "BENELUX-PARLEMENT\n\nDe commissie Cultuur, de FOD Economie en de Sociale "
        "Verzekeringsbank spraken op 3 mei 2032 over de begroting.\n",
        {
            _meeting(
                "commissie-cultuur-de-fod-economie-en-de-sociale-verzekeringsbank", "2032-05-03"
            )
        },
        set(),
    ),
]

WRONG: dict[str, str] = {}


@pytest.mark.parametrize(
    ("name", "text", "meetings", "expected"),
    audited(CASES, lambda case: WRONG.get(str(case[0]))),
)
def test_who_takes_part(
    name: str, text: str, meetings: set[str], expected: set[tuple[str, str, str]]
) -> None:
    assert {f for f in group_facts(text) if f[1] in meetings} == expected


def test_next_meeting_of_committee_with_comma() -> None:
    text = (
        "BENELUX-PARLEMENT\n\nVERSLAG\n\nvan de vergadering van de commissie Cultuur, Onderwijs "
        "en Jeugd van het Benelux-\nParlement van vrijdag 14 mei 2032, Luxemburg\n\n"
        "4. Rondvraag\n\nDe volgende vergadering van de commissie vindt plaats op 9 juli 2032 in "
        "Brussel.\n"
    )
    meetings = of_class(text, "Meeting")
    assert _meeting("commissie-cultuur-onderwijs-en-jeugd", "2032-07-09") in meetings
    assert _meeting("commissie-cultuur", "2032-07-09") not in meetings
