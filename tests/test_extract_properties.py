"""Properties every extraction has, on any text: exact spans, provenance, one label."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from benelux_kg.corpus import Document, load_corpus
from benelux_kg.extract import Extraction, Extractor
from benelux_kg.namespaces import ELI

ROOT = Path(__file__).resolve().parents[1]
EXTRACTOR = Extractor.from_files()
SEEDS = load_corpus(ROOT / "corpus")
ALL_TEXT = "\n\n".join(d.text for d in SEEDS)
_RELATIONS = {ELI + "passed_by", ELI + "amends"}


def check(doc: Document, x: Extraction) -> None:
    entities = {e.iri.value for e in x.entities}
    mentioned = {m.entity.value for m in x.mentions}
    for m in x.mentions:
        assert 0 <= m.begin < m.end <= len(doc.text)
        anchor = doc.text[m.begin : m.end]
        assert anchor == anchor.strip() and anchor, (m, anchor)
    # Provenance: every entity of the document is mentioned in it.
    assert entities == mentioned
    for e in x.entities:
        assert len(e.labels) <= 1
        assert all(label.language == "nl" for label in e.labels)
    for f in x.facts:
        # A post or membership ("{person}#post-minister") belongs to an entity of the document.
        owner = f.subject.value.split("#", 1)[0] if "/id/person/" in f.subject.value else None
        assert f.subject.value in entities or owner in entities
        if f.predicate.value in _RELATIONS:
            assert f.evidence is not None
        if f.evidence is not None:
            b, e = f.evidence
            assert 0 <= b < e <= len(doc.text)


def test_the_seed_documents() -> None:
    labels: dict[str, set[str]] = defaultdict(set)
    for doc in SEEDS:
        x = EXTRACTOR.extract(doc)
        check(doc, x)
        for e in x.entities:
            labels[e.iri.value].update(label.value for label in e.labels)
    # One entity, one label, in every document that names it.
    assert {iri: names for iri, names in labels.items() if len(names) > 1} == {}


@settings(max_examples=60, deadline=None)
@given(start=st.integers(0, len(ALL_TEXT) - 1), length=st.integers(1, 3000))
def test_any_excerpt(start: int, length: int) -> None:
    text = ALL_TEXT[start : start + length]
    doc = Document("excerpt", text, Path("excerpt.txt"), "0" * 64)
    check(doc, EXTRACTOR.extract(doc))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_any_text(text: str) -> None:
    doc = Document("noise", text, Path("noise.txt"), "0" * 64)
    check(doc, EXTRACTOR.extract(doc))


# Lines of the layouts minutes, tables and lists have: labels, rules, bullets, numbers, rows.
_LINES = (
    "Leden",
    "Aanwezig:",
    "AANWEZIGEN",
    "Deelnemers:",
    "Verontschuldigd",
    "Samenstelling van de werkgroep",
    "-" * 30,
    "- ",
    "•",
    "1.",
    "2. Jan Peeters (FOD Economie)",
    "België      FOD Economie",
    "Nederland   Ministerie van EZK",
    "- mevr. A. Janssens (NL)",
    "De Benelux-werkgroep Drones vergaderde op 3 maart 2030.",
    "(vervolg",
    ")",
    "",
)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.sampled_from(_LINES), max_size=12))
def test_any_layout_of_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    doc = Document("layout", text, Path("layout.txt"), "0" * 64)
    check(doc, EXTRACTOR.extract(doc))


def test_a_rule_of_dashes_under_a_list_label_is_no_item() -> None:
    text = "Leden\n" + "-" * 30 + "\nBelgië      FOD Economie\n"
    doc = Document("rule", text, Path("rule.txt"), "0" * 64)
    check(doc, EXTRACTOR.extract(doc))  # it raised IndexError


def test_every_anchor_in_the_graph_is_the_stored_text_at_its_offsets() -> None:
    from benelux_kg.graph import document_quads
    from benelux_kg.namespaces import NIF

    for doc in SEEDS:
        spans: dict[str, dict[str, str]] = defaultdict(dict)
        for quad in document_quads(doc, EXTRACTOR.extract(doc)):
            if quad.predicate.value.startswith(NIF):
                spans[quad.subject.value][quad.predicate.value[len(NIF) :]] = quad.object.value
        assert spans
        for node, values in spans.items():
            begin, end = int(values["beginIndex"]), int(values["endIndex"])
            assert values["anchorOf"] == doc.text[begin:end], node
            assert node.endswith(f"#char={begin},{end}"), node


DRAFTS = [
    "De commissie Economie van het Benelux-Parlement keurde op 17 oktober 2025 een "
    "ontwerpaanbeveling over zorgpersoneel goed.",
    "Op 3 februari 2026 nam de commissie Economie de ontwerpaanbeveling over grenswerkers aan.",
    "Het Comité van Ministers besprak op 12 juni 2025 de ontwerpbeschikking inzake de "
    "erkenning van rijbewijzen.",
]


def test_a_draft_is_dated_by_no_vote_on_it() -> None:
    for text in DRAFTS:
        x = EXTRACTOR.extract(Document("test", text, Path("test.txt"), "0" * 64))
        dated = [f for f in x.facts if f.predicate.value == ELI + "date_document"]
        assert not dated, text


def test_an_adopted_text_is_dated_by_its_vote() -> None:
    text = "Het Benelux-Parlement nam op 14 maart 2026 de aanbeveling over grenswerkers aan."
    x = EXTRACTOR.extract(Document("test", text, Path("test.txt"), "0" * 64))
    assert {f.object.value for f in x.facts if f.predicate.value == ELI + "date_document"} == {
        "2026-03-14"
    }
