"""An unknown news outlet's name right after a state's media noun ("the official Syrian news agency SANA", "the
Zambian news agency Zana") is that state's outlet, whatever state the story names most (descriptions._describe).
Without the state's word it is still the story's, as before. Sentences written here."""

from tests.actors.conftest import mention_countries


def test_an_agency_after_its_state_s_media_noun(story):
    found = story("The official Syrian news agency SANA said the talks had failed. Jordanian officials said King "
                  "Hussein would go to Amman and that Jordanian troops would stay in Jordan.")
    assert mention_countries(found, "sana") == {"SYR"}


def test_an_agency_of_another_state_after_its_media_noun(story):
    found = story("The Zambian news agency Zana reported the clashes. Zairean officials said Zaire had closed "
                  "the border and Zairean troops were on alert.")
    assert mention_countries(found, "zana") == {"ZMB"}


def test_must_not_an_agency_without_a_state_s_word(story):
    found = story("The news agency Zana reported the clashes. Zairean officials said Zaire had closed the border "
                  "and Zairean troops were on alert.")
    assert "ZMB" not in mention_countries(found, "zana")
