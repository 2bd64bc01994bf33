"""Schemathesis against our own OpenAPI description: no input gives a server error, and
every answer is one the description documents (status, media type, headers, JSON shape).

Bounded: a few dozen generated examples per operation, on the REST shortcuts and the
linked-data pages only (the SPARQL endpoint has tests of its own).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from benelux_kg.server import create_app
from test_rest import seeded_store

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
OURS = r"^/(api/|id/|def|graph/|search|context\.jsonld|$)"
# The app reads its store lazily, at the first request: the schema can be loaded (and the
# tests generated) before the fixture below has built the store.
WORKSPACE = Path(tempfile.mkdtemp(prefix="bkg-fuzz-"))
atexit.register(shutil.rmtree, WORKSPACE, True)  # also when these tests are deselected
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(WORKSPACE / "store")).include(
    path_regex=OURS
)


@pytest.fixture(scope="module", autouse=True)
def store() -> Iterator[Path]:
    yield seeded_store(WORKSPACE)
    shutil.rmtree(WORKSPACE, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_no_input_gives_a_server_error(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=CHECKS)
