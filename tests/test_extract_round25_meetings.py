"""Round 25: meetings as Benelux documents of any writer describe them (events.py).

Each form has made-up variants and a near miss that must not fire. IRIs follow the scheme of
tests/heldout/README.md, "Meeting IRIs": kind, body or subject, ISO date.
"""

from __future__ import annotations

import pytest

from benelux_kg.namespaces import ID
from extract_helpers import EXTRACTOR, of_class, participants

# -- a one-day meeting named by its kind and its audience or subject -------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Op 14 mei 2029 organiseerde het Secretariaat-Generaal in Brussel een studiedag "
            "voor notarissen uit de drie landen.",
            "event/studiedag-voor-notarissen-2029-05-14",
        ),
        (
            "Op 17 januari 2029 vond in het Egmontpaleis een rondetafelgesprek over grensarbeid "
            "plaats.",
            "event/rondetafelgesprek-over-grensarbeid-2029-01-17",
        ),
        (
            "De expertbijeenkomst over waterstof van 9 februari 2029 bracht de netbeheerders "
            "samen.",
            "event/expertbijeenkomst-over-waterstof-2029-02-09",
        ),
        (
            "Op maandag 2 april 2029 hielden de inspecties een webinar over e-facturatie.",
            "event/webinar-over-e-facturatie-2029-04-02",
        ),
        (
            "De informatiesessie voor grensarbeiders werd op 6 maart 2029 in Kerkrade gehouden.",
            "event/informatiesessie-voor-grensarbeiders-2029-03-06",
        ),
    ],
)
def test_day_event_by_kind_and_subject(text: str, iri: str) -> None:
    assert iri in of_class(text, "Meeting")


@pytest.mark.parametrize(
    "text",
    [
        # planned, not held
        "Op 3 maart 2029 besloot de werkgroep een studiedag voor rechters te organiseren.",
        # no day
        "Het Secretariaat-Generaal organiseert jaarlijks een workshop voor gemeenten.",
        # two days in the sentence: which is the workshop's?
        "Op 3 maart 2029 werd de richtlijn van 2 juni 2020 besproken tijdens een workshop over "
        "grensarbeid.",
        # a day without a year
        "Op 3 maart vond een studiedag voor griffiers plaats.",
    ],
)
def test_day_event_near_misses(text: str) -> None:
    assert not of_class(text, "Meeting")


def test_day_event_participant_read_by_existing_readers() -> None:
    text = (
        "Op 12 oktober 2029 vond in Namen een stakeholderbijeenkomst over de binnenvaart plaats, "
        "waaraan de Centrale Commissie voor de Rijnvaart deelnam."
    )
    iri = "event/stakeholderbijeenkomst-over-de-binnenvaart-2029-10-12"
    assert iri in of_class(text, "Meeting")
    assert (iri, "organisation/centrale-commissie-voor-de-rijnvaart") in participants(text)


# -- the meeting of a group the text names by its kind alone ---------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Op 3 april 2029 is in Gent het Benelux-netwerk van zorgregio's opgericht.\n\n"
            "Ik informeer uw Kamer over de uitkomsten van de eerste vergadering van het "
            "netwerk, die op 30 oktober 2029 in Luxemburg plaatsvindt.",
            "event/vergadering-benelux-netwerk-van-zorgregio-s-2029-10-30",
        ),
        (
            "De Benelux-werkgroep Lijkbezorging telt twaalf leden. De volgende vergadering van "
            "de werkgroep vindt plaats op 14 mei 2029 in Brussel.",
            "event/vergadering-benelux-werkgroep-lijkbezorging-2029-05-14",
        ),
        (
            "Het Benelux-platform Circulaire Bouw is in 2028 opgericht. De tweede vergadering "
            "van het platform vond op 2 maart 2029 plaats.",
            "event/vergadering-benelux-platform-circulaire-bouw-2029-03-02",
        ),
    ],
)
def test_meeting_of_group_named_by_kind(text: str, iri: str) -> None:
    assert iri in of_class(text, "Meeting")


def test_meeting_of_group_kind_without_named_group() -> None:
    # Which working group? The text names none.
    assert not of_class("De vergadering van de werkgroep vindt op 14 mei 2029 plaats.", "Meeting")


