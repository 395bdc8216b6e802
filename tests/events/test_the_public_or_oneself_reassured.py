"""The public or oneself reassured ("assured the public that the danger was small", "tried to reassure residents",
"she assures herself") is a calming word, no pledge and no backing given to a party (events/data/non_events.yaml
"the public or oneself reassured"); a party assured of an act or reassured of support stays. Texts written here."""

import pytest

from tests.events.conftest import found_acts

# a page: the sentence, then four of no act
PAGE = ("{} The news came on a quiet morning. The figures were published in a short note. Readers can find the note "
        "online. The note runs to two pages.")


@pytest.mark.parametrize("text", [
    "The health ministry assured the public on Monday that the danger of infection was very small.",
    "The Peruvian government has tried to reassure residents after the flood, but many doubt its figures.",
    "\"It will all work out,\" the envoy assures himself.",
])
def test_the_public_or_oneself_reassured_is_no_act(code, text):
    events, _ = code(PAGE.format(text))
    assert not [e for e in events if e.type in ("AGREE", "SUPPORT")], found_acts(events)


@pytest.mark.parametrize("text, kind, country", [
    ("Chile assured Bolivia that it would open the port to its trucks.", "AGREE", "BOL"),
    ("The Japanese foreign minister reassured South Korea of Tokyo's support.", "SUPPORT", "KOR"),
])
def test_a_party_assured_stays(code, text, kind, country):
    events, actors = code(PAGE.format(text))
    assert [e for e in events if e.type == kind and {actors[i].country for i in e.target} == {country}], \
        found_acts(events)
