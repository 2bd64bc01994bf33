"""Round 41: relations stated across sentences (relations/participation.py, members.py,
parents.py, instruments.py; patterns.toml [participation], [group_table_labels]).

A sentence that speaks of a group, a meeting or an instrument named in the sentence before, or
in a heading: what holds for the sentence before holds for another ("Hetzelfde geldt voor X"),
a word for any meeting ("de bijeenkomst", "het bezoek") for the one meeting in focus, a body
of the Union as the subject of taking part in it, "Het" for a group of a kind that takes
"het" ("Het wordt gedragen door X"), "Hij" for an instrument ("Hij vervangt aanbeveling Y"),
members under a label ("Deelnemende organisaties:") or by "Tot de leden behoren", and a parent
by its kind ("Onder het overleg vallen X en Y"). Every text is made up. Negations,
invitations and interest state no relation, nor does a list of those present in minutes give
the meeting its participants (tests/gold/README.md; tests/heldout/README.md).
"""

from __future__ import annotations

import pytest

from extract_helpers import AMENDS, PARTICIPANT, SUB, facts

DRONES = "working-group/benelux-werkgroep-drones"
DONKER = "working-group/benelux-netwerk-donkere-gebieden"
DRONECONF = "event/benelux-droneconferentie"
OVERLEG = "working-group/strategisch-overleg-douane-en-accijnzen"
SG = "institution/secretariaat-generaal"

# -- what holds for the sentence before -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "De Benelux-werkgroep Drones werd in 2024 opgericht. België en Nederland nemen aan "
            "de werkgroep deel. Hetzelfde geldt voor Luxemburg.",
            (DRONES, "country/luxemburg"),
        ),
        (
            "De Benelux-werkgroep Drones werd in 2024 opgericht. Duitsland neemt als waarnemer "
            "aan de werkgroep deel. Hetzelfde geldt sinds januari 2025 voor Frankrijk.",
            (DRONES, "country/frankrijk"),
        ),
        (
            "De Benelux-werkgroep Drones werd in 2024 opgericht. België en Nederland nemen aan "
            "de werkgroep deel. Dat geldt sinds 2025 ook voor Noordrijn-Westfalen.",
            (DRONES, "region/noordrijn-westfalen"),
        ),
    ],
)
def test_the_same_holds_for(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, PARTICIPANT)


@pytest.mark.parametrize(
    "text",
    [
        # a negation
        "De Benelux-werkgroep Drones werd in 2024 opgericht. België en Nederland nemen aan de "
        "werkgroep deel. Hetzelfde geldt niet voor Luxemburg.",
        # "dat" without "ook": it may point at anything the sentence before said
        "De Benelux-werkgroep Drones werd in 2024 opgericht. België en Nederland nemen aan de "
        "werkgroep deel. Dat geldt voor de kosten van Luxemburg.",
        # interest only
        "De Benelux-werkgroep Drones werd in 2024 opgericht. België en Nederland nemen aan de "
        "werkgroep deel. Luxemburg heeft belangstelling getoond.",
    ],
)
def test_the_same_not_said(text: str) -> None:
    assert not any(o == "country/luxemburg" for _, o in facts(text, PARTICIPANT))


# -- a word for any meeting; a body of the Union taking part ---------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. De conferentie "
            "werd door het Secretariaat-Generaal georganiseerd. Ook Europol nam deel; het "
            "Verenigd Koninkrijk woonde de bijeenkomst bij als waarnemer.",
            (DRONECONF, "country/verenigd-koninkrijk"),
        ),
        (
            "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. Ook "
            "Noordrijn-Westfalen nam aan de bijeenkomst deel.",
            (DRONECONF, "region/noordrijn-westfalen"),
        ),
        (
            "Op 16 mei 2025 bracht ik een werkbezoek aan Baarle-Nassau en Baarle-Hertog. Ook "
            "het Secretariaat-Generaal nam aan het bezoek deel.",
            ("event/werkbezoek-aan-baarle-nassau-en-baarle-hertog-2025-05-16", SG),
        ),
        (
            "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. Ook het "
            "Benelux-Parlement nam aan de conferentie deel.",
            (DRONECONF, "institution/benelux-parlement"),
        ),
    ],
)
def test_meeting_in_focus(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, PARTICIPANT)


