"""The admin routes: documents added and removed over HTTP, behind a bearer token."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from fastapi.testclient import TestClient

from benelux_kg.config import Settings
from benelux_kg.namespaces import document_graph
from benelux_kg.server import create_app
from benelux_kg.store import current_name, open_read_only
from benelux_kg.validate import Report
from test_update import COMMITTEE_SENTENCE, SEEDS, Site, copy_site, corpus_state, make_site

TOKEN = "geheim-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# 003_c75309f88a2b6b39, section 3.2, as a web page
PAGE = f"""<html><head><title>Comité van Ministers</title></head><body>
<nav>Home | Instellingen</nav><main><p>{COMMITTEE_SENTENCE}</p></main>
<footer>Benelux Unie</footer></body></html>""".encode()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return make_site(tmp_path_factory.mktemp("template"), SEEDS[:2])


@pytest.fixture
def site(template: Site, tmp_path: Path) -> Site:
    return copy_site(template, tmp_path / "site")


def client_for(site: Site, token: str | None) -> Iterator[TestClient]:
    settings = Settings(admin_token=token, max_document_bytes=2000)
    with TestClient(create_app(site.store, settings, site.corpus)) as client:
        yield client


@pytest.fixture
def client(site: Site, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    # What is tested here is the HTTP layer; validation has its own tests (test_update.py).
    monkeypatch.setattr("benelux_kg.update.validate_graph", lambda data: Report(()))
    yield from client_for(site, TOKEN)


def upload(
    client: TestClient, name: str, data: bytes, headers: dict[str, str] | None = None, **form: str
) -> httpx2.Response:
    return client.post(
        "/admin/documents",
        files={"file": (name, data)},
        data=form,
        headers=AUTH if headers is None else headers,
    )


def test_without_a_configured_token_the_routes_do_not_exist(site: Site) -> None:
    for client in client_for(site, None):
        assert client.post("/admin/documents", headers=AUTH).status_code == 404
        assert client.delete(f"/admin/documents/{SEEDS[0]}", headers=AUTH).status_code == 404
    assert open_read_only(site.store).contains_named_graph(document_graph(SEEDS[0]))


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer fout"}, {"Authorization": TOKEN}]
)
def test_a_missing_or_wrong_token_is_a_401(
    client: TestClient, site: Site, headers: dict[str, str]
) -> None:
    before = current_name(site.store)
    response = client.delete(f"/admin/documents/{SEEDS[0]}", headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.headers["content-type"] == "application/problem+json"
    assert current_name(site.store) == before


def test_an_upload_is_added_and_served_at_once(client: TestClient, site: Site) -> None:
    before = client.get("/health").json()["generation"]
    response = upload(client, "comite.html", PAGE, date="2020")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["validation"] == "conforms"
    assert body["action"] == "added" and body["doc_id"] == "comite"
    assert (
        "https://w3id.org/benelux-kg/id/institution/comite-van-ministers"
        in (body["entities_merged"])
    )
    assert response.headers["location"] == "/id/document/comite"
    assert client.get("/health").json()["generation"] not in ("", before)
    assert open_read_only(site.store).contains_named_graph(document_graph("comite"))
    text = (site.corpus / "comite.txt").read_text(encoding="utf-8")
    assert text == COMMITTEE_SENTENCE


def test_the_same_file_again_is_a_409_naming_the_document(client: TestClient, site: Site) -> None:
    assert upload(client, "comite.html", PAGE).status_code == 201
    before = corpus_state(site.corpus)
    response = upload(client, "kopie.html", PAGE)
    assert response.status_code == 409
    assert "comite" in response.json()["detail"]
    assert corpus_state(site.corpus) == before


@pytest.mark.parametrize(
    ("name", "data", "status", "message"),
    [
        ("leeg.txt", b"", 400, "empty"),
        ("latin1.txt", "Comité".encode("latin-1"), 400, "invalid UTF-8"),
        ("scan.pdf", b"%PDF-1.4\n%%EOF\n", 400, "PDF"),
        ("groot.txt", COMMITTEE_SENTENCE.encode() * 50, 413, "limit of 2000"),
        ("verslag.docx", b"PK\x03\x04", 400, "unknown document format"),
    ],
)
def test_bad_uploads_change_nothing(
    client: TestClient, site: Site, name: str, data: bytes, status: int, message: str
) -> None:
    before = corpus_state(site.corpus), current_name(site.store)
    response = upload(client, name, data)
    assert response.status_code == status
    assert message in response.json()["detail"]
    assert (corpus_state(site.corpus), current_name(site.store)) == before


def test_delete_removes_the_document(client: TestClient, site: Site) -> None:
    response = client.delete(f"/admin/documents/{SEEDS[0]}", headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["action"] == "removed"
    assert not open_read_only(site.store).contains_named_graph(document_graph(SEEDS[0]))
    assert not (site.corpus / f"{SEEDS[0]}.txt").exists()
    again = client.delete(f"/admin/documents/{SEEDS[0]}", headers=AUTH)
    assert again.status_code == 404
    assert again.headers["content-type"] == "application/problem+json"


def test_an_upload_larger_than_the_query_body_limit_still_arrives(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("benelux_kg.update.validate_graph", lambda data: Report(()))
    settings = Settings(admin_token=TOKEN, max_body_bytes=500, max_document_bytes=5000)
    document = (COMMITTEE_SENTENCE + "\n") * (1500 // len(COMMITTEE_SENTENCE) + 1)
    assert 500 < len(document.encode()) < 5000
    with TestClient(create_app(site.store, settings, site.corpus)) as client:
        response = upload(client, "groot.txt", document.encode())
        assert response.status_code == 201, response.text
        query = client.post("/sparql", data={"query": "ASK {}" + " " * 600})
        assert query.status_code == 413


def test_a_server_without_admin_routes_does_not_load_what_they_need(tmp_path: Path) -> None:
    # The extractor, the validator and rdflib cost a read-only server ~25 MB and half its
    # start-up time; only the admin routes use them.
    code = (
        "import sys; from pathlib import Path; "
        "from benelux_kg.config import Settings; "
        "from benelux_kg.server.app import create_app; "
        f"create_app(Path({str(tmp_path)!r}), Settings(admin_token=None)); "
        "heavy = ('rdflib', 'pyshacl', 'benelux_kg.extract', 'benelux_kg.validate'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
