"""Train the learned relation classifier (src/benelux_kg/extract/learned.py) on the gold.

Training pairs are built from the extractor's *own* mentions (``Extractor.read``), matched to
the gold entities the way the evaluator matches them: the classifier then learns on what it
will see at inference, mentions missed or mis-typed included, rather than on gold mentions
that a real run never has. A pair of one sentence is positive when the gold holds its triple
with evidence overlapping that sentence; a pair whose triple the gold holds from another
sentence only is left out of training (the sentence may or may not state it).

Training data: the five seed documents (corpus/, tests/gold/) and the development sets
A, C-M, P and Q of tests/heldout (never the held-out B, N or O). Usage::

    .venv/bin/python tests/heldout/train_relations.py            # write relation_weights.json
    .venv/bin/python tests/heldout/train_relations.py --sets A C # train on a subset only
    .venv/bin/python tests/heldout/train_relations.py --out FILE # write elsewhere

The thresholds written are those chosen by tests/heldout/crossval_relations.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benelux_kg.corpus import Document, load_document, read_manifest
from benelux_kg.evaluate import (
    PREDICATES,
    GoldDocument,
    _gold_document,
    _match,
    _predicted_entities,
)
from benelux_kg.evaluate import _relative as relative
from benelux_kg.extract import Extractor, learned

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from evaluate_set import SETS, UNIONS  # noqa: E402

DEV_SETS = UNIONS["DEV"]  # never B, N or O (tests/test_evaluate.py checks the union)
SEEDS = "seeds"
# Chosen by cross-validation (crossval_relations.py), per predicate: the lowest threshold at
# which the classifier alone keeps a held-out precision of 0.85 or more (above the 0.70-0.85
# of the rules at first sight of a new set), so that what it adds does not dilute them.
THRESHOLDS = {
    learned.PARTICIPANT: 0.8,
    learned.SUB_ORGANIZATION: 0.5,
    learned.COOPERATES: 0.5,
}
Triple = tuple[str, str, str]


@dataclass
class LabelledPair:
    triple: Triple  # gold-mapped (subject, short predicate, object)
    features: tuple[str, ...]
    label: bool | None  # None: the gold holds it, from another sentence


@dataclass
class DocumentData:
    doc_id: str
    group: str  # the set it belongs to, or "seeds"
    expected: frozenset[Triple]  # judged gold triples
    ruled: frozenset[Triple]  # the rules' triples, gold-mapped and judged
    pairs: list[LabelledPair]


def _gold_documents(group: str) -> list[tuple[Document, GoldDocument, dict[str, Any]]]:
    """The documents of one development set (named by prefix) or of the seeds."""
    if group == SEEDS:
        corpus, gold_dir, prefixes = ROOT / "corpus", ROOT / "tests" / "gold", ("0",)
    else:
        corpus, gold_dir, prefixes = HERE / "corpus", HERE / "gold", SETS[group]
    manifest = read_manifest(corpus)
    out = []
    for doc_id in sorted(manifest):
        if not doc_id.startswith(prefixes):
            continue
        raw = json.loads((gold_dir / f"{doc_id}.json").read_text(encoding="utf-8"))
        doc = load_document(corpus / f"{doc_id}.txt", manifest[doc_id])
        out.append((doc, _gold_document(doc_id, raw), raw))
    return out


def document_data(extractor: Extractor, group: str) -> list[DocumentData]:
    """Rule triples, gold triples and labelled pairs of every document of ``group``."""
    saved, extractor.learned = extractor.learned, None
    try:
        return [_one(extractor, group, *item) for item in _gold_documents(group)]
    finally:
        extractor.learned = saved


def _one(
    extractor: Extractor, group: str, doc: Document, gold: GoldDocument, raw: dict[str, Any]
) -> DocumentData:
    extraction = extractor.extract(doc)
    matches = _match(_predicted_entities(extraction, extractor, gold.unannotated), gold)
    classes = {g.iri: g.cls for g in gold.entities}

    def mapped(iri: str) -> str:
        rel = relative(iri)
        return matches.get(rel, rel)

    def judged(t: Triple) -> bool:
        return classes.get(t[0]) not in gold.unannotated and (
            classes.get(t[2]) not in gold.unannotated
        )

    ruled = set()
    for fact in extraction.facts:
        short = PREDICATES.get(fact.predicate.value)
        if short is not None and short in SHORT.values():
            t = (mapped(fact.subject.value), short, mapped(fact.object.value))
            if judged(t):
                ruled.add(t)
    evidence: dict[Triple, list[tuple[int, int]]] = {}
    for r in raw["relations"]:
        t = (r["subject"], r["predicate"], str(r["object"]))
        evidence.setdefault(t, []).append((int(r["evidence"][0]), int(r["evidence"][1])))
    collector, found = extractor.read(doc)
    pairs = []
    for pair in learned.pairs(collector.cleaned.text, collector.sentences, found, extractor.guards):
        t = (mapped(pair.subject.iri), SHORT[pair.predicate], mapped(pair.object.iri))
        if not judged(t):
            continue
        b, e = collector.span(*pair.sentence)
        spans = evidence.get(t)
        label: bool | None = False
        if spans:
            label = True if any(sb < e and b < se for sb, se in spans) else None
        pairs.append(LabelledPair(t, pair.features, label))
    expected = frozenset(t for t in gold.relations if t[1] in SHORT.values() and judged(t))
    return DocumentData(doc.doc_id, group, expected, frozenset(ruled), pairs)


SHORT = {iri: PREDICATES[iri] for iri in learned.ROLES}
LONG = {short: iri for iri, short in SHORT.items()}


def fit(data: Iterable[DocumentData], **options: Any) -> learned.Classifier:
    """One logistic regression per predicate over the labelled pairs of ``data``."""
    examples: dict[str, list[tuple[tuple[str, ...], bool]]] = {iri: [] for iri in learned.ROLES}
    for doc in data:
        for pair in doc.pairs:
            if pair.label is not None:
                examples[LONG[pair.triple[1]]].append((pair.features, pair.label))
    model = learned.Classifier()
    for predicate in sorted(examples):
        model.weights[predicate] = learned.train(examples[predicate], **options)
        model.thresholds[predicate] = THRESHOLDS[predicate]
    return model


def gather(extractor: Extractor, groups: Sequence[str]) -> list[DocumentData]:
    return [d for group in groups for d in document_data(extractor, group)]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(DEV_SETS), choices=DEV_SETS)
    parser.add_argument("--out", type=Path, default=learned.WEIGHTS_FILE)
    args = parser.parse_args(argv)
    extractor = Extractor.from_files()
    data = gather(extractor, [SEEDS, *args.sets])
    model = fit(data)
    text = json.dumps(model.to_json(), ensure_ascii=False, sort_keys=True, indent=0)
    args.out.write_text(text + "\n", encoding="utf-8")
    sizes = {
        p.rsplit("#", 1)[-1]: len(e["weights"]) for p, e in model.to_json()["predicates"].items()
    }
    print(f"{len(data)} documents; weights kept per predicate: {sizes}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
