"""Round 43: where a working group's name ends.

A group's name after its kind ("de werkgroep Drinkwater") runs on over capitalised words
joined by "van (de/het)" and "en". It stops before a body the reference knows, which after
"van" is the group's parent ("van het Comité van Ministers", "van de Benelux Unie", "van
Europol"), before a capitalised kind that opens a parent's name ("van het Directiecomité
Leefmilieu"), and before a body, country or region after "en", another party ("en Europol",
"en Nederland"). A subject of its own with "van" or "en" in it stays whole.
"""

from __future__ import annotations

import pytest

from extract_helpers import iris, parents

WG = "working-group/"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # a parent the reference knows, after "van de/het"
        (
            "De werkgroep Drinkwater van de Benelux Unie kwam in maart bijeen.",
            "werkgroep-drinkwater",
        ),
        (
            "De Benelux-werkgroep Waterbeheer van het Comité van Ministers vergaderde twee keer.",
            "benelux-werkgroep-waterbeheer",
        ),
        (
            "Het Benelux-platform Mijnwater van de Europese Commissie kwam bijeen.",
            "benelux-platform-mijnwater",
        ),
        ("De werkgroep Mijnwater van Europol kwam bijeen.", "werkgroep-mijnwater"),
        (
            "Het Directiecomité Leefmilieu van de Benelux Unie kwam bijeen.",
            "directiecomite-leefmilieu",
        ),
        # a parent that opens on a capitalised kind
        (
            "De werkgroep Drinkwater van het Directiecomité Leefmilieu kwam in maart bijeen.",
            "werkgroep-drinkwater",
        ),
        (
            "De taskforce Bodemsanering van de Stuurgroep Milieu rapporteert jaarlijks.",
            "taskforce-bodemsanering",
        ),
        # another party after "en" (a body, a country, a region)
        ("De werkgroep Grondwater en Europol werken samen.", "werkgroep-grondwater"),
        ("De werkgroep Grondwater en Nederland werken samen.", "werkgroep-grondwater"),
        ("De werkgroep Grondwater en België wisselen gegevens uit.", "werkgroep-grondwater"),
        ("De werkgroep Grondwater en NRW werken samen.", "werkgroep-grondwater"),
        ("De werkgroep Grondwater en Wallonië werken samen.", "werkgroep-grondwater"),
        # a country after "van" is a party, not a word of the name
        (
            "De werkgroep Grondwater van Nederland en België kwam bijeen.",
            "werkgroep-grondwater",
        ),
    ],
)
def test_a_name_ends_before_a_known_body_or_party(text: str, group: str) -> None:
    found = iris(text)
    assert WG + group in found
    assert not any(i.startswith(WG + group + "-") for i in found), found


def test_the_parent_cut_off_is_read_as_a_group_and_as_the_parent() -> None:
    text = "De werkgroep Drinkwater van het Directiecomité Leefmilieu kwam in maart bijeen."
    assert WG + "directiecomite-leefmilieu" in iris(text)
    assert (WG + "werkgroep-drinkwater", WG + "directiecomite-leefmilieu") in parents(text)


def test_a_known_parent_after_van_de_is_the_parent() -> None:
    text = "De werkgroep Grondwater van de Benelux Unie kwam bijeen."
    assert (WG + "werkgroep-grondwater", "organisation/benelux-unie") in parents(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # negatives: a subject of its own with "en" or "van" in it stays whole
        (
            "De werkgroep Grensoverschrijdende Arbeidsmobiliteit en Sociale Zekerheid kwam bijeen.",
            "werkgroep-grensoverschrijdende-arbeidsmobiliteit-en-sociale-zekerheid",
        ),
        (
            "De werkgroep Veiligheid van Kritieke Infrastructuur kwam bijeen.",
            "werkgroep-veiligheid-van-kritieke-infrastructuur",
        ),
        (
            "Het Directiecomité Justitie en Binnenlandse Zaken kwam bijeen.",
            "directiecomite-justitie-en-binnenlandse-zaken",
        ),
        (
            "De Benelux-werkgroep Rijbewijzen en Voertuigen kwam bijeen.",
            "benelux-werkgroep-rijbewijzen-en-voertuigen",
        ),
        (
            "Aan de werkgroep Grondwater en Mijnwater nemen België en Nederland deel.",
            "werkgroep-grondwater-en-mijnwater",
        ),
        # and a committee keeps the parliament its name holds (gold convention)
        (
            "De commissie Justitie en Binnenlandse Zaken van het Benelux-Parlement vergaderde.",
            "commissie-justitie-en-binnenlandse-zaken-van-het-benelux-parlement",
        ),
    ],
)
def test_a_subject_of_its_own_stays_whole(text: str, group: str) -> None:
    assert WG + group in iris(text)
