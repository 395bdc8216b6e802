"""A firm's name the tagger splits at its "and", in sentences written for these tests: one firm when the
part after "and" ends in a legal form and the part before is no name of its own."""

from dossier.model import Document
from dossier.pipeline import process


def names(text: str) -> set[str]:
    result = next(process([Document(id="t", source="t", text=text, published="1987-03-04")]))
    return {e.name for e in result.entities}


def test_a_firm_named_with_and_before_its_legal_form_is_one_actor():
    found = names("Kanemori Trust and Banking Co Ltd said it will open a branch in London.")
    assert "Kanemori Trust and Banking Co Ltd" in found
    assert "Banking Co Ltd" not in found and "Kanemori Trust" not in found


def test_a_firm_named_after_two_trades_is_one_actor():
    found = names("Halvard Tire and Rubber Co said it will close two plants next spring.")
    assert "Halvard Tire and Rubber Co" in found


def test_a_state_and_a_firm_stay_two_actors():
    found = names("Japan and Mitsubishi Corp signed an accord on a new steel plant.")
    assert "Japan" in found
    assert not any(" and " in n for n in found)


def test_a_known_name_before_and_stays_an_actor_of_its_own():
    found = names("Ford and General Motors Corp raised the prices of their small cars.")
    assert "General Motors Corp" in found
    assert not any(" and " in n for n in found)


def test_two_firms_each_with_a_legal_form_stay_two_actors():
    found = names("Halvard Co and Brennick Mills Corp agreed to merge their paper units.")
    assert not any(" and " in n for n in found)


def test_a_group_before_and_is_a_firm_of_its_own():
    found = names("The venture between Brennick Group and Halvard Motors Corp will build vans in Ohio.")
    assert "Halvard Motors Corp" in found
    assert not any(" and " in n for n in found)
