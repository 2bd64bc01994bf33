"""Round 46: one meeting, however the text states it, gets the scheme's IRI
(tests/heldout/README.md, "Meeting IRIs").

A body that met on a day stated without its year ("vergaderde op 3 maart", "tijdens zijn
vergadering van 3 maart", "3 maart jl.") or relative to the document ("vandaag"), or over two
days ("op 3 en 4 maart 2031", the first day), is its meeting of that day; a meeting named by
its season ("de voorjaarsvergadering") is the body's "vergadering" of that day (set E's
"najaarsvergadering"); a kind alone on the day a body met ("de ministeriële vergadering van
3 maart 2031") is that meeting; the summit is `benelux-top-{year}` also as "Benelux Summit"
and "de top van de Benelux-premiers"; "haar zevende vergadering" is a meeting of the group.
"""

from __future__ import annotations

import pytest

from benelux_kg.namespaces import BKG
from extract_helpers import extract, of_class, short


def meetings(text: str, day: str = "") -> set[str]:
    return {
        short(e.iri.value)
        for e in extract(text, day=day).entities
        if any(t.value == BKG + "Meeting" for t in e.types)
    }


CM = "event/vergadering-comite-van-ministers-2031-03-03"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Het Comité van Ministers vergaderde op 3 maart in Den Haag.", "2031-03-10"),
        ("Het Comité van Ministers vergaderde op 3 maart jl. in Den Haag.", "2031-03-10"),
        (
            "Brussel, 10 maart 2031\n\nHet Comité van Ministers vergaderde op 3 maart in Den Haag.",
            "",
        ),
        ("Het Comité van Ministers vergaderde vandaag in Den Haag.", "2031-03-03"),
        ("Het Comité van Ministers vergaderde op 3 en 4 maart 2031 in Den Haag.", ""),
        (
            "Het Comité van Ministers keurde tijdens zijn vergadering van 3 maart het plan goed.",
            "2031-03-10",
        ),
        (
            "De vergadering van het Comité van Ministers van 3 maart keurde het plan goed.",
            "2031-03-10",
        ),
        ("De voorjaarsvergadering van het Comité van Ministers vond plaats op 3 maart 2031.", ""),
    ],
)
def test_committee_meeting_however_dated(text: str, day: str) -> None:
    assert meetings(text, day) == {CM}


def test_kind_alone_on_the_day_the_body_met_is_that_meeting() -> None:
    text = (
        "Het Benelux Comité van Ministers vergaderde op 3 maart 2031. De ministeriële "
        "vergadering van 3 maart 2031 keurde het plan goed."
    )
    assert meetings(text) == {CM}


@pytest.mark.parametrize(
    "text",
    [
        "De jaarlijkse top van de Benelux-regeringsleiders vond plaats op 2 december 2031.",
        "De top van de Benelux-premiers vond op 2 december 2031 plaats.",
        "De Benelux Summit van 2031 vond plaats in Luxemburg.",
        "De Benelux Summit vond op 2 december 2031 plaats in Luxemburg.",
    ],
)
def test_summit_however_named(text: str) -> None:
    assert meetings(text) == {"event/benelux-top-2031"}


def test_counted_meeting_of_a_group() -> None:
    text = "De Benelux-werkgroep Drones hield op 12 mei 2031 haar zevende vergadering."
    assert meetings(text) == {"event/vergadering-benelux-werkgroep-drones-2031-05-12"}


# -- negatives -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De vergadering keurde het plan goed.",  # an anaphor, no day
        "Het Comité van Ministers keurde het plan goed.",  # a body's name alone
        "Het Comité van Ministers vergaderde begin maart 2031 in Brussel.",  # no day
        "Het Comité van Ministers vergaderde vandaag in Den Haag.",  # no document date
        "De Benelux-top wordt volgend jaar georganiseerd.",  # of which year?
        "De top van de Benelux-premiers wordt volgend jaar georganiseerd.",
    ],
)
def test_no_meeting(text: str) -> None:
    assert not of_class(text, "Meeting")


def test_another_meeting_the_same_day_keeps_its_name() -> None:
    text = (
        "Het Comité van Ministers vergaderde op 3 maart 2031. Het overleg van 3 maart 2031 "
        "met de havens vond in Gent plaats."
    )
    assert CM in meetings(text)
    assert len(meetings(text)) == 2
