# Two commands do all the set-up: `make brief` (brief the bundled example) and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: setup brief test bench bench-stories

$(BIN)/newsbrief: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

setup: $(BIN)/newsbrief

brief: setup
	$(BIN)/newsbrief brief examples/putin-erdogan-ankara/

test: setup
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python benchmarks/clean_bench.py

# Story clustering quality (with baselines) and scale figures; reads ../shared/data at run time.
bench-stories: setup
	$(BIN)/python benchmarks/stories_bench.py quality
	$(BIN)/python benchmarks/stories_bench.py story-scale
	$(BIN)/python benchmarks/stories_bench.py scale
