# Two commands set up a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
HOST   ?= 127.0.0.1
WORKERS ?= 2
export PORT

.PHONY: run test lint bench openapi install db seed clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the declared dependencies change.
$(VENV)/.installed: setup.cfg pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.installed-bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

install: $(VENV)/.installed

db: install
	$(BIN)/timeline init-db

seed: db
	$(BIN)/timeline seed seeds

run: seed
	$(BIN)/timeline serve --host $(HOST) --port $(PORT) --workers $(WORKERS)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check service schemas tests benchmarks

bench: $(VENV)/.installed-bench
	$(BIN)/python -m benchmarks.run

openapi: install
	$(BIN)/timeline openapi --output openapi.yaml

clean:
	rm -rf $(VENV) instance *.egg-info .pytest_cache .ruff_cache
