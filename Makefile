# Two commands do everything on a fresh Debian machine with Python 3.11:
#   make run    set up, then open the reader on the newest bundled sample
#   make test   set up, then run lint, type check and the whole test suite
# Set-up is idempotent: the second run only compares a stamp and returns.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.setup-stamp
APT_PACKAGES := fonts-noto-cjk libharfbuzz-subset0 poppler-utils default-jre-headless

.PHONY: setup run test lint typecheck unit bench snapshots catalogs clean corpus heldout unseen fresh fresh2 fresh3 fresh4 fresh5 fidelity

# Bytecode is compiled on every set-up (a no-op when it is current): where
# PYTHONDONTWRITEBYTECODE is set, Python would otherwise compile qtread on every start.
setup: $(STAMP)
	@$(BIN)/python -m compileall -q qtread >/dev/null

$(STAMP): pyproject.toml scripts/system-deps.sh
	@sh scripts/system-deps.sh $(APT_PACKAGES)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

# the newest sample by name: a bare `qtread read` would open the user's library, if any
run: setup
	$(BIN)/qtread read "$$(ls samples/*.txt | tail -n 1)"

lint: setup
	$(BIN)/ruff check qtread tests bench scripts
	$(BIN)/ruff format --check qtread tests bench scripts

typecheck: setup
	$(BIN)/mypy qtread

unit: setup
	$(BIN)/pytest -n 2 --dist loadgroup -q

test: lint typecheck unit

# Every snapshot of the suite (the reader's screens, each sample's contents), re-recorded
# after a deliberate change: review the diff of __snapshots__/ with the code.
SNAPSHOT_TESTS := tests/tui/test_snapshots.py tests/parse/test_toc_snapshots.py
snapshots: setup
	$(BIN)/pytest $(SNAPSHOT_TESTS) --snapshot-update -q

# Message catalogues: new messages in, gone ones out, compiled (docs/cli.md, Language).
catalogs: setup
	$(BIN)/python scripts/catalogs.py

bench: setup
	@sh scripts/system-deps.sh pandoc  # the peer the benchmarks compare with
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/parse.py
	$(BIN)/python bench/reader.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/scale_export.py

# The unseen-like corpus (development set): sample issues re-typeset in designs a-e, h, i and
# re-extracted (corpus/README.md; d and e were the held-out set until parser 2d38570).
# Needs the `corpus` extra; PDFs go to build/corpus, texts and gold to corpus/.
# Regenerating is explicit: `make fidelity` never does it.
corpus: setup
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[corpus]'
	$(BIN)/python scripts/corpus/make_corpus.py

# The held-out sets, two designs each, other extractors or extractor modes each, into
# corpus/<set>/ (each set's README.md says how it was made and how clean it still is):
#   heldout  designs f and g; studied since session 18, development data now
#   fresh    designs l and m; held out until 21a4e3c, development data since
#   unseen   designs j and k; never read or tuned on, only its table is looked at
#   fresh2   designs n and o; never read or tuned on, only its table is looked at
#   fresh3   designs p and q; held out until efbac1c, development data since
#   fresh4   designs r and s; never read or tuned on, only its table is looked at
#   fresh5   designs t and u; development data, made to be studied (never held out)
# `make <set>` regenerates one (deterministic at its recorded parser commit).
HELD_OUT_SETS := heldout fresh unseen fresh2 fresh3 fresh4 fresh5
$(HELD_OUT_SETS): setup
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[corpus]'
	$(BIN)/python scripts/corpus/make_corpus.py --set $@

# Score the parser on the samples (if ../shared is there), on the corpus (designs a-e, h, i) and
# on the held-out set (corpus/heldout, designs f and g), on the unseen set (corpus/unseen,
# designs j and k), on the fresh set (corpus/fresh, designs l and m), on the fresh2 set
# (corpus/fresh2, designs n and o), on the fresh3 set (corpus/fresh3, designs p and q), on
# the fresh4 set (corpus/fresh4, designs r and s) and on the fresh5 set (corpus/fresh5, designs
# t and u); scores only.
SHARED := ../shared
fidelity: setup
	@if [ -d $(SHARED)/gold ]; then \
		echo "== samples ($(SHARED)/gold)"; \
		python3 $(SHARED)/tools/score.py --run "$(BIN)/qtread dump {input}" $(SHARED)/gold $(SHARED)/samples; \
	else \
		echo "== samples: $(SHARED)/gold not found, skipped"; \
	fi
	@if [ -f $(SHARED)/tools/score.py ]; then \
		echo "== corpus (corpus/gold)"; \
		python3 $(SHARED)/tools/score.py --run "$(BIN)/qtread dump {input}" corpus/gold corpus/texts; \
	else \
		echo "== corpus: $(SHARED)/tools/score.py not found, cannot score"; \
	fi
	@for set in $(HELD_OUT_SETS); do \
		case $$set in \
			heldout) label="held out"; use="development data since it was studied";; \
			fresh) label=fresh; use="development data since 21a4e3c";; \
			fresh3) label=fresh3; use="development data since efbac1c";; \
			fresh5) label=fresh5; use="development data: made to be studied";; \
			*) label=$$set; use="untuned: only this table is looked at, never the texts";; \
		esac; \
		if [ -f $(SHARED)/tools/score.py ] && [ -d corpus/$$set/gold ]; then \
			echo "== $$label (corpus/$$set/gold): $$use"; \
			python3 $(SHARED)/tools/score.py --run "$(BIN)/qtread dump {input}" corpus/$$set/gold corpus/$$set/texts; \
		else \
			echo "== $$label: $(SHARED)/tools/score.py or corpus/$$set/gold not found, cannot score"; \
		fi; \
	done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
