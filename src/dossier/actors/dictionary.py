"""The actor dictionary: YAML files (countries, people, organisations, places, offices) read into Entity objects.

`load(extra_files)` reads the files shipped in data/ and then the user's; an entry whose id already exists
extends it (aliases are united, fields given replace). A bad file raises DictionaryError naming it and the entry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from dossier.actors.codes import cameo_code
from dossier.model import Entity, Role

DATA = Path(__file__).parent / "data"
SHIPPED = ("countries.yaml", "offices.yaml", "people.yaml", "organisations.yaml", "places.yaml", "lexicon.yaml",
           "agents.yaml")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class DictionaryError(ValueError):
    """A dictionary file that cannot be read; the message names the file and the entry."""


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
    name: str
    id: str | None = None
    aliases: list[str] = []
    demonyms: list[str] = []
    capital: str | None = None
    wikidata: str | None = None
    cameo: str | None = None


class OfficeEntry(_Entry):
    title: str
    country: str | None = None
    cameo: str | None = None
    aliases: list[str] = []


class AgentEntry(_Entry):
    """A common noun for a group or office-holders ("troops", "protesters") and the CAMEO sector it takes."""

    sector: str
    name: str
    kind: str = "group"
    type: str = "NORP"
    as_country: bool = False
    nouns: list[str] = []


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


class Lexicon(_Entry):
    government_prepositions: list[str] = []
    government_noun_prepositions: list[str] = []
    not_current: list[str] = []
    personal_titles: list[str] = []
    kind_nouns: dict[str, list[str]] = {}
    spelling_variants: dict[str, str] = {}


_SECTIONS = {"countries": CountryEntry, "offices": OfficeEntry, "people": ActorEntry,
             "organisations": ActorEntry, "places": ActorEntry, "agents": AgentEntry}
_LISTS = ("honorifics", "name_particles")


@dataclass
class Holding:
    """One person's tenure of one office, with the CAMEO code it gives them."""

    entity: str
    start: str | None
    end: str | None
    cameo: str | None

    def holds(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Dictionary:
    entities: dict[str, Entity] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)  # alias -> entity ids
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> country entity id
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> entity id
    capitals: dict[str, str] = field(default_factory=dict)  # place entity id -> country entity id
    offices: dict[str, OfficeEntry] = field(default_factory=dict)
    agents: dict[tuple[str, ...], AgentEntry] = field(default_factory=dict)  # lower-cased words -> agent
    demonym_of: dict[str, str] = field(default_factory=dict)  # country entity id -> its first demonym
    name_parts: dict[str, set[str]] = field(default_factory=dict)  # one word of a person's name -> person ids
    holders: dict[str, list[Holding]] = field(default_factory=dict)  # office title -> holdings
    tenures: dict[str, list[Holding]] = field(default_factory=dict)  # entity id -> holdings
    honorifics: set[str] = field(default_factory=set)
    particles: set[str] = field(default_factory=set)
    lexicon: Lexicon = field(default_factory=Lexicon)
    _capital_of: dict[str, str] = field(default_factory=dict)  # capital name -> country entity id

    def holder(self, office: str, date: str | None) -> str | None:
        """The one person holding an office on a date; None when no date, nobody or several."""
        if not date:
            return None
        found = {h.entity for h in self.holders.get(office, []) if h.holds(date)}
        return found.pop() if len(found) == 1 else None

    def cameo_on(self, ident: str, date: str | None) -> str | None:
        """The actor's CAMEO code on a date: the code of a role held then, else its default."""
        if date:
            for h in self.tenures.get(ident, []):
                if h.cameo and h.holds(date):
                    return h.cameo
        entity = self.entities.get(ident)
        return entity.cameo if entity else None


def load(extra_files: list[str | Path] | None = None) -> Dictionary:
    """The shipped dictionary plus the user's files, in order."""
    out = Dictionary()
    for path in [DATA / name for name in SHIPPED] + [Path(p) for p in extra_files or []]:
        _read(out, path)
    for ident, entity in out.entities.items():
        if entity.kind == "place" and entity.name in out._capital_of:
            out.capitals[ident] = out._capital_of[entity.name]
    return out


