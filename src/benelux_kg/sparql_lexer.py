"""What a SPARQL request is, read from its tokens before anything runs.

pyoxigraph parses and evaluates in one call and exposes no algebra, so the endpoint reads
the request itself: its form (a query form, or an update) and whether it calls out with
``SERVICE``. The tokenizer follows the SPARQL 1.1 grammar's terminals closely enough that
a keyword inside a string, an IRI, a comment, a variable name or a prefixed name is never
taken for one. Where the grammar leaves room for doubt (``\\u`` escapes, ``<`` as an IRI
or as less-than) the reading that finds ``SERVICE`` wins: a false alarm refuses a query,
a miss would let the server make a request for the client. The query workers cannot
open network sockets anyway (``server/sandbox.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

Form = Literal["select", "construct", "describe", "ask", "update"]

_QUERY_FORMS: dict[str, Form] = {
    "SELECT": "select",
    "CONSTRUCT": "construct",
    "DESCRIBE": "describe",
    "ASK": "ask",
}
# Every keyword that can open an update operation (SPARQL 1.1 Update, section 3).
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
_PROLOGUE = frozenset({"BASE", "PREFIX"})

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKENS = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>\#[^\r\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''
                |\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\r\n]|\\.)*'
                |"(?:[^"\\\r\n]|\\.)*")
    | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    | (?P<number>[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f\u2040]+)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<pname>(?:[^\W\d][\w.\-]*)?:(?:[\w.\-:]|%[0-9A-Fa-f]{2}|\\.)*)
    | (?P<word>[^\W\d_]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Shape:
    """The form of a request and whether it asks the server to call another one."""

    form: Form | None  # None when the text does not open with a form (a syntax error)
    uses_service: bool


def unescape(text: str) -> str:
    """Decode ``\\uXXXX`` and ``\\UXXXXXXXX``, which SPARQL applies before parsing."""

    def decode(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(decode, text)


def keywords(text: str) -> Iterator[str]:
    """The bare words of a request, upper-cased, in order (keywords, ``a``, functions)."""
    yield from _words(unescape(text))


def _mentions_service(text: str) -> bool:
    # Read twice, with the \u escapes decoded and as written, since a parser may decode
    # them everywhere (as SPARQL says) or only inside IRIs and strings (as oxigraph does).
    # A word that merely contains SERVICE counts too: no keyword or function name does,
    # and the parser may read `trueSERVICE` as `true SERVICE`.
    return any("SERVICE" in word for word in (*_words(unescape(text)), *_words(text)))


def _words(text: str) -> Iterator[str]:
    for match in _TOKENS.finditer(text):
        if match.lastgroup == "word":
            yield match.group().upper()
        elif match.lastgroup == "iri" and ")" in match.group():
            # `FILTER(?a<?b)SERVICE#>` reads as an IRI here but as `?a < ?b` to the
            # parser, since `<` after an operand is less-than. An operator sits inside
            # parentheses and a pattern outside them, so only an IRI spanning a `)` can
            # hide one: read its inside as code as well (at worst a false alarm).
            yield from _words(match.group()[1:-1])


def shape(text: str) -> Shape:
    form: Form | None = None
    for word in keywords(text):
        if word not in _PROLOGUE:
            # anything else than a form is a syntax error the parser reports
            form = "update" if word in UPDATE_KEYWORDS else _QUERY_FORMS.get(word)
            break
    return Shape(form, _mentions_service(text))
