"""Round 49: cooperation (``bkg:cooperatesWith``), however it is stated.

Read here, besides what earlier rounds read:

- "X trekt (in dit dossier) op met Y", without "samen";
- "X en Y slaan de handen ineen", "X en Y hebben de handen ineen geslagen": one relation,
  subject first, as "X en Y werken samen";
- "X heeft een samenwerkingsovereenkomst gesloten met Y";
- "(De) partners van X zijn Y en Z": X works with each;
- a passive with no agent, its subject the body the sentence before is about: "Ook met Y
  wordt samengewerkt", "Er wordt daarbij samengewerkt met Y";
- joint work with its subject after the verb: "Wel stelt X samen met Y een model op";
- a short form ("het Landesamt") of the one body named before in full, as partner;
- German, French and English: "arbeitet mit Y zusammen", "coopère avec Y", "cooperates with Y".

Not read: a negation, a plan or wish ("is van plan samen te werken"), "samen in het kader
van" without a partner, members of one group ("werken samen in de werkgroep"), and a list after
"met" does not run on into a clause of its own ("met Europol en Frankrijk neemt ... deel").
"""

from __future__ import annotations

import pytest

from extract_helpers import partners

SG = "institution/secretariaat-generaal"
PARL = "institution/benelux-parlement"
EUROPOL = "organisation/europol"
EUROJUST = "organisation/eurojust"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het Secretariaat-Generaal trekt in dit dossier op met Europol.",
            {(SG, EUROPOL)},
        ),
        (
            "Het Secretariaat-Generaal en Europol slaan de handen ineen.",
            {(SG, EUROPOL)},
        ),
        (
            "Europol en Eurojust hebben in 2024 de handen ineen geslagen.",
            {(EUROPOL, EUROJUST)},
        ),
        (
            "Het Secretariaat-Generaal heeft in 2024 een samenwerkingsovereenkomst gesloten met"
            " Europol.",
            {(SG, EUROPOL)},
        ),
        (
            "De partners van het Secretariaat-Generaal zijn Europol en Eurojust.",
            {(SG, EUROPOL), (SG, EUROJUST)},
        ),
        (
            "Tot de vaste partners van Europol behoren onder meer Eurojust en het"
            " Secretariaat-Generaal.",
            {(EUROPOL, EUROJUST), (EUROPOL, SG)},
        ),
        (
            "Het Secretariaat-Generaal rapporteert aan het Comité van Ministers. Ook met Europol"
            " wordt nauw samengewerkt.",
            {(SG, EUROPOL)},
        ),
        (
            "Het Beneluxparlement werkt samen met de Baltische Assemblee. Ook met de Noordse Raad"
            " wordt samengewerkt.",
            {(PARL, "organisation/baltische-assemblee"), (PARL, "organisation/noordse-raad")},
        ),
        (
            "Het Secretariaat-Generaal stelt een actieplan op. Ook met Europol en Eurojust wordt"
            " samengewerkt.",
            {(SG, EUROPOL), (SG, EUROJUST)},
        ),
        (
            "Het Secretariaat-Generaal stelt een actieplan op. Er wordt daarbij samengewerkt met"
            " Europol en Eurojust.",
            {(SG, EUROPOL), (SG, EUROJUST)},
        ),
        (
            "Een wijziging is niet gepland. Wel stelt het Secretariaat-Generaal samen met Europol"
            " een model op.",
            {(SG, EUROPOL)},
        ),
        (
            "Daarom voert Europol sinds 2024 samen met Eurojust controles uit.",
            {(EUROPOL, EUROJUST)},
        ),
        ("Europol arbeitet seit 2020 eng mit Eurojust zusammen.", {(EUROPOL, EUROJUST)}),
        ("Europol coopère avec Eurojust.", {(EUROPOL, EUROJUST)}),
        ("Europol cooperates with Eurojust.", {(EUROPOL, EUROJUST)}),
        ("Europol works closely with Eurojust.", {(EUROPOL, EUROJUST)}),
    ],
)
def test_cooperation_stated(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= partners(text)


def test_short_form_of_a_body_named_before() -> None:
    text = (
        "De werkgroep overlegt met het Landesamt für Verbraucherschutz und Ernährung van"
        " Noordrijn-Westfalen. De NVWA voert sinds vorig jaar samen met het Landesamt controles"
        " uit op de A12."
    )
    found = partners(text)
    assert any(
        s == "organisation/nederlandse-voedsel-en-warenautoriteit"
        and o.startswith("organisation/landesamt-fur-verbraucherschutz")
        for s, o in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        # a negation
        "Het Secretariaat-Generaal en Europol slaan de handen niet ineen.",
        "De partners van het Secretariaat-Generaal zijn niet Europol en Eurojust.",
        "Het Secretariaat-Generaal rapporteert aan het Comité. Met Europol wordt niet"
        " samengewerkt.",
        "Europol arbeitet nicht mit Eurojust zusammen, er arbeitet mit Daten.",
        # a plan or a wish
        "Het Secretariaat-Generaal is van plan samen te werken met Europol.",
        "Het Secretariaat-Generaal rapporteert aan het Comité. Met Europol zou kunnen worden"
        " samengewerkt.",
        "Europol wil in de toekomst optrekken met Eurojust.",
        # cooperation without partners
        "Het Secretariaat-Generaal werkt samen in het kader van het Benelux-Politieverdrag.",
        "Er wordt samengewerkt in het kader van het Benelux-Politieverdrag.",
        # members of one group: participation, no partners
        "Europol en Eurojust werken samen in de werkgroep Drugs.",
        "Europol en Eurojust slaan de handen ineen in de werkgroep Drugs.",
        # the German verb without its particle
        "Europol arbeitet mit Daten aus Eurojust.",
    ],
)
def test_no_cooperation(text: str) -> None:
    assert not {(s, o) for s, o in partners(text) if {s, o} & {SG, EUROPOL}}, partners(text)


def test_list_after_met_stops_at_a_clause() -> None:
    text = (
        "Het Secretariaat-Generaal werkt samen met Europol en Frankrijk neemt er als waarnemer"
        " aan deel."
    )
    assert partners(text) == {(SG, EUROPOL)}


def test_list_after_a_noun_of_cooperation_keeps_its_verb() -> None:
    text = "De samenwerking van het Secretariaat-Generaal met Europol en Eurojust wordt voortgezet."
    assert {(SG, EUROPOL), (SG, EUROJUST)} <= partners(text)


def test_list_after_met_goes_on() -> None:
    text = "Het Secretariaat-Generaal werkt samen met Europol en Eurojust op dit terrein."
    assert partners(text) == {(SG, EUROPOL), (SG, EUROJUST)}
