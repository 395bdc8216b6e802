"""The state whose own ground, people or things another acts on, told by that state: "Pakistan said Afghan jets had
violated its airspace", "Iran said Iraqi warplanes attacked its oil terminal", "Nicaragua said Honduran troops
shelled its border posts". The possessive "its" or "their" on what the act is done to (its object, or what it is
aimed at: "fired on its positions") stands for the one who reports the act, and that one is the act's target. Only
for a noun of a state's own ground, people or things (data/no_party.yaml `own_state`, `own_side`, `facilities` and
`holdings`), and only where the reporter is named (not a pronoun), has a country and is of another state than the
doers: "X said it had recalled its ambassador", "Western diplomats said Iraq attacked its villages" (no one
state's diplomats), "its own villages" and a quotation's "their" (its speaker would say "our") name no target by
it. A state's official or news agency reporting stands for its state ("IRNA said Iraqi jets hit its terminal": Iran,
where the story names it, else the agency); any other person for none."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.roles.doers import prep_objects
from dossier.events.roles.no_party import no_party_words
from dossier.events.roles.speakers import _speakers_state, in_quotation, own_side_nouns

_THIRD_PERSON = frozenset({"its", "their"})
_AIMED = ("at", "on", "upon", "into", "against")  # "fired on its positions", "sailed into its waters"


@cache
def _held_nouns() -> frozenset[str]:
    """Nouns of what a state holds that another acts on: its ground, its people, officials and craft, its works."""
    words = no_party_words()
    return own_side_nouns() | frozenset(w.lower() for key in ("facilities", "holdings") for w in words.get(key, ()))


def reporter_s_holdings(verb: Token, obj: Token | None, doers: list[str], resolver: Resolver) -> list[str]:
    """The reporter whose own thing the act is done to ("Pakistan said Afghan jets had violated its airspace":
    Pakistan), read from the possessive "its" or "their" on the verb's object or on what it is aimed at; [] where no
    such thing is acted on, no named reporter of a state tells the act, or the reporter's state is a doer's."""
    actors = resolver.doc._.actors or {}
    theirs = {actors[d].country for d in doers if d in actors}
    for thing in ([obj] if obj is not None else []) + prep_objects(verb, _AIMED):
        if thing.lemma_.lower() not in _held_nouns() and thing.lower_ not in _held_nouns():
            continue
        pron = next((c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PRON"
                     and c.lower_ in _THIRD_PERSON), None)
        if pron is None or any(c.lower_ == "own" for c in thing.children) or in_quotation(pron):
            continue  # "its own villages": the doer's; "'X expelled their consul,' Y said": not Y's, who says "our"
        reporter = resolver.voice(pron)
        entity = actors.get(reporter or "")
        if entity is None or not entity.country or entity.country in theirs:
            continue
        medium = (entity.cameo or "").endswith("MED")
        if entity.kind == "person" or entity.type == "PERSON" or medium:
            # "its" is no person's: the state an official speaks for ("the Iranian foreign minister said Iraq
            # violated its airspace"), as a state's news agency does ("IRNA said Iraqi jets hit its terminal"; the
            # agency itself where the story names no such state)
            state = _speakers_state(reporter, resolver) or (reporter if medium else None)
            if state is None:
                continue
            return [state]
        return [reporter]
    return []
