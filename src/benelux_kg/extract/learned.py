"""A learned relation classifier, used beside the hand-written rules of ``relations/``.

The rules read the verbs and word orders the development documents happen to use, and carry
over poorly to unseen text. This module scores every pair of entity mentions of one sentence
for the three relations the rules miss most (``bkg:participant``, ``org:subOrganizationOf``,
``bkg:cooperatesWith``) with a logistic regression over plain features of the text around
and between the two mentions: their classes and order, the words between them (other
mentions stand as their class), the words just before and after, negation cues. The
extractor adds the pairs scored above a threshold that the rules did not already find.

The weights are trained by ``tests/heldout/train_relations.py`` on the gold standard and
stored in ``relation_weights.json`` beside this file; everything here is pure Python and
deterministic (sorted features, a seeded shuffle).
"""

from __future__ import annotations

import json
import math
import random
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .candidates import Candidate
from .relations import COOPERATES, PARTICIPANT, SUB_ORGANIZATION, Relation
from .sentences import Sentences

WEIGHTS_FILE = Path(__file__).with_name("relation_weights.json")

# Which classes fill the subject and the object of each relation (read off the gold
# standard: a group, meeting or agreement has participants; a group or body has a parent;
# actors cooperate).
_ACTORS = frozenset(
    {"Country", "NeighbouringRegion", "ExternalOrganisation", "NationalBody", "Institution"}
)
ROLES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    PARTICIPANT: (
        frozenset({"WorkingGroup", "Meeting", "Declaration", "Agreement", "Treaty"}),
        _ACTORS | {"BeneluxUnion"},
    ),
    SUB_ORGANIZATION: (
        frozenset({"WorkingGroup", "Institution", "ExternalOrganisation", "NationalBody"}),
        frozenset(
            {"Institution", "WorkingGroup", "BeneluxUnion", "ExternalOrganisation", "NationalBody"}
        ),
    ),
    COOPERATES: (
        _ACTORS | {"BeneluxUnion", "WorkingGroup"},
        _ACTORS | {"BeneluxUnion", "WorkingGroup"},
    ),
}
_CLASS_ALIASES = {"MemberState": "Country"}

# Pairs further apart than this many tokens are not scored: in the gold, partners and
# parents are named within a dozen words of each other (3 of 500 cooperating pairs further
# apart), while participants may follow their group in a long list.
MAX_GAP = {PARTICIPANT: 40, SUB_ORGANIZATION: 12, COOPERATES: 12}
# How many sentences back the group of an anaphor ("de werkgroep", "die") is looked for.
CONTEXT_SENTENCES = 2
_TOKEN = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
# A negation between the two mentions vetoes the pair: the gold holds too few negated
# sentences for the model to learn what "neemt niet deel" means (it scored it like "neemt
# deel"), and the rules already read the negations they know.
_NEGATION = frozenset({"niet", "geen", "nooit", "noch"})
_LIST_GLUE = frozenset({",", "en", "of", "de", "het", "met", "(", ")", "/", "sowie"})
_SUFFIXES = ("ingen", "ing", "en", "de", "te", "e", "s", "t")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude Dutch stem: one common ending off, so "deelnemen"/"deelneemt" come closer."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class Pair:
    """One ordered pair of mentions in one sentence, a candidate for ``predicate``."""

    predicate: str
    subject: Candidate
    object: Candidate
    sentence: tuple[int, int]
    own: tuple[str, ...]  # sorted
    shared: frozenset[str]  # the features every pair of the sentence has

    @property
    def features(self) -> tuple[str, ...]:
        return tuple(sorted({*self.own, *self.shared}))


def _class(cand: Candidate) -> str:
    return _CLASS_ALIASES.get(cand.cls, cand.cls)


def _outermost(cands: Sequence[Candidate]) -> list[Candidate]:
    """The mentions not nested inside another (a country in a body's name is no actor)."""
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.begin, -c.end)):
        if out and cand.begin < out[-1].end:
            continue
        out.append(cand)
    return out


