"""TABARI records to dictionary entries (the sections of the YAML files) and back.

`actor_entry(record)` gives (section, entry): a person, organisation or place with its aliases, country and dated
roles ({title, cameo, start, end}); `agent_entries(agents)` groups agent phrases by code; `tabari_records(data)`
turns a YAML dictionary's people, organisations and places back into TABARI records. What a TABARI file does not
say is guessed from its codes: the country is the first country code of the roles, the kind the sector's.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pycountry

from dossier.actors.tabari import Code, TabariActor, TabariAgent, agent_forms, words
from dossier.data_files import load_yaml

DATA = Path(__file__).parent / "data"
# Words that, first in a synonym, say the record is a person ("PRESIDENT_GORBACHEV").
_PERSON_TITLES = frozenset({"PRESIDENT", "PRIME", "PREMIER", "CHANCELLOR", "KING", "QUEEN", "PRINCE", "SHEIKH",
                            "SHEIK", "EMIR", "SULTAN", "GENERAL", "GEN.", "COLONEL", "MINISTER", "SECRETARY",
                            "AMBASSADOR", "SENATOR", "GOVERNOR", "MR.", "MRS.", "MS.", "DR.", "MAYOR", "POPE"})
_PERSON_SOURCES = ("CountryInfo", "rulers")
# The Phoenix note on a national minister it lists only for the rotating presidency of the EC's (EU's) Council
# ("GEOFFREY_HOWE_ [IGOEUREEC 860701-861231] # president of the CoEU from UNITED_KINGDOM"), and that code.
_PRESIDENCY_NOTE = re.compile(r"president of the CoEU from ([A-Z][A-Z_]*)")
_COUNCIL_PRESIDENCY = "IGOEUREEC"


@cache
def sectors() -> dict[str, dict]:
    """CAMEO sector code -> {name, kind} (data/cameo_sectors.yaml)."""
    return load_yaml((DATA / "cameo_sectors.yaml"))["sectors"]


@cache
def country_codes() -> frozenset[str]:
    """Codes that begin an actor code with a country: ISO 3166 alpha-3, current and withdrawn, and CAMEO's own."""
    codes = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    states = load_yaml((DATA / "states.yaml"))
    codes |= {s.get("cameo") or s["iso3"] for s in states.get("states", [])}
    codes |= {s["iso3"] for s in states.get("states", [])} | set(states.get("cameo_codes", {}).values())
    return frozenset(codes)


@cache
def _iso_of_cameo() -> dict[str, str]:
    """CAMEO country codes that are not ISO alpha-3 -> the ISO code ('KSV' -> 'XKX'; 'ANG' -> 'AGO')."""
    states = load_yaml((DATA / "states.yaml"))
    return {cameo: iso for iso, cameo in states.get("cameo_codes", {}).items()} | states.get("cameo_aliases", {})


def split_code(code: str, own_codes: bool = False) -> tuple[str | None, str]:
    """'DEUGOV' -> ('DEU', 'GOV'); 'IGOUNO' -> (None, 'IGOUNO'); 'GOV' -> (None, 'GOV'); 'KSVGOV' -> ('XKX',
    'GOV'). With own_codes (a user's file), an unknown three letters before a sector are a country too
    ('RUT' + 'GOV'); the Phoenix files use such letters for regions and religions, which are not countries."""
    head, rest = code[:3], code[3:]
    if head in sectors():
        return None, code
    if head in _iso_of_cameo():
        return _iso_of_cameo()[head], rest
    if len(code) >= 3 and (head in country_codes() or (own_codes and rest[:3] in sectors())):
        return head, rest
    return None, code


def presidency_home(record: TabariActor) -> str | None:
    """The state of a national minister whose record holds nothing but terms as president of the EC's Council of
    Ministers (`_PRESIDENCY_NOTE`): the state its note names, ISO alpha-3 ("UNITED_KINGDOM": GBR; "WEST_GERMANY":
    DEU, as data/states.yaml names it), so that the foreign secretary is British outside those six months too. None
    for any other record: one that also held another international body's office (a later secretary general of NATO
    speaks for NATO, not for his state), or a note naming no state."""
    note = _PRESIDENCY_NOTE.search(record.comment)
    if note is None or any(c.code != _COUNCIL_PRESIDENCY for c in record.codes):
        return None
    name = display(note.group(1))
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        other = load_yaml((DATA / "states.yaml")).get("other_names", {})
        return next((iso for iso, names in other.items() if name in names.get("aliases", [])), None)


def nation_of(entity) -> str | None:
    """An actor's country: its own, or the nation its CAMEO code names ('PERGOV' -> 'PER')."""
    return entity.country or (split_code(entity.cameo)[0] if entity.cameo else None)


