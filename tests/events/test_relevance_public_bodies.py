"""Public bodies no actor stands for count toward a page's topic (events/relevance.py `unnamed_public_bodies`,
data/relevance.yaml public_office_nouns): a page about a county's hearing and a council's vote is about public
affairs, so its events stay though no dictionary knows the county. Texts written here."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.events.component import coding_with
from dossier.events.relevance import unnamed_public_bodies
from dossier.model import Document, Mention
from dossier.nlp import loader
from dossier.pipeline import process

ACT = "Activist Dana Holt accused the developer Corwin Homes of hiding flood risks from buyers. "
PUBLIC = ("The county will hold a hearing into the project in June. Two members of the city council asked for a "
          "delay. Utilities regulators said the site's power line needs work. ")
PRIVATE = ("The houses will have three bedrooms each. Two buyers asked for a delay. The site's power line needs "
           "work, an engineer said. ")
REST = "Corwin Homes plans four hundred houses on the old farm. Holt has lived in the valley since 1998."


@pytest.fixture(scope="module")
def nlp():
    return loader.load(Settings())


@pytest.fixture(scope="module")
def tagger():
    return loader.load_spacy(Settings().spacy_model)


@pytest.mark.parametrize("text, count", [
    ("The county said the city council and state lawmakers would meet the regulators.", 4),
    ("Utilities regulators and the mayor met the sheriff.", 3),
    # must-nots: a name is the actors stage's, a firm's board and officials, a league's commissioner, a court to play on
    ("Orange County fans cheered as the team left the court.", 0),
    ("The company's board and its officials met the league commissioner.", 0),
    # a firm's or a school's council
    ("The union asked works councils at the plants to refuse extra shifts.", 0),
    ("The student council voted to cancel the dance.", 0),
])
def test_common_nouns_of_public_bodies_are_counted(tagger, text, count):
    assert unnamed_public_bodies(tagger(text), []) == count


def test_a_noun_inside_a_mention_is_not_counted_twice(tagger):
    text = "The county said the city council would meet."
    doc = tagger(text)
    mention = Mention(entity="agent:USA:GOV", doc="t", start=text.index("city"), end=text.index(" would"),
                      text="city council")
    assert unnamed_public_bodies(doc, [mention]) == 1


def _types(nlp, text: str) -> list[str]:
    with coding_with(nlp, keep_off_topic=False):
        result = next(process([Document(id="t-public", source="t", text=text, published="2021-03-04")], nlp=nlp))
    return [e.type for e in result.events]


def test_an_act_on_a_page_about_a_county_s_affairs_stays(nlp):
    assert "ACCUSE" in _types(nlp, ACT + PUBLIC + REST)


def test_the_same_act_on_a_page_with_no_public_body_is_left_out(nlp):
    assert "ACCUSE" not in _types(nlp, ACT + PRIVATE + REST)
