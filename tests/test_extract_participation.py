"""Who takes part in a group, a meeting or an instrument: bkg:participant from Dutch phrasing."""

from __future__ import annotations

from pathlib import Path

import pytest

from benelux_kg.corpus import Document
from benelux_kg.extract import Extraction, Extractor
from benelux_kg.namespaces import BKG, ID, ORG

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


def test_the_body_a_member_takes_part_through_takes_part_as_well() -> None:
    network = "working-group/benelux-netwerk-traumazorg"
    for sentence in (
        "Duitsland neemt aan het netwerk deel via de FOD Volksgezondheid (FODV).",
        "Duitsland neemt via de FOD Volksgezondheid aan het netwerk deel.",
        "Duitsland neemt sinds 2024 via de FOD Volksgezondheid deel.",
    ):
        text = "Het Benelux-netwerk Traumazorg werd in 2020 opgericht. " + sentence
        found = participants(text)
        assert (network, "country/duitsland") in found, sentence
        assert (network, "organisation/fod-volksgezondheid") in found, sentence


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


def test_an_observer_without_a_group_joins_the_group_of_the_sentence_before() -> None:
    text = (
        "De opvolging ligt bij de Benelux-werkgroep Wapenhandel, die onder het "
        "Senningenoverleg valt. Het Senningenoverleg zelf rapporteert aan het Comité van "
        "Ministers. Aan de werkgroep nemen de Federale Politie en de Nationale Politie deel. "
        "Duitsland neemt als waarnemer deel."
    )
    found = participants(text)
    assert ("working-group/benelux-werkgroep-wapenhandel", "country/duitsland") in found
    assert ("working-group/senningenoverleg", "country/duitsland") not in found


def test_taking_part_in_the_meeting_of_a_kind_named_before() -> None:
    text = (
        "De Benelux-top vond op 3 maart 2025 in Brussel plaats. Aan de top namen de premier "
        "van Luxemburg en de Belgische premier deel. Naast de drie premiers nam ook de "
        "minister-president van Noordrijn-Westfalen aan de top deel."
    )
    found = participants(text)
    assert ("event/benelux-top-2025", "country/luxemburg") in found
    assert ("event/benelux-top-2025", "region/noordrijn-westfalen") in found


def test_the_chair_named_before_the_participle_takes_part() -> None:
    text = "Het Pentalateraal Energieforum wordt in 2027 door Luxemburg voorgezeten."
    found = participants(text)
    assert ("working-group/pentalateraal-energieforum", "country/luxemburg") in found


def test_bodies_organising_a_meeting_together_take_part_in_it() -> None:
    text = (
        "De Benelux-Waterdag vindt op 3 oktober 2027 in Namen plaats. De Internationale "
        "Maascommissie organiseert de dag samen met het Secretariaat-Generaal."
    )
    found = participants(text)
    assert ("event/benelux-waterdag", "institution/secretariaat-generaal") in found
    assert ("event/benelux-waterdag", "organisation/internationale-maascommissie") in found


def test_a_table_line_after_a_parent_in_prose_describes_the_group_not_the_parent() -> None:
    text = (
        "In 2026 is de Benelux-werkgroep Netbeheer opgericht.\n"
        "De werkgroep valt onder het Directiecomité Energie.\n"
        "Deelnemers: CREG, Institut Luxembourgeois de Régulation.\n"
    )
    found = participants(text)
    assert ("working-group/benelux-werkgroep-netbeheer", "organisation/creg") in found
    assert not any(s.endswith("directiecomite-energie") for s, _ in found)


def test_advice_to_involve_an_observer_is_no_participation() -> None:
    text = (
        "De Benelux-werkgroep Fietspaden rapporteert aan het Comité van Ministers. De "
        "onderzoekers bevelen aan Duitsland als waarnemer bij de werkgroep te betrekken. "
        "Aanbeveling 3.2: betrek Noordrijn-Westfalen als waarnemer bij de werkgroep."
    )
    found = participants(text)
    assert not any(o in {"country/duitsland", "region/noordrijn-westfalen"} for _, o in found)


def test_the_group_of_a_kind_may_be_a_compound_ending_in_the_noun() -> None:
    text = (
        "Het Benelux-netwerk eHealth begeleidt de uitvoering van de beschikking. In de "
        "grensstreek delen de ziekenhuizen hun kennis in het Euregionaal Brandwondennetwerk. "
        "Noordrijn-Westfalen neemt als waarnemer aan het netwerk deel."
    )
    found = participants(text)
    assert ("working-group/euregionaal-brandwondennetwerk", "region/noordrijn-westfalen") in found
    assert ("working-group/benelux-netwerk-ehealth", "region/noordrijn-westfalen") not in found


def test_a_state_right_before_the_verb_works_together_with_regions() -> None:
    text = (
        "Luxemburg werkt dit jaar nauw samen met Noordrijn-Westfalen en met Nedersaksen. Het "
        "netwerk, waarin België, Nederland en Luxemburg samenwerken met Duitsland, dient als "
        "kader. Voor de grens met Duitsland werkt de werkgroep samen met de Grande Région."
    )
    found = facts(text, COOPERATES)
    assert ("country/luxemburg", "region/noordrijn-westfalen") in found
    assert ("country/luxemburg", "region/nedersaksen") in found
    assert not any(o == "country/duitsland" or s == "country/duitsland" for s, o in found)


def test_an_adverb_before_the_verb_of_reporting_in_the_relative_clause() -> None:
    text = (
        "De uitvoering ligt bij de Benelux-werkgroep Zonnepanelen, die rechtstreeks "
        "rapporteert aan het College van Secretarissen-Generaal."
    )
    found = facts(text, SUB_ORGANIZATION)
    assert (
        "working-group/benelux-werkgroep-zonnepanelen",
        "institution/college-van-secretarissen-generaal",
    ) in found


def test_a_group_named_in_a_meeting_does_not_take_part_for_it() -> None:
    text = (
        "Tijdens de ministeriële vergadering van het Senningenoverleg op 12 mei 2027, waaraan "
        "ook Europol en Eurojust deelnamen, is afgesproken de samenwerking te versterken."
    )
    found = participants(text)
    meeting = "event/ministeriele-vergadering-senningenoverleg-2027-05-12"
    assert (meeting, "organisation/europol") in found
    assert ("working-group/senningenoverleg", "organisation/europol") not in found


def test_a_supporter_after_the_verb_that_closes_the_name() -> None:
    text = (
        "De top nam ook de politieke verklaring over hittestress aan, die ook door de Région "
        "Hauts-de-France werd onderschreven. Verder werd de Benelux-verklaring over "
        "fietssnelwegen ondertekend, die eveneens door Duitsland wordt ondersteund."
    )
    found = participants(text)
    assert ("instrument/politieke-verklaring-over-hittestress", "region/hauts-de-france") in found
    assert ("instrument/benelux-verklaring-over-fietssnelwegen", "country/duitsland") in found


def test_a_partner_joining_an_instrument_takes_part_in_it() -> None:
    text = (
        "In 2019 ondertekenden de drie landen de Benelux-verklaring over bouwafval. "
        "Noordrijn-Westfalen trad een jaar later tot de verklaring toe. Het Memorandum of "
        "Understanding over bosbranden werd in 2010 gesloten tussen België en Luxemburg; "
        "Frankrijk trad er in 2015 toe."
    )
    found = participants(text)
    assert ("instrument/benelux-verklaring-over-bouwafval", "region/noordrijn-westfalen") in found
    memorandum = "instrument/memorandum-of-understanding-over-bosbranden"
    assert (memorandum, "country/frankrijk") in found


def test_a_body_of_the_union_chairing_a_group_takes_part_in_it() -> None:
    text = (
        "Daarnaast bestaat het Benelux-netwerk Telegeneeskunde. Het netwerk wordt "
        "gecoördineerd door het Secretariaat-Generaal."
    )
    found = participants(text)
    assert (
        "working-group/benelux-netwerk-telegeneeskunde",
        "institution/secretariaat-generaal",
    ) in found


def test_the_body_under_whose_chairmanship_a_group_meets_takes_part() -> None:
    text = (
        "De opvolging ligt bij de Benelux-werkgroep Uitzendarbeid. De werkgroep vergadert "
        "onder voorzitterschap van de Nederlandse Arbeidsinspectie. Het overleg wordt geleid "
        "door de voorzitter, onder voorzitterschap van de heer Jansen."
    )
    found = participants(text)
    group = "working-group/benelux-werkgroep-uitzendarbeid"
    assert (group, "organisation/nederlandse-arbeidsinspectie") in found


def test_members_of_a_region_named_in_its_relative_clause_join_no_instrument() -> None:
    text = (
        "Ook de Grande Région, waarin Lotharingen als deel van de regio Grand Est deelneemt, "
        "is een partner: in 2025 ondertekenden de Benelux Unie en de Grande Région een "
        "intentieverklaring tussen de Benelux Unie en de Grande Région over stages."
    )
    found = participants(text)
    assert not any(o in {"region/lotharingen", "region/grand-est"} for _, o in found)
    assert any(o == "region/grande-region" for _, o in found)


def test_the_place_where_an_instrument_was_signed_is_no_party() -> None:
    text = (
        "De uitvoeringsovereenkomst inzake grensoverschrijdend cameratoezicht, die de drie "
        "ministers op 2 december 2025 tijdens de Benelux-top in Luxemburg ondertekenden, "
        "regelt de uitwisseling van beelden."
    )
    found = participants(text)
    assert not any(o == "country/luxemburg" for _, o in found)


def test_a_partner_the_group_will_work_with_is_no_member() -> None:
    text = (
        "Het Pentalateraal Energieforum wordt in 2027 door Luxemburg voorgezeten. Het forum "
        "maakt een analyse van de netten en zal daarover nauw samenwerken met ENTSO-E."
    )
    found = participants(text)
    assert ("working-group/pentalateraal-energieforum", "organisation/entso-e") not in found


