# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set H (tests/heldout/gold/i01…i06).

Set H is a development set, like sets A, C, D, E and F (see README.md), written to exercise
actors and their relations: people with roles, meetings with dates and places, national
bodies and external organisations under full names and abbreviations, and working groups,
platforms and networks whose parent bodies and participants are stated in varied ways
(enumerations, "Deelnemers:" lines with country codes, relative clauses, chairs, two-sentence
statements). The six documents and the tables below were written without looking at the
extractor's code or output, and without opening set B. The offset helpers and the JSON
writer are those of ``_spans.py`` (set A), which in turn imports the matching rules of
``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_h.py              # write gold/i01…i06.json, verify every span
    python tests/heldout/_spans_h.py review DOC   # every hit and evidence in context
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


# Instruments, groups, bodies, people and meetings that also occur in the seeds or in sets A,
# C, D, E and F keep their IRIs there (see the report of set H in README.md).
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_R_955 = Ent(
    "id/instrument/aanbeveling-955-2-over-de-erkenning-van-beroepskwalificaties-in-de-zorg",
    "Recommendation",
    "Aanbeveling 955/2 over de erkenning van beroepskwalificaties in de zorg",
    [
        "aanbeveling 955/2 over de erkenning van beroepskwalificaties in de zorg",
        "aanbeveling 955/2",
    ],
)
_WG_CYB = wg("Benelux Cyberplatform")
_WG_NG = wg("Benelux-netwerk van grensgemeenten")
_MOT = org(
    "Mission Opérationnelle Transfrontalière", "Mission Opérationnelle Transfrontalière", "MOT"
)
_NCSC = body("Nationaal Cyber Security Centrum", "Nationaal Cyber Security Centrum", "NCSC")
_CCB = body("Centrum voor Cybersecurity België", "Centrum voor Cybersecurity België", "CCB")
_GOVCERT = body("GOVCERT.LU")

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- i01: answers to parliamentary questions on cross-border social fraud ---------------------
_I01 = "i01_answers_social_fraud"
_T_SF = Ent(
    "id/instrument/benelux-verdrag-inzake-de-bestrijding-van-sociale-fraude",
    "Treaty",
    "Benelux-Verdrag inzake de bestrijding van sociale fraude",
    [
        "Benelux-Verdrag inzake de bestrijding van sociale fraude",
        "Benelux-Verdrag ter verbetering en versterking van de grensoverschrijdende samenwerking inzake de bestrijding van sociale fraude en inzake de bescherming van de gezondheid en de veiligheid op het werk en van fatsoenlijke arbeidsvoorwaarden",
    ],
)
_ARBI = body("Nederlandse Arbeidsinspectie", "Nederlandse Arbeidsinspectie", "Arbeidsinspectie")
_WG_SF = wg("Benelux-werkgroep Sociale Fraude")
_SIOD = body(
    "Sociale Inlichtingen- en Opsporingsdienst",
    "Sociale Inlichtingen- en Opsporingsdienst",
    "SIOD",
)
_RSZ = body("Rijksdienst voor Sociale Zekerheid", "Rijksdienst voor Sociale Zekerheid", "RSZ")
_ITM = body("Inspection du travail et des mines", "Inspection du travail et des mines", "ITM")
_SVB = body("Sociale Verzekeringsbank", "Sociale Verzekeringsbank", "SVB")
_ELA = org("Europese Arbeidsautoriteit", "Europese Arbeidsautoriteit", "ELA")
_DGT = org("Direction générale du travail", "Direction générale du travail", "DGT")
_FKS = org("Finanzkontrolle Schwarzarbeit", "Finanzkontrolle Schwarzarbeit", "FKS")
_CCSS = body("Centre commun de la sécurité sociale", "Centre commun de la sécurité sociale", "CCSS")
_WG_ESZ = wg(
    "Commissie Economische en Sociale Zaken van het Beneluxparlement",
    "commissie Economische en Sociale Zaken van het Beneluxparlement",
    "commissie Economische en Sociale Zaken",
)
_R_UITZ = ins(
    "Aanbeveling over de bestrijding van fraude met uitzendarbeid",
    "Recommendation",
    "aanbeveling over de bestrijding van fraude met uitzendarbeid",
)
_EV_JUN25 = event(
    "Plenaire zitting Benelux-Parlement 20-21 juni 2025",
    "plenaire zitting van 20 en 21 juni 2025",
    slug="plenaire-zitting-benelux-parlement-2025-06",
)
_EV_MINSF = event(
    "Benelux-ministerconferentie over sociale fraude van 5 juni 2025",
    "Benelux-ministerconferentie over sociale fraude",
    slug="benelux-ministerconferentie-over-sociale-fraude-2025-06-05",
)
SPECS[_I01] = (
    [
        tk("leden der Kamer", "uw Kamer"),
        person("Van Dijk-Brouwer"),
        person("Eddy van Hijum", "Van Hijum"),
        country(LU, "Luxemburg"),
        country(BE, "België"),
        country(NL, "Nederland"),
        _ARBI,
        _T_SF,
        body("Raad van State"),
        body("Kamer van volksvertegenwoordigers"),
        _WG_SF,
        csg(),
        _SIOD,
        _RSZ,
        _ITM,
        _SVB,
        _ELA,
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        _DGT,
        _FKS,
        _CCSS,
        bp("Beneluxparlement"),
        _WG_ESZ,
        person("Martine Reuter"),
        _R_UITZ,
        _EV_JUN25,
        cvm("Benelux Comité van Ministers"),
        _EV_MINSF,
        person("Georges Mischo"),
        person("David Clarinval"),
    ],
    [
        *[
            Rel(_T_SF.iri, PART, c, "België, Nederland en Luxemburg ondertekenden")
            for c in (BE, NL, LU)
        ],
        Rel(_T_SF.iri, DATE, "2023", "België, Nederland en Luxemburg ondertekenden"),
        Rel(_WG_SF.iri, SUB, I_CSG, "De uitvoering ligt bij de Benelux-werkgroep"),
        Rel(_WG_SF.iri, PART, _ARBI.iri, "De werkgroep vergadert onder"),
        *[
            Rel(_WG_SF.iri, PART, x.iri, "Verder zijn de Belgische Sociale")
            for x in (_SIOD, _RSZ, _ITM)
        ],
        Rel(_WG_SF.iri, PART, _SVB.iri, "Namens Nederland schuift"),
        Rel(_WG_SF.iri, PART, _ELA.iri, "neemt als waarnemer deel aan de Benelux-"),
        Rel(_ELA.iri, SUB, EUU, "een agentschap van de Europese"),
        Rel(_WG_SF.iri, PART, _DGT.iri, "Die actie werd voorbereid in de werkgroep"),
        Rel(_ARBI.iri, COOP, _FKS.iri, "Met de Duitse Finanzkontrolle"),
        Rel(_SVB.iri, COOP, _RSZ.iri, "werkt de SVB samen met"),
        Rel(_SVB.iri, COOP, _CCSS.iri, "werkt de SVB samen met"),
        Rel(_WG_ESZ.iri, SUB, I_BP, "De commissie Economische en Sociale Zaken"),
        *[
            Rel(_EV_MINSF.iri, PART, x, "nemen de ministers van Werk van België")
            for x in (BE, NL, LU, _ELA.iri)
        ],
    ],
)

