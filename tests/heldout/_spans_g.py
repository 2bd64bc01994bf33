# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set G (tests/heldout/gold/g01…g06).

Set G is a development set, like sets A, C, D, E and F (see README.md), written to exercise
legal instruments and their relations: treaties, protocols, agreements, memoranda and
declarations, decisions, recommendations and one Benelux directive named by number (in
varied spellings) and by description only, amendment chains, issuing bodies and dates, and
EU and national acts beside them. The six documents and the tables below were written
without looking at the extractor's code or output, and without opening set B. The offset
helpers and the JSON writer are those of ``_spans.py`` (set A), which in turn imports the
matching rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_g.py              # write gold/g01…g06.json, verify every span
    python tests/heldout/_spans_g.py review DOC   # every hit and evidence in context
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
HDF = "id/region/hauts-de-france"
AT, CH = "id/country/oostenrijk", "id/country/zwitserland"


def passed_cvm(*pairs: tuple[Any, str]) -> list[Any]:
    """Every beschikking and M-numbered instrument is the Committee of Ministers' own."""
    return [Rel(x.iri, PASSED, I_CVM, snippet) for x, snippet in pairs]


# Instruments, groups and meetings that also occur in the seeds or in sets A, C, D, E and F
# keep their IRIs there.
_T_FRAUDE_IRI = "id/instrument/benelux-verdrag-inzake-de-bestrijding-van-sociale-fraude"
_T_FRAUDE_LABEL = "Benelux-Verdrag inzake de bestrijding van sociale fraude"
_T_BIA = Ent(
    "id/instrument/verdrag-inzake-de-benelux-interparlementaire-assemblee",
    "Treaty",
    "Verdrag inzake de Benelux Interparlementaire Assemblee",
    [
        "Verdrag inzake de Benelux Interparlementaire Assemblee",
        "verdrag van 20 januari 2015",
        "Verdrag van 20 januari 2015",
    ],
)
_BUREAU = wg("Bureau van het Benelux-Parlement")
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_ANPR_IRI = "id/instrument/uitvoeringsovereenkomst-inzake-anpr"
_D_AMBU_IRI = "id/instrument/beschikking-over-de-grensoverschrijdende-inzet-van-ambulances"
_D_AMBU_LABEL = "Beschikking over de grensoverschrijdende inzet van ambulances"
_WG_CRISIS = wg("Benelux-werkgroep Crisisbeheersing")
_WG_DRUGS = wg("Benelux-werkgroep Drugs")
_WG_DIPLO = wg("Benelux-werkgroep Diplomaerkenning")
_NRVM = org("Noordse Raad van Ministers")
_T_BV_IRI = "id/instrument/benelux-verdrag"
_BRK = org("Bezirksregierung Köln")

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- g01: letter to parliament on the approval of two Benelux treaties -----------------------
_G01 = "g01_letter_ratification"
_T_FRAUDE = Ent(
    _T_FRAUDE_IRI,
    "Treaty",
    _T_FRAUDE_LABEL,
    [
        "Benelux-Verdrag ter verbetering en versterking van de grensoverschrijdende samenwerking inzake de bestrijding van sociale fraude en inzake de bescherming van de gezondheid en de veiligheid op het werk en van fatsoenlijke arbeidsvoorwaarden",
        _T_FRAUDE_LABEL,
        "verdrag inzake sociale fraude",
        "Verdrag sociale fraude",
    ],
)
_MOU_2012 = ins(
    "Memorandum of Understanding inzake de samenwerking tussen de sociale inspectiediensten van 2 april 2012",
    "Declaration",
)
_R_DUMP = ins(
    "Aanbeveling over de bestrijding van sociale dumping van 2016",
    "Recommendation",
    "aanbeveling over de bestrijding van sociale dumping van 2016",
)
_WG_SF = wg("Benelux-werkgroep Sociale Fraude")
_ARBI = body("Nederlandse Arbeidsinspectie")
_SIOD = body(
    "Sociale Inlichtingen- en Opsporingsdienst",
    "Sociale Inlichtingen- en Opsporingsdienst",
    "SIOD",
)
_ITM = body(
    "Inspection du travail et des mines",
    "Inspection du travail et des mines",
    "ITM",
)
_ELA = org("Europese Arbeidsautoriteit", "Europese Arbeidsautoriteit", "ELA")
_PROT_BIA = ins(
    "Protocol tot wijziging van het Verdrag inzake de Benelux Interparlementaire Assemblee",
    "Treaty",
    "Protocol tot wijziging van het Verdrag inzake de Benelux Interparlementaire Assemblee",
    "Protocol bij het Verdrag inzake de Benelux Interparlementaire Assemblee",
    "Protocol Assemblee",
)
_T_1955 = ins(
    "Verdrag nopens de instelling van een Raadgevende Interparlementaire Beneluxraad",
    "Treaty",
)
SPECS[_G01] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        body("Raad van State"),
        _T_FRAUDE,
        country(BE, "België"),
        country(NL, "Nederland", "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg"),
        _MOU_2012,
        bp(
            "Beneluxparlement",
            "Benelux-Parlement",
            "Parlement",
            "Benelux Interparlementaire Assemblee",
            "Raadgevende Interparlementaire Beneluxraad",
        ),
        _R_DUMP,
        _WG_SF,
        csg(),
        _ARBI,
        _SIOD,
        _ITM,
        act("Verordening (EG) nr. 883/2004"),
        act("Richtlijn 2014/67/EU", "Richtlijn 2014/67/EU", "handhavingsrichtlijn detachering"),
        _ELA,
        act("Verordening (EU) 2019/1149"),
        act("Wet aanpak schijnconstructies"),
        _PROT_BIA,
        _T_BIA,
        _T_1955,
        _BUREAU,
        sg(),
        bu(),
        person("Caspar Veldkamp"),
    ],
    [
        Rel(_T_FRAUDE.iri, DATE, "2023-11-14", "werd op 14 november 2023"),
        *[Rel(_T_FRAUDE.iri, PART, c, "werd op 14 november 2023") for c in (BE, NL, LU)],
        Rel(_T_FRAUDE.iri, AMENDS, _MOU_2012.iri, "Het verdrag vervangt het Memorandum"),
        Rel(_MOU_2012.iri, DATE, "2012-04-02", "Het verdrag vervangt het Memorandum"),
        Rel(_R_DUMP.iri, PASSED, I_BP, "Het Beneluxparlement had"),
        Rel(_R_DUMP.iri, DATE, "2016", "Het Beneluxparlement had"),
        Rel(_WG_SF.iri, SUB, I_CSG, "De uitvoering wordt voorbereid"),
        *[Rel(_WG_SF.iri, PART, x.iri, "Daarin werken de") for x in (_ARBI, _SIOD, _ITM)],
        Rel(_PROT_BIA.iri, DATE, "2024-06-27", "werd op 27 juni 2024"),
        *[Rel(_PROT_BIA.iri, PART, c, "werd op 27 juni 2024") for c in (BE, NL, LU)],
        Rel(_PROT_BIA.iri, AMENDS, _T_BIA.iri, "op twee punten aan"),
        Rel(_T_BIA.iri, DATE, "2015-01-20", "op twee punten aan"),
        Rel(_T_BIA.iri, AMENDS, _T_1955.iri, "verving op zijn beurt"),
        Rel(_T_1955.iri, DATE, "1955-11-05", "verving op zijn beurt"),
        Rel(_BUREAU.iri, SUB, I_BP, "Het Bureau van het Benelux-Parlement had"),
        Rel(I_SG, SUB, BU, "De akten van bekrachtiging"),
    ],
)

