"""Named instruments, titles, amendments and external acts."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import Literal

from benelux_kg.corpus import Document
from benelux_kg.extract import Extraction, Extractor
from benelux_kg.namespaces import DCTERMS, ELI, ID

EXTRACTOR = Extractor.from_files()


def extract(text: str) -> Extraction:
    return EXTRACTOR.extract(Document("test", text, Path("test.txt"), "0" * 64))


def entities(text: str) -> dict[str, str]:
    """IRI (relative) -> class local name."""
    return {
        e.iri.value[len(ID) :]: e.types[0].value.rsplit("#", 1)[-1] for e in extract(text).entities
    }


def facts(text: str) -> set[tuple[str, str, str]]:
    return {
        (f.subject.value[len(ID) :], f.predicate.value, f.object.value.replace(ID, ""))
        for f in extract(text).facts
    }


def test_a_title_before_the_number_is_the_numbered_instrument() -> None:
    # 002_9e5d61a85da0ad79
    text = (
        "de opvolging van pilots die zijn ingezet op grond van de Benelux-Beschikking inzake "
        "eHealth (M(2020)5). Er is een duidelijke link met de operationele implementatie van de "
        "Benelux-Beschikking inzake eHealth."
    )
    x = extract(text)
    assert {e.iri.value[len(ID) :] for e in x.entities} == {"instrument/m-2020-5"}
    titles = {f.object for f in x.facts if f.predicate.value == DCTERMS + "title"}
    assert titles == {Literal("Benelux-Beschikking inzake eHealth", language="nl")}
    assert len(x.mentions) == 3


def test_amended_by_gives_amends() -> None:
    # 002_9e5d61a85da0ad79
    text = (
        "De Benelux-Beschikking tot invoering van een pyro-pass M(2020)14, zoals gewijzigd bij "
        "Beschikking M(2022)9, wordt verder geïmplementeerd."
    )
    assert ("instrument/m-2022-9", ELI + "amends", "instrument/m-2020-14") in facts(text)
    assert ("instrument/m-2020-14", ELI + "amends", "instrument/m-2022-9") not in facts(text)


def test_unnumbered_instruments_named_by_type_and_subject() -> None:
    # 002_9e5d61a85da0ad79, 001_760160cc3951b2ca
    found = entities(
        "• Uitvoeringsovereenkomst tussen België en Nederland inzake de uitwisseling van "
        "referentiegegevens voor automatic number plate recognition (ANPR); "
        "Nederland zet in op het nieuwe Benelux-Politieverdrag. "
        "In de werkgroep is overeenstemming bereikt over de aanbeveling opleidingseisen. "
        "Met de aanbeveling opleidingseisen stellen de landen eisen. De opleidingseisen gelden."
    )
    assert (
        found[
            "instrument/uitvoeringsovereenkomst-tussen-belgie-en-nederland-inzake-de-uitwisseling-"
            "van-referentiegegevens-voor-automatic-number-plate-recognition-anpr"
        ]
        == "Agreement"
    )
    assert found["instrument/benelux-politieverdrag"] == "Treaty"
    assert found["instrument/aanbeveling-opleidingseisen"] == "Recommendation"


def test_parties_named_in_an_agreement_take_part() -> None:
    # 002_9e5d61a85da0ad79
    found = facts(
        "• Uitvoeringsovereenkomst tussen België en Nederland inzake de raadpleging van elkaars "
        "politiedatabanken in een gemeenschappelijke politiepost;"
    )
    participants = {o for s, p, o in found if p.endswith("participant")}
    assert participants == {"country/belgie", "country/nederland"}


def test_a_generic_phrase_names_no_instrument() -> None:
    found = entities(
        "De beschikking geeft een juridische grondslag. Een verklaring voor het uitblijven "
        "van eenstemmigheid is het verschil in perceptie. Er kwam een Benelux-beschikking."
    )
    assert not [iri for iri in found if iri.startswith("instrument/")]


def test_eu_acts_are_external_never_benelux_instruments() -> None:
    # 002_9e5d61a85da0ad79
    found = entities(
        "Europese Richtlijn 2008/114/EG inzake kritieke infrastructuur, Verordening 2018/1240 "
        "en Richtlijn (EU) 2016/681; de NIS-richtlijn en de Richtlijn Luchtkwaliteit; het "
        "Verdrag betreffende de Werking van de EU."
    )
    assert found == {
        "act/richtlijn-2008-114-eg": "ExternalAct",
        "act/verordening-2018-1240": "ExternalAct",
        "act/richtlijn-eu-2016-681": "ExternalAct",
        "act/nis-richtlijn": "ExternalAct",
        "act/richtlijn-luchtkwaliteit": "ExternalAct",
        "act/verdrag-betreffende-de-werking-van-de-eu": "ExternalAct",
        "organisation/europese-unie": "ExternalOrganisation",
    }


def test_a_recommendation_of_the_parliament_is_passed_by_it() -> None:
    # 000_a217eddb2c5af20f
    text = (
        "Zaterdag stond in het teken van het Benelux-Parlement. Op zaterdagochtend werden de "
        "aanbevelingen 'Grensoverschrijdend telewerk in de Benelux-landen' en 'Automatische "
        "wederzijdse erkenning van diploma's en beroepskwalificaties' aangenomen."
    )
    found = facts(text)
    passed = {s for s, p, o in found if p == ELI + "passed_by" and o.endswith("benelux-parlement")}
    assert passed == {
        "instrument/aanbeveling-grensoverschrijdend-telewerk-in-de-benelux-landen",
        "instrument/aanbeveling-automatische-wederzijdse-erkenning-van-diploma-s-en-"
        "beroepskwalificaties",
    }


def test_an_index_of_the_official_journal() -> None:
    # The shape of a Benelux-Publicatieblad index: a title, then its number; or the reverse.
    text = (
        "Beschikking van het Comité van Ministers van de Benelux Economische Unie van 20 juni "
        "2011 tot wijziging van de beschikking M (2009) 5 betreffende de grensoverschrijdende "
        "politiesamenwerking, M (2011) 4.\n\n"
        "M (2012) 3 - Aanbeveling van het Comité van Ministers betreffende de wederzijdse "
        "erkenning van diploma's.\n"
    )
    found = facts(text)
    assert ("instrument/m-2011-4", ELI + "amends", "instrument/m-2009-5") in found
    assert ("instrument/m-2011-4", ELI + "date_document", "2011-06-20") in found
    titles = {s for s, p, _ in found if p == DCTERMS + "title"}
    assert titles == {"instrument/m-2011-4", "instrument/m-2012-3"}
    assert entities(text)["instrument/m-2012-3"] == "Recommendation"


def test_a_quoted_title_in_a_footnote() -> None:
    # 001_760160cc3951b2ca, footnote 7
    text = (
        "7 «Joint political declaration of the Pentalateral Energy Forum on the role of hydrogen "
        "to decarbonise the energy system in Europe», zie: https://www.example.org/penta."
    )
    assert entities(text) == {
        "instrument/joint-political-declaration-of-the-pentalateral-energy-forum-on-the-role-of-"
        "hydrogen-to-decarbonise-the-energy-system-in-europe": "Declaration"
    }
