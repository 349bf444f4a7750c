# Two commands set up everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test lint typecheck unit app browser bench load fuzz chromium nginx clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Interview Advisor needs Python 3.11 or newer (found $$($(PYTHON) --version))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(PY) -m streamlit run app.py --server.port $(PORT)

chromium:
	@if [ -x /usr/bin/chromium ]; then exit 0; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
	  echo "The browser tests need Debian's Chromium at /usr/bin/chromium."; \
	  echo "Install it with: sudo apt-get install -y chromium   (then run make test again)"; \
	  exit 1; \
	fi

nginx:
	@if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then exit 0; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; \
	else \
	  echo "deploy/cluster and the failover test need Debian's nginx."; \
	  echo "Install it with: sudo apt-get install -y nginx   (then run make test again)"; \
	  exit 1; \
	fi

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .

typecheck: $(VENV)/.dev
	$(VENV)/bin/mypy

# The unit tier is pure Python and shares nothing between tests, so it runs on every core; the app
# and browser tiers start servers and a browser of their own and run one test at a time.
unit: $(VENV)/.dev
	$(PY) -m pytest tests/unit -q -n auto

app: $(VENV)/.dev
	$(PY) -m pytest tests/app -q

browser: $(VENV)/.dev chromium nginx
	$(PY) -m pytest tests/browser -q

test: $(VENV)/.dev chromium nginx lint typecheck unit
	$(PY) -m pytest tests/app tests/browser -q

bench: $(VENV)/.dev chromium
	$(PY) -m benchmarks.run

load: $(VENV)/.dev
	$(PY) -m benchmarks.load

fuzz: $(VENV)/.dev
	$(PY) -m benchmarks.fuzz_share

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