# --- g02: Benelux Publicatieblad 2026-2 ------------------------------------------------------
_G02 = "g02_journal_index"
_M2021_11 = m_number("M(2021)11", "Decision", "M (2021) 11")
_M2025_7 = m_number("M(2025)7", "Decision", "M (2025) 7")
_M2026_1 = m_number(
    "M(2026)1",
    "Decision",
    "M (2026) 1",
    "Beschikking van het Comité van Ministers van de Benelux Unie van 16 maart 2026 houdende wijziging van de Beschikking M (2021) 11 tot vaststelling van een gemeenschappelijk legitimatiebewijs voor hulpverleners",
)
_M2017_12 = m_number("M(2017)12", "Decision", "M (2017) 12")
_M2020_19 = m_number("M(2020)19", "Decision", "M (2020) 19")
_M2026_2 = m_number(
    "M(2026)2",
    "Decision",
    "Beschikking M(2026)2 tot wijziging van de Beschikking M (2017) 12 betreffende een intra-Benelux proefproject met de digitale vrachtbrief",
)
_M2025_10 = m_number(
    "M(2025)10",
    "Decision",
    "M (2025) 10",
    "Beschikking betreffende de erkenning van opleidingen tot ambulancier",
)
_M2026_3 = m_number(
    "M(2026)3",
    "Decision",
    "Décision du Comité de Ministres Benelux M (2026) 3 modifiant la Décision M (2025) 10 relative à la reconnaissance des formations d'ambulancier",
    "Beschikking tot wijziging van de Beschikking betreffende de erkenning van opleidingen tot ambulancier",
)
_M2026_4 = m_number(
    "M(2026)4",
    "Decision",
    "M (2026) 4",
    "Beschikking van het Comité van Ministers betreffende een gemeenschappelijk kader voor grensoverschrijdende stages in het beroepsonderwijs",
)
_M2026_5 = m_number(
    "M(2026)5",
    "Recommendation",
    "M (2026) 5",
    "Aanbeveling van het Comité van Ministers betreffende grensoverschrijdend telewerk",
)
_R_TELE = Ent(
    "id/instrument/aanbeveling-grensoverschrijdend-telewerk-in-de-benelux-landen",
    "Recommendation",
    "Aanbeveling Grensoverschrijdend telewerk in de Benelux-landen",
    ["aanbeveling van het Benelux-Parlement 'Grensoverschrijdend telewerk in de Benelux-landen'"],
)
_M2026_6 = m_number(
    "M(2026)6",
    "Recommendation",
    "Aanbeveling M(2026)6 betreffende de toegankelijkheid van informatie voor grensarbeiders",
)
_UO_PC = ins(
    "Uitvoeringsovereenkomst inzake de gemeenschappelijke politiecentra",
    "Agreement",
    "Uitvoeringsovereenkomst tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg inzake de gemeenschappelijke politiecentra",
)
_PROT_ANPR = ins(
    "Protocol houdende wijziging van de Uitvoeringsovereenkomst inzake ANPR",
    "Agreement",
    "Protocol houdende wijziging van de Uitvoeringsovereenkomst tussen België, Nederland en Luxemburg inzake ANPR van 13 juni 2023",
)
_ANPR_G02 = Ent(
    _ANPR_IRI,
    "Agreement",
    "Uitvoeringsovereenkomst inzake ANPR",
    ["Uitvoeringsovereenkomst tussen België, Nederland en Luxemburg inzake ANPR"],
)
_CBSS = org("Raad van de Oostzeestaten")
_SO_CBSS = ins(
    "Samenwerkingsovereenkomst tussen de Benelux Unie en de Raad van de Oostzeestaten over de energietransitie",
    "Agreement",
)
_MOU_H2_IRI = (
    "id/instrument/memorandum-of-understanding-over-grensoverschrijdende-waterstofnetwerken"
)
_MOU_H2_LABEL = "Memorandum of Understanding over grensoverschrijdende waterstofnetwerken"
_MOU_H2_G02 = Ent(
    _MOU_H2_IRI,
    "Declaration",
    _MOU_H2_LABEL,
    [
        "Memorandum of Understanding tussen het Secretariaat-Generaal van de Benelux Unie en het Land Noordrijn-Westfalen over grensoverschrijdende waterstofnetwerken"
    ],
)
SPECS[_G02] = (
    [
        sg(),
        bu(),
        cvm("Comité van Ministers", "COMITÉ VAN MINISTERS", "Comité de Ministres"),
        _M2026_1,
        _M2021_11,
        _M2025_7,
        _M2026_2,
        _M2017_12,
        _M2020_19,
        act("Verordening (EU) 2020/1056"),
        _M2026_3,
        _M2025_10,
        _M2026_4,
        _M2026_5,
        _R_TELE,
        bp("Benelux-Parlement"),
        _M2026_6,
        _UO_PC,
        country(BE, "België", "Koninkrijk België", "België"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden", "Nederland"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg", "Luxemburg"),
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        _PROT_ANPR,
        _ANPR_G02,
        _SO_CBSS,
        _CBSS,
        _MOU_H2_G02,
        region(NRW, "Noordrijn-Westfalen", "Land Noordrijn-Westfalen"),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        Rel(I_CVM, SUB, BU, "Beschikking van het Comité van Ministers van de Benelux Unie van"),
        Rel(
            _M2026_1.iri, AMENDS, _M2021_11.iri, "laatstelijk gewijzigd bij Beschikking M (2025) 7"
        ),
        Rel(
            _M2025_7.iri, AMENDS, _M2021_11.iri, "laatstelijk gewijzigd bij Beschikking M (2025) 7"
        ),
        Rel(_M2026_1.iri, DATE, "2026-03-16", "laatstelijk gewijzigd bij Beschikking M (2025) 7"),
        Rel(_M2026_2.iri, AMENDS, _M2017_12.iri, "Beschikking M(2026)2 tot wijziging"),
        Rel(_M2020_19.iri, AMENDS, _M2017_12.iri, "Beschikking M(2026)2 tot wijziging"),
        Rel(_M2026_2.iri, DATE, "2026-06-15", "Beschikking M(2026)2 tot wijziging"),
        Rel(
            _M2026_3.iri,
            AMENDS,
            _M2025_10.iri,
            "Décision du Comité de Ministres Benelux M (2026) 3",
        ),
        Rel(_M2026_3.iri, DATE, "2026-06-15", "Décision du Comité de Ministres Benelux M (2026) 3"),
        Rel(_M2026_4.iri, DATE, "2026-06-15", "stages in het beroepsonderwijs"),
        Rel(_M2026_5.iri, DATE, "2026-03-16", "in antwoord op de aanbeveling"),
        Rel(_R_TELE.iri, PASSED, I_BP, "in antwoord op de aanbeveling"),
        Rel(_R_TELE.iri, DATE, "2025-03-22", "in antwoord op de aanbeveling"),
        Rel(_M2026_6.iri, DATE, "2026-06-15", "Aanbeveling M(2026)6"),
        *passed_cvm(
            (_M2026_1, "laatstelijk gewijzigd bij Beschikking M (2025) 7"),
            (_M2021_11, "laatstelijk gewijzigd bij Beschikking M (2025) 7"),
            (_M2025_7, "laatstelijk gewijzigd bij Beschikking M (2025) 7"),
            (_M2026_2, "Beschikking M(2026)2 tot wijziging"),
            (_M2017_12, "Beschikking M(2026)2 tot wijziging"),
            (_M2020_19, "Beschikking M(2026)2 tot wijziging"),
            (_M2026_3, "Décision du Comité de Ministres Benelux M (2026) 3"),
            (_M2025_10, "Décision du Comité de Ministres Benelux M (2026) 3"),
            (_M2026_4, "stages in het beroepsonderwijs"),
            (_M2026_5, "in antwoord op de aanbeveling"),
            (_M2026_6, "Aanbeveling M(2026)6"),
        ),
        *[Rel(_UO_PC.iri, PART, c, "inzake de gemeen") for c in (BE, NL, LU)],
        Rel(_UO_PC.iri, DATE, "2026-02-09", "inzake de gemeen"),
        Rel(_PROT_ANPR.iri, AMENDS, _ANPR_IRI, "Protocol houdende wijziging"),
        Rel(_PROT_ANPR.iri, DATE, "2026-02-09", "Protocol houdende wijziging"),
        Rel(_ANPR_IRI, DATE, "2023-06-13", "Protocol houdende wijziging"),
        *[Rel(_ANPR_IRI, PART, c, "Protocol houdende wijziging") for c in (BE, NL, LU)],
        Rel(_SO_CBSS.iri, PART, BU, "Samenwerkingsovereenkomst tussen"),
        Rel(_SO_CBSS.iri, PART, _CBSS.iri, "Samenwerkingsovereenkomst tussen"),
        Rel(_SO_CBSS.iri, DATE, "2026-04-21", "Samenwerkingsovereenkomst tussen"),
        Rel(_MOU_H2_IRI, PART, I_SG, "Memorandum of Understanding tussen"),
        Rel(_MOU_H2_IRI, PART, NRW, "Memorandum of Understanding tussen"),
        Rel(_MOU_H2_IRI, DATE, "2026-05-12", "Memorandum of Understanding tussen"),
    ],
)