def test_a_meeting_that_brings_representatives_together() -> None:
    text = (
        'De conferentie "Wonen over de grens" van 4 oktober 2027 in Luik brengt daarvoor '
        "vertegenwoordigers van Frankrijk en Duitsland bijeen."
    )
    found = participants(text)
    assert any(s.startswith("event/") and o == "country/frankrijk" for s, o in found)


def test_the_abbreviation_of_a_partner_worked_with_is_no_member() -> None:
    text = (
        "Het Beneluxa-initiatief inzake geneesmiddelenbeleid werkt samen met het Europees "
        "Geneesmiddelenbureau (EMA) bij de horizonscan."
    )
    found = participants(text)
    assert not any(o == "organisation/europees-geneesmiddelenbureau" for _, o in found)


def test_a_list_of_members_after_represented_in_the_group() -> None:
    text = (
        "De uitvoering wordt begeleid door de Benelux-werkgroep Parkeerboetes. In de werkgroep "
        "zijn vertegenwoordigd:\n\n"
        "  •  het Centraal Justitieel Incassobureau (CJIB);\n"
        "  •  de FOD Justitie;\n"
        "  •  de Police grand-ducale.\n"
    )
    found = participants(text)
    group = "working-group/benelux-werkgroep-parkeerboetes"
    assert (group, "organisation/fod-justitie") in found
    assert (group, "organisation/police-grand-ducale") in found


GROUP = "working-group/benelux-werkgroep-arbeidsfraude"
FOUNDED = "De Benelux-werkgroep Arbeidsfraude werd in 2019 opgericht. "


def test_other_tenses_and_synonyms_of_taking_part() -> None:
    for sentence in (
        "Frankrijk en Duitsland hebben deelgenomen aan de Benelux-werkgroep Arbeidsfraude.",
        "Frankrijk participeert sinds 2020 in de Benelux-werkgroep Arbeidsfraude.",
        "Frankrijk heeft zitting in de Benelux-werkgroep Arbeidsfraude.",
        "Frankrijk doet sinds vorig jaar mee aan de Benelux-werkgroep Arbeidsfraude.",
        "Frankrijk trad in 2021 toe tot de Benelux-werkgroep Arbeidsfraude.",
        "Frankrijk is in 2021 toegetreden tot de Benelux-werkgroep Arbeidsfraude.",
    ):
        assert (GROUP, "country/frankrijk") in participants(sentence), sentence


def test_the_group_of_the_kind_named_next_to_the_verb() -> None:
    for sentence in (
        "Frankrijk is sinds 2024 lid van de werkgroep.",
        "Frankrijk zal volgend jaar aan de werkgroep deelnemen.",
        "Frankrijk is vertegenwoordigd in de werkgroep.",
        "Frankrijk participeerde in de werkgroep.",
        "Frankrijk treedt toe tot de werkgroep.",
        "Frankrijk heeft zich bij de werkgroep aangesloten.",
    ):
        assert participants(FOUNDED + sentence) == {(GROUP, "country/frankrijk")}, sentence


def test_an_opening_group_with_an_auxiliary_and_a_closing_participle() -> None:
    for sentence in (
        "In de werkgroep zijn Frankrijk en Duitsland vertegenwoordigd.",
        "Aan de werkgroep hebben Frankrijk en Duitsland deelgenomen.",
        "Aan de werkgroep zullen Frankrijk en Duitsland deelnemen.",
    ):
        assert participants(FOUNDED + sentence) == {
            (GROUP, "country/frankrijk"),
            (GROUP, "country/duitsland"),
        }, sentence
    # A place that owns the member is no member.
    owned = "Aan de werkgroep heeft de politietop van Frankrijk deelgenomen."
    assert not participants(FOUNDED + owned)


def test_daaraan_refers_to_the_group_named_last() -> None:
    for sentence in (
        "Daaraan nemen Frankrijk en Duitsland deel.",
        "Hieraan doen ook Frankrijk en Duitsland mee.",
    ):
        assert participants(FOUNDED + sentence) == {
            (GROUP, "country/frankrijk"),
            (GROUP, "country/duitsland"),
        }, sentence
    # Something new was introduced since: "daaraan" stands for that.
    newer = "Er is ook een jaarlijks overleg. Daaraan nemen Frankrijk en Duitsland deel."
    assert not participants(FOUNDED + newer)


def test_a_clause_after_a_semicolon_adds_members() -> None:
    for sentence in (
        "Aan de werkgroep nemen Frankrijk en Duitsland deel; ook Oostenrijk is erin "
        "vertegenwoordigd.",
        "Frankrijk neemt deel aan de werkgroep; sinds 2024 neemt ook Oostenrijk deel.",
    ):
        assert (GROUP, "country/oostenrijk") in participants(FOUNDED + sentence), sentence
    # A clause without a verb of taking part adds nobody.
    other = "Frankrijk neemt deel aan de werkgroep; Oostenrijk voert een eigen beleid."
    assert (GROUP, "country/oostenrijk") not in participants(FOUNDED + other)


def test_a_closing_participle_or_shared_role_refers_to_the_last_group() -> None:
    for sentence, members in (
        ("Frankrijk is als agendalid betrokken.", {"frankrijk"}),
        (
            "Ook Frankrijk en Duitsland zijn sinds 2024 vertegenwoordigd.",
            {"frankrijk", "duitsland"},
        ),
        ("Frankrijk is waarnemer, net als Duitsland.", {"frankrijk", "duitsland"}),
        ("Frankrijk is waarnemer, evenals Oostenrijk.", {"frankrijk", "oostenrijk"}),
    ):
        expected = {(GROUP, f"country/{m}") for m in members}
        assert participants(FOUNDED + sentence) == expected, sentence
    # Involved in something else than the group.
    assert not participants(FOUNDED + "Frankrijk wordt bij de uitwerking betrokken.")


def test_lists_joined_by_evenals_and_alsmede() -> None:
    for sentence in (
        "De Benelux-werkgroep Arbeidsfraude, waarin Frankrijk evenals Duitsland afspraken "
        "maken, vergadert tweemaal per jaar.",
        "De Benelux-werkgroep Arbeidsfraude, waarin Frankrijk alsmede Duitsland afspraken "
        "maken, vergadert tweemaal per jaar.",
        "De Benelux-werkgroep Arbeidsfraude, waarin Frankrijk, net als Duitsland, afspraken "
        "maakt, vergadert tweemaal per jaar.",
    ):
        assert (GROUP, "country/duitsland") in participants(sentence), sentence


def test_an_owner_after_an_abbreviation_is_no_member() -> None:
    text = (
        "Aan de Benelux-werkgroep Arbeidsfraude neemt het Europees Geneesmiddelenbureau (EMA) "
        "van de Europese Unie deel."
    )
    found = participants(text)
    assert (GROUP, "organisation/europees-geneesmiddelenbureau") in found
    assert not any(o == "organisation/europese-unie" for _, o in found)


DECLARATION = "instrument/benelux-verklaring-over-grensoverschrijdende-natuurparken"
DECLARED = (
    "In 2023 ondertekenden de drie landen de Benelux-verklaring over grensoverschrijdende "
    "natuurparken. "
)


def test_joining_an_instrument_by_the_reflexive_verb() -> None:
    for sentence in (
        "Noordrijn-Westfalen heeft zich in mei bij de verklaring aangesloten.",
        "Later dat jaar sloot Noordrijn-Westfalen zich bij de verklaring aan.",
        "De Raad is positief; ook Noordrijn-Westfalen sluit zich bij deze verklaring aan.",
        "Noordrijn-Westfalen zal zich in 2026 bij de verklaring aansluiten.",
    ):
        found = participants(DECLARED + sentence)
        assert (DECLARATION, "region/noordrijn-westfalen") in found, sentence
    # Joining a group is no joining of the instrument named before.
    joined_group = DECLARED + "Noordrijn-Westfalen sluit zich in 2026 bij het netwerk aan."
    assert (DECLARATION, "region/noordrijn-westfalen") not in participants(joined_group)


def test_subscribing_to_an_instrument_made_by_others() -> None:
    for sentence in (
        "Hauts-de-France onderschreef de verklaring in maart 2024.",
        "Hauts-de-France onderschrijft sinds 2024 ook de verklaring.",
        "Frankrijk en Hauts-de-France onderschreven de verklaring een jaar later.",
    ):
        found = participants(DECLARED + sentence)
        assert (DECLARATION, "region/hauts-de-france") in found, sentence
    relative = (
        "In 2023 ondertekenden de drie landen de Benelux-verklaring over grensoverschrijdende "
        "natuurparken, die Hauts-de-France in 2024 mede heeft onderschreven."
    )
    assert (DECLARATION, "region/hauts-de-france") in participants(relative)
    # Subscribing to an idea, not to an instrument.
    idea = DECLARED + "Hauts-de-France onderschrijft de Europese aanpak van natuurherstel."
    assert (DECLARATION, "region/hauts-de-france") not in participants(idea)


def test_a_members_label_with_an_adjective_and_coordinated_items() -> None:
    text = (
        "De Benelux-werkgroep Arbeidsfraude is ondergebracht bij het Directiecomité Interne "
        "Markt.\nVaste leden zijn:\n• de FOD Justitie en de Federale Politie;\n• het "
        "Centraal Justitieel Incassobureau (CJIB), waar de Nationale Politie is ondergebracht;"
        "\n• de Police grand-ducale.\n"
    )
    found = participants(text)
    for member in (
        "fod-justitie",
        "federale-politie",
        "centraal-justitieel-incassobureau",
        "police-grand-ducale",
    ):
        assert (GROUP, f"organisation/{member}") in found, member
    # A body in a clause after the item's own, and the group it is lodged with.
    assert (GROUP, "organisation/nationale-politie") not in found
    assert not any(s.endswith("directiecomite-interne-markt") for s, _ in found)


