# ruff: noqa: E501  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of the held-out set (tests/heldout/gold/*.json).

The annotation tables below were written by reading the four held-out documents, without
looking at the extractor's code or output. The offset helpers (surface-form matching with
line breaks and line-end hyphenation, sentence widening for evidence) are those of
``tests/gold/_spans.py``, imported, so both gold sets follow the same rules.

Usage::

    python tests/heldout/_spans.py              # write the four JSON files, verify every span
    python tests/heldout/_spans.py review DOC   # every hit with context, for checking
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"


def _seed_helpers() -> Any:
    spec = importlib.util.spec_from_file_location("_seed_spans", HERE.parent / "gold" / "_spans.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_seed_spans"] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


_S = _seed_helpers()
Ent, Rel = _S.Ent, _S.Rel
entity_spans, evidence_span, _flat, _slug = _S.entity_spans, _S.evidence_span, _S._flat, _S._slug

I_CVM, I_RAAD, I_SG, I_CSG, I_BP, I_HOF = (
    _S.I_CVM,
    _S.I_RAAD,
    _S.I_SG,
    _S.I_CSG,
    _S.I_BP,
    _S.I_HOF,
)
BU, BE, NL, LU, FR, DE = _S.BU, _S.BE, _S.NL, _S.LU, _S.FR, _S.DE
NRW, GR = _S.NRW, _S.GR
EUU, NR, BA = _S.EUU, _S.NR, _S.BA
PASSED, AMENDS, SUB = _S.PASSED, _S.AMENDS, _S.SUB
PART, DATE, COOP = _S.PART, _S.DATE, _S.COOP
EUROPOL, EUROJUST = "id/organisation/europol", "id/organisation/eurojust"
T_POLITIE = "id/instrument/benelux-politieverdrag"


