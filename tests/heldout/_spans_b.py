"""Gold standard of held-out set B (tests/heldout/gold/h05_*.json … h08_*.json).

Set B is the strictly held-out half of tests/heldout/ (see README.md). The annotation tables
below were written by reading the four documents h05-h08 only, without looking at the
extractor's code or at its output on any held-out document. The entity and relation helpers,
the JSON builder, the span check and the review printer are those of ``_spans.py`` (set A),
imported, which in turn uses the offset rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_b.py              # write the four JSON files, verify every span
    python tests/heldout/_spans_b.py review DOC   # every hit with context, for checking
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _set_a_helpers() -> Any:
    spec = importlib.util.spec_from_file_location("_heldout_spans_a", HERE / "_spans.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_heldout_spans_a"] = module
    spec.loader.exec_module(module)
    return module


_A = _set_a_helpers()
Ent, Rel = _A.Ent, _A.Rel
person, wg, org, ins, m_number, event = _A.person, _A.wg, _A.org, _A.ins, _A.m_number, _A.event
I_CVM, I_RAAD, I_SG, I_CSG, I_BP, I_HOF = _A.I_CVM, _A.I_RAAD, _A.I_SG, _A.I_CSG, _A.I_BP, _A.I_HOF
BU, BE, NL, LU, FR, DE = _A.BU, _A.BE, _A.NL, _A.LU, _A.FR, _A.DE
NRW, GR, EUU, NR = _A.NRW, _A.GR, _A.EUU, _A.NR
PASSED, AMENDS, SUB = _A.PASSED, _A.AMENDS, _A.SUB
PART, DATE, COOP = _A.PART, _A.DATE, _A.COOP
EC = "id/organisation/europese-commissie"
HDF = "id/region/hauts-de-france"
PLEF = "id/working-group/pentalateraal-energieforum"
I_BBIE = "id/institution/benelux-bureau-voor-de-intellectuele-eigendom"
AT, CH = "id/country/oostenrijk", "id/country/zwitserland"
DK, IE, NO, SE = (
    "id/country/denemarken",
    "id/country/ierland",
    "id/country/noorwegen",
    "id/country/zweden",
)


def act(label: str, *names: str) -> Any:
    """An EU act (ExternalAct), IRI from its label as in the seed gold."""
    return Ent(f"id/act/{_A._slug(label)}", "ExternalAct", label, list(names) or [label])


SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- h05: news page, Committee of Ministers in Senningen, 16 June 2025 --------------------
_H05 = "h05_news_ministers"
_M2025_3 = m_number("M(2025)3", "Decision", "M (2025) 3")
_M2025_4 = m_number("M(2025)4", "Decision", "M(2025)4")
_M2020_5 = m_number("M(2020)5", "Decision", "M(2020)5", "Benelux-Beschikking inzake eHealth")
_R_TELEWERK = ins(
    "Aanbeveling over grensoverschrijdend telewerk",
    "Recommendation",
    "aanbeveling over grensoverschrijdend telewerk",
    "aanbeveling over telewerk",
)
_V_NRW = ins(
    "Gemeenschappelijke politieke verklaring over de samenwerking met Noordrijn-Westfalen",
    "Declaration",
    "gemeenschappelijke politieke verklaring over de samenwerking met Noordrijn-Westfalen",
)
_WG_SOC = wg("Commissie Sociale Zaken van het Benelux-Parlement", "Commissie Sociale Zaken")
_WG_GIP = wg("Benelux-werkgroep Grensinformatiepunten")
_EV_CVM = event(
    "Vergadering van het Comité van Ministers van 16 juni 2025",
    "vergadering van 16 juni",
    slug="vergadering-comite-van-ministers-2025-06-16",
)
_EV_TOP = event("Benelux-top najaar 2025", "Benelux-top", slug="benelux-top-2025")
SPECS[_H05] = (
    [
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal"],
        ),
        Ent(I_RAAD, "Institution", "Benelux-Raad", ["Benelux-Raad"]),
        Ent(I_BP, "Institution", "Benelux-Parlement", ["Benelux Parlement"]),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        _M2025_3,
        _M2025_4,
        _M2020_5,
        _R_TELEWERK,
        _V_NRW,
        Ent(
            "id/instrument/gemeenschappelijk-werkprogramma-2025-2028",
            "LegalInstrument",
            "Gemeenschappelijk Werkprogramma 2025-2028",
            ["Gemeenschappelijk Werkprogramma 2025–2028"],
            extra_names=["Gemeenschappelijk Werkprogramma 2025-2028"],
        ),
        _WG_SOC,
        _WG_GIP,
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"]),
        Ent(HDF, "NeighbouringRegion", "Hauts-de-France", ["Hauts-de-France"]),
        Ent(BE, "Country", "België", ["België"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg", "Groothertogdom Luxemburg"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie", "EU"]),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Noordse Raad"]),
        _EV_CVM,
        _EV_TOP,
        person("Xavier Bettel", "Bettel"),
        person("Maxime Prévot", "Prévot"),
        person("Caspar Veldkamp", "Veldkamp"),
        person("Frans Weekers"),
    ],
    [
        Rel(I_CVM, SUB, BU, "kwam het [Comité van Ministers](#) van de Benelux Unie"),
        *[
            Rel(x.iri, PASSED, I_CVM, "namen de ministers twee beschikkingen aan")
            for x in (_M2025_3, _M2025_4)
        ],
        *[
            Rel(x.iri, DATE, "2025-06-16", "namen de ministers twee beschikkingen aan")
            for x in (_M2025_3, _M2025_4)
        ],
        Rel(_M2020_5.iri, PASSED, I_CVM, "Met Beschikking M(2025)4"),
        Rel(_M2025_4.iri, AMENDS, _M2020_5.iri, "Met Beschikking M(2025)4"),
        Rel(_R_TELEWERK.iri, PASSED, I_BP, "De ministers bespraken ook de aanbeveling"),
        Rel(_WG_SOC.iri, SUB, I_BP, "Sociale Zaken van het Benelux Parlement"),
        Rel(BU, COOP, NR, "Met de Noordse Raad werkt de Benelux Unie"),
        *[Rel(_V_NRW.iri, PART, c, "Daarnaast werd een gemeenschappe") for c in (BE, NL, LU)],
        *[Rel(_WG_GIP.iri, PART, r, "Ook de Grande Région") for r in (GR, HDF)],
        Rel(_WG_GIP.iri, SUB, I_CSG, "Ook de Grande Région"),
    ],
)

# --- h06: external evaluation, case study on regional energy cooperation ------------------
_H06 = "h06_evaluation_energy"
_WG_NSEC = "id/working-group/north-seas-energy-cooperation"
_SG1 = wg("Support Group 1 Marktintegratie", "Support Group 1")
_SG2 = wg("Support Group 2 Leveringszekerheid", "Support Group 2")
_SG3 = wg("Support Group 3 Flexibiliteit", "Support Group 3")
_SG_MRP = wg(
    "Support Group Maritieme Ruimtelijke Planning", "Support Group Maritieme Ruimtelijke Planning"
)
_MOU_2007 = Ent(
    "id/instrument/memorandum-of-understanding-over-marktkoppeling-en-leveringszekerheid-van-2007",
    "Declaration",
    "Memorandum of Understanding over marktkoppeling en leveringszekerheid van 2007",
    [
        "Memorandum of Understanding over marktkoppeling en leveringszekerheid",
        "Memorandum of Understanding of the Pentalateral Energy Forum on Market Coupling and "
        "Security of Supply in Central Western Europe",
    ],
    # the footnote mark "¹" glued to the last word blocks the word-boundary rule
    raw=["Memorandum of Understanding over marktkop-\npeling en leveringszekerheid"],
)
_V_H2 = ins(
    "Politieke verklaring van het Pentalateraal Energieforum over waterstof",
    "Declaration",
    "politieke verklaring over waterstof",
)
_V_NSEC = ins(
    "Politieke verklaring over energiesamenwerking in de Noordzee van 6 juni 2016",
    "Declaration",
    "politieke verklaring van 6 juni 2016",
)
_V_DUBLIN = ins(
    "Verklaring van Dublin over gezamenlijke doelen voor wind op zee",
    "Declaration",
    "verklaring over gezamenlijke doelen voor wind op zee",
)
_ACER = org(
    "Agentschap van de Europese Unie voor de samenwerking tussen energieregulators",
    "Agentschap van de Europese Unie voor de samenwerking tussen energieregulators",
    "ACER",
)
_TSOS = [
    Ent("id/organisation/tennet", "ExternalOrganisation", "TenneT", ["TenneT"]),
    org("Elia"),
    org("Amprion"),
    org("Creos"),
    Ent("id/organisation/entso-e", "ExternalOrganisation", "ENTSO-E", ["ENTSO-E"]),
]
SPECS[_H06] = (
    [
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        Ent(
            PLEF,
            "WorkingGroup",
            "Pentalateraal Energieforum",
            ["Pentalateraal Energieforum", "Penta", "Forum", "Pentalateral Energy Forum"],
        ),
        Ent(
            _WG_NSEC,
            "WorkingGroup",
            "North Seas Energy Cooperation",
            ["North Seas Energy Cooperation", "NSEC"],
        ),
        _SG1,
        _SG2,
        _SG3,
        _SG_MRP,
        _MOU_2007,
        _V_H2,
        _V_NSEC,
        _V_DUBLIN,
        act("Verordening (EU) 2019/943"),
        act("Verordening (EU) 2019/941"),
        act("Verordening (EU) 2022/869"),
        *_TSOS,
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        _ACER,
        Ent(
            "id/organisation/ministerie-van-economische-zaken-en-klimaat",
            "NationalBody",
            "Ministerie van Economische Zaken en Klimaat",
            ["ministerie van Economische Zaken en Klimaat"],
        ),
        org("FOD Economie", cls="NationalBody"),
        Ent(BE, "Country", "België", ["België", "Belgié"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(DE, "Country", "Duitsland", ["Duitsland"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
        Ent(AT, "Country", "Oostenrijk", ["Oostenrijk"]),
        Ent(CH, "Country", "Zwitserland", ["Zwitserland"]),
        Ent(DK, "Country", "Denemarken", ["Denemarken"]),
        Ent(IE, "Country", "Ierland", ["Ierland"]),
        Ent(NO, "Country", "Noorwegen", ["Noorwegen"]),
        Ent(SE, "Country", "Zweden", ["Zweden"]),
    ],
    [
        *[
            Rel(PLEF, PART, c, "Het Pentalateraal Energieforum (hierna: Penta)")
            for c in (BE, DE, FR, LU, NL)
        ],
        Rel(PLEF, PART, AT, "Oostenrijk sloot zich in 2011"),
        Rel(PLEF, PART, CH, "Zwitserland neemt als waarnemer deel"),
        *[Rel(PLEF, PART, o.iri, "Aan de vergaderingen van Penta") for o in _TSOS],
        Rel(PLEF, PART, EC, "De Europese Commissie is op amb"),
        Rel(_MOU_2007.iri, DATE, "2007-06-06", "ondertekenden deze vijf landen"),
        *[
            Rel(_MOU_2007.iri, PART, c, "ondertekenden deze vijf landen")
            for c in (BE, DE, FR, LU, NL)
        ],
        Rel(I_SG, SUB, BU, "Het Secretariaat-Generaal van de Benelux Unie voert"),
        *[Rel(x.iri, SUB, PLEF, "Het Forum kent drie") for x in (_SG1, _SG2, _SG3)],
        Rel(_SG_MRP.iri, SUB, _WG_NSEC, "werkt via vier support groups"),
        Rel(_V_H2.iri, DATE, "2020", "In 2020 ondertekenden de ministers"),
        Rel(_V_NSEC.iri, DATE, "2016-06-06", "opgericht met de politieke verklaring"),
        Rel(_V_DUBLIN.iri, DATE, "2022-09-12", "Op 12 september 2022"),
        *[Rel(_WG_NSEC, PART, c, "bracht de Noordzeelanden") for c in (BE, DK, IE, NO, SE)],
        *[Rel(_WG_NSEC, PART, x, "NSEC België, Denemarken") for x in (DE, FR, LU, NL, EC)],
    ],
)

# --- h07: answers to parliamentary questions on the Benelux IP convention ------------------
_H07 = "h07_answers_ip_convention"
_T_BVIE = ins(
    "Benelux-verdrag inzake de intellectuele eigendom",
    "Treaty",
    "Benelux-verdrag inzake de intellectuele eigendom",
    "Benelux-verdrag inzake de intellectuele eigendom (merken en tekeningen of modellen)",
    "BVIE",
)
_P2014 = ins(
    "Protocol van 16 december 2014 houdende wijziging van het BVIE",
    "Treaty",
    "Protocol van 16 december 2014 houdende wijziging van het BVIE",
)
_P2017 = ins("Protocol van 11 december 2017", "Treaty", "Protocol van 11 december 2017")
_D_MODEL = ins(
    "Beschikking tot wijziging van het BVIE ter omzetting van de Modellenrichtlijn",
    "Decision",
    "ontwerpbeschikking tot wijziging van het BVIE ter omzetting van de Modellenrichtlijn",
)
_WG_IE = wg("Benelux-werkgroep Intellectuele Eigendom")
_EUIPO = org(
    "Bureau voor Intellectuele Eigendom van de Europese Unie",
    "Bureau voor Intellectuele Eigendom van de Europese Unie",
    "EUIPO",
)
SPECS[_H07] = (
    [
        Ent(
            "id/organisation/tweede-kamer",
            "NationalBody",
            "Tweede Kamer",
            ["Tweede Kamer der Staten-Generaal", "uw Kamer", "Kamer"],
        ),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
        Ent(
            I_BBIE,
            "Institution",
            "Benelux-Bureau voor de Intellectuele Eigendom",
            ["Benelux-Bureau voor de Intellectuele Eigendom", "BBIE"],
        ),
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        _T_BVIE,
        _P2014,
        _P2017,
        _D_MODEL,
        act("Richtlijn (EU) 2015/2436", "Richtlijn (EU) 2015/2436", "Merkenrichtlijn"),
        act("Verordening (EU) 2017/1001"),
        act("Verordening (EU) 2024/2822"),
        act("Richtlijn (EU) 2024/2823", "Richtlijn (EU) 2024/2823", "Modellenrichtlijn"),
        _WG_IE,
        _EUIPO,
        org("Hof van Justitie van de Europese Unie"),
        Ent(
            EUU,
            "ExternalOrganisation",
            "Europese Unie",
            ["Europese Unie", "EU"],
            not_in=["Richtlijn (EU)", "Verordening (EU)"],
        ),
        Ent(BE, "Country", "België", ["België"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent("id/person/van-oosten-meijer", "Person", "Van Oosten-Meijer", ["Van Oosten-Meijer"]),
        person("Dirk Beljaarts", "Beljaarts"),
    ],
    [
        Rel(_T_BVIE.iri, DATE, "2005-02-25", "van 25 februari 2005 (BVIE)"),
        *[Rel(_T_BVIE.iri, PART, c, "dat sinds 1 september 2006") for c in (BE, NL, LU)],
        Rel(_P2014.iri, AMENDS, _T_BVIE.iri, "Het Protocol van 16 december 2014"),
        Rel(_P2014.iri, DATE, "2014-12-16", "Het Protocol van 16 december 2014"),
        Rel(_P2017.iri, AMENDS, _T_BVIE.iri, "Met het Protocol van 11 december 2017"),
        Rel(_P2017.iri, DATE, "2017-12-11", "Met het Protocol van 11 december 2017"),
        Rel(_D_MODEL.iri, AMENDS, _T_BVIE.iri, "beschikking tot wijziging van het BVIE"),
        Rel(_D_MODEL.iri, PASSED, I_CVM, "Ik verwacht dat het Comité van Ministers"),
        Rel(I_CVM, SUB, BU, "Comité van Ministers van de Benelux Unie"),
        Rel(_WG_IE.iri, PART, I_BBIE, "wordt voorbereid door de Benelux-werkgroep"),
        Rel(I_BBIE, COOP, _EUIPO.iri, "Het BBIE en het EUIPO"),
    ],
)

# --- h08: annual plan 2025, chapter 3 (climate, nature and circular economy) ---------------
_H08 = "h08_annual_plan_nature"
_O_NATUUR = ins(
    "Benelux-Overeenkomst op het gebied van natuurbehoud en landschapsbescherming",
    "Agreement",
    "Benelux-Overeenkomst op het gebied van natuurbehoud en landschapsbescherming",
)
_O_JACHT = ins(
    "Benelux-Overeenkomst op het gebied van de jacht en de vogelbescherming",
    "Agreement",
    "Benelux-Overeenkomst op het gebied van de jacht en de vogelbescherming",
)
_D_GRENSPARK = ins("Beschikking inzake grensparken", "Decision", "Beschikking inzake grensparken")
_M2024_7 = m_number("M(2024)7", "Decision", "M (2024) 7")
_M2009_6 = m_number("M(2009)6", "Decision", "M(2009)6")
_R_HERSTEL = ins(
    "Aanbeveling over de herstelbaarheid van elektrische apparaten",
    "Recommendation",
    "aanbeveling over de herstelbaarheid van elektrische apparaten",
)
_V_KLIMAAT = ins(
    "Politieke verklaring over klimaatadaptatie in grensregio's",
    "Declaration",
    "politieke verklaring over klimaatadaptatie in grensregio's",
)
_WG_NATUUR = wg("Benelux-werkgroep Natuurbeheer", "Benelux-werkgroep Natuurbeheer", "Natuurbeheer")
_WG_CE = wg(
    "Benelux-werkgroep Circulaire Economie",
    "Benelux-werkgroep Circulaire Economie",
    "Circulaire Economie",
)
_WG_KLIMAAT = wg("Benelux-platform Klimaatadaptatie")
_SBB = org("Staatsbosbeheer", cls="NationalBody")
_EEA = org("Europees Milieuagentschap")
_EV_NATUUR = event(
    "Benelux-natuurconferentie 2025", "Benelux-natuurconferentie", slug="benelux-natuurconferentie"
)
SPECS[_H08] = (
    [
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie", "BENELUX UNIE"]),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal"],
        ),
        _O_NATUUR,
        _O_JACHT,
        _D_GRENSPARK,
        _M2024_7,
        _M2009_6,
        _R_HERSTEL,
        _V_KLIMAAT,
        act("Verordening (EU) nr. 1143/2014"),
        act("Natuurherstelverordening"),
        act("Verordening (EU) 2024/1157"),
        _WG_NATUUR,
        _WG_CE,
        _WG_KLIMAAT,
        Ent(PLEF, "WorkingGroup", "Pentalateraal Energieforum", ["Pentalateraal Energieforum"]),
        _SBB,
        _EEA,
        _EV_NATUUR,
        Ent(HDF, "NeighbouringRegion", "Hauts-de-France", ["Hauts-de-France"]),
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noordrijn-Westfalen"]),
        Ent(BE, "Country", "België", ["België", "Belgié"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
    ],
    [
        Rel(_O_NATUUR.iri, DATE, "1982-06-08", "8 juni 1982, vormt het kader"),
        Rel(_O_JACHT.iri, DATE, "1970-06-10", "ming van 10 juni 1970"),
        Rel(_D_GRENSPARK.iri, PASSED, I_CVM, "Op grond van de Beschikking"),
        Rel(_WG_NATUUR.iri, PART, _SBB.iri, "Staatsbosbeheer, dat in Nederland"),
        Rel(_WG_NATUUR.iri, PART, HDF, "Ook de regio Hauts-de-France"),
        Rel(_EV_NATUUR.iri, PART, _EEA.iri, "organiseert het Secretariaat"),
        Rel(_M2024_7.iri, PASSED, I_CVM, "Met Beschikking M (2024) 7"),
        Rel(_M2024_7.iri, DATE, "2024-12-09", "Met Beschikking M (2024) 7"),
        Rel(_M2009_6.iri, PASSED, I_CVM, "Zie ook de Benelux-Beschikking"),
        Rel(_WG_CE.iri, PART, NRW, "waarin ook Noordrijn-Westfalen als"),
        *[
            Rel(_WG_KLIMAAT.iri, PART, c, "Het Benelux-platform Klimaatadaptatie")
            for c in (NL, BE, LU)
        ],
    ],
)


def main(argv: list[str]) -> None:
    if len(argv) > 2 and argv[1] == "review":
        _A.SPECS.clear()
        _A.SPECS.update(SPECS)
        _A.review(argv[2], argv[3:])
        return
    _A.GOLD.mkdir(exist_ok=True)
    for doc, (ents, rels) in SPECS.items():
        gold = _A.build(doc, ents, rels)
        _A.verify(doc, gold)
        (_A.GOLD / f"{doc}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        n_mentions = sum(len(e["spans"]) for e in gold["entities"])
        print(
            f"{doc}: {len(gold['entities'])} entities, {n_mentions} mentions, "
            f"{len(gold['relations'])} relations"
        )


if __name__ == "__main__":
    main(sys.argv)
