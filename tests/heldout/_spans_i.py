# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set I (tests/heldout/gold/j01…j06).

Set I is a development set, like sets A and C-H (see README.md), with one document of each
kind: a news page of the Secretariat-General on a Committee of Ministers meeting, an
evaluation chapter (labour mobility), answers to parliamentary questions (the Police Treaty
and its implementing agreements), an annual plan chapter (water and climate adaptation), a
Kamerbrief on the Benelux summit of 2 December 2025 and a Benelux Parliament news page. It
exercises agreements named in varied ways, meetings with dates and places, people, the
recommendations of both the Committee of Ministers and the Parliament, dated declarations,
amendments ("tot wijziging van", "zoals verlengd bij", "vervangt", "zal vervangen",
"laatstelijk gewijzigd bij") and groups whose parents and participants are stated in varied
ways. The six documents and the tables below were written without looking at the
extractor's code, its reference data or its output, and without opening set B. The offset
helpers and the JSON writer are those of ``_spans.py`` (set A), which in turn imports the
matching rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_i.py              # write gold/j01…j06.json, verify every span
    python tests/heldout/_spans_i.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent


EC = "id/organisation/europese-commissie"
SENN = "id/working-group/senningenoverleg"
SAAR = "id/region/saarland"
EE, LV, LT = "id/country/estland", "id/country/letland", "id/country/litouwen"
AT, IE = "id/country/oostenrijk", "id/country/ierland"


HDF = "id/region/hauts-de-france"


def nrvm() -> Any:
    return Ent(
        "id/organisation/noordse-raad-van-ministers",
        "ExternalOrganisation",
        "Noordse Raad van Ministers",
        ["Noordse Raad van Ministers"],
    )


# Instruments, groups, bodies, people and meetings that also occur in the seeds or in sets A
# and C-H keep their IRIs there.
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_R_962_IRI = "id/instrument/aanbeveling-962-2-over-de-grensoverschrijdende-toegang-tot-medisch-specialistische-zorg"
_R_962_LABEL = (
    "Aanbeveling 962/2 over de grensoverschrijdende toegang tot medisch-specialistische zorg"
)


def r962() -> Any:
    return Ent(
        _R_962_IRI,
        "Recommendation",
        _R_962_LABEL,
        [
            "aanbeveling 962/2 over de grensoverschrijdende toegang tot medisch-specialistische zorg",
            "aanbeveling 962/2",
        ],
    )


