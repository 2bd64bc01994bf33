"""Round 25: working groups named in general forms.

- a compound kind word before the group's name ("de klankbordgroep Grensarbeid", "het
  stuurcomité Zorg", "het kennisnetwerk X"), also German ("de Arbeitsgruppe Grenzpendler");
- a kind of two words before a name ("de Task Force Energy Security");
- an English kind and its subject after "on"/"for" ("the Working Group on Border Data"),
  while a generic English kind alone ("de Working Group", "de High Level Group") names nothing;
- a group described by its members ends at the verb of the clause ("het overleg van de
  ministers van Justitie vond plaats in ...").
"""

from __future__ import annotations

import pytest

from extract_helpers import iris, of_class


def groups(text: str) -> set[str]:
    return of_class(text, "WorkingGroup")


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De klankbordgroep Grensarbeid kwam in maart bijeen.",
            "working-group/klankbordgroep-grensarbeid",
        ),
        (
            "Het advies werd voorbereid door de kerngroep Mobiliteit.",
            "working-group/kerngroep-mobiliteit",
        ),
        (
            "De projectgroep Slimme Grenzen rapporteert aan het College.",
            "working-group/projectgroep-slimme-grenzen",
        ),
        (
            "In de begeleidingsgroep Waterbeheer zitten de drie ministeries.",
            "working-group/begeleidingsgroep-waterbeheer",
        ),
        (
            "De subwerkgroep Rijbewijzen bracht verslag uit.",
            "working-group/subwerkgroep-rijbewijzen",
        ),
        (
            "De ad-hocwerkgroep Cyberveiligheid werd in 2024 opgericht.",
            "working-group/ad-hocwerkgroep-cyberveiligheid",
        ),
        (
            "De deskundigengroep Douane werkt aan een handleiding.",
            "working-group/deskundigengroep-douane",
        ),
        (
            "De expertengroep Luchtkwaliteit adviseert de ministers.",
            "working-group/expertengroep-luchtkwaliteit",
        ),
        (
            "Het stuurcomité Grensoverschrijdende Zorg keurde het plan goed.",
            "working-group/stuurcomite-grensoverschrijdende-zorg",
        ),
        (
            "Het begeleidingscomité Havenstudie kwam twee keer samen.",
            "working-group/begeleidingscomite-havenstudie",
        ),
        (
            "Het kennisnetwerk Grensinformatie verzamelt gegevens.",
            "working-group/kennisnetwerk-grensinformatie",
        ),
        (
            "Het expertisenetwerk Zeldzame Ziekten telt twaalf leden.",
            "working-group/expertisenetwerk-zeldzame-ziekten",
        ),
        (
            "Het samenwerkingsplatform Binnenvaart werd in 2023 opgericht.",
            "working-group/samenwerkingsplatform-binnenvaart",
        ),
        (
            "Noordrijn-Westfalen neemt deel aan de Arbeitsgruppe Grenzpendler.",
            "working-group/arbeitsgruppe-grenzpendler",
        ),
        (
            "De Arbeitskreis Wasserstoff tagte in Düsseldorf.",
            "working-group/arbeitskreis-wasserstoff",
        ),
    ],
)
def test_compound_kind_before_a_name(text: str, iri: str) -> None:
    assert iri in groups(text)


@pytest.mark.parametrize(
    "text",
    [
        # A kind compound alone names nothing (gold: unnamed groups are not annotated).
        "De projectgroep kwam drie keer bijeen.",
        "In de kerngroep zitten vertegenwoordigers van de drie landen.",
        "Het kennisnetwerk van de drie landen groeit.",
        # Compounds on "groep" and "netwerk" that name a category or cables, not a body.
        "De doelgroep Jongeren wordt via de scholen bereikt.",
        "Het glasvezelnetwerk Noord wordt uitgebreid.",
    ],
)
def test_compound_kind_without_a_name(text: str) -> None:
    assert groups(text) == set()


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De Task Force Energy Security vergaderde in Den Haag.",
            "working-group/task-force-energy-security",
        ),
        (
            "Luxemburg zit de Task Force Digital Borders voor.",
            "working-group/task-force-digital-borders",
        ),
        (
            "De Working Group on Cross-border Mobility kwam in Brussel bijeen.",
            "working-group/working-group-on-cross-border-mobility",
        ),
        (
            "Nederland nam deel aan de High Level Group on Gas Supply.",
            "working-group/high-level-group-on-gas-supply",
        ),
        (
            "Het secretariaat van de Expert Group for Rail Safety ligt in Brussel.",
            "working-group/expert-group-for-rail-safety",
        ),
    ],
)
def test_english_kind_and_subject(text: str, iri: str) -> None:
    assert iri in groups(text)


