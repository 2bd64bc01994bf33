"""Regular-expression helpers shared by the finders."""

from __future__ import annotations

import re
from collections.abc import Iterable


def may_start(words: Iterable[str]) -> str:
    """A lookahead that admits only the positions where one of ``words`` could start.

    A search for an alternation of literal words tries every branch at every position of
    the text; this one-character test first rules out most positions (about twice as fast
    over a document), and changes no match. Both cases of each first letter are admitted,
    so it serves case-insensitive alternations too.
    """
    first = {w[0] for w in words if w}
    first |= {c.lower() for c in first} | {c.upper() for c in first}
    if not first:
        return "(?!)"
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"
