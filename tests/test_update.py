"""Adding, replacing and removing one document of a built store."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad, QuerySolutions, Store, Triple

from benelux_kg.build import build
from benelux_kg.corpus import MANIFEST, PENDING, read_manifest
from benelux_kg.errors import InputError, ValidationFailed
from benelux_kg.ingest import ingest_bytes
from benelux_kg.namespaces import BKG, ID, document_graph
from benelux_kg.server.state import LiveStore
from benelux_kg.store import current_name, open_read_only
from benelux_kg.update import (
    DuplicateDocument,
    UnknownDocument,
    UpdateSummary,
    add_document,
    add_file,
    document_ids,
    recover,
    remove_document,
)
from conftest import CORPUS

SEEDS = sorted(p.stem for p in CORPUS.glob("*.txt"))
NEW = "004_8fbf76c5622830fb"  # the document the tests add to the other seeds
COMMITTEE = NamedNode(ID + "institution/comite-van-ministers")
# 003_c75309f88a2b6b39, section 3.2
COMMITTEE_SENTENCE = (
    "Het Comité van Ministers is het hoogste besluitvormend orgaan van de Benelux Unie.\n"
)


@dataclass(frozen=True)
class Site:
    corpus: Path
    store: Path


def make_site(root: Path, seeds: list[str]) -> Site:
    """A corpus of copies of ``seeds`` (manifest included), built into a store."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    manifest = read_manifest(CORPUS)
    for doc_id in seeds:
        shutil.copyfile(CORPUS / f"{doc_id}.txt", corpus / f"{doc_id}.txt")
    documents = {k: v for k, v in manifest.items() if k in seeds}
    (corpus / MANIFEST).write_text(json.dumps({"documents": documents}), encoding="utf-8")
    build(corpus, root / "store", validate=False)
    return Site(corpus, root / "store")


def graph_sizes(store: Store) -> dict[str, int]:
    """Triples per named graph: what the crash test compares."""
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert isinstance(rows, QuerySolutions)
    return {row["g"].value: int(row["n"].value) for row in rows}


