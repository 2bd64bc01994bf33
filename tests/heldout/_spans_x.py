# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of set X (tests/heldout/gold/y01…y06).

Set X was written in session 17 by a helper that never read the extractor's code, patterns,
reference data, tests or output, never ran the extractor, ``evaluate_set.py`` or pytest, and never
opened the texts or gold of any other held-out or development set, nor the probe suites. It has
one document of each kind the project's users feed it, on policy fields no other set covers: an
annual-report chapter (cross-border public libraries, 2037), answers to parliamentary questions
(child benefit for frontier workers, 2038), a joint communiqué of the Committee of Ministers
(seed banks, 21 June 2038), a Benelux Parliament committee report (drinking-water quality, 21
March 2039), a press release of the Flemish Government (wind-turbine noise, May 2038) and the
minutes of a Directiecomité's meeting with an attendance list (pharmacies and electronic
prescriptions, 3 February 2039). The offset helpers and the JSON writer are those of
``_spans.py`` (set A).

Usage::

    python tests/heldout/_spans_x.py              # write gold/y01…y06.json, verify every span
    python tests/heldout/_spans_x.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent

EC = "id/organisation/europese-commissie"
HDF = "id/region/hauts-de-france"
GRAND_EST = "id/region/grand-est"
RLP = "id/region/rijnland-palts"
NDS = "id/region/nedersaksen"
VLG = "id/organisation/vlaams-gewest"
WAL = "id/organisation/waals-gewest"


def known(iri: str, cls: str, label: str, *names: str) -> Any:
    """An entity that already occurs in the seeds or the development sets (its IRI kept)."""
    return Ent(iri, cls, label, list(names) or [label])


def m_ins(num: str, cls: str, *names: str) -> Any:
    """A numbered Committee of Ministers instrument, ``num`` as ``M(2037)6``."""
    year, seq = num[2:].replace(")", " ").split()
    return Ent(f"id/instrument/m-{year}-{seq}", cls, num, list(names))


def euu() -> Any:
    return known(EUU, "ExternalOrganisation", "Europese Unie")


# Entities of the seeds and the development sets, with the IRIs they have there.
_DC_LV = wg("Directiecomité Landbouw en Voedselveiligheid")
_DC_LM = wg("Directiecomité Leefmilieu")
_DC_VG = wg(
    "Directiecomité Volksgezondheid",
    "Directiecomité Volksgezondheid",
    "DIRECTIECOMITÉ VOLKSGEZONDHEID",
)
_SPW = body("Service public de Wallonie", "Service public de Wallonie", "SPW")
_ADE = body("Administration de l'environnement")
_DG = body("Duitstalige Gemeenschap")
_WHO_EU = org("Regionaal Bureau voor Europa")
_WHO = org("Wereldgezondheidsorganisatie")

