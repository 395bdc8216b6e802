"""Words that look like acts and are none where they stand (events/data/non_events.yaml, events/patterns/none.yaml),
and the acts beside them that stay coded."""

import pytest

from dossier.events import patterns
from tests.events.conftest import trigger_words


def _types(events) -> set[str]:
    return {e.type for e in events}


def test_every_context_starts_at_the_trigger():
    contexts = patterns.load_contexts()
    assert contexts and all(p[0]["RIGHT_ID"] == "trigger" for c in contexts for p in c.patterns)


def test_a_context_whose_first_node_is_not_the_trigger_is_a_clear_error(tmp_path):
    bad = tmp_path / "contexts.yaml"
    bad.write_text("contexts:\n  - name: odd\n    pattern:\n      - {RIGHT_ID: verb, RIGHT_ATTRS: {POS: VERB}}\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match="contexts.yaml: context 'odd'"):
        patterns.load_contexts(bad)


@pytest.mark.parametrize("text, word", [
    ("Peru will close the border if Bolivia sends troops to the river.", "sends"),
    ("Quito will not resume the talks unless Lima frees the fishermen and withdraws its patrol boats.", "withdraws"),
    ("Quito will not resume the talks unless Lima frees the fishermen and withdraws its patrol boats.", "frees"),
    ("As long as the militia continues to attack farms, the army will stay in the valley.", "attack"),
])
def test_an_act_held_out_as_a_condition_is_not_done(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


def test_the_act_that_a_condition_is_put_on_stays_coded(code):
    events, _ = code("Chile will impose sanctions on Bolivia unless Bolivia pulls its troops back.")
    assert {"SANCTION", "THREATEN"} & _types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["The senator hopes the court will overturn the tariff law.",
                                  "Most lawmakers believe Ecuador will expel the envoy."])
def test_what_someone_hopes_or_believes_is_no_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["Two Kenyan officials told Reuters that the ferry sank near Lamu.",
                                  "The minister said in an interview with the newspaper that the budget was late."])
def test_a_word_to_the_press_is_no_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


def test_the_press_telling_the_news_and_a_text_passed_to_it_are_no_acts(code):
    events, _ = code("Kenyan state radio reported on Sunday that the ferry had reached Lamu.")
    assert not events, [(e.type, e.trigger) for e in events]
    events, _ = code("A Peruvian minister released the harvest figures to reporters on Friday.")
    assert not events, [(e.type, e.trigger) for e in events]


def test_an_attack_reported_to_the_press_stays_coded(code):
    events, _ = code("Kenyan troops attacked rebel camps near the Somali border, two officers told reporters.")
    assert "ASSAULT" in _types(events)
    events, _ = code("The state news agency of Syria said the army shelled rebel positions near Aleppo.")
    assert "ASSAULT" in _types(events)


@pytest.mark.parametrize("text", ["The Argentine peso weakened sharply against the dollar on Tuesday.",
                                  "Copper prices hit a two-year high in London."])
def test_a_market_move_is_no_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["Malaysian palm oil exports rallied in the third quarter.",
                                  "Japanese car exports rallied in March.",
                                  "Canadian lumber exports rallied sharply.",
                                  "The Brazilian real rallied against the euro, and the Bovespa index rallied too."])
def test_a_market_that_rallies_names_no_act(code, text):
    events, _ = code(text)
    assert "rallied" not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["Thousands of farmers rallied outside the parliament in Lisbon on Monday.",
                                  "Supporters of the ousted president rallied against the junta in Niamey."])
def test_people_who_rally_still_protest(code, text):
    events, _ = code(text)
    assert "PROTEST" in _types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["Japanese carmakers could extend their recent rally if the yen weakens further, "
                                  "brokers said.",
                                  "Korean steel makers may continue their rally as long as the dollar stays firm, "
                                  "dealers said."])
def test_a_market_rally_carried_on_is_no_protest(code, text):
    events, _ = code(text)
    assert "PROTEST" not in _types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["Korean students will continue their rally in Seoul on Friday.",
                                  "Farmers held a rally outside the grain exchange in Chicago to protest against low "
                                  "prices."])
def test_a_rally_of_people_carried_on_stays_a_protest(code, text):
    events, _ = code(text)
    assert "PROTEST" in _types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["Malawi has reported three cases of cholera in the north.",
                                  "The health ministry of Peru confirmed two measles infections in Cusco."])
def test_a_disease_reported_is_no_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["Delhi has been fighting smog for decades.",
                                  "The Swedish activist is battling deportation to Russia.",
                                  "Both candidates struggled to win over voters in Ohio."])
