# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of measurement set M (tests/heldout/gold/n01…n06).

Set M is held out: it was written in session 7 by a helper that never read the extractor's
code, patterns, reference data or output, never ran the extractor or ``evaluate_set.py``, and
never opened sets B or L. It has one document of each kind, on policy fields the other sets do
not cover: an annual-plan chapter (equal treatment: LGBTIQ+ rights and protection against
domestic violence), an evaluation chapter (inland navigation), a Kamerbrief (nuclear safety and
radiological emergency planning), a news page of the Secretariat-General (weather warnings), a
Benelux Publicatieblad index (January-June 2027) and written questions of a member of the
Benelux Parliament with the Committee of Ministers' answers (illegal online gambling). The
documents and the judgement calls are described in ``SET-M.md``. The offset helpers and the
JSON writer are those of ``_spans.py`` (set A), which in turn imports the matching rules of
``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_m.py              # write gold/n01…n06.json, verify every span
    python tests/heldout/_spans_m.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

EC = "id/organisation/europese-commissie"
HDF = "id/region/hauts-de-france"


def ec() -> Any:
    return Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"])


def benelux_countries() -> list[Any]:
    return [country(BE, "België"), country(NL, "Nederland"), country(LU, "Luxemburg")]


# Entities that also occur in the seeds or the development sets keep their IRIs there; those
# shared by two M documents are built once.
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_DC_VV = wg("Directiecomité Verkeer en Vervoer")
_DC_IM = wg("Directiecomité Interne Markt")
_DC_EN = wg("Directiecomité Energie")
_NRVM = org("Noordse Raad van Ministers")
_RVE = org("Raad van Europa")
_SPW = body("Service public de Wallonie")
_RWS = body("Rijkswaterstaat")
_CCR = org("Centrale Commissie voor de Rijnvaart", "Centrale Commissie voor de Rijnvaart", "CCR")
_VG = Ent("id/organisation/vlaams-gewest", "NationalBody", "Vlaams Gewest", ["Vlaanderen"])
_CRISIS = wg("Benelux Crisisoverleg")
_TOP_2026 = Ent("id/event/benelux-top-2026", "Meeting", "Benelux-top 2026", ["Benelux-top"])
_DSA = act("Verordening (EU) 2022/2065")
# New to set M, shared by two of its documents.
_M2020_17_IRI = "id/instrument/m-2020-17"
_M2024_15_IRI = "id/instrument/m-2024-15"
_M2016_3_IRI = "id/instrument/m-2016-3"
_WG_WW = wg("Benelux-werkgroep Weerwaarschuwingen")
_IV_WEER = ins(
    "Intentieverklaring over grensoverschrijdende weer- en klimaatwaarschuwingen", "Declaration"
)
_KMI = body(
    "Koninklijk Meteorologisch Instituut van België",
    "Koninklijk Meteorologisch Instituut van België",
    "Koninklijk Meteorologisch Instituut",
)
_KNMI = body(
    "Koninklijk Nederlands Meteorologisch Instituut",
    "Koninklijk Nederlands Meteorologisch Instituut",
)
_METEOLUX = body("MeteoLux")
_METEOFR = org("Météo-France")

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- n01: annual plan 2027, chapter 6 (equal treatment and inclusion) ----------------------
_N01 = "n01_annual_plan_equal_treatment"
_WG_GB = wg("Benelux-werkgroep Gelijke Behandeling")
_UNIA = body("Unia")
_CRM = body("College voor de Rechten van de Mens")
_CET = body("Centre pour l'égalité de traitement", "Centre pour l'égalité de traitement", "CET")
_OCW = body("Ministerie van Onderwijs, Cultuur en Wetenschap")
_MEGA = body(
    "Ministère de l'Égalité des genres et de la Diversité",
    "Ministère de l'Égalité des genres et de la Diversité",
    "MEGA",
)
_COM_COV = wg(
    "Commissie Cultuur, Onderwijs en Volksgezondheid van het Benelux-Parlement",
    "Commissie Cultuur, Onderwijs en Volksgezondheid van het Benelux-Parlement",
)
_V_LGBT = ins(
    "Benelux-verklaring over de gelijke rechten van LGBTIQ+-personen",
    "Declaration",
    "Benelux-verklaring over de gelijke rechten van LGBTIQ+-personen",
)
_R_CV_N01 = ins(
    "Aanbeveling betreffende de grensoverschrijdende handhaving van contactverboden",
    "Recommendation",
    "aanbeveling betreffende de grensoverschrijdende handhaving van contactverboden",
    "Aanbeveling over contactverboden",
)
_M2016_3_N01 = Ent(
    _M2016_3_IRI,
    "Recommendation",
    "M(2016)3",
    [
        "Aanbeveling M (2016) 3 over de opvang van slachtoffers van huiselijk geweld in de grensstreek",
        "Aanbeveling M (2016) 3",
    ],
)
_NW_VO = wg("Benelux-netwerk Veilige Opvang")
_NW_GG = wg("Netwerk Gendergelijkheid Grensarbeid")
_IGVM = body("Instituut voor de gelijkheid van vrouwen en mannen")
_EV_GV = event("Benelux-conferentie Grenzeloos Veilig")
_EIGE = org(
    "Europees Instituut voor gendergelijkheid", "Europees Instituut voor gendergelijkheid", "EIGE"
)
SPECS[_N01] = (
    [
        bu(),
        _GWP_2025,
        _WG_GB,
        csg(),
        _UNIA,
        _CRM,
        _CET,
        _OCW,
        _MEGA,
        _NRVM,
        region(HDF, "Hauts-de-France"),
        _RVE,
        _COM_COV,
        bp("Benelux-Parlement"),
        _V_LGBT,
        *benelux_countries(),
        region(NRW, "Noordrijn-Westfalen"),
        region(GR, "Grande Région"),
        cvm("Comité van Ministers"),
        _R_CV_N01,
        _M2016_3_N01,
        act("Richtlijn (EU) 2024/1385"),
        act("Verdrag van Istanbul"),
        _NW_VO,
        _NW_GG,
        region("id/region/grand-est", "Grand Est"),
        sg(),
        _IGVM,
        _EV_GV,
        ec(),
        _EIGE,
    ],
    [
        # "legt jaarlijks verslag uit aan" reads as "rapporteert aan" (sets A, E, K).
        Rel(_WG_GB.iri, SUB, I_CSG, "legt jaarlijks verslag uit aan het"),
        # An apposition lists the core members; "Daarnaast zijn … lid" adds two more.
        *[Rel(_WG_GB.iri, PART, x.iri, "De drie gelijkheidsorganen") for x in (_UNIA, _CRM, _CET)],
        *[Rel(_WG_GB.iri, PART, x.iri, "Daarnaast zijn het") for x in (_OCW, _MEGA)],
        Rel(_WG_GB.iri, PART, _NRVM.iri, "De Noordse Raad van Ministers woont"),
        # Hauts-de-France has only shown interest: no relation.
        Rel(_WG_GB.iri, COOP, _RVE.iri, "werkt de werkgroep samen met de Raad"),
        # "<committee> van het Benelux-Parlement" names its parent (README decision).
        Rel(_COM_COV.iri, SUB, I_BP, "Commissie Cultuur, Onderwijs en Volksgezondheid"),
        *[Rel(_V_LGBT.iri, PART, c, "De verklaring werd op 17 mei 2022") for c in (BE, NL, LU)],
        Rel(_V_LGBT.iri, DATE, "2022-05-17", "De verklaring werd op 17 mei 2022"),
        Rel(_V_LGBT.iri, PART, NRW, "Noordrijn-Westfalen sloot zich op 17 mei 2024"),
        # The Grande Région is invited but has not signed: no relation.
        # A settled future adoption and replacement (set J); no date for a planned instrument.
        Rel(_R_CV_N01.iri, PASSED, I_CVM, "In juni 2027 zal het Comité van Ministers"),
        Rel(_R_CV_N01.iri, AMENDS, _M2016_3_IRI, "Zij zal Aanbeveling M (2016) 3"),
        Rel(_M2016_3_IRI, PASSED, I_CVM, "Aanbeveling M (2016) 3 van het Comité"),
        Rel(_M2016_3_IRI, DATE, "2016-06-13", "Aanbeveling M (2016) 3 van het Comité"),
        Rel(_NW_VO.iri, SUB, _WG_GB.iri, "Onder de werkgroep vallen twee netwerken"),
        Rel(_NW_GG.iri, SUB, _WG_GB.iri, "Onder de werkgroep vallen twee netwerken"),
        # Country codes in the table are not mentions, but the participation is (sets F-H).
        *[
            Rel(_NW_VO.iri, PART, c, "Benelux-netwerk Veilige Opvang       BE")
            for c in (BE, NL, LU)
        ],
        *[Rel(_NW_GG.iri, PART, c, "Netwerk Gendergelijkheid Grensarbeid BE") for c in (BE, LU)],
        Rel(_NW_GG.iri, PART, "id/region/grand-est", "Netwerk Gendergelijkheid Grensarbeid BE"),
        # Organiser and co-organiser take part (sets F, J); EC confirmed; EIGE only asked.
        Rel(_EV_GV.iri, PART, I_SG, "organiseert het Secretariaat-Generaal samen met"),
        Rel(_EV_GV.iri, PART, _IGVM.iri, "organiseert het Secretariaat-Generaal samen met"),
        Rel(_EV_GV.iri, PART, EC, "heeft haar deelname bevestigd"),
    ],
)

