# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set E (tests/heldout/gold/e01…e06).

Set E is a development set, like sets A, C and D (see README.md). The six documents and the
tables below were written without looking at the extractor's code or output, and without
opening set B. The offset helpers and the JSON writer are those of ``_spans.py`` (set A),
which in turn imports the matching rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_e.py              # write gold/e01…e06.json, verify every span
    python tests/heldout/_spans_e.py review DOC   # every hit and evidence in context
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
GOLD = HERE / "gold"


# Instruments, groups and meetings that also occur in the seeds or in sets A, C and D keep
# their IRIs there (tests/heldout/README.md, "How set E was made").
_GWP_2021 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2021-2024",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2021-2024",
    ["Gemeenschappelijk Werkprogramma 2021-2024"],
)
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_EFTI = Ent(
    "id/act/verordening-eu-2020-1056",
    "ExternalAct",
    "Verordening (EU) 2020/1056",
    ["Verordening (EU) 2020/1056", "eFTI-verordening"],
)
_POLITIE_TITLE = (
    "Verdrag tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het "
    "Groothertogdom Luxemburg inzake politiesamenwerking"
)


SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- e01: annual report 2024, chapter 3 "Mobiliteit" -------------------------------------
_E01 = "e01_annual_report_mobility"
_DCVV = wg("Directiecomité Verkeer en Vervoer")
_WG_ECMR = wg("Benelux-werkgroep e-CMR")
_WG_FIETS = wg("Werkgroep Fiets", "werkgroep Fiets")
_WG_OV = wg("Benelux-werkgroep Grensoverschrijdend Openbaar Vervoer")
_M2017_12 = m_number("M(2017)12", "Decision", "M (2017) 12")
_M2015_15 = m_number("M(2015)15", "Decision", "M(2015)15")
_M2024_11 = m_number("M(2024)11", "Decision", "M(2024)11")
_V_FIETS = Ent(
    "id/instrument/politieke-verklaring-fietsgebruik-2020",
    "Declaration",
    "Politieke verklaring over fietsgebruik van 2020",
    ["politieke verklaring over fietsgebruik"],
)
_V_CYCLING = Ent(
    "id/instrument/european-cycling-declaration",
    "Declaration",
    "European Declaration on Cycling",
    ["European Declaration on Cycling"],
)
_V_MILIEU = Ent(
    "id/instrument/benelux-verklaring-uitwisseling-voertuiggegevens-milieuzones",
    "Declaration",
    "Benelux-verklaring over de uitwisseling van voertuiggegevens voor milieuzones",
    ["Benelux-verklaring over de uitwisseling van voertuiggegevens voor milieuzones"],
)
_D_RIJBEWIJS = ins(
    "Beschikking over de uitwisseling van rijbewijsgegevens",
    "Decision",
    "beschikking over de uitwisseling van rijbewijsgegevens",
)
_EV_FIETS = event("Benelux-fietsconferentie")
_ILT = body("Inspectie Leefomgeving en Transport")
_FOD_MOB = body("FOD Mobiliteit en Vervoer")
_MMTP = body("Ministère de la Mobilité et des Travaux publics")
_IRU = org("International Road Transport Union")
_EP = org("Europees Parlement")
_RAAD_EU = org("Raad van de Europese Unie")
_NMBS, _NS, _CFL = org("NMBS"), org("Nederlandse Spoorwegen"), org("CFL")
_DB = org("Deutsche Bahn")
_LIJN = org("De Lijn", "Vlaamse Vervoermaatschappij De Lijn")
SPECS[_E01] = (
    [
        bu(),
        sg(),
        csg(),
        cvm("Comité van Ministers"),
        _GWP_2021,
        _GWP_2025,
        _DCVV,
        _WG_ECMR,
        _WG_FIETS,
        _WG_OV,
        _M2017_12,
        _M2015_15,
        _M2024_11,
        _V_FIETS,
        _V_CYCLING,
        _V_MILIEU,
        _D_RIJBEWIJS,
        _EV_FIETS,
        _EFTI,
        act("Richtlijn 96/53/EG"),
        _ILT,
        _FOD_MOB,
        _MMTP,
        body("RDW"),
        body(
            "Société Nationale de Circulation Automobile",
            "Société Nationale de Circulation Automobile",
            "SNCA",
        ),
        _IRU,
        _EP,
        _RAAD_EU,
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        _NMBS,
        _NS,
        _CFL,
        _DB,
        _LIJN,
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        country(BE, "België", "Belgié"),
    ],
    [
        Rel(_DCVV.iri, SUB, I_CSG, "dat onder het College van"),
        *[
            Rel(group.iri, SUB, _DCVV.iri, "dat onder het College van")
            for group in (_WG_ECMR, _WG_FIETS, _WG_OV)
        ],
        Rel(_M2017_12.iri, PASSED, I_CVM, "Sinds Beschikking M (2017) 12"),
        *[
            Rel(_WG_ECMR.iri, PART, x.iri, "namen de Inspectie Leefomgeving")
            for x in (_ILT, _FOD_MOB, _MMTP, _IRU)
        ],
        Rel(_M2015_15.iri, PASSED, I_CVM, "De proeven op grond van"),
        Rel(_M2024_11.iri, PASSED, I_CVM, "besloot het Comité van Ministers op 18 november"),
        Rel(_M2024_11.iri, DATE, "2024-11-18", "besloot het Comité van Ministers op 18 november"),
        Rel(
            _M2024_11.iri, AMENDS, _M2015_15.iri, "besloot het Comité van Ministers op 18 november"
        ),
        Rel(_V_FIETS.iri, DATE, "2020", "De werkgroep Fiets werkte"),
        Rel(_EV_FIETS.iri, PART, NRW, "Op 14 mei 2024 vond"),
        *[Rel(_V_CYCLING.iri, PART, x, "De Benelux-landen") for x in (_EP.iri, _RAAD_EU.iri, EC)],
        Rel(_V_CYCLING.iri, DATE, "2024", "De Benelux-landen"),
        *[
            Rel(_WG_OV.iri, PART, x.iri, "De Benelux-werkgroep Grensoverschrijdend")
            for x in (_NMBS, _NS, _CFL, _DB)
        ],
        Rel(_WG_OV.iri, PART, _LIJN.iri, "sloot in het najaar aan"),
        Rel(_D_RIJBEWIJS.iri, PASSED, I_CVM, "Sinds de beschikking over de uitwisseling"),
    ],
)

