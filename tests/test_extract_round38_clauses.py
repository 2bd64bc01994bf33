"""Round 38: every clause of a sentence read (relations/clauses.py, finder.py, patterns.toml
[clauses]).

The readers of a sentence take its first verb of their kind; these sentences state a relation
in another clause: a main clause whose subject stands before a relative clause or an aside
("X, die ... instelde, valt onder Y"), a clause after a semicolon whose subject is a pronoun
or a noun of a kind ("...; zij valt onder Y"), a date or an amendment in one clause of two,
and clauses joined by "en", "maar" or "terwijl" that each give their own members ("Aan X
nemen België en Nederland deel, terwijl Luxemburg lid is van Y"). Every text is made up.
Negations, invitations and interest state no relation (tests/gold/README.md; the
judgement calls of tests/heldout/README.md: observers are participants, invited or
interested parties are not).
"""

from __future__ import annotations

import pytest

from extract_helpers import AMENDS, COOPERATES, DATE, PARTICIPANT, SUB, facts

BODEM = "working-group/benelux-werkgroep-bodemsanering"
STAD = "working-group/benelux-netwerk-stadslogistiek"
LEEFMILIEU = "working-group/directiecomite-leefmilieu"
MOBILITEIT = "working-group/directiecomite-mobiliteit"

# -- a relative clause or an aside between the subject and its verb -------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "De Benelux-werkgroep Bodemsanering, die het Comité van Ministers in 2021 instelde, "
            "valt onder het Directiecomité Leefmilieu.",
            (BODEM, LEEFMILIEU),
        ),
        (
            "Het Benelux-netwerk Stadslogistiek, dat het Secretariaat-Generaal in 2022 oprichtte, "
            "ressorteert onder het Directiecomité Mobiliteit.",
            (STAD, MOBILITEIT),
        ),
        (
            "De Benelux-werkgroep Bodemsanering, die sinds 2021 viermaal per jaar vergadert, "
            "maakt deel uit van het Directiecomité Leefmilieu.",
            (BODEM, LEEFMILIEU),
        ),
        (
            "De Benelux-werkgroep Bodemsanering, een initiatief van Nederland, valt onder het "
            "Directiecomité Leefmilieu.",
            (BODEM, LEEFMILIEU),
        ),
        (
            "Het Benelux-netwerk Stadslogistiek, opgericht in 2022, valt onder het Directiecomité "
            "Mobiliteit.",
            (STAD, MOBILITEIT),
        ),
        (
            "De Benelux-werkgroep Bodemsanering, waarin België en Nederland zitting hebben, valt "
            "onder het Directiecomité Leefmilieu.",
            (BODEM, LEEFMILIEU),
        ),
    ],
)
def test_parent_after_inserted_clause(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, SUB)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Beschikking M (2023) 4, die het Comité van Ministers in mei vaststelde, wijzigt "
            "Beschikking M (2019) 2.",
            ("instrument/m-2023-4", "instrument/m-2019-2"),
        ),
        (
            "Beschikking M (2024) 2, die het Comité in maart vaststelde, vervangt Beschikking "
            "M (2012) 5.",
            ("instrument/m-2024-2", "instrument/m-2012-5"),
        ),
        (
            "Beschikking M (2021) 9, een uitwerking van het Benelux-Verdrag, wijzigt Beschikking "
            "M (2016) 3.",
            ("instrument/m-2021-9", "instrument/m-2016-3"),
        ),
    ],
)
def test_amendment_after_inserted_clause(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, AMENDS)


def test_cooperation_after_denying_relative_clause() -> None:
    # The negation is the relative clause's; the main clause states the partnership.
    text = (
        "De Benelux-werkgroep Bodemsanering, die niet onder het Directiecomité Leefmilieu valt, "
        "werkt samen met de Europese Commissie."
    )
    assert (BODEM, "organisation/europese-commissie") in facts(text, COOPERATES)
    assert not facts(text, SUB)


@pytest.mark.parametrize(
    "text",
    [
        "De Benelux-werkgroep Bodemsanering, die sinds 2021 vergadert, valt niet onder het "
        "Directiecomité Leefmilieu.",
        "Beschikking M (2023) 4, die het Comité van Ministers in mei vaststelde, wijzigt "
        "Beschikking M (2019) 2 niet.",
    ],
)
def test_denied_main_clause_after_inserted_clause(text: str) -> None:
    assert not facts(text, SUB)
    assert not facts(text, AMENDS)


def test_interest_in_inserted_clause_is_no_participation() -> None:
    text = (
        "De Benelux-werkgroep Bodemsanering, waarvoor Frankrijk interesse toonde, valt onder "
        "het Directiecomité Leefmilieu."
    )
    assert (BODEM, LEEFMILIEU) in facts(text, SUB)
    assert not facts(text, PARTICIPANT)


# -- a clause after a semicolon, its subject a pronoun or a noun of a kind -------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "De Benelux-werkgroep Bodemsanering werd in 2021 opgericht; zij valt onder het "
            "Directiecomité Leefmilieu.",
            (BODEM, LEEFMILIEU),
        ),
        (
            "De Benelux-werkgroep Bodemsanering werd in 2021 opgericht; deze valt onder het "
            "Directiecomité Leefmilieu.",
            (BODEM, LEEFMILIEU),
        ),
        (
            "Het Benelux-netwerk Stadslogistiek startte in 2022; het valt onder het "
            "Directiecomité Mobiliteit.",
            (STAD, MOBILITEIT),
        ),
        (
            "Het Benelux-netwerk Stadslogistiek startte in 2022; het netwerk valt onder het "
            "Directiecomité Mobiliteit.",
            (STAD, MOBILITEIT),
        ),
    ],
)
def test_parent_in_clause_after_semicolon(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, SUB)


