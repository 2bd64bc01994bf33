# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set Q (tests/heldout/gold/r01…r06).

Set Q was written in session 9 by a helper that never read the extractor's code, patterns,
reference data or output, never ran the extractor or ``evaluate_set.py``, and never opened the
held-out sets B, N and O. It has one document of each kind, on policy fields the other sets do
not cover: an annual-plan chapter (cross-border childcare), an evaluation chapter (rail freight
and the border sections), a communiqué of the Committee of Ministers (PFAS and chemical safety),
a news page of the Secretariat-General (invasive alien species), a Benelux Publicatieblad index
(January-June 2028: archives, veterinary medicines, heat plans, PFAS, stolen vehicles) and a
report of a Benelux Parliament committee (housing and rents near the border). It is meant for
the relation readers: participants stated by "zitting hebben", "is vertegenwoordigd door",
"schuift aan", "volgt als waarnemer", "brengt bijeen", "sluiten zich als partner aan", "doet
mee", "trekken samen op in", "gecoördineerd door", a text table, "namens", guests; parents by
"ressorteert onder", "verantwoording aflegt aan", "brengt verslag uit aan", "valt onder",
"rapporteert aan", a note line and a possessive; cooperation with one and two subjects; dates in
a footnote, relative to the dateline, at a meeting and in an index; amendments by "vervangen",
"wijzigde", "verruimd bij" and "tot wijziging van"; and negations and invitations that give no
relation. The offset helpers and the JSON writer are those of ``_spans.py`` (set A).

Usage::

    python tests/heldout/_spans_q.py              # write gold/r01…r06.json, verify every span
    python tests/heldout/_spans_q.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent

EC = "id/organisation/europese-commissie"
CH = "id/country/zwitserland"
RLP = "id/region/rijnland-palts"
HDF = "id/region/hauts-de-france"
GRAND_EST = "id/region/grand-est"
LOTH = "id/region/lotharingen"


def known(iri: str, cls: str, label: str, *names: str) -> Any:
    """An entity that already occurs in the seeds or the development sets (its IRI kept)."""
    return Ent(iri, cls, label, list(names) or [label])


# Entities of the seeds and the development sets, with the IRIs they have there.
_GWP_2025 = known(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
)
_DC_VV = wg("Directiecomité Verkeer en Vervoer")
_DC_LM = wg("Directiecomité Leefmilieu")
_OPGROEIEN = body("Agentschap Opgroeien")
_ONE = known(
    "id/organisation/office-national-de-l-enfance",
    "NationalBody",
    "Office national de l'enfance",
    "Office de la Naissance et de l'Enfance",
    "ONE",
)
_MENJE = body("Ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse")
_SVB = body("Sociale Verzekeringsbank")
_CCSS = body("Centre commun de la sécurité sociale")
_DG = body("Duitstalige Gemeenschap")
_TF_GA = wg("Taskforce Grensarbeiders")
_FODMV = body("FOD Mobiliteit en Vervoer")
_ILT = body("Inspectie Leefomgeving en Transport")
_CFL = org("CFL")
_OVAM = body(
    "Openbare Vlaamse Afvalstoffenmaatschappij", "Openbare Vlaamse Afvalstoffenmaatschappij", "OVAM"
)
_SPW = body("Service public de Wallonie")
_LB = body("Leefmilieu Brussel")
_ADE = body("Administration de l'environnement")
_LANUK = org(
    "Landesamt für Natur, Umwelt und Klima", "Landesamt für Natur, Umwelt und Klima", "LANUK"
)
_NVWA = body(
    "Nederlandse Voedsel- en Warenautoriteit", "Nederlandse Voedsel- en Warenautoriteit", "NVWA"
)
_RWS = body("Rijkswaterstaat")
_EMR = org("Euregio Maas-Rijn")
_VLG = known("id/organisation/vlaams-gewest", "NationalBody", "Vlaams Gewest", "Vlaanderen")
_VNSC = org("Vlaams-Nederlandse Scheldecommissie")
_EEA = org("Europees Milieuagentschap")
_ISC = org("Internationale Scheldecommissie")
_IMC = org("Internationale Maascommissie")
_IPR = org("Interregionale Parlementaire Raad")
_VNG = org("Vereniging van Nederlandse Gemeenten", "Vereniging van Nederlandse Gemeenten", "VNG")
_VVSG = org(
    "Vereniging van Vlaamse Steden en Gemeenten",
    "Vereniging van Vlaamse Steden en Gemeenten",
    "VVSG",
)
_UVCW = org("Union des Villes et Communes de Wallonie")
_MOT = org("Mission Opérationnelle Transfrontalière")
_NET_GG = wg("Benelux-netwerk van grensgemeenten")
_VRO = body("Ministerie van Volkshuisvesting en Ruimtelijke Ordening")
_COMM_ESZ = known(
    "id/working-group/commissie-economische-en-sociale-zaken-van-het-beneluxparlement",
    "WorkingGroup",
    "Commissie Economische en Sociale Zaken van het Beneluxparlement",
    "commissie Economische en Sociale Zaken van het Beneluxparlement",
    "commissie Economische en Sociale Zaken",
)
_COMM_DEM = known(
    "id/working-group/commissie-duurzaamheid-energie-en-mobiliteit-van-het-beneluxparlement",
    "WorkingGroup",
    "Commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
    "commissie Duurzaamheid, Energie en Mobiliteit",
)
_BUREAU = known(
    "id/working-group/bureau-van-het-benelux-parlement",
    "WorkingGroup",
    "Bureau van het Benelux-Parlement",
    "Bureau van het Beneluxparlement",
)
_HOF = known(I_HOF, "Institution", "Benelux-Gerechtshof", "Benelux-Gerechtshof")

