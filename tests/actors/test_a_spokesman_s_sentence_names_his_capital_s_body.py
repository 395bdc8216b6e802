"""An unnamed spokesman whose sentence names states is of the state whose capital the dateline names where one of
them is that state; a body of that state his sentence names (its own words give it: "the Iraqi Seventh Army Corps")
counts as naming it. Not where the sentence names only the other state and no body of the capital's."""

from tests.actors.conftest import mention_countries


def test_a_military_spokesman_names_his_army_s_corps(story):
    found = story("Iraq said it beat back a night attack near Basra. A military spokesman said the Iraqi Seventh "
                  "Army Corps had pushed the Iranians back across the canal.", dateline="BAGHDAD")
    assert mention_countries(found, "military spokesman") == {"IRQ"}


def test_a_spokesman_names_his_state_s_oil_company(story):
    found = story("Iran said its oil exports had not been hurt by the raids. A government spokesman said the Iranian Oil "
                  "Ministry would keep selling crude to Japanese buyers.", dateline="TEHRAN")
    assert mention_countries(found, "government spokesman") == {"IRN"}


def test_a_sentence_naming_only_the_other_state(story):
    found = story("Iraq said it beat back a night attack near Basra. A military spokesman said Iranian units had "
                  "withdrawn from the canal.", dateline="LONDON")
    assert "GBR" not in mention_countries(found, "military spokesman")
