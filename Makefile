# Two commands do everything on a fresh Debian machine with Python 3.11:
#   make run    set up, then open the reader on the newest bundled sample
#   make test   set up, then run lint, type check and the whole test suite
# Set-up is idempotent: the second run only compares a stamp and returns.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.setup-stamp
APT_PACKAGES := fonts-noto-cjk libharfbuzz-subset0 poppler-utils default-jre-headless

.PHONY: setup run test lint typecheck unit bench snapshots clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/system-deps.sh
	@sh scripts/system-deps.sh $(APT_PACKAGES)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

run: setup
	$(BIN)/qtread read

lint: setup
	$(BIN)/ruff check qtread tests bench
	$(BIN)/ruff format --check qtread tests bench

typecheck: setup
	$(BIN)/mypy qtread

unit: setup
	$(BIN)/pytest -n 2 --dist loadgroup -q

test: lint typecheck unit

snapshots: setup
	$(BIN)/pytest tests/tui --snapshot-update -q

bench: setup
	$(BIN)/python bench/parse.py
	$(BIN)/python bench/reader.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/scale_export.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
