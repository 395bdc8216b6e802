"""The stems the merge compares articles by: the C stemmer (PyStemmer, used when installed) gives what the pure
Python Snowball stemmer gives."""

from snowballstemmer.english_stemmer import EnglishStemmer

from dossier.merge.reports import stem, stems

WORDS = ("negotiations negotiated negotiating sanctions sanctioned ministry ministries generously agreeing "
         "agreement protesters protested relations relational universities cooperatively hopefulness arguing "
         "fisheries exported exporters tariffs tariff's well-known co-operation dyeing lying skies news").split()


def test_the_stemmer_in_use_agrees_with_the_python_snowball_stemmer():
    python = EnglishStemmer()
    assert [stem(w) for w in WORDS] == [python.stemWord(w.lower().strip("'-")) for w in WORDS]


def test_stems_count_content_words_only():
    bag = stems("The ministers negotiated; the negotiations went on and the minister left.")
    assert bag["negoti"] == 2 and bag["minist"] == 2
    assert "the" not in bag and "and" not in bag
