# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of set W (tests/heldout/gold/x01…x06).

Set W was written in session 16 by a helper that never read the extractor's code, patterns,
reference data, tests or output, never ran the extractor, ``evaluate_set.py`` or pytest, and never
opened the held-out sets (B, N, O, R, T, U, V) or the probe suites. It has one document of each
kind the project's users feed it, on policy fields no other set covers: an annual-plan chapter
(food waste and food donation, 2035), an evaluation chapter with a participants' table (fisheries
control at sea and in the fish auctions, 2030-2034), a Kamerbrief on the Committee of Ministers'
meeting of 10 December 2035 (tobacco and e-cigarettes, recreational boating licences), a news page
of the Région Grand Est (circular textiles), a Benelux Publicatieblad index (the 2035 volume) and
the minutes of a working group's meeting with an attendance list (asbestos, 4 March 2036). Set W
is run once as a measurement and then studied as a development set. The offset helpers and the
JSON writer are those of ``_spans.py`` (set A).

Usage::

    python tests/heldout/_spans_w.py              # write gold/x01…x06.json, verify every span
    python tests/heldout/_spans_w.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent

EC = "id/organisation/europese-commissie"
GRAND_EST = "id/region/grand-est"
RLP = "id/region/rijnland-palts"
SAAR = "id/region/saarland"
NDS = "id/region/nedersaksen"
VLG = "id/organisation/vlaams-gewest"
WAL = "id/organisation/waals-gewest"


def known(iri: str, cls: str, label: str, *names: str) -> Any:
    """An entity that already occurs in the seeds or the development sets (its IRI kept)."""
    return Ent(iri, cls, label, list(names) or [label])


def ec() -> Any:
    return known(EC, "ExternalOrganisation", "Europese Commissie")


def euu() -> Any:
    return known(EUU, "ExternalOrganisation", "Europese Unie")


# Entities of the seeds and the development sets (S, Q), with the IRIs they have there.
_DC_LV = wg("Directiecomité Landbouw en Voedselveiligheid")
_DC_LM = wg("Directiecomité Leefmilieu")
_DC_VV = wg("Directiecomité Verkeer en Vervoer")
_DC_VG = wg("Directiecomité Volksgezondheid")
_NVWA = body(
    "Nederlandse Voedsel- en Warenautoriteit", "Nederlandse Voedsel- en Warenautoriteit", "NVWA"
)
_ALVA = body(
    "Administration luxembourgeoise vétérinaire et alimentaire",
    "Administration luxembourgeoise vétérinaire et alimentaire",
    "ALVA",
)
_LVVN = body("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur")
_SPW = body(
    "Service public de Wallonie", "Service public de Wallonie", "Service Public de Wallonie"
)
_LB = body("Leefmilieu Brussel")
_ADE = body("Administration de l'environnement")
_OVAM = body(
    "Openbare Vlaamse Afvalstoffenmaatschappij", "Openbare Vlaamse Afvalstoffenmaatschappij", "OVAM"
)
_IENW = body("Ministerie van Infrastructuur en Waterstaat")
_RWS = body("Rijkswaterstaat")
_DG = body("Duitstalige Gemeenschap")
_BHG = body("Brussels Hoofdstedelijk Gewest")

# New to set W, shared by two or three of its documents (one IRI each).
_DLV = body("Departement Landbouw en Visserij")
_OV_VC = wg(
    "Benelux-overleg Visserijcontrole",
    "Benelux-overleg Visserijcontrole",
    "Overleg Visserijcontrole",
)
_WG_AS = wg("Benelux-werkgroep Asbest", "Benelux-werkgroep Asbest", "BENELUX-WERKGROEP ASBEST")
_GWP_2033 = ins("Gemeenschappelijk Werkprogramma 2033-2036", "LegalInstrument")
_DVW = body("De Vlaamse Waterweg")
_SDN = body("Service de la navigation")
_WHO_EU = org("Regionaal Bureau voor Europa")
_WHO = org("Wereldgezondheidsorganisatie")
_DECL_GE_LABEL = "Intentieverklaring tussen de Région Grand Est en de Benelux Unie inzake de inzameling en recycling van textiel"
_DECL_RV_LABEL = "Verklaring van Den Haag over een rookvrije generatie"
_AGR_WHO_LABEL = "Administratieve afspraak tussen het Secretariaat-Generaal van de Benelux Unie en het Regionaal Bureau voor Europa van de Wereldgezondheidsorganisatie inzake het delen van gegevens over rookgedrag"
_R1061_LABEL = "Aanbeveling 1061/2 over de pleziervaart op de Maas"


def _iri(label: str) -> str:
    return f"id/instrument/{_slug(label)}"