# --- i02: annual plan 2026, chapter 4 "Een digitale Benelux" (projects) ---------------------
_I02 = "i02_annual_plan_digital"
_DC_DIG = wg("Directiecomité Digitalisering")
_BZK = body("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
_WG_EID = wg("Benelux-werkgroep Digitale Identiteit")
_EIDAS = act("Verordening (EU) 2024/1183", "Verordening (EU) 2024/1183", "eIDAS 2")
_BOSA = body("FOD Beleid en Ondersteuning", "FOD Beleid en Ondersteuning", "BOSA")
_LOGIUS = body("Logius")
_CTIE = body(
    "Centre des technologies de l'information de l'État",
    "Centre des technologies de l'information de l'État",
    "CTIE",
)
_ADV = body("Agentschap Digitaal Vlaanderen")
_D_EID = ins(
    "Beschikking inzake de wederzijdse erkenning van elektronische identificatiemiddelen",
    "Decision",
    "beschikking inzake de wederzijdse erkenning van elektronische identificatiemiddelen",
)
_KUL, _UT = org("KU Leuven"), org("Universiteit Twente")
_KVK = body("Kamer van Koophandel")
_KBO = body("Kruispuntbank van Ondernemingen")
_LBR = body("Luxembourg Business Registers")
_ENISA = org(
    "Agentschap van de Europese Unie voor cyberbeveiliging",
    "Agentschap van de Europese Unie voor cyberbeveiliging",
    "ENISA",
)
_WG_CCRIM = wg("Benelux-netwerk inzake bestrijding van cybercriminaliteit")
_NIS2 = act("Richtlijn (EU) 2022/2555", "Richtlijn (EU) 2022/2555", "NIS2-richtlijn")
_V_CYB = ins(
    "Politieke verklaring over cyberweerbaarheid",
    "Declaration",
    "politieke verklaring over cyberweerbaarheid",
)
_EV_TOP26 = event("Benelux-top 2026", "Benelux-top van 2026", slug="benelux-top-2026")
_WG_MOB = wg("Werkgroep Mobiele Connectiviteit")
_BIPT = body("BIPT")
_RDI = body(
    "Rijksinspectie Digitale Infrastructuur", "Rijksinspectie Digitale Infrastructuur", "RDI"
)
_ILR = body("Institut Luxembourgeois de Régulation", "Institut Luxembourgeois de Régulation", "ILR")
_PROX, _KPN, _POST = org("Proximus"), org("KPN"), org("POST Luxembourg")
SPECS[_I02] = (
    [
        _GWP_2025,
        bu(),
        _DC_DIG,
        csg(),
        cvm(),
        _BZK,
        _WG_EID,
        _EIDAS,
        _BOSA,
        _LOGIUS,
        _CTIE,
        _ADV,
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW"),
        _D_EID,
        _KUL,
        _UT,
        sg(),
        _KVK,
        _KBO,
        _LBR,
        _WG_CYB,
        _CCB,
        _NCSC,
        _GOVCERT,
        _ENISA,
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        _WG_CCRIM,
        Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"]),
        _NIS2,
        _V_CYB,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        country(FR, "Frankrijk"),
        country(DE, "Duitsland"),
        _EV_TOP26,
        _WG_MOB,
        _BIPT,
        _RDI,
        _ILR,
        _PROX,
        _KPN,
        _POST,
        region(GR, "Grande Région"),
    ],
    [
        Rel(_DC_DIG.iri, SUB, I_CSG, "bereidt het Directiecomité Digitalisering"),
        Rel(_DC_DIG.iri, PART, _BZK.iri, "Het directiecomité wordt voorgezeten"),
        *[Rel(_WG_EID.iri, PART, x.iri, "In de werkgroep zitten") for x in (_BOSA, _LOGIUS, _CTIE)],
        Rel(_WG_EID.iri, PART, _ADV.iri, "Het Agentschap Digitaal Vlaanderen sluit"),
        # The "Deelnemers:" line names the countries by code only (not mentions, F's rule);
        # the participation it states is annotated nonetheless.
        *[Rel(_WG_EID.iri, PART, x, "BE, NL, LU, NRW (waarnemer)") for x in (BE, NL, LU, NRW)],
        Rel(_D_EID.iri, PASSED, I_CVM, "beschikking inzake de wederzijdse erkenning"),
        Rel(I_SG, COOP, _KUL.iri, "Samen met de KU Leuven"),
        Rel(I_SG, COOP, _UT.iri, "Samen met de KU Leuven"),
        *[Rel(_WG_CYB.iri, PART, x.iri, "Het platform brengt de") for x in (_CCB, _NCSC, _GOVCERT)],
        Rel(_WG_CYB.iri, PART, _ENISA.iri, "(ENISA) neemt als waarnemer deel"),
        Rel(_ENISA.iri, SUB, EUU, "Het Agentschap van de Europese Unie voor"),
        Rel(_WG_CYB.iri, SUB, I_CVM, "Het platform staat onder voorzitterschap"),
        Rel(_WG_CYB.iri, COOP, _WG_CCRIM.iri, "Het werkt samen met het Benelux-net"),
        Rel(_WG_CCRIM.iri, SUB, SENN, "Het werkt samen met het Benelux-net"),
        *[Rel(_V_CYB.iri, PART, c, "Het platform bereidt een politieke") for c in (BE, NL, LU)],
        *[
            Rel(_WG_MOB.iri, PART, x.iri, "De Werkgroep Mobiele Connectiviteit, waaraan")
            for x in (_BIPT, _RDI, _ILR)
        ],
        *[Rel(_WG_MOB.iri, PART, x.iri, "De operatoren Proximus") for x in (_PROX, _KPN, _POST)],
        Rel(_WG_MOB.iri, COOP, GR, "Voor de grensstreek met Frankrijk"),
    ],
)

# --- i03: letter to parliament on cross-border cooperation of municipalities ----------------
_I03 = "i03_letter_border_municipalities"
_EV_CD = event(
    "Commissiedebat Grensoverschrijdende samenwerking van 5 maart 2025",
    "commissiedebat Grensoverschrijdende samenwerking van 5 maart 2025",
    slug="commissiedebat-grensoverschrijdende-samenwerking-2025-03-05",
)
_EV_WB = event(
    "Werkbezoek aan Baarle-Nassau en Baarle-Hertog van 16 mei 2025",
    "werkbezoek aan Baarle-Nassau en Baarle-Hertog",
    "werkbezoek aan Baarle",
    "Werkbezoek aan Baarle",
    slug="werkbezoek-aan-baarle-nassau-en-baarle-hertog-2025-05-16",
)
_EV_NG = event(
    "Eerste vergadering van het Benelux-netwerk van grensgemeenten, 30 oktober 2025",
    "eerste vergadering van het netwerk",
    slug="vergadering-benelux-netwerk-van-grensgemeenten-2025-10-30",
)
_T_GRENS = Ent(
    "id/instrument/benelux-verdrag-inzake-grensoverschrijdende-en-interterritoriale-samenwerking",
    "Treaty",
    "Benelux-Verdrag inzake grensoverschrijdende en interterritoriale samenwerking",
    ["Benelux-Verdrag inzake grensoverschrijdende en interterritoriale samenwerking"],
)
_LINIE = org(
    "Linieland van Waas en Hulst", "BGTS Linieland van Waas en Hulst", "Linieland van Waas en Hulst"
)
# "de Vlaamse Regering" is the government of the Flemish Region (seed rule: a Belgian region
# named as a party is the NationalBody vlaams-gewest).
_VLR = Ent("id/organisation/vlaams-gewest", "NationalBody", "Vlaams Gewest", ["Vlaamse Regering"])
_VNG = org("Vereniging van Nederlandse Gemeenten", "Vereniging van Nederlandse Gemeenten", "VNG")
_VVSG = org(
    "Vereniging van Vlaamse Steden en Gemeenten",
    "Vereniging van Vlaamse Steden en Gemeenten",
    "VVSG",
)
_UVCW = org(
    "Union des Villes et Communes de Wallonie", "Union des Villes et Communes de Wallonie", "UVCW"
)
_SYVICOL = org(
    "Syndicat des villes et communes luxembourgeoises",
    "Syndicat des villes et communes luxembourgeoises",
    "Syvicol",
)
_ITEM = Ent(
    "id/organisation/item",
    "ExternalOrganisation",
    "ITEM",
    ["Institute for Transnational and Euregional cross border cooperation and Mobility", "ITEM"],
)
_UM = org("Universiteit Maastricht")
_AEBR = org(
    "Association of European Border Regions", "Association of European Border Regions", "AEBR"
)
_DGREGIO = org(
    "Directoraat-generaal Regionaal en Stedelijk Beleid",
    "Directoraat-generaal Regionaal en Stedelijk Beleid",
    "DG REGIO",
)
SPECS[_I03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _EV_CD,
        _EV_WB,
        _WG_NG,
        _T_GRENS,
        country(BE, "België", "België", "Koninkrijk België"),
        country(NL, "Nederland", "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Luxemburg", "Groothertogdom Luxemburg"),
        _LINIE,
        _VLR,
        person("Hilde Crevits"),
        person("Marcel Boogers"),
        person("Frans de Bont"),
        sg(),
        bu(),
        cvm(),
        person("Wim Hillenaar"),
        _VNG,
        _VVSG,
        _UVCW,
        _SYVICOL,
        _ITEM,
        _UM,
        _MOT,
        _AEBR,
        _DGREGIO,
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        org("Eurode"),
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW"),
        person("Hendrik Wüst"),
        person("Frans Weekers"),
        _EV_NG,
        person("Judith Uitermark"),
    ],
    [
        Rel(
            _T_GRENS.iri, DATE, "2014-02-20", "interterritoriale\nsamenwerking van 20 februari 2014"
        ),
        *[
            Rel(_T_GRENS.iri, PART, c, "gesloten tussen het Koninkrijk België")
            for c in (BE, NL, LU)
        ],
        Rel(_EV_WB.iri, PART, _VLR.iri, "Op 16 mei 2025 bracht ik"),
        Rel(_EV_WB.iri, PART, I_SG, "nam aan het bezoek deel"),
        Rel(I_SG, SUB, BU, "nam aan het bezoek deel"),
        Rel(_WG_NG.iri, SUB, I_CVM, "Het netwerk rapporteert aan het Comité"),
        Rel(_WG_NG.iri, PART, _VNG.iri, "Vereniging van Nederlandse Gemeenten (VNG)"),
        Rel(_WG_NG.iri, PART, _VVSG.iri, "Vereniging van Vlaamse Steden en Gemeenten (VVSG)"),
        Rel(_WG_NG.iri, PART, _UVCW.iri, "Union des Villes et Communes de Wallonie (UVCW)"),
        Rel(_WG_NG.iri, PART, _SYVICOL.iri, "communes luxembourgeoises (Syvicol)"),
        Rel(_WG_NG.iri, PART, _ITEM.iri, "neemt als kennispartner"),
        Rel(_ITEM.iri, SUB, _UM.iri, "neemt als kennispartner"),
        Rel(_WG_NG.iri, PART, _MOT.iri, "zijn bij het netwerk aangesloten"),
        Rel(_WG_NG.iri, PART, _AEBR.iri, "zijn bij het netwerk aangesloten"),
        Rel(_DGREGIO.iri, SUB, EC, "REGIO) van de Europese Commissie"),
        # NRW only wants to join the network "op termijn": no participant (set E's rule).
        Rel(NL, COOP, NRW, "Nederland en NRW werken bovendien samen"),
    ],
)

