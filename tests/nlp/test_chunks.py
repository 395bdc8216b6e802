"""Cutting long texts into pieces at paragraph breaks."""

import pytest

from dossier.nlp.chunks import split_text


def _check_cover(text, pieces, limit):
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece
        assert len(piece) <= limit


def test_a_short_text_is_one_piece():
    assert split_text("Two sentences. Here.", 100) == [(0, "Two sentences. Here.")]
    assert split_text("", 10) == [(0, "")]


def test_pieces_end_at_paragraph_breaks_before_line_breaks_or_sentences():
    paragraphs = ["The council met on Monday. It approved the budget.", "Farmers marched to the capital.",
                  "The minister resigned on Friday."]
    text = "\n\n".join(paragraphs * 5)
    pieces = split_text(text, 120)
    _check_cover(text, pieces, 120)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])


def test_a_text_without_breaks_is_cut_at_spaces_then_hard():
    text = "word " * 100
    pieces = split_text(text, 42)
    _check_cover(text, pieces, 42)
    assert all(piece.endswith(" ") for _, piece in pieces[:-1])
    blob = "x" * 1000
    pieces = split_text(blob, 300)
    _check_cover(blob, pieces, 300)
    assert [len(p) for _, p in pieces] == [300, 300, 300, 100]


def test_the_limit_must_be_positive():
    with pytest.raises(ValueError):
        split_text("text", 0)