_M = {
    n: f"id/instrument/m-{n.replace('_', '-')}"
    for n in (
        "2019_8",
        "2029_17",
        "2033_9",
        "2034_11",
        "2035_3",
        "2035_6",
        "2035_7",
        "2035_14",
        "2035_15",
        "2035_16",
        "2035_17",
        "2021_17",
        "2012_4",
        "2027_11",
    )
}

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- x01: annual plan 2035, chapter 4 (food waste and food donation) -----------------------
_X01 = "x01_annual_plan_food_waste"
_WG_VD = wg("Benelux-werkgroep Voedseldonatie")
_FAVV = body(
    "Federaal Agentschap voor de Veiligheid van de Voedselketen",
    "Federaal Agentschap voor de Veiligheid van de Voedselketen",
    "FAVV",
)
_MLV_NRW = org(
    "Ministerium für Landwirtschaft und Verbraucherschutz van Noordrijn-Westfalen",
    "Ministerium für Landwirtschaft und Verbraucherschutz van Noordrijn-Westfalen",
)
_M2019_8 = Ent(
    _M["2019_8"],
    "Recommendation",
    "M(2019)8",
    ["Aanbeveling M (2019) 8 betreffende voedselhulp in de grensstreek", "Aanbeveling M (2019) 8"],
)
_D_VB = ins(
    "Beschikking over de wederzijdse erkenning van registraties van voedselbanken",
    "Decision",
    "beschikking over de wederzijdse erkenning van registraties van voedselbanken",
)
_FEBA = org("Europese Federatie van Voedselbanken", "Europese Federatie van Voedselbanken", "FEBA")
_EUPL = wg("EU-platform voor voedselverliezen en voedselverspilling")
_NET_VB = wg("Benelux-netwerk Voedselbanken")
_FBV = org("Federatie van Belgische Voedselbanken")
_VBN = org("Voedselbanken Nederland")
_BA = org("Banque Alimentaire")
_TAFEL = org("Tafel Deutschland")
_DECL_VD = ins(
    "Benelux-intentieverklaring over de grensoverschrijdende donatie van voedseloverschotten",
    "Declaration",
)
_R1049 = ins(
    "Aanbeveling 1049/2 over voedselverspilling",
    "Recommendation",
    "aanbeveling 1049/2 over voedselverspilling",
)
_CONG = event(
    "Benelux-congres Geen kruimel verloren",
    'Benelux-congres "Geen kruimel verloren"',
    slug="benelux-congres-geen-kruimel-verloren",
)
SPECS[_X01] = (
    [
        bu(),
        _GWP_2033,
        act("Richtlijn 2008/98/EG", "Richtlijn 2008/98/EG", "Kaderrichtlijn afvalstoffen"),
        _WG_VD,
        _DC_LV,
        csg(),
        _FAVV,
        _NVWA,
        _ALVA,
        _LVVN,
        known(VLG, "NationalBody", "Vlaams Gewest", "Vlaanderen"),
        _DLV,
        known(WAL, "NationalBody", "Waals Gewest", "Wallonië"),
        _SPW,
        _MLV_NRW,
        region(NRW, "Noordrijn-Westfalen"),
        country(FR, "Frankrijk"),
        act("Verordening (EU) nr. 1169/2011"),
        _D_VB,
        _M2019_8,
        cvm("Comité van Ministers"),
        _FEBA,
        _EUPL,
        ec(),
        _NET_VB,
        _FBV,
        _VBN,
        _BA,
        _TAFEL,
        region(GR, "Grande Région"),
        _DECL_VD,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        region(NDS, "Nedersaksen"),
        bp("Beneluxparlement"),
        _R1049,
        sg(),
        _CONG,
        _BHG,
    ],
    [
        # "ressorteert onder" and "dat op zijn beurt verantwoording aflegt aan" (sets K, P, S).
        Rel(_WG_VD.iri, SUB, _DC_LV.iri, "De Benelux-werkgroep Voedseldonatie werd in 2033"),
        Rel(_DC_LV.iri, SUB, I_CSG, "De Benelux-werkgroep Voedseldonatie werd in 2033"),
        # "Zitting … hebben" (set Q); the chairing ministry (sets G/H); "Voor Vlaanderen neemt X
        # deel, voor Wallonië Y" gives the region and the body (sets K, S); an observer ministry,
        # NRW only nested in its name (set J). France invited without answer: nothing; Brussels
        # "maakt geen deel uit" (footnote): nothing.
        *[
            Rel(_WG_VD.iri, PART, x.iri, "Zitting in de werkgroep hebben")
            for x in (_FAVV, _NVWA, _ALVA)
        ],
        Rel(_WG_VD.iri, PART, _LVVN.iri, "Het voorzitterschap ligt in"),
        *[
            Rel(_WG_VD.iri, PART, x, "Vlaanderen neemt het Departement")
            for x in (VLG, _DLV.iri, WAL, _SPW.iri)
        ],
        Rel(_WG_VD.iri, PART, _MLV_NRW.iri, "werkzaamheden als waarnemer"),
        # The planned decision: issuer (seed rule, set M) and "zal … vervangen" (set J); no date.
        Rel(_D_VB.iri, AMENDS, _M["2019_8"], "Die beschikking zal Aanbeveling M (2019) 8"),
        Rel(_M["2019_8"], PASSED, I_CVM, "Die beschikking zal Aanbeveling M (2019) 8"),
        Rel(_D_VB.iri, PASSED, I_CVM, "Het Comité van Ministers zal haar"),
        # "werkt … nauw samen met"; "Met X worden de resultaten gedeeld" gives none (set L);
        # "X van de Europese Commissie" gives the parent (set F).
        Rel(_WG_VD.iri, COOP, _FEBA.iri, "Daarbij werkt de werkgroep nauw samen"),
        Rel(_EUPL.iri, SUB, EC, "het EU-platform voor voedselverliezen"),
        # "Onder de werkgroep komt … een netwerk" named in the next sentence (set P's "Onder de
        # werkgroep valt"); "wordt gedragen door"; a guest that "schuift … aan"; a settled future
        # cooperation (set J).
        Rel(_NET_VB.iri, SUB, _WG_VD.iri, "Onder de werkgroep komt in 2035"),
        *[Rel(_NET_VB.iri, PART, x.iri, "wordt gedragen door") for x in (_FBV, _VBN, _BA)],
        Rel(_NET_VB.iri, PART, _TAFEL.iri, "schuift als gast aan"),
        Rel(_NET_VB.iri, COOP, GR, "Het netwerk zal samenwerken met"),
        # Signatories "de ministers van Landbouw van België, Nederland en Luxemburg" (set L);
        # Lower Saxony "aanwezig, maar … geen partij" (set Q): nothing.
        *[Rel(_DECL_VD.iri, PART, c, "Op 13 november 2034 ondertekenden") for c in (BE, NL, LU)],
        Rel(_DECL_VD.iri, DATE, "2034-11-13", "Op 13 november 2034 ondertekenden"),
        Rel(_R1049.iri, PASSED, I_BP, "Het Beneluxparlement had om"),
        Rel(_R1049.iri, DATE, "2033", "Het Beneluxparlement had om"),
        # Organiser and co-organiser of a settled future congress; bodies that "hebben toegezegd
        # een spreker te sturen" (set J).
        Rel(I_SG, SUB, BU, "Het Secretariaat-Generaal van de Benelux Unie organiseert"),
        Rel(_CONG.iri, PART, I_SG, "Het Secretariaat-Generaal van de Benelux Unie organiseert"),
        Rel(_CONG.iri, PART, GR, "Het Secretariaat-Generaal van de Benelux Unie organiseert"),
        Rel(_CONG.iri, PART, _FEBA.iri, "hebben toegezegd een spreker"),
        Rel(_CONG.iri, PART, EC, "hebben toegezegd een spreker"),
    ],
)

