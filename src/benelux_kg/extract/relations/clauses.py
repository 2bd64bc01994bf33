"""The clauses of a sentence, each read again as a sentence of its own.

The readers of a sentence look for the first verb of their kind in it and read what stands
around it; a second clause is left unread. Two kinds of clause are read again here:

- the clauses a semicolon joins ("De werkgroep werd in 2021 opgericht; zij valt onder het
  Directiecomité"): each from its first word (set in capitals, as a sentence opens) to the
  next semicolon, its subject the name it opens with, or the one a pronoun or a noun of a
  kind refers back to, as the readers find it in a sentence of its own;
- the main clause around a relative clause or an aside set between its subject and its
  verb ("De werkgroep X, die het Comité in 2021 instelde, valt onder het Directiecomité Y",
  "Het netwerk X, opgericht in 2022, valt onder Y"): the sentence with the relative clause
  blanked, so that the subject stands before its verb.

Taking part is read by clause where a semicolon or a coordinating conjunction joins clauses
that each hold a verb of taking part ("Aan de werkgroep X nemen België en Nederland deel,
terwijl Luxemburg lid is van het netwerk Y"; "Duitsland volgt X als waarnemer; het neemt niet
deel aan Y"): each clause gives the members its own verb gives, not those of the other; a
clause that denies or only shows an interest gives its group none.

A view is the text the readers are given (the document's, or a copy of equal length with a
relative clause blanked), the span they read and the names in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ..candidates import Candidate


@dataclass(frozen=True)
class ClauseView:
    text: str  # the document's text, or a copy of it with a relative clause blanked
    span: tuple[int, int]  # what the readers read
    here: list[Candidate]  # the names inside the span that the view keeps
    mentions: Sequence[Candidate]  # the document's names, without the blanked ones


# A semicolon that joins two clauses: not one that ends an item of a bulleted or numbered
# list ("• het NCCN;\n• de VDAB").
_JOINING_SEMICOLON = re.compile(r";(?![ \t]*\n)")
# What a relative clause closes on, before the verb of the main clause: the clause's own
# verb, a comma, then a word of lower case that no list or clause goes on with.
_MAIN_VERB_AFTER = re.compile(
    r",\s+(?!(?:en|of|maar|noch|de|het|een|die|dat|waar\w*|zoals|terwijl|omdat|als)\s)[a-z]{3,}"
)


def _depth_zero(text: str, begin: int, end: int) -> list[int]:
    """The semicolons joining clauses between ``begin`` and ``end``, outside parentheses."""
    if text.find(";", begin, end) < 0:
        return []
    depth = 0
    found = []
    for i in range(begin, end):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == ";" and depth == 0 and _JOINING_SEMICOLON.match(text, i):
            found.append(i)
    return found


def semicolon_clauses(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The clauses of the sentence ``span`` that semicolons join, each from its first word;
    none for a sentence of one clause."""
    cuts = _depth_zero(text, span[0], span[1])
    if not cuts:
        return []
    clauses = []
    start = span[0]
    for cut in [*cuts, span[1]]:
        begin = _first_word(text, start, cut)
        if begin < cut:
            clauses.append((begin, cut))
        start = cut + 1
    return clauses if len(clauses) > 1 else []


def coordinated_clauses(
    text: str,
    span: tuple[int, int],
    conjunction: re.Pattern[str],
    has_verb: Callable[[tuple[int, int]], bool],
) -> list[tuple[int, int]]:
    """The clauses of the sentence ``span`` that a semicolon or a coordinating conjunction
    (``conjunction``) joins, each holding a verb (``has_verb``); none for a sentence of one
    such clause. A part without a verb belongs to the clause before it ("X neemt deel aan A
    en B, en Y is lid van C"), the first part to the one after it ("België en Nederland
    nemen deel"): only a cut with a verb on either side joins two clauses."""
    if not has_verb(span):
        return []
    cuts = [(c, c + 1) for c in _depth_zero(text, span[0], span[1])]
    cuts += [(m.start(), m.end()) for m in conjunction.finditer(text, span[0], span[1])]
    parts: list[tuple[int, int]] = []  # (begin, end) of each part, the cut left out
    start = span[0]
    for cut, after in sorted(cuts):
        if cut > start:
            parts.append((start, cut))
            start = after
    parts.append((start, span[1]))
    clauses: list[tuple[int, int]] = []
    pending = None  # a first part without a verb, which opens the next clause
    for begin, end in parts:
        if pending is not None:
            begin, pending = pending, None
        if has_verb((begin, end)):
            clauses.append((begin, end))
        elif clauses:
            clauses[-1] = (clauses[-1][0], end)
        else:
            pending = begin
    if len(clauses) < 2:
        return []
    if pending is not None:
        clauses[-1] = (clauses[-1][0], span[1])
    return [(_first_word(text, b, e), e) for b, e in clauses]


def _first_word(text: str, begin: int, end: int) -> int:
    while begin < end and text[begin].isspace():
        begin += 1
    return begin


def opened_as_sentence(text: str, begin: int) -> str:
    """The text with the clause at ``begin`` opening as a sentence does, in capitals ("...;
    zij valt onder" read as "Zij valt onder"): a copy of equal length."""
    if begin < len(text) and text[begin].islower():
        return text[:begin] + text[begin].upper() + text[begin + 1 :]
    return text


def relative_clauses(
    text: str, span: tuple[int, int], here: Sequence[Candidate], relative: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The relative clauses set between a name and the verb of its clause ("X, die ...
    instelde, valt onder Y"), from their opening comma to their closing one: each opens
    right after a name (or its aside in parentheses) and closes on a comma before a verb."""
    found: list[tuple[int, int]] = []
    for m in here:
        opening = relative.match(text, m.end, span[1])
        if opening is None or (found and opening.start() < found[-1][1]):
            continue
        closing = _MAIN_VERB_AFTER.search(text, opening.end(), span[1])
        if closing is None or re.search(r"[;:()]", text[opening.end() : closing.start()]):
            continue
        found.append((opening.start(), closing.start() + 1))
    return found


def clause_views(
    text: str,
    span: tuple[int, int],
    here: Sequence[Candidate],
    mentions: Sequence[Candidate],
    relative: re.Pattern[str],
) -> Iterator[ClauseView]:
    """Each clause of the sentence ``span`` the readers would not read on their own: the
    clauses semicolons join, and the main clause with its inserted relative clauses
    blanked."""
    for begin, end in semicolon_clauses(text, span):
        inside = [m for m in here if begin <= m.begin < end]
        if not inside:
            continue
        # A clause after a semicolon opens as a sentence does ("...; zij valt onder").
        yield ClauseView(opened_as_sentence(text, begin), (begin, end), inside, mentions)
    blanks = relative_clauses(text, span, here, relative)
    if not blanks:
        return
    parts = []
    last = 0
    for begin, end in blanks:
        parts += [text[last:begin], " " * (end - begin)]
        last = end
    parts.append(text[last:])
    blanked = "".join(parts)

    def kept(m: Candidate) -> bool:
        return not any(b <= m.begin < e for b, e in blanks)

    yield ClauseView(blanked, span, [m for m in here if kept(m)], [m for m in mentions if kept(m)])
