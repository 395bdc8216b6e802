"""Within one Doc: dictionary matches, office descriptions and spaCy entities resolved to actor ids.

Order of work: office descriptions that name one holder on the article's date; dictionary names (longest
first; a converted person whose dated roles all miss the date only where the article names their country);
spaCy entities outside them (a person's name spelt another way found through fold()); generic agents ("Israeli
troops", agents.py); short forms ("Boluarte", "Mr Wang") joined to the most recent full name that contains them
(else the only such person in the article, or in the dictionary) and acronyms to the organisation they spell;
capitals read as governments when they act; unknown actors described by their neighbours. The country the article
is about (`_article_country`, when one clearly stands out) is given to what the text leaves without one: generic
agents, unknown organisations and people introduced by a government title alone (for whom, else, the first state
named before them, or the other state beside a counterpart: `_official_country`), never a person named without one.
A party name several countries' parties share is read by the article's countries (`_parties`); a lone family name
is a dictionary person only where written as a person's name (`_named_as_person`: not "In May", "Rice prices").
In an undated article an office description joins the holder the article itself names, if exactly one.
The story's dateline (doc._.dateline: "CAIRO") is the home of officials and state bodies introduced by a title alone
when no country stands out (`_dateline_country`), and of the organisations and generic agents of a one-country wire
story (`_single_country`; not of its organisations when it tells of an issue on the dateline city's bond market,
`_issue_on_market`: the borrowers are mostly foreign); an official listed beside known people of one state is that
state's (`_listed_with`); a title only one state has ("Chancellor of the Exchequer X") is that state's; a firm between
the wire's angle brackets ("<Acme Co>") is one name; a person tagged "(D-Okla.)" after the name is a US legislator.
What any mention of an unknown actor says counts for all its mentions (`_described_at`); a firm named again by the
start of its name, "the Fund" after the one organisation that noun heads, and a wire's ticker after a company
("[BTOM.MI]") are that actor; a firm's country may come from the place it is based in, its ticker's exchange or its
legal form (the one country of the form, or the dateline's when the firm leads the story), and a presumed country its
form rules out is none. A name written with one letter more than the one person in office on the date ("Schultz" in
1987) is that person.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER, ORTH, POS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from dossier.actors.agents import AgentFinder
from dossier.actors.codes import STATE_SECTORS, for_kind
from dossier.actors.dictionary import CURATED, PHOENIX, Dictionary, capital_on, fold, slug
from dossier.actors.fragments import is_fragment, is_time_name
from dossier.actors.gazetteer import BIG_CITY, Place, gazetteer
from dossier.actors.gazetteer import key as place_key
from dossier.actors.matcher import DEMONYM, NAME, OFFICE, ActorMatcher, Match
from dossier.actors.unknown import group_key
from dossier.model import Entity, Mention, Role
from dossier.nlp.extensions import doc_text

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_LABEL_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
                "NORP": "group"}
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
_DESCRIBING_DEPS = frozenset({"amod", "compound", "poss", "appos", "nmod"})
_APOSTROPHES = str.maketrans({"’": "'"})
_OF = frozenset({"of", "from"})
_NAME_POS = frozenset({PROPN, NOUN})
_HOME_KINDS = frozenset({"government", "company", "party", "organisation"})  # organisations with a home country
_LINKS = frozenset({"of", "the", "and", "for", "de", "del", "la", "&"})  # words an acronym skips
# A member of the US Congress tagged with party and state after the name: "X (D-Okla.)", "X, R-Texas,".
_CONGRESS_TAG = re.compile(r"\s*[(,]\s*([DRI])\s*[-–]\s*([A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*)?)\s*[),]")
_CONGRESS_PARTIES = {"D": "Democratic", "R": "Republican", "I": "independent"}
_TAG_TOKENS = 12  # a congressional tag fits in this many tokens: ", D-New Hampshire," or "(R-Texas)"
_DESCRIBING_DEPTH = 4  # how far a name's description is read: "the [Israeli] Foreign Ministry's director-general"


# A name written with one letter more than a dictionary person's ("Schultz" for Shultz) is theirs only from this
# length on (a family name alone; a whole name): shorter names differ by a letter too often.
_MISSPELT_PART, _MISSPELT_NAME = 6, 10

_TITLE_WORDS = 6  # the most words of an office's title read before a name
_FEW_FORM_COUNTRIES = 3  # a legal form of at most so many countries is read by the one of them a story names
_BRACKETED_WORDS = 8  # the most words a firm's name between angle brackets has
_TICKER = re.compile(r"^[A-Z][A-Z0-9&]{0,6}(\.[A-Z]{1,2})?$")
_OPENING, _CLOSING = frozenset("<[("), frozenset(">])")
# What the stage learns of one Doc and its rules read (Resolver.doc_state, for names a later stage finds)
_DOC_STATE = ("_date", "_unknown", "_agents", "_places", "_dominant", "_home", "_capital", "_states", "_place_tokens",
              "_named_state_countries", "_single", "_market", "_described", "_presumed", "story_country")


def _full_name(span: Span) -> bool:
    """A person's name written in full: two words or more, each a capitalised word of letters or an initial ("Jane
    Roe", "John M. Smith Jr."), no figure ("Revs 49.0 mln") or lone word ("Easter")."""
    words = [t for t in span if t.text not in (".", ",", "'s")]
    return len(words) >= 2 and all(t.text[:1].isupper() and t.text.replace(".", "").replace("-", "").isalpha()
                                   for t in words)


def _letters(tok: Token) -> str:
    """A token's text without its full stops: "U.N." and "UN" are one acronym."""
    return tok.text.replace(".", "")


def _words(name: str) -> set[str]:
    return {group_key(w, False) for w in slug(name).split("-") if w and w not in _LINKS}


def _elided(word: str) -> str:
    """A word without the elided article or preposition it begins with ("d'Electricite", "l'Oreal"): the letters an
    acronym spells it by."""
    head, mark, rest = word.partition("'") if "'" in word else word.partition("’")
    return rest if mark and len(head) == 1 and head.isalpha() and head.islower() and rest else word


def _same_words(name: str, other: str) -> bool:
    """Whether two names of a body share at least half of their words, linking words aside and variant spellings
    folded ("Organiaation of Petroleum Exporting Countries" and "Organization of the Petroleum Exporting Countries")."""
    mine, theirs = _words(name), _words(other)
    return bool(mine and theirs) and 2 * len(mine & theirs) >= max(len(mine), len(theirs))


def _head_word(name: str) -> str:
    """The noun a name's short form keeps: "fund" of "International Monetary Fund", "federation" of "Federation of
    Economic Organizations"."""
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


@dataclass
class Found:
    """A resolved stretch of tokens."""

    start: int
    end: int
    ident: str
    label: str | None = None  # spaCy label, for actors not in the dictionary
    country: str | None = None  # of a place named inside an unknown organisation's name