# --- x02: evaluation report, chapter 3 (fisheries control) --------------------------------
_X02 = "x02_evaluation_fisheries_control"
_M2029_17_X02 = Ent(
    _M["2029_17"],
    "Decision",
    "M(2029)17",
    [
        "Beschikking M (2029) 17 betreffende gemeenschappelijke inspecties op zee en in de visafslagen",
        "Beschikking M (2029) 17",
    ],
)
_M2033_9_X02 = Ent(_M["2033_9"], "Decision", "M(2033)9", ["Beschikking M (2033) 9"])
_WG_GI = wg(
    "Werkgroep Gezamenlijke Inspecties",
    "Werkgroep Gezamenlijke Inspecties",
    "Gezamenlijke Inspecties",
)
_WG_GU = wg(
    "Werkgroep Gegevensuitwisseling", "Werkgroep Gegevensuitwisseling", "Gegevensuitwisseling"
)
_DZ = body("Dienst Zeevisserij")
_MARINE = body("Marinecomponent")
_DEFENSIE = body("Defensie")
_KW = body("Kustwacht Nederland")
_MAAV = body("Ministère de l'Agriculture, de l'Alimentation et de la Viticulture")
_BLE = org(
    "Bundesanstalt für Landwirtschaft und Ernährung",
    "Bundesanstalt für Landwirtschaft und Ernährung",
    "BLE",
)
_LAVES = org(
    "Niedersächsisches Landesamt für Verbraucherschutz und Lebensmittelsicherheit",
    "Niedersächsisches Landesamt für Verbraucherschutz und Lebensmittelsicherheit",
    "LAVES",
)
_EFCA = org(
    "Europees Bureau voor visserijcontrole", "Europees Bureau voor visserijcontrole", "EFCA"
)
_DGAMPA = org("Direction générale des affaires maritimes, de la pêche et de l'aquaculture")
_COORD = event(
    "Jaarlijks coördinatieoverleg visserijcontrole 15 maart 2033",
    "jaarlijkse coördinatieoverleg van 15 maart 2033",
    slug="jaarlijks-coordinatieoverleg-visserijcontrole-2033-03-15",
)
_ANS = org("Adviesraad voor de Noordzee")
_R1055 = ins(
    "Aanbeveling 1055/2 over digitale visserijcontrole", "Recommendation", "aanbeveling 1055/2"
)
SPECS[_X02] = (
    [
        _M2029_17_X02,
        _M2033_9_X02,
        cvm("Comité van Ministers"),
        _OV_VC,
        _DC_LV,
        _WG_GI,
        _WG_GU,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        country(FR, "Frankrijk"),
        region(NDS, "Nedersaksen"),
        _DZ,
        _DLV,
        _MARINE,
        _DEFENSIE,
        _NVWA,
        _KW,
        _MAAV,
        _BLE,
        _LAVES,
        _EFCA,
        euu(),
        _DGAMPA,
        _COORD,
        act("Verordening (EU) 2023/2842"),
        act(
            "Verordening (EG) nr. 1224/2009",
            "Verordening (EG) nr. 1224/2009",
            "Controleverordening",
        ),
        _ANS,
        bp("Beneluxparlement"),
        _R1055,
        org("Atelier Noordzee Advies"),
        sg(),
        bu(),
    ],
    [
        # The date in the next sentence ("stelde die beschikking vast op"); "werd zij gewijzigd
        # bij" with the year the sentence gives (set C).
        Rel(_M["2029_17"], PASSED, I_CVM, "Het Comité van Ministers stelde die beschikking"),
        Rel(_M["2029_17"], DATE, "2029-12-10", "Het Comité van Ministers stelde die beschikking"),
        Rel(_M["2033_9"], AMENDS, _M["2029_17"], "in 2033 werd zij gewijzigd"),
        Rel(_M["2033_9"], PASSED, I_CVM, "in 2033 werd zij gewijzigd"),
        Rel(_M["2033_9"], DATE, "2033", "in 2033 werd zij gewijzigd"),
        # A body set up by a decision gets no relation to it (set J); "valt onder"; "Binnen het
        # overleg functioneren twee werkgroepen: X en Y" (set D's "Binnen dit overleg").
        Rel(_OV_VC.iri, SUB, _DC_LV.iri, "Het overleg valt onder"),
        Rel(_WG_GI.iri, SUB, _OV_VC.iri, "Binnen het overleg functioneren"),
        Rel(_WG_GU.iri, SUB, _OV_VC.iri, "Binnen het overleg functioneren"),
        # "Voor België hebben X en Y zitting …, voor Nederland Z en W" (set S: the country and
        # the bodies); "X van Y" gives the parent (sets L, P).
        *[
            Rel(_OV_VC.iri, PART, x, "Voor België hebben de Dienst Zeevisserij")
            for x in (BE, _DZ.iri, _MARINE.iri, NL, _NVWA.iri, _KW.iri)
        ],
        Rel(_DZ.iri, SUB, _DLV.iri, "Voor België hebben de Dienst Zeevisserij"),
        Rel(_MARINE.iri, SUB, _DEFENSIE.iri, "Voor België hebben de Dienst Zeevisserij"),
        # Luxembourg "volgt het overleg als waarnemer via" its ministry (both, set K); "is …
        # eveneens waarnemer, net als X namens Nedersaksen" (set J's "net als"; the region a
        # body speaks for, set Q).
        Rel(_OV_VC.iri, PART, LU, "Luxemburg heeft geen zeevisserij"),
        Rel(_OV_VC.iri, PART, _MAAV.iri, "Luxemburg heeft geen zeevisserij"),
        *[Rel(_OV_VC.iri, PART, x, "De Duitse Bundesanstalt") for x in (_BLE.iri, _LAVES.iri, NDS)],
        # The participants' table: one row per group, the countries and the region in the
        # header (set F's "deelnemers" column; set H reads a table line as evidence). The
        # overleg's row repeats what the text says.
        *[Rel(_WG_GI.iri, PART, c, "Gezamenlijke Inspecties lid") for c in (BE, NL)],
        *[Rel(_WG_GU.iri, PART, c, "Gegevensuitwisseling lid") for c in (BE, NL, NDS)],
        Rel(_WG_GU.iri, PART, _EFCA.iri, "Het Europees Bureau voor visserijcontrole (EFCA)"),
        Rel(_EFCA.iri, SUB, EUU, "Het Europees Bureau voor visserijcontrole (EFCA)"),
        # Two subjects, one object: two relations (set J). France and its DGAMPA "benaderd,
        # maar … niet gereageerd": nothing.
        Rel(_DZ.iri, COOP, _EFCA.iri, "De Dienst Zeevisserij en de NVWA werken"),
        Rel(_NVWA.iri, COOP, _EFCA.iri, "De Dienst Zeevisserij en de NVWA werken"),
        Rel(_COORD.iri, PART, _EFCA.iri, "waaraan ook EFCA en de BLE deelnamen"),
        Rel(_COORD.iri, PART, _BLE.iri, "waaraan ook EFCA en de BLE deelnamen"),
        # A finding states the cooperation (informal, but stated); the evaluators'
        # recommendations give nothing.
        Rel(_OV_VC.iri, COOP, _ANS.iri, "Het overleg werkt samen met de Adviesraad"),
        Rel(_R1055.iri, PASSED, I_BP, "Zie ook aanbeveling 1055/2"),
        Rel(_R1055.iri, DATE, "2034-06-17", "Zie ook aanbeveling 1055/2"),
        Rel(I_SG, SUB, BU, "Uitgevoerd door Atelier Noordzee Advies"),
    ],
)