# New to set X, shared by two of its documents (one IRI each).
_RIVM = body(
    "Rijksinstituut voor Volksgezondheid en Milieu",
    "Rijksinstituut voor Volksgezondheid en Milieu",
    "RIVM",
)
_COMM_DEM = wg(
    "Commissie Duurzaamheid, Energie en Mobiliteit van het Benelux-Parlement",
    "commissie Duurzaamheid, Energie en Mobiliteit",
)

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- y01: annual report 2037, chapter 6 (cross-border public libraries) --------------------
_Y01 = "y01_annual_report_libraries"
_WG_BIB = wg(
    "Benelux-werkgroep Bibliotheken", "Benelux-werkgroep Bibliotheken", "Werkgroep Bibliotheken"
)
_DC_CO = wg("Directiecomité Cultuur en Onderwijs")
_KB = Ent(
    "id/organisation/koninklijke-bibliotheek",
    "NationalBody",
    "Koninklijke Bibliotheek",
    ["Koninklijke Bibliotheek", "KB"],
    not_in=("Koninklijke Bibliotheek van België",),
)
_KBR = body("Koninklijke Bibliotheek van België", "Koninklijke Bibliotheek van België", "KBR")
_BNL = body("Bibliothèque nationale du Luxembourg", "Bibliothèque nationale du Luxembourg", "BnL")
_DCJM = body("Departement Cultuur, Jeugd en Media", "Departement Cultuur, Jeugd en Media", "DCJM")
_FWB = body("Fédération Wallonie-Bruxelles", "Fédération Wallonie-Bruxelles", "FWB")
_MKW = org(
    "Ministerium für Kultur und Wissenschaft", "Ministerium für Kultur und Wissenschaft", "MKW"
)
_M2037_6 = m_ins(
    "M(2037)6",
    "Decision",
    "Beschikking M (2037) 6 betreffende de wederzijdse erkenning van bibliotheekpassen in de grensstreek",
    "Beschikking M (2037) 6",
)
_M2031_9 = m_ins("M(2031)9", "Recommendation", "Aanbeveling M (2031) 9")
_R1108 = ins(
    "Aanbeveling 1108/2 over het uitlenen van e-boeken",
    "Recommendation",
    "aanbeveling 1108/2 over het uitlenen van e-boeken",
)
_NET_GB = wg("Netwerk Grensbibliotheken")
_CC = org("Cultuurconnect")
_VOB = org("Vereniging van Openbare Bibliotheken", "Vereniging van Openbare Bibliotheken", "VOB")
_MDN = org("Médiathèque départementale du Nord")
_BDM = org("Bibliothèque départementale de la Moselle")
_PBL = org("Provinciale Bibliotheek Limburg")
_DECL_LB = ins(
    "Intentieverklaring over leesbevordering in de grensstreek",
    "Declaration",
    "intentieverklaring over leesbevordering in de grensstreek",
)
_BIBDAG = event("Benelux-bibliotheekdag", slug="benelux-bibliotheekdag")
_STB_AC = org("Stadtbibliothek Aachen")
SPECS[_Y01] = (
    [
        bu(),
        _WG_BIB,
        _DC_CO,
        csg(),
        _KB,
        _KBR,
        _BNL,
        _DCJM,
        _FWB,
        person("Hélène Wagener"),
        region(NRW, "Noordrijn-Westfalen"),
        _MKW,
        _DG,
        _M2037_6,
        cvm("Comité van Ministers", "Comité"),
        _M2031_9,
        act("Richtlijn (EU) 2019/790"),
        bp("Beneluxparlement"),
        _R1108,
        _NET_GB,
        _CC,
        _VOB,
        _MDN,
        _BDM,
        _PBL,
        region(HDF, "Hauts-de-France", "Région Hauts-de-France"),
        _DECL_LB,
        region(GRAND_EST, "Grand Est"),
        sg(),
        _BIBDAG,
        _STB_AC,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg", "Luxemburg", "Luxembourg"),
        country(DE, "Duitsland"),
    ],
    [
        # "een van de drie werkgroepen onder"; "legt op zijn beurt verantwoording af aan".
        Rel(_WG_BIB.iri, SUB, _DC_CO.iri, "Het werk wordt gedragen door"),
        Rel(_DC_CO.iri, SUB, I_CSG, "Dat directiecomité legt op zijn"),
        # "In de werkgroep hebben zitting:" with a list; the chair's person gives nothing more.
        *[
            Rel(_WG_BIB.iri, PART, x.iri, "In de werkgroep hebben")
            for x in (_KB, _KBR, _BNL, _DCJM, _FWB)
        ],
        # "Het Land laat zich … vertegenwoordigen door het MKW, dat de status van waarnemer
        # heeft" (set K: the region and the ministry). The German-speaking Community only
        # intends to join: nothing.
        Rel(_WG_BIB.iri, PART, NRW, "Het Land laat zich in de werkgroep"),
        Rel(_WG_BIB.iri, PART, _MKW.iri, "Het Land laat zich in de werkgroep"),
        Rel(_M2037_6.iri, PASSED, I_CVM, "Het Comité van Ministers stelde haar vast"),
        Rel(_M2037_6.iri, DATE, "2037-06-14", "Het Comité van Ministers stelde haar vast"),
        Rel(_M2037_6.iri, AMENDS, _M2031_9.iri, "De beschikking vervangt Aanbeveling"),
        Rel(_M2031_9.iri, PASSED, I_CVM, "De beschikking vervangt Aanbeveling"),
        Rel(_R1108.iri, PASSED, I_BP, "Het Beneluxparlement vroeg in aanbeveling"),
        Rel(_R1108.iri, DATE, "2036-12-06", "Het Beneluxparlement vroeg in aanbeveling"),
        # "Onder de werkgroep functioneert"; "de coördinatie ligt bij" (a coordinating body
        # takes part, sets G/H); two objects of "werkt samen met … en met".
        Rel(_NET_GB.iri, SUB, _WG_BIB.iri, "Onder de werkgroep functioneert"),
        Rel(_NET_GB.iri, PART, _CC.iri, "Onder de werkgroep functioneert"),
        Rel(_NET_GB.iri, PART, _VOB.iri, "Onder de werkgroep functioneert"),
        Rel(_NET_GB.iri, COOP, _MDN.iri, "Het netwerk\nwerkt samen met"),
        Rel(_NET_GB.iri, COOP, _BDM.iri, "Het netwerk\nwerkt samen met"),
        # The table: the network's observer is named only there.
        Rel(_NET_GB.iri, PART, _PBL.iri, "Netwerk Grensbibliotheken    Cultuurconnect"),
        # Signatories; Grand Est invited but did not sign: nothing.
        Rel(_DECL_LB.iri, PART, BU, "Op 9 oktober 2037 ondertekenden"),
        Rel(_DECL_LB.iri, PART, HDF, "Op 9 oktober 2037 ondertekenden"),
        Rel(_DECL_LB.iri, DATE, "2037-10-09", "Op 9 oktober 2037 ondertekenden"),
        # Organiser and co-organiser (set F); speakers' bodies (set J's "spreker"). Librarians
        # "uit België, Nederland, Luxemburg en Duitsland" are people, not the states: nothing.
        Rel(_BIBDAG.iri, PART, I_SG, "Het Secretariaat-Generaal organiseerde"),
        Rel(_BIBDAG.iri, PART, _STB_AC.iri, "Het Secretariaat-Generaal organiseerde"),
        *[Rel(_BIBDAG.iri, PART, x.iri, "Sprekers van de KB") for x in (_KB, _BNL, _MKW)],
    ],
)

