"""A bare "the president" (a title of state office) stands for the head of state or government the story named with
that title, not for a later-named officer of a firm, club or bureau; that officer is the one meant only when the
story names no other holder of the title, and titles of no state office keep the last holder named."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, leader", [
    ("President Carlos Mendez toured a dairy on Monday. Maria Lopez, the farm bureau's president, said milk prices "
     "were sliding. Later the president criticised Chile.", "criticised", "Carlos Mendez"),
    ("Tomas Varga, the country's president, opened a bridge on Friday. Vela Mining president John Reed praised the "
     "new road. On Sunday the president accused Bolivia of smuggling ore.", "accused", "Tomas Varga"),
    ("President Ana Ruiz visited the harbour. Lars Berg, president of the Northport Rowing Club, welcomed the new "
     "pier. The president then condemned Ecuador.", "condemned", "Ana Ruiz"),
])
def test_a_bare_title_of_state_office_passes_over_a_bodys_officer(code, text, trigger, leader):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert names(event.source, actors) == {leader}


def test_a_bodys_officer_named_alone_is_the_president_meant(code):
    events, actors = code("Vela Mining president John Reed said copper sales were sliding. Later the president "
                          "criticised Chile.")
    criticised = next(e for e in events if e.trigger == "criticised")
    assert names(criticised.source, actors) == {"John Reed"}


def test_a_title_of_no_state_office_keeps_the_last_holder_named(code):
    events, actors = code("Finance minister Aziz Sadiq met bankers on Monday. Vela Mining chairman John Reed said "
                          "copper sales were sliding. The chairman criticised Japan.")
    criticised = next(e for e in events if e.trigger == "criticised")
    assert names(criticised.source, actors) == {"John Reed"}


@pytest.mark.parametrize("text, trigger, leader", [
    ("Prime Minister Ana Ruiz toured a dairy on Monday. Later the prime minister criticised Chile.", "criticised",
     "Ana Ruiz"),
    ("Prime Minister Lars Berg opened a ferry line in May. Two days on, the prime minister accused Norway of "
     "dumping fish.", "accused", "Lars Berg"),
])
def test_a_bare_two_word_title_stands_for_the_one_named_with_the_whole_title(code, text, trigger, leader):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert names(event.source, actors) == {leader}


@pytest.mark.parametrize("text", [
    "Finance Minister Aziz Sadiq toured a dairy on Monday. Later the prime minister criticised Chile.",
    "Deputy Prime Minister Aziz Sadiq toured a dairy on Monday. Later the prime minister criticised Chile.",
])
def test_a_bare_prime_minister_is_no_other_ministers_title(code, text):
    events, actors = code(text)
    criticised = next(e for e in events if e.trigger == "criticised")
    assert "Aziz Sadiq" not in names(criticised.source, actors)