# --- e02: press release, Committee of Ministers of 18 November 2024 -----------------------
_E02 = "e02_press_ministers"
_M2024_10 = m_number(
    "M(2024)10",
    "Decision",
    "M (2024) 10",
    "Beschikking M (2024) 10 betreffende de wederzijdse erkenning van opleidingen van brandweerpersoneel",
)
_M2024_11b = m_number(
    "M(2024)11",
    "Decision",
    "M(2024)11",
    "Beschikking M(2024)11 tot wijziging van de Beschikking M (2015) 15 betreffende proeven met langere en zwaardere vrachtwagencombinaties",
)
_M2015_15b = m_number("M(2015)15", "Decision", "M (2015) 15")
_M2024_12 = m_number(
    "M(2024)12",
    "Recommendation",
    "M (2024)12",
    "Aanbeveling M (2024)12 betreffende de grensoverschrijdende samenwerking in de geestelijke gezondheidszorg",
)
_M2024_3 = m_number(
    "M(2024)3",
    "Decision",
    "M (2024) 3",
    "Beschikking M (2024) 3 van 17 juni 2024 inzake de wederzijdse erkenning van vaarbewijzen voor de recreatievaart",
)
_IV_GR = ins(
    "Intentieverklaring tussen de Benelux Unie en de Grande Région over grensoverschrijdende arbeidsmobiliteit",
    "Declaration",
    "intentieverklaring tussen de Benelux Unie en de Grande Région over grensoverschrijdende arbeidsmobiliteit",
)
_R_DRUGS = Ent(
    "id/instrument/aanbeveling-gezamenlijke-aanpak-van-drugscriminaliteit-in-de-havens-van-antwerpen-rotterdam-en-vlissingen",
    "Recommendation",
    "Aanbeveling Gezamenlijke aanpak van drugscriminaliteit in de havens van Antwerpen, Rotterdam en Vlissingen",
    [
        "aanbeveling van het Benelux Parlement over de gezamenlijke aanpak van drugscriminaliteit in de havens van Antwerpen, Rotterdam en Vlissingen"
    ],
)
_EV_CVM = event(
    "Vergadering Comité van Ministers 18 november 2024",
    "najaarsvergadering",
    slug="vergadering-comite-van-ministers-2024-11-18",
)
SPECS[_E02] = (
    [
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Comité"),
        bu(),
        sg(),
        Ent(I_BP, "Institution", "Benelux-Parlement", ["Benelux-Parlement", "Benelux Parlement"]),
        Ent(I_RAAD, "Institution", "Benelux-Raad", ["Benelux-Raad"]),
        _EV_CVM,
        _GWP_2025,
        _M2024_10,
        _M2024_11b,
        _M2015_15b,
        _M2024_12,
        _M2024_3,
        _IV_GR,
        _R_DRUGS,
        Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"]),
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"]),
        country(NL, "Nederland"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg", "Luxemburg"),
        person("Hadja Lahbib", "Lahbib"),
        person("Caspar Veldkamp"),
        person("Xavier Bettel"),
        person("Frans Weekers"),
    ],
    [
        Rel(_EV_CVM.iri, PART, NL, "Namens Nederland nam"),
        Rel(_EV_CVM.iri, PART, LU, "Namens Nederland nam"),
        Rel(_GWP_2025.iri, PASSED, I_CVM, "Het Comité stelde het"),
        Rel(_GWP_2025.iri, DATE, "2024-11-18", "Het Comité stelde het"),
        *[
            Rel(x.iri, PASSED, I_CVM, "De ministers namen twee beschikkingen")
            for x in (_M2024_10, _M2024_11b, _M2024_12)
        ],
        *[
            Rel(x.iri, DATE, "2024-11-18", "De ministers namen twee beschikkingen")
            for x in (_M2024_10, _M2024_11b, _M2024_12)
        ],
        Rel(_M2015_15b.iri, PASSED, I_CVM, "tot wijziging van de Beschikking M (2015) 15"),
        Rel(_M2024_11b.iri, AMENDS, _M2015_15b.iri, "tot wijziging van de Beschikking M (2015) 15"),
        Rel(_M2024_3.iri, PASSED, I_CVM, "Daarnaast nam het Comité kennis"),
        Rel(_M2024_3.iri, DATE, "2024-06-17", "Daarnaast nam het Comité kennis"),
        Rel(_IV_GR.iri, PART, BU, "De ministers verwelkomden"),
        Rel(_IV_GR.iri, PART, GR, "De ministers verwelkomden"),
        Rel(_IV_GR.iri, DATE, "2024-10-28", "De ministers verwelkomden"),
        Rel(_R_DRUGS.iri, PASSED, I_BP, "Zij stelden ook hun antwoord vast"),
        Rel(I_SG, SUB, BU, "Contact: persdienst"),
    ],
)

# --- e03: letter to parliament on cooperation with North Rhine-Westphalia and Lower Saxony -
_E03 = "e03_letter_german_neighbours"
_V_NRW = Ent(
    "id/instrument/politieke-verklaring-benelux-noordrijn-westfalen",
    "Declaration",
    "Politieke verklaring Benelux-Noordrijn-Westfalen",
    ["politieke verklaring Benelux-Noordrijn-Westfalen"],
)
_WG_ARBEID = wg("Benelux-NRW-werkgroep Arbeidsmarkt")
_WG_GIP = wg("Benelux-NRW Netwerk Grensinfopunten")
_WG_SPOOR = wg("Werkgroep Grensoverschrijdend Spoor", "werkgroep Grensoverschrijdend Spoor")
_WG_GRENSCIE = wg("Nederlands-Nedersaksische Grenscommissie")
_UWV, _VDAB, _ADEM = body("UWV"), body("VDAB"), body("ADEM")
_BA_ARBEIT = org("Bundesagentur für Arbeit")
_NS3, _DB3, _NMBS3 = org("Nederlandse Spoorwegen"), org("Deutsche Bahn"), org("NMBS")
_VRR = org("Verkehrsverbund Rhein-Ruhr")
_EDR = org("Eems Dollard Regio")
_EUREGIO = org("EUREGIO")
_NDS = Ent("id/region/nedersaksen", "NeighbouringRegion", "Nedersaksen", ["Nedersaksen"])
SPECS[_E03] = (
    [
        Ent(
            "id/organisation/tweede-kamer",
            "NationalBody",
            "Tweede Kamer",
            ["Tweede Kamer der Staten-Generaal", "uw Kamer"],
        ),
        event(
            "Commissiedebat Grensoverschrijdende samenwerking van 5 maart 2025",
            "commissiedebat Grensoverschrijdende samenwerking van 5 maart 2025",
            slug="commissiedebat-grensoverschrijdende-samenwerking-2025-03-05",
        ),
        event("Benelux-NRW-conferentie Grensarbeid"),
        Ent(
            NRW,
            "NeighbouringRegion",
            "Noordrijn-Westfalen",
            ["Noordrijn-Westfalen", "NRW"],
            compound=True,
        ),
        _NDS,
        bu(),
        sg(),
        csg(),
        _V_NRW,
        _WG_ARBEID,
        _WG_GIP,
        _WG_SPOOR,
        _WG_GRENSCIE,
        _UWV,
        _VDAB,
        _ADEM,
        _BA_ARBEIT,
        _NS3,
        _DB3,
        _NMBS3,
        _VRR,
        _EDR,
        _EUREGIO,
        org("Landtag van Noordrijn-Westfalen"),
        country(NL, "Nederland"),
        person("Hendrik Wüst"),
        person("Judith Uitermark"),
    ],
    [
        Rel(NL, COOP, NRW, "Nederland werkt met Noordrijn-Westfalen samen"),
        Rel(_V_NRW.iri, PART, NRW, "Basis voor dat laatste"),
        Rel(_V_NRW.iri, DATE, "2008", "Basis voor dat laatste"),
        *[
            Rel(group.iri, PART, NRW, "hebben drie werkgroepen ingesteld")
            for group in (_WG_ARBEID, _WG_GIP, _WG_SPOOR)
        ],
        *[
            Rel(_WG_ARBEID.iri, PART, x.iri, "waarin het UWV")
            for x in (_UWV, _VDAB, _ADEM, _BA_ARBEIT)
        ],
        Rel(_WG_GIP.iri, SUB, I_CSG, "dat rapporteert aan het College"),
        *[
            Rel(_WG_SPOOR.iri, PART, x.iri, "waarin de Nederlandse Spoorwegen")
            for x in (_NS3, _DB3, _NMBS3, _VRR)
        ],
        *[
            Rel(_WG_GRENSCIE.iri, PART, x.iri, "Zij\nnemen met de provincies")
            for x in (_EDR, _EUREGIO)
        ],
        Rel(I_SG, SUB, BU, "heeft aangeboden daarbij te helpen"),
    ],
)

# --- e04: evaluation of the Senningen consultation, chapter 4 -----------------------------
_E04 = "e04_evaluation_senningen"
_MEMO = Ent(
    "id/instrument/memorandum-van-senningen",
    "Declaration",
    "Memorandum van Senningen",
    ["Memorandum van Senningen"],
)
_COG = Ent(
    "id/working-group/centrale-overleggroep-senningen",
    "WorkingGroup",
    "Centrale Overleggroep Senningen",
    ["Centrale Overleggroep Senningen", "COG"],
)
_WG_POLV = wg("Werkgroep Politieverdrag")
_WG_MELD = wg("SENN-Meldkamer")
_WG_DRUGS = wg("Benelux-werkgroep Drugs")
_WG_MENS = wg(
    "Benelux-werkgroep Mensenhandel",
    "Benelux-werkgroep Mensenhandel",
)
_JENV = body("Ministerie van Justitie en Veiligheid")
_FOD_BIZA = body("FOD Binnenlandse Zaken")
_FOD_JUS = body("FOD Justitie")
_MSI = body("Ministère de la Sécurité intérieure")
_FEDPOL = body("Federale Politie")
_NATPOL = body("Nationale Politie")
_KMAR = body("Koninklijke Marechaussee")
_PGD = body("Police Grand-Ducale", "Police grand-ducale")
_ITEM = org("ITEM")
_EV_SENN = event(
    "Ministeriële vergadering Senningenoverleg 26 juni 2024",
    "jaarlijkse vergadering op ministerieel niveau",
    slug="ministeriele-vergadering-senningenoverleg-2024-06-26",
)
SPECS[_E04] = (
    [
        Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"]),
        _MEMO,
        cvm("Benelux Comité van Ministers"),
        sg(),
        Ent(
            T_POLITIE,
            "Treaty",
            "Benelux-Politieverdrag",
            [_POLITIE_TITLE],
            # the short name carries a glued footnote mark ("Benelux-Politieverdrag¹")
            raw=["Benelux-Politieverdrag"],
        ),
        _COG,
        _WG_POLV,
        _WG_MELD,
        _WG_DRUGS,
        _WG_MENS,
        _JENV,
        _FOD_BIZA,
        _FOD_JUS,
        _MSI,
        _FEDPOL,
        _NATPOL,
        _KMAR,
        _PGD,
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        Ent(EUROJUST, "ExternalOrganisation", "Eurojust", ["Eurojust"]),
        _ITEM,
        org("Universiteit Maastricht"),
        _EV_SENN,
        _GWP_2025,
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        country(BE, "België", "België", "Koninkrijk België"),
        country(NL, "Nederland", "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Luxemburg", "Groothertogdom Luxemburg"),
        country(FR, "Frankrijk"),
    ],
    [
        *[Rel(SENN, PART, c, "Het Senningenoverleg is het strategisch") for c in (BE, NL, LU)],
        Rel(SENN, SUB, I_CVM, "Het ontstond na het"),
        Rel(_MEMO.iri, DATE, "1996", "Het ontstond na het"),
        *[
            Rel(SENN, PART, x.iri, "Aan het overleg nemen op ambtelijk")
            for x in (_JENV, _FOD_BIZA, _FOD_JUS, _MSI)
        ],
        *[Rel(SENN, PART, x.iri, "schuiven\naan") for x in (_FEDPOL, _NATPOL, _KMAR, _PGD)],
        Rel(_COG.iri, SUB, SENN, "Onder het Senningenoverleg werken"),
        *[
            Rel(group.iri, SUB, SENN, "Tabel 4.1  Werkgroepen")
            for group in (_WG_POLV, _WG_MELD, _WG_DRUGS, _WG_MENS)
        ],
        Rel(_WG_DRUGS.iri, PART, FR, "Over de Benelux-werkgroep Drugs"),
        Rel(_WG_MENS.iri, PART, EUROPOL, "waarin ook Europol"),
        Rel(_WG_MENS.iri, PART, NRW, "waarin ook Europol"),
        Rel(_EV_SENN.iri, PART, EUROPOL, "zijn sinds 2022 vaste gasten"),
        Rel(_EV_SENN.iri, PART, EUROJUST, "zijn sinds 2022 vaste gasten"),
        Rel(T_POLITIE, DATE, "2018-07-23", "inzake politiesamenwerking, Brussel"),
        *[Rel(T_POLITIE, PART, c, "inzake politiesamenwerking, Brussel") for c in (BE, NL, LU)],
    ],
)

# --- e05: Benelux Publicatieblad 2025-1, contents of 2024 (continued) ---------------------
_E05 = "e05_journal_amendments"
_BEU = "Beschikking van het Comité van Ministers"
_M2024_3e = m_number(
    "M(2024)3",
    "Decision",
    "M (2024) 3",
    f"{_BEU} van de Benelux Unie inzake de wederzijdse erkenning van vaarbewijzen voor de recreatievaart",
)
_M2024_4 = m_number(
    "M(2024)4",
    "Decision",
    "M (2024) 4",
    f"{_BEU} houdende wijziging van de Beschikking M (2021) 11 tot vaststelling van een gemeenschappelijk legitimatiebewijs voor hulpverleners bij grensoverschrijdende inzet",
)
_M2021_11 = m_number("M(2021)11", "Decision", "M (2021) 11")
_M2024_10e = m_number(
    "M(2024)10",
    "Decision",
    "M(2024)10",
    "Beschikking betreffende de wederzijdse erkenning van opleidingen van brandweerpersoneel",
)
_M2024_11e = m_number(
    "M(2024)11",
    "Decision",
    "M (2024) 11",
    "Beschikking tot wijziging van de Beschikking M (2015) 15 betreffende proeven met langere en zwaardere vrachtwagencombinaties waarbij een intra-Benelux grens wordt overschreden",
)
_M2015_15e = m_number("M(2015)15", "Decision", "M (2015) 15")
_M2024_12e = m_number(
    "M(2024)12",
    "Recommendation",
    "M (2024) 12",
    "Aanbeveling van het Comité van Ministers betreffende de grensoverschrijdende samenwerking in de geestelijke gezondheidszorg",
)
_UO_PATR = ins(
    "Uitvoeringsovereenkomst inzake gemeenschappelijke patrouilles",
    "Agreement",
    "Uitvoeringsovereenkomst tussen het Koninkrijk Belgié, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg inzake gemeenschappelijke patrouilles",
)
_EDR5 = org("Eems Dollard Regio")
_AR_EDR = ins(
    "Administratieve regeling tussen het Secretariaat-Generaal en de Eems Dollard Regio over informatie voor grensarbeiders",
    "Agreement",
    "Administratieve regeling tussen het Secretariaat-Generaal van de Benelux Unie en de Eems Dollard Regio over de uitwisseling van informatie voor grensarbeiders",
)
SPECS[_E05] = (
    [
        sg(),
        bu(),
        cvm("Comité van Ministers"),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
        _M2024_3e,
        _M2024_4,
        _M2021_11,
        _M2024_10e,
        _M2024_11e,
        _M2015_15e,
        _M2024_12e,
        _UO_PATR,
        _AR_EDR,
        _EDR5,
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        country(BE, "België", "Koninkrijk Belgié"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg"),
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        Rel(I_CVM, SUB, BU, "van vaarbewijzen voor de"),
        *[
            Rel(x.iri, PASSED, I_CVM, snippet)
            for x, snippet in (
                (_M2024_3e, "van vaarbewijzen voor de"),
                (_M2024_4, "legitimatiebewijs voor hulpverleners"),
                (_M2021_11, "legitimatiebewijs voor hulpverleners"),
                (_M2024_10e, "leidingen van brandweerpersoneel"),
                (_M2024_11e, "betreffende proeven met langere"),
                (_M2015_15e, "betreffende proeven met langere"),
                (_M2024_12e, "in de geestelijke ge"),
            )
        ],
        Rel(_M2024_3e.iri, DATE, "2024-06-17", "van vaarbewijzen voor de"),
        Rel(_M2024_4.iri, DATE, "2024-06-17", "legitimatiebewijs voor hulpverleners"),
        Rel(_M2024_10e.iri, DATE, "2024-11-18", "leidingen van brandweerpersoneel"),
        Rel(_M2024_11e.iri, DATE, "2024-11-18", "betreffende proeven met langere"),
        Rel(_M2024_12e.iri, DATE, "2024-11-18", "in de geestelijke ge"),
        Rel(_M2024_4.iri, AMENDS, _M2021_11.iri, "legitimatiebewijs voor hulpverleners"),
        Rel(_M2024_11e.iri, AMENDS, _M2015_15e.iri, "betreffende proeven met langere"),
        *[Rel(_UO_PATR.iri, PART, c, "lijke patrouilles") for c in (BE, NL, LU)],
        Rel(_UO_PATR.iri, DATE, "2024-12-04", "lijke patrouilles"),
        Rel(_AR_EDR.iri, PART, I_SG, "voor grensarbeiders"),
        Rel(_AR_EDR.iri, PART, _EDR5.iri, "voor grensarbeiders"),
        Rel(_AR_EDR.iri, DATE, "2024-10-02", "voor grensarbeiders"),
    ],
)

# --- e06: news page of the Benelux Parliament, plenary session of 6-7 December 2024 --------
_E06 = "e06_news_parliament"
_R_946 = Ent(
    "id/instrument/aanbeveling-946-2-over-waterbeheer-en-droogte-in-het-stroomgebied-van-de-maas",
    "Recommendation",
    "Aanbeveling 946/2 over waterbeheer en droogte in het stroomgebied van de Maas",
    [
        "aanbeveling 946/2 over waterbeheer en droogte in het stroomgebied van de Maas",
        "aanbeveling 946/2",
    ],
)
_R_GRENS = ins(
    "Aanbeveling over grensarbeid van 2014",
    "Recommendation",
    "aanbeveling over grensarbeid",
)
_WG_DEM = wg(
    "Commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
    "commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
    "commissie Duurzaamheid, Energie en Mobiliteit",
)
_WG_JBZ = wg(
    "Commissie Justitie en Binnenlandse Zaken van het Benelux-Parlement",
    "commissie Justitie en Binnenlandse Zaken",
)
_WG_BUREAU = wg("Bureau van het Benelux-Parlement", "Bureau van het Beneluxparlement")
_EV_DEC = event(
    "Plenaire zitting Benelux-Parlement 6-7 december 2024",
    "Plenaire zitting december 2024",
    "laatste plenaire zitting van dit jaar",
    slug="plenaire-zitting-benelux-parlement-2024-12",
)
_EV_MRT = event(
    "Plenaire zitting Benelux-Parlement 21-22 maart 2025",
    "volgende plenaire zitting",
    slug="plenaire-zitting-benelux-parlement-2025-03",
)
SPECS[_E06] = (
    [
        Ent(
            I_BP,
            "Institution",
            "Benelux-Parlement",
            [
                "Benelux Parlement",
                "BENELUXPARLEMENT",
                "Beneluxparlement",
                "Interparlementaire Benelux-Raad",
            ],
        ),
        cvm("Comité van Ministers"),
        bu(),
        _WG_DEM,
        _WG_JBZ,
        _WG_BUREAU,
        _R_946,
        _R_GRENS,
        _EV_DEC,
        _EV_MRT,
        _GWP_2025,
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        Ent(
            "id/organisation/internationale-maascommissie",
            "ExternalOrganisation",
            "Internationale Maascommissie",
            ["Internationale Maascommissie"],
        ),
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Nordic Council"]),
        body("Senaat"),
        country(FR, "Frankrijk"),
        country(DE, "Duitsland"),
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        person("Karin Brouwers"),
        person("Marc Delvaux"),
        person("Hendrik-Jan Talsma"),
        person("Gusty Graas"),
        person("Bernard Quintin"),
        person("Frans Weekers"),
        person("Jānis Vucāns"),
    ],
    [
        Rel(_R_946.iri, PASSED, I_BP, "Op zaterdag nam het parlement"),
        Rel(_R_946.iri, DATE, "2024-12-07", "Op zaterdag nam het parlement"),
        Rel(_WG_DEM.iri, SUB, I_BP, "De tekst werd voorbereid"),
        Rel(_R_GRENS.iri, PASSED, I_BP, "Zij beantwoordde vragen"),
        Rel(_R_GRENS.iri, DATE, "2014", "Zij beantwoordde vragen"),
        Rel(_EV_DEC.iri, PART, BA, "Een delegatie van de Baltische"),
        Rel(_EV_DEC.iri, PART, NR, "Een delegatie van de Baltische"),
        Rel(_WG_BUREAU.iri, SUB, I_BP, "Het Bureau van het Beneluxparlement"),
        Rel(I_BP, COOP, BA, "Het Bureau van het Beneluxparlement"),
        Rel(I_BP, COOP, NR, "Het Bureau van het Beneluxparlement"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