def role_title(code: str) -> str:
    """'DEUGOVMIL' -> 'government, military (DEUGOVMIL)'; the sectors' names, then the code."""
    _, rest = split_code(code)
    names = [sectors()[rest[i:i + 3]]["name"] for i in range(0, len(rest) - 2, 3) if rest[i:i + 3] in sectors()]
    return f"{', '.join(names)} ({code})" if names else code


def display(phrase: str) -> str:
    """'HELMUT_KOHL_' -> 'Helmut Kohl'; 'UN_' -> 'UN'; 'ANIMAL_LIBERATION_FRONT_(ALF)_' -> 'Animal Liberation Front (ALF)'."""
    parts = words(phrase)
    if len(parts) == 1 and parts[0].isupper() and len(parts[0].strip(".")) <= 5 and not _vowelled(parts[0]):
        return parts[0]
    return " ".join(_word(w) for w in parts)


def _vowelled(word: str) -> bool:
    """A word that reads as a word rather than as letters (KOHL, ROME), so written in title case."""
    return len(word) > 3 and bool(re.search(r"[AEIOUY]", word[1:]))


def _word(word: str) -> str:
    if word.startswith("(") or not word.isupper() or (len(word) <= 3 and "." in word):
        return word
    if word in ("OF", "THE", "AND", "FOR", "DE", "DEL", "LA", "AL", "BIN", "VON", "VAN", "DER", "DA", "DI", "DU", "LE",
                "ON", "IN", "TO", "AT", "Y"):
        return word.lower()
    return "-".join("'".join(p[:1].upper() + p[1:].lower() if n == 0 or len(p) > 1 else p.lower()
                             for n, p in enumerate(part.split("'"))) for part in word.split("-"))


_HOME_BASED = ("MNC", "NGO")  # codes of organisations that have a home country, written after the code


def _names(record: TabariActor) -> list[str]:
    """The names a record's phrases give: an acronym in brackets becomes a name of its own; another bracketed
    part is a note that the text never writes ("African National Congress (SOUTH Africa)", "(ACTING"), dropped."""
    out = []
    for phrase in record.phrases:
        name = display(phrase)
        acronym = re.fullmatch(r"(.*?)\s*\(([A-Z][A-Z.\-]{1,5})\)", name)
        if acronym:
            out.extend([acronym.group(1), acronym.group(2)])
        else:
            out.append(" ".join(re.sub(r"\([^)]*(\)|$)", " ", name).split()) if not name.startswith("(") else name)
    return [n for n in dict.fromkeys(out) if n and not n.startswith("(")]


def without_initials(name: str) -> str | None:
    """'William P. Barr' -> 'William Barr': a person's name as the news often writes it; None when it has no
    middle initial."""
    parts = name.split()
    kept = [parts[0], *(p for p in parts[1:-1] if len(p.rstrip(".")) > 1), parts[-1]] if len(parts) > 2 else parts
    return " ".join(kept) if len(kept) < len(parts) and len(kept) >= 2 else None


def is_person(record: TabariActor) -> bool:
    """Whether a record names a person, from the dictionary's own evidence: a source of people in its comment
    ("CountryInfo.txt", "IGOrulers.txt"), a synonym that is a title and a name ("PRESIDENT_GORBACHEV"), or, on a
    record that names neither a country nor a body, dated codes (the terms of a person's offices: "[AUSGOV
    >20130918]") or, for a name of two words or more, the code of a sector of people ("DENG_XIAOPING [CHNELI]": an
    elite). A title that heads an office ("PRESIDENT_OF_THE_WORLD_BANK") names no one; a record whose names say
    it is a body ("...COUNCIL", "THE_ISLAMIC_FRONT") or a country, or whose codes are a bare country code, is none."""
    if any(s in record.comment for s in _PERSON_SOURCES):
        return True
    if _names_body(record, record.phrases[:1]):
        return False
    if any(_titled_name(words(p)) for p in record.phrases[1:]):
        return True  # "MR._ASSAD" outweighs the synonym "ASSAD_GOVERNMENT_"
    if _names_body(record, record.phrases[1:]):
        return False
    return any(c.dated for c in record.codes) or (len(words(record.phrases[0])) >= 2 and any(
        sectors().get(split_code(c.code)[1][:3], {}).get("kind") == "person" for c in record.codes))


def _titled_name(parts: list[str]) -> bool:
    """'PRESIDENT_GORBACHEV' is a title and a name; 'SECRETARY_GENERAL_OF_THE_UN' and 'GENERAL_COMMITTEE' are not."""
    if not parts or parts[0] not in _PERSON_TITLES:
        return False
    rest = [w for w in parts if w not in _PERSON_TITLES]
    return bool(rest) and not any(w in _OFFICE_WORDS or w.lower() in _body_nouns() for w in rest)


