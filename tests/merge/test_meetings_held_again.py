"""Two meetings of one body told in one article: the second told as held again ('met again', 'once more') is an
occasion of its own; the first meeting told again further on ('the meeting', 'Monday's session') is the same."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report

from tests.conftest import make_event

PUBLISHED = day("2025-03-07")
BOARD = ["unk:ORG:port-authority-board"]


def _report(n, sentence, trigger, mode="meet", date=None, status="occurred", doc="wire"):
    return Report(make_event(doc, n, "CONSULT", mode, BOARD, [], date, status=status, sentence=sentence,
                             trigger=trigger), PUBLISHED)


def test_a_board_that_met_again_held_a_second_meeting():
    first = _report(0, "The port authority board met behind closed doors to weigh the dredging contract.", "met")
    second = _report(1, "The board met again later in the week and approved the contract by one vote.", "met")
    assert coref.incompatible(first, second) == "another"
    assert len(cluster_events([first, second])) == 2


def test_talks_held_once_more_are_a_second_round_whatever_the_first_word():
    first = _report(0, "Members of the port authority board held talks with the dockers' union.", "held … talks")
    second = _report(1, "They met the union's shop stewards once more before the strike deadline.", "met")
    third = _report(2, "The board has again held talks with the stevedoring firms, a spokeswoman said.",
                    "held … talks")
    assert coref.incompatible(first, second) == "another"
    assert coref.incompatible(first, third) == "another"


def test_the_meeting_told_again_further_on_stays_one():
    first = _report(0, "The port authority board met on Monday to weigh the dredging contract.", "met")
    later = _report(1, "At the meeting, members asked for a second opinion on the costs.", "meeting")
    assert coref.incompatible(first, later) is None
    assert len(cluster_events([first, later])) == 1


def test_a_lede_that_says_again_and_its_meeting_told_further_on_stay_one():
    # the lede's 'again' looks back at an earlier session the article does not code; the later sentence is its meeting
    lede = _report(0, "The port authority board met again on Thursday after a week of protests.", "met",
                   date="2025-03-06")
    later = _report(1, "During the meeting, the chairman read out a letter from the dockers.", "meeting")
    assert coref.incompatible(lede, later) is None


def test_again_told_of_the_same_day_is_the_meeting_of_that_day():
    first = _report(0, "The port authority board met on Thursday.", "met", date="2025-03-06")
    again = _report(1, "When the board met again on Thursday, the chairman resigned.", "met", date="2025-03-06")
    assert coref.incompatible(first, again) is None


def test_again_that_opens_a_clause_does_not_part_the_meeting():
    first = _report(0, "The port authority board met to weigh the dredging contract.", "met")
    later = _report(1, "Again, the board said after the meeting that no decision had been taken.", "meeting")
    assert coref.incompatible(first, later) is None


def test_two_days_dated_are_two_meetings_already():
    monday = _report(0, "The port authority board met on Monday.", "met", date="2025-03-03")
    thursday = _report(1, "The board met on Thursday to vote.", "met", date="2025-03-06")
    assert coref.incompatible(monday, thursday) == "time"
