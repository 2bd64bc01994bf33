"""Who takes part in a group, a meeting or an instrument: bkg:participant from Dutch phrasing."""

from __future__ import annotations

from pathlib import Path

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


def test_the_signatories_of_a_treaty_take_part_in_it() -> None:
    text = (
        "Het Benelux-Verdrag inzake de bestrijding van sociale fraude werd op 3 maart 2023 te "
        "Brussel ondertekend door België, Nederland en Luxemburg."
    )
    found = participants(text)
    treaty = "instrument/benelux-verdrag-inzake-de-bestrijding-van-sociale-fraude"
    assert (treaty, "country/belgie") in found
    assert (treaty, "country/nederland") in found


def test_a_treaty_named_as_the_basis_of_another_instrument_has_no_parties_there() -> None:
    text = (
        "Europol en Eurojust namen deel aan het overleg, op basis van het Benelux-Politieverdrag."
    )
    assert not any(s.endswith("politieverdrag") for s, _ in participants(text))


def test_the_group_of_a_kind_is_not_the_parent_named_under() -> None:
    text = (
        "De begeleiding ligt bij de Benelux-werkgroep Ambulancezorg, die onder de "
        "Benelux-werkgroep Crisisbeheersing valt. Aan de werkgroep nemen de FOD "
        "Volksgezondheid en de FOD Mobiliteit en Vervoer deel."
    )
    found = participants(text)
    group = "working-group/benelux-werkgroep-ambulancezorg"
    assert (group, "organisation/fod-volksgezondheid") in found
    assert not any(s.endswith("crisisbeheersing") for s, _ in found)


def test_represented_in_the_group_of_a_kind() -> None:
    text = (
        "De Benelux-werkgroep Arbeidsfraude komt viermaal per jaar bijeen. Verder zijn de FOD "
        "Volksgezondheid en de FOD Mobiliteit en Vervoer in de werkgroep vertegenwoordigd."
    )
    assert participants(text) >= {
        ("working-group/benelux-werkgroep-arbeidsfraude", "organisation/fod-volksgezondheid"),
        ("working-group/benelux-werkgroep-arbeidsfraude", "organisation/fod-mobiliteit-en-vervoer"),
    }


def test_a_separable_verb_before_an_observer_and_a_long_list() -> None:
    # "namen ... deel" comes first; "waarnemer" later names someone else's role.
    text = (
        "De Benelux-werkgroep Vrachtvervoer kwam in 2024 drie keer bijeen. Aan de werkgroep "
        "namen de Inspectie Leefomgeving en Transport, de FOD Mobiliteit en Vervoer en het "
        "Luxemburgse Ministère de la Mobilité et des Travaux publics deel; Frankrijk was als "
        "waarnemer aanwezig."
    )
    group = "working-group/benelux-werkgroep-vrachtvervoer"
    assert participants(text) >= {
        (group, "organisation/inspectie-leefomgeving-en-transport"),
        (group, "organisation/fod-mobiliteit-en-vervoer"),
        (group, "organisation/ministere-de-la-mobilite-et-des-travaux-publics"),
    }


def test_joining_at_the_group_of_a_kind() -> None:
    text = (
        "De Benelux-werkgroep Elektronische Handtekening werd in 2022 opgericht. De FOD "
        "Volksgezondheid sluit sinds 2025 bij de werkgroep aan."
    )
    assert participants(text) == {
        (
            "working-group/benelux-werkgroep-elektronische-handtekening",
            "organisation/fod-volksgezondheid",
        )
    }


def test_the_means_of_a_member_is_no_member() -> None:
    text = (
        "Het Benelux-netwerk Traumazorg werd in 2020 opgericht. Duitsland neemt aan het "
        "netwerk deel via de FOD Volksgezondheid (FODV)."
    )
    found = participants(text)
    assert ("working-group/benelux-netwerk-traumazorg", "country/duitsland") in found
    assert not any(o == "organisation/fod-volksgezondheid" for _, o in found)


