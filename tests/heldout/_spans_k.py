# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of measurement set K (tests/heldout/gold/l01…l06).

Set K is held out: it was written in session 5 by a helper that never read the extractor's
code, patterns, reference data or output, never ran the extractor or ``evaluate_set.py``, and
never opened set B. It has one document of each kind, on policy fields the other sets do not
cover: an annual-plan chapter (regulated professions and services in the internal market), an
evaluation chapter (customs cooperation), a Kamerbrief (cross-border spatial planning), a news
page of the Benelux Parliament (a committee hearing on CO2 transport), a Benelux Publicatieblad
index (January-June 2025) and answers to parliamentary questions (illegal waste shipments). It
exercises relations stated in varied ways: participants in bullet lists, in a text table, in
a passive ("ondertekend door de ministers … van"), across two sentences with a pronoun ("Ook
Noordrijn-Westfalen werkt mee. Het Land wordt … vertegenwoordigd door"), as chairs, observers,
co-organisers, guests and members joining; parents ("is ondergebracht bij", "legt
verantwoording af aan", "ressorteert onder", "rapporteert via X aan Y", "Onder X zijn twee
werkgroepen actief", a note under an index entry); cooperation with two subjects or two
objects; dates in a heading, in a footnote, in an index line and in a rectification;
amendments ("vervangt", "gewijzigd bij", "tot wijziging van", "zoals gewijzigd bij", a
protocol); issuing bodies named in a section heading. The offset helpers and the JSON writer
are those of ``_spans.py`` (set A), which in turn imports the matching rules of
``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_k.py              # write gold/l01…l06.json, verify every span
    python tests/heldout/_spans_k.py review DOC   # every hit and evidence in context
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


def ec() -> Any:
    return Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"])


# Entities that also occur in the seeds or in sets A and C-J keep their IRIs there; those
# shared by two K documents are built once.
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_DC_LM = wg("Directiecomité Leefmilieu")
_SPW = body("Service public de Wallonie")
_AEV = body("Administration de l'environnement")
_EMLKT = org("Eurometropool Lille-Kortrijk-Tournai")
_HBR = org("Havenbedrijf Rotterdam")
_AADA = body("Algemene Administratie van Douane en Accijnzen")
_DN = body("Douane Nederland")
# New to set K, shared by two of its documents.
_R958 = Ent(
    "id/instrument/aanbeveling-958-2-over-de-erkenning-van-beroepskwalificaties-in-de-bouwsector",
    "Recommendation",
    "Aanbeveling 958/2 over de erkenning van beroepskwalificaties in de bouwsector",
    [
        "Aanbeveling 958/2 over de erkenning van beroepskwalificaties in de bouwsector",
        "aanbeveling 958/2",
    ],
)
_AGR_DOUANE = ins(
    "Overeenkomst betreffende de administratieve en strafrechtelijke bijstand inzake douane en accijnzen",
    "Agreement",
    "Overeenkomst tussen België, Luxemburg en Nederland betreffende de administratieve en strafrechtelijke bijstand inzake douane en accijnzen",
)
_M2020_11_IRI = "id/instrument/m-2020-11"
_M2023_11_IRI = "id/instrument/m-2023-11"
_M2025_2_IRI = "id/instrument/m-2025-2"
_M2025_8_IRI = "id/instrument/m-2025-8"
_WG_AFV = wg("Benelux-werkgroep Afvaltransporten")
_SOG = ins("Samenwerkingsovereenkomst Grensoverschrijdende Planning", "Agreement")


def benelux_countries() -> list[Any]:
    return [country(BE, "België"), country(NL, "Nederland"), country(LU, "Luxemburg")]


SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- l01: annual plan 2026, chapter 3 (regulated professions, services) ----------------------
_L01 = "l01_annual_plan_internal_market"
_WG_GB = wg("Benelux-werkgroep Gereglementeerde Beroepen")
_DC_IM = wg("Directiecomité Interne Markt")
_FODE = Ent(
    "id/organisation/fod-economie",
    "NationalBody",
    "FOD Economie",
    ["FOD Economie, K.M.O., Middenstand en Energie"],
)
_DUO = body("Dienst Uitvoering Onderwijs", "Dienst Uitvoering Onderwijs", "DUO")
_NCP = body("Nationaal Coördinatiepunt Beroepskwalificaties")
_MECO = body("Ministère de l'Économie")
_M2025_13 = m_number(
    "M(2025)13",
    "Decision",
    "Beschikking M (2025) 13",
    "beschikking betreffende de vereenvoudigde melding bij tijdelijke dienstverrichting door gereglementeerde beroepen",
)
_M2019_4 = m_number("M(2019)4", "Recommendation", "Aanbeveling M (2019) 4")
_WG_NO = wg("Benelux-netwerk Ondernemersloketten")
_KVK = body("Kamer van Koophandel")
_VLAIO = body("Agentschap Innoveren & Ondernemen")
_HOE = body("House of Entrepreneurship")
_IHK = org("Industrie- und Handelskammer Aachen")
_SOLVIT = org("SOLVIT")
SPECS[_L01] = (
    [
        bu(),
        _GWP_2025,
        sg(),
        _WG_GB,
        _DC_IM,
        csg(),
        _FODE,
        _DUO,
        _NCP,
        _MECO,
        ec(),
        act("Richtlijn 2005/36/EG"),
        _M2025_13,
        cvm("Comité van Ministers"),
        _M2019_4,
        _R958,
        bp("Benelux-Parlement"),
        _WG_NO,
        _KVK,
        _VLAIO,
        _HOE,
        _IHK,
        act("Richtlijn 2006/123/EG", "Richtlijn 2006/123/EG", "Dienstenrichtlijn"),
        act("Verordening (EU) 2018/1724"),
        _SOLVIT,
    ],
    [
        Rel(_WG_GB.iri, SUB, _DC_IM.iri, "is ondergebracht bij het Directiecomité Interne"),
        # "legt verantwoording af aan" reads as "rapporteert aan" (sets A, E).
        Rel(_DC_IM.iri, SUB, I_CSG, "is ondergebracht bij het Directiecomité Interne"),
        Rel(_WG_GB.iri, PART, _FODE.iri, "de FOD Economie, K.M.O."),
        Rel(_WG_GB.iri, PART, _DUO.iri, "de Dienst Uitvoering Onderwijs"),
        Rel(_WG_GB.iri, PART, _MECO.iri, "het Luxemburgse Ministère"),
        # A national unit "ondergebracht" at an agency is under it (a body, not a region).
        Rel(_NCP.iri, SUB, _DUO.iri, "de Dienst Uitvoering Onderwijs"),
        Rel(_WG_GB.iri, PART, EC, "De Europese Commissie volgt"),
        # The number and the date stand in the section heading.
        Rel(_M2025_13.iri, PASSED, I_CVM, "beroepen heeft het Comité van Ministers"),
        Rel(_M2025_13.iri, DATE, "2025-12-15", "Beschikking M (2025) 13 van 15 december 2025"),
        Rel(_M2025_13.iri, AMENDS, _M2019_4.iri, "Zij vervangt Aanbeveling M (2019) 4"),
        Rel(_M2019_4.iri, PASSED, I_CVM, "Aanbeveling M (2019) 4 van het Comité"),
        Rel(_M2019_4.iri, DATE, "2019-06-17", "Aanbeveling M (2019) 4 van het Comité"),
        Rel(_R958.iri, PASSED, I_BP, "door het Benelux-Parlement aangenomen"),
        Rel(_R958.iri, DATE, "2025-06-21", "door het Benelux-Parlement aangenomen"),
        *[Rel(_WG_NO.iri, PART, x.iri, "Eraan deelnemen") for x in (_KVK, _VLAIO, _HOE)],
        # A member joining in the plan year is stated as settled (set J).
        Rel(_WG_NO.iri, PART, _IHK.iri, "sluit zich in 2026 bij het netwerk"),
        Rel(_SOLVIT.iri, COOP, I_SG, "SOLVIT werkt samen met het Secretariaat-Generaal"),
        Rel(I_SG, COOP, EC, "Samen met de Europese Commissie analyseert"),
    ],
)

# --- l02: evaluation report, chapter 4 on customs cooperation -------------------------------
_L02 = "l02_evaluation_customs"
_M2020_11 = m_number("M(2020)11", "Decision", "Beschikking M (2020) 11")
_M2023_11 = m_number("M(2023)11", "Decision", "Beschikking M (2023) 11")
_SOD = wg(
    "Strategisch Overleg Douane en Accijnzen",
    "Strategisch Overleg Douane en Accijnzen",
    "Strategisch Overleg",
)
_ADA = body("Administration des douanes et accises")
_WG_GC = wg(
    "Werkgroep Gezamenlijke Controles", "werkgroep Gezamenlijke Controles", "Gezamenlijke Controles"
)
_WG_RA = wg("Werkgroep Risicoanalyse", "werkgroep Risicoanalyse", "Risicoanalyse")
_GZD = org("Generalzolldirektion")
_DGDDI = org(
    "Direction générale des douanes et droits indirects",
    "Direction générale des douanes et droits indirects",
    "DGDDI",
)
_OLAF = org(
    "Europees Bureau voor fraudebestrijding", "Europees Bureau voor fraudebestrijding", "OLAF"
)
_EV_JV = event(
    "Jaarvergadering van het Strategisch Overleg Douane en Accijnzen van 24 april 2024",
    "jaarvergadering van het Strategisch Overleg",
    slug="jaarvergadering-strategisch-overleg-douane-en-accijnzen-2024-04-24",
)
SPECS[_L02] = (
    [
        bu("Benelux Economische Unie"),
        _AGR_DOUANE,
        *benelux_countries(),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        act("Verordening (EG) nr. 515/97"),
        act(
            "Verordening (EU) nr. 952/2013",
            "Verordening (EU) nr. 952/2013",
            "Douanewetboek van de Unie",
        ),
        _M2020_11,
        _M2023_11,
        cvm("Comité van Ministers"),
        _SOD,
        _AADA,
        _DN,
        _ADA,
        _WG_GC,
        _WG_RA,
        _GZD,
        _DGDDI,
        _HBR,
        _OLAF,
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        _EV_JV,
        region(NRW, "Noordrijn-Westfalen"),
        org("Erasmus Universiteit Rotterdam"),
        sg(),
    ],
    [
        # The parties of the title are its participants (seed rule).
        *[
            Rel(_AGR_DOUANE.iri, PART, c, "berust nog steeds op de Overeenkomst")
            for c in (BE, LU, NL)
        ],
        Rel(_AGR_DOUANE.iri, DATE, "1952-09-05", "berust nog steeds op de Overeenkomst"),
        Rel(
            _M2020_11.iri, PASSED, I_CVM, "Het Comité van Ministers stelde haar op 7 december 2020"
        ),
        Rel(
            _M2020_11.iri,
            DATE,
            "2020-12-07",
            "Het Comité van Ministers stelde haar op 7 december 2020",
        ),
        Rel(_M2023_11.iri, AMENDS, _M2020_11.iri, "zij werd gewijzigd bij Beschikking M (2023) 11"),
        Rel(_M2023_11.iri, PASSED, I_CVM, "zij werd gewijzigd bij Beschikking M (2023) 11"),
        Rel(_M2023_11.iri, DATE, "2023-06-12", "zij werd gewijzigd bij Beschikking M (2023) 11"),
        # "ressorteert onder" reads as "valt onder".
        Rel(_SOD.iri, SUB, I_CVM, "dat ressorteert onder het Comité van Ministers"),
        *[
            Rel(_SOD.iri, PART, x.iri, "In het overleg hebben de Algemene")
            for x in (_AADA, _DN, _ADA)
        ],
        Rel(_WG_GC.iri, SUB, _SOD.iri, "Onder het Strategisch Overleg zijn twee werkgroepen"),
        Rel(_WG_RA.iri, SUB, _SOD.iri, "Onder het Strategisch Overleg zijn twee werkgroepen"),
        Rel(_WG_GC.iri, PART, _GZD.iri, "De Duitse Generalzolldirektion is sinds 2021"),
        Rel(_WG_RA.iri, PART, _DGDDI.iri, "Aan de werkgroep Risicoanalyse neemt"),
        # Two subjects, one object: one relation per subject (set J).
        Rel(_DN.iri, COOP, _HBR.iri, "werken voor de containercontroles samen met"),
        Rel(_AADA.iri, COOP, _HBR.iri, "werken voor de containercontroles samen met"),
        Rel(_EV_JV.iri, PART, _OLAF.iri, "OLAF en Europol namen ook deel"),
        Rel(_EV_JV.iri, PART, EUROPOL, "OLAF en Europol namen ook deel"),
    ],
)

# --- l03: letter to parliament on cross-border spatial planning -----------------------------
_L03 = "l03_letter_spatial_planning"
_VRO = body("Ministerie van Volkshuisvesting en Ruimtelijke Ordening")
_EV_CD = event(
    "Commissiedebat Ruimtelijke Ordening van 3 juli 2025",
    "commissiedebat Ruimtelijke Ordening",
    slug="commissiedebat-ruimtelijke-ordening-2025-07-03",
)
_M2025_8_L03 = m_number(
    "M(2025)8",
    "Decision",
    "Beschikking M (2025) 8",
    "Beschikking M (2025) 8 inzake de wederzijdse kennisgeving van ruimtelijke plannen in de grensstreek",
)
_WG_RO = wg("Benelux-werkgroep Ruimtelijke Ontwikkeling")
_DO = body("Departement Omgeving")
_DAT = body("Département de l'aménagement du territoire")
_MHKBD = org("Ministerium für Heimat, Kommunales, Bau und Digitalisierung")
_EMR = org("Euregio Maas-Rijn")
_EDR = org("Eems Dollard Regio")
_EV_CONF = event("Benelux-conferentie Ruimte over de Grens")
_DECL_LP = ins("Benelux-verklaring over grensoverschrijdende landschapsparken", "Declaration")
SPECS[_L03] = (
    [
        _VRO,
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _EV_CD,
        cvm("Benelux Comité van Ministers"),
        _M2025_8_L03,
        act("Richtlijn 2001/42/EG"),
        act("Verdrag van Espoo"),
        _WG_RO,
        _DO,
        _DAT,
        _SPW,
        region(NRW, "Noordrijn-Westfalen"),
        _MHKBD,
        _DC_LM,
        csg(),
        _EMR,
        _EDR,
        sg(),
        _EMLKT,
        _SOG,
        country(FR, "Frankrijk"),
        _EV_CONF,
        region(GR, "Grande Région"),
        *benelux_countries(),
        Ent("id/event/benelux-top-2025", "Meeting", "Benelux-top 2025", ["Benelux-top"]),
        _DECL_LP,
        region(HDF, "Hauts-de-France"),
        person("Mona Keijzer"),
    ],
    [
        Rel(
            _M2025_8_L03.iri,
            PASSED,
            I_CVM,
            "heeft het Benelux Comité van Ministers op 16 juni 2025",
        ),
        Rel(
            _M2025_8_L03.iri,
            DATE,
            "2025-06-16",
            "heeft het Benelux Comité van Ministers op 16 juni 2025",
        ),
        # The chair takes part (sets G/H).
        Rel(_WG_RO.iri, PART, _DO.iri, "onder voorzitterschap van het Vlaamse"),
        # "Mijn ministerie": the writer's ministry, named in full in the letterhead (set J's
        # rule for bodies named by description).
        *[Rel(_WG_RO.iri, PART, x.iri, "het Luxemburgse Département") for x in (_VRO, _DAT, _SPW)],
        # Across two sentences: "Het Land" is NRW, represented by its ministry.
        Rel(_WG_RO.iri, PART, NRW, "Ook Noordrijn-Westfalen werkt mee"),
        Rel(_WG_RO.iri, PART, _MHKBD.iri, "Het Land wordt in de werkgroep"),
        # "rapporteert via X aan Y": the group is under X, X under Y.
        Rel(_WG_RO.iri, SUB, _DC_LM.iri, "De werkgroep rapporteert via het Directiecomité"),
        Rel(_DC_LM.iri, SUB, I_CSG, "De werkgroep rapporteert via het Directiecomité"),
        Rel(_WG_RO.iri, COOP, _EMR.iri, "werkt de werkgroep samen met de"),
        Rel(_WG_RO.iri, COOP, _EDR.iri, "werkt de werkgroep samen met de"),
        Rel(_SOG.iri, PART, I_SG, "hebben bovendien op 3 april 2025"),
        Rel(_SOG.iri, PART, _EMLKT.iri, "hebben bovendien op 3 april 2025"),
        Rel(_SOG.iri, DATE, "2025-04-03", "hebben bovendien op 3 april 2025"),
        Rel(_EV_CONF.iri, PART, I_SG, "Het Secretariaat-Generaal organiseert haar"),
        Rel(_EV_CONF.iri, PART, GR, "Het Secretariaat-Generaal organiseert haar"),
        Rel(_EV_CONF.iri, PART, NL, "Nederland is vertegenwoordigd door mijn ministerie"),
        Rel(_EV_CONF.iri, PART, _VRO.iri, "Nederland is vertegenwoordigd door mijn ministerie"),
        *[
            Rel(_DECL_LP.iri, PART, c, "die België, Nederland en Luxemburg op 4 december 2024")
            for c in (BE, NL, LU)
        ],
        Rel(
            _DECL_LP.iri,
            DATE,
            "2024-12-04",
            "die België, Nederland en Luxemburg op 4 december 2024",
        ),
        # An endorser is a participant (set F).
        Rel(_DECL_LP.iri, PART, HDF, "Hauts-de-France onderschreef de verklaring"),
    ],
)

# --- l04: news page of the Benelux Parliament, committee hearing on CO2 transport -----------
_L04 = "l04_news_parliament_co2"
_COMM = wg(
    "Commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
    "commissie Duurzaamheid, Energie en Mobiliteit van het Beneluxparlement",
    "commissie Duurzaamheid, Energie en Mobiliteit",
)
_EV_HZ = event(
    "Hoorzitting over CO2-transport van de commissie Duurzaamheid, Energie en Mobiliteit van 17 oktober 2025",
    "hoorzitting over CO2-transport",
    slug="hoorzitting-commissie-duurzaamheid-energie-en-mobiliteit-2025-10-17",
)
_POAB = org("Port of Antwerp-Bruges")
_FLUXYS = org("Fluxys")
_GASUNIE = org("Gasunie")
_DECL_CO2 = ins("Benelux-intentieverklaring over grensoverschrijdend CO2-transport", "Declaration")
_DRAFT = ins(
    "Ontwerpaanbeveling over grensoverschrijdende CO2-infrastructuur",
    "Recommendation",
    "ontwerpaanbeveling over grensoverschrijdende CO2-infrastructuur",
)
_PENTA = Ent(
    "id/working-group/pentalateraal-energieforum",
    "WorkingGroup",
    "Pentalateraal Energieforum",
    ["Pentalateraal Energieforum"],
)
_IPR = org("Interregionale Parlementaire Raad")
_LANDTAG = org("Landtag van Noordrijn-Westfalen")
SPECS[_L04] = (
    [
        bp("Beneluxparlement", "BENELUXPARLEMENT"),
        _COMM,
        _EV_HZ,
        _HBR,
        _POAB,
        _FLUXYS,
        _GASUNIE,
        sg(),
        person("Luc Verhoeven"),
        person("Claude Haagen"),
        _DECL_CO2,
        *benelux_countries(),
        region(NRW, "Noordrijn-Westfalen"),
        act("Richtlijn 2009/31/EG"),
        act("Londen-protocol"),
        ec(),
        _DRAFT,
        Ent(
            "id/event/plenaire-zitting-benelux-parlement-2026-03",
            "Meeting",
            "Plenaire zitting Benelux-Parlement maart 2026",
            ["plenaire zitting van 20 maart 2026"],
        ),
        person("Jeroen Wijnands"),
        cvm("Comité van Ministers"),
        _PENTA,
        country(DE, "Duitsland"),
        country(FR, "Frankrijk"),
        _IPR,
        region(GR, "Grande Région"),
        _LANDTAG,
    ],
    [
        Rel(_COMM.iri, SUB, I_BP, "De commissie Duurzaamheid, Energie en Mobiliteit van het"),
        *[
            Rel(_EV_HZ.iri, PART, x.iri, "Aan de hoorzitting namen vertegenwoordigers")
            for x in (_HBR, _POAB, _FLUXYS, _GASUNIE)
        ],
        # Speaking "namens" a body makes that body a participant (sets G/H).
        Rel(_EV_HZ.iri, PART, I_SG, "Namens het Secretariaat-Generaal gaf"),
        Rel(_EV_HZ.iri, PART, I_CVM, "Namens het Comité van Ministers wees"),
        # A guest delegation takes part (set J); the committee at its own meeting does not.
        Rel(_EV_HZ.iri, PART, _LANDTAG.iri, "Een delegatie van het Landtag"),
        *[
            Rel(_DECL_CO2.iri, PART, c, "ondertekend door de ministers van Energie")
            for c in (BE, NL, LU)
        ],
        Rel(_DECL_CO2.iri, DATE, "2025-03-04", "Deze werd op 4 maart 2025 in Brussel"),
        Rel(_DECL_CO2.iri, PART, NRW, "Noordrijn-Westfalen heeft zich in juni"),
        Rel(_FLUXYS.iri, COOP, _GASUNIE.iri, "Fluxys werkt voor het leidingtracé"),
        # "waarin X en Y … samenwerken" gives participants (set F).
        Rel(_PENTA.iri, PART, DE, "waarin Duitsland en Frankrijk"),
        Rel(_PENTA.iri, PART, FR, "waarin Duitsland en Frankrijk"),
        Rel(_COMM.iri, COOP, _IPR.iri, "De commissie werkt voor dit dossier samen"),
    ],
)

# --- l05: Benelux Publicatieblad 2025-2, contents January-June 2025 -------------------------
_L05 = "l05_journal_index"
_M2025_1 = m_number(
    "M(2025)1",
    "Decision",
    "M (2025) 1",
    "Beschikking tot wijziging van de Beschikking M (2020) 11 inzake gemeenschappelijke douanecontroles in de grensstreek",
)
_M2020_11_N = m_number("M(2020)11", "Decision", "M (2020) 11")
_M2023_11_N = m_number("M(2023)11", "Decision", "M (2023) 11")
_M2025_2_L05 = m_number(
    "M(2025)2",
    "Decision",
    "M (2025) 2",
    "Beschikking tot instelling van de Benelux-werkgroep Afvaltransporten",
)
_M2025_3 = m_number(
    "M(2025)3",
    "Recommendation",
    "M (2025) 3",
    "Aanbeveling betreffende de digitale uitwisseling van bouwvergunningsgegevens in de grensstreek",
)
_M2025_8_L05 = m_number(
    "M(2025)8",
    "Decision",
    "M (2025) 8",
    "Beschikking inzake de wederzijdse kennisgeving van ruimtelijke plannen in de grensstreek",
)
_PROT = ins(
    "Protocol tot wijziging van de Overeenkomst betreffende de administratieve en strafrechtelijke bijstand inzake douane en accijnzen",
    "Agreement",
    "Protocol tot wijziging van de Overeenkomst tussen België, Luxemburg en Nederland betreffende de administratieve en strafrechtelijke bijstand inzake douane en accijnzen",
)
_SOG_L05 = Ent(
    _SOG.iri,
    "Agreement",
    _SOG.label,
    [
        "Samenwerkingsovereenkomst tussen het Secretariaat-Generaal van de Benelux Unie en de Eurometropool Lille-Kortrijk-Tournai inzake grensoverschrijdende ruimtelijke planning"
    ],
)
_M2024_12 = m_number("M(2024)12", "Recommendation", "Aanbeveling M (2024) 12")
SPECS[_L05] = (
    [
        sg(),
        bu(),
        cvm("COMITÉ VAN MINISTERS"),
        _M2025_1,
        _M2020_11_N,
        _M2023_11_N,
        _M2025_2_L05,
        _WG_AFV,
        _DC_LM,
        _M2025_3,
        _M2025_8_L05,
        _PROT,
        _AGR_DOUANE,
        *benelux_countries(),
        _SOG_L05,
        _EMLKT,
        bp("BENELUX-PARLEMENT"),
        Ent(_R958.iri, "Recommendation", _R958.label, [_R958.label]),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["BENELUX-GERECHTSHOF"]),
        Ent(
            "id/instrument/benelux-verdrag-inzake-de-intellectuele-eigendom",
            "Treaty",
            "Benelux-verdrag inzake de intellectuele eigendom",
            ["Benelux-verdrag inzake de intellectuele eigendom"],
        ),
        _M2024_12,
    ],
    [
        # "Secretariaat-Generaal van de Benelux Unie" gives the Union as parent (seed rule).
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal van de Benelux Unie"),
        Rel(_M2025_1.iri, AMENDS, _M2020_11_N.iri, "M (2025) 1 Beschikking tot wijziging"),
        Rel(_M2025_1.iri, PASSED, I_CVM, "M (2025) 1 Beschikking tot wijziging"),
        Rel(_M2025_1.iri, DATE, "2025-03-10", "M (2025) 1 Beschikking tot wijziging"),
        Rel(_M2020_11_N.iri, PASSED, I_CVM, "M (2025) 1 Beschikking tot wijziging"),
        Rel(
            _M2023_11_N.iri, AMENDS, _M2020_11_N.iri, "zoals gewijzigd bij Beschikking M (2023) 11"
        ),
        Rel(_M2023_11_N.iri, PASSED, I_CVM, "zoals gewijzigd bij Beschikking M (2023) 11"),
        Rel(_M2025_2_L05.iri, PASSED, I_CVM, "M (2025) 2 Beschikking tot instelling"),
        Rel(_M2025_2_L05.iri, DATE, "2025-03-10", "M (2025) 2 Beschikking tot instelling"),
        Rel(_WG_AFV.iri, SUB, _DC_LM.iri, "De werkgroep valt onder het Directiecomité Leefmilieu"),
        Rel(_M2025_3.iri, PASSED, I_CVM, "M (2025) 3 Aanbeveling betreffende"),
        Rel(_M2025_3.iri, DATE, "2025-03-10", "M (2025) 3 Aanbeveling betreffende"),
        Rel(_M2025_8_L05.iri, PASSED, I_CVM, "M (2025) 8 Beschikking inzake"),
        Rel(_M2025_8_L05.iri, DATE, "2025-06-16", "M (2025) 8 Beschikking inzake"),
        # A protocol takes the type of what it amends (sets G/H): here an Agreement.
        Rel(_PROT.iri, AMENDS, _AGR_DOUANE.iri, "Protocol tot wijziging van de Overeenkomst"),
        Rel(_PROT.iri, DATE, "2025-02-20", "Protocol tot wijziging van de Overeenkomst"),
        *[
            Rel(_AGR_DOUANE.iri, PART, c, "Protocol tot wijziging van de Overeenkomst")
            for c in (BE, LU, NL)
        ],
        Rel(_SOG.iri, PART, I_SG, "Samenwerkingsovereenkomst tussen het Secretariaat"),
        Rel(_SOG.iri, PART, _EMLKT.iri, "Samenwerkingsovereenkomst tussen het Secretariaat"),
        Rel(_SOG.iri, DATE, "2025-04-03", "Samenwerkingsovereenkomst tussen het Secretariaat"),
        # The section heading "C. BENELUX-PARLEMENT" names the issuing body.
        Rel(_R958.iri, PASSED, I_BP, "Aanbeveling 958/2 over de erkenning"),
        Rel(_R958.iri, DATE, "2025-06-21", "Aanbeveling 958/2 over de erkenning"),
        # The rectification states the right date of the recommendation.
        Rel(_M2024_12.iri, PASSED, I_CVM, "moet in de titel van Aanbeveling"),
        Rel(_M2024_12.iri, DATE, "2024-11-18", "moet in de titel van Aanbeveling"),
    ],
)

# --- l06: answers to written questions (Tweede Kamer) on illegal waste shipments ------------
_L06 = "l06_answers_waste_shipments"
_M2025_2_L06 = m_number("M(2025)2", "Decision", "Beschikking M (2025) 2")
_ILT = body("Inspectie Leefomgeving en Transport", "Inspectie Leefomgeving en Transport", "ILT")
_OVAM = body(
    "Openbare Vlaamse Afvalstoffenmaatschappij", "Openbare Vlaamse Afvalstoffenmaatschappij", "OVAM"
)
_LB = body("Leefmilieu Brussel")
_LANUK = org(
    "Landesamt für Natur, Umwelt und Klima", "Landesamt für Natur, Umwelt und Klima", "LANUK"
)
_IMPEL = Ent("id/organisation/impel", "ExternalOrganisation", "IMPEL", ["IMPEL"], compound=True)
_NP = body("Nationale Politie")
_KMAR = body("Koninklijke Marechaussee")
_R952 = ins(
    "Aanbeveling 952/2 over de aanpak van milieucriminaliteit in de grensstreek",
    "Recommendation",
    "aanbeveling 952/2 over de aanpak van milieucriminaliteit in de grensstreek",
)
SPECS[_L06] = (
    [
        tk("Tweede Kamer der Staten-Generaal"),
        person("Hofstede"),
        person("Chris Jansen", "Jansen"),
        country(NL, "Nederland"),
        country(BE, "België"),
        cvm("Comité van Ministers"),
        bu(),
        _M2025_2_L06,
        _WG_AFV,
        _DC_LM,
        _ILT,
        _OVAM,
        _LB,
        _SPW,
        _AEV,
        _LANUK,
        region(NRW, "Noordrijn-Westfalen"),
        _IMPEL,
        act("Verordening (EU) 2024/1157"),
        act("Verordening (EG) nr. 1013/2006"),
        _NP,
        _KMAR,
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        bp("Beneluxparlement"),
        _R952,
    ],
    [
        Rel(_M2025_2_L06.iri, PASSED, I_CVM, "Op 10 maart 2025 heeft het Comité van Ministers"),
        Rel(
            _M2025_2_L06.iri, DATE, "2025-03-10", "Op 10 maart 2025 heeft het Comité van Ministers"
        ),
        Rel(I_CVM, SUB, BU, "Op 10 maart 2025 heeft het Comité van Ministers"),
        Rel(_WG_AFV.iri, SUB, _DC_LM.iri, "die valt onder het Directiecomité Leefmilieu"),
        *[
            Rel(_WG_AFV.iri, PART, x.iri, "In de werkgroep zijn de Inspectie")
            for x in (_ILT, _OVAM, _LB, _SPW, _AEV)
        ],
        # The observer is the Landesamt; NRW is only nested in its description (set J).
        Rel(_WG_AFV.iri, PART, _LANUK.iri, "als waarnemer aan de werkgroep deel"),
        Rel(_WG_AFV.iri, COOP, _IMPEL.iri, "werkt de werkgroep samen met het IMPEL"),
        # One subject, two objects: one relation per object (set J).
        Rel(_ILT.iri, COOP, _NP.iri, "De ILT werkt samen met de Nationale Politie"),
        Rel(_ILT.iri, COOP, _KMAR.iri, "De ILT werkt samen met de Nationale Politie"),
        Rel(_R952.iri, PASSED, I_BP, "aangenomen op 7 december 2024, vroeg het Beneluxparlement"),
        Rel(
            _R952.iri,
            DATE,
            "2024-12-07",
            "aangenomen op 7 december 2024, vroeg het Beneluxparlement",
        ),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
