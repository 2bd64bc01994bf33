"""REST shortcuts: the one generic layer that turns every ``queries/*.rq`` into a route.

A route validates its parameters with the types its header declares (bad ones are a 422
naming the parameter), binds them to the query as RDF terms, runs the query on the live
store and answers JSON (default), JSON-LD (with the context at ``/context.jsonld``) or,
for lists, CSV; lists are paged with ``limit``/``offset``, ``X-Total-Count`` and RFC 8288
``Link`` headers.
"""

from __future__ import annotations

import csv
import inspect
import io
import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi import Path as PathParam
from fastapi import Query as QueryParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from pyoxigraph import Literal as RdfLiteral
from pyoxigraph import NamedNode
from starlette.concurrency import run_in_threadpool

from ..config import Settings
from ..resources import queries_dir
from ..store import current_generation
from .executor import Executor, Job, Page
from .negotiation import choose
from .shortcuts import IRI, SLUG, Param, Record, Shortcut, load_shortcuts, run, to_term
from .state import LiveStore

JSON = "application/json"
JSONLD = "application/ld+json"
CSV = "text/csv"
FORMATS = {"json": JSON, "jsonld": JSONLD, "csv": CSV}
CONTEXT_FILE = Path(__file__).resolve().parents[1] / "web" / "static" / "context.jsonld"
MAX_OFFSET = 1_000_000
_PROBLEM = {
    "description": "A problem (RFC 9457)",
    "content": {"application/problem+json": {"schema": {"type": "object"}}},
}
_TIMEOUT = {
    **_PROBLEM,
    "description": "The query ran over the time limit, or every worker was busy",
}


def router(
    live: LiveStore,
    settings: Settings | None = None,
    directory: Path | None = None,
    executor: Executor | None = None,
) -> APIRouter:
    """A route for every named query of ``directory`` (default: the project's queries/).

    With an ``executor`` (as the server runs them), each query runs in a query worker under
    the SPARQL endpoint's time limit; without one, in this process (for embedding and tests).
    """
    settings = settings or Settings.from_env()
    api = APIRouter()

    @api.get(
        "/context.jsonld",
        name="jsonld_context",
        summary="The JSON-LD context of every REST response",
        tags=["linked data"],
        response_class=FileResponse,
    )
    def context() -> FileResponse:
        return FileResponse(CONTEXT_FILE, media_type=JSONLD)

    for shortcut in load_shortcuts(directory or queries_dir()):
        api.add_api_route(
            shortcut.path,
            _endpoint(shortcut, live, settings, executor),
            methods=["GET"],
            name=shortcut.name,
            operation_id=shortcut.name.replace("-", "_"),
            summary=shortcut.summary,
            description=_describe(shortcut),
            tags=list(shortcut.tags) or ["shortcuts"],
            response_class=Response,
            responses=_responses(shortcut),
        )
    return api


def _endpoint(
    shortcut: Shortcut, live: LiveStore, settings: Settings, executor: Executor | None
) -> Any:
    async def page(bindings: dict[str, Any], offset: int, limit: int) -> Page:
        if executor is None:
            return await run_in_threadpool(run, shortcut, live.get(), bindings, offset, limit)
        generation = str(current_generation(live.store_dir))
        items = tuple(bindings.items())
        job = Job(generation, "", 0, shortcut=shortcut, bindings=items, offset=offset, limit=limit)
        return await executor.arun_page(job)

    async def endpoint(request: Request, **values: Any) -> Response:
        fmt: str | None = values.pop("format", None)
        limit: int = values.pop("limit", shortcut.page_size)
        offset: int = values.pop("offset", 0)
        media = _media(request, fmt, shortcut.item)
        bindings = _bindings(shortcut, values, settings.base_iri)
        store = live.get()
        for p in shortcut.params:
            node = bindings.get(p.name)
            if p.in_path and isinstance(node, NamedNode) and _unknown(store, node):
                raise HTTPException(404, _not_found(shortcut, values, node))
        if shortcut.item:
            _, records = await page(bindings, 0, 1)
            if not records:
                raise HTTPException(404, _not_found(shortcut, values))
            return _single(request, media, records[0])
        total, records = await page(bindings, offset, limit)
        return _page(request, media, shortcut, total, limit, offset, records)

    parameters = [inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request)]
    parameters += [_signature_parameter(p) for p in shortcut.params]
    formats = ("json", "jsonld") if shortcut.item else ("json", "jsonld", "csv")
    fmt_doc = "Response format; overrides the Accept header"
    parameters.append(
        _keyword("format", Literal[formats] | None, QueryParam(description=fmt_doc), None)
    )
    if not shortcut.item:
        limit_doc = f"Page size (default {shortcut.page_size}, at most {shortcut.max_page_size})"
        limit_spec = QueryParam(ge=1, le=shortcut.max_page_size, description=limit_doc)
        offset_spec = QueryParam(ge=0, le=MAX_OFFSET, description="Records to skip")
        parameters.append(_keyword("limit", int, limit_spec, shortcut.page_size))
        parameters.append(_keyword("offset", int, offset_spec, 0))
    endpoint.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    endpoint.__name__ = shortcut.name.replace("-", "_")
    return endpoint


