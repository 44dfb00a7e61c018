# musicapi-client: every entry point of the project. `make help` lists them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help venv node redis chromium docs generate check-generated lint-spec lint format test pytest coexist vendor-check dist demo mock record docs-check release-notes bench clean
CODE := src tests generator tools bench examples
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml $(wildcard src/musicapi_client/_version.py)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

venv: $(STAMP) ## Create .venv with the pinned tools and the package (editable)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-fund --no-audit --loglevel=error
	@touch $@

node: $(NODE_STAMP) ## Install the OpenAPI linter (Redocly CLI) from package-lock.json

generate: venv ## Regenerate generated/ from spec/musicapi.yaml
	$(PY) -m generator

check-generated: venv ## Fail if regenerating would change generated/ (never writes)
	$(PY) -m generator --check

lint-spec: venv node ## Validate and lint the spec
	$(BIN)/openapi-spec-validator spec/musicapi.yaml
	node_modules/.bin/redocly lint spec/musicapi.yaml --config redocly.yaml --format stylish

lint: venv ## ruff and mypy --strict on hand-written code (tests check mypy on generated/)
	@echo "make lint: ruff, then mypy --strict (about 30 s)"
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/mypy src generator tools bench examples

format: venv ## Format hand-written code
	$(BIN)/ruff check --fix $(CODE)
	$(BIN)/ruff format $(CODE)

redis: ## Debian's redis-server for the Redis tests, installed when missing (elsewhere: your package manager)
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "installing Debian's redis-server (the Redis tests start it on 127.0.0.1)"; \
	  $(SUDO) apt-get install -y -q redis-server >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q redis-server >/dev/null; } || \
	  { echo "make redis: install redis-server yourself (apt, dnf, brew install redis)" >&2; exit 1; }; }

chromium: ## Debian's chromium for the docs site's browser test, installed when missing
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium (the docs test opens every page in it, headless)"; \
	  $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  { echo "make chromium: install chromium yourself (apt, dnf, brew install --cask chromium)" >&2; exit 1; }; }

docs: venv ## Build the docs site into site/ (mkdocs-material, --strict) with its llms.txt
	$(BIN)/mkdocs build --strict --quiet --site-dir site
	@echo "docs: open site/index.html (or: $(BIN)/mkdocs serve)"

test: venv node redis chromium lint ## Lint, then run the whole offline test suite (what CI runs)
	@echo "make test: the whole offline suite, slow tests included, on every core (about 5 min on two)"
	MUSICAPI_REQUIRE_REDIS=1 $(BIN)/pytest -n auto --durations=5 $(ARGS)

pytest: venv ## The suite without lint and without the slow tests (fast loop): make pytest ARGS="-k wait -x"
	@echo "make pytest: the fast loop (no slow tests) on every core (under 2 min on two)"
	$(BIN)/pytest -m "not slow" -n auto $(ARGS)

coexist: venv ## Install the wheel and the vendor's musicapi-sdk into one fresh venv; import both (needs PyPI)
	scripts/coexist.sh

vendor-check: venv ## The vendor's musicapi-sdk (from PyPI, a venv of its own) calls every method it has on the mock
	scripts/vendor-check.sh

dist: venv ## Build the wheel and the sdist into dist/ (the generated package inside, checked first)
	$(PY) -m generator --check
	rm -rf dist
	$(BIN)/hatchling build -d dist -t wheel -t sdist
	@ls dist

demo: venv ## Start the local mock, upload, create, wait, download into ./out/ (DEMO_LIVE=1 for the real API)
	$(PY) examples/demo.py $(if $(filter 1,$(DEMO_LIVE)),--live,)

mock: venv ## Run the local mock server in the foreground
	$(BIN)/musicapi mock

record: venv ## Refresh recordings from the live API: MUSICAPI_API_KEY=... make record ARGS="--spend-credits --upload-url URL"
	$(PY) -m tools.record $(ARGS)
	$(PY) -m tools.coverage

# make reports every failing recipe as exit 2; the tools' own 0/1/2 are printed here, and
# CI scripts that need them call `.venv/bin/python -m tools.docs_check` directly.
docs-check: venv ## Compare captured docs pages with the spec (fails on drift): make docs-check DOCS=path [ARGS=--complete]
	@$(PY) -m tools.docs_check $(DOCS) $(ARGS) || { status=$$?; \
	  echo "docs-check: exit $$status (1: the pages differ from the spec, 2: input unreadable)" >&2; \
	  exit $$status; }

release-notes: venv ## API changes since a git ref (fails if any is breaking): make release-notes OLD=v0.1.0 (or OLD_SPEC=file)
	@test -n "$(OLD)$(OLD_SPEC)" || { echo "release-notes: give OLD=<git ref> or OLD_SPEC=<file>" >&2; exit 2; }
	@old=$${OLD_SPEC:-.release-notes-old.yaml}; \
	if [ -z "$(OLD_SPEC)" ]; then git show $(OLD):spec/musicapi.yaml > $$old || exit 2; fi; \
	$(PY) -m tools.api_diff $$old spec/musicapi.yaml; status=$$?; \
	rm -f .release-notes-old.yaml; \
	if [ $$status -eq 1 ]; then echo "release-notes: breaking changes (exit 1)" >&2; fi; \
	exit $$status

bench: venv ## Run the benchmarks and print the ratios table
	$(PY) bench/run.py

clean: ## Remove the venv, node_modules and caches
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache out site