def test_coordinated_bodies_in_the_items_of_a_represented_list() -> None:
    for opening in ("In de werkgroep zijn vertegenwoordigd:", "Overige deelnemers:"):
        text = (
            f"De Benelux-werkgroep Arbeidsfraude werd in 2019 opgericht. {opening}\n"
            "  •  de FOD Justitie, de Federale Politie en het Centraal Justitieel "
            "Incassobureau;\n  •  de Police grand-ducale.\n"
        )
        found = participants(text)
        for member in ("fod-justitie", "federale-politie", "centraal-justitieel-incassobureau"):
            assert (GROUP, f"organisation/{member}") in found, (opening, member)


def test_the_parties_in_an_amending_instrument_s_name_are_those_of_the_amended() -> None:
    text = (
        "Het Protocol tot wijziging van de Overeenkomst tussen België, Luxemburg en Nederland "
        "inzake de uitwisseling van kentekengegevens is in 2025 gepubliceerd."
    )
    found = participants(text)
    assert not any(s.startswith("instrument/protocol") for s, _ in found)
    own = "Het Protocol tussen België en Nederland tot wijziging van de Overeenkomst is van 2025."
    assert any(s.startswith("instrument/protocol") for s, _ in participants(own))


def test_a_chair_with_an_adjective_of_origin() -> None:
    for chair, member in (
        ("het Vlaamse Departement Omgeving", "organisation/departement-omgeving"),
        ("de Luxemburgse Police grand-ducale", "organisation/police-grand-ducale"),
        ("de Belgische Federale Politie", "organisation/federale-politie"),
    ):
        text = (
            "Het werk ligt bij de Benelux-werkgroep Arbeidsfraude, die onder voorzitterschap "
            f"van {chair} staat."
        )
        assert (GROUP, member) in participants(text), chair


def test_working_along_refers_to_the_group_of_the_sentence_before() -> None:
    for sentence in (
        "Ook Noordrijn-Westfalen werkt mee.",
        "Frankrijk en Noordrijn-Westfalen werken mee.",
        "Noordrijn-Westfalen heeft van meet af aan meegewerkt.",
    ):
        text = "Aan de Benelux-werkgroep Arbeidsfraude nemen België en Nederland deel. " + sentence
        assert (GROUP, "region/noordrijn-westfalen") in participants(text), sentence


CONFERENCE = "event/benelux-onderwijsconferentie-grenzeloos-leren"
CONVENED = (
    "Op woensdag 17 september 2025 kwamen in Maastricht tweehonderd leraren bijeen voor de "
    'Benelux-onderwijsconferentie "Grenzeloos leren". '
)


def test_whom_a_speaker_at_a_meeting_speaks_for() -> None:
    for sentence, principal in (
        ("Namens Noordrijn-Westfalen sprak een afdelingshoofd.", "region/noordrijn-westfalen"),
        (
            "Namens het Secretariaat-Generaal gaf de adjunct-secretaris-generaal een toelichting.",
            "institution/secretariaat-generaal",
        ),
        (
            "Namens het Comité van Ministers wees de voorzitter erop dat het werk doorgaat.",
            "institution/comite-van-ministers",
        ),
        ("Namens Nederland nam de minister het woord.", "country/nederland"),
    ):
        assert (CONFERENCE, principal) in participants(CONVENED + sentence), sentence
    # A meeting announced for later is not the one spoken at.
    later = (
        "De tekst wordt voorgelegd aan de plenaire zitting van 20 maart 2026 in Luxemburg. "
        "Namens het Comité van Ministers wees de voorzitter erop dat het werk doorgaat."
    )
    assert not participants(later)


def test_attending_a_meeting_named_by_its_kind_late_in_a_report() -> None:
    report = (
        "De commissie kwam vrijdag in Rotterdam bijeen voor een hoorzitting over "
        "waterstofleidingen. " + "De sprekers bespraken de stand van de techniek. " * 40
    )
    for sentence, guest in (
        (
            "Een delegatie van het Landtag van Noordrijn-Westfalen woonde de hoorzitting als "
            "gast bij.",
            "organisation/landtag-van-noordrijn-westfalen",
        ),
        ("Ook Fluxys en Gasunie woonden de hoorzitting bij.", "organisation/gasunie"),
        ("Gasunie woont deze hoorzitting elk jaar bij.", "organisation/gasunie"),
    ):
        found = participants(report + sentence)
        assert ("event/hoorzitting-over-waterstofleidingen", guest) in found, sentence


def test_a_pronoun_subject_of_a_signing_passive_is_the_last_instrument() -> None:
    for sentence in (
        "Deze werd op 3 mei 2024 in Luxemburg ondertekend door België, Nederland en Frankrijk.",
        "Dit is in 2024 ondertekend door de ministers van Milieu van België en Frankrijk.",
        "Die werd door de regeringen van België en Frankrijk ondertekend.",
    ):
        text = "Men verwees naar de Benelux-verklaring over grensoverschrijdende natuurparken. "
        found = participants(text + sentence)
        assert (DECLARATION, "country/frankrijk") in found, sentence
        assert (DECLARATION, "country/belgie") in found, sentence


def test_thereto_refers_to_a_meeting_named_after_the_last_group() -> None:
    opening = (
        "De Benelux-werkgroep Arbeidsfraude werd in 2019 opgericht. Het voorzitterschap "
        "organiseert op 5 juni 2025 in Schengen de Benelux-ministerconferentie over "
        "arbeidsfraude. "
    )
    meeting = "event/benelux-ministerconferentie-over-arbeidsfraude"
    for sentence in (
        "Daaraan nemen de ministers van Werk van België en Frankrijk deel.",
        "Hieraan nemen ook Frankrijk en België deel.",
        "Frankrijk en België nemen eraan deel.",
    ):
        found = participants(opening + sentence)
        assert (meeting, "country/frankrijk") in found, sentence
        assert (GROUP, "country/frankrijk") not in found, sentence


def test_organising_a_meeting_named_before_as_a_pronoun() -> None:
    opening = "Op 12 maart 2026 vindt in Gent de Benelux-conferentie Wonen over de Grens plaats. "
    meeting = "event/benelux-conferentie-wonen-over-de-grens"
    for sentence in (
        "Het Secretariaat-Generaal organiseert haar samen met de Grande Région.",
        "Het Secretariaat-Generaal organiseerde deze samen met de Grande Région.",
        "Het Secretariaat-Generaal en de Grande Région organiseren die samen met Wallonië.",
    ):
        found = participants(opening + sentence)
        assert (meeting, "region/grande-region") in found, sentence
        assert (meeting, "institution/secretariaat-generaal") in found, sentence


def test_a_region_joined_to_the_benelux_in_an_instrument_s_name() -> None:
    for name, region in (
        ("de politieke verklaring Benelux-Noordrijn-Westfalen", "noordrijn-westfalen"),
        ("de Intentieverklaring Benelux – Hauts-de-France 2022-2026", "hauts-de-france"),
        ("de intentieverklaring Benelux Unie-Hauts-de-France", "hauts-de-france"),
    ):
        text = (
            "De Benelux Unie werkt samen met Noordrijn-Westfalen en met Hauts-de-France. "
            f"Basis daarvoor is {name} van 2018."
        )
        found = participants(text)
        assert any(o == f"region/{region}" and "verklaring" in s for s, o in found), name
    spelled_out = participants(
        "Basis is de intentieverklaring Benelux Unie-Hauts-de-France van 2018."
    )
    assert any(o == "organisation/benelux-unie" for _, o in spelled_out)
    # Another word after the dash is no region: "de Benelux-landen".
    plain = participants("De politieke verklaring Benelux-landen van 2018 noemt Hauts-de-France.")
    assert not any(o == "region/hauts-de-france" for _, o in plain)


def test_a_closing_verb_followed_by_a_clause_of_condition() -> None:
    opening = "Aan de Benelux-werkgroep Arbeidsfraude nemen België en Nederland deel. "
    for sentence in (
        "De Federale Politie en de Police grand-ducale schuiven aan waar het handhaving betreft.",
        "De Federale Politie en de Police grand-ducale nemen deel wanneer het nodig is.",
        "De Federale Politie en de Police grand-ducale worden betrokken zodra de inspectie "
        "erom gaat.",
    ):
        found = participants(opening + sentence)
        assert (GROUP, "organisation/police-grand-ducale") in found, sentence


CYBER = "working-group/werkgroep-cybercrime"
EUROPOL = "organisation/europol"
FRONTEX = "organisation/frontex"


@pytest.mark.parametrize(
    "text",
    [
        "De werkgroep Cybercrime, waarvan Europol en Frontex deel uitmaken, vergadert.",
        "De werkgroep Cybercrime, met vertegenwoordigers van Europol en Frontex, vergadert.",
        "De werkgroep Cybercrime telt Europol en Frontex onder haar leden.",
        "De deelnemers aan de werkgroep Cybercrime zijn Europol en Frontex.",
        "De leden van de werkgroep Cybercrime zijn Europol en Frontex.",
        "Europol en Frontex vaardigen elk een deskundige af naar de werkgroep Cybercrime.",
        "Europol en Frontex hebben een expert afgevaardigd naar de werkgroep Cybercrime.",
        "Europol en Frontex zitten in de werkgroep Cybercrime.",
        "Europol en Frontex overleggen in de werkgroep Cybercrime.",
        "De werkgroep Cybercrime kwam in 2024 drie keer bijeen met Europol en Frontex.",
        "De werkgroep Cybercrime is in 2023 opgericht. Zij bestaat uit Europol en Frontex.",
    ],
)
def test_members_stated_in_more_ways(text: str) -> None:
    assert participants(text) >= {(CYBER, EUROPOL), (CYBER, FRONTEX)}


