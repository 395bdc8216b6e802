"""A wire's roundup of news opens each later paragraph with its own dateline, a town in capitals and a short dash
("...\nKALMORA - Rebel fighters said they ..."): the town is where the story was filed, no side of its acts; the
paragraph's own words name them (nlp/paragraphs, ingest/header.dateline_length). Sentences written for this test."""

from tests.events.conftest import names, only

ROUNDUP = ("Dockers in Lisbon ended their strike on Monday after a pay offer, union sources said.\n"
           "CARACAS - Leftist guerrillas said they destroyed an army radio post in the east of Venezuela.\n"
           "NAIROBI, Kenya - Kenya's former trade minister was arrested on suspicion of fraud, police said.")


def test_the_paragraph_s_doers_not_its_town(code):
    events, actors = code(ROUNDUP, "1988-03-02")
    blown = only([e for e in events if "radio post" in e.evidence[0].text])
    assert not any("caracas" in n.lower() for n in names(blown.source, actors))
    assert {actors[i].country for i in blown.source} == {"VEN"}


def test_the_town_is_no_target_of_an_arrest(code):
    events, actors = code(ROUNDUP, "1988-03-02")
    held = only([e for e in events if "arrested" in e.evidence[0].text])
    assert not any("nairobi" in n.lower() for n in names(held.target + held.source, actors))
    assert not held.evidence[0].text.startswith("NAIROBI")