def _stream(text: str, begin: int, end: int, mentions: list[Candidate]) -> list[str]:
    """The sentence as lower-cased, stemmed tokens, each mention one token "@Class"."""
    out: list[str] = []
    at = begin
    for cand in mentions:
        out.extend(stem(t.lower()) for t in _TOKEN.findall(text, at, cand.begin))
        out.append("@" + _class(cand))
        at = cand.end
    out.extend(stem(t.lower()) for t in _TOKEN.findall(text, at, end))
    return out


def _bucket(n: int) -> str:
    if n <= 3:
        return str(n)
    if n <= 6:
        return "4-6"
    if n <= 12:
        return "7-12"
    return "13+"


def sentence_features(stream: Sequence[str]) -> frozenset[str]:
    """What every pair of one sentence shares: its longer words, a negation."""
    feats = {f"sent:{w}" for w in stream if len(w) >= 5 and not w.startswith("@")}
    if any(w in _NEGATION for w in stream):
        feats.add("neg_sentence")
    return frozenset(feats)


def pair_features(stream: Sequence[str], s: int, o: int) -> tuple[str, ...]:
    """The features of subject token ``s`` and object token ``o`` of a sentence stream
    (without those of the whole sentence: :func:`sentence_features`)."""
    first, second = min(s, o), max(s, o)
    order = "so" if s < o else "os"
    between = stream[first + 1 : second]
    gap = _bucket(len(between))
    feats = [
        "bias",
        f"cls:{stream[s]}>{stream[o]}",
        "order:" + order,
        "gap:" + gap,
        f"gap:{order}:{gap}",
        "prev_s:" + (stream[s - 1] if s else "^"),
        "prev_o:" + (stream[o - 1] if o else "^"),
        "next_s:" + (stream[s + 1] if s + 1 < len(stream) else "$"),
        "next_o:" + (stream[o + 1] if o + 1 < len(stream) else "$"),
    ]
    near = between if len(between) <= 12 else [*between[:5], *between[-5:]]
    directed = f"btw:{order}:"
    feats += ["btw:" + w for w in near]
    feats += [directed + w for w in near]
    feats += ["left:" + w for w in stream[max(0, first - 4) : first]]
    feats += ["right:" + w for w in stream[second + 1 : second + 5]]
    others = [w for w in between if w[0] == "@"]
    feats.append("mentions_btw:" + _bucket(len(others)))
    if between and all(w in _LIST_GLUE or w[0] == "@" for w in between):
        feats.append("list_only")  # "X, Y en Z": members of one list, not partners
    if stream[o] in others:
        feats.append("same_class_btw")
    if not _NEGATION.isdisjoint(between):
        feats.append("neg_btw")
    return tuple(sorted(set(feats)))


@dataclass(frozen=True)
class Guards:
    """What the model cannot be trusted to read, taken from the rules' own word lists: a
    sentence that denies, merely allows, proposes or advises (``not_stated``) states no
    relation; and a group named before is no referent of a later sentence when another group,
    named only by its kind ("het netwerk", "een jaarlijks overleg"), stands between
    (``group_kind``)."""

    not_stated: tuple[re.Pattern[str], ...] = ()
    group_kind: re.Pattern[str] | None = None

    @classmethod
    def of(cls, not_stated: Iterable[re.Pattern[str]], kinds: Iterable[str]) -> Guards:
        """Guards from the rules' patterns and the kind words of groups ("werkgroep")."""
        words = "|".join(re.escape(k) for k in sorted(set(kinds), key=len, reverse=True))
        kind = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE) if words else None
        return cls(tuple(not_stated), kind)

    def states(self, text: str, span: tuple[int, int]) -> bool:
        return not any(p.search(text, *span) for p in self.not_stated)

    def refers_back(
        self, text: str, context: Candidate, span: tuple[int, int], found: Sequence[Candidate]
    ) -> bool:
        """Whether nothing but named things stand between ``context`` and the sentence's end
        that a group's kind word could name instead."""
        if self.group_kind is None:
            return True
        for word in self.group_kind.finditer(text, context.end, span[1]):
            if not any(c.begin <= word.start() and word.end() <= c.end for c in found):
                return False
        return True


