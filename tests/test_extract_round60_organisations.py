# ruff: noqa: E501  (the made-up passages are held verbatim, one string each)
"""Round 60: an audit of bodies named by a bare name, without a head noun of a body's kind,
that the text says are bodies by their context; written before the round's code (made-up
names, cues and layouts, with negatives that must give no body).

Cues audited: an apposition that says what the body is, after the name ("Luchtwacht, de
Nederlandse beheerder van het meetnet", "Zorgpunt, een Belgische vzw voor ...") or before it
("het Franse eco-organisme Textival", "de Nederlandse inzamelaar Kledingplus"); the author of
a commissioned study in its colophon ("Uitgevoerd door Noordkaap Advies in opdracht van ...",
"Brugman Consult, in opdracht van ..."); a name in a list with bodies ("De Ouderbond en de
Ligue des familles ...").

Read since this round: "een" and a sector's noun in the apposition after a name, and the
apposition at a sentence's start where a comma closes it; "hulplijn", "eco-organisme",
"kenniscentrum", "inzamelaar" and "verwerker" before a name; the colophon of a commissioned
study; a listed name after the article that opens its sentence, or before "van de" and a body
of the list; no role ("De Minister") and no end of a longer name ("de Week van de Mantelzorg")
as a listed body.

Audit figure (the bodies right, nothing false): 11/26 before the round (the negatives but
two), 26/26 after it.
"""

from __future__ import annotations

import pytest

from extract_helpers import audited, classes

EXT = "ExternalOrganisation"
NAT = "NationalBody"

