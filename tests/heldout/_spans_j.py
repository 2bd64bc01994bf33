# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of measurement set J (tests/heldout/gold/k01…k06).

Set J is held out: it was written in session 5 by a helper that never read the extractor's
code, patterns, reference data or output, never ran the extractor or ``evaluate_set.py``, and
never opened set B. It has one document of each kind: an annual-plan chapter (animal health,
food safety, circular building), an evaluation chapter (cross-border enforcement of traffic
fines), a Kamerbrief (priorities of the Dutch presidency of 2026), a news page of the
Secretariat-General (an education conference), a Benelux Publicatieblad index (July-December
2026) and a report of a Benelux Parliament committee. It exercises relations stated in varied
ways: participants in running text, in lists, across two sentences ("Hetzelfde geldt … voor"),
as observers, chairs and co-organisers; parents ("valt onder", "rapporteert aan", "van het
Senningenoverleg", "een van de vaste commissies van"); cooperation; dates in the sentence, in
a footnote, in an index line and relative to another date ("Dezelfde dag"); amendments ("zal
… vervangen", "paste die beschikking aan", "wijzigt", "houdende wijziging van", "laatstelijk
gewijzigd bij", "tot wijziging van"); issuing bodies. The offset helpers and the JSON writer
are those of ``_spans.py`` (set A), which in turn imports the matching rules of
``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_j.py              # write gold/k01…k06.json, verify every span
    python tests/heldout/_spans_j.py review DOC   # every hit and evidence in context
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
NDS = "id/region/nedersaksen"


def senn() -> Any:
    return Ent(SENN, "WorkingGroup", "Senningenoverleg", ["Senningenoverleg"])


def benelux_countries() -> list[Any]:
    """The three member states, also as named in a party title (set A's h02)."""
    return [
        country(BE, "België", "België", "Koninkrijk België"),
        country(NL, "Nederland", "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Luxemburg", "Groothertogdom Luxemburg"),
    ]


# Instruments, groups, bodies and meetings that also occur in the seeds or in sets A and C-I
# keep their IRIs there; those shared by two J documents are built once.
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_DC_VV = wg("Directiecomité Verkeer en Vervoer")
_WG_ONDER = wg("Benelux-werkgroep Ondermijning")
_T_RAMP = ins(
    "Benelux-Verdrag inzake grensoverschrijdende hulpverlening bij rampen",
    "Treaty",
)
_TOP26 = Ent("id/event/benelux-top-2026", "Meeting", "Benelux-top 2026", ["Benelux-top"])
_T_SF = Ent(
    "id/instrument/benelux-verdrag-inzake-de-bestrijding-van-sociale-fraude",
    "Treaty",
    "Benelux-Verdrag inzake de bestrijding van sociale fraude",
    ["Benelux-Verdrag inzake de bestrijding van sociale fraude"],
)
_EMR = Ent(
    "id/organisation/euregio-maas-rijn",
    "ExternalOrganisation",
    "Euregio Maas-Rijn",
    ["Euregio Maas-Rijn"],
)
_ITEM = Ent("id/organisation/item", "ExternalOrganisation", "ITEM", ["ITEM"])

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- k01: annual plan 2025, chapter 5 (animal health, food safety, circular economy) ---------
_K01 = "k01_annual_plan_animal_health"
_WG_DIER = wg("Benelux-werkgroep Dierziekten")
_DC_LV = wg("Directiecomité Landbouw en Voedselveiligheid")
_FAVV = body(
    "Federaal Agentschap voor de Veiligheid van de Voedselketen",
    "Federaal Agentschap voor de Veiligheid van de Voedselketen",
    "FAVV",
)
_NVWA = body(
    "Nederlandse Voedsel- en Warenautoriteit", "Nederlandse Voedsel- en Warenautoriteit", "NVWA"
)
_ALVA = body(
    "Administration luxembourgeoise vétérinaire et alimentaire",
    "Administration luxembourgeoise vétérinaire et alimentaire",
    "ALVA",
)
_FLI = org("Friedrich-Loeffler-Institut")
_DGAL = org("Direction générale de l'alimentation")
_M2011_4 = m_number(
    "M(2011)4",
    "Recommendation",
    "Aanbeveling M (2011) 4 inzake de bestrijding van de vogelgriep in de grensstreek",
    "Aanbeveling M (2011) 4",
)
_D_ZONES = ins(
    "Beschikking betreffende de wederzijdse erkenning van beperkingszones bij uitbraken van dierziekten",
    "Decision",
    "beschikking betreffende de wederzijdse erkenning van beperkingszones bij uitbraken van dierziekten",
    "Beschikking over beperkingszones",
)
_LAVE = org(
    "Landesamt für Verbraucherschutz und Ernährung van Noordrijn-Westfalen",
    "Landesamt für Verbraucherschutz und Ernährung van Noordrijn-Westfalen",
)
_EV_DIER = event("Benelux-Diergezondheidsdag")
_EFSA = org(
    "Europese Autoriteit voor voedselveiligheid",
    "Europese Autoriteit voor voedselveiligheid",
    "EFSA",
)
_V_BOUW = ins("Benelux-verklaring over het hergebruik van bouwmaterialen", "Declaration")
_WG_BOUW = wg("Benelux-werkgroep Circulair Bouwen")
_OVAM = body(
    "Openbare Vlaamse Afvalstoffenmaatschappij", "Openbare Vlaamse Afvalstoffenmaatschappij", "OVAM"
)
_RWS = body("Rijkswaterstaat")
_AEV = body("Administration de l'environnement")
_CEN = org("Europees Comité voor Normalisatie", "Europees Comité voor Normalisatie", "CEN")
SPECS[_K01] = (
    [
        bu(),
        _GWP_2025,
        cvm("Comité van Ministers"),
        _WG_DIER,
        _DC_LV,
        csg(),
        _FAVV,
        _NVWA,
        _ALVA,
        _FLI,
        _DGAL,
        _D_ZONES,
        act("Verordening (EU) 2016/429"),
        _M2011_4,
        _LAVE,
        region(NRW, "Noordrijn-Westfalen"),
        _EV_DIER,
        sg(),
        region(GR, "Grande Région"),
        _EFSA,
        *benelux_countries(),
        _V_BOUW,
        _WG_BOUW,
        _OVAM,
        _RWS,
        _AEV,
        _CEN,
        act("Verordening (EU) 2024/3110"),
    ],
    [
        Rel(_GWP_2025.iri, PASSED, I_CVM, "dat het Comité van Ministers op 18 november"),
        Rel(_GWP_2025.iri, DATE, "2024-11-18", "dat het Comité van Ministers op 18 november"),
        Rel(_WG_DIER.iri, SUB, _DC_LV.iri, "De Benelux-werkgroep Dierziekten valt onder"),
        Rel(_DC_LV.iri, SUB, I_CSG, "De Benelux-werkgroep Dierziekten valt onder"),
        *[
            Rel(_WG_DIER.iri, PART, x.iri, "In de werkgroep zitten het Federaal")
            for x in (_FAVV, _NVWA, _ALVA)
        ],
        Rel(_WG_DIER.iri, PART, _FLI.iri, "Het Duitse Friedrich-Loeffler-Institut neemt"),
        # "Hetzelfde geldt … voor": the observer status of the sentence before.
        Rel(_WG_DIER.iri, PART, _DGAL.iri, "Hetzelfde geldt sinds januari 2025"),
        # A planned decision: every beschikking is the Committee's (seed rule); no date.
        Rel(_D_ZONES.iri, PASSED, I_CVM, "Het Comité van Ministers wordt in juni 2025"),
        # "zal … vervangen" gives eli:amends (sets G and H).
        Rel(_D_ZONES.iri, AMENDS, _M2011_4.iri, "en zal Aanbeveling M (2011) 4"),
        Rel(_M2011_4.iri, PASSED, I_CVM, "Aanbeveling M (2011) 4 van het Comité van Ministers"),
        Rel(
            _M2011_4.iri, DATE, "2011-06-27", "Aanbeveling M (2011) 4 van het Comité van Ministers"
        ),
        Rel(_FAVV.iri, COOP, _LAVE.iri, "Het FAVV en de NVWA werken samen"),
        Rel(_NVWA.iri, COOP, _LAVE.iri, "Het FAVV en de NVWA werken samen"),
        # Organiser and co-organiser of a theme day take part; so does a body sending a speaker.
        Rel(_EV_DIER.iri, PART, I_SG, "organiseert het Secretariaat-Generaal samen met"),
        Rel(_EV_DIER.iri, PART, GR, "organiseert het Secretariaat-Generaal samen met"),
        Rel(_EV_DIER.iri, PART, _EFSA.iri, "heeft toegezegd een spreker te sturen"),
        *[
            Rel(_V_BOUW.iri, PART, c, "Op 12 maart 2024 ondertekenden de bevoegde ministers")
            for c in (BE, NL, LU)
        ],
        Rel(
            _V_BOUW.iri, DATE, "2024-03-12", "Op 12 maart 2024 ondertekenden de bevoegde ministers"
        ),
        Rel(_V_BOUW.iri, PART, NRW, "Noordrijn-Westfalen trad op dezelfde dag"),
        Rel(_WG_BOUW.iri, SUB, I_CSG, "rechtstreeks rapporteert aan het College"),
        *[
            Rel(_WG_BOUW.iri, PART, x.iri, "werkgroep brengt de Openbare Vlaamse")
            for x in (_OVAM, _RWS, _AEV)
        ],
        Rel(_WG_BOUW.iri, COOP, _CEN.iri, "werkt de werkgroep samen met"),
        Rel(I_SG, COOP, _EFSA.iri, "Het Secretariaat-Generaal werkt samen met EFSA"),
    ],
)

# --- k02: evaluation report, chapter 3 on cross-border enforcement of traffic fines ---------
_K02 = "k02_evaluation_traffic_fines"
_T_VERK = ins(
    "Benelux-Verkeersverdrag",
    "Treaty",
    "Verdrag tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg inzake de samenwerking op het gebied van de opsporing en vervolging van inbreuken op de verkeersvoorschriften",
    "verdrag van 24 juni 2004",
    "Verdrag van Brussel van 24 juni 2004",
    "Benelux-Verkeersverdrag",
)
_P_VERK = ins(
    "Protocol van 11 december 2023 tot wijziging van het Benelux-Verkeersverdrag",
    "Treaty",
    "protocol van 11 december 2023",
)
_M2019_11 = m_number("M(2019)11", "Decision", "Beschikking M (2019) 11")
_M2023_9 = m_number("M(2023)9", "Decision", "Beschikking M (2023) 9")
_WG_VH = wg("Benelux-werkgroep Verkeershandhaving")
_CJIB = body("Centraal Justitieel Incassobureau", "Centraal Justitieel Incassobureau", "CJIB")
_FODJ = body("FOD Justitie")
_FP = body("Federale Politie")
_PGD = body("Police grand-ducale")
_RDW = body("RDW")
_DIV = body("Directie Inschrijvingen Voertuigen")
_ANTAI = org(
    "Agence nationale de traitement automatisé des infractions",
    "Agence nationale de traitement automatisé des infractions",
    "ANTAI",
)
_BFJ = org("Bundesamt für Justiz")
_R938 = Ent(
    "id/instrument/aanbeveling-938-2-over-de-inning-van-verkeersboetes-in-de-grensstreek",
    "Recommendation",
    "Aanbeveling 938/2 over de inning van verkeersboetes in de grensstreek",
    [
        "aanbeveling 938/2 over de inning van verkeersboetes in de grensstreek",
        "aanbeveling 938/2",
    ],
)
SPECS[_K02] = (
    [
        _T_VERK,
        *benelux_countries(),
        _P_VERK,
        act("Richtlijn (EU) 2015/413"),
        act("Richtlijn (EU) 2024/3237"),
        cvm("Comité van Ministers"),
        _M2019_11,
        _M2023_9,
        _WG_VH,
        _DC_VV,
        _CJIB,
        _FODJ,
        _FP,
        _PGD,
        _RDW,
        _DIV,
        _ANTAI,
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        country(DE, "Duitsland"),
        country(FR, "Frankrijk"),
        _BFJ,
        bp("Benelux-Parlement"),
        _R938,
        sg(),
        _ITEM,
        org("Universiteit Maastricht"),
        org("Europees Parlement"),
    ],
    [
        *[Rel(_T_VERK.iri, PART, c, "Grondslag van de samenwerking is") for c in (BE, NL, LU)],
        Rel(_T_VERK.iri, DATE, "2004-06-24", "Grondslag van de samenwerking is"),
        # A protocol to a treaty is a Treaty (sets G and H); "gewijzigd bij" gives eli:amends.
        Rel(_P_VERK.iri, AMENDS, _T_VERK.iri, "gewijzigd bij het protocol van 11 december 2023"),
        Rel(_P_VERK.iri, DATE, "2023-12-11", "gewijzigd bij het protocol van 11 december 2023"),
        Rel(_M2019_11.iri, PASSED, I_CVM, "Het Comité van Ministers stelde op 25 juni 2019"),
        Rel(_M2019_11.iri, DATE, "2019-06-25", "Het Comité van Ministers stelde op 25 juni 2019"),
        Rel(_M2023_9.iri, PASSED, I_CVM, "Beschikking M (2023) 9"),
        Rel(_M2023_9.iri, DATE, "2023-12-11", "Beschikking M (2023) 9"),
        # "paste die beschikking … aan" gives eli:amends.
        Rel(_M2023_9.iri, AMENDS, _M2019_11.iri, "Beschikking M (2023) 9"),
        Rel(_WG_VH.iri, SUB, _DC_VV.iri, "valt onder het Directie"),
        *[
            Rel(_WG_VH.iri, PART, x.iri, "In de werkgroep zijn vertegenwoordigd")
            for x in (_CJIB, _FODJ, _FP, _PGD)
        ],
        Rel(_WG_VH.iri, PART, _RDW.iri, "Sinds 2022 nemen ook de RDW"),
        Rel(_WG_VH.iri, PART, _DIV.iri, "Sinds 2022 nemen ook de RDW"),
        Rel(_WG_VH.iri, PART, _ANTAI.iri, "is waarnemer, net als"),
        Rel(_WG_VH.iri, PART, EC, "is waarnemer, net als"),
        Rel(_CJIB.iri, COOP, _BFJ.iri, "Het CJIB werkt daarom"),
        Rel(_R938.iri, PASSED, I_BP, "Het Benelux-Parlement vroeg in aanbeveling 938/2"),
        Rel(_R938.iri, DATE, "2023", "Het Benelux-Parlement vroeg in aanbeveling 938/2"),
    ],
)

# --- k03: Kamerbrief on the priorities of the Dutch presidency of 2026 -------------------------
_K03 = "k03_letter_presidency"
_EV_CD = Ent(
    "id/event/commissiedebat-over-de-benelux-2026-01-15",
    "Meeting",
    "Commissiedebat over de Benelux van 15 januari 2026",
    ["commissiedebat over de Benelux van 15 januari 2026"],
)
_NP, _KMAR = body("Nationale Politie"), body("Koninklijke Marechaussee")
_EV_SENN = event(
    "Ministeriële vergadering Senningenoverleg 9 juni 2026",
    "ministeriële vergadering van het Senningenoverleg op 9 juni 2026",
    slug="ministeriele-vergadering-senningenoverleg-2026-06-09",
)
_WG_ARB = wg("Benelux-NRW-werkgroep Arbeidsmarkt")
_STUUR = wg("Stuurgroep Hauts-de-France – Benelux", "stuurgroep Hauts-de-France – Benelux")
_M2025_4 = m_number(
    "M(2025)4",
    "Decision",
    "Beschikking M (2025) 4 betreffende de wederzijdse erkenning van parkeerkaarten voor personen met een handicap",
)
_D_PARK = ins(
    "Beschikking tot wijziging van Beschikking M (2025) 4 betreffende de wederzijdse erkenning van parkeerkaarten voor personen met een handicap",
    "Decision",
    "beschikking tot wijziging van Beschikking M (2025) 4 betreffende de wederzijdse erkenning van parkeerkaarten voor personen met een handicap",
)
_PENTA = Ent(
    "id/working-group/pentalateraal-energieforum",
    "WorkingGroup",
    "Pentalateraal Energieforum",
    ["Pentalateraal Energieforum", "Forum"],
)
_ENTSOE = Ent("id/organisation/entso-e", "ExternalOrganisation", "ENTSO-E", ["ENTSO-E"])
SPECS[_K03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        cvm("Comité van Ministers"),
        bu(),
        *benelux_countries(),
        _EV_CD,
        senn(),
        _WG_ONDER,
        _NP,
        _KMAR,
        body("Federale Politie"),
        body("Police grand-ducale"),
        country(FR, "Frankrijk"),
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        _EV_SENN,
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW", compound=True),
        region(NDS, "Nedersaksen"),
        _WG_ARB,
        region(HDF, "Hauts-de-France"),
        _STUUR,
        sg(),
        _T_RAMP,
        body("Raad van State"),
        _M2025_4,
        _D_PARK,
        _PENTA,
        _ENTSOE,
        _TOP26,
        person("Lisa Vermeulen"),
    ],
    [
        Rel(I_CVM, SUB, BU, "Comité van Ministers van de Benelux Unie in 2026"),
        Rel(_WG_ONDER.iri, SUB, SENN, "die aan het Senningenoverleg zal rapporteren"),
        *[
            Rel(_WG_ONDER.iri, PART, x, "Aan de werkgroep nemen de Nationale Politie")
            for x in (
                _NP.iri,
                _KMAR.iri,
                "id/organisation/federale-politie",
                "id/organisation/police-grand-ducale",
            )
        ],
        Rel(_WG_ONDER.iri, PART, FR, "Frankrijk neemt als"),
        # A body (here a state) that chairs a meeting takes part in it (sets G and H).
        Rel(_EV_SENN.iri, PART, NL, "wordt door Nederland"),
        Rel(NL, COOP, NRW, "Nederland werkt ook in 2026 nauw samen"),
        Rel(NL, COOP, NDS, "Nederland werkt ook in 2026 nauw samen"),
        # A region joined to the Benelux in a group's name takes part in it (seed decisions).
        Rel(_WG_ARB.iri, PART, NRW, "De Benelux-NRW-werkgroep Arbeidsmarkt krijgt"),
        Rel(_STUUR.iri, PART, HDF, "Met Hauts-de-France loopt de samenwerking"),
        Rel(_STUUR.iri, PART, I_SG, "Met Hauts-de-France loopt de samenwerking"),
        *[Rel(_T_RAMP.iri, PART, c, "werd op 17 juni 2025 in Luxemburg") for c in (BE, NL, LU)],
        Rel(_T_RAMP.iri, DATE, "2025-06-17", "werd op 17 juni 2025 in Luxemburg"),
        Rel(_D_PARK.iri, PASSED, I_CVM, "Daarnaast bereidt het voorzitterschap"),
        Rel(_D_PARK.iri, AMENDS, _M2025_4.iri, "Daarnaast bereidt het voorzitterschap"),
        Rel(_M2025_4.iri, PASSED, I_CVM, "Daarnaast bereidt het voorzitterschap"),
        Rel(_PENTA.iri, PART, NL, "Het Pentalateraal Energieforum wordt in 2026"),
        Rel(_PENTA.iri, COOP, _ENTSOE.iri, "zal daarover nauw samenwerken met"),
        Rel(_TOP26.iri, PART, NRW, "neemt ook de minister-president van Noordrijn-Westfalen"),
    ],
)

# --- k04: news page of the Secretariat-General, education conference of 17 September 2025 ---
_K04 = "k04_news_education"
_EV_LODG = event(
    "Benelux-onderwijsconferentie Leren over de grens",
    'Benelux-onderwijsconferentie "Leren over de grens"',
    "Leren over de grens",
)
_VMOV = body("Vlaams Ministerie van Onderwijs en Vorming")
_OCW = body("Ministerie van Onderwijs, Cultuur en Wetenschap")
_MENJE = body("Ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse")
_MSB = org("Ministerium für Schule und Bildung")
_DG = body("Duitstalige Gemeenschap")
_WG_ONDW = wg("Benelux-werkgroep Grensoverschrijdend Onderwijs")
_ERMN = org("Euregio Rijn-Maas-Noord")
_SO_TAAL = ins(
    "Samenwerkingsovereenkomst over buurtaalonderwijs in de grensstreek",
    "Agreement",
    "samenwerkingsovereenkomst over buurtaalonderwijs in de grensstreek",
)
_GOETHE, _TAALUNIE = org("Goethe-Institut"), org("Nederlandse Taalunie")
_M2025_5 = m_number("M(2025)5", "Decision", "Beschikking M (2025) 5")
_M2015_3 = m_number("M(2015)3", "Decision", "Beschikking M (2015) 3")
_T_DIPLOMA = Ent(
    "id/instrument/verdrag-betreffende-de-automatische-erkenning-van-kwalificaties-van-hoger-onderwijs",
    "Treaty",
    "Verdrag betreffende de automatische erkenning van kwalificaties van hoger onderwijs",
    ["Verdrag betreffende de automatische erkenning van kwalificaties van hoger onderwijs"],
)
SPECS[_K04] = (
    [
        _EV_LODG,
        sg(),
        _EMR,
        _VMOV,
        _OCW,
        _MENJE,
        region(NRW, "Noordrijn-Westfalen"),
        person("Andreas Wiegand"),
        _MSB,
        _DG,
        _WG_ONDW,
        csg(),
        person("Frans Weekers"),
        _ERMN,
        _SO_TAAL,
        _GOETHE,
        _TAALUNIE,
        _M2025_5,
        cvm("Comité van Ministers"),
        _M2015_3,
        _T_DIPLOMA,
    ],
    [
        # Organiser and co-organiser take part (set F: "samen met het BBK georganiseerd").
        Rel(_EV_LODG.iri, PART, I_SG, "organiseerde de conferentie samen met"),
        Rel(_EV_LODG.iri, PART, _EMR.iri, "organiseerde de conferentie samen met"),
        *[
            Rel(_EV_LODG.iri, PART, x.iri, "Aan de conferentie namen vertegenwoordigers deel")
            for x in (_VMOV, _OCW, _MENJE)
        ],
        # A guest speaking "namens" a region makes the region a participant (sets G and H).
        Rel(_EV_LODG.iri, PART, NRW, "Namens Noordrijn-Westfalen sprak"),
        Rel(_EV_LODG.iri, PART, _DG.iri, "Ook de\nDuitstalige Gemeenschap was"),
        Rel(_WG_ONDW.iri, SUB, I_CSG, "De werkgroep valt onder het"),
        # Co-chairs, named in the sentence only by description ("het Vlaamse en het
        # Nederlandse onderwijsministerie"), are the two ministries named above.
        Rel(_WG_ONDW.iri, PART, _VMOV.iri, "De werkgroep valt onder het"),
        Rel(_WG_ONDW.iri, PART, _OCW.iri, "De werkgroep valt onder het"),
        Rel(_WG_ONDW.iri, PART, _EMR.iri, "neemt als waarnemer aan de werkgroep deel"),
        Rel(_SO_TAAL.iri, PART, I_SG, "Dezelfde dag ondertekenden"),
        Rel(_SO_TAAL.iri, PART, _ERMN.iri, "Dezelfde dag ondertekenden"),
        # "Dezelfde dag" is the conference's date, 17 September 2025.
        Rel(_SO_TAAL.iri, DATE, "2025-09-17", "Dezelfde dag ondertekenden"),
        Rel(I_SG, COOP, _GOETHE.iri, "Voor de cursussen voor leraren werkt"),
        Rel(I_SG, COOP, _TAALUNIE.iri, "Voor de cursussen voor leraren werkt"),
        Rel(_M2025_5.iri, PASSED, I_CVM, "De conferentie sloot af met een toelichting"),
        Rel(_M2025_5.iri, DATE, "2025-06-16", "De conferentie sloot af met een toelichting"),
        Rel(_M2025_5.iri, AMENDS, _M2015_3.iri, "wijzigt Beschikking M (2015) 3"),
        Rel(_M2015_3.iri, PASSED, I_CVM, "wijzigt Beschikking M (2015) 3"),
    ],
)

# --- k05: Benelux Publicatieblad 2026-3, contents July-December 2026 ----------------------------
_K05 = "k05_journal_index"
_M26 = {
    n: m_number(f"M(2026){n}", cls, f"M (2026) {n}", *titles)
    for n, cls, titles in (
        (
            7,
            "Decision",
            (
                "Beschikking betreffende de wederzijdse erkenning van keuringen van openbare laadpunten",
            ),
        ),
        (
            8,
            "Decision",
            (
                "Beschikking houdende wijziging van de Beschikking M (2015) 15 betreffende proeven met langere en zwaardere vrachtwagencombinaties",
            ),
        ),
        (
            9,
            "Recommendation",
            ("Aanbeveling over de grensoverschrijdende bijstand door brandweerdiensten",),
        ),
        (
            10,
            "Decision",
            ("Beschikking tot wijziging van de Beschikking M (2020) 5 inzake eHealth",),
        ),
        (
            11,
            "Decision",
            ("Beschikking tot oprichting van de Benelux-werkgroep Waterstofkwaliteit",),
        ),
        (
            12,
            "Recommendation",
            (
                "Aanbeveling betreffende de grensoverschrijdende erkenning van vrijwillige brandweerlieden",
            ),
        ),
    )
}
_M2015_15 = m_number("M(2015)15", "Decision", "M (2015) 15")
_M2024_11 = m_number("M(2024)11", "Decision", "M (2024) 11")
_M2020_5 = m_number("M(2020)5", "Decision", "M (2020) 5")
_M2026_3 = m_number("M(2026)3", "Decision", "Beschikking M (2026) 3")
_WG_H2 = wg("Benelux-werkgroep Waterstofkwaliteit")
_DC_EN = wg("Directiecomité Energie")
_CREG = body("CREG")
_ACM = body("Autoriteit Consument & Markt")
_ILR = body("Institut Luxembourgeois de Régulation")
_P_SF = ins(
    "Protocol tot wijziging van het Benelux-Verdrag inzake de bestrijding van sociale fraude",
    "Treaty",
)
_CBSS = org("Raad van de Oostzeestaten")
_AA_CBSS = ins(
    "Administratief akkoord tussen het Secretariaat-Generaal van de Benelux Unie en de Raad van de Oostzeestaten over maritieme ruimtelijke ordening",
    "Agreement",
)
_R964 = Ent(
    "id/instrument/aanbeveling-964-2-over-de-bescherming-van-grensarbeiders-bij-faillissementen",
    "Recommendation",
    "Aanbeveling 964/2 over de bescherming van grensarbeiders bij faillissementen",
    ["Aanbeveling 964/2 over de bescherming van grensarbeiders bij faillissementen"],
)
_EV_PZ12 = Ent(
    "id/event/plenaire-zitting-benelux-parlement-2026-12",
    "Meeting",
    "Plenaire zitting Benelux-Parlement 4-5 december 2026",
    ["plenaire zitting van 4 en 5 december 2026"],
)
_DATES_K05 = {
    7: "2026-11-16",
    8: "2026-11-16",
    9: "2026-11-16",
    10: "2026-12-14",
    11: "2026-12-14",
    12: "2026-12-14",
}
_EVID_K05 = {n: f"M (2026) {n}  " for n in _DATES_K05}
SPECS[_K05] = (
    [
        sg(),
        bu(),
        cvm("Comité van Ministers", "COMITÉ VAN MINISTERS"),
        *_M26.values(),
        _M2015_15,
        _M2024_11,
        _M2020_5,
        _WG_H2,
        _DC_EN,
        _CREG,
        _ACM,
        _ILR,
        _P_SF,
        _T_SF,
        _AA_CBSS,
        _CBSS,
        bp("BENELUX-PARLEMENT"),
        _R964,
        _EV_PZ12,
        country(BE, "België"),
        country(NL, "Nederland"),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof", "Hof"]),
        _M2026_3,
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        *[
            Rel(_M26[n].iri, rel, obj, _EVID_K05[n])
            for n, day in _DATES_K05.items()
            for rel, obj in ((PASSED, I_CVM), (DATE, day))
        ],
        Rel(_M26[8].iri, AMENDS, _M2015_15.iri, "M (2026) 8  "),
        Rel(_M2015_15.iri, PASSED, I_CVM, "M (2026) 8  "),
        # "laatstelijk gewijzigd bij" gives eli:amends (sets G and H).
        Rel(_M2024_11.iri, AMENDS, _M2015_15.iri, "gewijzigd bij Beschikking M (2024) 11"),
        Rel(_M2024_11.iri, PASSED, I_CVM, "gewijzigd bij Beschikking M (2024) 11"),
        Rel(_M26[10].iri, AMENDS, _M2020_5.iri, "M (2026) 10  "),
        Rel(_M2020_5.iri, PASSED, I_CVM, "M (2026) 10  "),
        Rel(_WG_H2.iri, SUB, _DC_EN.iri, "De werkgroep valt onder het Directiecomité Energie"),
        *[Rel(_WG_H2.iri, PART, x.iri, "Deelnemers: CREG") for x in (_CREG, _ACM, _ILR)],
        Rel(_P_SF.iri, AMENDS, _T_SF.iri, "Protocol tot wijziging van het Benelux-Verdrag"),
        Rel(_P_SF.iri, DATE, "2026-12-14", "Protocol tot wijziging van het Benelux-Verdrag"),
        Rel(_AA_CBSS.iri, PART, I_SG, "Administratief akkoord tussen het Secretariaat"),
        Rel(_AA_CBSS.iri, PART, _CBSS.iri, "Administratief akkoord tussen het Secretariaat"),
        Rel(_AA_CBSS.iri, DATE, "2026-10-02", "Administratief akkoord tussen het Secretariaat"),
        Rel(_R964.iri, PASSED, I_BP, "Aanbeveling 964/2 over de bescherming"),
        Rel(_R964.iri, DATE, "2026-12-05", "Aanbeveling 964/2 over de bescherming"),
        Rel(_M2026_3.iri, PASSED, I_CVM, "In de Franse tekst van Beschikking M (2026) 3"),
    ],
)

# --- k06: report of the Benelux Parliament's foreign-affairs committee, 23 January 2026 ----------
_K06 = "k06_committee_report"
_COMM = wg(
    "Commissie Buitenlandse en Algemene Aangelegenheden van het Benelux-Parlement",
    "commissie Buitenlandse en Algemene Aangelegenheden",
)
_EV_COMM = event(
    "Vergadering commissie Buitenlandse en Algemene Aangelegenheden 23 januari 2026",
    "vergadering van de commissie Buitenlandse en Algemene Aangelegenheden van vrijdag 23 januari 2026",
    slug="vergadering-commissie-buitenlandse-en-algemene-aangelegenheden-2026-01-23",
)
_R957 = Ent(
    "id/instrument/aanbeveling-957-2-over-grensoverschrijdend-openbaar-vervoer",
    "Recommendation",
    "Aanbeveling 957/2 over grensoverschrijdend openbaar vervoer",
    ["aanbeveling 957/2 over grensoverschrijdend openbaar vervoer", "aanbeveling 957/2"],
)
_DRAFT = ins(
    "Ontwerpaanbeveling over een gezamenlijke aanpak van desinformatie",
    "Recommendation",
    "Ontwerpaanbeveling over een gezamenlijke aanpak van desinformatie",
    "ontwerpaanbeveling over een gezamenlijke aanpak van desinformatie",
)
_EV_PZ03 = Ent(
    "id/event/plenaire-zitting-benelux-parlement-2026-03",
    "Meeting",
    "Plenaire zitting Benelux-Parlement 20 maart 2026",
    ["plenaire zitting van 20 maart 2026"],
)
_WG_DES = wg("Werkgroep Desinformatie", "werkgroep Desinformatie")
_EV_JOINT = event(
    "Gezamenlijke vergadering van het Benelux-Parlement, de Noordse Raad en de Baltische Assemblee van 24 april 2026",
    "gezamenlijke vergadering van het Benelux-Parlement, de Noordse Raad en de Baltische Assemblee",
    slug="gezamenlijke-vergadering-benelux-parlement-noordse-raad-en-baltische-assemblee-2026-04-24",
)
_BUREAU = wg("Bureau van het Benelux-Parlement")
_R1996 = ins(
    "Aanbeveling over de bescherming van de informatievoorziening van 1996",
    "Recommendation",
    "aanbeveling over de bescherming van de informatievoorziening",
)
SPECS[_K06] = (
    [
        bp("BENELUX-PARLEMENT", "Benelux-Parlement", "Interparlementaire Benelux-Raad"),
        _COMM,
        _EV_COMM,
        body("Vlaams Parlement"),
        person("Anne Lemaire"),
        person("Joris Verhulst", "Verhulst"),
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        person("Ilze Kalniņa"),
        person("Lisa Vermeulen"),
        cvm("Comité van Ministers", "Comité"),
        _WG_ONDER,
        senn(),
        _T_RAMP,
        _TOP26,
        _R957,
        _DRAFT,
        *benelux_countries(),
        act(
            "Verordening (EU) 2022/2065",
            "Verordening (EU) 2022/2065",
            "digitaledienstenverordening",
        ),
        _EV_PZ03,
        _WG_DES,
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Noordse Raad"]),
        _EV_JOINT,
        _BUREAU,
        person("Gusty Graas"),
        _R1996,
    ],
    [
        # A guest delegation at a committee meeting takes part; the committee at its own
        # meeting does not (set I).
        Rel(_EV_COMM.iri, PART, BA, "die als gast aan de vergadering deelneemt"),
        Rel(_COMM.iri, SUB, I_BP, "vaste commissies van het Benelux-Parlement"),
        # "werkgroep X van het Senningenoverleg" is the group X under the Senningenoverleg.
        Rel(_WG_ONDER.iri, SUB, SENN, "Benelux-werkgroep Ondermijning van het Senningenoverleg"),
        # The Committee of Ministers is asked to carry out a numbered recommendation: the
        # Parliament's (seed rule).
        Rel(_R957.iri, PASSED, I_BP, "De heer Verhulst vraagt of het"),
        Rel(_WG_DES.iri, SUB, _COMM.iri, "De commissie richt een werkgroep Desinformatie op"),
        Rel(_WG_DES.iri, PART, BA, "ook de Baltische Assemblee wordt erin vertegenwoordigd"),
        Rel(_COMM.iri, COOP, NR, "De commissie werkt samen met de Noordse Raad"),
        *[Rel(_EV_JOINT.iri, PART, x, "De volgende gezamenlijke") for x in (I_BP, NR, BA)],
        Rel(_BUREAU.iri, SUB, I_BP, "Het Bureau van het"),
        Rel(_R1996.iri, PASSED, I_BP, "de Interparlementaire Benelux-Raad al in"),
        Rel(_R1996.iri, DATE, "1996", "de Interparlementaire Benelux-Raad al in"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
