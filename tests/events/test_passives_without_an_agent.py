"""A passive with no "by" agent names no doer: joined to another clause, its own subject or the subject it shares
is what the act is done to, never who did it (doers.subject_tokens, doers.passive_patients). A verb that hangs on
such a passive as its infinitive still has that subject as its doer. Sentences written for these tests."""

from dossier.events.roles.doers import passive_patients, subject_tokens
from tests.events.conftest import names


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_joined_passive_with_its_own_subject_has_no_doer(nlp):
    doc = nlp("The Chadians tried to cross the river, but their convoy was ambushed.")
    assert subject_tokens(_token(doc, "ambushed")) == []


def test_a_joined_passive_sharing_the_subject_is_done_to_it(nlp):
    doc = nlp("Kenya complained to Uganda about the raid and was rebuffed.")
    rebuffed = _token(doc, "rebuffed")
    assert subject_tokens(rebuffed) == []
    assert [t.text for t in passive_patients(rebuffed)] == ["Kenya"]


def test_a_passive_with_an_agent_keeps_it(nlp):
    doc = nlp("The envoy reached Rome and was received by the Italian premier.")
    assert [t.text for t in subject_tokens(_token(doc, "received"))] == ["premier"]


def test_a_shot_down_craft_does_not_make_its_own_state_the_attacker(code):
    events, actors = code("Syria moved troops toward the frontier, but one of its jets was shot down on Sunday.")
    assert not any(e.trigger == "shot" and any(actors[i].country == "SYR" for i in e.source if i in actors)
                   for e in events)


def test_the_one_rebuffed_is_the_target(code):
    events, actors = code("Kenya complained to Uganda about the raid and was rebuffed.")
    rebuff = [e for e in events if e.trigger == "rebuffed"]
    assert rebuff and names(rebuff[0].target, actors) == {"Kenya"}
    assert not rebuff[0].source


def test_a_traveller_detained_is_no_doer_of_the_detention(code):
    events, actors = code("The Ugandan trader crossed into Kenya and was detained at the border post.")
    detained = [e for e in events if e.trigger == "detained"]
    assert detained and any(actors[i].country == "UGA" for i in detained[0].target)
    assert not any(actors[i].country == "UGA" for i in detained[0].source if i in actors)


def test_an_infinitive_on_a_joined_passive_keeps_the_shared_doer(code):
    events, actors = code("Kenya held talks with Uganda and was prepared to sign a border accord.")
    sign = [e for e in events if e.trigger == "sign"]
    assert sign and names(sign[0].source, actors) == {"Kenya"}


def test_a_plan_well_received_is_no_visit_hosted(code):
    events, _ = code("Our envoys went to Nairobi to explain the scheme, and it has been well received.")
    assert not any(e.trigger == "received" for e in events)


def test_an_envoy_warmly_received_is_still_hosted(code):
    events, actors = code("The Kenyan envoy was warmly received in Kampala by President Yoweri Museveni.")
    hosted = [e for e in events if e.trigger == "received"]
    assert hosted and names(hosted[0].source, actors) == {"Yoweri Museveni"}