# New to set Q, shared by two or three of its documents.
_WG_PFAS = wg("Benelux-werkgroep PFAS")
_DECL_LUX = ins(
    "Verklaring van Luxemburg over een gezamenlijke aanpak van PFAS in de grensstreek",
    "Declaration",
)
_R995_LABEL = "Aanbeveling 995/2 over PFAS in de stroomgebieden van Schelde en Maas"
_M2028_12_IRI = "id/instrument/m-2028-12"

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- r01: annual plan 2028, chapter 7 (cross-border childcare) ------------------------------
_R01 = "r01_annual_plan_childcare"
_WG_KO = wg("Benelux-werkgroep Kinderopvang")
_DC_SZ = wg("Directiecomité Sociale Zaken")
_SZW = body("Ministerie van Sociale Zaken en Werkgelegenheid")
_TOESLAGEN = body("Dienst Toeslagen")
_MKJFGFI = org("Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration")
_PANEL = wg("Benelux-ouderpanel Grensgezinnen")
_GEZINSBOND = org("Gezinsbond")
_LIGUE = org("Ligue des familles")
_BOINK = org("BOinK")
_REC_KO = ins(
    "Aanbeveling over de erkenning van opvangkwaliteit",
    "Recommendation",
    "Aanbeveling over de erkenning van opvangkwaliteit",
    "aanbeveling over de wederzijdse erkenning van kwaliteitseisen in de kinderopvang",
)
_M2018_7 = m_number(
    "M(2018)7",
    "Recommendation",
    "Aanbeveling M (2018) 7",
    "Aanbeveling M (2018) 7 over de informatie-uitwisseling tussen inspectiediensten",
)
_NET_KO = wg("Netwerk Grensoverschrijdende Kinderopvang")
_EV_KO = event("Benelux-dag Kinderopvang zonder Grenzen")
SPECS[_R01] = (
    [
        bu(),
        _GWP_2025,
        _WG_KO,
        _SZW,
        _DC_SZ,
        csg(),
        _OPGROEIEN,
        _ONE,
        _MENJE,
        country(NL, "Nederland"),
        _TOESLAGEN,
        _MKJFGFI,
        region(NRW, "Noordrijn-Westfalen"),
        region(HDF, "Hauts-de-France"),
        _SVB,
        _CCSS,
        sg(),
        _PANEL,
        _GEZINSBOND,
        _LIGUE,
        _BOINK,
        cvm("Comité van Ministers"),
        _REC_KO,
        _M2018_7,
        act("Richtlijn (EU) 2019/1158"),
        act("Verordening (EG) nr. 883/2004"),
        region(GR, "Grande Région"),
        _NET_KO,
        _DG,
        region(RLP, "Rijnland-Palts"),
        _TF_GA,
        _EV_KO,
    ],
    [
        # "ressorteert onder" and "verantwoording aflegt aan" (set K), a second level.
        Rel(_WG_KO.iri, SUB, _DC_SZ.iri, "De werkgroep ressorteert onder het Directie"),
        Rel(_DC_SZ.iri, SUB, I_CSG, "De werkgroep ressorteert onder het Directie"),
        *[
            Rel(_WG_KO.iri, PART, x.iri, "Zitting hebben het Agentschap")
            for x in (_OPGROEIEN, _ONE, _MENJE)
        ],
        # "Nederland is vertegenwoordigd door X": the country and the ministry (set K); the
        # ministry also chairs.
        Rel(_WG_KO.iri, PART, NL, "Nederland is\nvertegenwoordigd door"),
        Rel(_WG_KO.iri, PART, _SZW.iri, "Nederland is\nvertegenwoordigd door"),
        Rel(_WG_KO.iri, PART, _TOESLAGEN.iri, "De Dienst Toeslagen schuift"),
        # An observer; NRW is only where the ministry sits (set J). Hauts-de-France is only
        # interested: no relation.
        Rel(_WG_KO.iri, PART, _MKJFGFI.iri, "volgt het werk als waarnemer"),
        Rel(_SVB.iri, COOP, _CCSS.iri, "De Sociale Verzekeringsbank werkt"),
        # "brengt verslag uit aan" reads as "rapporteert aan" (set L); members who "hebben
        # toegezegd mee te doen" take part (set J: settled future); BOinK has not answered.
        Rel(_PANEL.iri, SUB, _WG_KO.iri, "Het panel brengt verslag uit"),
        Rel(_PANEL.iri, PART, _GEZINSBOND.iri, "De Gezinsbond en de Ligue"),
        Rel(_PANEL.iri, PART, _LIGUE.iri, "De Gezinsbond en de Ligue"),
        # A planned recommendation the Committee "zal vaststellen" (set M): issuer, amendment
        # ("zal … vervangen"), no date. The replaced one is dated in the footnote.
        Rel(_REC_KO.iri, PASSED, I_CVM, "Het Comité van Ministers zal in december 2028"),
        Rel(_REC_KO.iri, AMENDS, _M2018_7.iri, "Zij zal Aanbeveling M (2018) 7"),
        Rel(_M2018_7.iri, PASSED, I_CVM, "Zij zal Aanbeveling M (2018) 7"),
        Rel(_M2018_7.iri, DATE, "2018-11-26", "Zij zal Aanbeveling M (2018) 7"),
        # "trekt samen op in het netwerk, waaraan ook X en Y deelnemen": participants, not
        # cooperatesWith (set F's "waarin … samenwerken"). "valt niet onder de Benelux-
        # structuren": no parent. The taskforce that coordinates it is a working group, which
        # bkg:participant cannot point at (shapes), and coordinating is not being a parent:
        # no relation.
        *[
            Rel(_NET_KO.iri, PART, x, "Met de Grande Région trekt de Benelux Unie")
            for x in (GR, BU, _DG.iri, RLP)
        ],
        # "<group> van de <region>": the region takes part (review of November 2026).
        Rel(_TF_GA.iri, PART, GR, "het wordt gecoördineerd door de Taskforce"),
        Rel(_EV_KO.iri, PART, I_SG, "Op 14 maart 2028 organiseert het Secretariaat"),
        Rel(_EV_KO.iri, PART, _DG.iri, "Op 14 maart 2028 organiseert het Secretariaat"),
    ],
)

