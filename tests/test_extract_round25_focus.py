"""Round 25: relations that refer back to the meeting or group in focus ("er", "daar", no
object at all, a parent named by its kind), read through one resolver."""

from __future__ import annotations

from extract_helpers import parents, participants

CONFERENCE = "Op 4 mei 2026 vond in Namen de Benelux-conferentie Waterstof plaats. "
GROUP = "De Benelux-werkgroep Waterstof werd in 2024 opgericht. "
MEETING = ("event/benelux-conferentie-waterstof",)
WG = "working-group/benelux-werkgroep-waterstof"
NETWORK = "working-group/benelux-netwerk-waterstofregio-s"


def test_there_at_the_meeting() -> None:
    for sentence in (
        "Het Vlaams Energieagentschap gaf er een presentatie.",
        "Het Vlaams Energieagentschap verzorgde daar de slotlezing.",
        "Het Vlaams Energieagentschap lichtte de resultaten er toe.",
        "Het Vlaams Energieagentschap was er aanwezig.",
        "Het Vlaams Energieagentschap schoof er als spreker aan.",
    ):
        found = participants(CONFERENCE + sentence)
        assert (*MEETING, "organisation/vlaams-energieagentschap") in {(s, o) for s, o in found}, (
            sentence
        )


def test_daar_toe_with_owner() -> None:
    text = (
        "Het Benelux-Parlement bespreekt het ontwerp tijdens de plenaire zitting van maart "
        "2026 in Brussel. Het Secretariaat-Generaal van de Benelux Unie licht de tekst daar toe."
    )
    found = participants(text)
    assert (
        "event/plenaire-zitting-benelux-parlement-2026-03",
        "institution/secretariaat-generaal",
    ) in found
    assert not any(o == "organisation/benelux-unie" for _, o in found)


def test_bare_taking_part() -> None:
    for sentence, party in (
        ("Ook Frankrijk nam deel.", "country/frankrijk"),
        ("Luxemburg was als waarnemer aanwezig.", "country/luxemburg"),
        ("Daarnaast namen Frankrijk en Duitsland deel.", "country/duitsland"),
        ("Verder was ook Duitsland aanwezig.", "country/duitsland"),
    ):
        assert (*MEETING, party) in participants(CONFERENCE + sentence), sentence
    assert (WG, "country/frankrijk") in participants(GROUP + "Ook Frankrijk neemt deel.")


def test_no_reference_back() -> None:
    for text in (
        # Negation.
        CONFERENCE + "Frankrijk nam niet deel.",
        CONFERENCE + "Het Vlaams Energieagentschap was er niet aanwezig.",
        # "er" of a pronominal adverb: a comment on a text, not the meeting.
        CONFERENCE + "Het Vlaams Energieagentschap gaf er een toelichting op.",
        # A new section: the subject changed.
        CONFERENCE + "\n\n2. Overige punten\n\nOok Frankrijk nam deel.",
        # Two candidates compete.
        "Op 4 mei 2026 vonden de Benelux-conferentie Waterstof en de Benelux-conferentie "
        "Zeewind plaats. Ook Frankrijk nam deel.",
    ):
        assert not any(
            o == "country/frankrijk" or o.endswith("energieagentschap")
            for _, o in participants(text)
        ), text


def test_parent_named_by_kind() -> None:
    for sentence in (
        "Onder de werkgroep valt het Benelux-netwerk Waterstofregio's.",
        "Het Benelux-netwerk Waterstofregio's, dat onder de werkgroep valt, telt twaalf leden.",
        "Het Benelux-netwerk Waterstofregio's valt sinds 2025 onder de werkgroep.",
    ):
        assert (NETWORK, WG) in parents(GROUP + sentence), sentence


def test_parent_by_kind_refused() -> None:
    two = (
        "De Benelux-werkgroep Waterstof en de Benelux-werkgroep Zeewind werden in 2024 opgericht. "
    )
    for text in (
        two + "Onder de werkgroep valt het Benelux-netwerk Waterstofregio's.",
        GROUP + "Het Benelux-netwerk Waterstofregio's valt niet onder de werkgroep.",
        "Onder de werkgroep valt het Benelux-netwerk Waterstofregio's.",
    ):
        assert not any(s == NETWORK for s, _ in parents(text)), text
