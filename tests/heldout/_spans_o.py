# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of measurement set O (tests/heldout/gold/p01…p06).

Set O is held out: it was written by a helper that never read the extractor's code,
patterns, reference data or output, never ran the extractor or ``evaluate_set.py``, and
never opened sets B or N. It has one document of each kind, on policy fields the other sets
do not cover: an annual-plan chapter (air quality), an evaluation chapter (cross-border
statistics), a Kamerbrief (coastal rescue and beach safety), a news page of the
Secretariat-General (forest health), a Benelux Publicatieblad index (July-December 2027)
and the Handelingen of a plenary sitting of the Benelux Parliament (cross-border tourism).
Relations are stated the way such documents state them: members in lists, a text table and
"Aan Nederlandse zijde zijn … erin vertegenwoordigd", observers ("volgt het werk als
waarnemer"), chairs ("voorgezeten door"), parents ("valt onder", "ressorteert onder", "een
van de directiecomités van", "X van Y", a note line under an index entry), cooperation ("werkt
samen met", "samen met", "trekt op met"), dates in a fronted phrase, a footnote, an index line,
a rectification and relative to the dateline ("Gisteren"), amendments ("vervangt", "tot
wijziging van … zoals gewijzigd bij"). The offset helpers and the JSON writer are those of
``_spans.py`` (set A), which in turn imports the matching rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_o.py              # write gold/p01…p06.json, verify every span
    python tests/heldout/_spans_o.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent

EC = "id/organisation/europese-commissie"
GE = "id/region/grand-est"
RP = "id/region/rijnland-palts"
HDF = "id/region/hauts-de-france"


def ec(*names: str) -> Any:
    return Ent(
        EC, "ExternalOrganisation", "Europese Commissie", list(names) or ["Europese Commissie"]
    )


def grand_est(*names: str) -> Any:
    return region(GE, "Grand Est", *(names or ("Grand Est",)))


# Entities that also occur in the seeds or in the development sets keep their IRIs there.
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_DC_LM = wg("Directiecomité Leefmilieu")
_DC_IM = wg("Directiecomité Interne Markt")
_DC_JBZ = wg("Directiecomité Justitie en Binnenlandse Zaken")
_WG_LUCHT = wg("Werkgroep Luchtkwaliteit", "werkgroep Luchtkwaliteit")  # seed 002's group
_ADE = body("Administration de l'environnement")
_LANUK = org(
    "Landesamt für Natur, Umwelt und Klima", "Landesamt für Natur, Umwelt und Klima", "LANUK"
)
_EEA = org("Europees Milieuagentschap", "Europees Milieuagentschap", "EEA")
_VMM = body("Vlaamse Milieumaatschappij", "Vlaamse Milieumaatschappij", "VMM")
_IPR = org("Interregionale Parlementaire Raad")
_UWV = body("UWV")
_KWNL = body("Kustwacht Nederland")
_JENV = body("Ministerie van Justitie en Veiligheid")
_SPW = body("Service public de Wallonie")
_WAALS = org("Waals Gewest", cls="NationalBody")
_SENAAT = body("Senaat")
_BUREAU = wg("Bureau van het Benelux-Parlement")
_COMM_ESZ = Ent(
    "id/working-group/commissie-economische-en-sociale-zaken-van-het-benelux-parlement",
    "WorkingGroup",
    "Commissie Economische en Sociale Zaken van het Benelux-Parlement",
    ["commissie Economische en Sociale Zaken"],
)
_T_BVIE = Ent(
    "id/instrument/benelux-verdrag-inzake-de-intellectuele-eigendom",
    "Treaty",
    "Benelux-verdrag inzake de intellectuele eigendom",
    ["Benelux-verdrag inzake de intellectuele eigendom"],
)
_WEEKERS = person("Frans Weekers")
_QUINTIN = person("Bernard Quintin")
_PREVOT = person("Maxime Prévot")

# New to set O, shared by two of its documents (one IRI, names per document).
_M2027_7 = "id/instrument/m-2027-7"
_M2027_8 = "id/instrument/m-2027-8"
_M2027_9 = "id/instrument/m-2027-9"
_M2012_4 = "id/instrument/m-2012-4"
_M2023_5 = "id/instrument/m-2023-5"
_WG_KUST = wg("Benelux-werkgroep Kustredding")
_IV_BOS_LABEL = "Intentieverklaring over de gezondheid van de bossen in de grensstreek"
_IV_BOS = f"id/instrument/{_slug(_IV_BOS_LABEL)}"
_EFI = org("Europees Bosinstituut", "Europees Bosinstituut", "EFI")
_R970 = ins(
    "Aanbeveling 970/2 over veiligheid aan de kust",
    "Recommendation",
    "aanbeveling 970/2 over veiligheid aan de kust",
    "aanbeveling 970/2",
)
_R984 = ins(
    "Aanbeveling 984/2 over de bevordering van grensoverschrijdend toerisme",
    "Recommendation",
    "Aanbeveling 984/2 over de bevordering van grensoverschrijdend toerisme",
)

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- p01: annual plan 2028, chapter 5 (air quality) -----------------------------------------
_P01 = "p01_annual_plan_air_quality"
_M8_P01 = Ent(_M2027_8, "Decision", "M(2027)8", ["Beschikking M (2027) 8"])
_M2012_4_P01 = Ent(_M2012_4, "Recommendation", "M(2012)4", ["Aanbeveling M (2012) 4"])
_M9_P01 = Ent(_M2027_9, "Recommendation", "M(2027)9", ["Aanbeveling M (2027) 9"])
_IRCEL = body(
    "Intergewestelijke Cel voor het Leefmilieu",
    "Intergewestelijke Cel voor het Leefmilieu",
    "IRCEL",
)
_RIVM = body(
    "Rijksinstituut voor Volksgezondheid en Milieu",
    "Rijksinstituut voor Volksgezondheid en Milieu",
    "RIVM",
)
_ATMO_GE = org("Atmo Grand Est")
_ATMO_HDF = org("Atmo Hauts-de-France")
_R969 = ins(
    "Aanbeveling 969/2 over fijnstof in de grensstreek",
    "Recommendation",
    "aanbeveling 969/2 over fijnstof in de grensstreek",
    "aanbeveling 969/2",
)
_EV_LUCHT = event("Benelux-conferentie Schone Lucht")
SPECS[_P01] = (
    [
        bu(),
        country(LU, "Luxemburg"),
        _GWP_2025,
        # "het Directiecomité voor" (5.3) is a capitalised short form of the same body.
        Ent(
            _DC_LM.iri,
            "WorkingGroup",
            _DC_LM.label,
            ["Directiecomité Leefmilieu", "Directiecomité"],
        ),
        csg(),
        cvm("Comité van Ministers", "Comité"),
        _M8_P01,
        _M2012_4_P01,
        _WG_LUCHT,
        _IRCEL,
        _RIVM,
        _ADE,
        _LANUK,
        region(NRW, "Noordrijn-Westfalen"),
        _ATMO_GE,
        grand_est(),
        _ATMO_HDF,
        region(HDF, "Hauts-de-France"),
        sg(),
        _EEA,
        act("Richtlijn (EU) 2024/2881"),
        act("Richtlijn 2008/50/EG"),
        _M9_P01,
        _R969,
        bp("Benelux-Parlement"),
        _VMM,
        _EV_LUCHT,
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"]),
        ec(),
        _IPR,
    ],
    [
        Rel(_DC_LM.iri, SUB, I_CSG, "wordt aangestuurd door het Directiecomité Leefmilieu"),
        Rel(_WG_LUCHT.iri, SUB, _DC_LM.iri, "De uitvoering ligt bij de werkgroep Luchtkwaliteit"),
        *[
            Rel(_WG_LUCHT.iri, PART, x.iri, "In de werkgroep hebben de Intergewestelijke")
            for x in (_IRCEL, _RIVM, _ADE)
        ],
        # "is sinds 2023 lid"; NRW only says whose office it is: no relation (set J).
        Rel(_WG_LUCHT.iri, PART, _LANUK.iri, "Het Landesamt für Natur"),
        Rel(_WG_LUCHT.iri, PART, _ATMO_GE.iri, "volgt het werk als waarnemer"),
        # Atmo Hauts-de-France "heeft belangstelling getoond, maar nog geen besluit genomen".
        Rel(_M2027_8, PASSED, I_CVM, "Op 13 december 2027 stelde het Comité"),
        Rel(_M2027_8, DATE, "2027-12-13", "Op 13 december 2027 stelde het Comité"),
        # "vervangt" gives eli:amends (sets F, J, L, M).
        Rel(_M2027_8, AMENDS, _M2012_4, "De beschikking vervangt Aanbeveling"),
        Rel(_M2012_4, PASSED, I_CVM, "De beschikking vervangt Aanbeveling"),
        Rel(I_SG, COOP, _EEA.iri, "werkt daarvoor samen met het Europees"),
        Rel(_M2027_9, PASSED, I_CVM, "van 13 december 2027 vraagt het Comité"),
        Rel(_M2027_9, DATE, "2027-12-13", "van 13 december 2027 vraagt het Comité"),
        # "Het Comité geeft daarmee gevolg aan aanbeveling 969/2 … van het Benelux-Parlement";
        # the date stands only in the footnote (set J).
        Rel(_R969.iri, PASSED, I_BP, "daarmee gevolg aan aanbeveling 969/2"),
        Rel(_R969.iri, DATE, "2026-12-12", "aangenomen op 12 december 2026"),
        # "samen met" (sets F, L).
        Rel(I_SG, COOP, _VMM.iri, "samen met de Vlaamse Milieumaatschappij"),
        # Organiser and co-organisers; the Commission "heeft haar deelname toegezegd"; the
        # IPR is only invited.
        *[
            Rel(_EV_LUCHT.iri, PART, x, "organiseert het Secretariaat-Generaal in Aken")
            for x in (I_SG, GR, NRW)
        ],
        Rel(_EV_LUCHT.iri, PART, EC, "heeft haar deelname toegezegd"),
    ],
)

# --- p02: evaluation report, chapter 3 on cross-border labour statistics -------------------
_P02 = "p02_evaluation_statistics"
_MOU = ins("Memorandum van overeenstemming over grensoverschrijdende statistiek", "Declaration")
_STATBEL = body("Statbel")
_CBS = body("Centraal Bureau voor de Statistiek", "Centraal Bureau voor de Statistiek", "CBS")
_STATEC = body("STATEC")
_WG_GS = wg("Benelux-werkgroep Grensstatistiek")
_KSZ = body(
    "Kruispuntbank van de Sociale Zekerheid",
    "Kruispuntbank van de Sociale Zekerheid",
    "Kruispuntbank",
)
_ITNRW = org("IT.NRW")
_INSEE = org("INSEE")
_IGSS = body(
    "Inspection générale de la sécurité sociale",
    "Inspection générale de la sécurité sociale",
    "IGSS",
)
_EUROSTAT = org("Eurostat")
_WG_LMS = wg("Working Group on Labour Market Statistics")
_M2023_5_P02 = Ent(_M2023_5, "Recommendation", "M(2023)5", ["Aanbeveling M (2023) 5"])
_D_MICRO = ins(
    "Beschikking over de uitwisseling van microdata voor grensstatistiek",
    "Decision",
    "beschikking over de uitwisseling van microdata voor grensstatistiek",
)
SPECS[_P02] = (
    [
        org("Ecorys"),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        _MOU,
        _STATBEL,
        _CBS,
        _STATEC,
        sg(),
        _WG_GS,
        _DC_IM,
        _KSZ,
        _ITNRW,
        # "NRW" in the table's region column and inside "IT.NRW" (a region's name inside a
        # body's name, like a country's: sets C, L).
        region(NRW, "Noordrijn-Westfalen", "NRW"),
        _INSEE,
        grand_est(),
        _UWV,
        _IGSS,
        _EUROSTAT,
        ec(),
        _WG_LMS,
        act("Verordening (EG) nr. 223/2009"),
        act("Verordening (EU) 2019/1700"),
        cvm("Comité van Ministers", "Comité"),
        _M2023_5_P02,
        _D_MICRO,
        region(RP, "Rijnland-Palts"),
        bu(),
    ],
    [
        *[
            Rel(_MOU.iri, PART, x.iri, "dat Statbel, het Centraal Bureau")
            for x in (_STATBEL, _CBS, _STATEC)
        ],
        Rel(_MOU.iri, DATE, "2018-06-04", "dat Statbel, het Centraal Bureau"),
        # A co-signatory takes part (set M).
        Rel(_MOU.iri, PART, I_SG, "tekende mee als coördinator"),
        # "ressorteert onder" reads as "valt onder" (set K); the chair is a member.
        Rel(_WG_GS.iri, SUB, _DC_IM.iri, "Zij ressorteert onder"),
        Rel(_WG_GS.iri, PART, _STATEC.iri, "Zij ressorteert onder"),
        # The table's organisation column gives members and the observer; its country /
        # region column says whose body each is and gives no participation (set L).
        Rel(_WG_GS.iri, PART, _STATBEL.iri, "Statbel BE lid"),
        Rel(_WG_GS.iri, PART, _CBS.iri, "Centraal Bureau voor de Statistiek NL lid"),
        Rel(_WG_GS.iri, PART, _KSZ.iri, "Kruispuntbank van de Sociale Zekerheid BE lid"),
        Rel(_WG_GS.iri, PART, _ITNRW.iri, "IT.NRW NRW lid"),
        Rel(_WG_GS.iri, PART, _INSEE.iri, "INSEE, directie Grand Est"),
        # The UWV and the IGSS "leveren aan, maar zijn geen lid": no relation.
        # "trekt … op met" is working together; the apposition names Eurostat's parent (set L).
        Rel(_WG_GS.iri, COOP, _EUROSTAT.iri, "trekt de werkgroep op met Eurostat"),
        Rel(_EUROSTAT.iri, SUB, EC, "trekt de werkgroep op met Eurostat"),
        Rel(_WG_LMS.iri, SUB, _EUROSTAT.iri, "een werkgroep van Eurostat"),
        Rel(_M2023_5, PASSED, I_CVM, "nam daarom op 12 juni 2023"),
        Rel(_M2023_5, DATE, "2023-06-12", "nam daarom op 12 juni 2023"),
        # A beschikking in preparation is the Committee's (seed rule, set M); no date.
        Rel(_D_MICRO.iri, PASSED, I_CVM, "beschikking over de uitwisseling van microdata"),
        # Rijnland-Palts: only an evaluators' recommendation (no relation).
        Rel(I_SG, SUB, BU, "website van het Secretariaat-Generaal van de Benelux"),
    ],
)

# --- p03: letter to parliament (JenV) on coastal rescue and beach safety --------------------
_P03 = "p03_letter_coastal_rescue"
_EV_CD = event(
    "Commissiedebat Veiligheidsregio's van 8 juli 2027",
    "commissiedebat Veiligheidsregio's",
    slug="commissiedebat-veiligheidsregio-s-2027-07-08",
)
_M7_P03 = Ent(_M2027_7, "Decision", "M(2027)7", ["Beschikking M (2027) 7"])
_VRZ = body("Veiligheidsregio Zeeland")
_MRCC = body(
    "Maritiem Reddings- en Coördinatiecentrum Oostende",
    "Maritiem Reddings- en Coördinatiecentrum (MRCC) Oostende",
    "MRCC Oostende",
)
_MDK = body("Agentschap Maritieme Dienstverlening en Kust")
_KNRM = org(
    "Koninklijke Nederlandse Redding Maatschappij",
    "Koninklijke Nederlandse Redding Maatschappij",
    "KNRM",
)
_CGDIS = body(
    "Corps grand-ducal d'incendie et de secours",
    "Corps grand-ducal d'incendie et de secours",
    "CGDIS",
)
_ILS = org("International Life Saving Federation", "International Life Saving Federation", "ILS")
_CROSS = org("CROSS Gris-Nez")
_SAR = act(
    "Internationaal Verdrag inzake opsporing en redding op zee",
    "Internationaal Verdrag inzake opsporing en redding op zee",
    "SAR-verdrag",
)
_V_STRAND = ins("Gezamenlijke verklaring over strandveiligheid in de grensstreek", "Declaration")
SPECS[_P03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _JENV,
        _EV_CD,
        country(BE, "België"),
        # "Kustwacht Nederland": the country inside a body's name (sets C, L).
        country(NL, "Nederland"),
        cvm("Comité van Ministers"),
        _M7_P03,
        _WG_KUST,
        _DC_JBZ,
        _KWNL,
        _VRZ,
        _MRCC,
        _MDK,
        _KNRM,
        country(LU, "Luxemburg"),
        _CGDIS,
        _ILS,
        country(FR, "Frankrijk"),
        _CROSS,
        region(HDF, "Hauts-de-France"),
        _SAR,
        _V_STRAND,
        _QUINTIN,
        act("Richtlijn 2006/7/EG"),
        bp("Benelux-Parlement"),
        _R970,
        person("R.P. Hoekstra"),
    ],
    [
        Rel(_M2027_7, PASSED, I_CVM, "Op 20 september 2027 heeft het Comité"),
        Rel(_M2027_7, DATE, "2027-09-20", "Op 20 september 2027 heeft het Comité"),
        # A group set up by a decision gets no relation to it (set J).
        Rel(_WG_KUST.iri, SUB, _DC_JBZ.iri, "werkgroep valt onder het Directiecomité Justitie"),
        *[
            Rel(_WG_KUST.iri, PART, x.iri, "Aan Nederlandse zijde zijn")
            for x in (_KWNL, _VRZ, _MRCC, _MDK)
        ],
        Rel(_WG_KUST.iri, PART, _KNRM.iri, "(KNRM) neemt deel"),
        # "Luxemburg … volgt het werk als waarnemer via het CGDIS": the state observes through
        # its rescue corps; both take part.
        Rel(_WG_KUST.iri, PART, LU, "Luxemburg heeft geen kust"),
        Rel(_WG_KUST.iri, PART, _CGDIS.iri, "Luxemburg heeft geen kust"),
        Rel(_WG_KUST.iri, COOP, _ILS.iri, "werkt de werkgroep samen met de"),
        Rel(_MRCC.iri, COOP, _CROSS.iri, "Het MRCC Oostende werkt al jaren"),
        # France is only invited: no relation.
        # "namens België en Nederland … ondertekend" (set M: the states signing).
        Rel(_V_STRAND.iri, PART, BE, "hebben minister Bernard Quintin en ik"),
        Rel(_V_STRAND.iri, PART, NL, "hebben minister Bernard Quintin en ik"),
        Rel(_V_STRAND.iri, DATE, "2027-06-17", "hebben minister Bernard Quintin en ik"),
        Rel(_R970.iri, PASSED, I_BP, "aangenomen op 12 december 2026"),
        Rel(_R970.iri, DATE, "2026-12-12", "aangenomen op 12 december 2026"),
    ],
)

# --- p04: news page of the Secretariat-General on forest health ------------------------------
_P04 = "p04_news_forest_health"
_IV_BOS_P04 = Ent(
    _IV_BOS,
    "Declaration",
    _IV_BOS_LABEL,
    ["intentieverklaring over de gezondheid van de bossen in de grensstreek"],
)
_EV_BOS = event("Benelux-Bosdag")
_NET_BOS = wg("Benelux-netwerk Bosgezondheid")
_ANB = body("Agentschap voor Natuur en Bos")
_DNF = body("Département de la Nature et des Forêts")
_SBB = body("Staatsbosbeheer")
_ANF = body("Administration de la nature et des forêts")
_LRP = org("Landesforsten Rheinland-Pfalz")
_WUH = org("Wald und Holz NRW")
_ONF = org("Office national des forêts", "Office national des forêts", "ONF")
SPECS[_P04] = (
    [
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        # Region names inside the names of the regional forest services are mentions too.
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW"),
        region(RP, "Rijnland-Palts", "Rijnland-Palts", "Rheinland-Pfalz"),
        grand_est(),
        _IV_BOS_P04,
        bu(),
        _WEEKERS,
        _EV_BOS,
        sg(),
        _WAALS,
        _NET_BOS,
        _DC_LM,
        _ANB,
        _DNF,
        _SPW,
        _SBB,
        _ANF,
        _LRP,
        _WUH,
        _ONF,
        act("Verordening (EU) 2016/2031"),
        ec(),
        _EFI,
        person("Serge Wilmes"),
        region(HDF, "Hauts-de-France"),
    ],
    [
        # "Gisteren" against the dateline of 6 October 2027 (sets G, H, L).
        *[
            Rel(_IV_BOS, PART, x, "ondertekenden België, Nederland en Luxemburg")
            for x in (BE, NL, LU, NRW, RP, GE)
        ],
        Rel(_IV_BOS, DATE, "2027-10-05", "ondertekenden België, Nederland en Luxemburg"),
        Rel(_IV_BOS, PART, BU, "Namens de Benelux Unie tekende"),
        # Organiser and co-organiser; the signatories signed there (set L).
        Rel(_EV_BOS.iri, PART, I_SG, "samen met het Waals Gewest organiseerde"),
        Rel(_EV_BOS.iri, PART, _WAALS.iri, "samen met het Waals Gewest organiseerde"),
        *[
            Rel(_EV_BOS.iri, PART, x, "De ondertekening vond plaats tijdens")
            for x in (BE, NL, LU, NRW, RP, GE, BU)
        ],
        # A network set up by a declaration gets no relation to it (set J).
        Rel(_NET_BOS.iri, SUB, _DC_LM.iri, "netwerk valt onder het"),
        *[
            Rel(_NET_BOS.iri, PART, x.iri, "het Agentschap voor Natuur en")
            for x in (_ANB, _DNF, _SBB, _ANF, _LRP, _WUH)
        ],
        Rel(_NET_BOS.iri, PART, _ONF.iri, "(ONF) neemt als waarnemer deel"),
        # "X van Y" between two bodies (set L).
        Rel(_DNF.iri, SUB, _SPW.iri, "Forêts van de Service public de"),
        Rel(_NET_BOS.iri, COOP, _EFI.iri, "zal het\nnauw samenwerken met"),
        # Hauts-de-France "heeft de verklaring (nog) niet ondertekend": no relation.
    ],
)

# --- p05: Benelux Publicatieblad 2028-1, July-December 2027 ---------------------------------
_P05 = "p05_journal_index"
_M6_P05 = m_number(
    "M(2027)6",
    "Decision",
    "M (2027) 6",
    "Beschikking inzake de uitwisseling van microdata voor grensstatistiek",
)
_M7_P05 = Ent(
    _M2027_7,
    "Decision",
    "M(2027)7",
    ["M (2027) 7", "Beschikking tot instelling van de Benelux-werkgroep Kustredding"],
)
_M8_P05 = Ent(
    _M2027_8,
    "Decision",
    "M(2027)8",
    [
        "M (2027) 8",
        "Beschikking inzake de uitwisseling van meetgegevens over luchtkwaliteit en de afstemming van smogwaarschuwingen",
    ],
)
_M2012_4_P05 = Ent(_M2012_4, "Recommendation", "M(2012)4", ["Aanbeveling M (2012) 4"])
_M9_P05 = Ent(
    _M2027_9,
    "Recommendation",
    "M(2027)9",
    [
        "M (2027) 9",
        "Aanbeveling betreffende de afstemming van stookadviezen bij houtstook",
        "Recommandation du Comité de Ministres Benelux relative à l'harmonisation des conseils en matière de chauffage au bois",
    ],
)
_M10_P05 = m_number(
    "M(2027)10",
    "Decision",
    "M (2027) 10",
    "Beschikking tot wijziging van de Beschikking M (2021) 3 inzake de erkenning van medische voorschriften door apotheken in de grensstreek, zoals gewijzigd bij Beschikking M (2024) 14",
)
# The amended decisions inside the title are nested mentions of their numbers (sets E, J, K).
_M2021_3 = m_number("M(2021)3", "Decision", "M (2021) 3")
_M2024_14 = m_number("M(2024)14", "Decision", "M (2024) 14")
_IV_BOS_P05 = Ent(
    _IV_BOS,
    "Declaration",
    _IV_BOS_LABEL,
    [
        "Intentieverklaring tussen het Koninkrijk België, het Koninkrijk der Nederlanden, het Groothertogdom Luxemburg, het Land Noordrijn-Westfalen, het Land Rijnland-Palts en de Région Grand Est over de gezondheid van de bossen in de grensstreek"
    ],
)
_M2023_5_P05 = Ent(_M2023_5, "Recommendation", "M(2023)5", ["Aanbeveling M (2023) 5"])
SPECS[_P05] = (
    [
        sg(),
        bu(),
        # The heading "COMITÉ VAN MINISTERS" and "Comité de Ministres" in the French title.
        cvm("Comité van Ministers", "Comité de Ministres", ci=True),
        _M6_P05,
        _M2023_5_P05,
        _M7_P05,
        _WG_KUST,
        _DC_JBZ,
        _M8_P05,
        _M2012_4_P05,
        _M9_P05,
        _M10_P05,
        _M2021_3,
        _M2024_14,
        _IV_BOS_P05,
        country(BE, "België", "Koninkrijk België"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg"),
        region(NRW, "Noordrijn-Westfalen"),
        region(RP, "Rijnland-Palts"),
        grand_est(),
        bp("BENELUX-PARLEMENT"),
        _R984,
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["BENELUX-GERECHTSHOF"]),
        _T_BVIE,
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        *[
            Rel(iri, PASSED, I_CVM, snippet)
            for iri, snippet in (
                (_M6_P05.iri, "grensstatistiek, d.d. 20.09.2027"),
                (_M2023_5, '"d.d. 12.06.2023" worden gelezen'),
                (_M2027_7, "Kustredding, d.d. 20.09.2027"),
                (_M2027_8, "luchtkwaliteit en de afstemming van smogwaarschuwingen"),
                (_M2012_4, "deze beschikking vervangt Aanbeveling M (2012) 4"),
                (_M2027_9, "bij houtstook, d.d. 13.12.2027"),
                (_M10_P05.iri, "apotheken in de grensstreek, zoals gewijzigd bij"),
                (_M2021_3.iri, "apotheken in de grensstreek, zoals gewijzigd bij"),
                (_M2024_14.iri, "apotheken in de grensstreek, zoals gewijzigd bij"),
            )
        ],
        Rel(_M6_P05.iri, DATE, "2027-09-20", "grensstatistiek, d.d. 20.09.2027"),
        Rel(_M2027_7, DATE, "2027-09-20", "Kustredding, d.d. 20.09.2027"),
        Rel(_M2027_8, DATE, "2027-12-13", "luchtkwaliteit en de afstemming van smogwaarschuwingen"),
        Rel(_M2027_9, DATE, "2027-12-13", "bij houtstook, d.d. 13.12.2027"),
        Rel(_M10_P05.iri, DATE, "2027-12-13", "apotheken in de grensstreek, zoals gewijzigd bij"),
        # A rectification's "moet … 'd.d. 12.06.2023' worden gelezen" (sets K, L).
        Rel(_M2023_5, DATE, "2023-06-12", '"d.d. 12.06.2023" worden gelezen'),
        # "Noot: geeft uitvoering aan" is no amendment.
        # A note line under an index entry gives the parent (set L) and the replacement.
        Rel(_WG_KUST.iri, SUB, _DC_JBZ.iri, "Noot: de werkgroep valt onder"),
        Rel(_M2027_8, AMENDS, _M2012_4, "deze beschikking vervangt Aanbeveling M (2012) 4"),
        # "tot wijziging van … zoals gewijzigd bij" gives both amendments (set K).
        Rel(_M10_P05.iri, AMENDS, _M2021_3.iri, "apotheken in de grensstreek, zoals gewijzigd bij"),
        Rel(
            _M2024_14.iri, AMENDS, _M2021_3.iri, "apotheken in de grensstreek, zoals gewijzigd bij"
        ),
        # The parties of a title are its participants, whatever its type (seed rule).
        *[
            Rel(_IV_BOS, PART, x, "Intentieverklaring tussen het Koninkrijk België")
            for x in (BE, NL, LU, NRW, RP, GE)
        ],
        Rel(_IV_BOS, DATE, "2027-10-05", "Intentieverklaring tussen het Koninkrijk België"),
        Rel(_R984.iri, PASSED, I_BP, "over de bevordering van grensoverschrijdend"),
        Rel(_R984.iri, DATE, "2027-12-11", "over de bevordering van grensoverschrijdend"),
        # The Court's judgment is not annotated; the treaty it interprets has no relation.
    ],
)

# --- p06: Handelingen, plenary sitting of the Benelux Parliament of 11 December 2027 ---------
_P06 = "p06_proceedings_tourism"
_EV_PZ = Ent(
    "id/event/plenaire-zitting-benelux-parlement-2027-12",
    "Meeting",
    "Plenaire zitting van het Benelux-Parlement van 10 en 11 december 2027",
    ["PLENAIRE VERGADERING VAN ZATERDAG 11 DECEMBER 2027", "plenaire zitting"],
    not_in=["volgende plenaire zitting"],
)
_EV_NEXT = event(
    "Plenaire zitting van het Benelux-Parlement van maart 2028",
    "volgende plenaire zitting",
    slug="plenaire-zitting-benelux-parlement-2028-03",
)
_PLATFORM = wg("Benelux-platform Toerisme")
_TV = body("Toerisme Vlaanderen")
_VW = body("VISITWallonia")
_NBTC = body("NBTC")
_LFT = body("Luxembourg for Tourism")
_TNRW = org("Tourismus NRW")
_ETC = org("Europese Reiscommissie", "Europese Reiscommissie", "ETC")
_M7_P06 = Ent(_M2027_7, "Decision", "M(2027)7", ["Beschikking M (2027) 7"])
_R970_P06 = ins(
    "Aanbeveling 970/2 over veiligheid aan de kust", "Recommendation", "aanbeveling 970/2"
)
SPECS[_P06] = (
    [
        # "dit Parlement": a capitalised short form (set M).
        bp(
            "BENELUX-PARLEMENT",
            "Interparlementaire Assemblee",
            "Interparlementaire Benelux-Raad",
            "Benelux-Parlement",
            "Parlement",
        ),
        _EV_PZ,
        _SENAAT,
        person("Katrien Desmet"),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Noordse Raad"]),
        person("Kristina Håkansson"),
        _WEEKERS,
        bu(),
        cvm("Comité van Ministers", "Comité"),
        _PREVOT,
        country(BE, "België"),
        country(LU, "Luxemburg"),
        country(NL, "Nederland"),
        person("Paul Kremer"),
        _COMM_ESZ,
        _PLATFORM,
        _DC_IM,
        person("Sanne de Boer"),
        _TV,
        _VW,
        _NBTC,
        _LFT,
        _TNRW,
        region(NRW, "Noordrijn-Westfalen", "NRW"),
        person("Pieter Claes"),
        _ETC,
        act("Verordening (EU) 2024/1028"),
        _M7_P06,
        _R970_P06,
        _R984,
        _BUREAU,
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        _EV_NEXT,
    ],
    [
        # A guest delegation and a body speaking "Namens" take part (sets D, K).
        Rel(_EV_PZ.iri, PART, NR, "Ik begroet de delegatie van de Noordse Raad"),
        Rel(_EV_PZ.iri, PART, I_CVM, "Namens het Comité van Ministers zal"),
        Rel(_PLATFORM.iri, SUB, _DC_IM.iri, "dat sinds 2025 onder"),
        # "In het platform werken X, Y en Z samen": participants (sets F, L). Tourismus NRW
        # "schoof tot 2024 als waarnemer aan, maar trok zich daarna terug" and "zou …
        # opnieuw … moeten aanschuiven": a member that has left, and a wish: no relation.
        *[
            Rel(_PLATFORM.iri, PART, x.iri, "In het platform werken")
            for x in (_TV, _VW, _NBTC, _LFT)
        ],
        Rel(_PLATFORM.iri, COOP, _ETC.iri, "Sinds dit jaar werkt het"),
        # "in september" (no year, no day): no date (set I).
        Rel(_M2027_7, PASSED, I_CVM, "stelde het Comité Beschikking M (2027) 7"),
        # "uw aanbeveling 970/2", said to the Parliament (seed rule: the Committee answers
        # the Parliament's recommendations).
        Rel(_R970_P06.iri, PASSED, I_BP, "stelde het Comité Beschikking M (2027) 7"),
        Rel(_R984.iri, PASSED, I_BP, "Aanbeveling 984/2 over de bevordering"),
        # The vote is on Saturday 11 December 2027, the day of these Handelingen.
        Rel(_R984.iri, DATE, "2027-12-11", "Aanbeveling 984/2 over de bevordering"),
        Rel(_BUREAU.iri, SUB, I_BP, "Het Bureau van het Benelux-Parlement heeft gisteren"),
        # "besloten de samenwerking met … voort te zetten" (set E).
        Rel(I_BP, COOP, NR, "Het Bureau van het Benelux-Parlement heeft gisteren"),
        Rel(I_BP, COOP, BA, "Het Bureau van het Benelux-Parlement heeft gisteren"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