# --- i04: news page of the Benelux Parliament, plenary session of 12-13 December 2025 ------
_I04 = "i04_news_plenary"
_EV_DEC25 = event(
    "Plenaire zitting Benelux-Parlement 12-13 december 2025",
    "Plenaire zitting december 2025",
    "laatste plenaire zitting van het jaar",
    slug="plenaire-zitting-benelux-parlement-2025-12",
)
_R_956 = ins(
    "Aanbeveling 956/2 over een grensoverschrijdend waterstofnetwerk",
    "Recommendation",
    "aanbeveling 956/2 over een grensoverschrijdend waterstofnetwerk",
    "aanbeveling 956/2",
)
_R_957 = ins(
    "Aanbeveling 957/2 over grensoverschrijdend openbaar vervoer",
    "Recommendation",
    "aanbeveling 957/2 over grensoverschrijdend openbaar vervoer",
    "aanbeveling 957/2",
)
_R_948 = Ent(
    "id/instrument/aanbeveling-948-2-over-grensoverschrijdend-telewerk",
    "Recommendation",
    "Aanbeveling 948/2 over grensoverschrijdend telewerk",
    ["aanbeveling 948/2 over grensoverschrijdend telewerk", "aanbeveling 948/2"],
)
_WG_DEM = Ent(
    "id/working-group/commissie-duurzaamheid-energie-en-mobiliteit-van-het-beneluxparlement",
    "WorkingGroup",
    "Commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
    [
        "commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
        "commissie Duurzaamheid, Energie en Mobiliteit",
    ],
)
_WG_COV = Ent(
    "id/working-group/commissie-cultuur-onderwijs-en-volksgezondheid-van-het-benelux-parlement",
    "WorkingGroup",
    "Commissie Cultuur, Onderwijs en Volksgezondheid van het Benelux-Parlement",
    ["commissie Cultuur, Onderwijs en Volksgezondheid"],
)
_FLUXYS, _GASUNIE, _OGE = org("Fluxys"), org("Gasunie"), org("Open Grid Europe")
_D_REIS = Ent(
    "id/instrument/beschikking-over-een-grensoverschrijdend-reisbewijs",
    "Decision",
    "Beschikking over één grensoverschrijdend reisbewijs",
    ["beschikking over één grensoverschrijdend reisbewijs"],
)
_TF = wg("Taskforce Grensarbeiders")
_IPR = org("Interregionale Parlementaire Raad", "Interregionale Parlementaire Raad", "IPR")
_P_NR = ins(
    "Samenwerkingsprotocol tussen het Beneluxparlement en de Noordse Raad",
    "Agreement",
    "samenwerkingsprotocol tussen het Beneluxparlement en de Noordse Raad",
)
_BUREAU = Ent(
    "id/working-group/bureau-van-het-benelux-parlement",
    "WorkingGroup",
    "Bureau van het Benelux-Parlement",
    ["Bureau van het Beneluxparlement", "Bureau"],
)
SPECS[_I04] = (
    [
        bp("Beneluxparlement", "BENELUXPARLEMENT"),
        _EV_DEC25,
        body("Vlaams Parlement"),
        person("Karin Brouwers", "Brouwers"),
        _R_956,
        _R_957,
        _R_955,
        person("Senne Dewinter", "Dewinter"),
        person("Anne Collin"),
        person("Theo Bovens"),
        _WG_DEM,
        person("Claude Haagen"),
        _WG_COV,
        _FLUXYS,
        _GASUNIE,
        _OGE,
        person("Xavier Bettel"),
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Comité"),
        _R_948,
        _D_REIS,
        country(LU, "Luxemburg"),
        country(NL, "Nederland"),
        person("Frans Weekers"),
        bu(),
        region(GR, "Grande Région"),
        region(SAAR, "Saarland"),
        person("Anke Rehlinger", "Rehlinger"),
        _TF,
        _IPR,
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        person("Jānis Vucāns"),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Noordse Raad"]),
        person("Mika Lehtonen", "Lehtonen"),
        _P_NR,
        person("Hendrik-Jan Talsma"),
        body("Eerste Kamer"),
        tk("Tweede Kamer"),
        _BUREAU,
        event(
            "Plenaire zitting Benelux-Parlement 20 maart 2026",
            "volgende plenaire zitting",
            slug="plenaire-zitting-benelux-parlement-2026-03",
        ),
        Ent(
            "id/organisation/kamer-van-afgevaardigden",
            "NationalBody",
            "Kamer van Afgevaardigden",
            ["Chambre des Députés"],
        ),
    ],
    [
        *[
            Rel(r.iri, rel, obj, snippet)
            for r, snippet in (
                (_R_956, "aanbeveling 956/2 over een"),
                (_R_957, "aanbeveling 957/2 over"),
                (_R_955, "aanbeveling 955/2 over"),
            )
            for rel, obj in ((PASSED, I_BP), (DATE, "2025-12-13"))
        ],
        Rel(_WG_DEM.iri, SUB, I_BP, "De eerste twee teksten werden voorbereid"),
        Rel(_WG_COV.iri, SUB, I_BP, "De derde komt uit"),
        Rel(_FLUXYS.iri, COOP, _GASUNIE.iri, "samenwerkt met Gasunie"),
        Rel(_FLUXYS.iri, COOP, _OGE.iri, "samenwerkt met Gasunie"),
        Rel(_R_948.iri, PASSED, I_BP, "Hij lichtte het antwoord"),
        Rel(_D_REIS.iri, PASSED, I_CVM, "Hij lichtte het antwoord"),
        *[Rel(_TF.iri, PART, x, "Het Saarland en\nLuxemburg werken samen") for x in (GR, SAAR, LU)],
        # The guest speaker spoke "namens de Grande Région" (set E: "namens X nam … deel").
        Rel(_EV_DEC25.iri, PART, GR, "Zij sprak namens de Grande Région"),
        Rel(_EV_DEC25.iri, PART, BA, "een delegatie van de Baltische Assemblee onder"),
        Rel(_EV_DEC25.iri, PART, NR, "een delegatie van de Noordse Raad, geleid"),
        Rel(_P_NR.iri, PART, I_BP, "Op vrijdagavond ondertekenden"),
        Rel(_P_NR.iri, PART, NR, "Op vrijdagavond ondertekenden"),
        Rel(_P_NR.iri, DATE, "2025-12-12", "Op vrijdagavond ondertekenden"),
        Rel(I_BP, COOP, NR, "Beneluxparlement en de Noordse Raad werken zo"),
        Rel(_BUREAU.iri, SUB, I_BP, "Het Bureau van het Beneluxparlement stelde"),
    ],
)