@pytest.mark.parametrize(
    "text",
    [
        # a negation
        "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. "
        "Noordrijn-Westfalen nam niet aan de bijeenkomst deel.",
        # an invitation
        "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. "
        "Noordrijn-Westfalen is uitgenodigd om aan de bijeenkomst deel te nemen.",
        # interest only
        "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. "
        "Noordrijn-Westfalen toonde belangstelling voor de bijeenkomst.",
        # a group competes for "de bijeenkomst" (its own meeting, no name)
        "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. De Benelux-"
        "werkgroep Drones kwam een dag later bijeen. Noordrijn-Westfalen nam aan de bijeenkomst "
        "deel.",
    ],
)
def test_meeting_in_focus_not_said(text: str) -> None:
    assert (DRONECONF, "region/noordrijn-westfalen") not in facts(text, PARTICIPANT)


# -- "Het" for a group of a kind that takes "het" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Onder de werkgroep valt het Benelux-netwerk Donkere Gebieden. Het wordt gedragen "
            "door Staatsbosbeheer, Natagora en het Natur- & Geopark Mëllerdall.",
            (DONKER, "organisation/natagora"),
        ),
        (
            "Het Benelux-netwerk Donkere Gebieden werd in 2023 opgericht. Het bestaat uit "
            "Staatsbosbeheer en Natagora.",
            (DONKER, "organisation/staatsbosbeheer"),
        ),
        (
            "Het Strategisch Overleg Douane en Accijnzen werd in 2019 ingesteld. Het wordt "
            "sinds 2020 gevormd door de Algemene Administratie van Douane en Accijnzen en "
            "Douane Nederland.",
            (OVERLEG, "organisation/douane-nederland"),
        ),
    ],
)
def test_it_for_a_neuter_group(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, PARTICIPANT)


@pytest.mark.parametrize(
    "text",
    [
        # "het" as a dummy subject
        "Het Benelux-netwerk Donkere Gebieden werd in 2023 opgericht. Het is de bedoeling dat "
        "Natagora deelneemt.",
        # support is no membership
        "Het Benelux-netwerk Donkere Gebieden werd in 2023 opgericht. Het wordt gesteund door "
        "Natagora.",
        # a group that takes "de", and an overleg no name names in between
        "De werkgroep Fraude werd in 2002 opgericht. Het strategisch overleg komt tweemaal per "
        "jaar samen. Het wordt voorgezeten door Natagora.",
        "De Benelux-werkgroep Drones werd in 2024 opgericht. Het wordt voorgezeten door Natagora.",
    ],
)
def test_it_not_said(text: str) -> None:
    assert not any(o == "organisation/natagora" for _, o in facts(text, PARTICIPANT))


# -- "Hij" for an instrument -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Het Parlement nam aanbeveling 1010/1 over fietspaden aan. De tekst werd voorbereid "
            "in de commissie Mobiliteit. Hij vervangt aanbeveling 950/2 over fietsroutes.",
            ("instrument/aanbeveling-1010-1", "instrument/aanbeveling-950-2"),
        ),
        (
            "Het Comité van Ministers stelde Beschikking M (2024) 3 vast. Hij vervangt "
            "Beschikking M (2019) 2.",
            ("instrument/m-2024-3", "instrument/m-2019-2"),
        ),
        (
            "Het Parlement nam op 14 maart aanbeveling 1012/2 over grensarbeid aan. Hij wijzigt "
            "aanbeveling 960/1 over telewerk.",
            ("instrument/aanbeveling-1012-2", "instrument/aanbeveling-960-1"),
        ),
    ],
)
def test_he_for_an_instrument(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, AMENDS)


def test_he_for_a_person_named_since() -> None:
    text = (
        "Het Comité van Ministers stelde Beschikking M (2024) 3 vast. Minister Jan Jambon "
        "lichtte de tekst toe. Hij vervangt Beschikking M (2019) 2."
    )
    assert ("instrument/m-2024-3", "instrument/m-2019-2") not in facts(text, AMENDS)


