"""Acts the PLOVER manual and CAMEO name that the dictionaries coded as another type or as none (pattern entries and
one codebook rule, must-nots included):

- a strike, protest or boycott called off, suspended or abandoned eases dissent, CONCEDE 082 (concede.yaml); an attack
  called off is de-escalation, RETREAT 087 (retreat.yaml);
- a state of siege declared, and a curfew, emergency or martial law extended, are restrictions imposed, COERCE 172
  (coerce.yaml);
- refugees let in, accepted or taken in are granted asylum, AID 075 (aid.yaml);
- troops taking part or serving in peacekeeping give military protection, AID 074 (aid.yaml);
- support reaffirmed, reiterated or promised is support expressed, SUPPORT 051 (support.yaml);
- people held or used as human shields are hostages, ASSAULT 181 (assault.yaml);
- a summit, talks or a dinner hosted is a meeting hosted, CONSULT 043 (consult.yaml);
- in the codebook view, a coercion, strike or attack told for the future is a threat (data/plover_codebook.yaml).
"""

import pytest

from dossier.events import codebook
from dossier.model import Event


def _type(typed, text, word):
    return typed(text).get(word, ("NONE", ""))


@pytest.mark.parametrize("text, word", [
    ("The dockers' union called off its two-day walkout on Friday.", "called"),
    ("Farmers in the south called off the protest after the ministry raised prices.", "called"),
    ("The opposition suspended its boycott of parliament.", "suspended"),
    ("Teachers will call off the strike if the ministry pays them.", "call"),
])
def test_a_strike_or_boycott_called_off_eases_dissent(typed, text, word):
    assert typed(text)[word] == ("CONCEDE", "082"), text


@pytest.mark.parametrize("text, word, expected", [
    ("The army called off the air strikes on the rebel town.", "called", ("RETREAT", "087")),
    ("The generals called off the offensive in the north.", "called", ("RETREAT", "087")),
    ("The government called off the talks with the rebels.", "called", ("REJECT", "125")),
])
def test_an_attack_or_a_meeting_called_off_is_no_easing_of_dissent(typed, text, word, expected):
    assert typed(text)[word] == expected, text


@pytest.mark.parametrize("text, word", [
    ("The coast guard called off the search for the fishermen.", "called"),
    ("The club suspended its captain for two matches.", "suspended"),
    ("Police ended the sit-in outside the ministry.", "ended"),
])
def test_other_things_called_off_or_suspended_are_no_concession(typed, text, word):
    assert _type(typed, text, word)[1] != "082", text


@pytest.mark.parametrize("text, word", [
    ("Bolivia declared a state of siege in the eastern province.", "declared"),
    ("The junta proclaimed a state of siege in the capital and closed the airport.", "proclaimed"),
    ("The government will extend the nightly curfew in the capital.", "extend"),
    ("Parliament extended the state of emergency for six months.", "extended"),
])
def test_a_siege_declared_or_a_curfew_extended_is_a_restriction(typed, text, word):
    assert typed(text)[word] == ("COERCE", "172"), text


@pytest.mark.parametrize("text, word", [
    ("Rebel troops imposed a siege on the town for three months.", "imposed"),
    ("The army laid siege to the city.", "laid"),
])
def test_a_siege_laid_or_imposed_stays_a_blockade(typed, text, word):
    assert typed(text)[word][0] == "ASSAULT", text


@pytest.mark.parametrize("text, word", [
    ("The ministry extended the deadline for the bids.", "extended"),
    ("The two sides extended the talks into a third day.", "extended"),
    ("The court declared the siege of the city a war crime.", "declared"),
])
def test_other_things_extended_or_declared_are_no_restriction(typed, text, word):
    assert _type(typed, text, word)[0] != "COERCE", text


@pytest.mark.parametrize("text, word", [
    ("Chile opened its borders to refugees in 1990.", "opened"),
    ("Canada accepted 2,000 Syrian refugees in March.", "accepted"),
    ("Sweden has taken in more than 100,000 asylum seekers.", "taken"),
    ("Portugal will resettle 500 refugees from camps in Greece.", "resettle"),
])
def test_refugees_let_in_are_granted_asylum(typed, text, word):
    assert typed(text)[word] == ("AID", "075"), text


@pytest.mark.parametrize("text, word", [
    ("Hungary says it will not accept any refugees.", "accept"),
    ("China opened its borders to foreign trade in 1980.", "opened"),
    ("Lebanon hosts more than a million refugees.", "hosts"),
    ("The refugees accepted the offer of the government.", "accepted"),
])
def test_refused_refugees_trade_and_a_standing_host_are_no_asylum(typed, text, word):
    assert _type(typed, text, word) != ("AID", "075"), text


@pytest.mark.parametrize("text, word", [
    ("Bangladeshi troops participate in peacekeeping operations in Mali.", "participate"),
    ("Fijian soldiers served in the UN peacekeeping force in Lebanon.", "served"),
    ("Ireland will take part in the peacekeeping mission in Lebanon.", "take"),
])
def test_troops_in_peacekeeping_give_protection(typed, text, word):
    assert typed(text)[word] == ("AID", "074"), text