def pairs(
    text: str, sentences: Sentences, found: Sequence[Candidate], guards: Guards | None = None
) -> Iterator[Pair]:
    """Every candidate pair of every sentence, the closest mentions of each two entities,
    that ``guards`` let through.

    Most participants are named in a sentence after the one that names their group ("De
    werkgroep X ... . Aan de werkgroep nemen A en B deel."): the group a sentence may speak
    of through an anaphor, the last one named in the sentences just before, pairs with the
    sentence's actors too, marked as from the context."""
    starts = [c.begin for c in found]
    objects = frozenset().union(*(r[1] for r in ROLES.values()))
    spans = sentences.spans
    for k, (begin, end) in enumerate(spans):
        inside = found[bisect_left(starts, begin) : bisect_left(starts, end)]
        mentions = _outermost([c for c in inside if c.end <= end])
        if not objects.intersection(_class(c) for c in mentions):
            continue
        if guards is not None and not guards.states(text, (begin, end)):
            continue
        window = spans[max(0, k - CONTEXT_SENTENCES)][0]
        before = found[bisect_left(starts, window) : bisect_left(starts, begin)]
        for pair in _sentence_pairs(text, (begin, end), mentions, before):
            if (
                guards is None
                or pair.subject.end > begin
                or guards.refers_back(text, pair.subject, (begin, end), found)
            ):
                yield pair


def _context_subject(
    before: Sequence[Candidate], subjects: frozenset[str], here: set[str]
) -> Candidate | None:
    """The last subject named before the sentence, unless the sentence names it itself."""
    for cand in reversed(before):
        if _class(cand) in subjects:
            return None if cand.iri in here else cand
    return None


def _sentence_pairs(
    text: str, span: tuple[int, int], mentions: list[Candidate], before: Sequence[Candidate]
) -> Iterator[Pair]:
    here = {c.iri for c in mentions}
    chosen: list[tuple[str, int, int]] = []  # (predicate, subject, object); -1: the context
    contexts: dict[str, Candidate] = {}
    for predicate, (subjects, objects) in ROLES.items():
        closest: dict[tuple[str, str], tuple[int, int, int]] = {}
        for i, subj in enumerate(mentions):
            if _class(subj) not in subjects:
                continue
            for j, obj in enumerate(mentions):
                if i == j or obj.iri == subj.iri or _class(obj) not in objects:
                    continue
                key = (subj.iri, obj.iri)
                if key not in closest or abs(i - j) < closest[key][0]:
                    closest[key] = (abs(i - j), i, j)
        chosen.extend((predicate, i, j) for _, i, j in sorted(closest.values(), key=_at))
        if predicate != PARTICIPANT:
            continue  # the gold has hardly a partner or parent named across sentences
        context = _context_subject(before, subjects, here)
        if context is not None:
            contexts[predicate] = context
            firsts = {obj.iri: j for j, obj in reversed(list(enumerate(mentions)))}
            chosen.extend(
                (predicate, -1, j)
                for j in sorted(firsts.values())
                if _class(mentions[j]) in objects
            )
    if not chosen:
        return
    stream = _stream(text, span[0], span[1], mentions)
    where = [i for i, tok in enumerate(stream) if tok.startswith("@")]
    shared = sentence_features(stream)
    lead = {f"lead:{w}" for w in stream[:3]}
    for predicate, i, j in chosen:
        if i >= 0:
            if abs(where[i] - where[j]) <= MAX_GAP[predicate]:
                feats = pair_features(stream, where[i], where[j])
                if "neg_btw" in feats:
                    continue
                yield Pair(predicate, mentions[i], mentions[j], span, feats, shared)
            continue
        if where[j] > MAX_GAP[predicate]:
            continue
        # The group from before stands at the head of the sentence, then a boundary.
        context = contexts[predicate]
        framed = ["@" + _class(context), "<s>", *stream]
        feats = tuple(sorted({*pair_features(framed, 0, where[j] + 2), "context", *lead}))
        if "neg_btw" in feats:
            continue
        yield Pair(predicate, context, mentions[j], span, feats, shared)


