"""Run the extractor on the probe suites: short made-up texts, one Dutch construction each.

A probe (``dev.toml``, ``held.toml``; see README.md) is a text of one to four sentences with
every fact and named entity a careful reader finds in it, written by surface strings rather
than IRIs, and optionally facts the text does *not* state. The suites were written by a
helper that had not seen the extractor, so they measure which constructions it reads on
text nobody fitted rules to. ``held.toml`` is held out: read its figures, never its content.

A surface string names an extracted entity when it equals, up to case, accents, hyphens
and a leading article, one of the entity's mentions in the text or one of its labels.

Usage::

    .venv/bin/python tests/probes/run_probes.py dev            # figures per property, family, class
    .venv/bin/python tests/probes/run_probes.py dev --errors   # and every miss and false hit
    .venv/bin/python tests/probes/run_probes.py held           # held-out figures only
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from benelux_kg import evaluate
from benelux_kg.corpus import Document
from benelux_kg.evaluate import PREDICATES, Evaluation, Score, entity_class, normalise
from benelux_kg.extract import Extraction, Extractor

HERE = Path(__file__).resolve().parent
SUITES = ("dev", "held", "dev2", "held2")
PROPERTIES: Mapping[str, str] = {
    "participant": "bkg:participant",
    "cooperatesWith": "bkg:cooperatesWith",
    "subOrganizationOf": "org:subOrganizationOf",
    "passed_by": "eli:passed_by",
    "amends": "eli:amends",
    "date_document": "eli:date_document",
}
# "X werkt samen met Y" states the same as "Y werkt samen met X".
SYMMETRIC = frozenset({"cooperatesWith"})
# The gold classes; those the gold sets do not score, the probes do not score either.
CLASSES = frozenset(evaluate.CLASSES)
UNSCORED = evaluate.IGNORED_CLASSES
_ARTICLE = re.compile(r"^(?:de|het|een|die|dat|deze|d|l|la|le|les|der|des|den)\s+")
# An instrument's number, as the gold sets match numbered instruments by IRI whatever title
# follows: "M (2021) 7", "M(2021)7", "968/2" (normalised: "m 2021 7", "968 2").
_NUMBER = re.compile(r"\bm (?:19|20)\d\d \d+\b|\b\d{3,4} \d\b")

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Probe:
    id: str
    family: str
    text: str
    facts: tuple[Triple, ...]
    not_facts: tuple[Triple, ...]
    entities: tuple[tuple[str, str], ...]


class ProbeError(ValueError):
    """A probe file that does not follow the format (README.md)."""


def words(name: str) -> str:
    """A surface string normalised, without a leading article: "m 2021 7", "secretariaat
    generaal"."""
    return _ARTICLE.sub("", normalise(name))


def key(name: str) -> str:
    """A surface string as compared: its words run together, so that a name hyphenated at a
    line end ("Geneesmiddelen-\ntekorten") equals the name as it reads."""
    return words(name).replace(" ", "")


def _undo_line_ends(text: str) -> str:
    """The text as it reads: line-end hyphenation undone ("Hulp-\nmiddelen"), a hyphen of the
    name kept ("Secretariaat-\nGeneraal"), runs of white space one space."""
    joined = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=[a-z])", "", text)
    return " ".join(re.sub(r"(?<=\w)-[ \t]*\n\s*(?=[A-Z])", "-", joined).split())


def load(suite: str) -> list[Probe]:
    """The probes of ``suite`` (a name or a .toml path), checked: properties, classes, names."""
    path = Path(suite) if suite.endswith(".toml") else HERE / f"{suite}.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    probes = [_probe(path, raw) for raw in data.get("probe", [])]
    ids = [p.id for p in probes]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ProbeError(f"{path.name}: duplicate ids {duplicates}")
    return probes


