"""Settings of a deployment, from the environment (``BENELUX_KG_*``).

One frozen value, read once at start-up and handed to whatever needs it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .errors import InputError
from .namespaces import BASE


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise InputError(f"{name} must be a whole number, not {raw!r}") from None


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise InputError(f"{name} must be a number, not {raw!r}") from None


def _list(name: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in os.environ.get(name, "").split(",") if v.strip())


@dataclass(frozen=True)
class Settings:
    # Where minted IRIs live; a deployment elsewhere still serves these IRIs.
    base_iri: str = BASE
    # SPARQL endpoint limits.
    query_timeout: float = 10.0  # seconds a query may run before it is stopped
    max_results: int = 10_000  # rows (or triples) returned before truncation
    max_query_length: int = 20_000  # characters of a query
    max_body_bytes: int = 1_000_000  # bytes of a request body
    query_workers: int = 2  # processes that run queries
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    cache_max_age: int = 0  # seconds a client may reuse a query result unchecked
    # Operators' token for /admin; without it the admin routes do not exist.
    admin_token: str | None = None
    max_document_bytes: int = 50_000_000

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            base_iri=os.environ.get("BENELUX_KG_BASE_IRI", BASE),
            query_timeout=_float("BENELUX_KG_QUERY_TIMEOUT", cls.query_timeout),
            max_results=_int("BENELUX_KG_MAX_RESULTS", cls.max_results),
            max_query_length=_int("BENELUX_KG_MAX_QUERY_LENGTH", cls.max_query_length),
            max_body_bytes=_int("BENELUX_KG_MAX_BODY_BYTES", cls.max_body_bytes),
            query_workers=_int("BENELUX_KG_QUERY_WORKERS", cls.query_workers),
            cors_origins=_list("BENELUX_KG_CORS_ORIGINS"),
            cache_max_age=_int("BENELUX_KG_CACHE_MAX_AGE", cls.cache_max_age),
            admin_token=os.environ.get("BENELUX_KG_ADMIN_TOKEN") or None,
            max_document_bytes=_int("BENELUX_KG_MAX_DOCUMENT_BYTES", cls.max_document_bytes),
        )
