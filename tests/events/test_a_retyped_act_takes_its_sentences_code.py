"""Where the type model retypes a sentence's main event, the event takes the CAMEO code the rules matched in the
sentence for the new type, when they matched it with one code only (coder._sentence_code, round 68): a call for an
investigation that the model reads as ACCUSE is the investigation's 090, not ACCUSE's general 110. Sentences
written for these tests."""

def test_a_call_for_an_investigation_is_coded_as_the_investigation(code):
    events, _ = code("The senator called for an investigation into the sale of arms to Iran.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations, [(e.type, e.cameo, e.trigger) for e in events]
    assert {e.cameo for e in accusations} == {"090"}, [(e.type, e.cameo, e.trigger) for e in events]


def test_an_inquiry_ordered_keeps_its_own_code(code):
    events, _ = code("The government ordered an inquiry into the tea purchases.")
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "091")], [(e.type, e.cameo, e.trigger) for e in events]


def test_the_sentences_code_is_that_of_its_own_match_of_the_type(nlp):
    coder = nlp.get_pipe("dossier_events").coder
    doc = nlp("The minister met his Chilean counterpart in Lima on Monday.")
    coder.code(doc)
    sent = next(iter(doc.sents))
    assert coder._sentence_code(sent, "CONSULT")[0] == "040"
    assert coder._sentence_code(sent, "ASSAULT") == ()  # no match of that type: the type's general code is used
