"""The government a state's own people act on: "farmers in Kenya urged the government", "residents of Manila
accused the government of neglect" name Kenya's and the Philippines' government, whatever other states the story
names. Only a group that lives or works where it is (agents.yaml `local`: residents, farmers, protesters, the
opposition, firms, unions) and whose state its own words give counts: a group abroad ("exiles in Paris", "Iranian
protesters in London", "foreign companies") says nothing of whose government it addresses, nor does an official or a
named person (a state's envoy urges another state's government). A named group of a nation whose name gives its state
and is no state body's ("the Thai Rice Exporters Association") counts too (Resolver._groups_states)."""

from __future__ import annotations

from spacy.tokens import Token

_OBJECTS = frozenset({"dobj", "dative"})
_ON = frozenset({"on", "upon", "to", "of", "against", "from", "with"})  # "called on", "appealed to", "demanded of"
_SHARED_SUBJECT = frozenset({"conj", "xcomp"})  # "marched and urged the government": the first verb's subject


def _verb_acting_on(tok: Token) -> Token | None:
    """The verb the noun is acted on by: its object ("urged the government"), the object of a preposition on it
    ("called on the government", "demanded of the government"), or the subject of its passive ("the government was
    urged by"); None where the noun is none of these."""
    if tok.dep_ in _OBJECTS or tok.dep_ == "nsubjpass":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "prt") and tok.head.lower_ in _ON:
        verb = tok.head.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _actors(verb: Token, passive: bool) -> list[Token]:
    """Who acts by a verb: its subject and the words joined to it ("shopkeepers and residents"), or those of the verb it
    is joined to or completes ("protested and urged", "went on to urge"); for a passive, its agent ("by farmers")."""
    if passive:
        heads = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    else:
        heads = []
        for _ in range(3):
            heads = [c for c in verb.children if c.dep_ == "nsubj"]
            if heads or verb.dep_ not in _SHARED_SUBJECT or verb.head.i == verb.i:
                break
            verb = verb.head
    return heads + [c for h in heads for c in h.conjuncts]


def askers_state(government: Token, home_groups: dict[int, str]) -> str | None:
    """The state of the groups of their own people (`home_groups`: each word of such a group -> its state) that act
    on "the government" by a verb; None where none does, or groups of two states do."""
    verb = _verb_acting_on(government)
    if verb is None:
        return None
    states = {home_groups.get(t.i) for t in _actors(verb, government.dep_ == "nsubjpass")} - {None}
    return states.pop() if len(states) == 1 else None