@pytest.mark.parametrize(
    "text",
    [
        "De werkgroep Cybercrime staat onder leiding van Europol.",
        "De werkgroep Cybercrime wordt geleid door Europol.",
        "De werkgroep Cybercrime wordt getrokken door Europol.",
        "Europol is voorzitter van de werkgroep Cybercrime.",
        "Europol zit de werkgroep Cybercrime voor.",
        "Europol heeft een zetel in de werkgroep Cybercrime.",
        "Europol stuurt een delegatie naar de werkgroep Cybercrime.",
        "Europol levert een vertegenwoordiger aan de werkgroep Cybercrime.",
    ],
)
def test_the_body_that_leads_or_has_a_seat(text: str) -> None:
    assert (CYBER, EUROPOL) in participants(text)


@pytest.mark.parametrize(
    "text",
    [
        "Europol kan later toetreden tot de werkgroep Cybercrime.",
        "Europol is uitgenodigd om deel te nemen aan de werkgroep Cybercrime.",
        "Europol zou kunnen aansluiten bij de werkgroep Cybercrime.",
        "Europol overweegt toe te treden tot de werkgroep Cybercrime.",
    ],
)
def test_taking_part_only_possible_or_asked_for(text: str) -> None:
    assert participants(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "De Benelux-conferentie over cybercrime werd bijgewoond door Europol en Frontex.",
        "De Benelux-conferentie over cybercrime vond plaats in aanwezigheid van Europol en "
        "Frontex.",
    ],
)
def test_those_attending_a_meeting(text: str) -> None:
    meeting = "event/benelux-conferentie-over-cybercrime"
    assert participants(text) >= {(meeting, EUROPOL), (meeting, FRONTEX)}


@pytest.mark.parametrize(
    "text",
    [
        "De Benelux-verklaring over cybercrime is onderschreven door Europol en Frontex.",
        "Partijen bij de Benelux-verklaring over cybercrime zijn Europol en Frontex.",
        "Europol en Frontex zijn partij bij de Benelux-verklaring over cybercrime.",
    ],
)
def test_the_parties_of_a_declaration(text: str) -> None:
    declaration = "instrument/benelux-verklaring-over-cybercrime"
    assert participants(text) >= {(declaration, EUROPOL), (declaration, FRONTEX)}


@pytest.mark.parametrize(
    "second",
    [
        "Deelnemers zijn Europol en Frontex.",
        "Leden zijn Europol en Frontex.",
        "Europol en Frontex zijn er lid van.",
        "Europol en Frontex maken er deel van uit.",
        "Europol en Frontex hebben er zitting in.",
        "Zij telt Europol en Frontex onder haar leden.",
        "Ze bestaat uit Europol en Frontex.",
    ],
)
def test_members_of_the_group_named_in_the_sentence_before(second: str) -> None:
    text = "De werkgroep Cybercrime werd in 2023 opgericht. " + second
    assert participants(text) >= {(CYBER, EUROPOL), (CYBER, FRONTEX)}


# Round 14 (set L's kinds).
@pytest.mark.parametrize(
    ("text", "group", "chair"),
    [
        (
            "De Benelux-werkgroep Drones valt onder het Directiecomité Verkeer en Vervoer. Het "
            "RIZIV zit de werkgroep voor.",
            "working-group/benelux-werkgroep-drones",
            "organisation/riziv",
        ),
        (
            "Het Benelux-netwerk Kinderhulplijnen werd in 2020 opgericht. Sinds 2024 zit de FOD "
            "Justitie het netwerk voor.",
            "working-group/benelux-netwerk-kinderhulplijnen",
            "organisation/fod-justitie",
        ),
        (
            "De Benelux-werkgroep Arbeidsfraude komt viermaal per jaar bijeen. Het eerste jaar "
            "zit Nederland de werkgroep voor.",
            "working-group/benelux-werkgroep-arbeidsfraude",
            "country/nederland",
        ),
    ],
)
def test_the_chair_of_a_group_named_inside_the_separable_verb(
    text: str, group: str, chair: str
) -> None:
    assert (group, chair) in participants(text)


@pytest.mark.parametrize(
    "text",
    [
        "De Benelux-werkgroep Drones werd in 2024 ingesteld. Verder hebben de FOD Mobiliteit en "
        "Vervoer en het RIZIV er zitting in, evenals de Inspectie Leefomgeving en Transport.",
        "De Benelux-werkgroep Drones werd in 2024 ingesteld. Ook zijn de FOD Mobiliteit en "
        "Vervoer en het RIZIV erin vertegenwoordigd, net als de Inspectie Leefomgeving en "
        "Transport.",
        "De Benelux-werkgroep Drones rapporteert aan het Directiecomité Verkeer en Vervoer. "
        "Daarnaast nemen de FOD Mobiliteit en Vervoer en het RIZIV er aan deel, evenals de "
        "Inspectie Leefomgeving en Transport.",
    ],
)
def test_members_with_er_and_one_more_after_evenals(text: str) -> None:
    group = "working-group/benelux-werkgroep-drones"
    found = participants(text)
    for member in ("riziv", "inspectie-leefomgeving-en-transport"):
        assert (group, f"organisation/{member}") in found
    # The parent the sentence before named is not the group they sit in.
    assert not any(s.endswith("verkeer-en-vervoer") for s, _ in found)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "De onderhandelingen worden gevoerd binnen het Beneluxa-initiatief. Daarin "
            "onderhandelen het RIZIV, Zorginstituut Nederland en de Caisse nationale de santé "
            "gezamenlijk met fabrikanten.",
            {"riziv", "zorginstituut-nederland", "caisse-nationale-de-sante"},
        ),
        (
            "Het Beneluxa-initiatief bestaat sinds 2015. Daarin overleggen het RIZIV en "
            "Zorginstituut Nederland over de prijzen.",
            {"riziv", "zorginstituut-nederland"},
        ),
        (
            "Het Beneluxa-initiatief werd in 2015 opgericht. Hierin beoordelen het RIZIV en "
            "Zorginstituut Nederland samen nieuwe geneesmiddelen.",
            {"riziv", "zorginstituut-nederland"},
        ),
    ],
)
def test_therein_any_plural_verb_with_the_members_after_it(text: str, members: set[str]) -> None:
    group = "working-group/beneluxa-initiatief-inzake-geneesmiddelenbeleid"
    found = {p for s, p in participants(text) if s == group}
    assert {f"organisation/{m}" for m in members} <= found


def test_therein_a_passive_names_no_members() -> None:
    text = (
        "Het Beneluxa-initiatief inzake geneesmiddelenbeleid bestaat sinds 2015. Daarin worden "
        "België en Nederland vaak genoemd."
    )
    assert not participants(text)


@pytest.mark.parametrize(
    ("text", "meeting", "organisers"),
    [
        (
            "In oktober vindt in Eupen de Benelux-conferentie Jeugdhulp zonder Grenzen plaats. "
            "Het Secretariaat-Generaal organiseert haar in samenwerking met de Duitstalige "
            "Gemeenschap.",
            "event/benelux-conferentie-jeugdhulp-zonder-grenzen",
            {"institution/secretariaat-generaal", "organisation/duitstalige-gemeenschap"},
        ),
        (
            "Op 3 mei vond de Benelux-conferentie over crisisbeheersing plaats. De conferentie "
            "werd door het Secretariaat-Generaal georganiseerd in samenwerking met het Nationaal "
            "Crisiscentrum.",
            "event/benelux-conferentie-over-crisisbeheersing",
            {"institution/secretariaat-generaal", "organisation/nationaal-crisiscentrum"},
        ),
        (
            "In samenwerking met Noordrijn-Westfalen organiseerde de Benelux Unie op 4 juni de "
            "Benelux-conferentie over crisisbeheersing.",
            "event/benelux-conferentie-over-crisisbeheersing",
            {"region/noordrijn-westfalen"},
        ),
    ],
)
def test_co_organisers_in_samenwerking_met_take_part_without_a_partnership(
    text: str, meeting: str, organisers: set[str]
) -> None:
    assert {(meeting, o) for o in organisers} <= participants(text)
    together = facts(text, BKG + "cooperatesWith")
    assert not {(a, b) for a, b in together if a in organisers and b in organisers}


@pytest.mark.parametrize(
    ("text", "declaration", "endorsers"),
    [
        (
            "Op de conferentie hebben de ministers van België, Nederland en Luxemburg de "
            "Noordzeeverklaring over de bescherming van kritieke onderzeese infrastructuur "
            "ondertekend. Denemarken, Duitsland en Noorwegen schaarden zich diezelfde middag "
            "achter de tekst.",
            "instrument/noordzeeverklaring-over-de-bescherming-van-kritieke-onderzeese-"
            "infrastructuur",
            {"denemarken", "duitsland", "noorwegen"},
        ),
        (
            "In 2023 ondertekenden de drie landen de Benelux-verklaring over waterstof. Frankrijk "
            "en Duitsland hebben zich later achter de verklaring geschaard.",
            "instrument/benelux-verklaring-over-waterstof",
            {"frankrijk", "duitsland"},
        ),
        (
            "De drie landen ondertekenden in mei de Benelux-verklaring over waterstof. Ook "
            "Oostenrijk schaart zich sinds juni achter deze verklaring.",
            "instrument/benelux-verklaring-over-waterstof",
            {"oostenrijk"},
        ),
    ],
)
def test_states_standing_behind_a_declaration_take_part(
    text: str, declaration: str, endorsers: set[str]
) -> None:
    assert {(declaration, f"country/{c}") for c in endorsers} <= participants(text)


# "mijn ministerie" in a letter: the ministry of its letterhead.

