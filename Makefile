# The two set-up commands of the README: `make demo` and `make test`.
# Both create .venv and install what a fresh Debian machine lacks.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install bench docs

$(BIN)/protokoll: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/protokoll

demo: install
	$(BIN)/protokoll demo

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/ingest.py

docs: install
	$(BIN)/python docs/make_cli_reference.py
