"""A deed the type model reads in a sentence whose main verb tells what an unnamed private person did ("police say a
dismissed employee opened fire") is made no act of on that verb: the teller did nothing (coder._told_of_a_lone_doer,
read by `_created`). Sentences written for these tests."""

from dossier.events.actors import Resolver


def _told(nlp, text, ptype="ASSAULT"):
    coder = nlp.get_pipe("dossier_events").coder
    doc = nlp(text)
    root = next(iter(doc.sents)).root
    resolver = Resolver(doc, pairs=coder.lex.pairs, leader_titles=coder.lex.leader_titles,
                        reporting_verbs=coder.lex.reporting_verbs)
    return coder._told_of_a_lone_doer(root, ptype, resolver)


def test_the_police_telling_of_a_dismissed_employees_shooting_make_no_deed(nlp):
    assert _told(nlp, "Police say a lately dismissed employee began firing soon after arriving at the dinner.")


def test_a_worker_told_after_the_fact_makes_no_deed_of_the_telling(nlp):
    assert _told(nlp, "A worker who lost her job in May wounded two guards at the Durban depot, police said.")


def test_the_police_telling_of_their_own_officers_still_may(nlp):
    assert not _told(nlp, "Kenyan police said officers shot two smugglers near the border.")


def test_words_of_the_teller_are_not_read_so(nlp):
    assert not _told(nlp, "Police say a lately dismissed employee began firing soon after arriving at the dinner.",
                     "ACCUSE")