_R_946 = Ent(
    "id/instrument/aanbeveling-946-2-over-waterbeheer-en-droogte-in-het-stroomgebied-van-de-maas",
    "Recommendation",
    "Aanbeveling 946/2 over waterbeheer en droogte in het stroomgebied van de Maas",
    [
        "aanbeveling 946/2 over waterbeheer en droogte in het stroomgebied van de Maas",
        "aanbeveling 946/2",
    ],
)
_WG_KA_IRI = "id/working-group/benelux-werkgroep-klimaatadaptatie"
_TOP25_IRI = "id/event/benelux-top-2025"
_V_DROOG = ins(
    "Politieke verklaring over droogte en waterschaarste",
    "Declaration",
    "politieke verklaring over droogte en waterschaarste",
)
_CAM = ins(
    "Uitvoeringsovereenkomst inzake grensoverschrijdend cameratoezicht",
    "Agreement",
    "Uitvoeringsovereenkomst inzake grensoverschrijdend cameratoezicht",
    "uitvoeringsovereenkomst inzake grensoverschrijdend cameratoezicht",
)
_IMC = org("Internationale Maascommissie")
_ISC = org("Internationale Scheldecommissie")

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- j01: news page of the Secretariat-General, Committee of Ministers of 16 November 2026 -----
_J01 = "j01_news_ministers_mobility"
_EV_CM_NOV = event(
    "Vergadering Comité van Ministers 16 november 2026",
    "najaarsvergadering",
    slug="vergadering-comite-van-ministers-2026-11-16",
)
_EV_CM_DEC = event(
    "Vergadering Comité van Ministers 14 december 2026",
    "vergadering van het Comité van Ministers van 14 december 2026",
    slug="vergadering-comite-van-ministers-2026-12-14",
)
_M2026_7 = m_number(
    "M(2026)7",
    "Decision",
    "Beschikking M (2026) 7 betreffende de wederzijdse erkenning van keuringen van openbare laadpunten voor elektrische voertuigen",
)
_M2026_8 = m_number(
    "M(2026)8",
    "Decision",
    "Beschikking M(2026)8 tot wijziging van de Beschikking M (2015) 15 betreffende proeven met langere en zwaardere vrachtwagencombinaties",
    "M (2026) 8",
)
_M2015_15 = m_number("M(2015)15", "Decision", "M (2015) 15")
_M2024_11 = m_number("M(2024)11", "Decision", "M (2024) 11")
_M2026_9 = m_number(
    "M(2026)9",
    "Recommendation",
    "Aanbeveling M (2026) 9 over de grensoverschrijdende bijstand door brandweerdiensten",
)
_WG_LAAD = wg("Benelux-werkgroep Laadinfrastructuur")
_DC_VV = wg("Directiecomité Verkeer en Vervoer")
_FODMOB = body("FOD Mobiliteit en Vervoer")
_IENW = body("Ministerie van Infrastructuur en Waterstaat")
_MMTP = body("Ministère de la Mobilité et des Travaux publics")
_ELAAD, _EURELEC = org("ElaadNL"), org("Eurelectric")
_D_EH = Ent(
    "id/instrument/beschikking-tot-wijziging-van-beschikking-m-2020-5-inzake-ehealth",
    "Decision",
    "Beschikking tot wijziging van Beschikking M (2020) 5 inzake eHealth",
    ["beschikking tot wijziging van Beschikking M (2020) 5 inzake eHealth"],
)
_M2020_5 = m_number("M(2020)5", "Decision", "M (2020) 5")
_MOU_NET = ins(
    "Memorandum van overeenstemming over samenwerking bij netcongestie en energie-infrastructuur",
    "Declaration",
    "memorandum van overeenstemming over samenwerking bij netcongestie en energie-infrastructuur",
)
_AA_NRVM = Ent(
    "id/instrument/administratief-akkoord-met-de-noordse-raad-van-ministers-2024",
    "Agreement",
    "Administratief akkoord met de Noordse Raad van Ministers 2024",
    ["administratief akkoord van 2024"],
)
SPECS[_J01] = (
    [
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Comité"),
        sg(),
        _EV_CM_NOV,
        person("Lisa Vermeulen", "Vermeulen"),
        country(BE, "België"),
        person("Maxime Prévot"),
        country(LU, "Luxemburg", "Luxemburg", "Groothertogdom Luxemburg"),
        person("Xavier Bettel"),
        person("Frans Weekers"),
        _GWP_2025,
        _M2026_7,
        _M2026_8,
        _M2015_15,
        _M2024_11,
        _M2026_9,
        _WG_LAAD,
        _DC_VV,
        _FODMOB,
        _IENW,
        _MMTP,
        region(NRW, "Noordrijn-Westfalen"),
        _ELAAD,
        _EURELEC,
        bp("Benelux-Parlement"),
        r962(),
        _D_EH,
        _M2020_5,
        _EV_CM_DEC,
        person("Karen Ellemann"),
        nrvm(),
        _MOU_NET,
        bu(),
        _AA_NRVM,
    ],
    [
        # "Namens België nam … deel, namens het Groothertogdom Luxemburg …" (set E's reading);
        # the Netherlands appear only as adjectives.
        Rel(_EV_CM_NOV.iri, PART, BE, "Namens België nam"),
        Rel(_EV_CM_NOV.iri, PART, LU, "Namens België nam"),
        *[
            Rel(x.iri, rel, obj, "Het Comité stelde op 16 november")
            for x in (_M2026_7, _M2026_8, _M2026_9)
            for rel, obj in ((PASSED, I_CVM), (DATE, "2026-11-16"))
        ],
        Rel(_M2026_8.iri, AMENDS, _M2015_15.iri, "tot wijziging van de Beschikking M (2015) 15"),
        Rel(_M2015_15.iri, PASSED, I_CVM, "tot wijziging van de Beschikking M (2015) 15"),
        # "zoals verlengd bij" gives eli:amends (sets G and H).
        Rel(_M2024_11.iri, AMENDS, _M2015_15.iri, "zoals verlengd bij Beschikking M (2024) 11"),
        Rel(_M2024_11.iri, PASSED, I_CVM, "zoals verlengd bij Beschikking M (2024) 11"),
        Rel(_WG_LAAD.iri, SUB, _DC_VV.iri, "Deze werkgroep valt onder"),
        *[
            Rel(_WG_LAAD.iri, PART, x.iri, "Aan de werkgroep nemen de FOD")
            for x in (_FODMOB, _IENW, _MMTP)
        ],
        Rel(_WG_LAAD.iri, PART, NRW, "Noordrijn-Westfalen is waarnemer"),
        Rel(I_SG, COOP, _ELAAD.iri, "technische normen werkt het Secretariaat-Generaal"),
        Rel(I_SG, COOP, _EURELEC.iri, "technische normen werkt het Secretariaat-Generaal"),
        Rel(_R_962_IRI, PASSED, I_BP, "Benelux-Parlement op 13 juni 2026"),
        Rel(_R_962_IRI, DATE, "2026-06-13", "Benelux-Parlement op 13 juni 2026"),
        Rel(_D_EH.iri, PASSED, I_CVM, "De beschikking tot wijziging van Beschikking"),
        Rel(_D_EH.iri, AMENDS, _M2020_5.iri, "De beschikking tot wijziging van Beschikking"),
        Rel(_M2020_5.iri, PASSED, I_CVM, "De beschikking tot wijziging van Beschikking"),
        Rel(_MOU_NET.iri, PART, I_SG, "Op 16 november ondertekenden"),
        Rel(
            _MOU_NET.iri,
            PART,
            "id/organisation/noordse-raad-van-ministers",
            "Op 16 november ondertekenden",
        ),
        Rel(_MOU_NET.iri, DATE, "2026-11-16", "Op 16 november ondertekenden"),
        Rel(
            BU,
            COOP,
            "id/organisation/noordse-raad-van-ministers",
            "De Benelux Unie en de Noordse Raad",
        ),
        Rel(_AA_NRVM.iri, DATE, "2024", "De Benelux Unie en de Noordse Raad"),
    ],
)

