"""The resolver keeps its answers (`Resolver.one`, `Resolver.many`): a token asked again gets what a resolver asked
once would say, pronouns and their cycle guard included, and each caller gets a list of its own."""

from dossier.events.actors import Resolver

TEXT = ("Chile's foreign minister met the Peruvian envoy and officials of Bolivia in Lima on Monday. "
        "She said her government and Peru would sign the accord, and the two ministers praised it. "
        "Later he told reporters that they had agreed on the border.")


def test_a_token_asked_again_gets_a_fresh_resolvers_answer(nlp):
    doc = nlp(TEXT)
    kept = Resolver(doc)
    for tok in doc:
        first = (kept.one(tok), kept.many(tok))
        again = (kept.one(tok), kept.many(tok))
        fresh = Resolver(doc)
        assert first == again == (fresh.one(tok), fresh.many(tok)), tok.text
    assert any(kept.many(tok) for tok in doc if tok.lower_ in ("she", "he"))


def test_each_caller_gets_a_list_of_its_own(nlp):
    doc = nlp(TEXT)
    resolver = Resolver(doc)
    minister = next(t for t in doc if t.text == "minister")
    answer = resolver.many(minister)
    assert answer
    answer.append("unk:PERSON:someone-else")
    assert "unk:PERSON:someone-else" not in resolver.many(minister)
