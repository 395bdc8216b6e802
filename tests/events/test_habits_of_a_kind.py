"""A relative clause in the simple present on a plural noun that is its doer tells what a kind does as a rule
(events/data/non_events.yaml, "what a kind does as a rule"); one in the past, the perfect or the future, and one on
a named state, keep their act. One in the present or present perfect with an adverb of a lasting stance
("which has generally backed", "that has long opposed") tells a standing stance, no act ("a standing stance told in
a relative clause"); so does a body's make-up ("comprises", "consists of": patterns/none.yaml)."""

import pytest

from tests.events.conftest import trigger_words


def _listed(events) -> list:
    return [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Tokyo called for disciplinary steps against LDP members who oppose the sales tax.", "oppose"),
    ("A trade war would hurt Chinese companies that export to the United States.", "export"),
    ("Officials said envoys who visit the capital must register with the police.", "visit"),
    ("Lawmakers who oppose the treaty say Moscow cannot be trusted.", "oppose"),
])
def test_what_a_kind_does_as_a_rule_is_no_act(code, text, word):
    events, _ = code(text, "2022-09-14")
    assert word not in trigger_words(events), _listed(events)


@pytest.mark.parametrize("text, word", [
    ("The firms that shipped rifles to Iran were fined on Monday.", "shipped"),
    ("The rebels who have seized the port demand talks.", "seized"),
    ("Chad, which accuses Sudan of arming the rebels, closed the border.", "accuses"),
])
def test_an_act_told_in_a_relative_clause_of_another_tense_or_on_a_state_stays(code, text, word):
    events, _ = code(text, "2022-09-14")
    assert word in trigger_words(events), _listed(events)


@pytest.mark.parametrize("text, word", [
    ("Egypt criticised the Gulf bloc, a coalition which has generally backed Baghdad, on Tuesday.", "backed"),
    ("Pakistan welcomed the move by Ghana, which has always supported the treaty.", "supported"),
    ("Oman hosted envoys of Qatar, which has long supported the rebels in Yemen.", "supported"),
    ("Cuba thanked Angola, which always supports Havana at the United Nations.", "supports"),
])
def test_a_standing_stance_told_in_a_relative_clause_is_no_act(code, text, word):
    events, _ = code(text, "2022-09-14")
    assert word not in trigger_words(events), _listed(events)


@pytest.mark.parametrize("text, word", [
    ("Iran hit out at the president, who criticised Iraq on Monday.", "criticised"),
    ("Pakistan welcomed the move by Ghana, which has supported the treaty.", "supported"),
])
def test_an_act_told_in_a_relative_clause_without_a_stance_adverb_stays(code, text, word):
    events, _ = code(text, "2022-09-14")
    assert word in trigger_words(events), _listed(events)


@pytest.mark.parametrize("text, word", [
    ("The Andean pact, a trade and defence alliance, comprises Peru, Chile and Bolivia.", "comprises"),
    ("The southern bloc, a trade and defence union, comprises Peru, Chile and Bolivia.", "comprises"),
    ("The Andean pact, a trade and defence alliance, consists of Peru, Chile and Bolivia.", "consists"),
])
def test_a_body_s_make_up_is_no_act(code, text, word):
    events, _ = code(text, "1987-05-14")
    assert word not in trigger_words(events), _listed(events)


def test_an_act_beside_a_body_s_make_up_stays(code):
    events, _ = code("Laos joined the bloc, which comprises Vietnam and Cambodia.", "1987-05-14")
    assert "joined" in trigger_words(events), _listed(events)
