"""The FastAPI application: a thin layer over the store."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from .. import __version__
from . import errors, sparql_routes
from .state import LiveStore


def create_app(store_dir: Path) -> FastAPI:
    live = LiveStore(store_dir)
    app = FastAPI(
        title="benelux-kg",
        version=__version__,
        description="The Benelux Union knowledge graph: SPARQL 1.1, REST shortcuts, linked data.",
    )
    errors.install(app)
    app.include_router(sparql_routes.router(live))

    @app.get("/health", summary="Liveness and the generation in service")
    async def health() -> dict[str, str]:
        return {"status": "ok", "generation": live.generation}

    return app