# --- n02: evaluation report, chapter 3 on inland navigation ---------------------------------
_N02 = "n02_evaluation_inland_navigation"
_M2020_17_N02 = Ent(
    _M2020_17_IRI,
    "Decision",
    "M(2020)17",
    [
        "Beschikking M (2020) 17 betreffende de wederzijdse erkenning van vaarbewijzen en dienstboekjes in de binnenvaart",
        "Beschikking M (2020) 17",
        "M (2020) 17",
    ],
)
_M2024_15_N02 = Ent(
    _M2024_15_IRI, "Decision", "M(2024)15", ["Beschikking M (2024) 15", "M (2024) 15"]
)
_WG_BV = wg("Benelux-werkgroep Binnenvaart")
_DVW = body("De Vlaamse Waterweg")
_SDN = body("Service de la navigation")
_ILT = body("Inspectie Leefomgeving en Transport", "Inspectie Leefomgeving en Transport", "ILT")
_VNF = org("Voies navigables de France", "Voies navigables de France", "VNF")
_MOEZEL = org("Moezelcommissie")
_GNA = wg(
    "Gemeenschappelijke Nautische Autoriteit", "Gemeenschappelijke Nautische Autoriteit", "GNA"
)
_EBU = org("Europese Binnenvaart Unie", "Europese Binnenvaart Unie", "EBU")
_EV_SH = event(
    "Stakeholderbijeenkomst binnenvaart van 12 oktober 2023",
    "stakeholderbijeenkomst van 12 oktober 2023",
    slug="stakeholderbijeenkomst-binnenvaart-2023-10-12",
)
_D_MELD = ins(
    "Benelux-beschikking over de eenmalige digitale melding van reizen en lading",
    "Decision",
    "Benelux-beschikking over de eenmalige digitale melding van reizen en lading",
)
SPECS[_N02] = (
    [
        bu(),
        _M2020_17_N02,
        cvm("Comité van Ministers"),
        _M2024_15_N02,
        act("Richtlijn (EU) 2017/2397"),
        _WG_BV,
        _DC_VV,
        _RWS,
        _DVW,
        _SPW,
        _SDN,
        _ILT,
        _VNF,
        _CCR,
        _MOEZEL,
        _GNA,
        _VG,
        country(NL, "Nederland"),
        _EV_SH,
        _EBU,
        act("Richtlijn 2005/44/EG"),
        _D_MELD,
        country(DE, "Duitsland"),
        region(NRW, "Noordrijn-Westfalen"),
    ],
    [
        # The number, the date and the issuing body stand in the footnote.
        Rel(_M2020_17_IRI, PASSED, I_CVM, "Beschikking M (2020) 17 van het Comité van"),
        Rel(_M2020_17_IRI, DATE, "2020-12-07", "Beschikking M (2020) 17 van het Comité van"),
        Rel(I_CVM, SUB, BU, "Beschikking M (2020) 17 van het Comité van"),
        # "heeft de bijlage bij die beschikking … geactualiseerd bij" is an amendment.
        Rel(_M2024_15_IRI, AMENDS, _M2020_17_IRI, "geactualiseerd bij Beschikking M (2024) 15"),
        Rel(_M2024_15_IRI, PASSED, I_CVM, "geactualiseerd bij Beschikking M (2024) 15"),
        Rel(_M2024_15_IRI, DATE, "2024", "geactualiseerd bij Beschikking M (2024) 15"),
        Rel(_WG_BV.iri, SUB, _DC_VV.iri, "die valt onder het"),
        *[
            Rel(_WG_BV.iri, PART, x.iri, "In de werkgroep hebben Rijkswaterstaat")
            for x in (_RWS, _DVW, _SPW, _SDN)
        ],
        Rel(_WG_BV.iri, PART, _ILT.iri, "schuift aan wanneer handhaving"),
        Rel(_WG_BV.iri, PART, _VNF.iri, "neemt sinds 2022 als waarnemer deel"),
        Rel(_WG_BV.iri, COOP, _CCR.iri, "De werkgroep werkt nauw samen met de Centrale"),
        # The Moezelcommissie declined; the GNA is only "afgestemd" with: no relations.
        # "waarin Vlaanderen en Nederland samenwerken": participants (set F).
        Rel(_GNA.iri, PART, _VG.iri, "waarin Vlaanderen en Nederland samenwerken"),
        Rel(_GNA.iri, PART, NL, "waarin Vlaanderen en Nederland samenwerken"),
        Rel(_EV_SH.iri, PART, _CCR.iri, "waaraan ook"),
        Rel(_EV_SH.iri, PART, _EBU.iri, "waaraan ook"),
        # A beschikking in preparation is the Committee's (seed rule), though not yet adopted.
        Rel(_D_MELD.iri, PASSED, I_CVM, "Een Benelux-beschikking over de eenmalige"),
        # Germany and NRW occur only in the evaluators' recommendation: no relation.
    ],
)

