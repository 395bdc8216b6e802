"""TABARI/PETRARCH dictionary files: actors with dated codes, agents, discards; read and written back.

`read_actors(text)` gives one TabariActor per record: its phrases (the first is the primary one) and its codes,
each with an optional date range; `write_actors(actors)` writes them back in the same format, so that reading
what was written gives the same records. `read_agents` and `read_discards` read the other two lists. Phrases
stay as the file spells them ("HELMUT_KOHL_"); `words(phrase)` gives the words a reader matches.

The format, as PETRARCH documents it: a primary phrase line, optional `+synonym` lines, and indented
`[CODE]`, `[CODE >date]`, `[CODE <date]` or `[CODE date-date]` lines (or codes on the primary line); dates are
YYYYMMDD or YYMMDD (years up to 30 are 20xx); limits are inclusive; `#` (or the older `;`) starts a comment.
A primary phrase without codes shares the codes of the phrases that follow it, up to the first code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_CODE = re.compile(r"\[([^\]\s]*)\s*([^\]]*)\]")
# A line of no codes written as a label and a colon before a space ("Source: MNC.MLH.actors"): an editor's note left
# without a comment mark. A phrase joins its words with underscores, after a colon too ("UNOG:_NGO_DATABASE_").
_NOTE = re.compile(r"^[A-Za-z]+:\s")
_PLURAL = re.compile(r"\{([^}]*)\}")


class TabariError(ValueError):
    """A line that cannot be read; the message names the line."""


@dataclass(frozen=True)
class Code:
    """One code of an actor, valid from start to end (ISO dates, inclusive; None: unbounded)."""

    code: str
    start: str | None = None
    end: str | None = None

    def holds(self, on: str) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class TabariActor:
    phrases: list[str]
    codes: list[Code] = field(default_factory=list)
    comment: str = ""
    line: int = 0

    @property
    def default(self) -> str | None:
        """The code that applies when no dated one does (the last undated code)."""
        undated = [c.code for c in self.codes if not c.dated]
        return undated[-1] if undated else None


@dataclass(frozen=True)
class TabariAgent:
    phrase: str  # as written, substitutions expanded
    code: str  # without the tilde
    before: bool  # "NGO~": the code goes before the actor's country code
    plurals: tuple[str, ...] | None  # None: regular plural; () : none


def words(phrase: str) -> list[str]:
    """'HELMUT_KOHL_' -> ['HELMUT', 'KOHL']; 'ANIMAL_LIBERATION_FRONT_(ALF)_' keeps '(ALF)' as a word."""
    return [w for w in re.split(r"[_\s]+", phrase.strip()) if w]


def parse_date(text: str) -> str:
    """'850728' -> '1985-07-28'; '19411207' -> '1941-12-07'; ValueError when not a calendar date."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise ValueError(f"not a TABARI date: {text!r}")
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year <= 30 else 1900 + year}{digits[2:]}"
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()


def _code(body: str, rest: str) -> Code:
    rest = rest.strip()
    if not rest:
        return Code(body)
    if rest[0] in "<>":
        when = parse_date(rest[1:])
        return Code(body, None, when) if rest[0] == "<" else Code(body, when, None)
    start, sep, end = rest.partition("-")
    if not sep:
        raise ValueError(f"unreadable date restriction {rest!r}")
    first, last = parse_date(start), parse_date(end)
    if last < first:
        raise ValueError(f"the range {rest!r} ends before it starts")
    return Code(body, first, last)


def _strip_comment(line: str) -> tuple[str, str]:
    cut = [i for i in (line.find("#"), line.find(";")) if i >= 0]
    if not cut:
        return line.rstrip(), ""
    i = min(cut)
    return line[:i].rstrip(), line[i + 1:].strip()


def read_actors(text: str, name: str = "<text>", problems: list[str] | None = None) -> list[TabariActor]:
    """Every record of an actor dictionary. A code whose dates cannot be read is skipped, as PETRARCH does, and
    noted in `problems` ("<name>, line <n>: ..."); a line that fits no record raises TabariError naming it."""
    problems = [] if problems is None else problems
    out: list[TabariActor] = []
    current: TabariActor | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith(("#", "<")):
            continue
        if "---STOP---" in raw:
            break
        line, comment = _strip_comment(raw)
        if not line.strip():
            continue
        codes = []
        for m in _CODE.finditer(line):
            try:
                codes.append(_code(m.group(1), m.group(2)))
            except ValueError as exc:
                problems.append(f"{name}, line {n}: {exc}; code skipped")
        phrase = _CODE.sub("", line).strip()
        if not codes and _NOTE.match(phrase):
            problems.append(f"{name}, line {n}: a note, not a phrase ({phrase!r}); skipped")
            continue  # "Source: MNC.MLH.actors" would join the next record's codes as its name
        if raw[0] in " \t" and not phrase:
            if current is None:
                raise TabariError(f"{name}, line {n}: a date restriction before any actor")
            current.codes.extend(codes)
        elif line.startswith("+"):
            if current is None:
                raise TabariError(f"{name}, line {n}: a synonym before any actor")
            if phrase[1:].strip():
                current.phrases.append(phrase[1:].strip())
            current.codes.extend(codes)
        elif phrase:
            if current is not None and not current.codes:
                current.phrases.append(phrase)  # a primary phrase without codes joins the next record's codes
            else:
                current = TabariActor([phrase], comment=comment, line=n)
                out.append(current)
            current.codes.extend(codes)
        else:
            raise TabariError(f"{name}, line {n}: codes without a phrase")
    return out


