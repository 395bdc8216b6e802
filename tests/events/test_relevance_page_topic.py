"""A page whose topic is not public affairs (events/relevance.py `on_topic_events`, data/relevance.yaml
page_topic): on a page long enough to have a topic that names fewer political actors than the bar, an event with
no political actor on a side is left out (a singer's quarrel with her label, a tour); an event with a state body on a
side stays there, and so do an event between actors of two states and every event of a short text or of a page about
politics. Texts written here."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from dossier.config import Settings
from dossier.events.component import coding_with
from dossier.events.relevance import on_topic_events, political_actor, topic_bar
from dossier.model import Document, Entity, Event
from dossier.nlp import loader
from dossier.pipeline import process

QUARREL = ("The singer Marla Quint accused her former label, Brightwave Records, of withholding her master "
           "recordings. ")
REST = ("Quint has sold millions of albums since her debut in 2009. Her new album comes out in the spring. "
        "She will tour eleven cities with a string quartet. Fans queued overnight for tickets in Denver. "
        "The label's founder, Owen Pratt, declined to say more.")


def test_the_bar_is_data():
    bar = topic_bar()
    assert bar.political_mentions > 0 and bar.min_sentences > 1


@pytest.mark.parametrize("actor", [
    Entity(id="usa", name="United States", type="GPE", kind="government", country="USA", known=True),
    Entity(id="p", name="Tallinn Party of Labour", type="ORG", kind="party"),
    Entity(id="l", name="Hedda Morn", type="PERSON", kind="person", country="NOR", cameo="NORGOV"),
    Entity(id="c", name="police", type="ORG", kind="organisation", cameo="USACOP"),
    Entity(id="h", name="Harbor Safety Commission", type="ORG", kind="organisation"),  # a body the dictionaries lack
])
def test_a_state_its_bodies_agents_and_parties_are_political(actor):
    assert political_actor(actor)


@pytest.mark.parametrize("actor", [
    Entity(id="s", name="Marla Quint", type="PERSON", kind="person", country="USA"),  # a singer with a country
    Entity(id="f", name="Brightwave Records", type="ORG", kind="company", cameo="USABUS"),
    Entity(id="g", name="Quint Touring Authority", type="PERSON", kind="person"),  # a person's kind: no body's name
    Entity(id="o", name="Commission Plus", type="ORG", kind="organisation"),  # the noun not at the end
    Entity(id="v", name="American civilians", type="NORP", kind="group", country="USA", cameo="USACVL"),
    None,
])
def test_people_firms_and_civilians_are_not(actor):
    assert not political_actor(actor)


@pytest.fixture(scope="module")
def nlp():
    return loader.load(Settings())


def _events(nlp, text: str, keep: bool = False):
    with coding_with(nlp, keep_off_topic=keep):
        result = next(process([Document(id="t-topic", source="t", text=text, published="2021-03-04")], nlp=nlp))
    names = {e.id: e.name for e in result.entities}
    return [(e.type, [names.get(a) for a in e.source], [names.get(a) for a in e.target]) for e in result.events]


def test_a_quarrel_on_a_page_about_a_singer_is_left_out(nlp):
    assert ("ACCUSE", ["Marla Quint"], ["Brightwave Records"]) in _events(nlp, QUARREL + REST, keep=True)
    assert _events(nlp, QUARREL + REST) == []


def test_an_act_of_a_state_body_stays_on_such_a_page(nlp):
    text = QUARREL + "The Justice Department accused Brightwave Records of misleading artists. " + REST
    events = _events(nlp, text)
    assert [e for e in events if e[0] == "ACCUSE" and e[1] and e[1] != ["Marla Quint"] and e[2] == ["Brightwave Records"]]
    assert not [e for e in events if e[1] == ["Marla Quint"]]  # the singer's own quarrel and tour still left out


def test_a_deal_between_actors_of_two_states_stays():
    page = [Event(id="t:e1", type="AGREE", source=["jp"], target=["us"]), Event(id="t:e2", type="AGREE",
                                                                              source=["us"], target=["us2"])]
    actors = {"jp": Entity(id="jp", name="Hoshiba Motors", type="ORG", kind="company", country="JPN"),
              "us": Entity(id="us", name="Pellam Brakes", type="ORG", kind="company", country="USA"),
              "us2": Entity(id="us2", name="Dena Voss", type="PERSON", kind="person", country="USA")}
    with patch("dossier.events.relevance.off_topic_page", return_value=True):
        assert [e.id for e in on_topic_events(page, actors, None)] == ["t:e1"]


def test_an_act_of_force_stays():
    page = [Event(id="t:e1", type="PROTEST", source=["w"], target=[]), Event(id="t:e2", type="CONSULT",
                                                                          source=["w"], target=[])]
    actors = {"w": Entity(id="w", name="mine workers", type="NORP", kind="group")}
    with patch("dossier.events.relevance.off_topic_page", return_value=True):
        assert [e.id for e in on_topic_events(page, actors, None)] == ["t:e1"]


def test_a_short_text_has_no_topic(nlp):
    assert ("ACCUSE", ["Marla Quint"], ["Brightwave Records"]) in _events(nlp, QUARREL)


def test_a_page_about_politics_keeps_every_act(nlp):
    text = QUARREL + ("She told the Senate Judiciary Committee that artists need new protections. Senators from both "
                      "parties questioned her. The Justice Department is reviewing the contracts, and the Federal Trade "
                      "Commission opened an inquiry. Fans queued overnight for tickets in Denver.")
    assert ("ACCUSE", ["Marla Quint"], ["Brightwave Records"]) in _events(nlp, text)


def test_the_setting_keeps_them(nlp):
    assert Settings().off_topic_events == "drop"
    component = loader.load(Settings(off_topic_events="keep")).get_pipe("dossier_events")
    assert component.keep_off_topic is True


# a long page needs one political mention in five sentences; a shorter one keeps the bar of three. The
# singer has a country there (an event with no placed side is left out on any page), so the bar decides.
FILLER = ("The orchard planted {n} new rows of pear trees. ",
          "Volunteers counted {n} hives along the southern fence. ",
          "The cider press ran for {n} hours on the last weekend. ")


def _long_page(head: str, sentences: int) -> str:
    return head + "".join(FILLER[n % 3].format(n=n + 2) for n in range(sentences))


def test_a_long_page_needs_a_share_of_political_mentions():
    bar = topic_bar()
    assert bar.long_page > bar.min_sentences and 0 < bar.per_sentence < 1
    assert bar.needed(bar.min_sentences) == bar.political_mentions  # a short page: the bar of three
    assert bar.needed(bar.long_page - 1) == bar.political_mentions
    assert bar.needed(400) == pytest.approx(400 * bar.per_sentence)


def test_a_long_page_that_names_states_in_passing_is_off_topic(nlp):
    head = ("The Canadian singer Marla Quint accused Brightwave Records of withholding her master recordings. She "
            "first played in France, then in Spain, and later in Portugal and Italy. ")  # a side with a country
    text = _long_page(head, topic_bar().long_page + 20)
    assert ("ACCUSE", ["Marla Quint"], ["Brightwave Records"]) in _events(nlp, text, keep=True)
    assert ("ACCUSE", ["Marla Quint"], ["Brightwave Records"]) not in _events(nlp, text)


def test_a_shorter_page_with_the_same_states_keeps_the_act(nlp):
    head = ("The Canadian singer Marla Quint accused Brightwave Records of withholding her master recordings. She "
            "first played in France, then in Spain, and later in Portugal and Italy. ")  # a side with a country
    text = _long_page(head, 12)
    assert ("ACCUSE", ["Marla Quint"], ["Brightwave Records"]) in _events(nlp, text)
