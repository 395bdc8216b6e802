"""A stance or an office given up is no retreat of forces (RETREAT 087) and no property handed back (RETREAT 0842):
a body loath to abandon its position on a policy, a minister who will not abandon his post, a leader due to hand
over his job. A force's positions abandoned in a sentence of forces, a base abandoned, and territory handed over stay
retreats. patterns/retreat.yaml, patterns/none.yaml. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The Commission is loath to abandon its position on the sale of surplus cheese.", "abandon"),
    ("The trade ministry has refused to abandon its position in the steel dispute.", "abandon"),
    ("The embattled minister said he would not abandon his post before the election.", "abandon"),
    ("Under the coalition deal the premier would hand over his job to a partner next spring.", "hand"),
    ("The founder will hand over the chairmanship of the group to his son in May.", "hand"),
    ("The general handed over command of the academy to a younger officer.", "handed"),
])
def test_a_stance_or_an_office_given_up_is_no_retreat(typed, text, word):
    assert typed(text).get(word, ("NONE", "---"))[0] != "RETREAT", typed(text)


@pytest.mark.parametrize("text, word", [
    ("The rebel fighters abandoned their positions near the town after a night of shelling.", "abandoned"),
    ("Government troops abandoned their base near the border on Sunday.", "abandoned"),
    ("The guerrillas handed over the captured town to the peacekeeping troops.", "handed"),
    ("Britain will hand over the colony to China at midnight.", "hand"),
])
def test_ground_and_territory_given_up_stay_a_retreat(typed, text, word):
    assert typed(text)[word][0] == "RETREAT", typed(text)
