"""Measure the extractor against the hand-made gold standard (``tests/gold/*.json``).

Entities are compared per document. A predicted entity matches a gold one when both have
the same class and either the same IRI or a label that equals one of the gold ``names``
(or its label) after normalisation (case, accents and punctuation ignored). Each gold
entity is matched at most once: a second predicted entity for the same thing counts
against precision, since the graph must hold one entity per real-world thing.

Mentions are compared by span overlap: a predicted mention is right when it overlaps a
gold span of the gold entity its own entity matched. Relations are compared as triples
after mapping predicted IRIs to the gold entities they matched; dates compare as text.

Why a gold entity was missed, in counts only (``--why``; safe to print for a held-out set):
"named otherwise" when an unmatched predicted entity of its class has a mention overlapping
one of its spans (found, but under a label the gold does not list: the label "runs on" past a
gold name that opens it, "opens before" one that closes it, is "longer" on both sides, is
"shorter" (inside a gold name), or "other"); "typed otherwise" when an
unmatched one of another class does; "inside another" when only entities matched to other gold
entities do (a name nested in a longer one); "not found" when no mention overlaps. A missed
relation is put down to the first of its ends that was missed, or to "ends found"; a
relation missed with both ends found is told apart by where the gold names its ends: "in one
sentence" when some sentence names both (a construction the readers do not read), "apart"
when none does (a relation stated across sentences, in a table or under a heading), "a value"
when its object is a value (a date). Each missed relation is also counted by the class of the
end it is put down to, or of its subject when both ends were found ("bkg:participant Meeting":
how many participants of meetings went missing, and why). A relation stated falsely has "a
false end" when one of its ends is no gold entity (a false or unmatched one), "another object"
when the gold gives its subject that predicate with another object (a wrong date, a wrong
parent), and "between gold ones" otherwise.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pyoxigraph import Literal, NamedNode

from .corpus import Document
from .errors import InputError
from .extract import Extraction, Extractor
from .extract.sentences import sentence_spans
from .namespaces import BASE, BKG, ELI, ID, ORG
from .parallel import extract_guarded

# The classes the gold standard annotates, most specific first.
CLASSES: tuple[str, ...] = (
    "Decision",
    "Recommendation",
    "Directive",
    "Agreement",
    "Treaty",
    "Declaration",
    "LegalInstrument",
    "ExternalAct",
    "Institution",
    "BeneluxUnion",
    "WorkingGroup",
    "NeighbouringRegion",
    "Country",
    "ExternalOrganisation",
    "NationalBody",
    "Person",
    "Meeting",
    "Project",
)
_ALIASES = {"MemberState": "Country"}
# The gold README: projects are annotated in one document only, so never judged.
IGNORED_CLASSES = frozenset({"Project"})
# Classes a gold file leaves unannotated (README "Coverage"), unless the file says itself
# with an "unannotated" list.
UNANNOTATED: Mapping[str, frozenset[str]] = {
    "003_c75309f88a2b6b39": frozenset({"Person", "Meeting"}),
}
# Classes a gold file annotates only in part ("the main external organisations and national
# bodies" of 003): their misses count, predictions the gold does not list are not judged.
PARTIAL: Mapping[str, frozenset[str]] = {
    "003_c75309f88a2b6b39": frozenset({"ExternalOrganisation", "NationalBody"}),
}
PREDICATES: Mapping[str, str] = {
    ELI + "passed_by": "eli:passed_by",
    ELI + "amends": "eli:amends",
    ELI + "date_document": "eli:date_document",
    BKG + "participant": "bkg:participant",
    BKG + "cooperatesWith": "bkg:cooperatesWith",
    ORG + "subOrganizationOf": "org:subOrganizationOf",
}
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise(name: str) -> str:
    """Case, accents, hyphens, quotes and line breaks do not matter."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _NON_ALNUM.sub(" ", bare).strip()


@dataclass(frozen=True)
class GoldEntity:
    iri: str  # relative: "id/institution/comite-van-ministers"
    cls: str
    label: str
    names: frozenset[str]  # normalised
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str
    entities: tuple[GoldEntity, ...]
    relations: frozenset[tuple[str, str, str]]
    unannotated: frozenset[str]
    partial: frozenset[str] = frozenset()