def _keyword(name: str, kind: Any, spec: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, annotation=Annotated[kind, spec], default=default
    )


def _signature_parameter(p: Param) -> inspect.Parameter:
    kind: Any
    constraints: dict[str, Any] = {}
    if p.type == "text":
        kind, constraints = str, {"min_length": 1, "max_length": 200}
    elif p.type == "integer":
        kind, constraints = int, {"ge": -(2**31), "le": 2**31 - 1}
    elif p.type == "year":
        kind, constraints = int, {"ge": 1000, "le": 9999}
    elif p.type == "boolean":
        kind = bool
    elif p.type == "date":
        kind = date
    elif p.type == "class":
        kind = Literal[p.choices]
    else:
        ident = SLUG if p.argument else rf"[a-z][a-z-]*/{SLUG}"
        pattern = IRI if p.type == "iri" else f"(?:{IRI}|{ident})"
        kind, constraints = str, {"pattern": f"^{pattern}$", "max_length": 500}
    doc = p.description or None
    spec = (
        PathParam(description=doc, **constraints)
        if p.in_path
        else QueryParam(description=doc, **constraints)
    )
    if p.required:
        default: Any = inspect.Parameter.empty
    elif p.default is not None:
        default = p.default if kind in (str, bool, date) or p.type == "class" else int(p.default)
    else:
        kind, default = kind | None, None
    return _keyword(p.name, kind, spec, default)


def _bindings(shortcut: Shortcut, values: dict[str, Any], base: str) -> dict[str, Any]:
    bindings: dict[str, NamedNode | RdfLiteral] = {}
    for p in shortcut.params:
        value = values.get(p.name)
        if value is None:
            continue
        try:
            bindings[p.name] = to_term(p, value, base)
        except ValueError as error:
            where = "path" if p.in_path else "query"
            raise RequestValidationError(
                [{"loc": (where, p.name), "msg": str(error), "type": "value_error"}]
            ) from None
    return bindings


def _unknown(store: Any, node: NamedNode) -> bool:
    return next(iter(store.quads_for_pattern(node, None, None, None)), None) is None


def _not_found(shortcut: Shortcut, values: dict[str, Any], node: NamedNode | None = None) -> str:
    shown = {k: v for k, v in values.items() if v is not None}
    if shortcut.not_found:
        try:
            return shortcut.not_found.format(**shown)
        except (KeyError, IndexError, ValueError):
            pass
    if node is not None:
        return f"nothing is known of <{node.value}>; look for ids with /api/search?q=..."
    return f"nothing matches {shown}; look for ids with /api/search?q=..."


def _media(request: Request, fmt: str | None, item: bool) -> str:
    if fmt:
        return FORMATS[fmt]
    offered = [JSON, JSONLD] if item else [JSON, JSONLD, CSV]
    chosen = choose(request.headers.get("accept"), offered)
    if chosen is None:
        raise HTTPException(406, f"this resource is available as {', '.join(offered)}")
    return chosen


