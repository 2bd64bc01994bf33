"""HTML: the main text of a page, without navigation, header, footer, scripts or styles.

Where the page marks its main content (``<main>``, ``<article>``, ``role="main"``), only
that is kept; elsewhere everything but the boilerplate elements. Block elements become
line breaks, runs of white space one space, as a browser would render them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .plain import decode_text

# Elements whose content is never the document's text.
_DROP = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe",
        "nav", "header", "footer", "aside", "form", "button", "select", "dialog", "menu",
        "head", "object", "embed",
    }
)  # fmt: skip
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
_MAIN = frozenset({"main", "article"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip
_PARAGRAPH = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote", "pre",
     "figure", "section", "article", "main", "hr"}
)  # fmt: skip
_LINE = frozenset(
    {"br", "div", "li", "tr", "dt", "dd", "figcaption", "caption", "address", "details",
     "summary"}
)  # fmt: skip
_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
# Break marks while parsing; a run of them becomes one line break, or a blank line if it
# holds a paragraph mark. Control characters, so no text holds them (they are removed).
_LINE_MARK, _PARAGRAPH_MARK = "\x02", "\x03"
_MARKS = re.compile(r"[ ]*[\x02\x03][\x02\x03 ]*")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, dropped, main)
        self.everything: list[str] = []
        self.main: list[str] = []
        self.title: list[str] = []
        self.in_title = False
        self.pre = 0

    @property
    def dropped(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    @property
    def in_main(self) -> bool:
        return bool(self.stack) and self.stack[-1][2]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break(tag)
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            return
        role = dict(attrs).get("role") or ""
        hidden = dict(attrs).get("aria-hidden") == "true" or "hidden" in dict(attrs)
        dropped = self.dropped or tag in _DROP or role in _DROP_ROLES or hidden
        main = self.in_main or tag in _MAIN or role == "main"
        self.stack.append((tag, dropped, main))
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        # Close up to the matching open tag: HTML in the wild leaves elements unclosed.
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                for closed, _, _ in self.stack[depth:]:
                    self.pre -= closed == "pre"
                del self.stack[depth:]
                break
        self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.dropped:
            return
        data = _CONTROLS.sub("", data)
        chunk = data if self.pre else _SPACE.sub(" ", data)
        self.everything.append(chunk)
        if self.in_main:
            self.main.append(chunk)

    def _break(self, tag: str) -> None:
        mark = _PARAGRAPH_MARK if tag in _PARAGRAPH else _LINE_MARK if tag in _LINE else None
        if mark is None or self.dropped:
            return
        self.everything.append(mark)
        if self.in_main:
            self.main.append(mark)


def _break(marks: re.Match[str]) -> str:
    return "\n\n" if _PARAGRAPH_MARK in marks.group(0) else "\n"


def _tidy(chunks: list[str]) -> str:
    joined = _MARKS.sub(_break, "".join(chunks))
    lines = [" ".join(line.split()) if line.strip() else "" for line in joined.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""


def html_to_text(source: str) -> tuple[str, dict[str, str]]:
    parser = _Text()
    parser.feed(source)
    parser.close()
    main = _tidy(parser.main)
    text = main if main.strip() else _tidy(parser.everything)
    title = " ".join("".join(parser.title).split())
    return text, {"title": title} if title else {}


def read_html(data: bytes, name: str) -> tuple[str, dict[str, str]]:
    return html_to_text(decode_text(data))
