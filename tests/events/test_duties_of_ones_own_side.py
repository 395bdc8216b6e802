"""What a speaker says her own side must, should or has to do (events/data/non_events.yaml, "a duty of
one's own side"): a prescription, no act done or planned, and the type model makes none of its kind on the
sentence's verb. Duties laid on another, plans told with "will", duties told as met and words of saying stay."""

import pytest

from dossier.events.component import coding_with
from tests.events.conftest import SureOf, found_acts


@pytest.mark.parametrize("text, verb", [
    ("We must apply a spirit of mercy to the Kenyan courts, the senator wrote.", "apply"),
    ("We have to send more food to Uganda, the Kenyan minister said.", "send"),
    ("We need to send more food to Uganda, the Kenyan minister said.", "send"),
    ("We must cut our spending and lift the ban on Ugandan imports, the Kenyan minister said.", "lift"),
    ("I should visit Kampala again next year, the Kenyan president told a rally.", "visit"),
    ("We ought to meet the Ugandan leaders soon, the Kenyan minister said.", "meet"),
])
def test_a_duty_of_ones_own_side_is_no_act(code, text, verb):
    events, _ = code(text)
    assert not [e for e in events if (e.trigger or "").split()[0] == verb], found_acts(events)


@pytest.mark.parametrize("text, kinds", [
    ("Kenya must withdraw its troops from Uganda, the Ugandan minister said.", {"REQUEST"}),
    ("You must leave Uganda at once, the Kenyan minister told the rebels.", {"REQUEST"}),
    ("We will send more food to Uganda next week, the Kenyan minister said.", {"AID"}),
    ("We sent more food to Uganda last week, the Kenyan minister said.", {"AID"}),
    ("We must condemn this attack on Uganda, the Kenyan minister said.", {"ACCUSE"}),
])
def test_duties_of_others_plans_deeds_and_words_stay(code, text, kinds):
    events, _ = code(text)
    assert kinds & {e.type for e in events}, found_acts(events)



def test_the_model_makes_no_act_of_a_duty_of_ones_own_side(code, nlp):
    with coding_with(nlp, types=SureOf("AID")):
        events, _ = code("The Kenyan minister met the Ugandan envoy and said that we must help the Ugandan farmers.")
    assert "AID" not in {e.type for e in events}, found_acts(events)


def test_the_model_still_retypes_where_no_duty_is_told(code, nlp):
    with coding_with(nlp, types=SureOf("AID")):
        events, _ = code("The Kenyan minister met the Ugandan envoy and said that the talks went well.")
    assert "AID" in {e.type for e in events}, found_acts(events)
