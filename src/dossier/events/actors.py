"""Which actor a token names: the actors stage's ids, else a fallback id from the spaCy entity.

Fallback ids read "unk:<LABEL>:<slug>" and are added to doc._.actors so that events never point nowhere.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dossier.actors.codes import STATE_SECTORS
from dossier.actors.fragments import is_fragment, is_time_name
from dossier.data_files import load_word_lists
from dossier.facts.descriptions import resolve as describe
from dossier.events.patterns import load_entries, load_lexicon
from dossier.model import Entity
from dossier.nlp.spans import entity_at
from dossier.nlp.extensions import sentences_of
from dossier.nlp.tweets import post_author

# Words that make "two <people>" a pair told before ("the two men", "their two leaders"); "two men attacked..." with
# none of them brings in two new people.
DEFINITE = frozenset({"the", "these", "those", "their", "its", "our"})

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_STATE_LABELS = frozenset({"GPE", "NORP", "LOC"})  # names of a country, its people or its land: no body's
RELATIVE = frozenset({"which", "who", "that", "whom"})
_PERSONAL = frozenset({"he", "she", "him", "her", "his"})
_THAT_STATE_NOUNS = frozenset({"country", "nation"})  # "that country": the last state named (`Resolver.that_state`)
_STATE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # "U.S. exporters": a state word naming no state
_FEMININE = frozenset({"she", "her", "hers"})
_COLLECTIVE = frozenset({"it", "they", "we"})
# The possessive that may stand for several actors at once ("Kenya and Uganda … Their governments…").
_PLURAL_POSSESSIVE = "their"
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# Words opening an adverbial clause whose act is the term or the condition of another, not done ("until", "unless").
_TERMS = frozenset({"until", "till", "unless"})
# Dependents of a common noun that can carry its actor: "Chinese experts", "Peru's ministry", "Ma, a minister".
_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "appos")
_OF_PREPS = frozenset({"of", "from"})
# People who act for states are named by these too: "negotiators for the two countries" (`_people_of_states`).
_PEOPLE_OF_PREPS = _OF_PREPS | {"for"}
# the dependencies of a word that modifies another noun ("Dock" of "Dock workers"), not the head of its own phrase
_NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_FIRST_PERSON_POSSESSIVES = frozenset({"our", "my"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})  # as roles/speakers.py reads them
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})  # in a post a page quotes whole: its author (nlp/tweets.py)
# Kinds of actor a "he" or "she" opening what the actor reports never stands for ("the Denver Post reported that she
# was freed", "the firm said he had resigned"): the one reported on.
_NO_SPEAKING_PERSON = frozenset({"organisation", "company", "media"})


# The modifiers by which a noun of a party that stands to another names that other party ("Norway's neighbour",
# "U.S. allies"; data/lexicon.yaml `counterpart_nouns`).
_OTHER_PARTY_DEPS = frozenset({"poss", "compound", "nmod"})


def holds_state_office(actor: Entity) -> bool:
    """A person of a country who is of the dictionaries or whose title makes him a state's official (CAMEO code
    "USAGOV": "Commerce Secretary Baldrige"; `STATE_SECTORS`)."""
    return actor.kind == "person" and bool(actor.country) and (
        actor.known or (actor.cameo or "")[3:6] in STATE_SECTORS)


@cache
def office_holders() -> frozenset[str]:
    """Singular nouns that name one person by the office held ("the envoy": data/lexicon.yaml office_holders)."""
    return load_lexicon().office_holders


@cache
def _titles() -> frozenset[str]:
    """Offices a bare "the <title>" names the holder of (office_holders and the lexicon's held_titles)."""
    return office_holders() | load_lexicon().held_titles


@cache
def _lexicon_nouns() -> frozenset[str]:
    """The common words of the events' lexicon: the one-word nouns the event patterns read as an act ("criticism",
    "demand") and the one-word entries of data/lexicon.yaml's word lists ("reduction", "price", "worker")."""
    lexicon = load_lexicon()
    lists = (v for f in dataclasses.fields(lexicon) if isinstance(v := getattr(lexicon, f.name), frozenset))
    words = {w for v in lists for w in v if isinstance(w, str)}
    words.update(w for e in load_entries() if e.pos == "noun" for w in e.lemmas)
    return frozenset(w for w in words if w.isalpha() and w.islower())


@cache
def _counterpart_nouns() -> frozenset[str]:
    return load_lexicon().counterpart_nouns


@cache
def naming_nouns() -> frozenset[str]:
    """Nouns of a word for a thing ("Baghdad's term for tankers"; data/lexicon.yaml `naming_nouns`)."""
    return load_lexicon().naming_nouns


@cache
def _private_people() -> frozenset[str]:
    return load_lexicon().private_people


@cache
def _press_titles() -> frozenset[str]:
    return load_lexicon().press_titles


@cache
def _sexed_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns of one person that tell a woman, and those that tell a man (lexicon: feminine_nouns, masculine_nouns)."""
    lexicon = load_lexicon()
    return lexicon.feminine_nouns, lexicon.masculine_nouns


def press_name(name: str) -> bool:
    """A name that ends in a newspaper's title word ("Oakland Tribune", "Gazette"; data/lexicon.yaml
    `press_titles`): a paper, never a "he" or "she"."""
    words = name.split()
    return bool(words) and words[-1].lower() in _press_titles() and words[-1][:1].isupper()


def qualifies_people(tok: Token, resolver: "Resolver") -> bool:
    """The word qualifies a noun of private people that stands for the civilians of its country ("a Dallas boy":
    Dallas, `Resolver._civilians_of`): where they come from, no side of its own."""
    head = tok.head
    return tok.dep_ in _MODIFIER_DEPS and head.i != tok.i and head.lower_ in _private_people() \
        and (ident := resolver.one(head)) is not None and ident.endswith(":CVL") and ident != resolver.one(tok)


def _misread_addressee(word: Token) -> bool:
    """The word, right after a verb of telling (roles/data/no_party.yaml `telling`), is the one told that the parser
    ran into the subject of the clause told ("told Reuters relief squads had been sent", "told Kenya troops would
    leave": Reuters, Kenya), not a name of that subject."""
    from dossier.events.roles.no_party import no_party_words  # the roles package reads this module
    noun, verb = word.head, word.doc[word.i - 1] if word.i > 0 else word
    while noun.dep_ in ("compound", "nmod") and noun.head.i != noun.i:
        noun = noun.head  # "told Reuters relief convoys had…": the phrase's head
    return verb.lemma_.lower() in no_party_words()["telling"] and noun.left_edge.i == word.i \
        and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ccomp" and noun.head.head.i == verb.i


def counterpart_of(tok: Token) -> bool:
    """The word names the other party of a noun of a party that stands to another: its possessor, the name before
    it or its "of" phrase ("Norway" of "Norway's neighbour Britain", "Kenya" of "the allies of Kenya";
    data/lexicon.yaml `counterpart_nouns`); so is the possessor or "of" phrase of a noun of kin ("the president" of
    "the president's son": `kin_nouns`)."""
    head = tok.head
    of = tok.dep_ == "pobj" and head.lower_ in _OF_PREPS
    if of:
        head = head.head
    elif tok.dep_ not in _OTHER_PARTY_DEPS:
        return False
    if head.i == tok.i or head.pos_ != "NOUN":
        return False
    return head.lower_ in _counterpart_nouns() or (
        (of or tok.dep_ == "poss") and head.lower_ in load_lexicon().kin_nouns)


@cache
def mandative_verbs() -> frozenset[str]:
    """Verbs of asking or demanding whose content clause tells what others are to do (data/content_clauses.yaml)."""
    return load_word_lists(Path(__file__).parent / "data" / "content_clauses.yaml")["mandative_verbs"]


@cache
def _unnamed_speakers() -> frozenset[str]:
    return load_lexicon().unnamed_speakers


def slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-")


class Resolver:
    """Resolves tokens of one doc to actor ids; records which ids are fallbacks."""

    def __init__(self, doc: Doc, labels: frozenset[str] = ACTOR_LABELS, pairs: dict[str, str] | None = None,
                 leader_titles: frozenset[str] = frozenset(), reporting_verbs: frozenset[str] = frozenset()):
        self.doc = doc
        self.pairs = pairs or {}
        self.leader_titles = leader_titles
        self.reporting_verbs = reporting_verbs
        self._descriptions: dict[int, list[str]] | None = None
        self._pronouns: dict[int, str | None] = {}
        self._sents: list[Span] | None = None
        self.map = doc._.token_actor or {}
        if doc._.actors is None:
            doc._.actors = {}
        # the doc's actors, held: the events stage adds to this dict and never replaces it, so its size (the memos'
        # key below) is read without going through the Doc's extension attributes at each question
        self._actors: dict = doc._.actors
        self.labels = labels
        self.fallback: set[str] = set()
        # `one`'s answers, by token, depth, labels and how many actors the doc holds (the only state of the doc they
        # read that the events stage changes: actors are added, never dropped or replaced); none kept while a
        # pronoun's reading is open (`_open`: its cycle guard stands in for the answer until it is read)
        self._ones: dict[tuple, str | None] = {}
        self._manys: dict[tuple, tuple[str, ...]] = {}  # `many`'s, kept alike
        self._open = 0

    def _entity(self, tok: Token, labels: frozenset[str]) -> str | None:
        """The actor the token names; asked for particular labels (places, persons), only an actor of those."""
        ident = self.map.get(tok.i)
        if ident is None:
            ent = entity_at(tok)
            if ent is None or ent.label_ not in labels:
                return None
            ident = next((self.map[t.i] for t in ent if t.i in self.map), None)
            if ident is None and (is_fragment(ent.text) or (ent.label_ != "PERSON" and is_time_name(ent.text))):
                return None  # "Co", "Inc", "ahead of Diwali" tagged a place, "May" tagged a firm: no actor
            ident = ident or self._register(ent)
        if labels is not self.labels and self.label(ident) not in labels:
            return None  # "at the invitation of President Xi" names no place
        return ident

    def _register(self, ent: Span, label: str | None = None) -> str:
        label = label or ent.label_
        text = re.sub(r"^(the|The)\s+", "", ent.text).removesuffix("'s").removesuffix("’s")
        ident = f"unk:{label}:{slug(text)}"
        if ident not in self.doc._.actors:
            # the actors stage reads the name with its rules: the person a title belongs to, or a country from
            # explicit words ("Swedish Match"); the kind stays the coder's (the role model's features), but a name
            # read as a person's ("Governor Ichiro Sato" after a title, a name tagged PERSON) is a person
            read = self.doc._.unknown_name(_without_article(ent), ident) if self.doc._.unknown_name else None
            if isinstance(read, str) and read in self.doc._.actors:
                return read
            entity = Entity(id=ident, name=text, type=label, kind="person" if label == "PERSON" else None)
            if isinstance(read, Entity) and (read.country or read.roles):
                # a country from explicit words, or the international body whose official it is ("Foreign
                # Ministers of ASEAN": of no state, its code and role the body's)
                entity = entity.model_copy(update={"country": read.country, "cameo": read.cameo, "roles": read.roles})
            self.doc._.actors[ident] = entity
        self.fallback.add(ident)
        return ident

    def _common_noun_opening(self, tok: Token) -> bool:
        """Whether a lone proper noun is a common noun capitalised by its place ("Criticism of the plan came from
        ...", "Reduction of the subsidies was urged by ..."): nlp/initial_nouns.py gave it its common noun's lemma, the
        lemma is a word of the events' lexicon (`_lexicon_nouns`; no title, which names its holder), and the word heads
        its own phrase (no name compounded onto it, not the modifier of another noun: "Dock workers in Chile" keeps its
        reading). A word the lexicon lacks ("Ruritania said ...", "Novarex accused ...") keeps its name, and so does
        one the actors stage reads as a known actor or one with a country ("Government" opening a line)."""
        if not tok.lemma_.islower() or tok.lemma_ not in _lexicon_nouns() or tok.lemma_ in _titles() \
                or tok.dep_ in _NAME_MODIFIER_DEPS:
            return False
        if tok.i and self.doc[tok.i - 1].pos_ == "PROPN" and self.doc[tok.i - 1].dep_ == "compound":
            return False
        if not self.doc._.unknown_name:
            return True
        read = self.doc._.unknown_name(self.doc[tok.i:tok.i + 1], f"unk:NAME:{slug(tok.text)}")
        return not ((isinstance(read, str) and read in self._actors) or (isinstance(read, Entity) and read.country))

    def one(self, tok: Token, labels: frozenset[str] | None = None, depth: int = 0) -> str | None:
        """The actor a noun-phrase head names, looking into its modifiers when it is a common noun. Asked again of
        the same token, the same answer (the roles ask most tokens several times)."""
        labels = labels or self.labels
        key = (tok.i, depth, labels is self.labels, labels, len(self._actors))
        if key in self._ones:
            return self._ones[key]
        found = self._one(tok, labels, depth)
        if not self._open:
            self._ones[key] = found
        return found

    def _one(self, tok: Token, labels: frozenset[str], depth: int) -> str | None:
        found = self._entity(tok, labels)
        if found and found.startswith("agent:") and (":---:" in found or self._presumed_owner(tok)) and (
                owned := self._owned_agent(tok, found)):
            return owned
        if found and tok.pos_ == "NOUN" and self.label(found) == "GPE" and self._presumed_owner(tok) and (
                state := self._owners_state(tok, found)):
            return state
        if found or depth > 2:
            return found
        if (noun := (self.doc._.vessels or {}).get(tok.i)) is not None:
            return self.one(self.doc[noun], labels, depth + 1)  # "the U.S. frigate Stark": the frigate's side
        if tok.pos_ == "NOUN" and labels is self.labels and (
                thing := self._described(tok) or self._titled(tok) or self._named_by_noun(tok)):
            return thing
        if (tok.pos_ == "PROPN" and tok.ent_iob_ == "O" and tok.text[:1].isupper() and labels is self.labels
                and tok.i not in (self.doc._.recased or ())  # "Banks" of "U.S. Banks": no name (nlp/recased.py)
                and not self._common_noun_opening(tok)
                and not is_fragment(_name_of(tok).text) and not is_time_name(_name_of(tok).text)):
            name = _name_of(tok)
            if all(t.lower_ in _titles() for t in name) and (holder := self._apposed_person(tok, labels)):
                return holder  # "Governor of the Bank of England Jane Roe": the governor is Jane Roe
            person = _after_title(name)
            return self._register(person, "PERSON") if person is not None else self._register(name, "NAME")
        if tok.lower_ in _FIRST_PERSON and depth == 0 and tok.pos_ == "PRON" and (author := post_author(tok)):
            return self.one(author.root, labels, depth + 1)
        if tok.lower_ in _PERSONAL and depth == 0:
            return self._antecedent(tok)
        if tok.lower_ in _COLLECTIVE and depth == 0:
            return self._claimant(tok) or self._reporter(tok) or self._clause_subject(tok) \
                or self._adverbial_subject(tok) or self._salient_body(tok)
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            return self.one(relative_head(tok.head), labels, depth + 1)
        children = list(tok.children)
        counterpart = tok.pos_ == "NOUN" and tok.lower_ in _counterpart_nouns()
        kin = tok.pos_ == "NOUN" and tok.lower_ in load_lexicon().kin_nouns
        for dep in _MODIFIER_DEPS:
            for child in children:
                if counterpart and dep in _OTHER_PARTY_DEPS:
                    continue  # "Norway's neighbour", "U.S. trading partners": the other party, not the one named
                if kin and dep == "poss":
                    continue  # "the president's son": the son acts, not the president ("Miami relatives" are there)
                if dep in ("compound", "nmod") and _misread_addressee(child):
                    continue  # "told Reuters relief squads had been sent": the one told, not the squads'
                if dep == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in naming_nouns():
                    continue  # "two targets -- Iraq's term for tankers --": who calls them so, not whose they are
                if child.dep_ == dep and (hit := self.one(child, labels, depth + 1)):
                    return (self._civilians_of(tok, hit) if labels is self.labels else None) or hit
        for child in children:
            if child.dep_ == "prep" and child.lower_ in _OF_PREPS and tok.pos_ == "NOUN" and not counterpart and not kin:
                for obj in child.children:
                    if obj.dep_ == "pobj" and (hit := self.one(obj, labels, depth + 1)):
                        return hit
        return self._origin(tok, labels, depth) if tok.pos_ == "NOUN" and not counterpart else None

    def _origin(self, tok: Token, labels: frozenset[str], depth: int) -> str | None:
        """Where goods come from, told by a participle of origin on their noun (roles/data/acts_done.yaml
        `origin_participles`): "chips imported from Japan" stand for Japan, as "chips from Japan" do."""
        for clause in tok.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() in _origin_participles():
                for obj in (o for p in clause.children if p.dep_ == "prep" and p.lower_ == "from"
                            for o in p.children if o.dep_ == "pobj"):
                    if hit := self.one(obj, labels, depth + 1):
                        return hit
        return None

    def _civilians_of(self, tok: Token, place: str) -> str | None:
        """A noun of private people (data/lexicon.yaml `private_people`) that a city, region or state qualifies ("a
        Dallas boy", "Nairobi residents", "a Kenyan girl") stands for the civilians of the place's country, not for
        the place; None for any other noun or qualifier (a firm's, a person's, a place of no known country)."""
        entity = (self.doc._.actors or {}).get(place)
        if tok.pos_ != "NOUN" or tok.lower_ not in _private_people() or entity is None or not entity.country:
            return None
        if not (entity.kind == "place" or (entity.kind == "government" and entity.cameo == entity.country)):
            return None
        ident = f"agent:{entity.country}:CVL"
        if ident not in self.doc._.actors:
            self.doc._.actors[ident] = Entity(id=ident, name=f"civilians ({entity.country})", type="NORP",
                                              kind="group", country=entity.country, cameo=f"{entity.country}CVL")
        return ident

    def _apposed_person(self, tok: Token, labels: frozenset[str]) -> str | None:
        """The person a title written as a name stands for ("Governor of the Bank of England Jane Roe"), whom the
        parser put in apposition to the title or as the object of its "of" (a title is never "of" a person); None
        where neither is a person."""
        words = [c for c in tok.children if c.dep_ == "appos"]
        words += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                  if o.dep_ == "pobj"]
        for word in words:
            if (hit := self._entity(word, labels)) and self.label(hit) == "PERSON":
                return hit
        return None

    def _owned_agent(self, tok: Token, generic: str) -> str | None:
        """"His government", "its army", "the police" in what a country's voice reports: a generic agent of no known
        country whose possessive pronoun stands for an actor with one, or that is bare ("the" and no phrase after it)
        in a clause reported by an actor with one, is that country's agent ("Kenya's minister said his government
        would…", "Kenya said the police had…": Kenya's). Not a noun whose possessive names another party (the actors
        stage's `owned_by_other`: "Peru said its creditors would meet" are Peru's lenders, of no country of Peru's)."""
        if tok.i in (self.doc._.owned_by_other or ()):
            return None
        pron = next((c for c in tok.children if c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ == "whose")),
                    None)
        # a word of the agent's own noun ("the armed forces", "the air force", "the riot police") is no phrase of its
        # own: the actors stage gave it the same agent
        own = {c.i for c in tok.children if c.dep_ in ("compound", "amod") and self.map.get(c.i) == generic}
        bare = pron is None and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and not any(c.dep_ in ("prep", "poss", "compound", "amod", "appos", "relcl", "acl") and c.i not in own
                        for c in tok.children)
        if pron is None and not bare:
            return None
        owner = self._state_speaker(pron) if pron is not None and pron.lower_ in _FIRST_PERSON_POSSESSIVES else None
        owner = owner or (self._possessor(pron) if pron is not None else self._voice(tok))
        return self._agent_of(generic, owner) if owner else None

    def _state_speaker(self, pron: Token) -> str | None:
        """Who "our" or "my" stands for in "our negotiators", "my officials": the one who speaks the quotation the
        pronoun stands in (`speakers.quote_speaker`: the reporting verb of its own sentence, or of the sentence
        before where the quotation runs on), where he speaks for a state: a state or a state's body, a known person
        of a country with no sector of his own, or one who holds a state's office (a CAMEO code of a state sector). Outside quotation marks, or where the speaker is
        a firm or a private person, None (the pronoun's other readings, `_possessor`, stand)."""
        from dossier.events.roles.speakers import quote_speaker  # the roles read quotations with this resolver
        actors = self.doc._.actors or {}
        for speaker in quote_speaker(pron, self)[:1]:
            entity = actors.get(speaker)
            sector = ((entity.cameo or "")[3:6] if entity else "")
            if entity is not None and entity.country and (entity.kind == "government" or (
                    entity.kind == "person" and (sector in STATE_SECTORS or not (sector or speaker.startswith("unk:"))))):
                return speaker
        return None

    def _presumed_owner(self, tok: Token) -> bool:
        """A generic agent owned by a possessive pronoun and described by no word of its own ("his government"): the
        actors stage gave it the country the article is about, which the pronoun's owner, where it has one, overrules
        ("Japan's premier met Chinese officials in Beijing. Later, his government protested…": Japan's)."""
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) and not any(
            c.dep_ in ("amod", "compound", "nmod", "prep", "appos") for c in tok.children)

    def _owners_state(self, tok: Token, found: str) -> str | None:
        """"His government" that the actors stage read as the state the article is about: the state of the
        pronoun's owner instead, where the owner has another and the story names that state."""
        pron = next(c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON")
        actors = self.doc._.actors or {}
        owner = actors.get(self._possessor(pron) or "")
        if owner is None or not owner.country or owner.country == actors[found].country:
            return None
        return next((i for i, e in actors.items() if e.type == "GPE" and e.kind == "government"
                     and e.country == owner.country and not i.startswith("agent:")), None)

    def _agent_of(self, agent: str, owner: str) -> str | None:
        """The actor of an agent's sector (agent:<country>:<sector>) for the country of `owner`, registered as the
        actors stage would name it; None when the owner has no country."""
        entity = (self.doc._.actors or {}).get(owner)
        base = (self.doc._.actors or {}).get(agent)
        if entity is None or not entity.country or base is None:
            return None
        sector = agent.rsplit(":", 1)[-1]
        ident = f"agent:{entity.country}:{sector}"
        if ident not in self.doc._.actors:
            name = base.name.removesuffix(" (country unknown)")
            if base.country:  # "Kenyan government" -> "government": the country's adjective goes
                words = name.split()
                name = " ".join(words[next((n for n, w in enumerate(words) if not w[:1].isupper()), 0):])
            self.doc._.actors[ident] = base.model_copy(update={
                "id": ident, "name": f"{name} ({entity.country})", "country": entity.country,
                "cameo": f"{entity.country}{sector}"})
        return ident

    def _coordinated_owners(self, tok: Token, actor: str) -> list[str]:
        """"Kenyan and Ugandan officials", "Chinese and Peruvian experts": a common noun described by coordinated
        names stands for an actor of each; after the first (which the noun already resolved to), the others, as the
        same sector's agent where the noun is an agent, else the names' own actors."""
        if tok.pos_ != "NOUN":
            return []
        out = []
        for mod in tok.children:
            if mod.dep_ not in ("amod", "compound", "nmod") or mod.i > tok.i:
                continue
            for other in coordinated(mod)[1:]:
                owner = self._entity(other, self.labels)
                if owner is None:
                    continue
                found = self._agent_of(actor, owner) if actor.startswith("agent:") else None
                out.append(found or owner)
        return out

    def _possessor(self, pron: Token) -> str | None:
        """Who a possessive pronoun stands for: the one who reports the clause it is in ("X said his/its…"), else
        the subject of its own clause when the pronoun is not in it ("X ordered its troops to…"), else, for "his"
        and "her", the person before it. "Whose" stands for the noun its relative clause is about ("a spokesman said
        the Third Corps, whose troops repelled the attack, …": the corps, not the one who speaks)."""
        if pron.lower_ == "whose":
            verb = _clause_verb(pron)
            return self.one(relative_head(verb), depth=1) if verb.dep_ == "relcl" else None
        if found := self._voice(pron):
            return found
        owned = pron.head
        verb = _clause_verb(pron)
        if owned.dep_ not in ("nsubj", "nsubjpass") and owned.head.i == verb.i:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subjects and (found := self.one(subjects[0], depth=1)):
                return found
        if pron.lower_ == _PLURAL_POSSESSIVE:  # "Kenya and Uganda signed … Their ministers…"
            return self._salient_body(pron)
        return self._antecedent(pron) if pron.lower_ in _PERSONAL else None

    def possessor(self, pron: Token) -> str | None:
        """Who a possessive pronoun stands for (`_possessor`: the one who reports its clause, the subject of its
        clause, the person before it); None for any other token."""
        if pron.dep_ != "poss" or pron.pos_ != "PRON":
            return None
        return self._possessor(pron)

    def voice(self, tok: Token) -> str | None:
        """The named actor who reports the clause a token is in ("X said that … <tok> …"), if any."""
        return self._voice(tok)

    def _voice(self, tok: Token) -> str | None:
        """The actor who reports the clause a token is in ("X said that … <tok> …"), named (not a pronoun)."""
        speaker = self._voice_subject(tok)
        return self.one(speaker, depth=1) if speaker is not None else None

    def _voice_subject(self, tok: Token) -> Token | None:
        """The named subject of the reporting verb whose reported clause a token is in, if any."""
        verb = _clause_verb(tok)
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.reporting_verbs:
            speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if speakers:
                return speakers[0]
        return None

    def _described(self, tok: Token) -> str | None:
        """The company or facility a definite description stands for ("the port" after "the Chancay port"), as the
        facts stage reads them; countries are left to names, demonyms and "the two countries"."""
        if self._descriptions is None:
            self._descriptions = describe(self.doc)
        ids = self._descriptions.get(tok.i) or []
        return ids[0] if len(ids) == 1 and self.label(ids[0]) not in ("GPE", None) else None

    def _titled(self, tok: Token) -> str | None:
        """"The president", "the chairman", "the trade minister": a bare definite office (no name or phrase of its
        own; lower-case words of the office before it, which the title named before must have too) stands for the
        person the story last named with that title ("President Reagan", "Fed chairman Paul Volcker", "Volcker, the
        Fed chairman", "Trade Minister X"); not a deputy's or a former holder's title ("Vice-President Bush"). A title of
        state office (`leader_titles`) stands for a head of state or government named with it before an officer of
        a body ("the farm bureau's president", "Acme president X"), who is the one meant only when named alone; "the
        prime minister" is one named with the whole title ("Prime Minister X"); so is the title as a possessor ("the
        prime minister's visit")."""
        word, start = self._title_words(tok)
        # "the trade minister": the office's own lower-case words before the title, held by the title named before
        kinds = [c for c in tok.children if c.i != start and c.i > tok.left_edge.i and c.dep_ in ("compound", "amod")
                 and c.text.islower() and c.pos_ in ("NOUN", "ADJ")]
        if tok.tag_ != "NN" or tok.lower_ not in _titles() or [
                c.lower_ for c in tok.children if c.i != start and c not in kinds and c.dep_ != "case"] != ["the"]:
            return None  # a possessive's marker is no word of the title: "the prime minister's visit" is his
        officer = None
        for i in range(start - 1, -1, -1):
            title = self.doc[i]
            if title.lower_ != tok.lower_:
                continue
            words, first = self._title_words(title)
            if (" " in word and words != word) or self._not_the_holder(first):
                continue  # "the prime minister" is no finance minister's title
            if {k.lower_ for k in kinds} - {c.lower_ for c in title.children if c.dep_ in ("compound", "amod")}:
                continue  # "the trade minister" is no finance minister
            named = [title.head] if title.dep_ in ("compound", "appos") else []
            named += [c for c in title.children if c.dep_ == "appos"]
            for name in named:
                if (ident := self._person(name)) is None:
                    continue
                if words not in self.leader_titles or not self._held_in_a_body(title, first):
                    return ident
                officer = officer or ident
        return officer

    def _title_words(self, tok: Token) -> tuple[str, int]:
        """The title a noun ends and the index of its first word: with the word before it where the two make a title
        of state office ("prime minister", "supreme leader": `leader_titles`), else the noun alone."""
        before = self.doc[tok.i - 1] if tok.i else None
        if before is not None and before.head == tok and before.dep_ in ("amod", "compound") and (
                words := f"{before.lower_} {tok.lower_}") in self.leader_titles:
            return words, before.i
        return tok.lower_, tok.i

    def _held_in_a_body(self, title: Token, first: int) -> bool:
        """The title's owner is a body, not a state: a firm, club or bureau named or described ("Acme Corp
        president", "the farm bureau's president", "president of the Rotary Club"); a country, its people or a
        noun of a state (`pair_states`: "the country's president") is none, nor is a title of no owner."""
        owners = [c for c in title.children if c.dep_ in ("poss", "compound", "nmod") and c.i < first]
        owners += [o for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
                   for o in c.children if o.dep_ == "pobj"]
        for owner in owners:
            if owner.pos_ == "NOUN":
                if self.pairs.get(owner.lemma_.lower()) != "government":
                    return True
                continue
            ident = self.map.get(owner.i)
            entity = (self.doc._.actors or {}).get(ident) if ident else None
            if entity is not None and entity.kind != "government" and entity.type not in _STATE_LABELS:
                return True  # "Vela Mining president": a firm's name, whatever the tagger took it for
            if entity is None and owner.ent_type_ in ("ORG", "FAC", "PERSON"):
                return True
        return False

    def _named_by_noun(self, tok: Token) -> str | None:
        """"The ministry", "the commission", "the exchange": a bare definite noun of a body (the lexicon's bodies_named_again; no adjective,
        name or phrase of its own) stands for the actor whose name held the same noun the last time the story used it
        ("Kenya's trade ministry … The ministry later accused…", "the Nuclear Regulatory Commission … the
        commission", "its bank advisory committee … the committee"); not a deputy's or a former holder's title."""
        lemma = tok.lemma_.lower()
        if tok.tag_ != "NN" or lemma not in load_lexicon().bodies_named_again or [c.lower_ for c in tok.children] != ["the"]:
            return None
        for i in range(tok.i - 1, -1, -1):
            if i not in self.map or self.doc[i].lemma_.lower() != lemma:  # the map first: most words are no actor's
                continue
            if self._not_the_holder(i):
                return None
            ident = self.map[i]
            # an agent of no known country only where a longer name held the noun ("its bank advisory committee …
            # the committee": the lenders' committee, countryless by design), not the bare noun of no country
            named = i > 0 and self.map.get(i - 1) == ident
            return None if ident.startswith("agent:---:") and not named else ident
        return None

    def _not_the_holder(self, i: int) -> bool:
        """The word at i is a deputy's, acting, former or late holder's title or body ("Vice President",
        "Vice-President", "former ministry"), not the one a bare "the <noun>" names."""
        return (i > 0 and self.doc[i - 1].lower_ in load_lexicon().not_the_holder) or (i > 1 and self.doc[i - 1].text == "-")

    def _person(self, tok: Token) -> str | None:
        ident = self._entity(tok, frozenset({"PERSON"}))
        entity = (self.doc._.actors or {}).get(ident) if ident else None
        if entity is None or (entity.kind != "person" and entity.type != "PERSON") or press_name(entity.name):
            return None  # "The Gazette" tagged a person is a paper
        return ident

    def _antecedent(self, pron: Token) -> str | None:
        """The person a personal pronoun stands for: the nearest singular subject before it, following
        earlier pronouns of the same gender ("Boluarte met X. She also met Y."; "Xi will meet her. She…"),
        never the subject of an object pronoun's own clause ("Xi will hold talks with her": her is not Xi), nor of a
        verb that controls it ("Xi tried to reach her": `_controlling_verbs`),
        and the speaker of a reporting verb only when no one else fits ("…, the spokeswoman said. She will…"); but a
        pronoun that speaks ("'…,' he said") stands for the last one who spoke, named or not ("a ministry spokesman
        said…", `_unnamed_speaker`), who may be no actor: it does not reach back past him."""
        if pron.i in self._pronouns:
            return self._pronouns[pron.i]
        self._open += 1
        try:
            return self._read_antecedent(pron)
        finally:
            self._open -= 1

    def _read_antecedent(self, pron: Token) -> str | None:
        self._pronouns[pron.i] = None  # guards against cycles
        speaker = self._own_speaker(pron)
        if speaker is not None:  # "Sanchez said he had urged Costa": Sanchez urged
            self._pronouns[pron.i] = speaker
            return speaker
        feminine = pron.lower_ in _FEMININE
        own_clause = _controlling_verbs(_clause_verb(pron)) if pron.dep_ not in _SUBJECT_DEPS else None
        quoted = self._own_quotation(pron)
        speaking = self._is_speaker(pron)
        others = self._own_clause_others(pron)
        # the people the subjects of the verbs that control an object pronoun's own verb name, by whatever words
        # ("Trump tried to intimidate him": not Trump, named so or otherwise before)
        bound = {ident for v in own_clause or () if v != _clause_verb(pron).i for c in self.doc[v].children
                 if c.dep_ == "nsubj" and (ident := self._person(c)) is not None}
        found = fallback = self._fronted_subject(pron)
        spoke = False  # the walk stopped at the last one who spoke, who may be no actor
        for i in range(pron.i - 1, max(-1, pron.i - 250), -1) if found is None else ():
            tok = self.doc[i]
            if tok.dep_ == "poss" and i >= pron.sent.start and self._one_person_owner(tok, feminine):
                found = self._office_holder(tok) or self.one(tok, depth=1)  # "in an FBI agent's statement, he…":
                spoke = True  # the agent, who may be no actor: the walk goes no further back
                break
            unnamed = speaking and self._unnamed_speaker(tok, feminine)
            if tok.lower_ not in _PERSONAL and not unnamed and not self._may_name_one(tok):
                continue  # every test below would pass it over: the cheap one first
            if (own_clause is not None and _clause_verb(tok).i in own_clause) or i in quoted:
                continue
            if tok.lower_ in _PERSONAL:
                if (tok.lower_ in _FEMININE) == feminine:
                    found = self._antecedent(tok)
                    if self._named_in(found, others) or found in bound:
                        found = None
                    if found:
                        break
                continue
            if tok.dep_ == "compound" or tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
                continue  # a coordinated subject is plural
            ident = self._person(tok)
            if speaking and self._is_speaker(tok) and (ident is not None or unnamed):
                found = ident or self._office_holder(tok) or self._titled(tok)  # "…, the president said"
                spoke = True
                break
            if ident is None and tok.dep_ in ("nsubj", "nsubjpass") and not self._is_speaker(tok):
                ident = self._office_holder(tok)  # "The Norwegian envoy arrived on Monday. He met…"
            if ident is None or self._named_in(ident, others) or ident in bound:
                continue
            if tok.dep_ in _SUBJECT_DEPS and not self._is_speaker(tok):
                found = ident
                break
            fallback = fallback or ident
        found = found if spoke else found or fallback
        self._pronouns[pron.i] = found
        return found

    @staticmethod
    def _one_person_owner(tok: Token, feminine: bool) -> bool:
        """A singular common noun of one person in the possessive ("an FBI agent's", "the officer's"; office_holders,
        the lexicon's one_person_nouns, unnamed speakers and private people), of the pronoun's sex where the noun tells
        one: in the pronoun's own sentence before it, the one the pronoun stands for. Not where what it owns is a
        person too ("the president's aide said he…": either of them)."""
        if tok.tag_ != "NN" or not _one_person(tok.lower_) or _one_person(tok.head.lower_):
            return False
        word = tok.lower_
        feminine_nouns, masculine_nouns = _sexed_nouns()
        if word in feminine_nouns or word.endswith("woman"):
            return feminine
        return not feminine or word not in masculine_nouns and not word.endswith("man")

    def _own_clause_others(self, pron: Token) -> frozenset[str]:
        """The people a subject pronoun's own verb names as its object or in its phrases ("He urged Mr. Trump to…",
        "She met Smith"): the pronoun stands for someone else. Names only; empty for any other pronoun."""
        if pron.dep_ != "nsubj" or pron.head.pos_ != "VERB":
            return frozenset()
        verb = pron.head
        words = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        words += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        actors = self.doc._.actors or {}
        ids = {i for w in words if w.pos_ == "PROPN" and (i := self.one(w, depth=1)) is not None and i in actors}
        # "Lind's donors … He asked Governor Lind": one man under two ids, known by his surname
        return frozenset(ids | {f"surname:{actors[i].name.split()[-1]}" for i in ids if actors[i].name.split()})

    def _named_in(self, ident: str | None, others: frozenset[str]) -> bool:
        """The actor is one of `others` (`_own_clause_others`), by id or by surname."""
        entity = (self.doc._.actors or {}).get(ident) if ident else None
        return ident in others or (entity is not None and bool(entity.name.split())
                                   and f"surname:{entity.name.split()[-1]}" in others)

    def _own_quotation(self, pron: Token) -> frozenset[int]:
        """The words inside quotation marks in the sentence of a pronoun that is the speaker of a verb of saying
        ("'…after talks with Weinberger,' he said"): one who speaks does not name himself in what he says, so the
        people named there are not who the pronoun stands for. Empty for any other pronoun."""
        if pron.dep_ != "nsubj" or pron.head.lemma_.lower() not in self.reporting_verbs:
            return frozenset()
        inside, marks = set(), 0
        for tok in pron.sent:
            if tok.text in _QUOTE_MARKS:
                marks += 1
            elif marks % 2:
                inside.add(tok.i)
        return frozenset(inside)

    def _unnamed_speaker(self, tok: Token, feminine: bool) -> bool:
        """A singular noun of one unnamed person who speaks ("a defence ministry spokesman said", "one dealer told
        reporters"; data/lexicon.yaml `unnamed_speakers`), of the pronoun's sex where the noun tells one."""
        word = tok.lower_
        if tok.tag_ != "NN" or word not in _unnamed_speakers() or not self._is_speaker(tok):
            return False
        return not word.endswith("man") or word.endswith("woman") == feminine

    def _may_name_one(self, tok: Token) -> bool:
        """Whether `_person` or `_office_holder` can give the token an actor: a word the actors stage resolved, a
        word of a name tagged PERSON, or a singular office ("the envoy"); any other word they pass over at once."""
        return tok.i in self.map or tok.ent_type_ == "PERSON" or (tok.tag_ == "NN" and tok.lower_ in office_holders())

    def _office_holder(self, tok: Token) -> str | None:
        """The actor of a singular description of one office-holder ("the Norwegian envoy", "the minister") whose
        country the actors stage gives: a personal pronoun after it, with no person named in between, stands for
        that person, coded as the country's agent (a government, a ministry or a crowd is no "he" or "she"); the
        head of a known international body ("the head of the IMF", "the World Bank president") is the person of the
        body the story named before, else coded as the body, as the office-holder's own words are."""
        if tok.tag_ != "NN" or tok.lower_ not in office_holders():
            return None
        if any(c.dep_ == "amod" and c.lower_ in load_lexicon().past_holders for c in tok.children):
            return None  # "the former head of the legislative council … he": no longer the body's
        ident = self.one(tok, depth=1)
        if ident and ident.startswith("agent:"):
            return ident if ":---:" not in ident else None
        # "the Kenyan finance minister": the office's country, where the actors stage names no agent for it
        body = (self.doc._.actors or {}).get(ident) if ident else None
        if body is not None and body.known and (body.kind == "igo" or (body.cameo or "").startswith("IGO")):
            return self._named_head(tok, body) or ident
        entity = body if ident and self.map.get(tok.i) != ident else None
        return ident if entity is not None and entity.kind == "government" and entity.country else None

    def _named_head(self, tok: Token, body) -> str | None:
        """The person of the body's own code (or with a role of it) the story named before the office ("World Bank
        President X … the World Bank chief"): the office names him again."""
        actors = self.doc._.actors or {}
        for i in range(tok.i - 1, -1, -1):
            ident = self.map.get(i)
            entity = actors.get(ident) if ident else None
            if entity is not None and entity.kind == "person" and body.cameo and (
                    entity.cameo == body.cameo or any(f"({body.cameo})" in (r.title or "") for r in entity.roles)):
                return ident
        return None

    def _own_speaker(self, pron: Token) -> str | None:
        """The named person who reports the clause a subject pronoun opens ("X said he had…", "X told reporters
        she would…"): a person, or a name the dictionaries do not know (not a government or a known body), or one
        office-holder named by the office ("the army chief said he would…", `_office_holder`), or the person named
        in apposition to the speaker's noun ("a senator, X of Oregon, said he…")."""
        subjects = self._reporting_subjects(pron)
        if subjects and (holder := self._office_holder(subjects[0])):
            return holder
        speakers = [c for c in subjects if c.pos_ == "PROPN"]
        # "a leading senator, X of Oregon, said he would…": the person named beside the speaker's common noun
        speakers = speakers or [a for c in subjects if c.pos_ == "NOUN" for a in c.children
                                if a.dep_ == "appos" and a.ent_type_ == "PERSON"][:1]
        ident = self.one(speakers[0], depth=1) if speakers else None
        entity = (self.doc._.actors or {}).get(ident) if ident else None
        if entity is None:
            return None
        if press_name(entity.name) or entity.kind in _NO_SPEAKING_PERSON:
            return None  # "The Tribune says he was arrested": someone the paper reports on
        unknown_name = not entity.known and entity.kind not in ("government", "place", "igo")
        return ident if entity.kind == "person" or entity.type == "PERSON" or unknown_name else None

    def _reporter(self, pron: Token) -> str | None:
        """"It", "they" or "we" as the subject of what someone reports stands for the one who reports it:
        "Peru said it would…", "the rebels announced that they had…" (anywhere else it is left unresolved)."""
        speakers = [c for c in self._reporting_subjects(pron) if c.pos_ != "PRON"]
        return self.one(speakers[0], depth=1) if speakers else None

    def _clause_subject(self, pron: Token) -> str | None:
        """"It" or "they" opening the content clause of a verb other than one of saying (`_reporter` reads those)
        stands for that verb's own named subject where the two agree in number: "the nurses warned that they would
        strike", "Iran vowed it would retaliate" ("they" a plural noun or coordinated names, "it" a singular noun
        that names no person; not the "it" of "it would take years"). Not for a verb of asking or demanding
        (data/content_clauses.yaml `mandative_verbs`: "the unions demanded that they be paid" may ask it for
        others), nor for a subject of the other number ("Iran warned that they would pay": someone else)."""
        if pron.lower_ not in ("it", "they") or pron.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = _first_joined_verb(pron)
        said = verb.head
        if verb.dep_ != "ccomp" or said.pos_ != "VERB" or said.lemma_.lower() in mandative_verbs() \
                or (pron.lower_ == "it" and pron.head.lemma_.lower() in load_lexicon().expletive_heads):
            return None
        subjects = [c for c in said.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
            return None
        if _plural_noun(subjects[0]) != (pron.lower_ == "they"):
            return None
        return self._standing_for(pron, subjects[0])

    def _adverbial_subject(self, pron: Token) -> str | None:
        """"It" or "they" as the subject of an adverbial clause ("as it condemned…", "after they accused…", "while it
        pressed…", before or after the clause it hangs on) stands for the named subject of the verb the clause hangs
        on, where the two agree in number: "Germany proposed talks as it condemned the attack" (Germany condemned),
        not an earlier sentence's subject. Not where that verb's object, or the object of its preposition, agrees too
        ("the army shelled the town after it fell", "prosecutors may go after the dealers if they…": either may be
        meant), nor after a verb that only describes its subject ("Europe is a step for the
        firm, since it…": the clause may explain about another), nor for an "it" that stands for nothing ("after it
        became clear"), nor in a clause that sets the term or the condition of the act ("sworn to fight until they
        capture the town": the capture is aimed at, not done, and is no act of theirs with a side), nor a person for
        "it", nor a subject that names no actor (then nothing is read)."""
        if pron.lower_ not in ("it", "they") or pron.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = _first_joined_verb(pron)
        main = verb.head
        if verb.dep_ != "advcl" or main.pos_ not in ("VERB", "AUX") \
                or main.lemma_.lower() in load_lexicon().describing_verbs \
                or any(c.dep_ == "mark" and c.lower_ in _TERMS for c in verb.children) \
                or (pron.lower_ == "it" and pron.head.lemma_.lower() in load_lexicon().expletive_heads):
            return None
        subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
            return None
        plural = pron.lower_ == "they"
        objects = [c for c in main.children if c.dep_ in ("dobj", "dative")]
        objects += [o for c in main.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        if _plural_noun(subjects[0]) != plural or any(
                o.pos_ in ("NOUN", "PROPN") and _plural_noun(o) == plural for o in objects):
            return None
        return self._standing_for(pron, subjects[0])

    def _standing_for(self, pron: Token, subject: Token) -> str | None:
        """The actor of the named subject a pronoun stands for; None where it names none, or a person for "it"."""
        ident = self.one(subject, depth=1)
        entity = (self.doc._.actors or {}).get(ident) if ident else None
        if ident is None or (pron.lower_ == "it" and (self.label(ident) == "PERSON"
                                                      or (entity is not None and entity.kind == "person"))):
            return None
        return ident

    def _claimant(self, pron: Token) -> str | None:
        """"It" or "they" opening the content clause of a noun ("reports that it had fired", "the claim that they shot
        down…") stands for the noun's owner ("Iraq's claim that it…", "a claim by Iraq that it…"), else for the
        subject of the clause the noun is the object of ("Iran denied reports that it…", "Iran hit back at claims
        that it…"); else it is left to the other readings. A relative clause ("the drone that it shot down") is no
        content clause: there "that" is the verb's object, not its complementizer."""
        verb = pron.head
        if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "acl" or verb.head.pos_ != "NOUN" \
                or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return None
        noun = verb.head
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                   for o in c.children if o.dep_ == "pobj"]
        if not owners and noun.dep_ in ("dobj", "obj", "pobj"):
            clause = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
            if clause.pos_ in ("VERB", "AUX"):
                owners = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        for owner in owners:
            if found := self.one(owner, depth=1):
                return found
        return None

    def _reporting_subjects(self, pron: Token) -> list[Token]:
        """The subjects of the reporting verb whose reported clause a subject pronoun opens ("X said he…"), or to
        which the pronoun's own verb is joined ("X said … but he criticised…")."""
        if pron.dep_ not in ("nsubj", "nsubjpass"):
            return []
        verb = _first_joined_verb(pron)
        if verb.i != pron.head.i and verb.lemma_.lower() in self.reporting_verbs:  # "Baker said the accord held
            return [c for c in verb.children if c.dep_ == "nsubj"]  # but he criticised…": the pronoun's verb is
            # joined to the verb of saying, whose subject goes on
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.reporting_verbs:
            return []
        said = verb.head
        speakers = [c for c in said.children if c.dep_ == "nsubj"]
        if not speakers and said.dep_ == "pcomp" and said.head.lower_ == "as":  # "quoted X as saying (that) we…"
            speakers = [c for c in said.head.head.children if c.dep_ == "dobj"]
        return speakers

    def _salient_body(self, pron: Token) -> str | None:
        """The first of `_salient_bodies`."""
        bodies = self._salient_bodies(pron)
        return bodies[0] if bodies else None

    def _salient_bodies(self, pron: Token) -> list[str]:
        """"It" or "they" as the subject of an act (or "their" in its subject: "Their ministers condemned…") stands
        for the last country, organisation or group that was the subject of a clause in the two sentences before its
        own, lines with no verb (a heading) not counted ("Turkey said… On Sunday it shot down two planes"; for "it", not
        a plural common noun: "Turkey said Greek jets had flown over… It protested…" is Turkey's; within its
        own sentence the parse, `_reporter`, `_clause_subject` and `_adverbial_subject` decide); all the actors of a coordinated subject, first first ("Kenya
        and Uganda signed… Their governments condemned…": both, `_plural`); never a person, and never the "it" of "it is likely
        that", "it was not clear"."""
        subject = pron.head if pron.dep_ == "poss" and pron.lower_ == _PLURAL_POSSESSIVE else pron
        if subject.dep_ not in ("nsubj", "nsubjpass") \
                or subject.head.lemma_.lower() in load_lexicon().expletive_heads \
                or subject.head.pos_ not in ("VERB", "AUX"):
            return []
        sents = list(sentences_of(self.doc)) if self._sents is None else self._sents
        self._sents = sents
        here = next(n for n, s in enumerate(sents) if s.start <= pron.i < s.end)
        # the two sentences before, not counting a line with no verb ("READ MORE:", a heading)
        clauses = [s for s in sents[:here] if any(t.pos_ in ("VERB", "AUX") for t in s)][-2:]
        if not clauses:
            return []
        first = clauses[0].start
        for i in range(sents[here].start - 1, first - 1, -1):
            tok = self.doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in _COLLECTIVE | _PERSONAL:
                continue
            if pron.lower_ == "it" and tok.tag_ == "NNS":  # "X said Canadian firms had paid. It spoke after…": X,
                continue  # not the firms ("it" stands for no plural noun; a plural name, "the Philippines", may)
            found = self.many(tok)
            bodies = [f for f in found if self.label(f) not in ("PERSON", None) and not f.startswith("unk:PERSON")]
            if bodies and len(found) == len(bodies):
                if pron.lower_ == "it" and len(bodies) == 1:
                    return bodies
                if pron.lower_ != "it" and (len(bodies) > 1 or tok.tag_ in ("NNS", "NNPS")
                                            or self.label(bodies[0]) == "NORP"):
                    return bodies
        return []

    def _plural(self, tok: Token, found: str) -> list[str]:
        """The other agents a noun owned by "their" stands for besides `found`, the one `one` gave: "Kenya and
        Uganda signed… Their governments condemned…" (Uganda's beside Kenya's). A plural subject pronoun keeps the
        one actor `one` gives: "Both A and B said they agreed with that" read as both made the roles stage code an
        act of A's towards B (Reuters-21578 stories 169 and 547 of 1–1,000)."""
        pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == _PLURAL_POSSESSIVE), None)
        if pron is None or not found.startswith("agent:") or ":---:" in found:
            return []
        speaker = self._voice_subject(pron)
        owners = self.many(speaker) if speaker is not None else self._salient_bodies(pron)
        others = [self._agent_of(found, owner) for owner in owners]
        return [a for a in others if a and a != found]

    def _is_speaker(self, tok: Token) -> bool:
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.reporting_verbs

    def _fronted_subject(self, pron: Token) -> str | None:
        """A pronoun in a phrase that opens its clause stands for the clause's subject, named after it:
        "During her visit, Boluarte toured…", "After she landed, Boluarte met…" (possessives and subjects only:
        in "after his talks with her, Xi flew…", "her" is someone else)."""
        if pron.dep_ in ("nsubj", "nsubjpass") and pron.head.dep_ == "advcl":
            node = pron.head
        elif pron.dep_ == "poss":
            node = pron
            while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
                node = node.head
        else:
            return None
        verb = node.head
        if node.dep_ not in ("prep", "advcl", "npadvmod") or node.i > verb.i:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > node.right_edge.i]
        found = self._person(subjects[0]) if subjects else None
        if found is not None and pron.dep_ in ("nsubj", "nsubjpass"):
            objects = [c for c in pron.head.children if c.dep_ in ("dobj", "dative")]
            objects += [o for c in pron.head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
            if any(self._person(o) == found for o in objects):
                return None  # "While he did not meet with X, X left a letter": he is not the one he met
        return found

    def pair(self, tok: Token) -> list[str]:
        """"The two presidents", "both countries": the last two actors of that kind named before, in the order first named."""
        kind = self.pairs.get(tok.lemma_.lower())
        if kind is None or tok.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in tok.children) and not (
                any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children)
                and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tok.children)):
            return []  # "two men attacked..." (no "the") brings in two new people, not the two named before
        entities = self.doc._.actors or {}
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        acting = _acting_on(tok)
        for i, ident in sorted(self.map.items()):
            if i >= tok.i:
                break
            entity = entities.get(ident)
            if entity is None or i in acting or ((entity.kind or "").lower() != kind
                                                  and not (kind == "government" and _state_s_officer(entity))):
                continue  # "X criticised the two governments": X is not one of them
            first.setdefault(ident, i)
            last[ident] = i
        # "the two presidents" are two people holding that office; "the two leaders", two heads of state or government
        words = {tok.lemma_.lower()} if tok.lemma_.lower() in self.leader_titles else self.leader_titles
        titled = [i for i in last if any(w in r.title.lower() for r in entities[i].roles for w in words)
                  and (entities[i].kind or "").lower() == kind]  # not a state's officer standing for "the two countries"
        pool = titled if len(titled) >= 2 else list(last)
        if kind == "government":
            recent = _two_states(sorted(pool, key=last.get, reverse=True), first, entities)
        else:
            recent = sorted(pool, key=last.get)[-2:]
        return sorted(recent, key=first.get) if len(recent) == 2 else []

    def that_state(self, tok: Token) -> list[str]:
        """"That country", "that nation": the last state named before it ("Peru will lend Bolivia oil to make up
        for that country's losses": Bolivia), passing over a state that qualifies the noun the phrase hangs on ("U.S.
        ties with that country": not the United States) and the subject of the verb it is the object of ("X said it
        would visit that country": not X), and a state word that only qualifies another noun ("U.S. exporters"). None
        for "this country" (a speaker's own), a plural, or no state before."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in _THAT_STATE_NOUNS or not any(
                c.dep_ == "det" and c.lower_ == "that" for c in tok.children):
            return []
        entities = self.doc._.actors or {}
        skip = _acting_on(tok)
        holder = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
        if holder is not None and holder.pos_ in ("NOUN", "PROPN"):
            skip |= {i for c in holder.children if c.dep_ in _NAME_MODIFIER_DEPS
                     for i in range(c.left_edge.i, c.right_edge.i + 1)}
        for i in range(tok.i - 1, max(-1, tok.i - 250), -1):
            ident = self.map.get(i)
            entity = entities.get(ident) if ident else None
            if entity is not None and i not in skip and (entity.kind or "").lower() == "government" \
                    and entity.country and not ident.startswith("agent:") \
                    and self.doc[i].dep_ not in _STATE_MODIFIER_DEPS:
                return [ident]
        return []

    def many(self, tok: Token, labels: frozenset[str] | None = None) -> list[str]:
        """Actors of a head and of the heads coordinated with it ("X and Y"). Asked again of the same token, the
        same answer, kept as `one`'s are."""
        key = (tok.i, labels is None, labels is self.labels, labels, len(self._actors))
        if key in self._manys:
            return list(self._manys[key])
        found = self._many(tok, labels)
        if not self._open:
            self._manys[key] = tuple(found)
        return found

    def _many(self, tok: Token, labels: frozenset[str] | None) -> list[str]:
        out: list[str] = []
        # a surname the parser hung on the next name, which the actors stage may have left unread
        stranded = {t.i for t in stranded_first(tok)} if labels is None or "PERSON" in labels else set()
        for t in coordinated(tok):
            found = (self.pair(t) or self.that_state(t)) if labels is None else []
            if not found and labels is None:
                found = self.members(t)
            if not found and (ident := self.one(t, labels) or (family_named(t) if t.i in stranded else None)):
                found = [ident]
                # "the heads of Huawei, BYD and Cosco": every company the list names
                if t.pos_ == "NOUN":
                    named = self._entity(t, labels or self.labels) is not None
                    # "the Soviet invasion of Afghanistan": a noun of an act done to what its "of" phrase names is
                    # the act of the doer named before it, not of what it is done to (roles/data/acts_done.yaml)
                    done = not named and t.lemma_.lower() in _acts_done()
                    for child in t.children:
                        if child.dep_ == "prep" and child.lower_ in _OF_PREPS:
                            for obj in child.children:
                                if obj.dep_ != "pobj" or (done and child.lower_ == "of"):
                                    continue
                                if not named:
                                    found = self.many(obj, labels) or found
                                else:  # "officials from Ghana and Togo": the officials of each country named
                                    found += [a for c in coordinated(obj)[1:] if (a := self.one(c, labels))]
                    if labels is None:
                        found += self._coordinated_owners(t, ident)
                if labels is None:
                    found += self._plural(t, ident)
            if found and labels is None:  # "U.N. diplomats, including the Soviet representative": the one named too
                found += [a for c in t.children if c.dep_ == "prep" and c.lower_ == "including"
                          for obj in c.children if obj.dep_ == "pobj" for a in self.many(obj)]
            for ident in found:
                if ident not in out:
                    out.append(ident)
        return out

    def members(self, tok: Token) -> list[str]:
        """The actors a noun of a group stands for, each listed: "six nations - A, B, C and D -" (`listed_members`),
        "the finance ministers of A, B and C" (`_people_of_states`); none where it lists none."""
        if (listed := listed_members(tok)) is not None:
            found = self.many(listed)  # two actors or more: not one name with "and" in it ("the firm, A and B,")
            return found if len(found) > 1 else []
        return self._people_of_states(tok)

    def they_all(self, pron: Token) -> list[str]:
        """All the actors of the coordinated subject a "they" opening its clause's complement stands for ("A and B
        said they would expel…", "only A and B had indicated they would support…": A and B), where `one` read the
        pronoun as one of them; none otherwise. (`one` keeps one actor: for an agreement or talks, "A and B said
        they agreed with that" is no act of A's towards B, so the caller asks this only of other acts.)"""
        if pron.lower_ != "they" or pron.dep_ not in ("nsubj", "nsubjpass"):
            return []
        verb = _first_joined_verb(pron)
        if verb.dep_ != "ccomp" or verb.head.pos_ not in ("VERB", "AUX"):
            return []
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if len(subjects) != 1 or len(coordinated(subjects[0])) < 2:
            return []
        found = self.many(subjects[0])
        return found if len(found) > 1 and self.one(pron) in found else []

    def _people_of_states(self, tok: Token) -> list[str]:
        """"The finance ministers of A, B and C", "delegates from A and B", "negotiators for the two countries": a
        plural noun of people who act for a state (roles/data/members.yaml), with "of", "from" or "for" and a list of
        two states or more, stands for the people of each, each the noun's kind of agent of his own state where the
        noun names one ("agent:CHL:GOV" for Chile's ministers: one of Peru's too), else each state itself. A
        capitalised noun the tagger made a name ("the Finance Ministers of A and B") reads the same; its name
        ("Finance Ministers of") is no actor."""
        plural = tok.tag_ in ("NNS", "NNPS") or (tok.tag_ == "NNP" and tok.lower_.endswith("s"))
        if not plural or not _people_words() & {tok.lemma_.lower(), tok.lower_.removesuffix("s"), _compound_title(tok)}:
            return []
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PEOPLE_OF_PREPS]
        listed = [o for c in preps for o in c.children if o.dep_ == "pobj"]
        # "the ministers of A, B and C" with B and C hung on "ministers" as its conjuncts: the list goes on
        listed += [c for c in tok.children if c.dep_ == "conj" and preps and c.i > preps[0].i and c.pos_ == "PROPN"]
        actors = self.doc._.actors or {}
        states = [a for o in listed for a in self.many(o)]
        if len(states) < 2 or not all((e := actors.get(a)) is not None and e.country and e.cameo == e.country
                                      and e.kind == "government" for a in states):
            return []
        own = self.map.get(tok.i)
        kind = own if own and own.startswith("agent:") and own in actors else None
        return list(dict.fromkeys((self._agent_of(kind, s) if kind else None) or s for s in states))

    def implicit(self, sector: str, name: str, done_to: list[str] = ()) -> str:
        """The actor of a state sector that does an act told without its agent ("was arrested"): that sector's
        actor of one country when the article names exactly one ("Kenyan police"), else, when it names none, that
        sector of the story's country (doc._.story_country, set by the actors stage), else of the dateline's state
        where those it is done to (`done_to`) are all of it ("WASHINGTON - a U.S. Marine was charged with spying" in a
        story that names the Soviet Union too: a US court), else the sector of no known country ("agent:---:COP")."""
        actors = self.doc._.actors
        named = {i for i in actors if i.startswith("agent:") and i.endswith(f":{sector}") and ":---:" not in i}
        if len(named) == 1:
            return named.pop()
        if not named and (country := self.doc._.story_country or self._home_of(done_to)):
            # "CINCINNATI - X was convicted": a US court
            ident = f"agent:{country}:{sector}"
            if ident not in actors:
                actors[ident] = Entity(id=ident, name=name, type="ORG", kind="government", country=country,
                                       cameo=f"{country}{sector}")
            return ident
        ident = f"agent:---:{sector}"
        if ident not in actors:
            actors[ident] = Entity(id=ident, name=f"{name} (country unknown)", type="ORG", kind="government",
                                   cameo=f"---{sector}")
        self.fallback.add(ident)
        return ident

    def _home_of(self, done_to: list[str]) -> str | None:
        """The dateline's state (doc._.dateline_state) where the actors an act is done to have a country and all
        have that one; None otherwise ("MOSCOW - an American was charged": whose court is not told)."""
        home = self.doc._.dateline_state
        actors = self.doc._.actors or {}
        countries = {actors[i].country if i in actors else None for i in done_to}
        return home.country if home is not None and home.country and countries == {home.country} else None

    def label(self, ident: str) -> str | None:
        entity = (self.doc._.actors or {}).get(ident)
        return entity.type if entity else None