# --- g03: annual plan 2025, chapter 4 "Justitie en binnenlandse zaken" -----------------------
_G03 = "g03_annual_plan_justice"
_T_POL_G03 = Ent(
    T_POLITIE,
    "Treaty",
    "Benelux-Politieverdrag",
    [
        "Verdrag tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg inzake politiesamenwerking",
        "Benelux-Politieverdrag",
        "Politieverdrag",
    ],
    not_in=["Werkgroep Politieverdrag"],
)
_T_SENN = Ent(
    "id/instrument/verdrag-van-senningen",
    "Treaty",
    "Verdrag van Senningen",
    ["Verdrag van Senningen"],
)
_WG_POL = wg("Werkgroep Politieverdrag")
_ANPR_G03 = Ent(
    _ANPR_IRI,
    "Agreement",
    "Uitvoeringsovereenkomst inzake ANPR",
    ["Uitvoeringsovereenkomst inzake ANPR", "Uitvoeringsovereenkomst ANPR"],
)
_UO_PAT = Ent(
    "id/instrument/uitvoeringsovereenkomst-inzake-gemeenschappelijke-patrouilles",
    "Agreement",
    "Uitvoeringsovereenkomst inzake gemeenschappelijke patrouilles",
    ["uitvoeringsovereenkomst inzake gemeenschappelijke patrouilles"],
)
_UO_DRONES = ins(
    "Uitvoeringsovereenkomst inzake de inzet van drones bij grensoverschrijdende politieoperaties",
    "Agreement",
    "uitvoeringsovereenkomst inzake de inzet van drones bij grensoverschrijdende politieoperaties",
)
_UA_ACHT = ins("Benelux-Uitvoeringsafspraak over grensoverschrijdende achtervolging", "Agreement")
_V_HAVENS = Ent(
    "id/instrument/politieke-verklaring-over-drugscriminaliteit-in-de-havens-van-2-oktober-2023",
    "Declaration",
    "Politieke verklaring over drugscriminaliteit in de havens van 2 oktober 2023",
    ["politieke verklaring over drugscriminaliteit in de havens"],
)
_R_DRUGS = Ent(
    "id/instrument/aanbeveling-gezamenlijke-aanpak-van-drugscriminaliteit-in-de-havens-van-antwerpen-rotterdam-en-vlissingen",
    "Recommendation",
    "Aanbeveling Gezamenlijke aanpak van drugscriminaliteit in de havens van Antwerpen, Rotterdam en Vlissingen",
    [
        "aanbeveling Gezamenlijke aanpak van drugscriminaliteit in de havens van Antwerpen, Rotterdam en Vlissingen"
    ],
)
_MOU_2006 = Ent(
    "id/instrument/memorandum-of-understanding-over-noodplanning-en-crisisbeheersing-van-2006",
    "Declaration",
    "Memorandum of Understanding over noodplanning en crisisbeheersing van 2006",
    [
        "Memorandum of Understanding over noodplanning en crisisbeheersing van 2006",
        "memorandum van 2006",
        "Memorandum crisisbeheersing",
    ],
)
_MOU_NEW = ins(
    "Memorandum over crisisbeheersing en weerbaarheid",
    "Declaration",
    "memorandum over crisisbeheersing en weerbaarheid",
)
_D_AMBU_G03 = Ent(
    _D_AMBU_IRI,
    "Decision",
    _D_AMBU_LABEL,
    ["beschikking over de grensoverschrijdende inzet van ambulances", "Ambulancebeschikking"],
)
SPECS[_G03] = (
    [
        bu(),
        _GWP_2025,
        sg(),
        _T_POL_G03,
        country(BE, "België", "Koninkrijk België", "België"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden", "Nederland"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg", "Luxemburg"),
        _T_SENN,
        _WG_POL,
        Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"]),
        _ANPR_G03,
        _UO_PAT,
        _UO_DRONES,
        _UA_ACHT,
        act("Richtlijn (EU) 2023/977"),
        act("Verordening (EU) 2024/982", "Verordening (EU) 2024/982", "Prüm II"),
        act("Wet politiegegevens"),
        _V_HAVENS,
        country(DE, "Duitsland"),
        country(FR, "Frankrijk"),
        _WG_DRUGS,
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        bp("Benelux Parlement"),
        _R_DRUGS,
        cvm(),
        _MOU_2006,
        _MOU_NEW,
        _WG_CRISIS,
        region(NRW, "Noordrijn-Westfalen"),
        _D_AMBU_G03,
        Ent(_T_FRAUDE_IRI, "Treaty", _T_FRAUDE_LABEL, [_T_FRAUDE_LABEL]),
    ],
    [
        *[
            Rel(T_POLITIE, PART, c, "Het Verdrag tussen het Koninkrijk België")
            for c in (BE, NL, LU)
        ],
        Rel(T_POLITIE, DATE, "2018-07-23", "Het Verdrag tussen het Koninkrijk België"),
        Rel(T_POLITIE, AMENDS, _T_SENN.iri, "Dit Benelux-Politieverdrag vervangt"),
        Rel(_T_SENN.iri, DATE, "2004-06-08", "Dit Benelux-Politieverdrag vervangt"),
        Rel(_WG_POL.iri, SUB, SENN, "De Werkgroep Politieverdrag, die onder"),
        Rel(_ANPR_IRI, DATE, "2023-06-13", "ondertekend op 13 juni 2023"),
        *[Rel(_ANPR_IRI, PART, c, "ondertekend op 13 juni 2023") for c in (BE, NL, LU)],
        Rel(_UO_PAT.iri, DATE, "2024-12-04", "die de ministers op 4 december"),
        Rel(_V_HAVENS.iri, DATE, "2023-10-02", "Op 2 oktober 2023 ondertekenden"),
        Rel(_V_HAVENS.iri, PART, DE, "Op 2 oktober 2023 ondertekenden"),
        Rel(_WG_DRUGS.iri, SUB, SENN, "De Benelux-werkgroep Drugs, die onder"),
        Rel(_WG_DRUGS.iri, COOP, EUROPOL, "De Benelux-werkgroep Drugs, die onder"),
        Rel(_WG_DRUGS.iri, PART, FR, "Frankrijk neemt"),
        Rel(_R_DRUGS.iri, PASSED, I_BP, "Het Benelux Parlement nam op 15 juni 2024"),
        Rel(_R_DRUGS.iri, DATE, "2024-06-15", "Het Benelux Parlement nam op 15 juni 2024"),
        Rel(_MOU_2006.iri, DATE, "2006", "Het Memorandum of Understanding over noodplanning"),
        Rel(_MOU_NEW.iri, AMENDS, _MOU_2006.iri, "bereidt een nieuw memorandum"),
        Rel(_MOU_2006.iri, PART, NRW, "dat in 2018 tot het memorandum toetrad"),
        Rel(_WG_CRISIS.iri, PART, NRW, "dat in 2018 tot het memorandum toetrad"),
        Rel(_D_AMBU_IRI, DATE, "2023-10-18", "De beschikking over de grensoverschrijdende inzet"),
        Rel(_D_AMBU_IRI, PASSED, I_CVM, "De beschikking over de grensoverschrijdende inzet"),
        Rel(_T_FRAUDE_IRI, DATE, "2023-11-14", "ligt ter goedkeuring"),
    ],
)

