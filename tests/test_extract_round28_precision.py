"""Round 28: four false readings, fixed in general (made-up texts).

1. A kind word followed only by the name of a body the reference data or the document knows
   ("het netwerk EURES") names that body, no group of its own.
2. A body's head and "voor" ("het Bureau voor Grensmobiliteit (BGM)") is a body, with or
   without the abbreviation after it.
3. A meeting put off or called off, or a headline above a press dateline, is not dated by
   the day that follows it.
4. The list of those present in minutes is the attendance reader's: "Rijkswaterstaat
   (Nederland)" makes Rijkswaterstaat a participant, not Nederland.
"""

from __future__ import annotations

import pytest

from extract_helpers import classes, iris, of_class, participants

# -- 1. a kind word and a known body's name -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het Europese netwerk EURES helpt grensarbeiders. De Europese Commissie financiert EURES.",
        "Het kennisnetwerk EURES ondersteunt de grensinfopunten in de Benelux.",
        "De Benelux werkt samen met het netwerk EURES en met het platform Eurojust.",
        # Named by its abbreviation, which the document gave first.
        "Het Centrum voor Grensarbeid (CGA) adviseert pendelaars. Het kennisnetwerk CGA helpt "
        "ook werkgevers.",
    ],
)
def test_kind_word_and_known_body_names_the_body(text: str) -> None:
    assert of_class(text, "WorkingGroup") == set()


def test_kind_word_and_known_body_keeps_the_body() -> None:
    assert "organisation/eures" in iris("Het kennisnetwerk EURES ondersteunt de grensinfopunten.")


def test_kind_word_and_other_name_is_a_group() -> None:
    text = "Het netwerk Grensinfopunten Benelux werd in 2020 opgericht."
    assert of_class(text, "WorkingGroup") == {"working-group/netwerk-grensinfopunten-benelux"}
    text = "Het Centrum voor Grensarbeid adviseert. Het kennisnetwerk Grensarbeid helpt ook."
    assert "working-group/kennisnetwerk-grensarbeid" in of_class(text, "WorkingGroup")


# -- 2. a body's head and "voor", an abbreviation after it ----------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Het Bureau voor Grensmobiliteit (BGM) publiceerde een rapport over pendelaars.",
            "organisation/bureau-voor-grensmobiliteit",
        ),
        (
            "De Raad voor Grensverkeer (RGV) adviseert de minister.",
            "organisation/raad-voor-grensverkeer",
        ),
        (
            "De Raad voor de Grensarbeid (RGA) adviseert de regering over pendelaars.",
            "organisation/raad-voor-de-grensarbeid",
        ),
    ],
)
def test_body_head_and_voor_with_abbreviation_is_a_body(text: str, body: str) -> None:
    found = classes(text)
    assert body in found
    assert "WorkingGroup" not in found.values()


def test_group_kind_with_abbreviation_stays_a_group() -> None:
    text = "De Werkgroep voor Informatie-uitwisseling (FISC-INFO) vergaderde in Brussel."
    assert of_class(text, "WorkingGroup") == {
        "working-group/werkgroep-voor-informatie-uitwisseling"
    }
    # The parliament's Bureau is one of its organs (a group, by the development sets' gold).
    text = "Het Bureau van het Benelux Parlement (BBP) besloot de zitting te verplaatsen."
    assert "working-group/bureau-van-het-benelux-parlement" in of_class(text, "WorkingGroup")


# -- 3. a meeting put off, or a headline above a dateline ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vergadering van de stuurgroep Grensarbeid uitgesteld\n\n"
        "Brussel, 12 maart 2025 – De vergadering gaat niet door.",
        "Vergadering van de werkgroep Drugs afgelast\nLuxemburg, 5 mei 2025\n"
        "De vergadering is geannuleerd.",
        "De vergadering van de stuurgroep Grensarbeid is verschoven naar het najaar. "
        "Brussel, 12 maart 2025.",
        "Op 3 april 2025 werd de vergadering van de stuurgroep Grensarbeid geannuleerd.",
        "Vergadering van de stuurgroep Grensarbeid in voorbereiding\n"
        "Brussel, 12 maart 2025 – Het Secretariaat-Generaal bereidt de vergadering voor.",
        "Nieuwe vergadering van de stuurgroep Grensarbeid gepland\n\n"
        "Den Haag, 3 april 2025 – De stuurgroep komt in het najaar opnieuw bijeen.",
    ],
)
def test_meeting_called_off_or_above_a_dateline_is_not_dated(text: str) -> None:
    assert of_class(text, "Meeting") == set()


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (
            "Vergadering van de stuurgroep Grensarbeid op 12 maart 2025\n\n"
            "De stuurgroep kwam in Brussel bijeen.",
            "event/vergadering-stuurgroep-grensarbeid-2025-03-12",
        ),
        (
            # The heading of minutes: place and day on the next line, no dash.
            "Vergadering van het Benelux Comité van Ministers\nLuxemburg, 12 juni 2028\n\n"
            "1. Het Comité van Ministers is op 12 juni 2028 in Luxemburg bijeengekomen.",
            "event/vergadering-comite-van-ministers-2028-06-12",
        ),
        (
            "De vergadering van de stuurgroep Grensarbeid vond plaats op 12 maart 2025.",
            "event/vergadering-stuurgroep-grensarbeid-2025-03-12",
        ),
    ],
)
def test_meeting_on_its_own_day_stays_dated(text: str, meeting: str) -> None:
    assert meeting in of_class(text, "Meeting")


# -- 4. the list of those present in minutes -------------------------------------------------

_MEETING = "event/vergadering-werkgroep-waterbeheer-2025-06-04"
_HEAD = "Verslag van de vergadering van de werkgroep Waterbeheer op 4 juni 2025"


@pytest.mark.parametrize(
    "text",
    [
        f"{_HEAD}\n\nAanwezig: Rijkswaterstaat (Nederland), Vlaamse Milieumaatschappij "
        "(België)\n\nDe werkgroep besprak de droogte.",
        f"{_HEAD}\n\nAanwezig:\n- Rijkswaterstaat (Nederland)\n- Vlaamse Milieumaatschappij "
        "(België)\n\nDe werkgroep besprak de droogte.",
        # Joined to the heading by the clean text: the label does not open its sentence.
        f"{_HEAD}, Brussel Aanwezig: Rijkswaterstaat (Nederland), Vlaamse Milieumaatschappij "
        "(België)\nAgenda: droogte",
        f"{_HEAD}\n\nAanwezigen: Rijkswaterstaat (Nederland), Vlaamse Milieumaatschappij "
        "(België)\n\nDe werkgroep besprak de droogte.",
    ],
)
def test_place_beside_a_present_body_takes_no_part(text: str) -> None:
    found = participants(text)
    assert (_MEETING, "organisation/rijkswaterstaat") in found
    assert (_MEETING, "organisation/vlaamse-milieumaatschappij") in found
    assert (_MEETING, "country/nederland") not in found
    assert (_MEETING, "country/belgie") not in found


def test_country_taking_part_in_prose_stays() -> None:
    text = f"{_HEAD}\n\nAan de vergadering namen Rijkswaterstaat en Nederland deel."
    assert (_MEETING, "country/nederland") in participants(text)
