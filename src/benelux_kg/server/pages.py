"""Linked-data pages: every IRI of the graph dereferences here.

``/id/...`` (entities), ``/def`` (the ontology; ``/def/{Term}`` redirects to ``/def#Term``)
and ``/graph/...`` (named graphs) answer HTML to browsers and Turtle, JSON-LD or
N-Triples by ``Accept``; a suffix (``.html``, ``.ttl``, ``.jsonld``, ``.json``, ``.nt``)
picks the format instead. A request for ``/id/x`` looks up ``{base_iri}id/x``
(``Settings.base_iri``), so a deployment on any host serves the published IRIs, and
links in pages point back to this server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyoxigraph import Literal, NamedNode, QueryTriples, RdfFormat, serialize

from ..config import Settings
from ..docs import ontology_docs_path
from ..namespaces import PREFIXES
from ..resources import queries_dir
from . import describe, diagram
from .negotiation import choose
from .shortcuts import Shortcut, load_shortcuts, run
from .state import LiveStore

HTML = "text/html"
TURTLE = "text/turtle"
JSONLD = "application/ld+json"
NTRIPLES = "application/n-triples"
JSON = "application/json"
OFFERED = [HTML, TURTLE, JSONLD, NTRIPLES, JSON]
SUFFIXES = {".html": HTML, ".ttl": TURTLE, ".jsonld": JSONLD, ".json": JSONLD, ".nt": NTRIPLES}
RDF_FORMATS = {TURTLE: RdfFormat.TURTLE, JSONLD: RdfFormat.JSON_LD, NTRIPLES: RdfFormat.N_TRIPLES}
TEMPLATES = Path(__file__).resolve().parents[1] / "web" / "templates"
_environment = Environment(
    loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]), trim_blocks=True
)
_TYPE_PATTERN = "^[A-Za-z][A-Za-z0-9]*$"
_PAGE = {"description": "An HTML page", "content": {HTML: {"schema": {"type": "string"}}}}
_DATA = {
    "description": "The resource: HTML by default, RDF by Accept or suffix",
    "content": {m: {"schema": {"type": "string"}} for m in (HTML, *RDF_FORMATS)},
}
_GONE = {
    "description": "Nothing in the graph has this IRI",
    "content": {HTML: {"schema": {"type": "string"}}, "application/problem+json": {}},
}
_DATA_ROUTE: dict[str, Any] = {
    "response_class": HTMLResponse,
    "responses": {200: _DATA, 404: _GONE},
}


def router(
    live: LiveStore, settings: Settings | None = None, directory: Path | None = None
) -> APIRouter:
    settings = settings or Settings.from_env()
    base = settings.base_iri
    shortcuts = {s.name: s for s in load_shortcuts(directory or queries_dir())}
    api = APIRouter(tags=["linked data"])

    @api.get(
        "/", summary="Home page: counts per class and entry points", response_class=HTMLResponse
    )
    def home(request: Request) -> Response:
        classes = _records(shortcuts.get("classes"), live)
        graphs = describe.graphs(live.get())
        context = {"classes": classes, "graphs": graphs, "shortcuts": shortcuts.values()}
        return _html(request, base, "home.html", **context)

    @api.get(
        "/search",
        summary="Search page (HTML form, works without JavaScript)",
        response_class=HTMLResponse,
        responses={200: _PAGE, 422: {"content": {"application/problem+json": {}}}},
    )
    def search(
        request: Request,
        q: Annotated[str | None, Query(max_length=200, description="Words to look for")] = None,
        type: Annotated[
            str | None, Query(pattern=_TYPE_PATTERN, max_length=60, description="A bkg: class")
        ] = None,
    ) -> Response:
        q = (q or "").strip() or None
        store = live.get()
        found: list[dict[str, Any]] = []
        total = 0
        shortcut = shortcuts.get("search")
        if q and shortcut is not None:
            bindings: dict[str, NamedNode | Literal] = {"q": Literal(q)}
            if type and any(type in p.choices for p in shortcut.params if p.name == "type"):
                bindings["type"] = NamedNode(base + "def#" + type)
            total, found = run(shortcut, store, bindings, 0, 200)
        elif type:
            total, found = describe.instances(store, NamedNode(base + "def#" + type))
        choices = [p.choices for p in (shortcut.params if shortcut else ()) if p.name == "type"]
        context = {"q": q or "", "type": type or "", "found": found, "total": total}
        context["types"] = choices[0] if choices else ()
        return _html(request, base, "search.html", **context)

    @api.get(
        "/id/{path:path}", summary="An entity (HTML, Turtle, JSON-LD, N-Triples)", **_DATA_ROUTE
    )
    def entity(request: Request, path: str) -> Response:
        path, media = _negotiate(request, path)
        iri = _iri(base + "id/" + path)
        store = live.get()
        if iri is None:
            return _missing(request, base, base + "id/" + path, media)
        if media != HTML:
            return _rdf(describe.triples(store, iri), media, f"/id/{path}")
        view = describe.entity(store, iri)
        if view is None:
            return _missing(request, base, iri.value, media)
        svg = diagram.render(view.title, describe.edges(view, _linker(request, base)))
        return _html(
            request, base, "entity.html", view=view, diagram=Markup(svg), path=f"/id/{path}"
        )

    def ontology(request: Request, media: str) -> Response:
        graph = NamedNode(base + "graph/ontology")
        store = live.get()
        if media != HTML:
            return _rdf(describe.graph_triples(store, graph), media, "/def")
        terms = describe.terms(store, graph, base + "def#")
        return _html(request, base, "ontology.html", terms=terms, path="/def")

    @api.get("/def", summary="The ontology (HTML, Turtle, JSON-LD, N-Triples)", **_DATA_ROUTE)
    def definitions(request: Request) -> Response:
        return ontology(request, _negotiate(request, "")[1])

    for suffix, media_type in SUFFIXES.items():
        api.add_api_route(
            "/def" + suffix,
            _fixed(ontology, media_type),
            methods=["GET"],
            summary=f"The ontology as {media_type}",
            name=f"ontology_{suffix[1:]}",
            response_class=Response,
            responses={200: {"description": "The ontology", "content": {media_type: {}}}},
        )

    @api.get(
        "/def/{term}",
        summary="An ontology term: redirects to /def#{term}",
        response_class=RedirectResponse,
        status_code=303,
        responses={303: {"description": "See /def#{term}"}},
    )
    def term(term: str) -> RedirectResponse:
        name, media = _negotiate_suffix(term)
        suffix = next((s for s, m in SUFFIXES.items() if m == media), "") if media else ""
        return RedirectResponse(f"/def{suffix}#{name}", status_code=303)

    @api.get(
        "/ontology",
        summary="The ontology's documentation, written by pyLODE at build time",
        response_class=HTMLResponse,
        responses={404: {"description": "The store was built without documentation"}},
    )
    def ontology_documentation() -> Response:
        page = ontology_docs_path(live.store_dir)
        if not page.is_file():
            from .errors import problem

            return problem(
                404, "Not Found", "no ontology documentation: run `benelux-kg build` to write it"
            )
        return FileResponse(page, media_type="text/html; charset=utf-8")

    @api.get(
        "/graph/{path:path}",
        summary="A named graph (HTML, Turtle, JSON-LD, N-Triples)",
        **_DATA_ROUTE,
    )
    def graph(request: Request, path: str) -> Response:
        path, media = _negotiate(request, path)
        iri = _iri(base + "graph/" + path)
        store = live.get()
        size = 0 if iri is None else describe.graph_size(store, iri)
        if iri is None or size == 0:
            return _missing(request, base, base + "graph/" + path, media)
        if media != HTML:
            return _rdf(describe.graph_triples(store, iri), media, f"/graph/{path}")
        members = describe.graph_members(store, iri)
        context = {"iri": iri.value, "size": size, "members": members, "path": f"/graph/{path}"}
        return _html(request, base, "graph.html", **context)

    return api


def _fixed(handler: Any, media_type: str) -> Any:
    def endpoint(request: Request) -> Response:
        return handler(request, media_type)  # type: ignore[no-any-return]

    return endpoint


def _negotiate_suffix(path: str) -> tuple[str, str | None]:
    for suffix, media_type in SUFFIXES.items():
        if path.endswith(suffix):
            return path[: -len(suffix)], media_type
    return path, None


def _negotiate(request: Request, path: str) -> tuple[str, str]:
    """The path without its format suffix, and the media type to answer."""
    path, media_type = _negotiate_suffix(path)
    if media_type:
        return path, media_type
    chosen = choose(request.headers.get("accept"), OFFERED)
    return path, JSONLD if chosen in (None, JSON) else chosen


def _iri(text: str) -> NamedNode | None:
    try:
        return NamedNode(text)
    except ValueError:  # not an IRI at all: nothing of ours can have it
        return None


def _rdf(result: QueryTriples, media: str, path: str) -> Response:
    triples = list(result)
    if not triples:
        return _problem404(path)  # an IRI nothing in the graph mentions
    body = serialize(triples, format=RDF_FORMATS[media], prefixes=PREFIXES) or b""
    return Response(body, media_type=RDF_FORMATS[media].media_type, headers={"Vary": "Accept"})


def _problem404(path: str) -> Response:
    from .errors import problem

    response = problem(404, "Not Found", f"nothing in the graph has the IRI {path}")
    response.headers["Vary"] = "Accept"
    return response


def _missing(request: Request, base: str, iri: str, media: str) -> Response:
    if media != HTML:
        return _problem404(iri)
    return _html(request, base, "missing.html", iri=iri, status_code=404)


def _records(shortcut: Shortcut | None, live: LiveStore) -> list[dict[str, Any]]:
    if shortcut is None:
        return []
    return run(shortcut, live.get(), {}, 0, 1000)[1]


def _linker(request: Request, base: str) -> describe.Linker:
    return describe.Linker(base, request.scope.get("root_path", ""))


def _html(request: Request, base: str, template: str, **context: Any) -> HTMLResponse:
    status_code = int(context.pop("status_code", 200))
    link = _linker(request, base)
    body = _environment.get_template(template).render(
        link=link.href, curie=link.curie, request=request, base=base, **context
    )
    headers = {"Vary": "Accept"}
    path = context.get("path")
    if path:
        headers["Link"] = ", ".join(
            f'<{path}{s}>; rel="alternate"; type="{m}"' for s, m in SUFFIXES.items() if s != ".json"
        )
    return HTMLResponse(body, status_code=status_code, headers=headers)
