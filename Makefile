# Build, test and demo entry points. `make demo` and `make test` are the two README commands;
# both install what they need first (`make deps`), so a fresh Debian 12 machine with Rust is enough.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo
PHP ?= php
EXT_SO := $(CURDIR)/target/release/libtrustocean.so
SANDBOX_BIN := $(CURDIR)/target/release/trustocean-sandbox
PHP_EXT := $(PHP) -d extension=$(EXT_SO)
DEMO_PORT ?= 8089

# Debian packages the build and the PHP tests need. php-config and libclang are for ext-php-rs's
# build script; phpunit runs the PHP tests.
DEB_PACKAGES := php8.2-cli php8.2-dev php8.2-xml php8.2-mbstring clang libclang-dev phpunit ca-certificates openssl

.PHONY: help deps build test test-rust test-php lint demo clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

deps: ## Install the Debian packages the build and tests need (idempotent)
	@missing=""; \
	for package in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$package" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi

build: deps ## Build the PHP extension and the sandbox (release)
	$(CARGO) build --release --locked -p trustocean -p trustocean-sandbox

lint: deps ## rustfmt and clippy, warnings as errors
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

test-rust: deps ## Unit and contract tests of every crate
	$(CARGO) test --workspace --locked

test-php: build ## PHPUnit tests of the built extension against a sandbox they start
	TRUSTOCEAN_SANDBOX_BIN=$(SANDBOX_BIN) TRUSTOCEAN_EXTENSION=$(EXT_SO) \
	  $(PHP_EXT) /usr/bin/phpunit -c tests/php/phpunit.xml

test: lint test-rust test-php ## Everything CI runs

demo: build ## Start the sandbox and place an order through the extension until it is issued
	@log=$$(mktemp); \
	$(SANDBOX_BIN) --listen 127.0.0.1:0 --approve-after 2 > "$$log" 2>&1 & pid=$$!; \
	trap 'kill $$pid 2>/dev/null; rm -f "$$log"' EXIT; \
	for _ in $$(seq 1 100); do grep -q '^listening on ' "$$log" && break; sleep 0.1; done; \
	url=$$(sed -n 's/^listening on //p' "$$log" | head -n 1); \
	if [ -z "$$url" ]; then cat "$$log"; echo "the sandbox did not start"; exit 1; fi; \
	$(PHP_EXT) tests/demo/place-order.php "$$url"

clean: ## Remove build output
	$(CARGO) clean