# --- r02: evaluation report, chapter 4 on rail freight and the border sections --------------
_R02 = "r02_evaluation_rail_freight"
_WG_SGV = wg("Benelux-werkgroep Spoorgoederenvervoer")
_M2022_13 = m_number(
    "M(2022)13",
    "Decision",
    "Beschikking M (2022) 13",
    "Beschikking M (2022) 13 inzake taaleisen voor machinisten op grensoverschrijdende baanvakken",
)
_M2024_14 = m_number("M(2024)14", "Decision", "Beschikking M (2024) 14")
_INFRABEL = org("Infrabel")
_PRORAIL = org("ProRail")
_ACF = body("Administration des chemins de fer")
_DBI = org("DB InfraGO")
_SNCFR = org("SNCF Réseau")
_RFC = wg("Rail Freight Corridor North Sea-Rhine-Mediterranean")
_EB = Ent(
    "id/working-group/executive-board-rail-freight-corridor-north-sea-rhine-mediterranean",
    "WorkingGroup",
    "Executive Board van de Rail Freight Corridor North Sea-Rhine-Mediterranean",
    ["Executive Board"],
)
_RNE = org("RailNetEurope")
_MOU_RAIL = ins(
    "Memorandum of understanding over gezamenlijke capaciteitsplanning op de grensbaanvakken",
    "Declaration",
    "memorandum of understanding over gezamenlijke capaciteitsplanning op de grensbaanvakken",
)
_R936 = ins(
    "Aanbeveling 936/2 over het goederenvervoer per spoor",
    "Recommendation",
    "aanbeveling 936/2 over het goederenvervoer per spoor",
)
SPECS[_R02] = (
    [
        _WG_SGV,
        _DC_VV,
        _M2022_13,
        cvm("Comité van Ministers"),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        country(FR, "Frankrijk"),
        country(CH, "Zwitserland"),
        country(DE, "Duitsland"),
        region(NRW, "Noordrijn-Westfalen", "NRW"),
        _INFRABEL,
        _FODMV,
        _PRORAIL,
        _ILT,
        _CFL,
        _ACF,
        _DBI,
        _SNCFR,
        _M2024_14,
        _RFC,
        act("Verordening (EU) nr. 913/2010"),
        _EB,
        _RNE,
        _MOU_RAIL,
        sg(),
        bp("Beneluxparlement", "het Parlement"),
        _R936,
        org("Lineas"),
        org("Rebel Group"),
        bu(),
    ],
    [
        # A group set up after a decision gets no relation to it (set J).
        Rel(_WG_SGV.iri, SUB, _DC_VV.iri, "Die ressorteert onder het Directiecomité"),
        # The text table's member column gives participants; its country column does not
        # (set L); "schoof in 2024 aan" repeats the French observer.
        Rel(_WG_SGV.iri, PART, _INFRABEL.iri, "België      Infrabel"),
        Rel(_WG_SGV.iri, PART, _FODMV.iri, "België      FOD Mobiliteit"),
        Rel(_WG_SGV.iri, PART, _PRORAIL.iri, "Nederland   ProRail"),
        Rel(_WG_SGV.iri, PART, _ILT.iri, "Nederland   Inspectie"),
        Rel(_WG_SGV.iri, PART, _CFL.iri, "Luxemburg   CFL"),
        Rel(_WG_SGV.iri, PART, _ACF.iri, "Luxemburg   Administration"),
        Rel(_WG_SGV.iri, PART, _DBI.iri, "NRW         DB InfraGO"),
        Rel(_WG_SGV.iri, PART, _SNCFR.iri, "SNCF Réseau schoof in 2024 aan"),
        Rel(_M2022_13.iri, PASSED, I_CVM, "die het Comité van\nMinisters op 12 december 2022"),
        Rel(_M2022_13.iri, DATE, "2022-12-12", "die het Comité van\nMinisters op 12 december 2022"),
        # "werd die afstand verruimd" reads as set C's "verlengd en uitgebreid bij".
        Rel(_M2024_14.iri, AMENDS, _M2022_13.iri, "Bij Beschikking M (2024) 14"),
        Rel(_M2024_14.iri, PASSED, I_CVM, "Bij Beschikking M (2024) 14"),
        Rel(_M2024_14.iri, DATE, "2024-11-18", "Bij Beschikking M (2024) 14"),
        # "X en Y werken samen" gives one relation, subject first (set I).
        Rel(_INFRABEL.iri, COOP, _PRORAIL.iri, "Infrabel en ProRail werken sindsdien"),
        # "In de Executive Board van de corridor zijn X vertegenwoordigd": a body of the
        # corridor with the states as participants; Germany "is geen lid": no relation.
        Rel(_EB.iri, SUB, _RFC.iri, "In de Executive Board van de corridor"),
        *[
            Rel(_EB.iri, PART, c, "In de Executive Board van de corridor")
            for c in (BE, NL, LU, FR, CH)
        ],
        Rel(_RFC.iri, COOP, _RNE.iri, "De corridor werkt\nsamen met RailNetEurope"),
        # Signatories; the Secretariat-General was a witness, "geen partij".
        *[
            Rel(_MOU_RAIL.iri, PART, x.iri, "Op 9 oktober 2023 ondertekenden")
            for x in (_INFRABEL, _PRORAIL, _CFL)
        ],
        Rel(_MOU_RAIL.iri, DATE, "2023-10-09", "Op 9 oktober 2023 ondertekenden"),
        Rel(_R936.iri, PASSED, I_BP, "Het Beneluxparlement vroeg in aanbeveling 936/2"),
        Rel(_R936.iri, DATE, "2022", "Het Beneluxparlement vroeg in aanbeveling 936/2"),
        # The evaluators' recommendation to invite DB InfraGO as a full member adds nothing;
        # the footer's "Secretariaat-Generaal van de Benelux Unie" gives the parent.
        Rel(I_SG, SUB, BU, "in opdracht van het Secretariaat-Generaal van de Benelux Unie"),
    ],
)