def corpus_state(corpus: Path) -> dict[str, str]:
    """Every file of the corpus directory (hidden ones too) by name, with its checksum."""
    return {
        str(p.relative_to(corpus)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(corpus.rglob("*"))
        if p.is_file()
    }


def assert_consistent(site: Site) -> None:
    """The corpus holds exactly the documents of the store, as the store describes them."""
    store = open_read_only(site.store)
    documents = set(document_ids(site.store))
    assert {p.stem for p in site.corpus.glob("*.txt")} == documents
    assert set(read_manifest(site.corpus)) == documents
    assert not (site.corpus / PENDING).exists()
    for doc_id in documents:
        text = (site.corpus / f"{doc_id}.txt").read_text(encoding="utf-8")
        rows = store.query(
            f"SELECT ?n WHERE {{ GRAPH ?g {{ ?d <{BKG}characterCount> ?n ; "
            f'<http://purl.org/dc/terms/identifier> "{doc_id}" }} }}'
        )
        assert isinstance(rows, QuerySolutions)
        assert [int(r["n"].value) for r in rows] == [len(text)]


def subjects(store: Store, iri: str) -> int:
    return sum(1 for _ in store.quads_for_pattern(NamedNode(iri), None, None))


def document_quads(store: Store) -> set[Quad]:
    """The quads of every document graph (not those of the ontology and reference data,
    which a change leaves alone)."""
    prefix = document_graph("").value
    return {
        q
        for q in store
        if isinstance(q.graph_name, NamedNode) and q.graph_name.value.startswith(prefix)
    }


def default_triples(store: Store) -> set[Triple]:
    """The default graph: the merge of every named graph, which updates keep up to date
    (less the ontology's blank nodes, whose labels differ from one build to the next)."""
    return {
        q.triple
        for q in store.quads_for_pattern(None, None, None, DefaultGraph())
        if not isinstance(q.subject, BlankNode) and not isinstance(q.object, BlankNode)
    }


def add_new(site: Site, **options: bool) -> UpdateSummary:
    """Add the seed ``NEW`` with its metadata, as ``benelux-kg add --meta ...`` would."""
    metadata = read_manifest(CORPUS)[NEW]
    return add_file(site.corpus, site.store, CORPUS / f"{NEW}.txt", metadata, **options)


def copy_site(template: Site, root: Path) -> Site:
    """A copy of a built site (the store's ``current`` link is relative, so it follows)."""
    shutil.copytree(template.corpus, root / "corpus")
    shutil.copytree(template.store, root / "store", symlinks=True)
    return Site(root / "corpus", root / "store")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return make_site(tmp_path_factory.mktemp("template"), [s for s in SEEDS if s != NEW])


@pytest.fixture
def site(template: Site, tmp_path: Path) -> Site:
    return copy_site(template, tmp_path / "site")


def test_adding_a_document_equals_building_with_it(site: Site, tmp_path: Path) -> None:
    """Resolution against the graph is the build's: same IRIs, same quads, every graph."""
    summary = add_new(site, validate=False)
    full = make_site(tmp_path / "full", SEEDS)
    added, built = open_read_only(site.store), open_read_only(full.store)
    assert document_quads(added) == document_quads(built)
    assert default_triples(added) == default_triples(built)
    assert graph_sizes(added).keys() == graph_sizes(built).keys()
    assert summary.action == "added"
    assert summary.quads == graph_sizes(built)[document_graph(NEW).value]
    assert (site.corpus / f"{NEW}.txt").read_bytes() == (CORPUS / f"{NEW}.txt").read_bytes()
    assert_consistent(site)


def test_entities_are_merged_with_the_graph_or_added(site: Site) -> None:
    before = open_read_only(site.store)
    summary = add_new(site, validate=False)
    assert COMMITTEE.value in summary.entities_merged
    for iri in summary.entities_merged:
        assert subjects(before, iri) > 0
    for iri in summary.entities_added:
        assert subjects(before, iri) == 0
        assert subjects(open_read_only(site.store), iri) > 0


def test_a_new_mention_of_the_committee_links_to_the_existing_entity(site: Site) -> None:
    doc = ingest_bytes("comite.txt", COMMITTEE_SENTENCE.encode())
    summary = add_document(site.corpus, site.store, doc, {"title": "Comité"}, validate=False)
    store = open_read_only(site.store)
    rows = store.query(
        f"SELECT ?e WHERE {{ GRAPH <{document_graph('comite').value}> {{ "
        f"<{ID}document/comite#char=4,24> <{BKG}refersTo> ?e }} }}"
    )
    assert isinstance(rows, QuerySolutions)
    assert [r["e"] for r in rows] == [COMMITTEE]
    assert COMMITTEE.value in summary.entities_merged
    assert summary.entities_added == []


def test_replacing_a_document_replaces_its_graph_only(site: Site) -> None:
    add_new(site, validate=False)
    before = graph_sizes(open_read_only(site.store))
    replacement = site.corpus.parent / f"{NEW}.md"
    replacement.write_text(f"# Comité\n\n{COMMITTEE_SENTENCE}", encoding="utf-8")
    summary = add_file(site.corpus, site.store, replacement, {"date": "2026"}, validate=False)
    after = graph_sizes(open_read_only(site.store))
    graph = document_graph(NEW).value
    assert summary.action == "replaced"
    assert {g: n for g, n in after.items() if g != graph} == {
        g: n for g, n in before.items() if g != graph
    }
    assert 0 < after[graph] < before[graph]
    entry = read_manifest(site.corpus)[NEW]
    assert entry["format"] == "md" and entry["date"] == "2026"
    assert entry["title"].startswith("Gemeenschappelijk Werkprogramma")  # kept from before
    assert (site.corpus / f"{NEW}.txt").read_text(encoding="utf-8").startswith("Comité\n")
    for iri in summary.entities_removed:
        assert subjects(open_read_only(site.store), iri) == 0
    assert_consistent(site)


def test_removing_a_document_removes_the_entities_only_it_supported(
    site: Site, tmp_path: Path
) -> None:
    added = add_new(site, validate=False)
    removed = remove_document(site.corpus, site.store, NEW, validate=False)
    store = open_read_only(site.store)
    assert not store.contains_named_graph(document_graph(NEW))
    assert sorted(removed.entities_removed) == added.entities_added
    for iri in added.entities_added:
        assert subjects(store, iri) == 0
    assert subjects(store, COMMITTEE.value) > 0
    assert NEW not in read_manifest(site.corpus)
    # The merged default graph lost what only the document said, and kept the rest.
    without = make_site(tmp_path / "without", [d for d in SEEDS if d != NEW])
    assert default_triples(store) == default_triples(open_read_only(without.store))
    assert_consistent(site)


def test_removing_an_unknown_document_changes_nothing(site: Site) -> None:
    before = corpus_state(site.corpus), current_name(site.store)
    with pytest.raises(UnknownDocument, match="no document 'nergens'"):
        remove_document(site.corpus, site.store, "nergens")
    with pytest.raises(UnknownDocument, match="not a document id"):
        remove_document(site.corpus, site.store, "x> } ; DROP ALL ; #")
    assert (corpus_state(site.corpus), current_name(site.store)) == before


def test_a_duplicate_is_refused_naming_the_existing_document(site: Site, tmp_path: Path) -> None:
    copy = tmp_path / "kopie.txt"
    shutil.copyfile(site.corpus / f"{SEEDS[0]}.txt", copy)
    before = corpus_state(site.corpus), current_name(site.store)
    with pytest.raises(DuplicateDocument, match=SEEDS[0]):
        add_file(site.corpus, site.store, copy, validate=False)
    assert (corpus_state(site.corpus), current_name(site.store)) == before


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("leeg.txt", b"", "empty"),
        ("foto.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Comité".encode("latin-1"), "invalid UTF-8"),
        ("scan.pdf", b"%PDF-1.4\n%%EOF\n", "PDF"),
        ("groot.txt", COMMITTEE_SENTENCE.encode() * 100, "limit"),
    ],
)
def test_bad_input_changes_nothing(
    site: Site, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = corpus_state(site.corpus), current_name(site.store)
    with pytest.raises(InputError, match=message):
        add_file(site.corpus, site.store, path, max_bytes=1000, validate=False)
    assert (corpus_state(site.corpus), current_name(site.store)) == before


STRICT = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix bkg: <https://w3id.org/benelux-kg/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:x:doc> a sh:NodeShape ; sh:targetClass bkg:SourceDocument ;
  sh:property [ sh:path bkg:neverThere ; sh:minCount 1 ; sh:message "needs bkg:neverThere" ] .
"""
# Labels of reference entities live in graph/reference: a check that sees only the new
# document's graph would report the committee as unlabelled.
LABELLED = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix bkg: <https://w3id.org/benelux-kg/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:x:inst> a sh:NodeShape ; sh:targetClass bkg:Institution ;
  sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:message "needs a label" ] .
"""


def _shapes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str) -> None:
    path = tmp_path / "shapes.ttl"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr("benelux_kg.validate.shapes_file", lambda: path)


