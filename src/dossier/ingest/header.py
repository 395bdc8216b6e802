"""Read the header of a plain-text article: title, outlet, publication date, byline and captions, then the dateline.

`split_header(text)` gives a `Header` with the fields found and the body with the consumed lines removed;
`read_dateline(body)` finds "LIMA, Nov 14 (Reuters) -" style openings in any body (text, HTML, JSON); the dateline's
place keeps the region the text writes after its town ("SAN JOSE, Calif.", "LIMA, Peru"), that the actors stage
reads the town's country by (`dateline_place` reads a dateline kept apart from its text, a corpus's field).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from dossier.data_files import load_yaml
from dossier.ingest.dates import parse_date, year_of
from dossier.ingest.outlets import Outlets, load_outlets
from dossier.ingest.wrapping import wrapped_lines

PATTERNS_FILE = Path(__file__).with_name("header_patterns.yaml")
ACTORS_DATA = Path(__file__).parents[1] / "actors" / "data"  # the regions a dateline writes (lexicon.yaml)
WRITTEN_BEFORE_SENT = 4  # days a story may wait between its dateline's day and its sending (a weekend held over)
WRITTEN_AFTER_SENT = 1  # days a dateline's day may lie after the stamp: the wire's own time zone is behind the town's
MAX_HEADER_LINES = 12  # non-empty lines looked at before the body must have begun
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_WORD = re.compile(r"[\w'’.-]+")
_LOWER_FUNCTION = {"of", "the", "and", "de", "del", "la", "for", "in", "on", "&"}


@dataclass
class Header:
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    body: str = ""
    published_inferred: bool = False  # the dateline gave month and day; the year comes from the content


@dataclass
class Dateline:
    place: str  # the town, with the region written after it where it is a known one ("SAN JOSE, Calif.")
    date: str | None  # the date text as written ('Nov 14', '2024-06-29'), if any
    agency: str | None
    rest: str  # the body with the dateline prefix removed


@dataclass(frozen=True)
class _Patterns:
    date_line: re.Pattern
    first_publication: frozenset
    byline: re.Pattern
    caption: re.Pattern
    read_more: re.Pattern
    datelines: tuple
    dateline_field: re.Pattern
    boilerplate: re.Pattern
    related_heading: re.Pattern


@lru_cache(maxsize=2)
def _patterns(path: Path = PATTERNS_FILE) -> _Patterns:
    data = load_yaml(path)
    labels = "|".join(data["date_line_labels"])
    return _Patterns(
        date_line=re.compile(rf"^\s*(?P<label>{labels})\b\s*:?\s*(?P<date>.+?)\s*$", re.I),
        first_publication=frozenset(data["first_publication_labels"]),
        byline=re.compile(data["byline"]),
        caption=re.compile(data["caption"], re.I),
        read_more=re.compile(data["read_more"], re.I),
        datelines=tuple(re.compile(p) for p in data["datelines"]),
        dateline_field=re.compile(data["dateline_field"]),
        boilerplate=re.compile("|".join(f"(?:{p})" for p in data["boilerplate_lines"]), re.I),
        related_heading=re.compile("|".join(f"(?:{p})" for p in data["related_headings"]), re.I),
    )


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _is_body_line(line: str) -> bool:
    """A line of running text: it ends a sentence with some length, or is too long for a headline."""
    words = _words(line)
    return (len(words) >= 8 and bool(_SENTENCE_END.search(line))) or len(words) > 40


def _is_section_label(line: str) -> bool:
    """'CHINA / DIPLOMACY', 'WORLD', 'BUSINESS | MARKETS': upper-case labels, not headlines."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and (
        bool(re.search(r"[/|>»]", line)) or len(_words(line)) <= 3)


def _date_of_line(line: str, patterns: _Patterns) -> tuple[str, str] | None:
    """(label, 'YYYY-MM-DD') when the line states a date ('Published: Jun 24, 2024 10:09 PM', 'July 4, 2024')."""
    if len(line) > 100:
        return None
    match = patterns.date_line.match(line)
    label, value = (re.sub(r"\s+", " ", match["label"].lower()), match["date"]) if match else ("", line)
    # "Published: Jun 24, 2024 | Updated: Jun 25, 2024": the first part is the publication date
    value = re.split(r"\s+[|·•]\s+|\s{2,}|;\s*(?:updated|last)", value, maxsplit=1, flags=re.I)[0]
    value = re.sub(r"^\s*(?:on|at)\s+", "", value, flags=re.I)
    if not match and len(_words(value)) > 8:
        return None
    found = parse_date(value)
    if found is None:
        return None
    label = re.sub(r"\s+on$", "", label)
    return label, found