def load_gold(directory: Path) -> list[GoldDocument]:
    """Every ``{doc-id}.json`` of ``directory``, sorted by document id."""
    out = []
    for path in sorted(directory.glob("*.json")):
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
            out.append(_gold_document(path.stem, data))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputError(f"not a gold file: {error}", source=str(path)) from None
    if not out:
        raise InputError("no gold files (*.json)", source=str(directory))
    return out


def _gold_document(stem: str, data: Any) -> GoldDocument:
    doc_id = data.get("document", stem)
    entities = tuple(
        GoldEntity(
            iri=e["iri"],
            cls=e["class"],
            label=e["label"],
            names=frozenset(normalise(n) for n in [e["label"], *e.get("names", [])]),
            spans=tuple((int(b), int(en)) for b, en in e.get("spans", [])),
        )
        for e in data["entities"]
    )
    relations = frozenset(
        (r["subject"], r["predicate"], str(r["object"])) for r in data["relations"]
    )
    unannotated = frozenset(data.get("unannotated", UNANNOTATED.get(doc_id, ())))
    partial = frozenset(data.get("partial", PARTIAL.get(doc_id, ())))
    return GoldDocument(doc_id, entities, relations, unannotated | IGNORED_CLASSES, partial)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Evaluation:
    entities: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    mentions: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    relations: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    # What went wrong, per document, to read when a figure drops.
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Why: (class, reason) of each missed gold entity (see the module's docstring).
    missed_entities: Counter[tuple[str, str]] = field(default_factory=Counter)
    # (predicate, class, why) of each missed relation: the class of the end it is put down
    # to, or of its subject when both ends were found; why, the end's reason (REASONS) or,
    # with both ends found, where they stand (PLACES). The views below are counted from it.
    missed: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    # (class, how) of each gold entity found but named otherwise (see the docstring).
    named_otherwise: Counter[tuple[str, str]] = field(default_factory=Counter)
    # (predicate, reason) of each relation stated falsely (see the docstring).
    false_relations: Counter[tuple[str, str]] = field(default_factory=Counter)
    characters: int = 0
    seconds: float = 0.0

    @property
    def missed_relations(self) -> Counter[tuple[str, str]]:
        """(predicate, reason) of each missed relation, "ends found" when both were."""
        return _summed(
            ((p, "ends found" if why in PLACES else why), n)
            for (p, _, why), n in self.missed.items()
        )

    @property
    def missed_apart(self) -> Counter[tuple[str, str]]:
        """(predicate, where) of each relation missed with both ends found."""
        return _summed(((p, why), n) for (p, _, why), n in self.missed.items() if why in PLACES)

    @property
    def missed_by_end(self) -> Counter[tuple[str, str]]:
        """("predicate class", why) of each missed relation."""
        return _summed(((f"{p} {cls}", why), n) for (p, cls, why), n in self.missed.items())

    @staticmethod
    def total(scores: Mapping[str, Score]) -> Score:
        out = Score()
        for score in scores.values():
            out.add(score)
        return out


def _summed(counts: Iterable[tuple[tuple[str, str], int]]) -> Counter[tuple[str, str]]:
    out: Counter[tuple[str, str]] = Counter()
    for key, n in counts:
        out[key] += n
    return out


def entity_class(types: Iterable[NamedNode]) -> str | None:
    """The gold class of a predicted entity: its most specific annotated class."""
    local = {_ALIASES.get(t.value.rsplit("#", 1)[-1], t.value.rsplit("#", 1)[-1]) for t in types}
    return next((c for c in CLASSES if c in local), None)


def _relative(iri: str) -> str:
    return iri[len(BASE) :] if iri.startswith(ID) else iri


@dataclass(frozen=True)
class _Predicted:
    iri: str
    cls: str
    names: frozenset[str]


def evaluate(
    gold: list[GoldDocument],
    documents: Mapping[str, Document],
    extractor: Extractor,
    *,
    any_label: bool = False,
) -> Evaluation:
    """Score ``extractor`` on the ``documents`` of ``gold``. ``any_label``: a minted entity
    matches a gold one by any of its labels in the document (skos:altLabel too), not by its
    rdfs:label alone; the gold's own conventions for a label differ between writers ("Commissie
    X van het Benelux-Parlement" or "commissie X"), and this says how much of a score is such a
    convention. The default, the rdfs:label, keeps every earlier figure comparable."""
    result = Evaluation()
    for gold_doc in gold:
        doc = documents.get(gold_doc.doc_id)
        if doc is None:
            raise InputError(f"no document {gold_doc.doc_id!r} in the corpus for its gold file")
        started = time.perf_counter()
        extraction = extract_guarded(extractor, doc)
        result.seconds += time.perf_counter() - started
        result.characters += len(doc.text)
        _score_document(gold_doc, extraction, extractor, result, any_label, doc.text)
    return result


def _score_document(
    gold: GoldDocument,
    extraction: Extraction,
    extractor: Extractor,
    result: Evaluation,
    any_label: bool = False,
    text: str = "",
) -> None:
    errors = result.errors[gold.doc_id]
    predicted = _predicted_entities(extraction, extractor, gold.unannotated, any_label)
    matches = _match(predicted, gold)
    matched_gold = set(matches.values())
    for p in predicted:
        if p.iri in matches:
            result.entities[p.cls].tp += 1
        elif p.cls in gold.partial:
            continue
        else:
            result.entities[p.cls].fp += 1
            errors.append(f"FP {p.cls} {p.iri}")
    missed: dict[str, str] = {}
    for g in gold.entities:
        if g.cls in gold.unannotated:
            continue
        if g.iri not in matched_gold:
            result.entities[g.cls].fn += 1
            errors.append(f"FN {g.cls} {g.iri}")
            missed[g.iri] = _why_missed(g, extraction, predicted, matches)
            if missed[g.iri] == "named otherwise":
                result.named_otherwise[g.cls, _how_named(g, extraction, predicted, matches)] += 1
            result.missed_entities[g.cls, missed[g.iri]] += 1
    _score_mentions(gold, extraction, predicted, matches, result)
    _score_relations(gold, extraction, matches, result, missed, text)


# Why a gold entity was missed, the first that applies (see the module's docstring).
REASONS = ("named otherwise", "typed otherwise", "inside another", "not found")


def _why_missed(
    gold: GoldEntity,
    extraction: Extraction,
    predicted: list[_Predicted],
    matches: dict[str, str],
) -> str:
    classes = {p.iri: p.cls for p in predicted}
    found = set()
    for mention in extraction.mentions:
        if not any(b < mention.end and mention.begin < e for b, e in gold.spans):
            continue
        iri = _relative(mention.entity.value)
        cls = classes.get(iri)
        if cls is None:
            continue
        if iri in matches:
            found.add("inside another")
        else:
            found.add("named otherwise" if cls == gold.cls else "typed otherwise")
    return next(reason for reason in REASONS if reason in found or reason == "not found")


# How a gold entity found but named otherwise was named (see the module's docstring).
NAMINGS = ("runs on", "opens before", "longer", "shorter", "other")


def _how_named(
    gold: GoldEntity,
    extraction: Extraction,
    predicted: list[_Predicted],
    matches: dict[str, str],
) -> str:
    """How the label of the unmatched entity of its class found at its place differs from
    the gold entity's names: "runs on" past a gold name that opens it, "opens before" a gold
    name that closes it, "longer" on both sides of one, "shorter" when it stands inside a
    gold name, "other" otherwise."""
    by_iri = {p.iri: p for p in predicted if p.cls == gold.cls and p.iri not in matches}
    names = {*gold.names, normalise(gold.label)}
    how = "other"
    for mention in extraction.mentions:
        if not any(b < mention.end and mention.begin < e for b, e in gold.spans):
            continue
        found = by_iri.get(_relative(mention.entity.value))
        for label in found.names if found is not None else ():
            inside = [name for name in names if name and name in label]
            if inside:
                if any(label.startswith(name) for name in inside):
                    return "runs on"
                if any(label.endswith(name) for name in inside):
                    return "opens before"
                return "longer"
            if label and any(label in name for name in names):
                how = "shorter"
    return how


def _predicted_entities(
    extraction: Extraction, extractor: Extractor, skip: frozenset[str], any_label: bool = False
) -> list[_Predicted]:
    out = []
    for entity in extraction.entities:
        cls = entity_class(entity.types)
        if cls is None or cls in skip:
            continue
        labels = (*entity.labels, *entity.alt_labels) if any_label else entity.labels
        names = {normalise(label.value) for label in labels}
        ref = extractor.reference.get(entity.iri.value)
        if ref is not None:
            names.update(normalise(n) for n in ref.names)
        out.append(_Predicted(_relative(entity.iri.value), cls, frozenset(names)))
    return out


def _match(predicted: list[_Predicted], gold: GoldDocument) -> dict[str, str]:
    """Predicted IRI -> gold IRI; IRI equality first, then names; one-to-one."""
    by_iri = {g.iri: g for g in gold.entities}
    matches: dict[str, str] = {}
    taken: set[str] = set()
    for p in predicted:
        g = by_iri.get(p.iri)
        if g is not None and g.cls == p.cls:
            matches[p.iri] = g.iri
            taken.add(g.iri)
    for p in predicted:
        if p.iri in matches:
            continue
        for g in gold.entities:
            if g.iri not in taken and g.cls == p.cls and p.names & g.names:
                matches[p.iri] = g.iri
                taken.add(g.iri)
                break
    return matches


def _score_mentions(
    gold: GoldDocument,
    extraction: Extraction,
    predicted: list[_Predicted],
    matches: dict[str, str],
    result: Evaluation,
) -> None:
    classes = {p.iri: p.cls for p in predicted}
    gold_by_iri = {g.iri: g for g in gold.entities}
    found: set[tuple[str, int, int]] = set()
    for mention in extraction.mentions:
        iri = _relative(mention.entity.value)
        cls = classes.get(iri)
        if cls is None:
            continue
        g = gold_by_iri.get(matches.get(iri, ""))
        hits = [s for s in g.spans if s[0] < mention.end and mention.begin < s[1]] if g else []
        if g is not None and hits:
            result.mentions[cls].tp += 1
            found.update((g.iri, b, e) for b, e in hits)
        elif g is not None or cls not in gold.partial:
            result.mentions[cls].fp += 1
    for g in gold.entities:
        if g.cls in gold.unannotated:
            continue
        missed = sum(1 for b, e in g.spans if (g.iri, b, e) not in found)
        result.mentions[g.cls].fn += missed


def _score_relations(
    gold: GoldDocument,
    extraction: Extraction,
    matches: dict[str, str],
    result: Evaluation,
    missed: Mapping[str, str],
    text: str = "",
) -> None:
    gold_classes = {g.iri: g.cls for g in gold.entities}
    where = _EndsApart(gold, text)

    def judged(iri: str) -> bool:
        return gold_classes.get(iri) not in gold.unannotated

    predicted: set[tuple[str, str, str]] = set()
    for fact in extraction.facts:
        predicate = PREDICATES.get(fact.predicate.value)
        if predicate is None:
            continue
        subject = _relative(fact.subject.value)
        subject = matches.get(subject, subject)
        obj = fact.object
        if isinstance(obj, Literal):
            value = obj.value
        else:
            value = _relative(obj.value)
            value = matches.get(value, value)
        if judged(subject) and judged(value):
            predicted.add((subject, predicate, value))
    expected = {r for r in gold.relations if judged(r[0]) and judged(r[2])}
    for triple in predicted | expected:
        score = result.relations[triple[1]]
        if triple in predicted and triple in expected:
            score.tp += 1
        elif triple in predicted:
            score.fp += 1
            reason = _why_false(triple, gold_classes, expected)
            result.errors[gold.doc_id].append(f"FP rel {' '.join(triple)} ({reason})")
            result.false_relations[triple[1], reason] += 1
        else:
            score.fn += 1
            end = next((e for e in (triple[0], triple[2]) if e in missed), None)
            if end is not None:
                why = reason = missed[end]
            else:
                why = where(triple[0], triple[2])
                reason = f"ends found, {why}"
            result.missed[triple[1], gold_classes[end or triple[0]], why] += 1
            result.errors[gold.doc_id].append(f"FN rel {' '.join(triple)} ({reason})")


# Why a relation was stated falsely (see the module's docstring).
FALSE_REASONS = ("another object", "between gold ones", "a false end")


def _why_false(
    triple: tuple[str, str, str],
    gold_classes: Mapping[str, str],
    expected: set[tuple[str, str, str]],
) -> str:
    subject, predicate, value = triple
    if subject not in gold_classes or (value.startswith("id/") and value not in gold_classes):
        return "a false end"
    if any(s == subject and p == predicate for s, p, _ in expected):
        return "another object"
    return "between gold ones"


# Where the gold names the ends of a relation missed with both ends found.
PLACES = ("in one sentence", "apart", "a value")


class _EndsApart:
    """Whether some sentence of a document names both ends of a relation, by the gold's spans
    of each (the extractor's sentence splitting of the document's text)."""

    def __init__(self, gold: GoldDocument, text: str) -> None:
        self._text = text
        self._spans = {g.iri: g.spans for g in gold.entities}

    @cached_property
    def _starts(self) -> list[int]:
        """Where the document's sentences begin: split only once a relation is missed."""
        return [begin for begin, _ in sentence_spans(self._text)] if self._text else []

    def _sentences(self, iri: str) -> set[int]:
        return {bisect_right(self._starts, begin) for begin, _ in self._spans.get(iri, ())}

    def __call__(self, subject: str, obj: str) -> str:
        if obj not in self._spans:
            return "a value"
        return "in one sentence" if self._sentences(subject) & self._sentences(obj) else "apart"


def format_table(evaluation: Evaluation) -> str:
    lines = [f"{'':24} {'entities P/R/F1 (tp fp fn)':>34}   {'mentions P/R/F1':>18}"]
    for cls in sorted(set(evaluation.entities) | set(evaluation.mentions)):
        lines.append(_row(cls, evaluation.entities[cls], evaluation.mentions[cls]))
    lines.append(
        _row(
            "ALL",
            Evaluation.total(evaluation.entities),
            Evaluation.total(evaluation.mentions),
        )
    )
    lines.append("")
    lines.append(f"{'relation':24} {'P/R/F1 (tp fp fn)':>34}")
    for predicate in sorted(evaluation.relations):
        lines.append(_row(predicate, evaluation.relations[predicate]))
    lines.append(_row("ALL", Evaluation.total(evaluation.relations)))
    if evaluation.seconds:
        mb = evaluation.characters / 1e6
        lines.append(
            f"\nextraction: {mb:.2f} M characters in {evaluation.seconds:.3f} s "
            f"({mb / evaluation.seconds:.2f} MB/s)"
        )
    return "\n".join(lines)


def _row(name: str, score: Score, mentions: Score | None = None) -> str:
    row = (
        f"{name:24} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
        f" ({score.tp:4d} {score.fp:4d} {score.fn:4d})"
    )
    if mentions is not None:
        row += f"   {mentions.precision:5.3f} {mentions.recall:5.3f} {mentions.f1:5.3f}"
    return row


def format_why(evaluation: Evaluation) -> str:
    """Counts only: why gold entities and relations were missed, per class and predicate."""
    lines = [f"{'missed entities':24} {'':>5}  " + "  ".join(f"{r:>15}" for r in REASONS)]
    lines += _why_rows(evaluation.missed_entities, REASONS)
    lines.append("")
    lines.append(f"{'named otherwise':24} {'':>5}  " + "  ".join(f"{r:>15}" for r in NAMINGS))
    lines += _why_rows(evaluation.named_otherwise, NAMINGS)
    relation_reasons = ("ends found", *REASONS)
    lines.append("")
    lines.append(
        f"{'missed relations':24} {'':>5}  " + "  ".join(f"{r:>15}" for r in relation_reasons)
    )
    lines += _why_rows(evaluation.missed_relations, relation_reasons)
    lines.append("")
    lines.append(f"{'ends found, named':24} {'':>5}  " + "  ".join(f"{r:>15}" for r in PLACES))
    lines += _why_rows(evaluation.missed_apart, PLACES)
    lines.append("")
    by_end = (*PLACES, *REASONS)
    lines.append(f"{'missed, by the end':38} {'':>5}  " + "  ".join(f"{r:>15}" for r in by_end))
    lines += _why_rows(evaluation.missed_by_end, by_end, name_width=38)
    lines.append("")
    header = f"{'false relations':24} {'':>5}  "
    lines.append(header + "  ".join(f"{r:>17}" for r in FALSE_REASONS))
    lines += _why_rows(evaluation.false_relations, FALSE_REASONS, 17)
    return "\n".join(lines)


def _why_rows(
    counts: Counter[tuple[str, str]],
    reasons: tuple[str, ...],
    width: int = 15,
    name_width: int = 24,
) -> list[str]:
    rows = []
    for name in sorted({name for name, _ in counts}):
        total = sum(counts[name, r] for r in reasons)
        rows.append(
            f"{name:{name_width}} {total:5d}  "
            + "  ".join(f"{counts[name, r]:{width}d}" for r in reasons)
        )
    total = sum(counts.values())
    sums = "  ".join(
        f"{sum(v for (_, r), v in counts.items() if r == reason):{width}d}" for reason in reasons
    )
    rows.append(f"{'ALL':{name_width}} {total:5d}  " + sums)
    return rows


def format_errors(evaluation: Evaluation) -> str:
    return "\n".join(
        f"{doc_id} {error}" for doc_id, errors in evaluation.errors.items() for error in errors
    )
