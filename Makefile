# dossier: `make demo` builds a store from the example corpus; `make serve` shows it in the browser;
# `make test` runs the test suite.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
MODEL  ?= en_core_web_sm
MODELS ?= ../shared/models
DB     ?= demo.duckdb
VENDOR  = src/dossier/web/static/vendor
CHROMIUM ?= /usr/bin/chromium

.PHONY: install demo test evaluate bench clean browser serve models

install: $(VENV)/.installed $(VENDOR)/.built

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

# The page's libraries, from the npm registry at the versions in package-lock.json, copied beside the page.
$(VENDOR)/.built: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && mkdir -p $(VENDOR) && \
		cp node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js \
		   node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css \
		   node_modules/cytoscape/dist/cytoscape.min.js $(VENDOR)/ && \
		cp node_modules/vis-timeline/LICENSE.MIT.txt $(VENDOR)/LICENSE.vis-timeline.txt && \
		cp node_modules/cytoscape/LICENSE $(VENDOR)/LICENSE.cytoscape.txt && touch $@; \
	else \
		echo "npm not found: the web page's libraries are not built (the API works; the browser tests will skip)"; \
	fi

# Debian's Chromium for the browser tests (Playwright's own browser download cannot work here).
browser:
	@test -x $(CHROMIUM) || { \
		if [ "$$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi; \
		if [ "$$SUDO" = none ]; then echo "chromium is missing and cannot be installed without root: the browser tests will skip"; \
		else $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null \
			|| echo "chromium could not be installed: the browser tests will skip"; fi; }

test: install browser
	$(BIN)/python -m pytest

evaluate: install
	$(BIN)/dossier evaluate

# Retrain the two learned models from their sources (the event-type model first: the role model's training events
# are coded with it). LABELS=DIR converts a labellers' folder (one NAME.jsonl each, events/labelled.py) into
# training/labels first; the shipped models do not learn those hand labels (training.OPTIONAL; training/label_cv.py
# measures them; `python training/train_event_types.py --labels` learns them).
models: install
	@if [ -n "$(LABELS)" ]; then $(BIN)/python training/convert_labels.py --from $(LABELS); fi
	$(BIN)/python training/train_event_types.py
	$(BIN)/python training/train_role_model.py

bench: install
	$(BIN)/python benchmarks/throughput.py

serve: demo
	$(BIN)/dossier serve --db $(DB)

clean:
	rm -rf $(VENV) $(DB) .pytest_cache node_modules $(VENDOR)
