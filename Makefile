# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
STORE  ?= var/store
HOST   ?= 127.0.0.1
PORT   ?= 8000
BUILT  := $(STORE)/.built-stamp
SOURCES := $(shell find corpus ontology shapes queries src -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: run test install build serve lint typecheck pytest bench clean

run: build serve  ## set up, build the graph if needed, serve it on http://127.0.0.1:8000

test: lint typecheck pytest  ## set up and run every check

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "benelux-kg needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

build: $(BUILT)

$(BUILT): $(STAMP) $(SOURCES)
	$(BIN)/benelux-kg build --store $(STORE)
	@touch $@

serve: $(STAMP)
	$(BIN)/benelux-kg serve --store $(STORE) --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP) $(BUILT)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis
