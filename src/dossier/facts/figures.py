"""Find the figures in a Doc: value, unit, qualifier, the noun counted and any denominator.

A Matcher (built once per vocabulary; nlp/anchored.py tests each word once) finds number tokens; the code around
each reads leftwards for a qualifier and a currency, rightwards for a scale, a percent sign, a currency name, a
counted noun or "of the N". Numbers that are dates, ordinals, labels, durations or list markers are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from dossier.facts.currency import qualifier_code, resolve
from dossier.facts.lexicon import lexicon
from dossier.facts.numbers import digit_value, words_value
from dossier.nlp.anchored import AnchoredMatcher

NUMERIC_ENTS = {"MONEY", "PERCENT", "CARDINAL", "QUANTITY", ""}
DIGIT_RE = r"^\d[\d,]*(\.\d+)?[a-zA-Z]{0,3}$"
YEAR = re.compile(r"^(1[89]|20)\d\d$")
DEFINITE = {"the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "first", "last", "next"}
COUNT_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos"}


@dataclass
class Figure:
    start: int            # token span of the whole figure, qualifier and noun included
    end: int
    num_start: int        # token span of the number itself
    num_end: int
    value: float
    unit: str
    kind: str             # money | percent | ratio | count | quantity
    qualifier: str | None = None
    noun: int | None = None        # token index of the counted noun
    denominator: float | None = None
    each: int | None = None        # token index of the unit an amount is for ("31 cts a share", "$70 per barrel")
    range_to: int | None = None    # the first token of the range's other end ("three [or four] cents")


def each_unit(doc: Doc, j: int) -> int | None:
    """The unit an amount is paid or earned for, right after it: "a share", "per barrel", "an ounce"."""
    if j + 1 < len(doc) and doc[j].lower_ in ("a", "an", "per") and doc[j + 1].pos_ == "NOUN" \
            and doc[j + 1].is_lower and doc[j + 1].lower_ not in lexicon().time_nouns:
        return j + 1
    return None


def build_matcher(vocab) -> AnchoredMatcher:
    lex = lexicon()
    words = sorted(set(lex.number_words) | {w for w, v in lex.scales.items() if v >= 100}
                   | set(lex.vague) | set(lex.fractions))
    matcher = AnchoredMatcher(vocab)
    matcher.add("NUM", [[{"TEXT": {"REGEX": DIGIT_RE}}], [{"LOWER": {"IN": words}}]])
    return matcher


def _is_num(tok: Token) -> bool:
    lex = lexicon()
    w = tok.lower_
    return bool(re.match(DIGIT_RE, tok.text)) or w in lex.number_words or (w in lex.scales and lex.scales[w] >= 100)


def _runs(doc: Doc, matcher: AnchoredMatcher) -> list[tuple[int, int]]:
    """Maximal runs of number tokens ("two hundred and sixty", "2.5 million", "twenty-five")."""
    hits = sorted({s for _, s, _ in matcher(doc)})
    runs, end = [], -1
    for i in hits:
        if i < end:
            continue
        j = i + 1
        while j < len(doc):
            t = doc[j]
            if _is_num(t):
                j += 1
            elif (j + 1 < len(doc) and _is_num(doc[j + 1]) and not _digits(doc[j + 1])
                  and (t.text == "-" or t.lower_ == "and" and doc[j - 1].lower_ in ("hundred", "thousand"))):
                j += 1                                # "twenty-five", "one hundred and sixty"
            else:
                break
        runs.append((i, j))
        end = j
    return runs


def _text_at(doc: Doc, i: int) -> str:
    """The text of token i, "" past the end: `doc[i:i + 1].text` without making a Span."""
    return doc[i].text if 0 <= i < len(doc) else ""


def _digits(tok: Token) -> bool:
    return tok.text[:1].isdigit()


def _left_words(doc: Doc, i: int, n: int) -> list[str]:
    return [t.lower_ for t in doc[max(0, i - n):i]]


def _qualifier(doc: Doc, i: int) -> tuple[str | None, int]:
    """The qualifier phrase ("more than", "about") just before token i, inside its sentence."""
    phrases = lexicon().qualifiers  # longest first
    if not phrases or i == 0 or doc[i - 1].lower_ not in _qualifier_ends():
        return None, i  # (most numbers: the word before ends no qualifier, so the sentence need not be found)
    left = tuple(_left_words(doc, i, min(len(phrases[0]), i - doc[i].sent.start)))
    for phrase in phrases:
        if len(phrase) <= len(left) and left[len(left) - len(phrase):] == phrase:
            return " ".join(phrase), i - len(phrase)
    return None, i


@cache
def _qualifier_ends() -> frozenset[str]:
    """The last words of the qualifier phrases."""
    return frozenset(phrase[-1] for phrase in lexicon().qualifiers)


def _currency_before(doc: Doc, i: int) -> tuple[str | None, int]:
    lex = lexicon()
    if i > 0:
        t = doc[i - 1]
        if t.text in lex.symbols:
            if t.text == "$" and i > 1 and doc[i - 2].text.upper() in ("US", "U.S."):
                return "USD", i - 2
            return resolve(lex.symbols[t.text], doc, i - 1), i - 1
        if t.text.upper() in lex.codes and (t.text.isupper()):
            return lex.codes[t.text.upper()], i - 1
    return None, i


MAX_NAME_WORDS = 3  # "pounds sterling", "nuevos soles", "D-marks" (three tokens)
MAX_QUALIFIER_WORDS = 2  # "Hong Kong" dollars, "Egyptian" pounds


@cache
def _name_beginnings() -> frozenset[str]:
    """Every beginning of a currency name: words can name a currency only where the first begins one."""
    lex = lexicon()
    return frozenset(name[:n] for name in (*lex.currency_names, *lex.subunits) for n in range(1, len(name) + 1))


def _currency_after(doc: Doc, j: int) -> tuple[str | None, int, int]:
    """A currency named after the number, with the words that qualify it ("dlrs", "stg", "French francs"), and how
    many of what is named make one of the currency: 1 for the currency itself, 100 for its cents ("31 cts")."""
    lex = lexicon()
    if j < len(doc) and doc[j].text.upper() in lex.codes and doc[j].text.isupper():
        return lex.codes[doc[j].text.upper()], j + 1, 1
    beginnings = _name_beginnings()
    for q in range(MAX_QUALIFIER_WORDS + 1):
        if j + q < len(doc) and (first := doc[j + q].text.lower()) not in beginnings and "ς" not in first:
            continue  # (a final sigma is lowered by what follows it)
        for k in range(MAX_NAME_WORDS, 0, -1):
            if j + q + k > len(doc):
                continue
            name = doc[j + q:j + q + k].text.lower()
            value, per = lex.currency_names.get(name), 1
            if value is None:
                value, per = lex.subunits.get(name, (None, 1))
            if value is None:
                continue
            code = qualifier_code(value, doc[j:j + q]) if q else resolve(value, doc, max(j - 1, 0))
            if code:
                return code, j + q + k, per
    return None, j, 1


def _total_before_parts(doc: Doc, j: int) -> str | None:
    """The currency of a bare total told beside an amount in that currency's parts, as wire results tables give
    a total and its amount per share: "credits of 2,227,000 or four cts" (2,227,000 of the dollars the cents are
    of; the "four cts" is a figure of its own). Only a total of a thousand or more: "three or four cents" is a
    range of cents."""
    if not (_text_at(doc, j).lower() in ("or", "and") and j > 0 and _digits(doc[j - 1])):
        return None
    k = j + 1
    while k < len(doc) and _is_num(doc[k]):
        k += 1
    if k == j + 1:
        return None
    code, _, parts = _currency_after(doc, k)
    value = words_value([t.text for t in doc[j - 1:j]])
    return code if code and parts > 1 and value is not None and value >= 1000 else None


def _joined_number(doc: Doc, a: int, b: int) -> tuple[int, int, bool] | None:
    """The second number of "A or B", "A to B", "between A and B" or "from A to B" right after the number run a..b,
    and whether the two are a range (a change "from A to B" is two values, neither a bound)."""
    joint = _text_at(doc, b).lower()
    before = _text_at(doc, a - 1).lower()
    if not (joint in ("or", "to") or joint == "and" and before == "between"):
        return None
    c = b + 1 + (_text_at(doc, b + 1) in lexicon().symbols)   # "$20 to $25 million"
    d = c
    while d < len(doc) and _is_num(doc[d]):
        d += 1
    return (c, d, not (joint == "to" and before == "from")) if d > c else None


def _range_low(doc: Doc, a: int, b: int, currency: str | None) -> Figure | None:
    """The first number of a range or a change that names its unit once, after the second ("three or four cents",
    "between 1.5 and 2 billion dlrs", "from 20 to 25 mln dlrs"): its value in the second's unit and scale. None
    where the first has a scale of its own, the second is no amount or plain count of something, or the first is
    more than the second in a range ("1,200 or 15 pct of its members" is a count and its share)."""
    joined = _joined_number(doc, a, b)
    lex = lexicon()
    if joined is None:
        return None
    c, d, bounded = joined
    high = _read(doc, c, d)
    digits = [t.text for t in doc[c:d]]
    while len(digits) > 1 and lex.scales.get(digits[-1].lower(), 0) >= 100 \
            and not any(lex.scales.get(t.lower_, 0) >= 100 for t in doc[a:b]):
        digits.pop()                                  # the second's scale is the first's too, unless it has one
    own, written = words_value([t.text for t in doc[a:b]]), words_value(digits)
    if high is None or high.num_start != c or not own or not written or currency not in (None, high.unit) \
            or high.kind == "count" and high.noun is None:
        return None
    value = own * high.value / written
    if bounded and value > high.value:
        return None
    return Figure(a, b, a, b, value, high.unit, high.kind, noun=high.noun if high.kind == "count" else None,
                  each=high.each, range_to=c if bounded else None)


def _percent_after(doc: Doc, j: int) -> tuple[str | None, int]:
    if j < len(doc) and doc[j].text in ("%", "percent", "pct"):
        if j + 2 < len(doc) + 1 and _text_at(doc, j + 1).lower() == "points":
            return "percentage points", j + 2
        return "percent", j + 1
    first = _text_at(doc, j).lower()
    if first not in ("per", "percentage"):  # what the two words below begin with
        return None, j
    if doc[j:j + 2].text.lower() == "per cent":
        return "percent", j + 2
    if doc[j:j + 2].text.lower() in ("percentage points", "percentage point"):
        return "percentage points", j + 2
    return None, j


def _counted_noun(doc: Doc, j: int, last: Token) -> int | None:
    """The noun a number counts: its nummod head, else the next noun after adjectives."""
    if last.dep_ in ("nummod", "quantmod") and last.head.i >= j and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head.i
    k = j
    while k < len(doc) and k < j + 4 and doc[k].pos_ in ("ADJ", "PROPN", "NOUN") and doc[k].dep_ in ("amod", "compound"):
        k += 1
    if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and k < j + 4:
        return k
    return None


def _ent_ok(doc: Doc, a: int, b: int) -> bool:
    return all(t.ent_type_ in NUMERIC_ENTS for t in doc[a:b])


def _scaled(doc: Doc, a: int, b: int) -> bool:
    """Digits with a scale word in or right after their run are an amount whatever the tagger says: "lent 45 mln
    stg" (read as the season of Lent, a DATE); no date or name goes on with "mln", "billion" or "thousand"."""
    scales = lexicon().scales
    return _digits(doc[a]) and any(scales.get(t.lower_.rstrip("."), 0) >= 1000 for t in doc[a + 1:b + 1])