# --- y02: answers to parliamentary questions (child benefit for frontier workers) ----------
_Y02 = "y02_answers_child_benefit"
_SVB = body("Sociale Verzekeringsbank", "Sociale Verzekeringsbank", "SVB")
_WG_GB = wg("Benelux-werkgroep Gezinsbijslagen")
_DC_SZ = wg("Directiecomité Sociale Zaken")
_CAE = body("Caisse pour l'avenir des enfants", "Caisse pour l'avenir des enfants", "CAE")
_OPG = body("Agentschap Opgroeien")
_FAMIWAL = body("Famiwal")
_IRIS = body("Iriscare")
_MDG = body("Ministerium der Deutschsprachigen Gemeinschaft")
_TOESL = body("Dienst Toeslagen")
_M2036_12 = m_ins(
    "M(2036)12",
    "Decision",
    "Beschikking M (2036) 12 inzake de elektronische uitwisseling van gegevens over gezinsbijslagen",
)
_EV_CVM_2036 = event(
    "Vergadering Comité van Ministers 7 december 2036",
    "vergadering van het Comité van Ministers",
    slug="vergadering-comite-van-ministers-2036-12-07",
)
_FK = org("Familienkasse")
_BFA = org("Bundesagentur für Arbeit")
_ELA = org("Europese Arbeidsautoriteit", "Europese Arbeidsautoriteit", "ELA")
_R_MELD = ins(
    "Aanbeveling over een gezamenlijk meldpunt voor gezinsbijslagen",
    "Recommendation",
    "aanbeveling over een gezamenlijk meldpunt voor gezinsbijslagen",
)
_CD_GA = event(
    "Commissiedebat Grensarbeid 20 januari 2038",
    "commissiedebat Grensarbeid van 20 januari 2038",
    slug="commissiedebat-grensarbeid-2038-01-20",
)
_R1104 = ins(
    "Aanbeveling 1104/2 over gezinsbijslagen in de grensstreek",
    "Recommendation",
    "aanbeveling 1104/2",
)
SPECS[_Y02] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "Tweede Kamer", "uw Kamer"),
        person("Van Dijk-Aerts"),
        person("Bouwmeester"),
        _SVB,
        act("Verordening (EG) nr. 883/2004"),
        act("Verordening (EG) nr. 987/2009"),
        _WG_GB,
        _DC_SZ,
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        country(BE, "België"),
        country(DE, "Duitsland"),
        _CAE,
        _OPG,
        _FAMIWAL,
        _IRIS,
        _DG,
        _MDG,
        _TOESL,
        _M2036_12,
        cvm("Comité van Ministers"),
        _EV_CVM_2036,
        _FK,
        _BFA,
        _ELA,
        euu(),
        _R_MELD,
        sg(),
        _CD_GA,
        _R1104,
        bp("Benelux-Parlement"),
    ],
    [
        Rel(_WG_GB.iri, SUB, _DC_SZ.iri, "Zij valt onder het Directiecomité"),
        # "werken erin samen: voor Nederland X, voor Luxemburg Y, voor België Z" (participants,
        # set F's "waarin X, Y en Z samenwerken"; the states and the bodies, sets K, S).
        *[
            Rel(_WG_GB.iri, PART, x, "De uitvoeringsorganisaties van de drie landen")
            for x in (NL, _SVB.iri, LU, _CAE.iri, BE, _OPG.iri, _FAMIWAL.iri, _IRIS.iri)
        ],
        # "is vertegenwoordigd door haar Ministerium" (the community and the ministry).
        Rel(_WG_GB.iri, PART, _DG.iri, "De Duitstalige Gemeenschap"),
        Rel(_WG_GB.iri, PART, _MDG.iri, "De Duitstalige Gemeenschap"),
        Rel(_WG_GB.iri, PART, _TOESL.iri, "schuift sinds 2037 ook"),
        Rel(_M2036_12.iri, PASSED, I_CVM, "Het Comité van Ministers heeft die beschikking"),
        Rel(_M2036_12.iri, DATE, "2036-12-07", "Het Comité van Ministers heeft die beschikking"),
        Rel(_EV_CVM_2036.iri, PART, NL, "Namens Nederland heb ik"),
        Rel(_SVB.iri, COOP, _CAE.iri, "Daarnaast werkt de SVB"),
        Rel(_SVB.iri, COOP, _FAMIWAL.iri, "Daarnaast werkt de SVB"),
        # Germany "neemt niet deel"; the Familienkasse "wordt … geïnformeerd"; ELA shares
        # figures: no participation, no cooperation. "X van de Y" and the apposition give parents.
        Rel(_FK.iri, SUB, _BFA.iri, "De Familienkasse van de Bundesagentur"),
        Rel(_ELA.iri, SUB, EUU, "Met de Europese Arbeidsautoriteit"),
        # A planned recommendation the Committee means to adopt (set J): issuer, no date.
        Rel(_R_MELD.iri, PASSED, I_CVM, "Het Comité van Ministers wil in juni 2038"),
        Rel(_R1104.iri, PASSED, I_BP, "Die brief zal ook ingaan"),
        Rel(_R1104.iri, DATE, "2036-06-14", "Die brief zal ook ingaan"),
    ],
)