_LETTERHEAD = "Ministerie van Justitie en Veiligheid\n\nAan de Voorzitter van de Tweede Kamer\n\n"
_MINISTRY = "organisation/ministerie-van-justitie-en-veiligheid"


@pytest.mark.parametrize(
    "body",
    [
        "De Benelux-werkgroep Cybercrime staat onder voorzitterschap van mijn ministerie.",
        "Mijn ministerie en de FOD Justitie nemen deel aan de Benelux-werkgroep Cybercrime.",
        "In de Benelux-werkgroep Cybercrime is Nederland vertegenwoordigd door mijn ministerie.",
        "De Benelux-werkgroep Cybercrime rapporteert aan het Directiecomité Justitie en wordt "
        "voorgezeten door mijn ministerie.",
    ],
)
def test_my_ministry_in_a_letter_is_the_ministry_of_its_letterhead(body: str) -> None:
    found = participants(_LETTERHEAD + "Geachte voorzitter,\n\n" + body)
    assert ("working-group/benelux-werkgroep-cybercrime", _MINISTRY) in found


def test_my_ministry_without_a_ministry_in_the_letterhead_is_nobody() -> None:
    text = (
        "Geachte voorzitter,\n\nDe Benelux-werkgroep Cybercrime staat onder voorzitterschap "
        "van mijn ministerie. Het Ministerie van Justitie en Veiligheid zendt de stukken toe."
    )
    assert not any(o == _MINISTRY for _, o in participants(text))


def test_my_ministry_that_takes_no_part_is_no_participant() -> None:
    text = _LETTERHEAD + "Mijn ministerie neemt niet deel aan de Benelux-werkgroep Cybercrime."
    assert ("working-group/benelux-werkgroep-cybercrime", _MINISTRY) not in participants(text)


def test_the_parent_a_group_reports_to_is_not_what_its_chair_chairs() -> None:
    text = (
        "De Benelux-werkgroep Drones is in 2024 ingesteld. Zij rapporteert aan het "
        "Directiecomité Verkeer en Vervoer en staat onder voorzitterschap van de FOD Mobiliteit."
    )
    found = participants(text)
    chair = "organisation/fod-mobiliteit-en-vervoer"
    assert ("working-group/benelux-werkgroep-drones", chair) in found
    assert not any(s.endswith("verkeer-en-vervoer") for s, _ in found)


# Members in a relative clause: "samen met" and a second "en waaraan" clause.


@pytest.mark.parametrize(
    ("text", "group", "member"),
    [
        (
            "Er is de werkgroep Grensoverschrijdend Spoor, waarin de NMBS en Deutsche Bahn "
            "samen met de Nederlandse Spoorwegen de dienstregeling afstemmen.",
            "working-group/werkgroep-grensoverschrijdend-spoor",
            "organisation/nederlandse-spoorwegen",
        ),
        (
            "Het gaat om de Benelux-werkgroep Patiëntenmobiliteit, waarin het RIZIV en de CNS "
            "samenwerken en waaraan de AOK Rheinland/Hamburg als waarnemer deelneemt.",
            "working-group/benelux-werkgroep-patientenmobiliteit",
            "organisation/aok-rheinland-hamburg",
        ),
        (
            "Zo bestaat de Benelux-werkgroep Verkeershandhaving, waarin het CJIB en de FOD "
            "Justitie overleggen en waaraan sinds 2022 ook ANTAI deelneemt.",
            "working-group/benelux-werkgroep-verkeershandhaving",
            "organisation/agence-nationale-de-traitement-automatise-des-infractions",
        ),
        (
            "Daarnaast is er de Benelux-werkgroep Dierziekten, waarin het FAVV samen met de "
            "NVWA en de ALVA de bestrijding van uitbraken voorbereidt.",
            "working-group/benelux-werkgroep-dierziekten",
            "organisation/nederlandse-voedsel-en-warenautoriteit",
        ),
    ],
)
def test_members_in_a_relative_clause_after_samen_met_or_a_second_clause(
    text: str, group: str, member: str
) -> None:
    assert (group, member) in participants(text)


def test_a_second_relative_clause_of_another_noun_adds_no_member() -> None:
    text = (
        "Het gaat om de Benelux-werkgroep Patiëntenmobiliteit, waarin het RIZIV en de CNS "
        "samenwerken en waaraan de AOK Rheinland/Hamburg niet deelneemt."
    )
    found = participants(text)
    group = "working-group/benelux-werkgroep-patientenmobiliteit"
    assert (group, "organisation/riziv") in found
    assert (group, "organisation/aok-rheinland-hamburg") not in found


# Pooling in a group: "X, Y en Z bundelen hun kennis in het netwerk W".


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "In de Euregio Maas-Rijn bundelen het Maastricht UMC+ en het CHU de Liège hun "
            "kennis in het Euregionaal Traumanetwerk, een netwerk van de Euregio Maas-Rijn.",
            "working-group/euregionaal-traumanetwerk",
            ("organisation/maastricht-umc", "organisation/chu-de-liege"),
        ),
        (
            "De CREG en de ACM bundelen sinds 2023 hun marktgegevens in de werkgroep "
            "Energiemarkten.",
            "working-group/werkgroep-energiemarkten",
            ("organisation/creg", "organisation/autoriteit-consument-markt"),
        ),
        (
            "Binnen de Grande Région bundelt het Waals Gewest zijn inspanningen in de "
            "Benelux-werkgroep Grensarbeid.",
            "working-group/benelux-werkgroep-grensarbeid",
            ("organisation/waals-gewest",),
        ),
    ],
)
def test_bodies_pooling_their_work_in_a_group_take_part(
    text: str, group: str, members: tuple[str, ...]
) -> None:
    found = participants(text)
    for member in members:
        assert (group, member) in found
    # Where the sentence is set, or whose network it is, takes no part.
    assert not any(o.startswith(("organisation/euregio", "region/")) for _, o in found)


def test_pooling_that_is_only_proposed_gives_no_member() -> None:
    text = (
        "Wij bevelen aan dat de CREG en de ACM hun gegevens bundelen in de werkgroep "
        "Energiemarkten."
    )
    assert not participants(text)


@pytest.mark.parametrize(
    "text",
    [
        "De Benelux-werkgroep Geneesmiddelen, waarin het Zorginstituut Nederland en het RIZIV "
        "samenwerken, kwam bijeen.",
        "Het Beneluxa-initiatief, waarin Luxemburg en het Zorginstituut Nederland de prijzen "
        "afstemmen, gaat door.",
        "De Benelux-werkgroep Geneesmiddelen, waarin het RIZIV samenwerkt en waaraan het "
        "Zorginstituut Nederland als waarnemer deelneemt, kwam bijeen.",
    ],
)
def test_a_country_in_a_bodys_name_is_no_member_of_a_relative_clause(text: str) -> None:
    found = {o for _, o in participants(text)}
    assert "organisation/zorginstituut-nederland" in found
    assert "country/nederland" not in found


def facts_of(text: str, predicate: str) -> set[tuple[str, str]]:
    return {
        (f.subject.value[len(ID) :], f.object.value[len(ID) :])
        for f in extract(text).facts
        if f.predicate.value == predicate
    }


@pytest.mark.parametrize(
    ("text", "group", "member"),
    [
        (
            "De Benelux-werkgroep Havenbeveiliging wordt sinds 2023 gevormd door de Federale "
            "Politie en de Koninklijke Marechaussee.",
            "working-group/benelux-werkgroep-havenbeveiliging",
            "organisation/koninklijke-marechaussee",
        ),
        (
            "Sinds 2024 bestaat het Benelux-netwerk Grensoverschrijdende Zorg uit het RIZIV, "
            "het Zorginstituut Nederland en de Caisse nationale de santé.",
            "working-group/benelux-netwerk-grensoverschrijdende-zorg",
            "organisation/caisse-nationale-de-sante",
        ),
        (
            "Na de herschikking van 2021 bestond de Benelux-werkgroep Arbeidsmarkt enkel uit "
            "de VDAB en het UWV.",
            "working-group/benelux-werkgroep-arbeidsmarkt",
            "organisation/uwv",
        ),
    ],
)
def test_members_of_an_inverted_or_passive_composition(text: str, group: str, member: str) -> None:
    assert (group, member) in participants(text)


@pytest.mark.parametrize(
    ("text", "former"),
    [
        (
            "Sinds het vertrek van het UWV in 2022 bestaat de Benelux-werkgroep Arbeidsmarkt "
            "uit de VDAB en Le Forem.",
            "organisation/uwv",
        ),
        (
            "Na de uittreding van de FOD Economie telt het Benelux-platform Waterstof nog "
            "Rijkswaterstaat onder zijn leden.",
            "organisation/fod-economie",
        ),
        ("Tot 2021 was de VDAB lid van de Benelux-werkgroep Arbeidsmarkt.", "organisation/vdab"),
    ],
)
def test_a_former_member_takes_no_part(text: str, former: str) -> None:
    assert not any(member == former for _, member in participants(text))