_OFFICE_WORDS = frozenset({"OF", "THE", "FOR"})  # "PRIME_MINISTER_OF_KOSOVO": an office, not a name


def _names_body(record: TabariActor, phrases: list[str]) -> bool:
    """Whether a record's codes or the given phrases of it say it is a body or a country: a phrase that begins
    with THE or holds a noun of a body (data/lexicon.yaml body_nouns and the kinds' nouns other than a person's),
    a phrase that is a country's name, a bare country code among its codes ("ARMENIA_ [USRARM <1990] [ARM
    >1991]") or the code of a company or an NGO ("[MNCGBR <040726]")."""
    if any((len(c.code) == 3 and c.code in country_codes()) or c.code[:3] in _HOME_BASED for c in record.codes):
        return True
    for phrase in phrases:
        parts = words(phrase)
        if parts and (parts[0] == "THE" or any(w.lower().strip("()") in _body_nouns() for w in parts)):
            return True
        if _country_name(display(phrase)):
            return True
    return False


@cache
def _body_nouns() -> frozenset[str]:
    lexicon = load_yaml((DATA / "lexicon.yaml"))
    nouns = {n.lower() for kind, ns in lexicon["kind_nouns"].items() if kind != "person" for n in ns}
    return frozenset(nouns | {n.lower() for n in lexicon.get("body_nouns", [])})


def _country_name(name: str) -> bool:
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def actor_entry(record: TabariActor, own_codes: bool = True) -> tuple[str, dict]:
    """The section ("people", "organisations", "places") and the entry a TABARI record becomes (own_codes: see
    split_code)."""
    names = _names(record)
    roles, country = [], None
    for code in record.codes:
        if code.code in ("---", ""):
            continue
        nation, _ = split_code(code.code, own_codes)
        country = country or nation
        if code.dated:
            roles.append({"title": role_title(code.code), "cameo": code.code, "start": code.start, "end": code.end})
    default = record.default if record.default not in ("---", "") else None
    if country is None and default and default[:3] in _HOME_BASED:
        # "MNCUSA", "NGOGBR": a company or an NGO with its home country after the sector, as CAMEO writes them
        country = split_code(default[3:], own_codes)[0] if len(default) >= 6 else None
    person = is_person(record)
    if person:
        names = list(dict.fromkeys(names + [n for n in map(without_initials, names) if n]))
        country = country or presidency_home(record)
    entry: dict = {"name": names[0]}
    if names[1:]:
        entry["aliases"] = names[1:]
    _, sector = split_code(default or (roles[0]["cameo"] if roles else ""), own_codes)
    if country:
        entry["country"] = country
    if default:
        entry["cameo"] = default
    if person:
        section = "people"
    elif not sector and all(len(c.code) == 3 for c in record.codes):
        section = "places"
    else:
        section = "organisations"
        kind = sectors().get(sector[:3], {}).get("kind")
        if kind and kind != "person":
            entry["kind"] = kind
    if roles:
        entry["roles"] = roles
    return section, entry


def agent_entries(agents: list[TabariAgent]) -> list[dict]:
    """Agent phrases grouped by code: [{sector, name, kind, nouns, before}] in the agents section's shape."""
    grouped: dict[tuple[str, bool], list[str]] = {}
    for agent in agents:
        nouns = grouped.setdefault((agent.code, agent.before), [])
        nouns.extend(f.lower() for f in agent_forms(agent))
    out = []
    for (code, before), nouns in grouped.items():
        head = sectors().get(code[:3], {})
        entry = {"sector": code, "name": head.get("name", code.lower()), "nouns": list(dict.fromkeys(nouns))}
        if head.get("kind") and head["kind"] != "person":
            entry["kind"] = head["kind"]
        if before:
            entry["before"] = True
        out.append(entry)
    return out


def tabari_phrase(name: str) -> str:
    """'Helmut Kohl' -> 'HELMUT_KOHL'."""
    return "_".join(name.upper().split())


def tabari_records(data: dict) -> list[TabariActor]:
    """A YAML dictionary's people, organisations and places as TABARI records (roles with a cameo become codes)."""
    out = []
    for section in ("people", "organisations", "places"):
        for entry in data.get(section) or []:
            phrases = [tabari_phrase(n) for n in [entry["name"], *entry.get("aliases", [])]]
            codes = [Code(r["cameo"], _iso(r.get("start")), _iso(r.get("end"))) for r in entry.get("roles", [])
                     if r.get("cameo")]
            default = entry.get("cameo") or (entry.get("country") if section == "places" else None)
            if default:
                codes.append(Code(default))
            out.append(TabariActor(phrases, codes))
    return out


def _iso(value) -> str | None:
    if value is None:
        return None
    value = str(value)
    return value + "-01" * (2 - value.count("-"))
