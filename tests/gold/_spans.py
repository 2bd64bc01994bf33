# ruff: noqa: E501  (the annotation tables hold long Dutch titles verbatim)
"""Offset helper for the hand-made gold standard (tests/gold/*.json).

The annotations themselves (which entity, which surface forms, which relations) are
written by hand in ``_specs.py``-style tables below; this module only finds every
occurrence of each surface form in the stored text and writes the JSON.

Usage::

    python tests/gold/_spans.py              # build all gold files, verify every span
    python tests/gold/_spans.py review DOC   # print every hit with context, for checking

Matching rules (see README.md):
- a space in a surface form matches any run of spaces / tabs with one line break
  (possibly followed by one blank line, as in the page layout of 003);
- a hyphen matches "-" optionally followed by spaces and a newline (line-end breaks);
- between two letters a line-end hyphenation "-\\n" may occur ("Secretariaat-Gene-\\nraal");
- a hit must not touch a letter, digit or hyphen on either side (so "EU" does not match
  inside "EU-land" and "Nederland" not inside "Nederlandse");
- overlapping hits of the same entity keep the longest; hits of different entities may nest.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "corpus"

Span = tuple[int, int]


@dataclass(frozen=True)
class Ent:
    """One gold entity: its IRI, class, canonical label and surface forms."""

    iri: str
    cls: str
    label: str
    names: Sequence[str]
    ci: bool = False  # case-insensitive matching
    not_in: Sequence[str] = ()  # drop hits lying inside an occurrence of these strings
    drop: Sequence[int] = ()  # drop hits starting at these offsets (checked by review)
    extra: Sequence[Span] = ()  # spans added by hand (odd extraction artefacts)
    extra_names: Sequence[str] = field(default=())  # names listed but not searched
    compound: bool = False  # also match inside hyphenated compounds ("SOLVIT-centra")
    raw: Sequence[str] = ()  # exact stored substrings, for extraction artefacts ("B e n e l u x")


@dataclass(frozen=True)
class Rel:
    """One gold relation; ``evidence`` is a snippet of the stating sentence."""

    subject: str
    predicate: str
    obj: str
    evidence: str
    nth: int = 0  # which occurrence of the snippet, when it is not unique


def read_text(doc: str) -> str:
    with open(CORPUS / f"{doc}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


_NL = r"\n(?:[ \t\u00a0]*\n)?"  # a line break, possibly with one blank line (page layout)
_SPACE = r"(?:[ \t\u00a0]+(?:" + _NL + r")?[ \t\u00a0]*|" + _NL + r"[ \t\u00a0]*)"
_HYPHEN = r"-[ \t]*(?:" + _NL + r")?[ \t]*"
_BREAK = r"(?:-[ \t]*" + _NL + r"[ \t]*)?"


def surface_regex(surface: str) -> str:
    """A regex for ``surface`` tolerating line breaks and line-end hyphenation."""
    parts: list[str] = []
    prev = ""
    for char in surface:
        if char == " ":
            parts.append(_SPACE)
        elif char == "-":
            parts.append(_HYPHEN)
        else:
            if prev.isalpha() and char.isalpha():
                parts.append(_BREAK)
            parts.append(re.escape(char))
        prev = char
    return "".join(parts)


def find_all(text: str, surface: str, ci: bool = False, compound: bool = False) -> list[Span]:
    flags = re.IGNORECASE if ci else 0
    if compound:
        pattern = r"(?<!\w)" + surface_regex(surface) + r"(?!\w)"
    else:
        pattern = r"(?<![\w-])" + surface_regex(surface) + r"(?![\w]|-(?![ \t]*\n))"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def entity_spans(text: str, ent: Ent) -> list[Span]:
    hits: list[Span] = []
    for name in ent.names:
        hits.extend(find_all(text, name, ent.ci, ent.compound))
    blocked: list[Span] = []
    for outer in ent.not_in:
        blocked.extend(find_all(text, outer, ent.ci))
    hits = [h for h in hits if not any(b <= h[0] and h[1] <= e for b, e in blocked)]
    hits = [h for h in hits if h[0] not in ent.drop]
    hits.extend(ent.extra)
    for chunk in ent.raw:
        start = text.find(chunk)
        if start < 0:
            raise SystemExit(f"raw mention not found: {chunk!r}")
        while start >= 0:
            hits.append((start, start + len(chunk)))
            start = text.find(chunk, start + 1)
    # keep the longest of overlapping hits of the same entity
    hits.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[Span] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            if hit[1] - hit[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


_SENT_END = re.compile(r"[.!?;:][*®°'’\"”»)]*(?=\s|$)|\n[ \t]*\n|\n[ \t]*•")


def sentence_around(text: str, begin: int, end: int) -> Span:
    """Expand [begin, end) to the enclosing sentence (rough, but deterministic)."""
    left = 0
    for before in _SENT_END.finditer(text, 0, begin):
        left = before.end()
    after = _SENT_END.search(text, end)
    if after is None:
        right = len(text)
    elif after.group(0)[0] in ".!?;:":
        right = after.start() + 1  # keep the full stop, not the trailing footnote marks
    else:
        right = after.start()
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    if text[left] == "•":
        left += 1
        while text[left].isspace():
            left += 1
    return left, right


def evidence_span(text: str, rel: Rel) -> Span:
    pattern = surface_regex(rel.evidence)
    hits = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if len(hits) <= rel.nth:
        raise SystemExit(f"evidence not found: {rel.evidence!r}")
    return sentence_around(text, *hits[rel.nth])


def build(doc: str, ents: Iterable[Ent], rels: Iterable[Rel]) -> dict[str, Any]:
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


def _flat(mention: str) -> str:
    """The surface form with line-end hyphenation and line breaks undone."""
    flat = re.sub(r"(?<=[a-zà-ÿ])-[ \t]*\n[ \t]*(?=[a-zà-ÿ])", "", mention)
    flat = re.sub(r"-[ \t]*\n[ \t]*", "-", flat)
    return re.sub(r"\s+", " ", flat)


def verify(doc: str, gold: dict[str, Any]) -> None:
    text = read_text(doc)
    for ent in gold["entities"]:
        for b, e in ent["spans"]:
            mention = text[b:e]
            assert mention and mention == mention.strip(), (doc, ent["iri"], b, e)
    for rel in gold["relations"]:
        b, e = rel["evidence"]
        assert 0 <= b < e <= len(text), (doc, rel)


def main(argv: list[str]) -> None:
    if len(argv) > 2 and argv[1] == "review":
        doc = argv[2]
        text = read_text(doc)
        ents, _ = SPECS[doc]
        for ent in ents:
            if len(argv) > 3 and ent.iri not in argv[3:]:
                continue
            print(f"== {ent.iri}")
            for b, e in entity_spans(text, ent):
                ctx = text[max(0, b - 40) : e + 40].replace("\n", "⏎")
                print(f"  {b:6d} {text[b:e]!r:40.40}  …{ctx}…")
        return
    for doc, (ents, rels) in SPECS.items():
        gold = build(doc, ents, rels)
        verify(doc, gold)
        (HERE / f"{doc}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        n_mentions = sum(len(e["spans"]) for e in gold["entities"])
        print(
            f"{doc}: {len(gold['entities'])} entities, {n_mentions} mentions, "
            f"{len(gold['relations'])} relations"
        )


# ---------------------------------------------------------------------------
# The hand-written annotation tables, one block per document.
# ---------------------------------------------------------------------------

I_CVM = "id/institution/comite-van-ministers"
I_RAAD = "id/institution/benelux-raad"
I_SG = "id/institution/secretariaat-generaal"
I_CSG = "id/institution/college-van-secretarissen-generaal"
I_BP = "id/institution/benelux-parlement"
I_HOF = "id/institution/benelux-gerechtshof"
BU = "id/organisation/benelux-unie"
BE, NL, LU = "id/country/belgie", "id/country/nederland", "id/country/luxemburg"
FR, DE = "id/country/frankrijk", "id/country/duitsland"
NRW, GR, HDF = (
    "id/region/noordrijn-westfalen",
    "id/region/grande-region",
    "id/region/hauts-de-france",
)
EC, EUU = "id/organisation/europese-commissie", "id/organisation/europese-unie"
NR, BA = "id/organisation/noordse-raad", "id/organisation/baltische-assemblee"

PASSED, AMENDS, SUB = "eli:passed_by", "eli:amends", "org:subOrganizationOf"
PART, DATE, COOP = "bkg:participant", "eli:date_document", "bkg:cooperatesWith"


def person(label: str, *short: str, drop: Sequence[int] = ()) -> Ent:
    slug = _slug(label)
    return Ent(f"id/person/{slug}", "Person", label, [label, *short], drop=drop)


def _slug(label: str) -> str:
    import unicodedata

    norm = unicodedata.normalize("NFKD", label)
    norm = "".join(c for c in norm if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", norm).strip("-")


SPECS: dict[str, tuple[list[Ent], list[Rel]]] = {}

# SPECS-BEGIN
# --- 000: news item, Benelux Parliament plenary session of 21-22 March 2025 ---------
_D000 = "000_a217eddb2c5af20f"
_REC_TELEWERK = "id/instrument/aanbeveling-grensoverschrijdend-telewerk-in-de-benelux-landen"
_REC_DIPLOMA = "id/instrument/aanbeveling-automatische-wederzijdse-erkenning-van-diploma-s-en-beroepskwalificaties"
_REC_GRENSWERK = "id/instrument/aanbeveling-verbetering-van-de-situatie-van-grenswerknemers"
_TREATY_DIPLOMA = "id/instrument/verdrag-betreffende-de-automatische-erkenning-van-kwalificaties-van-hoger-onderwijs"
_EV_2025_03 = "id/event/plenaire-zitting-benelux-parlement-2025-03"
SPECS[_D000] = (
    [
        Ent(I_BP, "Institution", "Benelux-Parlement", ["Benelux Parlement", "Benelux-Parlement"]),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["comité van ministers"], ci=True),
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblée"]),
        Ent(
            "id/organisation/europese-rekenkamer",
            "ExternalOrganisation",
            "Europese Rekenkamer",
            ["Europese Rekenkamer"],
        ),
        Ent(
            "id/organisation/parlement-van-luxemburg",
            "NationalBody",
            "Parlement van Luxemburg",
            ["Parlement van Luxemburg", "Luxemburgs Parlement"],
        ),
        # Review 2026-11: a Belgian region as a party is a NationalBody (the ontology's
        # definition: "a region or community government").
        Ent("id/organisation/vlaams-gewest", "NationalBody", "Vlaams Gewest", ["Vlaanderen"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(BE, "Country", "België", ["België"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent("id/country/roemenie", "Country", "Roemenië", ["Roemenië"]),
        Ent(NRW, "NeighbouringRegion", "Noordrijn-Westfalen", ["Noord-Rijnland-Westfalen"]),
        Ent(
            "id/working-group/contactgroep-noordrijn-westfalen",
            "WorkingGroup",
            "Contactgroep Noordrijn-Westfalen",
            ["contactgroep Noord-Rijnland-Westfalen"],
        ),
        Ent(
            _REC_TELEWERK,
            "Recommendation",
            "Aanbeveling Grensoverschrijdend telewerk in de Benelux-landen",
            ["Grensoverschrijdend telewerk in de Benelux-landen"],
        ),
        Ent(
            _REC_DIPLOMA,
            "Recommendation",
            "Aanbeveling Automatische wederzijdse erkenning van diploma's en beroepskwalificaties",
            ["Automatische wederzijdse erkenning van diploma's en beroepskwalificaties"],
        ),
        Ent(
            _REC_GRENSWERK,
            "Recommendation",
            "Aanbeveling met betrekking tot de verbetering van de situatie van grenswerknemers",
            [
                "aanbeveling met betrekking tot de verbetering van de situatie van grenswerknemers op "
                "het vlak van mobiliteit, fiscaliteit en sociale zekerheid"
            ],
        ),
        Ent(
            _TREATY_DIPLOMA,
            "Treaty",
            "Verdrag betreffende de automatische erkenning van kwalificaties van Hoger Onderwijs",
            [
                "Verdrag van september 2021 betreffende automatische erkenning van diploma's in het "
                "hoger onderwijs"
            ],
        ),
        Ent(
            "id/act/verdrag-van-schengen",
            "ExternalAct",
            "Verdrag van Schengen",
            ["verdrag van Schengen"],
        ),
        Ent(
            _EV_2025_03,
            "Meeting",
            "Plenaire zitting Benelux-Parlement 21-22 maart 2025",
            [
                "Plenaire zitting Benelux Parlement in Luxemburg",
                "eerste plenaire zitting van het Benelux Parlement in 2025",
                "Plenaire zitting 21 maart",
                "Plenaire zitting 22 maart",
            ],
        ),
        Ent(
            "id/event/plenaire-zitting-benelux-parlement-2025-06",
            "Meeting",
            "Plenaire zitting Benelux-Parlement juni 2025",
            ["plenaire zitting in juni"],
        ),
        person("Thom van Campen", "Van Campen"),
        person("Artie Ramsodit"),
        person("Pim van Ballekom"),
        person("Theo Bovens"),
        person("Fatimazhra Belhirsch", "Belhirsch"),
        person("Alexander van Hattem", "Van Hattem"),
        person("Rik Janssen", "Janssen"),
        person("Hendrik-Jan Talsma", "Talsma"),
        person("Auke van der Goot"),
        person("Xavier Bettel", "Bettel"),
        person("Vanessa Matz"),
        person("Elisabeth Margue"),
        person("Zsolt Szabó", "Szabó"),
        person("Jeroen van den Hoven"),
        person("Elif Bebir"),
        person("Hadrien Macq"),
        person("Georg Mein", "Mein"),
        person("Rudy van Belkom", "Van Belkom"),
    ],
    [
        Rel(_REC_TELEWERK, PASSED, I_BP, "Op zaterdagochtend werden de aanbevelingen"),
        Rel(_REC_DIPLOMA, PASSED, I_BP, "Op zaterdagochtend werden de aanbevelingen"),
        Rel(_REC_TELEWERK, DATE, "2025-03-22", "Op zaterdagochtend werden de aanbevelingen"),
        Rel(_REC_DIPLOMA, DATE, "2025-03-22", "Op zaterdagochtend werden de aanbevelingen"),
        Rel(_EV_2025_03, PART, BA, "inclusief een delegatie namens de Baltische"),
        Rel(_TREATY_DIPLOMA, DATE, "2021", "Verdrag van september 2021"),
        # The Committee of Ministers answers the Parliament's recommendation.
        Rel(_REC_GRENSWERK, PASSED, I_BP, "ontving het Benelux Parlement de antwoorden"),
    ],
)

# --- 001: letter of the Dutch Foreign Minister on the 2020 presidency -----------------
_D001 = "001_760160cc3951b2ca"
_WG_TASKFORCE = "id/working-group/cross-border-corona-taskforce"
_WG_PENTA = "id/working-group/pentalateraal-energieforum"
_WG_TELECOM = "id/working-group/telecomwerkgroep"
_WG_VUURWERK = "id/working-group/werkgroep-vuurwerk"
_WG_BUREAU_BP = "id/working-group/bureau-van-het-benelux-parlement"
_WG_IDRO = "id/working-group/benelux-id-registration-office"
_T_POLITIE = "id/instrument/benelux-politieverdrag"
_GWP = "id/instrument/gemeenschappelijk-werkprogramma-2021-2024"
_D_PYRO = "id/instrument/beschikking-pyropas"
_D_EHEALTH_001 = "id/instrument/beschikking-over-de-grensoverschrijdende-uitwisseling-van-elektronische-persoonsgegevens"
_R_OPLEIDING = "id/instrument/aanbeveling-opleidingseisen"
_V_VOERTUIG = "id/instrument/benelux-verklaring-uitwisseling-voertuiggegevens-milieuzones"
_V_FIETS = "id/instrument/politieke-verklaring-fietsgebruik-2020"
_V_H2 = "id/instrument/politieke-verklaring-pentalateraal-energieforum-waterstof"
_V_TOP = "id/instrument/gemeenschappelijke-politieke-verklaring-benelux-top-2020"
_EV_TOP = "id/event/benelux-top-2020"
_AT, _CH = "id/country/oostenrijk", "id/country/zwitserland"
_NDS, _RLP = "id/region/nedersaksen", "id/region/rijnland-palts"
SPECS[_D001] = (
    [
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        Ent(
            I_CVM,
            "Institution",
            "Comité van Ministers",
            ["Benelux Comité van Ministers", "Comité van Ministers"],
        ),
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal", "College"],
        ),
        Ent(I_BP, "Institution", "Benelux-Parlement", ["Benelux-Parlement"]),
        Ent(
            _WG_BUREAU_BP,
            "WorkingGroup",
            "Bureau van het Benelux-Parlement",
            ["Bureau van het Benelux-Parlement"],
        ),
        Ent(
            _WG_TASKFORCE,
            "WorkingGroup",
            "Cross-border Corona Taskforce",
            ["Cross-border Corona Taskforce", "Corona Taskforce", "Taskforce"],
        ),
        Ent(
            _WG_PENTA,
            "WorkingGroup",
            "Pentalateraal Energieforum",
            ["Pentalateraal Energieforum", "Pentalateral Energy Forum"],
        ),
        Ent(_WG_TELECOM, "WorkingGroup", "Telecomwerkgroep", ["Telecomwerkgroep"]),
        Ent(_WG_VUURWERK, "WorkingGroup", "Werkgroep vuurwerk", ["Benelux-werkgroep vuurwerk"]),
        Ent(
            _WG_IDRO,
            "WorkingGroup",
            "Benelux ID Registration Office",
            ["Benelux ID Registration Office", "IDRO"],
        ),
        Ent(_T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux Politieverdrag", "Verdrag"]),
        Ent(
            _GWP,
            "LegalInstrument",
            "Gemeenschappelijk Werkprogramma 2021-2024",
            ["Gemeenschappelijk Werkprogramma 2021-2024"],
        ),
        Ent(_D_PYRO, "Decision", "Beschikking pyropas", ["beschikking pyropas"], ci=True),
        Ent(
            _D_EHEALTH_001,
            "Decision",
            "Beschikking over de grensoverschrijdende uitwisseling van elektronische persoonsgegevens",
            [
                "beschikking over de grensoverschrijdende uitwisseling van elektronische persoonsgegevens"
            ],
        ),
        Ent(
            _R_OPLEIDING,
            "Recommendation",
            "Aanbeveling opleidingseisen",
            ["aanbeveling opleidingseisen"],
        ),
        Ent(
            _V_VOERTUIG,
            "Declaration",
            "Benelux-verklaring over de uitwisseling van voertuiggegevens voor milieuzones",
            ["gezamenlijke Benelux-verklaring"],
        ),
        Ent(
            _V_FIETS,
            "Declaration",
            "Political declaration of the Benelux countries & North Rhine-Westphalia beyond COVID-19",
            [
                "politieke verklaring",
                "Political declaration of the Benelux countries & North Rhine-Westphalia beyond COVID-19",
            ],
            not_in=["belangrijke politieke verklaring", "gemeenschappelijke politieke verklaring"],
        ),
        Ent(
            _V_H2,
            "Declaration",
            "Joint political declaration of the Pentalateral Energy Forum on the role of hydrogen",
            [
                "belangrijke politieke verklaring op het thema waterstof",
                "Joint political declaration of the Pentalateral Energy Forum on the role of hydrogen to "
                "decarbonise the energy system in Europe",
            ],
        ),
        Ent(
            _V_TOP,
            "Declaration",
            "Gemeenschappelijke politieke verklaring Benelux-Top 2020",
            ["gemeenschappelijke politieke verklaring", "gezamenlijke verklaring"],
        ),
        Ent(
            "id/act/electronic-freight-transport-information-verordening",
            "ExternalAct",
            "Electronic Freight Transport Information-Verordening (e-FTI)",
            [
                "Europese Electronic Freight Transport Information-Verordening (e-FTI)",
                "Verordening",
                "EU Verordening",
            ],
        ),
        Ent(
            "id/act/bouwproductenverordening",
            "ExternalAct",
            "Bouwproductenverordening (CPR)",
            ["Bouwproductenverordening CPR"],
        ),
        Ent(
            "id/project/benelux-e-cmr-pilot",
            "Project",
            "Benelux e-CMR pilot",
            ["Benelux e-CMR pilot", "Benelux pilot"],
        ),
        Ent(
            _EV_TOP,
            "Meeting",
            "Benelux-Top 7 oktober 2020",
            ["Benelux Top van 7 oktober 2020", "Benelux-Top", "Top"],
        ),
        Ent(
            "id/event/pentalaterale-ministeriele-bijeenkomst-2021-02-01",
            "Meeting",
            "Pentalaterale ministeriële bijeenkomst van 1 februari 2021",
            ["Pentalaterale ministeriéle bijeenkomst van 1 februari 2021"],
        ),
        Ent(
            "id/event/electromobility-conferentie",
            "Meeting",
            "Electromobility-conferentie",
            ["Electromobility-conferentie"],
        ),
        Ent(
            "id/event/webinar-ai-kansen-voor-benelux-koplopers",
            "Meeting",
            "Webinar AI kansen voor Benelux-koplopers",
            ["Al kansen voor Benelux-koplopers"],
        ),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie", "Commissie"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie", "EU"]),
        Ent(
            "id/organisation/north-sea-port",
            "ExternalOrganisation",
            "North Sea Port",
            ["North Sea Port"],
        ),
        Ent("id/organisation/solvit", "ExternalOrganisation", "SOLVIT", ["SOLVIT"], compound=True),
        Ent("id/organisation/nlaic", "ExternalOrganisation", "NLAIC", ["NLAIC"]),
        Ent("id/organisation/ai4belgium", "ExternalOrganisation", "AI4Belgium", ["Al4Belgium"]),
        Ent(
            "id/organisation/luxembourg-digital",
            "ExternalOrganisation",
            "Luxembourg Digital",
            ["Luxembourg Digital"],
        ),
        Ent("id/organisation/raad-van-state", "NationalBody", "Raad van State", ["Raad van State"]),
        # Review 2026-11: a partner of the Grande Région cooperation; NationalBody per the
        # ontology ("a region or community government").
        Ent(
            "id/organisation/waals-gewest", "NationalBody", "Waals Gewest", ["Wallonié", "Wallonië"]
        ),
        Ent(
            "id/organisation/tweede-kamer",
            "NationalBody",
            "Tweede Kamer",
            ["Tweede Kamer", "uw Kamer", "Uw Kamer"],
        ),
        Ent(
            "id/organisation/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties",
            "NationalBody",
            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
            ["BZK"],
        ),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(BE, "Country", "België", ["België", "Belgié"]),
        Ent(LU, "Country", "Luxemburg", ["Groothertogdom Luxemburg", "Luxemburg"]),
        Ent(DE, "Country", "Duitsland", ["Duitsland"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
        Ent(_AT, "Country", "Oostenrijk", ["Oostenrijk"]),
        Ent(_CH, "Country", "Zwitserland", ["Zwitserland"]),
        Ent(
            NRW,
            "NeighbouringRegion",
            "Noordrijn-Westfalen",
            ["Noordrijn-Westfalen", "NRW", "North Rhine-Westphalia"],
        ),
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"]),
        Ent(_NDS, "NeighbouringRegion", "Nedersaksen", ["Nedersaksen"]),
        Ent(_RLP, "NeighbouringRegion", "Rijnland-Palts", ["Rijnland-Palts"]),
        Ent("id/region/saarland", "NeighbouringRegion", "Saarland", ["Saarland"]),
        Ent("id/region/lotharingen", "NeighbouringRegion", "Lotharingen", ["Lotharingen"]),
        person("Piet Hein Donner", "Donner"),
        person("Cathy Berx", "Berx"),
        person("Raymond Knops", "Knops"),
        person("Stientje van Veldhoven", "Van Veldhoven"),
        person("Frans Timmermans"),
        person("Stef Blok", "S.A. Blok"),
    ],
    [
        Rel(I_SG, SUB, BU, "het Secretariaat-Generaal van de Benelux Unie"),
        Rel(I_CSG, SUB, BU, "College van Secretarissen-Generaal van de Benelux Unie"),
        Rel(_WG_TELECOM, SUB, BU, "De Telecomwerkgroep van de Benelux Unie"),
        # Review 2026-11: no "Rel(_WG_VUURWERK, SUB, BU)": "Benelux-werkgroep vuurwerk" does
        # not say "van de Benelux Unie" (guideline for org:subOrganizationOf), and the other
        # "Benelux-..." groups of 001 and 002 carry no such relation either.
        Rel(_WG_BUREAU_BP, SUB, I_BP, "Bureau van het Benelux-Parlement"),
        *[
            Rel(_WG_TASKFORCE, PART, x, "Corona Taskforce opgericht met")
            for x in (NL, BE, NRW, _NDS, _RLP)
        ],
        *[
            Rel(_WG_PENTA, PART, x, "Duitsland, Frankrijk, Oostenrijk en Zwitserland")
            for x in (DE, FR, _AT, _CH)
        ],
        *[
            Rel(_V_H2, PART, x, "Duitsland, Frankrijk, Oostenrijk en Zwitserland")
            for x in (DE, FR, _AT, _CH)
        ],
        Rel(_V_H2, DATE, "2020", "Duitsland, Frankrijk, Oostenrijk en Zwitserland"),
        *[
            Rel(_V_FIETS, PART, x, "Op 14 juli 2020 heeft Staatssecretaris")
            for x in (NL, BE, LU, NRW)
        ],
        Rel(_V_FIETS, DATE, "2020-07-14", "Op 14 juli 2020 heeft Staatssecretaris"),
        Rel(_GWP, PASSED, I_CVM, "Op 7 december 2020 kwam het Comité van Ministers"),
        Rel(_GWP, DATE, "2020-12-07", "Op 7 december 2020 kwam het Comité van Ministers"),
        Rel(
            _V_TOP, DATE, "2020-10-07", "Bovendien werd een gemeenschappelijke politieke verklaring"
        ),
        Rel(_EV_TOP, PART, I_CSG, "Benelux-Top plaats tussen de premiers"),
        Rel(_D_EHEALTH_001, DATE, "2020", "beschikking over de grensoverschrijdende uitwisseling"),
        Rel(_D_EHEALTH_001, PASSED, I_CVM, "beschikking over de grensoverschrijdende uitwisseling"),
        Rel(_D_PYRO, PASSED, I_CVM, "De beschikking pyropas is een goede"),
    ],
)

# --- 004: web article on the Joint Work Programme 2021-2024 ---------------------------
_D004 = "004_8fbf76c5622830fb"
SPECS[_D004] = (
    [
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"]),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(
            _GWP,
            "LegalInstrument",
            "Gemeenschappelijk Werkprogramma 2021-2024",
            [
                "Gemeenschappelijk Werkprogramma",
                "Gemeenschappelijke Werkprogramma",
                "Gemeenschappelijk Werkprogramma (2021-2024)",
                "Gemeenschappelijk Werkprogramma 2021-2024",
            ],
        ),
        Ent("id/instrument/benelux-verdrag", "Treaty", "Benelux-Verdrag", ["Benelux-verdrag"]),
        Ent(_T_POLITIE, "Treaty", "Benelux-Politieverdrag", ["Benelux-Politieverdrag"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie", "EU"]),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Nordic Council"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(BE, "Country", "België", ["België"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"]),
    ],
    [
        Rel(I_CVM, SUB, BU, "Comité van Ministers van de Benelux Unie"),
        Rel(
            BU,
            COOP,
            FR,
            "verkent nieuwe mogelijkheden voor grensoverschrijdende samenwerking met Frankrijk",
        ),
        Rel(BU, COOP, NR, "zoals de Nordic Council"),
    ],
)

# --- 002: Benelux Union annual plan 2023 ------------------------------------------------
_D002 = "002_9e5d61a85da0ad79"


def _m(num: str, cls: str, *names: str, drop: Sequence[int] = ()) -> Ent:
    """A numbered instrument: matched by its number and by the title(s) the text gives."""
    parsed = re.fullmatch(r"M\((\d{4})\)(\d+)", num)
    assert parsed is not None, num
    year, seq = parsed.groups()
    return Ent(f"id/instrument/m-{year}-{seq}", cls, num, [num, *names], drop=drop)


def _wg(label: str, *names: str, ci: bool = False, compound: bool = False) -> Ent:
    return Ent(
        f"id/working-group/{_slug(label)}",
        "WorkingGroup",
        label,
        [label, *names] if not names else list(names),
        ci=ci,
        compound=compound,
    )


def _org(label: str, *names: str, cls: str = "ExternalOrganisation", compound: bool = False) -> Ent:
    return Ent(
        f"id/organisation/{_slug(label)}", cls, label, list(names) or [label], compound=compound
    )


def _act(label: str, *names: str, ci: bool = False) -> Ent:
    return Ent(f"id/act/{_slug(label)}", "ExternalAct", label, list(names) or [label], ci=ci)


def _ins(label: str, cls: str, *names: str, raw: Sequence[str] = ()) -> Ent:
    return Ent(f"id/instrument/{_slug(label)}", cls, label, list(names) or [label], raw=raw)


def _ev(label: str, *names: str) -> Ent:
    return Ent(f"id/event/{_slug(label)}", "Meeting", label, list(names) or [label])


_UO_VREEMD = _ins(
    "Benelux-Uitvoeringsovereenkomst inzake de samenwerking, begeleiding en ondersteuning in het kader "
    "van de opdrachten in toepassing van de vreemdelingenwetgevingen",
    "Agreement",
    "Benelux-Uitvoeringsovereenkomst inzake de samenwerking, begeleiding en ondersteuning in het kader "
    "van de opdrachten in toepassing van de vreemdelingenwetgevingen op het grondgebied van de Benelux-landen",
)
_UO_POST = _ins(
    "Uitvoeringsovereenkomst tussen België en Nederland inzake de raadpleging van elkaars "
    "politiedatabanken in een gemeenschappelijke politiepost",
    "Agreement",
)
_UO_PATR = _ins(
    "Uitvoeringsovereenkomst tussen België en Nederland inzake de raadpleging van voor de politie "
    "toegankelijke databanken tijdens gemengde patrouilles en gemeenschappelijke controles",
    "Agreement",
)
_UO_ANPR = _ins(
    "Uitvoeringsovereenkomst tussen België en Nederland inzake de uitwisseling van referentiegegevens "
    "voor automatic number plate recognition (ANPR)",
    "Agreement",
    "Uitvoeringsovereenkomst tussen België en Nederland inzake de uitwisseling van referentiegegevens "
    "voor automatic number plate recognition (ANPR)",
)
_D_WAPENS = _ins(
    "Benelux-Beschikking inzake de aanduiding van de bevoegde autoriteiten die toestemming kunnen geven "
    "voor het vervoeren en dragen van bepaalde wapens en munitie",
    "Decision",
    "Benelux-Beschikking inzake de aanduiding van de bevoegde autoriteiten die toestemming kunnen geven "
    "voor het vervoeren en dragen van bepaalde wapens en munitie tijdens een grensoverschrijdend optreden "
    "of een grensoverschrijdende aanwezigheid",
)
_UA_ACHTERV = _ins(
    "Benelux-Uitvoeringsafspraak over grensoverschrijdende achtervolging", "Agreement"
)
_UA_VERB = _ins(
    "Benelux-Uitvoeringsafspraak over het gemeenschappelijk gebruik van verbindingsofficieren",
    "Agreement",
    "Benelux-Uitvoeringsafspraak over het gemeenschappelijk gebruik van verbindingsofficieren",
    raw=[
        "B e n e l u x - U i t v o e -\nringsafspraak over \nhet gemeenschap-\npelijk gebruik van "
        "ver-\nbindingsofficieren"
    ],
)
_T_SOC = _ins(
    "Benelux-Verdrag inzake de bestrijding van sociale fraude",
    "Treaty",
    "multilateraal Benelux-verdrag",
    "Benelux-Verdrag ter verbetering en versterking van de grensoverschrijdende samenwerking inzake "
    "de bescherming van de gezondheid en de veiligheid op het werk en van fatsoenlijke "
    "arbeidsvoorwaarden",
    "MULTILATERALE BENELUX-VERDRAG ter verbetering en versterking van de grensoverschrijdende "
    "samenwerking inzake de bestrijding van sociale fraude",
)
_T_GRENS = _m(
    "M(2014)2",
    "Treaty",
    "Benelux-Verdrag van 20 februari 2014 inzake grensoverschrijdende en interterritoriale "
    "samenwerking",
    "Verdrag",
    drop=(4992, 31287, 95060),
)
_M2015_15 = _m(
    "M(2015)15",
    "Decision",
    "Benelux-Beschikking betreffende proeven met langere en zwaardere vrachtwagencombinaties "
    "waarbij een intra-Benelux grens wordt overschreden",
)
_M2022_12 = _m(
    "M(2022)12",
    "Decision",
    "Benelux-Beschikking betreffende materialen en voorwerpen van metaal en legering die bestemd "
    "zijn om in aanraking te worden gebracht met levensmiddelen",
)
_M2019_7 = _m(
    "M(2019)7",
    "Recommendation",
    "Benelux-Aanbeveling betreffende de fiscale samenwerking en de strijd tegen de fiscale fraude",
)
_M2016_9 = _m(
    "M(2016)9",
    "Recommendation",
    "Benelux-Aanbeveling betreffende het bevorderen van de fiscale, douane- en veterinaire "
    "samenwerking aangaande de paardensector",
)
_M2020_14 = _m("M(2020)14", "Decision", "Benelux-Beschikking tot invoering van een pyro-pass")
_M2022_9 = _m("M(2022)9", "Decision")
_M2022_7 = _m("M(2022)7", "Decision")
_M2020_5 = _m("M(2020)5", "Decision", "Benelux-Beschikking inzake eHealth")
_MOU_2006 = _ins("MoU van 2006 betreffende de crisisbeheersing", "Declaration")
_REG_INFO = _ins(
    "Benelux-regeling betreffende de informatie aan de bevolking in geval van noodsituaties",
    "LegalInstrument",
    raw=[
        "Benelux-regeling betref-\n\nfende de informatie aan de bevolking in ge-\nval van "
        "noodsituaties"
    ],
)
_AK_DUBLIN = _ins(
    "Administratief akkoord inzake Dublinoverdrachten",
    "Agreement",
    "administratief akkoord inzake Dublinoverdrachten",
)
_IV_PES = _ins(
    "Intentieverklaring van 6 juni 2019 inzake de verbetering van de informatie-uitwisseling ten "
    "behoeve van pre-employment screening",
    "Declaration",
    "intentieverklaring van 6 juni 2019 van de ministers van Justitie van de Benelux inzake de "
    "verbetering van de informatie-uitwisseling ten behoeve van pre-employment screening",
)
_V_CYCLE = _ins(
    "European Cycling Declaration",
    "Declaration",
    "Europese Verklaring van 3 juni 2022",
    "European Cycling Declaration",
)
_V_DUBLIN = _ins("Dublin Verklaring van 12 september 2022", "Declaration")
_V_GAS = _ins("Pentalaterale politieke verklaring rond gasopslag van 30 maart 2022", "Declaration")
_V_RISK = _ins("Pentalaterale politieke verklaring rond risicoparaatheid", "Declaration")
_V_AIR = _ins(
    "Benelux politieke verklaring on the vigorous continuation of cooperation to achieve health "
    "gains for their citizens by reducing air pollution",
    "Declaration",
)
_V_NRW = _ins(
    "Politieke verklaring Benelux-Noordrijn-Westfalen", "Declaration", "eerste politieke verklaring"
)
_IV_FR = _ins(
    "Intentieverklaring van 2018 Benelux-Frankrijk", "Declaration", "intentieverklaring van 2018"
)
_O_HIT = _ins(
    "Overeenkomst over de hit-no-hit bevraging van politiedatabanken",
    "Agreement",
    "overeenkomst over de hit-no-hit bevraging van politiedatabanken",
)
_O_OPSP = _ins(
    "Overeenkomst inzake grensoverschrijdende opsporing",
    "Agreement",
    "overeenkomst inzake grensoverschrijdende opsporing",
)

_WG_SENN = _wg("Senningenoverleg", "Senningenoverleg", "Senningen-overleg", ci=True)
_WG_PENTA_002 = Ent(
    _WG_PENTA,
    "WorkingGroup",
    "Pentalateraal Energieforum",
    [
        "Pentalateraal Energie Forum",
        "Pentalateraal Energieforum",
        "Pentalaterale samenwerking",
        "Pentalaterale overleg",
        "Pentalateraal overleg",
        "pentalaterale energiesamenwerking",
    ],
)
_WG_NSEC = Ent(
    "id/working-group/north-seas-energy-cooperation",
    "WorkingGroup",
    "North Seas Energy Cooperation",
    [
        "North Seas Energy Cooperation",
        "NSEC",
        "NORTH SEA ENERGY COOPERATION",
        "Noordzee overleg",
        "Noordzee-samenwerking",
    ],
)
_WG_HAZEL = _wg("Hazeldonkoverleg")
_WG_SENN_R = _wg("SENN-Recherche", "werkgroep SENN-Recherche")
_WG_SENN_M = _wg("SENN-Meldkamer")
_WG_SENN_P = _wg("SENN-Post")
_WG_POLCYBER = _wg("PolCyber")
_WG_FIETS = _wg("Werkgroep Fiets", "werkgroep Fiets")
_WG_LUCHT = _wg("Werkgroep Luchtkwaliteit", "werkgroep Luchtkwaliteit")
_WG_CIRCABC = _wg("CIRCABC-VAT-forum")
# "<group> van de <region>": a region is no parent body; it takes part (README, decisions).
_WG_TF_GA = _wg("Taskforce Grensarbeiders")
_WG_CYBER = _wg("Benelux-netwerk inzake bestrijding van cybercriminaliteit")
SPECS[_D002] = (
    [
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie"], ci=True),
        Ent(I_CVM, "Institution", "Comité van Ministers", ["Comité van Ministers"]),
        Ent(
            I_SG,
            "Institution",
            "Secretariaat-Generaal",
            ["Benelux Secretariaat-Generaal", "Secretariaat-Generaal"],
        ),
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal"],
        ),
        Ent(
            _T_POLITIE,
            "Treaty",
            "Benelux-Politieverdrag",
            ["Benelux-Politieverdrag", "BENELUX-POLITIEVERDRAG", "Politieverdrag", "Verdrag"],
            drop=(4992, 95060, 96226, 96469),
        ),
        _T_SOC,
        _T_GRENS,
        _M2015_15,
        _M2022_12,
        _M2019_7,
        _M2016_9,
        _M2020_14,
        _M2022_9,
        _M2022_7,
        _M2020_5,
        _UO_VREEMD,
        _UO_POST,
        _UO_PATR,
        _UO_ANPR,
        _D_WAPENS,
        _UA_ACHTERV,
        _UA_VERB,
        _O_HIT,
        _O_OPSP,
        _MOU_2006,
        _REG_INFO,
        _AK_DUBLIN,
        _IV_PES,
        _V_CYCLE,
        _V_DUBLIN,
        _V_GAS,
        _V_RISK,
        _V_AIR,
        _V_NRW,
        _IV_FR,
        Ent(
            _TREATY_DIPLOMA,
            "Treaty",
            "Verdrag betreffende de automatische erkenning van kwalificaties van Hoger Onderwijs",
            [
                "Verdrag betreffende de automatische erkenning van kwalificaties van Hoger Onderwijs van "
                "14 september 2021"
            ],
        ),
        _WG_SENN,
        _WG_PENTA_002,
        _WG_NSEC,
        _WG_HAZEL,
        _WG_SENN_R,
        _WG_SENN_M,
        _WG_SENN_P,
        _WG_POLCYBER,
        _WG_FIETS,
        _WG_LUCHT,
        _WG_CIRCABC,
        _WG_TF_GA,
        _WG_CYBER,
        _wg("Gasplatform"),
        _wg("L-gas market conversion taskforce"),
        _wg("L-gas Risk Group"),
        _wg("Benelux Energie Expertise Netwerk"),
        _wg("Benelux Klimaat Platform"),
        _wg("Benelux-platform Crisisbeheersing"),
        _wg("Benelux-netwerk van crisiscommunicatiespecialisten"),
        _wg(
            "Netwerk van de Directeurs-generaal van de Europese crisiscentra",
            "netwerk van de Directeurs-generaal van de Europese crisiscentra",
        ),
        _wg(
            "Strategisch overleg van de Directeuren-Generaal van de migratiediensten van de Benelux",
            "strategisch overleg van de Directeuren-Generaal van de migratiediensten van de Benelux",
        ),
        _wg("Benelux-netwerk van passagiersinformatie-eenheden"),
        _wg("Directiecomité Verkeer en Vervoer"),
        _wg("Schelderaad"),
        _wg("Tripartiete Maasoverleg", "Tripartiete Maasoverleg", "Tripartiete Maas Overleg"),
        _wg("Vlaams-Nederlandse bestuurlijke werkgroep rond grensbelemmeringen"),
        _wg(
            "Kenniscentrum voor grensoverschrijdende samenwerking",
            "kenniscentrum voor grensoverschrijdende samenwerking",
            ci=True,
        ),
        Ent(
            NRW,
            "NeighbouringRegion",
            "Noordrijn-Westfalen",
            ["Noordrijn-Westfalen", "NRW"],
            ci=True,
            not_in=["Toekomstcontract voor Noordrijn-Westfalen"],
        ),
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"], ci=True),
        Ent(HDF, "NeighbouringRegion", "Hauts-de-France", ["Hauts-de-France"]),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(BE, "Country", "België", ["België"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk"], ci=True),
        Ent(DE, "Country", "Duitsland", ["Duitsland"]),
        Ent(_AT, "Country", "Oostenrijk", ["Oostenrijk"]),
        Ent(_CH, "Country", "Zwitserland", ["Zwitserland"]),
        Ent("id/country/denemarken", "Country", "Denemarken", ["Denemarken"]),
        Ent("id/country/ierland", "Country", "Ierland", ["Ierland"]),
        Ent("id/country/oekraine", "Country", "Oekraïne", ["Oekraïne"]),
        Ent(
            "id/country/verenigd-koninkrijk",
            "Country",
            "Verenigd Koninkrijk",
            ["Verenigd Koninkrijk"],
        ),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        Ent(
            EUU,
            "ExternalOrganisation",
            "Europese Unie",
            ["Europese Unie", "EU"],
            not_in=[
                "Verdrag betreffende de Werking van de EU",
                "EU Clean Air Forum",
                "CIRCABC-VAT-forum van de EU",
                "Richtlijn (EU) 2016/681",
                "Verordening (EU) 2017/1938",
            ],
        ),
        _org("Europol"),
        _org("European Space Agency", "European Space Agency", "ESA"),
        _org("UNEP", "milieuorganisatie van de Verenigde Naties", "UNEP"),
        _org("NAVO"),
        _org("ENTSO-E"),
        _org("ENTSO-G"),
        _org("Raad van Europa"),
        _org("EURES", "EURES-netwerk"),
        _org("Internationale Maascommissie"),
        _org("Internationale Scheldecommissie"),
        _org("Centrale Commissie voor de Rijnvaart"),
        _org("Vlaams-Nederlandse Scheldecommissie"),
        _org("ASML"),
        _org("Imec"),
        _org("Elmos Semiconductor"),
        _org("Infineon"),
        _org("Onderzoeksinstituut voor Discrete Wiskunde"),
        # Review 2026-11: the Nordic Council named in a section heading (headings count, as
        # for "EEN BENELUX UNIE"); Belgian regions acting as parties are NationalBody per the
        # ontology ("a region or community government").
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["NOORDSE RAAD"]),
        _org("Waals Gewest", cls="NationalBody"),
        _org("Vlaams Gewest", cls="NationalBody"),
        _org("Brussels Hoofdstedelijk Gewest", cls="NationalBody"),
        # The Penta Project Management Office: a standing unit of the Pentalateral Energy
        # Forum, classed WorkingGroup like 001's ID Registration Office (IDRO).
        _wg("Project Management Office", "Project Management Office", "PMO"),
        _act("Verdrag betreffende de Werking van de EU"),
        _act("Richtlijn 84/500/EEG"),
        _act("Resolutie CM/Res (2020)9"),
        _act("Vertical Block Exemption Regulation"),
        _act("Richtlijn 2008/114/EG"),
        _act("NIS-richtlijn"),
        _act("Verordening 2018/1240", "Verordening 2018/1240"),
        _act("Richtlijn (EU) 2016/681"),
        _act("Richtlijn 2004/82/EG"),
        _act("Verordening (EU) 2017/1938"),
        _act("TEN-E Verordening", "TEN-E Verordening", "TEN-E verordening"),
        _act("Richtlijn Industriële Emissies"),
        _act("Richtlijn Luchtkwaliteit"),
        _act("NEC-richtlijn"),
        _act("European eHealth Data Space Verordening"),
        _act("Richtlijn 96/53/EG"),
        _act("Kaderrichtlijn Water"),
        _act("Richtlijn Overstromingsrisico’s"),
        _act("Drinkwaterrichtlijn", "drinkwaterrichtlijn"),
        _act("Afvalwaterrichtlijn", "afvalwaterrichtlijn"),
        _act("Klimaatakkoord van Parijs", "klimaatakkoord van Parijs"),
        _act("Mededeling Groei in Grensgebieden"),
        _act("Toekomstcontract voor Noordrijn-Westfalen"),
        _ev(
            "Bijeenkomst van de Benelux- en Baltische ministers van Energie van 27 juni 2022",
            "overleg van 27 juni 2022 tussen de Benelux en Baltische ministers van Energie",
            "ministeriële bijeenkomst van de Benelux- en Baltische ministers van Energie van 27 juni 2022",
        ),
        _ev("Benelux-Baltische winddagen"),
        _ev("Benelux Air/Health conferentie"),
        _ev("EU Clean Air Forum"),
        _ev("Benelux-Waterdag"),
        _ev("Benelux-Solardag"),
        _ev("Benelux Energie Innovatiedag"),
        _ev("Benelux-fietsconferentie"),
        person("Bernhard Korte"),
    ],
    [
        Rel(I_SG, SUB, BU, "Het Secretariaat-Generaal van de Benelux Unie is de spil"),
        Rel(
            "id/instrument/m-2022-9",
            AMENDS,
            "id/instrument/m-2020-14",
            "zoals gewijzigd bij Beschikking",
        ),
        Rel("id/instrument/m-2015-15", PASSED, I_CVM, "(M(2015)15)"),
        Rel("id/instrument/m-2022-12", PASSED, I_CVM, "(M(2022)12)"),
        Rel("id/instrument/m-2019-7", PASSED, I_CVM, "(M(2019)7)"),
        Rel("id/instrument/m-2016-9", PASSED, I_CVM, "(M(2016)9)"),
        Rel("id/instrument/m-2020-14", PASSED, I_CVM, "M(2020)14"),
        Rel("id/instrument/m-2022-9", PASSED, I_CVM, "M(2022)9"),
        Rel("id/instrument/m-2022-7", PASSED, I_CVM, "(M(2022)7)"),
        Rel("id/instrument/m-2020-5", PASSED, I_CVM, "(M(2020)5)"),
        Rel(_D_WAPENS.iri, PASSED, I_CVM, "Benelux-Beschikking inzake de aanduiding"),
        Rel("id/instrument/m-2014-2", DATE, "2014-02-20", "Benelux-Verdrag van 20 februari 2014"),
        *[
            Rel(x.iri, PART, c, x.names[0][:60])
            for x in (_UO_POST, _UO_PATR, _UO_ANPR)
            for c in (BE, NL)
        ],
        Rel(_MOU_2006.iri, DATE, "2006", "MoU van 2006"),
        Rel(_AK_DUBLIN.iri, DATE, "2021", "akkoord inzake Dublinoverdrachten"),
        Rel(_IV_PES.iri, DATE, "2019-06-06", "intentieverklaring van 6 juni"),
        Rel(_V_CYCLE.iri, DATE, "2022-06-03", "In hun Europese Verklaring van 3 juni 2022"),
        *[
            Rel(_V_CYCLE.iri, PART, c, "In hun Europese Verklaring van 3 juni 2022")
            for c in ("id/country/denemarken", _AT, "id/country/ierland")
        ],
        Rel(
            _V_DUBLIN.iri, DATE, "2022-09-12", "ven aan de Dublin Verklaring van 12 september 2022"
        ),
        Rel(
            _V_GAS.iri, DATE, "2022-03-30", "politieke verklaring rond gasopslag van 30 maart 2022"
        ),
        Rel(_V_AIR.iri, DATE, "2021", "ondertekend in november 2021"),
        Rel(_V_NRW.iri, PART, NRW, "dertekening van de eerste politieke verklaring"),
        Rel(_IV_FR.iri, DATE, "2018", "Op basis van de intentieverklaring van 2018"),
        Rel(_IV_FR.iri, PART, FR, "Op basis van de intentieverklaring van 2018"),
        Rel(_TREATY_DIPLOMA, DATE, "2021-09-14", "Hoger Onderwijs van 14 september 2021"),
        *[
            Rel(_WG_PENTA, PART, c, "Dit verloopt het beste via de Pentalaterale samenwerking")
            for c in (NL, BE, LU, FR, DE, _AT, _CH)
        ],
        Rel(_WG_NSEC.iri, PART, NL, "waarvan Nederland komend jaar ook voorzitter is"),
        Rel(_WG_HAZEL.iri, PART, FR, "Frankrijk, via het Hazeldonkoverleg"),
        Rel(
            _WG_SENN_R.iri,
            PART,
            NRW,
            "NRW zal ook in 2023 deelnemen aan de werkgroep SENN-Recherche",
        ),
        *[
            Rel(x.iri, PART, NRW, "NRW zal blijven deelnemen aan de werkgroepen")
            for x in (_WG_SENN_M, _WG_SENN_P, _WG_POLCYBER)
        ],
        Rel(_WG_FIETS.iri, PART, NRW, "NRW zal verder deelnemen aan de gezamenlijke"),
        Rel(_WG_LUCHT.iri, PART, NRW, "Noordrijn-Westfalen zal in de werkgroep Luchtkwa"),
        *[Rel(_WG_CIRCABC.iri, PART, c, "Als coördinator van dit forum") for c in (FR, _AT)],
        Rel(_WG_TF_GA.iri, PART, GR, "Taskforce Grensarbeiders van de Gran"),
        # Review 2026-11: "X van de EU" puts a forum under the EU, as "X van de Benelux Unie".
        Rel(_WG_CIRCABC.iri, SUB, EUU, "Het CIRCABC-VAT-forum van de EU"),
        Rel(_WG_CYBER.iri, PART, NRW, "Benelux-landen en van NRW het Benelux-netwerk"),
        Rel(
            BU,
            COOP,
            NRW,
            "In 2023 bestaat de samenwerking tussen Noordrijn-Westfalen en de Benelux Unie",
        ),
    ],
)

# --- 003: external evaluation of Benelux cooperation 2013-2019 ---------------------------
_D003 = "003_c75309f88a2b6b39"
_T_BV = "id/instrument/benelux-verdrag"
_T_SENN = _ins("Verdrag van Senningen", "Treaty", "Verdrag van Senningen", "Senningen-verdrag")
# 003 also names it by its year, in the police-cooperation chapter: "het verdrag van 2004".
_T_SENN_003 = Ent(_T_SENN.iri, "Treaty", _T_SENN.label, [*_T_SENN.names, "verdrag van 2004"])
_MOU_SENN = _ins("Memorandum van Senningen", "Declaration")
_MOU_PENTA = _ins(
    "Memorandum of Understanding Pentalateraal Energieforum 2007",
    "Declaration",
    "Memorandum of Understanding",
)
_MOU_NOOD = _ins(
    "Memorandum of Understanding over noodplanning en crisismanagement voor de elektriciteitssector",
    "Declaration",
)
_T_BIA = _ins(
    "Verdrag over de Benelux Interparlementaire Assemblee",
    "Treaty",
    "verdrag over de Benelux Interparlementaire Assemblee",
)
_M2017_12 = _m(
    "M(2017)12",
    "Decision",
    "Beschikking betreffende een intra-Benelux proefproject met de digitale vrachtbrief",
)
# The full titles printed with the numbers (footnote 14-15 and the list of sources) are
# mentions too, as for every numbered instrument (README).
_M2019_9 = _m(
    "M(2019)9",
    "Recommendation",
    "Aanbeveling van het Benelux Comité van Ministers betreffende het bevorderen van de "
    "fiscale, douane- en veterinaire samenwerking aangaande de paardensector",
)
_M2019_7_003 = _m(
    "M(2019)7",
    "Recommendation",
    "Aanbeveling van het Benelux Comité van Ministers betreffende de fiscale samenwerking en "
    "de strijd tegen de fiscale fraude",
)
_D_DIPL_2015 = _ins(
    "Beschikking over de automatische wederzijdse generieke niveauerkenning van diploma's",
    "Decision",
    "beschikking ondertekend over de automatische wederzijdse generieke niveauerkenning van "
    "diploma’s",
)
_D_DIPL_2018 = _ins(
    "Beschikking over de niveauerkenning van associate degrees en doctoraten",
    "Decision",
    "beschikking ondertekend waarmee dit ook geldt voor associate degrees en doctoraten",
)
_R_EOW = _ins(
    "Benelux-aanbeveling over de einde-afvalcriteria voor papier",
    "Recommendation",
    "Benelux-aanbeveling over de einde-afvalcriteria",
    # Not "een Benelux-aanbeveling over de einde-afvalfasecriteria": that sentence asks whether
    # materials other than paper could be covered by such a recommendation, one not yet made.
    "aanbeveling omtrent einde-afvalcriteria",
)
_V_NRW_2008 = Ent(
    "id/instrument/politieke-verklaring-benelux-noordrijn-westfalen",
    "Declaration",
    "Politieke verklaring Benelux-Noordrijn-Westfalen (2008)",
    ["politieke verklaring in 2008", "politieke verklaring van 2008", "eerste verklaring"],
)
_V_NRW_NEW = _ins(
    "Hernieuwde politieke verklaring Benelux-Noordrijn-Westfalen",
    "Declaration",
    "hernieuwde politieke verklaring",
)
_V_FR_2017 = _ins(
    "Politieke verklaring van de Benelux-premiers van 8 november 2017",
    "Declaration",
    "ondertekenden de Benelux-premiers een politieke verklaring",
)
_IV_FR_003 = Ent(
    "id/instrument/intentieverklaring-van-2018-benelux-frankrijk",
    "Declaration",
    "Intentieverklaring van 11 december 2018 met de Franse Republiek",
    ["intentieverklaring met de regering van de Franse Republiek", "intentieverklaring uit 2018"],
    extra_names=["intentieverklaring van 2018"],  # the form 002 uses
)
# "de nieuwe politieke verklaring uit 2015" in the Penta chapter is the same declaration.
_V_PENTA_2015 = Ent(
    "id/instrument/tweede-politieke-verklaring-van-het-pentalateraal-energieforum-2015",
    "Declaration",
    "Tweede politieke verklaring van het Pentalateraal Energieforum (2015)",
    ["tweede politieke verklaring", "politieke verklaring uit 2015"],
    extra_names=["politieke verklaring van 2015"],
)
# Instruments 003 names that the first annotation left out.
_GWP_2013 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2013-2016",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2013-2016",
    ["Gemeenschappelijke Werkprogramma (2013-2016)"],
)
_GWP_2017 = Ent(
    "id/instrument/gemeenschappelijk-werkprogramma-2017-2020",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2017-2020",
    [
        "Gemeenschappelijk Werkprogramma 2017-2020",
        "gemeenschappelijke werkprogramma 2017-2020",
        "gemeenschappelijk werkprogramma van 2017-2020",
    ],
    ci=True,
)
_R_BSA = Ent(
    "id/instrument/aanbeveling-inzake-het-hergebruik-van-bouw-en-sloopafvalmateriaal",
    "Recommendation",
    "Aanbeveling inzake het hergebruik, recycling en andere nuttige toepassingen van bouw- en "
    "sloopafvalmateriaal",
    [
        "tweede aanbeveling inzake het hergebruik, recycling en andere nuttige toepassingen van "
        "bouw- en sloopafvalmateriaal",
        "aanbeveling over afvalmanagement van bouw- en sloopafval",
    ],
)
_A_1964 = _ins("Overeenkomst van 1964", "Agreement")
_A_ZETEL = _ins("Zetelakkoord van 3 februari 2012", "Agreement", "zetelakkoord van 3 februari 2012")
_V_DIGITAAL = _ins(
    "Gezamenlijke verklaring over de digitale Benelux",
    "Declaration",
    "gezamenlijke verklaring over de digitale Benelux",
)
_V_NECP_2018 = _ins(
    "Benelux-Verklaring over regionale samenwerking bij de uitwerking van de geïntegreerde "
    "nationale energie- en klimaatplannen",
    "Declaration",
    "Benelux-Verklaring over regionale samenwerking bij de uitwerking van de geïntegreerde "
    "nationale energie- en klimaatplannen",
)
_WG_SENN_003 = _wg("Senningenoverleg", "Senningen-overleg", "Senningenoverleg")
_WG_COG = _wg("Centrale Overleggroep Senningen", "Centrale Overleggroep Senningen", "COG")
_WG_SENN_POL = _wg("Strategisch overleg Politie", "SENN-POL/STRAT", "Strategisch overleg Politie")
_WG_SENN_VERDRAG = _wg("Werkgroep Verdrag Politie", "werkgroep Verdrag Politie")
_WG_FRAUDE = _wg("Werkgroep Fraude", "werkgroep Fraude")
_FISC = [
    _wg("Werkgroep Mini One Stop Shop", "Werkgroep Mini One Stop Shop", "FISC-MOSS"),
    _wg("Werkgroep VAT Refund Procedure", "Werkgroep VAT Refund Procedure", "FISC-VRP"),
    _wg("Werkgroep Elitepaarden", "Werkgroep Elitepaarden", "FISC-CEP"),
    _wg("Werkgroep Accijnzen", "Werkgroep Accijnzen", "FISC-ACC"),
    _wg(
        "Werkgroep Missing Trader Intracommunity Fraud Benelux",
        "Werkgroep Missing Trader Intracommunity Fraud Benelux",
        "FISC-MTIC",
    ),
    _wg(
        "Werkgroep voor informatie-uitwisseling",
        "Werkgroep voor informatie-uitwisseling",
        "FISC-INFO",
    ),
    _wg(
        "Werkgroep Administratieve samenwerking",
        "Werkgroep Administratieve samenwerking",
        "FISC-ADM",
    ),
]
_WG_PENTA_003 = Ent(
    _WG_PENTA,
    "WorkingGroup",
    "Pentalateraal Energieforum",
    [
        "Pentalateraal Energie Forum",
        "Pentalateraal Energieforum",
        "Pentalaterale Energieforum",
        "Pentalateraal Energieplatform",
        "Pentalateraal Energie-platform",
        "Pentalateral Energy Forum",
        "Pentalaterale Energiesamenwerking",
        "Pentalaterale energiesamenwerking",
        "Penta-samenwerking",
        "Pentasamenwerking",
        "Penta-overleg",
        "PLEF",
    ],
)
_WG_NSEC_003 = Ent(
    "id/working-group/north-seas-energy-cooperation",
    "WorkingGroup",
    "North Seas Energy Cooperation",
    ["Noordzee Energie Samenwerking", "Noordzee-energiesamenwerking"],
)
_NO, _SE = "id/country/noorwegen", "id/country/zweden"
SPECS[_D003] = (
    [
        Ent(BU, "BeneluxUnion", "Benelux Unie", ["Benelux Unie", "Benelux Economische Unie"]),
        Ent(
            I_BP,
            "Institution",
            "Benelux-Parlement",
            [
                "Benelux-parlement",
                "Benelux-Parlement",
                "Benelux parlement",
                "Interparlementaire Benelux-Raad",
                "Raadgevende Interparlementaire Benelux-Raad",
                "Benelux Interparlementaire Assemblee",
            ],
        ),
        Ent(
            I_RAAD,
            "Institution",
            "Benelux-Raad",
            ["Benelux-Raad"],
            not_in=["Interparlementaire Benelux-Raad"],
        ),
        Ent(
            I_CVM,
            "Institution",
            "Comité van Ministers",
            ["Benelux Comité van Ministers", "Comité van Ministers"],
        ),
        Ent(
            I_SG,
            "Institution",
            "Secretariaat-Generaal",
            ["Benelux Secretariaat-Generaal", "Secretariaat-Generaal"],
        ),
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal"],
        ),
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof"]),
        Ent(
            _T_BV,
            "Treaty",
            "Benelux-Verdrag",
            ["Benelux-Verdrag", "Benelux Verdrag", "Benelux-Verdrag van 2008"],
            drop=(22361,),
        ),
        # "een Benelux-Verdrag, ondertekend in 1958": the founding treaty, not the 2008 one
        Ent(
            "id/instrument/verdrag-tot-instelling-van-de-benelux-economische-unie",
            "Treaty",
            "Verdrag tot instelling van de Benelux Economische Unie (1958)",
            [],
            extra=((22361, 22376),),
            extra_names=["Benelux-Verdrag"],
        ),
        Ent(
            _T_POLITIE,
            "Treaty",
            "Benelux-Politieverdrag",
            ["Benelux Politieverdrag", "Benelux-Politieverdrag", "Politieverdrag"],
            # "het (nieuwe) politieverdrag", "Benelux-politieverdrag": the police treaty under
            # revision, as "het herziene Benelux Politieverdrag" above.
            ci=True,
        ),
        _T_SENN_003,
        _MOU_SENN,
        Ent(
            _MOU_PENTA.iri,
            "Declaration",
            _MOU_PENTA.label,
            # Named by type, parties and subject, as the Uitvoeringsovereenkomsten of 002.
            [
                "Memorandum of Understanding tussen de Benelux-lidstaten, Frankrijk en Duitsland "
                "met betrekking tot de koppeling van elektriciteitsmarkten en leveringszekerheid"
            ],
        ),
        _MOU_NOOD,
        _T_BIA,
        _M2017_12,
        _M2019_9,
        _M2019_7_003,
        _D_DIPL_2015,
        _D_DIPL_2018,
        _R_EOW,
        _V_NRW_2008,
        _V_NRW_NEW,
        _V_FR_2017,
        _IV_FR_003,
        _V_PENTA_2015,
        _V_NECP_2018,
        _GWP_2013,
        _GWP_2017,
        _R_BSA,
        _A_1964,
        _A_ZETEL,
        _V_DIGITAAL,
        _act("CMR-Verdrag", "CMR-Verdrag", "CMR-verdrag"),
        _act("Werkingsverdrag betreffende de Europese Unie"),
        _act("Afvalrichtlijn", "afvalrichtlijn"),
        _act("eFTI-Verordening", "eFTI-Verordening", "eFTI-verordening"),
        _WG_SENN_003,
        _WG_COG,
        _WG_SENN_POL,
        _WG_SENN_VERDRAG,
        _WG_FRAUDE,
        *_FISC,
        _WG_PENTA_003,
        _WG_NSEC_003,
        _wg("Gasplatform", "gasplatform", "Gas Platform"),
        _wg("Benelux Energie Expertise Netwerk", "Benelux Energie Expertise Netwerk", "BEN!EX"),
        _wg("Benelux-werkgroep waterstof", "Benelux-werkgroep ‘waterstof’"),
        _wg("Strategisch overleg energie", "strategisch overleg energie van de Benelux"),
        _wg("Benelux Recycle Netwerk"),
        # Review 2026-11: named groups missed at first reading.
        _wg("Contactgroep Benelux-Noordrijn-Westfalen", "contactgroep Benelux-Noordrijn-Westfalen"),
        _wg(
            "Contactgroep Benelux-Lille-Kortrijk-Doornik",
            "contactgroep Benelux-Lille-Kortrijk-Doornik",
        ),
        _wg("Werkgroep afvalmanagement", "werkgroep ‘afvalmanagement’"),
        _wg("Directiecomité Verkeer en Vervoer", "Directiecomité Verkeer & Vervoer"),
        Ent(
            NRW,
            "NeighbouringRegion",
            "Noordrijn-Westfalen",
            ["Noordrijn-Westfalen", "NRW"],
            not_in=["EnergieAgentur.NRW"],
        ),
        Ent(GR, "NeighbouringRegion", "Grande Région", ["Grande Région"]),
        Ent(HDF, "NeighbouringRegion", "Hauts-de-France", ["Hauts-de-France"]),
        Ent("id/region/grand-est", "NeighbouringRegion", "Grand-Est", ["Grand-Est"]),
        # Review 2026-11: a region taking part in the fiscal working groups, and the Benelux
        # IP office (an Institution in the reference data), both missed at first reading.
        Ent(_NDS, "NeighbouringRegion", "Nedersaksen", ["Nedersaksen"]),
        Ent(
            "id/institution/benelux-bureau-voor-de-intellectuele-eigendom",
            "Institution",
            "Benelux-Bureau voor de Intellectuele Eigendom",
            ["Benelux-Bureau voor de Intellectuele Eigendom", "BBIE"],
        ),
        Ent(NL, "Country", "Nederland", ["Nederland"]),
        Ent(BE, "Country", "België", ["België", "Belgie"]),
        Ent(LU, "Country", "Luxemburg", ["Luxemburg", "Groothertogdom Luxemburg"]),
        Ent(FR, "Country", "Frankrijk", ["Frankrijk", "Franse Republiek"]),
        Ent(DE, "Country", "Duitsland", ["Duitsland"]),
        Ent(_AT, "Country", "Oostenrijk", ["Oostenrijk"]),
        Ent(_CH, "Country", "Zwitserland", ["Zwitserland"]),
        Ent(_NO, "Country", "Noorwegen", ["Noorwegen"]),
        Ent("id/country/finland", "Country", "Finland", ["Finland"]),
        Ent("id/country/ijsland", "Country", "IJsland", ["IJsland"]),
        Ent("id/country/italie", "Country", "Italië", ["Italië"]),
        Ent("id/country/spanje", "Country", "Spanje", ["Spanje"]),
        Ent(_SE, "Country", "Zweden", ["Zweden"]),
        Ent("id/country/ierland", "Country", "Ierland", ["Ierland"]),
        Ent("id/country/denemarken", "Country", "Denemarken", ["Denemarken"]),
        Ent(
            "id/country/verenigd-koninkrijk",
            "Country",
            "Verenigd Koninkrijk",
            ["Verenigd Koninkrijk"],
        ),
        Ent("id/country/estland", "Country", "Estland", ["Estland"]),
        Ent("id/country/letland", "Country", "Letland", ["Letland"]),
        Ent("id/country/litouwen", "Country", "Litouwen", ["Litouwen"]),
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        Ent(EUU, "ExternalOrganisation", "Europese Unie", ["Europese Unie"]),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Nordic Council"]),
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltic Assembly"]),
        _org("Instituut Clingendael", "Instituut Clingendael", "Clingendael"),
        _org("Significant APE", "Significant APE", "Significant"),
        _org("EnergieAgentur.NRW"),
        _org("TenneT"),
        _org("Tweede Kamer", "Tweede Kamer", cls="NationalBody"),
        _org("Eerste Kamer", "Eerste Kamer", cls="NationalBody"),
        _org(
            "Directie Internationaal Onderzoek en Beleidsevaluatie",
            "directie Internationaal Onderzoek en Beleidsevaluatie",
            "IOB",
            cls="NationalBody",
        ),
    ],
    [
        Rel(
            "id/instrument/m-2019-9",
            PASSED,
            I_CVM,
            "Aanbeveling van het Benelux Comité van Ministers betreffende",
        ),
        Rel(
            "id/instrument/m-2019-7",
            PASSED,
            I_CVM,
            "Aanbeveling van het Benelux Comité van Ministers betreffende",
            nth=1,
        ),
        Rel("id/instrument/m-2017-12", PASSED, I_CVM, "(M(2017)12)"),
        Rel(
            _D_DIPL_2015.iri,
            PASSED,
            I_CVM,
            "Ook in 2015 heeft het Comité van Ministers een beschikking",
        ),
        Rel(
            _D_DIPL_2015.iri,
            DATE,
            "2015",
            "Ook in 2015 heeft het Comité van Ministers een beschikking",
        ),
        Rel(_D_DIPL_2018.iri, DATE, "2018", "beschikking ondertekend waarmee dit ook geldt"),
        Rel(_D_DIPL_2018.iri, PASSED, I_CVM, "beschikking ondertekend waarmee dit ook geldt"),
        Rel(_R_EOW.iri, PASSED, I_CVM, "waar het Comité van Ministers de Benelux-aanbeveling"),
        Rel(_R_EOW.iri, DATE, "2015-12-14", "Er werd op 14 december 2015 een conferentie"),
        Rel(_T_SENN.iri, DATE, "2004", "Verdrag van Senningen dat in 2004"),
        Rel(_R_BSA.iri, PASSED, I_CVM, "tekende het Comité van Ministers een tweede aanbeveling"),
        # Years stated in the name, as 002's "intentieverklaring van 2018" has its year.
        Rel(
            _V_PENTA_2015.iri, DATE, "2015", "ondertekening van de nieuwe politieke verklaring uit"
        ),
        Rel(_IV_FR_003.iri, DATE, "2018", "de intentieverklaring uit 2018"),
        Rel(_T_POLITIE, DATE, "2018", "het nieuwe politieverdrag dat in 2018 is ondertekend"),
        # The parties named in the treaty's title ("Verdrag tussen het Koninkrijk der
        # Nederlanden, het Koninkrijk België en het Groothertogdom Luxemburg ..."), as set A
        # (h02, h04) annotates the same title (review of November 2026).
        *[
            Rel(_T_POLITIE, PART, c, "Informatieblad ‘Verdrag tussen het Koninkrijk der")
            for c in (BE, NL, LU)
        ],
        Rel(_R_BSA.iri, DATE, "2015", "De aanbeveling over afvalmanagement van bouw"),
        Rel(_A_1964.iri, DATE, "1964", "Overeenkomst van 1964 en het Financieel Reglement"),
        Rel(_A_ZETEL.iri, DATE, "2012-02-03", "van het zetelakkoord van 3 februari 2012"),
        Rel(_V_DIGITAAL.iri, DATE, "2015", "de gezamenlijke verklaring over de digitale Benelux"),
        Rel(_MOU_SENN.iri, DATE, "1996", "toen met het Memorandum van"),
        Rel(_MOU_PENTA.iri, DATE, "2007", "De Pentasamenwerking werd in 2007 geformaliseerd"),
        *[
            Rel(_MOU_PENTA.iri, PART, c, "De Pentasamenwerking werd in 2007 geformaliseerd")
            for c in (FR, DE)
        ],
        Rel(_V_NRW_2008.iri, DATE, "2008", "In een politieke verklaring in 2008"),
        Rel(_V_NRW_2008.iri, PART, NRW, "In een politieke verklaring in 2008"),
        Rel(
            _V_NRW_NEW.iri,
            PART,
            NRW,
            "van de hernieuwde politieke verklaring tussen de Benelux Unie",
        ),
        Rel(
            _V_FR_2017.iri,
            DATE,
            "2017-11-08",
            "Op 8 november 2017 ondertekenden de Benelux-premiers",
        ),
        Rel(_IV_FR_003.iri, DATE, "2018-12-11", "op 11 december 2018 een intentieverklaring"),
        Rel(_IV_FR_003.iri, PART, FR, "op 11 december 2018 een intentieverklaring"),
        Rel(
            _V_PENTA_2015.iri,
            DATE,
            "2015-06-08",
            "te Luxemburg op 8 juni 2015 een tweede politieke",
        ),
        Rel(
            _V_NECP_2018.iri,
            DATE,
            "2018-06-11",
            "ondertekenden op 11 juni 2018 een Benelux-Verklaring",
        ),
        Rel(
            _WG_SENN_POL.iri,
            SUB,
            _WG_SENN_003.iri,
            "structuur van de politiesamenwerking valt onder het bredere",
        ),
        Rel(
            _WG_COG.iri,
            SUB,
            _WG_SENN_003.iri,
            "aansturing van het Senningen-verdrag gebeurt in de Centrale",
        ),
        *[
            Rel(_WG_NSEC_003.iri, PART, c, "De ministers van energie van de Noordzee-landen")
            for c in (FR, DE, _NO, _SE, "id/country/ierland", "id/country/denemarken", EC)
        ],
        Rel(
            _WG_NSEC_003.iri,
            PART,
            "id/country/verenigd-koninkrijk",
            "Koninkrijk maakt tot 31 januari 2020",
        ),
        Rel(_T_BV, DATE, "2008", "de ondertekening van het huidige Benelux-Verdrag van 2008"),
        Rel(
            "id/instrument/verdrag-tot-instelling-van-de-benelux-economische-unie",
            DATE,
            "1958",
            "de ondertekening van het huidige Benelux-Verdrag van 2008",
        ),
        Rel(BU, COOP, NRW, "van de hernieuwde politieke verklaring tussen de Benelux Unie"),
        # Review 2026-11: relations the text states that the first reading missed.
        *[
            Rel(_WG_PENTA, PART, c, "De zeven lidstaten die heden ten dage deelnemen aan het PLEF")
            for c in (BE, DE, FR, LU, NL, _AT, _CH)
        ],
        Rel(_WG_PENTA, PART, EC, "de deelname van de Commissie plaats vanuit de gedachte"),
        Rel(I_SG, SUB, BU, "Het Secretariaat-Generaal van de Benelux Unie"),
        Rel(BU, COOP, FR, "Samenwerking met Frankrijk beperkte zich"),
        Rel(
            "id/working-group/benelux-energie-expertise-netwerk",
            PART,
            "id/organisation/energieagentur-nrw",
            "heeft zich bij het Benelux Energie Expertise Netwerk aangesloten",
        ),
    ],
)

# SPECS-END

if __name__ == "__main__":
    main(sys.argv)