# --- n03: letter to parliament on nuclear safety and radiation protection -------------------
_N03 = "n03_letter_nuclear_safety"
_EV_CD = event(
    "Commissiedebat Nucleaire veiligheid van 4 februari 2027",
    "commissiedebat Nucleaire veiligheid",
    slug="commissiedebat-nucleaire-veiligheid-2027-02-04",
)
_ANVS = body(
    "Autoriteit Nucleaire Veiligheid en Stralingsbescherming",
    "Autoriteit Nucleaire Veiligheid en Stralingsbescherming",
    "ANVS",
)
_FANC = body(
    "Federaal Agentschap voor Nucleaire Controle",
    "Federaal Agentschap voor Nucleaire Controle",
    "FANC",
)
_WG_SB = wg("Benelux-werkgroep Stralingsbescherming")
_DRP = body("Division de la radioprotection")
_BFS = org("Bundesamt für Strahlenschutz", "Bundesamt für Strahlenschutz", "BfS")
_ASNR = org(
    "Autorité de sûreté nucléaire et de radioprotection",
    "Autorité de sûreté nucléaire et de radioprotection",
    "ASNR",
)
_WENRA = org(
    "Western European Nuclear Regulators Association",
    "Western European Nuclear Regulators Association",
    "WENRA",
)
_IAEA = org(
    "Internationaal Atoomenergieagentschap", "Internationaal Atoomenergieagentschap", "IAEA"
)
_V_NUC = ins(
    "Gezamenlijke verklaring over nucleaire noodplanning in de grensstreek",
    "Declaration",
    "gezamenlijke verklaring over nucleaire noodplanning in de grensstreek",
)
_D_NUC = ins(
    "Beschikking inzake de wederzijdse informatieverstrekking bij nucleaire incidenten",
    "Decision",
    "beschikking inzake de wederzijdse informatieverstrekking bij nucleaire incidenten",
)
_BRMS = org("Bezirksregierung Münster")
_VRT = body("Veiligheidsregio Twente")
SPECS[_N03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _EV_CD,
        _ANVS,
        _FANC,
        _WG_SB,
        _CRISIS,
        _DRP,
        _BFS,
        _ASNR,
        _WENRA,
        _IAEA,
        *benelux_countries(),
        _V_NUC,
        country(DE, "Duitsland"),
        cvm("Comité van Ministers"),
        _D_NUC,
        act("Richtlijn 2013/59/Euratom"),
        region(NRW, "Noordrijn-Westfalen"),
        _BRMS,
        _VRT,
        _TOP_2026,
        person("Hendrik Wüst"),
        person("M.L. Dijkstra"),
    ],
    [
        Rel(_ANVS.iri, COOP, _FANC.iri, "werkt al lange tijd samen met"),
        Rel(_WG_SB.iri, SUB, _CRISIS.iri, "die onder het Benelux Crisisoverleg"),
        *[
            Rel(_WG_SB.iri, PART, x.iri, "die onder het Benelux Crisisoverleg")
            for x in (_ANVS, _FANC, _DRP)
        ],
        Rel(_WG_SB.iri, PART, _BFS.iri, "volgt de werkgroep als waarnemer"),
        # "Dat doet sinds 2025 ook …": the observer role carries over (set J).
        Rel(_WG_SB.iri, PART, _ASNR.iri, "Dat doet sinds 2025 ook"),
        Rel(_WG_SB.iri, COOP, _WENRA.iri, "De werkgroep werkt samen met de Western"),
        # "geen formele samenwerking" with the IAEA: no relation.
        *[
            Rel(_V_NUC.iri, PART, c, "Op 2 oktober 2026 ondertekenden de ministers")
            for c in (BE, NL, LU)
        ],
        Rel(_V_NUC.iri, DATE, "2026-10-02", "Op 2 oktober 2026 ondertekenden de ministers"),
        # Germany did not sign: no relation.
        Rel(_D_NUC.iri, PASSED, I_CVM, "zal naar verwachting in juni 2027 een beschikking"),
        Rel(NL, COOP, NRW, "Nederland werkt bij de noodplanning ook samen met"),
        # "X en Y oefenen jaarlijks samen" reads as "X en Y werken samen" (set I): one relation.
        Rel(_BRMS.iri, COOP, _VRT.iri, "Bezirksregierung Münster en de Veiligheidsregio"),
        Rel(_TOP_2026.iri, PART, NRW, "waaraan ook minister-president Hendrik"),
    ],
)