# --- g04: evaluation report, chapter 3 on the instruments of the Committee of Ministers -------
_G04 = "g04_evaluation_instruments"
_T_BV = Ent(
    _T_BV_IRI,
    "Treaty",
    "Benelux-Verdrag",
    [
        "Benelux-Verdrag",
        "Verdrag tot herziening van het Verdrag tot instelling van de Benelux Economische Unie",
    ],
)
_T_1958 = Ent(
    "id/instrument/verdrag-tot-instelling-van-de-benelux-economische-unie",
    "Treaty",
    "Verdrag tot instelling van de Benelux Economische Unie",
    ["Verdrag tot instelling van de Benelux Economische Unie"],
)
_M2015_15 = m_number(
    "M(2015)15",
    "Decision",
    "Beschikking M (2015) 15 betreffende proeven met langere en zwaardere vrachtwagencombinaties",
)
_M2018_3 = m_number("M(2018)3", "Decision", "M(2018)3")
_M2024_11 = m_number("M(2024)11", "Decision", "M (2024)11")
_M2017_12_G04 = m_number(
    "M(2017)12", "Decision", "Beschikking M(2017) 12 over de digitale vrachtbrief"
)
_M2020_19_G04 = m_number("M(2020)19", "Decision", "M (2020)19")
_D_BEW = ins(
    "Beschikking over de wederzijdse erkenning van de bekwaamheidsbewijzen van bewakingsagenten",
    "Decision",
    "beschikking over de wederzijdse erkenning van de bekwaamheidsbewijzen van bewakingsagenten",
    "Bewakingsbeschikking",
)
_M2016_8 = m_number(
    "M(2016)8",
    "Directive",
    "Richtlijn M (2016) 8 betreffende de bewegwijzering van grensoverschrijdende fietsroutes",
)
_M2019_7 = m_number(
    "M(2019)7",
    "Recommendation",
    "Aanbeveling M (2019) 7 betreffende de fiscale samenwerking en de strijd tegen de fiscale fraude",
)
_M2022_4 = m_number(
    "M(2022)4",
    "Recommendation",
    "Aanbeveling M(2022) 4 betreffende grensoverschrijdende leerwerktrajecten",
)
_R_2014 = Ent(
    "id/instrument/aanbeveling-over-grensarbeid-van-2014",
    "Recommendation",
    "Aanbeveling over grensarbeid van 2014",
    ["aanbeveling over grensarbeid"],
)
_R_912 = Ent(
    "id/instrument/aanbeveling-912-2-over-patientenmobiliteit",
    "Recommendation",
    "Aanbeveling 912/2 over patiëntenmobiliteit",
    ["Aanbeveling 912/2 over patiëntenmobiliteit"],
)
_V_LUX = ins("Verklaring van Luxemburg", "Declaration")
_EV_TOP19 = event("Benelux-top 2019", "Benelux-top", slug="benelux-top-2019")
_V_2020 = Ent(
    "id/instrument/gemeenschappelijke-politieke-verklaring-benelux-top-2020",
    "Declaration",
    "Gemeenschappelijke politieke verklaring Benelux-Top 2020",
    ["Gemeenschappelijke politieke verklaring van 7 oktober 2020"],
)
_IV_2018 = Ent(
    "id/instrument/intentieverklaring-benelux-unie-hauts-de-france-van-7-juni-2018",
    "Declaration",
    "Intentieverklaring Benelux Unie-Hauts-de-France van 7 juni 2018",
    ["intentieverklaring Benelux Unie-Hauts-de-France van 7 juni 2018"],
)
_AA_NRVM = Ent(
    "id/instrument/administratief-akkoord-met-de-noordse-raad-van-ministers-2024",
    "Agreement",
    "Administratief akkoord met de Noordse Raad van Ministers 2024",
    ["administratief akkoord met de Noordse Raad van Ministers van 25 januari 2024"],
)
_MEM_SENN = Ent(
    "id/instrument/memorandum-van-senningen",
    "Declaration",
    "Memorandum van Senningen",
    ["Memorandum van Senningen"],
)
SPECS[_G04] = (
    [
        _T_BV,
        _T_1958,
        bu("Benelux Economische Unie", "Benelux Unie"),
        cvm("Comité van Ministers", "Comité"),
        _M2015_15,
        _M2018_3,
        _M2024_11,
        _M2017_12_G04,
        _M2020_19_G04,
        _D_BEW,
        act("Regeling particuliere beveiligingsorganisaties en recherchebureaus"),
        act("Wet van 2 oktober 2017 tot regeling van de private en bijzondere veiligheid"),
        act("Wegcode"),
        act("Reglement verkeersregels en verkeerstekens 1990"),
        act("Richtlijn 2008/96/EG"),
        _M2016_8,
        _M2019_7,
        _M2022_4,
        _WG_DIPLO,
        bp("Benelux-Parlement", "Interparlementaire Benelux-Raad"),
        _R_2014,
        _R_912,
        _V_LUX,
        _EV_TOP19,
        _V_2020,
        _IV_2018,
        region(HDF, "Hauts-de-France", compound=True),
        _AA_NRVM,
        _NRVM,
        sg(),
        _MEM_SENN,
        Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"]),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        Ent(
            "id/organisation/fod-binnenlandse-zaken",
            "NationalBody",
            "FOD Binnenlandse Zaken",
            ["Federale Overheidsdienst Binnenlandse Zaken"],
        ),
    ],
    [
        Rel(_T_BV_IRI, DATE, "2008-06-17", "Artikel 6 van het Benelux-Verdrag"),
        Rel(_T_BV_IRI, AMENDS, _T_1958.iri, "Het Verdrag tot instelling"),
        Rel(_T_1958.iri, DATE, "1958-02-03", "Het Verdrag tot instelling"),
        Rel(
            _M2018_3.iri, AMENDS, _M2015_15.iri, "langere en zwaardere vrachtwagencombinaties werd"
        ),
        Rel(
            _M2024_11.iri, AMENDS, _M2015_15.iri, "langere en zwaardere vrachtwagencombinaties werd"
        ),
        Rel(_M2020_19_G04.iri, AMENDS, _M2017_12_G04.iri, "verlengd en uitgebreid"),
        *passed_cvm(
            (_M2015_15, "langere en zwaardere vrachtwagencombinaties werd"),
            (_M2018_3, "langere en zwaardere vrachtwagencombinaties werd"),
            (_M2024_11, "langere en zwaardere vrachtwagencombinaties werd"),
            (_M2017_12_G04, "verlengd en uitgebreid"),
            (_M2020_19_G04, "verlengd en uitgebreid"),
            (_D_BEW, "die het Comité van Ministers op 10 december 2019"),
            (_M2016_8, "Het Comité gebruikte de richtlijn"),
            (_M2019_7, "Een\nuitzondering is Aanbeveling"),
            (_M2022_4, "Aanbeveling M(2022) 4"),
        ),
        Rel(_D_BEW.iri, DATE, "2019-12-10", "die het Comité van Ministers op 10 december 2019"),
        Rel(_M2016_8.iri, DATE, "2016-06-20", "Het Comité gebruikte de richtlijn"),
        Rel(_R_2014.iri, PASSED, I_BP, "die de Interparlementaire Benelux-Raad in 2014"),
        Rel(_R_2014.iri, DATE, "2014", "die de Interparlementaire Benelux-Raad in 2014"),
        Rel(_R_912.iri, PASSED, I_BP, "Aanbeveling 912/2"),
        Rel(_R_912.iri, DATE, "2018", "Aanbeveling 912/2"),
        Rel(_V_LUX.iri, DATE, "2019", "Verklaring van Luxemburg (2019)"),
        Rel(_V_2020.iri, DATE, "2020-10-07", "Verklaring van Luxemburg (2019)"),
        Rel(_IV_2018.iri, DATE, "2018-06-07", "Met buurregio's werkt"),
        Rel(_IV_2018.iri, PART, BU, "Met buurregio's werkt"),
        Rel(_IV_2018.iri, PART, HDF, "Met buurregio's werkt"),
        Rel(_AA_NRVM.iri, DATE, "2024-01-25", "Het administratief akkoord met"),
        Rel(_AA_NRVM.iri, PART, I_SG, "Het administratief akkoord met"),
        Rel(_AA_NRVM.iri, PART, _NRVM.iri, "Het administratief akkoord met"),
        Rel(_MEM_SENN.iri, DATE, "1996", "In het veiligheidsdomein"),
    ],
)

