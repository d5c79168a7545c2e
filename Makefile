# The front door: `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= $(shell command -v chromium 2>/dev/null || command -v chromium-browser 2>/dev/null)
# The suite runs in parallel, one test file per worker at a time (so module-scoped worlds are built once); then
# the tests that flush the database (the browser's) in one process; then the coverage report of both parts.
PYTEST_ARGS ?=
# Line coverage below this fails `make test` (and so CI); raise it as coverage rises.
COVERAGE_FLOOR ?= 96
PARALLEL ?= -n auto --dist loadfile
TEMPLATES = $(shell find codev models_library home site -path '*/templates/*' -name '*.html')

.PHONY: help install install-test translations messages run demo test test-browser lint format migrations-check deploy-check loadtest bench clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-18s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $(VENV)/.installed $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed translations  ## Create the virtualenv and install the runtime dependencies

install-test: $(VENV)/.installed-test translations  ## Install the test tools as well

translations: $(VENV)/.installed  ## Compile the fi and sv translation catalogues (no GNU gettext needed)
	$(BIN)/python -c "import pathlib, polib; [polib.pofile(str(p)).save_as_mofile(str(p.with_suffix('.mo'))) for p in pathlib.Path('.').glob('*/locale/*/LC_MESSAGES/django.po')]"

messages: install  ## Refresh the fi and sv catalogues from the code (needs GNU gettext)
	$(MANAGE) makemessages --locale fi --locale sv --no-obsolete

demo: install  ## Migrate and load the demo content (safe to run again)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content

# Links in emails point where this server answers, unless WAGTAILADMIN_BASE_URL says otherwise.
run: demo  ## Serve the demo site on http://127.0.0.1:8000/ with SQLite
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}" $(MANAGE) runserver $(HOST):$(PORT)

test: install-test  ## Run the whole suite (browser tests run when Chromium is installed)
	@if [ -n "$(CHROMIUM)" ]; then \
		$(MAKE) --no-print-directory node_modules/.installed; \
	else \
		echo "NOTE: no Chromium found (apt-get install chromium): the browser tests will be skipped."; \
	fi
	rm -f .coverage .coverage.*
	CHROMIUM="$(CHROMIUM)" $(BIN)/pytest -m "not serial" $(PARALLEL) --durations=15 --cov --cov-report= $(PYTEST_ARGS)
	CHROMIUM="$(CHROMIUM)" $(BIN)/pytest -m serial --durations=15 --cov --cov-append --cov-report=term:skip-covered --cov-fail-under=$(COVERAGE_FLOOR) $(PYTEST_ARGS)

lint: install-test  ## Check code and template formatting, and that the catalogues are complete (needs GNU gettext)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@echo "djhtml --check: $(words $(TEMPLATES)) templates"; $(BIN)/djhtml --check $(TEMPLATES)
	DJANGO_SETTINGS_MODULE=config.settings.dev PYTHONPATH=site $(BIN)/python -m config.check_catalogues

format: install-test  ## Format imports, code and templates
	$(BIN)/ruff check --fix --select I .
	$(BIN)/ruff format .
	@$(BIN)/djhtml $(TEMPLATES)

migrations-check: install  ## Fail if a model change lacks a migration
	$(MANAGE) makemigrations --check --dry-run

deploy-check: install  ## Run Django's deployment checks under production settings
	DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY=$${SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-mallipaja.example.org} \
	CACHE_URL=$${CACHE_URL:-redis://127.0.0.1:6379/1} \
	$(MANAGE) check --deploy --fail-level WARNING

# `make loadtest N=300 DURATION=180 SERVERS=2`: LOADTEST_DATABASE_URL and LOADTEST_CACHE_URL (loopback only) name
# the PostgreSQL database and Redis database it may fill; LOADTEST_PORT the first server port.
N ?= 30
DURATION ?= 60
SERVERS ?= 1
loadtest: install-test  ## Run a bounded workshop (N participants, DURATION s, SERVERS gunicorn servers) on loopback
	$(BIN)/python -m loadtest --participants $(N) --duration $(DURATION) --servers $(SERVERS)

bench: install-test  ## Print server times and query counts of the main pages
	$(BIN)/python -m bench
	$(BIN)/python -m bench.importing

clean:  ## Remove the virtualenv, the database and built files
	rm -rf $(VENV) node_modules db.sqlite3 static_collected test-artifacts
