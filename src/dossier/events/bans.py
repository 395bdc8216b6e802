"""A ban's kind by whom it is aimed at: a ban aimed at another state (a party of another country, an international
body) or at its trade is an embargo (SANCTION, CAMEO 163); one aimed at nobody abroad, a government's ban on its
own people's acts or goods, is a restriction at home (COERCE, CAMEO 172: the PLOVER manual's "restrict", realnews_dev's
"bans by a government on its own people are COERCE"): "officials banned firecrackers ahead of the festival", "the
government outlawed the practice", but "banned imports of Fredonian beef", "banned Fredonian ships from its ports".
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.matching import object_words
from dossier.events.noun_acts import lemma
from dossier.events.patterns import Lexicon


def ban_kind(kind: tuple[str, str, str], tok: Token, source: list[str], target: list[str], actors: dict,
             lex: Lexicon) -> tuple[str, str, str]:
    """The (type, mode, CAMEO code) of an act given `kind` by its entry, where it is an embargo named by a word of
    a ban (lexicon `ban_words`): a restriction at home (COERCE 172) when its doer's country is known and no target
    is abroad (another country's, or an international body) and what is banned is no cross-border trade (lexicon
    `border_trade_words`: imports, exports, flights …)."""
    if kind[2] != "163" or lemma(tok) not in lex.ban_words:
        return kind
    home = {c for c in (getattr(actors.get(s), "country", None) for s in source) if c}
    if not home:
        return kind
    for t in target:
        entity = actors.get(t)
        if entity is None or entity.kind == "igo" or (entity.country and entity.country not in home):
            return kind
    if _banned_words(tok) & lex.border_trade_words:
        return kind
    return "COERCE", "restrict", "172"


def _banned_words(tok: Token) -> set[str]:
    """The words of what the ban is on: the verb's object, or the noun's "on" or "of" phrase, and their own words
    (`object_words`: "imports of beef", "the sale of alcohol")."""
    things = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    things += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "of") for g in p.children
               if g.dep_ == "pobj"]
    return {w for t in things for w in object_words(t)}
