"""Round 22 (sets P and Q): people named in full in the list of those present in minutes, a
Benelux group's name in capitals as the heading of its minutes, and the meeting those minutes
are of. Every text is made up."""

from __future__ import annotations

import pytest

from extract_helpers import classes, labels, of_class, participants


# People named in full in the list of those present: bulleted with an affiliation or a role,
# or a running list after the members' label.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Aanwezig:\n- Hanna Verbeke (Departement Mobiliteit), voorzitter\n"
            "- Luc Weber (Administration des ponts et chaussées)\n\n1. Opening",
            {"person/hanna-verbeke", "person/luc-weber"},
        ),
        (
            "Aanwezig:\nleden\n• Pieter Mulder (Rijkswaterstaat Zuid-Nederland)\n"
            "• Anouk Janssens (secretaris)\n",
            {"person/pieter-mulder", "person/anouk-janssens"},
        ),
        (
            "Aanwezig: de leden Peeters (voorzitter), Van Dam, Marie Schmit,\n"
            "Joost Hendriks en Eline Maas.\n\nDe commissie bespreekt het verslag.",
            {"person/marie-schmit", "person/joost-hendriks", "person/eline-maas"},
        ),
        (
            "Aanwezig waren: de leden Tom Wagner, Els de Wit en Anna Koch.\n",
            {"person/tom-wagner", "person/els-de-wit", "person/anna-koch"},
        ),
    ],
)
def test_people_in_the_list_of_those_present(text: str, people: set[str]) -> None:
    assert people <= of_class(text, "Person")


def test_a_surname_with_its_particle_in_the_list_is_no_full_name() -> None:
    text = "Aanwezig: de leden Jansen (voorzitter), De Vries en Marc Thill.\n"
    found = of_class(text, "Person")
    assert "person/marc-thill" in found
    # Round 32: a surname alone in a list of members is a person, named by the surname (the
    # dev gold's convention, set K: "an invented member named by surname only is
    # id/person/hofstede"); its particle is part of it, no first name.
    assert "person/de-vries" in found
    assert labels(text)["person/de-vries"] == {"De Vries"}


# Bodies in that list are no people: with an acronym in brackets, or in running text that
# names no list of those present.
@pytest.mark.parametrize(
    "text",
    [
        "Aanwezig:\n- Leefmilieu Brussel (LB)\n- Natuurpunt Limburg (NPL)\n",
        "Verhinderd: Bosgroep Zuid, Waterschap Limburg en Natuurpunt Limburg.\n",
        "Aanwezig: Bosgroep Zuid, Waterschap Limburg en Natuurpunt Limburg.\n",
        "Aanwezig:\n- Bosgroep Zuid\n- Natuurpunt Limburg (Hasselt)\n",
        "De werkgroep sprak met Honeybee Valley, Bosgroep Zuid en Natuurpunt Limburg.\n",
    ],
)
def test_bodies_in_a_list_are_no_people(text: str) -> None:
    assert not of_class(text, "Person")


# A Benelux group's name in capitals on its own line over its minutes.
@pytest.mark.parametrize(
    ("text", "group", "meeting"),
    [
        (
            "BENELUX-WERKGROEP BESTUIVERS\n\nVerslag van de 9e vergadering, dinsdag 7 maart 2028"
            "\n\nDe werkgroep bespreekt het werkprogramma.",
            "working-group/benelux-werkgroep-bestuivers",
            "event/vergadering-benelux-werkgroep-bestuivers-2028-03-07",
        ),
        (
            "BENELUX-NETWERK GRENSARBEID\nVerslag van de vergadering van 4 april 2027\n\n"
            "Het netwerk stelt de agenda vast.",
            "working-group/benelux-netwerk-grensarbeid",
            "event/vergadering-benelux-netwerk-grensarbeid-2027-04-04",
        ),
        (
            "BENELUX-PLATFORM RIVIERVISSERIJ\n\nVerslag van de 3de vergadering, 12 juni 2026\n\n"
            "Het platform keurt het verslag goed.",
            "working-group/benelux-platform-riviervisserij",
            "event/vergadering-benelux-platform-riviervisserij-2026-06-12",
        ),
    ],
)
def test_a_group_heading_in_capitals_and_its_minutes(text: str, group: str, meeting: str) -> None:
    assert group in of_class(text, "WorkingGroup")
    assert meeting in of_class(text, "Meeting")