@cache
def _origin_participles() -> frozenset[str]:
    """Participles of goods' origin ("imported", "shipped from X"; events/roles/data/acts_done.yaml)."""
    return load_word_lists(Path(__file__).parent / "roles" / "data" / "acts_done.yaml")["origin_participles"]


@cache
def _people_words() -> frozenset[str]:
    """Nouns of people who act for a state (events/roles/data/members.yaml `state_people`)."""
    return load_word_lists(Path(__file__).parent / "roles" / "data" / "members.yaml")["state_people"]


def _compound_title(tok: Token) -> str:
    """The title a plural noun ends ("foreign ministers": "foreign minister"), in the singular."""
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    return " ".join([*words, tok.lower_.removesuffix("s")])


@cache
def _acts_done() -> frozenset[str]:
    """The nouns of an act done to what their "of" phrase names (events/roles/data/acts_done.yaml)."""
    from dossier.events.roles.doers import doers_named_before  # the roles package imports this module

    return doers_named_before()


def _state_s_officer(entity) -> bool:
    """Whether a person acts for a state's government (a CAMEO code of its government: "Kenya's president" named
    as the sitting holder), who stands for that state among "the two countries" as the office's generic agent does."""
    return (entity.kind or "").lower() == "person" and bool(entity.country) and (entity.cameo or "").endswith("GOV")


