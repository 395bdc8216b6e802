"""A text that does an act by what it says is its author's act (roles/texts.py, data/texts.yaml): the owner of a
lawsuit or a complaint that "alleges", the one who presents a document "calling for" something."""

from __future__ import annotations

from dossier.events.roles.texts import text_authors, text_noun
from tests.events.conftest import names


def test_a_complaint_that_alleges_is_its_owners_accusation(code):
    events, actors = code("A judge ruled on Friday that Kenya could pursue its complaint against Uganda that alleges "
                          "Uganda seized its ships.")
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert names(event.source, actors) == {"Kenya"} and names(event.target, actors) == {"Uganda"}


def test_a_document_presented_calls_for_what_its_presenter_asks(code, rules_only):
    events, actors = code("The Andean Pact presented a document calling for talks with creditor banks.")
    (event,) = [e for e in events if e.type == "REQUEST"]
    assert names(event.source, actors) == {"Andean Pact"}


def test_a_court_that_dismisses_a_lawsuit_is_not_its_author(code, rules_only):
    # must-not: dismissing is no authoring; a lawsuit whose owner is not named keeps no source
    events, actors = code("The court dismissed the lawsuit that alleges Uganda seized the ships.")
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert not event.source


def test_an_owned_complaint_as_subject_is_read_as_before(code):
    # protective: the owner before the text was the source already
    events, actors = code("Kenya's complaint accuses Uganda of massing troops on the border.")
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert names(event.source, actors) == {"Kenya"} and names(event.target, actors) == {"Uganda"}


def test_the_functions_on_a_parse(nlp):
    doc = nlp("The union filed a lawsuit that alleges fraud.")
    that = next(t for t in doc if t.text == "that")
    assert text_noun(that).text == "lawsuit"
    assert text_noun(next(t for t in doc if t.text == "union")) is None  # no text

    class Resolver:  # every noun names an actor
        def many(self, tok):
            return [tok.text] if tok.pos_ in ("NOUN", "PROPN") else []
    assert [t.text for t in text_authors(text_noun(that), Resolver())] == ["union"]
