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
