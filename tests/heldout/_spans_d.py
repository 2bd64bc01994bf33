# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set D (tests/heldout/gold/d01…d06).

Set D is a development set, like sets A and C (see README.md). The six documents and the
tables below were written without looking at the extractor's code or output, and without
opening set B. The offset helpers and the JSON writer are those of ``_spans.py`` (set A),
which in turn imports the matching rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_d.py              # write gold/d01…d06.json, verify every span
    python tests/heldout/_spans_d.py review DOC   # every hit and evidence in context
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
PENTA = "id/working-group/pentalateraal-energieforum"
GOLD = HERE / "gold"


def country(label: str, *names: str) -> Any:
    return Ent(f"id/country/{_slug(label)}", "Country", label, list(names) or [label])


SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- d01: news item of the Secretariat-General, signature of the 2008 Benelux Treaty -------
_D01 = "d01_news_treaty_signed"
_T_1958 = Ent(
    "id/instrument/verdrag-tot-instelling-van-de-benelux-economische-unie",
    "Treaty",
    "Verdrag tot instelling van de Benelux Economische Unie",
    ["Verdrag tot instelling van de Benelux Economische Unie"],
)
_T_2008 = Ent(
    "id/instrument/benelux-verdrag",
    "Treaty",
    "Benelux-Verdrag",
    [
        "Verdrag tot herziening van het Verdrag tot instelling van de Benelux Economische Unie",
        "Benelux-Verdrag",
        "Verdrag tussen het Koninkrijk Belgié, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg",
        "Verdrag",
    ],
    # the bare "Verdrag" at the start of the 1958 treaty's name, nested in the 2008 title
    not_in=["Verdrag tot instelling"],
)
SPECS[_D01] = (
    [
        _T_2008,
        _T_1958,
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie", "Benelux Economische Unie"]),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers", "Comité"]),
        Ent(
            I_RAAD,
            "Institution",
            "Benelux-Raad",
            ["Benelux-Raad"],
            not_in=["Interparlementaire Benelux-Raad"],
        ),
        Ent(
            I_BP,
            "Institution",
            "Benelux-Parlement",
            ["Raadgevende Interparlementaire Benelux-Raad"],
        ),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal"],
        ),
        Ent(BE, "Country", "België", ["Koninkrijk België", "Koninkrijk Belgié", "België"]),
        Ent(NL, "Country", "Nederland", ["Koninkrijk der Nederlanden", "Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Groothertogdom Luxemburg", "Luxemburg"]),
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        org("Europese Gemeenschap"),
        body("Tweede Kamer"),
        body("Eerste Kamer"),
        body("Kamer van volksvertegenwoordigers"),
        body("Senaat"),
        body("Kamer van Afgevaardigden"),
        person("Karel De Gucht"),
        person("Jean Asselborn", "Asselborn"),
        person("Maxime Verhagen", "Verhagen"),
        person("Yves Leterme"),
        person("Jean-Claude Juncker"),
        person("Jan Peter Balkenende"),
    ],
    [
        Rel(_T_2008.iri, AMENDS, _T_1958.iri, "In de Ridderzaal in Den Haag"),
        Rel(_T_2008.iri, DATE, "2008-06-17", "In de Ridderzaal in Den Haag"),
        *[Rel(_T_2008.iri, PART, c, "Het Verdrag tussen het Koninkrijk") for c in (BE, NL, LU)],
        Rel(_T_1958.iri, DATE, "1958-02-03", "Het oorspronkelijke verdrag werd"),
        Rel(I_SG, SUB, BU, "Contact: Secretariaat-Generaal"),
    ],
)