def test_a_capitals_line_in_running_text_is_no_group() -> None:
    text = "De BENELUX-WERKGROEP bespreekt het verslag van de vergadering van 4 april 2027."
    assert not any(
        g.startswith("working-group/benelux-werkgroep-") for g in of_class(text, "WorkingGroup")
    )


def test_minutes_without_a_group_heading_name_no_group_meeting() -> None:
    text = "JAARVERSLAG 2027\n\nVerslag van de vergadering, 4 april 2027\n"
    assert not any(m.startswith("event/vergadering-jaarverslag") for m in of_class(text, "Meeting"))


# The list of those present ends at the next label, also one qualified in brackets: the
# bodies excused are no participants of the meeting.
@pytest.mark.parametrize(
    "label",
    ["Verhinderd (leden):", "Afwezig (waarnemers):", "Verontschuldigd (leden):"],
)
def test_the_list_of_those_present_ends_at_a_label_in_brackets(label: str) -> None:
    text = (
        "BENELUX-WERKGROEP BESTUIVERS\n\nVerslag van de vergadering, 7 maart 2028\n\n"
        "Aanwezig:\n- Sofie Claes (Leefmilieu Brussel)\n"
        f"{label} Rijkswaterstaat\n\n1. Opening\n"
    )
    found = participants(text)
    meeting = "event/vergadering-benelux-werkgroep-bestuivers-2028-03-07"
    assert (meeting, "organisation/leefmilieu-brussel") in found
    assert (meeting, "organisation/rijkswaterstaat") not in found


# A heading's dateline ("Luxemburg, 12 juni 2028") is no part of the meeting body's name:
# the meeting's IRI names the body and the day, never the place (Meeting IRIs).
@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (
            "Vergadering van het Benelux Comité van Ministers\nLuxemburg, 12 juni 2028\n\n"
            "1. Het Comité van Ministers kwam bijeen onder voorzitterschap van Luxemburg.\n",
            "event/vergadering-comite-van-ministers-2028-06-12",
        ),
        (
            "Vergadering van het Comité van Ministers\nBrussel, 3 mei 2027\n\n"
            "De volgende vergadering van het Comité van Ministers vindt plaats op 6 december "
            "2027 in Den Haag.\n",
            "event/vergadering-comite-van-ministers-2027-12-06",
        ),
        (
            "Vergadering van het Benelux Comité van Ministers\nDen Haag, maandag 16 november "
            "2026\n\nHet Comité nam twee beschikkingen aan.\n",
            "event/vergadering-comite-van-ministers-2026-11-16",
        ),
    ],
)
def test_a_dateline_is_no_part_of_a_meeting_body(text: str, meeting: str) -> None:
    found = of_class(text, "Meeting")
    assert meeting in found
    assert not any(p in m for m in found for p in ("luxemburg", "brussel", "den-haag"))


def test_a_name_wrapped_over_a_line_still_reads_in_full() -> None:
    text = (
        "De vergadering van het Strategisch Overleg Douane en\nAccijnzen van 4 maart 2026 "
        "besprak het Strategisch Overleg\nDouane en Accijnzen.\n"
    )
    found = of_class(text, "Meeting")
    assert "event/vergadering-strategisch-overleg-douane-en-accijnzen-2026-03-04" in found


# In the minutes of a group's meeting, "De volgende vergadering" with a full date in its
# sentence is the group's next meeting.
@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (
            "BENELUX-WERKGROEP BESTUIVERS\n\nVerslag van de 9e vergadering, dinsdag 7 maart 2028"
            "\n\n5. Rondvraag\n\nDe volgende vergadering vindt plaats op 19 juni 2028 in "
            "Luxemburg.\n",
            "event/vergadering-benelux-werkgroep-bestuivers-2028-06-19",
        ),
        (
            "BENELUX-WERKGROEP INSOLVENTIE\n\nVerslag van de vergadering van 2 februari 2027\n\n"
            "Sluiting. De eerstvolgende vergadering is gepland op 11 mei 2027.\n",
            "event/vergadering-benelux-werkgroep-insolventie-2027-05-11",
        ),
        (
            "BENELUX-TASKFORCE E-FACTURATIE\n\nVerslag van de 3e vergadering, 5 oktober 2028\n\n"
            "De volgende vergadering vindt op 14 december 2028 plaats in Brussel.\n",
            "event/vergadering-benelux-taskforce-e-facturatie-2028-12-14",
        ),
    ],
)
def test_the_next_meeting_in_minutes(text: str, meeting: str) -> None:
    assert meeting in of_class(text, "Meeting")