def test_a_fight_against_a_thing_or_a_struggle_to_do_is_no_assault(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in _types(events), [(e.type, e.trigger) for e in events]


def test_fighting_an_armed_group_is_still_an_assault(code):
    events, _ = code("Government troops have fought the rebels in the north since 2023.")
    assert "ASSAULT" in _types(events)


def test_what_the_speakers_own_side_must_do_is_no_request(code):
    events, _ = code('The mayor of Lima added: "We must stay calm and wait."')
    assert "REQUEST" not in _types(events), [(e.type, e.trigger) for e in events]


def test_what_a_speaker_says_another_must_do_is_still_a_request(code):
    events, _ = code("The Chilean president said Bolivia must withdraw its troops from the border.")
    assert "REQUEST" in _types(events)


def test_a_topic_introduced_by_when_it_comes_to_is_no_trip(code):
    events, _ = code("When it comes to fishing rights, Norway and Iceland have long disagreed.")
    assert "CONSULT" not in _types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["The state oil firm of Ghana will explore for gas off the coast.",
                                  "Two reporters reached out to the Kenyan ministry for comment.",
                                  "The delegates checked out of their Geneva hotel early.",
                                  "A railway connecting the copper mines of Chile with the coast was closed in May.",
                                  "The mayor has tied herself to the fate of the stadium project."])
def test_everyday_senses_of_dictionary_verbs_name_no_event(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


def test_attacks_stepped_up_are_attacks_though_stepping_up_names_none(code):
    events, _ = code("The Houthis stepped up their attacks on Saudi Arabia this month.")
    assert "ASSAULT" in _types(events), [(e.type, e.trigger) for e in events]
    events, _ = code("Chile stepped up its efforts in the Andes.")
    assert not events, [(e.type, e.trigger) for e in events]


def test_reaching_a_settlement_is_an_agreement(code):
    events, _ = code("The Chilean government reached a settlement with the copper miners' union on Monday.")
    assert "AGREE" in _types(events)


def test_settlements_on_land_are_no_agreement(code):
    events, _ = code("Israel expanded its settlements near Hebron last year.")
    assert "AGREE" not in _types(events)


def test_a_hyphenated_trigger_split_by_the_tokenizer_is_found(code):
    events, _ = code("President Petro announced a two-week cease-fire with the ELN on Friday.")
    assert "RETREAT" in _types(events), [(e.type, e.trigger) for e in events]
    events, _ = code("Nurses staged a sit-in outside the health ministry in Lima.")
    assert "PROTEST" in _types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("South Africa has raided guerrilla camps in Zambia in the past.", "raided"),
    ("Peru's foreign minister has argued in the past that Lima would hold no talks with Quito before Ecuador "
     "withdraws its soldiers from the river.", "withdraws"),
    ("Vietnam traditionally opposes dual citizenship and requires migrants to renounce their passports.", "opposes"),
])
def test_history_and_habit_are_not_the_news(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


def test_an_act_of_the_past_week_is_news(code):
    events, _ = code("In the past week, Chile attacked two Bolivian border posts.")
    assert "ASSAULT" in _types(events), [(e.type, e.trigger) for e in events]


def test_forced_by_circumstance_is_no_coercion_but_forced_by_someone_is(code):
    events, _ = code("Ecuador was forced to halt oil exports after the earthquake cut its pipeline.")
    assert "COERCE" not in _types(events), [(e.type, e.trigger) for e in events]
    events, _ = code("The villagers of Kivu were forced by the M23 rebels to leave their farms.")
    assert "COERCE" in _types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["Kenya's capital has turned into a furnace this week.",
                                  "The governor of Texas turned to Twitter on Sunday.",
                                  "Deval Patrick launched his bid for the presidency in Boston.",
                                  "Buyers in Peru tend to wait for lower prices.",
                                  "Shoppers in Ohio may buy fewer Chinese goods next year."])
