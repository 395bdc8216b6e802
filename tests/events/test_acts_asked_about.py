"""On a page, an act told inside an indirect question is asked about, not told (events/relevance.py `asked_about`,
data/relevance.yaml indirect_questions): officials "wondering if" a state will agree to lift its tariffs, a listener
who "asked why" a government was not doing more to negotiate. A condition ("if the talks fail, Kenya will …") and a
clause after "how" under a verb that tells ("explained how Kenya had withdrawn its troops") keep their acts. Pages
written here (round 71)."""

from __future__ import annotations

import pytest

WONDER = ("Kenya and Uganda have been at odds over tariffs for months. Kenyan officials are wondering if Uganda will "
          "agree to lift its tariffs on Kenyan sugar. The lobby's head said time was running out for many growers. "
          "Ugandan officials said on Monday they were ready to talk. The Kenyan foreign minister said he would travel "
          "to Kampala next week. The two sides met in Nairobi in May.")
WHY = ("The Kenyan health minister spoke on radio on Monday. A listener asked why the Kenyan government was not doing "
       "more to negotiate with Uganda for vaccines. The minister said Kenya had enough doses. The ministry has 300 "
       "staff. It was founded in 1963. Reporters waited outside.")
TOLD = ("Kenya and Uganda have quarrelled over fishing rights for months. The Kenyan defence minister explained how "
        "Kenya had withdrawn its troops from the Ugandan border in May. If the talks fail, Kenya will impose "
        "sanctions on Uganda. The two sides met in Nairobi in May. Reporters waited outside. The talks resume on "
        "Friday.")


def _told(code, page, kind, words):
    events, _ = code(page)
    return [e for e in events if e.type == kind and words in e.evidence[0].text]


@pytest.mark.parametrize("page, kind, words", [
    (WONDER, "AGREE", "wondering"),
    (WHY, "CONSULT", "asked why"),
])
def test_an_act_asked_about_is_no_act(code, page, kind, words):
    assert not _told(code, page, kind, words)


@pytest.mark.parametrize("page, kind, words", [
    (TOLD, "RETREAT", "explained how"),
    (TOLD, "THREATEN", "If the talks fail"),
    (WONDER, "CONSULT", "met in Nairobi"),
])
def test_an_act_told_stays(code, page, kind, words):
    assert _told(code, page, kind, words)
