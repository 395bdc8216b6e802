"""Round 82 (yields82): two kinds of concession the coder gave the wrong type or none (patterns/concede.yaml).

A tariff or a duty cut, rolled back, waived or lifted is a trade restriction eased: CONCEDE 081 (the PLOVER manual's
"easing of administrative or legal restrictions"), with the state whose goods it let in as the target; sanctions lifted
stay RETREAT 085. A pardon, an amnesty or immunity from prosecution granted is CONCEDE (the manual: "formal pardons,
acquittals, and amnesties"), with the one shielded as the target; a prisoner's actual release stays RETREAT 0841.
Sentences written for these tests."""

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, source, target, status", [
    ("Mexico lowered its tariffs on Guatemalan coffee last week.", "MEX", "GTM", "occurred"),
    ("Norway said it would cut tariffs on Chilean salmon next year.", "NOR", "CHL", "planned"),
    ("The Philippines scrapped the duties on Thai rice on Monday.", "PHL", "THA", "occurred"),
    ("Canada eliminated the duties on Peruvian copper after the ruling.", "CAN", "PER", "occurred"),
])
def test_a_tariff_or_duty_eased_is_a_concession_to_the_exporter(code, text, source, target, status):
    events, actors = code(text)
    found = [(e.type, e.cameo, e.status, countries(e.source, actors), countries(e.target, actors)) for e in events]
    assert ("CONCEDE", "081", status, {source}, {target}) in found, found
    assert not [f for f in found if f[0] == "RETREAT"], found


def test_sanctions_lifted_stay_a_retreat(code):
    events, actors = code("Norway lifted its sanctions on Belarus in May.")
    assert [(e.type, e.cameo) for e in events] == [("RETREAT", "085")]


def test_a_tax_cut_at_home_is_still_no_event(code):
    events, _ = code("The treasury cut import duties on bicycles.")
    assert not [e for e in events if e.type in ("CONCEDE", "RETREAT")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, source, target, status", [
    ("The Kenyan president pardoned 30 Ugandan fishermen on Tuesday.", "KEN", "UGA", "occurred"),
    ("A U.S. Senate committee voted on Thursday to grant immunity from charges to a Mexican lender, Tomas Ybarra.",
     "USA", "MEX", "occurred"),
    ("Lawmakers plan to grant immunity to the former envoy Hal Brenner.", None, None, "planned"),
    ("The Senate committee may grant Colonel Bram Ostrow limited immunity this month.", "USA", None, "hypothetical"),
])
def test_a_pardon_or_immunity_granted_is_a_concession(code, text, source, target, status):
    events, actors = code(text)
    found = [(e.type, e.cameo, e.status, countries(e.source, actors), countries(e.target, actors), e.trigger)
             for e in events]
    conceded = [f for f in found if f[0] == "CONCEDE"]
    assert conceded and conceded[0][2] == status, found
    if source:
        assert source in conceded[0][3], found
    if target:
        assert target in conceded[0][4], found
    assert not [f for f in found if f[0] in ("RETREAT", "ACCUSE", "COERCE")], found


def test_prisoners_freed_stay_a_retreat(code):
    events, _ = code("The Kenyan army freed 30 Ugandan fishermen on Tuesday.")
    assert [(e.type, e.cameo) for e in events] == [("RETREAT", "0841")]


@pytest.mark.parametrize("text, source, target", [
    ("Manila announced in May the lifting of bans on 40 Thai goods.", "PHL", "THA"),
    ("Manila announced the easing of its curbs on Thai fruit.", "PHL", "THA"),
])
def test_the_lifting_of_a_ban_announced_is_a_concession(code, text, source, target):
    events, actors = code(text)
    found = [(e.type, e.cameo, countries(e.source, actors), countries(e.target, actors)) for e in events]
    assert ("CONCEDE", "081", {source}, {target}) in found, found


def test_the_lifting_of_a_tariff_demanded_is_the_request_s(code):
    events, _ = code("Tokyo demanded the immediate lifting of the tariffs on its cars.")
    assert [e.type for e in events] == ["REQUEST"], [(e.type, e.trigger) for e in events]
