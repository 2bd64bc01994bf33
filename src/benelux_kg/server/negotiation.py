"""HTTP content negotiation: the best of what we offer for an ``Accept`` header."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class _Range:
    type: str
    subtype: str
    q: float
    order: int

    def matches(self, media_type: str) -> bool:
        kind, _, sub = media_type.partition("/")
        return (self.type in ("*", kind)) and (self.subtype in ("*", sub))

    @property
    def specificity(self) -> int:
        return (self.type != "*") + (self.subtype != "*")


def parse_accept(header: str | None) -> list[_Range]:
    """The media ranges of an ``Accept`` header; a missing or empty header accepts all."""
    if not header or not header.strip():
        return [_Range("*", "*", 1.0, 0)]
    ranges = []
    for order, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        kind, _, sub = media.partition("/")
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append(_Range(kind.strip(), sub.strip(), q, order))
    return ranges


def choose(header: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers most, or None if it accepts none of them.

    For each offer the most specific matching range sets its quality (RFC 9110); ties go
    to the client's order, then to ours.
    """
    ranges = parse_accept(header)
    best: tuple[float, int, int] | None = None
    chosen = None
    for rank, media_type in enumerate(offered):
        matching = [r for r in ranges if r.matches(media_type)]
        if not matching:
            continue
        top = max(matching, key=lambda r: (r.specificity, -r.order))
        if top.q <= 0:
            continue
        key = (top.q, -top.order if top.specificity == 2 else -len(ranges), -rank)
        if best is None or key > best:
            best, chosen = key, media_type
    return chosen


# What each kind of answer can be written as: media type -> short format name (see
# benelux_kg.sparql). The first is the default; aliases answer with the type asked for.
RESULT_MEDIA_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
GRAPH_MEDIA_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/trig": "trig",
    "application/n-quads": "nquads",
    "application/x-turtle": "turtle",
    "text/n3": "turtle",  # Turtle is a subset of N3, so a Turtle answer is valid N3
}
# `format=` values clients send (SPARQLWrapper, YASGUI, curl users), by kind of answer.
_RESULT_ALIASES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "srj": "json"}
_GRAPH_ALIASES = {
    "turtle": "turtle",
    "ttl": "turtle",
    "n3": "turtle",
    "ntriples": "ntriples",
    "nt": "ntriples",
    "n-triples": "ntriples",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "json": "jsonld",
    "rdfxml": "rdfxml",
    "rdf": "rdfxml",
    "xml": "rdfxml",
    "rdf+xml": "rdfxml",
    "trig": "trig",
    "nquads": "nquads",
    "nq": "nquads",
    "n-quads": "nquads",
}


class NotAcceptable(Exception):
    """Nothing we can write is acceptable to the client."""

    def __init__(self, offered: list[str]):
        super().__init__(
            "none of the formats this answer can take is acceptable; offered: " + ", ".join(offered)
        )
        self.offered = offered


def negotiate(accept: str | None, fmt: str | None, *, graph: bool) -> tuple[str, str]:
    """(media type, short format name) for an answer, from ``format=`` or else ``Accept``.

    ``format`` may be a short name (``json``, ``ttl``) or a media type; it wins over
    ``Accept``, as it is the only choice an HTML form or a plain link can make.
    """
    table = GRAPH_MEDIA_TYPES if graph else RESULT_MEDIA_TYPES
    offered = list(table)
    if fmt:
        wanted = fmt.strip().lower()
        aliases = _GRAPH_ALIASES if graph else _RESULT_ALIASES
        if wanted in aliases:
            name = aliases[wanted]
            return next(m for m, n in table.items() if n == name), name
        media = wanted.split(";")[0].strip()
        if media in table:
            return media, table[media]
        raise NotAcceptable(offered)
    chosen = choose(accept, offered)
    if chosen is None:
        raise NotAcceptable(offered)
    return chosen, table[chosen]
