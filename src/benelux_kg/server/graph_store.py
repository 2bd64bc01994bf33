"""SPARQL 1.1 Graph Store HTTP Protocol, read side: one graph at a time.

``/rdf-graphs/{path}`` names the graph ``{base}graph/{path}`` directly;
``/rdf-graphs?graph=IRI`` names any graph, ``/rdf-graphs?default`` the default graph (the
union of all graphs, as for queries). Answers go through the query workers, so the time
and size limits of ``/sparql`` hold here too.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response
from pyoxigraph import NamedNode

from ..config import Settings
from ..store import current_generation
from .executor import Executor, Job
from .negotiation import NotAcceptable, negotiate
from .sparql_routes import respond
from .state import LiveStore


def router(live: LiveStore, executor: Executor, settings: Settings) -> APIRouter:
    api = APIRouter()

    async def graph_answer(request: Request, iri: str | None) -> Response:
        """``iri`` None is the default graph."""
        if iri is not None and not live.get().contains_named_graph(NamedNode(iri)):
            raise HTTPException(404, f"there is no graph <{iri}> in this store")
        try:
            media_type, name = negotiate(
                request.headers.get("accept"), request.query_params.get("format"), graph=True
            )
        except NotAcceptable as error:
            raise HTTPException(406, str(error)) from None
        job = Job(
            generation=str(current_generation(live.store_dir)),
            fmt=name,
            max_results=settings.max_results,
            graph=iri or "",
        )
        return await respond(request, executor, settings, job, media_type)

    @api.get("/rdf-graphs", summary="A graph by IRI (?graph=IRI) or the default graph (?default)")
    async def indirect(request: Request) -> Response:
        graphs = request.query_params.getlist("graph")
        default = "default" in request.query_params
        if default == bool(graphs) or len(graphs) > 1:
            raise HTTPException(400, "name exactly one graph: ?graph=IRI or ?default")
        return await graph_answer(request, None if default else graphs[0])

    @api.get("/rdf-graphs/{path:path}", summary="A named graph of this dataset, by its path")
    async def direct(request: Request, path: str) -> Response:
        return await graph_answer(request, f"{settings.base_iri}graph/{path}")

    return api
