"""Round 22 (REL-X): a relation construction that recurs across development documents by
different writers: a body that follows a group named by its kind (or its work, as an
observer) takes part in it."""

from __future__ import annotations

import pytest

from extract_helpers import participants


# A body that follows the group by its kind, or its work as an observer.
@pytest.mark.parametrize(
    ("text", "group", "body"),
    [
        (
            "De Benelux-werkgroep Drones bespreekt het luchtruim. De Deutsche Flugsicherung "
            "(DFS) volgt de werkgroep sinds dit voorjaar.",
            "working-group/benelux-werkgroep-drones",
            "organisation/deutsche-flugsicherung",
        ),
        (
            "De Benelux-werkgroep Insolventie bespreekt de knelpunten. Ook Frankrijk volgt de "
            "werkgroep.",
            "working-group/benelux-werkgroep-insolventie",
            "country/frankrijk",
        ),
        (
            "De Benelux-werkgroep Gereglementeerde Beroepen valt onder het Directiecomité "
            "Interne Markt. De werkgroep wordt voorgezeten door de FOD Economie. De Europese "
            "Commissie volgt de werkzaamheden als waarnemer en brengt ervaringen in.",
            "working-group/benelux-werkgroep-gereglementeerde-beroepen",
            "organisation/europese-commissie",
        ),
    ],
)
def test_a_follower_takes_part_in_the_group(text: str, group: str, body: str) -> None:
    assert (group, body) in participants(text)


@pytest.mark.parametrize(
    "text",
    [
        # "de werkzaamheden" without "als waarnemer": following the news, no membership.
        "De Benelux-werkgroep Insolventie bespreekt de knelpunten. De werkgroep wordt "
        "voorgezeten door België. Frankrijk volgt de werkzaamheden met belangstelling.",
        # Negated.
        "De Benelux-werkgroep Insolventie bespreekt de knelpunten. Frankrijk volgt de "
        "werkgroep niet.",
    ],
)
def test_no_follower_without_the_construction(text: str) -> None:
    assert ("working-group/benelux-werkgroep-insolventie", "country/frankrijk") not in (
        participants(text)
    )
