# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of measurement set L (tests/heldout/gold/m01…m06).

Set L is held out: it was written in session 6 by a helper that never read the extractor's
code, patterns, reference data or output, never ran the extractor or ``evaluate_set.py``, and
never opened set B. It has one document of each kind, on policy fields the other sets do not
cover: an annual-plan chapter (youth care and child protection), an evaluation chapter
(medicine shortages and joint purchasing), a Kamerbrief (drones and airspace), a news page of
the Secretariat-General (protection of undersea infrastructure in the North Sea), a Benelux
Publicatieblad index (April-June 2024) and a report of a Benelux Parliament committee
(unwanted roaming and consumer protection). It exercises relations stated in varied ways:
participants in an apposition ("De werkgroep, waarin X, Y en Z zitting hebben"), in a text
table, across sentences with a pronoun ("Zij heeft de status van waarnemer", "Daarin
onderhandelen"), by description ("de drie regulatoren", "Mijn ministerie"), as chairs,
observers, co-organisers, guests, signatories, endorsers and members joining; parents ("is
ingebed in", "een van de directiecomités van", "deel uitmaakt van", "brengt verslag uit aan",
"X van het EMA", a note under an index entry); cooperation with a pronoun subject and with two
objects; dates in a footnote, a relative clause, an index line, an erratum and relative to the
dateline ("gisteren"); amendments ("breidde haar uit tot", "werd zij uitgebreid", "tot
wijziging van", "vervangt"). The offset helpers and the JSON writer are those of ``_spans.py``
(set A), which in turn imports the matching rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_l.py              # write gold/m01…m06.json, verify every span
    python tests/heldout/_spans_l.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent


EC = "id/organisation/europese-commissie"
IE = "id/country/ierland"
_AT = "id/country/oostenrijk"


def ec() -> Any:
    return Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"])


def euu(*names: str) -> Any:
    return Ent(EUU, "ExternalOrganisation", "Europese Unie", list(names) or ["Europese Unie"])


def benelux_countries() -> list[Any]:
    return [country(BE, "België"), country(NL, "Nederland"), country(LU, "Luxemburg")]


# Entities that also occur in the seeds or in sets A and C-K keep their IRIs there; those
# shared by two L documents are built once.
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_DC_VV = wg("Directiecomité Verkeer en Vervoer")
_DC_VG = wg("Directiecomité Volksgezondheid")
_DC_DIG = wg("Directiecomité Digitalisering")
_EMA = Ent(
    "id/organisation/europees-geneesmiddelenbureau",
    "ExternalOrganisation",
    "Europees Geneesmiddelenbureau",
    ["Europees Geneesmiddelenbureau", "EMA"],
)
_ILT = body("Inspectie Leefomgeving en Transport")
_NCC = body("Nationaal Crisiscentrum")
_DG = body("Duitstalige Gemeenschap")
_IENW = body("Ministerie van Infrastructuur en Waterstaat")
# New to set L, shared by two of its documents.
_M2024_5_IRI = "id/instrument/m-2024-5"
_M2024_6_IRI = "id/instrument/m-2024-6"
_M2024_7_IRI = "id/instrument/m-2024-7"
_M2024_8_IRI = "id/instrument/m-2024-8"
_M2021_14_IRI = "id/instrument/m-2021-14"
_WG_DRONES = wg("Benelux-werkgroep Drones")
_HCCH = org(
    "Haagse Conferentie voor Internationaal Privaatrecht",
    "Haagse Conferentie voor Internationaal Privaatrecht",
    "HCCH",
)
_AA_HCCH = ins(
    "Administratief akkoord tussen het Secretariaat-Generaal en de Haagse Conferentie voor Internationaal Privaatrecht inzake kinderbescherming",
    "Agreement",
    "administratief akkoord van 28 mei 2024",
)
_R945 = ins(
    "Aanbeveling 945/2 over de bescherming van minderjarigen bij grensoverschrijdende plaatsingen",
    "Recommendation",
    "aanbeveling 945/2 over de bescherming van minderjarigen bij grensoverschrijdende plaatsingen",
    "aanbeveling 945/2",
)

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- m01: annual plan 2025, chapter 6 (youth care and child protection) ----------------------
_M01 = "m01_annual_plan_youth_care"
_M2024_13 = m_number("M(2024)13", "Decision", "Beschikking M (2024) 13")
_WG_JB = wg(
    "Benelux-werkgroep Jeugdbescherming",
    "Benelux-werkgroep Jeugdbescherming",
    "werkgroep Jeugdbescherming",
)
_DC_JBZ = wg("Directiecomité Justitie en Binnenlandse Zaken")
_OPGROEIEN = body("Agentschap Opgroeien")
_RVDK = body("Raad voor de Kinderbescherming")
_ONE = body("Office national de l'enfance", "Office national de l'enfance", "ONE")
_FWB = body("Fédération Wallonie-Bruxelles")
_LVR = org("LVR-Landesjugendamt Rheinland")
_M2024_7_M01 = Ent(
    _M2024_7_IRI,
    "Recommendation",
    "M(2024)7",
    ["Aanbeveling M (2024) 7"],
    # the first mention carries a glued footnote mark ("Aanbeveling M (2024) 7¹")
    raw=["Aanbeveling M (2024) 7"],
)
_KT = org("De Kindertelefoon")
_AWEL = org("Awel")
_KJT = org("Kanner-Jugendtelefon")
_NET_KHL = wg("Benelux-netwerk Kinderhulplijnen")
_CHI = org("Child Helpline International")
_EV_JZG = event("Benelux-conferentie Jeugdhulp zonder Grenzen")
SPECS[_M01] = (
    [
        bu(),
        _GWP_2025,
        _WG_JB,
        cvm("Comité van Ministers"),
        _M2024_13,
        _DC_JBZ,
        csg(),
        _OPGROEIEN,
        _RVDK,
        _ONE,
        _FWB,
        _LVR,
        region(NRW, "Noordrijn-Westfalen"),
        _M2024_7_M01,
        act("Verordening (EU) 2019/1111", "Verordening (EU) 2019/1111", "Brussel IIb-verordening"),
        euu(),
        act("Haags Kinderbeschermingsverdrag"),
        sg(),
        _HCCH,
        _AA_HCCH,
        _KT,
        _AWEL,
        _KJT,
        _NET_KHL,
        _CHI,
        _EV_JZG,
        _DG,
        _R945,
        bp("Benelux-Parlement"),
    ],
    [
        Rel(_M2024_13.iri, PASSED, I_CVM, "Op 18 november 2024 stelde het Comité van Ministers"),
        Rel(
            _M2024_13.iri, DATE, "2024-11-18", "Op 18 november 2024 stelde het Comité van Ministers"
        ),
        # A group set up by a decision gets no relation to it (set J). "is ingebed in" reads
        # as "valt onder"; the apposition "een van de directiecomités van het College" puts
        # the Directiecomité under the College.
        Rel(_WG_JB.iri, SUB, _DC_JBZ.iri, "die is ingebed in het Directiecomité"),
        Rel(_DC_JBZ.iri, SUB, I_CSG, "een van de directiecomités van het College"),
        *[
            Rel(_WG_JB.iri, PART, x.iri, "De werkgroep, waarin het Agentschap Opgroeien")
            for x in (_OPGROEIEN, _RVDK, _ONE)
        ],
        # A member joining in the plan year is stated as settled (sets J and K).
        Rel(_WG_JB.iri, PART, _FWB.iri, "treedt ook de Fédération Wallonie-Bruxelles"),
        # Observer across a semicolon with a pronoun ("het heeft de status van waarnemer");
        # NRW only says where the office sits: no relation (set J).
        Rel(_WG_JB.iri, PART, _LVR.iri, "Het LVR-Landesjugendamt Rheinland uit"),
        Rel(_M2024_7_M01.iri, PASSED, I_CVM, "Aanbeveling M (2024) 7 van het Comité"),
        # The date stands only in the footnote (set J).
        Rel(_M2024_7_M01.iri, DATE, "2024-06-17", "Aanbeveling M (2024) 7 van het Comité"),
        # "Samen met X ontwikkelt het Secretariaat-Generaal" (set F).
        Rel(I_SG, COOP, _HCCH.iri, "ontwikkelt het Secretariaat-Generaal samen met de"),
        Rel(_AA_HCCH.iri, PART, I_SG, "dat het Secretariaat-Generaal"),
        Rel(_AA_HCCH.iri, PART, _HCCH.iri, "dat het Secretariaat-Generaal"),
        Rel(_AA_HCCH.iri, DATE, "2024-05-28", "administratief akkoord van 28 mei 2024"),
        # "X, Y en Z werken samen in het netwerk": participants, not cooperatesWith (set F).
        *[
            Rel(_NET_KHL.iri, PART, x.iri, "De Kindertelefoon, Awel en Kanner")
            for x in (_KT, _AWEL, _KJT)
        ],
        # "brengt verslag uit aan" reads as "rapporteert aan".
        Rel(_NET_KHL.iri, SUB, _WG_JB.iri, "Het netwerk brengt twee keer per jaar"),
        Rel(_NET_KHL.iri, COOP, _CHI.iri, "Daarnaast werkt het samen"),
        Rel(_EV_JZG.iri, PART, I_SG, "Het Secretariaat-Generaal organiseert haar"),
        Rel(_EV_JZG.iri, PART, _DG.iri, "Het Secretariaat-Generaal organiseert haar"),
        Rel(_R945.iri, PASSED, I_BP, "die het Benelux-Parlement in 2024"),
        Rel(_R945.iri, DATE, "2024", "die het Benelux-Parlement in 2024"),
    ],
)

# --- m02: evaluation report, chapter 3 on medicine shortages and joint purchasing -----------
_M02 = "m02_evaluation_medicines"
_M2021_14 = m_number(
    "M(2021)14",
    "Decision",
    "Beschikking M (2021) 14",
    "beschikking over de uitwisseling van gegevens over geneesmiddelentekorten",
)
_M2024_6_M02 = m_number("M(2024)6", "Decision", "Beschikking M (2024) 6")
_WG_GT = wg("Benelux-werkgroep Geneesmiddelentekorten")
_FAGG = body(
    "Federaal agentschap voor geneesmiddelen en gezondheidsproducten",
    "Federaal agentschap voor geneesmiddelen en gezondheidsproducten",
    "FAGG",
)
_CBG = body("College ter Beoordeling van Geneesmiddelen")
_DPM = body("Division de la pharmacie et des médicaments")
_DS = body("Direction de la santé")
_HERA = org("HERA")
_MSSG = wg("Medicine Shortages Steering Group", "Medicine Shortages Steering Group", "MSSG")
_IV_ZZ = ins(
    "Intentieverklaring over de gezamenlijke aankoop van geneesmiddelen tegen zeldzame ziekten",
    "Declaration",
)
_BENELUXA = Ent(
    "id/working-group/beneluxa-initiatief-inzake-geneesmiddelenbeleid",
    "WorkingGroup",
    "Beneluxa-initiatief inzake geneesmiddelenbeleid",
    ["Beneluxa-initiatief"],
)
_RIZIV = body("RIZIV")
_ZIN = body("Zorginstituut Nederland")
_CNS = body("Caisse nationale de santé", "Caisse nationale de santé", "CNS")
_BFARM = org(
    "Bundesinstitut für Arzneimittel und Medizinprodukte",
    "Bundesinstitut für Arzneimittel und Medizinprodukte",
    "BfArM",
)
_NIVEL = org("Nivel")
_VWS = body(
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    "Ministerie van Volksgezondheid, Welzijn en Sport",
)
SPECS[_M02] = (
    [
        cvm("Comité van Ministers"),
        _M2021_14,
        _M2024_6_M02,
        act("Verordening (EU) 2022/123"),
        _EMA,
        _WG_GT,
        _DC_VG,
        _FAGG,
        _CBG,
        _DPM,
        _DS,
        _HERA,
        ec(),
        _MSSG,
        *benelux_countries(),
        _IV_ZZ,
        country(IE, "Ierland"),
        _BENELUXA,
        _RIZIV,
        _ZIN,
        _CNS,
        act("Verordening (EU) 2021/2282"),
        country(DE, "Duitsland"),
        _BFARM,
        _NIVEL,
        _VWS,
    ],
    [
        Rel(_M2021_14.iri, PASSED, I_CVM, "Het Comité van Ministers"),
        # The date stands only in the footnote (set J).
        Rel(_M2021_14.iri, DATE, "2021-12-06", "Beschikking M (2021) 14 van het Comité"),
        # "werd zij uitgebreid" reads as set C's "verlengd en uitgebreid bij".
        Rel(_M2024_6_M02.iri, AMENDS, _M2021_14.iri, "werd zij uitgebreid tot medische"),
        Rel(_M2024_6_M02.iri, PASSED, I_CVM, "werd zij uitgebreid tot medische"),
        Rel(_M2024_6_M02.iri, DATE, "2024-06-17", "werd zij uitgebreid tot medische"),
        # "die deel uitmaakt van" reads as "valt onder".
        Rel(_WG_GT.iri, SUB, _DC_VG.iri, "die deel uitmaakt van het Directiecomité"),
        Rel(_WG_GT.iri, PART, _FAGG.iri, "zit de werkgroep voor"),
        # The text table's rows (the country column holds names, not codes).
        Rel(_WG_GT.iri, PART, _CBG.iri, "Nederland College ter Beoordeling"),
        Rel(_WG_GT.iri, PART, _DPM.iri, "Luxemburg Division de la pharmacie"),
        Rel(_WG_GT.iri, PART, _EMA.iri, "EMA", nth=1),
        # "X van Y" between two national bodies: the division is part of the directorate.
        Rel(_DPM.iri, SUB, _DS.iri, "De Luxemburgse deelnemer is de Division"),
        # HERA joins with the subject after the verb; the apposition names its parent.
        Rel(_WG_GT.iri, PART, _HERA.iri, "Sinds 2023 neemt bovendien HERA"),
        Rel(_HERA.iri, SUB, EC, "Sinds 2023 neemt bovendien HERA"),
        Rel(_WG_GT.iri, COOP, _MSSG.iri, "werkt samen met de Medicine Shortages"),
        Rel(_MSSG.iri, SUB, _EMA.iri, "werkt samen met de Medicine Shortages"),
        *[
            Rel(_IV_ZZ.iri, PART, c, "Op 20 maart 2024 ondertekenden de ministers")
            for c in (BE, NL, LU)
        ],
        Rel(_IV_ZZ.iri, DATE, "2024-03-20", "Op 20 maart 2024 ondertekenden de ministers"),
        Rel(_IV_ZZ.iri, PART, IE, "maanden later sloot Ierland zich"),
        # "Daarin" is the Beneluxa initiative of the sentence before.
        *[
            Rel(_BENELUXA.iri, PART, x.iri, "Daarin onderhandelen het RIZIV")
            for x in (_RIZIV, _ZIN, _CNS)
        ],
    ],
)

# --- m03: letter to parliament (IenW) on drones and airspace ---------------------------------
_M03 = "m03_letter_drones_airspace"
_EV_CDL = event(
    "Commissiedebat Luchtvaart van 25 september 2025",
    "commissiedebat Luchtvaart",
    slug="commissiedebat-luchtvaart-2025-09-25",
)
_M2024_5_M03 = m_number("M(2024)5", "Decision", "Beschikking M (2024) 5")
_M2025_12 = m_number("M(2025)12", "Decision", "Beschikking M (2025) 12")
_M2024_8_M03 = m_number("M(2024)8", "Decision", "Beschikking M (2024) 8")
_LVNL = body("LVNL")
_SKEYES = body("skeyes")
_ANA = body(
    "Administration de la navigation aérienne", "Administration de la navigation aérienne", "ANA"
)
_DGLV = body("Directoraat-generaal Luchtvaart")
_DFS = org("Deutsche Flugsicherung", "Deutsche Flugsicherung", "DFS")
_EASA = org(
    "Agentschap van de Europese Unie voor de veiligheid van de luchtvaart",
    "Agentschap van de Europese Unie voor de veiligheid van de luchtvaart",
    "EASA",
)
_MUAC = org("Maastricht Upper Area Control Centre", "Maastricht Upper Area Control Centre", "MUAC")
_EUROCONTROL = org("Eurocontrol")
_FABEC = wg("FABEC")
_EV_DRONE = event("Benelux-droneconferentie")
_CH = "id/country/zwitserland"
SPECS[_M03] = (
    [
        _IENW,
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _EV_CDL,
        country(NL, "Nederland"),
        _M2024_5_M03,
        cvm("Comité van Ministers"),
        _M2025_12,
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        _M2024_8_M03,
        _WG_DRONES,
        _DC_VV,
        _LVNL,
        _SKEYES,
        _ANA,
        _ILT,
        _DGLV,
        _DFS,
        act("Uitvoeringsverordening (EU) 2021/664"),
        _EASA,
        euu(),
        act("Verordening (EU) 2019/947"),
        _MUAC,
        _EUROCONTROL,
        country(DE, "Duitsland"),
        _FABEC,
        country(BE, "België"),
        country(LU, "Luxemburg"),
        country(FR, "Frankrijk"),
        country(_CH, "Zwitserland"),
        _EV_DRONE,
        sg(),
        region(NRW, "Noordrijn-Westfalen"),
    ],
    [
        Rel(_M2024_5_M03.iri, PASSED, I_CVM, "die het Comité van Ministers op 17 juni 2024"),
        Rel(_M2024_5_M03.iri, DATE, "2024-06-17", "die het Comité van Ministers op 17 juni 2024"),
        # "breidde haar uit tot" reads as set C's "verlengd en uitgebreid bij".
        Rel(_M2025_12.iri, AMENDS, _M2024_5_M03.iri, "breidde haar uit tot de ambulancediensten"),
        Rel(_M2025_12.iri, PASSED, I_CVM, "breidde haar uit tot de ambulancediensten"),
        Rel(_M2025_12.iri, DATE, "2025-06-16", "breidde haar uit tot de ambulancediensten"),
        Rel(_M2024_8_M03.iri, PASSED, I_CVM, "Voor de uitvoering is bij Beschikking M (2024) 8"),
        Rel(_WG_DRONES.iri, SUB, _DC_VV.iri, "Zij rapporteert aan het Directiecomité Verkeer"),
        # "onder voorzitterschap van mijn ministerie": the letterhead's ministry chairs, so it
        # takes part (sets G/H, K).
        Rel(_WG_DRONES.iri, PART, _IENW.iri, "Zij rapporteert aan het Directiecomité Verkeer"),
        *[
            Rel(_WG_DRONES.iri, PART, x.iri, "Verder hebben\nde luchtverkeersdienstverleners")
            for x in (_LVNL, _SKEYES, _ANA, _ILT, _DGLV)
        ],
        # Observer across two sentences ("Zij heeft de status van waarnemer").
        Rel(_WG_DRONES.iri, PART, _DFS.iri, "De Deutsche Flugsicherung (DFS) volgt"),
        Rel(_WG_DRONES.iri, COOP, _EASA.iri, "Zij werkt daarbij samen met het Agentschap"),
        # "Agentschap van de Europese Unie …": the Union is its parent (set F's EUIPO).
        Rel(_EASA.iri, SUB, EUU, "Zij werkt daarbij samen met het Agentschap"),
        Rel(_LVNL.iri, COOP, _MUAC.iri, "werkt LVNL nauw samen met het Maastricht"),
        Rel(_MUAC.iri, SUB, _EUROCONTROL.iri, "werkt LVNL nauw samen met het Maastricht"),
        # "waarin X … met Y … samenwerken" gives participants (set F).
        *[
            Rel(_FABEC.iri, PART, c, "Daarnaast blijft het luchtruimblok FABEC")
            for c in (BE, NL, LU, DE, FR, _CH)
        ],
        Rel(_EV_DRONE.iri, PART, I_SG, "die het Secretariaat-Generaal samen met EASA"),
        Rel(_EV_DRONE.iri, PART, _EASA.iri, "die het Secretariaat-Generaal samen met EASA"),
        Rel(_EV_DRONE.iri, PART, _IENW.iri, "Mijn\nministerie heeft er de Nederlandse inzet"),
        # Interest in joining the working group is not participation; being represented at
        # the conference is.
        Rel(_EV_DRONE.iri, PART, NRW, "Noordrijn-Westfalen\nwas vertegenwoordigd"),
    ],
)

# --- m04: news page of the Secretariat-General, North Sea undersea infrastructure ------------
_M04 = "m04_news_north_sea"
_EV_NZC = event("Benelux-Noordzeeconferentie")
_DECL_NZ = ins(
    "Noordzeeverklaring over de bescherming van kritieke onderzeese infrastructuur",
    "Declaration",
)
_DK, _NO, _UK = "id/country/denemarken", "id/country/noorwegen", "id/country/verenigd-koninkrijk"
_NAVO = org("NAVO")
_TF_OI = wg("Benelux-taskforce Onderzeese Infrastructuur")
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
_KWNL = body("Kustwacht Nederland")
_MIK = body("Maritiem Informatiekruispunt")
_ELIA = org("Elia")
_TENNET = org("TenneT")
_KM = body("Koninklijke Marine")
_MC = body("Marinecomponent")
_R942 = ins(
    "Aanbeveling 942/2 over de veiligheid van energie-infrastructuur op zee",
    "Recommendation",
    "aanbeveling 942/2 over de veiligheid van energie-infrastructuur op zee",
)
_EV_CVM = event(
    "Vergadering Comité van Ministers 15 december 2025",
    "vergadering van 15 december 2025",
    slug="vergadering-comite-van-ministers-2025-12-15",
)
SPECS[_M04] = (
    [
        _EV_NZC,
        *benelux_countries(),
        _DECL_NZ,
        country(_DK, "Denemarken"),
        country(DE, "Duitsland"),
        country(_NO, "Noorwegen"),
        sg(),
        _NCC,
        _NAVO,
        country(_UK, "Verenigd Koninkrijk"),
        _TF_OI,
        csg(),
        _NCTV,
        _HCPN,
        _KWNL,
        _MIK,
        _ELIA,
        _TENNET,
        _KM,
        _MC,
        person("Frans Weekers"),
        act("Richtlijn (EU) 2022/2557", "Richtlijn (EU) 2022/2557", "CER-richtlijn"),
        Ent(
            "id/working-group/north-seas-energy-cooperation",
            "WorkingGroup",
            "North Seas Energy Cooperation",
            ["North Seas Energy Cooperation"],
        ),
        bp("Benelux-Parlement"),
        _R942,
        cvm("Comité van Ministers"),
        bu(),
        _EV_CVM,
    ],
    [
        # The signatories are named by "de ministers … van België, Nederland en Luxemburg"
        # (set K); "gisteren" resolves against the dateline (sets G/H).
        *[
            Rel(_DECL_NZ.iri, PART, c, "Binnenlandse Zaken van België, Nederland en Luxemburg")
            for c in (BE, NL, LU)
        ],
        Rel(
            _DECL_NZ.iri,
            DATE,
            "2025-11-24",
            "Binnenlandse Zaken van België, Nederland en Luxemburg",
        ),
        # Endorsers are participants (set F).
        *[
            Rel(_DECL_NZ.iri, PART, c, "schaarden zich diezelfde middag achter")
            for c in (_DK, DE, _NO)
        ],
        # Ministers who sign at a conference take part in it for their countries.
        *[
            Rel(_EV_NZC.iri, PART, c, "Binnenlandse Zaken van België, Nederland en Luxemburg")
            for c in (BE, NL, LU)
        ],
        Rel(_EV_NZC.iri, PART, I_SG, "door het Secretariaat-Generaal georganiseerd"),
        Rel(_EV_NZC.iri, PART, _NCC.iri, "door het Secretariaat-Generaal georganiseerd"),
        Rel(_EV_NZC.iri, PART, _NAVO.iri, "Ook de NAVO nam deel"),
        Rel(_EV_NZC.iri, PART, _UK, "het Verenigd Koninkrijk woonde de bijeenkomst bij"),
        # A settled future parent ("zal functioneren", set J).
        Rel(_TF_OI.iri, SUB, I_CSG, "die onder het College van Secretarissen"),
        *[
            Rel(_TF_OI.iri, PART, x.iri, "De taskforce brengt het Belgische")
            for x in (_NCC, _NCTV, _HCPN)
        ],
        Rel(_TF_OI.iri, PART, _KWNL.iri, "De Kustwacht Nederland en het Maritiem"),
        Rel(_TF_OI.iri, PART, _MIK.iri, "De Kustwacht Nederland en het Maritiem"),
        # One subject, two objects: one relation per object (set J).
        Rel(_TF_OI.iri, COOP, _ELIA.iri, "zal nauw samenwerken met de netbeheerders"),
        Rel(_TF_OI.iri, COOP, _TENNET.iri, "zal nauw samenwerken met de netbeheerders"),
        # "X en Y werken samen" gives one relation, subject first (set I).
        Rel(_KM.iri, COOP, _MC.iri, "De Koninklijke Marine en de Belgische"),
        Rel(_R942.iri, PASSED, I_BP, "die het op\n7 december 2024 aannam"),
        Rel(_R942.iri, DATE, "2024-12-07", "die het op\n7 december 2024 aannam"),
        Rel(I_CVM, SUB, BU, "Het Comité van Ministers van de Benelux Unie"),
        Rel(I_SG, SUB, BU, "Secretariaat-Generaal van de Benelux Unie – Persdienst"),
    ],
)

# --- m05: Benelux Publicatieblad 2024-2, contents April-June 2024 ----------------------------
_M05 = "m05_journal_index"
_M2024_3 = m_number(
    "M(2024)3",
    "Decision",
    "M (2024) 3",
    "Beschikking inzake de wederzijdse erkenning van vaarbewijzen voor de recreatievaart",
)
_M2024_5_M05 = m_number(
    "M(2024)5",
    "Decision",
    "M (2024) 5",
    "Beschikking betreffende de grensoverschrijdende inzet van drones door hulpdiensten",
)
_M2024_6_M05 = m_number(
    "M(2024)6",
    "Decision",
    "M (2024) 6",
    "Beschikking tot wijziging van de Beschikking M (2021) 14 betreffende de uitwisseling van gegevens over geneesmiddelentekorten",
)
_M2021_14_N = m_number("M(2021)14", "Decision", "M (2021) 14")
_M2024_7_M05 = m_number(
    "M(2024)7",
    "Recommendation",
    "M (2024) 7",
    "Aanbeveling betreffende de grensoverschrijdende plaatsing van minderjarigen in de jeugdhulp",
    "Recommandation du Comité de Ministres Benelux M (2024) 7 relative au placement transfrontalier de mineurs dans l'aide à la jeunesse",
)
_M2018_10 = m_number("M(2018)10", "Recommendation", "Aanbeveling M (2018) 10")
_M2024_8_M05 = m_number(
    "M(2024)8",
    "Decision",
    "M (2024) 8",
    "Beschikking tot instelling van de Benelux-werkgroep Drones",
)
_AA_HCCH_M05 = Ent(
    _AA_HCCH.iri,
    "Agreement",
    _AA_HCCH.label,
    [
        "Administratief akkoord tussen het Secretariaat-Generaal van de Benelux Unie en de Haagse Conferentie voor Internationaal Privaatrecht inzake kinderbescherming"
    ],
)
_UO_DRONES = ins(
    "Uitvoeringsovereenkomst betreffende grensoverschrijdende drone-inzet",
    "Agreement",
    "Uitvoeringsovereenkomst tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg betreffende grensoverschrijdende drone-inzet",
)
_M2024_2 = m_number("M(2024)2", "Decision", "Beschikking M (2024) 2")
SPECS[_M05] = (
    [
        sg(),
        bu(),
        cvm("COMITÉ VAN MINISTERS", "Comité de Ministres"),
        _M2024_3,
        _M2024_5_M05,
        _M2024_6_M05,
        _M2021_14_N,
        _M2024_7_M05,
        _M2018_10,
        _M2024_8_M05,
        _WG_DRONES,
        _DC_VV,
        _AA_HCCH_M05,
        _HCCH,
        _UO_DRONES,
        country(BE, "België", "Koninkrijk België"),
        country(NL, "Koninkrijk der Nederlanden"),
        country(LU, "Groothertogdom Luxemburg"),
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        bp("BENELUX-PARLEMENT"),
        Ent(_R945.iri, "Recommendation", _R945.label, [_R945.label]),
        _M2024_2,
    ],
    [
        # "Secretariaat-Generaal van de Benelux Unie" gives the Union as parent (seed rule).
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal van de Benelux Unie"),
        Rel(_M2024_3.iri, PASSED, I_CVM, "M (2024) 3 Beschikking inzake"),
        Rel(_M2024_3.iri, DATE, "2024-06-17", "M (2024) 3 Beschikking inzake"),
        Rel(_M2024_5_M05.iri, PASSED, I_CVM, "M (2024) 5 Beschikking betreffende"),
        Rel(_M2024_5_M05.iri, DATE, "2024-06-17", "M (2024) 5 Beschikking betreffende"),
        Rel(_M2024_6_M05.iri, AMENDS, _M2021_14_N.iri, "M (2024) 6 Beschikking tot wijziging"),
        Rel(_M2024_6_M05.iri, PASSED, I_CVM, "M (2024) 6 Beschikking tot wijziging"),
        Rel(_M2024_6_M05.iri, DATE, "2024-06-17", "M (2024) 6 Beschikking tot wijziging"),
        Rel(_M2021_14_N.iri, PASSED, I_CVM, "M (2024) 6 Beschikking tot wijziging"),
        Rel(_M2024_7_M05.iri, PASSED, I_CVM, "M (2024) 7 Aanbeveling betreffende"),
        Rel(_M2024_7_M05.iri, DATE, "2024-06-17", "M (2024) 7 Aanbeveling betreffende"),
        # "vervangt" is eli:amends (set F); the replaced M-number is the Committee's.
        Rel(_M2024_7_M05.iri, AMENDS, _M2018_10.iri, "Deze aanbeveling vervangt"),
        Rel(_M2018_10.iri, PASSED, I_CVM, "Deze aanbeveling vervangt"),
        Rel(_M2024_8_M05.iri, PASSED, I_CVM, "M (2024) 8 Beschikking tot instelling"),
        Rel(_M2024_8_M05.iri, DATE, "2024-06-17", "M (2024) 8 Beschikking tot instelling"),
        # A note line under the entry (set K): "rapporteert aan" gives the parent.
        Rel(_WG_DRONES.iri, SUB, _DC_VV.iri, "De werkgroep rapporteert aan het Directiecomité"),
        Rel(_AA_HCCH.iri, PART, I_SG, "Administratief akkoord tussen het Secretariaat"),
        Rel(_AA_HCCH.iri, PART, _HCCH.iri, "Administratief akkoord tussen het Secretariaat"),
        Rel(_AA_HCCH.iri, DATE, "2024-05-28", "Administratief akkoord tussen het Secretariaat"),
        # The parties of the title are its participants (seed rule); the treaty it
        # implements is a nested mention without a relation (set E).
        *[Rel(_UO_DRONES.iri, PART, c, "Uitvoeringsovereenkomst tussen het") for c in (BE, NL, LU)],
        Rel(_UO_DRONES.iri, DATE, "2024-06-17", "Uitvoeringsovereenkomst tussen het"),
        # The section heading "III. BENELUX-PARLEMENT" names the issuing body (set K).
        Rel(_R945.iri, PASSED, I_BP, "Aanbeveling 945/2 over de bescherming"),
        Rel(_R945.iri, DATE, "2024-03-16", "Aanbeveling 945/2 over de bescherming"),
        # The erratum states the right date (set K).
        Rel(_M2024_2.iri, PASSED, I_CVM, "moet bij Beschikking M (2024) 2"),
        Rel(_M2024_2.iri, DATE, "2024-03-11", "moet bij Beschikking M (2024) 2"),
    ],
)

# --- m06: report of the Benelux Parliament's committee on economic and social affairs --------
_M06 = "m06_committee_report_roaming"
_COMM = wg(
    "Commissie Economische en Sociale Zaken van het Beneluxparlement",
    "commissie Economische en Sociale Zaken van het Beneluxparlement",
    "commissie Economische en Sociale Zaken",
)
_EV_COMM = event(
    "Vergadering commissie Economische en Sociale Zaken 14 maart 2025",
    "vergadering van de commissie Economische en Sociale Zaken van vrijdag 14 maart 2025",
    slug="vergadering-commissie-economische-en-sociale-zaken-2025-03-14",
)
_EV_NEXT = event(
    "Vergadering commissie Economische en Sociale Zaken 16 mei 2025",
    "volgende vergadering van de commissie",
    slug="vergadering-commissie-economische-en-sociale-zaken-2025-05-16",
)
_BIPT = body("BIPT", "Belgisch Instituut voor postdiensten en telecommunicatie", "BIPT")
_RDI = body(
    "Rijksinspectie Digitale Infrastructuur", "Rijksinspectie Digitale Infrastructuur", "RDI"
)
_ILR = body("Institut Luxembourgeois de Régulation", "Institut Luxembourgeois de Régulation", "ILR")
_IPR = org("Interregionale Parlementaire Raad")
_WG_MC = wg("Werkgroep Mobiele Connectiviteit")
_BEREC = org("BEREC")
_R939 = ins(
    "Aanbeveling 939/2 over de bescherming van consumenten bij grensoverschrijdende onlineaankopen",
    "Recommendation",
    "aanbeveling 939/2 over de bescherming van consumenten bij grensoverschrijdende onlineaankopen",
)
_M2024_9 = m_number("M(2024)9", "Recommendation", "Aanbeveling M (2024) 9")
_NET_HC = wg("Benelux-netwerk Handhaving Consumentenrecht")
_ECC_BE = org("Europees Consumentencentrum België")
_ECC_NL = org("Europees Consumentencentrum Nederland")
_DRAFT = ins(
    "Ontwerpaanbeveling over ongewenste roaming in de grensstreek",
    "Recommendation",
    "ontwerpaanbeveling over ongewenste roaming in de grensstreek",
)
_EV_PZ03 = Ent(
    "id/event/plenaire-zitting-benelux-parlement-2025-03",
    "Meeting",
    "Plenaire zitting Benelux-Parlement 21-22 maart 2025",
    ["plenaire zitting van 21 en 22 maart 2025"],
)
SPECS[_M06] = (
    [
        bp("BENELUXPARLEMENT", "Beneluxparlement"),
        _COMM,
        _EV_COMM,
        body("Kamer van Afgevaardigden", "Chambre des Députés"),
        person("Fernand Kieffer"),
        person("Marloes Teunissen"),
        _BIPT,
        _RDI,
        _ILR,
        _IPR,
        act("Verordening (EU) 2022/612", "Verordening (EU) 2022/612", "roamingverordening"),
        org("Proximus"),
        org("KPN"),
        org("POST Luxembourg"),
        sg(),
        person("Joke Vandenberghe"),
        _WG_MC,
        _DC_DIG,
        _BEREC,
        _R939,
        cvm("Comité van Ministers"),
        _M2024_9,
        _NET_HC,
        _ECC_BE,
        _ECC_NL,
        country(BE, "België"),
        country(NL, "Nederland"),
        _DRAFT,
        _EV_PZ03,
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        country("id/country/estland", "Estland"),
        country("id/country/letland", "Letland"),
        _EV_NEXT,
        body("Vlaams Parlement"),
    ],
    [
        # "commissie … van het Beneluxparlement" names the parent (set F).
        Rel(_COMM.iri, SUB, I_BP, "De commissie Economische en Sociale Zaken van het"),
        *[
            Rel(_EV_COMM.iri, PART, x.iri, "vergadering namen vertegenwoordigers deel")
            for x in (_BIPT, _RDI, _ILR)
        ],
        # A guest delegation takes part (set J); the committee at its own meeting does not.
        Rel(_EV_COMM.iri, PART, _IPR.iri, "Een delegatie van de Interregionale"),
        # Speaking "Namens" a body at the meeting (set K).
        Rel(_EV_COMM.iri, PART, I_SG, "Namens het Secretariaat-Generaal lichtte"),
        # "X en Y werken samen" gives one relation, subject first (set I); POST Luxembourg,
        # which may join, gets none.
        Rel(
            "id/organisation/proximus",
            COOP,
            "id/organisation/kpn",
            "Proximus en KPN werken sinds 2024",
        ),
        Rel(_WG_MC.iri, SUB, _DC_DIG.iri, "valt onder het Directiecomité Digitalisering"),
        # "de drie regulatoren": the three named in full at the start (set J's rule for
        # bodies named by description).
        *[Rel(_WG_MC.iri, PART, x.iri, "telt de drie regulatoren") for x in (_BIPT, _RDI, _ILR)],
        Rel(_WG_MC.iri, COOP, _BEREC.iri, "Zij zal in 2025 nauwer samenwerken met BEREC"),
        Rel(_R939.iri, PASSED, I_BP, "die het\nBeneluxparlement in 2023 aannam"),
        Rel(_R939.iri, DATE, "2023", "die het\nBeneluxparlement in 2023 aannam"),
        Rel(_M2024_9.iri, PASSED, I_CVM, "gevolg met Aanbeveling M (2024) 9"),
        Rel(_M2024_9.iri, DATE, "2024-11-18", "gevolg met Aanbeveling M (2024) 9"),
        Rel(_NET_HC.iri, COOP, _ECC_BE.iri, "werkt daarbij samen met het Europees"),
        Rel(_NET_HC.iri, COOP, _ECC_NL.iri, "werkt daarbij samen met het Europees"),
        # The draft recommendation adopted in committee gets no eli:passed_by and no date
        # (set C). A settled decision to cooperate gives the relation (set E).
        Rel(_COMM.iri, COOP, BA, "De commissie besloot voor dit"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