def read_text(doc: str) -> str:
    with open(CORPUS / f"{doc}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def person(label: str, *short: str) -> Any:
    return Ent(f"id/person/{_slug(label)}", "Person", label, [label, *short])


def wg(label: str, *names: str, compound: bool = False) -> Any:
    return Ent(
        f"id/working-group/{_slug(label)}",
        "WorkingGroup",
        label,
        list(names) or [label],
        compound=compound,
    )


def org(label: str, *names: str, cls: str = "ExternalOrganisation") -> Any:
    return Ent(f"id/organisation/{_slug(label)}", cls, label, list(names) or [label])


def ins(label: str, cls: str, *names: str) -> Any:
    return Ent(f"id/instrument/{_slug(label)}", cls, label, list(names) or [label])


def m_number(num: str, cls: str, *names: str) -> Any:
    year, seq = num[2:].replace(")", " ").split()
    return Ent(f"id/instrument/m-{year}-{seq}", cls, num, list(names))


def event(label: str, *names: str, slug: str | None = None) -> Any:
    """A meeting. ``slug`` gives the IRI by the seed gold's scheme (tests/heldout/README.md,
    "Meeting IRIs"): ``plenaire-zitting-benelux-parlement-{yyyy-mm}``, ``benelux-top-{year}``,
    ``{kind}-{body}-{yyyy-mm-dd}`` for other dated meetings, the name's slug for named ones."""
    return Ent(f"id/event/{slug or _slug(label)}", "Meeting", label, list(names) or [label])


# Builders the later sets (C to I) share: the same entity built the same way in every set.


def act(label: str, *names: str) -> Any:
    """An EU or national act: never a Benelux instrument (ExternalAct)."""
    return Ent(f"id/act/{_slug(label)}", "ExternalAct", label, list(names) or [label])


def body(label: str, *names: str) -> Any:
    """A national body (parliament, ministry, national agency, regional government) of a
    member state."""
    return org(label, *(names or (label,)), cls="NationalBody")


def cvm(*names: str, ci: bool = False) -> Any:
    return Ent(
        I_CVM, "Institution", "Comité van Ministers", list(names) or ["Comité van Ministers"], ci=ci
    )


def bu(*names: str) -> Any:
    return Ent(BU, "BeneluxUnion", "Benelux Unie", list(names) or ["Benelux Unie"])


def sg() -> Any:
    return Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"])


def csg() -> Any:
    return Ent(
        I_CSG,
        "Institution",
        "College van Secretarissen-Generaal",
        ["College van Secretarissen-Generaal"],
    )


def bp(*names: str) -> Any:
    return Ent(I_BP, "Institution", "Benelux-Parlement", list(names))


def country(iri: str, label: str, *names: str) -> Any:
    return Ent(iri, "Country", label, list(names) or [label])


def region(iri: str, label: str, *names: str, compound: bool = False) -> Any:
    return Ent(iri, "NeighbouringRegion", label, list(names) or [label], compound=compound)


def tk(*names: str) -> Any:
    return Ent("id/organisation/tweede-kamer", "NationalBody", "Tweede Kamer", list(names))


BUILDERS = (act, body, cvm, bu, sg, csg, bp, country, region, tk)

# The vocabulary the gold scripts of the other sets share (``from _spans import *``): the
# builders, the annotation types, the writer's parts, the IRIs and the relation names.
__all__ = [
    *("act", "body", "cvm", "bu", "sg", "csg", "bp", "country", "region", "tk"),
    *("Ent", "Rel", "person", "wg", "org", "ins", "m_number", "event"),
    *("build", "verify", "read_text", "_slug", "entity_spans", "evidence_span"),
    *("I_CVM", "I_RAAD", "I_SG", "I_CSG", "I_BP", "I_HOF"),
    *("BU", "BE", "NL", "LU", "FR", "DE", "NRW", "GR", "EUU", "NR", "BA"),
    *("PASSED", "AMENDS", "SUB", "PART", "DATE", "COOP"),
    *("T_POLITIE", "EUROPOL", "EUROJUST"),
]


SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- h01: news page, plenary session of the Benelux Parliament, 14-15 June 2024 ---------
_H01 = "h01_news_plenary"
_R_DRUGS = ins(
    "Aanbeveling Gezamenlijke aanpak van drugscriminaliteit in de havens van Antwerpen, Rotterdam en Vlissingen",
    "Recommendation",
    "Gezamenlijke aanpak van drugscriminaliteit in de havens van Antwerpen, Rotterdam en Vlissingen",
)
_R_CHAUF = ins(
    "Aanbeveling Wederzijdse erkenning van de vakbekwaamheid van vrachtwagenchauffeurs",
    "Recommendation",
    "Wederzijdse erkenning van de vakbekwaamheid van vrachtwagenchauffeurs",
)
_T_BIA = ins(
    "Verdrag inzake de Benelux Interparlementaire Assemblee",
    "Treaty",
    "Verdrag inzake de Benelux Interparlementaire Assemblee",
)
_D_AMBU = ins(
    "Beschikking over de grensoverschrijdende inzet van ambulances",
    "Decision",
    "beschikking over de grensoverschrijdende inzet van ambulances",
)
_GWP_2025 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2025-2028",
    ["Gemeenschappelijk Werkprogramma 2025-2028"],
)
_WG_COMM_JBZ = wg(
    "Commissie Justitie en Binnenlandse Zaken van het Benelux-Parlement",
    "commissie Justitie en Binnenlandse Zaken",
)
_WG_BUREAU = wg("Bureau van het Benelux-Parlement", "Bureau van het Benelux Parlement")
_EV_JUNI = event(
    "Plenaire zitting Benelux-Parlement 14-15 juni 2024",
    "tweede plenaire zitting van dit jaar",
    slug="plenaire-zitting-benelux-parlement-2024-06",
)
_EV_DEC = event(
    "Plenaire zitting Benelux-Parlement december 2024",
    "volgende plenaire zitting",
    slug="plenaire-zitting-benelux-parlement-2024-12",
)
SPECS[_H01] = (
    [
        Ent(
            I_BP,
            "Institution",
            "Benelux-Parlement",
            [
                "Benelux Parlement",
                "Raadgevende Interparlementaire Benelux-Raad",
                "Benelux Interparlementaire Assemblee",
            ],
        ),
        Ent(
            I_CVM,
            "Institution",
            "Comité van Ministers",
            ["Benelux Comité van Ministers", "Comité van Ministers"],
        ),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        _WG_COMM_JBZ,
        _WG_BUREAU,
        _R_DRUGS,
        _R_CHAUF,
        _T_BIA,
        _D_AMBU,
        _GWP_2025,
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        Ent(BE, "Country", "België", ["België", "Belgié"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Nordic Council"]),
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        org("Port of Antwerp-Bruges"),
        org("Havenbedrijf Rotterdam"),
        org("Eerste Kamer", cls="NationalBody"),
        _EV_JUNI,
        _EV_DEC,
        person("Hendrik-Jan Talsma", "Talsma"),
        person("Pim van Ballekom", "Van Ballekom"),
        person("Theo Bovens"),
        person("Karin Brouwers"),
        person("Gusty Graas"),
        person("Xavier Bettel", "Bettel"),
        person("Frans Weekers"),
    ],
    [
        Rel(_R_DRUGS.iri, PASSED, I_BP, "Op zaterdagochtend nam het Benelux Parlement"),
        Rel(_R_DRUGS.iri, DATE, "2024-06-15", "Op zaterdagochtend nam het Benelux Parlement"),
        Rel(_R_CHAUF.iri, PASSED, I_BP, "Daarnaast werd de aanbeveling"),
        Rel(_R_CHAUF.iri, DATE, "2024-06-15", "Daarnaast werd de aanbeveling"),
        Rel(_T_BIA.iri, DATE, "2015-01-20", "Sinds het Verdrag inzake de Benelux"),
        Rel(_D_AMBU.iri, PASSED, I_CVM, "een nieuwe beschikking over de grensoverschrijdende"),
        Rel(_EV_JUNI.iri, PART, BA, "Ook een delegatie van de Baltische Assemblee"),
        Rel(_EV_JUNI.iri, PART, NR, "Ook een delegatie van de Baltische Assemblee"),
        Rel(_WG_COMM_JBZ.iri, SUB, I_BP, "De aanbeveling werd voorbereid in de commissie"),
        Rel(_WG_BUREAU.iri, SUB, I_BP, "Tot slot stelde het Bureau"),
        Rel(I_SG, SUB, BU, "van het Secretariaat-Generaal van de Benelux Unie"),
    ],
)

# --- h02: index of the Benelux Publicatieblad, 2017-2020 ---------------------------------
_H02 = "h02_journal_index"
_BEU = "Beschikking van het Comité van Ministers van de Benelux Economische Unie"
_AEU = "Aanbeveling van het Comité van Ministers van de Benelux Economische Unie"
_M2017_12 = m_number(
    "M(2017)12",
    "Decision",
    "M (2017) 12",
    f"{_BEU} betreffende een intra-Benelux proefproject met de digitale vrachtbrief",
)
_M2018_3 = m_number(
    "M(2018)3",
    "Decision",
    "M(2018)3",
    f"{_BEU} tot wijziging van beschikking M(2015)15 betreffende proeven met langere en "
    "zwaardere vrachtwagencombinaties waarbij een intra-Benelux grens wordt overschreden",
)
_M2018_5 = m_number(
    "M(2018)5",
    "Decision",
    "M(2018)5",
    f"{_BEU} tot wijziging van de Beschikking M (2015) 3 inzake de automatische "
    "niveauerkenning van diploma's hoger onderwijs",
)
_M2020_19 = m_number(
    "M(2020)19",
    "Decision",
    "M (2020) 19",
    f"{_BEU} tot wijziging van beschikking M (2017) 12 betreffende een intra-Benelux "
    "proefproject met de digitale vrachtbrief",
)
_M2015_15 = m_number("M(2015)15", "Decision", "M(2015)15")
_M2015_3 = m_number("M(2015)3", "Decision", "M (2015) 3")
_M2018_9 = m_number(
    "M(2018)9",
    "Recommendation",
    "M(2018)9",
    f"{_AEU} betreffende de samenwerking inzake voedselveiligheid",
)
_M2019_7 = m_number(
    "M(2019)7",
    "Recommendation",
    "M (2019) 7",
    f"{_AEU} betreffende de fiscale samenwerking en de strijd tegen de fiscale fraude",
)
_M2014_2 = m_number(
    "M(2014)2",
    "Treaty",
    "M(2014)2",
    "Benelux-Verdrag inzake grensoverschrijdende en interterritoriale samenwerking",
)
_POLITIE_TITLE = (
    "Verdrag tussen het Koninkrijk België, het Koninkrijk der Nederlanden en het "
    "Groothertogdom Luxemburg inzake politiesamenwerking"
)
SPECS[_H02] = (
    [
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie", "Benelux Economische Unie"]),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"], ci=True),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
        _M2017_12,
        _M2018_3,
        _M2018_5,
        _M2020_19,
        _M2015_15,
        _M2015_3,
        _M2018_9,
        _M2019_7,
        _M2014_2,
        Ent(T_POLITIE, "Treaty", "Benelux-Politieverdrag", [_POLITIE_TITLE]),
        Ent(BE, "Country", "België", ["Koninkrijk België"]),
        Ent(NL, "Country", "Nederland", ["Koninkrijk der Nederlanden"]),
        Ent(LU, "Country", "Luxemburg", ["Groothertogdom Luxemburg"]),
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        Rel(I_CVM, SUB, BU, "proefproject met de digitale vracht"),
        *[
            Rel(x.iri, PASSED, I_CVM, snippet)
            for x, snippet in (
                (_M2017_12, "proefproject met de digitale vracht"),
                (_M2018_3, "tot wijziging van beschikking M(2015)15"),
                (_M2015_15, "tot wijziging van beschikking M(2015)15"),
                (_M2018_5, "tot wijziging van de Beschikking M (2015) 3"),
                (_M2015_3, "tot wijziging van de Beschikking M (2015) 3"),
                (_M2020_19, "tot wijziging van beschikking M (2017) 12"),
                (_M2018_9, "betreffende de samenwerking inzake voedselveiligheid"),
                (_M2019_7, "betreffende de fiscale samenwerking"),
            )
        ],
        Rel(_M2017_12.iri, DATE, "2017-09-18", "proefproject met de digitale vracht"),
        Rel(_M2018_3.iri, DATE, "2018-03-26", "tot wijziging van beschikking M(2015)15"),
        Rel(_M2018_5.iri, DATE, "2018-05-18", "tot wijziging van de Beschikking M (2015) 3"),
        Rel(_M2020_19.iri, DATE, "2020-12-07", "tot wijziging van beschikking M (2017) 12"),
        Rel(
            _M2018_9.iri, DATE, "2018-06-13", "betreffende de samenwerking inzake voedselveiligheid"
        ),
        Rel(_M2019_7.iri, DATE, "2019-06-24", "betreffende de fiscale samenwerking"),
        Rel(_M2014_2.iri, DATE, "2014-02-20", "ondertekend te Den Haag op 20 februari 2014"),
        Rel(T_POLITIE, DATE, "2018-07-23", "inzake politiesamenwerking"),
        *[Rel(T_POLITIE, PART, c, "inzake politiesamenwerking") for c in (BE, NL, LU)],
        Rel(_M2018_3.iri, AMENDS, _M2015_15.iri, "tot wijziging van beschikking M(2015)15"),
        Rel(_M2018_5.iri, AMENDS, _M2015_3.iri, "tot wijziging van de Beschikking M (2015) 3"),
        Rel(_M2020_19.iri, AMENDS, _M2017_12.iri, "tot wijziging van beschikking M (2017) 12"),
    ],
)