# --- j02: evaluation report, chapter 4 on cross-border labour mobility -----------------------
_J02 = "j02_evaluation_labour"
_GWP_2021 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2021-2024",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2021-2024",
    ["Gemeenschappelijk Werkprogramma 2021-2024"],
)
_WG_AM = wg("Benelux-werkgroep Grensoverschrijdende Arbeidsmobiliteit")
_VDAB, _FOREM, _ADEM, _UWV = body("VDAB"), body("Forem"), body("ADEM"), body("UWV")
_FT = Ent("id/organisation/pole-emploi", "ExternalOrganisation", "Pôle emploi", ["France Travail"])
_BA = org("Bundesagentur für Arbeit")
_TF = wg("Taskforce Grensarbeiders")
_NET_GIP = wg("Benelux-NRW Netwerk Grensinfopunten")
_ELA = org("Europese Arbeidsautoriteit", "Europese Arbeidsautoriteit", "ELA")
_SA_VAC = ins(
    "Samenwerkingsakkoord vacature-uitwisseling",
    "Agreement",
    "Samenwerkingsakkoord vacature-uitwisseling",
)
_IV_GR = Ent(
    "id/instrument/intentieverklaring-tussen-de-benelux-unie-en-de-grande-region-over-grensoverschrijdende-arbeidsmobiliteit",
    "Declaration",
    "Intentieverklaring tussen de Benelux Unie en de Grande Région over grensoverschrijdende arbeidsmobiliteit",
    [
        "intentieverklaring tussen de Benelux Unie en de Grande Région over grensoverschrijdende arbeidsmobiliteit",
        "Intentieverklaring Grande Région",
    ],
)
_T_SF = Ent(
    "id/instrument/benelux-verdrag-inzake-de-bestrijding-van-sociale-fraude",
    "Treaty",
    "Benelux-Verdrag inzake de bestrijding van sociale fraude",
    ["Benelux-Verdrag inzake de bestrijding van sociale fraude", "Verdrag sociale fraude"],
)
_R_948 = Ent(
    "id/instrument/aanbeveling-948-2-over-grensoverschrijdend-telewerk",
    "Recommendation",
    "Aanbeveling 948/2 over grensoverschrijdend telewerk",
    ["aanbeveling 948/2 over grensoverschrijdend telewerk", "aanbeveling 948/2"],
)
_EV_WODG = Ent(
    "id/event/conferentie-werken-over-de-grens",
    "Meeting",
    "Conferentie Werken over de grens",
    ['conferentie "Werken over de grens"'],
)
_ITEM = Ent("id/organisation/item", "ExternalOrganisation", "ITEM", ["ITEM"])
_UM = org("Universiteit Maastricht")
SPECS[_J02] = (
    [
        _GWP_2021,
        bu(),
        _WG_AM,
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal", "College"],
        ),
        _VDAB,
        _FOREM,
        _ADEM,
        _UWV,
        _FT,
        _BA,
        person("Ilse Verbruggen"),
        _TF,
        region(GR, "Grande Région"),
        _NET_GIP,
        region(NRW, "Noordrijn-Westfalen"),
        _ELA,
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        act("Verordening (EU) 2019/1149"),
        act("Verordening (EG) nr. 883/2004"),
        _SA_VAC,
        _IV_GR,
        _T_SF,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        bp("Benelux-Parlement"),
        _R_948,
        _EV_WODG,
        _ITEM,
        _UM,
    ],
    [
        Rel(_WG_AM.iri, SUB, I_CSG, "Arbeidsmobiliteit, die rapporteert aan het College van"),
        *[
            Rel(_WG_AM.iri, PART, x.iri, "In de werkgroep zitten de publieke diensten")
            for x in (_VDAB, _FOREM, _ADEM, _UWV)
        ],
        *[
            Rel(_WG_AM.iri, PART, x.iri, "Bundesagentur für Arbeit nemen sinds 2024")
            for x in (_FT, _BA)
        ],
        Rel(_WG_AM.iri, COOP, _TF.iri, "De werkgroep werkt samen met de Taskforce"),
        Rel(_WG_AM.iri, COOP, _NET_GIP.iri, "De werkgroep werkt samen met de Taskforce"),
        # "onder de vlag van de Grande Région" names a region: participant (set F).
        Rel(_TF.iri, PART, GR, "De werkgroep werkt samen met de Taskforce"),
        Rel(_NET_GIP.iri, PART, NRW, "waarin ook Noordrijn-Westfalen participeert"),
        Rel(_NET_GIP.iri, SUB, I_CSG, "waarin ook Noordrijn-Westfalen participeert"),
        Rel(_WG_AM.iri, COOP, _ELA.iri, "Op Europees niveau werkt de werkgroep samen"),
        Rel(_ELA.iri, SUB, EUU, "Op Europees niveau werkt de werkgroep samen"),
        *[
            Rel(_SA_VAC.iri, PART, x.iri, "dat VDAB, Forem, ADEM en")
            for x in (_VDAB, _FOREM, _ADEM, _UWV)
        ],
        Rel(_SA_VAC.iri, DATE, "2022-05-12", "dat VDAB, Forem, ADEM en"),
        Rel(_IV_GR.iri, PART, BU, "Met de intentieverklaring tussen de Benelux Unie"),
        Rel(_IV_GR.iri, PART, GR, "Met de intentieverklaring tussen de Benelux Unie"),
        Rel(_IV_GR.iri, DATE, "2024-10-28", "Met de intentieverklaring tussen de Benelux Unie"),
        *[
            Rel(
                _T_SF.iri,
                PART,
                c,
                "Het Benelux-Verdrag inzake de bestrijding van sociale fraude is op",
            )
            for c in (BE, NL, LU)
        ],
        Rel(
            _T_SF.iri,
            DATE,
            "2023-11-14",
            "Het Benelux-Verdrag inzake de bestrijding van sociale fraude is op",
        ),
        Rel(_R_948.iri, PASSED, I_BP, "Verder heeft het Benelux-Parlement met aanbeveling"),
        # The co-organiser is a participant (set F); the Union as organiser is not stated as
        # taking part.
        Rel(_EV_WODG.iri, PART, GR, "die de Benelux Unie samen"),
        Rel(_ITEM.iri, SUB, _UM.iri, "ITEM is het expertisecentrum"),
    ],
)

