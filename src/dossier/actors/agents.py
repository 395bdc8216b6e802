"""Generic agents: common nouns for groups and office-holders ("Israeli troops", "protesters") as actors.

Takes a parsed Doc, the dictionary's agent nouns (data/agents.yaml) and the tokens already resolved to
actors; gives spans with an id "agent:<ISO3 or --->:<sector>" and the Entity it stands for. The country comes
from the noun's own describing words (a demonym, a possessive, "of"/"from" a country); a noun no word describes
takes the country the article is about when one country clearly dominates it (Resolver._article_country), never
the nearest place: a story about two countries leaves "the police" without one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LOWER, SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from dossier.actors.dictionary import AgentEntry, Dictionary, capital_on
from dossier.actors.gazetteer import gazetteer
from dossier.actors.own_government import askers_state
from dossier.actors.story_countries import acted_on
from dossier.model import Entity
from dossier.nlp.spans import entity_at

UNKNOWN_COUNTRY = "---"
_DESCRIBING = frozenset({"amod", "compound", "nmod", "poss"})
_OF = frozenset({"of", "from"})
_NOT_AGENT_DEPS = frozenset({"compound", "appos"})  # "police station", "Ma, a diplomat"
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC"})
_REGIONS = ("iso:", "region:")  # the gazetteer's ids of first-level regions: provinces, federal states


_DOMESTIC = frozenset({"GOV", "COP", "JUD", "LEG"})  # sectors of institutions that serve where they are
_TOWNS = frozenset({"COP"})  # sectors of a force a town has of its own: "the Forest Hill police"
# sectors of people who live or serve where they are: in a story of a territory that names its state about as often,
# the territory's (not its government, troops, legislature or courts: the state's central ones are named so too; nor
# its firms and investors, often from abroad)
_OF_TERRITORY = frozenset({"COP", "OPP", "CVL", "EDU", "LAB", "HLH", "REL"})
_AGAINST = frozenset({"anti", "pro"})
_OF_A_PEOPLE = frozenset({"REB", "OPP", "CVL"})  # sectors of groups a people's word names: "Kurdish rebels"
_FIGHTERS = frozenset({"MIL", "REB"})  # sectors of forces that fight: a state's own troops, rebels
_MEMBERS_COUNTED = frozenset({"other", "all", "both"})  # before a chamber's members, they count members


def _several(head: Token, several: frozenset[str], counting: frozenset[str],
             counted_by_state: frozenset[str] = frozenset(), one_body: frozenset[str] = frozenset()) -> bool:
    """'the two governments', 'both armies': agents of several countries, so none is the article's (the lexicon's
    `several_states_words`, `counting_words`). A number counts states only before a noun of bodies a state has one
    of (`counted_by_state`: lexicon's `nouns_counted_by_state`); before a noun for people it counts people ("300,000
    people", "three workers"), who may all be of one state. Before a noun of the members of one state's chamber
    (`one_body`: lexicon's `nouns_of_one_chamber`) "other", "all" and "both" count members, not states ("24 other
    senators")."""
    return any((c.lower_ in several and not (head.lower_ in one_body and c.lower_ in _MEMBERS_COUNTED)) or (
        (c.dep_ == "nummod" or c.lower_ in counting) and head.lower_ in counted_by_state) for c in head.children)


@dataclass
class AgentSpan:
    start: int
    end: int
    ident: str
    entity: Entity | None  # None when the agent is the country's own actor (as_country)
    owner_is_other: bool = False  # a possessive names another party ("its creditors"), not the agent's country
    regional: bool = False  # its country is that of a province or a federal state describing it ("the premier of
    # Ontario"): a title of that region's office, not of the state's ("premier" is no head of Canada's government)


class AgentFinder:
    """Finds agent nouns in a Doc; build once per pipeline."""

    def __init__(self, dictionary: Dictionary):
        self.d = dictionary
        self.longest = max((len(k) for k in dictionary.agents), default=0)
        # The nouns as the hashes of their lower-cased words, as a Doc's LOWER array gives them: candidates are
        # found without making a Token of every word.
        self.by_hashes = {tuple(hash_string(w) for w in k): entry for k, entry in dictionary.agents.items()}
        self.last_words = frozenset(k[-1] for k in self.by_hashes)
        self.speech_nouns = frozenset(w.lower() for w in dictionary.lexicon.speech_nouns)
        self.region_names = {n.lower(): code for code, names in dictionary.lexicon.region_codes.items() for n in names}
        self.counted_by_state = frozenset(w.lower().split()[-1] for w in dictionary.lexicon.nouns_counted_by_state)
        self.several_states_words = frozenset(w.lower() for w in dictionary.lexicon.several_states_words)
        self.one_chamber = frozenset(w.lower() for w in dictionary.lexicon.nouns_of_one_chamber)
        self.counting_words = frozenset(w.lower() for w in dictionary.lexicon.counting_words)
        self.other_bank_words = frozenset(w.lower() for w in dictionary.lexicon.other_bank_words)
        self.not_local_words = frozenset(w.lower() for w in dictionary.lexicon.not_local_words)
        self.here_words = frozenset(w.lower() for w in dictionary.lexicon.here_words)
        self.stateless_peoples = frozenset(dictionary.lexicon.stateless_peoples)
        self.people_hashes = frozenset(hash_string(w.lower()) for w in self.stateless_peoples)
        self.state_possessors = frozenset(w.lower() for w in dictionary.lexicon.state_possessor_nouns)
        # the words of a state body before a group's noun ("Congressional leaders"): one the tagger took for a name
        # of its own is released to the agent (Resolver)
        self.body_words = frozenset(w.lower() for e in dictionary.agents.values() for b in e.bodies for w in b.split())
        self.body_hashes = frozenset(hash_string(w) for w in self.body_words)
        self.body_heads = frozenset(w.lower() for w in dictionary.lexicon.function_body_heads)
        lexicon = dictionary.lexicon
        self.portfolio_titles = frozenset(w.lower() for w in lexicon.portfolio_titles)
        self.portfolio_words = frozenset(w.lower() for w in lexicon.portfolio_words)
        self.titles_not_given = {c: frozenset(ts) for c, ts in lexicon.titles_not_given.items()}
        self.function_bodies = frozenset(tuple(n.lower().split()) for n in lexicon.function_body_names)
        self.meeting_seats = frozenset(w.lower() for w in lexicon.meeting_seats)
        self.executive_hashes = frozenset(hash_string(w.lower()) for w in lexicon.executive_words)
        self.executive_heads = frozenset(w.lower() for w in lexicon.executive_heads)
        self.speech_verbs = frozenset(w.lower() for w in lexicon.speech_verbs)
        self.teller_nouns = frozenset(w.lower() for w in lexicon.teller_nouns)
        self.command_nouns = frozenset(w.lower() for w in lexicon.command_nouns)

    def __call__(self, doc: Doc, taken: list[bool], token_ident: dict[int, str],
                 token_label: dict[int, str], article_country: str | None = None,
                 places: dict[str, str] | None = None, home: str | None = None,
                 single: bool = False, leading: str | None = None,
                 capital: str | None = None, vessels: dict[int, int] | None = None,
                 sections: list[tuple[int, str]] | None = None,
                 territory: str | None = None, leader: str | None = None,
                 bodies_before: dict[int, str] | None = None, lede_at: int | None = None,
                 named_groups: dict[int, str] | None = None) -> list[AgentSpan]:
        """The agents of a Doc; `article_country` (the country the article is about, if one) is the country of a
        plural or collective noun that no word describes ("the police", "the government"): an actor named by
        no name belongs to the country where it acts. `places`: the country of each gazetteer place the resolver found. `home`
        (the country of the story's dateline) is the country of a state's institution ("the government", "the
        courts") when no country stands out, and of any agent of a one-country wire story (`single`: "CLEVELAND -
        workers at the plant"). An unnamed spokesman (`speaks`) no word describes is of the one state his sentence
        cites as speaking (`_cited_state`); else, where his sentence names states, of `capital` (the state whose
        capital the dateline names) if it is one of them ("AMMAN - a government spokesman said Jordan's view had
        been put to the Syrian envoy"); else, where it names none, of the story's state, else of `leading` (the
        dateline's state where it is among the states the story names most). A ship's class noun before its name
        (`vessels`: the name's words -> the noun, "the U.S. frigate Stark") is the agent the words before it
        describe, the parser's compound of the name though it is. On a page of several stories, each opening with its
        own dateline in capitals (`sections`: each later story's first token and its dateline's country), an agent
        of a later story takes that dateline's state as its story's, its home and the one state it names ("BEIJING
        — Chinese authorities are testing millions of people": China's people), and one of the first story that of
        the page's own dateline (`home`), where it has one; not a `dateline_sure` one, which
        only the story's own dateline makes sure of (a roundup's "supporters of opposition parties gathered").
        `territory`: the territory a story of it and of its state happens in (`_territory_story`), the country of its
        people and police that no word describes (`_OF_TERRITORY`: "Hong Kong police laid siege ... students inside").
        `leader`: the state whose head the story names most (`_leader_state`), the state of a group its executive's
        word names that no word describes (lexicon's `executive_words`: "administration officials", "cabinet
        members" in a trade story of Trump's), where no state stands out as the story's. `bodies_before`: each word of
        a state body's name found before -> the state its words give ("the Japanese Finance Ministry"): a group named
        by a word of such a name and no word of its own ("Ministry officials") is of that body's state, where the bodies
        named before with that word are all of one (`_body_word_named_before`). `named_groups`: each word of a named
        group of a nation (no state body) -> the state its name gives ("the Thai Rice Exporters Association"): such a
        group acting on "the government" makes it its state's (own_government.py), where the government had none or
        a home presumed where it stands (`lede_at`: before which token `home` is only presumed, Resolver._home_named_at:
        "The Philippine Coconut Authority asked the government to ban exports to Japan", the lede's state named after
        it; "LONDON - The Thai Rice Exporters Association urged the government", Britain named nowhere; not "Brazil's
        exports rose. The American Chamber of Commerce urged the government": Brazil's)."""
        self._place_country = places or {}
        self._regional = False
        if not self.d.agents or not doc.has_annotation("DEP"):
            return []
        out: list[AgentSpan] = []
        table = doc.to_array([LOWER, SENT_START])  # by column: no Python list of each token's row
        lower, sent_start = (tuple(table[:, 0].tolist()), tuple(table[:, 1].tolist())) if len(doc) else ((), ())
        ship_names: dict[int, list[int]] = {}  # a ship's class noun -> its name's words
        home_groups: dict[int, str] = {}  # each word of a group of its own place's people -> their state
        unowned: list[tuple[int, Token, AgentEntry]] = []  # "the government" of no country: (its place in out, …)
        presumed: list[tuple[int, Token, AgentEntry]] = []  # a later "the government" of the lede's state, presumed
        for k, noun in (vessels or {}).items():
            ship_names.setdefault(noun, []).append(k)
        for i, word in enumerate(lower):
            if word not in self.last_words or taken[i]:
                continue
            tok = doc[i]
            if tok.pos_ not in ("NOUN", "PROPN") or (tok.dep_ in _NOT_AGENT_DEPS and i not in ship_names
                                                      and not self._body_s_speech(tok)):
                continue
            hit = self._words(i, lower, sent_start, taken)
            if hit is None:
                if (again := self._named_again(doc, tok, out)) is not None:
                    out.append(AgentSpan(i, i + 1, again.ident, again.entity, again.owner_is_other, again.regional))
                    taken[i] = True
                continue
            for start, entry in self._candidates(hit, tok, lower):
                story, at_home, one_state, lead = article_country, home, single, leading
                of_territory = territory if entry.sector in _OF_TERRITORY else None
                of_leader = leader if entry.sector == "GOV" and any(
                    lower[k] in self.executive_hashes for k in range(start, i + 1)) else None
                if sections and (section := next((c for k, c in reversed(sections) if k <= i), home)) is not None:
                    story = at_home = lead = section  # a roundup page's story, told from its own dateline
                    one_state, of_territory, of_leader = True, None, None
                if self._inside_a_name(doc, tok, taken) or any(
                        c.dep_ == "appos" and (c.i in token_ident or c.i in token_label) for c in tok.children):
                    continue  # "the envoy, Liu Bo": the person, not a generic agent
                portfolio = entry.needs_country and self._portfolio_title(doc, tok, start, entry)
                # the words of the agents found before (-> each one's country, or the country's actor id): a group they
                # own by a possessive ("French farmers' unions") is of their country, and of none where they have none
                owners = {k: a.entity.country if a.entity else a.ident for a in out for k in range(a.start, a.end)}
                country = self._country(doc, tok, start, token_ident, token_label, entry.sector in _DOMESTIC,
                                        entry.trade_before, entry.owner_is_other, entry.speaks,
                                        bool(entry.bodies) and lower[start] in self.body_hashes,
                                        [c for k in ship_names.get(i, ()) for c in doc[k].children
                                         if c.dep_ in _DESCRIBING and c.i < start],
                                        entry.sector == "GOV" and not entry.as_country, entry.sector in _TOWNS,
                                        entry.local, owners, entry.sector == "REB")
                if country is None and entry.sector == "GOV" and bodies_before and start < i:  # "Ministry officials"
                    since = max([k for k, _ in sections or () if k <= i], default=0)  # a roundup page's own story
                    # after "the Japanese Finance Ministry": Japan's, whatever state the story names most
                    country = self._body_word_named_before(doc, since, start, bodies_before)
                if not country and portfolio:  # False where the portfolio's word is compounded ("the finance minister")
                    country = self._sure_state(doc, tok, start, story, at_home, one_state, capital,
                                               token_ident) or country
                if country and portfolio:  # the mention takes the portfolio's word: "finance minister"
                    start = min([start] + [c.i for c in tok.children if c.dep_ == "compound" and c.i == start - 1
                                           and c.lower_ in self.portfolio_words and not taken[c.i]])
                if country is None and entry.needs_country and self._the_state_body(doc, tok, start):
                    country = self._body_named_before(doc, start, out, token_ident) or story or (
                        at_home if one_state else None)
                if country is None and entry.dateline_sure and home is not None and (single or article_country == home):
                    country = home  # "TOKYO - … the opposition parties": Japan's, as a story with a dateline tells
                if country is None and not entry.owner_is_other:
                    country = self._of_here(tok, story, at_home, lead)  # "local traders", "the country's traders"
                if country is None and entry.sector == "MIL":  # "Chad's high command said troops killed …": Chad's
                    country = self._teller_s_state(tok, start, token_ident, capital)
                if country is None and entry.sector in _FIGHTERS and not sections and doc._.dateline and (
                        entry.sector == "REB" or "government" in (doc[k].lower_ for k in range(start, i))):
                    country = self._fighting_at_home(tok, home, token_ident)  # "SAN SALVADOR - guerrillas attacked a
                    # base north of San Salvador": El Salvador's rebels; so "government soldiers" (plain "troops in
                    # Lebanon" may be another state's)
                if country is False or (entry.needs_country and not country):
                    continue  # described by an organisation or a person: theirs; a title without a country: no agent
                if not country and entry.speaks:
                    cited, named = self._cited_state(tok, start, token_ident)
                    # a body of the capital's state his sentence names counts as naming it ("BAGHDAD - a military
                    # spokesman said the Iraqi Third Army Corps fought off the Iranians": Iraq's)
                    bodies = {bodies_before[t.i] for t in tok.sent if t.i in (bodies_before or {})}
                    country = cited or ((capital if capital in named | bodies else None) if named
                                        else story or lead)
                elif not country and entry.story_country \
                        and not _several(tok, self.several_states_words, self.counting_words, self.counted_by_state,
                                     self.one_chamber) \
                        and not self._of_region(tok, start, token_ident, token_label, entry.local) \
                        and not any(c.dep_ == "poss" and c.i in owners for c in tok.children):
                    # people who live where they are (`local`), of a story its dateline's state leads (`leading`:
                    # "MADRID - Spanish farmers blocked a border crossing with France ... Protesters set cars ablaze"):
                    # that state's; not on a page with no dateline (its lede's state may be where hostages or visitors
                    # are held)
                    country = story or of_territory or of_leader \
                        or (at_home if entry.sector in _DOMESTIC or one_state else None) \
                        or (lead if entry.local and entry.sector in _OF_TERRITORY and doc._.dateline else None)
                    if country and country == story and capital not in (None, story) and not sections \
                            and self._capital_s_office(doc, tok, start, capital, token_ident):
                        # "WASHINGTON - … Brazil … the trade secretary said he would meet Brazilian officials": the
                        # US's, not the state the story names most
                        country = capital
                    if country and lede_at is not None and country == at_home \
                            and not (story or of_territory or of_leader) \
                            and entry.as_country and entry.sector == "GOV" and tok.tag_ == "NN":
                        # the lede's state, presumed: a named body's may be meant; after the lede named it, only the
                        # state of a government named before and acted on by a group of its own people ("… asked the
                        # government to ban copra sales to Japan. The government refused": that government again)
                        (unowned if lede_at > i else presumed).append((len(out), tok, entry))
                region = None if country else self._region_describing(tok, token_ident)
                if region and region[0] == "WST" and entry.sector in _OF_TERRITORY:
                    region = None  # "western farmers" of a US story: the West of a state, no bloc
                out.append(self.agent(start, tok.i + 1, entry, country or None, region))
                out[-1].owner_is_other = entry.owner_is_other
                out[-1].regional = bool(country) and self._regional
                for i in range(start, tok.i + 1):
                    taken[i] = True
                if country and self._of_its_place(tok, entry, country, token_ident):
                    home_groups.update((k, country) for k in range(start, tok.i + 1))
                elif not country and entry.as_country and entry.sector == "GOV" and tok.tag_ == "NN":
                    unowned.append((len(out) - 1, tok, entry))
                break  # the first reading that holds; a longer noun that needs a country and finds none gives way
        askers = {**(named_groups or {}), **home_groups}  # "the Thai Rice Exporters Association urged the government"
        addressed = None  # the state of the government a group of its own people acted on, for its later mentions
        later = {k for k, _, _ in presumed}
        for k, tok, entry in sorted(unowned + presumed, key=lambda u: u[0]):
            # "farmers in Kenya urged the government": Kenya's (own_government.py), where the government had no state
            # or one presumed; the same government named again after the lede's state, where its sentence names no
            # other state ("Japan's farm ministry said the government …": Japan's)
            again = addressed if addressed and not {self._state_of(t, token_ident) for t in tok.sent} - {
                None, addressed} else None
            if state := (None if k in later else askers_state(tok, askers)) or again:
                out[k] = self.agent(out[k].start, out[k].end, entry, state)
                addressed = state
        return out

    def _named_again(self, doc: Doc, tok: Token, found: list[AgentSpan]) -> AgentSpan | None:
        """The group a story named before by a longer noun, named again by that noun's last word after "the" ("its
        creditor banks" … "a commitment from the banks"): the same agent, where the word is a plural no word but
        "the" describes and only one group found before ends in it. Not where the word alone is an agent's noun
        (read as that noun), nor a singular ("the committee" may be another body's)."""
        if tok.tag_ not in ("NNS", "NNPS") or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or any(
                c.dep_ in _DESCRIBING or c.dep_ in ("det", "nummod") and c.lower_ != "the" for c in tok.children):
            return None
        earlier = {a.ident: a for a in found if a.end - a.start > 1 and doc[a.end - 1].lower_ == tok.lower_}
        return next(iter(earlier.values())) if len(earlier) == 1 else None

    def _of_here(self, tok: Token, story: str | None, home: str | None, lead: str | None) -> str | None:
        """The state a group's own words say it is of by pointing at the story's state: a word of "here" before it
        (lexicon's `here_words`: "local traders", "domestic investors") gives the state the story is told from
        (`home`, its dateline's, or its lede's), where the story is about no other state; "the country's" (a noun of
        the lexicon's `state_possessor_nouns` after "the": "the country's coffee traders", "the nation's farmers")
        gives the state the story is about, else the one its dateline's state leads (`lead`). None otherwise."""
        for c in tok.children:
            if c.dep_ == "amod" and c.lower_ in self.here_words and c.i < tok.i and home and story in (None, home):
                return home
            if c.dep_ == "poss" and c.lower_ in self.state_possessors and any(
                    d.dep_ == "det" and d.lower_ == "the" for d in c.children):
                return story or lead
        return None

    def _of_its_place(self, tok: Token, entry: AgentEntry, country: str, token_ident: dict[int, str]) -> bool:
        """Whether a group of `country` lives or works there (`local`: residents, farmers, protesters, firms,
        unions), as its words tell: not one called foreign or exiled (lexicon's `not_local_words`), nor one "in" a
        place of another state ("Iranian protesters in London")."""
        if not entry.local or any(c.lower_ in self.not_local_words for c in tok.children):
            return False
        return all(self._state_of(o, token_ident) in (None, country) for c in tok.children
                   if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj")

    def _candidates(self, hit: tuple[int, AgentEntry], tok: Token,
                    lower: tuple[int, ...]) -> list[tuple[int, AgentEntry]]:
        """The readings of an agent noun ending on its head `tok`, tried in turn: the longest noun, then, where that is
        a converted title that needs a country (Phoenix's "human rights activists", "separatist militants"), the
        longest shorter noun that does not, over the longer noun's words ("activists": a local group that takes the
        place or story it acts in), so that a group no word gives a country to is still an agent. Not a state's
        officials in the plural ("trade ministers", "prime ministers", "health officials": one or more of each of
        several states, never the story's state's "ministers" or "officials")."""
        start, entry = hit
        i = tok.i
        if not entry.needs_country:
            return [hit]
        for n in range(i - start, 0, -1):
            shorter = self.by_hashes.get(lower[i - n + 1:i + 1])
            if shorter is not None and not shorter.needs_country:
                if tok.tag_ == "NNS" and shorter.sector.startswith("GOV"):
                    return [hit]
                return [hit, (start, shorter)]
        return [hit]

    def _words(self, i: int, lower: tuple[int, ...], sent_start: tuple[int, ...],
               taken: list[bool]) -> tuple[int, AgentEntry] | None:
        """The longest agent noun ending on the head at i: (first token, entry), with a people's word of no state
        before a noun of its fighters, protesters or people (lexicon's `stateless_peoples`, `_OF_A_PEOPLE`)."""
        for n in range(min(self.longest, i + 1), 0, -1):
            start = i - n + 1
            if any(taken[start:i + 1]) or 1 in sent_start[start + 1:i + 1]:
                continue
            entry = self.by_hashes.get(lower[start:i + 1])
            if entry is not None:
                if start > 0 and lower[start - 1] in self.people_hashes and entry.sector in _OF_A_PEOPLE \
                        and not taken[start - 1] and sent_start[start] != 1:
                    start -= 1  # "Tamil guerrillas", "Sikh militants": the group, no actor named by the people's word
                return start, entry
        return None

    def _portfolio_title(self, doc: Doc, tok: Token, start: int, entry: AgentEntry) -> bool:
        """Whether the noun is a state's office named by portfolio and title ("foreign minister", "finance minister":
        a singular title of the lexicon's `portfolio_titles` after a word of its `portfolio_words`, inside the
        dictionary's noun or compounded before it), by such a title with no word before it ("the minister"), or as the
        head of a body every state has one of (`function_body_names`: "the central bank governor"): an office of a
        state's government, whose state `_sure_state` tells."""
        if not entry.sector.startswith("GOV") or tok.tag_ != "NN":
            return False
        if tuple(t.lower_ for t in doc[start:tok.i]) in self.function_bodies:
            return True  # "the central bank governor": the head of a body every state has one of
        if tok.lower_ not in self.portfolio_titles:
            return False
        if start == tok.i and not any(c.dep_ in ("compound", "amod") for c in tok.children):
            return True  # "the minister said", of no portfolio
        return any(doc[k].lower_ in self.portfolio_words for k in range(start, tok.i)) or any(
            c.dep_ == "compound" and c.lower_ in self.portfolio_words for c in tok.children)

    def _capital_s_office(self, doc: Doc, tok: Token, start: int, capital: str, token_ident: dict[int, str]) -> bool:
        """Whether a cabinet office named by portfolio and title with "the" alone ("the trade secretary") stands in a
        sentence that names no state but the dateline capital's (`capital`) and those it acts on (`acted_on`: "said he
        would meet Brazilian officials"): the capital's state's office, whatever state the story names most."""
        if tok.lower_ not in self.portfolio_titles or doc[start].lower_ not in self.portfolio_words or [
                c.lower_ for c in tok.children if not start <= c.i <= tok.i] != ["the"]:
            return False
        return self._names_only_acted_on(tok, start, capital, token_ident)

    def _names_only_acted_on(self, tok: Token, start: int, capital: str, token_ident: dict[int, str],
                             bodies: bool = False) -> bool:
        """Whether the sentence of the office `tok` names no state but `capital`'s and those the office acts on
        (`acted_on`: "said he would meet his West German counterpart"); with `bodies`, no international body either
        but one it acts on ("the oil minister said OPEC would cut output" may be any member's)."""
        for word in tok.sent:
            if start <= word.i <= tok.i or (self._state_of(word, token_ident) in (None, capital) and not (
                    bodies and self._international(word, token_ident))):
                continue
            if acted_on(tok, word) is None:
                return False
        return True

    def _international(self, tok: Token, token_ident: dict[int, str]) -> bool:
        """Whether a word names an international body (an IGO of the dictionaries)."""
        entity = self.d.entities.get(token_ident.get(tok.i, ""))
        return entity is not None and (entity.kind == "igo" or (entity.cameo or "").startswith("IGO"))

    def _sure_state(self, doc: Doc, tok: Token, start: int, article_country: str | None, home: str | None,
                    single: bool, capital: str | None = None, token_ident: dict[int, str] | None = None) -> str | None:
        """The state of an office named by portfolio and title alone ("the finance minister said"), where the story
        says whose it is twice: its dateline's state (`home`) is the country it is about or the only state it names
        (`single`), or the dateline names its capital (`capital`) and the office's sentence names no other state but
        those it acts on ("TOKYO - The finance minister said he would meet his West German counterpart": a wire
        gives another state's minister that state's word), and the state gives that title (`titles_not_given`); None
        for a title with any other word ("a", "former", "Japan's", "of X"), one the story named before (its holder,
        perhaps another state's, is meant), or a story about another state or several ("LONDON - the oil minister
        said" in a story of OPEC)."""
        words = [c for c in tok.children if not (start <= c.i < tok.i or (
            c.dep_ == "compound" and c.lower_ in self.portfolio_words))]
        if [c.lower_ for c in words] != ["the"] or home is None:
            return None
        if not (single or article_country == home) and not (
                capital == home and self._names_only_acted_on(tok, start, capital, token_ident or {}, bodies=True)):
            return None
        if tok.lower_ in self.titles_not_given.get(home, ()):
            return None
        first = min([start] + [c.i for c in tok.children if c.dep_ == "compound"])
        title = [t.lower_ for t in doc[first:tok.i + 1]]
        n = len(title)
        if any([t.lower_ for t in doc[k:k + n]] == title for k in range(0, first - n + 1)):
            return None  # "Finance Minister X said ... the finance minister added": the one named before
        return home

    def _the_state_body(self, doc: Doc, tok: Token, start: int) -> bool:
        """Whether the noun is a body every state has one of, named by its function with "the" alone ("the central
        bank said", "the central bank's report": lexicon's `function_body_names`): the story's state's, as "the
        government" is, where the story is about one state (its names give that one most, or its dateline's state is
        the only one it names); never from a place nearby. The dictionaries' noun ("central bank") gives no country
        of its own, so with no story state it stays no agent; "a central bank", "central banks", "Japan's central
        bank" are read as before. So is such a body compounded before its own speech ("central bank statements":
        `_body_s_speech`)."""
        if tuple(t.lower_ for t in doc[start:tok.i + 1]) not in self.function_bodies or tok.tag_ != "NN":
            return False
        words = [c.lower_ for c in tok.children if not start <= c.i <= tok.i and c.dep_ not in ("case", "punct")]
        if not words and self._body_s_speech(tok):
            return True  # "Kaunda dismissed central bank statements": the body's own statements
        return words == ["the"] and start > 0 and doc[start - 1].lower_ == "the"

    def _body_s_speech(self, tok: Token) -> bool:
        """Whether a noun is compounded before a noun of public speech that no other word but "the" describes
        (lexicon's `speech_nouns`: "central bank statements", "the treasury statement"): the speech of the body the
        noun names, which the body makes; not "Zambia's central bank statements" (read as the possessor's)."""
        head = tok.head
        return tok.dep_ == "compound" and head.i == tok.i + 1 and head.pos_ == "NOUN" \
            and head.lower_ in self.speech_nouns and all(
                c.i == tok.i or (c.dep_ == "det" and c.lower_ == "the") or c.i > head.i for c in head.children)

    def _body_named_before(self, doc: Doc, start: int, found: list[AgentSpan],
                           token_ident: dict[int, str]) -> str | None:
        """The country of the state bank the story named before "the central bank" (`_the_state_body`): the same noun
        with its state ("Brazil's central bank ... the central bank"), or a state's bank by its name, coded as its
        government ("the Bank of Japan", "the Bundesbank", "the Federal Reserve ... the central bank"; not an export
        or development bank: lexicon's `other_bank_words`); None where none was named, or banks of two states were."""
        countries = {a.ident.split(":")[1] for a in found if a.start < start and a.ident.startswith("agent:")
                     and tuple(t.lower_ for t in doc[a.start:a.end]) in self.function_bodies} - {UNKNOWN_COUNTRY}
        for i in range(start):
            entity = self.d.entities.get(token_ident.get(i, ""))
            if entity is None or not entity.country or (entity.kind != "government"
                                                        and "GOV" not in (entity.cameo or "")):
                continue
            words = set(entity.name.lower().replace("-", " ").split())
            if any(w.endswith("bank") or w == "reserve" for w in words) and not words & self.other_bank_words:
                countries.add(entity.country)
        return countries.pop() if len(countries) == 1 else None

    def _body_word_named_before(self, doc: Doc, since: int, start: int, bodies_before: dict[int, str]) -> str | None:
        """The one state of the bodies named before (from token `since` on: a roundup page's story) whose name holds
        the word an agent's name opens with ("Ministry" of "Ministry officials" after "the Japanese Finance Ministry":
        Japan); None where none was named, or bodies of two states were."""
        word = doc[start].lower_
        if word not in self.body_heads:  # a state body's head ("ministry", "department"), not "government"
            return None
        states = {state for i, state in bodies_before.items() if since <= i < start and doc[i].lower_ == word}
        return states.pop() if len(states) == 1 else None

    def _inside_a_name(self, doc: Doc, tok: Token, taken: list[bool]) -> bool:
        """'Police' inside 'Peruvian National Police' belongs to the name, not to a generic agent."""
        if tok.ent_type_ not in _NAME_LABELS:
            return False
        ent = entity_at(tok)
        return ent is not None and any(t.pos_ == "PROPN" and t.i != tok.i and not taken[t.i] for t in ent)

    def _country(self, doc: Doc, head: Token, start: int, token_ident: dict[int, str],
                 token_label: dict[int, str], domestic: bool = False,
                 trade_before: bool = False, owner_is_other: bool = False,
                 speaks: bool = False, body: bool = False, lent: list[Token] | None = None,
                 delegates: bool = False, town: bool = False, local: bool = False,
                 owners: dict[int, str | None] | None = None, fights: bool = False) -> str | bool | None:
        """The ISO3 code of the country describing the noun; None if none; False if a non-place actor does. A
        domestic institution (government, police, courts, parliament) is also the one of the place it is "in"
        ("the regime in Kabul", "police in Soweto"); troops "in" a country are often another's. A common noun
        before a `trade_before` noun names its trade ("oil refiners"), not another thing ("market forces"); the
        possessive of an `owner_is_other` noun names another party ("Peru's creditors"), not its country. A
        spokesman's (`speaks`) "for" names whom he speaks for ("a military spokesman for the UN force"). A group named
        by a state body's word (`body`) is also described by that word's own describing words; `lent`: words the
        parser hung on another head that describe the noun too (a ship's name's: "U.S." of "U.S. frigate Stark").
        State officials (`delegates`) "in" a city where international bodies meet (lexicon's `meeting_seats`:
        "ministers in Geneva") take no country from it: they are mostly other states' delegates there. A force a town
        has of its own (`town`: the police) takes the country of a name no actor holds, tagged an organisation,
        before it or after "in" from the gazetteer's city of that name ("Police in Lyon"), else none of its own
        ("a Forest Hill police sergeant": the story's): a town's name, no organisation's. People who live where they
        are, and firms and workers based where they are (`local`: "residents in Tianjin", "villagers in Kerala",
        "protesters in Lyon", "exporters in Taiwan") take the country of a place they are "in" too; another word
        after "in" ("people in need", "activists in the party") gives nothing, a word before them still comes first
        ("Iranian protesters in London": Iran's), and "foreign" or "migrant" ones (`not_local_words`) take none from it.
        A group of another group found before it (`owners`: each word of an agent already found -> its country, or the
        country's actor id) takes that group's country from the possessive ("French farmers' unions": France's).
        Rebels (`fights`) "anti-" a state's capital ("anti-Baghdad guerrillas") are that state's rebels: its
        government is whom they fight at home (a state's name or demonym there, "anti-Soviet rebels", gives none: they
        may fight its troops abroad).
        The second of two joined nouns with no word of its own is described by a state's word before the first
        ("Canadian officials and businessmen": Canada's businessmen).
        Notes in `_regional` whether the country is that of a province or a federal state the noun is of."""
        self._regional = False
        describing = [c for c in head.children if c.dep_ in _DESCRIBING and not start <= c.i <= head.i
                      and not (owner_is_other and c.dep_ == "poss")] + (lent or [])
        if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.i < head.i and not any(
                c.dep_ in _DESCRIBING or c.dep_ == "prep" for c in head.children):
            # "Canadian officials and businessmen": a state's word before the first of two joined nouns describes the
            # second too, where the second has no word of its own
            describing += [c for c in head.head.children if c.dep_ in ("amod", "compound") and c.i < head.head.i
                           and self._state_of(c, token_ident) is not None]
        # for a group named by a state body's word, the words describing that word too: a state's name ("U.S.
        # Government officials"), a person's whose state it is ("Reagan administration officials"), a common noun
        # that names another thing ("a securities house official": a firm's, no legislature's)
        of_body = [c for t in doc[start:head.i] for c in t.children
                   if body and c.dep_ in _DESCRIBING and not start <= c.i <= head.i]
        if head.lower_ in self.executive_heads:  # "the Reagan administration", "the Thatcher government": the
            of_body += [c for c in head.children if c.dep_ in ("compound", "poss") and c.i < start]  # person's state
        for tok in of_body:
            if (state := self._person_state(tok, token_ident, token_label)) is not None:
                return state
        describing += [t for t in of_body if token_label.get(t.i) != "PERSON" or t.i in token_ident]
        describing += [o for c in head.children
                       if c.dep_ == "prep" and (c.lower_ in _OF or (domestic and c.lower_ == "in")
                                                or (speaks and c.lower_ == "for"))
                       for o in c.children if o.dep_ == "pobj"
                       and not (delegates and c.lower_ == "in" and o.lower_ in self.meeting_seats)]
        if local and not any(c.lower_ in self.not_local_words for c in head.children):
            describing += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                           for o in c.children if o.dep_ == "pobj" and self._state_of(o, token_ident)]
        for tok in doc[max(2, head.i - 4):head.i] if fights else ():
            if doc[tok.i - 1].text != "-" or doc[tok.i - 2].lower_ != "anti" or not tok.text[:1].isupper():
                continue
            # the state whose capital the word names on the story's date (the recogniser may leave it untagged)
            state = capital_on(self.d, tok.text, None, doc._.published)
            if state is not None:
                return self.d.entities[state].country  # "anti-Baghdad Kurdish guerrillas": Iraq's
        country = None
        for tok in describing:
            if tok.i > 0 and (doc[tok.i - 1].lower_.rstrip("-") in _AGAINST or (
                    tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _AGAINST)):
                continue  # "anti-Libyan", "pro-Soviet": for or against that country, not its own
            ident = token_ident.get(tok.i)
            if ident is None and tok.dep_ == "poss" and owners and tok.i in owners:
                owner = owners[tok.i]
                country = country or (self.d.entities[owner].country if owner in self.d.entities else owner)
                continue
            if ident is None:
                if tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN") and tok.i not in token_label:
                    if (trade_before and tok.pos_ == "NOUN") or (tok in of_body and tok.lower_ in self.portfolio_words):
                        continue  # "steel producers"; "finance ministry officials": the ministry's portfolio
                    return False  # "market forces", "tax authorities": another thing than the agent
                if town and token_label.get(tok.i) in ("ORG", "FAC") and tok.pos_ == "PROPN":
                    name = entity_at(tok)
                    place = gazetteer().choose(name.text if name is not None else tok.text, set())
                    country = country or (place.country if place is not None else None)
                    continue
                if token_label.get(tok.i) in ("PERSON", "ORG", "FAC"):
                    return False
                continue
            if ident in self._place_country:
                self._regional = self._regional or (not country and ident.startswith(_REGIONS))
                country = country or self._place_country[ident]
                continue
            entity = self.d.entities.get(ident)
            if entity is None or entity.type not in ("GPE", "LOC"):
                return False
            country = country or entity.country
        if speaks and not country and any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
            return False  # "a military spokesman for the UN force": he speaks for a body that is no state's
        return country

    def _of_region(self, head: Token, start: int, token_ident: dict[int, str], token_label: dict[int, str],
                   local: bool = False) -> bool:
        """Whether a region of several states describes the noun ("Europe's farmers", "Latin America's workers",
        "farmers of the Middle East"; for people who live where they are, `local`, also "villagers in the Sahel"):
        a name tagged a landmass or region (LOC) that gives no country, or a place the dictionary holds without one.
        Such a group is no one state's, so it takes no story's country."""
        words = [c for c in head.children if c.dep_ in _DESCRIBING and not start <= c.i <= head.i]
        words += [o for c in head.children if c.dep_ == "prep" and (c.lower_ in _OF or (local and c.lower_ == "in"))
                  for o in c.children if o.dep_ == "pobj"]
        for tok in words:
            ident = token_ident.get(tok.i)
            if ident is None:
                if token_label.get(tok.i) == "LOC":
                    return True
                continue
            entity = self.d.entities.get(ident)
            if ident not in self._place_country and entity is not None and entity.type == "LOC" \
                    and not entity.country:
                return True
        return False

    def _person_state(self, tok: Token, token_ident: dict[int, str], token_label: dict[int, str]) -> str | None:
        """The state of a person named before a state body's word ("Reagan administration"): the resolved person's,
        else, for a name the tagger found and nothing resolved yet, the one state of the dictionary's people of that
        family name; None where it gives none or several."""
        entity = self.d.entities.get(token_ident.get(tok.i, ""))
        if entity is not None:
            return entity.country if entity.type == "PERSON" else None
        if token_label.get(tok.i) != "PERSON":
            return None
        states = {e.country for i in self.d.name_parts.get(tok.lower_, ()) if (e := self.d.entities.get(i)) is not None}
        return states.pop() if len(states) == 1 else None

    def _state_of(self, tok: Token, token_ident: dict[int, str]) -> str | None:
        """The country of a word that names a state, a place or a people (a name, a capital, a demonym)."""
        ident = token_ident.get(tok.i)
        if ident is None:
            return None
        if ident in self._place_country:
            return self._place_country[ident]
        entity = self.d.entities.get(ident)
        return entity.country if entity is not None and entity.type in ("GPE", "LOC") else None

    def _fighting_at_home(self, head: Token, home: str | None, token_ident: dict[int, str]) -> str | None:
        """The dateline's state (`home`) for a force no word describes but "government" (rebels, government troops:
        `__call__` reads only those, in a story with a dateline) whose sentence tells where
        they are or act only by places of that state: every word naming a state or place in it is the object of a
        preposition ("in northern Haiti", "north of San Salvador", "the province of X") and of `home` ("SAN SALVADOR -
        guerrillas attacked a base north of the capital ... government soldiers were killed"). None where the
        sentence names another state by any word ("Canadian", "a U.S. adviser", "Iraqi troops hit Iran's town": the
        force may be the other's), or no place."""
        if home is None:
            return None
        places = [t for t in head.sent if (country := self._state_of(t, token_ident)) is not None]
        if not places or any(self._state_of(t, token_ident) != home for t in places):
            return None
        return home if all(t.dep_ == "pobj" or (t.dep_ == "compound" and t.head.dep_ == "pobj") for t in places) \
            else None

    def _teller_s_state(self, head: Token, start: int, token_ident: dict[int, str], capital: str | None) -> str | None:
        """The state of a force no word describes, the subject of a clause its own state's teller reports (lexicon's
        `teller_nouns` and `speech_verbs`: "Chad's military high command said troops killed 1,200 Libyan soldiers",
        "a statement by Chad's embassy in Paris said government troops routed a column"): the state a possessive of
        the teller's noun names, else the one state its other describing words name, else, where the teller's words
        hold a military command's noun (`command_nouns`), the state of the dateline's capital ("BAGHDAD - A high
        command communique said warplanes hit Iran's oil terminal"). None where the clause's object names that state
        (the force acted on it: "Iran's command said warplanes hit Tehran"), or where no such teller reports it."""
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" \
                or verb.head.lemma_.lower() not in self.speech_verbs:
            return None
        tellers = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if len(tellers) != 1 or not (nouns := [t for t in tellers[0].subtree if t.lower_ in self.teller_nouns]):
            return None
        owners, described = set(), set()
        for noun in nouns:
            stack = [c for c in noun.children if c.dep_ in _DESCRIBING or c.dep_ == "prep" and c.lower_ in ("of", "by")]
            while stack:
                word = stack.pop()
                if (country := self._state_of(word, token_ident)) is not None:
                    (owners if word.dep_ == "poss" else described).add(country)
                stack += [c for c in word.children if c.dep_ in _DESCRIBING or c.dep_ == "pobj"]
        states = owners or described
        if len(states) > 1:
            return None
        words = {t.lower_ for t in tellers[0].subtree}
        state = states.pop() if states else (capital if words & self.command_nouns else None)
        acted_on = {c for o in verb.children if o.dep_ in ("dobj", "nsubjpass")
                    for t in o.subtree if (c := self._state_of(t, token_ident))}
        return None if state in acted_on else state

    def _cited_state(self, head: Token, start: int, token_ident: dict[int, str]) -> tuple[str | None, set[str]]:
        """The one state the spokesman's sentence cites as speaking: a state's name, capital or demonym on a noun of
        public speech outside his own words (lexicon's `speech_nouns`: "Baghdad war communiques made no mention of X,
        but a military spokesman threatened Y": Iraq's); None where it cites none, or two. Also the states the
        sentence names outside his words ("… threatened raids on Iranian towns": then the story's state is not his
        by default, the state he acts on may be the story's)."""
        nouns = self.speech_nouns
        states = set()
        named = {c for t in head.sent if not start <= t.i <= head.i and (c := self._state_of(t, token_ident))}
        for tok in head.sent:
            if tok.lower_ not in nouns or start <= tok.i <= head.i:
                continue
            stack = [c for c in tok.lefts if c.dep_ in _DESCRIBING]
            while stack:
                word = stack.pop()
                if (country := self._state_of(word, token_ident)) is not None:
                    states.add(country)
                stack += [c for c in word.lefts if c.dep_ in _DESCRIBING]
        return (states.pop() if len(states) == 1 else None), named

    def _region_describing(self, head: Token, token_ident: dict[int, str]) -> tuple[str, str] | None:
        """The region or bloc a word describing the noun names ("Western diplomats", "Arab ministers", "Gulf Arab
        officials", "Europe's bankers", "officials of Latin America"): its CAMEO code (lexicon's `region_codes`) and
        its words as written; None where no describing word, whole with its own describing words, is a region's
        name ("European Community officials", "West German officials": no region)."""
        words = [c for c in head.children if c.dep_ in _DESCRIBING and c.i < head.i]
        words += [o for c in head.children if c.dep_ == "prep" and c.lower_ in _OF
                  for o in c.children if o.dep_ == "pobj"]
        for tok in words:
            parts = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "case" and t.lower_ != "the"]
            if not parts or parts[-1].i != tok.i or not tok.text[:1].isalpha():
                continue
            text = " ".join(t.text for t in parts)
            entity = self.d.entities.get(token_ident.get(tok.i, ""))
            if entity is not None and entity.country:
                continue
            if (code := self.region_names.get(text.lower())) is not None:
                return code, text
        return None

    def agent(self, start: int, end: int, entry: AgentEntry, country: str | None,
              region: tuple[str, str] | None = None) -> AgentSpan:
        """The agent `entry` names of `country` (the state itself where the entry stands for it), over tokens
        start..end; a country-less agent where `country` is None: of a region or bloc where `region` (its CAMEO code
        and words) is given, "agent:---:<region>:<sector>", coded by the region ("WSTGOV" for "Western diplomats")
        and still of no state (its id begins "agent:---:", as every rule of no state reads it)."""
        if entry.as_country and country and country in self.d.countries:
            return AgentSpan(start, end, self.d.countries[country], None)
        code = country or UNKNOWN_COUNTRY
        ident = f"agent:{code}:{entry.sector}"
        if not country and region is not None:
            code, words = region
            ident = f"agent:{UNKNOWN_COUNTRY}:{code}:{entry.sector}"
            cameo = f"{entry.sector}{code}" if entry.before else f"{code}{entry.sector}"
            entity = Entity(id=ident, name=f"{words[:1].upper()}{words[1:]} {entry.name}", type=entry.type,
                            kind=entry.kind, country=None, cameo=cameo, known=True)
            return AgentSpan(start, end, ident, entity)
        cameo = f"{entry.sector}{code}" if entry.before else f"{code}{entry.sector}"
        if country:
            country_id = self.d.countries.get(country)
            # a territory by its own name: its demonym is often its state's ("Hong Kong police", not "Chinese")
            territory = country in self.d.lexicon.territories and country_id in self.d.entities
            adjective = (None if territory else self.d.demonym_of.get(country_id or "")) or (
                self.d.entities[country_id].name if country_id else country)
            name = f"{adjective} {entry.name}"
        else:
            name = f"{entry.name} (country unknown)"
        entity = Entity(id=ident, name=name, type=entry.type, kind=entry.kind, country=country,
                        cameo=cameo, known=True)
        return AgentSpan(start, end, ident, entity)