def _two_states(recent: list[str], first: dict[str, int], entities: dict) -> list[str]:
    """"The two sides", "both countries": the two states named last (`recent`: actors, latest first), each by the
    actor of it named first (the state, or the body that opened its part in the story). Two bodies of one state (a
    ministry and the officials of another of its ministries) are not two sides; a named actor of no known country is a
    state of its own, a generic one ("troops", "the government" of no country told) none. A person acting for a
    state stands for it only where no actor of the state itself is named."""
    states: dict[str, list[str]] = {}
    for ident in recent:
        if ident.startswith("agent:") and not entities[ident].country:
            continue  # "accused X of massing troops": troops of no state named are no side of their own
        states.setdefault(entities[ident].country or ident, []).append(ident)
    if len(states) < 2:
        return []
    # a state's own actor before a person acting for it ("Peru" rather than its president, where both are named)
    return [min(members, key=lambda m: (_state_s_officer(entities[m]), first[m]))
            for members in list(states.values())[:2]]


def _acting_on(tok: Token) -> set[int]:
    """The words of the subject of the verb a noun is the object of, directly or after its preposition ("X
    criticised the two governments", "X called on both sides to…": X's words); empty for any other noun."""
    verb = tok.head if tok.dep_ in ("dobj", "obj", "dative") else \
        tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
            for i in range(s.left_edge.i, s.right_edge.i + 1)}


