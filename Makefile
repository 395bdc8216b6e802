# dossier: `make demo` builds a store from the example corpus; `make test` runs the test suite.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
MODEL  ?= en_core_web_sm
MODELS ?= ../shared/models
DB     ?= demo.duckdb

.PHONY: install demo test evaluate bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[test]"
	@# The English pipeline: from the wheel beside the project when it is there, else the official download.
	@if ls $(MODELS)/$(MODEL)-*.whl >/dev/null 2>&1; then \
		$(BIN)/python -m pip install -q -c constraints.txt $(MODELS)/$(MODEL)-*.whl; \
	else \
		$(BIN)/python -m spacy download $(MODEL); \
	fi
	touch $@

demo: install
	rm -f $(DB)
	$(BIN)/dossier build examples/china-peru/articles --db $(DB)

test: install
	$(BIN)/python -m pytest

evaluate: install
	$(BIN)/dossier evaluate

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
