"""The clean text maps back to the stored text exactly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benelux_kg.text import clean

# Text that exercises every cleaning rule: hyphenation, line breaks, footnote markers,
# page numbers, runs of white space, accented letters.
_PIECES = st.sampled_from(
    [
        "grensover-\nschrijdende",
        "Noordrijn-\nWestfalen",
        "Kamer1 ",
        "regio11,",
        "\n12\n",
        "\n\n",
        " \n",
        "  ",
        "Comité",
        "M(2015)15",
        "M (2013) 6",
        "Bene-\nlux",
        ".",
        "•\t",
        "België",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(min_size=0, max_size=8)), max_size=30).map("".join)
_DROPPABLE = re.compile(r"^[\s\-\d]*$")


@settings(max_examples=400)
@given(text=_TEXT, data=st.data())
def test_every_span_maps_back_to_what_produced_it(text: str, data: st.DataObject) -> None:
    c = clean(text)
    if not c.text:
        assert _DROPPABLE.match(text)
        return
    begin = data.draw(st.integers(0, len(c.text) - 1))
    end = data.draw(st.integers(begin + 1, len(c.text)))
    b, e = c.to_original(begin, end)
    assert 0 <= b < e <= len(text)
    # Each clean character comes from its own unit, in order, inside the mapped span.
    previous_end = b
    for i in range(begin, end):
        unit_start, unit_end = c.unit(i)
        unit = text[unit_start:unit_end]
        assert unit_start >= previous_end
        if c.text[i].isspace():
            # A separator stands for a run of white space (and what was dropped inside it).
            assert c.text[i] in " \n"
            assert _DROPPABLE.match(unit)
            assert any(ch.isspace() for ch in unit)
        else:
            assert unit == c.text[i]
        # What lies between two units is only what the cleaner drops.
        assert _DROPPABLE.match(text[previous_end:unit_start])
        previous_end = unit_end
    assert previous_end == e


@given(text=_TEXT)
def test_non_space_characters_survive_in_order(text: str) -> None:
    c = clean(text)
    kept = [text[c.unit(i)[0]] for i in range(len(c.text)) if not c.text[i].isspace()]
    assert "".join(kept) == "".join(ch for ch in c.text if not ch.isspace())


def test_line_end_hyphenation_is_undone() -> None:
    # 002_9e5d61a85da0ad79: "de onze-\nkerheid rond energie"
    c = clean("de onze-\nkerheid rond energie")
    assert c.text == "de onzekerheid rond energie"
    begin = c.text.index("onzekerheid")
    assert c.original_slice(begin, begin + len("onzekerheid")) == "onze-\nkerheid"


def test_hyphen_of_a_broken_compound_is_kept() -> None:
    c = clean("de regio Noordrijn-\nWestfalen werkt")
    assert "Noordrijn-Westfalen" in c.text


def test_footnote_markers_and_page_numbers_go() -> None:
    # 003_c75309f88a2b6b39: "Zowel de Eerste als de Tweede Kamer1 verzochten"
    c = clean("de Tweede Kamer1 verzochten om een evaluatie.\n86 \nVolgende alinea")
    assert "Kamer verzochten" in c.text
    assert "86" not in c.text


def test_numbers_of_instruments_are_not_footnotes() -> None:
    assert "M(2015)15" in clean("bij Beschikking M(2015)15 van het Comité").text


def test_a_blank_line_is_a_paragraph_break() -> None:
    text = (
        "De ministers bespraken de gezamenlijke aanpak van overstromingen in de grensstreek\n"
        "\n"
        "Waterbeheer in het stroomgebied van de Schelde en de Maas\n"
        "\n"
        "De werkgroep Water komt tweemaal per jaar bijeen.\n"
    )
    c = clean(text)
    breaks = c.paragraph_breaks()
    assert len(breaks) == 2
    for position in breaks:
        # The break is a blank line of its own: "\n\n", one newline for each of the original's.
        assert c.text[position : position + 2] == "\n\n"
        begin, end = c.to_original(position, position + 2)
        assert text[begin:end].count("\n") == 2


def test_blank_lines_of_double_spaced_text_are_line_breaks() -> None:
    lines = [
        "De samenwerking tussen de drie landen is in de afgelopen jaren sterk",
        "verbeterd, vooral op het gebied van de politie en van de douane in de",
        "Benelux-landen, waar de diensten",
        "nu gegevens uitwisselen over voertuigen en over de",
        "bestuurders die een overtreding",
        "begaan.",
    ]
    c = clean(" \n\n".join(lines))
    assert c.paragraph_breaks() == []
    assert "in de Benelux-landen" in c.text


def test_a_row_of_a_text_table_keeps_its_line_break() -> None:
    text = (
        "Instrument                     | sinds       | werkgroep\n"
        "Verdrag inzake de waterkwaliteit | 01.03.2021  | Werkgroep Water\n"
        "Memorandum bodemsanering       | 2019        | Werkgroep Bodem"
    )
    c = clean(text)
    assert "Werkgroep Water\nMemorandum" in c.text
    assert len(c.paragraph_breaks()) == 2


def test_a_row_of_a_table_aligned_by_spaces_keeps_its_line_break() -> None:
    text = (
        "Project                          Status            Trekker\n"
        "Grensoverschrijdende waterbeken   lopend            werkgroep Water\n"
        "Droogte in de Kempen             nieuw             Secretariaat-Generaal\n"
    )
    assert "werkgroep Water\nDroogte" in clean(text).text


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # Made up: a running header in capitals beside its page number, inside a sentence.
        (
            "Aan het netwerk nemen de Politie Nederland, de Douane België en\n\n"
            "BENELUX UNIE – JAARVERSLAG 2025                          12\n\n"
            "het Luxemburgse Corps grand-ducal deel.",
            "de Douane België en\nhet Luxemburgse",
        ),
        # A page number set between dashes, between two items of a list.
        (
            "De werkgroep telt de volgende leden:\n- het RIVM,\n\n— 7 —\n\n"
            "- de Vlaamse Milieumaatschappij.",
            "- het RIVM,\n- de Vlaamse",
        ),
        # "Pagina 3 van 9" between the halves of a sentence.
        (
            "Het overleg wordt voorgezeten door de\n\nPagina 3 van 9\n\n"
            "vertegenwoordiger van Luxemburg.",
            "door de\nvertegenwoordiger",
        ),
        # The page number before the header.
        (
            "De ministers bespraken de gezamenlijke aanpak van de\n\n"
            "4      JAARPLAN BENELUX 2026\n\ngrensoverschrijdende samenwerking.",
            "van de\ngrensoverschrijdende",
        ),
    ],
)
def test_a_page_break_inside_a_paragraph_goes(text: str, joined: str) -> None:
    c = clean(text)
    flat = " ".join(c.text.split())
    assert " ".join(joined.split()) in flat, c.text
    assert not re.search(r"\d", flat), c.text  # neither the page number nor the header
    # The words after the break map back to themselves in the original.
    after = joined.split()[-1]
    begin = c.text.index(after)
    assert c.original_slice(begin, begin + len(after)) == after


def test_a_page_number_after_a_sentence_keeps_the_paragraph_break() -> None:
    # Made up: the paragraph ends before the page break; a heading in capitals stays.
    text = (
        "De werkgroep kwam twee keer bijeen.\n\nBENELUX UNIE – JAARPLAN      3\n\nDe ministers ..."
    )
    assert "BENELUX UNIE" in clean(text).text
