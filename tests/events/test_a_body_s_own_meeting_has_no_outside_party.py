"""A noun of a meeting whose doers its own words name as an international body or officials of no named state
("Friday's summit of OAU leaders", "this month's OAU summit", "a meeting of Nordic ministers") is the body's
meeting among its members: one who proposes something for it, speaks of it or attends it is no other party to it
(model.body_s_own_meeting). The party of talks "with" someone, and a state hosting the body's summit, stay."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, outsider", [
    ("In a paper drafted for Friday's summit meeting of OAU leaders, Kenya proposed that the plan be studied "
     "further.", "meeting", "Kenya"),
    ("President Moi attacked proposals made by the OAU's secretariat and added that the rift would be hard to heal "
     "at this month's OAU summit.", "summit", "Moi"),
    ("Finland's trade minister, now in Oslo for a meeting of Nordic ministers, made no comment on the new quotas.",
     "meeting", "Finland"),
])
def test_no_outside_party(code, text, trigger, outsider):
    events, actors = code(text)
    meeting = [e for e in events if e.type == "CONSULT" and e.trigger == trigger]
    assert meeting and not any(outsider in n for n in names(meeting[0].target, actors)), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_talks_with_a_party_keep_it(code):
    events, actors = code("Zambia's talks with the IMF have run into trouble, a Lusaka paper said.")
    talks = [e for e in events if e.trigger == "talks"]
    assert talks and names(talks[0].target, actors) == {"International Monetary Fund"}, \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_a_host_keeps_the_body(code):
    events, actors = code("Kenya hosted an OAU summit in Nairobi last week.")
    hosted = [e for e in events if e.type == "CONSULT"]
    assert hosted and "Kenya" in names(hosted[0].source, actors), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
