"""A state body named by its function alone ("the Finance Ministry", "the Treasury", "the Export-Import Bank"): one
body of each state. Within a document such a name no dictionary knows is one actor, given the state its story tells
(resolve.py); across documents each state's is its own, so its id carries that state ("unk:ORG:finance-ministry" of
a Tokyo story becomes "unk:ORG:finance-ministry-jpn"; none is added where the story gives no state). The names are
data: `function_body_names`, `function_body_heads`, `function_body_words` and `state_body_names` in the lexicon.
Where the dictionaries know that state's body by the name ("U.S. Treasury": "the Treasury" of a Washington story) it is
that known body (`known_body`); a body only some states have (`bodies_of_some_states`: "Congress") is, in a story of
another state, the first listed's (a Tokyo wire's "Congress" is the US Congress)."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from spacy.tokens import Doc, Span

from dossier.actors.agents import AgentFinder
from dossier.actors.dictionary import load, slug
from dossier.model import Entity
from dossier.nlp.arrays import with_lower

# The one head a state body named by its function in lower case has ("the finance ministry"): an "office", a
# "department" or a "bureau" in lower case is as often a firm's ("the finance department") or a place's.
LOWER_CASE_HEAD = "ministry"


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(whole names, heads, function words), as slugs."""
    lexicon = load().lexicon
    names = frozenset(slug(n) for n in (*lexicon.function_body_names, *lexicon.state_body_names))
    return names, frozenset(slug(h) for h in lexicon.function_body_heads), \
        frozenset(slug(w) for w in lexicon.function_body_words)


def function_body(name: str) -> bool:
    """Whether a name is a state body's named by its function alone: a whole name of the lexicon ("Treasury",
    "Ex-Im Bank"), or a head noun with function words only before it ("Trade Ministry", "Posts and
    Telecommunications Ministry") or after its "of" ("Ministry of Foreign Affairs"); not a head alone ("Ministry")
    nor a name with any other word ("California Department of Food", "Asian Development Bank")."""
    names, heads, functions = _words()
    key = slug(name)
    if key.startswith("the-"):
        key = key[4:]
    if key in names:
        return True
    words = key.split("-")
    if len(words) > 2 and words[0] in heads and words[1] == "of":
        rest = words[2:]
    elif len(words) > 1 and words[-1] in heads:
        rest = words[:-1]
    else:
        return False
    return any(w not in ("and", "of", "the") for w in rest) and all(w in functions for w in rest)


