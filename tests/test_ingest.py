"""Ingest: each format's original file becomes the stored text the offsets point into."""

from __future__ import annotations

import hashlib
import html
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benelux_kg.errors import InputError
from benelux_kg.ingest import TooLarge, ingest_bytes, ingest_file
from benelux_kg.ingest.html import html_to_text
from benelux_kg.ingest.markdown import markdown_to_text
from benelux_kg.ingest.pdf import strip_running_lines

# 003_c75309f88a2b6b39, section 3.2
COMMITTEE = "Het Comité van Ministers is het hoogste besluitvormend orgaan van de Benelux Unie."
# 002_9e5d61a85da0ad79
PYRO_PASS = "De Benelux-Beschikking tot invoering van een pyro-pass M(2020)14"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A small PDF whose pages hold ``pages`` lines of Helvetica text (a text layer)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for lines in pages:
        ops = [b"BT /F1 11 Tf 14 TL 72 780 Td"]
        for line in lines:
            escaped = line.encode("cp1252").replace(b"\\", b"\\\\")
            escaped = escaped.replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + escaped + b") Tj T*")
        ops.append(b"ET")
        stream = zlib.compress(b"\n".join(ops)) if lines else b"0 0 m 100 100 l S"
        flate = b" /Filter /FlateDecode" if lines else b""
        objects.append(
            b"<< /Length %d%s >>\nstream\n" % (len(stream), flate) + stream + b"\nendstream"
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


# --- Plain text ----------------------------------------------------------------------------


def test_plain_text_is_stored_exactly_with_the_checksum_of_the_original() -> None:
    data = f"{COMMITTEE}\r\nTweede regel.\n".encode()
    doc = ingest_bytes("jaarplan_2023.txt", data)
    assert doc.doc_id == "jaarplan_2023"
    assert doc.text == data.decode()  # newlines untranslated: offsets count them
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.format == "txt"


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1))
def test_any_text_survives_ingest_unchanged(text: str) -> None:
    if not text.strip() or text.startswith("\ufeff"):
        return
    assert ingest_bytes("x.txt", text.encode("utf-8")).text == text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("leeg.txt", b"", "empty"),
        ("spaties.txt", b"  \n\t\n", "empty"),
        ("foto.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("ruis.md", b"Benelux" + b"\x01\x02\x03\x04" * 20, "binary data"),
        ("latin1.txt", "Comité van Ministers".encode("latin-1"), "invalid UTF-8 at byte 5"),
        ("verslag.docx", b"PK\x03\x04", "unknown document format '.docx'"),
        ("-verslag.txt", b"tekst", "not a usable document id"),
        ("nep.pdf", COMMITTEE.encode(), "not a PDF"),
        ("leeg.html", b"<html><script>x()</script><nav>Home</nav></html>", "no text left"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as error:
        ingest_bytes(name, data)
    assert error.value.source == name


def test_invalid_utf8_names_its_line() -> None:
    with pytest.raises(InputError) as error:
        ingest_bytes("x.txt", b"regel een\nregel twee\nComit\xe9\n")
    assert error.value.line == 3


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    path.write_text(COMMITTEE * 10, encoding="utf-8")
    with pytest.raises(TooLarge, match="limit of 100"):
        ingest_file(path, max_bytes=100)
    assert ingest_file(path, max_bytes=10_000).text == COMMITTEE * 10


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_keeps_the_text_and_drops_the_markup() -> None:
    source = (
        "---\ntitle: Jaarplan 2023\n---\n"
        "# Het Comité van Ministers\n\n"
        "Het **Comité van Ministers** is het _hoogste_ besluitvormend orgaan "
        "van de [Benelux Unie](https://www.benelux.int).\n\n"
        "* [pyro-pass](https://x) M\\(2020\\)14\n"
        "* `snake_case_name` blijft\n\n"
        "---\n"
    )
    text, meta = markdown_to_text(source)
    assert meta == {"title": "Jaarplan 2023"}
    assert text == (
        "Het Comité van Ministers\n\n"
        f"{COMMITTEE}\n\n"
        "- pyro-pass M(2020)14\n"
        "- snake_case_name blijft\n"
    )


# --- HTML ----------------------------------------------------------------------------------

PAGE = """<!doctype html><html lang="nl"><head><title>Jaarplan  2023 | Benelux</title>
<style>p { color: red }</style><script>var menu = "Comité";</script></head>
<body><header><a href="/">Benelux</a><nav><ul><li>Home</li><li>Nieuws</li></ul></nav></header>
<div role="navigation">Snel naar</div>
<main><h1>Comité van Ministers</h1>
<p>Het <b>Comité</b>
   van Ministers is het hoogste besluitvormend orgaan van de Benelux&nbsp;Unie.</p>
<ul><li>M(2020)14</li><li>M(2015)15</li></ul></main>
<aside>Lees ook</aside><footer>&copy; Benelux 2023</footer><script>track()</script></body></html>"""


def test_html_keeps_the_main_text_only() -> None:
    text, meta = html_to_text(PAGE)
    assert text == f"Comité van Ministers\n\n{COMMITTEE}\n\nM(2020)14\nM(2015)15\n"
    assert meta == {"title": "Jaarplan 2023 | Benelux"}


def test_html_without_main_drops_the_boilerplate_around_the_body() -> None:
    page = (
        "<nav>Home | Nieuws</nav><h2>Titel</h2><div>Eerste<p>tweede</p></div>"
        "<footer>Contact</footer><p>derde"
    )
    assert html_to_text(page)[0] == "Titel\n\nEerste\n\ntweede\n\nderde\n"


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp")), min_size=1))
def test_html_text_is_the_escaped_content(word: str) -> None:
    page = f"<nav>menu</nav><main><p>{html.escape(word)}</p></main><footer>voet</footer>"
    assert html_to_text(page)[0] == (f"{word}\n" if word.strip() else "")


# --- PDF -----------------------------------------------------------------------------------


CHAPTERS = {
    "Inleiding": COMMITTEE,
    "Veiligheid": PYRO_PASS + ".",
    "Energie": "Het Pentalateraal Energieforum komt twee keer per jaar samen.",
    "Mobiliteit": "De Benelux werkt samen met Noordrijn-Westfalen.",
}


def _report_pages() -> list[list[str]]:
    return [
        ["Benelux Unie - Jaarplan 2023", title, body, "Tweede alinea.", f"Einde {title}.", f"{n}/4"]
        for n, (title, body) in enumerate(CHAPTERS.items(), start=1)
    ]


def test_pdf_text_without_running_headers_and_page_numbers() -> None:
    doc = ingest_bytes("jaarplan.pdf", make_pdf(_report_pages()))
    assert doc.format == "pdf"
    pages = [f"{title}\n{body}\nTweede alinea.\nEinde {title}." for title, body in CHAPTERS.items()]
    assert doc.text == "\n\n".join(pages) + "\n"


def test_running_lines_need_to_repeat_on_most_pages() -> None:
    pages = [["Kop", "inhoud een", "12"], ["Andere kop", "inhoud twee", "- 13 -"], ["inhoud"]]
    assert strip_running_lines(pages) == [
        ["Kop", "inhoud een"],
        ["Andere kop", "inhoud twee"],
        ["inhoud"],
    ]


def test_a_pdf_without_a_text_layer_is_refused() -> None:
    with pytest.raises(InputError, match="no text layer"):
        ingest_bytes("scan.pdf", make_pdf([[], []]))


def test_a_broken_pdf_is_refused() -> None:
    with pytest.raises(InputError, match="PDF"):
        ingest_bytes("kapot.pdf", make_pdf(_report_pages())[:200])
