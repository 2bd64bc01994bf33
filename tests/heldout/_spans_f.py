# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set F (tests/heldout/gold/f01…f06).

Set F is a development set, like sets A, C, D and E (see README.md), written to exercise
relations: participants stated in varied ways, parent bodies, dates, amendments, issuing
bodies and cooperation. The six documents and the tables below were written without looking
at the extractor's code or output, and without opening set B. The offset helpers and the JSON
writer are those of ``_spans.py`` (set A), which in turn imports the matching rules of
``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_f.py              # write gold/f01…f06.json, verify every span
    python tests/heldout/_spans_f.py review DOC   # every hit and evidence in context
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
HDF = "id/region/hauts-de-france"
I_BBIE = "id/institution/benelux-bureau-voor-de-intellectuele-eigendom"
EE, LV, LT = "id/country/estland", "id/country/letland", "id/country/litouwen"
IT, ES = "id/country/italie", "id/country/spanje"


# Instruments, groups and meetings that also occur in the seeds or in sets A, C, D and E keep
# their IRIs there (tests/heldout/README.md, "How set F was made").
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_WG_DRUGS = wg("Benelux-werkgroep Drugs")
_R_DRUGS = Ent(
    "id/instrument/aanbeveling-gezamenlijke-aanpak-van-drugscriminaliteit-in-de-havens-van-antwerpen-rotterdam-en-vlissingen",
    "Recommendation",
    "Aanbeveling Gezamenlijke aanpak van drugscriminaliteit in de havens van Antwerpen, Rotterdam en Vlissingen",
    [
        "aanbeveling van het Benelux Parlement over de gezamenlijke aanpak van drugscriminaliteit in de havens van Antwerpen, Rotterdam en Vlissingen",
        "aanbeveling van het Beneluxparlement over de havens",
    ],
)
_EV_SENN = event(
    "Ministeriële vergadering Senningenoverleg 26 juni 2024",
    "ministeriële vergadering van het Senningenoverleg",
    slug="ministeriele-vergadering-senningenoverleg-2024-06-26",
)

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- f01: annual plan 2026, chapter 1.4 "Arbeidsmarkt en onderwijs" ----------------------
_F01 = "f01_annual_plan_labour"
_WG_ARB = wg("Benelux-werkgroep Grensoverschrijdende Arbeidsmobiliteit")
_WG_TFGA = wg("Taskforce Grensarbeiders")
_WG_GIP = wg("Benelux-NRW Netwerk Grensinfopunten")
_WG_DIPLO = wg(
    "Benelux-werkgroep Diplomaerkenning", "Benelux-werkgroep Diplomaerkenning", "Diplomaerkenning"
)
_M2015_3 = m_number("M(2015)3", "Decision", "M (2015) 3")
_M2018_5 = m_number("M(2018)5", "Decision", "M (2018) 5")
_D_ASSOC = ins(
    "Beschikking over de niveauerkenning van associate degrees en doctoraten",
    "Decision",
    "beschikking over de niveauerkenning van associate degrees en doctoraten",
)
_T_BALT = ins(
    "Verdrag betreffende de automatische erkenning van kwalificaties van hoger onderwijs",
    "Treaty",
    "Verdrag betreffende de automatische erkenning van kwalificaties van hoger onderwijs",
)
_NRVM = org(
    "Noordse Raad van Ministers", "Noordse Raad van Ministers", "Nordic Council of Ministers"
)
_VDAB, _FOREM, _ADEM, _UWV = body("VDAB"), body("Forem"), body("ADEM"), body("UWV")
_FT = Ent("id/organisation/pole-emploi", "ExternalOrganisation", "Pôle emploi", ["France Travail"])
_BAA = org("Bundesagentur für Arbeit")
_WAALS = Ent("id/organisation/waals-gewest", "NationalBody", "Waals Gewest", ["Waals Gewest"])
_EV_WOG = event("Conferentie Werken over de grens", 'conferentie "Werken over de grens"')
SPECS[_F01] = (
    [
        bu(),
        _GWP_2025,
        _WG_ARB,
        csg(),
        _VDAB,
        _FOREM,
        _ADEM,
        _UWV,
        _FT,
        _BAA,
        _WG_TFGA,
        region(GR, "Grande Région"),
        _WG_GIP,
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW", compound=True),
        _M2015_3,
        _M2018_5,
        _WG_DIPLO,
        cvm(),
        _D_ASSOC,
        _T_BALT,
        country(EE, "Estland"),
        country(LV, "Letland"),
        country(LT, "Litouwen"),
        _NRVM,
        region(HDF, "Hauts-de-France"),
        _WAALS,
        sg(),
        _EV_WOG,
        country(BE, "België", "Belgié", "België"),
        country(FR, "Frankrijk"),
        country(LU, "Luxemburg"),
        country(NL, "Nederland"),
    ],
    [
        Rel(
            _WG_ARB.iri,
            SUB,
            I_CSG,
            "De Benelux-werkgroep Grensoverschrijdende Arbeidsmobiliteit valt",
        ),
        *[Rel(_WG_ARB.iri, PART, x.iri, "Aan de werkgroep nemen") for x in (_VDAB, _FOREM, _ADEM)],
        Rel(_WG_ARB.iri, PART, _UWV.iri, "Het UWV schuift"),
        *[Rel(_WG_ARB.iri, PART, x.iri, "Ook France") for x in (_FT, _BAA)],
        Rel(_WG_TFGA.iri, PART, GR, "De werkgroep werkt samen met de Taskforce"),
        Rel(_WG_ARB.iri, COOP, _WG_TFGA.iri, "De werkgroep werkt samen met de Taskforce"),
        Rel(_WG_ARB.iri, COOP, _WG_GIP.iri, "De werkgroep werkt samen met de Taskforce"),
        Rel(_WG_GIP.iri, SUB, I_CSG, "Dat netwerk rapporteert"),
        Rel(_WG_GIP.iri, PART, NRW, "vertegenwoordigers van het ministerie van Arbeid"),
        Rel(_M2015_3.iri, PASSED, I_CVM, "Sinds Beschikking M (2015) 3"),
        Rel(_M2018_5.iri, PASSED, I_CVM, "Beschikking M (2018) 5 wijzigt"),
        Rel(_M2018_5.iri, AMENDS, _M2015_3.iri, "Beschikking M (2018) 5 wijzigt"),
        Rel(_WG_DIPLO.iri, SUB, I_CVM, "een werkgroep van het Comité"),
        Rel(_D_ASSOC.iri, PASSED, I_CVM, "een werkgroep van het Comité"),
        *[
            Rel(_T_BALT.iri, PART, c, "Het Verdrag betreffende de automatische")
            for c in (EE, LV, LT)
        ],
        Rel(_T_BALT.iri, DATE, "2021", "Het Verdrag betreffende de automatische"),
        Rel(BU, COOP, _NRVM.iri, "De Benelux Unie werkt"),
        Rel(I_SG, COOP, HDF, "Samen met Hauts-de-France"),
        Rel(I_SG, COOP, _WAALS.iri, "Samen met Hauts-de-France"),
        *[Rel(_EV_WOG.iri, PART, c, "De conferentie") for c in (BE, FR, LU, NL)],
        *[Rel(_WG_DIPLO.iri, PART, c, "| Diplomaerkenning") for c in (BE, NL, LU)],
    ],
)