def test_a_change_that_does_not_conform_is_not_committed(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _shapes(monkeypatch, tmp_path, STRICT)
    before = corpus_state(site.corpus), sorted((site.store / "generations").iterdir())
    with pytest.raises(ValidationFailed, match="neverThere"):
        add_new(site)
    assert (corpus_state(site.corpus), sorted((site.store / "generations").iterdir())) == before


def test_validation_sees_what_other_graphs_say_of_the_entities(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _shapes(monkeypatch, tmp_path, LABELLED)
    summary = add_new(site)
    assert summary.validation == "conforms"
    removed = remove_document(site.corpus, site.store, NEW)
    assert removed.validation == "conforms"


def test_a_change_killed_before_its_commit_is_undone(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = corpus_state(site.corpus), current_name(site.store)

    def killed(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("benelux_kg.update.put_in_service", killed)
    with pytest.raises(KeyboardInterrupt):
        add_new(site, validate=False)
    assert (site.corpus / PENDING).exists()  # left behind, as by a kill
    monkeypatch.undo()
    assert recover(site.corpus, site.store) == [f"undid the unfinished change of {NEW}"]
    assert (corpus_state(site.corpus), current_name(site.store)) == before
    assert len(list((site.store / "generations").iterdir())) == 1


def test_a_change_killed_after_its_commit_is_finished(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    def killed(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("benelux_kg.update.apply_staged", killed)
    with pytest.raises(KeyboardInterrupt):
        add_new(site, validate=False)
    assert NEW in document_ids(site.store)
    assert not (site.corpus / f"{NEW}.txt").exists()
    monkeypatch.undo()
    assert recover(site.corpus, site.store) == [f"finished the change of {NEW}"]
    assert_consistent(site)


def test_a_reader_sees_the_change_on_its_next_request(site: Site) -> None:
    live = LiveStore(site.store)
    first = live.get()
    assert live.get() is first  # no change, no reopening
    add_new(site, validate=False)
    assert live.get().contains_named_graph(document_graph(NEW))
    assert not first.contains_named_graph(document_graph(NEW))  # a snapshot, unchanged
    assert live.generation == current_name(site.store)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from benelux_kg.cli import main; main()", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_commands_add_remove_and_rebuild(site: Site, tmp_path: Path) -> None:
    where = ("--corpus", str(site.corpus), "--store", str(site.store), "--no-validate")
    page = tmp_path / "comite.html"
    page.write_text(f"<main><p>{COMMITTEE_SENTENCE}</p></main>", encoding="utf-8")
    added = cli("add", str(page), "--meta", "date=2020", *where)
    assert added.returncode == 0, added.stderr
    assert "added comite: " in added.stderr and " 0 added, 2 merged" in added.stderr
    assert read_manifest(site.corpus)["comite"]["date"] == "2020"

    rebuilt = cli("rebuild", *where)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "rebuilt 5 documents" in rebuilt.stderr
    assert "0 documents added, 0 documents removed" in rebuilt.stderr

    removed = cli("remove", "comite", *where)
    assert removed.returncode == 0, removed.stderr
    assert "removed comite" in removed.stderr
    assert_consistent(site)


def test_a_command_refusing_input_says_why_in_one_line(site: Site, tmp_path: Path) -> None:
    where = ("--corpus", str(site.corpus), "--store", str(site.store))
    good, bad = tmp_path / "goed.txt", tmp_path / "slecht.txt"
    good.write_text(COMMITTEE_SENTENCE, encoding="utf-8")
    bad.write_bytes("Comité".encode("latin-1"))
    before = corpus_state(site.corpus), current_name(site.store)
    result = cli("add", str(good), str(bad), *where)  # all files are read before any change
    assert result.returncode == 2
    assert "slecht.txt:1: invalid UTF-8" in " ".join(result.stderr.split())
    assert "Traceback" not in result.stderr
    assert (corpus_state(site.corpus), current_name(site.store)) == before
    unknown = cli("add", str(good), "--meta", "kleur=rood", *where)
    assert unknown.returncode == 2 and "KEY=VALUE" in " ".join(unknown.stderr.split())