# --- y03: joint communiqué of the Committee of Ministers, The Hague, 21 June 2038 ----------
_Y03 = "y03_communique_seed_banks"
_EV_CVM_0621 = event(
    "Vergadering Benelux Comité van Ministers 21 juni 2038",
    "Vergadering van het Benelux Comité van Ministers",
    slug="vergadering-comite-van-ministers-2038-06-21",
)
_EV_CVM_1213 = event(
    "Vergadering Comité van Ministers 13 december 2038",
    "volgende vergadering van het Comité van Ministers",
    slug="vergadering-comite-van-ministers-2038-12-13",
)
_M2038_3 = m_ins(
    "M(2038)3",
    "Decision",
    "Beschikking M (2038) 3 betreffende de uitwisseling van zaadmonsters tussen genenbanken",
)
_M2038_4 = m_ins("M(2038)4", "Decision", "Beschikking M (2038) 4")
_M2029_6 = m_ins(
    "M(2029)6",
    "Decision",
    "Beschikking M (2029) 6 inzake de erkenning van fytosanitaire certificaten",
)
_M2038_5 = m_ins(
    "M(2038)5",
    "Recommendation",
    "Aanbeveling M (2038) 5 betreffende een Benelux-meldpunt voor gezinsbijslagen",
)
_CGN = org(
    "Centrum voor Genetische Bronnen Nederland", "Centrum voor Genetische Bronnen Nederland", "CGN"
)
_WUR = org("Wageningen University & Research")
_MEISE = body("Plantentuin Meise")
_CRAW = body(
    "Centre wallon de Recherches agronomiques", "Centre wallon de Recherches agronomiques", "CRA-W"
)
_ILVO = body(
    "Instituut voor Landbouw-, Visserij- en Voedingsonderzoek",
    "Instituut voor Landbouw-, Visserij- en Voedingsonderzoek",
    "ILVO",
)
_ASTA = body(
    "Administration des services techniques de l'agriculture",
    "Administration des services techniques de l'agriculture",
    "ASTA",
)
_IPK = org(
    "Leibniz-Institut für Pflanzengenetik und Kulturpflanzenforschung",
    "Leibniz-Institut für Pflanzengenetik und Kulturpflanzenforschung",
    "IPK",
)
_WG_GEN = wg("Benelux-werkgroep Genenbanken")
_DECL_PGB = ins("Benelux-verklaring over het behoud van plantgenetische bronnen", "Declaration")
_FAO = org("Voedsel- en Landbouworganisatie", "Voedsel-en Landbouworganisatie", "FAO")
_CROP = org("Crop Trust")
_R1121 = ins("Aanbeveling 1121/2 over zaadsoevereiniteit", "Recommendation", "aanbeveling 1121/2")
SPECS[_Y03] = (
    [
        _EV_CVM_0621,
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Comité"),
        bu(),
        country(BE, "België", "Koninkrijk België"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden", "Nederland"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg"),
        region(NDS, "Nedersaksen"),
        country(FR, "Frankrijk"),
        person("Vincent Lemaire"),
        person("Femke Dijkstra"),
        person("Carole Thill"),
        person("Inga Brandt", "Brandt"),
        person("Joost Vermeiren"),
        bp("Beneluxparlement"),
        _COMM_DEM,
        _M2038_3,
        _CGN,
        _WUR,
        _MEISE,
        _CRAW,
        _M2038_4,
        _M2029_6,
        act("Verordening (EU) 2016/2031"),
        _WG_GEN,
        _DC_LV,
        _ILVO,
        _ASTA,
        _IPK,
        _DECL_PGB,
        act("Internationaal Verdrag inzake plantgenetische hulpbronnen voor voedsel en landbouw"),
        _FAO,
        sg(),
        _CROP,
        _M2038_5,
        _R1121,
        _EV_CVM_1213,
    ],
    [
        Rel(I_CVM, SUB, BU, "Onder Nederlands voorzitterschap kwam"),
        # Ministers per country in the heading list; a region's minister as guest; the
        # Parliament "Namens … woonde … bij" (set K). The Committee at its own meeting and the
        # host of the next one: nothing (set I).
        Rel(_EV_CVM_0621.iri, PART, BE, "voor het Koninkrijk België"),
        Rel(_EV_CVM_0621.iri, PART, NL, "voor het Koninkrijk der Nederlanden"),
        Rel(_EV_CVM_0621.iri, PART, LU, "voor het Groothertogdom Luxemburg"),
        Rel(_EV_CVM_0621.iri, PART, NDS, "schoof Inga Brandt"),
        Rel(_EV_CVM_0621.iri, PART, I_BP, "Namens het Beneluxparlement woonde"),
        # Adopted at the meeting: its date (sets E, Q).
        Rel(_M2038_3.iri, PASSED, I_CVM, "De ministers stelden Beschikking"),
        Rel(_M2038_3.iri, DATE, "2038-06-21", "De ministers stelden Beschikking"),
        # "CGN van Wageningen University & Research" ("X van Y", set W). The three bodies
        # that may exchange samples under the decision are not its participants.
        Rel(_CGN.iri, SUB, _WUR.iri, "Met deze beschikking kunnen"),
        Rel(_M2038_4.iri, PASSED, I_CVM, "Het Comité stelde tevens"),
        Rel(_M2038_4.iri, DATE, "2038-06-21", "Het Comité stelde tevens"),
        Rel(_M2038_4.iri, AMENDS, _M2029_6.iri, "Het Comité stelde tevens"),
        Rel(_M2029_6.iri, PASSED, I_CVM, "Het Comité stelde tevens"),
        # "die zal vallen onder" (settled future, set J); "nemen erin zitting"; an observer.
        Rel(_WG_GEN.iri, SUB, _DC_LV.iri, "Voor de uitvoering wordt de Benelux-werkgroep"),
        *[
            Rel(_WG_GEN.iri, PART, x.iri, "Het CGN, de Plantentuin Meise")
            for x in (_CGN, _MEISE, _ILVO, _CRAW, _ASTA)
        ],
        Rel(_WG_GEN.iri, PART, _IPK.iri, "neemt als waarnemer deel"),
        # "de drie ministers" are the three states of the heading list (set W); the region's
        # minister signs "namens Nedersaksen". France "geïnformeerd, maar … geen partij".
        *[
            Rel(_DECL_PGB.iri, PART, x, "Aan het slot van dit punt ondertekenden")
            for x in (BE, NL, LU, NDS)
        ],
        Rel(_DECL_PGB.iri, DATE, "2038-06-21", "Aan het slot van dit punt ondertekenden"),
        # "zal … samenwerken met" (settled, set J).
        Rel(I_SG, COOP, _CROP.iri, "Het Secretariaat-Generaal zal voor de opslag"),
        Rel(_M2038_5.iri, PASSED, I_CVM, "Het Comité nam Aanbeveling"),
        Rel(_M2038_5.iri, DATE, "2038-06-21", "Het Comité nam Aanbeveling"),
        Rel(_R1121.iri, PASSED, I_BP, "De ministers keurden het antwoord goed"),
    ],
)

