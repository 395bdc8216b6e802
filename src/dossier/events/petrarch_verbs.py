"""Convert PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, TABARI format) into dossier pattern files.

`python -m dossier.events.petrarch_verbs CAMEO.2.0.txt [OUT_DIR]` writes one YAML file per PLOVER type (and
`none.yaml` for patterns that name no event: CAMEO's `---` and the 01 statements) into OUT_DIR, by default
`events/patterns/cameo/`. What is kept of a pattern: the verbs of its block, the object noun after the verb, a
preposition with or without its noun ("(FOR AID)"), a particle ("DOWN"), the subject noun before the verb
("VIRUS *": a virus that kills is no assault), and the code. Source/target markers, modal words before the verb and
patterns that name other verbs are dropped; a braced phrase keeps its head word ("{FINANCIAL AID}" -> aid).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

from dossier.events.cameo import plover_type

OUT_DIR = Path(__file__).parent / "patterns" / "cameo"
PARTICLES = frozenset({"up", "down", "off", "out", "back", "away", "over", "in", "on", "forward", "aside", "through"})
# Words before the verb that are modality or manner, not the subject's noun.
_NOT_SUBJECT = frozenset({"will", "would", "not", "never", "abruptly", "to", "also", "has", "have", "had", "is", "was",
                          "be", "been", "did", "does", "do", "can", "could", "may", "might", "must", "should", "a",
                          "the", "and", "or", "no"})
_HEADER = """\
# CAMEO verb patterns for PLOVER type {ptype}, converted by dossier.events.petrarch_verbs on {day}
# from CAMEO.2.0.txt of the PETRARCH2 dictionaries (openeventdata/petrarch2, petrarch2/data/dictionaries).
# Regenerate: python -m dossier.events.petrarch_verbs ../shared/knowledge/petrarch2/CAMEO.2.0.txt
#
# The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
# to permit persons to whom the Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or substantial portions of
# the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
# THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
# CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
# DEALINGS IN THE SOFTWARE.
"""


def _strip(line: str) -> str:
    return line.split("#", 1)[0].strip()


def _code(raw: str) -> str:
    """The event code of "[042:043]" (the first; the second is PETRARCH's passive-voice code) or "---"."""
    return raw.split(":")[0].strip()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """{"&NAME": [head words]}: a phrase stands for its last word, the one a parse makes the head."""
    sets: dict[str, list[str]] = {}
    current = None
    for raw in lines:
        line = _strip(raw)
        if line.startswith("&"):
            current = line.split()[0].rstrip("_").upper()
            sets[current] = []
        elif line.startswith("+") and current:
            words = line[1:].split()[0].strip("_").lower().replace("_", " ").split()
            if words:
                sets[current].append(words[-1])
        elif line.startswith("---"):
            current = None
    return sets


def _verb(line: str) -> tuple[str, tuple[str, ...], str | None] | None:
    """(lemma, required particles, own code) of a verb line: "ABORT [160]", "+CALL_OFF [160]", "+SHOOT_DOWN {...}".
    Phrases whose verb is not the first word ("WIRE_+TAP") and joined forms ("+KILLED_AND") are skipped."""
    code = re.search(r"\[([^\]]*)\]", line)
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
    if not head:
        return None
    words = head[0].lower().split("_")
    if "+" in "".join(words[1:]) or not words[0]:
        return None
    words[0] = words[0].lstrip("+")
    rest = tuple(w for w in words[1:] if w)
    if rest and not set(rest) <= PARTICLES:
        return None
    return words[0], rest, (_code(code.group(1)) if code else None)


def _words(term: str, synsets: dict[str, list[str]]) -> list[str]:
    """The head words a pattern term stands for: a word, a {braced phrase} (its last word) or a &SYNSET."""
    term = term.strip("{}")
    last = term.split()[-1] if term.split() else ""
    if last.startswith("&"):
        return synsets.get(last.rstrip("_").upper(), [])
    last = last.strip("_").lower()
    return [last] if re.fullmatch(r"[a-z][a-z'-]*", last) else []


_TERM = re.compile(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+")


def _pattern(body: str, synsets: dict[str, list[str]]) -> dict | None:
    """The constraints of a pattern "PRE * POST": subject, object, particle, preposition and its noun."""
    if body.count("*") != 1:
        return None
    pre, post = body.split("*")
    pre_terms = [t for t in _TERM.findall(pre) if t not in ("$", "+", "%", "^")]
    out: dict = {}
    if pre_terms:
        if len(pre_terms) > 1 or pre_terms[0].lower() in _NOT_SUBJECT or pre_terms[0].startswith("("):
            return None
        out["subject"] = _words(pre_terms[0], synsets)
        if not out["subject"]:
            return None
    for term in _TERM.findall(post):
        if term in ("$", "+", "%", "^"):
            continue
        if term.startswith("("):
            inner = [t for t in _TERM.findall(term[1:-1]) if t not in ("$", "+", "%", "^")]
            # the first prepositional phrase decides and later ones only narrow it, unless the first names no noun
            # and a later one does: then both words are needed, with the later one's noun ("* (FROM ^) (WITH
            # MEDICINE)" is an arrival with medicine, not any arrival from a place; "* (OUT) (OF COALITION)")
            if not inner or ("prep" in out and ("prep_object" in out or len(inner) < 2)):
                return out or None
            out["prep"] = [*out.get("prep", []), inner[0].lower()]
            if len(inner) > 1:
                out["prep_object"] = _words(inner[1], synsets)
                if not out["prep_object"]:
                    return None
            continue
        if "object" not in out and "prep" not in out and term.lower() in PARTICLES:
            out.setdefault("particle", []).append(term.lower())
            continue
        if "object" in out or "prep" in out:
            break  # a second noun narrows the first; its head is enough
        out["object"] = _words(term, synsets)
        if not out["object"]:
            return None
    return out or None


# CAMEO 0831 (accede to demands for a change in leadership; the bare RESIGN is filed under its parent 083) holds the
# resignations, which the PLOVER manual files under RETREAT (its mode resign: officials leaving their posts), where
# the rest of 083 is CONCEDE: a leaving verb, or an office or a resignation as the
# object ("submit resignation", "quit post").
RESIGNATION = ("083", "0831")
# CAMEO 055 (apologize) sits under 05, diplomatic cooperation (SUPPORT), but the PLOVER manual files remorse or regret
# voiced over a deed under CONCEDE.
APOLOGY = "055"
_LEAVING = frozenset({"resign", "vacate", "step", "abdicate"})
_OFFICE = frozenset({"resignation", "post"})


def _leaves_office(code: str, lemmas: tuple[str, ...], cons: dict) -> bool:
    """Whether a CAMEO 083/0831 pattern tells one leaving an office (RETREAT), not another concession."""
    return code in RESIGNATION and bool(_LEAVING & set(lemmas) or _OFFICE & set(cons.get("object", ())))


def convert(path: Path) -> dict[str, list[dict]]:
    """{PLOVER type or NONE: [pattern entries]} from a TABARI/PETRARCH verb dictionary."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines)
    grouped: dict[tuple, list[str]] = defaultdict(list)  # (type, code, verbs, constraint kind, words...) -> objects
    seen: set[tuple] = set()
    block_code, verbs = None, []

    def add(code: str, lemmas: tuple[str, ...], cons: dict, mode: str):
        code = code or "---"
        ptype = "NONE" if code in ("---", "") or code.startswith("01") else plover_type(code)
        if ptype == "CONCEDE" and _leaves_office(code, lemmas, cons):
            ptype = "RETREAT"
        elif code == APOLOGY:
            ptype = "CONCEDE"
        if ptype is None or not lemmas:
            return
        key = (tuple(sorted(lemmas)), tuple(cons.get("particle", ())), tuple(cons.get("prep", ())),
               tuple(cons.get("prep_object", ())), tuple(cons.get("subject", ())), tuple(cons.get("object", ())))
        if key in seen:  # the first code given for the same words wins, as in PETRARCH's file order
            return
        seen.add(key)
        group = (ptype, code, mode, *key[:5])
        grouped[group] += list(cons.get("object", ())) or ["*"]

    for raw in lines:
        line = _strip(raw)
        if not line or line.startswith("&") or (line.startswith("+") and block_code is None):
            continue
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            block_code = _code(m.group(2)) if m else "---"
            block_name = (m.group(1) if m else "").lower().rstrip("_")
            verbs = []
            continue
        if block_code is None:
            continue
        if line.startswith("-"):
            body, _, rest = line[1:].partition("[")
            code = _code(rest.split("]")[0]) if rest else "---"
            cons = _pattern(body, synsets)
            if cons is None:
                continue
            by_particle: dict[tuple, list[str]] = defaultdict(list)
            for lemma, parts in verbs:
                by_particle[parts].append(lemma)
            for parts, lemmas in by_particle.items():
                merged = dict(cons)
                if parts:
                    merged["particle"] = sorted(set(parts) | set(cons.get("particle", ())))
                add(code, tuple(lemmas), merged, block_name)
            continue
        verb = _verb(line)
        if verb is None:
            continue
        lemma, parts, own = verb
        verbs.append((lemma, parts))
        code = own or block_code
        if code != "---":
            add(code, (lemma,), {"particle": list(parts)} if parts else {}, block_name)
    return _entries(grouped)


def _entries(grouped: dict[tuple, list[str]]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for (ptype, code, mode, lemmas, particle, prep, prep_object, subject), objects in grouped.items():
        entry: dict = {"lemmas": list(lemmas), "mode": mode, "cameo": code}
        objs = sorted({o for o in objects if o != "*"})
        if objs:
            entry["object"] = objs
        if particle or prep:
            entry["prep"] = sorted(set(particle) | set(prep))
        if prep_object:
            entry["prep_object"] = sorted(set(prep_object))
        if subject:
            entry["subject"] = sorted(set(subject))
        if "*" in objects and objs:  # the same words with and without an object: two entries
            out[ptype].append({k: v for k, v in entry.items() if k != "object"})
        out[ptype].append(entry)
    return out


def write(entries: dict[str, list[dict]], out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for ptype, items in sorted(entries.items()):
        path = out_dir / f"{ptype.lower()}.yaml"
        body = yaml.safe_dump({"type": ptype, "converted": True, "verbs": items}, sort_keys=False,
                              default_flow_style=None, width=120, allow_unicode=True)
        path.write_text(_HEADER.format(ptype=ptype, day=date.today().isoformat()) + body, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m dossier.events.petrarch_verbs CAMEO.2.0.txt [OUT_DIR]", file=sys.stderr)
        return 2
    source = Path(argv[0])
    if not source.is_file():
        print(f"{source}: not found", file=sys.stderr)
        return 1
    paths = write(convert(source), Path(argv[1]) if len(argv) > 1 else OUT_DIR)
    for p in paths:
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
