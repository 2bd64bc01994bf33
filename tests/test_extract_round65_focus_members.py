# ruff: noqa: E501  (the made-up passages are held verbatim, one string each)
"""Round 65: an audit of who sits in a group when the text keeps the group in focus over
sentences (made-up passages, written before the round's code; negatives for each form).

The family: a group named in one sentence and its members in the next, by a pronominal
adverb ("X en Y nemen erin zitting", "Daarin nemen X en Y zitting", "werken erin samen:"
and a list), by the group's kind after a demonstrative ("In die werkgroep hebben X en Y
zitting"), per place ("Voor Vlaanderen zit X in de werkgroep, voor Nederland Y en voor
Luxemburg Z": one verb for three pairs, the places take part too), by representation ("Het
Land laat zich in de werkgroep vertegenwoordigen door X", "De Gemeenschap is vertegenwoordigd
door haar Ministerium"), and by joining on a settled date ("X treedt op 1 maart toe; het
wordt vertegenwoordigd door Y").

The cases still read wrong are strict xfails (WRONG).
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_group_facts, audited

P = "participant"
G = "working-group/"
ORG = "organisation/"
NL, LU, BE = "country/nederland", "country/luxemburg", "country/belgie"
NDS = "region/nedersaksen"
VL, WA, BXL = ORG + "vlaams-gewest", ORG + "waals-gewest", ORG + "brussels-hoofdstedelijk-gewest"
DG = ORG + "duitstalige-gemeenschap"
MDG = ORG + "ministerium-der-deutschsprachigen-gemeinschaft"
OVAM = ORG + "openbare-vlaamse-afvalstoffenmaatschappij"
RWS = ORG + "rijkswaterstaat"
VMM = ORG + "vlaamse-milieumaatschappij"
AEV = ORG + "administration-de-l-environnement"
SPW = ORG + "service-public-de-wallonie"
RIVM = ORG + "rijksinstituut-voor-volksgezondheid-en-milieu"
ILT = ORG + "inspectie-leefomgeving-en-transport"
DOM = ORG + "departement-omgeving"
LB = ORG + "leefmilieu-brussel"
MU = ORG + "niedersachsisches-ministerium-fur-umwelt-energie-und-klimaschutz"

_SOIL = G + "benelux-werkgroep-bodemkwaliteit"
_SOIL_OPEN = "Sinds 2030 bestaat de Benelux-werkgroep Bodemkwaliteit. Zij valt onder het Directiecomité Leefmilieu. "
_NOISE = G + "benelux-werkgroep-scheepvaartgeluid"
_NOISE_OPEN = "Het protocol werd opgesteld door de Benelux-werkgroep Scheepvaartgeluid. Die werkgroep valt onder het Directiecomité Leefmilieu. "
_NET = G + "benelux-netwerk-grondwater"
_NET_OPEN = "Onder de werkgroep functioneert het Benelux-netwerk Grondwater. "


def _members(group: str, *bodies: str) -> frozenset[tuple[str, str, str]]:
    return frozenset((P, group, b) for b in bodies)


# (id, text, facts expected, facts that must not be read); a fact is (kind, subject, object).
CASES: list[tuple[str, str, frozenset[tuple[str, str, str]], frozenset[tuple[str, str, str]]]] = [
    # -- a seat taken, by a pronominal adverb for the group of the sentence before ----------
    (
        "nemen-erin-zitting",
        _SOIL_OPEN
        + "De Openbare Vlaamse Afvalstoffenmaatschappij (OVAM), Rijkswaterstaat en de Administration de l'environnement nemen erin zitting.",
        _members(_SOIL, OVAM, RWS, AEV),
        frozenset(),
    ),
    (
        "daarin-nemen-zitting-inverted",
        _SOIL_OPEN + "Daarin nemen sinds 2031 de Vlaamse Milieumaatschappij en het RIVM zitting.",
        _members(_SOIL, VMM, RIVM),
        frozenset(),
    ),
    (
        "zullen-erin-zitting-nemen-future",
        _NOISE_OPEN
        + "Rijkswaterstaat en het Departement Omgeving zullen er vanaf januari zitting in nemen.",
        _members(_NOISE, RWS, DOM),
        frozenset(),
    ),
    (
        "neemt-zitting-in-de-werkgroep",
        _NOISE_OPEN
        + "Ook de Inspectie Leefomgeving en Transport (ILT) neemt sinds 2029 zitting in de werkgroep.",
        _members(_NOISE, ILT),
        frozenset(),
    ),
    (
        "neg-neemt-er-geen-zitting-in",
        _SOIL_OPEN + "Rijkswaterstaat neemt er geen zitting in.",
        frozenset(),
        _members(_SOIL, RWS),
    ),
    (
        "neg-zitting-in-senaat",
        _SOIL_OPEN + "De voorzitter neemt namens Luxemburg zitting in de Chambre des Députés.",
        frozenset(),
        _members(_SOIL, LU),
    ),
    # -- the group by its kind after a demonstrative -----------------------------------------
    (
        "in-die-werkgroep-hebben-zitting",
        "Het Directiecomité Leefmilieu besprak de stand van zaken. De Benelux-werkgroep Scheepvaartgeluid, die onder het directiecomité valt, werkt het protocol uit. In die werkgroep hebben Rijkswaterstaat, de Vlaamse Milieumaatschappij en de Administration de l'environnement zitting.",
        _members(_NOISE, RWS, VMM, AEV),
        frozenset(),
    ),
    (
        "in-dat-netwerk-zijn-vertegenwoordigd",
        "Het Benelux-netwerk Grondwater werd in 2029 opgericht. In dat netwerk zijn de Vlaamse Milieumaatschappij en Rijkswaterstaat vertegenwoordigd.",
        _members(_NET, VMM, RWS),
        frozenset(),
    ),
    (
        "neg-in-die-werkgroep-geinformeerd",
        _NOISE_OPEN + "In die werkgroep wordt het RIVM over de resultaten geïnformeerd.",
        frozenset(),
        _members(_NOISE, RIVM),
    ),
    # -- per place: one verb, several "voor <place> <body>" pairs ---------------------------
    (
        "voor-place-zit-in-de-werkgroep-gapped",
        _NOISE_OPEN
        + "Voor Vlaanderen zit het Departement Omgeving in de werkgroep, voor Nederland het RIVM en voor Luxemburg de Administration de l'environnement.",
        _members(_NOISE, DOM, VL, RIVM, NL, AEV, LU),
        frozenset(),
    ),
    (
        "werken-erin-samen-colon-per-place",
        _SOIL_OPEN
        + "De milieudiensten van de drie landen werken erin samen: voor Nederland Rijkswaterstaat, voor Luxemburg de Administration de l'environnement, voor België de Vlaamse Milieumaatschappij, Leefmilieu Brussel en de Service public de Wallonie.",
        _members(_SOIL, RWS, NL, AEV, LU, VMM, LB, SPW, BE),
        frozenset(),
    ),
    (
        "in-de-werkgroep-zitten-per-place",
        _NOISE_OPEN
        + "In de werkgroep zitten voor België de Vlaamse Milieumaatschappij, voor Nederland Rijkswaterstaat en voor Luxemburg de Administration de l'environnement.",
        _members(_NOISE, VMM, BE, RWS, NL, AEV, LU),
        frozenset(),
    ),
    (
        "voor-place-neemt-deel-aan-het-netwerk",
        _NET_OPEN
        + "Voor Nederland neemt Rijkswaterstaat deel aan het netwerk, voor Luxemburg de Administration de l'environnement.",
        _members(_NET, RWS, NL, AEV, LU),
        frozenset(),
    ),
    (
        "neg-voor-place-beneficiary",
        _NOISE_OPEN
        + "De werkgroep stelt voor Vlaanderen, voor Nederland en voor Luxemburg elk een rapport op.",
        frozenset(),
        _members(_NOISE, VL, NL, LU),
    ),
    (
        "neg-voor-place-not-represented",
        _NOISE_OPEN
        + "Voor Luxemburg is de Administration de l'environnement niet in de werkgroep vertegenwoordigd.",
        frozenset(),
        _members(_NOISE, LU, AEV),
    ),
    (
        "neg-voor-place-data-only",
        _NOISE_OPEN
        + "Voor Nederland levert het RIVM de meetgegevens aan, voor Vlaanderen de Vlaamse Milieumaatschappij.",
        frozenset(),
        _members(_NOISE, NL, RIVM, VL, VMM),
    ),
    # -- representation ----------------------------------------------------------------------
    (
        "land-laat-zich-vertegenwoordigen",
        _SOIL_OPEN
        + "Ook Nedersaksen volgt het werk. Het Land laat zich in de werkgroep vertegenwoordigen door het Niedersächsisches Ministerium für Umwelt, Energie und Klimaschutz (MU), dat de status van waarnemer heeft.",
        _members(_SOIL, NDS, MU),
        frozenset(),
    ),
    (
        "gemeenschap-vertegenwoordigd-door-haar-ministerium",
        _SOIL_OPEN
        + "Rijkswaterstaat en de Vlaamse Milieumaatschappij werken erin samen. De Duitstalige Gemeenschap is vertegenwoordigd door haar Ministerium der Deutschsprachigen Gemeinschaft.",
        _members(_SOIL, RWS, VMM, DG, MDG),
        frozenset(),
    ),
    (
        "gewest-wordt-in-de-werkgroep-vertegenwoordigd",
        _NOISE_OPEN
        + "Het Brussels Hoofdstedelijk Gewest wordt in de werkgroep vertegenwoordigd door Leefmilieu Brussel.",
        _members(_NOISE, BXL, LB),
        frozenset(),
    ),
    (
        "neg-gemeenschap-wil-aansluiten",
        _SOIL_OPEN
        + "Rijkswaterstaat neemt erin zitting. De Duitstalige Gemeenschap liet weten te willen aansluiten zodra haar decreet is herzien; een besluit daarover is nog niet genomen.",
        frozenset(),
        _members(_SOIL, DG),
    ),
    (
        "neg-land-geinformeerd",
        _SOIL_OPEN
        + "Ook Nedersaksen volgt de ontwikkelingen. Het Land wordt over de resultaten van de werkgroep geïnformeerd.",
        frozenset(),
        _members(_SOIL, NDS),
    ),
    # -- joining on a settled date, the representative after a semicolon --------------------
    (
        "treedt-op-datum-toe-semicolon-represented",
        _NOISE_OPEN
        + "Het Waals Gewest treedt op 1 maart 2031 toe; het wordt vertegenwoordigd door de Service public de Wallonie (SPW).",
        _members(_NOISE, WA, SPW),
        frozenset(),
    ),
    (
        "neemt-vanaf-volgende-vergadering-als-waarnemer-deel",
        _NOISE_OPEN
        + "Het Departement Omgeving neemt vanaf de volgende vergadering als waarnemer deel aan de werkgroep.",
        _members(_NOISE, DOM),
        frozenset(),
    ),
    (
        "neg-treedt-mogelijk-toe",
        _NOISE_OPEN + "Het Waals Gewest treedt mogelijk in 2031 toe.",
        frozenset(),
        _members(_NOISE, WA),
    ),
    (
        "neg-uitgenodigd-verontschuldigd",
        _NOISE_OPEN
        + "Het Waals Gewest was voor de vergadering uitgenodigd, maar liet zich verontschuldigen.",
        frozenset(),
        _members(_NOISE, WA),
    ),
    (
        "neg-neemt-aan-het-netwerk-niet-deel",
        _NET_OPEN + "Rijkswaterstaat neemt aan het netwerk niet deel.",
        frozenset(),
        _members(_NET, RWS),
    ),
    # -- the group named under another heading two paragraphs back ---------------------------
    (
        "neg-erin-after-another-heading",
        "2. Bodem\n\n"
        + _SOIL_OPEN
        + "Het werk loopt goed.\n\n3. Subsidies\n\nDe provincies zijn tevreden. Rijkswaterstaat en de Vlaamse Milieumaatschappij nemen erin zitting.",
        frozenset(),
        _members(_SOIL, RWS, VMM),
    ),
]

WRONG: dict[str, str] = {}


@pytest.mark.parametrize(
    ("name", "text", "expected", "forbidden"),
    audited(CASES, lambda case: WRONG.get(str(case[0]))),
)
def test_round65_focus_members(
    name: str,
    text: str,
    expected: frozenset[tuple[str, str, str]],
    forbidden: frozenset[tuple[str, str, str]],
) -> None:
    assert_group_facts(name, text, expected, forbidden)
