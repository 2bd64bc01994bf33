"""Round 28: the clean text keeps a paragraph break as a blank line ("\\n\\n"), so that the
readers see paragraphs: a name or a focus stops at one, while a heading and its first line, a
signature's role and name, a label and its list and a table's caption and rows are still read
across one. Every text is made up."""

from __future__ import annotations

from benelux_kg.extract.sentences import Sentences
from benelux_kg.text import clean
from extract_helpers import PARTICIPANT, extract, short, triples


def test_a_blank_line_stays_one_with_an_exact_map() -> None:
    original = "De werkgroep kwam bijeen.  \n  \nZij besprak de agenda.\n"
    cleaned = clean(original)
    assert cleaned.text == "De werkgroep kwam bijeen.\n\nZij besprak de agenda.\n"
    at = cleaned.text.index("\n\n")
    assert cleaned.breaks == (at,)
    # The two newlines stand for the white space up to the first newline and the rest.
    assert cleaned.unit(at) == (25, 28)
    assert cleaned.unit(at + 1) == (28, 31)
    assert cleaned.original_slice(at, at + 2) == "  \n  \n"
    begin = cleaned.text.index("Zij")
    assert cleaned.original_slice(begin, begin + 3) == "Zij"
    # The sentences are cut at the break.
    spans = Sentences(cleaned.text, cleaned.paragraph_breaks()).spans
    assert [cleaned.text[b:e] for b, e in spans] == [
        "De werkgroep kwam bijeen.",
        "Zij besprak de agenda.\n",
    ]


def test_a_long_line_before_a_blank_line_keeps_it() -> None:
    line = "De werkgroep Grensoverschrijdende Samenwerking kwam in 2026 drie keer bijeen"
    cleaned = clean(f"{line}\n\nZij besprak de agenda.")
    assert cleaned.text == f"{line}\n\nZij besprak de agenda."


def test_double_spaced_text_and_page_numbers_stay_as_they_were() -> None:
    double = "De werkgroep\n\nkwam in maart\n\nbijeen en besprak\n\nhet nieuwe verdrag."
    assert "\n\n" not in clean(double).text
    paged = "De werkgroep kwam bijeen.\n\n17\n\nZij besprak de agenda."
    cleaned = clean(paged)
    assert cleaned.text == "De werkgroep kwam bijeen.\n\nZij besprak de agenda."
    at = cleaned.text.index("\n\n")
    assert cleaned.breaks == (at,)
    assert cleaned.original_slice(at, at + 2) == "\n\n17\n\n"


def test_a_name_does_not_run_across_a_paragraph() -> None:
    text = (
        "6.1 Een nieuwe werkgroep\n\nLichthinder houdt niet op bij de grens. In januari 2028"
        " richtte het Directiecomité de Benelux-werkgroep Lichthinder op.\n"
    )
    labels = {str(label.value) for e in extract(text).entities for label in e.alt_labels}
    labels |= {str(label.value) for e in extract(text).entities for label in e.labels}
    assert "werkgroep Lichthinder" not in labels
    assert "Benelux-werkgroep Lichthinder" in labels


def test_a_signature_is_read_across_a_blank_line() -> None:
    text = (
        "Geachte voorzitter,\n\nHierbij informeer ik uw Kamer over de Benelux-top.\n\n"
        "De Minister van Buitenlandse Zaken,\n\nJan Jansen\n"
    )
    found = triples(text)
    assert any(s == "person/jan-jansen" and o == "role/minister" for s, _, o in found)


def test_a_heading_is_read_with_its_first_line() -> None:
    text = (
        "Het forum werkt aan een analyse voor de winters 2027-2030.\n\nBenelux-top\n\n"
        "De Benelux-top vindt in het najaar van 2026 in Nederland plaats.\n"
    )
    iris = {short(e.iri.value) for e in extract(text).entities}
    assert "event/benelux-top-2026" in iris
    assert "event/benelux-top-2030" not in iris


def test_a_label_and_its_list_are_read_across_a_blank_line() -> None:
    text = (
        "Op 3 april 2025 is het Benelux-netwerk van grensgemeenten opgericht.\nLeden zijn:\n\n"
        "  -  de Vereniging van Nederlandse Gemeenten (VNG);\n"
        "  -  de Vereniging van Vlaamse Steden en Gemeenten (VVSG).\n"
    )
    pairs = {(s, o) for s, p, o in triples(text) if p == PARTICIPANT}
    group = "working-group/benelux-netwerk-van-grensgemeenten"
    assert (group, "organisation/vereniging-van-nederlandse-gemeenten") in pairs
    assert (group, "organisation/vereniging-van-vlaamse-steden-en-gemeenten") in pairs