def _probe(path: Path, raw: Mapping[str, object]) -> Probe:
    pid = str(raw.get("id", "?"))
    text = str(raw["text"])

    def triples(name: str) -> tuple[Triple, ...]:
        out = []
        for item in raw.get(name, []):  # type: ignore[attr-defined]
            subject, prop, obj = (str(part) for part in item)
            if prop not in PROPERTIES:
                raise ProbeError(f"{path.name} {pid}: unknown property {prop!r}")
            out.append((subject, prop, obj))
        return tuple(out)

    facts, not_facts = triples("facts"), triples("not_facts")
    entities = tuple((str(n), str(c)) for n, c in raw.get("entities", []))  # type: ignore[attr-defined]
    for _name, cls in entities:
        if cls not in CLASSES:
            raise ProbeError(f"{path.name} {pid}: unknown class {cls!r}")
    flat = " ".join(text.split()) + "\n" + _undo_line_ends(text)
    for subject, prop, obj in (*facts, *not_facts):
        names = [subject] if prop == "date_document" else [subject, obj]
        for name in names:
            if name not in flat:
                raise ProbeError(f"{path.name} {pid}: {name!r} is not in the text")
    return Probe(pid, str(raw.get("family", "?")), text, facts, not_facts, entities)


@dataclass
class Result:
    """Scores of a suite: per property, per family, per entity class, and the not-facts."""

    properties: defaultdict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    families: defaultdict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    classes: defaultdict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    stated: Score = field(default_factory=Score)  # not-facts: tp = kept out, fp = drawn
    errors: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


class _Names:
    """Which extracted entities a surface string names, and what each entity is called."""

    def __init__(self, text: str, extraction: Extraction, extractor: Extractor) -> None:
        self.by_key: defaultdict[str, set[str]] = defaultdict(set)
        self.label: dict[str, str] = {}
        self.cls: dict[str, str | None] = {}
        for entity in extraction.entities:
            iri = entity.iri.value
            self.cls[iri] = entity_class(entity.types)
            labels = [lit.value for lit in (*entity.labels, *entity.alt_labels)]
            self.label[iri] = labels[0] if labels else iri.rsplit("/", 1)[-1]
            # A body of the reference data goes by all its names there, as in the gold sets'
            # evaluation ("Comité de Ministres" is the Committee of Ministers).
            known = extractor.reference.get(iri)
            for label in [*labels, *(known.names if known is not None else ())]:
                self._add(label, iri)
        for mention in extraction.mentions:
            self._add(text[mention.begin : mention.end], mention.entity.value)

    def _add(self, name: str, iri: str) -> None:
        self.by_key[key(name)].add(iri)
        for number in _NUMBER.findall(words(name)):
            self.by_key[f"#{number}"].add(iri)

    def named(self, name: str) -> set[str]:
        numbers = _NUMBER.findall(words(name))
        if len(numbers) == 1:  # a numbered instrument, whatever the title around it
            return self.by_key.get(f"#{numbers[0]}", set())
        return self.by_key.get(key(name), set())

    def show(self, iri: str) -> str:
        return self.label.get(iri, iri)


def score(probes: Iterable[Probe], extractor: Extractor) -> Result:
    result = Result()
    for probe in probes:
        _score_probe(probe, extractor, result)
    return result