def _tabari_date(iso: str) -> str:
    return iso.replace("-", "")


def _write_code(code: Code) -> str:
    if code.start and code.end:
        return f"[{code.code} {_tabari_date(code.start)}-{_tabari_date(code.end)}]"
    if code.start:
        return f"[{code.code} >{_tabari_date(code.start)}]"
    if code.end:
        return f"[{code.code} <{_tabari_date(code.end)}]"
    return f"[{code.code}]"


def write_actors(actors: list[TabariActor], header: str = "") -> str:
    """Actor records in TABARI format (dates as YYYYMMDD); `header` lines are written as comments."""
    lines = [f"# {h}".rstrip() for h in header.splitlines()]
    for actor in actors:
        if lines:
            lines.append("")
        first = actor.phrases[0] + (f"  # {actor.comment}" if actor.comment else "")
        lines.append(first)
        lines.extend(f"+{p}" for p in actor.phrases[1:])
        lines.extend(f"\t{_write_code(c)}" for c in actor.codes)
    return "\n".join(lines) + "\n"


def read_agents(text: str, name: str = "<text>", problems: list[str] | None = None) -> list[TabariAgent]:
    """Every agent phrase with its code; substitution sets (`!PERSON! = MAN, MEN`) expanded. A line without a code
    is skipped and noted in `problems`."""
    problems = [] if problems is None else problems
    substitutions: dict[str, list[str]] = {}
    out: list[TabariAgent] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line, _ = _strip_comment(raw)
        line = line.strip()
        if not line or line.startswith("<"):
            continue
        if line.startswith("!") and "=" in line and "[" not in line:
            marker, _, values = line.partition("=")
            substitutions[marker.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        found = re.search(r"\[([^\]]*)\]", line)
        if found is None:
            problems.append(f"{name}, line {n}: an agent without a [code]; skipped")
            continue
        code = found.group(1).strip().replace("}", "")
        before = code.endswith("~") and not code.startswith("~")
        body = line[:found.start()]
        plural = _PLURAL.search(body)
        plurals = None
        if plural is not None:
            plurals = tuple(p for p in plural.group(1).split() if p)
            body = body[:plural.start()] + body[plural.end():]
        phrase = body.strip()
        if not phrase:
            problems.append(f"{name}, line {n}: a code without a phrase; skipped")
            continue
        for expanded in _expand(phrase, substitutions):
            out.append(TabariAgent(expanded, code.strip("~"), before, plurals))
    return out


def _expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    for marker, values in substitutions.items():
        if marker in phrase:
            return [p for v in values for p in _expand(phrase.replace(marker, v, 1), substitutions)]
    return [phrase]


def regular_plural(word: str) -> str:
    """PETRARCH's regular plural: +S, Y -> IES, SS -> SSES."""
    upper = word.upper()
    if upper.endswith("Y") and len(word) > 1 and upper[-2] not in "AEIOU":
        return word[:-1] + ("IES" if word.isupper() else "ies")
    if upper.endswith("SS"):
        return word + ("ES" if word.isupper() else "es")
    return word + ("S" if word.isupper() else "s")


def agent_forms(agent: TabariAgent) -> list[str]:
    """The phrase and its plurals, as words joined by spaces ('FOREIGN MINISTER', 'FOREIGN MINISTERS')."""
    base = " ".join(words(agent.phrase))
    if agent.plurals is not None:
        return [base, *(" ".join(words(p)) for p in agent.plurals)]
    parts = base.split(" ")
    return [base, " ".join(parts[:-1] + [regular_plural(parts[-1])])]


def read_discards(text: str) -> list[tuple[str, bool]]:
    """(phrase, whole_story) per line: '+' marks a phrase that discards the whole story."""
    out = []
    for raw in text.splitlines():
        line, _ = _strip_comment(raw)
        line = line.strip()
        if not line or line.startswith("<"):
            continue
        story = line.startswith("+")
        out.append((line.lstrip("+").strip(), story))
    return out