# (id, text, bodies expected {entity: class}, entities that must not be read)
CASES: list[tuple[str, str, dict[str, str], frozenset[str]]] = [
    # -- an apposition after the name ----------------------------------------------------
    (
        "apposition-de-beheerder",
        "Voor de metingen werkt de werkgroep samen met Luchtwacht, de Nederlandse beheerder van het meetnet voor fijnstof.",
        {"organisation/luchtwacht": EXT},
        frozenset(),
    ),
    (
        "apposition-een-vzw",
        "Aan het overleg neemt ook Zorgpunt, een Belgische vzw voor mantelzorgers, deel.",
        {"organisation/zorgpunt": EXT},
        frozenset(),
    ),
    (
        "apposition-sentence-start",
        "Het netwerk bestaat uit de nationale koepels. Tafel Nordrhein, de Duitse koepel van voedselbanken, schuift als gast aan.",
        {"organisation/tafel-nordrhein": EXT},
        frozenset(),
    ),
    (
        "apposition-een-stichting-line-start",
        "Kustwerk, een Nederlandse stichting voor het onderhoud van duinen, levert de gegevens.",
        {"organisation/kustwerk": EXT},
        frozenset(),
    ),
    (
        "apposition-kenniscentrum",
        "Het project wordt begeleid door Grenzdata, het Duitse kenniscentrum voor grensstatistiek.",
        {"organisation/grenzdata": EXT},
        frozenset(),
    ),
    (
        "apposition-uitvoerder",
        "De inzameling ligt bij Textura, de Waalse inzamelaar van gebruikt textiel, die ook sorteert.",
        {"organisation/textura": EXT},
        frozenset(),
    ),
    # -- a noun before the name ------------------------------------------------------------
    (
        "noun-before-eco-organisme",
        "De regio neemt zelf zitting; het Franse eco-organisme Textival schuift als waarnemer aan.",
        {"organisation/textival": EXT},
        frozenset(),
    ),
    (
        "noun-before-inzamelaar-hulplijn",
        "In het netwerk zitten de Nederlandse inzamelaar Kledingplus en de Vlaamse hulplijn Praatlijn.",
        {"organisation/kledingplus": EXT, "organisation/praatlijn": EXT},
        frozenset(),
    ),
    (
        "noun-before-beheerder-no-adjective",
        "De gegevens komen van de beheerder Dataroute en worden maandelijks gedeeld.",
        {"organisation/dataroute": EXT},
        frozenset(),
    ),
    # -- the author of a commissioned study -------------------------------------------------
    (
        "colophon-uitgevoerd-door",
        "Aanbeveling 4 – Leg de samenwerking vast.\n\nUitgevoerd door Noordkaap Advies in opdracht van het Secretariaat-Generaal van de Benelux Unie",
        {"organisation/noordkaap-advies": EXT},
        frozenset(),
    ),
    (
        "colophon-comma",
        "² Interviews met de betrokken diensten, mei 2031.\nBrugman Consult, in opdracht van het Ministerie van Infrastructuur en Waterstaat",
        {"organisation/brugman-consult": EXT},
        frozenset(),
    ),
    (
        "colophon-dash-title",
        "Zie ook hoofdstuk 3.\nDatalab Zuid – Eindrapport in opdracht van het Secretariaat-Generaal van de Benelux Unie",
        {"organisation/datalab-zuid": EXT},
        frozenset(),
    ),
    # -- a name listed with bodies ----------------------------------------------------------
    (
        "listed-sentence-start-before-body",
        "Het panel brengt verslag uit. De Ouderbond en de Ligue des familles hebben toegezegd mee te doen.",
        {"organisation/ouderbond": EXT},
        frozenset(),
    ),
    (
        "listed-unit-of-known-body",
        "Het meetnet wordt gedragen door Staatsbosbeheer, Vogelhuis Zuid van de Universiteit Gent en Natagora.",
        {"organisation/vogelhuis-zuid": EXT},
        frozenset(),
    ),
    # -- negatives: no body ------------------------------------------------------------------
    (
        "neg-person-apposition",
        "Het dossier wordt toegelicht door Marloes Brink, de Nederlandse beheerder van het register.",
        {},
        frozenset({"organisation/marloes-brink"}),
    ),
    (
        "neg-person-noun-before",
        "Volgens de Nederlandse beheerder Pieter Jansen loopt de uitrol op schema.",
        {},
        frozenset({"organisation/pieter-jansen"}),
    ),
    (
        "neg-label-brand",
        "De sorteercentra gebruiken GreenTex, het Duitse label voor duurzaam textiel.",
        {},
        frozenset({"organisation/greentex"}),
    ),
    (
        "neg-programme-noun-before",
        "Het Franse programma Textival loopt tot 2036.",
        {},
        frozenset({"organisation/textival"}),
    ),
    (
        "neg-place-apposition",
        "De proef loopt in Drenthe, een Nederlandse provincie met veel grensverkeer.",
        {},
        frozenset({"organisation/drenthe"}),
    ),
    (
        "neg-sentence-word-comma",
        "Kortom, de koepel stelt voor de monitoring te bundelen.",
        {},
        frozenset({"organisation/kortom"}),
    ),
    (
        "neg-colophon-person",
        "Zie ook hoofdstuk 3.\nJan Peeters, in opdracht van het Secretariaat-Generaal van de Benelux Unie",
        {},
        frozenset({"organisation/jan-peeters"}),
    ),
    (
        "neg-commissioned-in-sentence",
        "Het onderzoek werd in opdracht van het Secretariaat-Generaal uitgevoerd door twee onderzoekers.\nEvaluatie in opdracht van het Secretariaat-Generaal",
        {},
        frozenset({"organisation/evaluatie", "organisation/het-onderzoek"}),
    ),
    (
        "neg-colophon-document-title",
        "Zie ook hoofdstuk 3.\nEindrapport Grenswerk 2030, in opdracht van het Secretariaat-Generaal van de Benelux Unie",
        {},
        frozenset(
            {"organisation/eindrapport-grenswerk-2030", "organisation/eindrapport-grenswerk"}
        ),
    ),
    (
        "neg-listed-event",
        "De Week van de Mantelzorg en de Ligue des familles vragen aandacht voor gezinnen.",
        {},
        frozenset(
            {"organisation/week-van-de-mantelzorg", "organisation/week", "organisation/mantelzorg"}
        ),
    ),
    (
        "neg-listed-article-inside-name",
        "In de werkgroep hebben Rijkswaterstaat, De Brabantse Kanaalweg en de Service public de Wallonie zitting.",
        {},
        frozenset({"organisation/kanaalweg", "organisation/brabantse-kanaalweg"}),
    ),
    (
        "neg-listed-role",
        "De Minister en de Ligue des familles vragen aandacht voor gezinnen.",
        {},
        frozenset({"organisation/minister"}),
    ),
]

WRONG: dict[str, str] = {}


@pytest.mark.parametrize(
    ("name", "text", "bodies", "absent"),
    audited(CASES, lambda case: WRONG.get(str(case[0]))),
)
def test_bare_named_bodies(
    name: str, text: str, bodies: dict[str, str], absent: frozenset[str]
) -> None:
    found = classes(text)
    assert {iri: found.get(iri) for iri in bodies} == bodies, name
    assert not absent & set(found), name