def active_subjects(verb: Token) -> list[Token]:
    """The verb's active subjects, a relative pronoun read as the noun its clause is about ("a storm that cut off the
    villages": the storm)."""
    return [relative_head(verb) if s.lower_ in RELATIVE and verb.dep_ == "relcl" else s
            for s in verb.children if s.dep_ == "nsubj"]


def done_by_things(verb: Token, resolver) -> bool:
    """The verb has active subjects (`active_subjects`) and each is a thing: a common noun outside any named entity
    that names no actor ("free trade does not help workers", "a factor that convinced him")."""
    doers = active_subjects(verb)
    return bool(doers) and all(d.pos_ == "NOUN" and not d.ent_type_ and resolver.one(d) is None for d in doers)


def relative_head(relcl: Token) -> Token:
    """The noun a relative clause is about: the nearest of a list before it ("Huawei, BYD and Cosco, which...")."""
    conjuncts = [t for t in coordinated(relcl.head) if t.i < relcl.i]
    head = conjuncts[-1] if conjuncts else relcl.head
    before = relcl.left_edge.i - 1
    while before > head.i and relcl.doc[before].is_punct:
        before -= 1
    nearest = relcl.doc[before]
    inside = before > head.i and nearest.pos_ in ("PROPN", "NOUN") and head.left_edge.i <= nearest.i <= head.right_edge.i
    # the parser may hang the clause on "executives" in "executives of A, B and C, which...": C is meant;
    # and on a name where "which" stands for the thing named last ("Cosco, the owner of the port, which will be
    # opened…": the port)
    pronoun = next((c.lower_ for c in relcl.children if c.lower_ in RELATIVE), None)
    of_a_thing = pronoun in ("which", "that") and head.pos_ == "PROPN" and nearest.pos_ == "NOUN" \
        and nearest.dep_ == "pobj"
    if inside and (nearest.dep_ == "conj" or of_a_thing):
        return nearest
    return head