# --- f02: evaluation report, case study on crisis management --------------------------------
_F02 = "f02_evaluation_crisis"
_MOU = Ent(
    "id/instrument/memorandum-of-understanding-over-noodplanning-en-crisisbeheersing-van-2006",
    "Declaration",
    "Memorandum of Understanding over noodplanning en crisisbeheersing van 2006",
    [
        "Memorandum of Understanding over noodplanning en crisisbeheersing van 2006",
        "Memorandum of Understanding 2006",
        "Memorandum of Understanding betreffende samenwerking op het gebied van crisisbeheersing",
    ],
)
_WG_CRISIS = wg("Benelux-werkgroep Crisisbeheersing")
_NCC = body("Nationaal Crisiscentrum")
_NCTV = body(
    "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
    "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
    "NCTV",
)
_HCPN = body(
    "Haut-Commissariat à la Protection nationale",
    "Haut-Commissariat à la Protection nationale",
    "HCPN",
)
_MI_NRW = org("Ministerium des Innern van Noordrijn-Westfalen")
_WG_CCS = wg("Benelux-netwerk van crisiscommunicatiespecialisten")
_WG_AMBU = wg("Benelux-werkgroep Grensoverschrijdende Ambulancezorg")
_WG_BCO = wg("Benelux Crisisoverleg", "Benelux Crisisoverleg", "Crisisoverleg")
_PREF = org("préfecture du Nord")
_BRK = org("Bezirksregierung Köln")
_D_AMBU = ins(
    "Beschikking over de grensoverschrijdende inzet van ambulances",
    "Decision",
    "beschikking over de grensoverschrijdende inzet van ambulances",
)
_EV_CRISIS = event("Benelux-conferentie over crisisbeheersing")
_BBK = org(
    "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe",
    "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe",
    "BBK",
)
_ERCC = org(
    "Europees Centrum voor coördinatie van respons op noodsituaties",
    "Europees Centrum voor coördinatie van respons op noodsituaties",
    "ERCC",
)
SPECS[_F02] = (
    [
        _MOU,
        country(BE, "België", "Koninkrijk Belgié", "Belgié"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg"),
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW"),
        _WG_CRISIS,
        cvm("Benelux Comité van Ministers", "Comité van Ministers"),
        _NCC,
        _NCTV,
        _HCPN,
        _MI_NRW,
        _WG_CCS,
        _WG_AMBU,
        _WG_BCO,
        _PREF,
        _BRK,
        _D_AMBU,
        country(FR, "Frankrijk"),
        country(DE, "Duitsland"),
        _EV_CRISIS,
        _BBK,
        _ERCC,
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        sg(),
        act("Besluit nr. 1313/2013/EU"),
    ],
    [
        Rel(_MOU.iri, DATE, "2006-06-01", "ondertekend te Brussel op 1 juni 2006"),
        *[Rel(_MOU.iri, PART, c, "Het memorandum werd gesloten") for c in (BE, NL, LU, NRW)],
        Rel(_WG_CRISIS.iri, SUB, I_CVM, "groep rapporteert aan"),
        *[
            Rel(_WG_CRISIS.iri, PART, x.iri, "groep rapporteert aan")
            for x in (_NCC, _NCTV, _HCPN, _MI_NRW)
        ],
        Rel(_WG_CCS.iri, SUB, _WG_CRISIS.iri, "Het Benelux-netwerk van crisis"),
        Rel(_WG_AMBU.iri, SUB, _WG_CRISIS.iri, "Het Benelux-netwerk van crisis"),
        Rel(_WG_BCO.iri, PART, _PREF.iri, "Aan het Crisisoverleg"),
        Rel(_WG_BCO.iri, PART, _BRK.iri, "Aan het Crisisoverleg"),
        Rel(_D_AMBU.iri, PASSED, I_CVM, "vastgesteld\ndoor het Comité"),
        Rel(_D_AMBU.iri, DATE, "2023-10-18", "vastgesteld\ndoor het Comité"),
        Rel(_EV_CRISIS.iri, PART, FR, "De samenwerking met Frankrijk en Duitsland"),
        Rel(_EV_CRISIS.iri, PART, DE, "De samenwerking met Frankrijk en Duitsland"),
        Rel(_EV_CRISIS.iri, PART, _BBK.iri, "De editie van 2024"),
        Rel(_EV_CRISIS.iri, PART, _ERCC.iri, "De editie van 2024"),
        Rel(_ERCC.iri, SUB, EC, "De editie van 2024"),
        Rel(I_SG, COOP, _ERCC.iri, "Voor de grensoverschrijdende oefeningen"),
    ],
)

# --- f03: letter to parliament on cooperation with France and Hauts-de-France -----------------
_F03 = "f03_letter_france"
_IV_2018 = Ent(
    "id/instrument/intentieverklaring-benelux-unie-hauts-de-france-van-7-juni-2018",
    "Declaration",
    "Intentieverklaring Benelux Unie-Hauts-de-France van 7 juni 2018",
    ["intentieverklaring Benelux Unie-Hauts-de-France van 7 juni 2018"],
)
_IV_2022 = Ent(
    "id/instrument/intentieverklaring-benelux-hauts-de-france-2022-2026",
    "Declaration",
    "Intentieverklaring Benelux-Hauts-de-France 2022-2026",
    ["intentieverklaring Benelux-Hauts-de-France 2022-2026"],
)
_WG_STUUR = Ent(
    "id/working-group/stuurgroep-hauts-de-france-benelux",
    "WorkingGroup",
    "Stuurgroep Hauts-de-France – Benelux",
    ["stuurgroep Hauts-de-France – Benelux"],
)
_VLAAMS = Ent("id/organisation/vlaams-gewest", "NationalBody", "Vlaams Gewest", ["Vlaams Gewest"])
_EMP = Ent(
    "id/organisation/eurometropool-lille-kortrijk-tournai",
    "ExternalOrganisation",
    "Eurometropool Lille-Kortrijk-Tournai",
    ["Eurometropool Lille-Kortrijk-Tournai", "Eurométropole"],
)
_HAZ = wg("Hazeldonkoverleg")
_IV_ECMR = ins(
    "Intentieverklaring inzake de digitale vrachtbrief",
    "Declaration",
    "intentieverklaring inzake de digitale vrachtbrief",
)
_IRU = org("International Road Transport Union")
_IV_GR = ins(
    "Intentieverklaring tussen de Benelux Unie en de Grande Région over grensoverschrijdende arbeidsmobiliteit",
    "Declaration",
    "intentieverklaring tussen de Benelux Unie en de Grande Région over grensoverschrijdende arbeidsmobiliteit",
)
_EV_CD = event(
    "Commissiedebat over de Benelux van 15 januari 2026",
    "commissiedebat over de Benelux van 15 januari 2026",
    slug="commissiedebat-over-de-benelux-2026-01-15",
)
_EV_TOP = event("Benelux-top 2026", "Benelux-top van 2026", slug="benelux-top-2026")
SPECS[_F03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _EV_CD,
        _EV_TOP,
        bu(),
        sg(),
        region(HDF, "Hauts-de-France"),
        region(GR, "Grande Région"),
        region("id/region/lotharingen", "Lotharingen"),
        region("id/region/grand-est", "Grand Est"),
        _IV_2018,
        _IV_2022,
        _WG_STUUR,
        _WAALS,
        _VLAAMS,
        _EMP,
        Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"]),
        _WG_DRUGS,
        _HAZ,
        _IV_ECMR,
        _IRU,
        _IV_GR,
        country(FR, "Frankrijk"),
        country(NL, "Nederland"),
        person("Xavier Bertrand"),
        person("Marieke Hoogendoorn"),
    ],
    [
        Rel(BU, COOP, HDF, "De Benelux Unie werkt sinds 2018"),
        Rel(_IV_2018.iri, DATE, "2018-06-07", "werd op\n15 november"),
        Rel(_IV_2022.iri, DATE, "2022-11-15", "werd op\n15 november"),
        Rel(_IV_2022.iri, AMENDS, _IV_2018.iri, "werd op\n15 november"),
        Rel(_IV_2018.iri, PART, BU, "werd op\n15 november"),
        Rel(_IV_2018.iri, PART, HDF, "werd op\n15 november"),
        Rel(_IV_2022.iri, PART, HDF, "werd op\n15 november"),
        Rel(_IV_2018.iri, PART, I_SG, "Beide verklaringen"),
        Rel(_IV_2022.iri, PART, I_SG, "Beide verklaringen"),
        Rel(_WG_STUUR.iri, PART, HDF, "De uitvoering ligt bij de stuurgroep"),
        *[
            Rel(_WG_STUUR.iri, PART, x, "Die komt\njaarlijks")
            for x in (I_SG, _WAALS.iri, _VLAAMS.iri, _EMP.iri)
        ],
        Rel(_WG_DRUGS.iri, PART, FR, "Frankrijk neemt als waarnemer"),
        Rel(_WG_DRUGS.iri, SUB, SENN, "Frankrijk neemt als waarnemer"),
        Rel(_HAZ.iri, PART, FR, "en sluit sinds 2019 aan"),
        Rel(_IV_ECMR.iri, PART, FR, "Verder ondertekenden"),
        Rel(_IV_ECMR.iri, PART, _IRU.iri, "Verder ondertekenden"),
        Rel(_IV_ECMR.iri, DATE, "2021-07-14", "Verder ondertekenden"),
        Rel(_IV_GR.iri, PART, BU, "op 28 oktober 2024"),
        Rel(_IV_GR.iri, PART, GR, "op 28 oktober 2024"),
        Rel(_IV_GR.iri, DATE, "2024-10-28", "op 28 oktober 2024"),
        Rel(NL, COOP, HDF, "Nederland werkt met"),
    ],
)