def find(doc: Doc, matcher: AnchoredMatcher) -> list[Figure]:
    """Every figure in the doc, left to right, skipping numbers that are not figures."""
    figures: list[Figure] = []
    taken, low = -1, None
    for a, b in _runs(doc, matcher):
        if a < taken:
            continue
        fig = _read(doc, a, b)
        if fig is not None:
            if low is not None and fig.num_start == low.range_to and fig.qualifier is None:
                # the other end of a range read before: "about 2,000 or 3,000" is about either
                fig.qualifier = "at most" if low.qualifier == "at least" else low.qualifier
            figures.append(fig)
            taken, low = fig.end, fig
    return figures


def _read(doc: Doc, a: int, b: int) -> Figure | None:
    lex = lexicon()
    words = [t.text for t in doc[a:b]]
    low = [w.lower() for w in words]
    if any(w in lex.fractions for w in low):
        return _fraction(doc, a, b)
    after = _text_at(doc, b)
    if after in lex.fractions or (after == "-" and _text_at(doc, b + 1).lower() in lex.fractions):
        return _fraction(doc, a, b + (1 if doc[b].lower_ in lex.fractions else 2))
    if low[0] in lex.vague:
        return _vague(doc, a, b)
    if not (_ent_ok(doc, a, b) or _scaled(doc, a, b)) or after == "-":
        return None                                   # a date, a name, or "a five-day visit", "20-yard line"
    cur, left = _currency_before(doc, a)
    low = _range_low(doc, a, b, cur)
    if low is not None:
        low.qualifier, low.start = _qualifier(doc, left)
        if low.qualifier is None and low.range_to is not None:
            low.qualifier = "at least"
        return low
    scale = doc[b].lower_.rstrip(".") if b < len(doc) else ""
    if scale in lex.scales or cur and scale in lex.currency_scales:
        words.append(scale)                          # "€5 m", "1.3 bn", "€12m." at a sentence end
        b += 1
    unit, right = _percent_after(doc, b)
    kind = "percent" if unit else None
    parts = 1
    if not unit:
        cur2, right, parts = _currency_after(doc, b)
        if cur:
            parts = 1  # "$5 cents" is no figure of cents: the symbol before names the currency
        cur = cur or cur2
    if not cur and not unit:
        cur, right = _total_before_parts(doc, b), b
    value = words_value(words, currency=bool(cur))
    if value is None:
        return None
    value /= parts
    each = None
    if cur:
        unit, kind = cur, "money"
        each = each_unit(doc, right)
        if each is not None:
            right = each + 1
    qualifier, left = _qualifier(doc, left)
    if left > 0 and doc[left - 1].lower_.rstrip(".") in lex.label_words:
        return None
    if a == doc[a].sent.start and b < len(doc) and doc[b].text in (".", ")"):
        return None                                   # a list marker
    fig = Figure(left, right, a, b, value, unit or "count", kind or "count", qualifier, each=each)
    if kind:
        return fig
    return _count(doc, fig)