# --- y04: Benelux Parliament committee report, 21 March 2039 (drinking water) --------------
_Y04 = "y04_committee_report_drinking_water"
_EV_COMM_0321 = event(
    "Vergadering commissie Duurzaamheid, Energie en Mobiliteit 21 maart 2039",
    "vergadering van de commissie Duurzaamheid, Energie en Mobiliteit",
    slug="vergadering-commissie-duurzaamheid-energie-en-mobiliteit-2039-03-21",
)
_EV_COMM_0509 = event(
    "Vergadering commissie Duurzaamheid, Energie en Mobiliteit 9 mei 2039",
    "volgende vergadering van de commissie",
    slug="vergadering-commissie-duurzaamheid-energie-en-mobiliteit-2039-05-09",
)
_EV_PLEN = event(
    "Plenaire zitting Benelux-Parlement juni 2039",
    "plenaire zitting van juni 2039",
    slug="plenaire-zitting-benelux-parlement-2039-06",
)
_VEWIN = org("Vewin")
_SWDE = org("Société wallonne des eaux", "Société wallonne des eaux", "SWDE")
_AGE = body("Administration de la gestion de l'eau", "Administration de la gestion de l'eau", "AGE")
_AQF = org("AquaFlanders")
_RIWA = org("RIWA-Maas")
_IMC = org("Internationale Maascommissie")
_DRAFT_DW = ins(
    "Ontwerpaanbeveling over de kwaliteit van drinkwater in de grensstreek",
    "Recommendation",
    "Ontwerpaanbeveling over de kwaliteit van drinkwater in de grensstreek",
    "ontwerpaanbeveling over de kwaliteit van drinkwater in de grensstreek",
)
_R1098 = ins(
    "Aanbeveling 1098/2 over grensoverschrijdende drinkwaterlevering",
    "Recommendation",
    "aanbeveling 1098/2 over grensoverschrijdende drinkwaterlevering",
    "aanbeveling 1098/2",
)
_WG_WATER = wg("Benelux-werkgroep Water", "Benelux-werkgroep Water", "werkgroep Water")
_NET_NOOD = wg("Benelux-netwerk Noodlevering Drinkwater")
_DWG = org("De Watergroep")
_EVIDES = org("Evides")
_SEBES = org("SEBES")
SPECS[_Y04] = (
    [
        bp("BENELUX-PARLEMENT", "Benelux-Parlement", "Parlement"),
        _COMM_DEM,
        _EV_COMM_0321,
        *[
            person(n, *short)
            for n, *short in (
                ("Annelies Goris",),
                ("Jonas De Meyer",),
                ("Sébastien Lecomte",),
                ("Ruud Schoonhoven", "Schoonhoven"),
                ("Meryem Aydın",),
                ("Wouter Bakker",),
                ("Claude Hoffmann",),
                ("Lisa Reuter",),
                ("Pieter Vanhecke",),
                ("Karin Oosterveld",),
                ("Thomas Renard",),
                ("Michèle Weber",),
                ("Dirk Peeters",),
                ("Bernard Kinnen",),
                ("Nathalie Dufour",),
            )
        ],
        _VEWIN,
        act("Richtlijn (EU) 2020/2184"),
        _SWDE,
        country(LU, "Luxemburg", "Luxemburg", "Groothertogdom"),
        _AGE,
        _AQF,
        _RIWA,
        _IMC,
        known(WAL, "NationalBody", "Waals Gewest"),
        _RIVM,
        _DRAFT_DW,
        _EV_PLEN,
        cvm("Comité van Ministers", "Comité"),
        _R1098,
        csg(),
        _WG_WATER,
        _DC_LM,
        _NET_NOOD,
        _DWG,
        _EVIDES,
        _SEBES,
        region(NRW, "Noordrijn-Westfalen"),
        _EV_COMM_0509,
    ],
    [
        Rel(_COMM_DEM.iri, SUB, I_BP, "van de vergadering van de commissie Duurzaamheid"),
        # Experts speaking "namens" a body, "Voor Luxemburg lichtte X van Y toe" (the state and
        # the body), the Committee of Ministers speaking "Namens" it (set K). The RIVM's written
        # contribution, the excused Walloon Region and the IMC that "neemt … niet deel": nothing.
        Rel(_EV_COMM_0321.iri, PART, _VEWIN.iri, "Namens Vewin"),
        Rel(_EV_COMM_0321.iri, PART, _SWDE.iri, "Thomas Renard sprak namens"),
        Rel(_EV_COMM_0321.iri, PART, LU, "Voor Luxemburg lichtte"),
        Rel(_EV_COMM_0321.iri, PART, _AGE.iri, "Voor Luxemburg lichtte"),
        Rel(_EV_COMM_0321.iri, PART, _AQF.iri, "Tot slot gaf Dirk Peeters"),
        Rel(_EV_COMM_0321.iri, PART, I_CVM, "Namens het Comité van Ministers gaf"),
        Rel(_VEWIN.iri, COOP, _RIWA.iri, "Vewin en AquaFlanders werken"),
        Rel(_AQF.iri, COOP, _RIWA.iri, "Vewin en AquaFlanders werken"),
        # The draft adopted in committee: no issuer, no date (set J).
        Rel(_R1098.iri, PASSED, I_BP, "Het Comité van Ministers heeft op 12 februari"),
        Rel(_R1098.iri, DATE, "2035-12-07", "Het Comité van Ministers heeft op 12 februari"),
        Rel(_WG_WATER.iri, SUB, _DC_LM.iri, "Hij meldde dat de Benelux-werkgroep Water"),
        # "dat onder de werkgroep Water valt en waarin ook NRW als waarnemer deelneemt"; the
        # three companies that supply each other "via" the network are its participants.
        Rel(_NET_NOOD.iri, SUB, _WG_WATER.iri, "In zijn antwoord schrijft het Comité"),
        *[
            Rel(_NET_NOOD.iri, PART, x, "In zijn antwoord schrijft het Comité")
            for x in (_DWG.iri, _EVIDES.iri, _SEBES.iri, NRW)
        ],
    ],
)

