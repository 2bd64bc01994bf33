"""The README's tour shows real queries with their real output: every `curl` example in it is
run against the seed store and its shown output compared with what the server answers.

The README elides with "..." (a cell cut short, a JSON value left out); an elided cell must
open with the text before the dots, and an elided JSON value is not compared; the spaces that
end a line inside a cell are not compared (Markdown does not keep them). Everything
else shown must be what the server gives, so a change to the extractor or the API that
makes the tour untrue fails here.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from benelux_kg.server import create_app

README = Path(__file__).resolve().parents[1] / "README.md"
INDENT = "    "
ELISION = "..."


@dataclass(frozen=True)
class Example:
    """One `$ curl` example of the README: its arguments and the output shown under it."""

    line: int  # 1-based, for the failure message
    args: list[str]
    output: str

    @property
    def url(self) -> str:
        return next(a for a in self.args if a.startswith("http://"))

    def option(self, name: str) -> list[str]:
        return [self.args[i + 1] for i, a in enumerate(self.args[:-1]) if a == name]


def _examples(text: str) -> Iterator[Example]:
    """The indented `$ curl` commands (continued over lines by a backslash or an open
    quote) and the indented lines after each, up to the next command or prose."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].startswith(INDENT + "$ curl"):
            i += 1
            continue
        start = i
        command = lines[i][len(INDENT) + 2 :]
        while True:
            try:
                args = shlex.split(command.replace("\\\n", " "))
                if not command.endswith("\\"):
                    break
            except ValueError:  # a quote still open: the command goes on
                pass
            i += 1
            command += "\n" + lines[i].removeprefix(INDENT)
        i += 1
        output: list[str] = []
        while i < len(lines) and not lines[i].startswith(INDENT + "$"):
            if lines[i].startswith(INDENT):
                output.append(lines[i][len(INDENT) :])
            elif lines[i].strip() or not _indented_next(lines, i):
                break
            else:
                output.append("")  # a blank line inside a quoted CSV cell
            i += 1
        yield Example(start + 1, args, "\n".join(output).strip("\n"))


def _indented_next(lines: list[str], i: int) -> bool:
    """Whether the next non-blank line after ``i`` is an output line (indented, no command)."""
    rest = next((line for line in lines[i + 1 :] if line.strip()), "")
    return rest.startswith(INDENT) and not rest.startswith(INDENT + "$")


EXAMPLES = list(_examples(README.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def client(store_dir: Path) -> TestClient:
    return TestClient(create_app(store_dir))


def _request(client: TestClient, example: Example) -> tuple[dict[str, str], str]:
    parts = urlsplit(example.url)
    headers = dict(h.split(": ", 1) for h in example.option("-H"))
    params = dict(d.split("=", 1) for d in example.option("--data-urlencode"))
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    # An empty ``params`` would drop the query string of ``target``.
    response = client.get(target, params=params or None, headers=headers)
    assert response.status_code == 200, f"README line {example.line}: {response.text[:300]}"
    return dict(response.headers), response.text


def _cell_matches(shown: str, actual: str) -> bool:
    # Markdown cannot keep a line's trailing spaces, so neither side's are compared.
    actual = re.sub(r"[ \t]+\n", "\n", actual)
    if shown.endswith(ELISION):
        return actual.startswith(shown[: -len(ELISION)].rstrip())
    return shown == actual


def _rows_match(shown: list[str], actual: list[str]) -> bool:
    return len(shown) == len(actual) and all(map(_cell_matches, shown, actual))


def _json_pairs(shown: str) -> Iterator[tuple[str, str]]:
    """The `"key":value` pairs the README shows whole: a string, a number or a flat list
    of strings, none elided."""
    value = r'"(?:[^"\\]|\\.)*"|-?\d+|\[(?:"(?:[^"\\]|\\.)*",?)*\]'
    for found in re.finditer(rf'"(\w+)":({value})', shown):
        if ELISION not in found.group(2):
            yield found.group(1), found.group(2)


SPARQL = [e for e in EXAMPLES if urlsplit(e.url).path == "/sparql"]
REST = [e for e in EXAMPLES if urlsplit(e.url).path.startswith("/api/")]


def test_the_readme_tour_has_examples_of_both_kinds() -> None:
    assert len(SPARQL) >= 4
    assert len(REST) >= 2
    assert all(e.output for e in EXAMPLES)


@pytest.mark.parametrize("example", SPARQL, ids=lambda e: f"line{e.line}")
def test_a_sparql_example_gives_the_rows_shown(client: TestClient, example: Example) -> None:
    _, body = _request(client, example)
    shown = list(csv.reader(io.StringIO(example.output)))
    actual = list(csv.reader(io.StringIO(body)))
    assert shown[0] == actual[0], f"README line {example.line}: header"
    query = params_query(example)
    if "ORDER BY" not in query:
        shown[1:], actual[1:] = sorted(shown[1:]), sorted(actual[1:])
    assert len(shown) == len(actual), f"README line {example.line}: {actual}"
    for want, got in zip(shown[1:], actual[1:], strict=True):
        assert _rows_match(want, got), f"README line {example.line}: {want} != {got}"


def params_query(example: Example) -> str:
    return next(d.split("=", 1)[1] for d in example.option("--data-urlencode"))


@pytest.mark.parametrize("example", REST, ids=lambda e: f"line{e.line}")
def test_a_rest_example_gives_the_values_shown(client: TestClient, example: Example) -> None:
    headers, body = _request(client, example)
    lines = example.output.split("\n")
    shown_headers = [ln for ln in lines if re.match(r"[a-z-]+: ", ln)]
    for line in shown_headers:
        name, value = line.split(": ", 1)
        if ELISION not in value:
            assert headers.get(name) == value, f"README line {example.line}: {name}"
    compact = json.dumps(json.loads(body), separators=(",", ":"), ensure_ascii=False)
    shown_body = "\n".join(ln for ln in lines if ln not in shown_headers)
    pairs = list(_json_pairs(shown_body))
    assert pairs, f"README line {example.line}: no value shown whole"
    for key, value in pairs:
        normal = json.dumps(json.loads(value), separators=(",", ":"), ensure_ascii=False)
        assert f'"{key}":{normal}' in compact, f"README line {example.line}: {key}"


def test_an_elided_cell_matches_only_its_opening() -> None:
    assert _cell_matches("Alle activiteiten ...", "Alle activiteiten sluiten aan")
    assert not _cell_matches("Alle activiteiten ...", "Geen activiteiten")
    assert not _cell_matches("M(2022)9", "M(2022)90")
    assert _cell_matches("de fiscale\n\nfraude", "de fiscale \n\nfraude")


def test_a_command_continued_by_an_open_quote_is_read_whole() -> None:
    text = (
        "Intro\n\n"
        "    $ curl -s http://h/sparql --data-urlencode 'query=\n"
        "        SELECT ?a WHERE { ?a ?b ?c }'\n"
        "    a\n"
        '    "x\n'
        "\n"
        '    y"\n'
        "\nProse.\n"
    )
    (example,) = _examples(text)
    assert params_query(example).split() == ["SELECT", "?a", "WHERE", "{", "?a", "?b", "?c", "}"]
    assert list(csv.reader(io.StringIO(example.output))) == [["a"], ["x\n\ny"]]