def lower_case_bodies(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """The entities with the state bodies a wire names by their function in lower case ("the finance ministry said",
    "asked the defence ministry", "the ministry of finance"), which the tagger leaves untagged, added as names of
    organisations: each is the body its capitalised name is ("the Finance Ministry"), given its state as that is.
    Only after "the", with function words alone (`function_body`) and `LOWER_CASE_HEAD`; not a word inside a name."""
    inside = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for tok in (doc[i] for i in with_lower(doc, (LOWER_CASE_HEAD,))):  # found on the Doc's array
        if tok.text != tok.lower_ or tok.i in inside:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ != "the" \
                and doc[start - 1].i not in inside and doc[start - 1].is_alpha:
            start -= 1
        end = tok.i + 1
        if start == tok.i and end + 1 < len(doc) and doc[end].lower_ == "of":
            end += 1
            while end < len(doc) and doc[end].is_lower and doc[end].is_alpha and doc[end].i not in inside \
                    and slug(doc[end].text) in _words()[2]:
                end += 1
        if start == 0 or doc[start - 1].lower_ != "the" or not function_body(doc[start:end].text):
            continue
        added.append(Span(doc, start, end, label="ORG"))
    return tuple(sorted((*ents, *added), key=lambda e: e.start)) if added else ents


def _bare(name: str) -> str:
    key = slug(name)
    return key[4:] if key.startswith("the-") else key


@cache
def _known_bodies() -> dict[tuple[str, str], str]:
    """{(country, name without its state's words): id} of the dictionaries' state bodies named so by a function
    (`function_body`) or a name of `bodies_of_some_states`: ("USA", "treasury") for "U.S. Treasury", ("CHN",
    "foreign-ministry") for "Chinese Foreign Ministry"; a name two bodies of one state share is left out."""
    d = load()
    some = d.lexicon.bodies_of_some_states
    words: dict[str, set[str]] = {}  # country -> slugs of its names and demonyms
    for iso3, ident in d.countries.items():
        words.setdefault(iso3, set()).update(slug(n) for n in (d.entities[ident].name, *d.entities[ident].aliases))
    for demonym, ident in d.demonyms.items():
        if (iso3 := d.entities.country_of(ident)):
            words.setdefault(iso3, set()).add(slug(demonym))
    _, heads, _ = _words()
    plain = heads | {"and", "of", "the"}

    def stripped(written: str, own: list[str]) -> str:
        key = _bare(written)
        for word in own:
            if key.startswith(word + "-"):
                return key[len(word) + 1:]
            for tail in (f"-of-{word}", f"-of-the-{word}"):
                if key.endswith(tail):
                    return key[:-len(tail)]
        return key

    found: dict[tuple[str, str], set[str]] = {}
    for ident, name in d.entities.named("government"):
        country = d.entities.country_of(ident)
        if not country or ident in d.countries.values():
            continue
        own = sorted(words.get(country, ()), key=len, reverse=True)
        main = stripped(name, own)
        for written in (name, *d.entities.aliases_of(ident)):
            key = stripped(written, own)
            if key != main and not (set(key.split("-")) - plain) & (set(main.split("-")) - plain):
                continue  # an alias the converted lists give another body ("Defense Department" of a command)
            if key in some or function_body(key):
                found.setdefault((country, key), set()).add(ident)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def known_body(name: str, country: str | None) -> str | None:
    """The id of the known body a state body's name alone names in a story of `country` ("Treasury", USA: the US
    Treasury), or of the first state of `bodies_of_some_states` for a name only some states have, in a story of
    another ("Congress", JPN: the US Congress); None where the dictionaries know none."""
    key = _bare(name)
    some = load().lexicon.bodies_of_some_states.get(key.replace("-", " "))
    if some and country not in some:
        country = some[0]
    return _known_bodies().get((country, key)) if country else None


@cache
def _alone() -> dict[str, str]:
    """{slug of a chamber's or council's name: its agent's noun} (lexicon `bodies_named_alone`)."""
    return {slug(k): v for k, v in load().lexicon.bodies_named_alone.items()}


@cache
def _agent_finder() -> AgentFinder:
    return AgentFinder(load())


def body_named_alone(name: str, country: str) -> Entity | None:
    """The actor a chamber or council named without its state is in a story of `country` ("the Diet" of Japan: the
    Japanese legislature's agent; "the House" of the US: the US Congress, `known_body`); None for any other name."""
    noun = _alone().get(_bare(name))
    entry = load().agents.get(tuple(noun.split())) if noun else None
    if entry is None:
        return None
    if entry.sector == "LEG" and (ident := known_body("Congress", country)) is not None \
            and country in load().lexicon.bodies_of_some_states.get("congress", ()):
        return load().entities[ident]
    agent = _agent_finder().agent(0, 0, entry, country)
    return agent.entity or load().entities[agent.ident]


def qualified_ids(entities: list[Entity]) -> dict[str, Entity]:
    """{old id: the actor under its state's id} for a document's unknown organisations named by their function
    alone that the document gives a state ("unk:ORG:finance-ministry" of Japan: "unk:ORG:finance-ministry-jpn"),
    or the known body of that state the dictionaries hold (`known_body`: "unk:ORG:treasury" of the US); a chamber or
    council named alone (`body_named_alone`: "unk:ORG:diet" of Japan) is that state's agent."""
    out = {}
    d = None
    for entity in entities:
        if entity.known or not entity.id.startswith(("unk:ORG:", "unk:NAME:")):
            continue
        if entity.country and (body := body_named_alone(entity.name, entity.country)) is not None:
            out[entity.id] = body
            continue
        ident = known_body(entity.name, entity.country)
        if ident is not None:
            d = d or load()
            known = d.entities[ident]
            out[entity.id] = known.model_copy(update={"country": d.country_on(ident, None),
                                                      "cameo": d.cameo_on(ident, None),
                                                      "aliases": list(known.aliases)})
        elif entity.country and function_body(entity.name):
            out[entity.id] = entity.model_copy(update={"id": f"{entity.id}-{entity.country.lower()}"})
    return out


def join_bodies_named_with_their_state(doc: Doc, found: list, state_word, sections: list[int] = ()) -> None:
    """"the West German Economics Ministry … Economics Ministry officials said": a state body named by its function
    alone (`function_body`) that names no state of its own is the body the article named before it with a state's
    name or demonym before the same words (`state_word`: the state a text names, or None), when exactly one was
    ("the Japanese Finance Ministry … the Finance Ministry"), whatever state the story names most; not one a possessor
    or another name stands before ("Brazil's Finance Ministry": the possessor's), nor across a roundup page's stories
    (`sections`: the first token of each later story; "JAKARTA — … the Health Ministry" is Indonesia's, whatever
    ministry a story before it named). `found`: the article's names, in order, with the ids and the countries their
    own words give; the short name takes the longer one's id."""
    bodies: list[tuple[tuple[str, ...], object]] = []
    for f in found:
        if not f.ident.startswith("unk:ORG:"):
            continue
        words = tuple(t.lower_ for t in doc[f.start:f.end])
        if f.country:
            bodies.append((words, f))
            continue
        before = doc[f.start - 1] if f.start else None
        if before is not None and (before.lower_ in ("'s", "’s") or (before.pos_ == "PROPN" and before.is_title)) \
                or not function_body(doc[f.start:f.end].text):
            continue
        n = len(words)
        story = bisect_right(sections, f.start)
        owners = {b.ident: b for w, b in bodies if len(w) > n and w[-n:] == words
                  and bisect_right(sections, b.start) == story and state_word(doc[b.start:b.end - n].text) is not None}
        if len(owners) == 1:
            body = next(iter(owners.values()))
            f.ident, f.country = body.ident, body.country
