"""The one a message is written or sent "to" does not do the participle after it ("farmers said they had written to
President Moi protesting against the levy": the writers protest, Moi is written to; doers.gerund_subject,
data/addressees.yaml `messages`). A name before a gerund after other verbs still does it ("objected to Uganda
opening an inquiry")."""

from __future__ import annotations

from tests.events.conftest import names


def test_the_addressee_does_not_protest(code):
    events, actors = code("Farmers said they had written to President Moi protesting against the new levy.")
    protests = [e for e in events if e.trigger == "protesting"]
    assert protests and not any("Moi" in n for n in names(protests[0].source, actors)), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_a_gerund_s_own_subject_after_another_verb(code):
    events, actors = code("Kenya objected to Uganda opening an inquiry.")
    opening = [e for e in events if e.trigger and e.trigger.startswith("opening")]
    assert opening and names(opening[0].source, actors) == {"Uganda"}, \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