# --- y05: press release of the Flemish Government, 12 May 2038 (wind-turbine noise) --------
_Y05 = "y05_press_windturbine_noise"
_VREG = body("Vlaamse Regering")
_AGR_WT = ins(
    "Administratieve afspraak over de gemeenschappelijke meting van windturbinegeluid in de grensstreek",
    "Agreement",
    "afspraak over de gemeenschappelijke meting van windturbinegeluid in de grensstreek",
)
_WG_WT = wg("Benelux-werkgroep Windturbinegeluid")
_DOMG = body("Departement Omgeving")
_M2036_8 = m_ins(
    "M(2036)8",
    "Recommendation",
    "Aanbeveling M (2036) 8 betreffende geluidsnormen voor windturbines in de grensstreek",
)
_DREAL = org(
    "Direction régionale de l'environnement, de l'aménagement et du logement",
    "Direction régionale de l'environnement, de l'aménagement et du logement",
    "DREAL",
)
_EV_WT_0624 = event(
    "Vergadering Benelux-werkgroep Windturbinegeluid 24 juni 2038",
    "volgende vergadering",
    slug="vergadering-benelux-werkgroep-windturbinegeluid-2038-06-24",
)
_VEKA = body("Vlaams Energie- en Klimaatagentschap", "Vlaams Energie- en Klimaatagentschap", "VEKA")
SPECS[_Y05] = (
    [
        _VREG,
        known(VLG, "NationalBody", "Vlaams Gewest", "Vlaams Gewest", "Vlaanderen"),
        country(NL, "Nederland"),
        region(HDF, "Hauts-de-France", "Région Hauts-de-France"),
        person("Lotte Verbeke", "Verbeke"),
        person("Sander Bosveld"),
        person("Franck Delattre"),
        person("Koen Vandenberghe"),
        _AGR_WT,
        _WG_WT,
        _DC_LM,
        bu(),
        sg(),
        _DOMG,
        _RIVM,
        country(LU, "Luxemburg"),
        _ADE,
        known(WAL, "NationalBody", "Waals Gewest"),
        _SPW,
        _M2036_8,
        cvm("Comité van Ministers"),
        act("Richtlijn 2002/49/EG"),
        _WHO_EU,
        _WHO,
        _DREAL,
        _EV_WT_0624,
        region(NDS, "Nedersaksen"),
        _VEKA,
    ],
    [
        # "Partijen bij de afspraak zijn"; signed "gisteren" against the dateline (sets G/H).
        *[Rel(_AGR_WT.iri, PART, x, "Partijen bij de afspraak zijn") for x in (VLG, NL, HDF)],
        Rel(_AGR_WT.iri, DATE, "2038-05-11", "heeft gisteren in Ieper"),
        # A quote's "We" is the region the minister speaks for (set Q); "betrekken we nu ook
        # Hauts-de-France" restates the agreement's parties: no second relation.
        Rel(VLG, COOP, NL, "We werken al jaren samen met"),
        # "valt onder X van de Benelux Unie" (both parents); "gecoördineerd door" (a
        # coordinating body takes part, sets G/H).
        Rel(_WG_WT.iri, SUB, _DC_LM.iri, "Die werkgroep\nvalt onder"),
        Rel(_DC_LM.iri, SUB, BU, "Die werkgroep\nvalt onder"),
        Rel(_WG_WT.iri, PART, I_SG, "Die werkgroep\nvalt onder"),
        # "Voor Vlaanderen zit X in de werkgroep, voor Nederland Y en voor Luxemburg Z".
        *[
            Rel(_WG_WT.iri, PART, x, "Voor Vlaanderen zit het Departement")
            for x in (VLG, _DOMG.iri, NL, _RIVM.iri, LU, _ADE.iri)
        ],
        # "treedt op 1 september 2038 toe" (settled future, set J); represented by the SPW.
        Rel(_WG_WT.iri, PART, WAL, "Het Waals Gewest treedt"),
        Rel(_WG_WT.iri, PART, _SPW.iri, "Het Waals Gewest treedt"),
        Rel(_M2036_8.iri, PASSED, I_CVM, "De methode bouwt voort op"),
        Rel(_M2036_8.iri, DATE, "2036-12-08", "De methode bouwt voort op"),
        Rel(_WHO_EU.iri, SUB, _WHO.iri, "Voor de\ngezondheidseffecten volgt"),
        # An observer "vanaf de volgende vergadering" (settled future): of the group and of
        # that meeting. Hauts-de-France nested in the DREAL's name: no relation. Lower Saxony
        # shares data "maar is geen lid": nothing.
        Rel(_WG_WT.iri, PART, _DREAL.iri, "De DREAL neemt vanaf"),
        Rel(_EV_WT_0624.iri, PART, _DREAL.iri, "De DREAL neemt vanaf"),
        Rel(_VEKA.iri, COOP, _DOMG.iri, "werkt voor de vergunningen samen"),
    ],
)