# --- r03: communiqué of the Committee of Ministers, Luxembourg, 12 June 2028 ------------------
_R03 = "r03_communique_ministers_pfas"
_EV_CVM_06 = event(
    "Vergadering Comité van Ministers 12 juni 2028",
    "Vergadering van het Benelux Comité van Ministers",
    slug="vergadering-comite-van-ministers-2028-06-12",
)
_EV_CVM_12 = event(
    "Vergadering Comité van Ministers 11 december 2028",
    "volgende vergadering van het Comité van Ministers",
    slug="vergadering-comite-van-ministers-2028-12-11",
)
_M2028_9 = m_number("M(2028)9", "Decision", "Beschikking M (2028) 9")
_M2028_10 = m_number("M(2028)10", "Decision", "Beschikking M (2028) 10")
_M2019_6 = m_number(
    "M(2019)6",
    "Decision",
    "Beschikking M (2019) 6",
    "Beschikking M (2019) 6 betreffende gezamenlijke inspecties van Seveso-inrichtingen",
)
_M2028_11 = m_number("M(2028)11", "Decision", "Beschikking M (2028) 11")
_M2028_12_R03 = m_number(
    "M(2028)12",
    "Recommendation",
    "Aanbeveling M (2028) 12 over de gezamenlijke bestrijding van invasieve uitheemse soorten",
)
_RIVM = body(
    "Rijksinstituut voor Volksgezondheid en Milieu",
    "Rijksinstituut voor Volksgezondheid en Milieu",
    "RIVM",
)
_ECHA = org(
    "Europees Agentschap voor chemische stoffen",
    "Europees Agentschap voor chemische stoffen",
    "ECHA",
)
_R995_R03 = Ent(
    f"id/instrument/{_slug(_R995_LABEL)}", "Recommendation", _R995_LABEL, ["aanbeveling 995/2"]
)
SPECS[_R03] = (
    [
        bu("Benelux Unie", "BENELUX UNIE"),
        cvm(
            "COMITÉ VAN MINISTERS", "Benelux Comité van Ministers", "Comité van Ministers", "Comité"
        ),
        _EV_CVM_06,
        country(LU, "Luxemburg"),
        person("Xavier Bettel"),
        country(BE, "België"),
        person("Maxime Prévot"),
        country(NL, "Nederland"),
        person("Ilse van Dorp"),
        person("Oliver Krischer", "Krischer"),
        region(NRW, "Noordrijn-Westfalen"),
        _M2028_9,
        _M2028_10,
        _M2019_6,
        act("Verordening (EU) 2019/1021"),
        act("REACH-verordening"),
        _M2028_11,
        _WG_PFAS,
        _DC_LM,
        _OVAM,
        _SPW,
        _LB,
        _RIVM,
        _ADE,
        _LANUK,
        _ECHA,
        _DECL_LUX,
        country(FR, "Frankrijk"),
        _R995_R03,
        bp("Benelux-Parlement"),
        _ISC,
        _IMC,
        _M2028_12_R03,
        sg(),
        _HOF,
        _EV_CVM_12,
    ],
    [
        Rel(I_CVM, SUB, BU, "Het Comité van Ministers van de Benelux Unie is op"),
        # A state that chairs takes part (set J); the other two are represented by their
        # ministers; NRW's minister "schoof aan" (set M); the Court "lichtte zijn werklast
        # toe" at the meeting (a speaking body, set K). The Committee at its own meeting is
        # not a participant (set I); France, only invited to sign, gives nothing.
        Rel(_EV_CVM_06.iri, PART, LU, "onder voorzitterschap van Luxemburg"),
        Rel(_EV_CVM_06.iri, PART, BE, "België was\nvertegenwoordigd door"),
        Rel(_EV_CVM_06.iri, PART, NL, "België was\nvertegenwoordigd door"),
        Rel(_EV_CVM_06.iri, PART, NRW, "Op uitnodiging van het voorzitterschap schoof"),
        Rel(_EV_CVM_06.iri, PART, I_HOF, "lichtte zijn werklast toe"),
        # Instruments adopted at the meeting get its date (set E's work programme).
        Rel(_M2028_9.iri, PASSED, I_CVM, "Het Comité stelde Beschikking M (2028) 9"),
        Rel(_M2028_9.iri, DATE, "2028-06-12", "Het Comité stelde Beschikking M (2028) 9"),
        Rel(_M2028_10.iri, PASSED, I_CVM, "Met Beschikking M (2028) 10"),
        Rel(_M2028_10.iri, DATE, "2028-06-12", "Met Beschikking M (2028) 10"),
        Rel(_M2028_10.iri, AMENDS, _M2019_6.iri, "Met Beschikking M (2028) 10"),
        Rel(_M2019_6.iri, PASSED, I_CVM, "Met Beschikking M (2028) 10"),
        # A group set up by a decision gets no relation to it (set J).
        Rel(_M2028_11.iri, PASSED, I_CVM, "Bij Beschikking M (2028) 11"),
        Rel(_M2028_11.iri, DATE, "2028-06-12", "Bij Beschikking M (2028) 11"),
        Rel(_WG_PFAS.iri, SUB, _DC_LM.iri, "Zij valt onder het Directiecomité Leefmilieu"),
        *[
            Rel(_WG_PFAS.iri, PART, x.iri, "Zij valt onder het Directiecomité Leefmilieu")
            for x in (_OVAM, _SPW, _LB, _RIVM, _ADE)
        ],
        Rel(_WG_PFAS.iri, PART, _LANUK.iri, "neemt als waarnemer deel"),
        # A settled future cooperation (set J).
        Rel(_WG_PFAS.iri, COOP, _ECHA.iri, "De werkgroep zal\nnauw samenwerken"),
        # "De ministers van de drie landen": the three countries named in paragraph 1 (set
        # J's rule for participants named by description); NRW by its minister.
        *[
            Rel(_DECL_LUX.iri, PART, c, "De ministers van de drie landen en minister Krischer")
            for c in (BE, NL, LU, NRW)
        ],
        Rel(
            _DECL_LUX.iri,
            DATE,
            "2028-06-12",
            "De ministers van de drie landen en minister Krischer",
        ),
        Rel(_R995_R03.iri, PASSED, I_BP, "Het Comité nam kennis van aanbeveling 995/2"),
        Rel(_R995_R03.iri, DATE, "2028-03-18", "Het Comité nam kennis van aanbeveling 995/2"),
        Rel(_M2028_12_IRI, PASSED, I_CVM, "Het Comité nam Aanbeveling M (2028) 12"),
        Rel(_M2028_12_IRI, DATE, "2028-06-12", "Het Comité nam Aanbeveling M (2028) 12"),
    ],
)

