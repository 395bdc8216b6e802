"""The one a letter is written "to" is urged by the participle after it, and the writer urges ("the senator had
written three letters to the trade minister urging a ban": the senator urges the minister; doers.message_addressee,
data/addressees.yaml `messages`), whether the parser hangs the participle on the verb of writing or reads the
addressee as its subject. A name before a gerund after another verb still does the gerund ("objected to Uganda
opening an inquiry")."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_the_writer_urges_the_addressee(code):
    events, actors = code("Senator Albrecht had written three letters to the Kenyan trade minister urging a ban "
                          "on ivory exports.")
    urging = [e for e in events if e.trigger == "urging"]
    assert urging and names(urging[0].source, actors) == {"Albrecht"} \
        and any("Kenya" in n for n in names(urging[0].target, actors)), _shown(events, actors)


def test_the_addressee_the_participle_hangs_on_does_not_urge(code):
    events, actors = code("Senator Brandt had written two letters to Dole urging such a plan.")
    urging = [e for e in events if e.trigger == "urging"]
    assert urging and names(urging[0].source, actors) == {"Brandt"} \
        and names(urging[0].target, actors) == {"Dole"}, _shown(events, actors)


def test_a_gerund_s_own_subject_after_another_verb(code):
    events, actors = code("Kenya objected to Uganda opening an inquiry.")
    opening = [e for e in events if e.trigger and e.trigger.startswith("opening")]
    assert opening and names(opening[0].source, actors) == {"Uganda"}, _shown(events, actors)
