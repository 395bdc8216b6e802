from dossier.nlp.loader import load


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load()(text).sents if s.text.strip()]


def test_a_name_in_angle_brackets_stays_in_the_sentence_that_names_it():
    assert _sentences("Harrow Mills said it had agreed to buy the steel unit of <Delmont Castings Group Plc> for "
                      "about 40 mln stg. The deal needs the approval of regulators.") == [
        "Harrow Mills said it had agreed to buy the steel unit of <Delmont Castings Group Plc> for about 40 mln stg.",
        "The deal needs the approval of regulators."]


def test_a_ticker_with_a_stop_inside_is_not_cut_there():
    sentences = _sentences("The carrier is mostly owned by Orchard Harbour Holdings Ltd <ORCH. HK>. It flies to "
                           "nine cities.")
    assert sentences[0] == "The carrier is mostly owned by Orchard Harbour Holdings Ltd <ORCH. HK>."


def test_the_tickers_component_runs_before_the_parser():
    names = load().pipe_names
    assert names.index("dossier_tickers") < names.index("parser")