# --- j03: answers to parliamentary questions on the Police Treaty ---------------------------
_J03 = "j03_answers_police"
_T_POL = Ent(
    T_POLITIE,
    "Treaty",
    "Benelux-Politieverdrag",
    [
        "Benelux-Politieverdrag",
        "Verdrag tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg inzake politiesamenwerking",
        "Verdrag",
    ],
    not_in=["Verdrag van Senningen"],
)
_T_SENN = Ent(
    "id/instrument/verdrag-van-senningen",
    "Treaty",
    "Verdrag van Senningen",
    ["Verdrag van Senningen"],
)
_NP, _FP = body("Nationale Politie"), body("Federale Politie")
_ANPR = Ent(
    "id/instrument/uitvoeringsovereenkomst-inzake-anpr",
    "Agreement",
    "Uitvoeringsovereenkomst inzake ANPR",
    ["Uitvoeringsovereenkomst inzake ANPR"],
)
_P_ANPR = Ent(
    "id/instrument/protocol-houdende-wijziging-van-de-uitvoeringsovereenkomst-inzake-anpr",
    "Agreement",
    "Protocol houdende wijziging van de Uitvoeringsovereenkomst inzake ANPR",
    ["protocol van 9 februari 2026"],
)
_DRONES = Ent(
    "id/instrument/uitvoeringsovereenkomst-inzake-de-inzet-van-drones-bij-grensoverschrijdende-politieoperaties",
    "Agreement",
    "Uitvoeringsovereenkomst inzake de inzet van drones bij grensoverschrijdende politieoperaties",
    [
        "Uitvoeringsovereenkomst inzake de inzet van drones bij grensoverschrijdende politieoperaties"
    ],
)
_WG_POLV = Ent(
    "id/working-group/werkgroep-politieverdrag",
    "WorkingGroup",
    "Werkgroep Politieverdrag",
    ["Werkgroep Politieverdrag"],
)
_KMAR = body("Koninklijke Marechaussee")
_PGD = body("Police grand-ducale")
_EUROPOL = org("Europol")
SPECS[_J03] = (
    [
        tk("leden der Kamer", "Tweede Kamer", "uw Kamer"),
        person("Kuipers-Dekker"),
        _T_POL,
        country(BE, "België", "België", "Koninkrijk België"),
        country(NL, "Nederland", "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Luxemburg", "Groothertogdom Luxemburg"),
        _T_SENN,
        _NP,
        _FP,
        _ANPR,
        _P_ANPR,
        _CAM,
        Ent(_TOP25_IRI, "Meeting", "Benelux-top 2025", ["Benelux-top"]),
        _DRONES,
        body("Raad van State"),
        _WG_POLV,
        Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"]),
        cvm("Benelux Comité van Ministers"),
        _KMAR,
        _PGD,
        _EUROPOL,
        act("Richtlijn (EU) 2023/977"),
        act("Verordening (EU) 2024/982", "Verordening (EU) 2024/982", "Prüm II"),
        sg(),
        bu(),
    ],
    [
        *[
            Rel(T_POLITIE, PART, c, "Het Verdrag tussen het Koninkrijk België")
            for c in (BE, NL, LU)
        ],
        Rel(T_POLITIE, DATE, "2018-07-23", "Het Verdrag tussen het Koninkrijk België"),
        Rel(T_POLITIE, AMENDS, _T_SENN.iri, "Het Verdrag vervangt het Verdrag van Senningen"),
        Rel(_T_SENN.iri, DATE, "2004-06-08", "Het Verdrag vervangt het Verdrag van Senningen"),
        Rel(
            _ANPR.iri, DATE, "2023-06-13", "de Uitvoeringsovereenkomst inzake ANPR van 13 juni 2023"
        ),
        # "laatstelijk gewijzigd bij" gives eli:amends (sets G and H).
        Rel(
            _P_ANPR.iri,
            AMENDS,
            _ANPR.iri,
            "de Uitvoeringsovereenkomst inzake ANPR van 13 juni 2023",
        ),
        Rel(
            _P_ANPR.iri,
            DATE,
            "2026-02-09",
            "de Uitvoeringsovereenkomst inzake ANPR van 13 juni 2023",
        ),
        Rel(_CAM.iri, DATE, "2025-12-02", "de uitvoeringsovereenkomst inzake grensoverschrijdend"),
        Rel(_DRONES.iri, DATE, "2025-07-14", "Voor drones geldt de Uitvoeringsovereenkomst"),
        Rel(_WG_POLV.iri, SUB, SENN, "De uitvoering wordt gevolgd in de Werkgroep"),
        Rel(SENN, SUB, I_CVM, "Het Senningenoverleg rapporteert"),
        *[
            Rel(_WG_POLV.iri, PART, x.iri, "Aan de werkgroep nemen de Nationale")
            for x in (_NP, _KMAR, _FP, _PGD)
        ],
        Rel(_WG_POLV.iri, PART, _EUROPOL.iri, "Europol neemt als waarnemer deel"),
        Rel(
            _WG_POLV.iri, COOP, _EUROPOL.iri, "De Werkgroep Politieverdrag werkt samen met Europol"
        ),
        Rel(I_SG, SUB, BU, "Het Secretariaat-Generaal van de Benelux Unie"),
    ],
)

