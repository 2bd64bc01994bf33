"""The SPARQL 1.1 Protocol endpoint at ``/sparql``: public and read-only.

A request is read (protocol, media type, size), refused when it would write (Update) or
make the server call elsewhere (``SERVICE``), negotiated (``format=`` or ``Accept``) and
only then handed to a worker process that runs it under a time and size limit. Without a
query, ``/sparql`` describes itself (SPARQL Service Description with VoID), or shows
browsers the query page.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from ..config import Settings
from ..sparql import GRAPH_FORMATS, Answer
from ..sparql_lexer import shape
from ..store import current_generation
from .executor import Executor, Job
from .negotiation import GRAPH_MEDIA_TYPES, NotAcceptable, choose, negotiate
from .query_page import render as render_query_page
from .service_description import StatisticsCache, describe
from .state import LiveStore

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
TRUNCATED_HEADER = "X-Benelux-KG-Truncated"
_UPDATE_PARAMS = ("update", "using-graph-uri", "using-named-graph-uri")
_OPENAPI_PARAMETERS: list[dict[str, Any]] = [
    {"name": "query", "in": "query", "schema": {"type": "string"}},
    {
        "name": "default-graph-uri",
        "in": "query",
        "schema": {"type": "array", "items": {"type": "string"}},
    },
    {
        "name": "named-graph-uri",
        "in": "query",
        "schema": {"type": "array", "items": {"type": "string"}},
    },
    {
        "name": "format",
        "in": "query",
        "schema": {"type": "string"},
        "description": "json, xml, csv, tsv; turtle, ntriples, jsonld, rdfxml, trig, nquads;"
        " or a media type. Wins over Accept.",
    },
]
_READ_ONLY = "this endpoint is read-only: SPARQL Update (and LOAD, CLEAR, ...) is not accepted"


def router(live: LiveStore, executor: Executor, settings: Settings) -> APIRouter:
    api = APIRouter()
    statistics = StatisticsCache()

    async def answer(request: Request, params: dict[str, list[str]]) -> Response:
        if any(name in params for name in _UPDATE_PARAMS):
            raise HTTPException(403, _READ_ONLY)
        queries = params.get("query", [])
        if len(queries) != 1:
            raise HTTPException(400, "exactly one 'query' parameter is required")
        query = queries[0]
        if len(query) > settings.max_query_length:
            raise HTTPException(
                413, f"the query is longer than the limit of {settings.max_query_length} characters"
            )
        read = shape(query)
        if read.form == "update":
            raise HTTPException(403, _READ_ONLY)
        if read.uses_service:
            raise HTTPException(
                403, "SERVICE is not allowed: this endpoint does not query other services"
            )
        graph = read.form in ("construct", "describe")
        fmt = _first(params, "format")
        try:
            media_type, name = negotiate(request.headers.get("accept"), fmt, graph=graph)
        except NotAcceptable as error:
            if read.form is not None:
                raise HTTPException(406, str(error)) from None
            media_type, name = "application/sparql-results+json", "json"  # the parser's turn
        generation = current_generation(live.store_dir)
        job = Job(
            generation=str(generation),
            fmt=name,
            max_results=settings.max_results,
            query=query,
            default_graphs=tuple(params.get("default-graph-uri", ())),
            named_graphs=tuple(params.get("named-graph-uri", ())),
            base_iri=_endpoint(request),
        )
        return await respond(request, executor, settings, job, media_type)

    @api.get(
        "/sparql",
        summary="SPARQL 1.1 query (GET); without a query, the service description",
        openapi_extra={"parameters": _OPENAPI_PARAMETERS},
    )
    async def sparql_get(request: Request) -> Response:
        params = _multi(request.query_params.multi_items())
        if "query" not in params and not any(name in params for name in _UPDATE_PARAMS):
            return await self_description(request, params)
        return await answer(request, params)

    @api.post(
        "/sparql",
        summary="SPARQL 1.1 query (POST, form or direct)",
        openapi_extra={
            "parameters": _OPENAPI_PARAMETERS[1:],
            "requestBody": {
                "content": {
                    SPARQL_QUERY: {"schema": {"type": "string"}},
                    FORM: {
                        "schema": {
                            "type": "object",
                            "properties": {p["name"]: p["schema"] for p in _OPENAPI_PARAMETERS},
                            "required": ["query"],
                        }
                    },
                }
            },
        },
    )
    async def sparql_post(request: Request) -> Response:
        media, charset = _content_type(request.headers.get("content-type"))
        params = _multi(request.query_params.multi_items())
        if media == SPARQL_UPDATE:
            raise HTTPException(403, _READ_ONLY)
        if media not in (FORM, SPARQL_QUERY):
            raise HTTPException(415, f"send the query as {FORM} or {SPARQL_QUERY}")
        if charset not in (None, "utf-8", "utf8", "us-ascii"):
            raise HTTPException(415, f"the query must be encoded as UTF-8, not {charset}")
        try:
            body = (await request.body()).decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(400, "the request body is not valid UTF-8") from None
        if media == FORM:
            for key, value in parse_qsl(body, keep_blank_values=True):
                params.setdefault(key, []).append(value)
        else:
            params.setdefault("query", []).append(body)
        return await answer(request, params)

    async def self_description(request: Request, params: dict[str, list[str]]) -> Response:
        fmt = _first(params, "format")
        accept = request.headers.get("accept")
        if not fmt and choose(accept, [*GRAPH_MEDIA_TYPES, "text/html"]) == "text/html":
            return HTMLResponse(render_query_page(), headers={"Vary": "Accept"})
        try:
            media_type, name = negotiate(accept, fmt, graph=True)
        except NotAcceptable as error:
            raise HTTPException(406, str(error)) from None
        generation = current_generation(live.store_dir)
        endpoint = _endpoint(request)
        headers = _cache_headers(settings, generation.name, "description", endpoint, media_type)
        if _matches(request.headers.get("if-none-match"), headers["ETag"]):
            return Response(status_code=304, headers=headers)
        stats = await run_in_threadpool(statistics.get, generation)
        body = describe(endpoint, stats, GRAPH_FORMATS[name])
        return Response(body, media_type=media_type, headers=headers)

    return api


async def respond(
    request: Request, executor: Executor, settings: Settings, job: Job, media_type: str
) -> Response:
    """Run ``job`` unless the client holds the answer already; headers for caches."""
    headers = _cache_headers(
        settings,
        Path(job.generation).name,
        job.query or "",
        job.graph or "",
        job.base_iri or "",
        "\x1f".join(job.default_graphs),
        "\x1f".join(job.named_graphs),
        media_type,
        str(job.max_results),
    )
    if _matches(request.headers.get("if-none-match"), headers["ETag"]):
        return Response(status_code=304, headers=headers)
    result: Answer = await executor.arun(job)
    if result.truncated:
        headers[TRUNCATED_HEADER] = "true"
    return Response(result.body, media_type=media_type, headers=headers)


def _endpoint(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


def _cache_headers(settings: Settings, generation: str, *parts: str) -> dict[str, str]:
    """An ETag over the generation and what was asked; it changes with every rebuild, so
    revalidating is cheap and never stale."""
    key = "\0".join([generation, *parts])
    etag = '"' + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + '"'
    age = settings.cache_max_age
    control = "public, no-cache" if age <= 0 else f"public, max-age={age}"
    return {"ETag": etag, "Cache-Control": control, "Vary": "Accept"}


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in tags or etag in tags


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, *parameters = (p.strip() for p in header.split(";"))
    charset = None
    for parameter in parameters:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def _first(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


def _multi(items: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in items:
        out.setdefault(key, []).append(value)
    return out
