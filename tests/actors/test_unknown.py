"""Unknown actors across documents: one id per name whatever the label, family names joining full names."""

from dossier.actors.unknown import rename, unknown_ids
from dossier.model import Document, Entity, Event, Mention
from dossier.pipeline import DocResult


def _unknown(label, slug, name):
    return Entity(id=f"unk:{label}:{slug}", name=name, type=label)


def test_one_name_under_two_labels_takes_the_label_most_articles_give():
    ids = unknown_ids([[_unknown("PERSON", "ana-quispe", "Ana Quispe")],
                       [_unknown("PERSON", "ana-quispe", "Ana Quispe")],
                       [_unknown("GPE", "ana-quispe", "Ana Quispe")]])
    assert set(ids) == {"unk:GPE:ana-quispe"} and ids["unk:GPE:ana-quispe"].id == "unk:PERSON:ana-quispe"


def test_a_family_name_alone_joins_the_only_full_name_ending_with_it():
    ids = unknown_ids([[_unknown("PERSON", "ana-quispe", "Ana Quispe")], [_unknown("PERSON", "quispe", "Quispe")],
                       [_unknown("ORG", "mamani", "Mamani")]])
    assert ids["unk:PERSON:quispe"].id == "unk:PERSON:ana-quispe"
    assert ids["unk:PERSON:quispe"].name == "Ana Quispe"
    assert "unk:ORG:mamani" not in ids  # no article calls it a person, and no full name ends with it


def test_a_family_name_shared_by_two_full_names_stays_apart():
    ids = unknown_ids([[_unknown("PERSON", "ana-quispe", "Ana Quispe"), _unknown("PERSON", "rosa-quispe", "Rosa Quispe")],
                       [_unknown("PERSON", "quispe", "Quispe")]])
    assert "unk:PERSON:quispe" not in ids


def test_dictionary_actors_are_never_renamed():
    known = Entity(id="per:dina-boluarte", name="Dina Boluarte", type="PERSON", known=True)
    assert unknown_ids([[known], [_unknown("PERSON", "boluarte", "Boluarte")]]) == {}


def test_rename_rewrites_every_reference_in_a_document():
    ids = unknown_ids([[_unknown("PERSON", "ana-quispe", "Ana Quispe")], [_unknown("PERSON", "quispe", "Quispe")]])
    doc = Document(id="d2", source="d2.txt", text="Quispe met Lula.")
    result = DocResult(document=doc, entities=[_unknown("PERSON", "quispe", "Quispe")],
                       mentions=[Mention(entity="unk:PERSON:quispe", doc="d2", start=0, end=6, text="Quispe")],
                       events=[Event(id="d2:e1", type="CONSULT", source=["unk:PERSON:quispe"], target=["lula"])])
    renamed = rename(result, ids)
    assert [e.id for e in renamed.entities] == ["unk:PERSON:ana-quispe"]
    assert renamed.entities[0].name == "Ana Quispe" and "Quispe" in renamed.entities[0].aliases
    assert renamed.mentions[0].entity == "unk:PERSON:ana-quispe"
    assert renamed.events[0].source == ["unk:PERSON:ana-quispe"] and renamed.events[0].target == ["lula"]


def test_variant_spellings_and_middle_initials_are_one_name():
    ids = unknown_ids([[_unknown("ORG", "andes-treatment-centre", "Andes Treatment Centre")],
                       [_unknown("ORG", "andes-treatment-center", "Andes Treatment Center")],
                       [_unknown("ORG", "andes-treatment-center", "Andes Treatment Center")],
                       [_unknown("PERSON", "ana-m-quispe", "Ana M. Quispe")],
                       [_unknown("PERSON", "ana-quispe", "Ana Quispe"), _unknown("PERSON", "quispe", "Quispe")]])
    assert ids["unk:ORG:andes-treatment-centre"].id == "unk:ORG:andes-treatment-center"
    assert ids["unk:PERSON:ana-m-quispe"].id == ids["unk:PERSON:quispe"].id
    assert ids["unk:PERSON:quispe"].id in ("unk:PERSON:ana-quispe", "unk:PERSON:ana-m-quispe")


def test_a_single_letter_is_kept_where_it_is_the_whole_first_or_last_name():
    ids = unknown_ids([[_unknown("PERSON", "j-smith", "J. Smith")], [_unknown("PERSON", "jo-smith", "Jo Smith")]])
    assert ids == {}


def test_rename_to_a_known_actor_names_it_once_with_its_aliases():
    known = Entity(id="usa:treasury", name="United States Treasury", type="ORG", country="USA", known=True,
                   aliases=["U.S. Treasury"])
    unknown = Entity(id="unk:ORG:treasury", name="Treasury", type="ORG", country="USA")
    result = DocResult(document=Document(id="d", source="s", text="x"), entities=[unknown, known])
    out = rename(result, {"unk:ORG:treasury": known})
    assert [e.id for e in out.entities] == ["usa:treasury"]
    assert out.entities[0].known and "Treasury" in out.entities[0].aliases and "U.S. Treasury" in out.entities[0].aliases
