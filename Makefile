# Everything installs from the pinned lock file into a local virtualenv: only python3 and make needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench fuzz clean

$(STAMP): requirements.lock requirements-spark.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock -r requirements-spark.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Bytecode for our own modules, as pip writes it for installed packages: an editable install
# otherwise compiles them on every start (or always, under PYTHONDONTWRITEBYTECODE).
$(VENV)/.compiled: $(STAMP) $(wildcard saidwhat/*.py saidwhat/*/*.py)
	$(BIN)/python -m compileall -q saidwhat
	touch $@

setup: $(STAMP) $(VENV)/.compiled

# The main job: load the bundled articles into the embedded database (again: nothing new is
# added) and print who said and did what, in date order; also keep the records as JSON Lines.
demo: setup
	mkdir -p out
	$(BIN)/saidwhat ingest examples/seeds --db out/saidwhat.db
	$(BIN)/saidwhat timeline --db out/saidwhat.db
	$(BIN)/saidwhat export --db out/saidwhat.db --format jsonl --out out/seeds.jsonl --force
	@echo "Browse it: $(BIN)/saidwhat serve --db out/saidwhat.db  (then open http://127.0.0.1:8000/)"

test: setup
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check saidwhat tests scripts bench

lint: setup
	$(BIN)/ruff check saidwhat tests scripts bench

# The fuzzing harness with ten times CI's budget (about 50,000 generated inputs), and the
# time-per-character checks from 10 KB to 100 KB (tests/test_fuzz.py, tests/test_pathological.py).
fuzz: setup
	SAIDWHAT_FUZZ=long SAIDWHAT_PATHOLOGICAL_FULL=1 $(BIN)/python -m pytest -q -p no:logging \
		tests/test_fuzz.py tests/test_fuzz_corpus.py tests/test_pathological.py

bench: setup
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache
