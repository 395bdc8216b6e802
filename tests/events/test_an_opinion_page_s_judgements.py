"""On a page that declares itself opinion or analysis (`Document.genre`, ingest/genre.py), the author's judgements,
his "should" and his present-tense characterisations are no acts; a past act of others the page reports (a visit
on a day, a vote, police firing on a crowd) still is (events/relevance.py `authors_judgement`, round 80). Texts
written here."""

from __future__ import annotations

import pytest

from dossier.model import Document
from dossier.pipeline import process
from tests.events.conftest import countries, found_acts

VISIT = "Chilean Foreign Minister Rosa Tello visited Lima on Monday for talks with Peru's president."
PAST = "Bolivian police fired tear gas at the students who marched on the parliament in La Paz."
TAIL = ("The valley has seen dry summers before. Farmers there plant their maize early. The old canals still carry "
        "some water. A few villages keep their own wells.")
JUDGEMENTS = [
    "Argentina will punish Chile's farmers for the new dam on the river.",
    "The Argentine government keeps threatening Chile with sanctions that it will never impose.",
    "Chile's ministers have condemned Argentina for years without achieving anything.",
    "Why would Argentina accuse Chile of stealing the river when its own dams take more water?",
]


@pytest.fixture(scope="module")
def page(nlp):
    def run(text: str, genre: str | None):
        document = Document(id="t", source="t", text=text, published="2024-06-24", genre=genre)
        result = next(process([document], nlp=nlp))
        return result.events, {e.id: e for e in result.entities}
    return run


@pytest.mark.parametrize("sentence", JUDGEMENTS)
def test_the_author_s_judgement_on_an_opinion_page_gives_nothing(page, sentence):
    text = f"{sentence} {TAIL}"
    news, _ = page(text, None)
    assert news, "the sentence codes an act on a news page"  # what the opinion page leaves out
    opinion, _ = page(text, "opinion")
    assert not opinion, found_acts(opinion)
    analysis, _ = page(text, "analysis")
    assert not analysis, found_acts(analysis)


def test_a_reported_dated_visit_on_the_same_page_still_is_a_meeting(page):
    events, actors = page(f"{JUDGEMENTS[0]} {VISIT} {TAIL}", "opinion")
    assert events and {e.type for e in events} == {"CONSULT"}, found_acts(events)
    visit = events[0]
    assert countries(visit.source, actors) == {"CHL"} and countries(visit.target, actors) == {"PER"}
    assert visit.status == "occurred" and visit.date is not None and not visit.date.inferred


def test_a_past_act_told_by_the_page_stays(page):
    events, actors = page(f"{PAST} {TAIL}", "opinion")
    fired = [e for e in events if e.trigger == "fired"]
    assert fired and fired[0].status == "occurred", found_acts(events)
    assert countries(fired[0].source, actors) == {"BOL"}


def test_a_review_or_blog_keeps_its_acts(page):
    text = f"{JUDGEMENTS[1]} {TAIL}"
    assert page(text, "blog")[0] and page(text, "review")[0]


@pytest.mark.parametrize("sentence", [
    "\u201cPeru fully endorses Chile's bid for the council seat, and always has.\u201d",
    "Bolivia's opposition senators are demanding that Chile return the stolen relics to La Paz.",
])
def test_a_quoted_or_ongoing_act_on_an_opinion_page_stays(page, sentence):
    text = f"{sentence} {TAIL}"
    news, _ = page(text, None)
    assert news, "the sentence codes an act on a news page"
    opinion, _ = page(text, "opinion")
    assert [(e.type, e.trigger) for e in opinion] == [(e.type, e.trigger) for e in news], found_acts(opinion)
