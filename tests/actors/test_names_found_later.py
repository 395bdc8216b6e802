"""Names the events coder takes for actors where the actors stage found none (an untagged proper noun: "unk:NAME:...")
are read by the actors stage's rules (doc._.unknown_name): the person a title belongs to, or a country from explicit
words only. Sentences written for these tests."""

from dossier.model import Document, Entity
from dossier.pipeline import process


def _span(doc, words: str):
    """The first span of `doc` whose tokens read `words`."""
    wanted = words.split()
    for i in range(len(doc) - len(wanted) + 1):
        if [t.text for t in doc[i:i + len(wanted)]] == wanted:
            return doc[i:i + len(wanted)]
    raise AssertionError(f"{words!r} not in the sentence")


def _read(analyse, text: str, words: str, published: str = "1987-03-04"):
    doc = analyse(text, published)
    span = _span(doc, words)
    return doc, doc._.unknown_name(span, "unk:NAME:" + "-".join(words.lower().split()))


def test_a_state_named_in_the_name_gives_its_country(analyse):
    _, read = _read(analyse, "Shareholders of Norwegian Pulpwood voted against the offer.", "Norwegian Pulpwood")
    assert isinstance(read, Entity) and read.country == "NOR"


def test_a_name_set_off_beside_a_described_noun_takes_its_country(analyse):
    _, read = _read(analyse, "The Danish seamen's union, Sefarforbund, agreed to resume the talks.", "Sefarforbund")
    assert isinstance(read, Entity) and read.country == "DNK"


def test_a_place_merely_near_the_name_gives_no_country(analyse):
    _, read = _read(analyse, "Talks in Oslo with Vardexa broke up on Friday.", "Vardexa")
    assert isinstance(read, Entity) and read.country is None


def test_a_title_before_a_person_stands_for_that_person(analyse):
    doc, read = _read(analyse, "Officials said the Chancellor of the Exchequer Marten Hollis had met the bankers.",
                      "Exchequer")
    assert isinstance(read, str) and doc._.actors[read].name == "Marten Hollis"


def test_a_title_alone_stands_for_the_one_person_introduced_with_it(analyse):
    text = ("Chancellor of the Exchequer Marten Hollis flew to Lagos on Monday. Officials said the Chancellor had "
            "stressed the need for reform.")
    doc = analyse(text, "1987-03-04")
    later = [t for t in doc if t.text == "Chancellor"][-1]
    read = doc._.unknown_name(doc[later.i:later.i + 1], "unk:NAME:chancellor")
    assert isinstance(read, str) and doc._.actors[read].name == "Marten Hollis"


def test_the_coder_s_side_carries_the_country_the_actors_stage_reads():
    text = "Shareholders of Norwegian Pulpwood rejected the Swedish bid on Friday, the board said."
    result = next(process([Document(id="t", source="t", text=text, published="1987-03-04")]))
    countries = {e.id: e.country for e in result.entities}
    sides = [i for event in result.events for i in event.source + event.target]
    named = [i for i in countries if "norwegian" in i]
    assert named and all(countries[i] == "NOR" for i in named)
    assert not any(i.startswith("unk:") and "norwegian" in i and not countries[i] for i in sides)


def test_a_firm_named_again_without_its_legal_form_is_that_firm(analyse):
    text = ("Hollister Gravel Inc said it bid for a quarry. Shares of Hollister Gravel rose two dlrs after the "
            "offer.")
    doc = analyse(text, "1987-03-04")
    firm = next(i for i, e in doc._.actors.items() if e.name == "Hollister Gravel Inc")
    assert doc._.unknown_name(_span(doc, "Hollister Gravel rose")[:2], "unk:NAME:hollister-gravel") == firm


def test_a_state_s_title_alone_is_read_as_an_official_named_by_title_alone(analyse):
    text = ("Portugal's parliament met on Monday. Deputies agreed that the Prime Minister would be chosen by the "
            "assembly.")
    doc = analyse(text, "1987-03-04")
    read = doc._.unknown_name(_span(doc, "Prime Minister"), "unk:NAME:prime-minister")
    assert isinstance(read, Entity) and (read.country, read.cameo) == ("PRT", "PRTGOV")