def test_becoming_speaking_through_a_medium_campaigning_and_trade_name_no_event(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


def test_what_one_is_accused_of_is_not_coded_again(code):
    events, _ = code("Lima accused Santiago of failing to act on the fishing dispute.")
    assert [e.type for e in events] == ["ACCUSE"], [(e.type, e.trigger) for e in events]


def test_fighting_a_trade_is_no_assault_and_meeting_a_response_no_meeting(code):
    events, _ = code("Norway will give Bolivia 40 million crowns to help fight the cocaine trade.")
    assert "ASSAULT" not in _types(events), [(e.type, e.trigger) for e in events]
    events, _ = code("The premier of Peru said any incursion would meet a firm response.")
    assert "CONSULT" not in _types(events), [(e.type, e.trigger) for e in events]


def test_goods_that_travel_make_no_visit(code):
    events, _ = code("A first cargo of Nigerian crude will leave for Ghana this weekend.")
    assert "CONSULT" not in _types(events), [(e.type, e.trigger) for e in events]
    events, _ = code("The foreign minister of Nigeria will leave for Ghana this weekend.")
    assert "CONSULT" in _types(events), [(e.type, e.trigger) for e in events]


def test_people_who_come_in_numbers_make_no_visit(typed):
    found = typed("About 200 people arrived in Ruritania seeking refuge in early 2019, the migration service said.")
    assert found["arrived"][0] == "NONE" and found["seeking"][0] == "REQUEST", found
    assert typed("The Fredonian president arrived in Ruritania on Monday for talks.")["arrived"] == ("CONSULT", "042")
    assert typed("A delegation of Fredonian officials arrived in the capital.")["arrived"] == ("CONSULT", "042")


@pytest.mark.parametrize("text, ptype", [
    # a denial of one's own intent disowns the course, a refusal (round 75, events/disavowals.py); a deed denied
    # answers an accusation
    ("Venezuela denied reports that it planned to attack tankers off Aruba.", "REJECT"),
    ("Iran denied that its gunboats had fired on the Liberian tanker.", "ACCUSE"),
    # the parser reads "as false reports" as one phrase on "denied"
    ("Venezuela denied as false reports that it intended to attack tankers off Aruba.", "REJECT")])
def test_the_act_a_denial_denies_is_not_coded(code, text, ptype):
    events, _ = code(text)
    assert [e.type for e in events] == [ptype], [(e.type, e.trigger) for e in events]


def test_an_act_beside_a_denial_as_baseless_stays(code):
    events, _ = code("Venezuela denied as baseless the reports from Aruba and said its navy attacked two tankers.")
    assert "ASSAULT" in {e.type for e in events}, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["Fifty percent of voters say the senator should be removed from office.",
                                  "The mayor of Quito thought voters would reject the plan and reward him."])
def test_polled_opinions_and_the_second_verb_of_a_belief_are_no_acts(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The minister's trip to Nairobi also demonstrates Uganda's independence from its larger neighbours.",
    "This agreement shows how far relations between Ghana and Togo have come.",
])
def test_a_thing_that_shows_something_is_comment(code, text):
    assert not code(text)[0]


def test_an_actor_that_shows_something_still_acts(code):
    events, _ = code("Chile demonstrated against the Bolivian decision in front of the embassy.")
    assert events


@pytest.mark.parametrize("text", ["Kenya accused Uganda of shelling its border posts and of arming the rebels.",
                                  "The Peruvian foreign minister alleged that Bolivia is planning an invasion of the "
                                  "border province.",
                                  "Kenya complained to the United Nations that Ugandan troops were blocking the border "
                                  "crossing."])
def test_the_act_one_side_says_another_did_is_not_coded_only_the_claim(code, text):
    events, _ = code(text)
    assert [e.type for e in events] == ["ACCUSE"], [(e.type, e.trigger) for e in events]


def test_what_is_blamed_on_someone_is_their_accusation_with_them_as_target(code):
    events, actors = code("The government of Chile blamed a series of bomb attacks in the capital on Peru.")
    assert [e.type for e in events] == ["ACCUSE"], [(e.type, e.trigger) for e in events]
    assert [actors[i].country for i in events[0].target] == ["PER"]