# --- r04: news page of the Secretariat-General, invasive alien species -----------------------
_R04 = "r04_news_invasive_species"
_EV_EXO = event("Benelux-exotendag")
_PLATFORM = wg("Benelux-platform Invasieve Exoten")
_M2028_12_R04 = m_number("M(2028)12", "Recommendation", "Aanbeveling M (2028) 12")
_INBO = body(
    "Instituut voor Natuur- en Bosonderzoek", "Instituut voor Natuur- en Bosonderzoek", "INBO"
)
_ANF = body("Administration de la nature et des forêts")
_MNHN = body("Musée national d'histoire naturelle")
_DGENV = org("Directoraat-generaal Milieu")
_EPPO = org(
    "European and Mediterranean Plant Protection Organization",
    "European and Mediterranean Plant Protection Organization",
    "EPPO",
)
_MOU_EPPO = ins(
    "Memorandum of understanding tussen het Secretariaat-Generaal en de EPPO over het delen van waarnemingen",
    "Declaration",
    "memorandum of understanding over het delen van waarnemingen",
)
SPECS[_R04] = (
    [
        _PLATFORM,
        _EV_EXO,
        Ent(
            I_SG,
            "Institution",
            "Secretariaat-Generaal",
            ["Benelux Secretariaat-Generaal", "Secretariaat-Generaal"],
        ),
        _EMR,
        _M2028_12_R04,
        cvm("Comité van Ministers"),
        _DC_LM,
        _INBO,
        _NVWA,
        _SPW,
        _ANF,
        region(NRW, "Noordrijn-Westfalen"),
        region(GRAND_EST, "Grand-Est", "Région Grand Est"),
        _RWS,
        person("Frans Weekers"),
        bu(),
        _VLG,
        person("Jo Brouns"),
        country(NL, "Nederland"),
        _VNSC,
        _MNHN,
        country(LU, "Luxemburg"),
        act("Verordening (EU) nr. 1143/2014"),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        _DGENV,
        _EPPO,
        _MOU_EPPO,
        _EEA,
        bp("Beneluxparlement"),
        _COMM_DEM,
    ],
    [
        # Organiser and co-organiser of the theme day (set F); the Commission "was
        # vertegenwoordigd door haar Directoraat-generaal" (both, set K); Flanders by a
        # speaker "Namens" it (sets G/H).
        Rel(_EV_EXO.iri, PART, I_SG, "die het\nSecretariaat-Generaal samen met de Euregio"),
        Rel(_EV_EXO.iri, PART, _EMR.iri, "die het\nSecretariaat-Generaal samen met de Euregio"),
        Rel(_EV_EXO.iri, PART, EC, "De Europese Commissie was op de"),
        Rel(_EV_EXO.iri, PART, _DGENV.iri, "De Europese Commissie was op de"),
        Rel(_DGENV.iri, SUB, EC, "De Europese Commissie was op de"),
        Rel(_EV_EXO.iri, PART, _VLG.iri, "Namens Vlaanderen sprak Jo Brouns"),
        # The platform is not said to be set up by the recommendation ("ligt in het
        # verlengde van"): no relation between them.
        Rel(_M2028_12_R04.iri, PASSED, I_CVM, "Het platform ligt in het verlengde"),
        Rel(_M2028_12_R04.iri, DATE, "2028-06-12", "Het platform ligt in het verlengde"),
        Rel(_PLATFORM.iri, SUB, _DC_LM.iri, "Het valt onder het\nDirectiecomité Leefmilieu"),
        *[
            Rel(_PLATFORM.iri, PART, x.iri, "Het valt onder het\nDirectiecomité Leefmilieu")
            for x in (_INBO, _NVWA, _SPW, _ANF)
        ],
        Rel(_PLATFORM.iri, PART, NRW, "Noordrijn-Westfalen en de Région Grand Est sluiten"),
        Rel(_PLATFORM.iri, PART, GRAND_EST, "Noordrijn-Westfalen en de Région Grand Est sluiten"),
        Rel(_PLATFORM.iri, PART, _RWS.iri, "Rijkswaterstaat doet mee"),
        # "We" in a quote introduced by "Namens Vlaanderen sprak": Flanders works with the
        # Netherlands; the Scheldt commission is an organisation, not a group.
        Rel(_VLG.iri, COOP, NL, "werken al jaren samen met Nederland"),
        # Two subjects, one object: two relations (set J).
        Rel(_INBO.iri, COOP, _MNHN.iri, "Het INBO en de NVWA werken daarvoor samen"),
        Rel(_NVWA.iri, COOP, _MNHN.iri, "Het INBO en de NVWA werken daarvoor samen"),
        # "vandaag" resolves against the dateline (sets G/H). The EEA, only invited, and the
        # Parliament, only interested, give nothing.
        Rel(_MOU_EPPO.iri, PART, I_SG, "ondertekenden vandaag bovendien een memorandum"),
        Rel(_MOU_EPPO.iri, PART, _EPPO.iri, "ondertekenden vandaag bovendien een memorandum"),
        Rel(_MOU_EPPO.iri, DATE, "2028-09-21", "ondertekenden vandaag bovendien een memorandum"),
    ],
)