def test_sitting_in_the_group_of_a_kind() -> None:
    text = (
        "De Benelux-werkgroep Waterbeheer werd in 2021 opgericht. In de werkgroep zitten "
        "Rijkswaterstaat, de FOD Volksgezondheid en de FOD Mobiliteit en Vervoer."
    )
    group = "working-group/benelux-werkgroep-waterbeheer"
    assert participants(text) >= {
        (group, "organisation/rijkswaterstaat"),
        (group, "organisation/fod-volksgezondheid"),
        (group, "organisation/fod-mobiliteit-en-vervoer"),
    }


def test_closing_aan_after_a_separable_verb_and_namens() -> None:
    text = (
        "De Benelux-werkgroep Arbeidsbemiddeling werd in 2019 opgericht. Namens Nederland "
        "schuift sinds 2024 ook de FOD Volksgezondheid aan."
    )
    assert participants(text) == {
        ("working-group/benelux-werkgroep-arbeidsbemiddeling", "organisation/fod-volksgezondheid")
    }


COOPERATES = BKG + "cooperatesWith"
SUB_ORGANIZATION = "http://www.w3.org/ns/org#subOrganizationOf"


def facts(text: str, predicate: str) -> set[tuple[str, str]]:
    return {
        (f.subject.value[len(ID) :], f.object.value[len(ID) :])
        for f in extract(text).facts
        if f.predicate.value == predicate
    }


def test_the_group_of_a_kind_works_together_with_partners() -> None:
    text = (
        "De Benelux-werkgroep Drugshandel werd in 2021 opgericht. De werkgroep werkt nauw "
        "samen met Europol. 3.1.2  De werkgroep werkt samen met Eurojust, die de zaken "
        "coördineert, en met de Grande Région."
    )
    group = "working-group/benelux-werkgroep-drugshandel"
    assert facts(text, COOPERATES) >= {
        (group, "organisation/europol"),
        (group, "organisation/eurojust"),
        (group, "region/grande-region"),
    }


def test_the_subject_after_the_verb_of_cooperation() -> None:
    text = (
        "De Benelux-werkgroep Arbeidsmarkt werd in 2019 opgericht. Op Europees niveau werkt de "
        "werkgroep samen met Europol."
    )
    assert facts(text, COOPERATES) == {
        ("working-group/benelux-werkgroep-arbeidsmarkt", "organisation/europol")
    }


def test_the_group_of_a_kind_under_its_parent() -> None:
    text = (
        "Het Benelux-netwerk Grenswerkers werd in 2018 opgericht. Dat netwerk rapporteert "
        "aan het College van Secretarissen-Generaal. Het Benelux-forum Energie werd in 2020 "
        "opgericht. Het forum valt onder het Comité van Ministers."
    )
    assert facts(text, SUB_ORGANIZATION) >= {
        (
            "working-group/benelux-netwerk-grenswerkers",
            "institution/college-van-secretarissen-generaal",
        ),
        ("working-group/benelux-forum-energie", "institution/comite-van-ministers"),
    }


def test_reporting_in_turn_in_a_relative_clause() -> None:
    text = (
        "De werkgroep Grensverkeer valt onder het Senningenoverleg, dat op zijn beurt aan het "
        "Comité van Ministers rapporteert. Het Benelux-netwerk Havens, dat rapporteert aan het "
        "College van Secretarissen-Generaal, komt jaarlijks bijeen."
    )
    assert facts(text, SUB_ORGANIZATION) >= {
        ("working-group/senningenoverleg", "institution/comite-van-ministers"),
        ("working-group/benelux-netwerk-havens", "institution/college-van-secretarissen-generaal"),
    }


def test_the_parent_in_a_relative_clause_has_no_members_there() -> None:
    text = (
        "Duitsland neemt als waarnemer deel aan de Benelux-werkgroep Havens, die onder het "
        "Senningenoverleg valt. De Benelux-werkgroep Visserij, die onder het Senningenoverleg "
        "valt, werd in 2020 opgericht. Frankrijk neemt als waarnemer deel."
    )
    assert participants(text) == {
        ("working-group/benelux-werkgroep-havens", "country/duitsland"),
        ("working-group/benelux-werkgroep-visserij", "country/frankrijk"),
    }


