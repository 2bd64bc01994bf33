"""Round 24: relation constructions that recur across documents (second sweep)."""

from __future__ import annotations

import pytest

from extract_helpers import participants


def _participants(text: str) -> set[tuple[str, str]]:
    """(meeting, participant) by the last segment of their IRIs."""
    return {(s.rsplit("/", 1)[-1], o.rsplit("/", 1)[-1]) for s, o in participants(text)}


# A delegation of a body of the Union attends a meeting: the body takes part in it.
@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (
            "Op 5 november 2029 kwamen de regeringsleiders in Den Haag bijeen voor de "
            "jaarlijkse Benelux-top. Een delegatie van het Beneluxparlement woonde de top bij.",
            "benelux-top-2029",
        ),
        (
            "Op 30 oktober 2026 nam een delegatie van het Benelux-Parlement onder leiding van "
            "voorzitter Gusty Graas deel aan de jaarzitting van de Baltische Assemblee in Riga.",
            "jaarzitting-baltische-assemblee-2026-10-30",
        ),
        (
            "Op 12 maart 2027 vond de Benelux-conferentie over waterbeheer plaats in Namen. "
            "Een delegatie van het Benelux-Parlement was aanwezig.",
            "benelux-conferentie-over-waterbeheer",
        ),
    ],
)
def test_delegation_of_an_institution_attends_a_meeting(text: str, meeting: str) -> None:
    assert (meeting, "benelux-parlement") in _participants(text)


@pytest.mark.parametrize(
    "text",
    [
        # A group is no meeting: a delegation visiting it does not make a member.
        "De Benelux-werkgroep Drugs werd in 2019 opgericht. Een delegatie van het "
        "Beneluxparlement bezocht de werkgroep.",
        # Composing a delegation is no attending.
        "Het Bureau van het Benelux-Parlement stelt de delegatie voor de jaarzitting van de "
        "Baltische Assemblee samen.",
        # The institution named without a delegation ("in aanwezigheid van de voorzitter van").
        "Op 12 maart 2027 vond de Benelux-conferentie over waterbeheer plaats in Namen. De "
        "voorzitter van het Benelux-Parlement was aanwezig.",
    ],
)
def test_no_delegation_no_institution(text: str) -> None:
    assert not any(o == "benelux-parlement" for _, o in _participants(text))
