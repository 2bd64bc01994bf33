"""Sentence spans: the evidence every relation quotes."""

from __future__ import annotations

from benelux_kg.extract.sentences import Sentences, sentence_spans


def test_sentences_split_at_final_punctuation() -> None:
    text = "De Benelux werkt samen. Het Comité van Ministers besliste dat."
    assert [text[b:e] for b, e in sentence_spans(text)] == [
        "De Benelux werkt samen.",
        "Het Comité van Ministers besliste dat.",
    ]


def test_the_sentence_around_a_position() -> None:
    text = "Eerste zin. Tweede zin over M(2019)7. Derde."
    index = Sentences(text)
    begin, end = index.around(text.index("M(2019)7"))
    assert text[begin:end] == "Tweede zin over M(2019)7."


def test_each_row_of_a_pipe_table_is_a_sentence_of_its_own() -> None:
    from benelux_kg.text import clean

    text = (
        "Tabel 2  Groepen\n"
        "| Groep            | Partners            |\n"
        "|------------------|---------------------|\n"
        "| Werkgroep Water  | Frankrijk           |\n"
        "| Werkgroep Bodem- | Europol, Duitsland  |\n"
        "|   kwaliteit      |                     |\n"
        "\n"
        "Bron: eigen bewerking.\n"
    )
    cleaned = clean(text).text
    spans = [cleaned[b:e] for b, e in sentence_spans(cleaned)]
    assert "| Werkgroep Water | Frankrijk |" in spans
    assert "| Werkgroep Bodem- | Europol, Duitsland |" in spans
    assert not any("Frankrijk" in s and "Europol" in s for s in spans)
    assert spans[0] == "Tabel 2 Groepen"
    assert spans[-1].strip() == "Bron: eigen bewerking."


def test_a_footnote_mark_glued_to_the_full_stop_ends_the_sentence() -> None:
    text = "Zij tekenden een verklaring.¹ De uitvoering ligt bij de werkgroep.² Klaar."
    assert [text[b:e] for b, e in sentence_spans(text)] == [
        "Zij tekenden een verklaring.",
        "De uitvoering ligt bij de werkgroep.",
        "Klaar.",
    ]


def _sentences(text: str) -> list[str]:
    from benelux_kg.text import clean

    c = clean(text)
    return [c.text[b:e] for b, e in Sentences(c.text, c.paragraph_breaks()).spans]


def test_a_heading_before_a_blank_line_ends_its_sentence() -> None:
    spans = _sentences(
        "Het secretariaat bereidt de jaarlijkse conferentie over grensarbeid voor.\n"
        "\n"
        "Samenwerking met de Noordse Raad en de Baltische Assemblee\n"
        "\n"
        "De commissie werkt samen met Estland en Letland.\n"
    )
    assert "Samenwerking met de Noordse Raad en de Baltische Assemblee" in spans
    assert not any("Assemblee" in s and "Estland" in s for s in spans)


def test_index_entries_apart_by_a_blank_line_are_sentences_of_their_own() -> None:
    spans = _sentences(
        "    M (2024) 3   Beschikking betreffende de wederzijdse erkenning van\n"
        "                 rijbewijzen voor bromfietsen, d.d. 12.03.2024 ..... 4\n"
        "\n"
        "    M (2024) 4   Beschikking betreffende de grensoverschrijdende inzet\n"
        "                 van ambulances, d.d. 12.03.2024 ................... 7\n"
    )
    assert len(spans) == 2
    assert spans[1].startswith("M (2024) 4")


def test_a_blank_line_after_a_comma_or_in_lower_case_ends_no_sentence() -> None:
    spans = _sentences(
        "De Minister van Buitenlandse Zaken en Europese Aangelegenheden van het Koninkrijk,\n"
        "\n"
        "Pieter de Vries\n"
    )
    assert len(spans) == 1
    spans = _sentences(
        "De drie landen voeren gezamenlijke controles uit op het vervoer van gevaarlijke\n"
        "\n"
        "stoffen over de weg.\n"
    )
    assert len(spans) == 1


def test_each_row_of_a_table_without_outer_pipes_is_a_sentence_of_its_own() -> None:
    spans = _sentences(
        "Instrument                       | sinds       | werkgroep\n"
        "---------------------------------|-------------|-------------------\n"
        "Verdrag inzake de waterkwaliteit | 01.03.2021  | Werkgroep Water\n"
        "Memorandum bodemsanering         | 2019        | Werkgroep Bodem-\n"
        "                                 |             |   sanering\n"
    )
    assert not any("Werkgroep Water" in s and "Memorandum" in s for s in spans)
    assert any("Memorandum" in s and "sanering" in s.split("Bodem")[1] for s in spans)


def test_a_name_stops_at_the_end_of_a_table_row() -> None:
    from benelux_kg.extract.names import heading_breaks

    text = "Verdrag inzake water | 2021 | Werkgroep Water\nMemorandum bodem | 2019 | Werkgroep"
    assert heading_breaks(text, 0, len(text)) == [text.index("\n")]


def test_an_index_entry_ends_at_its_page_number_though_the_next_line_is_joined() -> None:
    spans = _sentences(
        "  M (2025) 4   Beschikking tot oprichting van de Benelux-werkgroep Bodem,\n"
        "               d.d. 01.02.2025, Brussel ..................................... 12\n"
        "               De werkgroep valt onder het Directiecomité Milieu.\n"
    )
    assert spans[-1].strip() == "De werkgroep valt onder het Directiecomité Milieu."
    assert spans[0].endswith(".... 12")
