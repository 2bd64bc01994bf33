"""Round 23: relation constructions that recur across documents by different writers: a
counted plural of bodies that refers back ("de drie regulatoren", "beide assemblees"), and
the parent of an outside or national body by "X (ABBR) van Y", "X, de weerdienst van de Y",
"de Division ... van de Direction ..." and a possessive ("haar Directoraat-generaal")."""

from __future__ import annotations

import pytest

from extract_helpers import parents, participants, partners

REGULATORS = (
    "Aan de vergadering namen vertegenwoordigers deel van het Belgisch Instituut voor "
    "postdiensten en telecommunicatie (BIPT), de Rijksinspectie Digitale Infrastructuur (RDI) "
    "en het Institut Luxembourgeois de Régulation (ILR). Het BIPT wees op de kosten.\n\n"
)
GROUP = "working-group/werkgroep-mobiele-connectiviteit"
THREE = {
    (GROUP, "organisation/bipt"),
    (GROUP, "organisation/rijksinspectie-digitale-infrastructuur"),
    (GROUP, "organisation/institut-luxembourgeois-de-regulation"),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "De Werkgroep Mobiele Connectiviteit valt onder het Directiecomité Digitalisering en "
        "telt de drie regulatoren onder haar leden.",
        "Sinds 2024 nemen de drie toezichthouders deel aan de Werkgroep Mobiele Connectiviteit.",
        "Aan de Werkgroep Mobiele Connectiviteit nemen de drie regulatoren deel.",
        "In de Werkgroep Mobiele Connectiviteit hebben de drie regulatoren zitting, naast de "
        "Europese Commissie.",
    ],
)
def test_a_counted_plural_takes_part_as_the_bodies_listed_before(sentence: str) -> None:
    assert participants(REGULATORS + sentence) >= THREE


def test_the_bodies_of_a_sentence_that_names_the_kind() -> None:
    text = (
        "Daarvoor slaan de Belgische en de Nederlandse Peppol-autoriteit, de FOD Beleid en "
        "Ondersteuning (BOSA) en Logius, de handen ineen met de Luxemburgse Administration de "
        "l'enregistrement, des domaines et de la TVA (AED). Het Comité van Ministers richt een "
        "Benelux-taskforce E-facturatie op. Naast de drie Peppol-autoriteiten schuiven ook de "
        "FOD Financiën en de Belastingdienst aan."
    )
    found = participants(text)
    group = "working-group/benelux-taskforce-e-facturatie"
    assert (group, "organisation/logius") in found
    assert (group, "organisation/fod-beleid-en-ondersteuning") in found
    assert not any(o == "organisation/peppol-autoriteit" for _, o in found)


def test_both_assemblies_of_the_sentence_before_are_partners() -> None:
    text = (
        "Een delegatie van de Baltische Assemblee en een waarnemer van de Noordse Raad woonden "
        "de zitting bij. Het Bureau van het Beneluxparlement besloot de samenwerking met beide "
        "assemblees in 2025 voort te zetten."
    )
    found = partners(text)
    assert ("institution/benelux-parlement", "organisation/baltische-assemblee") in found
    assert ("institution/benelux-parlement", "organisation/noordse-raad") in found


@pytest.mark.parametrize(
    "text",
    [
        # Two lists of three: which three is not said.
        "Het BIPT, de RDI en het ILR spraken over roaming. De FOD Economie, de ACM en de "
        "Inspection du travail et des mines spraken over prijzen. Aan de Werkgroep Mobiele "
        "Connectiviteit nemen de drie diensten deel.",
        # The count does not fit the bodies named.
        REGULATORS.replace(" en het Institut Luxembourgeois de Régulation (ILR)", "")
        + "Aan de Werkgroep Mobiele Connectiviteit nemen de drie regulatoren deel.",
        # The plural is followed by its own names.
        REGULATORS + "Aan de Werkgroep Mobiele Connectiviteit nemen de drie diensten deel: de "
        "FOD Economie, de ACM en de Inspection du travail et des mines.",
    ],
)
def test_no_referents_without_one_set_of_that_count(text: str) -> None:
    found = participants(text)
    assert (GROUP, "organisation/bipt") not in found