@pytest.mark.parametrize("text, word", [
    ("Quito will retaliate against alleged Peruvian violations of the fishing treaty.", "violations"),
    ("A man from Ohio pleaded guilty to threatening to attack a senator.", "threatening"),
    ("A man from Ohio pleaded guilty to threatening to attack a senator.", "attack"),
    ("A court in Lima found the colonel guilty of torturing two students.", "torturing"),
])
def test_an_act_told_as_alleged_or_pleaded_to_is_not_coded(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("It was the deadliest bombing since the army declared a state of emergency in June.", "declared"),
    ("The senators will campaign in Iowa instead of returning to Washington for the trial.", "returning"),
    ("Lima chose to negotiate rather than attack the rebels.", "attack"),
    ("When the United States imposes tariffs on goods, American buyers pay them.", "imposes"),
    ("A deal on fishing could pave the way for border talks between Lima and Quito.", "talks"),
    ("The mayor hoped the governor would decide to permit the teachers to protest on Monday.", "permit"),
    ("Shoppers in Lima tend to stock up on rice before the holidays.", "stock"),
    ("Ecuador stands to suffer if Lima blocks its fishing boats.", "suffer"),
    ("Peru stands to gain from the new trade pact with China.", "stands"),
])
def test_a_point_in_time_an_act_not_chosen_a_rule_a_prospect_a_hope_and_a_habit_are_not_acts(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


def test_a_causal_since_and_a_future_when_keep_their_acts(code):
    events, _ = code("Since Lima refuses to talk, Quito will close the border with Peru.")
    assert "refuses" in trigger_words(events), [(e.type, e.trigger) for e in events]
    events, _ = code("When the minister visits Lima next week, he will sign a trade pact.")
    assert "visits" in trigger_words(events), [(e.type, e.trigger) for e in events]
    events, _ = code("Tokyo banks will ask for equal rights, since they are barred from trading bonds in New York.")
    assert "barred" in trigger_words(events), [(e.type, e.trigger) for e in events]
    # a relative clause inside what is hoped is no hope
    events, _ = code("The minister hoped Lima would reject the plan, which is also opposed by Chile.")
    assert "opposed" in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Peru said Chile's decision would damage relations between the two neighbours.",
    "The new tariffs will hurt farmers in Iowa, the senator warned.",
    "News of the trade talks weighed on investors in Tokyo.",
    "The senator's role offers a reminder of the power of rural voters.",
    "Italy hopes to encourage domestic tourism with vouchers.",
    "The judge will join the Ninth Circuit next month.",
    "The prince flew helicopters during the Falklands war.",
    "Two hundred thousand people have been displaced since January.",
    "The pipeline to the port was put out of action by the earthquake.",
    "Quito insists it wants no quarrel with its neighbours.",
    "The minister told us he was struck by the resilience of the farmers.",
    "To combat this, the government of Punjab passed a water law.",
])
def test_figures_of_speech_and_the_economy_name_no_act(code, text):
    events, _ = code(text)
    assert not {"SANCTION", "ASSAULT", "CONSULT", "REQUEST", "AGREE", "AID", "PROTEST", "SUPPORT"} & _types(events), \
        [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, ptype", [
    ("Iraqi jets hit two Iranian tankers in the Gulf on Sunday.", "ASSAULT"),
    ("The army shelled the town and damaged dozens of houses.", "ASSAULT"),
    ("Kenya will host the President of Uganda next week.", "CONSULT"),
    ("The foreign minister of Chile arrived in Lima on Monday.", "CONSULT"),
    ("Turkish warships sailed into the disputed waters on Friday.", "MOBILIZE"),
])
def test_the_same_verbs_keep_their_acts_on_actors_and_forces_that_travel_deploy(code, text, ptype):
    events, _ = code(text)
    assert ptype in _types(events), [(e.type, e.trigger) for e in events]
    if ptype == "MOBILIZE":
        assert "CONSULT" not in _types(events)


@pytest.mark.parametrize("text", [
    "Brokers in Chicago execute customer orders on the floor of the exchange.",
    "The minister said Chile executed several housing projects last year.",
    "Ghana is executing the projects with Chinese loans.",
    "Analysts point out that the president's popularity has fallen.",
    "Economists said the deficit will push up inflation in India.",
    "The bankers' federation released its proposal for a futures market in Tokyo.",
    "Some traders who received telexes from Havana said the message was unclear.",
    "The appeals court, which hears cases from three states, will get a new judge.",
])
def test_market_talk_and_a_courts_work_name_no_act(code, text):
    events, _ = code(text)
    assert not {"ASSAULT", "CONSULT", "REQUEST", "RETREAT", "ACCUSE"} & _types(events), \
        [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, ptype", [
    ("Iraq executed two Iranian prisoners of war, Tehran radio said.", "ASSAULT"),
    ("The rebels released the two French hostages on Sunday.", "RETREAT"),
])
def test_executing_people_and_releasing_hostages_stay_acts(code, text, ptype):
    events, _ = code(text)
    assert ptype in _types(events), [(e.type, e.trigger) for e in events]


def test_a_side_the_writer_calls_guilty_of_an_act_keeps_the_act(code):
    events, _ = code("Both the army and the rebels are guilty of violating the ceasefire in Darfur.")
    assert "violating" in trigger_words(events), [(e.type, e.trigger) for e in events]


