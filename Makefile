# khabar — two commands from a fresh clone: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= khabar.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint bench venv dev browser java train-ner ner-resources arabic-table clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Stamp files: reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

# The spark extra too: the Spark tests run the job in local mode (make java gives them a JRE).
$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,spark]'
	touch $(VENV)/.installed $@

venv: $(VENV)/.installed
dev: $(VENV)/.installed-dev

# Debian's chromium for the browser tests (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# A Java runtime for Spark's local mode in the tests (Java 17 where Debian has it).
java:
	@command -v java >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && { DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq openjdk-17-jre-headless \
	    || DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless; } >/dev/null; }

# Ends with the web UI and API serving the examples at http://$(HOST):$(PORT)/ (Ctrl-C stops).
run: venv
	$(BIN)/khabar ingest examples/ --db $(DB)
	$(BIN)/khabar stats --db $(DB)
	$(BIN)/khabar serve --db $(DB) --host $(HOST) --port $(PORT)

test: dev browser java
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest

lint: dev
	$(BIN)/ruff check src tests bench

bench: dev
	@for s in bench/bench_*.py; do echo "== $$s"; $(BIN)/python $$s || exit 1; done

# The train extra (JAX, gensim) is for the neural tagger's training only: tagging needs numpy.
$(VENV)/.installed-train: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[train]'
	touch $@

# The CRF, then the neural tagger of the ensemble (its word2vec vectors are kept in build/ner/).
train-ner: dev $(VENV)/.installed-train
	$(BIN)/python -m khabar.entities.train

# Word statistics the tagger reads (stopwords, word clusters), derived offline from ../shared/corpora.
ner-resources: dev
	$(BIN)/python -m khabar.entities.wordstats

# The Arabic segmenter's precomputed segmentations of farasa's frequent words (derived from
# farasa's own word list); rerun after changing the segmenter's rules, model or exceptions.
arabic-table: dev
	$(BIN)/python -m khabar.arabic.build_frequent

clean:
	rm -rf $(VENV) build *.egg-info $(DB) $(DB)-wal $(DB)-shm
