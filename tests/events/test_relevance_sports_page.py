"""A page of sport (events/relevance.py `game_sentences`, data/relevance.yaml sports_page and
game_words): on a page whose sentences hold several words of a game's score and play, an act told in a game's
sentence is play, a club's name there is no political mention, and off topic an act of force is not kept for its
type; a person no dictionary knows is no political actor there, whatever title he holds; a report of tennis is one
too; a page of public affairs that names a game in passing is no page of sport. Texts written here."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.events.component import coding_with
from dossier.events.relevance import game_sentences, sports_bar
from dossier.model import Document
from dossier.nlp import loader
from dossier.pipeline import process

GAME = ("Harwick Senators 4, Dunmore Foxes 2: Lena Ostrova scored twice and added an assist as the Senators won their "
        "fourth straight. Paul Tennant fired a shot at the Foxes goaltender that bounced in off a skate in the third "
        "period. Dunmore outshot Harwick 31-22 but could not find the net after the first period. Rico Vance hit "
        "Ostrova with a high stick and sat for four minutes. ")
TAIL = ("Coach Mara Dell said the team is finally healthy. The clubs meet again on Saturday night. The Foxes have lost "
        "five of their last six. Attendance was 14,102.")
SIGNED = "The Senators signed Vance to a two-year deal in the offseason. "
STATES = "The government of Canada accused Russia of doping its athletes before the tournament. "
FOOTBALL = ("Cleveland beat Pittsburgh 27-20 on Sunday as quarterback Ben Alder threw two touchdowns. The Steelers led "
            "at halftime but lost a fumble in the fourth quarter. Steelers defensive captain Joel Marsh, who had "
            "lobbied the league to ban the rival end, did not offer a reply when asked about the hit. Marsh said he is focused "
            "on helping the Steelers win the division. The NFL will review the play on Monday. Cleveland has now won "
            "five straight and sits first in the playoff race.")
TENNIS = ("Spain beat Russia 2-1 in the Davis Cup on Tuesday after the hosts won the deciding doubles match. Lopez and "
          "Granero attacked the net against Ito and Sato of Japan in the doubles match, saving two match points. The "
          "United States had won all 12 earlier meetings with their neighbours. The Spanish king watched from the "
          "stands. The ATP season ended last week in London. Canada plays Germany on Wednesday.")
SENATE = ("The Senate voted late on Tuesday to impose sanctions on Venezuela after a debate that ran into overtime. "
          "Senator Ruth Allard accused the Venezuelan government of rigging the vote. The White House welcomed the "
          "bill. Allard scored a rare win over the majority leader. The president is expected to sign the bill on "
          "Friday. Venezuela's foreign ministry condemned the measure.")


@pytest.fixture(scope="module")
def nlp():
    return loader.load(Settings())


def _events(nlp, text: str, keep: bool = False):
    with coding_with(nlp, keep_off_topic=keep):
        result = next(process([Document(id="t-sport", source="t", text=text, published="2019-11-20")], nlp=nlp))
    return [(e.type, e.trigger) for e in result.events]


def test_the_bar_and_the_words_are_data():
    bar = sports_bar()
    assert bar.min_sentences > 1 and bar.distinct_words > 1 and 0 < bar.sentence_share < 1
    assert bar.words is not None and bar.words.search("a goal in overtime") and not bar.words.search("the goal")


def test_a_game_report_is_a_page_of_sport(nlp):
    doc = nlp(GAME + SIGNED + TAIL)
    starts = [a for a, _ in game_sentences(doc)]
    assert len(starts) == 4  # the score line, the shot, the shots counted, the offseason's signing
    assert (GAME + SIGNED + TAIL).index("Rico Vance hit") not in starts  # no game's word in that sentence


def test_plays_and_a_clubs_signing_are_left_out(nlp):
    kept = _events(nlp, GAME + SIGNED + TAIL, keep=True)
    assert ("ASSAULT", "fired") in kept and ("ASSAULT", "hit") in kept
    assert ("AGREE", "signed") not in kept  # a player signed is no accord on any page (non_events "a person signed")
    assert _events(nlp, GAME + SIGNED + TAIL) == []  # the hit, an act of force off topic, goes as well


def test_a_states_act_on_a_page_of_sport_stays(nlp):
    events = _events(nlp, GAME + STATES + TAIL)
    assert ("ACCUSE", "accused") in events
    assert ("ASSAULT", "fired") not in events  # a game's sentence on a page that is on topic


def test_a_page_about_politics_that_names_a_game_in_passing_is_no_page_of_sport(nlp):
    assert game_sentences(nlp(SENATE)) == []  # "overtime" and "scored": two of the words, in passing
    events = _events(nlp, SENATE)
    assert ("SANCTION", "impose") in events and ("ACCUSE", "accused") in events


def test_a_team_captain_the_dictionaries_do_not_know_is_no_political_actor(nlp):
    assert ("AGREE", "offer") in _events(nlp, FOOTBALL, keep=True)  # "captain" gives him a soldier's sector
    assert _events(nlp, FOOTBALL) == []


def test_a_known_leader_on_a_page_of_sport_stays_political(nlp):
    events = _events(nlp, FOOTBALL + " President Joe Biden invited the Cleveland players to the White House.")
    assert [t for _, t in events] == ["invited"]


def test_a_tennis_report_is_a_page_of_sport(nlp):
    doc = nlp(TENNIS)
    assert len(game_sentences(doc)) == 3  # the tie, the doubles' play at the net, the tour's season
    assert ("ASSAULT", "attacked") in _events(nlp, TENNIS, keep=True)
    assert ("ASSAULT", "attacked") not in _events(nlp, TENNIS)


def test_the_game_sentences_read_from_the_kept_text_are_those_of_the_sentences_own_text(nlp):
    """`game_sentences` cuts each sentence from the Doc's kept text: the words a game's word list finds there are
    those of `Span.text`, on a page of sport (two kinds) and on one that is not."""
    bar = sports_bar()
    for text in (GAME + SIGNED + TAIL, FOOTBALL, SENATE):
        doc = nlp(text)
        walked = [(s.start_char, s.end_char) for s in doc.sents if bar.words.findall(s.text.lower())]
        found = game_sentences(doc)
        assert set(found) <= set(walked)
        assert found == (walked if found else [])
    assert game_sentences(nlp(SENATE)) == []  # must-not: a page naming a game's words in passing
