"""A relative clause whose subject counts a part of its antecedent out with "of whom" or "of which" ("lawmakers,
many of whom urged X"): the antecedent is the side (doers.whole_of_relative), as it is for "who" and "which"."""

from tests.events.conftest import names


def _sides(events, actors, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return names(found[0].source, actors), names(found[0].target, actors)


def test_many_of_whom_acts_as_its_antecedent(code, rules_only):
    events, actors = code("Kenyan lawmakers, many of whom criticised Uganda last month, visited Tanzania on Monday.")
    source, target = _sides(events, actors, "criticised")
    assert {actors[i].country for i in found_ids(events, "criticised")} == {"KEN"}
    assert target == {"Uganda"}


def test_a_number_of_whom_acts_as_its_antecedent(code, rules_only):
    events, actors = code("Kenyan ministers, a number of whom had urged Uganda to reopen the border, met "
                          "Tanzanian officials on Friday.")
    source, target = _sides(events, actors, "urged")
    assert {actors[i].country for i in found_ids(events, "urged")} == {"KEN"} and target == {"Uganda"}


def test_several_of_whom_with_a_state_antecedent(code, rules_only):
    events, actors = code("The Chilean delegation, several of whom had praised Peru, met Bolivian officials.")
    source, target = _sides(events, actors, "praised")
    assert {actors[i].country for i in found_ids(events, "praised")} == {"CHL"} and target == {"Peru"}


def test_a_plain_relative_pronoun_is_read_as_before(code, rules_only):
    events, actors = code("Kenyan lawmakers, who criticised Uganda last month, visited Tanzania on Monday.")
    assert {actors[i].country for i in found_ids(events, "criticised")} == {"KEN"}


def test_a_part_that_is_the_object_leaves_the_clause_s_own_subject(code, rules_only):
    # "two of whom Kenya expelled": Kenya is the clause's subject and does the act; the part is its object
    events, actors = code("The diplomats, two of whom Kenya expelled last year, met Ugandan officials.")
    source, _ = _sides(events, actors, "expelled")
    assert source == {"Kenya"}


def found_ids(events, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0].source
