from rich.cells import cell_len

from dossier.terminal.labels import figure, short_id, short_interval
from dossier.terminal.table import Column, render, widths

COLUMNS = [Column("id", "id", most=10), Column("name", "name", most=40, least=6, flex=1),
           Column("note", "note", most=60, least=0, flex=2)]
ROWS = [{"id": "a1", "name": "a rather long name for a column", "note": "x" * 80}, {"id": "b2", "name": "short"}]


def test_every_line_fits_the_width_with_one_line_per_row():
    for width in (40, 60, 80, 120):
        lines = render(COLUMNS, ROWS, width)
        assert len(lines) == 1 + len(ROWS)
        assert all(cell_len(line.plain) <= width for line in lines), width


def test_flexible_columns_share_the_room_and_an_optional_one_drops_out_when_there_is_none():
    assert widths(COLUMNS, ROWS, 200) == [2, 31, 60]  # as wide as their content, up to `most`
    assert widths(COLUMNS, ROWS, 50) == [2, 14, 30]  # flexible ones by weight (1:2)
    assert widths(COLUMNS, ROWS, 12) == [2, 6, 0]


def test_a_detail_line_follows_its_row_cut_to_the_width():
    rows = [{"id": "a", "name": "n", "note": "", "sentence": "word " * 40}]
    lines = render(COLUMNS, rows, 50, detail="sentence")
    assert len(lines) == 3 and lines[2].plain.startswith("  word") and lines[2].plain.endswith("…")
    assert cell_len(lines[2].plain) <= 50


def test_short_labels():
    assert short_interval("2024-06-23/2024-06-28") == "2024-06-23/28"
    assert short_interval("2024-06-23/2024-07-02") == "2024-06-23/07-02"
    assert short_interval("2024-12-30/2025-01-02") == "2024-12-30/2025-01-02"
    assert short_interval("2024-11-13/..") == "2024-11-13/.."
    assert short_id("ev-6ad52a3221db") == "ev-6ad52a3" and short_id("per:dina-boluarte") == "per:dina-boluarte"
    assert figure(37e9, "USD", "about") == "~37 bn USD"
    assert figure(20000, "people") == "20,000 people"
