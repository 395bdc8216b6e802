"""Lines that are no prose (events/headings.py, data/relevance.yaml headings): an act read in a subhead, a
link to another story or a teaser cut short is left out; a sentence of the page's prose, a wire story's wrapped
sentence and a text too short to have a page are coded as before. Texts written here."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.events.headings import heading_line, prose_events
from dossier.model import Document, Event
from dossier.nlp import loader
from dossier.pipeline import process


def _judge(text: str, sentence: str) -> bool:
    start = text.index(sentence)
    return heading_line(text, start, start + len(sentence))


@pytest.mark.parametrize("line", [
    "Why Ports Are Raising Their Fees",  # a subhead
    "ALSO READ | Mayor opens new ferry terminal",  # a link to another story
    "Dockworkers marched through the port city on Friday, carrying banners and ...",  # a teaser cut short
    "Harbour board approves new cranes …",
])
def test_headings_links_and_teasers(line):
    text = "The port reopened on Monday.\n" + line + "\nShips queued outside the breakwater."
    assert _judge(text, line)
    assert _judge(text, line + "\n")  # the sentence may hold its line's end


@pytest.mark.parametrize("line", [
    "The harbour board approved new cranes on Tuesday.",
    "\u201cWe will not pay these fees,\u201d the shippers said.",
    "The minister said the board had made a mistake and had increased its problems...",  # an author's ellipsis
    "The board listed three reasons:",  # a colon opens a list
])
def test_prose_lines_stay(line):
    text = "The port reopened on Monday.\n" + line + "\nShips queued outside the breakwater."
    assert not _judge(text, line)


def test_a_wrapped_sentence_or_a_line_that_goes_on_is_prose():
    wire = "The harbour board said on Tuesday it would\nraise fees for foreign ships next month\n"
    assert not _judge(wire, wire.strip())  # a wire story's hard-wrapped sentence
    assert not _judge("Port fees rise The board said so.", "Port fees rise")  # the line goes on


@pytest.fixture(scope="module")
def nlp():
    return loader.load(Settings())


PROSE = ("Dock crews loaded grain through the night. The harbour was busy for the whole week. "
         "Pilots guided eleven tankers past the breakwater. Tug crews worked in double shifts.\n")
LINK = "ALSO READ | Japan imposes new tariffs on Korean steel\n"


def _codes_tariffs(nlp, text: str) -> bool:
    result = next(process([Document(id="t-head", source="t", text=text, published="2021-03-04")], nlp=nlp))
    return any(e.type == "SANCTION" for e in result.events)


def test_an_act_in_a_link_to_another_story_is_left_out(nlp):
    assert not _codes_tariffs(nlp, PROSE + LINK + "The port's director thanked the crews.")


def test_the_same_act_told_in_the_page_prose_stays(nlp):
    assert _codes_tariffs(nlp, PROSE + "Japan imposed new tariffs on Korean steel.\nThe director thanked the crews.")


def test_a_headline_alone_keeps_its_act(nlp):
    assert _codes_tariffs(nlp, LINK)


def test_events_without_offsets_are_kept():
    event = Event(id="t:e1", type="AGREE", source=[], target=[])
    assert prose_events([event], None) == [event]


def test_a_post_quoted_whole_is_no_heading(nlp):  # a post's lines seldom close with a mark (nlp/tweets.py)
    post = ("Japan imposes new tariffs on Korean steel today\n"
            "— Kenji Arai (@kenjiarai) March 3, 2021\n")
    assert _codes_tariffs(nlp, PROSE + post + "The port's director thanked the crews.")


# a teaser's label in brackets and capitals at a line's end ("… [VIDEO]") makes the line a link to another
# story, though "]" closes a line otherwise; prose that closes before the label stays prose.
@pytest.mark.parametrize("line", [
    "Port board 'warned of new tariffs by Japan'\u00a0[REACTION]",
    "Storm closes the harbour for a third day [VIDEO]",
    "\u201cWe will not pay,\u201d shippers tell the board [INSIGHT]",
])
def test_a_teaser_with_a_label_is_a_heading(line):
    text = "The port reopened on Monday.\n" + line + "\nShips queued outside the breakwater."
    assert _judge(text, line)
    assert _judge(text, line[:line.rindex("[")])  # the sentence splitter may leave the label to a sentence of its own


@pytest.mark.parametrize("line", [
    "The harbour board approved new cranes on Tuesday. [AP]",  # closed before the label
    "The board cited two studies [2]",  # a note's number, no label
    "[CNET]",  # a label alone
])
def test_labels_after_prose_or_alone_are_not_teasers(line):
    text = "The port reopened on Monday.\n" + line + "\nShips queued outside the breakwater."
    assert not _judge(text, line)
    if "[" in line[1:]:
        assert not _judge(text, line[:line.rindex("[")])


def test_an_act_in_a_labelled_teaser_is_left_out(nlp):
    teaser = "Japan imposes new tariffs on Korean steel\u00a0[VIDEO]\n"
    assert _codes_tariffs(nlp, PROSE + "Japan imposed new tariffs on Korean steel.\nThe director thanked the crews.")
    assert not _codes_tariffs(nlp, PROSE + teaser + "The port's director thanked the crews.")