def test_calling_a_decision_a_mistake_stays_an_accusation(code):
    events, _ = code("The Peruvian president called the Chilean decision a grave mistake.")
    assert "ACCUSE" in _types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Were Uganda to close the border, Kenya would impose sanctions on it.", "close"),
    ("Had Uganda withdrawn its troops, Kenya would have signed the accord.", "withdrawn"),
    ("Should Uganda attack the island, Kenya will send troops.", "attack"),
    ("In case Uganda attacks the island, Kenya will send troops.", "attacks"),
    ("Provided that Uganda withdraws its troops, Kenya will sign the accord.", "withdraws"),
])
def test_an_act_held_out_as_an_inverted_or_phrased_condition_is_not_done(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("After Uganda had withdrawn its troops, Kenya signed the accord.", "withdrawn"),
    ("Kenya provided troops to Somalia.", "provided"),
])
def test_a_past_act_before_another_is_no_condition(code, text, word):
    events, _ = code(text)
    assert word in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Indonesia, the only Asian member of the cartel, has been badly hit by last year's fall in oil prices.", "hit"),
    ("The Social Democrats beat the Conservatives in the regional election in Bavaria.", "beat"),
    ("President Ruto's coalition won the vote in Mombasa against the opposition alliance.", "won"),
])
def test_an_economic_force_or_an_election_result_is_no_act(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events)


def test_a_blow_by_an_armed_force_beside_an_election_stays_coded(code):
    events, _ = code("Nigerian warplanes hit rebel positions in the north after the election.")
    assert "ASSAULT" in _types(events)


@pytest.mark.parametrize("text, word", [
    ("The charity said it will pay the fines of anyone who is detained at the march.", "detained"),
    ("When the Chinese generals give the order to close the border, it gets done at once.", "give"),
    ("Whenever Kenya threatens Uganda with sanctions, the talks have stalled.", "threatens"),
    ("Thousands of migrants were caught in the no-man's land between the Greek and Turkish border posts.", "caught"),
])
def test_a_generic_sufferer_a_rule_told_in_the_passive_and_people_caught_in_a_place_are_no_acts(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("The charity said it will pay the fines of a reporter who was detained at the march.", "detained"),
    ("When Ankara imposed tariffs on Greek steel, they were paid by the buyers.", "imposed"),
    ("Bulgarian border guards caught two smugglers in the forest on Tuesday.", "caught"),
    ("Two smugglers were caught by the Bulgarian coastguard on Tuesday.", "caught"),
    ("The Kenyan police said everyone who was detained at the march on Sunday has been released.", "detained"),
])
def test_a_named_sufferer_a_past_when_and_a_catch_with_its_doer_stay_acts(code, text, word):
    events, _ = code(text)
    assert word in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "An analyst at a Lima think tank said the state visit will elevate trade ties and mutual trust between the two "
    "nations to a new level.",
    "Officials in Nairobi said the new accord would deepen security cooperation with Uganda.",
    "The summit boosted trade between Chile and Argentina, a ministry statement said.",
])
def test_what_an_act_does_for_ties_is_a_judgement_not_an_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Kenya and Uganda agreed to deepen their security cooperation.", "agreed"),
    ("The Japanese government will boost aid to Peru, the foreign minister said.", "boost"),
])
def test_sides_that_deepen_ties_or_boost_aid_keep_their_acts(code, text, word):
    events, _ = code(text)
    assert word in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("General Okafor controls the security forces of Niger.", "controls"),
    ("As interior minister, Mrs Delgado oversees the police of Bolivia.", "oversees"),
    ("Ortiz, who heads the Venezuelan navy, met the Cuban envoy on Friday.", "heads"),
    ("Gomez controlled the Colombian navy from 2002 to 2008.", "controlled"),
    ("The president commands the loyalty of the Ugandan army.", "commands"),
])
def test_an_office_held_over_a_body_is_no_act(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, kind", [
    ("The junta will oversee the armed forces of Niger during the transition.", "oversee", "MOBILIZE"),
    ("Abubakar controlled the army on Tuesday after the coup in Niamey.", "controlled", "MOBILIZE"),
    ("The Japanese prime minister heads to Beijing on Monday for talks with China.", "heads", "CONSULT"),
    ("The general commanded troops to fire on protesters in Khartoum.", "fire", "ASSAULT"),
])
def test_an_act_of_command_or_a_trip_stays(code, text, word, kind):
    events, _ = code(text)
    assert (kind, word) in {(e.type, e.trigger) for e in events}, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Kovac received little formal education and grew up near the Serbian border.", "received"),
    ("Karimov was trained as an engineer in Tashkent.", "trained"),
])
def test_a_life_s_schooling_is_no_act(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


def test_training_received_from_another_side_stays(code):
    events, _ = code("The militia received training from Russian instructors in Libya.")
    assert "received" in trigger_words(events)
