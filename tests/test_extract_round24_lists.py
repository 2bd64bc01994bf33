"""Round 24: members given one a line after a colon, with dashes, asterisks, numbers or
letters instead of bullets, roles in brackets allowed; lists that are no lists of members
give no participants. Every text is made up."""

from __future__ import annotations

import pytest

from extract_helpers import participants


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "De Benelux-werkgroep Drinkwater bestaat uit:\n- de Vlaamse Milieumaatschappij;\n"
            "- Rijkswaterstaat;\n- de Administration de la gestion de l'eau.\n"
            "De werkgroep rapporteert aan het Directiecomité Leefmilieu.\n",
            "benelux-werkgroep-drinkwater",
            {
                "organisation/vlaamse-milieumaatschappij",
                "organisation/rijkswaterstaat",
                "organisation/administration-de-la-gestion-de-l-eau",
            },
        ),
        (
            "De Benelux-werkgroep Grensarbeid bestaat uit:\n1. het UWV;\n2. de VDAB;\n"
            "3. de ADEM.\n\nDe werkgroep valt onder het College van Secretarissen-Generaal.\n",
            "benelux-werkgroep-grensarbeid",
            {"organisation/uwv", "organisation/vdab", "organisation/adem"},
        ),
        (
            "De Benelux-werkgroep Grensarbeid bestaat uit:\na) het UWV;\nb) de VDAB;\n"
            "c) de ADEM.\n\nDe werkgroep valt onder het College van Secretarissen-Generaal.\n",
            "benelux-werkgroep-grensarbeid",
            {"organisation/uwv", "organisation/vdab", "organisation/adem"},
        ),
        (
            "Aan de Benelux-werkgroep Geneesmiddelen nemen deel:\n* het FAGG (voorzitter);\n"
            "* de Direction de la santé.\n\nDe werkgroep rapporteert jaarlijks.\n",
            "benelux-werkgroep-geneesmiddelen",
            {
                "organisation/federaal-agentschap-voor-geneesmiddelen-en-gezondheidsproducten",
                "organisation/direction-de-la-sante",
            },
        ),
    ],
)
def test_members_one_a_line(text: str, group: str, members: set[str]) -> None:
    found = {o for s, o in participants(text) if s == f"working-group/{group}"}
    assert members <= found


@pytest.mark.parametrize(
    "text",
    [
        # An agenda, action points and projects: items that name bodies, no members.
        "De Benelux-werkgroep Drinkwater besprak de volgende punten:\n"
        "- de Vlaamse Milieumaatschappij en haar meetnet;\n- de rapportage aan Rijkswaterstaat;\n"
        "- Beschikking M (2020) 5.\n",
        "Actiepunten:\n- Rijkswaterstaat: notitie over bermen.\n"
        "- FOD Economie en de ADEM: verslag aan de Benelux-werkgroep Grensarbeid.\n",
        "De Benelux-werkgroep Grensarbeid werkt aan drie projecten:\n1. een loket met het UWV;\n"
        "2. een studie met de VDAB;\n3. een website met de ADEM.\n",
    ],
)
def test_lists_of_no_members(text: str) -> None:
    assert not participants(text)
