"""The learned relation classifier beside the rules: features, stored model, hook, training."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from benelux_kg.corpus import Document
from benelux_kg.extract import Extractor, learned
from benelux_kg.namespaces import ID

EXTRACTOR = Extractor.from_files()
HELDOUT = Path(__file__).resolve().parent / "heldout"
GROUP = ID + "working-group/benelux-werkgroep-klimaatadaptatie"
REGION = ID + "region/noordrijn-westfalen"


def _doc(text: str) -> Document:
    return Document("test", text, Path("test.txt"), "0" * 64)


def _pairs(text: str) -> list[learned.Pair]:
    collector, found = EXTRACTOR.read(_doc(text))
    return list(learned.pairs(collector.cleaned.text, collector.sentences, found))


def test_stem_takes_one_common_ending_off() -> None:
    assert learned.stem("deelnemen") == "deelnem"
    assert learned.stem("werkgroepen") == "werkgroep"
    assert learned.stem("aan") == "aan"  # too short to lose anything


def test_features_read_the_words_between_with_mentions_as_their_class() -> None:
    stream = ["@Country", "neemt", "deel", "aan", "de", "werkgroep", "@WorkingGroup", "."]
    feats = learned.pair_features(stream, 6, 0)
    assert "cls:@WorkingGroup>@Country" in feats
    assert "order:os" in feats
    assert "btw:os:deel" in feats and "btw:aan" in feats
    assert "gap:4-6" in feats
    assert "neg_btw" not in feats
    assert feats == tuple(sorted(feats))  # deterministic order
    negated = learned.pair_features(["@Country", "neemt", "niet", "deel", "@WorkingGroup"], 4, 0)
    assert "neg_btw" in negated


def test_a_list_of_actors_is_marked_as_one() -> None:
    stream = ["@Country", ",", "@Country", "en", "@Country", "werken", "samen"]
    assert "list_only" in learned.pair_features(stream, 0, 4)
    assert "same_class_btw" in learned.pair_features(stream, 0, 4)


def test_the_stored_model_loads_with_a_threshold_per_predicate() -> None:
    model = learned.load()
    assert model is not None
    assert set(model.weights) == set(learned.ROLES)
    assert all(0.0 < t < 1.0 for t in model.thresholds.values())
    assert learned.WEIGHTS_FILE.stat().st_size < 300_000


def test_a_clear_cue_scores_above_the_threshold() -> None:
    model = learned.load()
    assert model is not None
    text = "Noordrijn-Westfalen neemt deel aan de Benelux-werkgroep Klimaatadaptatie."
    (pair,) = [p for p in _pairs(text) if p.predicate == learned.PARTICIPANT]
    assert (pair.subject.iri, pair.object.iri) == (GROUP, REGION)
    assert model.score(learned.PARTICIPANT, pair.features) >= model.thresholds[pair.predicate]


def test_a_negated_cue_is_never_proposed() -> None:
    model = learned.load()
    assert model is not None
    text = "Noordrijn-Westfalen neemt niet deel aan de Benelux-werkgroep Klimaatadaptatie."
    assert not [p for p in _pairs(text) if p.predicate == learned.PARTICIPANT]
    collector, found = EXTRACTOR.read(_doc(text))
    assert not list(model.find(collector.cleaned.text, collector.sentences, found))


def test_the_group_of_the_sentence_before_pairs_with_the_actors_of_an_anaphor() -> None:
    text = (
        "De Benelux-werkgroep Klimaatadaptatie kwam in maart bijeen. "
        "Aan de werkgroep namen Rijkswaterstaat en de Vlaamse Milieumaatschappij deel."
    )
    context = [p for p in _pairs(text) if "context" in p.features]
    assert {(p.subject.iri, p.object.iri.rsplit("/", 1)[-1]) for p in context} == {
        (GROUP, "rijkswaterstaat"),
        (GROUP, "vlaamse-milieumaatschappij"),
    }


def test_the_hook_adds_what_the_model_finds_beside_the_rules() -> None:
    text = "Noordrijn-Westfalen en de Benelux-werkgroep Klimaatadaptatie."
    always = learned.Classifier({learned.PARTICIPANT: {"bias": 10.0}}, {learned.PARTICIPANT: 0.5})
    saved = EXTRACTOR.learned
    try:
        EXTRACTOR.learned = None
        rules = {(f.subject.value, f.object.value) for f in EXTRACTOR.extract(_doc(text)).facts}
        EXTRACTOR.learned = always
        facts = EXTRACTOR.extract(_doc(text)).facts
    finally:
        EXTRACTOR.learned = saved
    assert (GROUP, REGION) not in rules
    added = [f for f in facts if (f.subject.value, f.object.value) == (GROUP, REGION)]
    assert [f.predicate.value for f in added] == [learned.PARTICIPANT]


def test_the_weights_survive_a_round_trip_through_json() -> None:
    model = learned.Classifier({learned.PARTICIPANT: {"bias": -1.0, "tiny": 0.001}}, {})
    back = learned.Classifier.from_json(json.loads(json.dumps(model.to_json())))
    assert back.weights[learned.PARTICIPANT] == {"bias": -1.0}  # near-zero weights pruned


def test_training_is_deterministic_and_learns_the_cue() -> None:
    examples = [
        (("bias", "btw:deel"), True),
        (("bias", "btw:voorzitter"), False),
        (("bias", "btw:deel", "left:ook"), True),
        (("bias", "btw:adviseert"), False),
    ] * 5
    first = learned.train(examples, epochs=4)
    assert first == learned.train(examples, epochs=4)
    assert first["btw:deel"] > 0 > first["btw:voorzitter"]


def test_the_training_script_runs_on_one_set(tmp_path: Path) -> None:
    sys.path.insert(0, str(HELDOUT))
    import train_relations

    out = tmp_path / "weights.json"
    assert train_relations.main(["--sets", "A", "--out", str(out)]) == 0
    first = out.read_bytes()
    assert train_relations.main(["--sets", "A", "--out", str(out)]) == 0
    assert out.read_bytes() == first
    model = learned.load(out)
    assert model is not None and set(model.weights) == set(learned.ROLES)


def _added_by(model: learned.Classifier, text: str) -> set[tuple[str, str, str]]:
    """The facts ``model`` adds to the rules' on ``text``."""
    saved = EXTRACTOR.learned
    try:
        EXTRACTOR.learned = None
        rules = {
            (f.subject.value, f.predicate.value, f.object.value)
            for f in EXTRACTOR.extract(_doc(text)).facts
        }
        EXTRACTOR.learned = model
        both = {
            (f.subject.value, f.predicate.value, f.object.value)
            for f in EXTRACTOR.extract(_doc(text)).facts
        }
    finally:
        EXTRACTOR.learned = saved
    return both - rules