# --- r05: Benelux Publicatieblad 2028-2, contents January-June 2028 --------------------------
_R05 = "r05_journal_index"
_M2028_3 = m_number(
    "M(2028)3",
    "Decision",
    "M (2028) 3",
    "Beschikking betreffende de wederzijdse erkenning van gedigitaliseerde archiefstukken als authentieke afschriften",
)
_M2028_4 = m_number(
    "M(2028)4",
    "Decision",
    "M (2028) 4",
    "Beschikking tot wijziging van de Beschikking M (2023) 14 inzake het grensoverschrijdend voorschrijven en leveren van diergeneesmiddelen",
)
_M2023_14 = m_number("M(2023)14", "Decision", "M (2023) 14")
_M2028_5 = m_number(
    "M(2028)5",
    "Recommendation",
    "M (2028) 5",
    "Aanbeveling inzake hitteplannen voor de grensregio's",
)
_M2017_4 = m_number("M(2017)4", "Recommendation", "Aanbeveling M (2017) 4")
_M2028_9_R05 = m_number(
    "M(2028)9",
    "Decision",
    "M (2028) 9",
    "Beschikking inzake de uitwisseling van meetgegevens over PFAS-verontreiniging van bodem en grondwater in de grensstreek",
)
_M2028_10_R05 = m_number(
    "M(2028)10",
    "Decision",
    "M (2028) 10",
    "Beschikking tot wijziging van de Beschikking M (2019) 6 betreffende gezamenlijke inspecties van Seveso-inrichtingen",
)
_M2019_6_R05 = m_number("M(2019)6", "Decision", "M (2019) 6")
_M2028_11_R05 = m_number(
    "M(2028)11",
    "Decision",
    "M (2028) 11",
    "Beschikking tot instelling van de Benelux-werkgroep PFAS",
)
_M2028_12_R05 = m_number(
    "M(2028)12",
    "Recommendation",
    "M (2028) 12",
    "Aanbeveling over de gezamenlijke bestrijding van invasieve uitheemse soorten",
)
_UA_VOERTUIGEN = ins(
    "Uitvoeringsafspraak inzake de opsporing van gestolen en vermiste voertuigen",
    "Agreement",
    "Uitvoeringsafspraak tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg inzake de opsporing van gestolen en vermiste voertuigen",
)
_RA = body("Rijksarchief in België")
_AA_ARCHIEF = ins(
    "Administratief akkoord tussen het Secretariaat-Generaal en het Rijksarchief in België inzake de digitalisering van het archief van de Benelux Economische Unie",
    "Agreement",
    "Administratief akkoord tussen het Secretariaat-Generaal van de Benelux Unie en het Rijksarchief in België inzake de digitalisering van het archief van de Benelux Economische Unie",
)
_R995_R05 = Ent(f"id/instrument/{_slug(_R995_LABEL)}", "Recommendation", _R995_LABEL, [_R995_LABEL])
_R996 = ins(
    "Aanbeveling 996/2 over de uitwisseling van gegevens over gestolen voertuigen",
    "Recommendation",
)
SPECS[_R05] = (
    [
        sg(),
        bu("Benelux Unie", "Benelux Economische Unie"),
        cvm("COMITÉ VAN MINISTERS"),
        _M2028_3,
        _M2028_4,
        _M2023_14,
        _M2028_5,
        _M2017_4,
        _M2028_9_R05,
        _M2028_10_R05,
        _M2019_6_R05,
        _M2028_11_R05,
        _WG_PFAS,
        _DC_LM,
        _LANUK,
        _M2028_12_R05,
        _UA_VOERTUIGEN,
        country(BE, "België", "Koninkrijk België", "België"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden", "Nederland"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg", "Luxemburg"),
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        _AA_ARCHIEF,
        _RA,
        Ent(_DECL_LUX.iri, "Declaration", _DECL_LUX.label, [_DECL_LUX.label]),
        region(NRW, "Noordrijn-Westfalen"),
        bp("BENELUX-PARLEMENT"),
        _R995_R05,
        _R996,
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal van de Benelux Unie"),
        Rel(_M2028_3.iri, PASSED, I_CVM, "M (2028) 3   Beschikking"),
        Rel(_M2028_3.iri, DATE, "2028-03-13", "M (2028) 3   Beschikking"),
        Rel(_M2028_4.iri, PASSED, I_CVM, "M (2028) 4   Beschikking"),
        Rel(_M2028_4.iri, DATE, "2028-03-13", "M (2028) 4   Beschikking"),
        Rel(_M2028_4.iri, AMENDS, _M2023_14.iri, "M (2028) 4   Beschikking"),
        Rel(_M2023_14.iri, PASSED, I_CVM, "M (2028) 4   Beschikking"),
        Rel(_M2028_5.iri, PASSED, I_CVM, "M (2028) 5   Aanbeveling"),
        Rel(_M2028_5.iri, DATE, "2028-03-13", "M (2028) 5   Aanbeveling"),
        # A note line "Deze aanbeveling vervangt" (sets F, L).
        Rel(_M2028_5.iri, AMENDS, _M2017_4.iri, "Deze aanbeveling vervangt"),
        Rel(_M2017_4.iri, PASSED, I_CVM, "Deze aanbeveling vervangt"),
        Rel(_M2028_9_R05.iri, PASSED, I_CVM, "M (2028) 9   Beschikking"),
        Rel(_M2028_9_R05.iri, DATE, "2028-06-12", "M (2028) 9   Beschikking"),
        Rel(_M2028_10_R05.iri, PASSED, I_CVM, "M (2028) 10  Beschikking"),
        Rel(_M2028_10_R05.iri, DATE, "2028-06-12", "M (2028) 10  Beschikking"),
        Rel(_M2028_10_R05.iri, AMENDS, _M2019_6_R05.iri, "M (2028) 10  Beschikking"),
        Rel(_M2019_6_R05.iri, PASSED, I_CVM, "M (2028) 10  Beschikking"),
        Rel(_M2028_11_R05.iri, PASSED, I_CVM, "M (2028) 11  Beschikking"),
        Rel(_M2028_11_R05.iri, DATE, "2028-06-12", "M (2028) 11  Beschikking"),
        # The note line under the entry (set K).
        Rel(_WG_PFAS.iri, SUB, _DC_LM.iri, "De werkgroep valt onder het Directiecomité"),
        Rel(_WG_PFAS.iri, PART, _LANUK.iri, "De werkgroep valt onder het Directiecomité"),
        Rel(_M2028_12_R05.iri, PASSED, I_CVM, "M (2028) 12  Aanbeveling"),
        Rel(_M2028_12_R05.iri, DATE, "2028-06-12", "M (2028) 12  Aanbeveling"),
        # The parties of a title are its participants (seed rule); the treaty it implements
        # is a nested mention without a relation (set E).
        *[Rel(_UA_VOERTUIGEN.iri, PART, c, "Uitvoeringsafspraak tussen het") for c in (BE, NL, LU)],
        Rel(_UA_VOERTUIGEN.iri, DATE, "2028-05-02", "Uitvoeringsafspraak tussen het"),
        Rel(_AA_ARCHIEF.iri, PART, I_SG, "Administratief akkoord tussen het Secretariaat"),
        Rel(_AA_ARCHIEF.iri, PART, _RA.iri, "Administratief akkoord tussen het Secretariaat"),
        Rel(_AA_ARCHIEF.iri, DATE, "2028-04-04", "Administratief akkoord tussen het Secretariaat"),
        *[
            Rel(_DECL_LUX.iri, PART, c, "Verklaring van Luxemburg over een gezamenlijke")
            for c in (BE, NL, LU, NRW)
        ],
        Rel(_DECL_LUX.iri, DATE, "2028-06-12", "Verklaring van Luxemburg over een gezamenlijke"),
        # The section heading "III. BENELUX-PARLEMENT" names the issuing body (set K). The
        # erratum only corrects a number inside a title: the wrong "M (2023) 41" names
        # nothing (set M) and no date is stated.
        Rel(_R995_R05.iri, PASSED, I_BP, "Aanbeveling 995/2 over PFAS"),
        Rel(_R995_R05.iri, DATE, "2028-03-18", "Aanbeveling 995/2 over PFAS"),
        Rel(_R996.iri, PASSED, I_BP, "Aanbeveling 996/2 over de uitwisseling"),
        Rel(_R996.iri, DATE, "2028-03-18", "Aanbeveling 996/2 over de uitwisseling"),
    ],
)

