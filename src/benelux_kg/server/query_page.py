"""The query page at ``/sparql`` for browsers: YASGUI, served from our own static files.

The example menu is read from ``queries/*.rq`` at each request, so a query file added to
the project shows up without a restart; each file's leading ``#`` lines are its summary.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..namespaces import PREFIXES, sparql_prologue
from ..resources import queries_dir

TEMPLATES = Path(__file__).resolve().parents[1] / "web" / "templates"
_environment = Environment(
    loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"])
)
_START = """SELECT ?instrument ?label WHERE {
  ?instrument a bkg:LegalInstrument ;
    rdfs:label ?label .
}
LIMIT 25
"""


_SUMMARY = re.compile(r"^#\+\s*summary\s*:(.*)$")
_PARAM = re.compile(r"^#\+\s*param\s+([A-Za-z_]\w*)\s*:")


@dataclass(frozen=True)
class Example:
    name: str
    summary: str
    query: str


def examples(directory: Path | None = None) -> list[Example]:
    """One example per ``*.rq`` file, by name; none when the folder is missing or empty."""
    folder = directory or queries_dir()
    found = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # a file being written, or not text: leave it out of the menu
        found.append(Example(path.stem, summary(text) or path.stem, _with_prologue(text)))
    return found


def summary(text: str) -> str:
    """What a query file says it returns: its ``#+ summary:`` line (the REST shortcuts'
    header, see queries/README.md), else its leading ``#`` comment; with its parameters."""
    lines = text.splitlines()
    tagged = [m.group(1).strip() for m in map(_SUMMARY.match, lines) if m]
    if tagged:
        said = tagged[0]
    else:
        leading = []
        for line in lines:
            if not line.startswith("#"):
                break
            leading.append(line.lstrip("#").strip())
        said = " ".join(c for c in leading if c)
    params = [m.group(1) for m in map(_PARAM.match, lines) if m]
    if said and params:
        said += f" (parameters: {', '.join(params)})"
    return said


def _with_prologue(text: str) -> str:
    """The query as a user should see it: the prefixes it relies on, written out."""
    missing = [
        f"PREFIX {p}: <{iri}>"
        for p, iri in PREFIXES.items()
        if re.search(rf"(?<![\w.-]){p}:", text) and not re.search(rf"(?i)PREFIX\s+{p}:", text)
    ]
    return "\n".join(missing) + "\n" + text if missing else text


def render(endpoint: str = "/sparql") -> str:
    return _environment.get_template("sparql.html").render(
        endpoint=endpoint,
        prefixes=PREFIXES,
        start=sparql_prologue() + "\n" + _START,
        examples=[asdict(e) for e in examples()],
    )
