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
state's (`_listed_with`), and one joined in a later mention with a person of the state the story names most, the two
acting on a third, is that state's (`_partner_country`); a title only one state has ("Chancellor of the Exchequer
X") is that state's; a firm between the wire's angle brackets ("<Acme Co>") is one name; a known body's name and its
holder's that the tagger joined after a title and "of" are two ("Governor of the Bank of England X":
`_body_and_holder`); a person tagged "(D-Okla.)" after the name is a US legislator.
What any mention of an unknown actor says counts for all its mentions (`_described_at`); a firm named again by the
start of its name, "the Fund" after the one organisation that noun heads, and a wire's ticker after a company
("[BTOM.MI]") are that actor; a firm's country may come from the place it is based in, its ticker's exchange or its
legal form (the one country of the form, or the dateline's when the firm leads the story), and a presumed country its
form rules out is none. A name written with one letter more than the one person in office on the date ("Schultz" in
1987) is that person.
The Resolver's rules live in modules by what they decide, each a mixin of the class: story_countries.py (the
countries a story is about and told from), officials.py (an official's country), titles.py (titles and office
descriptions beside names), party_names.py, places.py, persons.py (people's names, short forms), acronyms.py,
firms.py, nationalities.py (demonyms), descriptions.py (unknown actors described by their neighbours); found.py
holds the resolved stretch of tokens and the words they share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER, POS
from spacy.tokens import Doc, Span

from dossier.actors.acronyms import Acronyms
from dossier.actors.agents import UNKNOWN_COUNTRY, AgentFinder
from dossier.actors.body_titles import body_title_tokens
from dossier.actors.clubs import sports_clubs
from dossier.actors.codes import STATE_SECTORS, for_kind
from dossier.actors.descriptions import _HOME_KINDS, Descriptions
from dossier.actors.dictionary import PHOENIX, Dictionary, slug
from dossier.actors.figure_names import names_cut_before_figures
from dossier.actors.firms import Firms, in_ticker_brackets
from dossier.actors.found import LABELS, _LINKS, _NAME_POS, Found, _text_of
from dossier.actors.fragments import is_fragment, is_time_name
from dossier.actors.hashtags import hashtag_tokens
from dossier.actors.product_names import model_name_tokens, product_name_tokens
from dossier.actors.inner_names import InnerNames
from dossier.actors.matcher import DEMONYM, NAME, OFFICE, ActorMatcher, Match
from dossier.actors.nationalities import Nationalities
from dossier.actors.negated import negated_starts, negated_tokens
from dossier.actors.other_states_bodies import another_state_s_body
from dossier.actors.officials import Officials
from dossier.actors.party_names import PartyNames
from dossier.actors.period_heads import period_head_tokens
from dossier.actors.persons import Persons
from dossier.actors.places import Places
from dossier.actors.state_bodies import (function_body, join_bodies_named_with_their_state, known_body,
                                         lower_case_bodies)
from dossier.actors.story_countries import StoryCountries
from dossier.actors.titles import Titles
from dossier.actors.portfolio_names import names_after_portfolios
from dossier.actors.vessels import vessel_names
from dossier.model import Entity, Mention, Role
from dossier.nlp.arrays import with_lower
from dossier.nlp.extensions import doc_text

# What the stage learns of one Doc and its rules read (Resolver.doc_state, for names a later stage finds)
_DOC_STATE = ("_date", "_unknown", "_agents", "_places", "_dominant", "_counts", "_home", "_lede", "_capital",
              "_states", "_place_tokens", "_named_state_countries", "_single", "_market", "_described", "_presumed",
              "story_country", "_body_led", "_sections", "_headlined", "_many_states_acronyms",
              "_subsidiaries")


# heads of a state's own offices abroad or bodies that are a state's, whatever their name: no nation's group
_NO_GROUP_HEADS = frozenset({"embassy", "consulate", "mission", "delegation", "legation", "government", "army", "navy",
                             "police", "cabinet", "parliament", "congress", "senate", "ministry", "agency"})

class Resolver(StoryCountries, Officials, Titles, PartyNames, Places, Persons, Acronyms, Firms, Nationalities,
               Descriptions, InnerNames):
    """Resolves one Doc; build once per pipeline, call per Doc."""

    def __init__(self, dictionary: Dictionary, matcher: ActorMatcher):
        self.d = dictionary
        self.matcher = matcher
        self._countries_on: dict[tuple[str, str | None], str | None] = {}  # per Doc: `_country_on`'s answers
        # the mentions of the unknown actor being described, while `_describe` runs (an official's partners in any
        # of them: Officials._partner_country)
        self._mentions: list | None = None
        self.gov_preps = frozenset(dictionary.lexicon.government_prepositions)
        self.gov_noun_preps = frozenset(dictionary.lexicon.government_noun_prepositions)
        self.act_nouns = frozenset(dictionary.lexicon.act_nouns)
        self.party_member_nouns = frozenset(dictionary.lexicon.party_member_nouns)
        self._party_first_words: dict[tuple[str, str], set[str]] | None = None
        self.personal = frozenset(dictionary.lexicon.personal_titles)
        self.body_member_nouns = frozenset(w.lower() for w in dictionary.lexicon.body_member_nouns)
        self.negating_prefixes = frozenset(p.lower() for p in dictionary.lexicon.negating_prefixes)
        self.vessel_nouns = frozenset(w.lower() for w in dictionary.lexicon.vessel_nouns)
        self.title_portfolios = (frozenset(w.lower() for w in dictionary.lexicon.portfolio_titles),
                                 frozenset(w.lower() for w in dictionary.lexicon.portfolio_words
                                           + dictionary.lexicon.body_portfolio_words),
                                 frozenset(w.lower() for w in dictionary.lexicon.portfolio_links))
        self.product_nouns = frozenset(w.lower() for w in dictionary.lexicon.product_nouns)
        self.model_nouns = frozenset(w.lower() for w in dictionary.lexicon.model_nouns)
        self.district_words = frozenset(w.lower() for w in dictionary.lexicon.district_words)
        self.state_possessors = frozenset(w.lower() for w in dictionary.lexicon.state_possessor_nouns)
        self._portfolio_words = frozenset(w.lower() for w in dictionary.lexicon.portfolio_words)
        self.media_before = frozenset(dictionary.lexicon.media_nouns_before)
        self.media_after = frozenset(dictionary.lexicon.media_nouns_after)
        self.not_current = frozenset(w.lower() for w in dictionary.lexicon.not_current)
        self.noun_kinds = {n.lower(): k for k, nouns in dictionary.lexicon.kind_nouns.items() for n in nouns}
        self.agents = AgentFinder(dictionary)
        self.function_heads = frozenset(w.lower() for w in dictionary.lexicon.function_body_heads)
        # the ids of every state (a country's, or one of a period's: the Soviet Union) the dictionary names
        self.country_ids = frozenset(dictionary.countries.values())
        self.state_ids = self.country_ids | frozenset(dictionary.periods)
        self.leader_titles = frozenset(t.lower() for t in dictionary.lexicon.leader_titles)
        self._dominant: str | None = None  # per Doc: the country the article is about
        self._counts: dict[str, int] = {}  # per Doc: how often its names give each country
        self._home: str | None = None  # per Doc: the country of the story's dateline
        self._sections: list[tuple[int, str]] = []  # per Doc: the datelines of a roundup page's later sections
        self._lede: str | None = None  # per Doc: a story's with no dateline, its lede's state (_lede_state)
        self._headlined: frozenset[str] = frozenset()  # per Doc: the countries of the states its headline names
        self._capital: str | None = None  # per Doc: the state whose capital the dateline names (_dateline_capital)
        self._states: list[tuple[int, str]] = []  # per Doc: the states it names, first named first
        self._named_state_countries: set[str] = set()  # per Doc: countries named by a state's name or demonym
        self._place_tokens: set[int] = set()  # per Doc: tokens resolved to places
        self.destination_titles = frozenset(t.lower() for t in dictionary.lexicon.destination_titles)
        self.resident_envoy_titles = frozenset(t.lower() for t in dictionary.lexicon.resident_envoy_titles)
        self.subject_titles = frozenset(t.lower() for t in dictionary.lexicon.subject_titles)
        self.legal_forms = frozenset(f.lower() for f in dictionary.lexicon.legal_forms)
        self.legal_forms_written_out = frozenset(f.lower() for f in dictionary.lexicon.legal_forms_written_out)
        self._forms = self.legal_forms | self.legal_forms_written_out  # "Co" and "Company" alike
        self.not_actor_words = frozenset(w.lower() for w in dictionary.lexicon.not_actor_words)
        self.platforms = frozenset(w.lower() for w in dictionary.lexicon.platform_names)
        self.office_heads = frozenset(w.lower() for w in dictionary.lexicon.possessed_office_heads)
        self.medium_prepositions = frozenset(w.lower() for w in dictionary.lexicon.medium_prepositions)
        self.international_words = frozenset(w.lower() for w in dictionary.lexicon.international_words)
        self.international_heads = frozenset(w.lower() for w in dictionary.lexicon.international_body_heads)
        self._many_states_acronyms: frozenset[str] = frozenset()  # per Doc: acronyms of bodies of many states
        self._subsidiaries: set[str] = set()  # per Doc: the names of known firms' arms in other states, lower case
        self.currency_words = frozenset(w.lower() for w in dictionary.lexicon.currency_words)
        self.any_body_titles = frozenset(w.lower() for w in dictionary.lexicon.titles_of_any_body)
        self.firm_titles = frozenset(w.lower() for w in dictionary.lexicon.firm_titles)
        self.companion_verbs = frozenset(w.lower() for w in dictionary.lexicon.companion_verbs)
        self.eponymous_nouns = frozenset(w.lower() for w in dictionary.lexicon.eponymous_body_nouns)
        self.club_words = frozenset(dictionary.lexicon.club_words)
        self.committee_nouns = frozenset(w.lower() for w in dictionary.lexicon.committee_nouns)
        self.relation_nouns = frozenset(w.lower() for w in dictionary.lexicon.relation_nouns)
        self.staff_nouns = frozenset(w.lower() for w in dictionary.lexicon.staff_nouns)
        self.people_words = frozenset(w.lower() for w in dictionary.lexicon.people_words)
        self.nationality_nouns = frozenset(w.lower().split()[-1] for w in dictionary.lexicon.nationality_nouns)
        self.speech_verbs = frozenset(w.lower() for w in dictionary.lexicon.speech_verbs)
        self.region_words = frozenset(w.lower() for w in dictionary.lexicon.region_words)
        self.settlement_words = frozenset(w.lower() for w in dictionary.lexicon.settlement_words)
        self.place_nouns = frozenset(w.lower() for w in dictionary.lexicon.place_nouns)
        self.named_place_nouns = frozenset(w.lower() for w in dictionary.lexicon.named_place_nouns)
        self.place_prepositions = frozenset(w.lower() for w in dictionary.lexicon.place_prepositions)
        self.near_prepositions = frozenset(w.lower() for w in dictionary.lexicon.near_prepositions)
        self.holding_nouns = frozenset(w.lower() for w in dictionary.lexicon.holding_nouns)
        self.place_office_titles = frozenset(w.lower() for w in dictionary.lexicon.place_office_titles)
        self.region_head_titles = frozenset(w.lower() for w in dictionary.lexicon.region_head_titles)
        self.executive_tag_titles = frozenset(w.lower() for w in dictionary.lexicon.party_tag_executive_titles)
        self.legislator_tag_titles = frozenset(w.lower() for w in dictionary.lexicon.party_tag_legislator_titles)
        self.state_body_names = re.compile(r"\b(?:" + "|".join(
            re.escape(n.lower()) for n in dictionary.lexicon.state_body_names) + r")\b") \
            if dictionary.lexicon.state_body_names else None
        self.body_heads = frozenset(w.lower() for w in (*dictionary.lexicon.body_nouns,
                                                        *dictionary.lexicon.defined_body_heads))
        # the last word of a body's name, before which a title's word is the name's ("Foreign Ministry"): a body's
        # noun, a state body's, and the nouns of a kind of body other than a person's or a firm's
        self.name_heads = self.body_heads | frozenset(w.lower() for w in (
            *dictionary.lexicon.function_body_heads, *(n for kind, nouns in dictionary.lexicon.kind_nouns.items()
                                                       if kind not in ("person", "company") for n in nouns)))
        self._firm_stems: dict[str, set[str]] | None = None  # the dictionaries' firms by name without legal form
        self._firm_short_stems: dict[str, set[str]] = {}  # the same, a form written out kept ("intel corporation")
        self._party_words: dict[str, set[str]] | None = None  # country -> first words of its parties' names
        self._single = False  # per Doc: a one-country wire story (_single_country)
        self._market = False  # per Doc: an issue on the dateline's bond market (_issue_on_market)
        self._body_led: str | None = None  # per Doc: the international body it names most, where one leads (_body_leads)
        # per Doc: the country of a state's act the story tells without naming who did it ("were convicted"): the
        # country the article is about, else the dateline's in a one-country wire story; None otherwise
        self.story_country: str | None = None
        # per Doc: the tokens of generic agents whose possessive names another party (AgentSpan.owner_is_other)
        self.owned_by_other: frozenset[int] = frozenset()
        self.vessels: dict[int, int] = {}  # per Doc: the words of ships' names -> their class noun (vessels.py)

    def __call__(self, doc: Doc, headline: Doc | None = None
                 ) -> tuple[dict[str, Entity], list[Mention], dict[int, str]]:
        """`headline`: the story's title, tokenized only (ActorsComponent): the one state it names may settle the
        story's (`_headline_country`)."""
        date = doc._.published
        self._countries_on = {}
        self.owned_by_other = frozenset()
        self._unknown: dict[str, str] = {}
        self._defined_known: dict[int, tuple[int, str]] = {}  # end -> (start, id): a name known by its acronym
        # end -> (start, id, the name's ids): the acronym's entry, with the country the name's entry lacks
        self._defined_placed: dict[int, tuple[int, str, set[str]]] = {}
        self._agents: dict[str, Entity] = {}
        self._places: dict[str, Entity] = {}
        self._date = date
        if (ents := names_after_portfolios(doc, *self.title_portfolios)) is not None:
            doc.ents = ents  # "Secretary of Trade and Industry Jose Concepcion": the person after the portfolio
        if (ents := names_cut_before_figures(doc)) is not None:
            doc.ents = ents  # "promised Senegal 1.8 billion francs": Senegal, not an organisation of that name
        matches = self._particled(doc, self.matcher(doc))  # "de la Madrid": a person, not Spain
        # "Acme Inc <ROK>": a ticker symbol, no state, whatever its letters spell (Firms._tickers)
        matches = [m for m in matches if m.key not in self.state_ids or not in_ticker_brackets(doc, m.start, m.end)]
        defined = self._defined_acronyms(doc, matches)  # "the Stock Exchange of Singapore (SES)": one body, two names
        if defined:
            matches = self._without_other_readings(doc, matches, defined)
        named_countries = {self._country_on(m.key, date) for m in matches if m.kind in (NAME, DEMONYM)
                           and not self._doubtful(m.key)} - {None}
        # "Egypt timeline" over "Mubarak steps down": the one state the headline names is named by the article too
        named_countries |= self._headline_state(headline, doc)
        matches = [m for m in matches if not (m.kind == NAME and self._doubtful(m.key)
                                              and self.d.entities[m.key].country not in named_countries
                                              and not self._former_head_in_full(doc, m))]
        matches = [m for m in matches if not self._generic_word(doc, m) and not self._titled_out_of_office(doc, m)
                   and not self._bare_title(doc, m, matches)
                   and not (m.kind == NAME and self._tagged_namesake(doc[m.start:m.end], m.key))]
        matches = [m for m in matches if not self._inner_name(doc, m, matches)]
        matches = [m for m in matches if not self._other_state_s_body(doc, m, matches)]
        matches = self._without_parents_of_subsidiaries(doc, matches)  # "General Motors of Canada Ltd": Canadian
        matches = self._parties(doc, matches)
        taken = [False] * len(doc)
        # "ethnic Albanians": a people, no state (nationalities.py); the demonym is no actor, as a negated name is
        peoples = {i for m in matches if m.kind == DEMONYM and self._ethnic(doc, m.start)
                   for i in range(m.start, m.end)}
        if (negated := negated_starts(doc, self.negating_prefixes)) or peoples:  # "non-OPEC producers": not OPEC
            # no name for the coder either (the tagger's entity of prefix and name, the words alone): it reads the
            # noun after them ("producers") by itself
            words = negated_tokens(negated, [(m.start, m.end) for m in matches] + [(e.start, e.end) for e in doc.ents])
            matches = self._set_aside(doc, words | peoples, taken, matches, entities_at=negated | peoples)
        self.vessels = vessel_names(doc, self.vessel_nouns)  # "the frigate Stark": a ship's name, no actor
        if self.vessels:
            matches = self._set_aside(doc, self.vessels, taken, matches, recase=False)
        # "the #MeToo era", "the MeToo movement": a hashtag's word, no actor (hashtags.py); a name the dictionaries
        # know is kept ("#Putin" is still Putin)
        if tags := hashtag_tokens(doc) - {i for m in matches if m.kind == NAME for i in range(m.start, m.end)}:
            matches = self._set_aside(doc, tags, taken, matches, drop_matches=False)
        # "a negative PCR test", "the Covaxin shots": a test's or a medicine's name, no actor (product_names.py); so
        # is a weapon's or an aircraft's model, "Exocet missiles", "its 737 Max jet"; a name the dictionaries know
        # is kept
        if products := (product_name_tokens(doc, self.product_nouns)
                        | model_name_tokens(doc, self.model_nouns)) - {
                i for m in matches for i in range(m.start, m.end)}:
            matches = self._set_aside(doc, products, taken, matches, drop_matches=False)
        # "the Uruguay Round talks": a place's name naming a series of negotiations, no actor (places.py)
        if rounds := self._round_names(doc, matches):
            matches = self._set_aside(doc, rounds, taken, matches)
        # "the Iran arms scandal": a state's name naming an affair, no actor (places.py)
        if affairs := self._affair_names(doc, matches):
            matches = self._set_aside(doc, affairs, taken, matches)
        found: list[Found] = []
        nested: list[Found] = []  # names inside an office description: mentioned, but the tokens name the holder

        def take(start: int, end: int, ident: str, label: str | None = None, country: str | None = None) -> None:
            found.append(Found(start, end, ident, label, country))
            for i in range(start, end):
                taken[i] = True

        # "the Community", "Community ministers" in a 1987 story naming the EC: the EC (period_heads.py)
        named_ids = {m.key for m in matches if m.kind == NAME}
        for i, body in period_head_tokens(doc, self.d, date, named_ids, [(m.start, m.end) for m in matches]
                                          + [(e.start, e.end) for e in doc.ents]).items():
            if not taken[i]:
                take(i, i + 1, body)
        # "the farm commissioner said" in a story naming the EC: the EC (body_titles.py)
        for i, body in body_title_tokens(doc, self.d, named_ids,
                                         [(m.start, m.end, m.key) for m in matches if m.kind == NAME]).items():
            if not taken[i]:
                take(i, i + 1, body)

        person_starts = {m.start for m in matches if m.kind == NAME and self._is_person(m.key)}
        ents = self._bracketed(doc, doc.ents)  # a new tuple of Spans at each reading; "<Acme Corp>" a firm's name
        ents = self._whole_names(doc, ents)
        ents = lower_case_bodies(doc, ents)  # "the finance ministry": the body "the Finance Ministry" names
        ents = self._destination_and_holder(doc, ents, matches)
        ents = self._body_and_holder(doc, ents, matches)
        ents = self._bodies_named_after_people(doc, ents, matches)
        ents = self._without_titles(doc, ents)
        ents = self._joined_firm_names(doc, ents, matches)
        ents, matches, clubs = sports_clubs(doc, ents, matches, self.club_words, self._place_country)  # "Real Madrid"
        if defined:
            ents = self._with_defined(doc, ents, defined)
        person_starts |= {e.start for e in ents if e.label_ == "PERSON"}
        chambers = [(m, states) for m in matches if (states := self._shared_chamber(doc, m)) is not None]
        matches = [m for m in matches if not self._family_name(doc, m, ents, matches)
                   and not self._given_name(doc, m, ents, matches) and not any(m is c for c, _ in chambers)]
        for i in self._family_names_alone(doc, matches, ents):  # "Rep. Ann English … English said": the person
            matches = [m for m in matches if m.start != i]
            take(i, i + 1, "", "PERSON")
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
        inner_country: dict[tuple[int, int], str] = {k: c for k, c in clubs.items() if c}
        self._named_state_countries = {self._country_on(m.key, date) for m in matches if m.kind in (NAME, DEMONYM)
                                       and not self._borrowable(m.key)} - {None}
        for m in sorted((m for m in matches if m.kind in (NAME, DEMONYM)), key=lambda m: (-m.length, doc[m.start].lower_ == "the", m.start)):
            region = self._region_named(doc, m, matches)  # "New Mexico", "Atlanta, Georgia": a place, not the country
            begun = self._place_begun(doc, m)  # "British Columbia": a place its demonym begins, not the state
            if begun is not None and (outer := self._inside_organisation(m, organisations, defined)) is not None:
                inner_country.setdefault((outer.start, outer.end), begun[1].country)
            elif begun is not None:
                if not any(taken[m.start:begun[0]]):
                    take(m.start, begun[0], self._place_id(begun[1]))
            elif (outer := self._inside_organisation(m, organisations, defined)) is not None:
                if self._borrowable(m.key) and (forms := self._form_countries(outer)) and \
                        self.d.entities[m.key].country not in forms:
                    continue  # "Piedmont Aviation Inc": no Italian firm writes "Inc"; "Rhone Poulenc S.A." stays French
                inner_country.setdefault((outer.start, outer.end),  # "Moscow Narodny Bank" in 1987: Soviet
                                         region[1].country if region else self._country_on(m.key, date))
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
        committees: list[tuple[Found, list[str]]] = []
        for m, states in chambers:  # "the Senate" alone: given below, as a committee named by its chamber is
            if not any(taken[m.start:m.end]):
                take(m.start, m.end, "", "ORG")
                committees.append((found[-1], states))
        firm_names = self._firms_own_names(doc, ents, headline)
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
                    if label == "PERSON" and self._place_tagged_person(doc, core, countries, ents):
                        label = "GPE"  # "the Jaffna peninsula" in a story of Sri Lanka: the city, no person
                    if label == "PERSON" and self._world_city_tagged_person(doc, core, countries):
                        label = "GPE"  # "flew to Dakar", "talks in Accra": a capital of any state, no person
                    if label in ("PERSON", "ORG") and self._named_as_place(doc, core, label):
                        label = "LOC"  # "the Rukban camp", "in nearby Ranui": a place, whatever the tagger read
                    if label in ("GPE", "LOC", "NORP", "PERSON") and self._firm_not_town(core, firm_names):
                        label = "ORG"  # "Westland" in a story of "Westland Plc": the firm, not a US town
                    if label == "ORG" and (chamber := self._chamber_committee(core)) is not None:
                        take(core.start, core.end, "", label)  # "the House Budget Committee": given below
                        committees.append((found[-1], chamber))
                        continue
                    place = self._place(doc, core, label, countries)
                    demonym = self._demonym(core.text) if label == "NORP" else None
                    if place is not None:
                        take(core.start, core.end, place)
                    elif demonym is not None:
                        take(core.start, core.end, demonym)  # "West german": a demonym written in other case
                    elif label == "PERSON" and (person := self._spelled(core.text, named_countries)) \
                            and not self._tagged_namesake(core, person):
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
        self._counts = self._chambers_counted(self._country_counts([f for f in found if f.ident], doc), chambers)
        self._headlined = self._headline_states(headline, doc, found)
        self._dominant = self._article_country(self._counts)
        self._states = self._named_states([f for f in found if f.ident], doc)
        self._home = self._dateline_country(doc)
        headlined = self._headline_country()
        if headlined is not None and self._dominant not in (None, headlined, self._home):
            self._dominant = None  # the headline names another state the body names about as often: none stands out
        elif headlined is not None and self._dominant is None:
            self._dominant = self._headlined_story_country(headlined)  # "Egypt timeline" over "troops ... in Cairo"
        self._sections = self._section_datelines(doc)
        self._capital = self._dateline_capital(doc)
        self._single = self._single_country([f for f in found if f.ident])
        self._market = self._issue_on_market(doc)
        self._body_led = self._body_leads([f for f in found if f.ident], doc)
        # a story with no dateline is told from the state its lede names, where its names give that one most
        self._lede = None if self._home is not None or self._body_led else self._lede_state(
            doc, [f for f in found if f.ident])
        self.story_country = self._dominant or (self._home if self._single else None)
        # "LONDON - the prime minister said": the holder of that office of the story's one state (titles.py)
        for f in self._story_state_titles(doc, matches, found, taken):
            take(f.start, f.end, f.ident)
        for f, states in committees:  # the dateline's state's chamber, else the story's, else the one a wire means
            f.ident = self._legislature(f, next((c for c in (self._home, self.story_country) if c in states),
                                                states[0]))
        # a state body's word the tagger took for a name of no known actor ("Congressional" of "Congressional
        # leaders"), the first word of an agent's noun capitalised by its sentence's start ("Riot police"), or a
        # people's word of no state ("Tamil" of "Tamil guerrillas" tagged a person), is free for the agent it begins;
        # kept where no agent takes it
        loose = [f for f in found if not f.ident and f.end - f.start == 1
                 and (doc[f.start].lower_ in self.agents.body_words or self._opens_agent_noun(doc, f.start)
                      or self._people_word(doc, f.start))]
        for f in loose:
            taken[f.start] = False
        # a story an international body leads gives its generic agents no state of its own (_body_leads)
        lede = self._lede
        story = (None, None, None) if self._body_led else (
            self._dominant, self._home or lede, self._dominant or self._leading_country() or lede)
        # a story of a territory that names its state about as often: the territory's people and police (_territory_story)
        territory = None if self._body_led or self._dominant else self._territory_story(self._counts)
        # the executive of the head the story names most: its "administration officials" (_leader_state)
        leader = None if self._body_led or self._dominant else self._leader_state([f for f in found if f.ident], doc)
        agents = self.agents(doc, taken, {i: f.ident for f in found if f.ident for i in range(f.start, f.end)},
                             {i: f.label for f in found if f.label for i in range(f.start, f.end)},
                             story[0], {i: p.country for i, p in self._places.items() if p.country},
                             story[1], self._single, story[2], self._capital, self.vessels,
                             None if self._body_led else self._sections, territory, leader,
                             self._bodies_states(doc, found), self._home_named_at(story[1], len(doc)),
                             self._groups_states(doc, found))
        covered = {i for agent in agents for i in range(agent.start, agent.end)}
        self.owned_by_other = frozenset(i for a in agents if a.owner_is_other for i in range(a.start, a.end))
        for f in loose:
            if f.start in covered:
                found.remove(f)
            taken[f.start] = True
        for agent in agents:
            leader = None if agent.regional else self._leader(doc[agent.start:agent.end], agent.entity)
            if leader:
                found.append(Found(agent.start, agent.end, leader))
                continue
            if self._body_led and self._the_body_s_members(doc[agent.start:agent.end], agent.ident):
                found.append(Found(agent.start, agent.end, self._body_led))  # "EC ministers met ... the ministers"
                continue
            found.append(Found(agent.start, agent.end, agent.ident))
            if agent.entity is not None:
                self._agents[agent.ident] = agent.entity
        for f in found:
            if f.label == "NORP" and not f.ident and (party := self._party_adjective(doc, f)) is not None:
                f.ident = party  # "the Democratic candidate" in a story about the United States
        # A short form outside any entity: "Boluarte" tagged as a common noun.
        if len(doc):
            recased = doc._.recased or ()  # "Banks" of "U.S. Banks": a common word the wire capitalised
            for i, (alpha, title, pos) in enumerate(doc.to_array([IS_ALPHA, IS_TITLE, POS]).tolist()):
                if alpha and title and pos in _NAME_POS and not taken[i] and i not in recased:
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
        # "the Japanese Finance Ministry … the Finance Ministry": the body named with its state before
        join_bodies_named_with_their_state(doc, found, lambda text: self._country_word(text) or self._demonym(text),
                                           [k for k, _ in self._sections or ()])
        if defined:
            self._join_defined(doc, found, defined)
        found = self._tickers(doc, found)
        if undated:
            found = self._named_holders(doc, undated, matches, found, nested, person_starts)
        return self._output(doc, [f for f in found if f.ident and not self._fragment(doc, f)
                                  and not self._medium(doc, f)], nested, date)

    @staticmethod
    def _set_aside(doc: Doc, tokens: Iterable[int], taken: list[bool], matches: list[Match], *,
                   entities_at: Iterable[int] | None = None, drop_matches: bool = True,
                   recase: bool = True) -> list[Match]:
        """Tokens that name no actor (a negated name, a vessel's, a hashtag's, a product's, a round of talks): taken,
        out of the tagger's entities (those holding a token of `entities_at`, by default the tokens themselves), with
        (`drop_matches`) the dictionary matches they begin, and (`recase`) no name for the events coder either.
        Returns the matches kept."""
        tokens = set(tokens)
        for i in tokens:
            taken[i] = True
        if drop_matches:
            matches = [m for m in matches if not taken[m.start]]
        at = tokens if entities_at is None else set(entities_at)
        doc.ents = tuple(e for e in doc.ents if not any(i in at for i in range(e.start, e.end)))
        if recase:
            doc._.recased = frozenset(doc._.recased or ()) | tokens
        return matches

    def _the_body_s_members(self, span: Span, ident: str) -> bool:
        """Whether a group of state officials of no state (`agent:---:GOV`) named by a noun of the lexicon's
        `body_member_nouns` ("the ministers", "Ministers from the EC's producing states") with no word of its own
        before it but "the" is the international body a story leads with (`_body_leads`): in a story told of the EC or
        OPEC, "the ministers" who meet, agree and back are that body's council, as "EC ministers" named before are.
        Not "two ministers", "some ministers", "other ministers", "French ministers" (a state's word gives a state
        first), nor a singular (one minister is a member state's)."""
        head = span[-1]
        if ident != f"agent:{UNKNOWN_COUNTRY}:GOV" or len(span) != 1 or head.lower_ not in self.body_member_nouns:
            return False
        return all(c.dep_ not in ("amod", "compound", "nummod", "poss", "quantmod", "det") or (
            c.dep_ == "det" and c.lower_ == "the") for c in head.children if c.i < head.i)

    def _bodies_states(self, doc: Doc, found: list[Found]) -> dict[int, str]:
        """{each word of a body's name: the state its own words give} for the organisations found so far whose state
        the name tells: a known state body ("Ministry of International Trade and Industry"), a name with a state's
        word inside ("the Japanese Finance Ministry") or a state's possessive before it ("Brazil's Finance Ministry");
        for the agents a body's word names again ("Ministry officials": AgentFinder's `bodies_before`)."""
        out: dict[int, str] = {}
        at = {i: f for f in found if f.ident for i in range(f.start, f.end)}
        for f in found:
            if f.ident:
                known = self.d.entities.get(f.ident)
                state = self._country_on(f.ident, self._date) if known is not None and known.kind == "government" \
                    and known.type == "ORG" else None
            elif f.label == "ORG":
                owner = at.get(f.start - 2) if f.start > 1 and doc[f.start - 1].lower_ in ("'s", "’s") else None
                state = f.country or (self._country_on(owner.ident, self._date)
                                      if owner is not None and owner.ident in self.state_ids else None)
            else:
                continue
            if state:
                out.update((i, state) for i in range(f.start, f.end))
        return out

    def _home_named_at(self, home: str | None, end: int) -> int | None:
        """Before which token a story's generic agents' home state (`home`) is only presumed: for a story with no
        dateline, where it first names its lede's state (by name, demonym or capital); for one whose dateline's state
        it names nowhere ("LONDON - The Thai Rice Exporters Association urged the government", a market's dateline),
        its end; None where the story names its dateline's state, or has no such state."""
        if home is None:
            return None
        first = next((at for at, state in self._states if state == home), None)
        if self._home is None:
            return first
        return end if first is None and home == self._home else None

    def _groups_states(self, doc: Doc, found: list[Found]) -> dict[int, str]:
        """{each word of a group's name: the state its own words give} for the organisations found so far that no
        dictionary knows, whose name holds one state's name or demonym and is no state body's ("the Thai Rice Exporters
        Association", "the Philippine Coconut Authority"; not "the Japanese Finance Ministry", "the Bank of Korea", "the
        U.S. Embassy"): a nation's own group, whose "government" is its state's (AgentFinder's `named_groups`)."""
        out: dict[int, str] = {}
        for f in found:
            if f.ident or f.label != "ORG" or not f.country:
                continue
            name = doc[f.start:f.end]
            if self._state_body(name.text) or any(t.lower_ in self.function_heads or t.lower_ in self.state_possessors
                                                   for t in name) or name[-1].lower_ in _NO_GROUP_HEADS:
                continue
            out.update((i, f.country) for i in range(f.start, f.end))
        return out

    @staticmethod
    def _chambers_counted(counts: dict[str, int], chambers: list[tuple[Match, list[str]]]) -> dict[str, int]:
        """The countries the story's names give, each chamber named alone (`_shared_chamber`) counted once more for
        the state the story names most of those whose legislature has it ("the Senate" beside "U.S." and "Reagan":
        the US; beside Abuja and the Nigerian police: Nigeria); for none where the story names none of them."""
        counts = dict(counts)
        for _, states in chambers:
            named = [s for s in states if counts.get(s)]
            if named:
                top = max(named, key=lambda s: counts[s])
                counts[top] += 1
        return counts

    def _shared_chamber(self, doc: Doc, m: Match) -> list[str] | None:
        """The states whose legislature has a chamber of the name a dictionary gives one state's, where a match is
        that name written alone ("the Senate": Phoenix's US Congress; lexicon `chambers_of_several_states`): read as
        the chamber of the dateline's or the story's state, as a committee named by its chamber is, not as the US one
        ("the Senate" of a story of Nigeria), and no state's name when the story's country is weighed; None else."""
        if m.kind != NAME:
            return None
        return self.d.lexicon.chambers_of_several_states.get(
            " ".join(t.lower_ for t in doc[m.start:m.end] if t.lower_ != "the"))

    def _chamber_committee(self, core: Span) -> list[str] | None:
        """The states a committee named by its legislature's chamber may be of ("House Appropriations Committee",
        "House of Representatives Budget Committee", "House Banking subcommittee": lexicon `chamber_committees`, the
        name ending in one of `committee_nouns`); None for any other name, and for a chamber the lexicon does not
        hold ("House of Commons Committee", "Lower House Budget Committee": read as before)."""
        if len(core) < 2 or not core[0].is_title or core[-1].lower_ not in self.committee_nouns:
            return None
        words = [t.lower_ for t in core]
        for n in range(len(words) - 1, 0, -1):
            states = self.d.lexicon.chamber_committees.get(" ".join(words[:n]))
            if states and words[n] not in ("of", "'s"):
                return states
        return None

    def _legislature(self, f: Found, country: str) -> str:
        """The legislature of a state, as the id of its known body ("Congress" of a state the dictionaries know one
        of: `known_body`), else as the legislature's agent of that state."""
        if country in self.d.lexicon.bodies_of_some_states.get("congress", ()) and \
                (ident := known_body("Congress", country)) is not None:
            return ident
        entry = self.d.agents.get(("legislature",))
        if entry is None:
            return ""
        agent = self.agents.agent(f.start, f.end, entry, country)
        if agent.entity is not None:
            self._agents[agent.ident] = agent.entity
        return agent.ident

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
        if name.islower() and function_body(name) and set(name.split()) & self.function_heads:
            # "the finance ministry", "the statistics department": a state body written in lower case, with its head
            # (state_bodies.lower_case_bodies); not "treasury" of "treasury bills"
            return False
        key = f.ident.split(":", 2)[2]
        return is_fragment(name if slug(name) == key else key.replace("-", " ").title(), self.legal_forms,
                           self.not_actor_words)

    def _people_word(self, doc: Doc, i: int) -> bool:
        """Whether the word at `i` is a people's word of no state (lexicon's `stateless_peoples`) that the tagger took
        for a name ("Tamil" of "Tamil guerrillas" as a person): free for the agent noun after it to begin with."""
        return doc[i].text in self.agents.stateless_peoples

    def _opens_agent_noun(self, doc: Doc, i: int) -> bool:
        """Whether the word at `i`, capitalised only because it opens its sentence, is the first word of an agent's
        noun of several words (agents.yaml: "Riot police", "Border guards"): no name of its own."""
        tok = doc[i]
        if not (tok.is_sent_start and tok.is_title and tok.is_alpha) or i + 1 >= len(doc):
            return False
        words = (tok.lower_, doc[i + 1].lower_)
        return self.d.agents.get(words) is not None or (
            i + 2 < len(doc) and self.d.agents.get(words + (doc[i + 2].lower_,)) is not None)

    def _medium(self, doc: Doc, f: Found) -> bool:
        """A platform where words are published, named right after a medium's preposition (lexicon's
        `platform_names`, `medium_prepositions`: "posted on Twitter accusing X"): where something was said, no actor."""
        return (f.start > 0 and doc[f.start:f.end].text.lower() in self.platforms
                and doc[f.start - 1].lower_ in self.medium_prepositions)

    def _other_state_s_body(self, doc: Doc, m: Match, matches: list[Match]) -> bool:
        """A known state body's name that another state's word qualifies ("the Philippine Senate": not the US
        Congress whose alias "Senate" is; other_states_bodies.py), or the same words named again alone after the
        article so qualified them ("the Nigerian Senate adjourned … Senate President X": Nigeria's chamber again)."""
        entity = self.d.entities.get(m.key) if m.kind == NAME else None
        if entity is None or entity.kind != "government" or entity.type in ("GPE", "LOC", "PERSON"):
            return False

        def state(o: Match) -> str | None:
            named = self.d.entities.get(o.key)
            return self._country_on(o.key, self._date) if named is not None and named.type == "GPE" else None

        own = self._country_on(m.key, self._date)
        if another_state_s_body(doc, m, matches, own, state):
            return True
        words = doc[m.start:m.end].text.lower()
        return any(o.key == m.key and o.end <= m.start and doc[o.start:o.end].text.lower() == words
                   and another_state_s_body(doc, o, matches, own, state) for o in matches)

    def _place_country(self, ident: str) -> str | None:
        """The country on the article's date of a dictionary state or place; None for any other id (a city's name
        after a club's word may read as either: "Real Madrid")."""
        entity = self.d.entities.get(ident)
        return self._country_on(ident, self._date) if entity is not None and entity.type == "GPE" else None

    def _generic_word(self, doc: Doc, m: Match) -> bool:
        """A converted dictionary's one-word name that is a common noun for a kind of body ("Organization", an alias
        of Tanzim): the word of a longer name ("International Coffee Organization"), not that actor."""
        return (m.kind == NAME and m.length == 1 and self.d.rank.get(m.key) == PHOENIX
                and doc[m.start].lower_ in self.noun_kinds)

    def _core(self, ent: Span) -> Span | None:
        """The name inside an entity: no leading 'the' or honorifics, no trailing possessive or "of". A firm's full
        legal name keeps a first word that is also a title ("General Dynamics Corp", "Admiral Holdings plc"), and so
        does a body's name, one ending with a body's noun ("the Foreign Ministry", "the Justice Department", "the
        General Accounting Office": not "Ministry", "Department", "Accounting Office")."""
        start, end = ent.start, ent.end
        doc = ent.doc
        while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", "’", "of"):
            end -= 1  # "Acme Inc of" tagged before "New Orleans": the firm's name ends before its address
        whole = ent.label_ != "PERSON" and end > start and (
            doc[end - 1].lower_.strip(".") in self.legal_forms or doc[end - 1].lower_ in self.name_heads)
        while start < end and (doc[start].lower_ == "the" or doc[start].text in self.d.honorifics and not whole):
            start += 1
        return doc[start:end] if end > start else None

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
        self._many_states_acronyms = frozenset()  # the last Doc's are no acronyms of this one's names
        self._many_states_acronyms = self._acronyms_of_many_states_bodies(doc, spans)
        for ident, fs in spans.items():
            if not ident.startswith("unk:PERSON:"):
                self._described[ident] = self._described_at(doc, fs, token_actor)
        self._firms_by_description(doc, found)
        state_firms = self._state_firms(doc, found)
        self._own_state_firms(state_firms)
        for ident, fs in spans.items():
            if ident.startswith("unk:PERSON:"):
                entity = self._described_at(doc, fs, token_actor)
                if ident in nationals and (not entity.country or ident in self._presumed):
                    # "Mark Tully ... The Briton was held": the nationality told of them, before the story's country
                    self._presumed.discard(ident)
                    entity = entity.model_copy(update={"country": nationals[ident], "cameo": nationals[ident]})
                self._described[ident] = entity
        self._own_state_firms({i for i in state_firms if i.startswith("unk:PERSON:")})
        doc_id = doc._.doc_id or ""
        for f in sorted(found + nested, key=lambda f: (f.start, -f.end)):
            span = doc[f.start:f.end]
            surface = span.text
            entity = actors.get(f.ident)
            if entity is None:
                known = self.d.entities.get(f.ident)
                if known is not None:
                    entity = known.model_copy(update={"cameo": self.d.cameo_on(f.ident, date),
                                                      "country": self._country_on(f.ident, date),
                                                      "aliases": list(known.aliases)})
                    if f.ident in state_firms and entity.country:
                        entity.cameo = f"{entity.country}GOVBUS"  # "state-owned Acme Oil": owned by the state then
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
            mentions.append(Mention(entity=f.ident, doc=doc_id, start=span.start_char,
                                    end=span.end_char, text=surface))
        return actors, mentions, token_actor

    def _own_state_firms(self, idents: set[str]) -> None:
        """The unknown firms a mention says the state owns (`_state_firms`: "the state oil firm, X") coded as CAMEO
        codes a state's firm (~GOVBUS), where their country is known and their code says no more than it (not an
        outlet's, "the state-run news agency X"): they act for their state, no firm's own trade."""
        for ident in idents & self._described.keys():
            entity = self._described[ident]
            if entity.country and entity.cameo in (entity.country, f"{entity.country}BUS"):
                self._described[ident] = entity.model_copy(update={"kind": "company",
                                                                   "cameo": f"{entity.country}GOVBUS"})

    def _body_set_beside(self, span: Span) -> str | None:
        """The kind of body ("organisation", "company", "party", "government") whose noun a name is set beside
        between commas at one of its mentions ("the port union, FNV, agreed", then "the FNV"; `kind_nouns` in the
        lexicon), if any: the name is that body's."""
        doc = span.doc
        words = [t.lower_ for t in span]
        for i in with_lower(doc, words[:1]):  # where its first word is written, found on the Doc's LOWER ids
            if [t.lower_ for t in doc[i:i + len(words)]] != words:
                continue
            head = self._set_off(doc[i:i + len(words)])
            kind = self.noun_kinds.get(head.lower_) if head is not None else None
            if kind in _HOME_KINDS:
                return kind
        return None

    def _body_after_of(self, span: Span, token_actor: dict[int, str]) -> Entity | None:
        """The known international body a title is "of" ("Trade Ministers of the Association of Southeast Asian
        Nations (ASEAN)", "Finance Ministers of the EC"): its officials, not the story's state's. The body's name is
        the capitalised words after "of" (with their links, a hyphen's word and an acronym in brackets after them),
        the first of them an actor's mention. None for a state's or any other actor, or no "of" right after the title."""
        doc, i = span.doc, span.end
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        for tok in doc[i + 1:min(len(doc), i + 14)]:
            if (ident := token_actor.get(tok.i)) is not None:
                entity = self.d.entities.get(ident)
                return entity if entity is not None and (
                    entity.kind == "igo" or (entity.cameo or "").startswith("IGO")) else None
            if not (tok.is_title or tok.is_upper or tok.lower_ in ("the", "of", "and", "for", "-", "(")
                    or (tok.i and doc[tok.i - 1].text == "-")):
                return None
        return None

    def _state_s_body_named_again(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The actor a lone capitalised noun of a state's agent ("Navy", "Army", "Police": the agents' nouns of a
        state's sector) names again after the story named it with its state ("U.S. Navy warships ..., and Navy
        personnel ..."): the one state's actor mentioned before it whose name ends with that noun. None where none or
        the bodies of two states were so named, or the word is no such noun; the story's or the dateline's state
        then reads it as before (`_capitalised_agent`)."""
        if len(span) != 1 or not span[0].is_title:
            return None
        entry = self.d.agents.get((span[0].lower_,))
        if entry is None or (entry.sector or "")[:3] not in STATE_SECTORS:
            return None
        actors = span.doc._.actors or {}
        word = span[0].lower_
        found = {ident for i, ident in token_actor.items() if i < span.start and (e := actors.get(ident)) is not None
                 and e.country and len(e.name.split()) > 1 and e.name.lower().split()[-1] == word}
        countries = {actors[ident].country for ident in found}
        return found.pop() if len(found) == 1 and len(countries) == 1 else None

    def _capitalised_agent(self, span: Span) -> dict | None:
        """What a generic agent's noun written with a capital ("Employers and the union ...", "Employers
        organization chairman X", which the tagger and the coder read as a name) is given, as the agents stage gives
        the same noun in lower case that no word describes: the country the story is about, else, in a one-country wire
        story, its dateline's (agents.py); kind and CAMEO code by the noun's sector. None for another word, a title that
        needs a state's word ("Minister"), a state's own noun ("Government") or a name of several words."""
        if len(span) != 1 or not span[0].is_title:
            return None
        entry = self.d.agents.get((span[0].lower_,))
        if entry is None or entry.needs_country or entry.as_country:
            return None
        country = self._dominant or (self._home if self._single and not self._market else None)
        if not country or self._body_led:
            return None
        cameo = f"{entry.sector}{country}" if entry.before else f"{country}{entry.sector}"
        return {"country": country, "cameo": cameo, "kind": entry.kind, "sector": entry.sector}

    def _country_on(self, ident: str, date: str | None) -> str | None:
        """`Dictionary.country_on`, its answers kept while one Doc is read (`__call__`, `unknown_name`): the rules
        ask the countries of the same few names some 30 times a story."""
        key = (ident, date)
        if key not in self._countries_on:
            self._countries_on[key] = self.d.country_on(ident, date)
        return self._countries_on[key]

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
        official introduced by a title alone (`_official_country`); a name set beside a body's noun at one of its
        mentions ("the port union, FNV,": `_body_set_beside`) as a tagged organisation is read, with the country the
        story is about or a one-country wire story's dateline; otherwise never the country the article is about."""
        saved = self.doc_state()
        for name, value in zip(_DOC_STATE, state):
            setattr(self, name, value)
        self._countries_on = {}
        try:
            token_actor = span.doc._.token_actor or {}
            holder = self._title_holder(span, token_actor) or self._firm_named_before(span, token_actor) or (
                self._place_named_elsewhere(span, token_actor) if ident.startswith("unk:NAME:") else None)
            if holder is not None:
                return holder
            label = ident.split(":")[1]
            inner = self._state_in_name(span, token_actor)
            doc = span.doc
            if label == "NAME" and span.end < len(doc) and doc[span.end].lower_.replace(".", "") in self.legal_forms:
                span, label = doc[span.start:span.end + 1], "ORG"  # "Acme Widget" of "Acme Widget Inc": a firm
            entity = self._describe(span, Found(span.start, span.end, ident, label, inner), token_actor, fallback=False)
            words = tuple(t.lower_ for t in span)
            if not entity.country and (again := self._state_s_body_named_again(span, token_actor)) is not None:
                return again  # "U.S. Navy warships blasted a platform, and Navy personnel stormed another": the US's
            if not entity.country and label == "NAME" and (group := self._capitalised_agent(span)) is not None:
                # "Employers" opening a sentence: the story's employers, the agent itself where the story has it
                agent = f"agent:{group['country']}:{group.pop('sector')}"
                return agent if agent in (doc._.actors or {}) else entity.model_copy(update=group)
            title = self.d.agents.get(words) or self._title(span.root)
            titled = title is not None and (title.sector or "")[:3] in STATE_SECTORS and (
                words in self.d.agents or all(t.lower_ in _LINKS or self._title(t) is not None for t in span))
            if not entity.country and titled and (body := self._body_after_of(span, token_actor)) is not None:
                # "Trade Ministers of ASEAN said": that body's, of no state
                return entity.model_copy(update={"cameo": body.cameo, "roles": [
                    Role(title=f"official of {body.name}", organisation=body.id)]})
            if not entity.country and titled:
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
            if not entity.country and label == "NAME" and (kind := self._body_set_beside(span)) is not None:
                # "the port union, FNV," in a story datelined ROTTERDAM: a body's name, read as a tagged
                # organisation's is (its own words, else the country the story is about or a one-country wire
                # story's dateline: _describe), whichever of its mentions the coder met first
                key = ident.split(":", 2)[2]
                read = self._describe(span, Found(span.start, span.end, f"unk:ORG:{key}", "ORG"), token_actor)
                if read.country:
                    entity = entity.model_copy(update={"country": read.country, "cameo": for_kind(read.country, kind),
                                                       "kind": kind})
            return entity
        finally:
            for name, value in zip(_DOC_STATE, saved):
                setattr(self, name, value)
