"""Operators' routes: add, replace and remove documents over HTTP.

They exist only when the deployment configures a token (``BENELUX_KG_ADMIN_TOKEN``), and
every request must carry it as ``Authorization: Bearer {token}``. Each change is the same
atomic update as ``benelux-kg add`` / ``benelux-kg remove``; readers see it on their next
request.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Header, HTTPException, UploadFile
from fastapi.responses import JSONResponse

from ..config import Settings
from ..ingest import TooLarge, ingest_bytes
from ..update import add_document, remove_document

_CHUNK = 1 << 20


def router(settings: Settings, corpus_dir: Path, store_dir: Path) -> APIRouter:
    token = settings.admin_token or ""

    def authorised(authorization: Annotated[str | None, Header()] = None) -> None:
        scheme, _, given = (authorization or "").partition(" ")
        if (
            not token
            or scheme.lower() != "bearer"
            or not hmac.compare_digest(given.strip().encode(), token.encode())
        ):
            raise HTTPException(
                401, "a valid admin bearer token is required", {"WWW-Authenticate": "Bearer"}
            )

    api = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(authorised)])

    @api.post("/documents", status_code=201, summary="Add or replace a document")
    def add(
        file: Annotated[UploadFile, File(description="The document: .txt, .md, .html, .pdf")],
        title: Annotated[str | None, Form()] = None,
        date: Annotated[str | None, Form()] = None,
        publisher: Annotated[str | None, Form()] = None,
        type: Annotated[str | None, Form()] = None,
        language: Annotated[str | None, Form()] = None,
        source: Annotated[str | None, Form()] = None,
    ) -> JSONResponse:
        name = file.filename or "upload"
        data = _read(file, settings.max_document_bytes, name)
        fields = dict(
            title=title, date=date, publisher=publisher, type=type, language=language, source=source
        )
        metadata = {k: v for k, v in fields.items() if v}
        ingested = ingest_bytes(name, data, max_bytes=settings.max_document_bytes)
        summary = add_document(corpus_dir, store_dir, ingested, metadata)
        status = 201 if summary.action == "added" else 200
        return _answer(summary.as_json(), status, ingested.doc_id)

    @api.delete("/documents/{doc_id}", summary="Remove a document")
    def remove(doc_id: str) -> JSONResponse:
        return _answer(remove_document(corpus_dir, store_dir, doc_id).as_json(), 200, doc_id)

    return api


def _read(file: UploadFile, limit: int, name: str) -> bytes:
    parts: list[bytes] = []
    size = 0
    while chunk := file.file.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"more than the limit of {limit} bytes", source=name)
        parts.append(chunk)
    return b"".join(parts)


def _answer(body: dict[str, Any], status: int, doc_id: str) -> JSONResponse:
    headers = {"Location": f"/id/document/{doc_id}"} if status == 201 else None
    return JSONResponse(body, status_code=status, headers=headers)
