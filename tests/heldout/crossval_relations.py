"""Leave-one-set-out cross-validation of the learned relation classifier.

For each development set A, C-L in turn, the classifier is trained on the seeds and the
other nine sets and scored on the held-out one, three ways: (a) the rules alone, (b) the
rules plus the classifier's relations the rules lack, (c) the classifier alone. Counts are
summed over the ten folds, per predicate (participant, subOrganizationOf, cooperatesWith)
and overall, at every threshold of a grid, so that thresholds are chosen from held-out
scores only. Sets B and L are never read.

The rules were tuned on every development set, so (a) and (b) flatter the rules; (c) is the
honest estimate of what the classifier does on text nobody has studied.

Usage::

    .venv/bin/python tests/heldout/crossval_relations.py            # at the chosen thresholds
    .venv/bin/python tests/heldout/crossval_relations.py --grid     # and at every threshold
    .venv/bin/python tests/heldout/crossval_relations.py --cache F  # keep the pairs in F
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from benelux_kg.evaluate import Score
from benelux_kg.extract import Extractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_relations import DEV_SETS, SEEDS, SHORT, THRESHOLDS, DocumentData, fit, gather

GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
Triple = tuple[str, str, str]


def held_out_scores(data: list[DocumentData]) -> list[tuple[DocumentData, dict[Triple, float]]]:
    """Per development document, the best score of each triple by the model of its fold."""
    out = []
    for fold in DEV_SETS:
        model = fit(d for d in data if d.group != fold)
        for doc in data:
            if doc.group != fold:
                continue
            best: dict[Triple, float] = {}
            for pair in doc.pairs:
                predicate = next(iri for iri, s in SHORT.items() if s == pair.triple[1])
                p = model.score(predicate, pair.features)
                best[pair.triple] = max(p, best.get(pair.triple, 0.0))
            out.append((doc, best))
    return out


def table(
    scored: Iterable[tuple[DocumentData, dict[Triple, float]]], thresholds: dict[str, float]
) -> dict[str, dict[str, Score]]:
    """Score per way ("rules", "rules+model", "model") and predicate (and "ALL")."""
    out: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    for doc, best in scored:
        model = {t for t, p in best.items() if p >= thresholds[t[1]]}
        for way, predicted in (
            ("rules", set(doc.ruled)),
            ("rules+model", doc.ruled | model),
            ("model", model),
        ):
            for t in predicted | doc.expected:
                for key in (t[1], "ALL"):
                    s = out[way][key]
                    if t in predicted and t in doc.expected:
                        s.tp += 1
                    elif t in predicted:
                        s.fp += 1
                    else:
                        s.fn += 1
    return out


def show(result: dict[str, dict[str, Score]], title: str) -> None:
    print(title)
    print(f"{'':24} {'rules P/R (tp fp fn)':>26} {'rules+model':>26} {'model alone':>26}")
    keys = [*sorted({k for way in result.values() for k in way if k != "ALL"}), "ALL"]
    for key in keys:
        cells = []
        for way in ("rules", "rules+model", "model"):
            s = result[way][key]
            cells.append(f"{s.precision:5.3f} {s.recall:5.3f} ({s.tp:3d} {s.fp:3d} {s.fn:3d})")
        print(f"{key:24} " + " ".join(f"{c:>26}" for c in cells))


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true", help="a table at every threshold")
    parser.add_argument("--cache", type=Path, help="pickle of the extracted pairs (re)used")
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = gather(Extractor.from_files(), [SEEDS, *DEV_SETS])
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    scored = held_out_scores(data)
    if args.grid:
        for t in GRID:
            show(
                table(scored, {s: t for s in SHORT.values()}), f"\nthreshold {t} (every predicate)"
            )
    chosen = {SHORT[iri]: t for iri, t in THRESHOLDS.items()}
    show(table(scored, chosen), f"\nchosen thresholds {chosen}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
