"""A body named after "the country's" in a story that has named two states before it is of the state that is the
subject of its own sentence's main verb, or of the sentence before ("Iraq said its jets struck Iran. The country's
Revolutionary Command Council warned Tehran": Iraq's council, not the state the story names most). A subject that is
a state's agent counts ("Iraqi gunboats shelled …": Iraq). None where neither sentence has a state for subject."""

from tests.actors.conftest import mention_countries


def test_the_speaking_state_of_the_sentence_before(story):
    found = story("Iraq said its warplanes struck a refinery in Iran on Tuesday. The country's Revolutionary Command "
                  "Council warned Tehran of more raids.")
    assert mention_countries(found, "revolutionary command council") == {"IRQ"}


def test_the_other_state_speaking(story):
    found = story("Iran said on Monday that Iraqi bombers had hit two of its towns. The country's Supreme Defence "
                  "Council threatened Baghdad with reprisals.")
    assert mention_countries(found, "supreme defence council") == {"IRN"}


def test_the_speaker_in_the_body_s_own_sentence(story):
    found = story("Iraq said on Wednesday the country's Revolutionary Command Council had warned Iran against new "
                  "shelling of Basra.")
    assert mention_countries(found, "revolutionary command council") == {"IRQ"}


def test_a_state_s_agent_as_subject(story):
    found = story("Iraqi gunboats shelled three ports in Iran on Monday. The country's Revolutionary Command Council "
                  "warned Tehran of more attacks.")
    assert mention_countries(found, "revolutionary command council") == {"IRQ"}


def test_no_state_for_subject(story):
    found = story("Talks between Iraq and Iran on prisoners stalled on Monday. The country's Revolutionary Command "
                  "Council warned Tehran of more raids.")
    assert "IRQ" not in mention_countries(found, "revolutionary command council")