# --- n04: news page of the Secretariat-General on cross-border weather warnings -------------
_N04 = "n04_news_weather_warnings"
_KMI_N04 = Ent(
    _KMI.iri,
    "NationalBody",
    _KMI.label,
    ["Koninklijk Meteorologisch Instituut van België", "KMI"],
    compound=True,  # "KMI-directeur" (set K's IMPEL-netwerk)
)
_KNMI_N04 = Ent(
    _KNMI.iri,
    "NationalBody",
    _KNMI.label,
    ["Koninklijk Nederlands Meteorologisch Instituut", "KNMI"],
)
_ANA = body(
    "Administration de la navigation aérienne",
    "Administration de la navigation aérienne",
    "ANA",
)
_NCCN = body("Nationaal Crisiscentrum", "Nationaal Crisiscentrum", "NCCN")
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
_DWD = org("Deutscher Wetterdienst", "Deutscher Wetterdienst", "DWD")
_EUMETNET = org("EUMETNET")
_EV_KD = event("Benelux-Klimaatdienstendag")
SPECS[_N04] = (
    [
        sg(),
        bu(),
        _IV_WEER,
        _KMI_N04,
        country(BE, "België"),
        _KNMI_N04,
        _METEOLUX,
        _ANA,
        person("Frans Weekers"),
        person("Daan Verstraete"),
        cvm("Comité van Ministers"),
        _WG_WW,
        csg(),
        _NCCN,
        _NCTV,
        _HCPN,
        _METEOFR,
        _DWD,
        person("Marieke de Ruiter"),
        _EUMETNET,
        act("Verordening (EU) 2021/836"),
        _EV_KD,
        country(LU, "Luxemburg"),
        region(GR, "Grande Région"),
        bp("Benelux-Parlement"),
    ],
    [
        Rel(I_SG, SUB, BU, "22 april 2027 | Secretariaat-Generaal van de Benelux Unie"),
        # Signed "Gisteren" in a news item of 22 April 2027 (relative dates: sets G/H).
        Rel(_IV_WEER.iri, DATE, "2027-04-21", "Gisteren ondertekenden de drie"),
        *[
            Rel(_IV_WEER.iri, PART, x, "De verklaring werd ondertekend door de directeuren")
            for x in (_KMI.iri, _KNMI.iri, _METEOLUX.iri, I_SG)
        ],
        # "MeteoLux, de weerdienst van de … ANA": a national unit under its agency (set K).
        Rel(_METEOLUX.iri, SUB, _ANA.iri, "De verklaring werd ondertekend door de directeuren"),
        Rel(_WG_WW.iri, SUB, I_CSG, "De werkgroep rapporteert aan het College"),
        # "De drie weerdiensten vormen de kern": participants named by description (set J).
        *[
            Rel(_WG_WW.iri, PART, x, "De drie weerdiensten vormen de kern")
            for x in (_KMI.iri, _KNMI.iri, _METEOLUX.iri)
        ],
        *[Rel(_WG_WW.iri, PART, x.iri, "schuiven aan") for x in (_NCCN, _NCTV, _HCPN)],
        Rel(_WG_WW.iri, PART, _METEOFR.iri, "neemt als waarnemer deel"),
        # The DWD is invited to the declaration but has not decided: no participation.
        # Two subjects, one object: one relation per subject (set J).
        Rel(_KNMI.iri, COOP, _DWD.iri, "werken wel al sinds 2019 samen met de DWD"),
        Rel(_KMI.iri, COOP, _DWD.iri, "werken wel al sinds 2019 samen met de DWD"),
        Rel(I_SG, COOP, _EUMETNET.iri, "Het Secretariaat-Generaal werkt voor de kaarten"),
        Rel(_EV_KD.iri, PART, I_SG, "die het Secretariaat-Generaal samen met de Grande"),
        Rel(_EV_KD.iri, PART, GR, "die het Secretariaat-Generaal samen met de Grande"),
        # The Benelux-Parlement is only invited: no relation.
    ],
)

