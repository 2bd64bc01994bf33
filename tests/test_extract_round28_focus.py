"""Round 28: one resolver for what a sentence refers back to (``_focus``: the only meeting or
group named in this sentence or the one before, or in this section's heading, or by its kind
in this section; nothing when two compete or a section heading stands between), and the two
patterns the split found shadowed, each now used by the readers its author meant."""

from __future__ import annotations

from benelux_kg.namespaces import BKG
from extract_helpers import facts, participants

WG = "working-group/benelux-werkgroep-grensarbeid"
GROUP = "De Benelux-werkgroep Grensarbeid werd in 2023 opgericht. "
CONFERENCE = "event/benelux-conferentie-donkere-nachten"
DECLARATION = "instrument/intentieverklaring-over-grensoverschrijdend-onderwijs"
SIGNED = (
    "In 2024 ondertekenden België en Nederland de Intentieverklaring over "
    "grensoverschrijdend onderwijs. "
)


def _objects(text: str) -> set[str]:
    return {o for _, o in participants(text)}


# -- the four wrong readings of the older resolvers -------------------------------------------


def test_two_conferences_compete_for_those_present() -> None:
    text = (
        "In mei vonden de Benelux-conferentie Donkere Nachten en de Benelux-conferentie Zeewind "
        "plaats. De conferentie trok veel bezoekers. Ook Frankrijk was aanwezig."
    )
    assert "country/frankrijk" not in _objects(text)


def test_a_conference_by_its_kind_is_no_group() -> None:
    text = GROUP + "De conferentie vond in mei plaats. Ook Frankrijk nam deel."
    assert (WG, "country/frankrijk") not in participants(text)


def test_a_new_section_ends_the_focus() -> None:
    text = (
        "1. Werkgroepen\n" + GROUP + "Zij vergadert viermaal per jaar.\n2. Verkeer\n"
        "De bussen reden vaker. Ook Frankrijk nam deel."
    )
    assert (WG, "country/frankrijk") not in participants(text)


def test_represented_after_two_meetings_gives_neither() -> None:
    text = (
        "In mei vonden de Benelux-conferentie Donkere Nachten en de Benelux-exotendag plaats. "
        "Nederland was vertegenwoordigd door het Ministerie van Infrastructuur en Waterstaat."
    )
    assert not any(o == "country/nederland" for _, o in participants(text))


# -- a bare "neemt deel": the one group the sentences before are about -----------------------


def test_taking_part_in_the_group_spoken_of() -> None:
    for text in (
        GROUP + "Zij vergadert viermaal per jaar. Noordrijn-Westfalen neemt als waarnemer deel.",
        "1. Werkgroepen\n" + GROUP + "Noordrijn-Westfalen neemt als waarnemer deel.",
        "3. Grensarbeid\n" + GROUP + "Zij vergadert viermaal per jaar. Noordrijn-Westfalen "
        "neemt als waarnemer deel.",
    ):
        assert (WG, "region/noordrijn-westfalen") in participants(text), text


# -- those present: the one meeting just named -----------------------------------------------


def test_present_at_the_one_meeting_named() -> None:
    for text in (
        "Op 4 mei vond de Benelux-conferentie Donkere Nachten plaats. Ook Frankrijk was aanwezig.",
        "Op 4 mei vond in Gent de Benelux-conferentie Donkere Nachten plaats. Het programma was "
        "gevarieerd. Een delegatie van Frankrijk was aanwezig.",
    ):
        assert (CONFERENCE, "country/frankrijk") in participants(text), text


# -- the shadowed patterns -------------------------------------------------------------------


def test_joining_counts_its_own_clause_only() -> None:
    for text in (
        SIGNED
        + "Volgens Frankrijk was dat te vroeg: Duitsland trad in 2025 toe tot de verklaring.",
        SIGNED + "Volgens Frankrijk was dat te vroeg: Duitsland tekende in 2025 mee.",
    ):
        found = participants(text)
        assert (DECLARATION, "country/duitsland") in found, text
        assert (DECLARATION, "country/frankrijk") not in found, text


def test_discussing_in_a_group_after_a_colon() -> None:
    text = (
        "Volgens Frankrijk was dat te vroeg: Nederland en België bespraken het plan in de "
        "Benelux-werkgroep Grensarbeid."
    )
    found = participants(text)
    assert (WG, "country/nederland") in found
    assert (WG, "country/frankrijk") not in found


def test_fronted_with_in_a_list_item() -> None:
    text = "Samenwerking\n- Met Wallonië onderzoekt het Departement Zorg de ambulancezorg."
    found = facts(text, BKG + "cooperatesWith")
    assert ("organisation/departement-zorg", "organisation/waals-gewest") in found
