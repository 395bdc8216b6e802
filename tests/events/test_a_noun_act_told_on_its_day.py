"""A noun act with a day of its own is told as an act that ran that day, not talk of it (round 74, noun_acts
`own_day`, `told_on_its_day`; no_event `is_commentary`): a possessive day ("yesterday's accord with X"), a day in the
noun's own "on" phrase ("the capture on Sunday of the airfield", the "of" and "by" phrases the parser hangs on the day
read as the noun's: roles.doers `preps_on_its_day`), or a clause of when it ran ("the evacuation of the troops, which
began yesterday"). A noun with no day of its own, or whose day is another verb's, stays talk of an act; a noun told
again after its verb gives no second act."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, kind, doer, target, day", [
    ("Ecuador said yesterday's accord with Colombia would open the border.", "AGREE", "Ecuador", "Colombia",
     "1987-04-26"),
    ("The capture on Sunday of Chad's border post by Libyan troops was confirmed by Tripoli.", "ASSAULT",
     "Libyan military", "Chad", "1987-04-26"),
    ("Diplomats said the evacuation of Syrian troops, which began yesterday, would take a week.", "RETREAT",
     "Syrian military", None, "1987-04-26"),
])
def test_a_noun_act_with_its_own_day_is_told(code, text, kind, doer, target, day):
    events, actors = code(text, "1987-04-27")
    acts = [e for e in events if e.type == kind]
    assert acts, [(e.type, e.cameo, e.trigger) for e in events]
    assert doer in names(acts[0].source, actors)
    if target:
        assert target in names(acts[0].target, actors)
    assert acts[0].status == "occurred" and acts[0].date and acts[0].date.start == day


@pytest.mark.parametrize("text, kind", [
    ("A signing ceremony with Colombia is planned for next week in Quito.", "AGREE"),  # the planning's day
    ("An accord with Colombia would help Ecuador.", "AGREE"),                           # no day: a judgment
    ("Officials in Quito feared an attack on Sunday by Colombian rebels.", "ASSAULT"),  # feared, not told
    ("There were no talks with Colombia on Sunday.", "AGREE"),
    # awaited (on Reuters 1-1,000 a data release awaited "today" became the release of people)
    ("Traders were awaiting today's release of Brazilian prisoners by Bolivia.", "RETREAT"),
])
def test_a_noun_act_without_its_own_day_stays_talk(code, text, kind):
    events, _ = code(text, "1987-04-27")
    assert not [e for e in events if e.type == kind and e.status == "occurred"], \
        [(e.type, e.trigger, e.status) for e in events]


def test_a_noun_told_again_after_its_verb_is_one_act(code):
    events, _ = code("Ecuador and Colombia signed an accord on Sunday, and Sunday's accord ends the dispute.",
                     "1987-04-27")
    assert len([e for e in events if e.type == "AGREE"]) == 1, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, doer, target", [
    ("The rebellion by army officers against the government of President Menem ended on Sunday.",
     "military (country unknown)", "Menem"),
    ("The revolt by Bolivian miners against the government ended on Friday.", "Bolivia", None),
])
def test_a_rising_told_as_a_noun_is_a_violent_protest(code, text, doer, target):
    events, actors = code(text, "1987-04-27")
    acts = [e for e in events if e.type == "PROTEST" and e.cameo == "145"]
    assert acts, [(e.type, e.cameo, e.trigger) for e in events]
    if target:
        assert target in names(acts[0].target, actors)


@pytest.mark.parametrize("text", [
    "Analysts warned of a rebellion in the Bolivian army.",
    "The minister said a revolt by the army was unlikely.",
    "The novel tells of a mutiny on a British ship.",
])
def test_a_rising_only_talked_of_is_none(code, text):
    events, _ = code(text, "1987-04-27")
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]


def test_a_noun_act_with_its_own_doer_is_its_own_though_the_verb_names_it(code):
    events, actors = code("Ecuador welcomed the visit by the Colombian foreign minister.", "1987-04-27")
    visits = [e for e in events if e.type == "CONSULT"]
    assert visits and "Ecuador" in names(visits[0].target, actors), [(e.type, e.trigger) for e in events]
    assert [e for e in events if e.type == "SUPPORT"]
    # with no doer of its own the noun stays the verb's issue
    events, _ = code("Ecuador welcomed the visit.", "1987-04-27")
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


def test_an_act_named_as_the_matter_of_another_noun_stays_talk(code):
    # on the read-before wire, "the response to Friday's attack" coded the attack again, and the store joined it to
    # the other side's attack of another day
    events, _ = code("Clark said he had decided on the Canadian response to Friday's Cuban attack.", "1987-04-27")
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]
    events, _ = code("Clark said he had made a decision on the Canadian Response to Friday's Cuban attack.", "1987-04-27")
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Bolivia put off next week's talks with Chile.",
    "Lima cancelled Sunday's visit by the Chilean minister.",
])
def test_a_noun_act_called_off_is_not_told_as_run(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT" and e.status == "occurred"], \
        [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "Sailors said they feared Peru would avenge Monday's Chilean raids on its fishing fleet.",
    "The Peruvian minister could not be reached for comment on the Chilean attack on a Peruvian patrol boat on Monday.",
])
def test_a_noun_act_answered_or_talked_of_is_not_told_as_run(code, text):
    events, _ = code(text, "1987-10-20")
    assert not [e for e in events if e.type == "ASSAULT" and e.status in ("hypothetical", "negated")], \
        [(e.type, e.trigger, e.status) for e in events]
