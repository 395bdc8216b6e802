"""Acts told as a noun or a participle whose doer or day lies outside the noun's own phrase (round 75): a capture
told as what another act follows (the "of" object's owner its target, the side fighting it its doer, its own day
though the parser hangs the day on the verb), a state's evacuation told with its demonym and a clause of when it
began, a leader speaking to or addressing another state's legislature (a visit), a judged handover whose "by" doer
the parser hangs on a noun of its phrases, an attack with its doer's possessive and its own day. Negatives: nouns
naming no act done, an evacuation of people, one's own parliament, a noun told again after its verb."""

import pytest

from tests.events.conftest import names

PUBLISHED = "1987-04-29"  # a Wednesday: "Sunday" is the 26th, "Monday" the 27th, "yesterday" the 28th


def _acts(events, kind):
    return [e for e in events if e.type == kind]


@pytest.mark.parametrize("text, doer, target", [
    # the day and the "of" phrase hung on "follows"; the doer the sentence before has fighting Uganda
    ("Tanzanian guns pounded Masaka on Tuesday. The shelling follows the capture on Sunday of Uganda's garrison at "
     "Mutukula.", "Tanzania", "Ugandan military"),
    # the doer the sentence's other party
    ("Tanzania stepped up its war on Uganda after the capture on Sunday of Uganda's garrison at Mutukula.",
     "Tanzania", "Ugandan military"),
    # the "by" phrase the parser hangs on the place
    ("The fighting came after the capture on Sunday of Uganda's garrison at Mutukula by Tanzanian troops.",
     "Tanzanian military", "Ugandan military"),
])
def test_a_capture_told_by_its_noun_is_done_to_the_owner_of_what_was_taken(code, text, doer, target):
    events, actors = code(text, PUBLISHED)
    captures = [e for e in _acts(events, "ASSAULT") if e.cameo == "192"]
    assert captures, [(e.type, e.cameo, e.trigger) for e in events]
    assert doer in names(captures[0].source, actors) and target in names(captures[0].target, actors), \
        (names(captures[0].source, actors), names(captures[0].target, actors))
    assert not {"Uganda", "Ugandan military"} & names(captures[0].source, actors)
    assert captures[0].status == "occurred" and captures[0].date.start == "1987-04-26"


def test_a_capture_only_talked_of_or_told_again_after_its_verb_is_no_new_act(code):
    events, _ = code("A capture of Uganda's garrison would be costly, Tanzanian officers said.", PUBLISHED)
    assert not [e for e in _acts(events, "ASSAULT") if e.status == "occurred"], [(e.type, e.trigger) for e in events]
    events, _ = code("Tanzanian troops captured Uganda's garrison at Mutukula on Sunday, and the capture of the "
                     "garrison ended the siege.", PUBLISHED)
    assert len(_acts(events, "ASSAULT")) == 1, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, doer, day", [
    ("Aid workers said the hasty Somali evacuation, which began yesterday morning, was almost complete.", "Somalia",
     "1987-04-28"),
    ("The Ethiopian evacuation of Dolo, which began on Monday, followed heavy Somali shelling.", "Ethiopia",
     "1987-04-27"),
])
def test_a_state_s_evacuation_told_by_its_demonym_is_a_retreat_on_its_day(code, text, doer, day):
    events, actors = code(text, PUBLISHED)
    retreats = _acts(events, "RETREAT")
    assert retreats, [(e.type, e.trigger) for e in events]
    assert doer in names(retreats[0].source, actors)
    assert retreats[0].status == "occurred" and retreats[0].date.start == day


@pytest.mark.parametrize("text", [
    "Officials studied a Somali evacuation plan.",
    "A Somali evacuation would take weeks, officials said.",
    "The Italian evacuation of its nationals from Mogadishu began on Monday.",  # people moved out, no force
])
def test_an_evacuation_planned_judged_or_of_people_is_no_retreat(code, text):
    events, _ = code(text, PUBLISHED)
    assert not [e for e in _acts(events, "RETREAT") if e.status == "occurred"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, target, day", [
    ("The Kenyan president, addressing Uganda's parliament yesterday, said the border would reopen.",
     "Ugandan legislature", "1987-04-28"),
    ("Speaking to the Tanzanian national assembly on Monday, President Moi said trade would grow.",
     "Tanzanian legislature", "1987-04-27"),
])
def test_speaking_to_another_state_s_legislature_is_a_visit(code, text, target, day):
    events, actors = code(text, PUBLISHED)
    visits = [e for e in _acts(events, "CONSULT") if e.cameo == "042"]
    assert visits, [(e.type, e.cameo, e.trigger) for e in events]
    assert target in names(visits[0].target, actors)
    assert visits[0].status == "occurred" and visits[0].date.start == day


@pytest.mark.parametrize("text", [
    "The Kenyan president, speaking to parliament yesterday, said the border would reopen.",  # no state named
    "President Moi of Kenya, speaking to the Kenyan parliament yesterday, said taxes would fall.",  # his own
    "The minister spoke to reporters yesterday about the border.",
])
def test_speaking_to_one_s_own_or_an_unnamed_legislature_or_the_press_is_no_visit(code, text):
    events, _ = code(text, PUBLISHED)
    assert not _acts(events, "CONSULT"), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, teller", [
    ("The handover of the captured soldiers by Uganda to Kenya was in breach of the ceasefire, Tanzania said.",
     "Tanzania"),
    ("\"The handover of the border posts to Kenya by Uganda is in disregard of the treaty,\" the Tanzanian foreign "
     "minister said.", "Tanzanian government"),
])
def test_a_judged_handover_accuses_its_by_doer(code, text, teller):
    events, actors = code(text, PUBLISHED)
    accusations = _acts(events, "ACCUSE")
    assert accusations, [(e.type, e.trigger) for e in events]
    assert teller in names(accusations[0].source, actors)
    assert names(accusations[0].target, actors) == {"Uganda"}, names(accusations[0].target, actors)


@pytest.mark.parametrize("text, doer", [
    ("Six people were hurt in Uganda's attack on Monday on a Tanzanian fuel depot.", "Uganda"),
    # the target's "on" phrase the parser hangs on "wounded"
    ("Villagers said people were wounded in the Ugandan raid on Monday on a Tanzanian fuel depot near the border.",
     "Uganda"),
])
def test_an_attack_with_its_doer_and_its_own_day_is_its_own_act(code, text, doer):
    events, actors = code(text, PUBLISHED)
    attacks = [e for e in _acts(events, "ASSAULT") if "Tanzania" in names(e.target, actors)]
    assert attacks, [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
    assert names(attacks[0].source, actors) == {doer} and attacks[0].date.start == "1987-04-27"


@pytest.mark.parametrize("text", [
    "Canada last week imposed penalties over Brazil's alleged failure to honour a 1985 accord on textile exports.",
    "Canada announced last week the imposition of tariffs on Brazilian textile imports.",  # the measure's noun
])
def test_penalties_in_trade_and_an_imposition_of_tariffs_are_a_curb_on_trade(code, text):
    events, actors = code(text, PUBLISHED)
    curbs = _acts(events, "SANCTION")
    assert curbs, [(e.type, e.trigger) for e in events]
    assert names(curbs[0].source, actors) == {"Canada"} and "Brazil" in names(curbs[0].target, actors)


def test_a_court_s_penalties_are_no_curb_on_trade(code):
    events, _ = code("The court imposed penalties on the trading firm for fraud.", PUBLISHED)
    assert not _acts(events, "SANCTION"), [(e.type, e.trigger) for e in events]