def _score_probe(probe: Probe, extractor: Extractor, result: Result) -> None:
    document = Document(probe.id, probe.text, Path(f"{probe.id}.txt"), "0" * 64)
    extraction = extractor.extract(document)
    names = _Names(probe.text, extraction, extractor)
    found = _found_facts(extraction)
    errors = result.errors[probe.id]

    def stated(triple: Triple) -> set[Triple]:
        """The extracted facts that state ``triple``."""
        subject, prop, obj = triple
        subjects = names.named(subject)
        if prop == "date_document":
            return {f for f in found if f[1] == prop and f[0] in subjects and f[2] == obj}
        objects = names.named(obj)
        hits = {f for f in found if f[1] == prop and f[0] in subjects and f[2] in objects}
        if prop in SYMMETRIC:
            hits |= {f for f in found if f[1] == prop and f[0] in objects and f[2] in subjects}
        return hits

    explained: set[Triple] = set()
    for triple in probe.facts:
        hits = stated(triple)
        explained |= hits
        for board in (result.properties[triple[1]], result.families[probe.family]):
            board.tp += bool(hits)
            board.fn += not hits
        if not hits:
            errors.append(f"FN {' | '.join(triple)}")
    for subject, prop, obj in sorted(found - explained):
        for board in (result.properties[prop], result.families[probe.family]):
            board.fp += 1
        errors.append(f"FP {names.show(subject)} | {prop} | {names.show(obj)}")
    for triple in probe.not_facts:
        drawn = bool(stated(triple))
        result.stated.tp += not drawn
        result.stated.fp += drawn
        if drawn:
            errors.append(f"NOT-FACT drawn {' | '.join(triple)}")
    _score_entities(probe, names, result)


def _found_facts(extraction: Extraction) -> set[Triple]:
    """The extracted facts of the six scored properties, as (subject IRI, property, object)."""
    by_predicate = {value: name for name, value in PROPERTIES.items()}
    out = set()
    for fact in extraction.facts:
        prop = by_predicate.get(PREDICATES.get(fact.predicate.value, ""))
        if prop is None:
            continue
        out.add((fact.subject.value, prop, fact.object.value))
    return out


def _score_entities(probe: Probe, names: _Names, result: Result) -> None:
    errors = result.errors[probe.id]
    matched: set[str] = set()
    for name, cls in probe.entities:
        if cls in UNSCORED:
            matched |= names.named(name)
            continue
        right = {iri for iri in names.named(name) if names.cls.get(iri) == cls}
        matched |= names.named(name)
        result.classes[cls].tp += bool(right)
        result.classes[cls].fn += not right
        if not right:
            other = sorted({str(names.cls.get(i)) for i in names.named(name)})
            errors.append(f"FN entity {cls} {name!r}" + (f" (found as {other})" if other else ""))
    for iri, predicted in names.cls.items():
        if predicted is None or predicted in UNSCORED or iri in matched:
            continue
        if not _mentioned(iri, names):  # background entities the text does not name
            continue
        result.classes[predicted].fp += 1
        errors.append(f"FP entity {predicted} {names.show(iri)!r}")


def _mentioned(iri: str, names: _Names) -> bool:
    return any(iri in iris for iris in names.by_key.values())


def format_result(result: Result) -> str:
    lines = [f"{'property':28} {'P':>6} {'R':>6} {'F1':>6}   (tp fp fn)"]
    lines += [_row(name, result.properties[name]) for name in PROPERTIES]
    lines.append(_row("ALL facts", Evaluation.total(result.properties)))
    held = result.stated
    lines.append(f"not-facts kept out: {held.tp} of {held.tp + held.fp}")
    lines += ["", f"{'family':28} {'P':>6} {'R':>6} {'F1':>6}   (tp fp fn)"]
    lines += [_row(name, result.families[name]) for name in sorted(result.families)]
    lines += ["", f"{'entity class':28} {'P':>6} {'R':>6} {'F1':>6}   (tp fp fn)"]
    lines += [_row(name, result.classes[name]) for name in sorted(result.classes)]
    lines.append(_row("ALL entities", Evaluation.total(result.classes)))
    return "\n".join(lines)


def _row(name: str, s: Score) -> str:
    return (
        f"{name[:28]:28} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
        f"   ({s.tp:3} {s.fp:3} {s.fn:3})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite", help="dev, held, or the path of a .toml file of probes")
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    args = parser.parse_args(argv)
    try:
        probes = load(args.suite)
    except (ProbeError, tomllib.TOMLDecodeError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = score(probes, Extractor.from_files())
    print(f"{len(probes)} probes in {args.suite}\n")
    print(format_result(result))
    if args.errors:
        for pid, errors in result.errors.items():
            for error in errors:
                print(f"{pid}  {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