# --- j04: annual plan 2026, chapter 3 "Water en klimaatadaptatie" (projects) ----------------
_J04 = "j04_annual_plan_water"
_WG_KA = Ent(
    _WG_KA_IRI,
    "WorkingGroup",
    "Benelux-werkgroep Klimaatadaptatie",
    ["Benelux-werkgroep Klimaatadaptatie", "werkgroep Klimaatadaptatie"],
)
_DC_LM = wg("Directiecomité Leefmilieu")
_RWS = body("Rijkswaterstaat")
_VMM = body("Vlaamse Milieumaatschappij", "Vlaamse Milieumaatschappij", "VMM")
_SPW = body("Service public de Wallonie", "Service public de Wallonie", "SPW")
_AGE = body("Administration de la gestion de l'eau", "Administration de la gestion de l'eau", "AGE")
_LANUK = org(
    "Landesamt für Natur, Umwelt und Klima", "Landesamt für Natur, Umwelt und Klima", "LANUK"
)
_MOU_HW = ins(
    "Memorandum van overeenstemming over de uitwisseling van hoogwatergegevens in het stroomgebied van de Maas",
    "Declaration",
)
_D_HW = ins("Beschikking inzake grensoverschrijdende waarschuwing bij hoogwater", "Decision")
_WAA = body("Waterschap Aa en Maas")
_EEA = org("Europees Milieuagentschap", "Europees Milieuagentschap", "EEA")
SPECS[_J04] = (
    [
        bu(),
        _GWP_2025,
        _WG_KA,
        _DC_LM,
        csg(),
        _RWS,
        _VMM,
        _SPW,
        _AGE,
        region(NRW, "Noordrijn-Westfalen"),
        _LANUK,
        country(FR, "Frankrijk"),
        _IMC,
        _ISC,
        act("Kaderrichtlijn Water"),
        Ent(
            "id/act/richtlijn-overstromingsrisico-s",
            "ExternalAct",
            "Richtlijn Overstromingsrisico's",
            ["Richtlijn Overstromingsrisico's"],
        ),
        act("Internationaal Maasverdrag"),
        _MOU_HW,
        sg(),
        _D_HW,
        cvm(),
        Ent(_TOP25_IRI, "Meeting", "Benelux-top 2025", ["Benelux-top van 2 december 2025"]),
        _V_DROOG,
        _R_946,
        bp("Benelux-Parlement"),
        _WAA,
        _EEA,
        Ent("id/event/benelux-waterdag", "Meeting", "Benelux-Waterdag", ["Benelux-Waterdag"]),
    ],
    [
        Rel(_WG_KA_IRI, SUB, _DC_LM.iri, "werkgroep valt onder het Directiecomité Leefmilieu"),
        Rel(_DC_LM.iri, SUB, I_CSG, "werkgroep valt onder het Directiecomité Leefmilieu"),
        *[Rel(_WG_KA_IRI, PART, x.iri, "In de werkgroep zitten") for x in (_RWS, _VMM, _SPW, _AGE)],
        Rel(_WG_KA_IRI, PART, NRW, "Noordrijn-Westfalen neemt via het Landesamt"),
        Rel(_WG_KA_IRI, PART, _LANUK.iri, "Noordrijn-Westfalen neemt via het Landesamt"),
        Rel(_WG_KA_IRI, PART, FR, "Frankrijk is sinds 2025 waarnemer"),
        Rel(
            _WG_KA_IRI,
            COOP,
            _IMC.iri,
            "De werkgroep werkt samen met de Internationale Maascommissie",
        ),
        Rel(
            _WG_KA_IRI,
            COOP,
            _ISC.iri,
            "De werkgroep werkt samen met de Internationale Maascommissie",
        ),
        *[
            Rel(_MOU_HW.iri, PART, x.iri, "Op 18 maart 2025 ondertekenden")
            for x in (_RWS, _SPW, _AGE, _LANUK)
        ],
        Rel(_MOU_HW.iri, DATE, "2025-03-18", "Op 18 maart 2025 ondertekenden"),
        Rel(_D_HW.iri, PASSED, I_CVM, "een Beschikking inzake grensoverschrijdende waarschuwing"),
        Rel(
            _V_DROOG.iri, DATE, "2025-12-02", "De Benelux-regeringsleiders hebben op de Benelux-top"
        ),
        Rel(_R_946.iri, PASSED, I_BP, "die het Benelux-Parlement op"),
        Rel(_R_946.iri, DATE, "2024-12-07", "die het Benelux-Parlement op"),
        Rel(_WG_KA_IRI, COOP, _VMM.iri, "Samen met de Vlaamse Milieumaatschappij en Waterschap"),
        Rel(_WG_KA_IRI, COOP, _WAA.iri, "Samen met de Vlaamse Milieumaatschappij en Waterschap"),
        Rel(I_SG, COOP, _EEA.iri, "Secretariaat-Generaal werkt daarbij samen met het Europees"),
        *[
            Rel(
                "id/event/benelux-waterdag",
                PART,
                x,
                "Internationale Scheldecommissie organiseren de dag",
            )
            for x in (_IMC.iri, _ISC.iri, I_SG)
        ],
    ],
)