# --- x03: Kamerbrief on the Committee of Ministers' meeting of 10 December 2035 ---------------
_X03 = "x03_letter_ministers_tobacco_boating"
_MEET = event(
    "Vergadering van het Benelux Comité van Ministers van 10 december 2035",
    "vergadering van het Benelux Comité van Ministers van 10 december 2035",
    "vergadering van het Benelux Comité van Ministers",
    slug="vergadering-comite-van-ministers-2035-12-10",
)
_MEET_NEXT = event(
    "Vergadering van het Comité van Ministers van 23 juni 2036",
    "volgende vergadering",
    slug="vergadering-comite-van-ministers-2036-06-23",
)
_M2035_14_X03 = Ent(
    _M["2035_14"],
    "Decision",
    "M(2035)14",
    [
        "Beschikking M (2035) 14 betreffende de grensoverschrijdende handhaving van het verkoopverbod van tabaks- en nicotineproducten aan minderjarigen",
        "Beschikking M (2035) 14",
    ],
)
_M2035_15_X03 = Ent(
    _M["2035_15"],
    "Recommendation",
    "M(2035)15",
    [
        "Aanbeveling M (2035) 15 inzake smaakstoffen in elektronische sigaretten",
        "Aanbeveling M (2035) 15",
    ],
)
_M2021_17_X03 = Ent(_M["2021_17"], "Recommendation", "M(2021)17", ["Aanbeveling M (2021) 17"])
_M2035_16_X03 = Ent(_M["2035_16"], "Decision", "M(2035)16", ["Beschikking M (2035) 16"])
_M2012_4_X03 = Ent(
    _M["2012_4"],
    "Decision",
    "M(2012)4",
    [
        "Beschikking M (2012) 4 inzake de wederzijdse erkenning van vaarbewijzen voor de pleziervaart",
        "Beschikking M (2012) 4",
    ],
)
_M2027_11_X03 = Ent(_M["2027_11"], "Decision", "M(2027)11", ["Beschikking M (2027) 11"])
_WG_TAB = wg("Benelux-werkgroep Tabaksontmoediging")
_FOD_VVVL = body("FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu")
_DSANTE = body("Direction de la santé")
_SCIENSANO = body("Sciensano")
_TRIMBOS = org("Trimbos-instituut")
_DECL_RV_X03 = Ent(_iri(_DECL_RV_LABEL), "Declaration", _DECL_RV_LABEL, [_DECL_RV_LABEL])
_AGR_WHO_X03 = Ent(
    _iri(_AGR_WHO_LABEL),
    "Agreement",
    _AGR_WHO_LABEL,
    ["administratieve afspraak over het delen van gegevens over rookgedrag"],
)
_R1061_X03 = Ent(_iri(_R1061_LABEL), "Recommendation", _R1061_LABEL, ["aanbeveling 1061/2"])
_WG_PV = wg("Benelux-werkgroep Pleziervaart")
_GDWS = org("Generaldirektion Wasserstraßen und Schifffahrt")
SPECS[_X03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _MEET,
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Het Comité", "het Comité"),
        country(BE, "België"),
        country(LU, "Luxemburg"),
        country(NL, "Nederland"),
        region(NDS, "Nedersaksen"),
        person("Sarah Claes"),
        person("Paul Reding"),
        person("M.A. Verbeek"),
        _M2035_14_X03,
        _M2035_15_X03,
        _M2021_17_X03,
        _WG_TAB,
        _DC_VG,
        _FOD_VVVL,
        _NVWA,
        _DSANTE,
        _SCIENSANO,
        _TRIMBOS,
        act("Richtlijn 2014/40/EU"),
        act("Tabaks- en rookwarenwet"),
        _DECL_RV_X03,
        _DG,
        sg(),
        _WHO_EU,
        _WHO,
        _AGR_WHO_X03,
        _M2035_16_X03,
        _M2012_4_X03,
        _M2027_11_X03,
        _R1061_X03,
        bp("Beneluxparlement"),
        _WG_PV,
        _DC_VV,
        _RWS,
        _DVW,
        _SPW,
        _SDN,
        _GDWS,
        _GWP_2033,
        _MEET_NEXT,
    ],
    [
        # "Namens België nam X deel, namens Luxemburg Y; Nederland werd door ondergetekende
        # vertegenwoordigd" (set E); a region's minister "schoof als gast aan" (set S). The
        # Committee at its own meeting is no participant (set I).
        Rel(_MEET.iri, PART, BE, "Namens België nam minister"),
        Rel(_MEET.iri, PART, LU, "Namens België nam minister"),
        Rel(_MEET.iri, PART, NL, "Nederland werd door ondergetekende"),
        Rel(_MEET.iri, PART, NDS, "Bij het onderdeel over de pleziervaart schoof"),
        # Adopted at the meeting: the meeting's date (sets E, Q); "die vervangt … van 13 december
        # 2021" (set F; a date after the number, set S).
        Rel(_M["2035_14"], PASSED, I_CVM, "Het Comité heeft Beschikking M (2035) 14"),
        Rel(_M["2035_14"], DATE, "2035-12-10", "Het Comité heeft Beschikking M (2035) 14"),
        Rel(_M["2035_15"], PASSED, I_CVM, "Daarnaast nam het"),
        Rel(_M["2035_15"], DATE, "2035-12-10", "Daarnaast nam het"),
        Rel(_M["2035_15"], AMENDS, _M["2021_17"], "die vervangt Aanbeveling M (2021) 17"),
        Rel(_M["2021_17"], PASSED, I_CVM, "die vervangt Aanbeveling M (2021) 17"),
        Rel(_M["2021_17"], DATE, "2021-12-13", "die vervangt Aanbeveling M (2021) 17"),
        Rel(_WG_TAB.iri, SUB, _DC_VG.iri, "Beide teksten zijn voorbereid"),
        *[
            Rel(_WG_TAB.iri, PART, x.iri, "In de werkgroep zijn de FOD")
            for x in (_FOD_VVVL, _NVWA, _DSANTE)
        ],
        # A pronoun subject ("werkt zij samen met X en Y": two relations, sets J, L).
        Rel(_WG_TAB.iri, COOP, _SCIENSANO.iri, "Voor de monitoring werkt zij"),
        Rel(_WG_TAB.iri, COOP, _TRIMBOS.iri, "Voor de monitoring werkt zij"),
        # "De drie ministers ondertekenden" (the three countries of paragraph 1, set Q), the
        # meeting's date; "heeft zich op dezelfde dag … aangesloten" (set S).
        *[Rel(_DECL_RV_X03.iri, PART, c, "De drie ministers ondertekenden") for c in (BE, NL, LU)],
        Rel(_DECL_RV_X03.iri, DATE, "2035-12-10", "De drie ministers ondertekenden"),
        Rel(_DECL_RV_X03.iri, PART, _DG.iri, "De Duitstalige Gemeenschap heeft zich"),
        # "Aan de rand van de vergadering sloten X en Y …" (the parties, the meeting's date);
        # "X van de Wereldgezondheidsorganisatie" gives the parent.
        Rel(_AGR_WHO_X03.iri, PART, I_SG, "rand van de vergadering sloten"),
        Rel(_AGR_WHO_X03.iri, PART, _WHO_EU.iri, "rand van de vergadering sloten"),
        Rel(_AGR_WHO_X03.iri, DATE, "2035-12-10", "rand van de vergadering sloten"),
        Rel(_WHO_EU.iri, SUB, _WHO.iri, "rand van de vergadering sloten"),
        # "Met Beschikking X wijzigt het Comité Beschikking Y …, die al eerder werd gewijzigd bij
        # Beschikking Z": both amendments (set K's "zoals gewijzigd bij").
        Rel(_M["2035_16"], AMENDS, _M["2012_4"], "Met Beschikking M (2035) 16 wijzigt"),
        Rel(_M["2027_11"], AMENDS, _M["2012_4"], "Met Beschikking M (2035) 16 wijzigt"),
        Rel(_M["2035_16"], PASSED, I_CVM, "Met Beschikking M (2035) 16 wijzigt"),
        Rel(_M["2035_16"], DATE, "2035-12-10", "Met Beschikking M (2035) 16 wijzigt"),
        Rel(_M["2012_4"], PASSED, I_CVM, "Met Beschikking M (2035) 16 wijzigt"),
        Rel(_M["2027_11"], PASSED, I_CVM, "Met Beschikking M (2035) 16 wijzigt"),
        Rel(_R1061_X03.iri, PASSED, I_BP, "Hiermee geeft"),
        # "Daarin werken X, Y, Z en W samen" (participants, set F); an observer "sinds 2034";
        # Lower Saxony only interested: nothing.
        Rel(_WG_PV.iri, SUB, _DC_VV.iri, "Het werk lag bij de Benelux-werkgroep Pleziervaart"),
        *[
            Rel(_WG_PV.iri, PART, x.iri, "Daarin werken Rijkswaterstaat")
            for x in (_RWS, _DVW, _SPW, _SDN)
        ],
        Rel(_WG_PV.iri, PART, _GDWS.iri, "neemt sinds 2034 als waarnemer deel"),
    ],
)