def test_a_plural_of_places_is_not_read() -> None:
    text = (
        "België, Nederland en Luxemburg werken samen. Aan de Werkgroep Mobiele Connectiviteit "
        "nemen de drie regulatoren deel."
    )
    assert not any(o.startswith("country/") for _, o in participants(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In het hogere luchtruim werkt LVNL samen met het Maastricht Upper Area Control "
            "Centre (MUAC) van Eurocontrol, dat het bovenste luchtruim beheert.",
            ("organisation/maastricht-upper-area-control-centre", "organisation/eurocontrol"),
        ),
        (
            "Het Maastricht Upper Area Control Centre van Eurocontrol beheert het luchtruim.",
            ("organisation/maastricht-upper-area-control-centre", "organisation/eurocontrol"),
        ),
    ],
)
def test_an_outside_body_of_a_name_without_article(text: str, pair: tuple[str, str]) -> None:
    assert pair in parents(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "De verklaring werd ondertekend door het KNMI en MeteoLux, de weerdienst van de "
            "Luxemburgse Administration de la navigation aérienne (ANA).",
            ("organisation/meteolux", "organisation/administration-de-la-navigation-aerienne"),
        ),
        (
            "Het crisisoverleg bestaat uit het KNMI en het Nationaal Crisiscentrum (NCCN), de "
            "crisisdienst van de FOD Binnenlandse Zaken.",
            ("organisation/nationaal-crisiscentrum", "organisation/fod-binnenlandse-zaken"),
        ),
        (
            "Namens Nederland neemt de Rijksdienst voor Ondernemend Nederland (RVO), een "
            "agentschap van het Ministerie van Economische Zaken en Klimaat, deel.",
            (
                "organisation/rijksdienst-voor-ondernemend-nederland",
                "organisation/ministerie-van-economische-zaken-en-klimaat",
            ),
        ),
    ],
)
def test_a_national_body_named_in_apposition_as_a_service_of_another(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in parents(text)


@pytest.mark.parametrize(
    "text",
    [
        "De Luxemburgse deelnemer is de Division de la pharmacie et des médicaments van de "
        "Direction de la santé.",
        "Namens Luxemburg neemt de Division de la pharmacie et des médicaments van de Direction "
        "de la santé deel.",
        "Ook de Division de la pharmacie et des médicaments (DPM) van de Direction de la santé "
        "is betrokken.",
    ],
)
def test_a_unit_of_a_national_body(text: str) -> None:
    assert (
        "organisation/division-de-la-pharmacie-et-des-medicaments",
        "organisation/direction-de-la-sante",
    ) in parents(text)


@pytest.mark.parametrize(
    "text",
    [
        "De Europese Commissie was op de exotendag vertegenwoordigd door haar "
        "Directoraat-generaal Milieu.",
        "De Europese Commissie stuurde haar Directoraat-generaal Milieu naar de exotendag.",
        "Ook de Europese Commissie liet zich vertegenwoordigen door haar Directoraat-generaal "
        "Milieu.",
    ],
)
def test_a_unit_by_a_possessive_after_the_body_the_sentence_opens_with(text: str) -> None:
    assert ("organisation/directoraat-generaal-milieu", "organisation/europese-commissie") in (
        parents(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # Two bodies before the possessive: whose unit it is, is not said.
        "De Europese Commissie en het Europees Parlement stuurden haar Directoraat-generaal "
        "Milieu.",
        # No possessive: the unit of nobody here.
        "De Europese Commissie sprak met het Directoraat-generaal Milieu.",
    ],
)
def test_no_parent_by_a_possessive_in_doubt(text: str) -> None:
    assert not any(s == "organisation/directoraat-generaal-milieu" for s, _ in parents(text))


def test_a_list_of_bodies_is_no_parent() -> None:
    text = (
        "Het KNMI, de RDI en MeteoLux werken samen met de Administration de la navigation aérienne."
    )
    assert not parents(text)
