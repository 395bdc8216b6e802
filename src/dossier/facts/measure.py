"""Name what a figure measures, from the noun it counts or modifies, its verb, or a keyword near it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.facts.clause import clause_head as clause_verb
from dossier.facts.figures import Figure, each_unit
from dossier.facts.lexicon import lexicon, money_words

NEAR_DEPS = {"nsubj", "nsubjpass", "dobj", "compound", "amod", "poss", "attr", "npadvmod"}


def _keyword(tok: Token) -> str | None:
    kw = lexicon().keywords
    if _unit_of_an_amount(tok):
        return None  # "share" in "31 cts a share" is what the amount is for, not a market share
    return kw.get(tok.lemma_.lower()) or kw.get(tok.lower_)


def _unit_of_an_amount(tok: Token) -> bool:
    """Whether the noun is the unit an amount is for: "a share" or "per barrel" right after a currency's name."""
    doc, i = tok.doc, tok.i
    return i >= 2 and (doc[i - 2].lower_ in money_words() or doc[i - 2].like_num) and each_unit(doc, i - 1) == i


def _search(doc: Doc, fig: Figure) -> tuple[str | None, Token | None, bool]:
    """(measure, token it came from, came from a verb) by walking up from the figure."""
    inside = range(fig.start, fig.end)
    after = doc[fig.end] if fig.end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and _keyword(after):
        return _keyword(after), after, False              # "a 60% stake", "$5 billion investment"
    node, came = doc[fig.num_start:fig.num_end].root, None
    for _ in range(4):
        if node.i not in inside and _keyword(node):
            return _keyword(node), node, node.pos_ in ("VERB", "AUX")
        for child in node.children:
            if (came is not None and child.i == came.i) or child.i in inside or child.dep_ not in NEAR_DEPS:
                continue
            for t in [child, *[c for c in child.children if c.dep_ in ("compound", "amod")]]:
                if _keyword(t):
                    return _keyword(t), t, False
        if node.head.i == node.i:
            break
        came, node = node, node.head
    sent = doc[fig.start].sent
    for i in range(fig.start - 1, max(sent.start, fig.start - 6) - 1, -1):
        if doc[i].pos_ == "NOUN" and _keyword(doc[i]):
            return _keyword(doc[i]), doc[i], False
    return None, None, False


def measure(doc: Doc, fig: Figure, clause: list[Token], pair: bool, countries: int = 0) -> str | None:
    """'bilateral trade', 'stake', 'economic growth', 'professionals trained', 'critical minerals (of 17)'…"""
    lex = lexicon()
    name, source, verb = _search(doc, fig)
    if name == "growth" and source is not None:
        # what grows is often the subject of a main clause the figure's clause hangs from
        sent = doc[fig.start].sent
        for t in [*clause, *doc[sent.start:fig.start]]:
            if t.lemma_.lower() in lex.growth_of and t.i != source.i:
                name = lex.growth_of[t.lemma_.lower()]
                break
    if name in lex.bilateral and (pair or countries >= 2 and name in lex.bilateral_by_countries):
        name = lex.bilateral[name]
    if fig.noun is not None:
        noun = _noun_phrase(doc, fig.noun)
        if name is None or name == _keyword(doc[fig.noun]):
            name = name if name and _keyword(doc[fig.noun]) and fig.unit == "count" else (name or noun)
        elif verb:
            name = f"{noun} {name}"                    # "people killed", "professionals trained"
    elif name is None and fig.kind in ("percent", "ratio") and doc[fig.end:fig.end + 1].text.lower() == "of":
        obj = [c for c in doc[fig.end].children if c.dep_ == "pobj"]
        verb = clause_verb(doc[fig.num_start:fig.num_end].root)
        if fig.kind == "percent" and verb.lemma_.lower() in lex.stake_verbs:
            name = "stake"                              # "bought 60% of the port project"
        elif obj:
            name = "share of " + _noun_phrase(doc, obj[0].i)
    if fig.denominator is not None and name:
        name = f"{name} (of {fig.denominator:g})"
    if fig.each is not None:
        unit = doc[fig.each].lemma_.lower()
        if name == unit or name == lexicon().keywords.get(unit):
            name = "price"  # "offered 15.75 dlrs a share for the shares": what is paid for each of them
        name = f"{name} per {unit}" if name else f"per {unit}"
    return name


def _noun_phrase(doc: Doc, i: int) -> str:
    """The noun with its compound and adjective modifiers that are not nationalities: 'critical minerals'."""
    tok = doc[i]
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE")
            and not c.like_num]
    start = min([m.i for m in mods] + [i])
    return " ".join(t.lower_ for t in doc[start:i + 1] if t.ent_type_ not in ("NORP", "GPE") or t.i == i)