def _at(v: tuple[int, int, int]) -> tuple[int, int]:
    return v[1], v[2]


@dataclass
class Classifier:
    """A logistic regression per predicate: bias-free weights over feature names."""

    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)

    def score(self, predicate: str, features: Iterable[str]) -> float:
        table = self.weights.get(predicate)
        if not table:
            return 0.0
        z = sum(table.get(f, 0.0) for f in features)
        return _sigmoid(z)

    def find(
        self,
        text: str,
        sentences: Sentences,
        found: Sequence[Candidate],
        known: Iterable[tuple[str, str, str]] = (),
        guards: Guards = Guards(),
    ) -> Iterator[Relation]:
        """The relations scored above their threshold that ``known`` does not hold yet and
        ``guards`` let through."""
        done = set(known)
        # A body is not the parent of its own parent: the inverse of a known parent is out.
        done.update((o, p, s) for s, p, o in list(done) if p == SUB_ORGANIZATION)
        # The sentence's features weigh the same in each of its pairs: summed once.
        sentence_sums: dict[tuple[str, frozenset[str]], float] = {}
        for pair in pairs(text, sentences, found, guards):
            triple = (pair.subject.iri, pair.predicate, pair.object.iri)
            table = self.weights.get(pair.predicate)
            if triple in done or not table:
                continue
            key = (pair.predicate, pair.shared)
            if key not in sentence_sums:
                sentence_sums[key] = sum(table.get(f, 0.0) for f in sorted(pair.shared))
            z = sentence_sums[key] + sum(table.get(f, 0.0) for f in pair.own)
            if _sigmoid(z) >= self.thresholds.get(pair.predicate, 1.0):
                done.add(triple)
                if pair.predicate == SUB_ORGANIZATION:
                    done.add((pair.object.iri, pair.predicate, pair.subject.iri))
                yield Relation(*triple, pair.sentence)

    def to_json(self, prune: float = 0.01) -> dict[str, Any]:
        return {
            "format": 1,
            "predicates": {
                predicate: {
                    "threshold": self.thresholds.get(predicate, 1.0),
                    "weights": {
                        f: round(w, 4) for f, w in sorted(table.items()) if abs(w) >= prune
                    },
                }
                for predicate, table in sorted(self.weights.items())
            },
        }

    @classmethod
    def from_json(cls, data: Any) -> Classifier:
        out = cls()
        for predicate, entry in data["predicates"].items():
            out.weights[predicate] = {str(f): float(w) for f, w in entry["weights"].items()}
            out.thresholds[predicate] = float(entry["threshold"])
        return out


def load(path: Path = WEIGHTS_FILE) -> Classifier | None:
    """The stored classifier, or None when no weights were trained."""
    if not path.is_file():
        return None
    return Classifier.from_json(json.loads(path.read_text(encoding="utf-8")))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def train(
    examples: Sequence[tuple[tuple[str, ...], bool]],
    *,
    epochs: int = 12,
    rate: float = 0.2,
    l2: float = 1e-4,
    seed: int = 13,
) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent with L2 (lazily applied per
    feature) and a step that shrinks each epoch; deterministic for a given ``seed``."""
    weights: dict[str, float] = {}
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1.0 + epoch)
        shrink = 1.0 - step * l2
        for k in order:
            feats, label = examples[k]
            z = sum(weights.get(f, 0.0) for f in feats)
            gradient = (1.0 if label else 0.0) - _sigmoid(z)
            for f in feats:
                weights[f] = weights.get(f, 0.0) * shrink + step * gradient
    return dict(sorted(weights.items()))
