"""``benelux-kg evaluate --why``: why gold entities and relations were missed, in counts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benelux_kg.cli import app
from benelux_kg.corpus import Document
from benelux_kg.evaluate import evaluate, format_why, load_gold
from benelux_kg.extract import Extractor

TEXT = (
    "Het Comité van Ministers stelde op 3 maart 2030 Beschikking M (2030) 4 vast. De "
    "Benelux-werkgroep Drones kwam bijeen met het Agentschap van de Europese Unie voor "
    "cyberbeveiliging. Ook de Stichting Blauwe Vogels uit Gent was er."
)


def _span(words: str) -> list[int]:
    begin = TEXT.index(words)
    return [begin, begin + len(words)]


def _entity(iri: str, cls: str, label: str, words: str) -> dict[str, object]:
    return {"iri": iri, "class": cls, "label": label, "spans": [_span(words)]}


GROUP = "id/working-group/werkgroep-onbemande-luchtvaart"
AGENCY = "id/organisation/agentschap-van-de-europese-unie-voor-cyberbeveiliging"
MEETING = "id/event/vergadering-comite-van-ministers-2030-03-03"
GOLD = {
    "document": "why",
    "entities": [
        _entity(
            "id/institution/comite-van-ministers",
            "Institution",
            "Comité van Ministers",
            "Comité van Ministers",
        ),
        _entity("id/instrument/m-2030-4", "Decision", "M(2030)4", "M (2030) 4"),
        # Found under another label: the gold calls the group otherwise.
        _entity(
            GROUP, "WorkingGroup", "Werkgroep Onbemande Luchtvaart", "Benelux-werkgroep Drones"
        ),
        _entity(
            AGENCY,
            "ExternalOrganisation",
            "Agentschap van de Europese Unie voor cyberbeveiliging",
            "Agentschap van de Europese Unie voor cyberbeveiliging",
        ),
        # Its only mention is that of the Committee, matched to the Committee.
        _entity(
            MEETING,
            "Meeting",
            "Vergadering van het Comité van Ministers van 3 maart 2030",
            "Comité van Ministers",
        ),
        # Found as an external organisation, a national body in the gold.
        _entity(
            "id/organisation/stichting-blauwe-vogels",
            "NationalBody",
            "Stichting Blauwe Vogels",
            "Stichting Blauwe Vogels",
        ),
        # No mention overlaps it.
        _entity("id/person/jan-peeters", "Person", "Jan Peeters", "kwam bijeen"),
    ],
    "relations": [
        {
            "subject": "id/instrument/m-2030-4",
            "predicate": "eli:passed_by",
            "object": "id/institution/comite-van-ministers",
        },
        {
            "subject": "id/instrument/m-2030-4",
            "predicate": "eli:date_document",
            "object": "2030-03-04",
        },
        {"subject": GROUP, "predicate": "bkg:participant", "object": AGENCY},
        {
            "subject": MEETING,
            "predicate": "bkg:participant",
            "object": "id/institution/comite-van-ministers",
        },
        {"subject": AGENCY, "predicate": "bkg:cooperatesWith", "object": "id/person/jan-peeters"},
    ],
}


def _gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "why.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return gold


def test_each_missed_entity_and_relation_gets_its_reason(tmp_path: Path) -> None:
    document = Document("why", TEXT, Path("why.txt"), "0" * 64, {})
    result = evaluate(load_gold(_gold(tmp_path)), {"why": document}, Extractor.from_files())
    assert dict(result.missed_entities) == {
        ("WorkingGroup", "named otherwise"): 1,
        ("Meeting", "inside another"): 1,
        ("NationalBody", "typed otherwise"): 1,
        ("Person", "not found"): 1,
    }
    assert dict(result.missed_relations) == {
        ("eli:date_document", "ends found"): 1,
        ("bkg:participant", "named otherwise"): 1,
        ("bkg:participant", "inside another"): 1,
        ("bkg:cooperatesWith", "not found"): 1,
    }
    assert dict(result.missed_apart) == {("eli:date_document", "a value"): 1}
    table = format_why(result)
    assert "Comité" not in table and "werkgroep" not in table.lower()  # counts only
    lines = table.splitlines()
    places = lines.index(next(line for line in lines if line.startswith("ends found, named")))
    assert lines[places - 2].split() == ["ALL", "4", "1", "1", "0", "1", "1"]
    by_end = lines.index(next(line for line in lines if line.startswith("missed, by the end")))
    assert lines[by_end - 2].split() == ["ALL", "1", "0", "0", "1"]
    # Each by the class of the end it is put down to (the subject's when both were found).
    assert dict(result.missed_by_end) == {
        ("eli:date_document Decision", "a value"): 1,
        ("bkg:participant WorkingGroup", "named otherwise"): 1,
        ("bkg:participant Meeting", "inside another"): 1,
        ("bkg:cooperatesWith Person", "not found"): 1,
    }


def test_a_relation_missed_with_both_ends_found_is_told_by_where_its_ends_stand(
    tmp_path: Path,
) -> None:
    text = (
        "De Benelux-werkgroep Drones vergaderde in Brussel. België was tevreden.\n\n"
        "De Benelux-werkgroep Drones en Luxemburg publiceerden een rapport."
    )
    group = "id/working-group/benelux-werkgroep-drones"

    def spans(words: str) -> list[list[int]]:
        found, at = [], text.find(words)
        while at >= 0:
            found.append([at, at + len(words)])
            at = text.find(words, at + 1)
        return found

    entities = [
        (group, "WorkingGroup", "Benelux-werkgroep Drones"),
        ("id/country/belgie", "Country", "België"),
        ("id/country/luxemburg", "Country", "Luxemburg"),
    ]
    gold = {
        "document": "apart",
        "entities": [
            {"iri": iri, "class": cls, "label": label, "spans": spans(label)}
            for iri, cls, label in entities
        ],
        "relations": [
            {"subject": group, "predicate": "bkg:participant", "object": "id/country/belgie"},
            {"subject": group, "predicate": "bkg:participant", "object": "id/country/luxemburg"},
        ],
    }
    directory = tmp_path / "gold"
    directory.mkdir()
    (directory / "apart.json").write_text(json.dumps(gold), encoding="utf-8")
    document = Document("apart", text, Path("apart.txt"), "0" * 64, {})
    result = evaluate(load_gold(directory), {"apart": document}, Extractor.from_files())
    assert result.entities["WorkingGroup"].tp == 1 and result.entities["Country"].tp == 2
    assert dict(result.missed_apart) == {
        ("bkg:participant", "apart"): 1,
        ("bkg:participant", "in one sentence"): 1,
    }
    lines = format_why(result).splitlines()
    by_end = lines.index(next(line for line in lines if line.startswith("missed, by the end")))
    assert lines[by_end - 2].split() == ["ALL", "2", "1", "1", "0"]
    # By the class of the subject, since both ends were found: two participants of a group.
    assert dict(result.missed_by_end) == {
        ("bkg:participant WorkingGroup", "apart"): 1,
        ("bkg:participant WorkingGroup", "in one sentence"): 1,
    }
    falses = lines.index(next(line for line in lines if line.startswith("false relations")))
    assert lines[falses - 2].split()[:2] == ["ALL", "2"]


def test_a_false_relation_is_told_by_its_ends(tmp_path: Path) -> None:
    text = (
        "België neemt deel aan de Benelux-werkgroep Drones. Luxemburg is lid van de "
        "Benelux-werkgroep Bodem. Frankrijk neemt deel aan de Benelux-werkgroep Water."
    )
    drones = "id/working-group/benelux-werkgroep-drones"
    bodem = "id/working-group/benelux-werkgroep-bodem"

    def entity(iri: str, cls: str, label: str) -> dict[str, object]:
        begin = text.index(label)
        return {"iri": iri, "class": cls, "label": label, "spans": [[begin, begin + len(label)]]}

    gold = {
        "document": "false",
        "entities": [
            entity(drones, "WorkingGroup", "Benelux-werkgroep Drones"),
            entity(bodem, "WorkingGroup", "Benelux-werkgroep Bodem"),
            entity("id/country/belgie", "Country", "België"),
            entity("id/country/luxemburg", "Country", "Luxemburg"),
            entity("id/country/frankrijk", "Country", "Frankrijk"),
        ],
        # Drones has another member in this gold, Bodem none; Water is no gold entity.
        "relations": [
            {"subject": drones, "predicate": "bkg:participant", "object": "id/country/luxemburg"},
        ],
        "unannotated": [],
    }
    directory = tmp_path / "gold"
    directory.mkdir()
    (directory / "false.json").write_text(json.dumps(gold), encoding="utf-8")
    document = Document("false", text, Path("false.txt"), "0" * 64, {})
    result = evaluate(load_gold(directory), {"false": document}, Extractor.from_files())
    assert result.false_relations["bkg:participant", "another object"] == 1  # Drones: België
    assert result.false_relations["bkg:participant", "between gold ones"] == 1  # Bodem: Lux.
    assert result.false_relations["bkg:participant", "a false end"] == 1  # Water: Frankrijk
    assert format_why(result).splitlines()[-1].split() == ["ALL", "3", "1", "1", "1"]


@pytest.mark.parametrize(
    ("text", "gold_label", "how"),
    [
        ("De Benelux-werkgroep Drones Noord vergaderde.", "Benelux-werkgroep Drones", "runs on"),
        ("De Benelux-werkgroep Drones vergaderde.", "werkgroep Drones", "opens before"),
        (
            "De Benelux-werkgroep Drones vergaderde.",
            "Benelux-werkgroep Drones en Robots",
            "shorter",
        ),
        ("De Benelux-werkgroep Drones vergaderde.", "Werkgroep Onbemande Luchtvaart", "other"),
    ],
)
def test_a_name_found_otherwise_is_told_by_how_it_differs(
    tmp_path: Path, text: str, gold_label: str, how: str
) -> None:
    begin = text.index("Benelux-werkgroep Drones")
    group = {
        "iri": "id/working-group/x",
        "class": "WorkingGroup",
        "label": gold_label,
        "spans": [[begin, begin + len("Benelux-werkgroep Drones")]],
    }
    directory = tmp_path / "gold"
    directory.mkdir()
    gold = {"document": "named", "entities": [group], "relations": []}
    (directory / "named.json").write_text(json.dumps(gold), encoding="utf-8")
    document = Document("named", text, Path("named.txt"), "0" * 64, {})
    result = evaluate(load_gold(directory), {"named": document}, Extractor.from_files())
    assert dict(result.named_otherwise) == {("WorkingGroup", how): 1}


def test_the_evaluate_command_prints_the_reasons(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "why.txt").write_text(TEXT, encoding="utf-8")
    manifest = {"documents": {"why": {"title": "t", "language": "nl"}}}
    (corpus / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    args = ["evaluate", "--why", "--gold", str(_gold(tmp_path)), "--corpus", str(corpus)]
    out = CliRunner().invoke(app, args)
    assert out.exit_code == 0, out.output
    assert "missed entities" in out.output and "missed relations" in out.output
    assert "typed otherwise" in out.output


def test_leave_out_drops_only_the_chosen_classes_from_the_reference() -> None:
    heldout = Path(__file__).resolve().parent / "heldout"
    sys.path.insert(0, str(heldout))
    try:
        import leave_out
    finally:
        sys.path.remove(str(heldout))
    full = Extractor.from_files().reference
    kept = leave_out.without(("NationalBody",)).reference
    national = {
        iri for iri, e in full.items() if any(t.value.endswith("#NationalBody") for t in e.types)
    }
    assert national and not national & set(kept)
    assert set(kept) == set(full) - national  # countries, institutions, ... stay


def test_leave_out_names_an_unknown_set_or_class_instead_of_failing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    heldout = Path(__file__).resolve().parent / "heldout"
    sys.path.insert(0, str(heldout))
    try:
        import leave_out
    finally:
        sys.path.remove(str(heldout))
    assert leave_out.main(["leave_out.py", "--help"]) == 2
    assert "unknown set '--help'" in capsys.readouterr().err
    assert leave_out.main(["leave_out.py", "A", "Bodies"]) == 2
    err = capsys.readouterr().err
    assert "unknown class 'Bodies'" in err and "NationalBody" in err


def test_any_label_matches_a_minted_entity_by_its_other_labels_too(tmp_path: Path) -> None:
    text = (
        "Het Benelux-Parlement heeft een commissie Mobiliteit. De commissie Mobiliteit vergaderde."
    )
    committee = "id/working-group/commissie-mobiliteit"
    gold = {
        "document": "label",
        "entities": [
            {
                "iri": committee,
                "class": "WorkingGroup",
                "label": "Commissie Mobiliteit",
                "spans": [[text.index("commissie"), text.index("commissie") + 20]],
            }
        ],
        "relations": [],
    }
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "label.json").write_text(json.dumps(gold), encoding="utf-8")
    document = {"label": Document("label", text, Path("label.txt"), "0" * 64, {})}
    extractor = Extractor.from_files()
    strict = evaluate(load_gold(folder), document, extractor)
    lenient = evaluate(load_gold(folder), document, extractor, any_label=True)
    # Its rdfs:label adds the parliament ("Commissie Mobiliteit van het Benelux-Parlement"),
    # as the development gold names committees; its skos:altLabel is the text's own form.
    assert strict.entities["WorkingGroup"].tp == 0
    assert dict(strict.missed_entities) == {("WorkingGroup", "named otherwise"): 1}
    assert lenient.entities["WorkingGroup"].tp == 1