# --- r06: report of the Benelux Parliament's committee on economic and social affairs --------
_R06 = "r06_committee_report_housing"
_EV_COMM = event(
    "Vergadering commissie Economische en Sociale Zaken 19 mei 2028",
    "vergadering van de commissie Economische en Sociale Zaken van vrijdag 19 mei 2028",
    slug="vergadering-commissie-economische-en-sociale-zaken-2028-05-19",
)
_EV_NEXT = event(
    "Vergadering commissie Economische en Sociale Zaken 22 september 2028",
    "volgende vergadering van de commissie",
    slug="vergadering-commissie-economische-en-sociale-zaken-2028-09-22",
)
_FDL = body("Fonds du Logement")
_GIPFEL = org("Gipfelsekretariat")
_R921 = ins(
    "Aanbeveling 921/2 over de huisvesting van grensarbeiders",
    "Recommendation",
    "aanbeveling 921/2 over de huisvesting van grensarbeiders",
)
_M2020_8 = m_number("M(2020)8", "Recommendation", "Aanbeveling M (2020) 8")
_DRAFT = ins(
    "Ontwerpaanbeveling over betaalbaar wonen in de grensstreek",
    "Recommendation",
    "ontwerpaanbeveling over betaalbaar wonen in de grensstreek",
)
_EV_PZ06 = Ent(
    "id/event/plenaire-zitting-benelux-parlement-2028-06",
    "Meeting",
    "Plenaire zitting Benelux-Parlement 16-17 juni 2028",
    ["plenaire zitting van 16 en 17 juni 2028"],
)
_WG_HUIS = wg("Werkgroep Huisvesting")
SPECS[_R06] = (
    [
        bp(
            "BENELUXPARLEMENT",
            "Beneluxparlement",
            "Het Parlement",
            "Raadgevende Interparlementaire Benelux-Raad",
        ),
        _COMM_ESZ,
        _EV_COMM,
        body("Vlaams Parlement"),
        person("Fernand Kieffer", "Kieffer"),
        person("Sanne de Bruijn", "De Bruijn"),
        person("Claude Haagen"),
        person("Wouter Lambrechts"),
        person("Nadia Ouali"),
        person("Pol Wagener"),
        _BUREAU,
        person("Maud Hermans", "Hermans"),
        _VNG,
        person("Tom Peeters", "Peeters"),
        _VVSG,
        person("Anne Schmit", "Schmit"),
        _FDL,
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"], not_in=["provincie Luxemburg"]),
        _IPR,
        _VRO,
        act("Verordening (EU) 2024/1028"),
        _NET_GG,
        cvm("Comité van Ministers"),
        _MOT,
        _UVCW,
        act("Vlaamse Codex Wonen"),
        region(LOTH, "Lotharingen"),
        region(GR, "Grande Région"),
        person("Marc Thill"),
        _GIPFEL,
        sg(),
        person("Liesbeth Claes"),
        _R921,
        _M2020_8,
        _DRAFT,
        country(BE, "België"),
        country(NL, "Nederland"),
        _EV_PZ06,
        _WG_HUIS,
        country(DE, "Duitsland"),
        _EV_NEXT,
        body("Kamer van Afgevaardigden", "Chambre des Députés"),
    ],
    [
        # "commissie … van het Beneluxparlement" and "Bureau van het Beneluxparlement" name
        # the parent (set F, seed rule).
        Rel(_COMM_ESZ.iri, SUB, I_BP, "De commissie Economische en Sociale Zaken van het"),
        Rel(_BUREAU.iri, SUB, I_BP, "De commissie Economische en Sociale Zaken van het"),
        # Guests speaking "namens" a body or a region, a guest delegation (sets H, J, K); the
        # ministry that excused itself does not take part, nor the committee at its own
        # meeting (set I). The Fonds du Logement "uit Luxemburg" gives Luxembourg nothing.
        *[Rel(_EV_COMM.iri, PART, x.iri, "Als gasten namen\ndeel") for x in (_VNG, _VVSG, _FDL)],
        Rel(_EV_COMM.iri, PART, _IPR.iri, "Ook een delegatie van de Interregionale"),
        Rel(_EV_COMM.iri, PART, GR, "Namens de Grande Région lichtte"),
        Rel(_EV_COMM.iri, PART, I_SG, "Namens het Secretariaat-Generaal gaf"),
        # "trekken daarin samen op in het netwerk": participants (set F), not cooperation.
        Rel(_NET_GG.iri, PART, _VNG.iri, "De VNG en de VVSG trekken daarin"),
        Rel(_NET_GG.iri, PART, _VVSG.iri, "De VNG en de VVSG trekken daarin"),
        Rel(_NET_GG.iri, SUB, I_CVM, "Dat netwerk, dat\naan het Comité van Ministers rapporteert"),
        Rel(
            _NET_GG.iri,
            COOP,
            _MOT.iri,
            "Dat netwerk, dat\naan het Comité van Ministers rapporteert",
        ),
        Rel(_VVSG.iri, COOP, _UVCW.iri, "werkt de VVSG samen met de Union"),
        Rel(_R921.iri, PASSED, I_BP, "Het Parlement nam die\naanbeveling in 2019 aan"),
        Rel(_R921.iri, DATE, "2019", "Het Parlement nam die\naanbeveling in 2019 aan"),
        Rel(_M2020_8.iri, PASSED, I_CVM, "het Comité van Ministers antwoordde met"),
        Rel(_M2020_8.iri, DATE, "2020-12-08", "het Comité van Ministers antwoordde met"),
        # The draft adopted in committee gets no eli:passed_by and no date (set C); the
        # governments it addresses are not participants (set J). A settled decision to
        # cooperate gives the relation (sets E, L); "<group> van de <region>": the region
        # takes part (review of November 2026). Germany "niet uitgenodigd": nothing.
        Rel(_COMM_ESZ.iri, COOP, _IPR.iri, "De commissie besloot voor dit dossier"),
        Rel(_COMM_ESZ.iri, COOP, _WG_HUIS.iri, "De commissie besloot voor dit dossier"),
        Rel(_WG_HUIS.iri, PART, GR, "De commissie besloot voor dit dossier"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