def _one_person(word: str) -> bool:
    """A noun of one person (`Resolver._one_person_owner`'s lists)."""
    return (word in office_holders() or word in load_lexicon().one_person_nouns or word in _unnamed_speakers()
            or word in _private_people())


def _first_joined_verb(pron: Token) -> Token:
    """The verb of the clause a subject pronoun opens, past the verbs joined to it ("it met and agreed")."""
    verb = pron.head
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _plural_noun(noun: Token) -> bool:
    """A plural noun, or coordinated ones ("farmers", "Kenya and Uganda")."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a token is in (the sentence root when none is above it)."""
    node = tok
    while node.head.i != node.i and not (node.head.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass")):
        node = node.head
    return node.head


def _controlling_verbs(verb: Token) -> frozenset[int]:
    """A verb and the verbs whose subject is its own subject by control ("Trump tried to intimidate him": "tried"
    over "intimidate"), up a chain of open complements whose verb has no object (with one, the object is the doer:
    "Trump asked Pence to call him" may mean Trump)."""
    out = {verb.i}
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and not any(
            c.dep_ in ("dobj", "dative") for c in verb.head.children):
        verb = verb.head
        out.add(verb.i)
    return frozenset(out)


def coordinated(tok: Token) -> list[Token]:
    """A head and the heads coordinated with it; a name the parser hung on a name as an apposition counts when a
    list of names goes on from either ("A, the B, C and D" parsed with B in apposition to A, and C and D coordinated
    with A or with B): "Ma, a diplomat" stays one. A head joined with "not" is left out: "France, but not Britain,
    will attend" names France alone."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo.extend(c for c in t.children if (c.dep_ == "conj" and not any(g.dep_ == "neg" for g in c.children)) or (
            c.dep_ == "appos" and c.pos_ == "PROPN" and t.pos_ == "PROPN"
            and any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in (*c.children, *t.children))))
    return stranded_first(tok) + out


def listed_members(noun: Token) -> Token | None:
    """The first of the names a common noun lists in apposition ("six nations - A, B, C and D -", "three Gulf
    states, A, B and C,"): the members the noun counts, who each do what it does; None where no list of two or more
    names stands beside it ("the firm, Acme," names one; "Ma, a diplomat" is a name with its description)."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and len(coordinated(c)) > 1),
                None)  # ("A, B, C and D" with B hung on A as an apposition and C and D on B: `coordinated`)


_MODIFIER_OF_A_NAME = frozenset({"amod", "compound", "nmod", "dep"})


def stranded_first(head: Token) -> list[Token]:
    """The first of two people joined by "and" that the parser hung on the second's name as a modifier ("Trump and
    Chinese leader Xi": the surname read as an adjective of the phrase, as a name that is also a word often is),
    its "and" coordinating nothing or only a capitalised word of the second's title ("Trump and Turkish leader X"
    with "Turkish" read as its conjunct): a capitalised word opening the head's phrase, hung on it by modifiers
    alone, followed by its "and", that the actors stage read as a person. The first may come with a title of its
    own ("Finance Minister Ann Roe and Trade Secretary Bo Li met…", parsed as one phrase on "Li"): the last word of
    its name, before the "and", where the title's words are hung on the head too and the name is another person's
    than the head's. "Chinese and Russian officials" (a country's word), "Rice and wheat farmers" (a conjunct in
    lower case) stay one phrase."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return []
    first = head.left_edge
    if first.i + 1 >= head.i or first.is_lower or not _modifies(first, head):
        return []
    after = first.doc[first.i + 1]
    if after.dep_ != "cc" or after.head.i != first.i or after.lower_ not in ("and", "&"):
        return _titled_first(head)
    if any(c.dep_ == "conj" and (c.is_lower or c.i > head.i) for c in first.children):
        return []
    entity = (head.doc._.actors or {}).get((head.doc._.token_actor or {}).get(first.i, ""))
    person = entity is not None and (entity.kind == "person" or entity.type == "PERSON")
    return [first] if person or family_named(first) else []


def _titled_first(head: Token) -> list[Token]:
    """The first person's name of "Title A and Title B" parsed as one phrase on B (`stranded_first`): the word
    before the phrase's one "and", hung on the head by modifiers alone, the last word of a person the actors stage
    read, another than the head's."""
    doc = head.doc
    ands = [t for t in doc[head.left_edge.i:head.i] if t.dep_ == "cc"]
    if len(ands) != 1 or ands[0].lower_ not in ("and", "&") or ands[0].i < 2:
        return []
    last = doc[ands[0].i - 1]
    if last.is_lower or ands[0].head.i != last.i or not _modifies(last, head):
        return []
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}
    ident = token_actor.get(last.i)
    entity = actors.get(ident or "")
    person = entity is not None and (entity.kind == "person" or entity.type == "PERSON")
    return [last] if person and ident != token_actor.get(head.i) else []