@pytest.mark.parametrize("text, word", [
    ("Ghana took part in the talks in Geneva.", "took"),
    ("Kenyan soldiers served in the army for years.", "served"),
    ("Norway will participate in the donor conference.", "participate"),
])
def test_other_parts_taken_give_no_protection(typed, text, word):
    assert _type(typed, text, word) != ("AID", "074"), text


@pytest.mark.parametrize("text, word", [
    ("Japan reaffirmed its support for the government in Baghdad.", "reaffirmed"),
    ("The minister reiterated Turkey's solidarity with Qatar.", "reiterated"),
    ("The envoy promised Washington's support for the reforms.", "promised"),
])
def test_support_told_again_or_promised_is_support(typed, text, word):
    assert typed(text)[word] == ("SUPPORT", "051"), text


@pytest.mark.parametrize("text, word, expected", [
    ("Kenya reaffirmed its commitment to the peace deal.", "reaffirmed", "AGREE"),
    ("Iran reiterated its demand that the United States lift the sanctions.", "reiterated", "REQUEST"),
    ("Japan promised to support the plan.", "promised", "AGREE"),
])
def test_a_commitment_demand_or_promise_to_act_told_again_keeps_its_type(typed, text, word, expected):
    assert typed(text)[word][0] == expected, text


@pytest.mark.parametrize("text, word", [
    ("The militants held 20,000 civilians as human shields in the old city.", "held"),
    ("The rebels used villagers as human shields during the battle.", "used"),
])
def test_people_held_as_human_shields_are_hostages(typed, text, word):
    assert typed(text)[word] == ("ASSAULT", "181"), text


@pytest.mark.parametrize("text", [
    "The minister used the budget as a shield against criticism.",
    "The general held the post as a minister for a year.",
])
def test_other_things_held_or_used_as_shields_are_no_hostages(code, rules_only, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], text


@pytest.mark.parametrize("text, word", [
    ("Vietnam is hosting the regional summit in Hanoi this week.", "hosting"),
    ("China will host the meeting of the group's ministers in Beijing.", "host"),
    ("The premier hosted a dinner for the visiting king.", "hosted"),
])
def test_a_summit_or_dinner_hosted_is_a_meeting(typed, text, word):
    assert typed(text)[word] == ("CONSULT", "043"), text


@pytest.mark.parametrize("text", [
    "Qatar hosted the World Cup in 2022.",
    "The firm hosted a party for its investors.",
])
def test_games_and_parties_hosted_are_no_meeting(code, rules_only, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], text


def test_the_host_of_a_dinner_meets_its_guest(code, rules_only):
    events, actors = code("The Indian prime minister will host a dinner for Benjamin Netanyahu in New Delhi.")
    hosted = [e for e in events if e.trigger.endswith("host")]
    assert hosted and hosted[0].type == "CONSULT" and hosted[0].status == "planned"
    assert any("netanyahu" in i for i in hosted[0].target)
    assert codebook.view(hosted[0]).type == "AGREE"  # a future meeting, as the manual codes it


def _event(ptype, status, mode, cameo, trigger):
    return Event(id="e", type=ptype, status=status, mode=mode, cameo=cameo, trigger=trigger)


def test_a_coercion_strike_or_attack_told_for_the_future_is_a_threat_in_the_codebook():
    assert codebook.category(_event("COERCE", "planned", "restrict", "172", "extend"), acts=True) == "THREATEN"
    assert codebook.category(_event("PROTEST", "planned", "boycott", "143", "boycott"), acts=True) == "THREATEN"
    assert codebook.category(_event("ASSAULT", "planned", "attack", "190", "attack"), acts=True) == "THREATEN"


def test_a_coercion_done_or_a_future_sanction_or_retreat_is_no_threat_in_the_codebook():
    assert codebook.category(_event("COERCE", "occurred", "restrict", "172", "extended"), acts=True) == "COERCE"
    assert codebook.category(_event("SANCTION", "planned", "sanction", "160", "impose"), acts=True) == "SANCTION"
    assert codebook.category(_event("RETREAT", "planned", "withdraw", "0874", "withdraw"), acts=True) == "CONCEDE"


def test_a_curfew_announced_for_the_future_reads_as_a_threat(code, rules_only):
    # (told with "said", the threat is the act itself: threatened.threat_of)
    events, _ = code("Jamaica's government will extend the nightly curfew in Kingston.")
    curfew = [e for e in events if e.trigger.endswith("extend")]
    assert curfew and curfew[0].type == "COERCE" and curfew[0].status == "planned"
    assert codebook.view(curfew[0]).type == "THREATEN"


@pytest.mark.parametrize("text, word", [
    ("Norway joined the bloc two years ago.", "joined"),
    ("Kenyan officers served as advisers to the army.", "served"),
])
def test_the_new_entries_claim_their_words_only_with_their_own_objects(nlp, text, word):
    """Each new entry is `objects_only`: outside its objects the word keeps the converted dictionary's sense."""
    base = {e.type for tok, e in nlp.get_pipe("dossier_events").coder.matcher(nlp(text)) if tok.text == word}
    assert base and not base & {"AID", "COERCE"}, text