# --- h03: letter to the Dutch parliament on cooperation with neighbouring regions ---------
_H03 = "h03_letter_neighbours"
_WG_AMBU = wg(
    "Benelux-werkgroep Grensoverschrijdende Ambulancezorg",
    "Benelux-werkgroep Grensoverschrijdende Ambulancezorg",
)
_WG_GIP = wg("Benelux-NRW Netwerk Grensinfopunten")
_WG_TF = wg("Taskforce Grenzgänger")
_V_NRW = ins(
    "Politieke verklaring Benelux-Noordrijn-Westfalen van 2008",
    "Declaration",
    "politieke verklaring",
)
_T_GRENS = ins(
    "Benelux-Verdrag inzake grensoverschrijdende en interterritoriale samenwerking",
    "Treaty",
    "Benelux-Verdrag inzake grensoverschrijdende en interterritoriale samenwerking",
)
SPECS[_H03] = (
    [
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal"],
        ),
        _WG_AMBU,
        _WG_GIP,
        _WG_TF,
        _V_NRW,
        _T_GRENS,
        _GWP_2025,
        Ent(
            NRW,
            "NeighbouringRegion",
            "Noordrijn-Westfalen",
            ["Noordrijn-Westfalen", "NRW"],
            compound=True,
        ),
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"]),
        Ent("id/region/saarland", "NeighbouringRegion", "Saarland", ["Saarland"]),
        Ent("id/region/rijnland-palts", "NeighbouringRegion", "Rijnland-Palts", ["Rijnland-Palts"]),
        Ent("id/region/lotharingen", "NeighbouringRegion", "Lotharingen", ["Lotharingen"]),
        Ent("id/region/grand-est", "NeighbouringRegion", "Grand Est", ["Grand Est"]),
        Ent(BE, "Country", "België", ["België", "Belgié"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg", "Groothertogdom Luxemburg"]),
        Ent(DE, "Country", "Duitsland", ["Duitsland"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
        Ent(
            "id/organisation/tweede-kamer",
            "NationalBody",
            "Tweede Kamer",
            ["Tweede Kamer der Staten-Generaal", "uw Kamer"],
        ),
        # Review 2026-11 (the seed gold's rule, tests/gold/README.md): Belgian regions and
        # communities named as a party are NationalBody ("a region or community government").
        org("Vlaams Gewest", "Vlaanderen", cls="NationalBody"),
        org("Waals Gewest", "Wallonië", "Wallonié", cls="NationalBody"),
        org("Duitstalige Gemeenschap", cls="NationalBody"),
        org("Vlaams-Nederlandse Scheldecommissie"),
        org("Internationale Maascommissie"),
        event(
            "Commissiedebat over de Benelux van 12 september 2024",
            "commissiedebat over de Benelux van 12 september",
            slug="commissiedebat-over-de-benelux-2024-09-12",
        ),
        event(
            "Conferentie over grensregio's 2025",
            "conferentie over grensregio's",
            slug="conferentie-over-grensregio-s",
        ),
        person("Hendrik Wüst"),
        person("Matthias Diependaele"),
        person("Adrien Dolimont"),
        person("Caspar Veldkamp"),
    ],
    [
        Rel(BU, COOP, NRW, "De Benelux Unie werkt sinds 2008 structureel samen"),
        Rel(BU, COOP, GR, "Ook de Benelux Unie werkt"),
        Rel(_V_NRW.iri, DATE, "2008-12-09", "De basis daarvoor is de politieke verklaring"),
        Rel(_V_NRW.iri, PART, NRW, "De basis daarvoor is de politieke verklaring"),
        Rel(_WG_AMBU.iri, SUB, I_CVM, "die valt onder het Comité van Ministers"),
        *[Rel(_WG_AMBU.iri, PART, x, "In deze werkgroep werken") for x in (NL, BE, LU, NRW)],
        *[
            Rel(_WG_GIP.iri, PART, x, "Verder nemen NRW, Nederland en België")
            for x in (NRW, NL, BE)
        ],
        # A region is no parent body: it takes part (tests/gold/README.md, decisions).
        Rel(_WG_TF.iri, PART, GR, "Taskforce Grenzgänger van de Grande"),
        Rel(
            _T_GRENS.iri, DATE, "2014-02-20", "interterritoriale samenwerking van 20 februari 2014"
        ),
    ],
)

# --- h04: annual plan 2024, chapter 2 (a safe and just Benelux) ----------------------------
_H04 = "h04_annual_plan_security"
_WG_CRISIS = wg("Benelux-werkgroep Crisisbeheersing")
_WG_CRISISOVERLEG = wg("Benelux Crisisoverleg")
_WG_SENN = wg("Senningenoverleg")
_WG_POLV = wg("Werkgroep Politieverdrag", "werkgroep Politieverdrag")
_WG_HAZEL = wg("Hazeldonkoverleg")
_WG_DRUGS = wg("Benelux-werkgroep Drugsbestrijding")
_MOU_NOOD = ins(
    "Memorandum of Understanding over noodplanning en crisisbeheersing van 2006",
    "Declaration",
    "Memorandum of Understanding over noodplanning en crisisbeheersing",
)
_V_HAVENS = ins(
    "Politieke verklaring over drugscriminaliteit in de havens van 2 oktober 2023",
    "Declaration",
    "politieke verklaring van 2 oktober 2023",
)
_IV_FR = Ent(
    "id/instrument/intentieverklaring-van-2018-benelux-frankrijk",
    "Declaration",
    "Intentieverklaring van 11 december 2018 tussen de Benelux-landen en Frankrijk",
    ["intentieverklaring van 11 december 2018"],
)
_EV_CONF = event(
    "Benelux-conferentie over crisisbeheersing 2024",
    "Benelux-conferentie over crisisbeheersing",
    slug="benelux-conferentie-over-crisisbeheersing",
)
SPECS[_H04] = (
    [
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(I_RAAD, "Institution", "Benelux-Raad", ["Benelux-Raad"]),
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal"],
        ),
        Ent(I_BP, "Institution", "Benelux-Parlement", ["Benelux Parlement"]),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
        Ent(
            "id/instrument/gemeenschappelijk-werkprogramma-2021-2024",
            "LegalInstrument",
            "Gemeenschappelijk Werkprogramma 2021-2024",
            ["Gemeenschappelijk Werkprogramma 2021-2024"],
        ),
        Ent(
            T_POLITIE,
            "Treaty",
            "Benelux-Politieverdrag",
            ["Benelux-Politieverdrag", _POLITIE_TITLE],
        ),
        _MOU_NOOD,
        _V_HAVENS,
        _IV_FR,
        _WG_CRISIS,
        _WG_CRISISOVERLEG,
        _WG_SENN,
        _WG_POLV,
        _WG_HAZEL,
        _WG_DRUGS,
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        Ent(BE, "Country", "België", ["België", "Koninkrijk België"]),
        Ent(NL, "Country", "Nederland", ["Nederland", "Koninkrijk der Nederlanden"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg", "Groothertogdom Luxemburg"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk", "FRANKRIJK"]),
        Ent(EUROPOL, "ExternalOrganisation", "Europol", ["Europol"]),
        Ent(EUROJUST, "ExternalOrganisation", "Eurojust", ["Eurojust"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        _EV_CONF,
    ],
    [
        Rel(_WG_CRISIS.iri, SUB, I_CVM, "die rechtstreeks aan het Comité van"),
        Rel(_WG_CRISIS.iri, PART, NRW, "Westfalen neemt als waarnemer deel"),
        *[
            Rel(_WG_CRISISOVERLEG.iri, PART, c, "De resultaten worden besproken")
            for c in (BE, NL, LU)
        ],
        Rel(_MOU_NOOD.iri, DATE, "2006", "Op basis van het Memorandum of Understanding"),
        Rel(T_POLITIE, DATE, "2018-07-23", "inzake politiesamenwerking van 23 juli"),
        *[Rel(T_POLITIE, PART, c, "inzake politiesamenwerking van 23 juli") for c in (BE, NL, LU)],
        Rel(_WG_POLV.iri, SUB, _WG_SENN.iri, "De werkgroep Politieverdrag van"),
        Rel(_V_HAVENS.iri, DATE, "2023-10-02", "In een politieke verklaring van 2 oktober 2023"),
        Rel(_IV_FR.iri, DATE, "2018-12-11", "Op basis van de intentieverklaring van 11 december"),
        Rel(_IV_FR.iri, PART, FR, "Op basis van de intentieverklaring van 11 december"),
        Rel(_WG_HAZEL.iri, PART, FR, "Op basis van de intentieverklaring van 11 december"),
        Rel(_WG_DRUGS.iri, SUB, I_CVM, "neemt deel aan de Benelux-werkgroep Drugsbestrijding"),
        Rel(_WG_DRUGS.iri, PART, FR, "neemt deel aan de Benelux-werkgroep Drugsbestrijding"),
    ],
)


def build(doc: str, ents: Iterable[Any], rels: Iterable[Any]) -> dict[str, Any]:
    """The gold JSON of one document, in the format of tests/gold/README.md."""
    text = read_text(doc)
    out_ents: list[dict[str, object]] = []
    iris: set[str] = set()
    for ent in ents:
        if ent.iri in iris:
            raise SystemExit(f"{doc}: duplicate entity {ent.iri}")
        iris.add(ent.iri)
        spans = entity_spans(text, ent)
        if not spans:
            raise SystemExit(f"{doc}: no mention found for {ent.iri}")
        names = sorted({_flat(text[b:e]) for b, e in spans} | set(ent.names) | set(ent.extra_names))
        out_ents.append(
            {
                "iri": ent.iri,
                "class": ent.cls,
                "label": ent.label,
                "names": names,
                "spans": [[b, e] for b, e in spans],
            }
        )
    out_rels: list[dict[str, object]] = []
    for rel in rels:
        for end_point in (rel.subject, rel.obj):
            if end_point.startswith("id/") and end_point not in iris:
                raise SystemExit(f"{doc}: relation uses unknown entity {end_point}")
        b, e = evidence_span(text, rel)
        out_rels.append(
            {
                "subject": rel.subject,
                "predicate": rel.predicate,
                "object": rel.obj,
                "evidence": [b, e],
            }
        )
    return {"document": doc, "entities": out_ents, "relations": out_rels}


def verify(doc: str, gold: dict[str, Any]) -> None:
    """Every span is a non-empty, trimmed slice whose flattened text is one of the names."""
    text = read_text(doc)
    for ent in gold["entities"]:
        for b, e in ent["spans"]:
            mention = text[b:e]
            assert mention and mention == mention.strip(), (doc, ent["iri"], b, e)
            assert _flat(mention) in ent["names"], (doc, ent["iri"], mention)
    for rel in gold["relations"]:
        b, e = rel["evidence"]
        assert 0 <= b < e <= len(text), (doc, rel)


Specs = dict[str, tuple[list[Any], list[Any]]]


def review(doc: str, only: Sequence[str], specs: Specs | None = None) -> None:
    """Every hit and evidence of ``doc`` in context (``specs``: a set's tables, default A's)."""
    text = read_text(doc)
    ents, rels = (SPECS if specs is None else specs)[doc]
    for ent in ents:
        if only and ent.iri not in only:
            continue
        print(f"== {ent.iri}")
        for b, e in entity_spans(text, ent):
            ctx = text[max(0, b - 40) : e + 40].replace("\n", "⏎")
            print(f"  {b:6d} {text[b:e]!r:40.40}  …{ctx}…")
    if not only:
        for rel in rels:
            b, e = evidence_span(text, rel)
            ev = text[b:e].replace("\n", "⏎")
            print(f"-- {rel.subject} {rel.predicate} {rel.obj}\n     {ev[:160]}")


def main(argv: list[str], specs: Specs | None = None) -> None:
    """Write and verify the gold of every document of ``specs`` (default: set A's), or
    ``review DOC [IRI...]``. The other sets' scripts call this with their own tables."""
    specs = SPECS if specs is None else specs
    if len(argv) > 2 and argv[1] == "review":
        review(argv[2], argv[3:], specs)
        return
    GOLD.mkdir(exist_ok=True)
    for doc, (ents, rels) in specs.items():
        gold = build(doc, ents, rels)
        verify(doc, gold)
        (GOLD / f"{doc}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        n_mentions = sum(len(e["spans"]) for e in gold["entities"])
        print(
            f"{doc}: {len(gold['entities'])} entities, {n_mentions} mentions, "
            f"{len(gold['relations'])} relations"
        )


if __name__ == "__main__":
    main(sys.argv)
