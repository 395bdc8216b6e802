"""On a page, an act told in the first person whose doer no one names ("I called an old friend", an author's own
life, or a quote of a speaker left unnamed) is left out (events/promises.py `told_by_no_one`); a "we" the roles give
to a named speaker keeps its event, and so does a single sentence. Texts written here."""

from __future__ import annotations

MEMOIR = ("I grew up in a small town outside Leeds. My mother ran a bakery and my father drove a bus. When the film "
          "offer came, I called an old friend, a Scottish nurse who had been like a sister to me. She told me to take "
          "it. I did, and I have never looked back. The song was written in a week.")
TALKS = ("The talks in Ankara ended late on Tuesday without a statement. \"We will go to Moscow to review these steps "
         "with Mr. Putin,\" one official said. Turkish President Recep Tayyip Erdogan said on Wednesday: \"We will "
         "send more troops to Idlib.\" Russia's foreign ministry declined to comment. Syrian state media said the army "
         "had moved north. Fighting continued near Saraqeb overnight.")

LATER = ("The rains came early this year. \"We will fly to Nairobi to review the border with Mr. Ruto. Our hope is "
         "that both sides accept a ceasefire. Much depends on those talks,\" said Yoweri Museveni. Kenya has not "
         "replied to Uganda. Kenya closed the border with Uganda in May. Traders say prices have doubled.")


def _triggers(events):
    return [e.trigger for e in events]


def test_an_author_calling_a_friend_on_a_page_is_no_act(code):
    events, _ = code(MEMOIR, "2019-11-20")
    assert "called" not in _triggers(events)


def test_a_we_the_roles_give_to_a_named_speaker_stays(code):
    events, actors = code(TALKS, "2020-03-01")
    sent = [e for e in events if e.trigger == "send"]
    assert len(sent) == 1 and {actors[a].name for a in sent[0].source} == {"Recep Tayyip Erdoğan"}
    assert "go" in _triggers(events)  # "one official": a doer, though of no country


def test_a_single_sentence_keeps_its_first_person_act(code):
    events, _ = code("When the offer came, I called the British ambassador in Ankara.", "2019-11-20")
    assert "called" in _triggers(events)


def test_a_quotation_whose_speaker_is_named_at_its_end_stays(code):
    events, _ = code(LATER, "2020-03-01")
    assert "fly" in _triggers(events)
