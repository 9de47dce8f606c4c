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
PHPUNIT := TRUSTOCEAN_SANDBOX_BIN=$(SANDBOX_BIN) TRUSTOCEAN_EXTENSION=$(EXT_SO) $(PHP_EXT) /usr/bin/phpunit -c tests/php/phpunit.xml
DEMO_PORT ?= 8080
# The private MariaDB server of the stand-in's tests.
TEST_MARIADB_DIR := $(CURDIR)/target/test-mariadb

# Debian packages the build and the PHP tests need. php-config and libclang are for ext-php-rs's
# build script; phpunit runs the PHP tests. The WHMCS stand-in is built on WHMCS's own libraries
# (Illuminate Database, Smarty) with SQLite and MariaDB, Bootstrap 4 and jQuery served locally;
# curl drives its pages in the tests; nodejs runs the browser CSR generator under WebCrypto.
DEB_PACKAGES := php8.2-cli php8.2-dev php8.2-xml php8.2-mbstring php8.2-sqlite3 php8.2-mysql php8.2-curl \
	clang libclang-dev phpunit ca-certificates openssl \
	php-illuminate-database smarty4 libjs-bootstrap4 libjs-jquery mariadb-server php-codesniffer
# What the benchmarks add: the plain-PHP baseline zips with ZipArchive, and the load benchmark
# serves the stand-in from php-fpm behind nginx and drives it with wrk.
BENCH_PACKAGES := php8.2-zip php8.2-fpm nginx wrk

.PHONY: help deps bench-deps build test test-rust test-php test-whmcs test-whmcs-sqlite test-whmcs-mariadb lint bench demo clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# Installs the Debian packages named in $(1) that are missing (idempotent).
define install_packages
	@missing=""; \
	for package in $(1); do \
	  dpkg-query -W -f='$${Status}' "$$package" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	command -v node > /dev/null || missing="$$missing nodejs"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

deps: ## Install the Debian packages the build and tests need (idempotent)
	$(call install_packages,$(DEB_PACKAGES))

bench-deps: deps
	$(call install_packages,$(BENCH_PACKAGES))

build: deps ## Build the PHP extension and the sandbox (release)
	$(CARGO) build --release --locked -p trustocean -p trustocean-sandbox

lint: deps ## rustfmt and clippy (warnings as errors), php -l and PSR-12 (phpcs, .phpcs.xml)
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	@find php-shim whmcs-module tests/whmcs tests/php tests/demo tests/bench -name '*.php' -not -path 'tests/whmcs/var/*' -print0 \
	  | xargs -0 -n 1 $(PHP) -l > /dev/null
	phpcs -n

test-rust: deps ## Unit and contract tests of every crate
	$(CARGO) test --workspace --locked

test-php: build ## PHPUnit tests of the built extension against a sandbox they start
	$(PHPUNIT) --testsuite extension

test-whmcs: test-whmcs-sqlite test-whmcs-mariadb ## The server module in the WHMCS stand-in, on both databases

test-whmcs-sqlite: build ## The server module in the WHMCS stand-in on SQLite
	$(PHPUNIT) --testsuite whmcs

test-whmcs-mariadb: build ## The server module in the WHMCS stand-in on a private MariaDB server
	@dsn=$$(tests/whmcs/bin/mariadb start $(TEST_MARIADB_DIR)); \
	trap 'tests/whmcs/bin/mariadb stop $(TEST_MARIADB_DIR)' EXIT; \
	mariadb --no-defaults --socket=$(TEST_MARIADB_DIR)/mysqld.sock -uroot \
	  -e 'DROP DATABASE IF EXISTS whmcs; CREATE DATABASE whmcs CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'; \
	WHMCS_TEST_DB="$$dsn" $(PHPUNIT) --testsuite whmcs

test: lint test-rust test-php test-whmcs ## Everything CI runs

bench: build bench-deps ## Benchmarks against the plain-PHP baselines; prints the table, writes tests/bench/RESULTS.md
	$(CARGO) bench --locked -p trustocean-core --bench push_decrypt
	TRUSTOCEAN_SANDBOX_BIN=$(SANDBOX_BIN) TRUSTOCEAN_EXTENSION=$(EXT_SO) $(PHP_EXT) tests/bench/run.php $(BENCH_ARGS)

demo: build ## The sandbox, one order through the extension, then the WHMCS stand-in with the demo shop
	PHP="$(PHP)" EXT_SO="$(EXT_SO)" SANDBOX_BIN="$(SANDBOX_BIN)" DEMO_PORT="$(DEMO_PORT)" tests/demo/start.sh

clean: ## Remove build output
	$(CARGO) clean
