"""Three sides a sentence names that the act's own words do not give.

- The one whose remarks' "that" clause tells an act is its teller, no party of it: "comments by the premier that the
  big industrial powers had agreed to hold the dollar steady" (the premier was the agreement's target; the clause, which has its
  own subject, is no participle on the remarks).
- One the doer is set beside by "unlike" or "like" is no target: "Unlike Mexico, Canada will not act"
  ("states like X", which names members, is another reading).
- A request or an offer "to" a party, refused in the passive with no one named refusing it, is refused by that
  party, and its maker is refused: "Ghana's request to the IMF for a loan was rejected". With an agent, the agent
  refuses as before."""

from __future__ import annotations

from tests.events.conftest import names


def _sides(events, actors, word):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger.endswith(word)]


def test_the_one_whose_remarks_tell_an_accord_is_no_party(code):
    events, actors = code("The mark firmed after comments by Chancellor Helmut Kohl that the big industrial powers "
                          "had agreed to hold the dollar above 1.80 marks.", published="1987-04-26")
    sides = _sides(events, actors, "agreed")
    assert all("Helmut Kohl" not in s | t for s, t in sides), sides


def test_unlike_names_no_target(code):
    events, actors = code("Unlike Mexico, which has cut its oil output, Canada has always refused to step into "
                          "the crude trade.")
    sides = _sides(events, actors, "refused")
    assert sides and all("Mexico" not in t for s, t in sides), sides


def test_a_request_to_a_lender_refused_in_the_passive(code):
    events, actors = code("Ghana's request to the IMF for a standby loan was rejected last week.")
    assert _sides(events, actors, "rejected") == [({"International Monetary Fund"}, {"Ghana"})], \
        _sides(events, actors, "rejected")


def test_a_request_refused_by_a_named_agent(code):
    events, actors = code("Ghana's request for a standby loan was rejected by the IMF.")
    assert _sides(events, actors, "rejected") == [({"International Monetary Fund"}, {"Ghana"})], \
        _sides(events, actors, "rejected")
