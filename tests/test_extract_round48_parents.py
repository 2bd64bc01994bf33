"""Round 48: a parent body (``org:subOrganizationOf``) stated in one sentence in more orders
(relations/parents.py).

"de onder Y vallende werkgroep X" (the participle before the group), the parent fronted with
its preposition ("Aan Y rapporteert X", "Tot Y behoren X en Z"), a passive with the parent
between ("X werd binnen Y opgericht"), "Binnen het kader van Y", the parent counting and
naming its groups ("Y telt drie werkgroepen: X, Z en W", "Y heeft twee werkgroepen,
namelijk X en Z"), and a coordinated subject of "rapporteren" ("X en Z rapporteren aan Y").
Negations, proposals, cooperation and chairs state no parent (tests/gold/README.md;
tests/heldout/README.md). Every text is made up.
"""

from __future__ import annotations

import pytest

from extract_helpers import SUB, facts

DRONES = "working-group/benelux-werkgroep-drones"
CYBER = "working-group/werkgroep-cybercrime"
FRAUDE = "working-group/werkgroep-fraude"
LEEFMILIEU = "working-group/directiecomite-leefmilieu"
SENNINGEN = "working-group/senningenoverleg"
MINISTERS = "institution/comite-van-ministers"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "De onder het Directiecomité Leefmilieu vallende Benelux-werkgroep Drones kwam in "
            "2025 driemaal bijeen.",
            {(DRONES, LEEFMILIEU)},
        ),
        (
            "Aan het Comité van Ministers rapporteert de Benelux-werkgroep Drones.",
            {(DRONES, MINISTERS)},
        ),
        (
            "Tot het Senningenoverleg behoren de Benelux-werkgroep Drones en de werkgroep "
            "Cybercrime.",
            {(DRONES, SENNINGEN), (CYBER, SENNINGEN)},
        ),
        (
            "De Benelux-werkgroep Drones werd in 2022 binnen het Directiecomité Leefmilieu "
            "opgericht.",
            {(DRONES, LEEFMILIEU)},
        ),
        (
            "Binnen het kader van het Senningenoverleg werkt de Benelux-werkgroep Drones aan een "
            "handboek.",
            {(DRONES, SENNINGEN)},
        ),
        (
            "Het Senningenoverleg telt drie werkgroepen: de Benelux-werkgroep Drones, de "
            "werkgroep Cybercrime en de werkgroep Fraude.",
            {(DRONES, SENNINGEN), (CYBER, SENNINGEN), (FRAUDE, SENNINGEN)},
        ),
        (
            "Het Senningenoverleg heeft twee werkgroepen, namelijk de Benelux-werkgroep Drones "
            "en de werkgroep Cybercrime.",
            {(DRONES, SENNINGEN), (CYBER, SENNINGEN)},
        ),
        (
            "De Benelux-werkgroep Drones en de werkgroep Cybercrime rapporteren beide aan het "
            "Senningenoverleg.",
            {(DRONES, SENNINGEN), (CYBER, SENNINGEN)},
        ),
    ],
)
def test_parent_in_one_sentence(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= facts(text, SUB)


@pytest.mark.parametrize(
    "text",
    [
        # a negation, in each new order
        "De niet onder het Directiecomité Leefmilieu vallende Benelux-werkgroep Drones kwam "
        "bijeen.",
        "Aan het Comité van Ministers rapporteert de Benelux-werkgroep Drones niet.",
        "Tot het Senningenoverleg behoren de Benelux-werkgroep Drones en de werkgroep Cybercrime "
        "niet.",
        "De Benelux-werkgroep Drones werd niet binnen het Directiecomité Leefmilieu opgericht.",
        "Het Senningenoverleg telt geen werkgroepen: de Benelux-werkgroep Drones en de werkgroep "
        "Cybercrime werden opgeheven.",
        # a proposal
        "Er wordt voorgesteld dat de Benelux-werkgroep Drones onder het Directiecomité "
        "Leefmilieu gaat vallen.",
        "Het Directiecomité Leefmilieu overweegt de Benelux-werkgroep Drones onder zich te laten "
        "vallen.",
        # other verbs: cooperation, a letter, a discussion
        "Het Senningenoverleg werkt samen met drie werkgroepen: de Benelux-werkgroep Drones, de "
        "werkgroep Cybercrime en de werkgroep Fraude.",
        "De Benelux-werkgroep Drones en de werkgroep Cybercrime werken samen met het "
        "Senningenoverleg.",
        "Aan het Comité van Ministers stuurt de Benelux-werkgroep Drones een brief.",
        "De Benelux-werkgroep Drones werd binnen het Directiecomité Leefmilieu besproken.",
        "Het Senningenoverleg heeft drie werkgroepen gesteund, namelijk de Benelux-werkgroep "
        "Drones en de werkgroep Cybercrime.",
        # a chair
        "De Benelux-werkgroep Drones wordt voorgezeten door het Directiecomité Leefmilieu.",
        "De voorzitter van het Directiecomité Leefmilieu zit de Benelux-werkgroep Drones voor.",
    ],
)
def test_no_parent_stated(text: str) -> None:
    assert not facts(text, SUB)