# --- i05: evaluation report, case study on cross-border health care and medicines ----------
_I05 = "i05_evaluation_health"
_DC_VG = wg("Directiecomité Volksgezondheid")
_FODVG = body("FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu")
_VWS = body(
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    "Ministerie van VWS",
    "VWS",
)
_MSSS = body("Ministère de la Santé et de la Sécurité sociale")
_WG_PAT = wg(
    "Benelux-werkgroep Patiëntenmobiliteit",
    "Benelux-werkgroep Patiëntenmobiliteit",
    "werkgroep Patiëntenmobiliteit",
)
_RIZIV, _ZIN = body("RIZIV"), body("Zorginstituut Nederland")
_CNS = body("Caisse nationale de santé", "Caisse nationale de santé", "CNS")
_AOK = org("AOK Rheinland/Hamburg")
_WG_EH = wg("Benelux-netwerk eHealth")
_M2020_5 = m_number("M(2020)5", "Decision", "M (2020) 5")
_EHP, _NICTIZ, _ESANTE = body("eHealth-platform"), body("Nictiz"), body("Agence eSanté")
_BNLXA = wg(
    "Beneluxa-initiatief inzake geneesmiddelenbeleid",
    "Beneluxa-initiatief inzake geneesmiddelenbeleid",
    "Beneluxa-initiatief",
    "Beneluxa",
)
_EMA = org("Europees Geneesmiddelenbureau", "Europees Geneesmiddelenbureau", "EMA")
_EMR = org("Euregio Maas-Rijn")
_MUMC, _UKA, _CHU = org("Maastricht UMC+"), org("Uniklinik RWTH Aachen"), org("CHU de Liège")
_WG_TRAUMA = wg("Euregionaal Traumanetwerk")
_MAGS = org(
    "Ministerium für Arbeit, Gesundheit und Soziales van Noordrijn-Westfalen",
    "Ministerium für Arbeit, Gesundheit und Soziales",
    "MAGS",
)
_EGMONT = org(
    "Egmont – Koninklijk Instituut voor Internationale Betrekkingen",
    "Egmont - Koninklijk Instituut voor Internationale Betrekkingen",
)
SPECS[_I05] = (
    [
        _DC_VG,
        csg(),
        _FODVG,
        _VWS,
        _MSSS,
        country(LU, "Luxemburg"),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(AT, "Oostenrijk"),
        country(IE, "Ierland"),
        _WG_PAT,
        _RIZIV,
        _ZIN,
        _CNS,
        _AOK,
        _WG_EH,
        _M2020_5,
        sg(),
        _EHP,
        _NICTIZ,
        _ESANTE,
        _BNLXA,
        _EMA,
        _EMR,
        _MUMC,
        _UKA,
        _CHU,
        _WG_TRAUMA,
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW"),
        _MAGS,
        bp("Beneluxparlement"),
        _R_955,
        cvm(),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        event(
            "Plenaire zitting Benelux-Parlement 20 maart 2026",
            "plenaire vergadering van 20 maart 2026",
            slug="plenaire-zitting-benelux-parlement-2026-03",
        ),
        _EGMONT,
    ],
    [
        Rel(_DC_VG.iri, SUB, I_CSG, "Dit comité valt onder"),
        *[Rel(_DC_VG.iri, PART, x.iri, "Dit comité valt onder") for x in (_FODVG, _VWS, _MSSS)],
        Rel(_DC_VG.iri, PART, LU, "in 2025 zat Luxemburg"),
        *[Rel(_DC_VG.iri, PART, c, "Deelnemers:  BE, NL, LU") for c in (BE, NL)],
        Rel(_WG_PAT.iri, SUB, _DC_VG.iri, "Onder het directiecomité werkt"),
        *[
            Rel(_WG_PAT.iri, PART, x.iri, "Onder het directiecomité werkt")
            for x in (_RIZIV, _ZIN, _CNS, _AOK)
        ],
        *[Rel(_WG_PAT.iri, PART, x, "BE, NL, LU, NRW (waarnemer)") for x in (BE, NL, LU, NRW)],
        Rel(_M2020_5.iri, PASSED, I_CVM, "Daarnaast bestaat het Benelux-netwerk"),
        Rel(_WG_EH.iri, PART, I_SG, "Het netwerk wordt gecoördineerd"),
        Rel(_WG_EH.iri, PART, _EHP.iri, "het eHealth-platform (België)"),
        Rel(_WG_EH.iri, PART, _NICTIZ.iri, "Nictiz (Nederland)"),
        Rel(_WG_EH.iri, PART, _ESANTE.iri, "het Agence eSanté (Luxemburg)"),
        *[Rel(_BNLXA.iri, PART, c, "België en Nederland richtten") for c in (BE, NL)],
        *[Rel(_BNLXA.iri, PART, c, "Luxemburg sloot nog") for c in (LU, AT, IE)],
        *[Rel(_BNLXA.iri, PART, x.iri, "neemt het RIZIV deel") for x in (_RIZIV, _VWS)],
        Rel(_BNLXA.iri, COOP, _EMA.iri, "werkt samen met het Europees Geneesmiddelenbureau"),
        Rel(_WG_TRAUMA.iri, SUB, _EMR.iri, "een netwerk van de Euregio"),
        *[
            Rel(_WG_TRAUMA.iri, PART, x.iri, "een netwerk van de Euregio")
            for x in (_MUMC, _UKA, _CHU)
        ],
        Rel(_WG_TRAUMA.iri, PART, NRW, "neemt aan het\nnetwerk deel"),
        Rel(_WG_TRAUMA.iri, PART, _MAGS.iri, "neemt aan het\nnetwerk deel"),
        Rel(_R_955.iri, PASSED, I_BP, "Het Beneluxparlement nam op 13 december"),
        Rel(_R_955.iri, DATE, "2025-12-13", "Het Beneluxparlement nam op 13 december"),
    ],
)

