# toll-ledger: `make run` builds the ledger from the sample reports, `make test` runs every test.
# Needs only python3 (3.11+) and make: uv is installed into .tools/ and builds .venv/ from uv.lock.
SHELL := /bin/bash
PYTHON ?= python3
# The interpreter of .venv: the distribution's CPython 3.11/3.12 when there is one, else $(PYTHON). Debian builds its
# Python with profile-guided optimisation and LTO; pyenv's default build has neither, and the extractor runs ~25%
# faster on the former (bench/extract.py on this machine: 0.87-0.93 vs 0.67-0.74 MB/s). Override: make VENV_PYTHON=...
VENV_PYTHON ?= $(firstword $(wildcard /usr/bin/python3.12 /usr/bin/python3.11) $(PYTHON))
UV := .tools/bin/uv
VENV := .venv
export DAGSTER_HOME ?= $(CURDIR)/data/dagster_home
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

.PHONY: run test fuzz ui setup clean lint FORCE

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==0.13.9

# re-synced when the lock changes or the chosen interpreter is not the one .venv was built with. --compile-bytecode
# writes every dependency's .pyc once, so a process (each run the sensor launches is one) does not compile Dagster's,
# GX's and pandas' sources again where bytecode is not written (PYTHONDONTWRITEBYTECODE, a read-only .venv)
$(VENV)/.synced: $(UV) uv.lock pyproject.toml $(if $(filter $(VENV_PYTHON),$(file <$(VENV)/.synced)),,FORCE)
	$(UV) sync --frozen --python $(VENV_PYTHON) --quiet --compile-bytecode
	echo $(VENV_PYTHON) > $@

FORCE:

# Cython-compiled copies of claims/ (claims/_native.py): used only while they match the sources; when they cannot be
# built (no C compiler or Python headers), extraction runs as pure Python and this says so
$(VENV)/.native: $(VENV)/.synced $(wildcard claims/*.py)
	@echo "compiling claims/ with Cython (about a minute, once per change of its sources)"
	@$(VENV)/bin/python -c 'import claims._native as n; raise SystemExit(n.build())' > $(VENV)/native-build.log 2>&1 \
		&& touch $@ || echo "claims: not compiled (see $(VENV)/native-build.log); extraction runs as pure Python"

setup: $(VENV)/.synced $(VENV)/.native

run: setup
	$(VENV)/bin/toll run

# two workers (pytest-xdist), a test file each at a time: most of the suite's time is pipeline runs and servers that
# wait, so two files at once take about half the time on two cores (README); TEST_WORKERS=0 runs it in one process
TEST_WORKERS ?= $(shell [ "$$(nproc 2>/dev/null || echo 1)" -ge 2 ] && echo 2 || echo 0)
test: setup
	$(VENV)/bin/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

# property tests of the document reader, front matter and dates: 10,000 cases each (a sample runs in `make test`)
fuzz: setup
	TOLL_FUZZ_EXAMPLES=$${TOLL_FUZZ_EXAMPLES:-10000} $(VENV)/bin/python -m pytest -q tests/claims/test_reader_fuzz.py \
		--hypothesis-show-statistics

# the Dagster UI on 127.0.0.1:3000, with the site folder served on 127.0.0.1:8765 so that the charts the aggregate
# assets attach show in place on their pages (`toll ui`); Ctrl-C stops both
ui: setup
	@mkdir -p $(DAGSTER_HOME)
	@test -f $(DAGSTER_HOME)/dagster.yaml || cp dagster_project/dagster.yaml $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/toll ui

lint: setup
	$(VENV)/bin/ruff check .

clean:
	rm -rf data/lake data/dagster_home data/validations
