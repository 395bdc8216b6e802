"""Two acts of one type that the merge must not join: one more act told with 'also' before its own word ('a second
courier was also detained'), a directed act whose doer is the other report's target ('A invited B' and 'C invited
A'), and a prison term beside an arrest of one person (both CAMEO 173)."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report

from tests.conftest import make_event

PUBLISHED = day("2025-03-04")


def _report(doc, n, type_, mode, source, target, sentence, trigger, status="occurred", cameo=None):
    event = make_event(doc, n, type_, mode, source, target, None, status=status, sentence=sentence, trigger=trigger)
    if cameo:
        event = event.model_copy(update={"cameo": cameo})
    return Report(event, PUBLISHED)


# --- one more act told with 'also' ---------------------------------------------------------------------------

def test_a_second_person_also_detained_is_a_second_arrest():
    first = _report("wire", 0, "COERCE", "arrest", ["agent:VAL:POL"], [],
                    "Border guards detained a 41-year-old courier at the ferry port, the ministry said.", "detained")
    second = _report("wire", 1, "COERCE", "arrest", ["agent:VAL:POL"], [],
                     "A second courier, a woman of 29, was also detained on Sunday at the same port.", "detained")
    assert coref.incompatible(first, second) == "another"
    assert len(cluster_events([first, second])) == 2


def test_attacks_told_with_also_and_auxiliaries_are_two():
    first = _report("wire", 0, "ASSAULT", "attack", ["rebels"], [],
                    "Rebels shelled a customs post near the river crossing overnight.", "shelled")
    second = _report("wire", 1, "ASSAULT", "attack", ["rebels"], [],
                     "They have also shelled a fuel depot further north, residents said.", "shelled")
    assert coref.incompatible(first, second) == "another"


def test_a_later_sentence_with_also_on_another_verb_does_not_part_the_act():
    # 'also' governs 'said', not the arrest: the later sentence tells the arrest again
    first = _report("wire", 0, "COERCE", "arrest", ["agent:VAL:POL"], [],
                    "Border guards detained a 41-year-old courier at the ferry port.", "detained")
    again = _report("wire", 1, "COERCE", "arrest", ["agent:VAL:POL"], [],
                    "The ministry also said the courier was detained with forged papers.", "detained")
    assert coref.incompatible(first, again) is None
    assert len(cluster_events([first, again])) == 1


def test_a_meeting_that_also_discussed_a_topic_is_the_meeting_told_before():
    first = _report("wire", 0, "CONSULT", "meet", ["VAL"], ["OST"],
                    "The two foreign ministers discussed fishing quotas in Harmsted on Monday.", "discussed")
    more = _report("wire", 1, "CONSULT", "meet", ["VAL"], ["OST"],
                   "They also discussed the reopening of the rail link.", "discussed")
    assert coref.incompatible(first, more) is None


# --- a directed act whose doer is the other report's target ----------------------------------------------------

def test_an_invitation_by_a_body_and_one_to_it_are_two():
    by_it = _report("page", 0, "REQUEST", "request", ["unk:ORG:harbour-board"], ["agent:VAL:CVL"],
                    "The harbour board invited fishermen and dock workers to a hearing next month.", "invited")
    to_it = _report("page", 1, "REQUEST", "request", ["agent:VAL:GOV"], ["unk:ORG:harbour-board"],
                    "The town council had invited the harbour board to review the dredging plan.", "invited")
    assert coref.incompatible(by_it, to_it) == "turned"
    assert len(cluster_events([by_it, to_it])) == 2


def test_an_accusation_and_the_counter_accusation_are_two():
    one = _report("wire", 0, "ACCUSE", "allege", ["VAL"], ["OST"],
                  "Valdoria accused Ostmark of arming smugglers.", "accused")
    other = _report("wire", 1, "ACCUSE", "allege", ["OST"], ["VAL", "unk:ORG:river-militia"],
                    "Ostmark in turn accused Valdoria and a river militia of stirring unrest.", "accused")
    assert coref.incompatible(one, other) == "turned"
    elsewhere = Report(other.event.model_copy(update={"evidence": [other.event.evidence[0].model_copy(
        update={"doc": "wire-b"})]}), PUBLISHED)
    assert coref.incompatible(one, elsewhere) != "turned"  # across articles the score decides


def test_a_mutual_act_told_either_way_round_is_not_turned():
    one = _report("wire", 0, "CONSULT", "meet", ["VAL"], ["OST"], "Valdoria's envoy met Ostmark's.", "met")
    round_ = _report("wire", 1, "CONSULT", "meet", ["OST"], ["VAL"], "Ostmark's envoy met Valdoria's.", "met")
    assert coref.incompatible(one, round_) is None


def test_a_doer_named_in_both_reports_is_left_to_the_other_rules():
    # Ostmark does the act in both reports: that Valdoria stands on either side does not turn them
    both = _report("wire", 0, "ACCUSE", "allege", ["VAL", "OST"], ["BRE"],
                   "Valdoria and Ostmark accused Brenmark of closing the strait.", "accused")
    one = _report("wire", 1, "ACCUSE", "allege", ["OST"], ["VAL", "BRE"],
                  "Ostmark accused Valdoria and Brenmark of closing the strait.", "accused")
    assert coref.incompatible(both, one) != "turned"


# --- an arrest and a prison term -----------------------------------------------------------------------------

def test_an_arrest_and_the_sentence_later_passed_are_two():
    arrest = _report("court", 0, "COERCE", "arrest", ["agent:VAL:POL"], ["per:ivo-marek"],
                     "Officers arrested Ivo Marek at a roadside motel in 2023.", "arrested", cameo="173")
    term = _report("court", 1, "COERCE", "arrest", [], ["per:ivo-marek"],
                   "Marek was sentenced to 30 years in prison on Friday.", "sentenced", cameo="173")
    assert coref.incompatible(arrest, term) == "sentence"
    assert len(cluster_events([arrest, term])) == 2


def test_an_arrest_and_a_jail_term_in_two_articles_are_two():
    arrest = Report(make_event("wire-a", 0, "COERCE", "arrest", ["agent:VAL:JUD"], ["per:ivo-marek"], None,
                               sentence="Ivo Marek was detained on a judge's warrant.", trigger="detained"), PUBLISHED)
    term = Report(make_event("wire-b", 0, "COERCE", "arrest", ["agent:VAL:JUD"], ["per:ivo-marek"], None,
                             sentence="A court jailed Ivo Marek for six years.", trigger="jailed"), PUBLISHED)
    assert coref.incompatible(arrest, term) == "sentence"


def test_one_sentence_told_twice_stays_one():
    told = _report("court", 0, "COERCE", "arrest", ["agent:VAL:JUD"], ["per:ivo-marek"],
                   "Marek was sentenced to 30 years in prison on Friday.", "sentenced")
    again = _report("court", 1, "COERCE", "arrest", ["agent:VAL:JUD"], ["per:ivo-marek"],
                    "The judge who sentenced Marek called the crime cold.", "sentenced")
    assert coref.incompatible(told, again) is None


def test_a_headline_turns_nothing():
    # a headline drops the auxiliary: 'Marek detained …' reads as Marek detaining; its sides are not read as turned
    headline = _report("wire", 0, "COERCE", "arrest", ["per:ivo-marek"], ["unk:ORG:customs"],
                       "Smuggler Ivo Marek detained at customs", "detained")
    body = _report("wire", 1, "COERCE", "arrest", ["agent:VAL:POL"], ["per:ivo-marek"],
                   "Border police detained Ivo Marek at the customs post on Sunday.", "detained")
    assert coref.incompatible(headline, body) != "turned"
    told = _report("wire", 2, "COERCE", "arrest", ["per:ivo-marek"], ["unk:ORG:customs"],
                   "Smuggler Ivo Marek detained two customs officers at gunpoint.", "detained")
    assert coref.incompatible(told, body) == "turned"  # the same sides told in a sentence with its stop


def test_an_accusation_by_a_state_and_one_of_it_with_no_accuser_are_two():
    # 'Valdoria accused Ostmark' and, further on, 'Valdoria has been accused of …' by no one named: Valdoria does
    # the one and undergoes the other
    by_it = _report("page", 0, "ACCUSE", "allege", ["VAL"], ["OST"],
                    "Valdoria accused Ostmark of blocking the river convoys.", "accused")
    of_it = _report("page", 1, "ACCUSE", "allege", [], ["VAL"],
                    "Valdoria itself has been accused of starving the border camps.", "accused")
    assert coref.incompatible(by_it, of_it) == "turned"
    assert len(cluster_events([by_it, of_it])) == 2


def test_an_act_told_again_without_its_doer_is_not_turned():
    full = _report("page", 0, "ACCUSE", "allege", ["VAL"], ["OST"],
                   "Valdoria accused Ostmark of blocking the river convoys.", "accused")
    again = _report("page", 1, "ACCUSE", "allege", [], ["OST"],
                    "Ostmark was accused of blocking the convoys for a second week.", "accused")
    assert coref.incompatible(full, again) != "turned"