def _always(predicate: str) -> learned.Classifier:
    return learned.Classifier({predicate: {"bias": 10.0}}, {predicate: 0.5})


def test_a_sentence_that_denies_allows_or_proposes_gets_nothing_from_the_model() -> None:
    always = _always(learned.PARTICIPANT)
    stated = "Noordrijn-Westfalen en de Benelux-werkgroep Klimaatadaptatie."
    assert (GROUP, learned.PARTICIPANT, REGION) in _added_by(always, stated)
    for sentence in (
        "Noordrijn-Westfalen is uitgenodigd voor de Benelux-werkgroep Klimaatadaptatie.",
        "Noordrijn-Westfalen overweegt de Benelux-werkgroep Klimaatadaptatie.",
        "De Benelux-werkgroep Klimaatadaptatie is geen zaak van Noordrijn-Westfalen.",
    ):
        assert not _added_by(always, sentence), sentence


def test_a_group_named_only_by_its_kind_in_between_is_what_a_later_sentence_speaks_of() -> None:
    always = _always(learned.PARTICIPANT)
    opening = "De Benelux-werkgroep Klimaatadaptatie kwam in maart bijeen. "
    assert (GROUP, learned.PARTICIPANT, REGION) in _added_by(
        always, opening + "Daarbij was Noordrijn-Westfalen."
    )
    for later in (
        "Er is ook een jaarlijks overleg. Daaraan nam Noordrijn-Westfalen deel.",
        "Noordrijn-Westfalen sluit zich bij het netwerk aan.",
    ):
        assert (GROUP, learned.PARTICIPANT, REGION) not in _added_by(always, opening + later)


def test_the_model_makes_no_body_the_parent_of_its_own_parent() -> None:
    always = _always(learned.SUB_ORGANIZATION)
    text = "De werkgroep Cybercrime valt onder het Senningenoverleg."
    group, parent = ID + "working-group/werkgroep-cybercrime", ID + "working-group/senningenoverleg"
    facts = {(f.subject.value, f.object.value) for f in EXTRACTOR.extract(_doc(text)).facts}
    assert (group, parent) in facts  # the rules' parent
    assert (parent, learned.SUB_ORGANIZATION, group) not in _added_by(always, text)


def test_the_evaluate_command_can_add_the_model(monkeypatch: Any) -> None:
    from typer.testing import CliRunner

    from benelux_kg.cli import app

    asked: list[bool] = []
    original = Extractor.from_files

    def recording(*args: Any, learned_relations: bool = False) -> Extractor:
        asked.append(learned_relations)
        extractor = original(*args, learned_relations=learned_relations)
        assert (extractor.learned is not None) == learned_relations
        return extractor

    monkeypatch.setattr(Extractor, "from_files", recording)
    root = HELDOUT.parent.parent
    arguments = [
        "evaluate",
        "--gold",
        str(root / "tests" / "gold"),
        "--corpus",
        str(root / "corpus"),
    ]
    for extra in ([], ["--learned-relations"]):
        outcome = CliRunner().invoke(app, [*arguments, *extra])
        assert outcome.exit_code == 0, outcome.output
        assert "bkg:participant" in outcome.output
    assert asked == [False, True]


def test_the_stored_weights_are_what_training_writes_now(tmp_path: Path) -> None:
    """An extractor change that moves the mentions changes the training pairs: retrain
    (tests/heldout/train_relations.py) and commit the weights with it."""
    sys.path.insert(0, str(HELDOUT))
    import train_relations

    out = tmp_path / "weights.json"
    assert train_relations.main(["--out", str(out)]) == 0
    assert out.read_bytes() == learned.WEIGHTS_FILE.read_bytes()