def _read(out: Dictionary, path: Path) -> None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{path}: not valid YAML ({exc})") from exc
    if data is None:
        return
    if not isinstance(data, dict):
        raise DictionaryError(f"{path}: expected a mapping with keys among {sorted(_SECTIONS) + list(_LISTS)}")
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
            _ADD[key](out, entry)


def _lexicon(out: Dictionary, path: Path, key: str, value) -> None:
    try:
        update = Lexicon.model_validate({key: value})
    except ValidationError as exc:
        raise DictionaryError(f"{path}: {key}: {exc.errors()[0]['msg']}") from None
    if key == "kind_nouns":
        for kind, nouns in update.kind_nouns.items():
            out.lexicon.kind_nouns.setdefault(kind, []).extend(nouns)
    elif key == "spelling_variants":
        out.lexicon.spelling_variants.update({k.lower(): v.lower() for k, v in update.spelling_variants.items()})
    else:
        getattr(out.lexicon, key).extend(getattr(update, key))


def _put(out: Dictionary, entity: Entity, names: list[str]) -> None:
    have = out.entities.get(entity.id)
    if have is not None:
        data = have.model_dump()
        for key, value in entity.model_dump(exclude_defaults=True).items():
            data[key] = value
        data["aliases"] = list(dict.fromkeys(have.aliases + entity.aliases))
        data["roles"] = have.roles + [r for r in entity.roles if r not in have.roles]
        entity = Entity(**data)
    out.entities[entity.id] = entity
    for name in names + [entity.name] + entity.aliases:
        out.names.setdefault(name, set()).add(entity.id)


def _add_country(out: Dictionary, e: CountryEntry) -> None:
    ident = e.id or e.wikidata or f"country:{e.iso3.lower()}"
    entity = Entity(id=ident, name=e.name, type="GPE", kind="government", aliases=e.aliases, country=e.iso3,
                    cameo=e.cameo or e.iso3, wikidata=e.wikidata, known=True)
    _put(out, entity, [])
    out.countries[e.iso3] = ident
    if e.demonyms:
        out.demonym_of.setdefault(ident, e.demonyms[0])
    for demonym in e.demonyms:
        out.demonyms[demonym] = ident
        if demonym.endswith(("an", "i")):
            out.demonyms[demonym + "s"] = ident
    if e.capital:
        out._capital_of[e.capital] = ident


def _add_office(out: Dictionary, e: OfficeEntry) -> None:
    out.offices[e.title] = e


def _add_agent(out: Dictionary, e: AgentEntry) -> None:
    for noun in e.nouns:
        out.agents[tuple(noun.lower().split())] = e


_PREFIXES = {"people": "person", "organisations": "org", "places": "place"}
_TYPES = {"people": "PERSON", "organisations": "ORG", "places": "GPE"}
_KINDS = {"people": "person", "organisations": "organisation", "places": "place"}


def _actor(section: str):
    def add(out: Dictionary, e: ActorEntry) -> None:
        prefix = (e.country or _PREFIXES[section]).lower()
        ident = e.id or (e.wikidata if section != "people" else None) or f"{prefix}:{slug(e.name)}"
        roles, holdings = [], []
        for r in e.roles:
            office = out.offices.get(r.title)
            country = r.country or (office.country if office else None) or e.country
            cameo = r.cameo or (office.cameo if office else None)
            roles.append(Role(title=r.title, country=country, start=r.start, end=r.end))
            holding = Holding(ident, r.start, r.end, cameo)
            holdings.append(holding)
            out.holders.setdefault(r.title, []).append(holding)
        kind = e.kind or _KINDS[section]
        entity = Entity(id=ident, name=e.name, type=e.type or _TYPES[section], kind=kind, aliases=e.aliases,
                        country=e.country, cameo=e.cameo or (cameo_code(e.country, e.sector) if section != "places" else None), wikidata=e.wikidata,
                        roles=roles, lat=e.lat, lon=e.lon, known=True)
        _put(out, entity, [])
        out.tenures.setdefault(ident, []).extend(holdings)
        if section == "people":
            for part in e.name.replace("-", " ").split():
                out.name_parts.setdefault(part, set()).add(ident)
    return add


_ADD = {"countries": _add_country, "offices": _add_office, "agents": _add_agent, "people": _actor("people"),
        "organisations": _actor("organisations"), "places": _actor("places")}
