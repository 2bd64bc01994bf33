"""Round 22 (REL-X): a relation construction that recurs across development documents by
different writers: a body that follows a group named by its kind (or its work, as an
observer) takes part in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benelux_kg.corpus import Document
from benelux_kg.extract import Extraction, Extractor
from benelux_kg.namespaces import BKG, ID

EXTRACTOR = Extractor.from_files()


def extract(text: str) -> Extraction:
    return EXTRACTOR.extract(Document("test", text, Path("test.txt"), "0" * 64))


def participants(text: str) -> set[tuple[str, str]]:
    return {
        (f.subject.value[len(ID) :], f.object.value[len(ID) :])
        for f in extract(text).facts
        if f.predicate.value == BKG + "participant"
    }


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