@pytest.mark.parametrize(
    "text",
    [
        "Het lid Van Dijk vraagt of Noordrijn-Westfalen deelneemt aan de Benelux-werkgroep "
        "Grensveiligheid.",
        "Het Kamerlid Janssen wil weten of Frankrijk lid is van de Benelux-werkgroep "
        "Grensveiligheid.",
        "Mevrouw Peeters informeert of de VDAB vertegenwoordigd is in het Benelux-netwerk "
        "Arbeidsmobiliteit.",
        "Nedersaksen wil op termijn deelnemen aan de Benelux-werkgroep Hoogwaterbescherming.",
        "De Vlaamse Milieumaatschappij hoopt in 2027 toe te treden tot het Benelux-netwerk "
        "Waterkwaliteit.",
        "Saarland is van plan zich aan te sluiten bij de Benelux-werkgroep Grensarbeid.",
    ],
)
def test_a_question_or_an_intention_states_no_membership(text: str) -> None:
    assert participants(text) == set()


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "De Benelux-werkgroep Natuurbeheer telt drie leden. Het gaat om het Agentschap "
            "Natuur en Bos, Staatsbosbeheer en de Service public de Wallonie.",
            "working-group/benelux-werkgroep-natuurbeheer",
            {"organisation/agentschap-natuur-en-bos", "organisation/service-public-de-wallonie"},
        ),
        (
            "Het Benelux-netwerk Grensoverschrijdende Zorg heeft drie vaste partners. Dit zijn "
            "het RIZIV, het Zorginstituut Nederland en de Caisse nationale de santé.",
            "working-group/benelux-netwerk-grensoverschrijdende-zorg",
            {"organisation/riziv", "organisation/caisse-nationale-de-sante"},
        ),
        (
            "De Benelux-taskforce Waterstof is in 2024 opgericht en telt inmiddels zes leden. "
            "Het betreft onder meer de FOD Economie en Rijkswaterstaat.",
            "working-group/benelux-taskforce-waterstof",
            {"organisation/rijkswaterstaat"},
        ),
    ],
)
def test_members_counted_in_one_sentence_and_named_in_the_next(
    text: str, group: str, members: set[str]
) -> None:
    found = participants(text)
    assert {(group, m) for m in members} <= found


def test_a_sentence_naming_no_members_counted_before_gives_none() -> None:
    text = (
        "De Benelux-werkgroep Natuurbeheer kwam in 2024 drie keer bijeen. Het gaat om het "
        "Agentschap Natuur en Bos en Staatsbosbeheer, die elk een rapport indienden."
    )
    assert not any(g.endswith("natuurbeheer") for g, _ in participants(text))


@pytest.mark.parametrize(
    ("text", "group", "members", "not_members"),
    [
        (
            "Benelux-werkgroep Spoorveiligheid\nVoorzitter: Infrabel\nLid: ProRail\nLid: CFL\n"
            "Waarnemer: Spoorwegbureau van de Europese Unie",
            "working-group/benelux-werkgroep-spoorveiligheid",
            {"organisation/prorail", "organisation/spoorwegbureau-van-de-europese-unie"},
            {"organisation/europese-unie"},
        ),
        (
            "Benelux-netwerk Grensoverschrijdende Zorg\nVoorzitter: het RIZIV\nLid: het "
            "Zorginstituut Nederland\nPartner: de Europese Commissie",
            "working-group/benelux-netwerk-grensoverschrijdende-zorg",
            {"organisation/zorginstituut-nederland", "organisation/europese-commissie"},
            set(),
        ),
        (
            "Het Benelux-platform Waterstof\n\nVicevoorzitter: de FOD Economie\nLid: het "
            "Ministerie van Economische Zaken en Klimaat\nWaarnemer: Noordrijn-Westfalen",
            "working-group/benelux-platform-waterstof",
            {"organisation/fod-economie", "region/noordrijn-westfalen"},
            set(),
        ),
    ],
)
def test_a_table_with_one_member_a_line(
    text: str, group: str, members: set[str], not_members: set[str]
) -> None:
    found = participants(text)
    assert {(group, m) for m in members} <= found
    assert not {(group, m) for m in not_members} & found


@pytest.mark.parametrize(
    ("text", "meeting", "principal"),
    [
        (
            "Tijdens de Benelux-conferentie Energiearmoede sprak gemeenschapsminister Anna "
            "Weber namens de Duitstalige Gemeenschap.",
            "event/benelux-conferentie-energiearmoede",
            "organisation/duitstalige-gemeenschap",
        ),
        (
            "Op de Benelux-top Digitalisering sprak staatssecretaris Jan de Vries namens "
            "Nederland over cyberveiligheid.",
            "event/benelux-top-digitalisering",
            "country/nederland",
        ),
        (
            "Bij het Benelux-congres Mobiliteit spreekt minister-president Anke Rehlinger namens "
            "Saarland.",
            "event/benelux-congres-mobiliteit",
            "region/saarland",
        ),
    ],
)
def test_a_speaker_named_with_a_title_speaks_for_a_participant(
    text: str, meeting: str, principal: str
) -> None:
    assert (meeting, principal) in participants(text)


COOPERATES_WITH = BKG + "cooperatesWith"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In nauw overleg met de Euregio Maas-Rijn werkt de Benelux-werkgroep Zorg aan een "
            "gezamenlijk plan.",
            ("working-group/benelux-werkgroep-zorg", "organisation/euregio-maas-rijn"),
        ),
        (
            "In partnerschap met de OESO organiseert het Benelux-Parlement een seminarie over "
            "grensarbeid.",
            (
                "institution/benelux-parlement",
                "organisation/organisatie-voor-economische-samenwerking-en-ontwikkeling",
            ),
        ),
        (
            "Het Benelux-Parlement is een partnerschap aangegaan met de Baltische Assemblee.",
            ("institution/benelux-parlement", "organisation/baltische-assemblee"),
        ),
    ],
)
def test_consultation_and_partnership_are_cooperation(text: str, pair: tuple[str, str]) -> None:
    found = facts_of(text, COOPERATES_WITH)
    assert pair in found or pair[::-1] in found


def test_partners_each_after_their_own_met_take_no_part() -> None:
    text = (
        "De Benelux-werkgroep Arbeidsinspecties werkt nauw samen met de Nederlandse "
        "Arbeidsinspectie, met de Inspection du travail et des mines en met de FOD Economie."
    )
    assert participants(text) == set()
    assert len(facts_of(text, COOPERATES_WITH)) == 3


@pytest.mark.parametrize(
    ("text", "instrument", "parties"),
    [
        (
            "Het administratief akkoord van 4 mei 2024 tussen het Secretariaat-Generaal en de "
            "Provincie Limburg regelt de uitwisseling van stagiairs.",
            "instrument/administratief-akkoord-van-4-mei-2024",
            {"institution/secretariaat-generaal", "organisation/provincie-limburg"},
        ),
        (
            "Sinds het memorandum van 8 oktober 2021 tussen het Secretariaat-Generaal van de "
            "Benelux Unie, de Vlaamse Milieumaatschappij en Rijkswaterstaat delen zij "
            "meetgegevens.",
            "instrument/memorandum-van-8-oktober-2021",
            {
                "institution/secretariaat-generaal",
                "organisation/vlaamse-milieumaatschappij",
                "organisation/rijkswaterstaat",
            },
        ),
        (
            "De intentieverklaring van 3 juni 2020 met het Benelux-Parlement en de Baltische "
            "Assemblee gaat over jongerenuitwisseling.",
            "instrument/intentieverklaring-van-3-juni-2020",
            {"institution/benelux-parlement", "organisation/baltische-assemblee"},
        ),
    ],
)
def test_a_body_of_the_union_is_a_party_named_after_an_arrangement(
    text: str, instrument: str, parties: set[str]
) -> None:
    found = participants(text)
    assert {(instrument, p) for p in parties} <= found
    # The Union that owns the Secretariat-General is named, not a party of its own.
    assert (instrument, "organisation/benelux-unie") not in found


@pytest.mark.parametrize(
    ("text", "instrument", "parties"),
    [
        (
            "In het memorandum van 4 april 2022 komen het Benelux-Parlement en de Baltische "
            "Assemblee overeen hun jongerenparlementen samen te brengen.",
            "instrument/memorandum-van-4-april-2022",
            {"institution/benelux-parlement", "organisation/baltische-assemblee"},
        ),
        (
            "De Verklaring van Mondorf werd op 3 mei 2023 gepresenteerd. Met de verklaring "
            "engageren Hauts-de-France en het Secretariaat-Generaal zich om de "
            "waterstofcorridors te versnellen.",
            "instrument/verklaring-van-mondorf",
            {"region/hauts-de-france", "institution/secretariaat-generaal"},
        ),
        (
            "Het Samenwerkingsakkoord Grensarbeid dateert van 2019. In dit akkoord spreken de "
            "VDAB en de Forem af vacatures uit te wisselen.",
            "instrument/samenwerkingsakkoord-grensarbeid",
            {"organisation/vdab", "organisation/forem"},
        ),
    ],
)
def test_the_parties_that_declare_in_an_instrument_take_part_in_it(
    text: str, instrument: str, parties: set[str]
) -> None:
    assert {(instrument, p) for p in parties} <= participants(text)


@pytest.mark.parametrize(
    ("text", "meeting", "organiser"),
    [
        (
            "Met deelname van Noordrijn-Westfalen en de Provincie Antwerpen organiseerde het "
            "Benelux-Parlement op 4 juni 2024 de Benelux-conferentie Grensarbeid.",
            "event/benelux-conferentie-grensarbeid",
            "institution/benelux-parlement",
        ),
        (
            "Het Secretariaat-Generaal organiseert op 14 oktober 2025 de Benelux-conferentie "
            "Waterstof, met deelname van TenneT en Fluxys.",
            "event/benelux-conferentie-waterstof",
            "institution/secretariaat-generaal",
        ),
        (
            "De Benelux-hoorzitting Drugs werd op 3 juni 2024 georganiseerd door het Comité van "
            "Ministers.",
            "event/benelux-hoorzitting-drugs",
            "institution/comite-van-ministers",
        ),
    ],
)
def test_the_organiser_of_a_meeting_takes_part_in_it(
    text: str, meeting: str, organiser: str
) -> None:
    assert (meeting, organiser) in participants(text)


def test_a_body_asked_about_an_organised_meeting_is_no_organiser() -> None:
    text = (
        "Het RIVM stuurt de Benelux-werkgroep Drinkwater een verslag over de Benelux-dag "
        "Drinkwater, die vorig jaar plaatsvond."
    )
    assert not any(s.startswith("event/") for s, _ in participants(text))


