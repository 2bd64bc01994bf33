"""The ontology's human-readable documentation: written by the build, served at /ontology."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from benelux_kg import docs
from benelux_kg.build import BuildSummary
from benelux_kg.errors import BkgError
from benelux_kg.resources import ontology_file
from benelux_kg.server import create_app
from benelux_kg.store import publish

BKG = "https://w3id.org/benelux-kg/def#"


@pytest.fixture(scope="module")
def page(built: tuple[Path, BuildSummary]) -> str:
    return docs.ontology_docs_path(built[0]).read_text(encoding="utf-8")


def test_the_build_writes_the_documentation_with_its_digest(
    built: tuple[Path, BuildSummary],
) -> None:
    store_dir, _ = built
    assert docs.ontology_docs_path(store_dir).is_file()
    assert docs.docs_are_current(store_dir)


def test_every_class_and_property_of_ours_is_documented(page: str) -> None:
    ontology = Graph().parse(ontology_file())
    ours = {
        s
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(BKG)
    }
    assert len(ours) > 30
    missing = set()
    for term in ours:
        labels = {str(label) for label in ontology.objects(term, RDFS.label)}
        if not any(label in page for label in labels):
            missing.add(term)
    assert missing == set()


def test_the_page_is_self_contained(page: str) -> None:
    # Served offline: no stylesheet or script is fetched from elsewhere.
    assert "<style" in page
    assert 'src="http' not in page
    assert "stylesheet" not in page or 'href="http' not in page


def test_an_unchanged_ontology_is_not_rendered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ontology = tmp_path / "onto.ttl"
    ontology.write_bytes(ontology_file().read_bytes())
    assert not docs.docs_are_current(tmp_path, ontology)
    docs.write_ontology_docs(tmp_path, "<html>v1</html>", ontology)
    assert docs.docs_are_current(tmp_path, ontology)
    ontology.write_bytes(ontology.read_bytes() + b"\n# changed\n")
    assert not docs.docs_are_current(tmp_path, ontology)


@pytest.mark.parametrize("in_another_process", [False, True])
def test_an_ontology_pylode_cannot_read_is_a_clear_error(
    tmp_path: Path, in_another_process: bool
) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix : <http://example.org/x#> .\n:a :b ", encoding="utf-8")
    with pytest.raises(BkgError) as caught:
        if in_another_process:  # as the build renders it, while it extracts
            docs.DocsRendering(broken).result()
        else:
            docs.render_ontology_docs(broken)
    assert str(caught.value).startswith(f"{broken}:2: ")


def test_served_at_ontology_and_linked_from_def(built: tuple[Path, BuildSummary]) -> None:
    client = TestClient(create_app(built[0]))
    response = client.get("/ontology")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "werkgroep" in response.text  # pyLODE shows the Dutch label of bkg:WorkingGroup
    definitions = client.get("/def", headers={"accept": "text/html"})
    assert 'href="/ontology"' in definitions.text


def test_a_store_without_documentation_answers_404(tmp_path: Path) -> None:
    store = tmp_path / "store"
    publish(store, [], check=None)
    response = TestClient(create_app(store)).get("/ontology")
    assert response.status_code == 404
    assert "benelux-kg build" in response.json()["detail"]
