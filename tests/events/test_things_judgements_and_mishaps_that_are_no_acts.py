"""Words that look like acts on fresh pages and wire text and are none: a judgement told by "striking", a
thing that threatens, a firm hit by a moving price, a death in a mishap, a price matched, a comment declined, and a
name given after a long object (events/data/non_events.yaml, events/patterns/none.yaml, events/no_event.py)."""

import pytest

from tests.events.conftest import found_acts, trigger_words


@pytest.mark.parametrize("text", [
    "\"It is striking how in so many capitals the talk is now of walls,\" Pope Francis said on Sunday.",
    "It's striking that in almost every province the unions are losing members, Canada's labour minister said.",
])
def test_a_judgement_told_by_striking_is_no_strike(code, text):
    events, _ = code(text)
    assert "striking" not in trigger_words(events), found_acts(events)


def test_a_strike_on_a_target_stays_one(code):
    events, _ = code("Israeli jets were striking Hamas positions in Gaza on Tuesday, the army said.")
    assert ("ASSAULT", "striking") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "Germany says the new Danish quota rule threatens to cut German pork exports by a third.",
    "Brazil is threatened with a glut of cheap Argentine steel, the Brazilian ministry said.",
])
def test_a_thing_that_threatens_makes_no_threat(code, text):
    events, _ = code(text)
    assert "THREATEN" not in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text", ["Chile threatened to cut gas exports to Argentina.",
                                  "Peru was threatened with sanctions by Chile on Monday."])
def test_a_threat_by_a_side_stays_one(code, text):
    events, _ = code(text)
    assert "THREATEN" in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text", [
    "Statoil, with large exposure to natural gas, was hard hit by sliding gas prices last year.",
    "Aramco, with most of its income from crude, was hit hard by tumbling oil prices in 2015.",
])
def test_a_firm_hit_by_a_moving_price_is_attacked_by_nobody(code, text):
    events, _ = code(text)
    assert "hit" not in trigger_words(events), found_acts(events)


def test_troops_hit_by_fighters_firing_stay_attacked(code):
    events, _ = code("Syrian troops were hit by rebels firing rockets near Idlib on Monday.")
    assert ("ASSAULT", "hit") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "Two Canadian soldiers were killed in a helicopter crash in Mali, the Canadian army said.",
    "Four Nigerian soldiers were killed in a road accident near Kano, the Nigerian army said.",
    "Three Peruvian miners were injured in a landslide near Cusco on Sunday.",
])
def test_a_death_in_a_mishap_is_no_attack(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in {e.type for e in events}, found_acts(events)


def test_a_death_in_clashes_stays_an_attack(code):
    events, _ = code("Five Malian soldiers were killed in clashes with rebels near Gao on Sunday.")
    assert ("ASSAULT", "killed") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "Walmart is offering discounts on the new laptop, matching Best Buy with prices as low as $999.",
    "The union accepted an offer from Ford Canada that largely matched the wage pattern set at Chrysler.",
])
def test_a_price_or_an_offer_matched_is_no_fight(code, text):
    events, _ = code(text)
    assert not {"matching", "matched"} & trigger_words(events), found_acts(events)


def test_an_attack_beside_a_match_stays_coded(code):
    events, _ = code("Rebels are attacking the town, matching the army's tactics.")
    assert ("ASSAULT", "attacking") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", ["The Bank of Japan had earlier declined comment.",
                                  "Kenya's finance ministry declined comment on the loan."])
def test_a_comment_declined_is_no_rejection(code, text):
    events, _ = code(text)
    assert "REJECT" not in {e.type for e in events}, found_acts(events)


def test_an_invitation_declined_stays_a_rejection(code):
    events, _ = code("Japan declined an invitation from China to the summit.")
    assert ("REJECT", "declined") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "Lopez called the Chilean plan to end fishing subsidies by 2010, presented at the WTO in June, \"bold\" and "
    "\"quite sensible.\"",
    "Mensah called the Nigerian proposal to cut cocoa quotas within five years, put to OPEC last month, \"timely\" "
    "and \"fair.\"",
    "Iran's oil minister on Tuesday called the Iraqi raids on two of its offshore rigs an escalation and promised a "
    "reply.",
])
def test_a_name_given_after_a_long_object_is_no_call(code, text):
    events, _ = code(text)
    assert not {("CONSULT", "called"), ("REQUEST", "called")} & set(found_acts(events)), found_acts(events)