@pytest.mark.parametrize(
    "text",
    [
        "De Working Group was in 2022 ingesteld.",
        "Binnen de High Level Group werd daarover gesproken.",
        "De Steering Group komt twee keer per jaar samen.",
        "De Task Force kwam in mei bijeen.",
    ],
)
def test_generic_english_kind_names_nothing(text: str) -> None:
    assert groups(text) == set()


def test_english_name_ending_in_a_generic_kind_stays() -> None:
    text = "De werkgroep werkt samen met de Water Scarcity Steering Group van de Commissie."
    assert "working-group/water-scarcity-steering-group" in groups(text)


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Het overleg van de ministers van Justitie vond plaats in Luxemburg.",
            "working-group/overleg-van-de-ministers-van-justitie",
        ),
        (
            "Het overleg van de directeurs-generaal van de douane vindt jaarlijks plaats.",
            "working-group/overleg-van-de-directeurs-generaal-van-de-douane",
        ),
        (
            "Het overleg van de gouverneurs van de grensprovincies telt zes leden.",
            "working-group/overleg-van-de-gouverneurs-van-de-grensprovincies",
        ),
        (
            "Het overleg van de secretarissen-generaal van Binnenlandse Zaken bestaat sinds 2019.",
            "working-group/overleg-van-de-secretarissen-generaal-van-binnenlandse-zaken",
        ),
    ],
)
def test_group_of_members_ends_at_the_verb(text: str, iri: str) -> None:
    assert groups(text) == {iri}


@pytest.mark.parametrize(
    ("heading", "group", "meeting"),
    [
        (
            "Verslag van de 3e vergadering van de Benelux-werkgroep Grenswater\n"
            "Datum: 14 maart 2029\nPlaats: Brussel",
            "working-group/benelux-werkgroep-grenswater",
            "event/vergadering-benelux-werkgroep-grenswater-2029-03-14",
        ),
        (
            "Verslag van de vergadering van de Benelux-werkgroep Bodemdaling\n"
            "Datum: 2 oktober 2029\nLocatie: Den Haag",
            "working-group/benelux-werkgroep-bodemdaling",
            "event/vergadering-benelux-werkgroep-bodemdaling-2029-10-02",
        ),
        (
            "Verslag van de vergadering van het Benelux-netwerk Zorgcoördinatie\n"
            "Datum: 5 juni 2030\nVoorzitter: Luc Janssens",
            "working-group/benelux-netwerk-zorgcoordinatie",
            "event/vergadering-benelux-netwerk-zorgcoordinatie-2030-06-05",
        ),
    ],
)
def test_a_group_name_in_a_minutes_heading_ends_before_a_field_label(
    heading: str, group: str, meeting: str
) -> None:
    found = iris(heading + "\n\nDe voorzitter opent de vergadering.\n")
    assert group in found
    assert meeting in found
    assert not any(iri.endswith(("-datum", "-locatie", "-voorzitter")) for iri in found)


def test_a_word_like_a_field_label_without_its_colon_stays_in_the_name() -> None:
    # "Agenda" without a colon is a word of the name, not the label of a field.
    found = iris("De Benelux-werkgroep Digitale Agenda vergaderde op 3 maart 2029 in Brussel.")
    assert "working-group/benelux-werkgroep-digitale-agenda" in found
