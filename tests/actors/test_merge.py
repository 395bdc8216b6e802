from dossier.actors import merge_entities
from dossier.model import Entity, Role


def test_merge_unites_aliases_and_prefers_the_dictionary():
    a = [Entity(id="unk:ORG:acme", name="Acme", type="ORG", aliases=["Acme Corp"])]
    b = [Entity(id="unk:ORG:acme", name="Acme", type="ORG", country="CHL", aliases=["ACME"]),
         Entity(id="per:dina-boluarte", name="Dina Boluarte", type="PERSON", known=True, aliases=["Boluarte"],
                roles=[Role(title="President of Peru", start="2022-12-07")])]
    c = [Entity(id="per:dina-boluarte", name="Boluarte", type="PERSON", aliases=["the Peruvian president"])]
    merged = {e.id: e for e in merge_entities([a, b, c])}
    assert merged["unk:ORG:acme"].aliases == ["Acme Corp", "ACME"] and merged["unk:ORG:acme"].country == "CHL"
    dina = merged["per:dina-boluarte"]
    assert dina.name == "Dina Boluarte" and dina.known and dina.roles
    assert set(dina.aliases) == {"Boluarte", "the Peruvian president"}
    assert list(merged)[0] == "per:dina-boluarte"  # known actors first


def _seen(country: str | None, cameo: str | None = None, known: bool = False) -> list[Entity]:
    """One document's reading of one actor."""
    return [Entity(id="unk:PERSON:ada-quill", name="Ada Quill", type="PERSON", country=country, cameo=cameo,
                   known=known)]


def test_an_unknown_actor_takes_the_country_most_documents_give():
    merged = merge_entities([_seen("ECU", "ECU"), _seen(None), _seen("AUS", "AUSCVL"), _seen("AUS", "AUSCVL")])
    assert (merged[0].country, merged[0].cameo) == ("AUS", "AUSCVL")


def test_a_tie_keeps_the_first_country_given_and_documents_without_one_do_not_vote():
    merged = merge_entities([_seen(None), _seen("ECU", "ECU"), _seen("AUS", "AUS"), _seen(None), _seen(None)])
    assert (merged[0].country, merged[0].cameo) == ("ECU", "ECU")


def test_the_dictionary_s_country_is_not_outvoted():
    merged = merge_entities([_seen("AUS", "AUS"), _seen("GBR", "GBRGOV", known=True), _seen("AUS", "AUS")])
    assert (merged[0].country, merged[0].cameo, merged[0].known) == ("GBR", "GBRGOV", True)
