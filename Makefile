# Two commands set everything up on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: site test install clean

$(BIN)/sitegen: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/sitegen

site: install
	$(BIN)/sitegen build .

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) public .sitegen-cache
