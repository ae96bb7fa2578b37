# Everything installs from the pinned lock file into a local virtualenv: only python3 and make needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

# The main job: read the bundled articles, print who said what, keep the records.
demo: setup
	$(BIN)/saidwhat extract examples/seeds -o out/seeds.jsonl
	$(BIN)/python -m saidwhat.report out/seeds.jsonl

test: setup
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check saidwhat tests scripts bench

lint: setup
	$(BIN)/ruff check saidwhat tests scripts bench

bench: setup
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache
