"""A speech act made by a statement the story gives no time (events/story_dates.statements_undated): undated under
the default convention `none` (time/data/lexicon.yaml `undated_statement`, what the hand-coded gold does), the
article's day under `published`, marked inferred. Not a statement told as made before, one of another type than a
speech act, nor one with a time of its own. Sentences written for these tests (article of Wednesday 2024-06-12)."""

import pytest

from dossier.events import story_dates
from tests.events.conftest import only

SAID = "Kenya said its army was ready to repel any attack by Uganda."


@pytest.fixture
def published_convention(monkeypatch):
    monkeypatch.setattr(story_dates, "_undated_statement", lambda: "published")


def test_the_default_convention_leaves_an_undated_statement_undated(code):
    assert story_dates._undated_statement() == "none"
    events, _ = code(SAID, "2024-06-12")
    assert only(events, "THREATEN").date is None


@pytest.mark.parametrize("text, kind", [
    (SAID, "THREATEN"),
    ("Ghana says Togo must reopen the border crossing at Aflao.", "REQUEST"),
])
def test_under_the_published_convention_an_undated_statement_takes_the_article_s_day(code, published_convention,
                                                                                      text, kind):
    events, _ = code(text, "2024-06-12")
    value = only(events, kind).date
    assert value is not None and (value.start, value.end, value.inferred) == ("2024-06-12", "2024-06-12", True)


@pytest.mark.parametrize("text, kind", [
    ("Kenya had said its army was ready to repel any attack by Uganda.", "THREATEN"),  # told as made before
    ("Kenya said its army would send troops to the border with Uganda.", "MOBILIZE"),  # no speech act
    ("Kenya said it had accused Uganda of arming the rebels.", "ACCUSE"),  # told as done before the saying
    ("Kenya said a rebel brigade, backed by Uganda, attacked the town.", "SUPPORT"),  # a participle
])
def test_the_published_convention_dates_no_earlier_statement_and_no_other_act(code, published_convention, text,
                                                                             kind):
    events, _ = code(text, "2024-06-12")
    hits = [e for e in events if e.type == kind]
    assert hits and all(e.date is None or e.date.start != "2024-06-12" for e in hits)


def test_a_statement_with_a_time_of_its_own_keeps_it_under_either_convention(code, published_convention):
    events, _ = code("Kenya said on Monday its army was ready to repel any attack by Uganda.", "2024-06-12")
    value = only(events, "THREATEN").date
    assert value is not None and value.start == "2024-06-10" and not value.inferred