# --- g05: answers to parliamentary questions on cross-border ambulance care -----------------
_G05 = "g05_answers_ambulance"
_D_AMBU_G05 = Ent(
    _D_AMBU_IRI,
    "Decision",
    _D_AMBU_LABEL,
    [
        "beschikking over de grensoverschrijdende inzet van ambulances",
        "Benelux-beschikking over ambulances",
        "Ambulancebeschikking",
    ],
)
_WG_AMBU = wg("Benelux-werkgroep Grensoverschrijdende Ambulancezorg")
_FOD_VG = body("FOD Volksgezondheid")
_MIN_VWS = body("Ministerie van Volksgezondheid, Welzijn en Sport")
_CGDIS = body(
    "Corps grand-ducal d'incendie et de secours",
    "Corps grand-ducal d'incendie et de secours",
    "CGDIS",
)
_M2020_5 = m_number("M(2020)5", "Decision", "Beschikking M (2020) 5 inzake eHealth")
_M2023_2 = m_number("M(2023)2", "Decision", "M(2023)2")
_D_EH = Ent(
    "id/instrument/beschikking-tot-wijziging-van-beschikking-m-2020-5-inzake-ehealth",
    "Decision",
    "Beschikking tot wijziging van Beschikking M (2020) 5 inzake eHealth",
    ["beschikking tot wijziging van Beschikking M (2020) 5 inzake eHealth"],
)
_R_960 = Ent(
    "id/instrument/aanbeveling-960-1-betreffende-grensoverschrijdende-ambulancezorg",
    "Recommendation",
    "Aanbeveling 960/1 betreffende grensoverschrijdende ambulancezorg",
    [
        "aanbeveling 960/2 betreffende grensoverschrijdende ambulancezorg",
        "aanbeveling van het Benelux-Parlement over ambulancezorg",
    ],
)
_IV_HELI = ins(
    "Intentieverklaring over de grensoverschrijdende inzet van traumahelikopters",
    "Declaration",
    "intentieverklaring over de grensoverschrijdende inzet van traumahelikopters",
)
SPECS[_G05] = (
    [
        tk("leden der Kamer"),
        person("Verhoeven-Smit"),
        _D_AMBU_G05,
        cvm("Comité van Ministers"),
        Ent(_T_BV_IRI, "Treaty", "Benelux-Verdrag", ["Benelux-Verdrag"]),
        act("Wet ambulancezorgvoorzieningen"),
        act("Koninklijk besluit van 8 februari 2024", "koninklijk besluit van 8 februari 2024"),
        _WG_AMBU,
        _WG_CRISIS,
        _FOD_VG,
        _MIN_VWS,
        _CGDIS,
        _BRK,
        _M2020_5,
        _M2023_2,
        _D_EH,
        act("Verordening (EU) 2025/327"),
        act("Richtlijn 2011/24/EU"),
        act("Verordening (EG) nr. 883/2004"),
        bp("Benelux-Parlement"),
        _R_960,
        _IV_HELI,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        region(NRW, "Noordrijn-Westfalen"),
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
    ],
    [
        Rel(_D_AMBU_IRI, PASSED, I_CVM, "De beschikking over de grensoverschrijdende inzet"),
        Rel(_D_AMBU_IRI, DATE, "2023-10-18", "De beschikking over de grensoverschrijdende inzet"),
        Rel(_WG_AMBU.iri, SUB, _WG_CRISIS.iri, "De uitvoering wordt begeleid"),
        *[Rel(_WG_AMBU.iri, PART, x.iri, "(CGDIS) deel") for x in (_FOD_VG, _MIN_VWS, _CGDIS)],
        Rel(_WG_AMBU.iri, PART, _BRK.iri, "De Bezirksregierung Köln is waarnemer"),
        Rel(_M2023_2.iri, AMENDS, _M2020_5.iri, "gewijzigd bij Beschik"),
        Rel(_D_EH.iri, AMENDS, _M2020_5.iri, "Het Comité van Ministers bereidt"),
        *passed_cvm(
            (_M2020_5, "gewijzigd bij Beschik"),
            (_M2023_2, "gewijzigd bij Beschik"),
            (_D_EH, "Het Comité van Ministers bereidt"),
        ),
        Rel(_R_960.iri, PASSED, I_BP, "Het Benelux-Parlement nam op 20 maart 2026"),
        Rel(_R_960.iri, DATE, "2026-03-20", "Het Benelux-Parlement nam op 20 maart 2026"),
        *[
            Rel(_IV_HELI.iri, PART, x, "De ministers van Volksgezondheid")
            for x in (BE, NL, LU, NRW)
        ],
        Rel(_IV_HELI.iri, DATE, "2025-12-03", "De ministers van Volksgezondheid"),
    ],
)