# --- d02: Belgian written question and answer on police cooperation and cybercrime --------
_D02 = "d02_answers_cybercrime"
_WG_CYBER = wg("Benelux-werkgroep Cybercriminaliteit")
_WG_POLV = wg("Werkgroep Politieverdrag", "werkgroep Politieverdrag")
_WG_DRUGS = wg("Benelux-werkgroep Drugs")
_FEDPOL = body("Federale Politie")
_NATPOL = body("Nationale Politie")
_PGD = body("Police Grand-Ducale")
_CCB = body("Centrum voor Cybersecurity België")
_NCSC = body("Nationaal Cyber Security Centrum")
_R_CYBER = ins(
    "Aanbeveling over de uitwisseling van informatie over cyberincidenten",
    "Recommendation",
    "aanbeveling over de uitwisseling van informatie over cyberincidenten",
)
_R_HAVENS = ins(
    "Aanbeveling van het Benelux-Parlement over drugscriminaliteit in de havens",
    "Recommendation",
    "aanbeveling van het Benelux-Parlement over drugscriminaliteit in de havens",
)
_POLITIE_TITLE = (
    "Verdrag tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het "
    "Groothertogdom Luxemburg inzake politiesamenwerking"
)
SPECS[_D02] = (
    [
        body("Kamer van volksvertegenwoordigers", "KAMER VAN VOLKSVERTEGENWOORDIGERS"),
        person("Koen Metsu"),
        person("Annelies Verlinden"),
        Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"]),
        _WG_CYBER,
        _WG_POLV,
        _WG_DRUGS,
        _FEDPOL,
        _NATPOL,
        _PGD,
        _CCB,
        _NCSC,
        Ent(
            T_POLITIE,
            "Treaty",
            "Benelux-Politieverdrag",
            ["Benelux-Politieverdrag", _POLITIE_TITLE],
        ),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        Ent(I_BP, "Institution", "Benelux-Parlement", ["Benelux-Parlement"]),
        _R_CYBER,
        _R_HAVENS,
        Ent(BE, "Country", "België", ["België", "Koninkrijk België"]),
        Ent(NL, "Country", "Nederland", ["Nederland", "Koninkrijk der Nederlanden"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg", "Groothertogdom Luxemburg"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        Ent(EUROJUST, "ExternalOrganisation", "Eurojust", ["Eurojust"]),
        org("European Cybercrime Centre", "European Cybercrime Centre", "EC3"),
        act("Richtlijn (EU) 2022/2555", "Richtlijn (EU) 2022/2555", "NIS2-richtlijn"),
        act("Verordening (EU) 2023/1543"),
    ],
    [
        *[Rel(SENN, PART, c, "De politiesamenwerking tussen België") for c in (BE, NL, LU)],
        Rel(_WG_CYBER.iri, SUB, SENN, "Binnen dit overleg is in 2022"),
        *[
            Rel(_WG_CYBER.iri, PART, x.iri, "Daarin zitten de Federale Politie")
            for x in (_FEDPOL, _NATPOL, _PGD, _CCB, _NCSC)
        ],
        Rel(I_CVM, SUB, BU, "Het Comité van Ministers van de Benelux Unie"),
        Rel(_R_CYBER.iri, PASSED, I_CVM, "Het Comité van Ministers van de Benelux Unie"),
        Rel(_R_CYBER.iri, DATE, "2023-12-12", "Het Comité van Ministers van de Benelux Unie"),
        Rel(T_POLITIE, DATE, "2018-07-23", "ondertekend op 23 juli 2018"),
        *[Rel(T_POLITIE, PART, c, "ondertekend op 23 juli 2018") for c in (BE, NL, LU)],
        Rel(_WG_POLV.iri, SUB, SENN, "zij rapporteert"),
        Rel(_WG_DRUGS.iri, PART, FR, "Frankrijk als waarnemer"),
        Rel(_R_HAVENS.iri, PASSED, I_BP, "Zie ook de aanbeveling"),
        Rel(_R_HAVENS.iri, DATE, "2024", "Zie ook de aanbeveling"),
    ],
)

# --- d03: annual plan 2024, chapter 4 "Klimaat en energie" ---------------------------------
_D03 = "d03_annual_plan_energy"
_AT, _CH = country("Oostenrijk"), country("Zwitserland")
_DK, _IE = country("Denemarken"), country("Ierland")
_NO, _UK = country("Noorwegen"), country("Verenigd Koninkrijk")
_SG1 = wg("Support Group 1")
_SG2 = wg("Support Group 2")
_WG_KLIMAAT = wg(
    "Benelux-werkgroep Klimaatadaptatie",
    "Benelux-werkgroep Klimaatadaptatie",
    "werkgroep Klimaatadaptatie",
)
_WG_ENERGIE = wg("Werkgroep Energie", "werkgroep Energie")
_NSEC = Ent(
    "id/working-group/north-seas-energy-cooperation",
    "WorkingGroup",
    "North Seas Energy Cooperation",
    ["North Seas Energy Cooperation", "NSEC"],
)
_V_H2 = ins(
    "Politieke verklaring over waterstof van juni 2020",
    "Declaration",
    "politieke verklaring over waterstof van juni 2020",
)
_V_OOSTENDE = ins("Verklaring van Oostende", "Declaration", "Verklaring van Oostende")
_TSOS = [org("Elia"), org("TenneT"), org("Creos"), org("RTE"), org("Amprion")]
SPECS[_D03] = (
    [
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal"],
        ),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(
            PENTA,
            "WorkingGroup",
            "Pentalateraal Energieforum",
            ["Pentalateraal Energieforum", "Forum"],
        ),
        _SG1,
        _SG2,
        _NSEC,
        Ent(
            "id/working-group/benelux-energie-expertise-netwerk",
            "WorkingGroup",
            "Benelux Energie Expertise Netwerk",
            ["Benelux Energie Expertise Netwerk"],
        ),
        _WG_KLIMAAT,
        _WG_ENERGIE,
        _V_H2,
        _V_OOSTENDE,
        *_TSOS,
        act("Verordening (EU) 2022/869", "Verordening (EU) 2022/869", "TEN-E-verordening"),
        act("Richtlijn (EU) 2023/2413"),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        Ent(BE, "Country", "België", ["België"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(DE, "Country", "Duitsland", ["Duitsland"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
        _AT,
        _CH,
        _DK,
        _IE,
        _NO,
        _UK,
    ],
    [
        *[Rel(PENTA, PART, c, "zet in 2024 de samenwerking voort") for c in (DE, FR, _AT.iri)],
        Rel(PENTA, PART, _CH.iri, "Zwitserland neemt als waarnemer"),
        *[Rel(PENTA, PART, c, "¹ België, Nederland, Luxemburg") for c in (BE, NL, LU)],
        Rel(_SG1.iri, SUB, PENTA, "Binnen het Forum bereiden"),
        Rel(_SG2.iri, SUB, PENTA, "Binnen het Forum bereiden"),
        *[
            Rel(group.iri, PART, tso.iri, "De transmissienetbeheerders")
            for group in (_SG1, _SG2)
            for tso in _TSOS
        ],
        Rel(_V_H2.iri, DATE, "2020", "werkt in 2024 verder aan de politieke verklaring"),
        Rel(_NSEC.iri, PART, EC, "brengt de landen rond de Noordzee"),
        Rel(_V_OOSTENDE.iri, DATE, "2023-04-24", "De Verklaring van"),
        *[
            Rel(_V_OOSTENDE.iri, PART, c, "De Verklaring van")
            for c in (BE, _DK.iri, DE, FR, _IE.iri, LU, NL, _NO.iri, _UK.iri)
        ],
        Rel(_WG_KLIMAAT.iri, PART, NRW, "neemt deel aan de werkgroep"),
    ],
)

# --- d04: evaluation, case study on the exchange of driving-licence and vehicle data ------
_D04 = "d04_evaluation_vehicle_data"
_D_RIJBEWIJS = ins(
    "Beschikking over de uitwisseling van rijbewijsgegevens",
    "Decision",
    "beschikking over de uitwisseling van rijbewijsgegevens",
)
_WG_RV = wg("Benelux-werkgroep Rijbewijzen en Voertuigen")
_KBA = org("Kraftfahrt-Bundesamt")
SPECS[_D04] = (
    [
        _D_RIJBEWIJS,
        _WG_RV,
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal"],
        ),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        body("RDW"),
        body("FOD Mobiliteit en Vervoer", "FOD Mobiliteit en Vervoer", "FOD Mobiliteit"),
        body(
            "Société Nationale de Circulation Automobile",
            "Société Nationale de Circulation Automobile",
            "SNCA",
        ),
        _KBA,
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        act("Richtlijn 2006/126/EG"),
        act("Richtlijn (EU) 2015/413"),
        act("Algemene verordening gegevensbescherming", "AVG"),
        act("EUCARIS-verdrag"),
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        Ent(BE, "Country", "België", ["België", "Belgié"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
    ],
    [
        Rel(_D_RIJBEWIJS.iri, PASSED, I_CVM, "Sinds de Benelux-landen in 2019"),
        Rel(_WG_RV.iri, SUB, I_CSG, "die onder het College van"),
        Rel(_WG_RV.iri, PART, _KBA.iri, "neemt sinds 2023 als waarnemer"),
    ],
)

# --- d05: Benelux Publicatieblad 2024-3, one entry per paragraph --------------------------
_D05 = "d05_journal_decisions"
_M2023_4 = m_number(
    "M(2023)4",
    "Decision",
    "M (2023) 4",
    "M(2023)4",
    "Beschikking M (2023) 4 van het Comité van Ministers van 14 juni 2023 inzake de wederzijdse erkenning van reddingsdiplomas voor zwembaden en open water",
)
_M2024_1 = m_number(
    "M(2024)1",
    "Decision",
    "M(2024)1",
    "Beschikking van het Comité van Ministers tot wijziging van de Beschikking M (2023) 4 inzake de wederzijdse erkenning van reddingsdiplomas",
)
_M2024_2 = m_number(
    "M(2024)2",
    "Decision",
    "Beschikking M (2024) 2 van het Comité van Ministers van 11 maart 2024 tot wijziging van de Beschikking M (2019) 2 betreffende het grensoverschrijdend taxivervoer",
)
_M2019_2 = m_number("M(2019)2", "Decision", "M (2019) 2")
_M2022_6 = m_number(
    "M(2022)6",
    "Recommendation",
    "Aanbeveling M (2022) 6 van het Comité van Ministers van 7 december 2022 betreffende de grensoverschrijdende samenwerking bij de bestrijding van natuurbranden",
)
_R_DIGI = ins(
    "Aanbeveling van het Benelux Parlement over de digitale toegankelijkheid van overheidsdiensten",
    "Recommendation",
    "Aanbeveling van het Benelux Parlement aan de regeringen over de digitale toegankelijkheid van overheidsdiensten",
)
_AA_NRM = ins(
    "Administratief akkoord met de Noordse Raad van Ministers 2024",
    "Agreement",
    "Administratief akkoord tussen het Secretariaat-Generaal van de Benelux Unie en het Secretariaat van de Noordse Raad van Ministers",
)
_T_BVIE = ins(
    "Benelux-verdrag inzake de intellectuele eigendom",
    "Treaty",
    "Benelux-verdrag inzake de intellectuele eigendom",
    "BVIE",
)
_EV_PLEN_2023_12 = event(
    "Plenaire zitting Benelux-Parlement 8 december 2023",
    "plenaire zitting van 8 december 2023",
    slug="plenaire-zitting-benelux-parlement-2023-12",
)
_NRM = "id/organisation/noordse-raad-van-ministers"
SPECS[_D05] = (
    [
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(I_RAAD, "Institution", "Benelux-Raad", ["Benelux-Raad"]),
        Ent(I_BP, "Institution", "Benelux-Parlement", ["Benelux Parlement"]),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
        Ent("id/instrument/benelux-verdrag", "Treaty", "Benelux-Verdrag", ["Benelux-Verdrag"]),
        _M2023_4,
        _M2024_1,
        _M2024_2,
        _M2019_2,
        _M2022_6,
        _R_DIGI,
        _AA_NRM,
        _T_BVIE,
        _EV_PLEN_2023_12,
        Ent(
            _NRM,
            "ExternalOrganisation",
            "Noordse Raad van Ministers",
            ["Noordse Raad van Ministers"],
        ),
        body("Duitstalige Gemeenschap"),
        act("Besluit nr. 1313/2013/EU"),
        Ent(BE, "Country", "België", ["Belgié"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgave van het Secretariaat-Generaal"),
        *[
            Rel(x.iri, PASSED, I_CVM, snippet)
            for x, snippet in (
                (_M2023_4, "reddingsdiplomas voor zwembaden"),
                (_M2024_1, "vastgesteld op 11 maart 2024"),
                (_M2024_2, "Beschikking M (2024) 2"),
                (_M2019_2, "Beschikking M (2024) 2"),
                (_M2022_6, "Aanbeveling M (2022) 6"),
            )
        ],
        Rel(_M2023_4.iri, DATE, "2023-06-14", "reddingsdiplomas voor zwembaden"),
        Rel(_M2024_1.iri, DATE, "2024-03-11", "vastgesteld op 11 maart 2024"),
        Rel(_M2024_2.iri, DATE, "2024-03-11", "Beschikking M (2024) 2"),
        Rel(_M2022_6.iri, DATE, "2022-12-07", "Aanbeveling M (2022) 6"),
        Rel(_M2024_1.iri, AMENDS, _M2023_4.iri, "vastgesteld op 11 maart 2024"),
        Rel(_M2024_2.iri, AMENDS, _M2019_2.iri, "Beschikking M (2024) 2"),
        Rel(_R_DIGI.iri, PASSED, I_BP, "Aanbeveling van het Benelux Parlement"),
        Rel(_R_DIGI.iri, DATE, "2023-12-08", "Aanbeveling van het Benelux Parlement"),
        Rel(_AA_NRM.iri, PART, I_SG, "Administratief akkoord tussen"),
        Rel(_AA_NRM.iri, PART, _NRM, "Administratief akkoord tussen"),
        Rel(_AA_NRM.iri, DATE, "2024-01-25", "Administratief akkoord tussen"),
    ],
)

# --- d06: proceedings (Handelingen) of a plenary session of the Benelux Parliament --------
_D06 = "d06_proceedings_plenary"
_R_960 = Ent(
    "id/instrument/aanbeveling-960-1-betreffende-grensoverschrijdende-ambulancezorg",
    "Recommendation",
    "Aanbeveling 960/1 betreffende grensoverschrijdende ambulancezorg",
    ["Aanbeveling 960/1 betreffende grensoverschrijdende ambulancezorg", "aanbeveling 960/1"],
    ci=True,
)
_R_955 = Ent(
    "id/instrument/aanbeveling-955-2-over-de-erkenning-van-beroepskwalificaties-in-de-zorg",
    "Recommendation",
    "Aanbeveling 955/2 over de erkenning van beroepskwalificaties in de zorg",
    [
        "aanbeveling 955/2 over de erkenning van beroepskwalificaties in de zorg",
        "aanbeveling 955/2",
    ],
    ci=True,
)
_D_AMBU = ins(
    "Beschikking over de inzet van ambulances over de grens",
    "Decision",
    "beschikking over de inzet van ambulances over de grens",
)
_WG_JBZ = wg(
    "Commissie Justitie en Binnenlandse Zaken van het Benelux-Parlement",
    "commissie Justitie en Binnenlandse Zaken",
)
_WG_BUREAU = wg("Bureau van het Benelux-Parlement")
_EV_MAART = event(
    "Plenaire zitting Benelux-Parlement 20 maart 2026",
    "PLENAIRE VERGADERING VAN VRIJDAG 20 MAART 2026",
    "eerste plenaire zitting van 2026",
    slug="plenaire-zitting-benelux-parlement-2026-03",
)
_EV_JUNI = event(
    "Plenaire zitting Benelux-Parlement 12-13 juni 2026",
    "volgende plenaire zitting",
    slug="plenaire-zitting-benelux-parlement-2026-06",
)
_EV_NB = event(
    "Jaarlijks overleg met de Noordse Raad en de Baltische Assemblee 2026",
    "jaarlijkse overleg met de Noordse Raad en de Baltische Assemblee",
    slug="jaarlijks-overleg-met-de-noordse-raad-en-de-baltische-assemblee-2026",
)
SPECS[_D06] = (
    [
        Ent(
            I_BP,
            "Institution",
            "Benelux-Parlement",
            ["BENELUX-PARLEMENT", "Benelux-Parlement", "Interparlementaire Assemblee"],
        ),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers", "Comité"]),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        _WG_JBZ,
        _WG_BUREAU,
        _R_960,
        _R_955,
        _D_AMBU,
        _EV_MAART,
        _EV_JUNI,
        _EV_NB,
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Noordse Raad"]),
        body("Kamer van Afgevaardigden", "Chambre des Députés"),
        Ent(BE, "Country", "België", ["België"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"]),
        Ent("id/region/saarland", "NeighbouringRegion", "Saarland", ["Saarland"]),
        person("Gusty Graas"),
        person("Frans Weekers"),
        person("Jan Spooren"),
        person("Mirjam Bikker"),
        person("Fernand Etgen"),
        person("Karin Brouwers"),
    ],
    [
        Rel(_R_960.iri, PASSED, I_BP, "betreffende grensoverschrijdende ambulancezorg is"),
        Rel(_R_960.iri, DATE, "2026-03-20", "betreffende grensoverschrijdende ambulancezorg is"),
        Rel(_R_955.iri, PASSED, I_BP, "heeft uw aanbeveling 955/2"),
        Rel(_D_AMBU.iri, PASSED, I_CVM, "Het vraagt de regeringen"),
        Rel(_EV_MAART.iri, PART, BA, "Ik begroet in het bijzonder"),
        Rel(_EV_NB.iri, PART, NR, "Het jaarlijkse overleg"),
        Rel(_EV_NB.iri, PART, BA, "Het jaarlijkse overleg"),
        Rel(_WG_BUREAU.iri, SUB, I_BP, "Ik stel voor dat het Bureau"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