# --- j05: letter to parliament on the Benelux summit of 2 December 2025 ---------------------
_J05 = "j05_letter_summit"
_V_EW = ins("Gemeenschappelijke politieke verklaring over economische weerbaarheid", "Declaration")
_IV_2027 = ins("Intentieverklaring Benelux - Hauts-de-France 2027-2030", "Declaration")
_IV_2022 = Ent(
    "id/instrument/intentieverklaring-benelux-hauts-de-france-2022-2026",
    "Declaration",
    "Intentieverklaring Benelux – Hauts-de-France 2022-2026",
    ["intentieverklaring 2022-2026"],
)
SPECS[_J05] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        Ent(
            "id/organisation/staten-generaal",
            "NationalBody",
            "Staten-Generaal",
            ["Staten-Generaal"],
            not_in=["Tweede Kamer der Staten-Generaal"],
        ),
        Ent(
            _TOP25_IRI,
            "Meeting",
            "Benelux-top 2025",
            ["Benelux-top van 2 december 2025", "Benelux-top"],
            not_in=["Benelux-top van 2026"],
        ),
        country(LU, "Luxemburg"),
        bu(),
        person("Dick Schoof"),
        country(NL, "Nederland"),
        person("Bart De Wever"),
        country(BE, "België"),
        person("Luc Frieden"),
        bp("Benelux-Parlement"),
        person("Karin Brouwers"),
        _V_EW,
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        sg(),
        _V_DROOG,
        region(HDF, "Hauts-de-France", "Hauts-de-France", "Région Hauts-de-France"),
        Ent(
            _WG_KA_IRI,
            "WorkingGroup",
            "Benelux-werkgroep Klimaatadaptatie",
            ["Benelux-werkgroep Klimaatadaptatie"],
        ),
        person("Xavier Bertrand"),
        _IV_2027,
        _IV_2022,
        region(NRW, "Noordrijn-Westfalen"),
        _CAM,
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        cvm("Benelux Comité van Ministers"),
        Ent("id/event/benelux-top-2026", "Meeting", "Benelux-top 2026", ["Benelux-top van 2026"]),
        Ent(
            "id/event/commissiedebat-over-de-benelux-2026-01-15",
            "Meeting",
            "Commissiedebat over de Benelux van 15 januari 2026",
            ["commissiedebat over de Benelux van 15 januari 2026"],
        ),
        person("David van Weel"),
    ],
    [
        Rel(_TOP25_IRI, PART, LU, "Luxemburg trad"),
        Rel(_TOP25_IRI, PART, NL, "Minister-president Dick Schoof vertegenwoordigde Nederland"),
        Rel(_TOP25_IRI, PART, BE, "Minister-president Dick Schoof vertegenwoordigde Nederland"),
        Rel(_TOP25_IRI, PART, I_BP, "Namens het Benelux-Parlement nam"),
        Rel(_TOP25_IRI, PART, HDF, "President Xavier Bertrand van de"),
        *[Rel(_V_EW.iri, PART, c, "spreken daarin af elkaar vroegtijdig") for c in (BE, NL, LU)],
        Rel(_V_EW.iri, DATE, "2025-12-02", "De drie regeringsleiders ondertekenden"),
        # An endorser ("ook … onderschreven door") is a participant (set F).
        Rel(_V_DROOG.iri, PART, HDF, "De top nam tevens de politieke"),
        Rel(_V_DROOG.iri, DATE, "2025-12-02", "De top nam tevens de politieke"),
        Rel(_IV_2027.iri, PART, I_SG, "Het Secretariaat-Generaal en Hauts-de-France ondertekenden"),
        Rel(_IV_2027.iri, PART, HDF, "Het Secretariaat-Generaal en Hauts-de-France ondertekenden"),
        Rel(
            _IV_2027.iri,
            DATE,
            "2025-12-02",
            "Het Secretariaat-Generaal en Hauts-de-France ondertekenden",
        ),
        # "zal vervangen" gives eli:amends (sets G and H).
        Rel(
            _IV_2027.iri,
            AMENDS,
            _IV_2022.iri,
            "Het Secretariaat-Generaal en Hauts-de-France ondertekenden",
        ),
        Rel(NL, COOP, HDF, "Nederland werkt in dit kader"),
        Rel(NL, COOP, NRW, "Nederland werkt in dit kader"),
        *[Rel(_CAM.iri, PART, c, "In de marge van de top ondertekenden") for c in (BE, NL, LU)],
        Rel(_CAM.iri, DATE, "2025-12-02", "In de marge van de top ondertekenden"),
    ],
)