# --- n05: Benelux Publicatieblad 2027-2, contents January-June 2027 -------------------------
_N05 = "n05_journal_index"
_M2027_1 = m_number(
    "M(2027)1",
    "Decision",
    "M (2027) 1",
    "Beschikking tot wijziging van de Beschikking M (2020) 17 betreffende de wederzijdse erkenning van vaarbewijzen en dienstboekjes in de binnenvaart",
)
_M2020_17_N05 = Ent(_M2020_17_IRI, "Decision", "M(2020)17", ["M (2020) 17"])
_M2024_15_N05 = Ent(_M2024_15_IRI, "Decision", "M(2024)15", ["M (2024) 15"])
_M2027_2 = m_number(
    "M(2027)2",
    "Recommendation",
    "M (2027) 2",
    "Aanbeveling betreffende de grensoverschrijdende handhaving van contactverboden",
)
_M2016_3_N05 = Ent(_M2016_3_IRI, "Recommendation", "M(2016)3", ["Aanbeveling M (2016) 3"])
_M2027_3 = m_number(
    "M(2027)3",
    "Decision",
    "M (2027) 3",
    "Beschikking tot instelling van de Benelux-werkgroep Weerwaarschuwingen",
)
_M2027_4 = m_number(
    "M(2027)4",
    "Recommendation",
    "M (2027) 4",
    "Aanbeveling inzake de toegankelijkheid van opvanghuizen voor slachtoffers uit een ander Benelux-land",
)
_M2027_5 = m_number(
    "M(2027)5",
    "Decision",
    "M (2027) 5",
    "Beschikking inzake de wederzijdse informatieverstrekking bij nucleaire incidenten",
)
_IV_WEER_N05 = Ent(
    _IV_WEER.iri,
    "Declaration",
    _IV_WEER.label,
    [
        "Intentieverklaring tussen het Koninklijk Meteorologisch Instituut van België, het Koninklijk Nederlands Meteorologisch Instituut, MeteoLux en het Secretariaat-Generaal van de Benelux Unie over grensoverschrijdende weer- en klimaatwaarschuwingen"
    ],
)
_AA_NRVM = ins(
    "Administratief akkoord tussen het Secretariaat-Generaal van de Benelux Unie en de Noordse Raad van Ministers inzake de samenwerking op het gebied van gelijke behandeling",
    "Agreement",
)
_R973 = ins(
    "Aanbeveling 973/2 over de bescherming van spelers tegen illegale online kansspelen",
    "Recommendation",
)
_M2026_11 = m_number("M(2026)11", "Decision", "Beschikking M (2026) 11")
# The quoted right name is a mention; the wrong name it replaces is not (see SET-M.md).
_DC_EN_N05 = Ent(
    _DC_EN.iri,
    "WorkingGroup",
    _DC_EN.label,
    ["Directiecomité Energie"],
    not_in=["Directiecomité Energie en Klimaat"],
)
SPECS[_N05] = (
    [
        sg(),
        bu(),
        cvm("COMITÉ VAN MINISTERS"),
        _M2027_1,
        _M2020_17_N05,
        _M2024_15_N05,
        _M2027_2,
        _M2016_3_N05,
        _M2027_3,
        _WG_WW,
        csg(),
        _METEOFR,
        _M2027_4,
        _M2027_5,
        _IV_WEER_N05,
        Ent(
            _KMI.iri,
            "NationalBody",
            _KMI.label,
            ["Koninklijk Meteorologisch Instituut van België"],
        ),
        country(BE, "België"),
        Ent(
            _KNMI.iri,
            "NationalBody",
            _KNMI.label,
            ["Koninklijk Nederlands Meteorologisch Instituut"],
        ),
        _METEOLUX,
        _AA_NRVM,
        _NRVM,
        bp("BENELUX-PARLEMENT"),
        _R973,
        _M2026_11,
        _DC_EN_N05,
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal van de Benelux Unie"),
        Rel(_M2027_1.iri, AMENDS, _M2020_17_IRI, "M (2027) 1 Beschikking tot wijziging"),
        Rel(_M2027_1.iri, PASSED, I_CVM, "M (2027) 1 Beschikking tot wijziging"),
        Rel(_M2027_1.iri, DATE, "2027-03-15", "M (2027) 1 Beschikking tot wijziging"),
        Rel(_M2020_17_IRI, PASSED, I_CVM, "M (2027) 1 Beschikking tot wijziging"),
        # "tot wijziging van … zoals gewijzigd bij" gives both amendments (set K).
        Rel(_M2024_15_IRI, AMENDS, _M2020_17_IRI, "zoals gewijzigd bij"),
        Rel(_M2024_15_IRI, PASSED, I_CVM, "zoals gewijzigd bij"),
        Rel(_M2027_2.iri, PASSED, I_CVM, "M (2027) 2 Aanbeveling betreffende"),
        Rel(_M2027_2.iri, DATE, "2027-03-15", "M (2027) 2 Aanbeveling betreffende"),
        # A note line under the entry: "vervangt" is eli:amends (set F).
        Rel(_M2027_2.iri, AMENDS, _M2016_3_IRI, "Deze aanbeveling vervangt"),
        Rel(_M2016_3_IRI, PASSED, I_CVM, "Deze aanbeveling vervangt"),
        Rel(_M2027_3.iri, PASSED, I_CVM, "M (2027) 3 Beschikking tot instelling"),
        Rel(_M2027_3.iri, DATE, "2027-03-15", "M (2027) 3 Beschikking tot instelling"),
        Rel(_WG_WW.iri, SUB, I_CSG, "De werkgroep rapporteert aan het College"),
        Rel(_WG_WW.iri, PART, _METEOFR.iri, "neemt als waarnemer deel"),
        Rel(_M2027_4.iri, PASSED, I_CVM, "M (2027) 4 Aanbeveling inzake"),
        Rel(_M2027_4.iri, DATE, "2027-06-14", "M (2027) 4 Aanbeveling inzake"),
        Rel(_M2027_5.iri, PASSED, I_CVM, "M (2027) 5 Beschikking inzake"),
        Rel(_M2027_5.iri, DATE, "2027-06-14", "M (2027) 5 Beschikking inzake"),
        # The parties of a title are its participants (seed rule); the signing date counts.
        *[
            Rel(_IV_WEER.iri, PART, x, "Intentieverklaring tussen het Koninklijk")
            for x in (_KMI.iri, _KNMI.iri, _METEOLUX.iri, I_SG)
        ],
        Rel(_IV_WEER.iri, DATE, "2027-04-21", "Intentieverklaring tussen het Koninklijk"),
        Rel(_AA_NRVM.iri, PART, I_SG, "Administratief akkoord tussen het"),
        Rel(_AA_NRVM.iri, PART, _NRVM.iri, "Administratief akkoord tussen het"),
        Rel(_AA_NRVM.iri, DATE, "2027-05-17", "Administratief akkoord tussen het"),
        # The section heading "C. BENELUX-PARLEMENT" names the issuing body (set K).
        Rel(_R973.iri, PASSED, I_BP, "Aanbeveling 973/2 over de bescherming"),
        Rel(_R973.iri, DATE, "2027-06-12", "Aanbeveling 973/2 over de bescherming"),
        Rel(_M2026_11.iri, PASSED, I_CVM, "moet in de titel van Beschikking"),
    ],
)

