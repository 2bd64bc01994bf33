"""The held-out evaluation set (tests/heldout/): its corpus loads and its gold spans are exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benelux_kg.corpus import load_corpus, read_manifest
from benelux_kg.evaluate import CLASSES, load_gold

HELDOUT = Path(__file__).resolve().parent / "heldout"
CORPUS = HELDOUT / "corpus"
GOLD = HELDOUT / "gold"
PREDICATES = {
    "eli:passed_by",
    "eli:amends",
    "eli:date_document",
    "bkg:participant",
    "org:subOrganizationOf",
    "bkg:cooperatesWith",
}


def _gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def test_corpus_loads_with_metadata_for_every_document() -> None:
    documents = load_corpus(CORPUS)
    manifest = read_manifest(CORPUS)
    assert {d.doc_id for d in documents} == set(manifest)
    assert len(documents) >= 4
    for doc in documents:
        assert doc.metadata["language"] == "nl"
        assert 2000 <= len(doc.text.encode("utf-8")) <= 6500, doc.doc_id


def test_every_document_has_a_gold_file_the_evaluator_reads() -> None:
    documents = {d.doc_id for d in load_corpus(CORPUS)}
    gold = load_gold(GOLD)
    assert {g.doc_id for g in gold} == documents


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.stem)
def test_gold_spans_equal_the_text_at_their_offsets(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["document"] == path.stem
    with open(CORPUS / f"{path.stem}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    iris = set()
    for entity in data["entities"]:
        assert entity["class"] in CLASSES, entity["iri"]
        assert entity["iri"].startswith("id/"), entity["iri"]
        assert entity["iri"] not in iris, entity["iri"]
        iris.add(entity["iri"])
        assert entity["spans"], entity["iri"]
        names = {_loose(n) for n in entity["names"]}
        for begin, end in entity["spans"]:
            mention = text[begin:end]
            assert mention and mention == mention.strip(), (entity["iri"], begin, end)
            # The stored slice, line-end hyphenation and layout undone, is one of the names.
            assert _loose(mention) in names, (entity["iri"], mention)
    for relation in data["relations"]:
        assert relation["predicate"] in PREDICATES, relation
        assert relation["subject"] in iris, relation
        if relation["predicate"] != "eli:date_document":
            assert relation["object"] in iris, relation
        begin, end = relation["evidence"]
        assert 0 <= begin < end <= len(text), relation


def _loose(name: str) -> str:
    """Letters and digits only: line-end hyphenation and layout do not count."""
    return "".join(c for c in name.replace("-\n", "") if c.isalnum()).casefold()