# --- j06: news page of the Benelux Parliament, November 2026 ------------------------------------
_J06 = "j06_news_parliament"
_WG_DEM = Ent(
    "id/working-group/commissie-duurzaamheid-energie-en-mobiliteit-van-het-beneluxparlement",
    "WorkingGroup",
    "Commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
    [
        "commissie Duurzaamheid, Energie en Mobiliteit van het Benelux-Parlement",
        "commissie Duurzaamheid, Energie en Mobiliteit",
    ],
)
_EV_CV = event(
    "Vergadering commissie Duurzaamheid, Energie en Mobiliteit 6 november 2026",
    "commissievergadering",
    slug="vergadering-commissie-duurzaamheid-energie-en-mobiliteit-2026-11-06",
)
_WSL = body("Waterschap Limburg")
_DRAFT = ins(
    "Ontwerpaanbeveling over klimaatadaptatie in grensoverschrijdende stroomgebieden",
    "Recommendation",
    "ontwerpaanbeveling over klimaatadaptatie in grensoverschrijdende stroomgebieden",
)
_D_HWW = ins(
    "Benelux-beschikking over hoogwaterwaarschuwingen",
    "Decision",
    "Benelux-beschikking over hoogwaterwaarschuwingen",
)
_EV_PL_DEC = event(
    "Plenaire zitting Benelux-Parlement 4-5 december 2026",
    "plenaire zitting van 4 en 5 december 2026",
    "plenaire zitting december 2026",
    slug="plenaire-zitting-benelux-parlement-2026-12",
)
_WG_COV = Ent(
    "id/working-group/commissie-cultuur-onderwijs-en-volksgezondheid-van-het-benelux-parlement",
    "WorkingGroup",
    "Commissie Cultuur, Onderwijs en Volksgezondheid van het Benelux-Parlement",
    ["commissie Cultuur, Onderwijs en Volksgezondheid"],
)
_CG_NRW = Ent(
    "id/working-group/contactgroep-noordrijn-westfalen",
    "WorkingGroup",
    "Contactgroep Noordrijn-Westfalen",
    ["Contactgroep Noordrijn-Westfalen"],
)
_LANDTAG = org("Landtag van Noordrijn-Westfalen")
_EV_WB = event(
    "Werkbezoek aan de Landtag van Noordrijn-Westfalen van 22 oktober 2026",
    "werkbezoek aan de Landtag van Noordrijn-Westfalen",
    slug="werkbezoek-aan-de-landtag-van-noordrijn-westfalen-2026-10-22",
)
_EV_BA = event(
    "Jaarzitting van de Baltische Assemblee 30 oktober 2026",
    "jaarzitting van de Baltische Assemblee",
    slug="jaarzitting-baltische-assemblee-2026-10-30",
)
_V_OZ = ins(
    "Gezamenlijke verklaring over de bescherming van kritieke onderzeese infrastructuur",
    "Declaration",
)
_BUREAU = Ent(
    "id/working-group/bureau-van-het-benelux-parlement",
    "WorkingGroup",
    "Bureau van het Benelux-Parlement",
    ["Bureau van het Benelux-Parlement", "Bureau"],
)
SPECS[_J06] = (
    [
        bp("Benelux-Parlement"),
        _WG_DEM,
        _EV_CV,
        Ent("id/organisation/senaat", "NationalBody", "Senaat", ["Senaat"]),
        person("Claude Haagen"),
        _IMC,
        _WSL,
        _DRAFT,
        person("Bert Wollants"),
        _R_946,
        _D_HWW,
        _EV_PL_DEC,
        country(LU, "Luxemburg"),
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Comité"),
        r962(),
        _WG_COV,
        person("Gusty Graas", "Graas"),
        _CG_NRW,
        region(NRW, "Noordrijn-Westfalen"),
        _LANDTAG,
        _EV_WB,
        person("André Kuper"),
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        _EV_BA,
        person("Jānis Vucāns"),
        _V_OZ,
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Noordse Raad"]),
        _BUREAU,
        person("Hanneke Mulder"),
    ],
    [
        Rel(_WG_DEM.iri, SUB, I_BP, "De commissie Duurzaamheid, Energie en Mobiliteit van het"),
        Rel(_EV_CV.iri, PART, _IMC.iri, "de vergadering namen ook"),
        Rel(_EV_CV.iri, PART, _WSL.iri, "de vergadering namen ook"),
        # "zal … vervangen" gives eli:amends (sets G and H); a draft of the Parliament gets no
        # eli:passed_by (set C).
        Rel(_DRAFT.iri, AMENDS, _R_946.iri, "De tekst zal aanbeveling 946/2"),
        Rel(_R_946.iri, PASSED, I_BP, "De tekst zal aanbeveling 946/2"),
        Rel(_D_HWW.iri, PASSED, I_CVM, "De tekst zal aanbeveling 946/2"),
        Rel(_R_962_IRI, PASSED, I_BP, "Het Benelux Comité van Ministers heeft op 16 november"),
        Rel(
            _CG_NRW.iri, SUB, I_BP, "De Contactgroep Noordrijn-Westfalen van het Benelux-Parlement"
        ),
        Rel(
            _EV_WB.iri,
            PART,
            _CG_NRW.iri,
            "De Contactgroep Noordrijn-Westfalen van het Benelux-Parlement",
        ),
        Rel(_EV_BA.iri, PART, I_BP, "Op 30 oktober 2026 nam een delegatie"),
        Rel(_EV_BA.iri, PART, BA, "Op 30 oktober 2026 nam een delegatie"),
        Rel(_V_OZ.iri, PART, I_BP, "Namens beide assemblees ondertekenden"),
        Rel(_V_OZ.iri, PART, BA, "Namens beide assemblees ondertekenden"),
        Rel(_V_OZ.iri, DATE, "2026-10-30", "Namens beide assemblees ondertekenden"),
        Rel(_V_OZ.iri, PART, NR, "ook de Noordse Raad sluit zich"),
        Rel(I_BP, COOP, BA, "Het Benelux-Parlement werkt sinds 1992"),
        Rel(_BUREAU.iri, SUB, I_BP, "Het Bureau van het Benelux-Parlement keurde"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
