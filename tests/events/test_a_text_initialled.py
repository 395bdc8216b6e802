"""A text two parties initial is signed in its first form (patterns/agree.yaml, AGREE 057, one party the source and
the other the target); a word that is no text initialled signs nothing. Sentences written for these tests."""


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


def test_an_accord_initialled_by_two_states_is_signed(code):
    events, actors = code("Chile and Bolivia initialled a border accord in Lima on Monday.")
    signed = [e for e in events if e.type == "AGREE"]
    assert len(signed) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert signed[0].cameo == "057" and signed[0].status == "occurred"
    assert _countries(signed[0].source, actors) | _countries(signed[0].target, actors) == {"CHL", "BOL"}


def test_a_form_initialled_is_no_accord(code):
    events, _ = code("The clerk initialled each page of the form.")
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.cameo, e.trigger) for e in events]
