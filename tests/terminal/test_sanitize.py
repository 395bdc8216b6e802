from dossier.terminal.sanitize import clean


def test_colour_codes_and_title_sequences_are_removed():
    text = "A \x1b[41mred\x1b[0m word\x1b]0;new title\x07 and \x1b]8;;http://x.example\x1b\\a link\x1b]8;;\x1b\\."
    assert clean(text) == "A red word and a link."


def test_c1_controls_bidi_overrides_and_lone_escapes_are_removed():
    assert clean("one\x9b31mtwo\x9d0;t\x07 \u202eevil\u202c\x1b") == "onetwo evil"
    assert clean("bell\x07 back\x08space del\x7f") == "bell backspace del"


def test_newlines_and_tabs_survive_unless_one_line_is_asked():
    assert clean("a\r\nb\tc") == "a\nb\tc"
    assert clean("  a\r\n b\t c  ", one_line=True) == "a b c"
    assert clean(None) == "" and clean(3.5) == "3.5"


def test_plain_text_in_any_script_is_left_alone():
    text = "Perú — 中国 · «naïve» ‘quotes’ € 37 bn"
    assert clean(text) == text