def test_a_call_to_someone_described_after_a_comma_stays_a_call(code):
    events, _ = code("Egypt's president on Sunday called the Ethiopian envoy in Cairo, a veteran of the Nile talks, "
                     "and discussed the dam.")
    assert ("CONSULT", "called") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text, word", [
    ("Since 2014, when Russia annexed Crimea, Ukraine has spent heavily on its army.", "annexed"),
    ("Since 2003, when American troops invaded Iraq, Iran has gained influence in Baghdad.", "invaded"),
    ("About 2,000 Russian soldiers remain in Georgia, 11 years after Moscow invaded the country in a five-day war.",
     "invaded"),
])
def test_a_past_act_a_span_is_counted_from_is_background(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events) and all(e.type != "ASSAULT" for e in events), found_acts(events)


@pytest.mark.parametrize("text, word", [
    ("Two days after Moscow invaded the country, Georgia appealed to NATO for help.", "invaded"),
    ("Russia annexed Crimea in 2014, when the Ukrainian army was weak.", "annexed"),
])
def test_an_act_told_with_its_own_time_stays_coded(code, text, word):
    events, _ = code(text)
    assert word in trigger_words(events), found_acts(events)


@pytest.mark.parametrize("text", ["Baker cited as positive factors declining Japanese unemployment and steady prices.",
                                  "The bank listed as risks declining Chinese demand and high debt."])
def test_a_figure_described_as_declining_is_no_refusal(code, text):
    events, _ = code(text)
    assert "REJECT" not in {e.type for e in events}, found_acts(events)


def test_a_side_declining_an_offer_still_refuses(code):
    events, _ = code("Chile, declining the Peruvian offer, said it would not attend the talks.")
    assert ("REJECT", "declining") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", ["Kenya has eradicated rinderpest, the Kenyan agriculture ministry said.",
                                  "Twenty states and Puerto Rico have eradicated brucellosis, the U.S. Agriculture "
                                  "Department said."])
def test_a_disease_wiped_out_is_no_attack(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text", [
    "Beijing is wary of the president's erratic style, as demonstrated by his sudden exit from the Hanoi summit with "
    "Kim.",
    "Tokyo's anger, as was demonstrated by its recall of the ambassador from Seoul, has not eased.",
])
def test_a_thing_shown_is_no_demonstration(code, text):
    events, _ = code(text)
    assert "demonstrated" not in trigger_words(events), found_acts(events)


def test_students_who_demonstrate_protest(code):
    events, _ = code("Thousands of students demonstrated outside the Chilean embassy in Lima on Monday.")
    assert ("PROTEST", "demonstrated") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", ["Chinese troops took to the streets of Hong Kong to clear debris on Saturday.",
                                  "Thai soldiers took to the streets of Bangkok on Sunday to remove barricades.",
                                  "Over the weekend the Chinese People's Liberation Army took to the streets of "
                                  "Kowloon to remove roadblocks."])
def test_forces_in_the_streets_are_no_protest(code, text):
    events, _ = code(text)
    assert "PROTEST" not in {e.type for e in events}, found_acts(events)


def test_students_in_the_streets_protest(code):
    events, _ = code("Thousands of Thai students took to the streets of Bangkok on Saturday.")
    assert ("PROTEST", "took") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", ["Bloomberg Pro offers you daily market insight and expert analysis.",
                                  "Economic Times Prime offers you all the research you need to pick stocks.",
                                  "A long trade war offers Mr. Trump some political gains at home.",
                                  "The border dispute offers Modi a chance to rally voters against Pakistan."])
def test_a_sellers_line_or_a_state_of_things_offers_nothing(code, text):
    events, _ = code(text)
    assert "AGREE" not in {e.type for e in events}, found_acts(events)


def test_an_offer_to_a_party_stays_one(code):
    events, _ = code("China offered Vietnam talks on the sea dispute.")
    assert ("AGREE", "offered") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text, word", [
    ("The minister faced complaints that she had yielded to Washington on the tariff deal.", "yielded"),
    ("The president rejected criticism that he had surrendered to Beijing in the talks.", "surrendered"),
    ("The premier brushed off complaints that Ottawa had caved to Washington on dairy.", "caved"),
])
def test_what_one_is_criticised_for_is_no_act_told(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), found_acts(events)


def test_an_act_after_which_criticism_came_stays_coded(code):
    events, _ = code("Lula faced criticism from the right after he caved to Beijing on soy tariffs.")
    assert ("CONCEDE", "caved") in found_acts(events), found_acts(events)
