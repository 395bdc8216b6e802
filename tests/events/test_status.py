"""Status: planned and announced acts, hypothetical and negated ones never 'occurred'."""

import pytest

from tests.events.conftest import only


@pytest.mark.parametrize("text", [
    "Ruiz will pay a state visit to Chile next week.",
    "The Chilean president is expected to meet Ruiz in Santiago.",
    "Mexico and Chile are set to sign a fisheries agreement.",
    "Ruiz plans to visit Argentina in the spring.",
    "Ruiz is to meet Gabriel Boric on Friday.",
])
def test_announced_acts_are_planned(code, text):
    events, _ = code(text)
    assert events and all(e.status == "planned" for e in events)


def test_past_act_occurred(code):
    event = only(code("Ruiz visited Argentina in March.")[0])
    assert (event.type, event.mode, event.status) == ("CONSULT", "visit", "occurred")


@pytest.mark.parametrize("text", [
    "Chile could impose sanctions on Bolivia.",
    "If the talks go well, Chile would sign a trade pact with Bolivia.",
    "Argentina might expel the Bolivian ambassador.",
])
def test_hypothetical_is_not_occurred(code, text):
    events, _ = code(text)
    assert events and all(e.status == "hypothetical" for e in events)


@pytest.mark.parametrize("text", [
    "Ruiz did not meet Gabriel Boric during the summit.",
    "Chile never signed the treaty with Bolivia.",
])
def test_negated_is_not_occurred(code, text):
    events, _ = code(text)
    assert events and all(e.status == "negated" for e in events)


def test_due_to_and_about_to_keep_the_subject(code):
    for text in ("Emmanuel Macron is due to meet Olaf Scholz in Berlin.", "Chile is about to sign a treaty with Bolivia."):
        event = only(code(text)[0])
        assert event.status == "planned" and event.source, text


def test_later_tenseless_mention_of_an_announced_visit_is_planned(code):
    events, _ = code("Gabriel Boric will pay a state visit to Japan next week. "
                     "Trade tops the agenda of Boric's visit, an analyst told reporters.")
    visits = [e for e in events if e.mode == "visit"]
    assert len(visits) == 2 and all(e.status == "planned" for e in visits)


def test_past_mention_after_an_announcement_stays_occurred(code):
    events, _ = code("Gabriel Boric will pay a state visit to Japan next week. "
                     "During Boric's visit to Korea last year, he signed a trade pact.")
    korea = [e for e in events if e.mode == "visit"][1]
    assert korea.status == "occurred"


def test_on_a_visit_is_under_way(code):
    events, _ = code("Gabriel Boric is on a state visit to Japan that will also take him to Osaka.")
    assert only(events, "CONSULT").status == "occurred"


def test_a_gerund_completing_a_noun_is_talk_not_an_act(code):
    events, _ = code("Analysts stressed the importance of cooperating with Brazil on energy.")
    assert not [e for e in events if e.type == "COOPERATE"]


def test_a_gerund_after_a_time_preposition_is_still_an_act(code):
    events, actors = code("After meeting Lula da Silva in Brasilia, Joe Biden flew to Chile.")
    assert any(e.mode == "meet" for e in events)


@pytest.mark.parametrize("text, ptype", [
    ("Uganda said on Friday it would defend its claim to the islands.", "SUPPORT"),
    ("Kenya announced it would expel the Somali diplomats.", "SANCTION"),
])
def test_an_act_its_own_actor_says_it_would_do_is_planned(code, text, ptype):
    events, _ = code(text)
    assert [e.status for e in events if e.type == ptype] == ["planned"], [(e.type, e.status) for e in events]


@pytest.mark.parametrize("text, ptype", [
    ("Analysts said the army would attack the rebels.", "ASSAULT"),
    ("The Kenyan minister said he would probably reject the offer from Uganda.", "REJECT"),
])
def test_a_forecast_of_others_or_a_hedged_plan_stays_hypothetical(code, text, ptype):
    events, _ = code(text)
    assert [e.status for e in events if e.type == ptype] == ["hypothetical"], [(e.type, e.status) for e in events]


def test_a_past_verb_joined_to_a_would_clause_happened(code):
    events, _ = code("Uganda said yesterday it would defend its claim and urged Kenya to return the islands.")
    assert [e.status for e in events if e.type == "REQUEST"] == ["occurred"], [(e.type, e.status) for e in events]



@pytest.mark.parametrize("text, ptype", [
    ("The Bolivian army chief said he would begin moving troops to the border.", "MOBILIZE"),
    ("Kenya's foreign minister said she would try to visit Uganda.", "CONSULT"),
])
def test_a_speaker_announcing_their_own_act_through_a_helping_verb_plans_it(code, text, ptype):
    events, _ = code(text)
    assert [e.status for e in events if e.type == ptype] == ["planned"], [(e.type, e.status) for e in events]


def test_the_speakers_own_plan_under_a_condition_stays_hypothetical(code):
    events, _ = code("The Kenyan minister said she would visit Uganda if the border reopened.")
    assert [e.status for e in events if e.type == "CONSULT"] == ["hypothetical"]


@pytest.mark.parametrize("ptype, status, made", [
    ("THREATEN", "planned", "occurred"), ("THREATEN", "hypothetical", "occurred"),
    ("THREATEN", "negated", "negated"), ("ASSAULT", "planned", "planned"),
])
def test_a_threat_is_made_when_it_is_uttered(ptype, status, made):
    from dossier.events.status import threat_made
    assert threat_made(ptype, status) == made


def test_a_threat_told_in_the_future_tense_occurred(code):
    events, _ = code("Iran said on Monday it would strike back at any American attack on its tankers.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and all(e.status == "occurred" for e in threats), [(e.type, e.status) for e in events]


@pytest.mark.parametrize("text, ptype", [
    ("Japan has decided to cooperate with Kenya on a new railway.", "COOPERATE"),
    ("Ruiz expects the Chilean navy to join the exercise.", None),
])
def test_what_is_decided_or_expected_is_planned(code, text, ptype):
    events, _ = code(text)
    chosen = [e for e in events if ptype is None or e.type == ptype]
    assert chosen and all(e.status == "planned" for e in chosen), [(e.type, e.status) for e in events]


def test_an_act_decided_on_and_dated_before_the_article_was_carried_out(code):
    events, _ = code("Danish prosecutors decided in May to reopen their inquiry into Ruiz once he had been detained.",
                     "2024-11-19")
    assert [e.status for e in events if e.type == "ACCUSE"] == ["occurred"], [(e.type, e.status) for e in events]


def test_a_deed_put_on_said_takes_the_status_of_what_is_said(nlp):
    from dossier.events.patterns import load_lexicon
    from dossier.events.status import read_status
    lex = load_lexicon()
    doc = nlp("The admiral said the Chilean frigate would sail into the disputed waters.")
    said = next(t for t in doc if t.lower_ == "said")
    assert read_status(said, lex, "MOBILIZE") != "occurred"
    assert read_status(said, lex, "REQUEST") == "occurred"  # a speech act is the saying itself
    assert read_status(said, lex) == "occurred"