# --- y06: minutes of the 14th meeting of the Directiecomité Volksgezondheid, 3 Feb. 2039 ----
_Y06 = "y06_minutes_directiecomite_pharmacy"
_MEET14 = event(
    "14e vergadering Directiecomité Volksgezondheid 3 februari 2039",
    "14e vergadering",
    slug="vergadering-directiecomite-volksgezondheid-2039-02-03",
)
_MEET13 = event(
    "13e vergadering Directiecomité Volksgezondheid 29 oktober 2038",
    "13e vergadering",
    slug="vergadering-directiecomite-volksgezondheid-2038-10-29",
)
_MEET15 = event(
    "15e vergadering Directiecomité Volksgezondheid 12 mei 2039",
    "15e vergadering",
    slug="vergadering-directiecomite-volksgezondheid-2039-05-12",
)
_FODV = body("FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu")
_FAGG = body(
    "Federaal Agentschap voor Geneesmiddelen en Gezondheidsproducten",
    "Federaal Agentschap voor Geneesmiddelen en Gezondheidsproducten",
    "FAGG",
)
_DZORG = body("Departement Zorg")
_VWS = body(
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    "VWS",
)
_CBG = body(
    "College ter Beoordeling van Geneesmiddelen",
    "College ter Beoordeling van Geneesmiddelen",
    "CBG",
)
_IGJ = body("Inspectie Gezondheidszorg en Jeugd", "Inspectie Gezondheidszorg en Jeugd", "IGJ")
_DSANTE = body("Direction de la santé")
_MSSS = body("Ministère de la Santé et de la Sécurité sociale")
_MWG_RLP = org("Ministerium für Wissenschaft und Gesundheit Rheinland-Pfalz")
_APB = org("Algemene Pharmaceutische Bond", "Algemene Pharmaceutische Bond", "APB")
_KNMP = org(
    "Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie",
    "Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie",
    "KNMP",
)
_SPL = org("Syndicat des pharmaciens luxembourgeois")
_CNS = body("Caisse nationale de santé", "Caisse nationale de santé", "CNS")
_M2038_11 = m_ins(
    "M(2038)11",
    "Decision",
    "Beschikking M (2038) 11 betreffende de erkenning van elektronische geneesmiddelenvoorschriften in de Benelux",
)
_EMA = org("Europees Geneesmiddelenbureau", "Europees Geneesmiddelenbureau", "EMA")
_WG_APO = wg(
    "Benelux-werkgroep Apotheekzorg over de Grens",
    "Benelux-werkgroep Apotheekzorg over de Grens",
    "werkgroep Apotheekzorg over de Grens",
)
_PGEU = org(
    "Pharmaceutical Group of the European Union",
    "Pharmaceutical Group of the European Union",
    "PGEU",
)
_MEMBERS_Y06 = (
    (BE, "Delegatie België"),
    (NL, "Delegatie Nederland"),
    (LU, "Delegatie Luxemburg"),
    (_FODV.iri, "Anne Verstraete ...."),
    (_FAGG.iri, "Pieter Claessens ...."),
    (_DZORG.iri, "Hilde Maes ...."),
    (_VWS.iri, "Ilse Rademaker ...."),
    (_CBG.iri, "Bart Hulshof ...."),
    (_IGJ.iri, "Ton Grevink ...."),
    (_DSANTE.iri, "Nadine Kayser ...."),
    (_MSSS.iri, "Paul Wirtz ...."),
    (_MWG_RLP.iri, "Stefan Kühn ...."),
)
SPECS[_Y06] = (
    [
        bu(),
        sg(),
        _DC_VG,
        _MEET14,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        *[
            person(n, *short)
            for n, *short in (
                ("Anne Verstraete",),
                ("Pieter Claessens",),
                ("Hilde Maes",),
                ("Ilse Rademaker", "Rademaker"),
                ("Bart Hulshof",),
                ("Ton Grevink",),
                ("Nadine Kayser",),
                ("Paul Wirtz",),
                ("Stefan Kühn", "Kühn"),
                ("Els Wouters",),
                ("Joris van Leeuwen",),
                ("Luc Thinnes",),
                ("Yasmine El Amrani",),
                ("Marc Origer",),
            )
        ],
        _FODV,
        _FAGG,
        _DZORG,
        _VWS,
        _CBG,
        _IGJ,
        _DSANTE,
        _MSSS,
        _MWG_RLP,
        region(RLP, "Rijnland-Palts", "Rheinland-Pfalz"),
        _APB,
        _KNMP,
        _SPL,
        _CNS,
        _MEET13,
        cvm("Comité van Ministers"),
        _M2038_11,
        act("Richtlijn 2011/24/EU"),
        act("Verordening (EU) 2025/327"),
        _EMA,
        _WG_APO,
        _PGEU,
        csg(),
        _DG,
        _MEET15,
    ],
    [
        # The attendance list (set P): the delegations' states and bodies and the observer
        # take part in the meeting and in the Directiecomité; the guests at item 3 and the
        # secretariat in the meeting only; the excused member in the Directiecomité only. The
        # chair's role gives nothing more; Rheinland-Pfalz nested in the ministry's name gives
        # nothing (set J).
        *[Rel(_MEET14.iri, PART, x, ev) for x, ev in _MEMBERS_Y06],
        Rel(_MEET14.iri, PART, _APB.iri, "Els Wouters ...."),
        Rel(_MEET14.iri, PART, _KNMP.iri, "Joris van Leeuwen ...."),
        Rel(_MEET14.iri, PART, _SPL.iri, "Luc Thinnes ...."),
        Rel(_MEET14.iri, PART, I_SG, "Yasmine El Amrani ...."),
        *[Rel(_DC_VG.iri, PART, x, ev) for x, ev in _MEMBERS_Y06],
        Rel(_DC_VG.iri, PART, _CNS.iri, "Marc Origer ...."),
        Rel(_M2038_11.iri, PASSED, I_CVM, "Het secretariaat herinnert eraan"),
        Rel(_M2038_11.iri, DATE, "2038-12-13", "Het secretariaat herinnert eraan"),
        # Two subjects "werken samen met" (set J).
        Rel(_FAGG.iri, COOP, _EMA.iri, "meldt dat het FAGG en het CBG"),
        Rel(_CBG.iri, COOP, _EMA.iri, "meldt dat het FAGG en het CBG"),
        # "die onder het directiecomité valt"; "In die werkgroep hebben X, Y, Z en W zitting".
        Rel(_WG_APO.iri, SUB, _DC_VG.iri, "De Benelux-werkgroep Apotheekzorg over de Grens, die"),
        *[
            Rel(_WG_APO.iri, PART, x.iri, "In die werkgroep hebben")
            for x in (_FAGG, _DSANTE, _CBG, _CNS)
        ],
        # PGEU "niet … betrokken"; the German-speaking Community only invited: nothing.
        # "waaraan het rapporteert"; "zal … samenwerken met" (settled, set J).
        Rel(_DC_VG.iri, SUB, I_CSG, "legt zijn jaarverslag 2038 voor"),
        Rel(_DC_VG.iri, COOP, RLP, "zal voor de opleiding van apothekersassistenten"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
