"""The SPARQL 1.1 Protocol endpoint at ``/sparql``."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response

from ..sparql import execute, serialize_result
from .state import LiveStore

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"


def router(live: LiveStore) -> APIRouter:
    api = APIRouter()

    async def answer(request: Request, params: dict[str, list[str]]) -> Response:
        queries = params.get("query", [])
        if len(queries) != 1:
            raise HTTPException(400, "exactly one 'query' parameter is required")
        fmt = params["format"][0] if params.get("format") else None
        result = execute(
            live.get(),
            queries[0],
            default_graphs=params.get("default-graph-uri"),
            named_graphs=params.get("named-graph-uri"),
        )
        answer = serialize_result(result, fmt)
        return Response(answer.body, media_type=answer.media_type)

    @api.get("/sparql", summary="SPARQL 1.1 query (GET)")
    async def sparql_get(request: Request) -> Response:
        return await answer(request, _multi(request.query_params.multi_items()))

    @api.post("/sparql", summary="SPARQL 1.1 query (POST)")
    async def sparql_post(request: Request) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        params = _multi(request.query_params.multi_items())
        if content_type == FORM:
            form = await request.form()
            for key, value in form.multi_items():
                params.setdefault(key, []).append(str(value))
        elif content_type == SPARQL_QUERY:
            params["query"] = [(await request.body()).decode("utf-8", errors="replace")]
        else:
            raise HTTPException(415, f"send the query as {FORM} or {SPARQL_QUERY}")
        return await answer(request, params)

    return api


def _multi(items: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in items:
        out.setdefault(key, []).append(value)
    return out
