"""A small SVG diagram of an entity's neighbourhood, drawn on the server.

The layout is deterministic (the same graph always gives the same picture): the entity in
the middle, its neighbours on a circle in a fixed order, outgoing links first. No script,
no external resource; every node links to its page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT = 760, 520
RADIUS_X, RADIUS_Y = 270, 205
MAX_NEIGHBOURS = 10
_LABEL_AT = 0.6  # predicate names sit past the middle of a line, where lines are apart
_NODE_H = 26


@dataclass(frozen=True)
class Edge:
    """A link to a neighbour: ``outgoing`` is this --predicate--> neighbour."""

    predicate: str  # short name shown on the line, e.g. eli:passed_by
    neighbour: str  # the neighbour's label
    href: str | None  # where its node links to
    outgoing: bool = True


def render(centre: str, edges: list[Edge]) -> str:
    """The SVG markup (every text escaped) for ``centre`` and at most 12 of its ``edges``."""
    chosen = sorted(
        set(edges), key=lambda e: (not e.outgoing, e.predicate, e.neighbour, e.href or "")
    )
    shown, hidden = chosen[:MAX_NEIGHBOURS], len(chosen) - MAX_NEIGHBOURS
    cx, cy = WIDTH / 2, HEIGHT / 2
    lines: list[str] = []
    nodes: list[str] = []
    for i, edge in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(shown), 1)
        x, y = cx + RADIUS_X * math.cos(angle), cy + RADIUS_Y * math.sin(angle)
        (x1, y1), (x2, y2) = ((cx, cy), (x, y)) if edge.outgoing else ((x, y), (cx, cy))
        mx, my = cx + _LABEL_AT * (x - cx), cy + _LABEL_AT * (y - cy)
        lines.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'class="edge" marker-end="url(#arrow)"/>'
            f'<text x="{mx:.1f}" y="{my - 4:.1f}" class="predicate">{_text(edge.predicate, 24)}'
            "</text>"
        )
        nodes.append(_node(x, y, edge.neighbour, edge.href, "neighbour"))
    nodes.append(_node(cx, cy, centre, None, "centre"))
    more = (
        f'<text x="{WIDTH - 8}" y="{HEIGHT - 8}" class="more" text-anchor="end">'
        f"and {hidden} more link(s), listed below</text>"
        if hidden > 0
        else ""
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(centre)} and its links">'
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/>'
        "</marker></defs>" + "".join(lines) + "".join(nodes) + more + "</svg>"
    )


def _node(x: float, y: float, label: str, href: str | None, css: str) -> str:
    text = _text(label, 24)
    width = 16 + 7 * min(len(label), 24)
    box = (
        f'<rect x="{x - width / 2:.1f}" y="{y - _NODE_H / 2:.1f}" width="{width}" '
        f'height="{_NODE_H}" rx="6" class="{css}"/>'
        f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" class="{css}-label">{text}</text>'
    )
    if href is None:
        return f"<g>{box}</g>"
    return f'<a href="{escape(href)}"><title>{escape(label)}</title>{box}</a>'


def _text(value: str, limit: int) -> str:
    short = value if len(value) <= limit else value[: limit - 1] + "…"
    return escape(short)
