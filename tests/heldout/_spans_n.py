# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of measurement set N (tests/heldout/gold/o01…o06).

Set N is held out: it was written in session 8 by a helper that never read the extractor's
code, patterns, reference data or output, never ran the extractor or ``evaluate_set.py``, and
never opened sets B and M. It has one document of each kind, on policy fields the other sets
do not cover: an annual-plan chapter (cultural heritage and stolen cultural goods), an
evaluation chapter (organ donation), a Kamerbrief (pensions of frontier workers), a news page
of the Secretariat-General (earth-observation data), a Benelux Publicatieblad index
(October-December 2025, with a fire-services decision) and a written question of the Vlaams
Parlement with its answer (hunting and wildlife). It exercises relations stated in varied
ways: members after "In de werkgroep zijn … vertegenwoordigd", "woont … bij, zij het zonder
stemrecht", "hebben er zitting in, evenals", "schuift aan", "maken er deel van uit",
"brengt … bij elkaar", a text table with a role column; parents ("ressorteert onder",
"X van het College", "is ondergebracht bij", "Het netwerk valt onder", "X van de Raad van
Europa", an apposition "het technisch centrum van de ESA", a note under an index entry);
cooperation with a pronoun subject, with an inverted object ("Met Noordrijn-Westfalen werkt
het ANB wel samen") and beside an "afstemmen" that gives none; dates in a footnote, relative
to the dateline ("Gisteren"), as "vastgesteld op", in an index line and a rectification, and
an entry-into-force date that is not one; amendments ("werd de regeling aangevuld",
"vervangt", "tot wijziging van"); negatives (an invitation without an answer, a body that
"heeft belangstelling getoond", a state that "sluit zich voorlopig niet aan", an evaluators'
recommendation, a declaration never signed). The offset helpers and the JSON writer are those
of ``_spans.py`` (set A), which in turn imports the matching rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_n.py              # write gold/o01…o06.json, verify every span
    python tests/heldout/_spans_n.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent

EC = "id/organisation/europese-commissie"
_RVE = "id/organisation/raad-van-europa"


def rve() -> Any:
    return Ent(_RVE, "ExternalOrganisation", "Raad van Europa", ["Raad van Europa"])


def benelux_countries() -> list[Any]:
    return [country(BE, "België"), country(NL, "Nederland"), country(LU, "Luxemburg")]


# Entities that also occur in the seeds or in sets A and C-L keep their IRIs there.
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_DC_VG = wg("Directiecomité Volksgezondheid")
_DC_DIG = wg("Directiecomité Digitalisering")
_DC_LM = wg("Directiecomité Leefmilieu")
_DC_JBZ = wg("Directiecomité Justitie en Binnenlandse Zaken")
_SENN = wg("Senningenoverleg")
_TF_GA = wg("Taskforce Grensarbeiders")
_COMM_DEM = wg(
    "Commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
    "commissie Duurzaamheid, Energie en Mobiliteit",
)
_FPOL = body("Federale Politie")
_NPOL = body("Nationale Politie")
_PGD = body("Police grand-ducale")
_EMR = org("Euregio Maas-Rijn")
_FODVG = body("FOD Volksgezondheid")
_VWS = body("Ministerie van Volksgezondheid, Welzijn en Sport", "Ministerie van VWS")
_SVB = body("Sociale Verzekeringsbank", "Sociale Verzekeringsbank", "SVB")
_CCSS = body("Centre commun de la sécurité sociale")
_ELA = org("Europese Arbeidsautoriteit")
_ESA = org("European Space Agency", "European Space Agency", "ESA")
_EEA = org("Europees Milieuagentschap")
_SPW = body("Service public de Wallonie")
_LANUK = org(
    "Landesamt für Natur, Umwelt und Klima", "Landesamt für Natur, Umwelt und Klima", "LANUK"
)
_TOP_2026 = Ent(
    "id/event/benelux-top-2026", "Meeting", "Benelux-top 2026", ["Benelux-top van 2026"]
)

# New to set N, shared by two or more of its documents.
_M2025_15_IRI = "id/instrument/m-2025-15"
_M2025_16_IRI = "id/instrument/m-2025-16"
_M2025_17_IRI = "id/instrument/m-2025-17"
_M2025_18_IRI = "id/instrument/m-2025-18"
_M2021_17_IRI = "id/instrument/m-2021-17"
_EUROPA_NOSTRA = org("Europa Nostra")
_R967_LABEL = "Aanbeveling 967/2 over het beheer van de wolf in de grensregio's"
_R967_IRI = f"id/instrument/{_slug(_R967_LABEL)}"
_OVK_JACHT = ins(
    "Benelux-Overeenkomst op het gebied van de jacht en de vogelbescherming",
    "Agreement",
    "Benelux-Overeenkomst op het gebied van de jacht en de vogelbescherming",
)

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- o01: annual plan 2026, chapter 8 (cultural heritage and stolen cultural goods) ----------
_O01 = "o01_annual_plan_heritage"
_WG_ERF = wg("Benelux-werkgroep Erfgoed")
_DC_CO = wg("Directiecomité Cultuur en Onderwijs")
_AOE = body("Agentschap Onroerend Erfgoed")
_RCE = body("Rijksdienst voor het Cultureel Erfgoed")
_AWAP = body("Agence wallonne du Patrimoine", "Agence wallonne du Patrimoine", "AWaP")
_INPA = body(
    "Institut national pour le patrimoine architectural",
    "Institut national pour le patrimoine architectural",
    "INPA",
)
_LVR_DENK = org("LVR-Amt für Denkmalpflege im Rheinland")
_D_INV = ins(
    "Beschikking betreffende de gezamenlijke inventarisatie van grensoverschrijdend erfgoed",
    "Decision",
    "beschikking betreffende de gezamenlijke inventarisatie van grensoverschrijdend erfgoed",
)
_M2025_15_O01 = Ent(
    _M2025_15_IRI,
    "Recommendation",
    "M(2025)15",
    ["Aanbeveling M (2025) 15"],
    # the first mention carries a glued footnote mark ("Aanbeveling M (2025) 15¹")
    raw=["Aanbeveling M (2025) 15"],
)
_NET_KUNST = wg("Benelux-netwerk Kunstcriminaliteit")
_INTERPOL = org("Interpol")
_EV_FORUM = event("Benelux-erfgoedforum")
_R947 = ins(
    "Aanbeveling 947/2 over de bescherming van grensoverschrijdend erfgoed",
    "Recommendation",
    "aanbeveling 947/2 over de bescherming van grensoverschrijdend erfgoed",
)
SPECS[_O01] = (
    [
        bu(),
        _GWP_2025,
        _WG_ERF,
        _DC_CO,
        csg(),
        _AOE,
        _RCE,
        _AWAP,
        _INPA,
        _LVR_DENK,
        country(FR, "Frankrijk"),
        sg(),
        cvm("Comité van Ministers"),
        _D_INV,
        _M2025_15_O01,
        _FPOL,
        _NPOL,
        _PGD,
        _NET_KUNST,
        _SENN,
        _INTERPOL,
        act("Richtlijn 2014/60/EU"),
        act("Verordening (EU) 2019/880"),
        country(NL, "Nederland"),
        _EV_FORUM,
        _EUROPA_NOSTRA,
        _EMR,
        _R947,
        bp("Benelux-Parlement"),
        act("Verdrag van Faro"),
        rve(),
    ],
    [
        # "ressorteert onder" reads as "valt onder" (set K); "X van het College" between two
        # bodies gives the parent (set L).
        Rel(_WG_ERF.iri, SUB, _DC_CO.iri, "ressorteert sinds haar oprichting"),
        Rel(_DC_CO.iri, SUB, I_CSG, "ressorteert sinds haar oprichting"),
        *[
            Rel(_WG_ERF.iri, PART, x.iri, "In de werkgroep zijn vier erfgoedadministraties")
            for x in (_AOE, _RCE, _AWAP, _INPA)
        ],
        # Attending without a vote is still taking part (an observer, sets F and L).
        Rel(_WG_ERF.iri, PART, _LVR_DENK.iri, "woont de vergaderingen bij"),
        # France is only invited: no relation. Every beschikking, also a draft, is the
        # Committee's (seed rule).
        Rel(_D_INV.iri, PASSED, I_CVM, "een ontwerp voor van een beschikking"),
        Rel(_M2025_15_O01.iri, PASSED, I_CVM, "Aanbeveling M (2025) 15 van het Comité"),
        # The date stands only in the footnote (sets J and L).
        Rel(_M2025_15_O01.iri, DATE, "2025-12-15", "Aanbeveling M (2025) 15 van het Comité"),
        *[
            Rel(_NET_KUNST.iri, PART, x.iri, "De kunstrecherche van de Federale Politie")
            for x in (_FPOL, _NPOL, _PGD)
        ],
        Rel(_NET_KUNST.iri, SUB, _SENN.iri, "De kunstrecherche van de Federale Politie"),
        Rel(_NET_KUNST.iri, COOP, _INTERPOL.iri, "Het netwerk werkt samen met"),
        # Co-organisers ("samen met") take part (sets F and L).
        *[
            Rel(_EV_FORUM.iri, PART, x, "organiseert het forum samen met")
            for x in (I_SG, _EUROPA_NOSTRA.iri, _EMR.iri)
        ],
        Rel(_R947.iri, PASSED, I_BP, "die het Benelux-Parlement in 2024 aannam"),
        Rel(_R947.iri, DATE, "2024", "die het Benelux-Parlement in 2024 aannam"),
    ],
)

# --- o02: evaluation report, chapter 4 on organ donation and transplantation ----------------
_O02 = "o02_evaluation_organ_donation"
_EUROTRANSPLANT = org("Eurotransplant")
_R_ORGAAN = ins(
    "Aanbeveling over orgaandonatie van 2019",
    "Recommendation",
    "aanbeveling over orgaandonatie van 2019",
)
_M2021_17 = Ent(
    _M2021_17_IRI,
    "Decision",
    "M(2021)17",
    [
        "Beschikking M (2021) 17",
        "Beschikking M (2021) 17 van het Comité van Ministers van de Benelux Unie betreffende de uitwisseling van gegevens uit de donorregisters",
    ],
    # the mention in the text carries a glued footnote mark ("Beschikking\nM (2021) 17²")
    raw=["Beschikking\nM (2021) 17"],
)
_M2025_16_O02 = m_number("M(2025)16", "Decision", "Beschikking M (2025) 16")
_WG_ORG = wg("Benelux-werkgroep Orgaandonatie")
_NTS = body("Nederlandse Transplantatie Stichting")
_LUX_TRANSPLANT = org("Luxembourg Transplant")
_EDQM = org(
    "Europees Directoraat voor de kwaliteit van geneesmiddelen en gezondheidszorg",
    "Europees Directoraat voor de kwaliteit van geneesmiddelen en gezondheidszorg",
    "EDQM",
)
_V_LEVEND = ins("Benelux-verklaring over levende donatie", "Declaration")
_DSO = org("Deutsche Stiftung Organtransplantation")
_BVD = org("Bureau Van Dijck & Partners")
SPECS[_O02] = (
    [
        *benelux_countries(),
        _EUROTRANSPLANT,
        bp("Benelux-Parlement"),
        _R_ORGAAN,
        _M2021_17,
        _M2025_16_O02,
        _WG_ORG,
        _DC_VG,
        _FODVG,
        _NTS,
        _VWS,
        _LUX_TRANSPLANT,
        _EDQM,
        rve(),
        act("Richtlijn 2010/53/EU"),
        act("Verordening (EU) 2024/1938"),
        _V_LEVEND,
        country(DE, "Duitsland"),
        _DSO,
        cvm("Comité van Ministers"),
        bu(),
        sg(),
        _BVD,
    ],
    [
        Rel(_R_ORGAAN.iri, PASSED, I_BP, "Het Benelux-Parlement vroeg daarom"),
        Rel(_R_ORGAAN.iri, DATE, "2019", "Het Benelux-Parlement vroeg daarom"),
        # The entry into force ("die op 1 juli 2022 in werking trad") is not the date of
        # adoption: no eli:date_document.
        Rel(_M2021_17.iri, PASSED, I_CVM, "Beschikking M (2021) 17 van het Comité"),
        # "werd de regeling aangevuld met" reads as set C's "verlengd en uitgebreid bij".
        Rel(_M2025_16_O02.iri, AMENDS, _M2021_17.iri, "werd de regeling aangevuld"),
        Rel(_M2025_16_O02.iri, PASSED, I_CVM, "werd de regeling aangevuld"),
        Rel(_M2025_16_O02.iri, DATE, "2025-12-15", "werd de regeling aangevuld"),
        Rel(_WG_ORG.iri, SUB, _DC_VG.iri, "die valt onder het Directiecomité"),
        # The table's organisation column gives the participants, the observer included; the
        # country column does not make the countries participants (set L).
        Rel(_WG_ORG.iri, PART, _FODVG.iri, "FOD Volksgezondheid"),
        Rel(_WG_ORG.iri, PART, _NTS.iri, "Transplantatie Stichting"),
        Rel(_WG_ORG.iri, PART, _VWS.iri, "Ministerie van VWS"),
        Rel(_WG_ORG.iri, PART, _LUX_TRANSPLANT.iri, "Luxembourg Transplant"),
        Rel(_WG_ORG.iri, PART, _EUROTRANSPLANT.iri, "waarnemer"),
        Rel(_WG_ORG.iri, COOP, _EDQM.iri, "Daarnaast werkt de werkgroep samen"),
        Rel(_EDQM.iri, SUB, _RVE, "Daarnaast werkt de werkgroep samen"),
        # The declaration was never signed: a mention without relations. Germany's
        # membership of Eurotransplant is not a Benelux participation; the DSO is only
        # recommended as an observer.
        Rel(I_CVM, SUB, BU, "Comité van Ministers van de Benelux Unie betreffende"),
        Rel(I_SG, SUB, BU, "in opdracht van het Secretariaat-Generaal van"),
    ],
)

# --- o03: letter to parliament (SZW) on pensions of frontier workers -------------------------
_O03 = "o03_letter_frontier_pensions"
_SZW = body("Ministerie van Sociale Zaken en Werkgelegenheid")
_EV_CD = event(
    "Commissiedebat Pensioenen van 22 januari 2026",
    "commissiedebat Pensioenen",
    slug="commissiedebat-pensioenen-2026-01-22",
)
_M2025_17_O03 = Ent(
    _M2025_17_IRI,
    "Recommendation",
    "M(2025)17",
    ["Aanbeveling M (2025) 17 betreffende een gezamenlijk pensioenoverzicht voor grensarbeiders"],
)
_V_PENS = ins(
    "Politieke verklaring over pensioenvoorlichting aan grensarbeiders",
    "Declaration",
    "politieke verklaring over pensioenvoorlichting aan grensarbeiders",
)
_WG_PENS = wg("Benelux-werkgroep Grensoverschrijdende Pensioenen")
_DC_SZ = wg("Directiecomité Sociale Zaken")
_FPD = body("Federale Pensioendienst")
_CNAP = body("Caisse nationale d'assurance pension", "Caisse nationale d'assurance pension", "CNAP")
_SIGEDIS = body("Sigedis")
_DRV = org("Deutsche Rentenversicherung")
SPECS[_O03] = (
    [
        _SZW,
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _EV_CD,
        person("Bakker"),
        country(BE, "België"),
        country(LU, "Luxemburg"),
        country(NL, "Nederland"),
        act("Verordening (EG) nr. 883/2004"),
        act("Verordening (EG) nr. 987/2009"),
        cvm("Comité van Ministers"),
        bu(),
        _M2025_17_O03,
        _V_PENS,
        _WG_PENS,
        _DC_SZ,
        _SVB,
        _FPD,
        _CNAP,
        _CCSS,
        _SIGEDIS,
        _DRV,
        _TF_GA,
        region(GR, "Grande Région"),
        _ELA,
        _TOP_2026,
    ],
    [
        Rel(I_CVM, SUB, BU, "Het Comité van Ministers van de Benelux Unie"),
        Rel(_M2025_17_O03.iri, PASSED, I_CVM, "Het Comité van Ministers van de Benelux Unie"),
        Rel(_M2025_17_O03.iri, DATE, "2025-12-15", "Het Comité van Ministers van de Benelux Unie"),
        # "vervangt" is eli:amends (set F), also between instruments of different types (set K).
        Rel(_M2025_17_O03.iri, AMENDS, _V_PENS.iri, "Deze aanbeveling vervangt"),
        # Passive with the signatories after "door de ministers … van" (sets K and L).
        *[
            Rel(_V_PENS.iri, PART, c, "in 2016 werd ondertekend door de ministers")
            for c in (BE, NL, LU)
        ],
        Rel(_V_PENS.iri, DATE, "2016", "in 2016 werd ondertekend door de ministers"),
        # "is ondergebracht bij" reads as "valt onder" (set K); the chair takes part (sets G/H).
        Rel(_WG_PENS.iri, SUB, _DC_SZ.iri, "Die werkgroep is ondergebracht"),
        Rel(_WG_PENS.iri, PART, _SVB.iri, "Die werkgroep is ondergebracht"),
        *[
            Rel(_WG_PENS.iri, PART, x.iri, "Verder hebben de Belgische Federale")
            for x in (_FPD, _CNAP, _CCSS)
        ],
        # A member joining on a stated date (sets J and K); the DRV's interest is not one.
        Rel(_WG_PENS.iri, PART, _SIGEDIS.iri, "schuift ook Sigedis aan"),
        # "<group> van de <region>": the region takes part (review of November 2026).
        # "stemt … af met" gives no bkg:cooperatesWith (set L); "werkt samen met" does.
        Rel(_TF_GA.iri, PART, GR, "De werkgroep stemt haar werk af"),
        Rel(_WG_PENS.iri, COOP, _ELA.iri, "De werkgroep stemt haar werk af"),
        Rel(_SVB.iri, COOP, _FPD.iri, "werkt daarnaast rechtstreeks samen"),
    ],
)

# --- o04: news page of the Secretariat-General, earth-observation data ----------------------
_O04 = "o04_news_earth_observation"
_BELSPO = body("Federaal Wetenschapsbeleid", "Federaal Wetenschapsbeleid", "BELSPO")
_NSO = body("Netherlands Space Office", "Netherlands Space Office", "NSO")
_LSA = body("Luxembourg Space Agency", "Luxembourg Space Agency", "LSA")
_MOU_AO = ins(
    "Memorandum van overeenstemming over de uitwisseling van aardobservatiegegevens",
    "Declaration",
    "memorandum van overeenstemming over de uitwisseling van aardobservatiegegevens",
)
_EV_RVD = event("Benelux-ruimtevaartdag")
_ESTEC = org("ESTEC")
_EUMETSAT = org("EUMETSAT")
_DLR = org(
    "Deutsches Zentrum für Luft- und Raumfahrt",
    "Deutsches Zentrum für Luft- und Raumfahrt",
    "DLR",
)
_NET_AO = wg("Benelux-netwerk Aardobservatie")
_VITO = org(
    "Vlaamse Instelling voor Technologisch Onderzoek",
    "Vlaamse Instelling voor Technologisch Onderzoek",
    "VITO",
)
_KNMI = body(
    "Koninklijk Nederlands Meteorologisch Instituut",
    "Koninklijk Nederlands Meteorologisch Instituut",
    "KNMI",
)
_LIST = org(
    "Luxembourg Institute of Science and Technology",
    "Luxembourg Institute of Science and Technology",
    "LIST",
)
_IV_RV = ins(
    "Intentieverklaring over samenwerking in de ruimtevaart",
    "Declaration",
    "intentieverklaring over samenwerking in de ruimtevaart",
)
_CNES = org(
    "Centre national d'études spatiales",
    "Centre national d'études spatiales",
    "CNES",
)
SPECS[_O04] = (
    [
        *benelux_countries(),
        _BELSPO,
        _NSO,
        _LSA,
        _MOU_AO,
        person("Frans Weekers", "Weekers"),
        bu(),
        _EV_RVD,
        sg(),
        _ESA,
        _ESTEC,
        _EUMETSAT,
        region(NRW, "Noordrijn-Westfalen"),
        _DLR,
        _NET_AO,
        _DC_DIG,
        _VITO,
        _KNMI,
        _LIST,
        _EEA,
        _IV_RV,
        act("Verordening (EU) 2021/696"),
        country(FR, "Frankrijk"),
        _CNES,
        bp("Benelux-Parlement"),
        _COMM_DEM,
        cvm("Comité van Ministers"),
    ],
    [
        # "Gisteren" resolves against the dateline (sets G/H and L).
        *[
            Rel(_MOU_AO.iri, PART, x.iri, "Gisteren ondertekenden het")
            for x in (_BELSPO, _NSO, _LSA)
        ],
        Rel(_MOU_AO.iri, DATE, "2026-03-02", "Gisteren ondertekenden het"),
        # Signing "namens de Benelux Unie" makes the Union a party.
        Rel(_MOU_AO.iri, PART, BU, "ondertekende het memorandum namens de Benelux"),
        # At the day: the co-organisers, the signatories (set L: who signs at a conference
        # takes part in it), EUMETSAT ("nam … deel"), NRW ("was … vertegenwoordigd") and the
        # DLR delegation that represented it.
        *[
            Rel(_EV_RVD.iri, PART, x, "De ondertekening vond plaats tijdens")
            for x in (I_SG, _ESA.iri, _BELSPO.iri, _NSO.iri, _LSA.iri)
        ],
        Rel(_EV_RVD.iri, PART, _EUMETSAT.iri, "Ook EUMETSAT nam aan de dag deel"),
        Rel(_EV_RVD.iri, PART, NRW, "Ook EUMETSAT nam aan de dag deel"),
        Rel(_EV_RVD.iri, PART, _DLR.iri, "Ook EUMETSAT nam aan de dag deel"),
        # Apposition: "ESTEC, het technisch centrum van de ESA".
        Rel(_ESTEC.iri, SUB, _ESA.iri, "De ondertekening vond plaats tijdens"),
        # A network set up by the memorandum gets no relation to it (set J).
        Rel(_NET_AO.iri, SUB, _DC_DIG.iri, "Het netwerk valt onder het Directiecomité"),
        # "brengt naast de drie ruimtevaartdiensten ook … bij elkaar": the three named in the
        # first paragraph (set J's rule for bodies named by description) and the three users.
        *[
            Rel(_NET_AO.iri, PART, x.iri, "Het netwerk valt onder het Directiecomité")
            for x in (_BELSPO, _NSO, _LSA, _VITO, _KNMI, _LIST)
        ],
        # Pronoun subject, settled future (sets J and L).
        Rel(_NET_AO.iri, COOP, _EEA.iri, "Het zal nauw samenwerken"),
        *[
            Rel(_IV_RV.iri, PART, c, "die België, Nederland en Luxemburg in 2023")
            for c in (BE, NL, LU)
        ],
        Rel(_IV_RV.iri, DATE, "2023", "die België, Nederland en Luxemburg in 2023"),
        # France follows via the CNES but does not join: no relation.
        Rel(_COMM_DEM.iri, SUB, I_BP, "Het Benelux-Parlement besprak het onderwerp"),
        Rel(I_SG, SUB, BU, "Secretariaat-Generaal van de Benelux Unie – Persdienst"),
    ],
)

# --- o05: Benelux Publicatieblad 2025-4, contents October-December 2025 --------------------
_O05 = "o05_journal_index"
_M2025_14 = m_number(
    "M(2025)14",
    "Decision",
    "M (2025) 14",
    "Beschikking betreffende de wederzijdse erkenning van de brevetten van brandweerpersoneel",
)
_WG_BRAND = wg("Benelux-werkgroep Brandweer")
_M2025_15_O05 = m_number(
    "M(2025)15",
    "Recommendation",
    "M (2025) 15",
    "Aanbeveling betreffende de ontsluiting van gegevens over beschermd erfgoed",
)
_M2025_16_O05 = m_number(
    "M(2025)16",
    "Decision",
    "M (2025) 16",
    "Beschikking tot wijziging van de Beschikking M (2021) 17 betreffende de uitwisseling van gegevens uit de donorregisters",
)
_M2021_17_O05 = m_number("M(2021)17", "Decision", "M (2021) 17")
_M2025_17_O05 = m_number(
    "M(2025)17",
    "Recommendation",
    "M (2025) 17",
    "Aanbeveling betreffende een gezamenlijk pensioenoverzicht voor grensarbeiders",
    "Recommandation du Comité de Ministres Benelux M (2025) 17 relative à un aperçu commun des pensions des travailleurs frontaliers",
)
_M2025_18_O05 = m_number(
    "M(2025)18",
    "Decision",
    "M (2025) 18",
    "Beschikking tot vaststelling van de openings- en sluitingsdata van de jacht voor het jachtseizoen 2026-2027",
)
_M2024_14 = m_number("M(2024)14", "Decision", "Beschikking M (2024) 14")
_PROT_JACHT = ins(
    "Protocol tot wijziging van de Benelux-Overeenkomst op het gebied van de jacht en de vogelbescherming",
    "Agreement",
    "Protocol tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg tot wijziging van de Benelux-Overeenkomst op het gebied van de jacht en de vogelbescherming",
)
_SO_EN = ins(
    "Samenwerkingsovereenkomst tussen het Secretariaat-Generaal en Europa Nostra inzake grensoverschrijdend erfgoed",
    "Agreement",
    "Samenwerkingsovereenkomst tussen het Secretariaat-Generaal van de Benelux Unie en Europa Nostra inzake grensoverschrijdend erfgoed",
)
_R966 = ins(
    "Aanbeveling 966/2 over de grensoverschrijdende samenwerking van brandweerdiensten",
    "Recommendation",
    "Aanbeveling 966/2 over de grensoverschrijdende samenwerking van brandweerdiensten",
)
_R967_O05 = Ent(_R967_IRI, "Recommendation", _R967_LABEL, [_R967_LABEL])
SPECS[_O05] = (
    [
        sg(),
        bu(),
        cvm("COMITÉ VAN MINISTERS", "Comité de Ministres"),
        _M2025_14,
        _WG_BRAND,
        _DC_JBZ,
        _M2025_15_O05,
        _M2025_16_O05,
        _M2021_17_O05,
        _M2025_17_O05,
        _M2025_18_O05,
        _M2024_14,
        _PROT_JACHT,
        country(BE, "Koninkrijk België"),
        country(NL, "Koninkrijk der Nederlanden"),
        country(LU, "Groothertogdom Luxemburg"),
        _OVK_JACHT,
        _SO_EN,
        _EUROPA_NOSTRA,
        bp("BENELUX-PARLEMENT"),
        _R966,
        _R967_O05,
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["BENELUX-GERECHTSHOF", "Hof"]),
    ],
    [
        # "Secretariaat-Generaal van de Benelux Unie" gives the Union as parent (seed rule).
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal van de Benelux Unie"),
        Rel(_M2025_14.iri, PASSED, I_CVM, "M (2025) 14  Beschikking betreffende"),
        Rel(_M2025_14.iri, DATE, "2025-12-15", "M (2025) 14  Beschikking betreffende"),
        # A note line under the entry (sets K and L); the decision that sets the group up
        # gets no relation to it (set J).
        Rel(_WG_BRAND.iri, SUB, _DC_JBZ.iri, "Bij deze beschikking wordt de Benelux-werkgroep"),
        Rel(_M2025_15_O05.iri, PASSED, I_CVM, "M (2025) 15  Aanbeveling betreffende"),
        Rel(_M2025_15_O05.iri, DATE, "2025-12-15", "M (2025) 15  Aanbeveling betreffende"),
        Rel(
            _M2025_16_O05.iri,
            AMENDS,
            _M2021_17_O05.iri,
            "Beschikking tot wijziging van de Beschikking M (2021) 17",
        ),
        Rel(
            _M2025_16_O05.iri,
            PASSED,
            I_CVM,
            "Beschikking tot wijziging van de Beschikking M (2021) 17",
        ),
        Rel(
            _M2025_16_O05.iri,
            DATE,
            "2025-12-15",
            "Beschikking tot wijziging van de Beschikking M (2021) 17",
        ),
        Rel(
            _M2021_17_O05.iri,
            PASSED,
            I_CVM,
            "Beschikking tot wijziging van de Beschikking M (2021) 17",
        ),
        Rel(_M2025_17_O05.iri, PASSED, I_CVM, "M (2025) 17  Aanbeveling betreffende"),
        Rel(_M2025_17_O05.iri, DATE, "2025-12-15", "M (2025) 17  Aanbeveling betreffende"),
        Rel(_M2025_18_O05.iri, PASSED, I_CVM, "M (2025) 18  Beschikking tot vaststelling"),
        Rel(_M2025_18_O05.iri, DATE, "2025-12-15", "M (2025) 18  Beschikking tot vaststelling"),
        # "vervangt" is eli:amends (set F); the replaced M-number is the Committee's, and the
        # rectification gives its date (sets K and L).
        Rel(_M2025_18_O05.iri, AMENDS, _M2024_14.iri, "Deze beschikking vervangt"),
        Rel(_M2024_14.iri, PASSED, I_CVM, "Deze beschikking vervangt"),
        Rel(_M2024_14.iri, DATE, "2024-11-18", "moet bij Beschikking M (2024) 14"),
        # A protocol takes the type of what it amends (sets G and K); the parties of its own
        # title are its participants (seed rule).
        Rel(_PROT_JACHT.iri, AMENDS, _OVK_JACHT.iri, "Protocol tussen het Koninkrijk België"),
        *[
            Rel(_PROT_JACHT.iri, PART, c, "Protocol tussen het Koninkrijk België")
            for c in (BE, NL, LU)
        ],
        Rel(_PROT_JACHT.iri, DATE, "2025-11-20", "Protocol tussen het Koninkrijk België"),
        Rel(_SO_EN.iri, PART, I_SG, "Samenwerkingsovereenkomst tussen het Secretariaat"),
        Rel(
            _SO_EN.iri,
            PART,
            _EUROPA_NOSTRA.iri,
            "Samenwerkingsovereenkomst tussen het Secretariaat",
        ),
        Rel(_SO_EN.iri, DATE, "2025-11-04", "Samenwerkingsovereenkomst tussen het Secretariaat"),
        # The section heading "III. BENELUX-PARLEMENT" names the issuing body (sets K and L).
        Rel(_R966.iri, PASSED, I_BP, "Aanbeveling 966/2 over"),
        Rel(_R966.iri, DATE, "2025-12-13", "Aanbeveling 966/2 over"),
        Rel(_R967_IRI, PASSED, I_BP, "Aanbeveling 967/2 over"),
        Rel(_R967_IRI, DATE, "2025-12-13", "Aanbeveling 967/2 over"),
    ],
)

# --- o06: written question of the Vlaams Parlement and its answer, hunting and wildlife -----
_O06 = "o06_answers_hunting_wildlife"
_OVK_JACHT_O06 = Ent(
    _OVK_JACHT.iri,
    "Agreement",
    _OVK_JACHT.label,
    [_OVK_JACHT.label, "Benelux-Overeenkomst", "Overeenkomst"],
)
_M2025_18_O06 = m_number("M(2025)18", "Decision", "Beschikking M (2025) 18")
_WG_JACHT = wg("Benelux-werkgroep Jacht en Wildbeheer")
_ANB = body("Agentschap voor Natuur en Bos", "Agentschap voor Natuur en Bos", "ANB")
_DNF = body("Département de la Nature et des Forêts")
_BIJ12 = body("BIJ12")
_ANF = body("Administration de la nature et des forêts")
_WOLF = wg("Wolvenoverleg Maas-Rijn")
_INBO = body(
    "Instituut voor Natuur- en Bosonderzoek",
    "Instituut voor Natuur- en Bosonderzoek",
    "INBO",
)
_WER = org("Wageningen Environmental Research")
_R967_O06 = Ent(
    _R967_IRI,
    "Recommendation",
    _R967_LABEL,
    [
        "aanbeveling 967/2 over het beheer van de wolf in de grensregio's",
        "aanbeveling 967/2",
    ],
)
SPECS[_O06] = (
    [
        body("Vlaams Parlement", "VLAAMS PARLEMENT"),
        person("Annelies Van Daele", "ANNELIES VAN DAELE"),
        person("Lieven Maes", "LIEVEN MAES"),
        country(DE, "Duitsland"),
        _OVK_JACHT_O06,
        *benelux_countries(),
        cvm("Comité van Ministers"),
        _M2025_18_O06,
        _WG_JACHT,
        _DC_LM,
        _ANB,
        _DNF,
        _SPW,
        _BIJ12,
        _ANF,
        _WOLF,
        _LANUK,
        region(NRW, "Noordrijn-Westfalen"),
        _INBO,
        _WER,
        act("Richtlijn 92/43/EEG", "Richtlijn 92/43/EEG", "Habitatrichtlijn"),
        act("Verdrag van Bern"),
        rve(),
        bp("Benelux-Parlement"),
        _R967_O06,
        body("Vlaamse Regering"),
    ],
    [
        *[
            Rel(_OVK_JACHT.iri, PART, c, "die België, Nederland en Luxemburg op 10 juni 1970")
            for c in (BE, NL, LU)
        ],
        Rel(
            _OVK_JACHT.iri, DATE, "1970-06-10", "die België, Nederland en Luxemburg op 10 juni 1970"
        ),
        Rel(_M2025_18_O06.iri, PASSED, I_CVM, "vastgesteld op 15 december 2025"),
        Rel(_M2025_18_O06.iri, DATE, "2025-12-15", "vastgesteld op 15 december 2025"),
        # "een protocol … dat de Overeenkomst aanpast" is a bare type with a relative clause:
        # not a mention, so no relation.
        Rel(_WG_JACHT.iri, SUB, _DC_LM.iri, "die onder het Directiecomité Leefmilieu valt"),
        Rel(_WG_JACHT.iri, PART, _ANB.iri, "neemt er namens de Vlaamse overheid"),
        *[Rel(_WG_JACHT.iri, PART, x.iri, "maken er deel van uit") for x in (_DNF, _BIJ12, _ANF)],
        # "X van de Service public de Wallonie" between two bodies gives the parent (set L).
        Rel(_DNF.iri, SUB, _SPW.iri, "maken er deel van uit"),
        # NRW only says where the LANUK sits (set J): no participation of the region.
        *[
            Rel(_WOLF.iri, PART, x.iri, "een informeel overleg van het ANB")
            for x in (_ANB, _BIJ12, _DNF, _LANUK)
        ],
        Rel(_INBO.iri, COOP, _WER.iri, "werkt daarvoor samen met Wageningen"),
        Rel(_R967_IRI, PASSED, I_BP, "nam op 13 december 2025 aanbeveling 967/2"),
        Rel(_R967_IRI, DATE, "2025-12-13", "nam op 13 december 2025 aanbeveling 967/2"),
        # Inverted object first: "Met Noordrijn-Westfalen werkt het ANB wel samen".
        Rel(_ANB.iri, COOP, NRW, "Met Noordrijn-Westfalen werkt het ANB"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/o01…o06.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