# --- x04: news page of the Région Grand Est (circular textiles) ----------------------------
_X04 = "x04_region_grand_est_textiles"
_DECL_GE_X04 = Ent(
    _iri(_DECL_GE_LABEL),
    "Declaration",
    _DECL_GE_LABEL,
    [
        "intentieverklaring tussen de Région Grand Est en de Benelux Unie inzake de inzameling en recycling van textiel"
    ],
)
_DECL_GR = ins(
    "Intentieverklaring tussen de Benelux Unie en de Grande Région van 28 oktober 2024",
    "Declaration",
    "intentieverklaring tussen de Benelux Unie en de Grande Région van 28 oktober 2024",
)
_WG_CT = wg(
    "Benelux-werkgroep Circulair Textiel",
    "Benelux-werkgroep Circulair Textiel",
    "werkgroep Circulair Textiel",
)
_DSD = body("Département du Sol et des Déchets")
_REFASHION = org("Refashion")
_MEET_CT = event(
    "Vergadering Benelux-werkgroep Circulair Textiel 12 juni 2035",
    "eerste vergadering met Grand Est aan tafel",
    slug="vergadering-benelux-werkgroep-circulair-textiel-2035-06-12",
)
_M2034_11_X04 = Ent(
    _M["2034_11"],
    "Recommendation",
    "M(2034)11",
    [
        "Aanbeveling M (2034) 11 over de gescheiden inzameling van textiel in de grensstreek",
        "Aanbeveling M (2034) 11",
    ],
)
_NET_ST = wg(
    "Benelux-netwerk Sorteercentra Textiel",
    "Benelux-netwerk Sorteercentra Textiel",
    "netwerk Sorteercentra",
)
_HERWIN = org("Herwin")
_RESSOURCES = org("Ressources")
_SYMPANY = org("Sympany")
_WG_GA = wg("Benelux-werkgroep Grensarbeid")
SPECS[_X04] = (
    [
        region(GRAND_EST, "Grand Est", "Région Grand Est", "Grand Est", "GRAND EST"),
        bu("Benelux Unie", "BENELUX UNIE"),
        _DECL_GE_X04,
        _DECL_GR,
        region(GR, "Grande Région"),
        person("Claire Muller"),
        country(BE, "België"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg", "Luxemburg"),
        known(WAL, "NationalBody", "Waals Gewest", "Wallonië"),
        _WG_CT,
        _DC_LM,
        _OVAM,
        _LB,
        _DSD,
        _SPW,
        _IENW,
        _ADE,
        _REFASHION,
        _MEET_CT,
        _M2034_11_X04,
        cvm("Comité van Ministers"),
        _NET_ST,
        _HERWIN,
        _RESSOURCES,
        _SYMPANY,
        region(SAAR, "Saarland"),
        region(RLP, "Rijnland-Palts"),
        _WG_GA,
        region(NRW, "Noordrijn-Westfalen"),
    ],
    [
        # The parties of the title; "Op 2 april jongstleden" against the dateline (set Q).
        Rel(_DECL_GE_X04.iri, PART, GRAND_EST, "Op 2 april jongstleden ondertekenden"),
        Rel(_DECL_GE_X04.iri, PART, BU, "Op 2 april jongstleden ondertekenden"),
        Rel(_DECL_GE_X04.iri, DATE, "2035-04-02", "Op 2 april jongstleden ondertekenden"),
        Rel(_DECL_GR.iri, PART, BU, "De verklaring bouwt voort"),
        Rel(_DECL_GR.iri, PART, GR, "De verklaring bouwt voort"),
        Rel(_DECL_GR.iri, DATE, "2024-10-28", "De verklaring bouwt voort"),
        # A quote whose "We" is the region the speaker speaks for (set Q): two objects, two
        # relations; "Wallonië" named as a party is the Waals Gewest.
        Rel(GRAND_EST, COOP, LU, "We werken al jaren samen"),
        Rel(GRAND_EST, COOP, WAL, "We werken al jaren samen"),
        # "treedt per 1 mei toe" (a settled future, set J); "brengt … samen: …" (set Q); "X van
        # de Service public de Wallonie" gives the parent (set P); "De regio neemt er zelf
        # zitting; … Refashion schuift als waarnemer aan".
        Rel(_WG_CT.iri, PART, GRAND_EST, "Concreet treedt Grand Est per 1 mei toe"),
        Rel(_WG_CT.iri, SUB, _DC_LM.iri, "Die werkgroep valt onder het Directiecomité Leefmilieu"),
        *[
            Rel(_WG_CT.iri, PART, x.iri, "Die werkgroep valt onder het Directiecomité Leefmilieu")
            for x in (_OVAM, _LB, _DSD, _IENW, _ADE)
        ],
        Rel(_DSD.iri, SUB, _SPW.iri, "Die werkgroep valt onder het Directiecomité Leefmilieu"),
        Rel(_WG_CT.iri, PART, _REFASHION.iri, "Refashion schuift als waarnemer aan"),
        Rel(_MEET_CT.iri, PART, GRAND_EST, "De eerste vergadering met Grand Est aan tafel"),
        Rel(_M["2034_11"], PASSED, I_CVM, "die het Comité van Ministers van de Benelux Unie"),
        Rel(_M["2034_11"], DATE, "2034-12-11", "die het Comité van Ministers van de Benelux Unie"),
        Rel(I_CVM, SUB, BU, "die het Comité van Ministers van de Benelux Unie"),
        Rel(_NET_ST.iri, SUB, _WG_CT.iri, "Daarnaast neemt de regio als waarnemer"),
        Rel(_NET_ST.iri, PART, GRAND_EST, "Daarnaast neemt de regio als waarnemer"),
        *[
            Rel(_NET_ST.iri, PART, x.iri, "In het netwerk zitten al")
            for x in (_HERWIN, _RESSOURCES, _SYMPANY)
        ],
        Rel(_HERWIN.iri, COOP, _REFASHION.iri, "Herwin werkt sinds 2031 samen"),
        # Saarland and Rhineland-Palatinate "belangstelling getoond, maar … nog geen lid":
        # nothing; "sloot zich … aan bij" (set P).
        Rel(_WG_GA.iri, PART, GRAND_EST, "Eerder sloot Grand Est zich al aan"),
    ],
)

# --- x05: Benelux Publicatieblad 2036-1, the 2035 volume ----------------------------------
_X05 = "x05_journal_index"


def _mx(key: str, cls: str, *names: str) -> Any:
    year, seq = key.split("_")
    return Ent(_M[key], cls, f"M({year}){seq}", list(names))


_M2035_3 = _mx(
    "2035_3",
    "Decision",
    "M (2035) 3",
    "Beschikking tot wijziging van de Beschikking M (2029) 17 betreffende gemeenschappelijke inspecties op zee en in de visafslagen, zoals gewijzigd bij Beschikking M (2033) 9",
)
_M2035_6 = _mx(
    "2035_6",
    "Decision",
    "M (2035) 6",
    "Beschikking betreffende de wederzijdse erkenning van registraties van voedselbanken",
)
_M2035_7 = _mx(
    "2035_7",
    "Recommendation",
    "M (2035) 7",
    "Aanbeveling betreffende het delen van gegevens over voedselverliezen in de detailhandel",
)
_M2035_14 = _mx(
    "2035_14",
    "Decision",
    "M (2035) 14",
    "Beschikking betreffende de grensoverschrijdende handhaving van het verkoopverbod van tabaks- en nicotineproducten aan minderjarigen",
)
_M2035_15 = _mx(
    "2035_15",
    "Recommendation",
    "M (2035) 15",
    "Aanbeveling inzake smaakstoffen in elektronische sigaretten",
)
_M2035_16 = _mx(
    "2035_16",
    "Decision",
    "M (2035) 16",
    "Beschikking tot wijziging van de Beschikking M (2012) 4 inzake de wederzijdse erkenning van vaarbewijzen voor de pleziervaart, zoals gewijzigd bij Beschikking M (2027) 11",
)
_M2035_17 = _mx(
    "2035_17",
    "Recommendation",
    "M (2035) 17",
    "Aanbeveling betreffende veilige asbestsanering bij grensoverschrijdende bouwprojecten",
)
_R1064 = ins(
    "Aanbeveling 1064/2 over de onlineverkoop van e-sigaretten aan jongeren", "Recommendation"
)
SPECS[_X05] = (
    [
        sg(),
        bu(),
        cvm("COMITÉ VAN MINISTERS"),
        _M2035_3,
        _mx("2029_17", "Decision", "M (2029) 17"),
        _mx("2033_9", "Decision", "M (2033) 9"),
        _OV_VC,
        _DC_LV,
        _M2035_6,
        _mx("2019_8", "Recommendation", "Aanbeveling M (2019) 8"),
        _M2035_7,
        _M2035_14,
        _M2035_15,
        _mx("2021_17", "Recommendation", "Aanbeveling M (2021) 17"),
        _M2035_16,
        _mx("2012_4", "Decision", "M (2012) 4"),
        _mx("2027_11", "Decision", "M (2027) 11"),
        _M2035_17,
        _WG_AS,
        _DC_LM,
        Ent(_iri(_DECL_GE_LABEL), "Declaration", _DECL_GE_LABEL, [_DECL_GE_LABEL]),
        region(GRAND_EST, "Grand Est", "Région Grand Est"),
        Ent(_iri(_DECL_RV_LABEL), "Declaration", _DECL_RV_LABEL, [_DECL_RV_LABEL]),
        country(BE, "België", "Koninkrijk België"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg"),
        _DG,
        Ent(_iri(_AGR_WHO_LABEL), "Agreement", _AGR_WHO_LABEL, [_AGR_WHO_LABEL]),
        _WHO_EU,
        _WHO,
        bp("BENELUX-PARLEMENT"),
        Ent(_iri(_R1061_LABEL), "Recommendation", _R1061_LABEL, [_R1061_LABEL]),
        _R1064,
        _mx("2034_11", "Recommendation", "Aanbeveling M (2034) 11"),
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        # Section A: every M-number → the Committee (seed rule), the `d.d.` dates; "tot
        # wijziging van … zoals gewijzigd bij" gives both amendments (set K); note lines
        # "Deze … vervangt" (sets F, L) and a note line naming a group and its parent (set L).
        *[
            Rel(_M[k], PASSED, I_CVM, ev)
            for k, ev in (
                ("2035_3", "M (2035) 3    Beschikking"),
                ("2029_17", "M (2035) 3    Beschikking"),
                ("2033_9", "M (2035) 3    Beschikking"),
                ("2035_6", "M (2035) 6    Beschikking"),
                ("2019_8", "Deze beschikking vervangt"),
                ("2035_7", "M (2035) 7    Aanbeveling"),
                ("2035_14", "M (2035) 14   Beschikking"),
                ("2035_15", "M (2035) 15   Aanbeveling"),
                ("2021_17", "Deze aanbeveling vervangt"),
                ("2035_16", "M (2035) 16   Beschikking"),
                ("2012_4", "M (2035) 16   Beschikking"),
                ("2027_11", "M (2035) 16   Beschikking"),
                ("2035_17", "M (2035) 17   Aanbeveling"),
            )
        ],
        *[
            Rel(_M[k], DATE, d, ev)
            for k, d, ev in (
                ("2035_3", "2035-03-19", "M (2035) 3    Beschikking"),
                ("2035_6", "2035-06-18", "M (2035) 6    Beschikking"),
                ("2035_7", "2035-06-18", "M (2035) 7    Aanbeveling"),
                ("2035_14", "2035-12-10", "M (2035) 14   Beschikking"),
                ("2035_15", "2035-12-10", "M (2035) 15   Aanbeveling"),
                ("2035_16", "2035-12-10", "M (2035) 16   Beschikking"),
                ("2035_17", "2035-12-10", "M (2035) 17   Aanbeveling"),
            )
        ],
        Rel(_M["2035_3"], AMENDS, _M["2029_17"], "M (2035) 3    Beschikking"),
        Rel(_M["2033_9"], AMENDS, _M["2029_17"], "M (2035) 3    Beschikking"),
        Rel(_OV_VC.iri, SUB, _DC_LV.iri, "De uitvoering wordt gevolgd door het Benelux-overleg"),
        Rel(_M["2035_6"], AMENDS, _M["2019_8"], "Deze beschikking vervangt"),
        Rel(_M["2035_15"], AMENDS, _M["2021_17"], "Deze aanbeveling vervangt"),
        Rel(_M["2035_16"], AMENDS, _M["2012_4"], "M (2035) 16   Beschikking"),
        Rel(_M["2027_11"], AMENDS, _M["2012_4"], "M (2035) 16   Beschikking"),
        Rel(_WG_AS.iri, SUB, _DC_LM.iri, "De Benelux-werkgroep Asbest, die ressorteert"),
        # Section B: the parties of each title and the signing dates; a region "is … tot de
        # verklaring toegetreden" (set S; the accession's date is not the instrument's).
        Rel(_iri(_DECL_GE_LABEL), PART, GRAND_EST, "Intentieverklaring tussen de Région Grand Est"),
        Rel(_iri(_DECL_GE_LABEL), PART, BU, "Intentieverklaring tussen de Région Grand Est"),
        Rel(
            _iri(_DECL_GE_LABEL),
            DATE,
            "2035-04-02",
            "Intentieverklaring tussen de Région Grand Est",
        ),
        *[
            Rel(_iri(_DECL_RV_LABEL), PART, c, "Verklaring van Den Haag over een rookvrije")
            for c in (BE, NL, LU)
        ],
        Rel(_iri(_DECL_RV_LABEL), DATE, "2035-12-10", "Verklaring van Den Haag over een rookvrije"),
        Rel(_iri(_DECL_RV_LABEL), PART, _DG.iri, "De Duitstalige Gemeenschap is op dezelfde datum"),
        Rel(_iri(_AGR_WHO_LABEL), PART, I_SG, "Administratieve afspraak tussen het Secretariaat"),
        Rel(
            _iri(_AGR_WHO_LABEL),
            PART,
            _WHO_EU.iri,
            "Administratieve afspraak tussen het Secretariaat",
        ),
        Rel(
            _iri(_AGR_WHO_LABEL),
            DATE,
            "2035-12-10",
            "Administratieve afspraak tussen het Secretariaat",
        ),
        Rel(_WHO_EU.iri, SUB, _WHO.iri, "Administratieve afspraak tussen het Secretariaat"),
        # Section C: the heading names the issuing body (set K); "aangenomen op".
        Rel(_iri(_R1061_LABEL), PASSED, I_BP, "Aanbeveling 1061/2 over de pleziervaart"),
        Rel(_iri(_R1061_LABEL), DATE, "2035-03-17", "Aanbeveling 1061/2 over de pleziervaart"),
        Rel(_R1064.iri, PASSED, I_BP, "Aanbeveling 1064/2 over de onlineverkoop"),
        Rel(_R1064.iri, DATE, "2035-06-09", "Aanbeveling 1064/2 over de onlineverkoop"),
        # The rectification's right date (set K); the wrong one names nothing.
        Rel(_M["2034_11"], PASSED, I_CVM, "is bij Aanbeveling M (2034) 11"),
        Rel(_M["2034_11"], DATE, "2034-12-11", "is bij Aanbeveling M (2034) 11"),
    ],
)

# --- x06: minutes of the 5th meeting of the Benelux-werkgroep Asbest, 4 March 2036 -----------
_X06 = "x06_minutes_asbestos_working_group"
_MEET5 = event(
    "5e vergadering Benelux-werkgroep Asbest 4 maart 2036",
    "5e vergadering",
    slug="vergadering-benelux-werkgroep-asbest-2036-03-04",
)
_MEET4 = event(
    "4e vergadering Benelux-werkgroep Asbest 12 november 2035",
    "4e vergadering",
    slug="vergadering-benelux-werkgroep-asbest-2035-11-12",
)
_MEET6 = event(
    "6e vergadering Benelux-werkgroep Asbest 16 juni 2036",
    "6e vergadering",
    slug="vergadering-benelux-werkgroep-asbest-2036-06-16",
)
_FOD_WASO = body("FOD Werkgelegenheid, Arbeid en Sociaal Overleg")
_NLA = body("Nederlandse Arbeidsinspectie")
_ITM = body("Inspection du travail et des mines")
_MAGS = org("Ministerium für Arbeit, Gesundheit und Soziales Nordrhein-Westfalen")
_EUOSHA = org(
    "Europees Agentschap voor veiligheid en gezondheid op het werk",
    "Europees Agentschap voor veiligheid en gezondheid op het werk",
    "EU-OSHA",
)
_M2035_17_X06 = Ent(
    _M["2035_17"],
    "Recommendation",
    "M(2035)17",
    [
        "Aanbeveling M (2035) 17 betreffende veilige asbestsanering bij grensoverschrijdende bouwprojecten",
        "Aanbeveling M (2035) 17",
    ],
)
_SUBWG = wg("Subwerkgroep Asbestinventaris")
_SLIC = wg(
    "Comité van hoge functionarissen van de arbeidsinspectie",
    "Comité van hoge functionarissen van de arbeidsinspectie",
    "SLIC",
)
SPECS[_X06] = (
    [
        _WG_AS,
        _MEET5,
        sg(),
        bu(),
        person("Griet Vandamme"),
        person("Koen Peeters", "Peeters"),
        person("Marloes Brink"),
        person("Hanna de Groot"),
        person("Jean Schmit"),
        person("Sophie Lambert"),
        person("Jens Hoffmann", "Hoffmann"),
        person("Tom Wouters"),
        person("Isabelle Marchal", "Marchal"),
        _OVAM,
        _FOD_WASO,
        _NLA,
        _IENW,
        _ITM,
        _SPW,
        _MAGS,
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "Nordrhein-Westfalen"),
        _LB,
        _ADE,
        _EUOSHA,
        _MEET4,
        _M2035_17_X06,
        cvm("Comité van Ministers"),
        act("Richtlijn (EU) 2023/2668"),
        act("Richtlijn 2009/148/EG"),
        country(BE, "België"),
        _SUBWG,
        org("Ascert"),
        _DG,
        _DC_LM,
        _SLIC,
        ec(),
        _MEET6,
        country(LU, "Luxemburg"),
    ],
    [
        # The attendance list (set P): members and the observer take part in the meeting and
        # in the group; the secretariat and the guest at item 4 in the meeting only; the
        # excused members in the group only. The chair's role gives nothing more.
        *[
            Rel(_MEET5.iri, PART, x.iri, ev)
            for x, ev in (
                (_OVAM, "Griet Vandamme (OVAM"),
                (_FOD_WASO, "Koen Peeters (FOD"),
                (_NLA, "Marloes Brink (Nederlandse"),
                (_IENW, "Hanna de Groot (Ministerie"),
                (_ITM, "Jean Schmit (Inspection"),
                (_SPW, "Sophie Lambert (Service"),
                (_MAGS, "Jens Hoffmann (Ministerium"),
                (_EUOSHA, "Isabelle Marchal (Europees"),
            )
        ],
        Rel(_MEET5.iri, PART, I_SG, "Tom Wouters (Secretariaat-Generaal)"),
        *[
            Rel(_WG_AS.iri, PART, x.iri, ev)
            for x, ev in (
                (_OVAM, "Griet Vandamme (OVAM"),
                (_FOD_WASO, "Koen Peeters (FOD"),
                (_NLA, "Marloes Brink (Nederlandse"),
                (_IENW, "Hanna de Groot (Ministerie"),
                (_ITM, "Jean Schmit (Inspection"),
                (_SPW, "Sophie Lambert (Service"),
                (_MAGS, "Jens Hoffmann (Ministerium"),
                (_LB, "Leefmilieu Brussel; Administration"),
                (_ADE, "Leefmilieu Brussel; Administration"),
            )
        ],
        Rel(I_SG, SUB, BU, "Secretariaat-Generaal van de Benelux Unie, Brussel"),
        Rel(_M["2035_17"], PASSED, I_CVM, "De voorzitter meldt dat het Comité van Ministers"),
        Rel(_M["2035_17"], DATE, "2035-12-10", "De voorzitter meldt dat het Comité van Ministers"),
        # EU acts amending EU acts: no eli:amends (set J).
        Rel(_NLA.iri, COOP, _ITM.iri, "De Nederlandse Arbeidsinspectie werkt"),
        Rel(_SUBWG.iri, SUB, _WG_AS.iri, "De Subwerkgroep Asbestinventaris, die onder"),
        *[Rel(_SUBWG.iri, PART, x.iri, "Daarin hebben OVAM") for x in (_OVAM, _IENW, _SPW)],
        # "wordt afgestemd met Ascert" gives none (set L); the German-speaking Community only
        # interested: nothing; NRW "blijft … als waarnemer volgen" (the region itself the
        # subject).
        Rel(_WG_AS.iri, PART, NRW, "De heer Hoffmann meldt dat"),
        Rel(_WG_AS.iri, SUB, _DC_LM.iri, "De werkgroep legt haar jaarverslag 2035"),
        # A decision to cooperate (settled, set J); "X van de Europese Commissie" (set F).
        Rel(_WG_AS.iri, COOP, _SLIC.iri, "De werkgroep gaat samenwerken met"),
        Rel(_SLIC.iri, SUB, EC, "De werkgroep gaat samenwerken met"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
