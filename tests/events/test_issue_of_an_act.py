"""What an act is done to or about (`Event.issue`, events/roles._issue): a time phrase dates the act and is never its
matter, and a relative pronoun stands for the noun its clause hangs on; a real object or matter stays."""

import pytest


def _issues(code, text, ptype):
    events, _ = code(text)
    hits = [e for e in events if e.type == ptype]
    assert hits, [(e.type, e.trigger) for e in events]
    return [e.issue for e in hits]


@pytest.mark.parametrize("text, ptype, starts", [
    ("Germany and France agreed on Friday to widen cooperation on energy.", "AGREE", "to widen cooperation"),
    ("Egypt agreed on Sunday with Jordan on a plan for water sharing.", "AGREE", "a plan for water sharing"),
    ("Kenya and Somalia signed a deal on Tuesday on fishing rights.", "AGREE", "fishing rights"),
])
def test_a_time_phrase_gives_way_to_the_matter(code, text, ptype, starts):
    issues = _issues(code, text, ptype)
    assert any((i or "").startswith(starts) for i in issues), issues


@pytest.mark.parametrize("text, ptype", [
    ("Ghana signed the accord with Togo on Thursday.", "AGREE"),
    ("Austria agreed on Monday with Hungary.", "AGREE"),
    ("Canada promised over the weekend to help Haiti.", "AGREE"),
])
def test_no_issue_is_a_time(code, text, ptype):
    for issue in _issues(code, text, ptype):
        assert not issue or not any(day in issue for day in ("Thursday", "Monday", "weekend")), issue


@pytest.mark.parametrize("text, ptype, expected", [
    ("Oman praised the treaty that Iran and Iraq concluded last year.", "SUPPORT", "the treaty"),
    ("The pipeline deal which Algeria concluded with Italy was welcomed in Rome.", "AGREE", "The pipeline deal"),
])
def test_a_relative_pronoun_stands_for_its_noun(code, text, ptype, expected):
    issues = _issues(code, text, ptype)
    assert expected in issues, issues
    assert not {"that", "which"} & set(issues), issues


@pytest.mark.parametrize("text, ptype, starts", [
    ("Russia agreed on a ceasefire with Ukraine on Saturday.", "AGREE", "a ceasefire"),
    ("Iran agreed to resume talks with the United States.", "AGREE", "to resume talks"),
    ("Norway and Iceland signed an accord on fishing quotas on Monday.", "AGREE", "fishing quotas"),
    ("Peru protested on Monday over the seizure of a trawler.", "ACCUSE", "the seizure of a trawler"),
])
def test_a_real_matter_stays(code, text, ptype, starts):
    issues = _issues(code, text, ptype)
    assert any((i or "").startswith(starts) for i in issues), issues
