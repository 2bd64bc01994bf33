"""Markdown: the text a reader sees, without the markup (headings, emphasis, links, code)."""

from __future__ import annotations

import re

from .plain import decode_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_TITLE = re.compile(r"(?m)^title:[ \t]*[\"']?(.+?)[\"']?[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")
# (pattern, replacement) applied to each line outside code blocks, in this order.
_LINE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$"), ""),  # thematic break
    (re.compile(r"^[ \t]*(=+|-+)[ \t]*$"), ""),  # setext underline
    (re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"), ""),
    (re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]+\S.*$"), ""),  # link reference definition
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$"), r"\1"),  # ATX heading
    (re.compile(r"^[ \t]*(?:>[ \t]?)+"), ""),  # block quote
    (re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?"), r"\1- "),  # list
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image: its alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline link: its text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference link: its text
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolink
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML
    (re.compile(r"`([^`]+)`"), r"\1"),  # code span
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)"), r"\1"),  # emphasis
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),  # strike-through
    (re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$"), ""),  # table row borders
    (re.compile(r"[ \t]*\|[ \t]*"), "\t"),  # table cells
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # backslash escapes
)


def markdown_to_text(source: str) -> tuple[str, dict[str, str]]:
    metadata: dict[str, str] = {}
    front = _FRONT_MATTER.match(source)
    if front:
        title = _TITLE.search(front.group(0))
        if title:
            metadata["title"] = title.group(1)
        source = source[front.end() :]
    lines: list[str] = []
    in_code = False
    for line in source.splitlines():
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if not in_code:
            for pattern, replacement in _LINE_RULES:
                line = pattern.sub(replacement, line)
        lines.append(line.rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n", metadata


def read_markdown(data: bytes, name: str) -> tuple[str, dict[str, str]]:
    return markdown_to_text(decode_text(data))
