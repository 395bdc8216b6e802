"""Known news outlets (from outlets.yaml): find an outlet by domain, by a header line, or by an in-text credit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from dossier.data_files import load_yaml


OUTLETS_FILE = Path(__file__).with_name("outlets.yaml")

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/\S*)?$", re.I)


@dataclass(frozen=True)
class Outlets:
    by_domain: dict[str, str]
    by_alias: dict[str, str]
    alias_pattern: re.Pattern

    def from_domain(self, host: str | None) -> str | None:
        """The outlet whose domain is `host` or a parent of it ('edition.cnn.com' -> CNN)."""
        if not host:
            return None
        host = host.lower().strip(".")
        if host.startswith("www."):
            host = host[4:]
        parts = host.split(".")
        for i in range(len(parts) - 1):
            name = self.by_domain.get(".".join(parts[i:]))
            if name:
                return name
        return None

    def from_url(self, url: str | None) -> str | None:
        if not url:
            return None
        host = urlsplit(url if "//" in url else "//" + url).hostname
        return self.from_domain(host)

    def from_name(self, name: str | None) -> str | None:
        """The canonical name for an outlet named exactly (case-sensitive alias, or case-insensitive name)."""
        if not name:
            return None
        name = name.strip()
        return self.by_alias.get(name) or self.by_alias.get(name.casefold())

    def from_line(self, line: str) -> str | None:
        """The outlet a whole header line names: a bare domain ('riotimesonline.com') or a known name."""
        line = line.strip().strip("|·•-–— ").strip()
        match = _DOMAIN.match(line)
        if match:
            return self.from_domain(match.group(1))
        return self.from_name(line)

    def leading_name(self, line: str) -> str | None:
        """The outlet whose name (any case, five letters or more) opens the line ('LATIN AMERICA REPORTS: THE PODCAST')."""
        folded = line.strip().casefold()
        for alias in self.by_alias:
            if len(alias) >= 5 and folded.startswith(alias.casefold()):
                rest = folded[len(alias):]
                if not rest or not (rest[0].isalnum() or rest[0] in "-'’"):
                    return self.by_alias[alias]
        return None

    def find_all(self, text: str) -> list[tuple[int, str]]:
        """(offset, outlet) for every known outlet name in `text`."""
        return [(m.start(), self.by_alias[m.group(0)]) for m in self.alias_pattern.finditer(text)]


@lru_cache(maxsize=4)
def load_outlets(path: Path = OUTLETS_FILE) -> Outlets:
    entries = load_yaml(path) or []
    by_domain: dict[str, str] = {}
    by_alias: dict[str, str] = {}
    exact: list[str] = []
    for entry in entries:
        name = entry["name"]
        for domain in entry.get("domains", []):
            by_domain[domain.lower()] = name
        for alias in [name, *entry.get("aliases", [])]:
            by_alias[alias] = name
            exact.append(alias)
        by_alias.setdefault(name.casefold(), name)
    exact.sort(key=len, reverse=True)
    # a name's first letter looked at before its alternatives are tried, at each word's start: the same matches,
    # a third of the time on news text (most words open with a letter no name opens with)
    first = "(?=[" + "".join(sorted({re.escape(a[0]) for a in exact})) + "])" if exact and all(exact) else ""
    pattern = re.compile(r"(?<![\w-])" + first + "(?:" + "|".join(re.escape(a) for a in exact) + r")(?![\w-])")
    return Outlets(by_domain, by_alias, pattern)


# An outlet credited in the text: "told China Daily", "in an interview with Reuters".
_CREDIT = re.compile(r"\b(?:told|in an interview with|in a written interview with|speaking to|said to)\s+(?:the\s+)?$")


def credited_outlet(text: str, outlets: Outlets | None = None) -> str | None:
    """The one outlet the text credits as interviewer ('X told China Daily'); None when none or several."""
    outlets = outlets or load_outlets()
    found = {name for offset, name in outlets.find_all(text) if _CREDIT.search(text[max(0, offset - 40):offset])}
    return found.pop() if len(found) == 1 else None
