"""A state named only as the nationality or home of a private person ("a Kenyan man", "the Kenyan patient", "Kenyan
shoppers") tells who the person is: it is no political mention in a page's topic count (events/relevance.py
`_a_private_persons_state`, data/relevance.yaml `private_person_nouns`), so a doctor's case story is a page about no
public affairs and its doctor's acts are left out. The same nationality before a noun of office ("a Kenyan
minister") counts. Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.relevance import off_topic_page

CASE = ("A Kenyan {who} developed a rare lung disease after buying a new feather quilt, his doctors say. The Kenyan "
        "{whom}, a 50-year-old, had trouble breathing for months. Dr. Amos Wekesa, a chest physician at Nairobi "
        "Hospital, talked with the {whom} on the phone about his home. Wekesa suspected the quilt and told him to "
        "throw it away. The {whom} recovered within weeks, and the doctors now advise Kenyan {others} to air new "
        "bedding. Such cases are rare, the doctors wrote in the journal.")
STUDENT = ("Two Ugandan students fell ill after a school trip to the lake, their teachers said. The Ugandan students, "
           "both 15, were taken to a clinic in Jinja. A nurse, Grace Nabirye, spoke with their parents by phone. "
           "She suspected bad water and urged them to boil it. Both students were home by Friday. Ugandan families "
           "often camp by the lake in the holidays.")


@pytest.mark.parametrize("text", [CASE.format(who="man", whom="patient", others="shoppers"), STUDENT])
def test_a_private_persons_nationality_is_no_political_mention(nlp, text):
    doc = nlp(text)
    assert off_topic_page(doc, doc._.actors or {})


def test_the_doctors_acts_in_a_case_story_are_left_out(code):
    events, _ = code(CASE.format(who="man", whom="patient", others="shoppers"))
    assert not [e for e in events if e.trigger in ("talked", "suspected")]


def test_a_nationality_before_a_noun_of_office_counts(nlp, code):
    text = CASE.format(who="minister", whom="minister", others="officials")
    doc = nlp(text)
    assert not off_topic_page(doc, doc._.actors or {})
    events, _ = code(text)
    assert [e for e in events if e.trigger == "talked"]
