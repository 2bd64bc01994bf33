"""The FastAPI application: a thin layer over the store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..config import Settings
from . import errors, graph_store, pages, rest, sparql_routes
from .body_limit import BodyLimit
from .executor import Executor
from .state import LiveStore

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"


def create_app(
    store_dir: Path, settings: Settings | None = None, corpus_dir: Path | None = None
) -> FastAPI:
    settings = settings or Settings.from_env()
    live = LiveStore(store_dir)
    executor = Executor(settings.query_workers, settings.query_timeout)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        executor.open()
        yield
        executor.close()  # the query workers end with the server

    app = FastAPI(
        title="benelux-kg",
        version=__version__,
        description="The Benelux Union knowledge graph: SPARQL 1.1, REST shortcuts, linked data.",
        lifespan=lifespan,
    )
    app.state.executor = executor
    errors.install(app)
    app.add_middleware(
        BodyLimit,
        limit=settings.max_body_bytes,
        # An upload carries a whole document; the admin route checks it against its own limit.
        overrides={"/admin/": settings.max_document_bytes + 1_000_000},
    )
    if settings.cors_origins:  # without origins to allow, CORS would only cost time
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Accept", "Content-Type", "If-None-Match"],
            expose_headers=["ETag", sparql_routes.TRUNCATED_HEADER],
            max_age=3600,
        )

    # First, so that a liveness probe does not walk every other route to find its own.
    @app.get("/health", summary="Liveness and the generation in service")
    async def health() -> dict[str, str]:
        return {"status": "ok", "generation": live.generation}

    if settings.admin_token:  # without a token, the admin routes do not exist at all
        # Imported here: the routes need the extractor, the validator and rdflib, which a
        # read-only server does without (about 25 MB and half its start-up time).
        from ..corpus import default_corpus_dir
        from .admin import router as admin_router

        app.include_router(admin_router(settings, corpus_dir or default_corpus_dir(), store_dir))
    app.include_router(sparql_routes.router(live, executor, settings))
    app.include_router(graph_store.router(live, executor, settings))
    app.include_router(rest.router(live, settings, executor=executor))
    app.include_router(pages.router(live, settings))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