class Resolver:
    """Resolves one Doc; build once per pipeline, call per Doc."""

    def __init__(self, dictionary: Dictionary, matcher: ActorMatcher):
        self.d = dictionary
        self.matcher = matcher
        self.gov_preps = frozenset(dictionary.lexicon.government_prepositions)
        self.gov_noun_preps = frozenset(dictionary.lexicon.government_noun_prepositions)
        self.act_nouns = frozenset(dictionary.lexicon.act_nouns)
        self.party_member_nouns = frozenset(dictionary.lexicon.party_member_nouns)
        self._party_first_words: dict[tuple[str, str], set[str]] | None = None
        self.personal = frozenset(dictionary.lexicon.personal_titles)
        self.media_before = frozenset(dictionary.lexicon.media_nouns_before)
        self.media_after = frozenset(dictionary.lexicon.media_nouns_after)
        self.not_current = frozenset(w.lower() for w in dictionary.lexicon.not_current)
        self.noun_kinds = {n.lower(): k for k, nouns in dictionary.lexicon.kind_nouns.items() for n in nouns}
        self.agents = AgentFinder(dictionary)
        self.leader_titles = frozenset(t.lower() for t in dictionary.lexicon.leader_titles)
        self._dominant: str | None = None  # per Doc: the country the article is about
        self._home: str | None = None  # per Doc: the country of the story's dateline
        self._capital: str | None = None  # per Doc: the state whose capital the dateline names (_dateline_capital)
        self._states: list[tuple[int, str]] = []  # per Doc: the states it names, first named first
        self._named_state_countries: set[str] = set()  # per Doc: countries named by a state's name or demonym
        self._place_tokens: set[int] = set()  # per Doc: tokens resolved to places
        self.destination_titles = frozenset(t.lower() for t in dictionary.lexicon.destination_titles)
        self.legal_forms = frozenset(f.lower() for f in dictionary.lexicon.legal_forms)
        self.legal_forms_written_out = frozenset(f.lower() for f in dictionary.lexicon.legal_forms_written_out)
        self._forms = self.legal_forms | self.legal_forms_written_out  # "Co" and "Company" alike
        self.not_actor_words = frozenset(w.lower() for w in dictionary.lexicon.not_actor_words)
        self.international_words = frozenset(w.lower() for w in dictionary.lexicon.international_words)
        self.any_body_titles = frozenset(w.lower() for w in dictionary.lexicon.titles_of_any_body)
        self.firm_titles = frozenset(w.lower() for w in dictionary.lexicon.firm_titles)
        self.companion_verbs = frozenset(w.lower() for w in dictionary.lexicon.companion_verbs)
        self.nationality_nouns = frozenset(w.lower().split()[-1] for w in dictionary.lexicon.nationality_nouns)
        self.speech_verbs = frozenset(w.lower() for w in dictionary.lexicon.speech_verbs)
        self.region_words = frozenset(w.lower() for w in dictionary.lexicon.region_words)
        self.settlement_words = frozenset(w.lower() for w in dictionary.lexicon.settlement_words)
        self.place_office_titles = frozenset(w.lower() for w in dictionary.lexicon.place_office_titles)
        self.state_body_names = re.compile(r"\b(?:" + "|".join(
            re.escape(n.lower()) for n in dictionary.lexicon.state_body_names) + r")\b") \
            if dictionary.lexicon.state_body_names else None
        self.body_heads = frozenset(w.lower() for w in (*dictionary.lexicon.body_nouns,
                                                        *dictionary.lexicon.defined_body_heads))
        self._firm_stems: dict[str, set[str]] | None = None  # the dictionaries' firms by name without legal form
        self._firm_short_stems: dict[str, set[str]] = {}  # the same, a form written out kept ("intel corporation")
        self._party_words: dict[str, set[str]] | None = None  # country -> first words of its parties' names
        self._single = False  # per Doc: a one-country wire story (_single_country)
        self._market = False  # per Doc: an issue on the dateline's bond market (_issue_on_market)
        # per Doc: the country of a state's act the story tells without naming who did it ("were convicted"): the
        # country the article is about, else the dateline's in a one-country wire story; None otherwise
        self.story_country: str | None = None

    def __call__(self, doc: Doc) -> tuple[dict[str, Entity], list[Mention], dict[int, str]]:
        date = doc._.published
        self._unknown: dict[str, str] = {}
        self._defined_known: dict[int, tuple[int, str]] = {}  # end -> (start, id): a name known by its acronym
        # end -> (start, id, the name's ids): the acronym's entry, with the country the name's entry lacks
        self._defined_placed: dict[int, tuple[int, str, set[str]]] = {}
        self._agents: dict[str, Entity] = {}
        self._places: dict[str, Entity] = {}
        self._date = date
        matches = self.matcher(doc)
        defined = self._defined_acronyms(doc)  # "the Stock Exchange of Singapore (SES)": one body, two names
        if defined:
            matches = self._without_other_readings(doc, matches, defined)
        named_countries = {self.d.country_on(m.key, date) for m in matches if m.kind in (NAME, DEMONYM)
                           and not self._doubtful(m.key)} - {None}
        matches = [m for m in matches if not (m.kind == NAME and self._doubtful(m.key)
                                              and self.d.entities[m.key].country not in named_countries)]
        matches = [m for m in matches if not self._generic_word(doc, m) and not self._titled_out_of_office(doc, m)
                   and not self._bare_title(doc, m, matches)]
        matches = self._parties(doc, matches)
        taken = [False] * len(doc)
        found: list[Found] = []
        nested: list[Found] = []  # names inside an office description: mentioned, but the tokens name the holder

        def take(start: int, end: int, ident: str, label: str | None = None, country: str | None = None) -> None:
            found.append(Found(start, end, ident, label, country))
            for i in range(start, end):
                taken[i] = True

        person_starts = {m.start for m in matches if m.kind == NAME and self._is_person(m.key)}
        ents = self._bracketed(doc, doc.ents)  # a new tuple of Spans at each reading; "<Acme Corp>" a firm's name
        ents = self._whole_names(doc, ents)
        ents = self._destination_and_holder(doc, ents, matches)
        ents = self._without_titles(doc, ents)
        ents = self._joined_firm_names(doc, ents, matches)
        if defined:
            ents = self._with_defined(doc, ents, defined)
        person_starts |= {e.start for e in ents if e.label_ == "PERSON"}
        undated: list[Match] = []  # descriptions of an office in an undated article: the text may name the holder
        for m in sorted((m for m in matches if m.kind == OFFICE), key=lambda m: -m.length):
            if not self._describes_holder(doc, m, person_starts):
                continue
            holder = self.d.holder(m.key, date)
            if holder and not any(taken[m.start:m.end]):
                take(self._determiner_start(doc, m.start), m.end, holder)
            elif not date:
                undated.append(m)
        offices = list(found)
        organisations = [e for e in ents if e.label_ in ("ORG", "FAC")]
        inner_country: dict[tuple[int, int], str] = {}
        self._named_state_countries = {self.d.country_on(m.key, date) for m in matches if m.kind in (NAME, DEMONYM)
                                       and not self._borrowable(m.key)} - {None}
        for m in sorted((m for m in matches if m.kind in (NAME, DEMONYM)), key=lambda m: (-m.length, doc[m.start].lower_ == "the", m.start)):
            region = self._region_named(doc, m)  # "New Mexico", "Atlanta, Georgia": a place, not the country
            if (outer := self._inside_organisation(m, organisations, defined)) is not None:
                if self._borrowable(m.key) and (forms := self._form_countries(outer)) and \
                        self.d.entities[m.key].country not in forms:
                    continue  # "Piedmont Aviation Inc": no Italian firm writes "Inc"; "Rhone Poulenc S.A." stays French
                inner_country.setdefault((outer.start, outer.end),
                                         region[1].country if region else self.d.entities[m.key].country)
            elif region is not None:
                if not any(taken[region[0]:m.end]):
                    take(region[0], m.end, self._place_id(region[1]))
            elif self._inside_place(m, ents):
                continue  # "Jersey" of "New Jersey": the longer place name is read below
            elif self._end_of_another_body(doc, m, organisations, matches):
                continue  # "Bank of Japan" ending "the Export-Import Bank of Japan": the longer name is read below
            elif not any(taken[m.start:m.end]) and (elsewhere := self._borrowed_place(doc, m)) is not None:
                take(m.start, m.end, self._place_id(elsewhere))  # "Ithaca" in a story of the US: the US city
            elif not any(taken[m.start:m.end]):
                take(m.start, m.end, self._government_or_place(doc, m))
            elif m.kind == NAME and not self._is_person(m.key) and any(
                    o.start <= m.start and m.end <= o.end for o in offices) and not any(
                    n.start < m.end and m.start < n.end for n in nested):
                nested.append(Found(m.start, m.end, m.key))  # "commander of US Southern Command"
        countries = {self.d.entities[f.ident].country for f in found if f.ident in self.d.entities} - {None}
        # a place of one name in several countries is the one in the story's countries or its dateline's
        # ("VALENCIA" in a story told from Madrid: the Spanish city, not the larger Venezuelan one)
        countries |= {self._dateline_country(doc, countries)} - {None}
        for ent in ents:
            if ent.label_ in LABELS and not any(taken[ent.start:ent.end]):
                core = self._core(ent)
                agent = self.d.agents.get(tuple(t.lower_ for t in core)) if core is not None else None
                if agent is not None and not agent.needs_country and ent.label_ != "PERSON":
                    continue  # "Army", "the Police" tagged as a name: a generic agent, found below
                if core is not None and slug(core.text):
                    label = "PERSON" if doc[max(core.start - 1, 0)].text in self.personal else ent.label_
                    if label == "ORG" and self._titled_name(core):
                        label = "PERSON"  # "Jean Roe, Director General of the OECD,": a person beside their title
                    if label == "PERSON" and self._legal_form(core):
                        label = "ORG"  # "Montedison Spa", "B.F. Goodrich Co" tagged as people: firms by their form
                    if label == "PERSON" and self._outlet(doc, core):
                        label = "ORG"  # "the daily Izvestia", "the Kuna news agency": a news outlet, no person
                    if label == "PERSON" and core.text.lower() == self._dateline_place(doc):
                        label = "GPE"  # "Rotterdam's cargo sector" in a story datelined ROTTERDAM: the city, no person
                    place = self._place(doc, core, label, countries)
                    demonym = self._demonym(core.text) if label == "NORP" else None
                    if place is not None:
                        take(core.start, core.end, place)
                    elif demonym is not None:
                        take(core.start, core.end, demonym)  # "West german": a demonym written in other case
                    elif label == "PERSON" and (person := self._spelled(core.text, named_countries)):
                        take(core.start, core.end, person)  # "Weizsaecker" for the dictionary's "Weizsacker"
                    else:
                        take(core.start, core.end, "", label, inner_country.get((ent.start, ent.end)))
        for ent in ents:  # a title before a person's name names that person: no generic agent, no name of its own
            if ent.label_ == "PERSON" and (phrase := self._title_phrase(doc, ent.start)) is not None:
                for i in range(phrase[0], phrase[1] + 1):
                    taken[i] = True
        for f in found:
            known = self._defined_known.get(f.end)
            if not f.ident and known is not None and f.start <= known[0]:
                f.ident = known[1]
        self._dominant = self._article_country([f for f in found if f.ident])
        self._states = self._named_states([f for f in found if f.ident])
        self._home = self._dateline_country(doc)
        self._capital = self._dateline_capital(doc)
        self._single = self._single_country([f for f in found if f.ident])
        self._market = self._issue_on_market(doc)
        self.story_country = self._dominant or (self._home if self._single else None)
        for agent in self.agents(doc, taken, {i: f.ident for f in found if f.ident for i in range(f.start, f.end)},
                                 {i: f.label for f in found if f.label for i in range(f.start, f.end)},
                                 self._dominant, {i: p.country for i, p in self._places.items() if p.country},
                                 self._home, self._single):
            leader = self._leader(doc[agent.start:agent.end], agent.entity)
            if leader:
                found.append(Found(agent.start, agent.end, leader))
                continue
            found.append(Found(agent.start, agent.end, agent.ident))
            if agent.entity is not None:
                self._agents[agent.ident] = agent.entity
        for f in found:
            if f.label == "NORP" and not f.ident and (party := self._party_adjective(doc, f)) is not None:
                f.ident = party  # "the Democratic candidate" in a story about the United States
        # A short form outside any entity: "Boluarte" tagged as a common noun.
        if len(doc):
            for i, (alpha, title, pos) in enumerate(doc.to_array([IS_ALPHA, IS_TITLE, POS]).tolist()):
                if alpha and title and pos in _NAME_POS and not taken[i]:
                    take(i, i + 1, "", None)
            # "WEDGE" after "WEDGE Group Inc": a word in capitals the tagger left out, only where it begins the name
            # of an organisation found in the article (joined below, _join_company_short_forms)
            firsts = {doc[f.start].lower_ for f in found if f.end - f.start > 1
                      and (f.label == "ORG" or (f.ident and not self._is_person(f.ident)))}
            for i, (alpha, upper) in enumerate(doc.to_array([IS_ALPHA, IS_UPPER]).tolist()):
                if alpha and upper and not taken[i] and len(doc[i]) > 1 and doc[i].lower_ in firsts:
                    take(i, i + 1, "", None)
        found.sort(key=lambda f: f.start)
        self._join_short_forms(doc, found)
        self._join_acronyms(doc, found)
        self._join_heads(doc, found)
        self._join_company_short_forms(doc, found)
        if defined:
            self._join_defined(doc, found, defined)
        found = self._tickers(doc, found)
        if undated:
            found = self._named_holders(doc, undated, matches, found, nested, person_starts)
        return self._output(doc, [f for f in found if f.ident and not self._fragment(doc, f)], nested, date)

    def _outlet(self, doc: Doc, span: Span) -> bool:
        """Whether a name is a news outlet's by the media noun right before it ("the daily X", "the weekly X") or
        right after it ("X news agency", "X newspaper"): `media_nouns_before` / `media_nouns_after` in the lexicon."""
        text, last = doc_text(doc), len(doc)
        before = {_text_of(doc, text, max(span.start - n, 0), span.start).lower() for n in (1, 2)}
        after = {_text_of(doc, text, span.end, min(span.end + n, last)).lower() for n in (1, 2)}
        return bool(before & self.media_before or after & self.media_after)

    def _fragment(self, doc: Doc, f: Found) -> bool:
        """A piece of a name taken for an actor, never one: an unknown actor whose own name is one or two letters
        ("D", "Co"), only the legal forms ending a company's name ("Inc and Co") or written without a capital
        ("cts"; actors/fragments.py); a mention of one letter of any actor; one unknown word compounded into a state
        official's title ("Finance" of "Finance Minister X"; not an acronym: "UAW vice president X"); a holiday's or
        a month's name tagged as anything but a person ("Diwali", "May"; not "Ramadan" of "Tariq Ramadan"). A fragment
        joined to a fuller name ("GM" after "General Motors") is a mention of that actor."""
        name = _text_of(doc, doc_text(doc), f.start, f.end)
        if sum(c.isalpha() for c in name) <= 1:
            return True
        if not f.ident.startswith("unk:"):
            return False
        tok = doc[f.start]
        acronym = tok.is_upper and len(tok) > 1
        if f.end - f.start == 1 and tok.dep_ == "compound" and tok.head.i > tok.i and not acronym:
            title = self.d.agents.get((tok.lower_, tok.head.lower_)) or self.d.agents.get((tok.head.lower_,))
            if title is not None and (title.sector or "")[:3] in STATE_SECTORS:
                return True  # "Defence" of "Defence Secretary X", "Finance" of "Finance Minister X": a portfolio
        if not f.ident.startswith("unk:PERSON:") and is_time_name(name):
            return True  # "ahead of Diwali" tagged a place, "the usual May start": a time, not an actor
        key = f.ident.split(":", 2)[2]
        return is_fragment(name if slug(name) == key else key.replace("-", " ").title(), self.legal_forms,
                           self.not_actor_words)

    def _generic_word(self, doc: Doc, m: Match) -> bool:
        """A converted dictionary's one-word name that is a common noun for a kind of body ("Organization", an alias
        of Tanzim): the word of a longer name ("International Coffee Organization"), not that actor."""
        return (m.kind == NAME and m.length == 1 and self.d.rank.get(m.key) == PHOENIX
                and doc[m.start].lower_ in self.noun_kinds)

    def _bare_title(self, doc: Doc, m: Match, matches: list[Match]) -> bool:
        """A converted dictionary's office named by a bare title, without a country's word ("Secretary of State", an
        alias of the US one), that stands before a person's name or its portfolio ("Secretary of State for Trade X"):
        the title of that person, of whatever country, not the office."""
        entity = self.d.entities.get(m.key)
        if m.kind != NAME or entity is None or self._is_person(m.key) or self.d.rank.get(m.key) != PHOENIX \
                or entity.kind != "government" or m.end >= len(doc):
            return False
        if doc[m.end].lower_ != "for" and doc[m.end].ent_type_ != "PERSON":
            return False
        return not any(o is not m and m.start <= o.start and o.end <= m.end and (o.kind == DEMONYM or (
            o.kind == NAME and (inner := self.d.entities.get(o.key)) is not None and inner.type == "GPE"))
            for o in matches)

    def _titled_out_of_office(self, doc: Doc, m: Match) -> bool:
        """A dictionary name that carries a title ("Prime Minister Sharif", Phoenix's alias of Nawaz Sharif) names a
        person with dated roles only while they hold an office or nobody else of that family name does: on another date
        the title and family name are read apart (the prime minister Sharif of 2023 is Shehbaz; "President Carter" in a
        story of 1987 is still Jimmy Carter)."""
        if m.kind != NAME or not self._date or not self._is_person(m.key) or not self.d.tenures.get(m.key):
            return False
        text = doc[m.start:m.end].text
        if not any(text.lower().startswith(t + " ") for t in self.leader_titles) or self._in_office(m.key) \
                or text.lower() == self.d.entities[m.key].name.lower():
            return False
        family = text.split()[-1]
        others = self.d.name_parts.get(family, set()) | self.d.name_parts.get(fold(family), set())
        return any(self._in_office(i) for i in others - {m.key})  # "President Carter" in 1987: still Jimmy Carter

    def _is_party(self, ident: str) -> bool:
        entity = self.d.entities.get(ident)
        return entity is not None and entity.kind == "party"

    def _parties(self, doc: Doc, matches: list[Match]) -> list[Match]:
        """Party names read in the article's context. A name several countries' parties share ("Labour", "the
        Social Democrats") is the party of the country the article's other names give most often; when they give
        none of those countries (or two as often), the name is left to be an actor of its own, without a party's
        country. A one-word party name followed by another capitalised word is part of a longer name ("Labour
        Ministry", "Likud Street")."""
        if not any(m.kind == NAME and self._is_party(m.key) for m in matches):
            return matches
        counts = Counter(self.d.country_on(m.key, self._date) for m in matches
                         if m.kind in (NAME, DEMONYM) and not self._is_party(m.key))
        counts.pop(None, None)
        out = []
        for m in matches:
            if m.kind != NAME or not self._is_party(m.key):
                out.append(m)
                continue
            if m.length == 1 and m.end < len(doc) and doc[m.end].is_title and doc[m.end].pos in _NAME_POS:
                continue
            parties = {i for i in self.d.folded.get(doc[m.start:m.end].text.lower(), ()) if self._is_party(i)}
            if not counts.get(self.d.country_on(m.key, self._date)) and self._inside_longer_name(doc, m):
                continue  # "Democratic Alliance" of "the Liberal-Social Democratic Alliance" in a story about Britain
            if len(parties) > 1:
                scored = sorted(((counts.get(self.d.country_on(i, self._date), 0), i) for i in parties), reverse=True)
                if scored[0][0] == 0 or scored[0][0] == scored[1][0]:
                    continue
                m = Match(m.start, m.end, NAME, scored[0][1])
            out.append(m)
        return out

    def _party_adjective(self, doc: Doc, f: Found) -> str | None:
        """The party a capitalised word the tagger read as a people's adjective stands for before a noun of a party's
        member or candidate ("the Democratic candidate", "a Republican senator", "the Democratic governor's order",
        "the Democratic presidential hopeful": `party_member_nouns` in the lexicon): of the parties whose name
        begins with the word, the one of the country the article is about; None where the article is about no
        one country, where none or several of its parties begin so, or before another noun ("Democratic reforms")."""
        if f.end - f.start != 1 or self.story_country is None:
            return None
        after = f.end
        while after < len(doc) and doc[after].pos_ == "ADJ":
            after += 1
        if after >= len(doc) or doc[after].pos_ != "NOUN" or (
                doc[after].lemma_.lower() not in self.party_member_nouns
                and doc[after].lower_ not in self.party_member_nouns):
            return None
        if self._party_first_words is None:
            self._party_first_words = {}
            for ident, _ in self.d.entities.named("party"):
                entity = self.d.entities[ident]
                if entity.country and entity.name.split():
                    self._party_first_words.setdefault((entity.country, entity.name.split()[0].lower()),
                                                       set()).add(ident)
        parties = self._party_first_words.get((self.story_country, doc[f.start].lower_), set())
        return next(iter(parties)) if len(parties) == 1 else None

    @staticmethod
    def _inside_longer_name(doc: Doc, m: Match) -> bool:
        """Whether a match is only the end of a longer name: a capitalised word (not the sentence's first) or a hyphen
        before it."""
        before = doc[m.start - 1] if m.start else None
        return before is not None and (before.text == "-" or (before.is_title and not before.is_sent_start))

    def _article_country(self, found: list[Found]) -> str | None:
        """The country the article is about: the one its resolved names (states, capitals, places, demonyms,
        known people and organisations) give most often, when it is given at least twice, and twice as often as any
        other; None when no country stands out so."""
        counts: dict[str, int] = {}
        for f in found:
            place = self._places.get(f.ident)
            country = self.d.country_on(f.ident, self._date) if place is None else place.country
            if country:
                counts[country] = counts.get(country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1]) + [("", 0)]
        top, count = ranked[0]
        return top if count >= 2 and count >= 2 * ranked[1][1] else None

    def _named_states(self, found: list[Found]) -> list[tuple[int, str]]:
        """(first token, country) of the states the article names (by name, demonym or a capital that acts), each
        country once, in the order it first names them."""
        states = set(self.d.countries.values()) | set(self.d.periods)
        out: dict[str, int] = {}
        for f in sorted(found, key=lambda f: f.start):
            country = self.d.country_on(f.ident, self._date) if f.ident in states else None
            if country:
                out.setdefault(country, f.start)
        return [(start, country) for country, start in out.items()]

    def _official_country(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The country of an official introduced by a government title alone. When their sentence names a known
        person of another country, a counterpart ("signed by Secretary of State Shultz and Foreign Minister X"), the
        one state the article names other than the counterparts' (else none); otherwise the country the article is
        about if one stands out, else the country of the story's dateline (a wire names an official of another
        country with a demonym: "WASHINGTON - Agriculture Secretary X" is American in a story that names the Soviet
        Union first), else the first state it names before them ("Japan has decided ..., Defence Minister X said",
        with the United States named as often). Checked by hand on the officials of Reuters-21578 stories 1-1,000
        (docs/evaluation.md): the dateline right for 18 of 19 where it alone speaks."""
        if companion := self._companion_country(span, token_actor):
            return companion
        if host := self._envoy_host(span, token_actor):
            return host
        sentence = span.sent if span.doc.has_annotation("SENT_START") else span
        counterparts = {self.d.country_on(i, self._date) for t in sentence if (i := token_actor.get(t.i))
                        and not span.start <= t.i < span.end and self._is_person(i)} - {None}
        if counterparts:
            others = [country for _, country in self._states if country not in counterparts]
            colleagues = self._listed_with(span, token_actor)
            if len(set(colleagues.values())) == 1 and (len(colleagues) >= 2 or not others):
                return next(iter(colleagues.values()))
            return others[0] if len(others) == 1 else None
        return self._speaks_for(span, token_actor) or self._dominant or self._home or next(
            (country for start, country in self._states if start < span.start), None)

    def _speaks_for(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The state an official introduced by a title alone reports the act of: the subject, a state named by its
        name, of the clause the official's speech verb reports ("Chile will sell Peru copper, Mining Minister X said";
        "Mining Minister X said Chile would sell Peru copper": Chilean), before the country the article is most about
        (which may be the other party, named more often); None when the official speaks no such clause."""
        tok = span.root
        if tok.dep_ == "appos" and (phrase := self._title_phrase(span.doc, span.start)) is not None \
                and phrase[0] <= tok.head.i < span.start:
            tok = tok.head  # "Mines, Power and Steel Minister X said ...", parsed with the title as the subject
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in self.speech_verbs:
            return None
        states = set(self.d.countries.values()) | set(self.d.periods)
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            for subject in clause.children:
                if subject.dep_ in ("nsubj", "nsubjpass") and (ident := token_actor.get(subject.i)) in states:
                    return self.d.country_on(ident, self._date)
        return None

    def _envoy_host(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The state an envoy is sent to, for an official introduced by a title alone whom that envoy meets: the
        other party of the clause whose subject or object is an envoy whose title says where they are sent ("Indian
        Ambassador to Nepal X met Prime Minister Y", "Prime Minister Y received the Chinese ambassador to Nepal"): Y
        is the host's official, not the sender's (`destination_titles` in the lexicon; the state or a place of it
        named right after "to"). None where no envoy "to" a state is the official's co-argument of one verb ("the
        Indian ambassador to Nepal said Defence Minister Y would visit": Y's country is not the envoy's host)."""
        doc = span.doc
        verb = _clause_verb(span.root)
        if verb is None:
            return None
        states = set(self.d.countries.values()) | set(self.d.periods)
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        for tok in sentence:
            if tok.lower_ not in self.destination_titles or span.start <= tok.i < span.end \
                    or tok.i + 2 >= sentence.end or doc[tok.i + 1].lower_ != "to":
                continue
            at = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
            ident = token_actor.get(at) if at < sentence.end else None
            if ident in states:
                host = self.d.country_on(ident, self._date)
            elif ident in self._places:
                host = self._places[ident].country
            else:
                continue
            if host and (other := _clause_verb(tok)) is not None and other.i == verb.i:
                return host
        return None

    def _companion_country(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The country of the person an official goes with ("Pereira, accompanied by central bank governor X,"; "the
        minister flew to Rome, accompanied by X and Y": `companion_verbs` in the lexicon): a member of that person's own
        party, of their state; None when that person has no country or the name is no such companion."""
        tok = span.root
        while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "by" or tok.head.head.lemma_.lower() not in self.companion_verbs:
            return None
        verb = tok.head.head
        if verb.dep_ == "acl":  # "Pereira, accompanied by X,"
            lead = verb.head
        elif verb.dep_ in ("advcl", "conj"):  # "Pereira flew to Rome, accompanied by X"
            lead = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            return None
        ident = token_actor.get(lead.i) if lead is not None else None
        if ident is None or span.start <= lead.i < span.end:
            return None
        if ident in self.d.entities:
            return self.d.country_on(ident, self._date) if self._is_person(ident) else None
        other = getattr(self, "_described", {}).get(ident)
        return other.country if other is not None and other.type == "PERSON" else None

    def _listed_with(self, span: Span, token_actor: dict[int, str]) -> dict[str, str]:
        """The known people, with their countries, listed beside an official in one coordination ("Prime Minister
        Nakasone, Foreign Minister X and Finance Minister Miyazawa"): colleagues of one state, not counterparts, when
        they are all of one country and either two or more or the article names no other state (story 351 of
        Reuters-21578, docs/evaluation.md); "Secretary of State Shultz and Foreign Minister X" beside a second state
        stays a counterpart's."""
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.i == span.root.i and not any(t.dep_ == "conj" for t in first.children):
            return {}
        members, todo = [], [first]
        while todo:
            tok = todo.pop()
            members.append(tok)
            todo.extend(t for t in tok.children if t.dep_ == "conj")
        out = {}
        for tok in members:
            ident = token_actor.get(tok.i)
            if ident and not span.start <= tok.i < span.end and self._is_person(ident):
                country = self.d.country_on(ident, self._date)
                if country:
                    out[ident] = country
        return out

    def _single_country(self, found: list[Found]) -> bool:
        """Whether the story is a one-country wire story: it has a dateline whose country is the only state it names
        (if any), and it names no international body ("BRUSSELS - the Commission said" is the EC's)."""
        if self._home is None or any(country != self._home for _, country in self._states):
            return False
        return not any((e := self.d.entities.get(f.ident)) is not None and (
            e.kind == "igo" or (e.cameo or "").startswith("IGO")) for f in found)

    def _issue_on_market(self, doc: Doc) -> bool:
        """Whether the story tells of an issue on the bond market of its dateline's city ("ZURICH - X is launching a
        Swiss franc notes issue, lead manager Y said": `issue_markets` and `market_issue_words` in the lexicon); its
        borrowers are mostly foreign, so the dateline gives its organisations no country. Checked on Reuters-21578
        stories 1-1,000 (docs/evaluation.md)."""
        lexicon = self.d.lexicon
        place = (doc._.dateline or "").split(",")[0].strip().lower()
        if place not in lexicon.issue_markets:
            return False
        text = " ".join(doc.text.lower().split())
        return any(re.search(rf"\b{re.escape(word)}\b", text) for word in lexicon.market_issue_words)

    def _international(self, span: Span) -> bool:
        """A name that says its body is not one country's ("International Association of X", "World Coffee
        Council": `international_words` in the lexicon)."""
        return any(t.lower_ in self.international_words for t in span)

    def _dateline_country(self, doc: Doc, story_states: set[str] | None = None) -> str | None:
        """The country of the story's dateline ("BONN, March 3": West Germany in 1987): the state whose capital it
        names on the article's date, else the state it names ("KUWAIT"), else the country of the most populous place of
        that name, or of one in a state the story names where that is no city of a million (else of the one place of
        that name the dictionaries' places give: "BASLE"). `story_states`: the states the story names, read before
        the story's places (else self._states)."""
        place = (doc._.dateline or "").split(",")[0].split("/")[0].strip()  # "DALLAS/FORT WORTH": Dallas
        if not place:
            return None
        name = " ".join(w.capitalize() for w in place.split())
        state = capital_on(self.d, name, None, self._date)
        if state is not None:
            return self.d.entities[state].country
        states = set(self.d.countries.values()) | set(self.d.periods)
        named = sorted(self.d.folded.get(name.lower(), set()) & states)
        if len(named) == 1:
            return self.d.country_on(named[0], self._date)  # "KUWAIT", "BAHRAIN": a city-state named by its name
        story_states = {country for _, country in self._states} if story_states is None else story_states
        found = gazetteer().choose(name)
        if found is not None and found.population < BIG_CITY and story_states:
            # "SAN MATEO" in a story of the United States: the Californian city, not a larger one of the Philippines
            found = gazetteer().choose(name, story_states)
        if found is not None:
            return found.country
        places = {e.country for i in self.d.folded.get(name.lower(), ()) if (e := self.d.entities[i]).type == "GPE"
                  and e.kind == "place" and e.country}
        return places.pop() if len(places) == 1 else None  # a place of the dictionaries (places.yaml: "Basle")

    @staticmethod
    def _dateline_place(doc: Doc) -> str:
        """The place a story's dateline names, in lower case ("dallas" of "DALLAS/FORT WORTH"); "" without one."""
        return " ".join((doc._.dateline or "").split(",")[0].split("/")[0].lower().split())

    def _dateline_capital(self, doc: Doc) -> str | None:
        """The country whose capital the story's dateline names on the article's date ("WASHINGTON", "TOKYO"): a state
        body named without a state's word ("the Treasury", "the Finance Ministry") in a sentence that names no other
        state is that state's, whichever state the story is most about (a wire names a foreign ministry with its
        state: "Brazil's Finance Ministry"); None for a dateline that names no capital ("ZURICH", "NEW YORK")."""
        place = (doc._.dateline or "").split(",")[0].split("/")[0].strip()
        if not place:
            return None
        state = capital_on(self.d, " ".join(w.capitalize() for w in place.split()), None, self._date)
        return self.d.entities[state].country if state is not None else None

    def _sentence_countries(self, span: Span, token_actor: dict[int, str]) -> set[str]:
        """The countries of the states, places and state agents the sentence of a span names outside it ("Brazil",
        "Brasilia", "Brazilian officials")."""
        states = set(self.d.countries.values()) | set(self.d.periods)
        sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
        out = set()
        for tok in sentence:
            ident = token_actor.get(tok.i)
            if ident is None or span.start <= tok.i < span.end:
                continue
            if ident in states:
                out.add(self.d.country_on(ident, self._date))
            elif ident in self._places:
                out.add(self._places[ident].country)
            elif ident.startswith("agent:") and ident.split(":")[1] != "---":
                out.add(ident.split(":")[1])
        return out - {None}

    def _doubtful(self, ident: str) -> bool:
        """An actor of the converted dictionaries whose dated roles all lie outside the article's date: a name may
        mean them only when the article names their country too ("Michael Smith", an Irish minister of the 2000s,
        is not the US trade official of a 1987 story). Most are people; some the converted files list among bodies
        ("Subroto", OPEC's secretary-general from 1988, is Indonesia's energy minister in a story of 1987)."""
        return (self._date is not None and self.d.rank.get(ident) == PHOENIX
                and bool(self.d.tenures.get(ident)) and self.d.role_on(ident, self._date) is None)

    def _spelled(self, text: str, countries: set[str]) -> str | None:
        """The dictionary person a name spelt another way means (umlauts written out or dropped, accents), or written
        without its last family name (`first_family`: only when it names one person and nobody's whole name), as
        dated names are chosen; None when nobody, or only doubtful people whose country the article does not
        name."""
        ids = {i for i in self.d.spelled.get(fold(text), ()) if not self._doubtful(i)
               or self.d.entities[i].country in countries}
        shortened = self.d.first_family.get(fold(text), set()) if fold(text) not in self.d.spelled else set()
        if not ids and len(shortened) == 1:
            # "Alvaro Uribe": the one person of two family names whose given name and first family name these are
            ids = {i for i in shortened if not self._doubtful(i) or self.d.entities[i].country in countries}
        if not ids:
            ids = self._misspelled(fold(text), self.d.spelled, _MISSPELT_NAME)  # "George Schultz": George Shultz
        return self.d.choose(ids, self._date) if ids else None

    def _misspelled(self, name: str, index: dict[str, set[str]], shortest: int) -> set[str]:
        """The one person in office on the article's date whose name, as fold() writes it, is `name` less one letter
        (the wire's "Schultz" for Shultz); none for a short name, or when no one or several are."""
        if not self._date or len(name) < shortest:
            return set()
        found = {i for n in range(len(name)) if name[n].isalpha()
                 for i in index.get(name[:n] + name[n + 1:], ()) if self._in_office(i)}
        return found if len(found) == 1 else set()

    def _leader(self, span: Span, agent: Entity | None) -> str | None:
        """'the Japanese prime minister': the one head of that country on the article's date; among a president
        and a prime minister, the one whose dictionary names carry the title ("Chancellor Kohl")."""
        title = span.text.lower()
        if agent is None or not agent.country or title not in self.leader_titles or not self._date:
            return None
        heads = self.d.heads(agent.country, self._date)
        if len(heads) > 1:
            titled = {h for h in heads if any(a.lower().startswith(title + " ") for a in self.d.entities[h].aliases)}
            heads = titled or self._head_by_list(heads, title)
        return heads.pop() if len(heads) == 1 else None

    def _head_by_list(self, heads: set[str], title: str) -> set[str]:
        """Of a head of state and a head of government (two heads from two of CountryInfo's lists), the one a title
        names: the later list's for "prime minister", the earlier list's for "president"."""
        lists = sorted((self.d.head_list.get(h), h) for h in heads)
        if len(lists) != 2 or None in (lists[0][0], lists[1][0]) or lists[0][0] == lists[1][0]:
            return set()
        if title in self.d.lexicon.government_head_titles:
            return {lists[1][1]}
        return {lists[0][1]} if title in self.d.lexicon.state_head_titles else set()

    # -- places -----------------------------------------------------------------------------------------

    def _place(self, doc: Doc, span: Span, label: str, countries: set[str]) -> str | None:
        """A place name the gazetteer knows: the city or region the article means (one in its countries, else the
        most populous), or the government of a capital that acts; a name of any tag after "the city of"
        (`settlement_words` in the lexicon), or after the title of a place's official and "of" ("the mayor of X":
        `place_office_titles`), is a place's."""
        called = span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
            doc[span.start - 2].lower_ in self.settlement_words or doc[span.start - 2].lower_ in self.place_office_titles
            or doc[max(span.start - 3, 0):span.start - 1].text.lower() in self.place_office_titles)
        if label not in ("GPE", "LOC") and not called and not (label == "ORG" and span.text in self.d.capital_names):
            return None  # a capital tagged as an organisation ("Colombo says") is still the capital
        place = gazetteer().choose(span.text, countries)
        if place is None or (label == "LOC" and place.kind == "region" and place.country not in countries):
            return None  # "the Gulf" tagged a landform is no province of a country the article never names
        government = self._capital_government(doc, span, self._place_entity(place))
        return government or self._place_id(place)

    @staticmethod
    def _place_entity(place: Place) -> Entity:
        return Entity(id=place.ident, name=place.name, type="GPE", kind="place", country=place.country,
                      lat=place.lat, lon=place.lon, known=True)

    def _place_id(self, place: Place) -> str:
        self._places[place.ident] = self._place_entity(place)
        return place.ident

    def _region_named(self, doc: Doc, m: Match) -> tuple[int, Place] | None:
        """(start, gazetteer place) where a state's name is a place of another state: the end of a longer place name
        ("New Mexico", "New South Wales", "Northern Ireland"), or a region of another country set after a city of that
        country between commas ("Atlanta, Georgia": the US state, in a 1987 story no part of the Soviet Union) or
        before a word of its parties ("the Georgia Democrat"); else None."""
        entity = self.d.entities.get(m.key)
        if m.kind != NAME or entity is None or not (entity.kind == "government" or (
                entity.kind == "place" and getattr(gazetteer().choose(entity.name), "kind", "region") == "region")):
            return None  # a state's or a country's name ("Wales"); a city's is left: "New London Oil Ltd of London"
        for start in (m.start - 2, m.start - 1):
            if start < 0 or not all(t.is_alpha and t.is_title for t in doc[start:m.start]):
                continue
            place = gazetteer().choose(doc[start:m.end].text)
            if place is not None and place_key(place.name) == place_key(doc[start:m.end].text):
                return start, place
        states = {entity.country, self.d.country_on(m.key, self._date)}
        regions = [p for p in gazetteer().lookup(doc[m.start:m.end].text)
                   if p.kind == "region" and p.country not in states]
        if not regions:
            return None
        before = [e for e in doc.ents if e.end == m.start - 1 and e.label_ == "GPE"]
        if before and doc[m.start - 1].text == ",":
            city = gazetteer().choose(before[0].text)
            if city is not None and city.kind == "city":
                return next(((m.start, p) for p in regions if p.country == city.country), None)
        if m.end < len(doc) and doc[m.end].is_title:  # "the Georgia Democrat", "a Georgia Republican"
            word = doc[m.end].lower_.removesuffix("s")
            return next(((m.start, p) for p in regions if word in self._parties_words(p.country)), None)
        return None

    def _parties_words(self, country: str) -> set[str]:
        """The first words of the names of a country's parties and their members, without a plural's s ("democrat",
        "democratic", "republican", "house"), from the parties' names and aliases in the dictionary."""
        if self._party_words is None:
            self._party_words = {}
            parties = {ident for ident, _ in self.d.entities.named("party")}
            for name, ids in self.d.names.items():
                for ident in ids & parties:
                    if (state := self.d.entities[ident].country) and name.split():
                        self._party_words.setdefault(state, set()).add(name.split()[0].lower().removesuffix("s"))
        return self._party_words.get(country, set())

    # -- offices and capitals ---------------------------------------------------------------------------

    def _is_person(self, ident: str) -> bool:
        entity = self.d.entities.get(ident)
        return entity is not None and entity.type == "PERSON"

    def _inside_organisation(self, m: Match, organisations: list[Span],
                             defined: list[tuple[Span, str]] = ()) -> Span | None:
        """The tagged organisation a place name is only part of: "Peking University", "Lima Chamber of Commerce";
        or a name an acronym in brackets defines, even where the place ends it ("Stock Exchange of Singapore")."""
        entity = self.d.entities.get(m.key)
        if entity is None or entity.type not in ("GPE", "LOC"):
            return None
        for name, _ in defined:
            if name.start <= m.start and m.end <= name.end and len(name) > m.length:
                return name
        for ent in organisations:
            if ent.start <= m.start and m.end <= ent.end and ent.end - ent.start > m.length and (
                    ent.end != m.end or self._state_body(ent.text)):
                return ent  # "the Export-Import Bank of India": the state's body, not the state that ends its name
        return None

    def _end_of_another_body(self, doc: Doc, m: Match, organisations: list[Span], matches: list[Match]) -> bool:
        """Whether a body the dictionary knows by a body's noun and a place ("Bank of Japan", "Bank of China") is only
        the end of another body's longer tagged name: capitalised words (or a hyphen) that no dictionary name reads
        stand before it ("the Export-Import Bank of Japan", "the Industrial Bank of Japan" are not the Bank of Japan);
        not where those words name a state or anything else the dictionary knows ("the West German Bundesbank"), nor
        for a body named otherwise ("Bell Textron" is Textron's)."""
        entity = self.d.entities.get(m.key)
        if m.kind != NAME or entity is None or entity.type != "ORG" or m.length < 3:
            return False
        first, second = doc[m.start].lower_, doc[m.start + 1].lower_
        if second != "of" or self.noun_kinds.get(first, "person") == "person":
            return False
        for ent in organisations:
            if ent.start < m.start and ent.end == m.end:
                start = ent.start + (doc[ent.start].lower_ == "the")
                words = doc[start:m.start]
                return bool(len(words)) and all(t.is_title or t.is_upper or t.text in ("-", "&") for t in words) \
                    and any(t.is_alpha for t in words) \
                    and not any(o.start < m.start and o.end > start for o in matches if o is not m)
        return False

    def _state_body(self, name: str) -> bool:
        """Whether an organisation's name holds words of a state's body (`state_body_names` in the lexicon: an
        export-import or development bank)."""
        return self.state_body_names is not None and self.state_body_names.search(
            " ".join(name.lower().replace(" - ", "-").split())) is not None

    def _inside_place(self, m: Match, ents) -> bool:
        """Whether a country's name is only the end of a longer place name the gazetteer knows ("New Jersey", "New
        Mexico")."""
        if m.kind != NAME or self.d.entities[m.key].kind != "government":
            return False
        return any(e.label_ in ("GPE", "LOC") and e.start < m.start and m.end == e.end
                   and gazetteer().choose(e.text) is not None for e in ents)

    def _describes_holder(self, doc: Doc, m: Match, person_starts: set[int]) -> bool:
        """An office description stands for its holder unless a name follows it or a word makes it another time."""
        if m.end in person_starts or (m.end < len(doc) and doc[m.end].pos_ == "PROPN"):
            return False
        before = {t.lower_ for t in doc[max(0, m.start - 2): m.start]}
        return not before & self.not_current

    def _named_holders(self, doc: Doc, undated: list[Match], matches: list[Match], found: list[Found],
                       nested: list[Found], person_starts: set[int]) -> list[Found]:
        """Undated article: a description joins the one holder of that office the article itself names, either
        a dictionary holder named anywhere in it or the name written right after the title ("Peruvian
        President Dina Boluarte ... the Peruvian president")."""
        at = {f.start: f.ident for f in found if f.ident}
        named = set(at.values())
        for m in sorted(undated, key=lambda m: -m.length):
            holders = {h.entity for h in self.d.holders.get(m.key, [])} & named
            holders |= {at[o.end] for o in matches if o.kind == OFFICE and o.key == m.key and o.end in at
                        and o.end in person_starts and self._is_person_id(at[o.end])}
            if len(holders) != 1:
                continue
            start = self._determiner_start(doc, m.start)
            if any(f.start < m.end and start < f.end and not (start <= f.start and f.end <= m.end) for f in found):
                continue  # part of a longer name
            inside = [f for f in found if start <= f.start and f.end <= m.end]
            names = {(o.start, o.end, o.key) for o in matches if o.kind == NAME}
            nested.extend(f for f in inside if (f.start, f.end, f.ident) in names and not self._is_person(f.ident))
            found = [f for f in found if f not in inside]
            found.append(Found(start, m.end, holders.pop()))
        return sorted(found, key=lambda f: f.start)

    def _is_person_id(self, ident: str) -> bool:
        return self._is_person(ident) or ident.startswith("unk:PERSON:")

    def _determiner_start(self, doc: Doc, start: int) -> int:
        """Widen an office description over 'the' and its adjectives: 'the visiting Peruvian leader'."""
        i = start
        while i > 0 and doc[i - 1].dep_ == "amod" and doc[i - 1].head.i >= start:
            i -= 1
        return i - 1 if i > 0 and doc[i - 1].lower_ == "the" else start

    def _government_or_place(self, doc: Doc, m: Match) -> str:
        if m.kind != NAME:
            return m.key
        return self._capital_government(doc, doc[m.start:m.end], self.d.entities[m.key]) or m.key

    def _capital_government(self, doc: Doc, span: Span, place: Entity) -> str | None:
        """The state a capital stands for when the sentence makes it act ("Moscow said": the Soviet Union in
        1987, Russia in 2000); None when it is the place."""
        if place.type not in ("GPE", "LOC") or not doc.has_annotation("DEP") or not self._acts(span.root):
            return None
        return capital_on(self.d, place.name, place.country, doc._.published) or (
            capital_on(self.d, span.text, place.country, doc._.published))

    def _acts(self, tok: Token) -> bool:
        """True when a place name stands for its government: it acts, owns, or is a party to relations."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in _AGENT_DEPS:
            return True
        if tok.dep_ == "pobj":
            prep = tok.head
            if prep.head.dep_ == "agent" or prep.dep_ == "agent":
                return True
            return prep.lower_ in self.gov_preps or (
                prep.lower_ in self.gov_noun_preps and prep.head.pos_ in ("NOUN", "PROPN")) or self._act_from(prep)
        return False

    def _act_from(self, prep: Token) -> bool:
        """A "from" the parser hung on the verb that belongs to the verb's object, a noun of an act (`act_nouns` in the
        lexicon) written right before it: "drew protests from Beijing", "won sharp criticism from Moscow"."""
        verb = prep.head
        return prep.lower_ == "from" and verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and c.i < prep.i and (c.lemma_.lower() in self.act_nouns or c.lower_ in self.act_nouns)
            and c.right_edge.i == prep.i - 1 for c in verb.children)

    # -- short forms ------------------------------------------------------------------------------------

    def _bracketed(self, doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """The wire's names of firms in angle brackets ("<Acme Chemical Co> said", "with <Acme SA>."): the words
        between the brackets are one organisation's name, in place of the entities the tagger cut across the brackets
        or left out ("Acme SA>"). One word in capitals ("<ACME.MI>", "<UK>") is a ticker symbol, read by _tickers."""
        orth = doc.to_array(ORTH).tolist()
        opening, closing = doc.vocab.strings["<"], doc.vocab.strings[">"]
        if opening not in orth:
            return ents
        names: list[Span] = []
        for i, word in enumerate(orth):
            if word != opening:
                continue
            end = next((j for j in range(i + 1, min(i + 2 + _BRACKETED_WORDS, len(doc))) if orth[j] == closing), None)
            if end is None or end == i + 1:
                continue
            inner = doc[i + 1:end]
            if len(inner) == 1 and not any(c.islower() for c in inner.text):
                continue  # a ticker symbol
            if inner[0].is_title or inner[0].is_upper:
                if all(t.is_title or t.is_upper or t.is_digit or t.is_punct or t.lower_ in _LINKS for t in inner):
                    names.append(Span(doc, inner.start, inner.end, label="ORG"))
        if not names:
            return ents
        kept = [e for e in ents if not any(e.start < n.end + 1 and n.start - 1 < e.end for n in names)]
        return tuple(sorted(kept + names, key=lambda e: e.start))

    def _defined_acronyms(self, doc: Doc) -> list[tuple[Span, str]]:
        """The names of bodies a story defines by an acronym in brackets right after them ("the Stock Exchange of
        Singapore (SES)", "Monetary Authority of Singapore (MAS)"): capitalised words whose initials, linking words
        aside, spell the acronym, and whose head is a noun of a body (`kind_nouns` other than a person's,
        `body_nouns`, `defined_body_heads` in the lexicon) or which the tagger tagged an organisation; "Gross National
        Product (GNP)" is none. Each with its acronym; the acronym means that body throughout the story."""
        out: list[tuple[Span, str]] = []
        orth = doc.to_array(ORTH).tolist()  # the words as hashes: no Token made for each word
        opening, closing = doc.vocab.strings["("], doc.vocab.strings[")"]
        for i in range(2, len(doc) - 1):
            if orth[i - 1] != opening or orth[i + 1] != closing:
                continue
            acronym = _letters(doc[i])
            if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
                continue
            ends = [i - 2]  # the word the spelling ends at: a firm's legal forms ending its name, written either
            while ends[-1] > 0 and doc[ends[-1]].lower_.strip(".") in self._forms:  # way, may spell no letter
                ends.append(ends[-1] - 1)  # ("British Petroleum Co (BP)", "British Petroleum Company PLC (BP)")
            for end in reversed(ends):  # all forms left out first; then fewer ("Ford Motor Co (FMC)")
                letters, start, j = list(acronym), None, end
                while j >= 0 and letters:
                    tok = doc[j]
                    if tok.lower_ in _LINKS and start is not None:
                        j -= 1
                        continue
                    if tok.text == "." and start is not None and j and not doc[j - 1].whitespace_:
                        j -= 1  # the full stop of a shortened word ("Cie. Generale de Geophysique (CGG)")
                        continue
                    word = _elided(tok.text)  # "d'Electricite" spells E
                    if not (word.isalpha() and word[:1].isupper()) or word[0] != letters[-1]:
                        break
                    letters.pop()
                    start, j = j, j - 1
                if not letters:
                    break
            if letters or start is None or i - 1 - start < 2:
                continue
            # the tagger's longer name ending where the defined one does is the name ("Reuter Monitor and Composite
            # Information Service (CIS)", "New South Wales Corporate Affairs Commission (CAC)")
            start = min([start] + [e.start + (doc[e.start].lower_ == "the") for e in doc.ents
                                   if e.label_ in ("ORG", "FAC") and e.start < start and e.end == i - 1])
            name = doc[start:i - 1]
            head = _head_word(name.text)
            if (self.noun_kinds.get(head, "person") != "person" or head in self.body_heads
                    or any(t.ent_type_ == "ORG" for t in name)):
                out.append((name, acronym))
        return out

    def _without_other_readings(self, doc: Doc, matches: list[Match], defined: list[tuple[Span, str]]) -> list[Match]:
        """The dictionaries' readings of an acronym the story defines as another body's are dropped ("MAS" after
        "Monetary Authority of Singapore (MAS)" is not Bolivia's party); those of the body named in full are kept."""
        drop: dict[str, set[str]] = {}
        for name, acronym in defined:
            full = {m.key for m in matches if m.kind == NAME and m.start == name.start and m.end == name.end}
            readings = {m.key for m in matches if m.kind == NAME and m.length == 1 and m.key not in full
                        and _letters(doc[m.start]) == acronym}
            # the acronym's reading is the body named, spelt another way ("Organisation of African Unity (OAU)",
            # a misspelt word): most of the words of its name are the defined name's
            spelt = {i for i in readings if any(_same_words(name.text, n) for n in
                                                (self.d.entities[i].name, *self.d.entities[i].aliases))}
            if len(spelt) == 1:
                self._defined_known[name.end] = (name.start, next(iter(spelt)))
            elif not spelt and len((placed := self._placed_reading(doc, matches, name, readings))[1]) == 1:
                spelt = placed[1]  # "British Petroleum Co (BP)": the name's entry has no country, the acronym's has
                self._defined_placed[name.end] = (name.start, next(iter(spelt)), placed[0])
            drop.setdefault(acronym, set()).update(readings - spelt)
        return [m for m in matches if not (m.kind == NAME and m.length == 1 and m.key in
                                           drop.get(_letters(doc[m.start]), ()))]

    def _placed_reading(self, doc: Doc, matches: list[Match], name: Span,
                        readings: set[str]) -> tuple[set[str], set[str]]:
        """The readings of a defined acronym that are the named body's own entry with its country, where the
        dictionaries hold the one firm twice, by its name without a country and by its acronym with one ("British
        Petroleum Co (BP)": "British Petroleum" MNC, "BP" MNCGBR): the name (a legal form ending it aside) has
        entries, none with a country, all of one kind and sector; the acronym's reading is of that kind, has a
        country, and its code is that sector's with the country added. None where the name's entry has a country.
        The name's entries and those readings."""
        tail = name.end
        while tail - 1 > name.start and doc[tail - 1].lower_.strip(".") in self._forms:
            tail -= 1  # "Co" of "British Petroleum Co"
        keys = {m.key for m in matches if m.kind == NAME and m.start == name.start and tail <= m.end <= name.end}
        named = [self.d.entities[k] for k in keys]
        if not named or any(e.country for e in named) or len({(e.kind, e.cameo) for e in named}) != 1:
            return keys, set()
        kind, code = named[0].kind, named[0].cameo or ""
        return keys, {r for r in readings if (e := self.d.entities[r]).country and e.kind == kind
                      and (e.cameo or "").startswith(code) and e.country in (e.cameo or "")}

    def _with_defined(self, doc: Doc, ents: tuple[Span, ...], defined: list[tuple[Span, str]]) -> tuple[Span, ...]:
        """The entities with each defined name as one organisation and each use of its acronym as one, in place of
        what the tagger made of those words ("Singapore" alone, "SESDAQ" tagged a person)."""
        spans = [name for name, _ in defined]
        acronyms = {acronym for _, acronym in defined}
        for tok in doc:
            if _letters(tok) in acronyms and not any(n.start <= tok.i < n.end for n in spans) and not any(
                    e.start <= tok.i < e.end and len(e) > 1 for e in ents):
                spans.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
        spans = [Span(doc, s.start, s.end, label="ORG") for s in spans]
        kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        return tuple(sorted(kept + spans, key=lambda e: e.start))

    def _without_titles(self, doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """The entities without the words of a title written before a person's name (`_title_phrase`), which the tagger
        may take for a firm or a body ("Peruvian Energy" of "Peruvian Energy and Mines Minister X"): a title is no
        actor; the country word before it is read on its own."""
        phrases = [(p[0] - 1 if p[0] and self._country_word(doc[p[0] - 1].text) else p[0], p[1])
                   for e in ents if e.label_ == "PERSON" and (p := self._title_phrase(doc, e.start)) is not None]
        if not phrases:
            return ents
        kept = tuple(e for e in ents if e.label_ in ("PERSON", "GPE", "NORP")
                     or not any(first <= e.start and e.end <= title + 1 for first, title in phrases))
        return kept if len(kept) < len(ents) else ents

    def _titled_name(self, span: Span) -> bool:
        """A person's name the tagger took for an organisation, told by the title set beside it between commas ("Jean-
        Paul Roe, Director General of the OECD, said", "Ann Roe, chairman of Acme Inc,"): two to four capitalised
        words (a hyphen may join two), none a legal form or a kind's noun ("Acme Widgets, the maker of ..."), right
        before a comma and an apposition whose head is a state's title or a firm's officer's (`firm_titles`)."""
        doc = span.doc
        words = [t for t in span if t.text != "-"]
        if not doc.has_annotation("DEP") or not 2 <= len(words) <= 4 or span.end >= len(doc) \
                or doc[span.end].text != "," or not all(t.is_alpha and t.is_title for t in words) \
                or any(t.lower_.strip(".") in self.legal_forms or t.lower_ in self.noun_kinds for t in words):
            return False
        for title in span.root.children:
            if title.dep_ != "appos" or title.i <= span.end:
                continue
            before = doc[title.i - 1].lower_ if title.i > span.end + 1 else ""
            if self._title(title) is not None or title.lower_ in self.firm_titles \
                    or f"{before} {title.lower_}" in self.firm_titles:
                return True
        return False

    def _destination_and_holder(self, doc: Doc, ents: tuple[Span, ...], matches: list[Match]) -> tuple[Span, ...]:
        """A state's name and a person's name the tagger read as one entity after the title of someone sent and "to"
        ("the U.S. ambassador to the Ukraine Jane Roe", "Indian Ambassador to Nepal John Doe", tagged an organisation,
        a person or a work's title): the state the person is sent to, then the person, a name of two capitalised
        words or more (`destination_titles` in the lexicon). Not where no such title and "to" come right before, where
        fewer than two words follow the state's name ("the envoy to Chad Johnson" is left to the tagger), or where a
        word after it is not a capitalised proper noun or is a name the dictionary knows."""
        states = set(self.d.countries.values()) | set(self.d.periods)
        named = {(m.start, m.end) for m in matches if m.kind == NAME and not self._is_person(m.key)}
        out, changed = [], False
        for ent in ents:
            first = ent.start + (doc[ent.start].lower_ == "the")
            state = max((m for m in matches if m.start == first and m.end < ent.end and m.kind in (NAME, DEMONYM)
                         and m.key in states), key=lambda m: m.end, default=None)
            if (state is None or ent.start < 2 or doc[ent.start - 1].lower_ != "to"
                    or doc[ent.start - 2].lower_ not in self.destination_titles or ent.end - state.end < 2
                    or not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in doc[state.end:ent.end])
                    or any(state.end <= s and e <= ent.end for s, e in named)):
                out.append(ent)
                continue
            out += [Span(doc, ent.start, state.end, label="GPE"), Span(doc, state.end, ent.end, label="PERSON")]
            changed = True
        return tuple(out) if changed else ents

    def _whole_names(self, doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """A person's name the tagger cut short after a title ("Jaime" of "Finance Secretary Jaime Ongpin"): one word
        tagged a person right after an official's title, and the capitalised proper nouns right after it in the same
        sentence that no entity holds (at most two), are one name."""
        out, changed = [], False
        for n, ent in enumerate(ents):
            end = ent.end
            limit = ents[n + 1].start if n + 1 < len(ents) else len(doc)
            titled = len(ent) <= 2 and ent.start and self._title(doc[ent.start - 1]) is not None
            while (ent.label_ == "PERSON" and titled and end < min(limit, ent.start + 4) and doc[end].pos_ == "PROPN"
                   and doc[end].is_title and doc[end].is_alpha and doc[end].ent_iob_ == "O"
                   and not doc[end].is_sent_start):
                end += 1
            if end > ent.end:
                ent, changed = Span(doc, ent.start, end, label="PERSON"), True
            out.append(ent)
        return tuple(out) if changed else ents

    def _joined_firm_names(self, doc: Doc, ents: tuple[Span, ...], matches: list[Match]) -> tuple[Span, ...]:
        """A firm's name the tagger split at its "and" ("Acme Tire and Rubber Co" read as "Acme Tire" and "Rubber
        Co"): an entity of capitalised words right before "and"/"&" and an organisation ending in a legal form
        (`legal_forms` in the lexicon) right after it are one firm. Not where the first part is a name of its own: a
        place or people ("Japan and X Corp"), a name the dictionary knows, whole or as a known actor's short form
        ("Ford and X Corp"), or one
        ending in a legal form or a company's noun itself ("X Co and Y Corp", "X Group and Y Corp")."""
        known = {(m.start, m.end) for m in matches if m.kind in (NAME, DEMONYM)}
        out, changed, n = [], False, 0
        while n < len(ents):
            ent = ents[n]
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            if (nxt is not None and ent.label_ in ("ORG", "PERSON") and nxt.label_ == "ORG"
                    and nxt.start == ent.end + 1 and doc[ent.end].lower_ in ("and", "&")
                    and nxt[-1].lower_.strip(".") in self.legal_forms and len(nxt) > 1
                    and all(t.is_alpha and t.is_title for t in ent) and all(t.is_title for t in nxt[:-1])
                    and ent[-1].lower_ not in self.legal_forms and self.noun_kinds.get(ent[-1].lower_) != "company"
                    and (ent.start, ent.end) not in known
                    and not self._known_by_part(ent.text, ent.label_)
                    and not doc[ent.start:nxt.end].text.count("\n")):
                out.append(Span(doc, ent.start, nxt.end, label="ORG"))
                changed, n = True, n + 2
                continue
            out.append(ent)
            n += 1
        return tuple(out) if changed else ents

    def _bracket_neighbours(self, span: Span) -> list[Token]:
        """Words describing a firm named between angle brackets, which the parser hangs on the brackets: "<Acme Co> of
        the United States" (the "of" phrase of the closing bracket), "Spanish drugs company <Acme SA>" (the words
        describing the noun of a kind of body just before the opening one)."""
        doc = span.doc
        if not (span.start and span.end < len(doc) and doc[span.start - 1].text == "<" and doc[span.end].text == ">"):
            return []
        out = self._neighbours(doc[span.end:span.end + 1], self._place_tokens, strict=True)
        before = doc[span.start - 2] if span.start > 1 else None
        if before is not None and before.pos_ == "NOUN" and self.noun_kinds.get(before.lower_) not in (None, "person"):
            out += self._neighbours(doc[before.i:before.i + 1], self._place_tokens, strict=True)
        return out

    def _core(self, ent: Span) -> Span | None:
        """The name inside an entity: no leading 'the' or honorifics, no trailing possessive. A firm's full legal
        name keeps a first word that is also a title ("General Dynamics Corp", "Admiral Holdings plc")."""
        start, end = ent.start, ent.end
        doc = ent.doc
        firm = ent.label_ != "PERSON" and ent[-1].lower_.strip(".") in self.legal_forms
        while start < end and (doc[start].lower_ == "the" or doc[start].text in self.d.honorifics and not firm):
            start += 1
        while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
            end -= 1
        return doc[start:end] if end > start else None

    def _name_parts(self, span: Span) -> list[str]:
        return [t.text for t in span if t.is_alpha and t.text not in self.d.particles
                and t.text not in self.d.honorifics]

    def _join_short_forms(self, doc: Doc, found: list[Found]) -> None:
        """Give each short form the most recent person whose name contains it; else the only such person."""
        parts_of: dict[str, set[str]] = {}
        fuller: list[set[str]] = []  # the name parts of each person named so far
        for f in found:
            if f.ident and self._is_person(f.ident):
                names = [doc[f.start:f.end].text, self.d.entities[f.ident].name]
                for part in (p for name in names for p in name.split()):
                    parts_of.setdefault(part.strip(".,"), set()).add(f.ident)
                fuller.append({p.strip(".,") for name in names for p in name.split()})
            elif f.label == "PERSON" and len(parts := self._name_parts(doc[f.start:f.end])) >= 2:
                if any(set(parts) < name for name in fuller):
                    continue  # "Hernandez Grisanti" after "Arturo Hernandez Grisanti": a short form, joined below
                f.ident = self._unknown_id(doc[f.start:f.end], "PERSON")
                for part in parts:
                    parts_of.setdefault(part, set()).add(f.ident)
                fuller.append(set(parts))
        recent: dict[str, str] = {}
        for f in found:
            parts = self._name_parts(doc[f.start:f.end])
            if f.ident:
                if self._is_person(f.ident) or f.ident.startswith("unk:PERSON:"):
                    name = self.d.entities[f.ident].name.split() if f.ident in self.d.entities else []
                    recent.update({p: f.ident for p in parts + name})
                continue
            candidates = {recent.get(p) for p in parts}
            if parts and len(candidates) == 1 and None not in candidates:
                f.ident = candidates.pop()
                continue
            everyone = {i for p in parts for i in parts_of.get(p, ())}
            known = (self._known_by_part(parts[0], f.label) if len(parts) == 1 and self._named_as_person(doc, f)
                     else set())
            if parts and len(everyone) == 1 and all(p in parts_of for p in parts):
                f.ident = everyone.pop()
            elif len(known) == 1 and not (parts_of.get(parts[0], set()) - known):
                f.ident = next(iter(known))  # "Boluarte" alone: the only person of that name in the dictionary
            elif f.label:
                f.ident = self._unknown_id(doc[f.start:f.end], f.label)

    def _join_acronyms(self, doc: Doc, found: list[Found]) -> None:
        """An acronym no dictionary knows ("ANC") is the organisation of the article whose name's initials it
        spells ("African National Congress"), when exactly one does."""
        acronyms = []
        for f in found:
            if f.ident.startswith("unk:") and f.end - f.start == 1:
                text = _letters(doc[f.start])
                if 2 <= len(text) <= 6 and text.isupper() and text.isalpha():
                    acronyms.append((f, text))
        if not acronyms:
            return
        by_initials: dict[str, set[str]] = {}
        for f in found:
            entity = self.d.entities.get(f.ident)
            if entity is not None and entity.type == "ORG":
                names = [doc[f.start:f.end].text, entity.name]
            elif f.ident.startswith(("unk:ORG:", "unk:NAME:")):
                names = [doc[f.start:f.end].text]
            else:
                continue
            for name in names:
                for letters in self._initials(name):
                    by_initials.setdefault(letters, set()).add(f.ident)
        for f, text in acronyms:
            owners = by_initials.get(text, set()) - {f.ident}
            if len(owners) == 1:
                f.ident = owners.pop()

    def _initials(self, name: str) -> set[str]:
        """The acronyms a name's initials spell: its capitalised words' first letters, linking words aside, an elided
        article read past ("d'Electricite": E); a firm's also without the legal forms that end its name ("British
        Petroleum Co": BPC and BP). Only of two letters or more."""
        words = [_elided(w) for w in name.replace("&", " ").split()]
        letters = [w[0] for w in words if w[:1].isupper() and w.lower() not in _LINKS]
        out = {"".join(letters)}
        while len(words) > 1 and words[-1].lower().strip(".,") in self.legal_forms:
            words.pop()
            out.add("".join(w[0] for w in words if w[:1].isupper() and w.lower() not in _LINKS))
        return {a for a in out if len(a) >= 2}

    def _join_defined(self, doc: Doc, found: list[Found], defined: list[tuple[Span, str]]) -> None:
        """Each use of an acronym the story defines is the body it names, whatever else the acronym or its letters
        could mean ("SEN" is no family name there); where the acronym's entry is the name's with a country
        (`_placed_reading`), the name and each use of the acronym are that entry."""
        for name, acronym in defined:
            ident = next((f.ident for f in found if f.end == name.end and f.start <= name.start and f.ident), None)
            if (placed := self._defined_placed.get(name.end)) is not None and placed[0] == name.start:
                ident = placed[1]
                for f in found:  # the name in brackets' sentence and wherever else the story writes it
                    if f.ident in placed[2]:
                        f.ident = ident
            if ident is None:
                continue
            for f in found:
                if f.end - f.start == 1 and _letters(doc[f.start]) == acronym:
                    f.ident = ident

    def _join_heads(self, doc: Doc, found: list[Found]) -> None:
        """"the Fund", "the Community", "the Federation": a capitalised noun after "the" that no dictionary knows is the
        organisation named before it in the article whose name that noun heads ("International Monetary Fund",
        "European Community", "Federation of Economic Organizations"), when exactly one does; where none does, the
        one international body named before whose other name that noun heads ("the Commission" after the EC, one of
        whose names is "EC Commission")."""
        heads: dict[str, set[str]] = {}
        aliased: dict[str, set[str]] = {}  # by an international body's other names: only where no name has the noun
        for f in found:
            word = doc[f.start]
            if (f.end - f.start == 1 and (word.lower_ in heads or word.lower_ in aliased) and word.is_title and f.start
                    and doc[f.start - 1].lower_ == "the" and (not f.ident or f.ident.startswith("unk:"))):
                owners = (heads.get(word.lower_) or aliased[word.lower_]) - {f.ident}
                if len(owners) == 1:
                    f.ident = owners.pop()
                continue
            if f.ident:
                for name in self._organisation_names(doc, f):
                    heads.setdefault(_head_word(name), set()).add(f.ident)
                for name in self._international_aliases(f):
                    aliased.setdefault(_head_word(name), set()).add(f.ident)

    def _join_company_short_forms(self, doc: Doc, found: list[Found]) -> None:
        """"Kanemori" after "Kanemori Electric Co": a name no dictionary knows (or a person's out of office on the
        article's date: "Ford" after "Ford Motor Co" in 1987; a country's region the story names by no state's word:
        "Piedmont" after "Piedmont Aviation Inc", `_borrowed`) whose words begin the name of exactly one company named
        before it in the article (its name ending in a legal form or a word for a firm) is that company."""
        companies: list[tuple[tuple[str, ...], str]] = []
        known: list[tuple[tuple[str, ...], str]] = []  # the dictionaries' firms, of any name ("Ford Motor")
        for f in found:
            words = tuple(t.lower_ for t in doc[f.start:f.end] if t.is_alpha)
            if f.ident and (f.ident.startswith("unk:ORG:") or self._kind(f.ident) == "company") and len(words) > 1 \
                    and (self.noun_kinds.get(words[-1]) == "company" or words[-1] in self.legal_forms):
                companies.append((words, f.ident))
            elif f.ident and self._kind(f.ident) == "company" and len(words) > 1:
                known.append((words, f.ident))
            elif (words and (not f.ident or (f.ident.startswith("unk:") and not f.ident.startswith(("unk:PERSON:",
                                                                                                      "unk:NORP:")))
                             or self._lone_name(f) or self._former_holder(f) or self._borrowed(f.ident))
                  and doc[f.start].text[:1].isupper() and f.label != "NORP"):  # "BankAmerica", "WEDGE" too
                firms = companies + known if self._former_holder(f) else companies
                owners = {ident for name, ident in firms if len(name) > len(words) and name[:len(words)] == words}
                if len(owners) == 1:
                    f.ident = owners.pop()

    def _borrowable(self, ident: str) -> bool:
        """A place the converted dictionaries list among a country's other names (a province, island or landmark:
        "Piedmont", "Riviera", "Tyrol"; dictionary._country_aliases), the kind of name firms take for a brand."""
        return ident.startswith("place:") and self.d.rank.get(ident) == PHOENIX

    def _borrowed(self, ident: str) -> bool:
        """Such a place in a story that names its country by no state's name or demonym ("Piedmont" in a story of
        US airlines): it may be a firm's name that begins with it (_join_company_short_forms). Inside a firm's name
        such a place gives the firm its country unless the firm's legal form rules that country out ("Piedmont
        Aviation Inc", no Italian firm; "Rhone Poulenc S.A." French)."""
        return self._borrowable(ident) and self.d.entities[ident].country not in self._named_state_countries

    def _borrowed_place(self, doc: Doc, m: Match) -> Place | None:
        """The gazetteer's place of the same name in a state the story names, for such a place of another state
        that the story never names ("a village southwest of Ithaca" in a story of the United States: the city in New
        York, not the Greek island the converted dictionaries list among Greece's names); None where the story names
        the dictionary place's state, or names no state that has a place so called."""
        if not self._borrowed(m.key) or not self._named_state_countries:
            return None
        text = doc[m.start:m.end].text
        places = [p for p in gazetteer().lookup(text)
                  if p.country in self._named_state_countries and place_key(p.name) == place_key(text)]
        return max(places, key=lambda p: (p.kind == "city", p.population), default=None)

    def _former_holder(self, f: Found) -> bool:
        """A one-word name read as a dictionary person out of office on the article's date ("Ford" in 1987), which a
        firm named before it ("Ford Motor Co") may mean instead."""
        return f.end - f.start == 1 and self._is_person(f.ident) and not self._in_office(f.ident)

    @staticmethod
    def _lone_name(f: Found) -> bool:
        """A one-word name tagged a person that joined no fuller person's name ("Montedison" after "Montedison Spa")."""
        return f.end - f.start == 1 and f.ident.startswith("unk:PERSON:") and "-" not in f.ident.split(":", 2)[2]

    def _tickers(self, doc: Doc, found: list[Found]) -> list[Found]:
        """A wire's ticker symbol in brackets ("Benetton Group Spa [BTOM.MI]", "<DAIG.F> said") is the company written
        before it, else a company of its own; its exchange's suffix gives the company's country when nothing else
        does (`exchange_suffixes` in the lexicon; a suffix several countries' exchanges had, `shared_exchange_suffixes`,
        only for the story's dateline's country among them)."""
        at = {i: f for f in found for i in range(f.start, f.end)}
        out = list(found)
        # the words between brackets, found on the Doc's word ids (walking every Token is what this step cost)
        orth = doc.to_array(ORTH).tolist()
        opening = {doc.vocab.strings[c] for c in _OPENING}
        closing = {doc.vocab.strings[c] for c in _CLOSING}
        for i in range(1, len(doc) - 1):
            if orth[i - 1] not in opening or orth[i + 1] not in closing:
                continue
            tok = doc[i]
            if not _TICKER.match(tok.text):
                continue
            suffix = tok.text.rsplit(".", 1)[1] if "." in tok.text else ""
            country = self.d.lexicon.exchange_suffixes.get(suffix) or (
                self._home if self._home in self.d.lexicon.shared_exchange_suffixes.get(suffix, ()) else None)
            company, own = at.get(i - 2), at.get(i)
            if own is not None and own.ident and not own.ident.startswith("unk:"):
                continue  # "(IMF)": a name the dictionaries know
            if company is not None and company.ident.startswith("unk:ORG:"):
                company.country = company.country or country
                out = [f for f in out if f is not own]
                out.append(Found(i, i + 1, company.ident, company.label, company.country))
            elif company is None and (suffix or doc[i - 1].text == "<"):  # "(GNP)" is an abbreviation, no firm
                out = [f for f in out if f is not own]
                out.append(Found(i, i + 1, self._unknown_id(doc[i:i + 1], "ORG"), "ORG", country))
        return sorted(out, key=lambda f: f.start)

    def _kind(self, ident: str) -> str | None:
        entity = self.d.entities.get(ident)
        return entity.kind if entity is not None else None

    def _organisation_names(self, doc: Doc, f: Found) -> list[str]:
        """The names an organisation found in the article goes by there: its words and its dictionary name."""
        entity = self.d.entities.get(f.ident)
        if entity is not None and entity.type == "ORG":
            return [doc[f.start:f.end].text, entity.name]
        return [doc[f.start:f.end].text] if f.ident.startswith("unk:ORG:") and f.end - f.start > 1 else []

    def _international_aliases(self, f: Found) -> tuple[str, ...]:
        """An international body's other names in the dictionaries ("EC Commission" of the European Community)."""
        entity = self.d.entities.get(f.ident)
        return tuple(entity.aliases) if entity is not None and entity.kind == "igo" else ()

    def _named_as_person(self, doc: Doc, f: Found) -> bool:
        """Whether a lone family name the article gives in no fuller form is written as a person's name, so that the
        dictionary's only person of that name may be meant: after a title ("Mr", "Minister", "President"); tagged a
        person or another name, unless it only modifies a common noun other than a government or its people
        (tagged a person, only first in a sentence): "Rice prices rose", but "Trump administration officials"; a
        capitalised word the tagger left out only as the subject or possessor of its clause ("May said"). Never a
        word inside a date or a quantity ("In May")."""
        tok = doc[f.start]
        before = doc[f.start - 1] if f.start else None
        if before is not None and (before.text in self.personal or before.text in self.d.honorifics
                                   or self.d.agents.get((before.lower_,)) is not None):
            return True
        if tok.ent_type_ and tok.ent_type_ not in LABELS:
            return False
        if (tok.dep_ == "compound" and tok.head.is_lower and (f.label != "PERSON" or tok.is_sent_start)
                and self.noun_kinds.get(tok.head.lower_) != "government" and (tok.head.lower_,) not in self.d.agents):
            return False  # "Rice prices", but "the Reagan administration", "Kohl aides"
        return f.label is not None or tok.dep_ in _AGENT_DEPS

    def _known_by_part(self, part: str, label: str | None) -> set[str]:
        """The dictionary people a lone family name can mean: of the curated list (when tagged a person), the one of
        that name in office on the article's date (of any source: "Trudeau" in 1982 is Pierre, in 2018 Justin), else the
        only one whose first term does not come later; of the converted dictionaries, the only one holding an office on the article's date, or
        having left one ("Nakasone" in 1987; "Stoltenberg" in 1987 is nobody the dictionary knows as such)."""
        ids = self.d.name_parts.get(part, set()) | self.d.name_parts.get(fold(part), set())
        curated = {i for i in ids if self.d.rank.get(i, CURATED) >= CURATED and not self._not_yet(i)}
        if curated:
            if label != "PERSON":
                return set()
            in_office = {i for i in ids if self._date and self._in_office(i)}
            return (in_office & curated) or in_office or curated  # "Trudeau" in 1982 and in 2018
        if not self._date or label not in (None, "PERSON", "ORG", "GPE", "NORP"):
            return set()
        in_office = {i for i in ids if self._in_office(i)}
        if not ids and label == "PERSON":
            return self._misspelled(fold(part), self.d.name_parts, _MISSPELT_PART)  # "Schultz" for Shultz
        return in_office or {i for i in ids if self._left_office(i)}

    def _not_yet(self, ident: str) -> bool:
        """Whether every dated role of a person begins after the article's date ("Khan" in a 1987 story is not a
        prime minister of 2018)."""
        held = self.d.tenures.get(ident, [])
        return bool(self._date and held and all(h.start and h.start > self._date for h in held))

    def _in_office(self, ident: str) -> bool:
        held = self.d.role_on(ident, self._date)
        return held is not None and not held.cameo.endswith("ELI")

    def _left_office(self, ident: str) -> bool:
        held = self.d.role_on(ident, self._date)
        return held is not None and any(h.end and h.end <= self._date and not h.cameo.endswith("ELI")
                                        for h in self.d.tenures.get(ident, []))

    # -- names found after this stage ------------------------------------------------------------------------

    def doc_state(self) -> tuple:
        """What this stage learnt of the Doc it last resolved, for `unknown_name` to read the Doc again later."""
        return tuple(getattr(self, name, None) for name in _DOC_STATE)

    def unknown_name(self, state: tuple, span: Span, ident: str) -> Entity | str:
        """A name a later stage takes for an actor where this one found none (the events coder's "unk:NAME:..." of an
        untagged proper noun: "Swedish Match", "Chancellor"), read with this stage's rules on the Doc as resolved
        (`state`: `doc_state()` after it): the known person a title left unnamed belongs to ("Chancellor" of
        "Chancellor of the Exchequer X", "Assistant" of "X, U.S. Assistant trade representative") or the firm named
        before without its legal form ("Waste Management" after "Waste Management Inc"), as that actor's id;
        else the name as an unknown actor with a country from explicit words only: a state named in the name itself
        ("Swedish Match", "U.K. Suggestion"), its apposition or modifiers ("the Dutch port union, FNV"), a place it
        is based in, its legal form ("Acme Widget" before "Inc"); a state's title alone ("the Prime Minister") as an
        official introduced by a title alone (`_official_country`); otherwise never the country the article is
        about."""
        saved = self.doc_state()
        for name, value in zip(_DOC_STATE, state):
            setattr(self, name, value)
        try:
            token_actor = span.doc._.token_actor or {}
            holder = self._title_holder(span, token_actor) or self._firm_named_before(span, token_actor)
            if holder is not None:
                return holder
            label = ident.split(":")[1]
            inner = self._state_in_name(span, token_actor)
            doc = span.doc
            if label == "NAME" and span.end < len(doc) and doc[span.end].lower_.replace(".", "") in self.legal_forms:
                span, label = doc[span.start:span.end + 1], "ORG"  # "Acme Widget" of "Acme Widget Inc": a firm
            entity = self._describe(span, Found(span.start, span.end, ident, label, inner), token_actor, fallback=False)
            words = tuple(t.lower_ for t in span)
            title = self.d.agents.get(words) or self._title(span.root)
            if not entity.country and title is not None and (title.sector or "")[:3] in STATE_SECTORS and (
                    words in self.d.agents or all(t.lower_ in _LINKS or self._title(t) is not None for t in span)):
                # "the Prime Minister", "the Administration" alone: read as the stage reads an official introduced by
                # a title alone (_official_country)
                country = self._official_country(span, token_actor)
                entity = entity.model_copy(update={"country": country,
                                                   "cameo": f"{country}{title.sector}" if country else None})
            region = self._region_of_named_state(span) if not entity.country else None
            if region is not None:  # "Ontario" of "Ontario corn growers" in a story naming Canada
                return entity.model_copy(update={"country": region.country, "cameo": region.country})
            head = self._set_off(span)
            if not entity.country and head is not None:  # "the Dutch port union, FNV,": the noun it is set beside
                described = self._describe(span.doc[head.i:head.i + 1], Found(head.i, head.i + 1, ident, label),
                                           token_actor, fallback=False)
                entity = entity.model_copy(update={"country": described.country, "cameo": described.cameo})
            return entity
        finally:
            for name, value in zip(_DOC_STATE, saved):
                setattr(self, name, value)

    def _region_of_named_state(self, span: Span) -> Place | None:
        """The first-level region (province, state) of that name of one of the states the story names, if exactly
        one state named has one: "Ontario" beside Canada is the province, not the Californian city."""
        named = {country for _, country in self._states}
        regions = {p.country: p for p in gazetteer().lookup(span.text)
                   if p.kind == "region" and p.country in named and place_key(p.name) == place_key(span.text)}
        return next(iter(regions.values())) if len(regions) == 1 else None

    def _firm_named_before(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The one firm named before in the article whose name, without its legal form, is this name ("Waste
        Management" after "Waste Management Inc"), if any."""
        stem = self._stem(span.text)
        firms = {ident for i, ident in token_actor.items() if i < span.start and (
            entity := self.d.entities.get(ident) or self._described.get(ident)) is not None
                 and entity.kind == "company" and self._stem(entity.name) == stem}
        return firms.pop() if len(firms) == 1 else None

    @staticmethod
    def _set_off(span: Span) -> Token | None:
        """The noun a name is set beside between commas, right after it ("the port union, FNV, agreed"), which the
        parser may not call an apposition; None otherwise."""
        doc = span.doc
        head = span.root.head
        if span.start < 2 or doc[span.start - 1].text != "," or head.i != span.start - 2 or head.pos_ not in (
                "NOUN", "PROPN") or (span.end < len(doc) and doc[span.end].text not in (",", ".")):
            return None
        return head

    def _state_in_name(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The one state a name's own words name (a state's name or demonym the dictionary resolved, or a demonym the
        matcher left inside a longer name or missed for its case: "SWEDISH Match"), if exactly one."""
        states = set(self.d.countries.values()) | set(self.d.periods)
        found = {self.d.country_on(i, self._date) for t in span if (i := token_actor.get(t.i)) in states}
        found |= {self.d.country_on(c, self._date) for t in span
                  if token_actor.get(t.i) not in states and (c := self._demonym(t.text))}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _title_holder(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The person, found by this stage, whose title a name is: the words of a title right before their name
        ("Chancellor of the Exchequer X": "Chancellor", "Exchequer") or with their name in apposition ("Oil Minister,
        Sheikh X,"), a title's words inside an apposition to their name ("X, U.S. Assistant trade representative"), or
        a title alone after the one person the article introduced with it ("the Chancellor said" after "Chancellor of
        the Exchequer X"); None where no title binds the name to one person."""
        doc = span.doc
        after = span.end
        while after < len(doc) and doc[after].ent_type_ != "PERSON" and after - span.end < _TITLE_WORDS \
                and (doc[after].lower_ in ("and", "&") or (doc[after].is_alpha and doc[after].is_title)):
            after += 1
        if after < len(doc) and doc[after].ent_iob_ == "B" and doc[after].ent_type_ == "PERSON" and (
                phrase := self._title_phrase(doc, after)) is not None and phrase[0] - 1 <= span.start and (
                ident := token_actor.get(after)) and self._is_person_id(ident):
            return ident  # "Mining and Energy" of "Indonesia's Mining and Energy Minister X" (_title_phrase)
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        start = span.start
        while start > sentence.start and span.start - start < _TITLE_WORDS and doc[start - 1].ent_type_ != "PERSON" \
                and (doc[start - 1].lower_ in _LINKS or doc[start - 1].pos_ == "PROPN"):
            start -= 1
        phrase = " ".join(t.lower_ for t in doc[start:span.end])
        titled = any(self._title(t) is not None or t.lower_ in self.firm_titles for t in span) or any(
            phrase == title or phrase.endswith(" " + title) for title in self.d.lexicon.national_titles or ())
        if titled and (holder := self._holder_after(doc, span.end, token_actor)):
            return holder
        appositions = {ident for c in span.root.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                       and (ident := token_actor.get(c.i)) and self._is_person_id(ident)}
        if titled and len(appositions) == 1:  # "Kuwait's Oil Minister, Sheikh X,"
            return appositions.pop()
        tok = span.root
        for _ in range(3):
            if tok.dep_ not in ("compound", "amod", "appos", "nmod") or tok.head.i == tok.i:
                break
            tok = tok.head
            titled = titled or self._title(tok) is not None or tok.lower_ in self.firm_titles
            ident = token_actor.get(tok.i)
            if ident:
                if titled and self._is_person_id(ident) and tok.ent_type_ == "PERSON":
                    return ident
                break
        if not titled or not all(t.lower_ in _LINKS or self._title(t) is not None for t in span):
            return None
        words = [t.lower_ for t in span]
        holders = {holder for t in doc[:span.start] if t.lower_ == words[0]
                   and [w.lower_ for w in doc[t.i:t.i + len(words)]] == words
                   and (holder := self._holder_after(doc, t.i + len(words), token_actor))}
        return holders.pop() if len(holders) == 1 else None

    def _holder_after(self, doc: Doc, i: int, token_actor: dict[int, str]) -> str | None:
        """The person named right after a title's words from token `i` on, in the same sentence ("... of the
        Exchequer X"), if any."""
        if i >= len(doc):
            return None
        end = min(doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc), i + _TITLE_WORDS)
        for tok in doc[i:end]:
            ident = token_actor.get(tok.i)
            if tok.ent_type_ == "PERSON":
                return ident if ident and self._is_person_id(ident) else None
            if not (tok.lower_ in _LINKS or tok.pos_ == "PROPN"):
                return None
        return None

    def _unknown_id(self, span: Span, label: str) -> str:
        """'unk:<label>:<slug>'; within one article a name keeps the label it was first given."""
        name = slug(span.text.translate(_APOSTROPHES))
        return self._unknown.setdefault(name, f"unk:{label}:{name}")

    # -- output -----------------------------------------------------------------------------------------

    def _output(self, doc: Doc, found: list[Found], nested: list[Found], date: str | None):
        token_actor = {i: f.ident for f in found for i in range(f.start, f.end)}
        actors: dict[str, Entity] = {}
        mentions: list[Mention] = []
        self._place_tokens = {i for i, ident in token_actor.items() if getattr(
            self.d.entities.get(ident) or self._places.get(ident), "type", None) in ("GPE", "LOC")}
        # Unknown organisations are described before people, so that "the Dutch Trade Ministry's spokeswoman"
        # can take the ministry's country.
        self._described: dict[str, Entity] = {}
        self._presumed: set[str] = set()  # unknown actors whose country is the article's, not their own words'
        nationals = self._nationals(doc, found)
        spans: dict[str, list[Found]] = {}
        for f in found:
            if f.ident.startswith("unk:"):
                spans.setdefault(f.ident, []).append(f)
        for ident, fs in spans.items():
            if not ident.startswith("unk:PERSON:"):
                self._described[ident] = self._described_at(doc, fs, token_actor)
        self._firms_by_description(doc, found)
        for ident, fs in spans.items():
            if ident.startswith("unk:PERSON:"):
                entity = self._described_at(doc, fs, token_actor)
                if ident in nationals and (not entity.country or ident in self._presumed):
                    # "Mark Tully ... The Briton was held": the nationality told of them, before the story's country
                    self._presumed.discard(ident)
                    entity = entity.model_copy(update={"country": nationals[ident], "cameo": nationals[ident]})
                self._described[ident] = entity
        for f in sorted(found + nested, key=lambda f: (f.start, -f.end)):
            span = doc[f.start:f.end]
            surface = span.text
            entity = actors.get(f.ident)
            if entity is None:
                known = self.d.entities.get(f.ident)
                if known is not None:
                    entity = known.model_copy(update={"cameo": self.d.cameo_on(f.ident, date),
                                                      "country": self.d.country_on(f.ident, date),
                                                      "aliases": list(known.aliases)})
                elif f.ident in self._places:
                    entity = self._places[f.ident].model_copy()
                elif f.ident in self._agents:
                    entity = self._agents[f.ident].model_copy(update={"aliases": []})
                else:
                    entity = self._described.get(f.ident) or self._describe(span, f, token_actor)
                actors[f.ident] = entity
            bare = surface[4:] if surface.lower().startswith("the ") else surface
            if bare != entity.name and bare not in entity.aliases:
                entity.aliases.append(bare)
            mentions.append(Mention(entity=f.ident, doc=doc._.doc_id or "", start=span.start_char,
                                    end=span.end_char, text=surface))
        return actors, mentions, token_actor

    def _nationals(self, doc: Doc, found: list[Found]) -> dict[str, str]:
        """"Mark Tully was detained ... The Briton was held": a definite singular description of a person by their
        nationality, a demonym noun ("the Briton", "the 45-year-old Briton") or a demonym before a nationality noun
        ("the Australian national": `nationality_nouns` in the lexicon), stands for the one person named before it in
        its own sentence or the one before, and gives an unknown person that state (returned, {person: country});
        its demonym's mention becomes that person's. Nothing where two people are named there, where the description
        is set beside a name of its own ("The Australian national, John Pike,": the name's apposition), or where the
        person is known to be of another state."""
        if not doc.has_annotation("DEP"):
            return {}
        people = [f for f in found if f.ident.startswith("unk:PERSON:") or self._is_person(f.ident)]
        if not people:
            return {}
        out: dict[str, str] = {}
        for f in found:
            if f.end - f.start != 1 or (country := self._national(doc[f.start])) is None:
                continue
            head = doc[f.start] if doc[f.start].pos_ in ("PROPN", "NOUN") and doc[f.start].dep_ != "amod" \
                else doc[f.start].head
            if head.i != f.start and head.lower_ not in self.nationality_nouns:
                continue
            if head.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                    or any(c.dep_ == "appos" for c in head.children) or head.dep_ == "appos":
                continue
            sentence = head.sent
            opening = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
            before = {g.ident for g in people if opening <= g.start and g.end <= head.i}
            if len(before) != 1:
                continue
            person = before.pop()
            known = self.d.country_on(person, self._date) if person in self.d.entities else None
            if known not in (None, country):
                continue
            f.ident = person
            if person.startswith("unk:PERSON:"):
                out.setdefault(person, country)
        return out

    def _national(self, tok: Token) -> str | None:
        """The country a demonym word names ("Briton", "Australian"), if the word is one."""
        ident = self.d.demonyms.get(tok.text)
        return self.d.country_on(ident, self._date) if ident else None

    def _firms_by_description(self, doc: Doc, found: list[Found]) -> None:
        """"Sanko Steel signed … The Japanese company will ship …": a definite singular description of a firm by a
        state's demonym ("the Japanese company", "the Canadian bank": a firm's agent of that state) stands for the
        organisation named last before it, which takes that state when its own words give it none (an unknown firm
        or organisation, not an international one); nothing when the last organisation named before is another
        actor (a known firm, a government body), or when the sentence before and its own name two."""
        organisations = sorted((f for f in found if f.ident.startswith(("unk:ORG:", "unk:NAME:"))
                                or (self.d.entities.get(f.ident) is not None
                                    and self.d.entities[f.ident].kind in ("company", "organisation", "igo"))),
                               key=lambda f: f.start)
        for f in found:
            parts = f.ident.split(":")
            if len(parts) != 3 or parts[0] != "agent" or parts[2] != "BUS" or parts[1] == "---":
                continue
            head = doc[f.start:f.end].root
            if head.tag_ != "NN" or self.noun_kinds.get(head.lower_) != "company" or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in head.children):
                continue
            sentence = head.sent
            opening = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
            before = [g for g in organisations if g.end <= f.start]
            if len({g.ident for g in before if g.start >= opening}) > 1:
                continue  # "Acme signed with Zenco. The Japanese company …": which of them is not said
            entity = self._described.get(before[-1].ident) if before else None
            if entity is None or entity.country or entity.kind not in ("company", "organisation") \
                    or self._international(doc[before[-1].start:before[-1].end]):
                continue
            self._described[before[-1].ident] = entity.model_copy(update={
                "country": parts[1], "cameo": f"{parts[1]}BUS", "kind": "company"})

    def _described_at(self, doc: Doc, mentions: list[Found], token_actor: dict[int, str]) -> Entity:
        """An unknown actor as its mentions describe it: the first mention whose own words give a country ("Seixas,
        director of the Brazilian central bank" after "Antonio Padua de Seixas"), under the first mention's name;
        only when none does, what the first mention is given without such words (the country the article is about)."""
        first = doc[mentions[0].start:mentions[0].end]
        for f in mentions:
            entity = self._describe(doc[f.start:f.end], f, token_actor, fallback=False)
            if entity.country:
                return entity.model_copy(update={"name": first.text.translate(_APOSTROPHES)})
        # a state body the dateline's capital gives a country (_dateline_capital): where one of its mentions stands in
        # a sentence naming no other state ("the Treasury said" after "the Treasury criticised Brazil's moratorium")
        alone = self._capital is not None and any(not (self._sentence_countries(doc[f.start:f.end], token_actor)
                                                       - {self._capital}) for f in mentions)
        entity = self._describe(first, mentions[0], token_actor, capital_alone=alone)
        if entity.country:
            self._presumed.add(entity.id)
        return entity

    def _describe(self, span: Span, f: Found, token_actor: dict[int, str], fallback: bool = True,
                  capital_alone: bool | None = None) -> Entity:
        """An actor not in the dictionary: its kind and country from the words that describe it; with `fallback`,
        an office, body or firm without such words takes the country the article is about (a state body, the state
        whose capital the dateline names where a sentence of it names no other state: `capital_alone`, else the
        span's own sentence tells)."""
        label = f.ident.split(":")[1]
        if label == "PERSON" and (tag := _CONGRESS_TAG.match(_after(span))):
            party, state = _CONGRESS_PARTIES[tag.group(1)], tag.group(2)
            return Entity(id=f.ident, name=span.text.translate(_APOSTROPHES), type=label, kind="person",
                          country="USA", cameo="USALEG", known=False,
                          roles=[Role(title=f"member of the US Congress ({party}, {state})", country="USA")])
        kind, country, cameo = _LABEL_KINDS.get(label), f.country, None
        own = self.noun_kinds.get(span.root.lower_)
        if own and own != "person" and label != "PERSON":
            kind = own
        if label == "ORG" and self._state_body(span.text):
            kind = "government"  # "the Export-Import Bank of Korea": a state's body, not a firm, though a bank
        sector = title_word = body = None
        before_name = False
        neighbours = self._neighbours(span, self._place_tokens, strict=not fallback)
        if label == "ORG":
            neighbours += self._bracket_neighbours(span)
        based = self._based(span, neighbours, token_actor) if label != "PERSON" else None
        country = country or based
        if label in ("ORG", "GPE", "NAME") and not country and (region := self._state_of_region(span)) is not None:
            # "the State of Queensland", "Sabah state": the government of a country's region
            return Entity(id=f.ident, name=span.text.translate(_APOSTROPHES), type=label, kind="government",
                          country=region.country, cameo=f"{region.country}GOV", known=False)
        international = next((b for t in neighbours if label == "PERSON" and t.pos in _NAME_POS
                              and (b := self._titled_body(t.lower_, token_actor)) is not None), None)
        for tok in neighbours:
            ident = token_actor.get(tok.i)
            other = (self.d.entities.get(ident) or self._places.get(ident)
                     or getattr(self, "_described", {}).get(ident)) if ident else None
            if not fallback and ident in getattr(self, "_presumed", ()):
                other = None  # "Shearson's Tulis": a firm given the article's country says nothing of the analyst's
            if international is not None and ident not in self.d.entities:
                other = None  # "Agriculture Commissioner X" of the EC: "Agriculture" is no state's body
            title = self._title(tok) if label == "PERSON" and tok.pos_ in ("NOUN", "PROPN") else None
            if title is not None and (sector is None or (not before_name and tok.dep_ == "compound"
                                                           and span.start <= tok.head.i < span.end)):
                # "Finance Minister Gerhard Stoltenberg": government; the title written before the name wins over
                # a noun set beside it ("Minister X, briefing reporters")
                sector, title_word = title.sector, tok.lower_
                before_name = tok.dep_ == "compound" and span.start <= tok.head.i < span.end
            if other is not None and other.country and ident != f.ident:
                country = country or other.country
                if label == "PERSON" and other.kind in ("company", "government", "party") and not cameo:
                    cameo = other.cameo
            elif other is not None and other.kind == "igo" and label == "PERSON" and not cameo and other.cameo:
                cameo = other.cameo  # "X, the head of the IMF mission": an international body's official, no country
                body = other
            elif tok.lower_ in self.noun_kinds and label != "PERSON" and tok.pos_ == "NOUN":
                kind = self.noun_kinds[tok.lower_] if self.noun_kinds[tok.lower_] != "person" else kind
        if international is not None and not country and body is None:
            body, cameo, sector = international, international.cameo, None  # "Agriculture Commissioner X" of the EC
        outlet = label == "ORG" and self._outlet(span.doc, span)
        if outlet:
            # "the daily X", "the Kuna news agency": a news outlet (not a state's agency for "agency"), of the state
            # its own words name ("the Soviet daily X"), else, as other organisations, of the story's country
            kind, sector = "organisation", "MED"
        officer = None  # of a title any body gives: "firm" (a firm's, in a firm's story), "body" (another body's)
        if label == "PERSON" and sector and title_word in self.any_body_titles:
            sector, officer = self._officer_sector(span, neighbours, token_actor, sector)
        elif label == "PERSON" and not sector and (titled := next((t for t in neighbours if t.lower_ in self.firm_titles
                                                                   and t.pos in _NAME_POS), None)) is not None:
            sector, officer = self._officer_sector(span, neighbours, token_actor, None)  # "chairman X"
            title_word = titled.lower_
        if label == "PERSON" and (phrase := self._title_phrase(span.doc, span.start)) is not None:
            # "Indonesian Mines and Energy Minister X", however parsed: a state's official, of the title's country
            sector = sector or phrase[2].sector
            before = phrase[0] - 1 - (phrase[0] >= 2 and span.doc[phrase[0] - 1].lower_ in ("'s", "’s"))
            named = token_actor.get(before) if before >= 0 else None
            other = (self.d.entities.get(named) or self._places.get(named)) if named else None
            if other is not None and other.kind == "government" and other.country and not international:
                country = country or other.country
        if label == "PERSON" and not country and (national := self._national_title(span)):
            country, sector = national, sector or "GOV"  # "Chancellor of the Exchequer X": British
        if label == "PERSON" and sector and not country:
            country = self._listed_country(span, token_actor)  # "British Chancellor X, Foreign Secretary Y and ..."
        if label == "PERSON" and fallback and not (country or sector or officer) and (
                lede := self._titled_lede(span, token_actor)):
            country, sector = lede  # "Oman's Oil Minister said ... . Said al-Harthy was quoted ...": that minister
        forms = self._form_countries(span) if label == "ORG" else ()
        if label == "ORG" and not f.country and not based and (known := self._dictionary_firm(span, forms)):
            # "Siemens A.G.", "Waste Management Corp", "Intel Corp": a firm the dictionaries know by another form
            country, kind = known, "company"
        if forms and country not in forms and country != f.country and country != based:
            country = None  # "Jaguar PLC's U.S. unit": a plc is no American firm, whatever state is named beside it
        if forms and not country:
            # "Montedison Spa": Italian; "ZURICH - Contraves AG said": the dateline's country among the form's; "Acme
            # Plc" in a story that names Britain and no other state of the form
            country = forms[0] if len(forms) == 1 else (self._home if self._home in forms and self._leads(span)
                                                         and not self._market else self._named_among(forms))
        if fallback and not country and ((label == "PERSON" and (sector or officer) and body is None
                                          and title_word not in self.destination_titles)
                            or (label == "ORG" and kind in _HOME_KINDS)):
            # "Defence Minister X", "the Interior Ministry", "Acme Inc" with no country: an office, a body or a firm
            # of the country the article is about, if one stands out (a state's official: _official_country; a firm
            # or another body only where the story's dateline is in that country, or it has none), else
            # a state body's, or an organisation's in a one-country wire story (_single_country), the dateline's; never
            # an envoy's (sent abroad), never an international body's official ("X, Director General of the OECD"),
            # never from a place merely near the name, never for a person's name without a title.
            # "GOVAGR": a state's too; another body's officer ("Mining Council president X") as a state's official
            official = label == "PERSON" and ((sector or "")[:3] in STATE_SECTORS or officer == "body")
            if officer == "firm":  # a firm's officer named by title alone: only in a one-country story
                country = self._home if self._single and not self._market else None
            elif label == "ORG" and kind != "government" and self._market:
                country = None  # "ZURICH - Acme Co has launched a bond, lead manager X said": a foreign borrower
            elif label == "ORG" and kind != "government" and self._home and self._dominant not in (None, self._home):
                country = None  # "GENEVA - ... sold in West Germany ... Dodge cars": a story told from another state
            elif label == "ORG" and kind == "government" and self._capital and (capital_alone if capital_alone
                                                                                 is not None else not (
                    self._sentence_countries(span, token_actor) - {self._capital})):
                country = self._capital  # "WASHINGTON - ... the Treasury said" in a story about Brazil: the US's
            else:
                country = (self._official_country(span, token_actor) if official
                           else self._dominant or (self._home if kind == "government" or (
                               label == "ORG" and self._single and not self._market
                               and not self._international(span)) or (
                               label == "PERSON" and self._single and not self._market) else None))
            if forms and country not in forms:
                country = None  # "Sandoz AG" in a story about the Soviet Union: no Soviet firm
        elif fallback and not country and label == "PERSON" and not (sector or officer) \
                and (title_word is None or title_word in self.firm_titles) \
                and body is None and self._single and not self._market and _full_name(span):
            # "CLEVELAND - ... Jane Roe, who resigned in December": a person named in full without a title, or with a
            # firm's or an association's title no body of the story stands by ("Employers organization chairman, Jan
            # Roe,"), in a one-country wire story (its dateline's state the only one it names) is of that state, as
            # its firms and their officers are (presumed: _described_at); not a one-word name ("Revs", "Easter", a
            # firm's short form)
            country = self._home
        name = span.text.translate(_APOSTROPHES)
        if country and sector and (not cameo or cameo == country):  # "Portuguese Ambassador X": PRTGOV
            cameo = f"{country}{sector}"
        roles = [Role(title=f"official of {body.name}", organisation=body.id)] if body and not country else []
        return Entity(id=f.ident, name=name, type=label, kind=kind, country=country,
                      cameo=cameo or (for_kind(country, kind) if country else None), known=False, roles=roles)

    def _titled_body(self, title: str, token_actor: dict[int, str]) -> Entity | None:
        """The international body that gives a title (`international_titles` in the lexicon: "commissioner") and that
        the story names, the first of the title's bodies it names."""
        named = set(token_actor.values())
        for name in self.d.lexicon.international_titles.get(title) or ():
            if len(ids := self.d.names.get(name, set()) & named) == 1:
                return self.d.entities.get(next(iter(ids)))
        return None

    def _state_of_region(self, span: Span) -> Place | None:
        """The first-level region of a country a name calls a state or province (`region_words` in the lexicon):
        "the State of Queensland", "Queensland State", "Sabah" followed by "state"; of regions with that name, one of a
        state the story names, else the most populous. None for other names."""
        doc = span.doc
        words = [t for t in span if t.lower_ != "the"]
        if len(words) >= 3 and words[0].lower_ in self.region_words and words[1].lower_ == "of":
            name, word = words[2:], None
        elif len(words) >= 2 and words[-1].lower_ in self.region_words:
            name, word = words[:-1], words[-1].i
        elif words and span.end < len(doc) and doc[span.end].lower_ in self.region_words:
            name, word = words, span.end
        else:
            return None
        if word is not None and word + 1 < len(doc) and doc[word + 1].lower_ == "of":
            return None  # "the Gulf state of Qatar": a state of the Gulf, not the Gulf's government
        text = doc[name[0].i:name[-1].i + 1].text
        regions = [p for p in gazetteer().lookup(text) if p.kind == "region" and place_key(p.name) == place_key(text)]
        named = {country for _, country in self._states}
        regions = [p for p in regions if p.country in named] or regions
        return max(regions, key=lambda p: p.population) if regions else None

    def _officer_sector(self, span: Span, neighbours: list[Token], token_actor: dict[int, str],
                        sector: str | None) -> tuple[str | None, str | None]:
        """(sector, "firm" for a firm's officer of the story's, "body" for another body's, else None) of a person
        whose title firms and other bodies give as well as states ("vice president", `titles_of_any_body` in the
        lexicon): the state's sector where a state, a place or a state body stands by the title ("Zambian President
        X", "central bank president X"); a firm's (BUS) or none where another body does ("UAW vice president X", "X,
        president of Acme Inc"), the body's officer taking the country a state's official would where the body has
        none (`_official_country`); business where the title stands alone in a story whose first sentence names a
        firm by its legal form (with the dateline's country in a one-country story only: the firm may be foreign);
        else the state's. A firm's own title (`firm_titles`: "chairman X") passes no state's sector: beside a state,
        none; an international body's chairman is no state's official."""
        states = set(self.d.countries.values()) | set(self.d.periods)
        bodies = []
        for tok in neighbours:
            ident = token_actor.get(tok.i)
            if not ident or span.start <= tok.i < span.end:
                continue
            other = self.d.entities.get(ident) or self._described.get(ident)
            if ident in states or ident in self._places or (other is not None and (
                    other.kind == "government" or (other.cameo or "")[3:6] in STATE_SECTORS)):
                return sector, None
            if other is not None and (other.kind == "igo" or (other.cameo or "").startswith("IGO")):
                return None, None  # "ATPC chairman X": an international body's official, no state's
            if other is not None and other.type == "ORG":
                bodies.append(other)
        if bodies:
            return ("BUS" if bodies[0].kind == "company" or (bodies[0].cameo or "").endswith("BUS") else None), "body"
        doc = span.doc
        first = next(iter(doc.sents)) if doc.has_annotation("SENT_START") else doc[:0]
        if any(e.label_ in ("ORG", "PERSON") and e.end <= first.end and self._legal_form(e) for e in doc.ents):
            return "BUS", "firm"
        return sector, None

    def _titled_lede(self, span: Span, token_actor: dict[int, str]) -> tuple[str, str] | None:
        """(country, sector) of the official a wire story introduces by title alone as the subject of one sentence and
        names in the next ("Oman's Oil Minister, in an interview, said ... . Said al-Harthy was quoted as saying ..."):
        for a person without a title of their own, named first as the subject (or the first words) of the sentence
        right after one whose subject is a state official's title bound to a state (a possessive or a demonym) and to
        no name; None otherwise, or when that sentence has another title bound to a state."""
        doc = span.doc
        if not doc.has_annotation("SENT_START"):
            return None
        sentence = span.sent
        if span.root.dep_ not in ("nsubj", "nsubjpass") and span.start != sentence.start:
            return None
        if sentence.start == 0 or any(t.i < span.start and t.pos_ == "PROPN" and t.ent_type_ == "PERSON"
                                      for t in sentence):
            return None
        before = doc[sentence.start - 1].sent
        states = set(self.d.countries.values()) | set(self.d.periods)
        found = []
        for tok in before:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in token_actor \
                    or tok.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" and token_actor.get(c.i) not in states
                                                         for c in tok.children):
                continue
            title = self._title(tok)
            if title is None or (title.sector or "")[:3] not in STATE_SECTORS:
                continue
            owners = {self.d.country_on(i, self._date) for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                      and (i := token_actor.get(c.i)) in states and (c.dep_ == "poss" or c.pos_ == "ADJ"
                                                                       or c.ent_type_ == "NORP")} - {None}
            if owners:
                found.append((owners.pop() if len(owners) == 1 else None, title.sector, tok.dep_))
        if len(found) != 1 or found[0][0] is None or found[0][2] not in ("nsubj", "nsubjpass"):
            return None  # "Ghana's finance minister met Togo's": which of them the next sentence names is not said
        return found[0][0], found[0][1]

    def _national_title(self, span: Span) -> str | None:
        """The state whose own office's title stands right before a person's name ("Chancellor of the Exchequer X",
        `national_titles` in the lexicon), if any."""
        titles = self.d.lexicon.national_titles
        if not titles or not span.start:
            return None
        before = span.doc[max(span.start - _TITLE_WORDS, 0):span.start]
        words = " ".join(t.lower_ for t in before if not t.is_punct or t.text == ".").replace(" .", ".")
        return next((country for title, country in titles.items() if words == title or words.endswith(" " + title)),
                    None)

    def _demonym(self, text: str) -> str | None:
        """The country a demonym the matcher missed for its case names ("West german", "SOVIET"), if any."""
        words = text.split()
        return self.d.demonyms.get(" ".join(w.capitalize() for w in words)) if words else None

    def _legal_form(self, span: Span) -> str | None:
        """The legal form ending a company's name ("Spa" of "Montedison Spa", "ag" of "Acme A.G."), lower case, without
        dots; None if none."""
        words = [t.lower_.replace(".", "") for t in span if t.is_alpha or t.lower_.replace(".", "").isalpha()]
        return words[-1] if len(words) > 1 and words[-1] in self.legal_forms else None

    def _form_countries(self, span: Span) -> list[str]:
        """The countries whose company law the legal form ending a name belongs to (`legal_form_countries` in the
        lexicon); none when the name ends in no such form."""
        form = self._legal_form(span)
        countries = list(self.d.lexicon.legal_form_countries.get(form, ())) if form else []
        words = [t.lower_ for t in span if t.is_alpha]
        if len(words) > 2 and words[-2] in self.d.lexicon.partnership_words and form in ("ltd", "limited"):
            # "X Resource Partners Ltd": an American limited partnership writes "Ltd" too
            countries += [c for c in self.d.lexicon.partnership_countries if c not in countries]
        return countries

    def _dictionary_firm(self, span: Span, forms: list[str]) -> str | None:
        """The country of the dictionaries' firm whose name, without its legal form, is this one's ("Siemens A.G." and
        the converted "Siemens Ag", "Waste Management Corp" and "Waste Management Inc"), if they agree on one (among
        the countries of this name's form, when it has one)."""
        if self._firm_stems is None:
            self._firm_stems, self._firm_short_stems = {}, {}
            for ident, name in self.d.entities.named("company"):
                self._firm_stems.setdefault(self._stem(name), set()).add(ident)
                self._firm_short_stems.setdefault(self._stem(name, written_out=False), set()).add(ident)
        # a name of one word finds a firm only as the dictionaries write it without an abbreviated form: a firm's
        # "Corporation" or "Company" is part of its short name ("Carnival" of "the carnival holiday" is not
        # Carnival Corporation)
        stems = self._firm_stems if len(span.text.split()) > 1 else self._firm_short_stems
        idents = stems.get(self._stem(span.text, written_out=len(span.text.split()) > 1), ())
        countries = {c for i in idents if (c := self.d.country_on(i, self._date))}
        if forms:
            countries &= set(forms)
        return countries.pop() if len(countries) == 1 else None

    def _stem(self, name: str, written_out: bool = True) -> str:
        """A firm's name in lower case without dots, commas and the legal forms ending it, abbreviated or (unless told
        not to) written out ("Intel Corp" and "Intel Corporation": "intel")."""
        words = name.lower().replace(".", "").replace(",", "").split()
        while len(words) > 1 and (words[-1] in self.legal_forms
                                  or (written_out and words[-1] in self.legal_forms_written_out)):
            words.pop()
        return " ".join(words)

    def _named_among(self, forms: list[str]) -> str | None:
        """The one state of a legal form's few countries (`_FEW_FORM_COUNTRIES` at most) that the story names, if
        exactly one; a form of many countries ("Ltd") picks none this way, nor one American firms use ("Inc"): an
        English-language wire names the United States in most stories, so its being named says nothing of a firm."""
        if len(forms) > _FEW_FORM_COUNTRIES or "USA" in forms:
            return None
        named = {country for _, country in self._states if country in forms}
        return named.pop() if len(named) == 1 else None

    @staticmethod
    def _leads(span: Span) -> bool:
        """Whether a name stands in the story's first sentence, the one its dateline heads."""
        doc = span.doc
        if not doc.has_annotation("SENT_START"):
            return span.start == 0
        return span.start < next(iter(doc.sents)).end

    def _listed_country(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The country a list of titled officials is introduced with, for each official after the first ("British
        Chancellor of the Exchequer X, Foreign Secretary Y and Governor Z"): the state named by a demonym or a
        possessive in the first official's title; explicit words bound to the list, which beat the country the article
        is about."""
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.i == span.root.i or first.ent_type_ != "PERSON":
            return None
        states = set(self.d.countries.values()) | set(self.d.periods)
        for tok in self._neighbours(span.doc[first.i:first.i + 1], self._place_tokens, strict=True):
            ident = token_actor.get(tok.i)
            if ident in states and (tok.dep_ == "poss" or tok.pos_ == "ADJ" or tok.ent_type_ == "NORP"):
                return self.d.country_on(ident, self._date)
        return None

    def _based(self, span: Span, neighbours: list[Token], token_actor: dict[int, str]) -> str | None:
        """The country of the place an organisation is said to be based in: "Tokyo-based X", "X, based in Osaka", "X,
        a Utah-based firm" (a firm's seat, not a person's)."""
        for tok in [span.root, *neighbours]:
            for based in tok.children:
                if based.lower_ != "based" or based.dep_ not in ("amod", "acl"):
                    continue
                places = [c for c in based.children if c.dep_ in ("npadvmod", "compound", "nmod")]
                places += [o for p in based.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                           for o in p.children if o.dep_ == "pobj"]
                for place in places:
                    ident = token_actor.get(place.i)
                    other = (self.d.entities.get(ident) or self._places.get(ident)) if ident else None
                    if other is not None and other.country:
                        return self.d.country_on(ident, self._date) if ident in self.d.entities else other.country
        return None

    def _office_before(self, span: Span) -> Token | None:
        """The title a name is parsed into the "of" phrase of ("minister of mines and power X": the name the object of
        "of", or joined to it), when the name follows the title's phrase directly."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or span.start == 0 or not span.doc[span.start - 1].is_lower:
            return None
        title = tok.head.head
        return title if title.pos_ == "NOUN" and (title.lower_,) in self.d.agents else None

    def _title_phrase(self, doc: Doc, start: int) -> tuple[int, int, object] | None:
        """A title written before a name at `start`, however the parser read it ("Energy and Mines Minister X",
        "Indonesian Mines and Energy Minister X", "Deputy Prime Minister X", parsed as a list or with "Peruvian Energy"
        tagged a firm): a capitalised title word that names a state's official alone (an agent of the dictionaries:
        "Minister", "Premier", "Governor") right before the name, and the capitalised words before it, joined by
        "and"/"&", that give its portfolio. The portfolio stops at a country's name or demonym (the title's
        country), a possessive, a word not capitalised or the sentence's start; none where a word of it is a body's
        noun ("Foreign Ministry spokesman X": the ministry is a body of its own). (first word, title word, agent)."""
        j = start - 1
        if j < 0 or not doc[j].is_title or doc[j].is_sent_start:
            return None
        title = self.d.agents.get((doc[j].lower_,))
        if title is None or title.kind not in ("government", "officials") or title.sector[:3] not in STATE_SECTORS \
                or doc[j].lower_ in self.any_body_titles:
            return None  # not "President" or "Official", which a firm's officers bear too ("Acme President X")
        first, joined = j, False
        for k in range(j - 1, -1, -1):
            tok = doc[k]
            if k > 0 and doc[k - 1].is_title and first == k + 1 and (
                    tok.lower_ in ("and", "&") or (tok.text == "," and joined)):
                joined = True  # "Mines, Power and Steel Minister X"
                continue
            if not (tok.is_alpha and tok.is_title) or self._country_word(tok.text) is not None \
                    or tok.text in self.d.names:
                break  # a country's word gives the title's country; another known name is no portfolio
            if tok.lower_ in self.noun_kinds or tok.lower_ in self.body_heads:
                return None  # "Foreign Ministry spokesman X", "Central Bank Governor X": a body's official
            first = k
            if tok.is_sent_start:
                break
        return first, j, title

    def _country_word(self, text: str) -> str | None:
        """The country a word names, by its name or demonym ("Peru", "Peruvian"), if any."""
        countries = set(self.d.countries.values())
        named = [i for i in self.d.names.get(text, ()) if i in countries]
        return self.d.demonyms.get(text) or (named[0] if len(named) == 1 else None)

    def _title(self, tok: Token):
        """The generic agent a title word names alone ("minister"), else with the word compounded before it
        ("Treasury Secretary"), or compounded beside it into the name ("Agriculture Secretary X", parsed as two
        compounds of "X")."""
        single = self.d.agents.get((tok.lower_,))
        before = tok.nbor(-1) if tok.i else None
        if single is not None or before is None or before.dep_ != "compound" or before.head.i not in (
                tok.i, tok.head.i if tok.dep_ == "compound" else -1):
            return single
        return self.d.agents.get((before.lower_, tok.lower_))

    @staticmethod
    def _apposed_to(root: Token) -> Token:
        """The noun a name stands beside: its head, or, where that head's list goes on between the two ("China's
        envoy, Ambassador X, and the head of the Israeli delegation, Y" parsed with Y beside "envoy"), the last item of
        the list before the name, which the name follows, when that is a noun phrase of its own ("the director")."""
        head = root.head
        if root.dep_ != "appos":
            return head
        items, todo = [], [head]
        while todo:
            tok = todo.pop()
            items.append(tok)
            todo.extend(c for c in tok.children if c.dep_ in ("conj", "appos") and c.i < root.i)
        last = max(items, key=lambda t: t.i)
        # not "Acme and Zenco, two Japanese firms" (both of them), nor "the government's aid and review body, the X"
        # (one phrase, parsed as a list: the body is the government's)
        return last if last.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in last.children) else head

    def _neighbours(self, span: Span, places: set[int] = frozenset(), strict: bool = False) -> list[Token]:
        """Words that describe a name, nearest first: its modifiers and appositions, the noun it stands beside, and
        the words describing those in turn ("Turkish Foreign Ministry spokesman X", "X, director-general of the
        Israeli Foreign Ministry"), through "of"/"from" (and "for" after a title: "X, a spokesman for the Czech
        Foreign Ministry") but no other preposition: "the envoy to Ukraine" and "talks in Kiev" say nothing of whose
        a person is."""
        if not span.doc.has_annotation("DEP"):
            return []

        def place(tok: Token) -> bool:  # tagged a place, or a place name the dictionary resolved ("Peking")
            # not a demonym the tagger read as a proper noun ("A Briton, X,": the nationality the name is set beside)
            return tok.ent_type_ in ("GPE", "LOC") or (tok.i in places and tok.pos_ == "PROPN"
                                                       and tok.text not in self.d.demonyms)

        root = span.root
        person = span.label_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in span)
        heads = [root]
        if root.dep_ in ("appos", "compound") and root.head.i not in range(span.start, span.end):
            heads.append(self._apposed_to(root))
        elif root.dep_ == "pobj" and root.head.head.lower_ in self.destination_titles:
            heads.append(root.head.head)  # "the Belgian ambassador to Tokyo Pieter Janssens", parsed as "to ... Janssens"
        elif person and (title := self._office_before(span)) is not None:
            heads.append(title)  # "the Nigerian minister of mines and power X", parsed as "of ... X"
        heads += [c for c in root.children if c.dep_ == "appos" and not span.start <= c.i < span.end]
        if person or strict:
            # A place written against a person's name ("Tokyo Pieter Janssens", "Sudan, Mark Ellison") is a parse
            # of a title's object, not the person's country.
            heads = [h for h in heads if h is root or not place(h)]
        # "X, who is Norwegian,", "X, who is a Norwegian diplomat,": what a relative clause says the name is (a
        # demonym there, which names a state, is no place written against the name)
        heads += [a for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"
                  and any(w.dep_ == "nsubj" and w.lower_ in ("who", "which", "that") for w in c.children)
                  for a in c.children if a.dep_ in ("attr", "acomp") and (a.ent_type_ == "NORP" or not place(a))]
        out: list[Token] = []
        seen = {t.i for t in heads}
        frontier = list(heads)
        for _ in range(_DESCRIBING_DEPTH):
            following = []
            for tok in frontier:
                out.append(tok)
                for child in tok.children:
                    if span.start <= child.i < span.end or child.i in seen:
                        continue
                    if person and tok.i == root.i and place(child) and child.dep_ == "compound":
                        continue
                    if child.dep_ in _DESCRIBING_DEPS:
                        following.append(child)
                    elif child.dep_ == "prep" and (child.lower_ in _OF or (child.lower_ == "for" and (
                            self.noun_kinds.get(tok.lower_) == "person" or (tok.lower_,) in self.d.agents))):
                        # "director of the Israeli Foreign Ministry", "a spokesman for the Czech Foreign Ministry"
                        following.extend(p for p in child.children if p.dep_ == "pobj")
                seen.update(t.i for t in following)
            frontier = following
        out.extend(frontier)
        out = [t for t in out if not span.start <= t.i < span.end]
        if any(t.lower_ in self.destination_titles for t in out):
            # "the envoy to Ukraine", "Ukraine envoy": the country an envoy is sent to is not theirs; only a
            # demonym or a possessive says whose envoy it is, or a state's name before a title whose "to"/"in" names
            # the destination ("the U.S. ambassador to Ukraine": the United States sends, Ukraine receives).
            sent = {t.i for t in out if t.lower_ in self.destination_titles
                    and any(c.dep_ == "prep" and c.lower_ in ("to", "in") for c in t.children)}
            out = [t for t in out if t.dep_ == "poss" or t.pos_ == "ADJ" or t.lower_ in self.destination_titles
                   or (t.ent_type_ in ("NORP", "ORG", "") and not place(t)) or (t.dep_ in ("compound", "amod") and t.head.i in sent)]
        return out


def _clause_verb(tok: Token) -> Token | None:
    """The verb a noun phrase is an argument of, its subject, object or the object of a preposition on it ("met with
    X"), through the words it is compounded, apposed or joined to; None for a phrase that is no verb's argument."""
    while tok.dep_ in ("compound", "appos", "amod", "conj", "flat") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("pobj", "pcomp") and head.dep_ in ("prep", "agent"):
        head = head.head
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head  # "held talks with X": the verb of the noun the phrase is on
    elif tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "attr"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != tok.i else None


def _after(span: Span) -> str:
    """The text right after a span, a few tokens of it (`Doc.text` joins the whole document at each reading)."""
    return span[-1].whitespace_ + span.doc[span.end:span.end + _TAG_TOKENS].text_with_ws


def _text_of(doc: Doc, text: str, start: int, end: int) -> str:
    """`doc[start:end].text` cut from the Doc's kept text (no Span made, no Token joined); start <= end <= len(doc)."""
    if start >= end:
        return ""
    last = doc[end - 1]
    return text[doc[start].idx:last.idx + len(last)]
