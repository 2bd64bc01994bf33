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