def test_the_next_meeting_outside_minutes_names_no_body() -> None:
    text = "De werkgroep rondde het plan af. De volgende vergadering is op 19 juni 2028.\n"
    assert not of_class(text, "Meeting")


# A French name listed with bodies goes on with a lower-case complement where the acronym in
# brackets says so; without that acronym it stops at its adjectives.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Aan de werkgroep nemen deel: NADO Vlaanderen, de Agence luxembourgeoise\n"
            "antidopage (ALAD) en de Kansspelautoriteit.",
            "organisation/agence-luxembourgeoise-antidopage",
        ),
        (
            "Leden zijn NADO Vlaanderen, de Organisation nationale antidopage van de Fédération "
            "Wallonie-Bruxelles (ONAD) en de Dopingautoriteit.",
            "organisation/organisation-nationale-antidopage",
        ),
        (
            "Het netwerk bestaat uit de Kansspelautoriteit, de Commission nationale paris "
            "(CNP) en de Rijksdienst voor Ondernemingen.",
            "organisation/commission-nationale-paris",
        ),
    ],
)
def test_a_french_name_and_its_complement_by_its_acronym(text: str, body: str) -> None:
    assert classes(text).get(body) == "NationalBody"


def test_a_french_name_without_its_acronym_stops_at_its_adjectives() -> None:
    text = "Leden zijn de Kansspelautoriteit en de Agence luxembourgeoise antidopage."
    assert "organisation/agence-luxembourgeoise-antidopage" not in classes(text)


# A Dutch compound on "autoriteit" or "agentschap" is a member state's body, unless it opens
# on the world or Europe.
@pytest.mark.parametrize(
    ("text", "body", "cls"),
    [
        (
            "De werkgroep werkt samen met het Wereldantidopingagentschap (WADA).",
            "organisation/wereldantidopingagentschap",
            "ExternalOrganisation",
        ),
        (
            "Leden zijn de Dopingautoriteit, de Kansspelcommissie en NADO Vlaanderen.",
            "organisation/dopingautoriteit",
            "NationalBody",
        ),
        (
            "De Spoorautoriteit en het Wereldvoedselagentschap overlegden.",
            "organisation/wereldvoedselagentschap",
            "ExternalOrganisation",
        ),
        (
            "Het Europees Milieuagentschap publiceerde een rapport.",
            "organisation/europees-milieuagentschap",
            "ExternalOrganisation",
        ),
    ],
)
def test_the_class_of_an_authority_or_agency_compound(text: str, body: str, cls: str) -> None:
    assert classes(text).get(body) == cls


# Courts named by their seat or district are national bodies.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Nederland was vertegenwoordigd door de Rechtbank Limburg.", "rechtbank-limburg"),
        ("Het Gerechtshof Den Haag deed uitspraak.", "gerechtshof-den-haag"),
        ("Ook de Rechtbank Oost-Brabant nam deel.", "rechtbank-oost-brabant"),
    ],
)
def test_a_court_named_by_its_seat(text: str, body: str) -> None:
    assert classes(text).get(f"organisation/{body}") == "NationalBody"


def test_a_court_alone_names_no_body() -> None:
    found = classes("Het Benelux-Gerechtshof en het Gerechtshof deden uitspraak.")
    assert not any(iri.startswith("organisation/gerechtshof") for iri in found)


# "Mijn ministerie" in a letter signed by a minister: the ministry of the signature.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Mijn ministerie zit de werkgroep voor.\n\nDe Minister van Justitie en Veiligheid,\n",
            "organisation/ministerie-van-justitie-en-veiligheid",
        ),
        (
            "De werkgroep staat onder voorzitterschap van mijn ministerie. Ik houd u op de "
            "hoogte.\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n",
            "organisation/ministerie-van-infrastructuur-en-waterstaat",
        ),
        (
            "Nederland is vertegenwoordigd door mijn ministerie.\n\n"
            "De staatssecretaris van Financiën,\n",
            "organisation/ministerie-van-financien",
        ),
    ],
)
def test_my_ministry_is_the_signing_ministers(text: str, body: str) -> None:
    assert classes(text).get(body) == "NationalBody"


def test_my_ministry_without_a_signature_names_none() -> None:
    text = "Mijn ministerie zit de werkgroep voor. De Minister van Financiën is ingelicht.\n"
    assert not any(i.startswith("organisation/ministerie") for i in classes(text))
