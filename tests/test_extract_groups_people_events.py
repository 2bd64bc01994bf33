"""Working groups, people and meetings: names the text marks as such, never generic phrases."""

from __future__ import annotations

from pathlib import Path

from benelux_kg.corpus import Document
from benelux_kg.extract import Extraction, Extractor
from benelux_kg.namespaces import BKG, ID

EXTRACTOR = Extractor.from_files()


def extract(text: str) -> Extraction:
    return EXTRACTOR.extract(Document("test", text, Path("test.txt"), "0" * 64))


def of_class(text: str, cls: str) -> set[str]:
    return {
        e.iri.value[len(ID) :]
        for e in extract(text).entities
        if any(t.value == BKG + cls for t in e.types)
    }


def participants(text: str) -> set[tuple[str, str]]:
    return {
        (f.subject.value[len(ID) :], f.object.value[len(ID) :])
        for f in extract(text).facts
        if f.predicate.value == BKG + "participant"
    }


def test_a_list_of_groups_gives_each_group_its_participant() -> None:
    # 002_9e5d61a85da0ad79
    text = "NRW zal blijven deelnemen aan de werkgroepen SENN-Meldkamer, SENN-Post en PolCyber."
    assert of_class(text, "WorkingGroup") == {
        "working-group/senn-meldkamer",
        "working-group/senn-post",
        "working-group/polcyber",
    }
    assert participants(text) == {
        ("working-group/senn-meldkamer", "region/noordrijn-westfalen"),
        ("working-group/senn-post", "region/noordrijn-westfalen"),
        ("working-group/polcyber", "region/noordrijn-westfalen"),
    }


def test_group_names_by_their_shape() -> None:
    # 001_760160cc3951b2ca, 002_9e5d61a85da0ad79, 003_c75309f88a2b6b39
    text = (
        "De Telecomwerkgroep van de Benelux Unie heeft resultaten behaald. "
        "In de Benelux-werkgroep vuurwerk is overeenstemming bereikt over het vuurwerk. "
        "Frankrijk, via het Hazeldonkoverleg, is gericht op de aanpak. "
        "De Werkgroep Mini One Stop Shop (FISC-MOSS) vergadert. "
        "In maart 2020 werd de ambtelijke Cross-border Corona Taskforce opgericht."
    )
    assert of_class(text, "WorkingGroup") == {
        "working-group/telecomwerkgroep",
        "working-group/benelux-werkgroep-vuurwerk",
        "working-group/hazeldonkoverleg",
        "working-group/werkgroep-mini-one-stop-shop",
        "working-group/cross-border-corona-taskforce",
    }


def test_a_group_without_a_name_is_not_an_entity() -> None:
    # 001_760160cc3951b2ca
    text = (
        "Dit blijkt uit rapporten van een bestuurlijke werkgroep. Nederland heeft een wekelijks "
        "overleg geinitieerd. Deze werkgroepen tonen de flexibiliteit. Het strategisch overleg "
        "komt bijeen."
    )
    assert of_class(text, "WorkingGroup") == set()


def test_a_short_form_is_the_full_name() -> None:
    # 001_760160cc3951b2ca
    text = (
        "In maart 2020 werd de ambtelijke Cross-border Corona Taskforce opgericht. "
        "Naast de Corona Taskforce heeft Nederland overleg geinitieerd."
    )
    x = extract(text)
    assert {m.entity.value[len(ID) :] for m in x.mentions} >= {
        "working-group/cross-border-corona-taskforce"
    }
    assert "working-group/corona-taskforce" not in {e.iri.value[len(ID) :] for e in x.entities}


def test_people_with_roles_and_parties() -> None:
    # 000_a217eddb2c5af20f
    text = (
        "Dit was het Tweede Kamerlid [Thom van Campen](#) (VVD). In zijn welkomstwoord sprak "
        "Xavier Bettel, minister van Buitenlandse Zaken. Zowel prof. Jeroen van den Hoven uit "
        "Nederland als dr. Elif Bebir uit België benadrukken dit. Van Campen wees op de risico's."
    )
    x = extract(text)
    people = {e.iri.value[len(ID) :] for e in x.entities if e.types[0].value == BKG + "Person"}
    assert people == {
        "person/thom-van-campen",
        "person/xavier-bettel",
        "person/jeroen-van-den-hoven",
        "person/elif-bebir",
    }
    party = {f.object.value for f in x.facts if f.predicate.value == BKG + "party"}
    assert party == {ID + "organisation/volkspartij-voor-vrijheid-en-democratie"}
    surnames = [m for m in x.mentions if text[m.begin : m.end] == "Van Campen"]
    assert [m.entity.value[len(ID) :] for m in surnames] == ["person/thom-van-campen"]


def test_a_portfolio_is_not_a_person() -> None:
    text = "De Minister van Buitenlandse Zaken en de Staatssecretaris van BZK schreven."
    assert of_class(text, "Person") == set()


def test_meetings_with_their_dates() -> None:
    # 001_760160cc3951b2ca, 002_9e5d61a85da0ad79
    text = (
        "de uitkomsten van de Benelux Top van 7 oktober 2020. Een deel van de Top was gewijd "
        "aan maatregelen. De agenda werd tijdens de Pentalaterale ministeriéle bijeenkomst van "
        "1 februari 2021 gepresenteerd. Organiseren van een Benelux-fietsconferentie. "
        "Op zaterdag 22 maart werd gestemd."
    )
    assert of_class(text, "Meeting") == {
        "event/benelux-top-van-7-oktober-2020",
        "event/pentalaterale-ministeriele-bijeenkomst-van-1-februari-2021",
        "event/benelux-fietsconferentie",
    }


def test_places_portfolios_and_headings_are_not_people() -> None:
    # 003_c75309f88a2b6b39
    text = (
        "In 2013 heeft Hubert Bruls (burgemeester Nijmegen, toenmalig burgemeester Venlo) een "
        "advies geschreven. Het Comité bestaat uit de ministers van Hoger Onderwijs, de "
        "ministers van Justitie & Binnenlandse Zaken en de minister van Transport.\n\n\n"
        " B. Respondenten \n\n\n"
        "Voorgezeten door toenmalig minister Asscher."
    )
    assert of_class(text, "Person") == {"person/asscher"}


def test_a_stop_is_no_summit() -> None:
    # 003_c75309f88a2b6b39
    assert of_class("De Werkgroep Mini One Stop Shop (FISC-MOSS) vergadert.", "Meeting") == set()