# -- members under a label, "Tot de leden behoren" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Benelux-werkgroep Drones\n\nDe werkgroep werd in 2024 opgericht.\n\n"
            "Deelnemende organisaties:\n- FOD Mobiliteit en Vervoer\n"
            "- Ministerie van Infrastructuur en Waterstaat\n",
            (DRONES, "organisation/fod-mobiliteit-en-vervoer"),
        ),
        (
            "De Benelux-werkgroep Drones werd in 2024 opgericht. Deelnemende organisaties:\n"
            "- de FOD Mobiliteit en Vervoer;\n- het Ministerie van Infrastructuur en Waterstaat.",
            (DRONES, "organisation/ministerie-van-infrastructuur-en-waterstaat"),
        ),
        (
            "De Benelux-werkgroep Drones werd in 2024 opgericht. Tot de leden behoren België, "
            "Nederland en Noordrijn-Westfalen.",
            (DRONES, "region/noordrijn-westfalen"),
        ),
        (
            "De Benelux-werkgroep Drones werd in 2024 opgericht. De deelnemende landen zijn "
            "België en Nederland.",
            (DRONES, "country/belgie"),
        ),
    ],
)
def test_members_labelled(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, PARTICIPANT)


@pytest.mark.parametrize(
    "text",
    [
        # a list that is not of members
        "De Benelux-werkgroep Drones werd in 2024 opgericht. Geraadpleegde organisaties:\n"
        "- de FOD Mobiliteit en Vervoer;\n- het Ministerie van Infrastructuur en Waterstaat.",
        # those present at a meeting, in minutes: no members of the group
        "Verslag van de vergadering van de Benelux-werkgroep Drones van 3 april 2025\n\n"
        "Aanwezig:\n- FOD Mobiliteit en Vervoer\n- Ministerie van Infrastructuur en Waterstaat\n",
    ],
)
def test_members_not_labelled(text: str) -> None:
    # (Those present at a meeting in minutes are the attendance reader's, which this round
    # leaves as it was; they are no members of the group.)
    assert (DRONES, "organisation/fod-mobiliteit-en-vervoer") not in facts(text, PARTICIPANT)


# -- a parent by its kind ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Het Strategisch Overleg Douane en Accijnzen werd in 2019 ingesteld. Onder het "
            "overleg vallen de werkgroep Risicoanalyse en de werkgroep Gezamenlijke Controles.",
            ("working-group/werkgroep-gezamenlijke-controles", OVERLEG),
        ),
        (
            "Het Strategisch Overleg Douane en Accijnzen werd in 2019 ingesteld. Onder het "
            "overleg valt de werkgroep Risicoanalyse.",
            ("working-group/werkgroep-risicoanalyse", OVERLEG),
        ),
        (
            "Het Benelux-platform Waterstof werd in 2024 opgericht. Onder het platform valt "
            "sinds 2025 de Benelux-werkgroep Waterstofkwaliteit.",
            (
                "working-group/benelux-werkgroep-waterstofkwaliteit",
                "working-group/benelux-platform-waterstof",
            ),
        ),
    ],
)
def test_parent_by_kind(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, SUB)


@pytest.mark.parametrize(
    "text",
    [
        # a negation
        "Het Strategisch Overleg Douane en Accijnzen werd in 2019 ingesteld. De werkgroep "
        "Risicoanalyse valt sinds 2023 niet meer onder het overleg.",
        # none below it; the group falls under another
        "Het Strategisch Overleg Douane en Accijnzen werd in 2019 ingesteld. Onder het overleg "
        "vallen geen werkgroepen; de werkgroep Risicoanalyse valt onder het Comité van "
        "Ministers.",
    ],
)
def test_parent_by_kind_not_said(text: str) -> None:
    assert ("working-group/werkgroep-risicoanalyse", OVERLEG) not in facts(text, SUB)


# -- instruments counted back ("beide verklaringen") -----------------------------------------

