"""Round 29: the older "last thing named" resolvers routed through the one focus resolver
(``_focus``): a group by its kind ("de werkgroep", was ``_last_of_kind``), a meeting by its
kind ("de conferentie", was ``_last_meeting_of_kind`` and the "de zitting" branch of
``_referred_group``), a pronoun's group ("Zij werkt samen met", was ``_last_group``) and the
one meeting or group just named (was ``_in_focus``). Each now refuses when two compete, where
the older ones took the last named."""

from __future__ import annotations

from benelux_kg.namespaces import BKG
from extract_helpers import facts, participants

WG = "working-group/benelux-werkgroep-grensarbeid"
DRONES = "working-group/benelux-werkgroep-drones"
CONFERENCE = "event/benelux-conferentie-donkere-nachten"
EUROPOL = "organisation/europol"
COOPERATES = BKG + "cooperatesWith"
TWO_GROUPS = (
    "De Benelux-werkgroep Grensarbeid en de Benelux-werkgroep Drones werden in 2023 opgericht. "
)
TWO_CONFERENCES = (
    "Op 4 mei vonden de Benelux-conferentie Donkere Nachten en de Benelux-conferentie Zeewind "
    "plaats in Gent. "
)
# More than 300 characters without a name: "woonde de conferentie bij" reaches back by its kind.
FILLER = (
    "Het programma bood lezingen over verlichting, over nachtdieren, over sterrenwachten en "
    "over de gezondheid van omwonenden; er was ook een markt met producten van regionale "
    "ondernemers en een excursie langs de grens bij Baarle. "
) * 2


# -- a group by its kind: "De werkgroep werkt samen met ..." ---------------------------------


def test_the_group_of_that_kind() -> None:
    for text in (
        "1. Werkgroepen\nDe Benelux-werkgroep Grensarbeid werd in 2023 opgericht. Zij vergadert "
        "viermaal per jaar. De werkgroep werkt samen met Europol.",
        # A kind word names its referent: past a heading, the only one of its kind.
        "1. Werkgroepen\nDe Benelux-werkgroep Grensarbeid werd in 2023 opgericht.\n"
        "2. Samenwerking\nDe werkgroep werkt samen met Europol.",
    ):
        assert facts(text, COOPERATES) == {(WG, EUROPOL)}, text


def test_the_group_of_that_kind_in_this_section_first() -> None:
    text = (
        "1. Werkgroepen\nDe Benelux-werkgroep Grensarbeid werd in 2023 opgericht.\n2. Drones\n"
        "De Benelux-werkgroep Drones werd in 2024 opgericht. Zij vergadert tweemaal per jaar. "
        "De werkgroep werkt samen met Europol."
    )
    assert facts(text, COOPERATES) == {(DRONES, EUROPOL)}


def test_two_groups_of_that_kind_compete() -> None:
    assert not facts(TWO_GROUPS + "De werkgroep werkt samen met Europol.", COOPERATES)
    assert not participants(TWO_GROUPS + "Frankrijk is lid van de werkgroep.")


def test_member_of_the_group_of_that_kind() -> None:
    text = (
        "De Benelux-werkgroep Grensarbeid werd in 2023 opgericht. Zij vergadert viermaal per "
        "jaar. Frankrijk is lid van de werkgroep."
    )
    assert (WG, "country/frankrijk") in participants(text)


# -- a pronoun for the group named before: "Zij werkt samen met ..." ------------------------


def test_the_pronoun_for_the_group_before() -> None:
    text = (
        "De Benelux-werkgroep Grensarbeid werd in 2023 opgericht. Zij werkt nauw samen met Europol."
    )
    assert facts(text, COOPERATES) == {(WG, EUROPOL)}


def test_the_pronoun_after_two_groups_gives_neither() -> None:
    assert not facts(TWO_GROUPS + "Zij werkt nauw samen met Europol.", COOPERATES)


# -- a meeting by its kind: "Aan de conferentie namen ... deel", "woonde de conferentie bij" -


def test_the_meeting_of_that_kind() -> None:
    for text in (
        "Op 4 mei vond de Benelux-conferentie Donkere Nachten plaats. Het programma was "
        "gevarieerd. Aan de conferentie namen ook Frankrijk en Duitsland deel.",
        "Op 4 mei vond de Benelux-conferentie Donkere Nachten plaats in Gent. "
        + FILLER
        + "Een delegatie van Frankrijk woonde de conferentie bij.",
        "Op 4 mei vond de Benelux-conferentie Donkere Nachten plaats. Frankrijk nam als "
        "waarnemer deel.",
    ):
        assert (CONFERENCE, "country/frankrijk") in participants(text), text


def test_two_meetings_of_that_kind_compete() -> None:
    for text in (
        TWO_CONFERENCES
        + "Het programma was gevarieerd. Aan de conferentie namen ook Frankrijk en Duitsland deel.",
        TWO_CONFERENCES + FILLER + "Een delegatie van Frankrijk woonde de conferentie bij.",
    ):
        assert not participants(text), text


def test_a_heading_ends_the_pronouns_group() -> None:
    text = (
        "1. Werkgroepen\nDe Benelux-werkgroep Grensarbeid werd in 2023 opgericht.\n2. Verkeer\n"
        "De bussen reden vaker. Daarnaast werkt zij nauw samen met Europol."
    )
    assert not facts(text, COOPERATES)
