"""A headline in a list whose lines open with a bullet, a dash or the quotation mark a page's dash was decoded as
is still a whole line with no closing punctuation: no prose (events/headings.py `_opens_its_line`,
data/relevance.yaml headings: bullets). A sentence of prose after a bullet, and one after other words on its line,
stay. Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.headings import heading_line


def _judge(text: str, sentence: str) -> bool:
    start = text.index(sentence)
    return heading_line(text, start, start + len(sentence))


@pytest.mark.parametrize("bullet", ["\u2022 ", "- ", "\u2014 ", '" ', "* "])
def test_a_headline_after_a_bullet_is_no_prose(bullet):
    line = "Chile's president offers flood help to Peru"
    text = "The port reopened on Monday.\n" + bullet + line + "\nShips queued outside the breakwater."
    assert _judge(text, line)


@pytest.mark.parametrize("before, line", [
    ("\u2022 ", "Chile's president offered flood help to Peru on Monday."),  # prose in a list closes its sentence
    ("Officials said so. ", "Chile's president offers flood help to Peru"),  # words before it on its line
    ("Storm: ", "Chile's president offers flood help to Peru"),  # a label is no bullet
])
def test_prose_after_a_bullet_or_after_words_stays(before, line):
    text = "The port reopened on Monday.\n" + before + line + "\nShips queued outside the breakwater."
    assert not _judge(text, line)


PROSE = ("Dock crews loaded grain through the night. The harbour was busy for the whole week. "
         "Pilots guided eleven tankers past the breakwater. Tug crews worked in double shifts.\n")


def test_an_act_in_a_bulleted_list_of_links_is_left_out(code):
    events, _ = code(PROSE + "\u2022 Japan imposes new tariffs on Korean steel\n"
                     "\u2022 Harbour strike enters its second week\nThe port's director thanked the crews.")
    assert not [e for e in events if e.type == "SANCTION"]


def test_the_same_act_in_a_bulleted_sentence_stays(code):
    events, _ = code(PROSE + "\u2022 Japan imposed new tariffs on Korean steel on Monday.\n"
                     "The port's director thanked the crews.")
    assert [e for e in events if e.type == "SANCTION"]