def _count(doc: Doc, fig: Figure) -> Figure | None:
    """A plain number: a count of a noun, a physical quantity, or nothing (years, durations, labels)."""
    lex = lexicon()
    a, b = fig.num_start, fig.num_end
    j = b
    first = _text_at(doc, j).lower()
    if first == "of" or first == "out" and doc[j:j + 2].text.lower() == "out of":
        j += 1 if doc[j].lower_ == "of" else 2
        if j < len(doc) and doc[j].lower_ in ("the", "its", "all", "their"):
            j += 1
        k = j
        while k < len(doc) and _is_num(doc[k]):
            k += 1
        if k > j:
            fig.denominator = words_value([t.text for t in doc[j:k]])
            b = k
    noun = _counted_noun(doc, b, doc[b - 1])
    joined = _joined_number(doc, a, b)
    if noun is not None and joined is not None and noun >= joined[0]:
        noun = None                                   # "1,200 or 15 pct of its members": the noun is the share's
    if noun is not None and doc[noun].lower_ in lex.time_nouns | {"%"}:
        return None
    if noun is None and len(doc) > b and doc[b].text == "-" and b + 1 < len(doc) and doc[b + 1].lower_ in lex.time_nouns:
        return None                                   # "a five-day visit"
    if noun is None:
        text = doc[a:b].text
        if not _digits(doc[a]) or YEAR.match(text) or doc[a].dep_ not in COUNT_DEPS or fig.qualifier is None and _definite(doc, fig.start):
            return None
        fig.end = max(fig.end, b)
        return fig
    if YEAR.match(doc[a:b].text) and fig.qualifier is None and doc[noun].ent_type_ != "":
        return None
    if fig.qualifier is None and fig.denominator is None and _definite(doc, fig.start):
        return None                                   # "the two countries": a reference, not a figure
    word, two = doc[noun].lower_, doc[noun - 1:noun + 1].text.lower()
    if two in lex.units:
        fig.unit, fig.kind = lex.units[two], "quantity"
    elif word in lex.units:
        fig.unit, fig.kind = lex.units[word], "quantity"
    elif word in lex.people or doc[noun].ent_type_ == "NORP":
        fig.unit = "people"
    fig.noun, fig.end = noun, max(fig.end, noun + 1)
    return fig