# --- i06: Benelux Publicatieblad 2026-2, contents of January-June 2026 ----------------------
_I06 = "i06_journal_index"
_EV_CM = event(
    "Vergadering Comité van Ministers 15 juni 2026",
    "vergadering van het Comité van Ministers van 15 juni 2026",
    slug="vergadering-comite-van-ministers-2026-06-15",
)
_BCM = "van het Comité van Ministers"
_M2026_1 = m_number(
    "M(2026)1",
    "Decision",
    f"Beschikking M (2026) 1 {_BCM} tot wijziging van de Beschikking M (2025) 10 betreffende de erkenning van opleidingen tot ambulancier",
)
_M2025_10 = m_number("M(2025)10", "Decision", "M (2025) 10")
_M2026_2 = m_number(
    "M(2026)2",
    "Decision",
    f"Beschikking M(2026)2 {_BCM} tot oprichting van het Benelux Cyberplatform onder het Comité van Ministers",
)
_M2026_3 = m_number(
    "M(2026)3",
    "Decision",
    f"Beschikking M (2026) 3 {_BCM} betreffende de uitwisseling van voertuiggegevens voor de handhaving van milieuzones",
)
_M2026_4 = m_number(
    "M(2026)4",
    "Decision",
    "Beschikking M (2026) 4 houdende wijziging van beschikking M (2017) 12 betreffende een intra-Benelux proefproject met de digitale vrachtbrief",
)
_M2017_12 = m_number("M(2017)12", "Decision", "M (2017) 12")
_M2026_5 = m_number(
    "M(2026)5",
    "Recommendation",
    f"Aanbeveling M (2026) 5 {_BCM} betreffende de samenwerking van de arbeidsinspecties bij gezamenlijke controles",
)
_M2025_7 = m_number("M(2025)7", "Decision", "M (2025) 7")
_UA_POL = ins(
    "Uitvoeringsafspraak inzake gemeenschappelijke opleidingen van politieambtenaren",
    "Agreement",
    "Uitvoeringsafspraak tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg inzake gemeenschappelijke opleidingen van politieambtenaren",
)
_MOU_BRM = ins(
    "Memorandum van overeenstemming tussen de Benelux Unie en de Baltische Raad van Ministers over samenwerking op het gebied van energie en connectiviteit",
    "Declaration",
)
_BRM = org("Baltische Raad van Ministers")
_SO_MOT = ins(
    "Samenwerkingsovereenkomst tussen het Secretariaat-Generaal en de Mission Opérationnelle Transfrontalière betreffende het Benelux-netwerk van grensgemeenten",
    "Agreement",
    "Samenwerkingsovereenkomst tussen het Secretariaat-Generaal en de Mission Opérationnelle Transfrontalière (MOT) betreffende het Benelux-netwerk van grensgemeenten",
)
SPECS[_I06] = (
    [
        sg(),
        bu(),
        cvm("Comité van Ministers", ci=True),
        _EV_CM,
        _M2026_1,
        _M2025_10,
        _M2026_2,
        _WG_CYB,
        _NCSC,
        _CCB,
        _GOVCERT,
        _M2026_3,
        _M2026_4,
        _M2017_12,
        _M2026_5,
        _UA_POL,
        country(BE, "België", "België", "Koninkrijk België"),
        country(NL, "Nederland", "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Luxemburg", "Groothertogdom Luxemburg"),
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        _MOU_BRM,
        _BRM,
        country(EE, "Estland"),
        country(LV, "Letland"),
        country(LT, "Litouwen"),
        _SO_MOT,
        _MOT,
        _WG_NG,
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof", "Hof"]),
        _M2025_7,
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        *[
            Rel(x.iri, PASSED, I_CVM, snippet)
            for x, snippet in (
                (_M2026_1, "opleidingen tot\n    ambulancier"),
                (_M2025_10, "opleidingen tot\n    ambulancier"),
                (_M2026_2, "tot oprichting van het"),
                (_M2026_3, "handhaving van milieuzones"),
                (_M2026_4, "proefproject met de digitale vrachtbrief"),
                (_M2017_12, "proefproject met de digitale vrachtbrief"),
                (_M2026_5, "bij gezamenlijke controles"),
                (_M2025_7, "Rectificatie. In de Nederlandse tekst"),
            )
        ],
        *[
            Rel(x.iri, DATE, "2026-06-15", snippet)
            for x, snippet in (
                (_M2026_1, "opleidingen tot\n    ambulancier"),
                (_M2026_2, "tot oprichting van het"),
                (_M2026_3, "handhaving van milieuzones"),
                (_M2026_4, "proefproject met de digitale vrachtbrief"),
                (_M2026_5, "bij gezamenlijke controles"),
            )
        ],
        Rel(_M2026_1.iri, AMENDS, _M2025_10.iri, "opleidingen tot\n    ambulancier"),
        Rel(_M2026_4.iri, AMENDS, _M2017_12.iri, "proefproject met de digitale vrachtbrief"),
        Rel(_WG_CYB.iri, SUB, I_CVM, "tot oprichting van het"),
        *[
            Rel(_WG_CYB.iri, PART, x.iri, "Het platform wordt voorgezeten")
            for x in (_NCSC, _CCB, _GOVCERT)
        ],
        *[Rel(_UA_POL.iri, PART, c, "gemeenschappelijke\n    opleidingen") for c in (BE, NL, LU)],
        Rel(_UA_POL.iri, DATE, "2026-06-15", "gemeenschappelijke\n    opleidingen"),
        *[Rel(_MOU_BRM.iri, PART, x, "Partijen: Benelux Unie") for x in (BU, _BRM.iri, EE, LV, LT)],
        Rel(_MOU_BRM.iri, DATE, "2026-05-04", "Memorandum van overeenstemming"),
        Rel(_SO_MOT.iri, PART, I_SG, "Samenwerkingsovereenkomst tussen"),
        Rel(_SO_MOT.iri, PART, _MOT.iri, "Samenwerkingsovereenkomst tussen"),
        Rel(_SO_MOT.iri, DATE, "2026-02-09", "Samenwerkingsovereenkomst tussen"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