def family_named(tok: Token) -> str | None:
    """The one person of the story's actors whose name of two words or more ends in the word ("Trump" after
    "President Donald Trump"): for a surname the tagger read as a common word and the actors stage left unread."""
    found = {i for i, e in (tok.doc._.actors or {}).items() if (e.kind == "person" or e.type == "PERSON")
             and len(words := e.name.split()) > 1 and words[-1] == tok.text}
    return found.pop() if len(found) == 1 else None


def _modifies(word: Token, head: Token) -> bool:
    """The word hangs on the head through modifiers alone ("Chinese" of "Chinese leader Xi", by way of "leader")."""
    while word.i != head.i:
        if word.dep_ not in _MODIFIER_OF_A_NAME or word.head.i == word.i:
            return False
        word = word.head
    return True


def _without_article(span: Span) -> Span:
    return span[1:] if len(span) > 1 and span[0].lower_ == "the" else span


def _after_title(name: Span) -> Span | None:
    """The person's name in an untagged run of proper nouns that opens with an office's title ("Governor Ichiro
    Sato" of "Bank of Japan Governor Ichiro Sato", which the tagger left out): the words after the title, where they
    are two or more capitalised words (a given name and a family name: not "General Motors"); else None."""
    words = list(name)
    n = 0
    while n < len(words) and words[n].lower_ in _titles() and words[n].is_title:
        n += 1
    rest = words[n:]
    if n == 0 or len(rest) < 2 or not all(t.is_alpha and t.is_title for t in rest):
        return None
    return name.doc[rest[0].i:name.end]


def _name_of(tok: Token) -> Span:
    """A proper noun with the proper nouns compounded onto it: "Hobbit Council"."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound":
        start -= 1
    return tok.doc[start: tok.i + 1]
