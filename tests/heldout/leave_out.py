"""How well the extractor finds and types names it does not know: one evaluation set scored
with the reference data's entities of some classes left out, beside the full reference.

The reference data (``ontology/reference.ttl``) names 1,187 bodies, many of them first met in
the development sets, so the development figures for bodies say more about the reference data
than about the finders that read a body's name from its shape and context. Leaving the classes
out scores those finders alone, on every body of the set: a development set becomes a fair test
of how names never seen before are read. Counts only (no names), so it may run on a held-out
set too.

Usage::

    .venv/bin/python tests/heldout/leave_out.py dev               # the bodies: NationalBody, ...
    .venv/bin/python tests/heldout/leave_out.py dev WorkingGroup  # other classes
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import evaluate_set

from benelux_kg.corpus import load_corpus
from benelux_kg.evaluate import CLASSES, REASONS, Evaluation, evaluate, load_gold
from benelux_kg.extract import Extractor
from benelux_kg.extract.patterns import Patterns
from benelux_kg.reference import load_reference
from benelux_kg.resources import reference_file

BODIES = ("NationalBody", "ExternalOrganisation")


def without(classes: tuple[str, ...]) -> Extractor:
    """An extractor whose reference data lacks every entity typed with one of ``classes``."""
    reference = load_reference(reference_file())
    kept = {
        iri: entity
        for iri, entity in reference.items()
        if not any(t.value.rsplit("#", 1)[-1] in classes for t in entity.types)
    }
    return Extractor(kept, Patterns.load())


def rows(label: str, result: Evaluation, classes: tuple[str, ...]) -> list[str]:
    out = []
    for cls in classes:
        s = result.entities[cls]
        why = "  ".join(f"{r} {result.missed_entities[cls, r]}" for r in REASONS)
        out.append(
            f"{label:18} {cls:22} P {s.precision:.3f} R {s.recall:.3f} "
            f"({s.tp:4d} {s.fp:4d} {s.fn:4d})   missed: {why}"
        )
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: leave_out.py SET [CLASS ...]", file=sys.stderr)
        return 2
    name = argv[1].upper()
    if name not in evaluate_set.SETS and name not in evaluate_set.UNIONS:
        known = ", ".join([*evaluate_set.SETS, *evaluate_set.UNIONS])
        print(f"leave_out.py: unknown set {argv[1]!r} (known: {known})", file=sys.stderr)
        return 2
    classes = tuple(argv[2:]) or BODIES
    unknown = [c for c in classes if c not in CLASSES]
    if unknown:
        print(
            f"leave_out.py: unknown class {unknown[0]!r} (known: {', '.join(CLASSES)})",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory(prefix=f"leave-out-{name}-") as tmp:
        corpus, gold_dir = evaluate_set.stage(name, Path(tmp))
        documents = {d.doc_id: d for d in load_corpus(corpus)}
        gold = load_gold(gold_dir)
        full = evaluate(gold, documents, Extractor.from_files())
        left = evaluate(gold, documents, without(classes))
    for line in [*rows("full reference", full, classes), *rows("left out", left, classes)]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
