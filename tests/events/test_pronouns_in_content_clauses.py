""""It" or "they" opening the content clause of a noun ("reports that it had…", "the claim that it…") stands for the
noun's owner, else for the subject of the clause the noun is the object of (events/actors.Resolver._claimant); a past
participle with a subject of its own is a perfect tense whose subject does the act (events/doers.subject_tokens).
Sentences written for these tests."""

from dossier.events.actors import Resolver
from tests.events.conftest import names


def sides(events, actors, trigger: str):
    found = [e for e in events if e.trigger and trigger in e.trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return names(found[0].source, actors), names(found[0].target, actors)


def test_it_in_a_claim_stands_for_the_claims_owner(code):
    events, actors = code("Chile hosted Argentina on Monday. Bolivia's claim that it shot down a Peruvian drone was "
                          "dismissed by Lima.")
    source, _ = sides(events, actors, "shot")
    assert source == {"Bolivia"}


def test_it_in_a_claim_by_a_state_stands_for_that_state(code):
    events, actors = code("Spain met Italy on Tuesday. A claim by Egypt that it had bombed Libya drew protests.")
    source, target = sides(events, actors, "bombed")
    assert source == {"Egypt"} and target == {"Libya"}


def test_it_in_reports_a_state_confirmed_stands_for_that_state(code):
    events, actors = code("Norway met Sweden on Friday. Serbia confirmed reports that it had shelled Kosovo.")
    source, _ = sides(events, actors, "shelled")
    assert source == {"Serbia"}


def test_it_in_claims_a_state_answered_stands_for_that_state(code):
    events, actors = code("Spain met Italy on Tuesday. Egypt hit back at claims that it had bombed Libya.")
    source, _ = sides(events, actors, "bombed")
    assert source == {"Egypt"}


def test_the_object_of_the_clause_is_not_the_one_who_acts(code):
    # the noun is the subject here: no owner and no clause it is the object of, so Russia (the one angered) is not
    # who bombed
    events, actors = code("Chile met Brazil on Monday. The news that it had bombed Syria angered Russia.")
    source, _ = sides(events, actors, "bombed")
    assert "Russia" not in source


def test_a_relative_clause_is_no_content_clause(nlp):
    doc = nlp("Peru released the sailors that it had detained in May.")
    pron = next(t for t in doc if t.lower_ == "it")
    assert pron.head.dep_ == "relcl"
    assert Resolver(doc)._claimant(pron) is None


def test_a_perfect_tense_in_an_adverbial_clause_keeps_its_own_subject(code):
    events, actors = code("Kenya protested after Uganda had seized the fishing boats.")
    source, _ = sides(events, actors, "seized")
    assert source == {"Uganda"}


def test_a_participle_without_a_subject_still_takes_its_agent(code):
    events, actors = code("Tariffs imposed by Canada hurt Mexico.")
    source, _ = sides(events, actors, "imposed")
    assert source == {"Canada"}
