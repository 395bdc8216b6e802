from dossier.nlp.loader import load


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load()(text).sents if s.text.strip()]


def test_a_closing_mark_at_a_line_end_stays_with_its_quote():
    sentences = _sentences('The envoy was quoted as saying: "Nobody in the bloc has sought new talks."\n'
                           'She denied that her country was selling more grain.')
    assert sentences[0].endswith('talks."')
    assert sentences[1].startswith("She denied")


def test_the_speaker_after_a_quoted_question_stays_in_its_sentence():
    sentences = _sentences('"Why should we pay for their border wall?" the mayor asked on Sunday.')
    assert len(sentences) == 1


def test_a_quote_that_opens_a_new_line_still_starts_a_sentence():
    sentences = _sentences('Trade with the north is "a dead end."\n"We will sell elsewhere," the farmer said.')
    assert sentences == ['Trade with the north is "a dead end."', '"We will sell elsewhere," the farmer said.']


def test_two_sentences_inside_one_quote_are_still_two():
    sentences = _sentences('She said: "The ferry will not sail. The port stays closed."')
    assert len(sentences) == 2


def test_the_quotes_component_runs_before_the_parser():
    names = load().pipe_names
    assert names.index("dossier_closing_quotes") < names.index("parser")


def test_an_ellipsis_inside_a_quote_before_a_word_that_goes_on_keeps_the_quote_whole():
    assert len(_sentences('"The deal would have failed but for the ... Patience of its envoys," the firm\'s '
                          'lawyers said.')) == 1
    assert len(_sentences('"The rebate is too small ... and it arrives too late," a grower said.')) == 1


def test_an_ellipsis_before_a_pronoun_or_with_a_stop_still_ends_a_sentence():
    assert len(_sentences('"The road is closed for now.... We hope to open it in June," the mayor said.')) == 2
    assert len(_sentences('"Nobody asked us... We learned of it from the radio," she said.')) == 2


def test_a_word_in_lower_case_after_the_ellipsis_up_to_the_closing_mark_starts_no_sentence():
    from dossier.nlp.quotes import keep_closing_quotes
    nlp = load()
    with nlp.select_pipes(enable=["tok2vec", "tagger"]):
        doc = nlp('"We keep to the ... terms but there are snags," an aide said.')
    but = next(t for t in doc if t.text == "but")
    but.is_sent_start = True  # as the parser might set it
    keep_closing_quotes(doc)
    assert but.is_sent_start is False
