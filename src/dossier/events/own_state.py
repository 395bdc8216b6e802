"""A state's executive telling what its own state must do: its programme, not a request of itself; a state
letting its own agents act, which lets no third party in; and a trip inside the travellers' own state, which meets
no other party.

"The premier said the country must cut spending" and "the minister said Ruritania should hold more grain" meet the
"say … must" entry of patterns/request.yaml, which reads the clause's subject as the one asked. Where every source
speaks for one state's executive and every target is that state or its executive, nobody is asked anything: the
sentence tells a government's plan or opinion. A demand made of the government by a union, an association, rebels
or a legislature stays a request (data/own_state.yaml names the sectors and the words for bodies outside the state).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.roles.doers import subject_tokens


@cache
def _words() -> dict[str, frozenset[str]]:
    return load_word_lists(Path(__file__).parent / "data" / "own_state.yaml")


def _sector(entity) -> str:
    return (entity.cameo or "")[3:6].lower() if entity.country and (entity.cameo or "").startswith(entity.country) \
        else ""


def _executive(entity, person: bool) -> bool:
    """The actor speaks for (or is) a state's executive: a body or a person of an executive sector, or the state
    itself (a country's name, coded by its bare country); never a legislature, whatever its code."""
    if entity is None or not entity.country or set(entity.name.lower().split()) & _words()["legislatures"]:
        return False
    sector = _sector(entity)
    if entity.kind == "government":
        return sector in _words()["executive_sectors"] or (entity.type == "GPE" and entity.cameo == entity.country)
    return person and entity.kind == "person" and sector in _words()["executive_sectors"]


def _titled_executive(entity, doc) -> bool:
    """A person the story names with an executive title of its own state ("Finance Minister Kiichi Miyazawa",
    "Ruritania's trade secretary, Ana Vey"), whatever sector the dictionary codes him by: a minister of the
    article's date the dictionary keeps only as an elite (ELI) or with no sector. A title of a body outside the state
    ("president of the farmers' union", "Acme President") does not count."""
    if entity is None or entity.kind != "person" or not entity.country or _sector(entity) not in ("", "eli"):
        return False
    words, named, actors = _words(), doc._.token_actor or {}, doc._.actors or {}
    for i, ident in named.items():
        if ident != entity.id:
            continue
        tok = doc[i]
        before = [t for t in doc[max(tok.sent.start, i - 4):i] if t.dep_ == "compound" and t.head.i >= i]
        for phrase in ([w for t in before for w in t.subtree], *(list(t.subtree) for t in tok.children
                                                                   if t.dep_ == "appos")):
            lower = {t.lower_ for t in phrase}
            if lower & words["executive_titles"] and not lower & (words["outside_bodies"] | words["legislatures"]) \
                    and not any(t.i in named and getattr(actors.get(named[t.i]), "kind", None) not in (
                        "government", "place") for t in phrase if named.get(t.i) != ident):
                return True
    return False


def own_programme(verb: Token, source: list[str], target: list[str], actors: dict) -> bool:
    """A reporting verb whose clause tells what the speaker's own state must do: every source an executive voice
    of one state (by his code, or by the title the story gives him: `_titled_executive`), every target that state or
    its executive, and no word of the speaker's phrase naming a body outside the state."""
    if not source or not target:
        return False
    speakers, asked = [actors.get(i) for i in source], [actors.get(i) for i in target]
    if not all(_executive(e, person=True) or _titled_executive(e, verb.doc) for e in speakers) \
            or not all(_executive(e, person=False) for e in asked):
        return False
    if len({e.country for e in speakers + asked}) != 1:
        return False
    outside = _words()["outside_bodies"]
    return not any(t.lower_ in outside for s in subject_tokens(verb) for t in s.subtree)


def home_trip(verb: Token, cameo: str, source: list[str], target: list[str], actors: dict) -> bool:
    """A trip (CAMEO 042) every one of whose targets is the travellers' own state or a place in it ("French
    deputies toured Lyon", "the treasury secretary visited the southern U.S. border"): a journey at home, which meets
    no other party. Every source must belong to that one country by what is known of it (`_country_told`); a place
    of another state stays the visit of that state."""
    if cameo != "042" or not source or not target:
        return False
    travellers, visited = [actors.get(i) for i in source], [actors.get(i) for i in target]
    if any(e is None or not e.country for e in travellers + visited) \
            or not all(_country_told(e, verb.sent) for e in travellers):
        return False
    if len({e.country for e in travellers + visited}) != 1:
        return False
    return all((e.kind == "government" and e.cameo == e.country) or e.kind == "place" for e in visited)


def _country_told(entity, sent) -> bool:
    """The actor's country is its own, not guessed from where it went: an actor of the dictionaries, or a body
    whose mention in the sentence carries its nationality ("French deputies"). A person the dictionaries do not know
    ("Senator X visited Mexico": a Mexican senator?) or a bare title ("the envoy, who sailed to Malta") may have had
    its country read off the very place of the trip."""
    if entity.id.startswith("unk:"):
        return False
    if not entity.id.startswith("agent:"):
        return True
    named = sent.doc._.token_actor or {}
    return any(w.ent_type_ in ("NORP", "GPE") for t in sent if named.get(t.i) == entity.id
               for w in (t, *(c for c in t.children if c.dep_ in ("amod", "compound", "poss"))))


def joint_duty(verb: Token, source: list[str], resolver, actors: dict) -> bool:
    """A reporting verb whose clause lays a duty ("must", "should") on a subject that names the speaker's own side
    together with another: "the minister said both Japan and Canada should stay calm", "Seoul said the two states must
    first rebuild trust". What both are to do is the speaker's view of a shared course, no demand of the other (round
    79, requests79). The speaker's own side: a source itself, or the state whose executive a source speaks for."""
    from dossier.events.matching import reported_clauses  # matching reads this module's neighbours
    from dossier.events.status import clause_modals

    speakers = [actors.get(i) for i in source]
    own = set(source) | {e.country for e in speakers if _executive(e, person=True)}
    if not own:
        return False
    for clause in reported_clauses(verb):
        if not clause_modals(clause) & set(_words()["duty_modals"]):
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            named = resolver.many(subject)
            ours = [i for i in named if i in own or ((e := actors.get(i)) is not None and e.country in own
                                                     and _executive(e, person=True))]
            if ours and len(named) > len(ours):
                return True
    return False


def lets_in_another(verb: Token, source: list[str], target: list[str], resolver) -> list[str] | None:
    """The targets of access allowed (an entry's `third_party`: CAMEO 086, international involvement let in), or
    None where the one let act is the allower's own: the object of "allow" or the subject of its "to" clause, named
    with the doer's possessive ("allowed its customs service to monitor imports", "authorised their inspectors to
    visit the plants"), a common noun of a state's own agency or officer with no name, nationality or body beside it
    ("a law allowing the customs service to …"), or an actor of the allower's own country. Where the one let in is
    an actor of another, it is the target ("allowed Russian warships to enter the port of Tartus": Russia, not the
    port the role model would give)."""
    parties = [c for c in verb.children if c.dep_ in ("dobj", "obj")] or [
        s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    if not parties:
        return target
    party = parties[0]
    if any(c.dep_ == "poss" and c.lower_ in _words()["own_possessives"] for c in party.children):
        return None
    named = any(t.ent_type_ or t.pos_ == "PROPN" for t in party.subtree)
    if party.pos_ == "NOUN" and party.lemma_.lower() in _words()["agencies"] and not named \
            and not any(c.lower_ in ("foreign", "international") for c in party.children):
        return None
    actors = resolver.doc._.actors or {}
    own = {actors[i].country for i in source if i in actors and actors[i].country}
    let = [i for i in resolver.many(party) if i not in source]
    if let and own and all(i in actors and actors[i].country in own for i in let):
        return None
    # the one let in, where the word itself names people or a body (not a thing whose owner the resolver reads:
    # "the lull allowed Iran's output to reach 2 mln bpd" lets no one in), and no agent of no known country
    # ("allowed commercial banks to operate": no party let in)
    people = party.ent_type_ or all(i.startswith("agent:") for i in let)
    others = [i for i in let if people and not i.startswith("agent:---:")
              and not (i in actors and actors[i].country in own)]
    return others or target
