"""Named queries: a ``queries/*.rq`` file, its header, and running it to plain records.

The header is a block of ``#+ key: value`` comment lines (the syntax is documented in
``queries/README.md``). This module knows nothing of HTTP: it reads the files, checks
them against the query they describe, binds parameters as RDF terms (never by editing
the query text) and turns solutions into records with plain JSON values.
"""

from __future__ import annotations

import keyword
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, Store, Triple

from ..errors import InputError
from ..namespaces import BKG, PREFIXES, XSD
from ..sparql import execute

Value = str | int | float | bool | None
Record = dict[str, Any]

PARAM_TYPES = ("text", "integer", "year", "boolean", "date", "iri", "id", "class")
RESERVED = frozenset({"limit", "offset", "format", "request"})
_HEADER = re.compile(
    r"^#\+\s*(?P<key>[a-z-]+)(?:\s+(?P<name>[a-z][a-z0-9_]*))?\s*:\s*(?P<value>.*)$"
)
_PARAM = re.compile(
    r"^(?P<type>[a-z]+)(?:\((?P<arg>[^)]*)\))?(?P<flags>(?:\s+(?:required|default=\S+))*)"
    r"\s*(?:--\s*(?P<doc>.*))?$"
)
_COLUMN = re.compile(r"^(?:(?P<key>[a-z][a-z0-9_]*)=)?\?(?P<var>[A-Za-z_][A-Za-z0-9_]*)$")
_INTEGERS = {
    XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_NUMBERS = {XSD + "decimal", XSD + "double", XSD + "float"}
SLUG = r"[A-Za-z0-9][A-Za-z0-9_-]*"
# An absolute http(s) IRI in URI characters (RFC 3986, brackets left out); what this lets
# through and Oxigraph still refuses (a bad %-escape, a bad port) is a 422 all the same.
IRI = r"https?://(?:[A-Za-z0-9._~:/?#@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+"


@dataclass(frozen=True)
class Param:
    """One parameter of a named query, bound to the query variable of the same name."""

    name: str
    type: str
    required: bool = False
    default: str | None = None
    description: str = ""
    argument: str | None = None  # id(kind) or class(A|B|...)
    in_path: bool = False

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(c.strip() for c in (self.argument or "").split("|") if c.strip())


@dataclass(frozen=True)
class Nest:
    """A list field: the values of one column, or objects made of several columns."""

    name: str
    columns: tuple[tuple[str, str], ...]  # (key in the object, query variable); key "" = scalar

    @property
    def scalar(self) -> bool:
        return len(self.columns) == 1 and self.columns[0][0] == ""


@dataclass(frozen=True)
class Shortcut:
    name: str
    path: str
    summary: str
    description: str
    query: str
    params: tuple[Param, ...]
    lists: tuple[Nest, ...]
    fields: tuple[str, ...]  # scalar fields of a record, in the order of the SELECT
    item: bool = False
    not_found: str = ""
    page_size: int = 50
    max_page_size: int = 500
    tags: tuple[str, ...] = ()
    source: str = ""
    inline: bool = False  # parameters may be written into the query (see inline_parameters)

    @property
    def field_names(self) -> tuple[str, ...]:
        return self.fields + tuple(n.name for n in self.lists)


def load_shortcuts(directory: Path) -> list[Shortcut]:
    """Every ``*.rq`` of ``directory``, sorted by file name; a bad file raises InputError."""
    shortcuts = [parse_shortcut(p) for p in sorted(directory.glob("*.rq"))]
    seen: dict[str, str] = {}
    for s in shortcuts:
        if s.path in seen:
            raise InputError(f"path {s.path} is already served by {seen[s.path]}", source=s.source)
        seen[s.path] = s.source
    return shortcuts


def parse_shortcut(file: Path) -> Shortcut:
    text = file.read_text(encoding="utf-8")
    source = str(file)
    meta: dict[str, str] = {}
    params: list[Param] = []
    lists: list[Nest] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#+"):
            continue
        match = _HEADER.match(line.rstrip())
        if match is None:
            raise InputError(f"cannot read header line {line!r}", source=source, line=number)
        key, name, value = match["key"], match["name"], match["value"].strip()
        try:
            if key == "param" and name:
                params.append(_param(name, value))
            elif key == "list" and name:
                lists.append(_nest(name, value))
            elif key == "description" and name is None:
                meta[key] = f"{meta.get(key, '')} {value}".strip()
            elif key in {"summary", "path", "tags", "item", "page", "not-found"} and not name:
                meta[key] = value
            else:
                raise ValueError(f"unknown header key {key!r}")
        except ValueError as error:
            raise InputError(str(error), source=source, line=number) from None
    path = meta.get("path", f"/api/{file.stem}")
    in_path = set(re.findall(r"\{([a-z][a-z0-9_]*)\}", path))
    params = [
        Param(p.name, p.type, True, p.default, p.description, p.argument, True)
        if p.name in in_path
        else p
        for p in params
    ]
    if missing := in_path - {p.name for p in params}:
        raise InputError(f"path parameter(s) without a #+ param line: {missing}", source=source)
    page_size, max_page_size = _page(meta.get("page", "50 max 500"), source)
    fields = _check_query(text, params, lists, source)
    return Shortcut(
        name=file.stem,
        path=path,
        summary=meta.get("summary", file.stem),
        description=meta.get("description", ""),
        query=text,
        params=tuple(params),
        lists=tuple(lists),
        fields=fields,
        item=meta.get("item", "no").lower() in {"yes", "true"},
        not_found=meta.get("not-found", ""),
        page_size=page_size,
        max_page_size=max_page_size,
        tags=tuple(t.strip() for t in meta.get("tags", "").split(",") if t.strip()),
        source=source,
        inline=_inlinable(text, params),
    )


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def inline_parameters(query: str, bindings: Mapping[str, NamedNode | Literal]) -> str:
    """``query`` with each IRI parameter written as a constant from its WHERE clause on.

    Oxigraph plans a query before it looks at substituted values, so a parameter that picks
    a few rows inside a UNION is still planned as a scan of every row (``sources.rq``: 1.4 s
    on a store of 500 documents); written as a constant, it is a lookup (2 ms). The SELECT
    clause keeps the variable, which the substitution still binds. Only IRIs are written
    (checked by Oxigraph, they cannot close the ``<…>`` they are written in); text stays
    bound, never pasted.
    """
    where = _WHERE.search(query)
    iris = {name: term for name, term in bindings.items() if isinstance(term, NamedNode)}
    if where is None or not iris:
        return query
    body = query[where.start() :]
    for name, term in iris.items():
        written = str(term).replace("\\", "\\\\")  # re.sub reads backslashes in it
        body = re.sub(rf"[?$]{name}\b", written, body)
    return query[: where.start()] + body


def _inlinable(text: str, params: list[Param]) -> bool:
    """Whether the query still parses with every parameter written as a constant: not when
    a parameter is also bound, grouped or ordered by inside the query."""
    dummies: dict[str, NamedNode | Literal] = {
        p.name: NamedNode("https://example.org/x")
        for p in params
        if p.type in ("iri", "id", "class")
    }
    try:
        Store().query(inline_parameters(text, dummies), prefixes=PREFIXES)
    except (SyntaxError, ValueError):
        return False
    return True


def _param(name: str, spec: str) -> Param:
    if name in RESERVED or keyword.iskeyword(name):
        raise ValueError(f"parameter name {name!r} is reserved")
    match = _PARAM.match(spec)
    if match is None or match["type"] not in PARAM_TYPES:
        raise ValueError(f"parameter {name}: cannot read {spec!r}; types: {', '.join(PARAM_TYPES)}")
    flags = match["flags"].split()
    default = next((f.partition("=")[2] for f in flags if f.startswith("default=")), None)
    param = Param(
        name=name,
        type=match["type"],
        required="required" in flags,
        default=default,
        description=(match["doc"] or "").strip(),
        argument=match["arg"],
    )
    if param.type == "class" and not param.choices:
        raise ValueError(f"parameter {name}: class(...) needs the classes it accepts")
    if default is not None:
        to_term(param, default, BKG)  # a default must be a valid value
    return param


def _nest(name: str, spec: str) -> Nest:
    columns = []
    for part in spec.split(","):
        match = _COLUMN.match(part.strip())
        if match is None:
            raise ValueError(f"list {name}: expected ?var or key=?var, not {part.strip()!r}")
        columns.append((match["key"] or "", match["var"]))
    if len(columns) > 1 and any(key == "" for key, _ in columns):
        raise ValueError(f"list {name}: name every column (key=?var) of an object list")
    return Nest(name, tuple(columns))


def _page(spec: str, source: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)(?:\s+max\s+(\d+))?", spec.strip())
    if match is None:
        raise InputError(f"page: expected 'N' or 'N max M', not {spec!r}", source=source)
    size = int(match[1])
    top = int(match[2] or max(size, 500))
    if not 1 <= size <= top:
        raise InputError("page: the default page size must lie in 1..max", source=source)
    return size, top


def _check_query(text: str, params: list[Param], lists: list[Nest], source: str) -> tuple[str, ...]:
    """The scalar fields the query yields; refuse a query that cannot serve its header."""
    try:
        result = Store().query(text, prefixes=PREFIXES)
    except (SyntaxError, ValueError) as error:
        raise InputError(f"the query does not parse: {error}", source=source) from None
    if not isinstance(result, QuerySolutions):
        raise InputError("a shortcut must be a SELECT query", source=source)
    projected = [v.value for v in result.variables]
    # Oxigraph substitutes only variables of the SELECT clause.
    for p in params:
        if p.name not in projected:
            raise InputError(f"SELECT must project ?{p.name}, the parameter", source=source)
    listed = {var for n in lists for _, var in n.columns}
    for var in listed - set(projected):
        raise InputError(f"list column ?{var} is not in the SELECT", source=source)
    names = {p.name for p in params}
    return tuple(v for v in projected if v not in names and v not in listed)


def to_term(param: Param, value: object, base_iri: str) -> NamedNode | Literal:
    """The RDF term a validated parameter value is bound to."""
    if param.type == "text":
        return Literal(str(value))
    if param.type in ("integer", "year"):
        return Literal(int(str(value)))
    if param.type == "boolean":
        return Literal(value if isinstance(value, bool) else str(value).lower() == "true")
    if param.type == "date":
        iso = value.isoformat() if isinstance(value, date) else date.fromisoformat(str(value))
        return Literal(str(iso), datatype=NamedNode(XSD + "date"))
    if param.type == "class":
        if str(value) not in param.choices:
            raise ValueError(f"{value!r} is not one of {', '.join(param.choices)}")
        return NamedNode(BKG + str(value))
    text = str(value)
    if re.fullmatch(IRI, text):
        return NamedNode(text)
    if param.type == "iri":
        raise ValueError(f"{text!r} is not an http(s) IRI")
    kind = param.argument
    pattern = SLUG if kind else rf"[a-z][a-z-]*/{SLUG}"
    if not re.fullmatch(pattern, text):
        raise ValueError(f"{text!r} is neither an IRI nor an id")
    return NamedNode(f"{base_iri}id/{kind}/{text}" if kind else f"{base_iri}id/{text}")


def run(
    shortcut: Shortcut,
    store: Store,
    bindings: Mapping[str, NamedNode | Literal],
    offset: int = 0,
    limit: int | None = None,
) -> tuple[int, list[Record]]:
    """(total, the records in ``offset .. offset+limit``), in the order of the query."""
    query = inline_parameters(shortcut.query, bindings) if shortcut.inline else shortcut.query
    result = execute(store, query, substitutions=dict(bindings) or None)
    assert isinstance(result, QuerySolutions)
    end = None if limit is None else offset + limit
    if not shortcut.lists:
        # Count every solution, but convert only those of the page.
        total, page = 0, []
        for solution in result:
            if offset <= total and (end is None or total < end):
                page.append({f: plain(solution[f]) for f in shortcut.fields})
            total += 1
        return total, page
    groups = list(_grouped(shortcut, result))
    return len(groups), groups[offset:end]


def _grouped(shortcut: Shortcut, solutions: QuerySolutions) -> Iterator[Record]:
    records: dict[tuple[Value, ...], Record] = {}
    seen: dict[tuple[Value, ...], set[tuple[str, Any]]] = {}
    for solution in solutions:
        key = tuple(plain(solution[f]) for f in shortcut.fields)
        record = records.get(key)
        if record is None:
            record = dict(zip(shortcut.fields, key, strict=True))
            record.update({n.name: [] for n in shortcut.lists})
            records[key] = record
            seen[key] = set()
        for nest in shortcut.lists:
            values = {k: plain(solution[v]) for k, v in nest.columns}
            if all(v is None for v in values.values()):
                continue
            item: Any = values[""] if nest.scalar else values
            marker = (nest.name, item if nest.scalar else tuple(values.items()))
            if marker not in seen[key]:
                seen[key].add(marker)
                record[nest.name].append(item)
    yield from records.values()


def plain(term: NamedNode | BlankNode | Literal | Triple | None) -> Value:
    """A term as a JSON value: IRIs as strings, numbers and booleans typed, years as ints."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Triple):
        return str(term)
    datatype = term.datatype.value
    try:
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype in _NUMBERS:
            number = float(term.value)
            return number if math.isfinite(number) else term.value
        if datatype == XSD + "gYear" and re.fullmatch(r"\d{4}", term.value):
            return int(term.value)
    except ValueError:
        return term.value
    if datatype == XSD + "boolean":
        return term.value in ("true", "1")
    return term.value