# --- f04: news page, plenary session of the Benelux Parliament of 12-13 June 2026 -----------
_F04 = "f04_news_plenary"
_EV_JUN = event(
    "Plenaire zitting Benelux-Parlement 12-13 juni 2026",
    "tweede plenaire zitting van dit jaar",
    slug="plenaire-zitting-benelux-parlement-2026-06",
)
_EV_DEC = event(
    "Plenaire zitting Benelux-Parlement 4-5 december 2026",
    "volgende plenaire zitting",
    slug="plenaire-zitting-benelux-parlement-2026-12",
)
_R_962 = ins(
    "Aanbeveling 962/2 over de grensoverschrijdende toegang tot medisch-specialistische zorg",
    "Recommendation",
    "aanbeveling 962/2 over de grensoverschrijdende toegang tot medisch-specialistische zorg",
    "aanbeveling 962/2",
)
_R_912 = ins(
    "Aanbeveling 912/2 over patiëntenmobiliteit",
    "Recommendation",
    "aanbeveling 912/2 over patiëntenmobiliteit",
    "aanbeveling 912/2",
)
_R_955 = Ent(
    "id/instrument/aanbeveling-955-2-over-de-erkenning-van-beroepskwalificaties-in-de-zorg",
    "Recommendation",
    "Aanbeveling 955/2 over de erkenning van beroepskwalificaties in de zorg",
    ["aanbeveling 955/2"],
)
_WG_COV = wg(
    "Commissie Cultuur, Onderwijs en Volksgezondheid van het Benelux-Parlement",
    "commissie Cultuur, Onderwijs en Volksgezondheid",
)
_D_EH = ins(
    "Beschikking tot wijziging van Beschikking M (2020) 5 inzake eHealth",
    "Decision",
    "beschikking tot wijziging van Beschikking M (2020) 5 inzake eHealth",
)
_M2020_5 = m_number("M(2020)5", "Decision", "M (2020) 5", "Beschikking M (2020) 5 inzake eHealth")
_WG_PAT = wg("Benelux-werkgroep Patiëntenmobiliteit")
_WG_DCV = wg("Directiecomité Volksgezondheid")
_RIZIV = body("RIZIV")
_ZIN = body("Zorginstituut Nederland")
_CNS = body("Caisse nationale de santé")
_AOK = org("AOK Rheinland/Hamburg")
_AN = org("Assemblée nationale")
_BUREAU = wg("Bureau van het Benelux-Parlement", "Bureau van het Beneluxparlement")
SPECS[_F04] = (
    [
        bp("BENELUXPARLEMENT", "Beneluxparlement", "Benelux Parlement"),
        _EV_JUN,
        _EV_DEC,
        tk("Tweede Kamer", "Tweede Kamer der Staten-Generaal"),
        _R_962,
        _R_912,
        _R_955,
        _WG_COV,
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Comité"),
        _D_EH,
        _M2020_5,
        sg(),
        bu(),
        _WG_PAT,
        _WG_DCV,
        _RIZIV,
        _ZIN,
        _CNS,
        _AOK,
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Noordse Raad"]),
        _AN,
        _BUREAU,
        country(FR, "Frankrijk"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        person("Hanneke Mulder"),
        person("Gusty Graas"),
        person("Lisa Vermeulen"),
        person("Frans Weekers"),
        person("Jānis Vucāns"),
    ],
    [
        Rel(_R_962.iri, PASSED, I_BP, "Op zaterdag nam"),
        Rel(_R_962.iri, DATE, "2026-06-13", "Op zaterdag nam"),
        Rel(_WG_COV.iri, SUB, I_BP, "De tekst werd voorbereid"),
        Rel(_R_962.iri, AMENDS, _R_912.iri, "aanbeveling vervangt"),
        Rel(_R_912.iri, PASSED, I_BP, "aanbeveling vervangt"),
        Rel(_R_912.iri, DATE, "2018", "aanbeveling vervangt"),
        Rel(_R_955.iri, PASSED, I_BP, "Zij lichtte het antwoord"),
        Rel(_D_EH.iri, PASSED, I_CVM, "Zij lichtte het antwoord"),
        Rel(_D_EH.iri, AMENDS, _M2020_5.iri, "Zij lichtte het antwoord"),
        Rel(_M2020_5.iri, PASSED, I_CVM, "Zij lichtte het antwoord"),
        Rel(I_SG, SUB, BU, "Secretaris-generaal Frans Weekers"),
        Rel(_WG_PAT.iri, SUB, _WG_DCV.iri, "Hij noemde de nieuwe"),
        *[Rel(_WG_PAT.iri, PART, x.iri, "Hij noemde de nieuwe") for x in (_RIZIV, _ZIN, _CNS)],
        Rel(_WG_PAT.iri, PART, _AOK.iri, "neemt als waarnemer"),
        *[Rel(_EV_JUN.iri, PART, x, "Aan de zitting namen") for x in (BA, NR, _AN.iri)],
        Rel(I_BP, COOP, BA, "werkt sinds 1992"),
        Rel(I_BP, COOP, NR, "werkt sinds 1992"),
        Rel(_BUREAU.iri, SUB, I_BP, "Het Bureau van het"),
    ],
)

# --- f05: Benelux Publicatieblad 2026-1, contents of 2025 ------------------------------------
_F05 = "f05_journal_index"
_BCM = "Beschikking van het Comité van Ministers"
_M2025_6 = m_number(
    "M(2025)6",
    "Decision",
    "M (2025) 6",
    f"{_BCM} tot wijziging van de Beschikking M (2024) 3 inzake de wederzijdse erkenning van vaarbewijzen voor de recreatievaart",
)
_M2024_3 = m_number("M(2024)3", "Decision", "M (2024) 3")
_M2025_7 = m_number(
    "M(2025)7",
    "Decision",
    "M(2025)7",
    "Beschikking houdende wijziging van de Beschikking M (2021) 11 tot vaststelling van een gemeenschappelijk legitimatiebewijs voor hulpverleners",
)
_M2021_11 = m_number("M(2021)11", "Decision", "M (2021) 11")
_M2025_9 = m_number("M(2025)9", "Decision", "M (2025) 9", "Beschikking betreffende de pyropas")
_M2020_14 = m_number("M(2020)14", "Decision", "M (2020) 14")
_M2025_10 = m_number(
    "M(2025)10",
    "Decision",
    "M (2025) 10",
    f"{_BCM} betreffende de erkenning van opleidingen tot ambulancier",
)
_M2025_11 = m_number(
    "M(2025)11",
    "Recommendation",
    "M (2025) 11",
    "Aanbeveling van het Comité van Ministers betreffende de uitwisseling van gegevens over zorgverleners",
)
_UO_DRONES = ins(
    "Uitvoeringsovereenkomst inzake de inzet van drones bij grensoverschrijdende politieoperaties",
    "Agreement",
    "Uitvoeringsovereenkomst tussen het Koninkrijk Belgié, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg inzake de inzet van drones bij grensoverschrijdende politieoperaties",
)
_EMR = org("Euregio Maas-Rijn")
_AR_EMR = ins(
    "Administratieve regeling tussen het Secretariaat-Generaal en de Euregio Maas-Rijn inzake de grensinfopunten",
    "Agreement",
    "Administratieve regeling tussen het Secretariaat-Generaal van de Benelux Unie en de Euregio Maas-Rijn inzake de grensinfopunten",
)
_EUIPO = org("Bureau voor Intellectuele Eigendom van de Europese Unie")
_SP_IE = ins(
    "Samenwerkingsprotocol tussen het Benelux-Bureau voor de Intellectuele Eigendom en het Bureau voor Intellectuele Eigendom van de Europese Unie",
    "Agreement",
)
SPECS[_F05] = (
    [
        sg(),
        bu(),
        cvm(),
        _M2025_6,
        _M2024_3,
        _M2025_7,
        _M2021_11,
        _M2025_9,
        _M2020_14,
        _M2025_10,
        _M2025_11,
        _UO_DRONES,
        country(BE, "België", "Koninkrijk Belgié"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg", "Luxemburg"),
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        _AR_EMR,
        _EMR,
        _SP_IE,
        Ent(
            I_BBIE,
            "Institution",
            "Benelux-Bureau voor de Intellectuele Eigendom",
            ["Benelux-Bureau voor de Intellectuele Eigendom"],
        ),
        _EUIPO,
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        *[
            Rel(x.iri, PASSED, I_CVM, snippet)
            for x, snippet in (
                (_M2025_6, "van vaarbewijzen voor de"),
                (_M2024_3, "van vaarbewijzen voor de"),
                (_M2025_7, "legitimatiebewijs voor hulpverleners"),
                (_M2021_11, "legitimatiebewijs voor hulpverleners"),
                (_M2025_9, "betreffende de pyropas"),
                (_M2020_14, "betreffende de pyropas"),
                (_M2025_10, "opleidingen tot ambulancier"),
                (_M2025_11, "gegevens over zorgverleners"),
            )
        ],
        Rel(_M2025_6.iri, DATE, "2025-06-23", "van vaarbewijzen voor de"),
        Rel(_M2025_6.iri, AMENDS, _M2024_3.iri, "van vaarbewijzen voor de"),
        Rel(_M2025_7.iri, DATE, "2025-06-23", "legitimatiebewijs voor hulpverleners"),
        Rel(_M2025_7.iri, AMENDS, _M2021_11.iri, "legitimatiebewijs voor hulpverleners"),
        Rel(_M2025_9.iri, DATE, "2025-12-01", "betreffende de pyropas"),
        Rel(_M2025_9.iri, AMENDS, _M2020_14.iri, "betreffende de pyropas"),
        Rel(_M2025_10.iri, DATE, "2025-12-01", "opleidingen tot ambulancier"),
        Rel(_M2025_11.iri, DATE, "2025-12-01", "gegevens over zorgverleners"),
        *[Rel(_UO_DRONES.iri, PART, c, "inzet van drones") for c in (BE, NL, LU)],
        Rel(_UO_DRONES.iri, DATE, "2025-07-14", "inzet van drones"),
        Rel(_AR_EMR.iri, PART, I_SG, "inzake de\n                  grensinfopunten"),
        Rel(_AR_EMR.iri, PART, _EMR.iri, "inzake de\n                  grensinfopunten"),
        Rel(_AR_EMR.iri, DATE, "2025-10-10", "inzake de\n                  grensinfopunten"),
        Rel(_SP_IE.iri, PART, I_BBIE, "Samenwerkingsprotocol tussen"),
        Rel(_SP_IE.iri, PART, _EUIPO.iri, "Samenwerkingsprotocol tussen"),
        Rel(_SP_IE.iri, DATE, "2025-03-03", "Samenwerkingsprotocol tussen"),
        Rel(_EUIPO.iri, SUB, EUU, "Samenwerkingsprotocol tussen"),
    ],
)

# --- f06: answers to parliamentary questions on drug crime in the ports -----------------------
_F06 = "f06_answers_drugs_ports"
_V_HAVENS = Ent(
    "id/instrument/politieke-verklaring-over-drugscriminaliteit-in-de-havens-van-2-oktober-2023",
    "Declaration",
    "Politieke verklaring over drugscriminaliteit in de havens van 2 oktober 2023",
    [
        "politieke verklaring over drugscriminaliteit in de havens",
        "Politieke verklaring van Brussel",
    ],
)
_FEDPOL, _NATPOL = body("Federale Politie"), body("Nationale Politie")
_PGD = body("Police Grand-Ducale")
_AADA = body("Algemene Administratie van Douane en Accijnzen")
_DOUANE = body("Douane Nederland")
_COAL = wg("Europese coalitie tegen zware en georganiseerde criminaliteit")
_EPA = wg("Europese Havenalliantie")
_POAB, _HBR, _NSP = (
    org("Port of Antwerp-Bruges"),
    org("Havenbedrijf Rotterdam"),
    org("North Sea Port"),
)
_ANPR = Ent(
    "id/instrument/uitvoeringsovereenkomst-inzake-anpr",
    "Agreement",
    "Uitvoeringsovereenkomst inzake ANPR",
    ["Uitvoeringsovereenkomst tussen België, Nederland en Luxemburg inzake ANPR"],
)
SPECS[_F06] = (
    [
        tk("leden der Kamer", "Uw Kamer"),
        person("El Khadiri"),
        person("David van Weel", "Van Weel"),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        country(FR, "Frankrijk"),
        country(DE, "Duitsland"),
        country(IT, "Italië"),
        country(ES, "Spanje"),
        _V_HAVENS,
        _WG_DRUGS,
        Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"]),
        cvm("Comité van Ministers", "Comité"),
        bu(),
        _FEDPOL,
        _NATPOL,
        _PGD,
        _AADA,
        _DOUANE,
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        Ent(EUROJUST, "ExternalOrganisation", "Eurojust", ["Eurojust"]),
        _COAL,
        _EPA,
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        _POAB,
        _HBR,
        _NSP,
        _EV_SENN,
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        _ANPR,
        _R_DRUGS,
        bp("Beneluxparlement", "Benelux Parlement"),
    ],
    [
        *[Rel(_V_HAVENS.iri, PART, c, "De ministers van Justitie") for c in (BE, NL, LU)],
        Rel(_V_HAVENS.iri, DATE, "2023-10-02", "De ministers van Justitie"),
        Rel(_V_HAVENS.iri, PART, DE, "Politieke verklaring van Brussel"),
        Rel(_WG_DRUGS.iri, SUB, SENN, "De uitwerking ligt"),
        Rel(SENN, SUB, I_CVM, "Het Senningenoverleg zelf"),
        Rel(I_CVM, SUB, BU, "Het Senningenoverleg zelf"),
        *[
            Rel(_WG_DRUGS.iri, PART, x.iri, "Aan de werkgroep nemen")
            for x in (_FEDPOL, _NATPOL, _PGD, _AADA, _DOUANE)
        ],
        Rel(_WG_DRUGS.iri, PART, FR, "Frankrijk is"),
        Rel(_WG_DRUGS.iri, COOP, EUROPOL, "werkt nauw samen met Europol"),
        *[Rel(_COAL.iri, PART, c, "Nederland en België maken") for c in (NL, BE, DE, FR, IT, ES)],
        Rel(_EPA.iri, PART, EC, "Daarnaast is er de Europese Havenalliantie"),
        *[Rel(_EPA.iri, PART, x.iri, "Aan de alliantie") for x in (_POAB, _HBR, _NSP)],
        Rel(_EV_SENN.iri, PART, EUROPOL, "Tijdens de ministeriële vergadering"),
        Rel(_EV_SENN.iri, PART, EUROJUST, "Tijdens de ministeriële vergadering"),
        Rel(T_POLITIE, DATE, "2018-07-23", "Tijdens de ministeriële vergadering"),
        *[Rel(_ANPR.iri, PART, c, "Tijdens de ministeriële vergadering") for c in (BE, NL, LU)],
        Rel(_ANPR.iri, DATE, "2023-06-13", "Tijdens de ministeriële vergadering"),
        Rel(_R_DRUGS.iri, PASSED, I_BP, "Het Comité van Ministers beantwoordde"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