def _looks_like_outlet_name(line: str) -> bool:
    """A short capitalised name with no verb-like lower-case word ('Andean Monitor', 'The Daily Star')."""
    words = _words(line)
    if not 1 <= len(words) <= 3 or _SENTENCE_END.search(line) or re.search(r"[\d:,;\"“”]", line):
        return False
    return all(w[0].isupper() or w.lower() in _LOWER_FUNCTION for w in words)


def _is_headline(line: str) -> bool:
    words = _words(line)
    return 3 <= len(words) <= 30 and not line.rstrip().endswith(":")


def split_header(text: str, outlets: Outlets | None = None) -> Header:
    """Consume the header lines of a plain-text article; the body keeps every other line as it was."""
    outlets = outlets or load_outlets()
    patterns = _patterns()
    lines = text.splitlines()
    running = wrapped_lines("\n".join(lines), opening_cut=False)  # a hard-wrapped line is running text
    header = Header()
    dates: list[tuple[str, str]] = []
    consumed: set[int] = set()
    unknown_outlet: int | None = None
    seen = 0
    body_start = len(lines)
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > MAX_HEADER_LINES or _is_body_line(line) or index in running or read_dateline(line):
            body_start = index
            break
        dated = _date_of_line(line, patterns)
        if dated:
            dates.append(dated)
        elif _is_section_label(line) or patterns.caption.search(line) or patterns.read_more.match(line):
            pass
        elif patterns.byline.match(line):
            pass
        elif outlets.from_line(line):
            header.outlet = header.outlet or outlets.from_line(line)
        elif (unknown_outlet is None and header.outlet is None and _looks_like_outlet_name(line)
              and index + 1 not in running  # not a wire story's opening words cut short by its dateline
              and (header.title is not None or _next_is_headline(lines, index, running))):
            unknown_outlet = index
        elif header.title is None and _is_headline(line):
            header.title = line
        else:
            continue  # a subtitle or a stray line: it stays in the body
        consumed.add(index)
    if header.outlet is None and unknown_outlet is not None:
        header.outlet = lines[unknown_outlet].strip()
    elif unknown_outlet is not None:
        consumed.discard(unknown_outlet)
    header.published = _choose_date(dates, patterns)
    footer_outlet = _consume_footer(lines, body_start, consumed, outlets)
    header.outlet = header.outlet or footer_outlet or _sign_off(lines, consumed, outlets)
    body_lines = [line for i, line in enumerate(lines) if i not in consumed]
    header.body = "\n".join(body_lines).strip("\n")
    return header


MAX_FOOTER_LINES = 6


def _consume_footer(lines: list[str], body_start: int, consumed: set[int], outlets: Outlets) -> str | None:
    """Take trailing upper-case labels ('SHARE ON', 'NEWS AGENCY: THE PODCAST') off the end; give an outlet one names."""
    outlet = None
    seen = 0
    for index in range(len(lines) - 1, body_start, -1):
        line = lines[index].strip()
        if not line:
            continue
        seen += 1
        if seen > MAX_FOOTER_LINES or not _is_upper_label(line):
            break
        outlet = outlet or outlets.leading_name(line)
        consumed.add(index)
    return outlet


def _sign_off(lines: list[str], consumed: set[int], outlets: Outlets) -> str | None:
    """The agency whose name alone ends the story (a wire's ' Reuter'); the line stays in the text."""
    last = next((line for i, line in reversed(list(enumerate(lines))) if line.strip() and i not in consumed), "")
    return outlets.from_line(last) if len(_words(last)) == 1 else None