@pytest.mark.parametrize(
    ("text", "group", "former", "current"),
    [
        (
            "Aan de Benelux-werkgroep Arbeidsmarkt nam het UWV tot eind 2022 deel; sindsdien "
            "is de VDAB lid.",
            "working-group/benelux-werkgroep-arbeidsmarkt",
            "organisation/uwv",
            "organisation/vdab",
        ),
        (
            "Tot 2021 was Rijkswaterstaat lid van de Benelux-werkgroep Kustbeheer, sindsdien "
            "neemt het Waterschap Scheldestromen deel.",
            "working-group/benelux-werkgroep-kustbeheer",
            "organisation/rijkswaterstaat",
            "organisation/waterschap-scheldestromen",
        ),
        (
            "De Provincie Limburg maakte tot 2020 deel uit van het Benelux-netwerk Grenswerk; "
            "nu nemen de VDAB en de Forem deel.",
            "working-group/benelux-netwerk-grenswerk",
            "organisation/provincie-limburg",
            "organisation/vdab",
        ),
    ],
)
def test_a_membership_that_ended_stops_only_its_own_clause(
    text: str, group: str, former: str, current: str
) -> None:
    found = participants(text)
    assert (group, current) in found
    assert not any(p.endswith(former.split("/")[-1]) for _, p in found)


@pytest.mark.parametrize(
    "text",
    [
        "De Benelux-werkgroep Gezondheid werkt daarbij nauw samen met de Federale "
        "Overheidsdienst Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu, het "
        "Luxembourg Institute of Health en het Rijksinstituut voor Volksgezondheid en Milieu.",
        "De Benelux-werkgroep Gezondheid werkt samen met het Luxembourg Institute of Health, "
        "met het Belgische Federaal Kenniscentrum voor de Gezondheidszorg en met het "
        "Rijksinstituut voor Volksgezondheid en Milieu.",
        "Sinds 2023 werkt de Benelux-werkgroep Gezondheid op het gebied van de "
        "geneesmiddelenbewaking en de vaccinatieregisters samen met het Rijksinstituut voor "
        "Volksgezondheid en Milieu.",
    ],
)
def test_a_partner_late_in_a_long_list_of_cooperation_takes_no_part(text: str) -> None:
    # Partners of the group, each of them, not its members.
    assert participants(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "De Benelux-werkgroep Grensarbeid telt de volgende leden:\n• het UWV;\n• de VDAB;\n"
        "• de ADEM.\nDe werkgroep komt viermaal per jaar bijeen.",
        "Het Benelux-netwerk Arbeidsbemiddeling bestaat uit de volgende organisaties:\n"
        "• UWV\n• VDAB\n• ADEM",
        "In 2025 werd de Benelux-taskforce Vacatures opgericht. Leden van de taskforce zijn:\n"
        "  • het Uitvoeringsinstituut Werknemersverzekeringen (UWV),\n  • de VDAB,\n"
        "  • de Luxemburgse ADEM.",
    ],
)
def test_the_bulleted_items_after_a_colon_are_the_members_it_announces(text: str) -> None:
    objects = {o for _, o in participants(text)}
    assert {"organisation/uwv", "organisation/vdab", "organisation/adem"} <= objects


def test_bulleted_instruments_after_a_colon_keep_their_own_parties() -> None:
    text = (
        "De Benelux-werkgroep Grensarbeid bereidt twee akkoorden voor:\n"
        "• het Samenwerkingsakkoord vacatures, waarmee België en Nederland gegevens delen;\n"
        "• een akkoord over stages.\nDe werkgroep rapporteert aan het College."
    )
    assert not any(s.endswith("benelux-werkgroep-grensarbeid") for s, _ in participants(text))


@pytest.mark.parametrize(
    "text",
    [
        "Vraag 2\nNeemt de Belastingdienst deel aan de Benelux-werkgroep Btw-fraude?",
        "Is de VDAB vertegenwoordigd in het Benelux-netwerk Arbeidsbemiddeling? Zo ja, sinds "
        "wanneer?",
        "2. Zit Europol in de Benelux-werkgroep Drugshandel?",
    ],
)
def test_a_question_whether_a_body_takes_part_states_no_membership(text: str) -> None:
    assert not participants(text)


@pytest.mark.parametrize(
    "text",
    [
        "Indien de Nederlandse regering akkoord gaat, kan Europol vanaf 2027 aan de "
        "Benelux-werkgroep Drugshandel deelnemen.",
        "Zodra het verdrag in werking treedt, kunnen de VDAB en het UWV aan het "
        "Benelux-netwerk Arbeidsbemiddeling deelnemen.",
        "Na een positief advies zou Frankrijk als waarnemer tot de Benelux-werkgroep "
        "Luchtvaart kunnen toetreden.",
    ],
)
def test_a_body_that_may_join_under_a_condition_takes_no_part_yet(text: str) -> None:
    assert not participants(text)


# Tables with columns set apart by runs of spaces, one row a line (group_tables).
_CAPTIONED_TABLE = """Leden van de Benelux-werkgroep Overstromingsrisico's (peildatum 1 maart 2025)

Instelling                                   Land   Functie
Vlaamse Milieumaatschappij                   BE     voorzitter
Rijkswaterstaat                              NL     lid
Administration de la gestion de l'eau        LU     lid
Bezirksregierung Köln                        DE     waarnemer

Het Directiecomité Leefmilieu volgt de werkgroep."""


def test_the_members_column_of_a_table_takes_part_in_the_group_of_its_caption() -> None:
    group = "working-group/benelux-werkgroep-overstromingsrisico-s"
    assert participants(_CAPTIONED_TABLE) == {
        (group, "organisation/vlaamse-milieumaatschappij"),
        (group, "organisation/rijkswaterstaat"),
        (group, "organisation/administration-de-la-gestion-de-l-eau"),
        (group, "organisation/bezirksregierung-koln"),
    }  # not the codes of the place column, nor the Directiecomité of the prose after it


def test_the_group_column_of_a_table_and_the_parent_in_its_caption() -> None:
    text = (
        "Binnen het Directiecomité Interne Markt werken sinds 2024 drie groepen.\n\n"
        "Groep                                     Voorzitter    Deelnemers\n"
        "Benelux-werkgroep Pakketbezorging         Luxemburg     Nederland, Luxemburg, Frankrijk\n"
        "Benelux-werkgroep Handelsregisters        België        België, Luxemburg\n"
    )
    parcels = "working-group/benelux-werkgroep-pakketbezorging"
    registers = "working-group/benelux-werkgroep-handelsregisters"
    assert participants(text) == {
        (parcels, "country/nederland"),
        (parcels, "country/luxemburg"),
        (parcels, "country/frankrijk"),
        (registers, "country/belgie"),
        (registers, "country/luxemburg"),
    }
    parent = "working-group/directiecomite-interne-markt"
    assert facts(text, ORG + "subOrganizationOf") == {(parcels, parent), (registers, parent)}


def test_country_codes_in_the_members_column_of_a_table() -> None:
    text = (
        "Groep                                 Deelnemers        Opgericht\n"
        "Benelux-werkgroep Pakketbezorging     NL, LU, FR        2023\n"
        "Benelux-werkgroep Handelsregisters    BE, LU            2024\n"
    )
    assert participants(text) == {
        ("working-group/benelux-werkgroep-pakketbezorging", "country/nederland"),
        ("working-group/benelux-werkgroep-pakketbezorging", "country/luxemburg"),
        ("working-group/benelux-werkgroep-pakketbezorging", "country/frankrijk"),
        ("working-group/benelux-werkgroep-handelsregisters", "country/belgie"),
        ("working-group/benelux-werkgroep-handelsregisters", "country/luxemburg"),
    }


def test_a_table_whose_caption_refers_back_to_the_group_by_its_kind() -> None:
    text = (
        "Het Benelux-netwerk Zoönosen wisselt gegevens uit over dierziekten die op mensen "
        "overgaan. Het netwerk komt twee keer per jaar bijeen.\n\n"
        "Tabel 2  Leden van het netwerk\n"
        "Land          Organisatie                                     Rol\n"
        "België        Sciensano                                       voorzitter\n"
        "Nederland     Rijksinstituut voor Volksgezondheid en Milieu   lid\n"
    )
    network = "working-group/benelux-netwerk-zoonosen"
    assert participants(text) == {
        (network, "organisation/sciensano"),
        (network, "organisation/rijksinstituut-voor-volksgezondheid-en-milieu"),
    }  # the countries of the place column take no part of their own


@pytest.mark.parametrize(
    "text",
    [
        # No members column: a table of projects and who leads them.
        "3.3 Overzicht\n\nProject                Status     Trekker\n"
        "Grensbeken             lopend     Vlaamse Milieumaatschappij\n"
        "Waterschaarste         nieuw      Rijkswaterstaat\n",
        # One line under the column words is no table.
        "Samenstelling van de Benelux-werkgroep Grensbeken\n\nOrganisatie   Land   Rol\n"
        "Rijkswaterstaat   NL   voorzitter\n\nDe werkgroep vergadert maandelijks.",
    ],
)
def test_no_members_from_what_is_no_table_of_members(text: str) -> None:
    assert not participants(text)


