# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test bench system-deps clean

$(VENV)/.app: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.test: $(VENV)/.app requirements-test.txt
	$(PY) -m pip install -q -r requirements-test.txt
	touch $@

run: $(VENV)/.app
	$(PY) -m streamlit run dashboard.py --server.port $(PORT)

# Debian's Chromium (browser tests, PNG/SVG export) and PostgreSQL (workspace tests).
system-deps:
	@bash scripts/system_deps.sh

# The suite runs on every core (pytest-xdist), then the load test alone: it measures the server under
# 20 sessions, which other tests running beside it would distort.
test: $(VENV)/.test system-deps
	$(PY) -m pytest -q -n auto --dist loadgroup -m "not alone"
	$(PY) -m pytest -q -m alone

bench: $(VENV)/.test system-deps
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache artifacts
