"""Round 66: an audit of how minutes and committee reports say who was there, written before
the round's code (made-up passages: other names, bodies and layouts, and negatives).

Two families: the people of a labelled list whose label an adjective opens ("Belgische leden:
...", "Vaste leden:", "Secretaris van de commissie:"), also where the clean text joins its
lines; and a hearing's speakers named with the body they come from ("Tot slot gaf Jan Smit van
de SVB een overzicht", "Voor Luxemburg lichtte X van de AGE ... toe"): the body (and the place
the sentence opens with) takes part in the meeting the report is of.

Audit figure (the whole expected set right): 4/12 before the round (the four negatives),
10/12 after it. The two still wrong then (a committee whose name holds a comma in a report's
heading; a "DEELNEMERS" block of delegations without a colon) read since round 68: 12/12.
"""

from __future__ import annotations

import pytest

from extract_helpers import audited, group_facts, of_class

P = "person/"
HEAD = (
    "BENELUX-PARLEMENT\n\nVerslag van de vergadering van de commissie Sociale Zaken van het "
    "Benelux-Parlement van vrijdag 14 mei 2032, Luxemburg\n\n"
)
MEETING = "event/vergadering-commissie-sociale-zaken-2032-05-14"

# (id, text, expected people) -- the people of labelled lists
PEOPLE: list[tuple[str, str, set[str]]] = [
    (
        "adjective-labels-joined-lines",
        HEAD + "Belgische leden: Els Maes, Koen Wuyts, Sofie Lambrecht\n"
        "Nederlandse leden: Henk Boersma, Fatima El Idrissi\n"
        "Luxemburgse leden: Marc Schmit, Josée Weis\n"
        "Verontschuldigd: Tom Claes\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n",
        {
            P + "els-maes",
            P + "koen-wuyts",
            P + "sofie-lambrecht",
            P + "henk-boersma",
            P + "fatima-el-idrissi",
            P + "marc-schmit",
            P + "josee-weis",
            P + "tom-claes",
        },
    ),
    (
        "vaste-plaatsvervangende-leden",
        "NOTULEN\n\nVaste leden: Ingrid Vos, Bart Claessens\n\n"
        "Plaatsvervangende leden: Nora Hermans, Luc Schneider\n\n1. Agenda\n",
        {P + "ingrid-vos", P + "bart-claessens", P + "nora-hermans", P + "luc-schneider"},
    ),
    (
        "secretaris-van-de-commissie",
        HEAD + "De leden bespraken het voorstel en stemden in.\n\n"
        "Secretaris van de commissie: Anouk Verhoeven\n",
        {P + "anouk-verhoeven"},
    ),
    # Negatives: a list of bodies under an adjective's label; "leden:" inside a sentence.
    (
        "adjective-label-bodies",
        "Belgische leden: de FOD Economie, het BIPT\nNederlandse leden: de ACM\n",
        set(),
    ),
    (
        "members-in-running-text",
        "De werkgroep verwelkomt in 2031 twee nieuwe leden: Vlaanderen en Wallonië.\n",
        set(),
    ),
]

# (id, text, expected group facts of the meeting) -- speakers and whom they come from
SPEAKERS: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    (
        "gave-overview-person-of-body",
        HEAD + "1. Hoorzitting\n\nDe commissie hoorde twee deskundigen. Tot slot gaf Kees de Wit "
        "van de Sociale Verzekeringsbank een overzicht van de betalingen.\n",
        {("participant", MEETING, "organisation/sociale-verzekeringsbank")},
    ),
    (
        "for-place-explained-person-of-body",
        HEAD + "1. Hoorzitting\n\nDe commissie hoorde drie deskundigen. Voor Nederland lichtte "
        "Sanne Visser van het Rijksinstituut voor Volksgezondheid en Milieu (RIVM) de cijfers "
        "toe.\n",
        {
            ("participant", MEETING, "organisation/rijksinstituut-voor-volksgezondheid-en-milieu"),
            ("participant", MEETING, "country/nederland"),
        },
    ),
    (
        "spoke-person-of-body",
        HEAD + "1. Gedachtewisseling\n\nDaarna sprak Ruben Jacobs van de FOD Economie over de "
        "markt.\n",
        {("participant", MEETING, "organisation/fod-economie")},
    ),
    (
        "comma-committee-heading",
        "BENELUX-PARLEMENT\n\nVERSLAG\n\nvan de vergadering van de commissie Cultuur, Onderwijs en "
        "Jeugd van het Benelux-\nParlement van vrijdag 14 mei 2032, Luxemburg\n\n"
        "1. Hoorzitting\n\nTot slot gaf Kees de Wit van de Sociale Verzekeringsbank een "
        "overzicht van de betalingen.\n",
        {
            (
                "participant",
                "event/vergadering-commissie-cultuur-onderwijs-en-jeugd-2032-05-14",
                "organisation/sociale-verzekeringsbank",
            )
        },
    ),
    (
        "deelnemers-delegation-block",
        "Benelux Unie | Secretariaat-Generaal\n\nDIRECTIECOMITÉ MOBILITEIT\n"
        "Verslag van de 3e vergadering – dinsdag 4 maart 2031, Brussel\n\nDEELNEMERS\n\n"
        "  Delegatie België\n    · Jan Peeters ........ FOD Mobiliteit en Vervoer\n"
        "  Secretariaat\n    · Els Maes ........... Secretariaat-Generaal\n"
        "  Verontschuldigd\n    · Tom Claes .......... Rijkswaterstaat\n\n1. Opening\n",
        {
            (
                "participant",
                "event/vergadering-directiecomite-mobiliteit-2031-03-04",
                "country/belgie",
            ),
            (
                "participant",
                "event/vergadering-directiecomite-mobiliteit-2031-03-04",
                "organisation/fod-mobiliteit-en-vervoer",
            ),
            (
                "participant",
                "event/vergadering-directiecomite-mobiliteit-2031-03-04",
                "institution/secretariaat-generaal",
            ),
        },
    ),
    # Negatives: a speaker of a body that is excused; a body that sent a written
    # contribution; a meeting still to come.
    (
        "speaker-not-come",
        HEAD + "1. Hoorzitting\n\nJan Smit van de Sociale Verzekeringsbank gaf aan dat hij niet "
        "kon komen.\n",
        set(),
    ),
    (
        "written-contribution",
        HEAD + "1. Hoorzitting\n\nHet Rijksinstituut voor Volksgezondheid en Milieu (RIVM) had "
        "een schriftelijke bijdrage gestuurd.\n",
        set(),
    ),
]

WRONG: dict[str, str] = {}


@pytest.mark.parametrize(
    ("name", "text", "expected"), audited(PEOPLE, lambda case: WRONG.get(str(case[0])))
)
def test_people_of_labelled_lists(name: str, text: str, expected: set[str]) -> None:
    assert of_class(text, "Person") == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"), audited(SPEAKERS, lambda case: WRONG.get(str(case[0])))
)
def test_speakers_take_part(name: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    meetings = {s for _, s, _ in expected} or {MEETING}
    assert {f for f in group_facts(text) if f[1] in meetings} == expected