@pytest.mark.parametrize(
    ("text", "group", "bodies"),
    [
        (
            "Het Benelux-netwerk Grenspolitie werd opgericht door de Federale Politie, de "
            "Nationale Politie en de Police grand-ducale. Deze drie korpsen vormen samen het "
            "netwerk.",
            "working-group/benelux-netwerk-grenspolitie",
            {"federale-politie", "nationale-politie", "police-grand-ducale"},
        ),
        (
            "In 2024 sloten Rijkswaterstaat en de Vlaamse Milieumaatschappij een akkoord over "
            "de Maas. De twee diensten nemen sindsdien deel aan de Benelux-werkgroep Water.",
            "working-group/benelux-werkgroep-water",
            {"rijkswaterstaat", "vlaamse-milieumaatschappij"},
        ),
        (
            "De Benelux-stuurgroep Kustbeheer kwam in maart bijeen. Sciensano, het RIVM en de "
            "Direction de la santé leverden cijfers. Deze drie instituten hebben zitting in de "
            "stuurgroep.",
            "working-group/benelux-stuurgroep-kustbeheer",
            {
                "sciensano",
                "rijksinstituut-voor-volksgezondheid-en-milieu",
                "direction-de-la-sante",
            },
        ),
    ],
)
def test_the_bodies_counted_back_take_part(text: str, group: str, bodies: set[str]) -> None:
    found = participants(text)
    assert {(group, "organisation/" + b) for b in bodies} <= found
    assert not facts(text, ORG + "subOrganizationOf")  # founders are no parents


def test_no_bodies_counted_back_where_the_count_differs() -> None:
    text = (
        "Rijkswaterstaat en de Vlaamse Milieumaatschappij sloten een akkoord. Deze drie "
        "diensten nemen deel aan de Benelux-werkgroep Water."
    )
    assert not participants(text)


@pytest.mark.parametrize(
    ("text", "meeting", "bodies"),
    [
        (
            "Verslag van de vergadering van het Benelux-netwerk Grensinfopunten van 4 februari "
            "2026\n\nAanwezig: de VDAB, het UWV en de ADEM\n\n1. Opening\nDe voorzitter opent "
            "de vergadering.",
            "event/vergadering-benelux-netwerk-grensinfopunten-2026-02-04",
            {"vdab", "uwv", "adem"},
        ),
        (
            "Notulen van de vergadering van de Benelux-werkgroep Waterbeheer van 12 mei 2025\n"
            "Aanwezigen:\nmevr. K. Janssens (Vlaamse Milieumaatschappij)\n"
            "dhr. R. de Boer (Rijkswaterstaat)\nAfwezig met kennisgeving:\n"
            "dhr. L. Weber (Administration de la gestion de l'eau)\n",
            "event/vergadering-benelux-werkgroep-waterbeheer-2025-05-12",
            {"vlaamse-milieumaatschappij", "rijkswaterstaat"},  # not the one excused
        ),
        (
            "Verslag van de vergadering van de Benelux-werkgroep Verkeersveiligheid van 9 "
            "oktober 2025\nAanwezig waren:\n- dhr. T. Maes, namens de FOD Mobiliteit en Vervoer\n"
            "- mevr. E. Bakker, namens de RDW\nAgenda\n1. Verkeersboetes",
            "event/vergadering-benelux-werkgroep-verkeersveiligheid-2025-10-09",
            {"fod-mobiliteit-en-vervoer", "rdw"},
        ),
    ],
)
def test_the_bodies_present_at_a_meeting_take_part(
    text: str, meeting: str, bodies: set[str]
) -> None:
    assert participants(text) == {(meeting, "organisation/" + b) for b in bodies}


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Onder de Benelux-werkgroep Mobiliteit vallen twee subgroepen: de Benelux-werkgroep "
            "Rijbewijzen en de Benelux-werkgroep Kentekens. In de eerste hebben de FOD "
            "Mobiliteit en Vervoer en het CBR zitting, in de tweede de RDW en de SNCT.",
            {
                ("benelux-werkgroep-rijbewijzen", "fod-mobiliteit-en-vervoer"),
                ("benelux-werkgroep-rijbewijzen", "centraal-bureau-rijvaardigheidsbewijzen"),
                ("benelux-werkgroep-kentekens", "rdw"),
                ("benelux-werkgroep-kentekens", "societe-nationale-de-controle-technique"),
            },
        ),
        (
            "In 2025 richtte het Senningenoverleg de Benelux-werkgroep Cybercrime en de "
            "Benelux-werkgroep Drugshandel op. De eerste bestaat uit de Federale Politie en de "
            "Nationale Politie, de tweede uit Europol en de Police grand-ducale.",
            {
                ("benelux-werkgroep-cybercrime", "federale-politie"),
                ("benelux-werkgroep-cybercrime", "nationale-politie"),
                ("benelux-werkgroep-drugshandel", "europol"),
                ("benelux-werkgroep-drugshandel", "police-grand-ducale"),
            },
        ),
        (
            "Binnen het Directiecomité Energie werken het Benelux-netwerk Waterstof, de "
            "Benelux-werkgroep Netten en de Benelux-werkgroep Opslag. Aan de eerste nemen de "
            "VEKA en de RVO deel, aan de laatste de ACM en de CREG.",
            {
                ("benelux-netwerk-waterstof", "vlaams-energie-en-klimaatagentschap"),
                ("benelux-netwerk-waterstof", "rijksdienst-voor-ondernemend-nederland"),
                ("benelux-werkgroep-opslag", "autoriteit-consument-markt"),
                ("benelux-werkgroep-opslag", "creg"),
            },
        ),
    ],
)
def test_two_groups_each_with_its_own_members(text: str, members: set[tuple[str, str]]) -> None:
    assert participants(text) == {("working-group/" + g, "organisation/" + b) for g, b in members}


def test_an_ordinal_before_a_noun_refers_to_no_group() -> None:
    text = (
        "Het Senningenoverleg richtte de Benelux-werkgroep Cybercrime en de Benelux-werkgroep "
        "Drugshandel op. De eerste vergadering vond in maart plaats, de tweede vergadering in "
        "juni met Europol."
    )
    assert not participants(text)


@pytest.mark.parametrize(
    ("text", "group", "bodies"),
    [
        (
            "Het Benelux-netwerk Grensmusea² werkt samen met de Benelux-werkgroep Cultuur.\n\n"
            "² Leden zijn de Vlaamse Milieumaatschappij en Rijkswaterstaat.",
            "benelux-netwerk-grensmusea",  # the group of the mark, not the one named last
            {"vlaamse-milieumaatschappij", "rijkswaterstaat"},
        ),
        (
            "De Benelux-werkgroep Waterbeheer¹ stelt jaarlijks een rapport op voor de "
            "Benelux-werkgroep Klimaat.\n\n¹ Ingesteld in 2021; deelnemers zijn "
            "Rijkswaterstaat, de Vlaamse Milieumaatschappij en de Administration de la "
            "gestion de l'eau.",
            "benelux-werkgroep-waterbeheer",
            {
                "rijkswaterstaat",
                "vlaamse-milieumaatschappij",
                "administration-de-la-gestion-de-l-eau",
            },
        ),
        (
            "De Benelux-werkgroep Waterbeheer werd in 2021 ingesteld. Zij vergadert twee keer "
            "per jaar; leden zijn Rijkswaterstaat en de Vlaamse Milieumaatschappij.",
            "benelux-werkgroep-waterbeheer",
            {"rijkswaterstaat", "vlaamse-milieumaatschappij"},
        ),
    ],
)
def test_members_named_in_a_clause_or_a_footnote(text: str, group: str, bodies: set[str]) -> None:
    assert participants(text) == {("working-group/" + group, "organisation/" + b) for b in bodies}


@pytest.mark.parametrize(
    ("text", "meeting", "observer"),
    [
        (
            "De Benelux-conferentie Grensarbeid van 12 mei 2026 vond plaats in Maastricht. De "
            "ministers van België en Nederland waren aanwezig; Frankrijk nam als waarnemer deel.",
            "benelux-conferentie-grensarbeid",
            "frankrijk",
        ),
        (
            "Op 3 oktober 2025 kwam de Benelux-top Energie bijeen in Brussel. Luxemburg en "
            "Duitsland waren aanwezig. Oostenrijk nam als waarnemer deel.",
            "benelux-top-2025",
            "oostenrijk",
        ),
        (
            "De Benelux-conferentie Waterstof van 9 april 2026 werd gehouden in Gent. Er was een "
            "delegatie van Nederland en België aanwezig; Denemarken nam deel als waarnemer.",
            "benelux-conferentie-waterstof",
            "denemarken",
        ),
    ],
)
def test_an_observer_after_those_present_takes_part_in_the_meeting(
    text: str, meeting: str, observer: str
) -> None:
    assert ("event/" + meeting, "country/" + observer) in participants(text)


@pytest.mark.parametrize(
    ("text", "meeting", "bodies"),
    [
        (
            "In Namen vindt op 5 maart 2026 de Benelux-conferentie Grenszorg plaats. Zij wordt "
            "georganiseerd door het RIVM in samenwerking met Sciensano. Duitsland neemt als "
            "waarnemer deel.",
            "benelux-conferentie-grenszorg",
            {
                "organisation/rijksinstituut-voor-volksgezondheid-en-milieu",
                "organisation/sciensano",
                "country/duitsland",
            },
        ),
        (
            "Op 14 november 2025 vond in Luik de Benelux-dag Mobiliteit plaats. Deze werd "
            "georganiseerd door de Vlaamse Milieumaatschappij. Frankrijk nam als waarnemer deel.",
            "benelux-dag-mobiliteit",
            {"organisation/vlaamse-milieumaatschappij", "country/frankrijk"},
        ),
        (
            "Op 2 juni 2026 vindt in Gent de Benelux-conferentie Waterstof plaats. Hij wordt "
            "georganiseerd door Sciensano, samen met de Vlaamse Milieumaatschappij.",
            "benelux-conferentie-waterstof",
            {"organisation/sciensano", "organisation/vlaamse-milieumaatschappij"},
        ),
    ],
)
def test_the_organisers_of_a_meeting_named_by_a_pronoun_take_part(
    text: str, meeting: str, bodies: set[str]
) -> None:
    assert participants(text) == {("event/" + meeting, b) for b in bodies}
