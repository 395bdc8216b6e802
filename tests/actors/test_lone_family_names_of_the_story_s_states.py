"""A family name written alone may mean the one dictionary person of that name ("Boluarte"), but only one of a state
the story names or of its dateline's: a firm's partner called Wilson in a story of the United States and Brazil is
no British prime minister of the 1970s, a word like "Cash" opening a sentence of a New Zealand story no Bahamian
governor-general. A title or an honorific before the name, or a story that names no state, leaves the dictionary's
reading as it was."""

from __future__ import annotations

import pytest

WILSON = "gbr:harold-wilson"


def _ids_of(result, word: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == word}


@pytest.mark.parametrize("text, dateline", [
    ("Brazil's debt halt could cost U.S. banks dearly, analysts said. Wilson, a partner at a Boston broker, put the "
     "loss at 200 mln dlrs.", "NEW YORK"),
    ("Mexico and the United States opened talks on steel quotas. Wilson, who advises the mills, said a deal was "
     "close.", None),
])
def test_a_lone_name_of_a_state_the_story_does_not_name_is_not_that_person(story, text, dateline):
    assert WILSON not in _ids_of(story(text, dateline=dateline), "Wilson")


def test_the_person_of_a_state_the_story_names_is_kept(story):
    result = story("Britain's Labour Party met in London on Monday. Wilson told the delegates the party must unite.",
                   dateline="LONDON")
    assert _ids_of(result, "Wilson") == {WILSON}


def test_a_story_that_names_no_state_keeps_the_dictionary_s_reading(story):
    result = story("Wilson told the delegates on Monday that the party must unite before the vote.")
    assert _ids_of(result, "Wilson") == {WILSON}



@pytest.mark.parametrize("text", [
    "Britain pledged more help for Kyiv on Tuesday. Johnson said the country would send more artillery shells.",
    "London will host the donors' conference in May. Johnson told reporters that British firms stood ready to help.",
])
def test_a_former_holder_of_a_named_state_beats_a_sitting_holder_of_another(story, text):
    # in 2024 a US speaker of that name sits; the story names Britain only
    result = story(text, published="2024-03-05")
    assert _ids_of(result, "Johnson") == {"gbr:boris-johnson"}


def test_the_sitting_holder_stays_where_the_story_names_his_state(story):
    text = "The United States Congress stalled the aid bill again. Johnson said the House would vote next week."
    assert _ids_of(story(text, published="2024-03-05"), "Johnson") == {"usa:mike-johnson"}


def test_a_sitting_speaker_is_not_named_alone_in_a_story_of_no_state(story):
    # no head of state or government: his state must be in the story (test_a_minister_s_family_name_needs_the_...)
    text = "Johnson said on Monday that the House would not take up the bill."
    assert "usa:mike-johnson" not in _ids_of(story(text, published="2024-03-05"), "Johnson")


@pytest.mark.parametrize("text", [
    "Ali said Iran would not negotiate with the United States while the sanctions stayed.",
    "Tehran rejected the offer on Friday. Ali told reporters that no talks were planned.",
])
def test_a_middle_name_written_alone_is_no_curated_person(story, text):
    # an Iraqi foreign minister of 2019 has "Ali" inside his name; a lone "Ali" is not him
    assert "irq:mohamed-ali-alhakim" not in _ids_of(story(text, published="2019-12-20"), "Ali")


def test_a_family_name_alone_still_means_the_curated_person(story):
    result = story("Turkey shelled the border towns again. Erdogan said the operation would go on.",
                   published="2019-12-20")
    assert _ids_of(result, "Erdogan") == {"tur:recep-tayyip-erdogan"}


def test_of_former_holders_a_lone_name_means_the_former_head(story):
    # in 2019 neither the former prime minister nor the former army chief called Sharif holds office
    result = story("Pakistan's court let Sharif travel abroad for treatment, his party said on Tuesday.",
                   published="2019-11-20")
    assert _ids_of(result, "Sharif") <= {"pak:nawaz-sharif"}
    assert "pak:raheel-sharif" not in _ids_of(result, "Sharif")