def test_partners_after_the_verb_of_a_wherein_clause() -> None:
    text = (
        "De verklaring van het Benelux Energieforum, waarin België en Nederland samenwerken "
        "met Duitsland en Oostenrijk, dient als kader."
    )
    group = "working-group/benelux-energieforum"
    assert participants(text) >= {
        (group, "country/belgie"),
        (group, "country/nederland"),
        (group, "country/duitsland"),
        (group, "country/oostenrijk"),
    }


def test_the_signers_in_a_relative_clause_after_the_agreement() -> None:
    text = (
        "Het Administratief Akkoord over de uitwisseling van vacatures, dat de VDAB, de Forem "
        "en het UWV op 12 mei 2022 sloten, regelt de uitwisseling van gegevens."
    )
    agreement = "instrument/administratief-akkoord-over-de-uitwisseling-van-vacatures"
    assert participants(text) == {
        (agreement, "organisation/vdab"),
        (agreement, "organisation/forem"),
        (agreement, "organisation/uwv"),
    }


def test_a_group_meets_with_representatives() -> None:
    text = (
        "De Benelux-werkgroep Rampenbestrijding werd in 2010 opgericht. Deze werkgroep "
        "rapporteert aan het Comité van Ministers en vergadert met vertegenwoordigers van de "
        "FOD Volksgezondheid en de FOD Mobiliteit en Vervoer."
    )
    group = "working-group/benelux-werkgroep-rampenbestrijding"
    assert participants(text) >= {
        (group, "organisation/fod-volksgezondheid"),
        (group, "organisation/fod-mobiliteit-en-vervoer"),
    }


def test_delegations_listed_after_a_colon_attend_the_session() -> None:
    text = (
        "Het Beneluxparlement kwam op 12 en 13 juni 2026 in Brussel in plenaire zitting bijeen."
        "\n\nAan de zitting namen ook delegaties deel van:\n"
        "  •  de Baltische Assemblee;\n"
        "  •  de Noordse Raad.\n"
    )
    found = participants(text)
    assert {o for _, o in found} >= {
        "organisation/baltische-assemblee",
        "organisation/noordse-raad",
    }


def test_the_places_spoken_for_take_part_in_the_meeting() -> None:
    text = (
        "Het Benelux Comité van Ministers kwam op maandag 9 maart 2026 in Luxemburg bijeen "
        "voor zijn voorjaarsvergadering. Namens Nederland nam minister Jan de Vries deel, "
        "namens België staatssecretaris Els Peeters."
    )
    found = {o for s, o in participants(text) if s.startswith("event/")}
    assert found >= {"country/nederland", "country/belgie"}


def test_a_body_of_the_union_signs_an_arrangement() -> None:
    text = (
        "Het Administratief Akkoord over grensinformatie werd op 4 mei 2025 door het "
        "Secretariaat-Generaal en de Noordse Raad van Ministers ondertekend."
    )
    agreement = "instrument/administratief-akkoord-over-grensinformatie"
    assert participants(text) >= {
        (agreement, "institution/secretariaat-generaal"),
        (agreement, "organisation/noordse-raad-van-ministers"),
    }


def test_the_instrument_of_a_kind_closed_between_parties() -> None:
    text = (
        "De samenwerking berust op het Memorandum of Understanding over bosbranden van 2012. "
        "Het memorandum werd gesloten tussen het Koninkrijk België en het Groothertogdom "
        "Luxemburg."
    )
    memorandum = "instrument/memorandum-of-understanding-over-bosbranden-van-2012"
    assert participants(text) >= {
        (memorandum, "country/belgie"),
        (memorandum, "country/luxemburg"),
    }


def test_an_observer_of_the_group_named_before() -> None:
    text = (
        "De Benelux-werkgroep Waterkwaliteit, die onder het Directiecomité Leefmilieu valt, "
        "werd in 2021 opgericht. Frankrijk is sinds 2025 waarnemer."
    )
    assert participants(text) == {
        ("working-group/benelux-werkgroep-waterkwaliteit", "country/frankrijk")
    }