# --- g06: news page, memorandum of understanding with North Rhine-Westphalia on hydrogen ------
_G06 = "g06_news_hydrogen_nrw"
_MOU_H2 = Ent(
    _MOU_H2_IRI,
    "Declaration",
    _MOU_H2_LABEL,
    [_MOU_H2_LABEL, "memorandum over waterstof"],
)
_V_NRW = Ent(
    "id/instrument/politieke-verklaring-benelux-noordrijn-westfalen",
    "Declaration",
    "Politieke verklaring Benelux-Noordrijn-Westfalen",
    ["Politieke Verklaring Benelux-Noordrijn-Westfalen"],
)
_V_NRW2 = Ent(
    "id/instrument/hernieuwde-politieke-verklaring-benelux-noordrijn-westfalen",
    "Declaration",
    "Hernieuwde politieke verklaring Benelux-Noordrijn-Westfalen",
    ["hernieuwde politieke verklaring Benelux-Noordrijn-Westfalen"],
)
_V_H2 = Ent(
    "id/instrument/politieke-verklaring-over-waterstof-van-juni-2020",
    "Declaration",
    "Politieke verklaring over waterstof van juni 2020",
    ["politieke verklaring over waterstof van juni 2020"],
)
_PENTA = Ent(
    "id/working-group/pentalateraal-energieforum",
    "WorkingGroup",
    "Pentalateraal Energieforum",
    ["Pentalateraal Energieforum"],
)
_R_H2 = ins(
    "Aanbeveling over een grensoverschrijdend waterstofnetwerk",
    "Recommendation",
    "aanbeveling over een grensoverschrijdend waterstofnetwerk van 13 december 2025",
)
_WG_H2 = wg("Benelux-NRW-werkgroep Waterstof")
_GASUNIE, _FLUXYS, _CREOS = org("Gasunie"), org("Fluxys"), org("Creos")
_OGE = org("Open Grid Europe")
_E4C = org("NRW.Energy4Climate")
_SO_E4C = ins(
    "Samenwerkingsovereenkomst over de uitwisseling van netgegevens",
    "Agreement",
    "samenwerkingsovereenkomst over de uitwisseling van netgegevens",
)
SPECS[_G06] = (
    [
        Ent(
            NRW,
            "NeighbouringRegion",
            "Noordrijn-Westfalen",
            ["Noordrijn-Westfalen", "NRW"],
            compound=True,
            not_in=["NRW.Energy4Climate"],
        ),
        _MOU_H2,
        person("Frans Weekers", "Weekers"),
        person("Mona Neubaur", "Neubaur"),
        bu(),
        _V_NRW,
        _V_NRW2,
        _V_H2,
        _PENTA,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        country(DE, "Duitsland"),
        country(FR, "Frankrijk"),
        country(AT, "Oostenrijk"),
        country(CH, "Zwitserland"),
        bp("Beneluxparlement"),
        _R_H2,
        cvm(),
        _WG_H2,
        csg(),
        _GASUNIE,
        _FLUXYS,
        _CREOS,
        _OGE,
        region("id/region/nedersaksen", "Nedersaksen"),
        sg(),
        _E4C,
        _SO_E4C,
        act("Verordening (EU) 2024/1789"),
        act("Richtlijn (EU) 2024/1788"),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        event("Benelux-top 2026", "Benelux-top van 2026", slug="benelux-top-2026"),
    ],
    [
        Rel(_MOU_H2.iri, PART, BU, "Weekers tekende namens"),
        Rel(_MOU_H2.iri, PART, NRW, "hebben vandaag een Memorandum"),
        Rel(_MOU_H2.iri, DATE, "2026-05-12", "hebben vandaag een Memorandum"),
        Rel(_V_NRW.iri, PART, NRW, "Het memorandum bouwt voort"),
        Rel(_V_NRW.iri, DATE, "2008-12-09", "Het memorandum bouwt voort"),
        Rel(_V_NRW2.iri, PART, NRW, "Het memorandum bouwt voort"),
        Rel(_V_NRW2.iri, DATE, "2018", "Het memorandum bouwt voort"),
        Rel(_V_H2.iri, DATE, "2020", "Ook de politieke verklaring over waterstof"),
        *[
            Rel(_PENTA.iri, PART, c, "Ook de politieke verklaring over waterstof")
            for c in (BE, NL, LU, DE, FR, AT, CH)
        ],
        Rel(_R_H2.iri, PASSED, I_BP, "In zijn aanbeveling over"),
        Rel(_R_H2.iri, DATE, "2025-12-13", "In zijn aanbeveling over"),
        Rel(_WG_H2.iri, SUB, I_CSG, "De uitvoering ligt bij de nieuwe"),
        Rel(_WG_H2.iri, PART, NRW, "De uitvoering ligt bij de nieuwe"),
        *[
            Rel(_WG_H2.iri, PART, x.iri, "Aan de werkgroep nemen")
            for x in (_GASUNIE, _FLUXYS, _CREOS, _OGE)
        ],
        Rel(_SO_E4C.iri, PART, I_SG, "Tegelijk met het memorandum"),
        Rel(_SO_E4C.iri, PART, _E4C.iri, "Tegelijk met het memorandum"),
        Rel(_SO_E4C.iri, DATE, "2026-05-12", "Tegelijk met het memorandum"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
