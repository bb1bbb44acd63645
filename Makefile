# The two set-up commands of the README: `make demo` and `make test`.
# Both create .venv and install what a fresh Debian machine lacks.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
# `make demo PORT=8765 HOST=0.0.0.0`: where the demo's web app listens
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: demo test install system-deps bench bench-web docs train

# Debian packages (Tesseract's Swedish data, fonts) first: checked on every run, installed when missing.
system-deps:
	sh scripts/install-system-deps.sh

$(BIN)/protokoll: pyproject.toml | system-deps
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/protokoll

demo: install
	$(BIN)/protokoll demo --host $(HOST) --port $(PORT)

# pytest-xdist: TEST_WORKERS processes, each taking whole test files (their module fixtures are built once);
# `make test TEST_WORKERS=0` runs in one process. Each worker has its own PostgreSQL schema (tests/conftest.py).
TEST_WORKERS ?= 2
test: install
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

bench: install
	$(BIN)/python bench/ingest.py

# Search and meeting-page latency of `protokoll serve` over 20,000 generated meetings (~20 min).
bench-web: install
	$(BIN)/python bench/web.py

# The learned item-heading segmenter (src/protokoll/data/segmenter.crfsuite), rebuilt from the repo + ../shared
# (devset development documents only); fixed data and parameters give the same file.
train: install
	$(BIN)/python scripts/train_segmenter.py

docs: install
	$(BIN)/python docs/make_cli_reference.py