def _is_upper_label(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(_words(line)) <= 8 and not _SENTENCE_END.search(line)


def _next_is_headline(lines: list[str], index: int, running: set[int]) -> bool:
    for number, line in enumerate(lines[index + 1:], start=index + 1):
        if number in running:
            return False
        if line.strip():
            line = line.strip()
            return _is_headline(line) and not _is_body_line(line) and len(_words(line)) > len(_words(lines[index]))
    return False


def _choose_date(dates: list[tuple[str, str]], patterns: _Patterns) -> str | None:
    for label, value in dates:
        if label in patterns.first_publication or label == "":
            return value
    return dates[0][1] if dates else None


def strip_leading_bylines(text: str, title: str | None = None) -> str:
    """The text without the title, byline and caption lines that open it ('By our Lima correspondent')."""
    patterns = _patterns()
    lines = text.split("\n")
    start = 0
    while start < len(lines) and start < MAX_HEADER_LINES:
        line = lines[start].strip()
        is_title = bool(title) and line.casefold() == title.strip().casefold()
        if line and not (is_title or patterns.byline.match(line) or patterns.caption.search(line)) or (
                _is_body_line(line) and not is_title):
            break
        start += 1
    return "\n".join(lines[start:])


def drop_boilerplate(text: str) -> str:
    """The text without the lines of page furniture header_patterns.yaml lists (`boilerplate_lines`: "READ MORE:
    …", "Advertisement", "Updated at 1:23 p.m.", "___"), nor a heading of links to other stories
    (`related_headings`: "You may also like") with the headlines listed under it; every other line as it was."""
    patterns = _patterns()
    kept, listing = [], False
    for line in text.split("\n"):
        bare = line.strip()
        if listing and bare and _is_listed_headline(bare):
            continue
        listing = bool(patterns.related_heading.fullmatch(bare))
        if not listing and not patterns.boilerplate.fullmatch(bare):
            kept.append(line)
    return "\n".join(kept)


RELATED_HEADLINE_WORDS = 30  # a wire service's summary under its list's heading runs past a headline's 20


def _is_listed_headline(line: str) -> bool:
    """A line under a heading of related links that is one more headline: no sentence ends it (a question may)."""
    return not re.search(r"[.!:][\"'”’)\]]*$", line) and len(_words(line)) <= RELATED_HEADLINE_WORDS


def read_dateline(text: str) -> Dateline | None:
    """The dateline that opens `text` ('BEIJING, June 29 (Xinhua) --', 'date 2024-06-29 BEIJING:', 'LIMA —')."""
    first = text.lstrip()[:300]
    for pattern in _patterns().datelines:
        match = pattern.match(first)
        if match:
            groups = match.groupdict()
            place = re.sub(r"\s+", " ", groups.get("place") or "").strip(" .").upper()
            region = re.sub(r"\s+", " ", groups.get("region") or "").strip()
            if place and _known_region(region):
                place = f"{place}, {region}"  # "SAN JOSE, Calif.": the actors stage reads the town's country by it
            start = len(text) - len(text.lstrip())
            return Dateline(place, groups.get("date"), groups.get("agency"), text[start + match.end():])
    return None


def _region_key(name: str) -> str:
    return "".join(name.lower().replace(".", " ").split())  # "N. Y.", "N.Y.", "n.y" alike


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """The regions a dateline writes after its town: those of the actors lexicon's `dateline_regions` (a US
    state's abbreviation or name, a province, a nation of the UK) and the names of the states as the actors stage
    knows them (actors/countries.state_names, with their aliases: "West Germany")."""
    from dossier.actors.countries import state_names

    names = [r for regions in load_yaml(ACTORS_DATA / "lexicon.yaml")["dateline_regions"].values() for r in regions]
    return frozenset(_region_key(n) for n in [*names, *state_names()] if n)


def _known_region(region: str) -> bool:
    """Whether the words after a dateline's town name a region or a state ("Calif.", "Alberta", "Scotland",
    "Peru"); not a word of another kind the pattern took there."""
    return bool(region) and _region_key(region) in _regions()


def dateline_place(field: str | None) -> str | None:
    """The place of a dateline kept apart from its story (a corpus's field: "CAMBRIDGE, Mass., March 2" gives
    "CAMBRIDGE, Mass."; "SALVADOR, Feb 26" gives "SALVADOR"), read as `read_dateline` reads one that opens a text;
    a field whose date that reader does not read ("NEW YORK, FEb 26", "DALLAS/FORT WORTH, Texas, March 3") by its
    place and the known region after it alone. None for an empty field."""
    if not field or not field.strip():
        return None
    found = _read_field(field)
    if found is not None and found.place:
        return found.place
    match = _patterns().dateline_field.match(field)
    if match is None:
        return None
    place = re.sub(r"\s+", " ", match["place"]).strip(" .").upper()
    region = re.sub(r"\s+", " ", match["region"] or "").strip()
    return f"{place}, {region}" if _known_region(region) else place


def dateline_field_day(field: str | None, stamped: str | None) -> str | None:
    """The day a dateline kept apart from its story names (a corpus's field: "SEOUL, June 19"), read as
    `dateline_day` reads one that opens a text; None where the field gives no date `read_dateline` reads."""
    found = _read_field(field) if field and field.strip() else None
    return dateline_day(found.date, stamped) if found is not None else None


def _read_field(field: str) -> Dateline | None:
    """A dateline kept apart from its story, read by `read_dateline` as if it opened a text: the patterns want the
    separator that ends a dateline in running text, so the field is given one ("SEOUL, June 19" → "SEOUL, June 19 -")."""
    return read_dateline(f"{field.strip()} - ")


def dateline_day(written: str | None, stamped: str | None) -> str | None:
    """The day a story's dateline names ("June 19"), where the story also carries the day it was sent (a wire's time
    stamp, a page's metadata) and that lies from WRITTEN_AFTER_SENT day after it to WRITTEN_BEFORE_SENT days before
    it: the story was written on its dateline's day where its town is, and its "today" and "yesterday" count from
    there ("SEOUL, June 19" stamped June 18 in the wire's later time zone; "HELSINKI, June 26" sent on the Monday
    after). None where the dateline gives no date, or one farther off (a slip of the wire: "NEW YORK, June 29" on a
    story of June 18, "July 19" for June 19)."""
    year = year_of(stamped)
    if not written or year is None:
        return None
    try:
        sent = date.fromisoformat(stamped)
    except ValueError:
        return None
    for candidate in (year, year - 1, year + 1):  # "Dec 31" on a story stamped on January 1
        day = parse_date(written, year=candidate)
        if day is not None and -WRITTEN_AFTER_SENT <= (sent - date.fromisoformat(day)).days <= WRITTEN_BEFORE_SENT:
            return day
    return None


_LONG_DASHES = ("--", "\u2013", "\u2014")


def dateline_length(line: str) -> int | None:
    """The length of a wire dateline that opens the line, with the space after it, where a date, an agency, a long
    dash or a town in capitals before a plain hyphen and a sentence (`_roundup_dateline`) marks it as one ('OSLO, May
    12 - ', 'LIMA (AP) -- ', 'QUITO \u2014 ', 'MANILA - Rebels said'; not 'U.S. - ' of a title); else None."""
    found = read_dateline(line)
    if found is None:
        return None
    length = len(line) - len(found.rest)
    marked = found.date or found.agency or any(d in line[:length] for d in _LONG_DASHES)
    return length if marked or _roundup_dateline(line[:length], found.rest) else None


def _roundup_dateline(head: str, rest: str) -> bool:
    """Whether a dateline without a date opens a story of a wire's roundup: its town in capitals ("MANILA", "FREETOWN,
    Sierra Leone"), then a hyphen between spaces, then a sentence written in upper and lower case ("MANILA - Rebels
    said …"); not a title's "U.S. - Japan" nor a headline in capitals ("JAPAN - U.S. TALKS")."""
    town = head.strip().split(",")[0].rstrip(" -")
    return " - " in head and re.fullmatch(r"[A-Z][A-Z ]{2,}", town) is not None \
        and any(c.islower() for word in rest.split()[:3] for c in word)


DATELINE_LINES = 3  # a page may put a teaser or a subtitle before the paragraph its dateline opens


def _opening_dateline(body: str) -> tuple[Dateline, str] | None:
    """The dateline that opens the body or one of its first DATELINE_LINES lines, with the body without it."""
    found = read_dateline(body)
    if found:
        return found, found.rest
    lines = body.split("\n")
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        found = read_dateline(line)
        if found and index:
            return found, "\n".join([*lines[:index], found.rest, *lines[index + 1:]])
    return None


def apply_dateline(header: Header, outlets: Outlets | None = None) -> Header:
    """Take the dateline off the body (it opens the body or one of its first lines): its place, its date (when the
    header gave none) and its agency as outlet."""
    outlets = outlets or load_outlets()
    opening = _opening_dateline(header.body)
    if not opening:
        return header
    found, header.body = opening
    header.dateline = found.place or None
    if header.published is not None and found.date:
        header.published = dateline_day(found.date, header.published) or header.published
    if header.published is None and found.date:
        header.published = parse_date(found.date, year=year_of(header.published))
        if header.published is None:
            header.published = year_from_content(found.date, header.body)
            header.published_inferred = header.published is not None
    if header.outlet is None and found.agency:
        agency = found.agency.strip()
        if not re.search(r"\d", agency):
            header.outlet = outlets.from_name(agency) or agency
    return header


def year_from_content(month_day: str, body: str) -> str | None:
    """'June 29' from a dateline without a year: the article's own day, its year taken from the content.

    The year is that of the latest past date the article states (time.infer_published), moved one year on
    when the day would fall before that date: an article is not written before the events it reports.
    None when the article states no year.
    """
    from dossier.time.infer import infer_published  # the time stage's reading of absolute dates

    bound = infer_published(body)
    if bound is None or not bound.start:
        return None
    floor = bound.start + "-01" * (2 - bound.start.count("-"))
    year = int(floor[:4])
    day = parse_date(month_day, year=year)
    if day is not None and day < floor:
        day = parse_date(month_day, year=year + 1)
    return day
