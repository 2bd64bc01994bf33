"""Parent bodies (org:subOrganizationOf) and cooperation (bkg:cooperatesWith): the same
constructions in more tenses, word orders and verbs than the documents first showed."""

from __future__ import annotations

from pathlib import Path

import pytest

from benelux_kg.corpus import Document
from benelux_kg.extract import Extractor
from benelux_kg.namespaces import BKG, ID, ORG

EXTRACTOR = Extractor.from_files()
SUB = ORG + "subOrganizationOf"
COOPERATES = BKG + "cooperatesWith"
CYBER = "working-group/werkgroep-cybercrime"
SENNINGEN = "working-group/senningenoverleg"


def facts(text: str, predicate: str) -> set[tuple[str, str]]:
    extraction = EXTRACTOR.extract(Document("test", text, Path("test.txt"), "0" * 64))
    return {
        (f.subject.value[len(ID) :], f.object.value[len(ID) :])
        for f in extraction.facts
        if f.predicate.value == predicate
    }


@pytest.mark.parametrize(
    "text",
    [
        "De werkgroep Cybercrime valt sinds 2020 onder het Senningenoverleg.",
        "De werkgroep Cybercrime valt rechtstreeks onder het Senningenoverleg.",
        "De werkgroep Cybercrime maakt deel uit van het Senningenoverleg.",
        "De werkgroep Cybercrime, die deel uitmaakt van het Senningenoverleg, vergadert.",
        "De werkgroep Cybercrime is ondergebracht bij het Senningenoverleg.",
        "De werkgroep Cybercrime is een onderdeel van het Senningenoverleg.",
        "De werkgroep Cybercrime hangt af van het Senningenoverleg.",
        "De werkgroep Cybercrime brengt jaarlijks verslag uit aan het Senningenoverleg.",
        "De werkgroep Cybercrime werkt in opdracht van het Senningenoverleg.",
        "De werkgroep Cybercrime wordt aangestuurd door het Senningenoverleg.",
        "De werkgroep Cybercrime werd in 2019 opgericht door het Senningenoverleg.",
        "De werkgroep Cybercrime, opgericht binnen het Senningenoverleg, vergadert.",
        "De werkgroep Cybercrime is een werkgroep van het Senningenoverleg.",
    ],
)
def test_verbs_of_belonging_in_their_forms(text: str) -> None:
    assert facts(text, SUB) == {(CYBER, SENNINGEN)}


@pytest.mark.parametrize(
    "text",
    [
        "De werkgroep Cybercrime, die aan het Senningenoverleg zal rapporteren, start in mei.",
        "De werkgroep Cybercrime, die onder het Senningenoverleg zal vallen, start in mei.",
        "De werkgroep Cybercrime, die bij het Senningenoverleg is ondergebracht, start in mei.",
        "De werkgroep Cybercrime, die door het Senningenoverleg werd opgericht, start in mei.",
    ],
)
def test_relative_clauses_with_an_auxiliary_or_a_passive(text: str) -> None:
    assert facts(text, SUB) == {(CYBER, SENNINGEN)}


@pytest.mark.parametrize(
    "text",
    [
        "De werkgroep Cybercrime, die door het Senningenoverleg werd geëvalueerd, start in mei.",
        "De werkgroep Cybercrime werkt samen met het Senningenoverleg.",
        "De werkgroep Cybercrime is een partner van het Senningenoverleg.",
    ],
)
def test_other_verbs_give_no_parent(text: str) -> None:
    assert facts(text, SUB) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Het Senningenoverleg richt een werkgroep Cybercrime op.",
        "Daarom richtte het Senningenoverleg in 2019 de werkgroep Cybercrime op.",
        "Het Senningenoverleg heeft in 2019 de werkgroep Cybercrime opgericht.",
        "Het Senningenoverleg stelde de werkgroep Cybercrime in.",
        "Het Senningenoverleg kwam bijeen. Het overleg richt een werkgroep Cybercrime op.",
    ],
)
def test_a_body_founding_a_group_is_its_parent(text: str) -> None:
    assert (CYBER, SENNINGEN) in facts(text, SUB)


@pytest.mark.parametrize(
    "text",
    [
        "Nederland richt een werkgroep Cybercrime op.",
        "Het Senningenoverleg stelt de werkgroep Cybercrime in kennis.",
        # An institution founds by decision; the group may report to another body.
        "Het Comité van Ministers richt de werkgroep Cybercrime op.",
    ],
)
def test_no_founding_without_a_body_or_a_closing_particle(text: str) -> None:
    assert facts(text, SUB) == set()


