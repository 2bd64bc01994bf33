# ruff: noqa: E501, F405  (the annotation tables hold long Dutch and French titles verbatim)
"""Gold standard of development set C (tests/heldout/gold/c01…c06).

Set C is a development set, like set A (see README.md). The tables below were written by
reading the six documents, without looking at the extractor's code or output, and without
opening set B. The offset helpers and the JSON writer are those of ``_spans.py`` (set A),
which in turn imports the matching rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_c.py              # write gold/c01…c06.json, verify every span
    python tests/heldout/_spans_c.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent


HDF = "id/region/hauts-de-france"
EC = "id/organisation/europese-commissie"
GOLD = HERE / "gold"


def country(label: str, *names: str) -> Any:
    return Ent(f"id/country/{_slug(label)}", "Country", label, list(names) or [label])


def cell(doc: str, context: str, surface: str) -> tuple[int, int]:
    """The span of ``surface`` inside the unique stored snippet ``context`` (table cells)."""
    text = read_text(doc)
    assert text.count(context) == 1, (doc, context)
    begin = text.index(context) + context.index(surface)
    return (begin, begin + len(surface))


SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# Entities shared by several documents (same real-world thing, same IRI).
_AT = country("Oostenrijk")
_EE = country("Estland", "Estland", "Republiek Estland")
_LV = country("Letland", "Letland", "Republiek Letland")
_LT = country("Litouwen", "Litouwen", "Republiek Litouwen")
_M2017_12_IRI = "id/instrument/m-2017-12"
_T_DIPLOMA = "id/instrument/verdrag-betreffende-de-automatische-erkenning-van-kwalificaties-van-hoger-onderwijs"
_UO_ANPR = "id/instrument/uitvoeringsovereenkomst-inzake-anpr"
_GWP_2025 = "id/instrument/gemeenschappelijk-werkprogramma-2025-2028"

# --- c01: news page, committee meeting of the Benelux Parliament, 28 November 2025 ------
_C01 = "c01_news_committee"
_WG_DEM = wg(
    "Commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
    "commissie Duurzaamheid, Energie en Mobiliteit",
)
_WG_PENTA = Ent(
    "id/working-group/pentalateraal-energieforum",
    "WorkingGroup",
    "Pentalateraal Energieforum",
    ["Pentalateraal Energieforum"],
)
_R_H2 = ins(
    "Ontwerpaanbeveling over een grensoverschrijdend waterstofnetwerk",
    "Recommendation",
    "ontwerpaanbeveling over een grensoverschrijdend waterstofnetwerk",
)
_R_OV = ins(
    "Ontwerpaanbeveling over grensoverschrijdend openbaar vervoer",
    "Recommendation",
    "ontwerpaanbeveling over grensoverschrijdend openbaar vervoer",
)
_D_REIS = ins(
    "Beschikking over één grensoverschrijdend reisbewijs",
    "Decision",
    "beschikking over één grensoverschrijdend reisbewijs",
)
_R_948 = Ent(
    "id/instrument/aanbeveling-948-2-over-grensoverschrijdend-telewerk",
    "Recommendation",
    "Aanbeveling 948/2 over grensoverschrijdend telewerk",
    ["aanbeveling 948/2 over grensoverschrijdend telewerk"],
    extra_names=["aanbeveling 948/2"],
)
_R_951 = Ent(
    "id/instrument/aanbeveling-951-2-betreffende-de-bestrijding-van-fraude-met-uitzendarbeid",
    "Recommendation",
    "Aanbeveling 951/2 betreffende de bestrijding van fraude met uitzendarbeid",
    ["aanbeveling 951/2 betreffende de bestrijding van fraude met uitzendarbeid"],
    extra_names=["aanbeveling 951/2"],
)
_R_953 = Ent(
    "id/instrument/aanbeveling-953-2-over-de-wederzijdse-erkenning-van-rijbewijsbeperkingen",
    "Recommendation",
    "Aanbeveling 953/2 over de wederzijdse erkenning van rijbewijsbeperkingen",
    ["aanbeveling 953/2 over de wederzijdse erkenning van rijbewijsbeperkingen"],
    extra_names=["aanbeveling 953/2"],
)
_T_BIA = Ent(
    "id/instrument/verdrag-inzake-de-benelux-interparlementaire-assemblee",
    "Treaty",
    "Verdrag inzake de Benelux Interparlementaire Assemblee",
    ["Verdrag van 20 januari 2015 inzake de Benelux Interparlementaire Assemblee"],
)
_EV_COMM = event(
    "Vergadering commissie Duurzaamheid, Energie en Mobiliteit 28 november 2025",
    "commissievergadering",
    slug="vergadering-commissie-duurzaamheid-energie-en-mobiliteit-2025-11-28",
)
_EV_DEC = event(
    "Plenaire zitting Beneluxparlement 12-13 december 2025",
    "plenaire zitting van 12 en 13 december 2025",
    slug="plenaire-zitting-benelux-parlement-2025-12",
)
_EV_JUN = event(
    "Plenaire zitting Beneluxparlement 20-21 juni 2025",
    "vorige plenaire zitting",
    slug="plenaire-zitting-benelux-parlement-2025-06",
)
SPECS[_C01] = (
    [
        Ent(
            I_BP,
            "Institution",
            "Benelux-Parlement",
            [
                "Beneluxparlement",
                "Parlement",
                "Raadgevende Interparlementaire Benelux-Raad",
                "Benelux Interparlementaire Assemblee",
            ],
            not_in=["Vlaams Parlement"],
        ),
        Ent(
            I_CVM,
            "Institution",
            "Comité van Ministers",
            ["Benelux Comité van Ministers", "Comité van Ministers", "Comité"],
        ),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        _WG_DEM,
        _WG_PENTA,
        _R_H2,
        _R_OV,
        _D_REIS,
        _R_948,
        _R_951,
        _R_953,
        _T_BIA,
        Ent(BE, "Country", "België", ["België"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(DE, "Country", "Duitsland", ["Duitsland"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
        _AT,
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Noordse Raad"]),
        org("Fluxys"),
        org("Gasunie"),
        org("Vlaams Parlement", cls="NationalBody"),
        _EV_COMM,
        _EV_DEC,
        _EV_JUN,
        person("Claude Haagen"),
        person("Senne Dewinter", "Dewinter"),
        person("Jeanine Mertens-Huijbers"),
        person("Anne Collin"),
        person("Tom Ongena"),
        person("Jan Keizer"),
        person("Gusty Graas"),
        person("Karin Brouwers"),
        person("Frans Weekers"),
    ],
    [
        Rel(_WG_DEM.iri, SUB, I_BP, "De commissie Duurzaamheid, Energie en Mobiliteit"),
        Rel(I_SG, SUB, BU, "De commissie Duurzaamheid, Energie en Mobiliteit"),
        *[Rel(_WG_PENTA.iri, PART, c, "waarin ook Duitsland") for c in (DE, FR, _AT.iri)],
        Rel(_D_REIS.iri, PASSED, I_CVM, "De commissie vraagt het Benelux Comité"),
        Rel(_R_948.iri, PASSED, I_BP, "Op die zitting komt ook het antwoord"),
        Rel(_R_951.iri, PASSED, I_BP, "bestrijding van fraude met uitzendarbeid"),
        Rel(_R_953.iri, PASSED, I_BP, "wederzijdse erkenning van rijbewijsbeperkingen"),
        Rel(_T_BIA.iri, DATE, "2015-01-20", "Verdrag van 20 januari 2015"),
        Rel(_EV_COMM.iri, PART, BA, "Ook een delegatie van de Baltische Assemblee"),
        Rel(I_BP, COOP, BA, "werkt sinds 2022 structureel samen"),
        Rel(I_BP, COOP, NR, "werkt sinds 2022 structureel samen"),
    ],
)

# --- c02: annual plan 2026, chapter 3 (internal market and economy) ------------------------
_C02 = "c02_annual_plan_market"
_M2017_12 = Ent(_M2017_12_IRI, "Decision", "M(2017)12", ["M (2017) 12", "M(2017)12"])
_D_WIJZ_ECMR = ins(
    "Beschikking houdende wijziging van beschikking M(2017)12",
    "Decision",
    "beschikking houdende wijziging van beschikking M(2017)12",
)
_WG_ECMR = wg("Benelux-werkgroep e-CMR")
_WG_TLB = wg(
    "Werkgroep Territoriale Leveringsbeperkingen", "werkgroep Territoriale Leveringsbeperkingen"
)
_WG_CONS = wg("Benelux-netwerk Handhaving Consumentenrecht")
_WG_DIPL = wg(
    "Benelux-werkgroep Diplomaerkenning", "Benelux-werkgroep Diplomaerkenning", "Diplomaerkenning"
)
_V_TLB = ins(
    "Benelux-verklaring over territoriale leveringsbeperkingen van 2022",
    "Declaration",
    "Benelux-verklaring over territoriale leveringsbeperkingen",
)
_R_WEB = ins(
    "Aanbeveling over grensoverschrijdende handhaving bij webwinkels",
    "Recommendation",
    "aanbeveling over grensoverschrijdende handhaving bij webwinkels",
)
_M2015_3 = m_number(
    "M(2015)3",
    "Decision",
    "Beschikking M (2015) 3 inzake de automatische niveauerkenning van diploma's hoger onderwijs",
)
_CZ, _HR, _GRC, _SI = (
    country("Tsjechië"),
    country("Kroatië"),
    country("Griekenland"),
    country("Slovenië"),
)
_IRU = org("International Road Transport Union", "International Road Transport Union", "IRU")
_ACM = org("Autoriteit Consument & Markt", cls="NationalBody")
_FOD_ECO = org("FOD Economie", cls="NationalBody")
_DPC = org("Direction de la protection des consommateurs", cls="NationalBody")
SPECS[_C02] = (
    [
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal", "College"],
        ),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        _M2017_12,
        _D_WIJZ_ECMR,
        _M2015_3,
        _V_TLB,
        _R_WEB,
        Ent(
            _T_DIPLOMA,
            "Treaty",
            "Verdrag betreffende de automatische erkenning van kwalificaties van hoger onderwijs",
            ["verdrag met Estland, Letland en Litouwen"],
        ),
        act("Verordening (EU) 2020/1056"),
        act("Richtlijn 2005/36/EG"),
        Ent(
            _WG_ECMR.iri,
            "WorkingGroup",
            _WG_ECMR.label,
            ["Benelux-werkgroep e-CMR"],
            extra=[cell(_C02, "| e-CMR               |", "e-CMR")],
            extra_names=["e-CMR"],
        ),
        _WG_TLB,
        _WG_CONS,
        _WG_DIPL,
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
        _CZ,
        _HR,
        _GRC,
        _SI,
        _EE,
        _LV,
        _LT,
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        _IRU,
        _ACM,
        _FOD_ECO,
        _DPC,
    ],
    [
        *[
            Rel(x, SUB, I_CSG, "vallen onder het College")
            for x in (_WG_ECMR.iri, _WG_TLB.iri, _WG_DIPL.iri)
        ],
        Rel(_WG_CONS.iri, SUB, I_CVM, "dat rechtstreeks aan"),
        Rel(_M2017_12_IRI, PASSED, I_CVM, "Sinds Beschikking M (2017) 12"),
        Rel(_D_WIJZ_ECMR.iri, PASSED, I_CVM, "Te nemen besluit"),
        Rel(_D_WIJZ_ECMR.iri, AMENDS, _M2017_12_IRI, "Te nemen besluit"),
        Rel(_M2015_3.iri, PASSED, I_CVM, "Na de Beschikking M (2015) 3"),
        Rel(_WG_ECMR.iri, PART, FR, "waaraan\nook Frankrijk"),
        Rel(_WG_ECMR.iri, PART, _IRU.iri, "waaraan\nook Frankrijk"),
        Rel(_V_TLB.iri, DATE, "2022", "zet het werk voort"),
        *[Rel(_V_TLB.iri, PART, c.iri, "zet het werk voort") for c in (_CZ, _HR, _GRC, _SI)],
        *[Rel(_WG_CONS.iri, PART, x.iri, "brengt de Autoriteit") for x in (_ACM, _FOD_ECO, _DPC)],
        Rel(_T_DIPLOMA, DATE, "2021", "Na de Beschikking M (2015) 3"),
        *[Rel(_T_DIPLOMA, PART, c.iri, "Na de Beschikking M (2015) 3") for c in (_EE, _LV, _LT)],
        Rel(_WG_DIPL.iri, PART, NRW, "neemt als waarnemer deel"),
    ],
)

# --- c03: letter to parliament, Dutch presidency 2023 and the Benelux summit ---------------
_C03 = "c03_letter_summit"
_EV_TOP = event("Benelux-top 2023", "Benelux-top", slug="benelux-top-2023")
_V_TOP = ins(
    "Gemeenschappelijke politieke verklaring over de toekomst van de Benelux-samenwerking",
    "Declaration",
)
_V_DRUGS = ins(
    "Benelux-verklaring over de aanpak van drugscriminaliteit",
    "Declaration",
)
_D_AMBU = Ent(
    "id/instrument/beschikking-over-de-grensoverschrijdende-inzet-van-ambulances",
    "Decision",
    "Beschikking over de grensoverschrijdende inzet van ambulances",
    [
        "Beschikking van het Comité van Ministers inzake de grensoverschrijdende inzet van ambulances"
    ],
)
_AK_NORDIC = ins(
    "Administratief akkoord tussen de Benelux Unie en de Noordse Raad van Ministers over digitalisering",
    "Agreement",
    "administratief akkoord tussen de Benelux Unie en de Noordse Raad van Ministers over samenwerking op het gebied van digitalisering",
)
_R_LEV = ins(
    "Aanbeveling over de wederzijdse erkenning van rijbewijzen voor lichte elektrische voertuigen",
    "Recommendation",
    "aanbeveling over de wederzijdse erkenning van rijbewijzen voor lichte elektrische voertuigen",
)
_NRVM = org("Noordse Raad van Ministers")
_WG_HAZEL = wg("Hazeldonkoverleg")
SPECS[_C03] = (
    [
        org(
            "Tweede Kamer",
            "Tweede Kamer der Staten-Generaal",
            "uw Kamer",
            cls="NationalBody",
        ),
        Ent(
            I_CVM,
            "Institution",
            "Comité van Ministers",
            ["Benelux Comité van Ministers", "Comité van Ministers"],
        ),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        Ent(I_BP, "Institution", "Benelux-Parlement", ["Benelux-Parlement"]),
        _EV_TOP,
        _V_TOP,
        _V_DRUGS,
        Ent(
            _GWP_2025,
            "LegalInstrument",
            "Gemeenschappelijk Werkprogramma 2025-2028",
            ["Gemeenschappelijk Werkprogramma 2025-2028"],
        ),
        Ent(
            _UO_ANPR,
            "Agreement",
            "Uitvoeringsovereenkomst inzake ANPR",
            [
                "Uitvoeringsovereenkomst tussen België, Nederland en Luxemburg inzake de uitwisseling van ANPR-gegevens"
            ],
        ),
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        _D_AMBU,
        _AK_NORDIC,
        _R_LEV,
        _NRVM,
        _WG_HAZEL,
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(BE, "Country", "België", ["België"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen", "NRW"]),
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"]),
        Ent(HDF, "NeighbouringRegion", "Hauts-de-France", ["Hauts-de-France"]),
        person("Mark Rutte", "Rutte"),
        person("Alexander De Croo", "De Croo"),
        person("Luc Frieden", "Frieden"),
        person("Frans Weekers", "Weekers"),
        person("Hendrik Wüst", "Wüst"),
        person("Hanke Bruins Slot", "H.G.J. Bruins Slot"),
    ],
    [
        Rel(_EV_TOP.iri, PART, NL, "Aan de top namen"),
        Rel(_EV_TOP.iri, PART, NRW, "was als gast bij de top aanwezig"),
        Rel(_V_TOP.iri, DATE, "2023-12-04", "De regeringsleiders ondertekenden"),
        Rel(_V_DRUGS.iri, DATE, "2023-12-04", "Tevens werd de Benelux-verklaring"),
        Rel(_V_DRUGS.iri, PART, FR, "Tevens werd de Benelux-verklaring"),
        Rel(_UO_ANPR, DATE, "2023-06-13", "op 13 juni 2023 de Uitvoeringsovereenkomst"),
        *[
            Rel(_UO_ANPR, PART, c, "op 13 juni 2023 de Uitvoeringsovereenkomst")
            for c in (BE, NL, LU)
        ],
        Rel(_D_AMBU.iri, PASSED, I_CVM, "inzet van ambulances, vastgesteld"),
        Rel(_D_AMBU.iri, DATE, "2023-10-18", "inzet van ambulances, vastgesteld"),
        Rel(_AK_NORDIC.iri, PART, BU, "een administratief akkoord"),
        Rel(_AK_NORDIC.iri, PART, _NRVM.iri, "een administratief akkoord"),
        Rel(_R_LEV.iri, PASSED, I_CVM, "stelde daarnaast een aanbeveling"),
        Rel(BU, COOP, NRW, "De Benelux Unie werkt sinds 2008"),
        Rel(BU, COOP, GR, "Ook de samenwerking met de Grande Région"),
        Rel(BU, COOP, HDF, "Ook de samenwerking met de Grande Région"),
        Rel(_WG_HAZEL.iri, PART, FR, "Het Hazeldonkoverleg, waarin"),
    ],
)

# --- c04: evaluation report, case study on the digital consignment note (e-CMR) ------------
_C04 = "c04_evaluation_ecmr"
_CMR = act(
    "CMR-Verdrag",
    "CMR-Verdrag",
    "Verdrag betreffende de overeenkomst tot internationaal vervoer van goederen over de weg (CMR)",
)
_PROT = act("Aanvullend Protocol bij het CMR-Verdrag")
_EFTI = act("Verordening (EU) 2020/1056", "Verordening (EU) 2020/1056", "eFTI-verordening")
_ITS = act("Richtlijn 2010/40/EU")
_M2017_12b = Ent(_M2017_12_IRI, "Decision", "M(2017)12", ["M(2017)12"])
_M2020_19 = Ent("id/instrument/m-2020-19", "Decision", "M(2020)19", ["M (2020) 19"])
_WG_DV = wg("Benelux-werkgroep Digitale Vrachtbrief")
_ILT = org(
    "Inspectie Leefomgeving en Transport",
    "Inspectie Leefomgeving en Transport",
    "ILT",
    cls="NationalBody",
)
_FOD_MOB = org("FOD Mobiliteit en Vervoer", cls="NationalBody")
_POL_LU = org("Police grand-ducale", cls="NationalBody")
_WG_DTLF = wg(
    "Digital Transport and Logistics Forum", "Digital Transport and Logistics Forum", "DTLF"
)
_IV_ECMR = ins(
    "Intentieverklaring inzake de digitale vrachtbrief",
    "Declaration",
    "Intentieverklaring inzake de digitale vrachtbrief",
    "intentieverklaring",
)
SPECS[_C04] = (
    [
        _CMR,
        _PROT,
        _EFTI,
        _ITS,
        _M2017_12b,
        _M2020_19,
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        _WG_DV,
        _WG_DTLF,
        _IV_ECMR,
        _ILT,
        _FOD_MOB,
        _POL_LU,
        org("Transport en Logistiek Nederland", "Transport en Logistiek Nederland", "TLN"),
        org("Febetra"),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie", "Commissie"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        Ent(BE, "Country", "België", ["België", "Belgié"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
    ],
    [
        Rel(_M2017_12_IRI, PASSED, I_CVM, "Met Beschikking M(2017)12"),
        Rel(_M2020_19.iri, PASSED, I_CVM, "Met Beschikking M(2017)12"),
        Rel(_M2020_19.iri, AMENDS, _M2017_12_IRI, "Met Beschikking M(2017)12"),
        Rel(_M2020_19.iri, DATE, "2020", "Met Beschikking M(2017)12"),
        *[
            Rel(_WG_DV.iri, PART, x, "De voorbereiding lag bij")
            for x in (_ILT.iri, _FOD_MOB.iri, _POL_LU.iri)
        ],
        Rel(_WG_DV.iri, PART, FR, "neemt Frankrijk als waarnemer deel"),
        Rel(_WG_DTLF.iri, SUB, EC, "een expertgroep van de Commissie"),
        Rel(_IV_ECMR.iri, PART, FR, "Frankrijk sloot in 2021"),
        Rel(_IV_ECMR.iri, DATE, "2021-10-14", "ondertekend op"),
    ],
)

# --- c05: index of the Benelux Publicatieblad 2021-2023, Dutch and French ------------------
_C05 = "c05_journal_index"
_M2022_9 = m_number(
    "M(2022)9",
    "Decision",
    "M (2022) 9",
    "Beschikking van het Comité van Ministers van de Benelux Unie houdende wijziging van de Beschikking M (2020) 14 inzake de erkenning van de pyrotechnische bekwaamheid (pyropas)",
    "Décision du Comité de Ministres de l'Union Benelux modifiant la Décision M (2020) 14 relative à la reconnaissance des compétences en matière de pyrotechnie",
)
_M2020_14 = m_number("M(2020)14", "Decision", "M (2020) 14")
_M2021_11 = m_number(
    "M(2021)11",
    "Decision",
    "M (2021) 11",
    "Beschikking M(2021)11 van het Comité van Ministers tot vaststelling van een gemeenschappelijk legitimatiebewijs voor hulpverleners bij grensoverschrijdende inzet",
)
_M2023_2 = m_number(
    "M(2023)2",
    "Decision",
    "M(2023)2",
    "Beschikking van het Comité van Ministers tot wijziging van Beschikking M(2020)5 inzake de grensoverschrijdende uitwisseling van gezondheidsgegevens (eHealth)",
)
_M2020_5 = m_number("M(2020)5", "Decision", "M(2020)5")
_M2023_6 = m_number(
    "M(2023)6",
    "Decision",
    "Décision du Comité de Ministres Benelux M (2023) 6 relative à la libre circulation des gens du voyage",
    "Beschikking inzake het vrije verkeer van woonwagenbewoners",
)
_M2021_15 = m_number(
    "M(2021)15",
    "Recommendation",
    "M (2021) 15",
    "Aanbeveling van het Comité van Ministers van de Benelux Unie betreffende de samenwerking op het gebied van crisisbeheersing",
)
_M2022_4 = m_number(
    "M(2022)4",
    "Recommendation",
    "Aanbeveling M (2022) 4 betreffende grensoverschrijdende leerwerktrajecten",
)
_M2023_8 = m_number(
    "M(2023)8",
    "Recommendation",
    "Recommandation du Comité de Ministres Benelux M(2023)8 concernant la reconnaissance mutuelle des permis de conduire pour les véhicules électriques légers",
)
_DIPLOMA_TITLE = (
    "Verdrag tussen de Benelux-staten en de Republiek Estland, de Republiek Letland en de "
    "Republiek Litouwen betreffende de automatische erkenning van kwalificaties van hoger onderwijs"
)
SPECS[_C05] = (
    [
        Ent(
            I_SG,
            "Institution",
            "Secretariaat-Generaal",
            ["Secretariaat-Generaal", "Secrétariat général"],
        ),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie", "Union Benelux"]),
        Ent(
            I_CVM,
            "Institution",
            "Comité van Ministers",
            ["Comité van Ministers", "Comité de Ministres"],
        ),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
        _M2022_9,
        _M2020_14,
        _M2021_11,
        _M2023_2,
        _M2020_5,
        _M2023_6,
        _M2021_15,
        _M2022_4,
        _M2023_8,
        Ent(
            _T_DIPLOMA,
            "Treaty",
            "Verdrag betreffende de automatische erkenning van kwalificaties van hoger onderwijs",
            [_DIPLOMA_TITLE],
        ),
        Ent(
            _UO_ANPR,
            "Agreement",
            "Uitvoeringsovereenkomst inzake ANPR",
            ["Uitvoeringsovereenkomst tussen België, Nederland en Luxemburg inzake ANPR"],
        ),
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        _EE,
        _LV,
        _LT,
        Ent(BE, "Country", "België", ["België"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        Rel(I_CVM, SUB, BU, "Comité van Ministers van de Benelux Unie houdende"),
        Rel(_M2022_9.iri, AMENDS, _M2020_14.iri, "houdende\n   wijziging"),
        Rel(_M2023_2.iri, AMENDS, _M2020_5.iri, "tot wijziging van Be-"),
        *[
            Rel(x.iri, PASSED, I_CVM, snippet)
            for x, snippet in (
                (_M2022_9, "houdende\n   wijziging"),
                (_M2020_14, "houdende\n   wijziging"),
                (_M2021_11, "Beschikking M(2021)11 van"),
                (_M2023_2, "tot wijziging van Be-"),
                (_M2020_5, "tot wijziging van Be-"),
                (_M2023_6, "Décision du Comité de Ministres Benelux M (2023) 6"),
                (_M2021_15, "crisisbeheersing, van"),
                (_M2022_4, "grensoverschrijdende leerwerktrajecten"),
                (_M2023_8, "Recommandation du Comité"),
            )
        ],
        Rel(_M2022_9.iri, DATE, "2022-12-01", "houdende\n   wijziging"),
        Rel(_M2021_11.iri, DATE, "2021-06-30", "Beschikking M(2021)11 van"),
        Rel(_M2023_2.iri, DATE, "2023-03-15", "tot wijziging van Be-"),
        Rel(_M2023_6.iri, DATE, "2023-09-20", "Décision du Comité de Ministres Benelux M (2023) 6"),
        Rel(_M2021_15.iri, DATE, "2021-12-08", "crisisbeheersing, van"),
        Rel(_M2022_4.iri, DATE, "2022-06-22", "grensoverschrijdende leerwerktrajecten"),
        Rel(_M2023_8.iri, DATE, "2023-12-06", "Recommandation du Comité"),
        Rel(_T_DIPLOMA, DATE, "2021-12-10", "Verdrag tussen de Benelux-staten"),
        *[
            Rel(_T_DIPLOMA, PART, c.iri, "Verdrag tussen de Benelux-staten")
            for c in (_EE, _LV, _LT)
        ],
        Rel(_UO_ANPR, DATE, "2023-06-13", "Uitvoeringsovereenkomst tussen België"),
        *[Rel(_UO_ANPR, PART, c, "Uitvoeringsovereenkomst tussen België") for c in (BE, NL, LU)],
    ],
)

# --- c06: web page of the Hauts-de-France region on cooperation with the Benelux Union -----
_C06 = "c06_region_hauts_de_france"
_IV_2018 = ins(
    "Intentieverklaring Benelux Unie – Hauts-de-France van 7 juni 2018",
    "Declaration",
    "intentieverklaring",
)
_IV_2022 = ins(
    "Intentieverklaring Benelux – Hauts-de-France 2022-2026",
    "Declaration",
)
_WG_ARB = wg("Benelux-werkgroep Grensoverschrijdende Arbeidsmobiliteit")
_WG_CRISIS = wg("Benelux Crisisoverleg")
_WG_MOB = wg(
    "Werkgroep Grensoverschrijdende Mobiliteit", "werkgroep Grensoverschrijdende Mobiliteit"
)
_WG_STUUR = wg("Stuurgroep Hauts-de-France – Benelux", "stuurgroep Hauts-de-France – Benelux")
_VDAB = org("VDAB", cls="NationalBody")
_FOREM = org("Forem", cls="NationalBody")
_POLE = org("Pôle emploi")
_PREF = org("Préfecture du Nord", "préfecture du Nord")
_SNCF, _NMBS = org("SNCF"), org("NMBS")
_EV_STUUR = event(
    "Vergadering stuurgroep Hauts-de-France – Benelux 14 maart 2023",
    "jaarlijkse vergadering",
    slug="vergadering-stuurgroep-hauts-de-france-benelux-2023-03-14",
)
_EV_CONF = event(
    "Conferentie Werken over de grens 2024",
    'conferentie "Werken over de grens"',
    slug="conferentie-werken-over-de-grens",
)
_EV_TOP25 = event("Benelux-top 2025", "Benelux-top", slug="benelux-top-2025")
_WAALS = org("Waals Gewest", "Wallonié", cls="NationalBody")
_VLAAMS = org("Vlaams Gewest", cls="NationalBody")
SPECS[_C06] = (
    [
        Ent(
            HDF,
            "NeighbouringRegion",
            "Hauts-de-France",
            ["Hauts-de-France", "Région Hauts-de-France"],
        ),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(BE, "Country", "België", ["België"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        _IV_2018,
        _IV_2022,
        _WG_ARB,
        _WG_CRISIS,
        _WG_MOB,
        _WG_STUUR,
        _VDAB,
        _FOREM,
        _POLE,
        _PREF,
        _SNCF,
        _NMBS,
        org("Eurometropool Lille-Kortrijk-Tournai"),
        _WAALS,
        _VLAAMS,
        _EV_STUUR,
        _EV_CONF,
        _EV_TOP25,
        person("Xavier Bertrand"),
        person("Alain de Muyser"),
        person("Frans Weekers"),
    ],
    [
        Rel(HDF, COOP, BU, "Sinds 2018 werkt de Région"),
        Rel(NRW, COOP, BU, "Sinds 2018 werkt de Région"),
        Rel(_IV_2018.iri, DATE, "2018-06-07", "De basis van de samenwerking"),
        Rel(_IV_2018.iri, PART, HDF, "De basis van de samenwerking"),
        Rel(_IV_2018.iri, PART, BU, "De basis van de samenwerking"),
        Rel(_IV_2022.iri, DATE, "2022-11-15", "werd de verklaring in Brussel verlengd"),
        Rel(_IV_2022.iri, PART, HDF, "werd de verklaring in Brussel verlengd"),
        *[Rel(g.iri, PART, HDF, "De regio neemt deel") for g in (_WG_ARB, _WG_CRISIS, _WG_MOB)],
        *[
            Rel(_WG_ARB.iri, PART, x.iri, "Grensoverschrijdende Arbeidsmobiliteit, samen")
            for x in (_VDAB, _FOREM, _POLE)
        ],
        Rel(_WG_CRISIS.iri, PART, _PREF.iri, "het Benelux Crisisoverleg, als waarnemer"),
        *[Rel(_WG_MOB.iri, PART, x.iri, "waarin ook de SNCF") for x in (_SNCF, _NMBS)],
        Rel(_WG_STUUR.iri, PART, HDF, "jaarlijkse vergadering van de stuurgroep"),
        Rel(_EV_CONF.iri, PART, GR, "met deelnemers uit de Grande Région"),
        Rel(_EV_CONF.iri, PART, NRW, "met deelnemers uit de Grande Région"),
        Rel(_EV_TOP25.iri, PART, HDF, "de regio zal deelnemen aan de Benelux-top"),
        Rel(HDF, COOP, _WAALS.iri, "werkt ook samen met Wallonié"),
        Rel(HDF, COOP, _VLAAMS.iri, "werkt ook samen met Wallonié"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
