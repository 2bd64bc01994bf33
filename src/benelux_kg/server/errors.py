"""Errors as RFC 9457 problem details; never a stack trace."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import BkgError, QueryError

PROBLEM = "application/problem+json"


def problem(status: int, title: str, detail: str, **extra: Any) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def install(app: FastAPI) -> None:
    @app.exception_handler(BkgError)
    async def _bkg(_: Request, error: BkgError) -> JSONResponse:
        extra: dict[str, Any] = {}
        if isinstance(error, QueryError) and error.position:
            extra["line"], extra["column"] = error.position
        return problem(error.http_status, error.title, str(error), **extra)

    @app.exception_handler(HTTPException)
    async def _http(_: Request, error: HTTPException) -> JSONResponse:
        response = problem(error.status_code, _reason(error.status_code), str(error.detail))
        for key, value in (error.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "parameter": ".".join(str(p) for p in e["loc"][1:]) or str(e["loc"]),
                "message": e["msg"],
            }
            for e in error.errors()
        ]
        names = ", ".join(e["parameter"] for e in errors)
        return problem(422, "Invalid parameters", f"invalid parameter(s): {names}", errors=errors)


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