def test_coordinated_groups_all_belong_to_the_parent() -> None:
    text = (
        "De werkgroep Cybercrime, de werkgroep Fraude en de werkgroep Drugs maken deel uit "
        "van het Senningenoverleg."
    )
    assert facts(text, SUB) == {
        (CYBER, SENNINGEN),
        ("working-group/werkgroep-fraude", SENNINGEN),
        ("working-group/werkgroep-drugs", SENNINGEN),
    }
    plural = "De werkgroep Cybercrime en de werkgroep Drugs vallen onder het Senningenoverleg."
    assert facts(plural, SUB) == {(CYBER, SENNINGEN), ("working-group/werkgroep-drugs", SENNINGEN)}


def test_a_group_by_its_kind_before_a_relative_clause() -> None:
    text = (
        "Het Senningenoverleg vergaderde. Dat overleg, waarin ook Frankrijk participeert, "
        "valt eveneens onder het Comité van Ministers."
    )
    assert facts(text, SUB) == {(SENNINGEN, "institution/comite-van-ministers")}
    verb = "Het Senningenoverleg vergaderde. Het overleg maakt deel uit van de Benelux Unie."
    assert facts(verb, SUB) == {(SENNINGEN, "organisation/benelux-unie")}


def test_an_apposition_with_an_adjective() -> None:
    text = "De commissie Cultuur, een vaste commissie van het Benelux Parlement, vergaderde."
    assert facts(text, SUB) == {
        (
            "working-group/commissie-cultuur-van-het-benelux-parlement",
            "institution/benelux-parlement",
        )
    }


@pytest.mark.parametrize(
    ("text", "child", "parent"),
    [
        (
            "Het Bureau voor Intellectuele Eigendom van de Europese Unie sloot een akkoord.",
            "organisation/bureau-voor-intellectuele-eigendom-van-de-europese-unie",
            "organisation/europese-unie",
        ),
        (
            "De Europese Arbeidsautoriteit (ELA), een agentschap van de Europese Unie, helpt.",
            "organisation/europese-arbeidsautoriteit",
            "organisation/europese-unie",
        ),
        (
            "Het Directoraat-generaal Regionaal en Stedelijk Beleid (DG REGIO) van de Europese "
            "Commissie betaalt.",
            "organisation/directoraat-generaal-regionaal-en-stedelijk-beleid",
            "organisation/europese-commissie",
        ),
    ],
)
def test_outside_bodies_under_outside_bodies(text: str, child: str, parent: str) -> None:
    assert facts(text, SUB) == {(child, parent)}


def test_institutions_of_the_union_in_a_list_are_no_parts_of_each_other() -> None:
    text = "Het Europees Parlement, de Raad van de Europese Unie en de Europese Commissie tekenden."
    assert facts(text, SUB) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Het Benelux Parlement en de Noordse Raad werken samen.",
        "Het Benelux Parlement en de Noordse Raad werken vanaf 2026 nauw samen op energie.",
        "Het Benelux Parlement en de Noordse Raad zullen intensief samenwerken.",
        "Het Benelux Parlement heeft samengewerkt met de Noordse Raad.",
        "Het Benelux Parlement heeft in 2024 nauw samengewerkt met de Noordse Raad.",
    ],
)
def test_reciprocal_cooperation_and_the_perfect(text: str) -> None:
    assert facts(text, COOPERATES) == {
        ("institution/benelux-parlement", "organisation/noordse-raad")
    }


def test_members_of_one_group_are_no_partners() -> None:
    text = "Het Benelux Parlement en de Noordse Raad werken samen in de werkgroep Cybercrime."
    assert facts(text, COOPERATES) == set()
    assert facts("België en Nederland werken samen.", COOPERATES) == set()


def test_a_further_partner_after_a_time() -> None:
    text = (
        "Het Benelux Parlement werkt sinds 1992 samen met de Baltische Assemblee en sinds 2011 "
        "ook met de Noordse Raad."
    )
    assert facts(text, COOPERATES) == {
        ("institution/benelux-parlement", "organisation/baltische-assemblee"),
        ("institution/benelux-parlement", "organisation/noordse-raad"),
    }


def test_every_body_of_a_coordinated_subject_cooperates() -> None:
    text = "De FOD Economie en de ACM werken samen met Europol."
    assert facts(text, COOPERATES) == {
        ("organisation/fod-economie", "organisation/europol"),
        ("organisation/autoriteit-consument-markt", "organisation/europol"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "De werkgroep Drugs, die onder het Senningenoverleg valt, bereidt een plan voor en "
        "werkt daarbij samen met Europol.",
        "Het Senningenoverleg vergaderde. De werkgroep Drugs kwam ook bijeen. De werkgroep "
        "bereidt een plan voor en zal daarover nauw samenwerken met Europol.",
    ],
)
def test_the_subject_opening_the_sentence_for_a_later_verb(text: str) -> None:
    assert facts(text, COOPERATES) == {("working-group/werkgroep-drugs", "organisation/europol")}