def test_denied_parent_after_semicolon() -> None:
    text = (
        "De Benelux-werkgroep Bodemsanering werd in 2021 opgericht; zij valt niet onder het "
        "Directiecomité Leefmilieu."
    )
    assert not facts(text, SUB)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Het Comité van Ministers stelde op 3 mei 2023 Beschikking M (2023) 4 vast; de "
            "Benelux-verklaring over bodemkwaliteit werd op 5 juni 2023 ondertekend.",
            ("instrument/m-2023-4", "2023-05-03"),
        ),
        (
            "Op 12 juni 2024 keurde het Comité van Ministers Beschikking M (2024) 7 goed; de "
            "Benelux-verklaring over waterkwaliteit werd op 1 juli 2024 ondertekend.",
            ("instrument/m-2024-7", "2024-06-12"),
        ),
        (
            "Beschikking M (2022) 3 werd op 4 april 2022 vastgesteld; de Benelux-verklaring over "
            "drinkwater volgde op 9 mei 2022.",
            ("instrument/m-2022-3", "2022-04-04"),
        ),
    ],
)
def test_date_of_each_clause(text: str, pair: tuple[str, str]) -> None:
    dated = facts(text, DATE)
    assert pair in dated
    # The other clause's date is not this instrument's.
    assert len({d for s, d in dated if s == pair[0]}) == 1


# -- clauses that each give their own members ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Aan de Benelux-werkgroep Bodemsanering nemen België en Nederland deel, terwijl "
            "Luxemburg lid is van het Benelux-netwerk Stadslogistiek.",
            {(BODEM, "country/belgie"), (BODEM, "country/nederland"), (STAD, "country/luxemburg")},
            {(STAD, "country/belgie"), (STAD, "country/nederland")},
        ),
        (
            "Nederland neemt deel aan de Benelux-werkgroep Bodemsanering, en Duitsland is lid "
            "van het Benelux-netwerk Stadslogistiek.",
            {(BODEM, "country/nederland"), (STAD, "country/duitsland")},
            {(BODEM, "country/duitsland"), (STAD, "country/nederland")},
        ),
        (
            "Nederland zit de Benelux-werkgroep Bodemsanering voor en België neemt deel aan het "
            "Benelux-netwerk Stadslogistiek.",
            {(BODEM, "country/nederland"), (STAD, "country/belgie")},
            {(BODEM, "country/belgie"), (STAD, "country/nederland")},
        ),
        (
            "Luxemburg is lid van de Benelux-werkgroep Bodemsanering, terwijl Frankrijk aan het "
            "Benelux-netwerk Stadslogistiek deelneemt.",
            {(BODEM, "country/luxemburg"), (STAD, "country/frankrijk")},
            {(BODEM, "country/frankrijk"), (STAD, "country/luxemburg")},
        ),
    ],
)
def test_members_of_each_clause(
    text: str, right: set[tuple[str, str]], wrong: set[tuple[str, str]]
) -> None:
    found = facts(text, PARTICIPANT)
    assert right <= found
    assert not wrong & found


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            # negation
            "Duitsland volgt de Benelux-werkgroep Bodemsanering als waarnemer; het neemt niet "
            "deel aan het Benelux-netwerk Stadslogistiek.",
            {(BODEM, "country/duitsland")},
            {(STAD, "country/duitsland")},
        ),
        (
            # invitation
            "Frankrijk ondertekende in 2019 de intentieverklaring en werd uitgenodigd om deel te "
            "nemen aan de Benelux-werkgroep Bodemsanering.",
            set(),
            {(BODEM, "country/frankrijk")},
        ),
        (
            # interest
            "Frankrijk neemt deel aan de Benelux-werkgroep Bodemsanering, maar Duitsland toonde "
            "enkel interesse in het Benelux-netwerk Stadslogistiek.",
            {(BODEM, "country/frankrijk")},
            {(STAD, "country/frankrijk"), (STAD, "country/duitsland")},
        ),
    ],
)
def test_denying_clause_gives_no_members(
    text: str, right: set[tuple[str, str]], wrong: set[tuple[str, str]]
) -> None:
    found = facts(text, PARTICIPANT)
    assert right <= found
    assert not wrong & found


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            # The second clause without a subject of its own keeps the first one's.
            "Frankrijk neemt als waarnemer deel aan de Benelux-werkgroep Bodemsanering, die "
            "onder het Directiecomité Leefmilieu valt, en sluit sinds 2024 aan bij het "
            "Benelux-netwerk Stadslogistiek.",
            {(BODEM, "country/frankrijk"), (STAD, "country/frankrijk")},
        ),
        (
            # The second clause refers back to the group of the first.
            "Aan de Benelux-werkgroep Bodemsanering nemen België en Nederland deel; Frankrijk "
            "is waarnemer.",
            {(BODEM, "country/belgie"), (BODEM, "country/nederland"), (BODEM, "country/frankrijk")},
        ),
        (
            "De Benelux-werkgroep Bodemsanering valt onder het Directiecomité Leefmilieu; Europol "
            "neemt als waarnemer deel.",
            {(BODEM, "organisation/europol")},
        ),
    ],
)
def test_clauses_sharing_a_subject_or_a_group(text: str, right: set[tuple[str, str]]) -> None:
    assert right <= facts(text, PARTICIPANT)


def test_question_of_two_clauses_states_nothing() -> None:
    text = (
        "Het lid Janssens vraagt of Frankrijk deelneemt aan de Benelux-werkgroep Bodemsanering "
        "en of Europol daarin vertegenwoordigd is."
    )
    assert not facts(text, PARTICIPANT)
