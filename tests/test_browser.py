"""A real browser (headless Chromium) renders the home and an entity page.

Skipped where Chromium is not installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import re
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_cli import serving
from test_rest import seeded_store

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="headless Chromium is not installed (/usr/bin/chromium)"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(seeded_store(tmp_path_factory.mktemp("browser"))) as (url, _):
        yield url


def dom(url: str, profile: Path) -> str:
    """The DOM Chromium builds for ``url``."""
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
    )
    return done.stdout


def test_home_page_renders_and_links(server: str, tmp_path: Path) -> None:
    page = dom(server + "/", tmp_path)
    assert "<h1>The Benelux Union knowledge graph</h1>" in page
    assert "<script" not in page  # nothing needs JavaScript
    assert re.search(r'<form class="search" action="/search" method="get"', page)
    assert 'href="/sparql"' in page and 'href="/docs"' in page
    assert re.search(r'href="/search\?type=Institution"', page)
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', page)
    assert stylesheet is not None
    with urllib.request.urlopen(server + stylesheet.group(1), timeout=5) as response:
        assert response.status == 200
    # the search form works without JavaScript: a GET to /search?q=...
    results = dom(server + "/search?q=Benelux-Parlement", tmp_path)
    assert 'href="/id/institution/benelux-parlement"' in results


def test_entity_page_renders_and_its_links_lead_on(server: str, tmp_path: Path) -> None:
    page = dom(server + "/id/instrument/m-2015-15", tmp_path)
    assert "<h1>M(2015)15</h1>" in page
    assert "<script" not in page
    assert '<blockquote class="evidence"' in page
    svg = re.search(r"<svg[^>]*>.*?</svg>", page, re.S)
    assert svg is not None, "the diagram is part of the page"
    target = re.search(r'<a href="(/id/institution/[^"]+)">', svg.group(0))
    assert target is not None
    followed = dom(server + target.group(1), tmp_path)
    assert "<h1>Comité van Ministers</h1>" in followed
    assert 'href="/id/instrument/m-2015-15"' in followed  # and back again