def _single(request: Request, media: str, record: Record) -> Response:
    headers = {"Vary": "Accept"}
    if media == JSONLD:
        body = {"@context": str(request.url_for("jsonld_context")), **record}
        return Response(json.dumps(body, ensure_ascii=False), media_type=JSONLD, headers=headers)
    return JSONResponse(record, headers=headers)


def _page(
    request: Request,
    media: str,
    shortcut: Shortcut,
    total: int,
    limit: int,
    offset: int,
    records: list[Record],
) -> Response:
    headers = {
        "Vary": "Accept",
        "X-Total-Count": str(total),
        "Link": _links(request, total, limit, offset),
    }
    if media == CSV:
        return Response(_csv(shortcut, records), media_type=CSV, headers=headers)
    body: dict[str, Any] = {"total": total, "limit": limit, "offset": offset, "items": records}
    if media == JSONLD:
        context = str(request.url_for("jsonld_context"))
        body = {"@context": context, "@id": str(request.url), "@type": "Collection", **body}
        return Response(json.dumps(body, ensure_ascii=False), media_type=JSONLD, headers=headers)
    return JSONResponse(body, headers=headers)


def _links(request: Request, total: int, limit: int, offset: int) -> str:
    def url(at: int) -> str:
        return str(request.url.include_query_params(limit=limit, offset=at))

    last = max(0, (total - 1) // limit * limit)
    links = [("first", 0), ("last", last)]
    if offset > 0:
        links.append(("prev", max(0, min(offset - limit, last))))
    if offset + limit < total:
        links.append(("next", offset + limit))
    return ", ".join(f'<{url(at)}>; rel="{rel}"' for rel, at in links)


def _csv(shortcut: Shortcut, records: list[Record]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(shortcut.field_names)
    for record in records:
        writer.writerow([_cell(record.get(f)) for f in shortcut.field_names])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " | ".join(_cell(v) if not isinstance(v, dict) else json.dumps(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _describe(shortcut: Shortcut) -> str:
    parts = [shortcut.description] if shortcut.description else []
    fields = ", ".join(f"`{f}`" for f in shortcut.field_names)
    shape = "one record" if shortcut.item else "a page of records"
    parts.append(f"Returns {shape} with the fields {fields}.")
    parts.append(f"Defined by `queries/{Path(shortcut.source).name}`.")
    return "\n\n".join(parts)


def _record_schema(shortcut: Shortcut) -> dict[str, Any]:
    properties: dict[str, Any] = {f: {} for f in shortcut.fields}
    for nest in shortcut.lists:
        element: dict[str, Any] = (
            {}
            if nest.scalar
            else {"type": "object", "properties": {k: {} for k, _ in nest.columns}}
        )
        properties[nest.name] = {"type": "array", "items": element}
    return {"type": "object", "properties": properties, "required": list(shortcut.field_names)}


def _responses(shortcut: Shortcut) -> dict[int | str, dict[str, Any]]:
    record = _record_schema(shortcut)
    if shortcut.item:
        content = {JSON: {"schema": record}, JSONLD: {"schema": {"type": "object"}}}
        return {
            200: {"description": "The record", "content": content},
            404: _PROBLEM,
            406: _PROBLEM,
            422: _PROBLEM,
            503: _TIMEOUT,
        }
    page = {
        "type": "object",
        "required": ["total", "limit", "offset", "items"],
        "properties": {
            "total": {"type": "integer"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
            "items": {"type": "array", "items": record},
        },
    }
    headers = {
        "X-Total-Count": {"description": "Records in all pages", "schema": {"type": "integer"}},
        "Link": {"description": "RFC 8288 first, last, prev, next", "schema": {"type": "string"}},
    }
    content = {
        JSON: {"schema": page},
        JSONLD: {"schema": {"type": "object"}},
        CSV: {"schema": {"type": "string"}},
    }
    responses: dict[int | str, dict[str, Any]] = {
        200: {"description": "A page of records", "headers": headers, "content": content},
        406: _PROBLEM,
        422: _PROBLEM,
        503: _TIMEOUT,
    }
    if any(p.in_path and p.type == "id" for p in shortcut.params):
        responses[404] = _PROBLEM
    return responses
