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