FIETS = "instrument/politieke-verklaring-over-fietsgebruik-van-2020"
WANDEL = "instrument/politieke-verklaring-over-wandelen-van-2022"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "De intentieverklaring Benelux Unie-Hauts-de-France van 7 juni 2018 werd op 15 "
            "november 2022 vernieuwd met de intentieverklaring Benelux-Hauts-de-France "
            "2022-2026, die de eerste vervangt. Beide verklaringen zijn ondertekend door het "
            "Secretariaat-Generaal en de voorzitter van de regio.",
            {
                ("instrument/intentieverklaring-benelux-hauts-de-france-2022-2026", SG),
                ("instrument/intentieverklaring-benelux-unie-hauts-de-france-van-7-juni-2018", SG),
            },
        ),
        (
            "De Politieke Verklaring over fietsgebruik van 2020 en de Politieke Verklaring over "
            "wandelen van 2022 zijn bekend. De twee verklaringen werden door België, Nederland "
            "en Luxemburg ondertekend.",
            {(FIETS, "country/belgie"), (WANDEL, "country/luxemburg")},
        ),
        (
            "De Politieke Verklaring over fietsgebruik van 2020 en de Politieke Verklaring over "
            "wandelen van 2022 zijn bekend. Beide verklaringen werden ook door "
            "Noordrijn-Westfalen ondertekend.",
            {(FIETS, "region/noordrijn-westfalen"), (WANDEL, "region/noordrijn-westfalen")},
        ),
    ],
)
def test_instruments_counted_back(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= facts(text, PARTICIPANT)


@pytest.mark.parametrize(
    "text",
    [
        # a negation
        "De Politieke Verklaring over fietsgebruik van 2020 en de Politieke Verklaring over "
        "wandelen van 2022 zijn bekend. Beide verklaringen werden niet door Frankrijk "
        "ondertekend.",
        # one instrument named, not two
        "De Politieke Verklaring over fietsgebruik van 2020 is bekend. Beide verklaringen "
        "werden door Frankrijk ondertekend.",
    ],
)
def test_instruments_counted_back_not_said(text: str) -> None:
    assert not any(o == "country/frankrijk" for _, o in facts(text, PARTICIPANT))


# -- "Er ... aan deel" with the members listed between ----------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. Er namen "
            "België, Nederland en Noordrijn-Westfalen aan deel.",
            (DRONECONF, "region/noordrijn-westfalen"),
        ),
        (
            "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. Er namen ook "
            "België, Nederland en Frankrijk aan deel.",
            (DRONECONF, "country/frankrijk"),
        ),
        (
            "Op 3 april 2025 vond in Brussel de Benelux-droneconferentie plaats. Er namen de FOD "
            "Mobiliteit en Vervoer, het Ministerie van Infrastructuur en Waterstaat en "
            "Noordrijn-Westfalen aan deel.",
            (DRONECONF, "organisation/fod-mobiliteit-en-vervoer"),
        ),
        (
            "De Benelux-werkgroep Drones werd in 2024 opgericht. Er nemen België, Nederland en "
            "Luxemburg aan deel.",
            (DRONES, "country/luxemburg"),
        ),
    ],
)
def test_there_split_with_a_list(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, PARTICIPANT)


@pytest.mark.parametrize(
    "text",
    [
        "De Benelux-werkgroep Drones werd in 2024 opgericht. Er nemen België, Nederland en "
        "Luxemburg niet aan deel.",
        "De Benelux-werkgroep Drones werd in 2024 opgericht. Luxemburg werd er uitgenodigd, "
        "maar nam er niet aan deel.",
    ],
)
def test_there_split_not_said(text: str) -> None:
    assert (DRONES, "country/luxemburg") not in facts(text, PARTICIPANT)


# -- a table of members under a caption that names no group -----------------------------------

_TABLE = (
    "| Land | Organisatie |\n|------|-------------|\n| België | FOD Mobiliteit en Vervoer |\n"
    "| Nederland | Ministerie van Infrastructuur en Waterstaat |\n"
)


@pytest.mark.parametrize(
    "caption", ["Samenstelling", "Leden", "Lidorganisaties", "Samenstelling (2025)"]
)
def test_members_table_under_caption(caption: str) -> None:
    text = f"Benelux-werkgroep Drones\n\nDe werkgroep werd in 2024 opgericht.\n\n{caption}\n\n"
    assert (DRONES, "organisation/fod-mobiliteit-en-vervoer") in facts(text + _TABLE, PARTICIPANT)


@pytest.mark.parametrize(
    "text",
    [
        # those present, not members
        "Benelux-werkgroep Drones\n\nDe werkgroep werd in 2024 opgericht.\n\nAanwezig\n\n" + _TABLE,
        # two groups named before: no clear referent
        "Benelux-werkgroep Drones\n\nDe werkgroep werd in 2024 opgericht. Zij werkt samen met "
        "de Benelux-werkgroep Luchtvaart.\n\nSamenstelling\n\n" + _TABLE,
    ],
)
def test_members_table_not_captioned(text: str) -> None:
    assert (DRONES, "organisation/fod-mobiliteit-en-vervoer") not in facts(text, PARTICIPANT)
