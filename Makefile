# toll-ledger: `make run` builds the ledger from the sample reports, `make test` runs every test.
# Needs only python3 (3.11+) and make: uv is installed into .tools/ and builds .venv/ from uv.lock.
SHELL := /bin/bash
PYTHON ?= python3
UV := .tools/bin/uv
VENV := .venv
export DAGSTER_HOME ?= $(CURDIR)/data/dagster_home
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

.PHONY: run test ui setup clean lint

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==0.13.9

$(VENV)/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --python $(PYTHON) --quiet
	touch $@

setup: $(VENV)/.synced

run: setup
	$(VENV)/bin/toll run

test: setup
	$(VENV)/bin/python -m pytest -q

ui: setup
	@mkdir -p $(DAGSTER_HOME)
	@test -f $(DAGSTER_HOME)/dagster.yaml || cp dagster_project/dagster.yaml $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

lint: setup
	$(VENV)/bin/ruff check .

clean:
	rm -rf data/lake data/dagster_home data/validations
