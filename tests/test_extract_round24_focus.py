"""Round 24: the meeting in focus for a place represented by a body ("X was vertegenwoordigd
door Y") and for a body speaking "er" on behalf of a place ("Namens X presenteerde Y er ...")."""

from __future__ import annotations

from extract_helpers import participants

CONFERENCE = "event/benelux-conferentie-donkere-nachten"


def test_represented_at_the_only_meeting_named_before() -> None:
    text = (
        "Op 4 mei 2028 vond in Brussel de Benelux-conferentie Donkere Nachten plaats. "
        "Nederland was vertegenwoordigd door het Ministerie van Infrastructuur en Waterstaat."
    )
    found = participants(text)
    assert (CONFERENCE, "country/nederland") in found
    assert (CONFERENCE, "organisation/ministerie-van-infrastructuur-en-waterstaat") in found


def test_represented_after_a_semicolon() -> None:
    text = (
        "Op 4 mei 2028 vond in Brussel de Benelux-conferentie Donkere Nachten plaats. "
        "Veel gemeenten waren aanwezig; Nederland werd vertegenwoordigd door het Ministerie "
        "van Infrastructuur en Waterstaat."
    )
    assert (CONFERENCE, "country/nederland") in participants(text)


def test_represented_at_the_meeting_of_a_kind() -> None:
    text = (
        "Op 4 mei 2028 vond in Brussel de Benelux-conferentie Donkere Nachten plaats. Het "
        "programma was gevarieerd. Er waren veel gemeenten. De Europese Commissie was op de "
        "conferentie vertegenwoordigd door haar Directoraat-generaal Milieu."
    )
    found = participants(text)
    assert (CONFERENCE, "organisation/europese-commissie") in found
    assert (CONFERENCE, "organisation/directoraat-generaal-milieu") in found


def test_represented_with_two_meetings_gives_nothing() -> None:
    text = (
        "In mei vonden de Benelux-conferentie Donkere Nachten en de Benelux-exotendag plaats. "
        "Nederland was vertegenwoordigd door het Ministerie van Infrastructuur en Waterstaat."
    )
    # (An older rule gives the meeting named last; this one chooses neither.)
    assert (CONFERENCE, "country/nederland") not in participants(text)


def test_represented_without_a_meeting_gives_nothing() -> None:
    text = (
        "Het rapport verscheen in mei. "
        "Nederland was vertegenwoordigd door het Ministerie van Infrastructuur en Waterstaat."
    )
    assert not any(o == "country/nederland" for _, o in participants(text))


def test_not_represented_gives_nothing() -> None:
    text = (
        "Op 4 mei 2028 vond in Brussel de Benelux-conferentie Donkere Nachten plaats. "
        "Nederland was niet vertegenwoordigd door het Ministerie van Infrastructuur en Waterstaat."
    )
    assert not any(o == "country/nederland" for _, o in participants(text))


def test_body_speaking_there_on_behalf_of_a_place() -> None:
    for verb in ("presenteerde", "lichtte", "gaf"):
        text = (
            "Op 4 mei 2028 organiseerde het Secretariaat-Generaal de Benelux-conferentie "
            f"Donkere Nachten. Namens Nederland {verb} het Ministerie van Infrastructuur en "
            "Waterstaat er een handreiking toe."
        )
        found = participants(text)
        assert (CONFERENCE, "organisation/ministerie-van-infrastructuur-en-waterstaat") in found


def test_body_speaking_without_there_gives_nothing() -> None:
    text = (
        "Op 4 mei 2028 organiseerde het Secretariaat-Generaal de Benelux-conferentie Donkere "
        "Nachten. Namens Nederland presenteerde het Ministerie van Infrastructuur en Waterstaat "
        "later een handreiking."
    )
    found = participants(text)
    assert (CONFERENCE, "organisation/ministerie-van-infrastructuur-en-waterstaat") not in found