def _definite(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in DEFINITE


def _fraction(doc: Doc, a: int, b: int) -> Figure | None:
    """'one-third', 'two-thirds', 'a third of', 'half of': a ratio."""
    lex = lexicon()
    end = next(i for i in range(a, b) if doc[i].lower_ in lex.fractions) + 1
    frac = doc[end - 1].lower_
    num = [t.text for t in doc[a:end - 1] if t.text != "-"]
    hyphen = end - 2 >= a and doc[end - 2].text == "-"
    start = a
    if not num and a > 0 and doc[a - 1].lower_ in ("a", "one"):
        start = a - 1
    numerator = words_value(num) if num else 1.0
    followed = end < len(doc) and doc[end].lower_ == "of"
    if numerator is None or not (hyphen or followed) or any(t.ent_type_ in ("DATE", "TIME") for t in doc[start:end]):
        return None
    qualifier, left = _qualifier(doc, start)
    value = round(numerator / lex.fractions[frac], 4)
    return Figure(left, end, start, end, value, "ratio", "ratio", qualifier)


def _vague(doc: Doc, a: int, b: int) -> Figure | None:
    """'thousands of', 'tens of thousands', 'dozens': the lower bound, qualified as vague."""
    lex = lexicon()
    value, end = float(lex.vague[doc[a].lower_]), a + 1
    if _text_at(doc, end).lower() == "of" and end + 1 < len(doc) and doc[end + 1].lower_ in lex.vague:
        value *= lex.vague[doc[end + 1].lower_]
        end += 2
    if any(t.ent_type_ in ("DATE", "TIME") for t in doc[a:end]):
        return None
    fig = Figure(a, end, a, end, value, "count", "count", "vague")
    j = end + 1 if _text_at(doc, end).lower() == "of" else end
    noun = _counted_noun(doc, j, doc[end - 1])
    if noun is None and j > end:
        return None
    if noun is not None:
        if doc[noun].lower_ in lex.time_nouns:
            return None
        word = doc[noun].lower_
        fig.unit = "people" if word in lex.people or doc[noun].ent_type_ == "NORP" else lex.units.get(word, "count")
        fig.noun, fig.end = noun, noun + 1
    return fig
