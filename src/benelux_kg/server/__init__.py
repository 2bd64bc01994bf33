"""HTTP service: SPARQL endpoint, REST shortcuts, linked-data pages."""

from .app import create_app

__all__ = ["create_app"]
