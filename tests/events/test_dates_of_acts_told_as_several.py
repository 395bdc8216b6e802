"""An act told only by plural nouns of its kind ("carried out cross-border attacks on herders") is several acts: a
later singular noun with its own day ("a reply to Sunday's attack") names one act, not them, and does not date them
(events/story_dates._told_as_several); one act told before ("carried out an attack") still takes that day."""


def _dates(events, type_):
    return [e.date.start if e.date else None for e in events if e.type == type_]


def test_raids_told_in_the_plural_are_not_dated_by_a_later_raid(code):
    events, _ = code("Army officers have said the rebels used the hills as bases to stage raids on police posts. "
                     "The cabinet met on Tuesday to weigh a response to Sunday's raid on a border town.", "1987-10-21")
    assert _dates(events, "ASSAULT") == [None]


def test_attacks_told_in_the_plural_are_not_dated_by_a_later_attack(code):
    events, _ = code("Kenyan officials said Somali gunmen had carried out cross-border attacks on herders. The cabinet "
                     "met on Tuesday to weigh a reply to Sunday's attack on a village near Mandera.", "1987-10-21")
    assert _dates(events, "ASSAULT") == [None]


def test_one_attack_told_before_takes_the_day_of_the_attack_named_again(code):
    events, _ = code("Kenyan officials said Somali gunmen had carried out an attack on herders near the border. The "
                     "cabinet met on Tuesday to weigh a reply to Sunday's attack.", "1987-10-21")
    assert _dates(events, "ASSAULT") == ["1987-10-18"]
