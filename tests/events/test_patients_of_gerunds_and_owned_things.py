"""Whom a passive is done to where no word of its own names an actor: a passive gerund under a preposition is done
to the one an active gerund there would be done by, the main clause's subject or, after "from", "of", "for" or
"as", its object (doers.gerund_patients); a passive subject owned by a possessive pronoun is its owner's thing, so
the owner is the target (doers.owner_of_patient, Resolver.possessor). Sentences written for these tests."""

from dossier.events.roles.doers import gerund_patients
from tests.events.conftest import names


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_passive_gerund_is_done_to_the_main_subject(nlp):
    doc = nlp("After being expelled by Uganda last week, the Kenyan envoy flew home.")
    assert [t.text for t in gerund_patients(_token(doc, "expelled"))] == ["envoy"]


def test_a_passive_gerund_after_from_is_done_to_the_object(nlp):
    doc = nlp("The court kept the tanker from being searched by the navy.")
    assert [t.text for t in gerund_patients(_token(doc, "searched"))] == ["tanker"]


def test_an_active_gerund_has_no_patient_of_this_kind(nlp):
    doc = nlp("After expelling the envoy, Uganda closed the border.")
    assert gerund_patients(_token(doc, "expelling")) == []


def test_the_one_expelled_in_a_gerund_is_the_target(code):
    events, actors = code("After being expelled by Uganda last week, the Kenyan envoy flew home.")
    expelled = [e for e in events if e.trigger == "expelled"]
    assert expelled and names(expelled[0].source, actors) == {"Uganda"}
    assert {actors[i].country for i in expelled[0].target if i in actors} == {"KEN"}


def test_the_owner_of_a_seized_thing_is_the_target(code):
    events, actors = code("Kenya said its fishing boats were seized by Ugandan police near the islands.")
    seized = [e for e in events if e.trigger == "seized"]
    assert seized and names(seized[0].target, actors) == {"Kenya"}
    assert {actors[i].country for i in seized[0].source if i in actors} == {"UGA"}


def test_an_owner_named_by_the_subject_itself_is_kept(code):
    events, actors = code("Kenya said Uganda's fishing boats were seized by its navy.")
    seized = [e for e in events if e.trigger == "seized"]
    assert seized and {actors[i].country for i in seized[0].target if i in actors} == {"UGA"}
