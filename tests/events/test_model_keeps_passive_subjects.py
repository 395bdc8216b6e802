"""The one a passive act is done to, when it is the act's own subject ("two soldiers were killed when…"), is its
target: the role model does not replace it, whatever it scores (role_model.is_undergoer)."""

from dossier.events.roles import model as role_model
from dossier.events.actors import Resolver
from dossier.model import Event


def _scores(doc, resolver, probs):
    out = []
    for cand in role_model.candidates(doc[:], resolver):
        none, source, target = probs.get(cand.token.text, (1.0, 0.0, 0.0))
        out.append((cand, {"none": none, "source": source, "target": target}))
    return out


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_killed_are_kept_against_a_place_the_model_prefers(nlp):
    doc = nlp("A Kenyan policeman was killed when a grenade landed on a market in the Somali town of Beledweyne.")
    resolver = Resolver(doc)
    policeman = resolver.one(_token(doc, "policeman"))
    assert policeman is not None
    event = Event(id="e", type="ASSAULT", source=[], target=[policeman], evidence=[])
    scores = _scores(doc, resolver, {"policeman": (0.7, 0.0, 0.3), "Beledweyne": (0.0, 0.0, 1.0)})
    assert "target" not in role_model.choose(event, scores, resolver, trigger=_token(doc, "killed"),
                                             replace_by=0.3)


def test_an_active_acts_object_may_still_be_replaced(nlp):
    # not a passive subject: the margin rule decides as before
    doc = nlp("Japan said Canada had criticised France.")
    resolver = Resolver(doc)
    japan, canada, france = (resolver.one(doc[i]) for i in (0, 2, 5))
    event = Event(id="e", type="ACCUSE", source=[canada], target=[japan], evidence=[])
    scores = _scores(doc, resolver, {"Japan": (0.8, 0.1, 0.1), "Canada": (0.1, 0.8, 0.1), "France": (0.1, 0.0, 0.9)})
    assert role_model.choose(event, scores, resolver, trigger=doc[4], replace_by=0.3) == {"target": [france]}


def test_a_passive_target_the_rules_took_from_elsewhere_may_be_replaced(nlp):
    # the rules' target is not the passive's own subject: the model may replace it by a clear margin
    doc = nlp("Ugandan soldiers were attacked near the border, Kenya said.")
    resolver = Resolver(doc)
    soldiers, kenya = resolver.one(_token(doc, "soldiers")), resolver.one(_token(doc, "Kenya"))
    event = Event(id="e", type="ASSAULT", source=[], target=[kenya], evidence=[])
    scores = _scores(doc, resolver, {"soldiers": (0.0, 0.0, 1.0), "Kenya": (0.9, 0.1, 0.0)})
    assert role_model.choose(event, scores, resolver, trigger=_token(doc, "attacked"),
                             replace_by=0.3) == {"target": [soldiers]}