# --- n06: written questions of a member of the Benelux Parliament on online gambling ---------
_N06 = "n06_written_questions_gambling"
_R966 = ins(
    "Aanbeveling 966/2 over de bescherming van spelers tegen illegale online kansspelen",
    "Recommendation",
    "aanbeveling 966/2 over de bescherming van spelers tegen illegale online kansspelen",
)
_EV_CVM = event(
    "Vergadering van het Comité van Ministers van 14 december 2026",
    "vergadering van 14 december 2026",
    slug="vergadering-comite-van-ministers-2026-12-14",
)
_DC_IM_N06 = Ent(
    _DC_IM.iri, "WorkingGroup", _DC_IM.label, ["Directiecomité Interne Markt", "Directiecomité"]
)
_WG_KS = wg("Benelux-werkgroep Kansspelen")
_KSC = body("Kansspelcommissie")
_KSA = body("Kansspelautoriteit", "Kansspelautoriteit", "Ksa")
_MFIN = body("Ministère des Finances")
_GGL = org(
    "Gemeinsame Glücksspielbehörde der Länder",
    "Gemeinsame Glücksspielbehörde der Länder",
    "GGL",
)
_ANJ = org("Autorité nationale des jeux", "Autorité nationale des jeux", "ANJ")
_GREF = org("Gaming Regulators European Forum", "Gaming Regulators European Forum", "GREF")
_D_KS = ins(
    "Beschikking betreffende de uitwisseling van gegevens over illegale aanbieders van online kansspelen",
    "Decision",
    "beschikking betreffende de uitwisseling van gegevens over illegale aanbieders van online kansspelen",
)
_COM_ESZ = wg(
    "Commissie Economische en Sociale Zaken van het Benelux-Parlement",
    "commissie Economische en Sociale Zaken van het Beneluxparlement",
)
_EV_PZ = event(
    "Plenaire zitting Benelux-Parlement juni 2027",
    "plenaire zitting van juni 2027",
    slug="plenaire-zitting-benelux-parlement-2027-06",
)
SPECS[_N06] = (
    [
        bp("BENELUX-PARLEMENT", "Beneluxparlement", "Parlement"),
        person("Pieter Van Hoorebeke"),
        cvm("Comité van Ministers", "Comité"),
        person("Maxime Prévot"),
        _R966,
        _EV_CVM,
        _DC_IM_N06,
        _WG_KS,
        _KSC,
        _KSA,
        _MFIN,
        _GGL,
        country(FR, "Frankrijk"),
        _ANJ,
        _GREF,
        ec(),
        _DSA,
        _D_KS,
        act("Richtlijn (EU) 2015/849"),
        _COM_ESZ,
        _EV_PZ,
        sg(),
        bu(),
    ],
    [
        Rel(_R966.iri, PASSED, I_BP, "die het Parlement in 2026 aannam"),
        Rel(_R966.iri, DATE, "2026", "die het Parlement in 2026 aannam"),
        # "die onder dat Directiecomité valt": the capitalised short form names it.
        Rel(_WG_KS.iri, SUB, _DC_IM.iri, "die onder dat"),
        *[
            Rel(_WG_KS.iri, PART, x.iri, "Aan de werkgroep nemen de Belgische")
            for x in (_KSC, _KSA, _MFIN)
        ],
        Rel(_WG_KS.iri, PART, _GGL.iri, "Sinds januari 2027 volgt ook de Gemeinsame"),
        # France denied; the ANJ only shared data: no relations.
        # "X en Y werken samen" gives one relation, subject first (set I).
        Rel(_KSA.iri, COOP, _KSC.iri, "De Kansspelautoriteit en de Kansspelcommissie werken"),
        Rel(_WG_KS.iri, COOP, _GREF.iri, "De werkgroep werkt daarnaast samen"),
        # The Commission was asked but has not answered: no relation.
        # A beschikking in preparation is the Committee's (seed rule); no date.
        Rel(_D_KS.iri, PASSED, I_CVM, "bereidt een beschikking betreffende"),
        Rel(_COM_ESZ.iri, SUB, I_BP, "De commissie Economische en Sociale Zaken"),
        # The Secretariat-General will present the text at the session (set K: a body
        # speaking at a session takes part).
        Rel(_EV_PZ.iri, PART, I_SG, "licht de tekst daar"),
        Rel(I_SG, SUB, BU, "licht de tekst daar"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