# -- a body that met on a day, the meeting then named -----------------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De Benelux-werkgroep Drones kwam op 12 mei 2029 in Namen bijeen. De vergadering "
            "werd voorgezeten door Nederland.",
            "event/vergadering-benelux-werkgroep-drones-2029-05-12",
        ),
        (
            "Op 12 juni 2028 vergaderde het Comité van Ministers in Luxemburg. Tijdens de "
            "vergadering werd het jaarplan vastgesteld.",
            "event/vergadering-comite-van-ministers-2028-06-12",
        ),
        (
            "Op 3 maart 2029 kwam de commissie Mobiliteit van het Benelux-Parlement in Brussel "
            "bijeen. De commissievergadering was openbaar.",
            "event/vergadering-commissie-mobiliteit-2029-03-03",
        ),
    ],
)
def test_body_met_then_named(text: str, iri: str) -> None:
    assert iri in of_class(text, "Meeting")


@pytest.mark.parametrize(
    "text",
    [
        # met, but the meeting is never named (seed 001's construction is not annotated)
        "Op 7 december 2029 kwam het Comité van Ministers onder mijn voorzitterschap bijeen en "
        "werden de prioriteiten vastgelegd.",
        # "kwam ... met": no meeting
        "Op 3 maart 2029 kwam de Benelux-werkgroep Drones met een voorstel. De vergadering "
        "volgt later.",
        # a place, not a body
        "In Namen kwam op 12 mei 2029 de werkgroep bijeen. De vergadering was kort.",
        # one word: which committee?
        "Het Comité kwam op 12 juni 2028 in Luxemburg bijeen. De vergadering was kort.",
        # another body's meeting named after it
        "De stuurgroep Grensarbeid kwam op 3 juni 2029 bijeen. De vergadering van de commissie "
        "Mobiliteit volgt later.",
    ],
)
def test_body_met_near_misses(text: str) -> None:
    assert not of_class(text, "Meeting")


# -- a body holding its n-th meeting; the start or closing meeting of a group -----------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De Benelux-werkgroep Drones hield op 4 juli 2029 haar tweede vergadering.",
            "event/vergadering-benelux-werkgroep-drones-2029-07-04",
        ),
        (
            "Het Strategisch Overleg Douane hield op 24 april 2029 zijn jaarlijkse vergadering.",
            "event/vergadering-strategisch-overleg-douane-2029-04-24",
        ),
        (
            "Op 9 februari 2029 vond de startbijeenkomst van de Benelux-werkgroep Waterstof plaats "
            "in Den Haag.",
            "event/startbijeenkomst-benelux-werkgroep-waterstof-2029-02-09",
        ),
        (
            "Op 5 juni 2029 vond de kick-offbijeenkomst van het Benelux-netwerk Grensinfopunten "
            "plaats.",
            "event/kick-offbijeenkomst-benelux-netwerk-grensinfopunten-2029-06-05",
        ),
    ],
)
def test_nth_and_start_meetings(text: str, iri: str) -> None:
    assert iri in of_class(text, "Meeting")


def test_plenary_not_a_held_meeting() -> None:
    # A plenary sitting is read as the month's session, never "vergadering-<parliament>-<day>".
    text = "Het Benelux-Parlement hield op 13 maart 2029 zijn plenaire zitting in Brussel."
    assert not any(i.startswith("event/vergadering-") for i in of_class(text, "Meeting"))


# -- a minutes' heading whose field labels run onto the line of the meeting's name ------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Verslag van de vergadering van de Benelux-werkgroep Lijkbezorging Datum: 23 januari "
            "2029",
            "event/vergadering-benelux-werkgroep-lijkbezorging-2029-01-23",
        ),
        (
            "Verslag van de vergadering van de stuurgroep Grensarbeid Plaats: Namen, 4 maart 2029",
            "event/vergadering-stuurgroep-grensarbeid-2029-03-04",
        ),
        (
            "Verslag van de vergadering van de werkgroep Drones Locatie: Brussel, 12 mei 2029",
            "event/vergadering-werkgroep-drones-2029-05-12",
        ),
    ],
)
def test_field_label_is_no_part_of_the_body(text: str, iri: str) -> None:
    # Read on the event finder: the group finder may still claim the longer span (its own
    # reading of the heading), which the resolver then prefers.
    found = {c.iri.removeprefix(ID) for c in EXTRACTOR.events.find(text)}
    assert iri in found
