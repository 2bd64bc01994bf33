"""Accept headers as browsers and RDF clients send them."""

from __future__ import annotations

import pytest

from benelux_kg.server.negotiation import choose

RESULTS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"]
PAGES = ["text/html", "text/turtle", "application/ld+json"]


@pytest.mark.parametrize(
    ("accept", "offered", "expected"),
    [
        (None, RESULTS, "application/sparql-results+json"),
        ("", RESULTS, "application/sparql-results+json"),
        ("*/*", RESULTS, "application/sparql-results+json"),
        (
            "text/csv;q=0.5, application/sparql-results+xml",
            RESULTS,
            "application/sparql-results+xml",
        ),
        (
            "text/*;q=0.3, text/csv;q=0",
            ["text/csv", "text/tab-separated-values"],
            "text/tab-separated-values",
        ),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", PAGES, "text/html"),
        ("text/turtle;q=0.9, application/ld+json", PAGES, "application/ld+json"),
        ("image/png", RESULTS, None),
        ("application/json;q=0", ["application/json"], None),
    ],
)
def test_choose(accept: str | None, offered: list[str], expected: str | None) -> None:
    assert choose(accept, offered) == expected
