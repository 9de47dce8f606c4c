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
# What the SQLite run of the stand-in's tests leaves for the secrets scan.
TEST_ARTIFACTS := $(CURDIR)/target/test-artifacts
# `make fuzz`: seconds per target, the longest one input may run before it counts as a hang,
# and the targets (one file each in crates/fuzz/fuzz_targets).
FUZZ_SECONDS ?= 60
FUZZ_TIMEOUT ?= 10
FUZZ_DIR := crates/fuzz
FUZZ_TARGETS := $(sort $(basename $(notdir $(wildcard $(FUZZ_DIR)/fuzz_targets/*.rs))))
# `make campaign`: scripted actions, the seed of their choices and of the sandbox's faults, and how
# many calls are held past the module's client timeout (a minute each). Figures, trace, databases
# and logs go to CAMPAIGN_DIR.
CAMPAIGN_ACTIONS ?= 1000
CAMPAIGN_SEED ?= 20261204
CAMPAIGN_TIMEOUTS ?= 2
CAMPAIGN_DIR := $(CURDIR)/target/campaign
# `make e2e`: the browser tests' screenshots and chromedriver's log.
E2E_DIR := $(CURDIR)/target/e2e
# `make dist`: the archive an admin installs from. Its version is the trustocean crate's
# (crates/php-ext, which takes [workspace.package] version from Cargo.toml); the rest of its name
# says which PHP the extension was built for. Recursive (=) so that cargo and PHP are asked only
# by the targets that use them.
DIST_DIR := $(CURDIR)/target/dist
DIST_VERSION = $(shell $(CARGO) metadata --no-deps --format-version 1 --offline \
	| $(PHP) -r 'foreach (json_decode(stream_get_contents(STDIN), true)["packages"] as $$p) { if ($$p["name"] === "trustocean") { echo $$p["version"]; } }')
DIST_PLATFORM = $(shell $(PHP) -r 'echo "php", PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION, "-", PHP_ZTS ? "zts" : "nts", "-", php_uname("m");')
DIST_ARCHIVE = $(DIST_DIR)/trustocean-whmcs-$(DIST_VERSION)-$(DIST_PLATFORM).tar.gz

# Debian packages the build and the PHP tests need. php-config and libclang are for ext-php-rs's
# build script; phpunit runs the PHP tests. The WHMCS stand-in is built on WHMCS's own libraries
# (Illuminate Database, Smarty) with SQLite and MariaDB, Bootstrap 4 and jQuery served locally;
# curl drives its pages in the tests; nodejs runs the browser CSR generator under WebCrypto;
# Chromium and its WebDriver run the browser tests (make e2e), with CJK fonts for the Chinese pages.
DEB_PACKAGES := php8.2-cli php8.2-dev php8.2-xml php8.2-mbstring php8.2-sqlite3 php8.2-mysql php8.2-curl \
	clang libclang-dev phpunit ca-certificates openssl \
	php-illuminate-database smarty4 libjs-bootstrap4 libjs-jquery mariadb-server php-codesniffer \
	chromium chromium-driver fonts-noto-cjk
# What the benchmarks add: the plain-PHP baseline zips with ZipArchive, and the load benchmark
# serves the stand-in from php-fpm behind nginx and drives it with wrk.
BENCH_PACKAGES := php8.2-zip php8.2-fpm nginx wrk

.PHONY: help deps bench-deps build test test-rust test-php test-whmcs test-whmcs-sqlite test-whmcs-mariadb campaign e2e lint bench fuzz demo clean

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

# The archive holds modules/ (copied over the WHMCS root, with php-shim/ inside the server
# module), php-extension/ (trustocean.so, its ini for mods-available and the IDE stubs, kept out
# of the web root), the install guides, the licence and SHA256SUMS. The extension must load into
# $(PHP) and report the crate's version, so the name never promises a PHP it was not built for.
# Reproducible: sorted names, owner root, every mtime the last commit's (or SOURCE_DATE_EPOCH),
# gzip without name or time stamp.
.PHONY: dist
dist: build ## Release archive for this PHP in target/dist (modules, extension, ini, INSTALL.md, SHA256SUMS)
	@version='$(DIST_VERSION)'; platform='$(DIST_PLATFORM)'; \
	if [ -z "$$version" ] || [ -z "$$platform" ]; then echo "dist: cannot read the crate version or the PHP platform" >&2; exit 1; fi; \
	loaded=$$($(PHP) -n -d 'extension=$(EXT_SO)' -r 'echo phpversion("trustocean");' 2>&1); \
	if [ "$$loaded" != "$$version" ]; then \
	  echo "dist: $(PHP) does not load $(EXT_SO) as trustocean $$version: $$loaded" >&2; exit 1; \
	fi; \
	epoch="$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct)}"; \
	name="trustocean-whmcs-$$version-$$platform"; \
	stage='$(DIST_DIR)/stage'; root="$$stage/$$name"; \
	rm -rf "$$stage" '$(DIST_DIR)/'"$$name.tar.gz"; \
	mkdir -p "$$root/modules/servers" "$$root/modules/addons" "$$root/php-extension"; \
	cp -R whmcs-module/modules/servers/trustocean "$$root/modules/servers/"; \
	cp -R whmcs-module/modules/addons/trustoceanssl "$$root/modules/addons/"; \
	mkdir "$$root/modules/servers/trustocean/php-shim"; \
	cp -R php-shim/autoload.php php-shim/src "$$root/modules/servers/trustocean/php-shim/"; \
	cp '$(EXT_SO)' "$$root/php-extension/trustocean.so"; \
	cp whmcs-module/php-extension/trustocean.ini php-shim/stubs/trustocean.stub.php "$$root/php-extension/"; \
	cp whmcs-module/INSTALL.md whmcs-module/INSTALL.zh-CN.md LICENSE "$$root/"; \
	find "$$root" -name '.*' -prune -exec rm -rf {} +; \
	(cd "$$root" && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum > ../SHA256SUMS); \
	mv "$$stage/SHA256SUMS" "$$root/SHA256SUMS"; \
	tar --create --sort=name --format=gnu --owner=0 --group=0 --numeric-owner --mtime="@$$epoch" \
	  --mode='u+rwX,go+rX,go-w' -C "$$stage" "$$name" | gzip -n > '$(DIST_DIR)/'"$$name.tar.gz"; \
	rm -rf "$$stage"; \
	echo '$(DIST_DIR)/'"$$name.tar.gz"

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

# The SQLite run keeps its databases and logs, and everything it produced is then searched for
# the API token and for private keys in the clear.
test-whmcs-sqlite: build dist ## The server module in the WHMCS stand-in on SQLite (and installed from the dist archive), then the secrets scan
	rm -rf $(TEST_ARTIFACTS) && mkdir -p $(TEST_ARTIFACTS)
	TRUSTOCEAN_DIST_ARCHIVE='$(DIST_ARCHIVE)' TRUSTOCEAN_TEST_ARTIFACTS=$(TEST_ARTIFACTS) $(PHPUNIT) --testsuite whmcs 2>&1 | tee $(TEST_ARTIFACTS)/phpunit.log
	$(PHP) tests/php/tools/scan-secrets.php $(TEST_ARTIFACTS)

test-whmcs-mariadb: build ## The server module in the WHMCS stand-in on a private MariaDB server
	@dsn=$$(tests/whmcs/bin/mariadb start $(TEST_MARIADB_DIR)); \
	trap 'tests/whmcs/bin/mariadb stop $(TEST_MARIADB_DIR)' EXIT; \
	mariadb --no-defaults --socket=$(TEST_MARIADB_DIR)/mysqld.sock -uroot \
	  -e 'DROP DATABASE IF EXISTS whmcs; CREATE DATABASE whmcs CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'; \
	WHMCS_TEST_DB="$$dsn" $(PHPUNIT) --testsuite whmcs

# The long run of the fault campaign whose short run is part of test-whmcs (FaultCampaignTest): about
# 30% of the API calls fail while customers, admins and the cron act; then every order must be
# where TrustOcean has it. Prints a summary; the figures are in $(CAMPAIGN_DIR)/report.json.
campaign: build ## Fault campaign: CAMPAIGN_ACTIONS (1000) actions at 30% API faults, CAMPAIGN_SEED; figures in target/campaign
	rm -rf $(CAMPAIGN_DIR) && mkdir -p $(CAMPAIGN_DIR)
	CAMPAIGN_ACTIONS=$(CAMPAIGN_ACTIONS) CAMPAIGN_SEED=$(CAMPAIGN_SEED) CAMPAIGN_TIMEOUTS=$(CAMPAIGN_TIMEOUTS) \
	  CAMPAIGN_REPORT=$(CAMPAIGN_DIR)/report.json CAMPAIGN_TRACE=$(CAMPAIGN_DIR)/trace.jsonl TRUSTOCEAN_TEST_ARTIFACTS=$(CAMPAIGN_DIR) \
	  $(PHPUNIT) --testsuite whmcs --filter 'FaultCampaignTest::testEveryActionUnderFaults'

# The stand-in's databases and logs are kept and searched for secrets too: a key made in the
# browser is pasted into the download form there.
e2e: build ## Browser tests: headless Chromium against the stand-in and the sandbox; screenshots in target/e2e
	rm -rf $(E2E_DIR) && mkdir -p $(E2E_DIR)/artifacts
	TRUSTOCEAN_E2E_SCREENSHOTS=$(E2E_DIR)/screenshots TRUSTOCEAN_TEST_ARTIFACTS=$(E2E_DIR)/artifacts $(PHPUNIT) --testsuite e2e 2>&1 \
	  | tee $(E2E_DIR)/artifacts/phpunit.log
	$(PHP) tests/php/tools/scan-secrets.php $(E2E_DIR)/artifacts

test: lint test-rust test-php test-whmcs e2e ## Everything CI runs

bench: build bench-deps ## Benchmarks against the plain-PHP baselines; prints the table, writes tests/bench/RESULTS.md
	$(CARGO) bench --locked -p trustocean-core --bench push_decrypt
	TRUSTOCEAN_SANDBOX_BIN=$(SANDBOX_BIN) TRUSTOCEAN_EXTENSION=$(EXT_SO) $(PHP_EXT) tests/bench/run.php $(BENCH_ARGS)

# Each target starts from its committed seeds (corpus/, regressions/) and writes what it finds
# new to grown/ (git-ignored), so the seeds stay as committed and later runs build on earlier
# ones. A crash stops the run; its input is in crates/fuzz/artifacts/<target>/.
fuzz: ## Fuzz each parser FUZZ_SECONDS (default 60) with cargo-fuzz; installs nightly and cargo-fuzz if missing
	@rustup run nightly rustc --version > /dev/null 2>&1 || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz > /dev/null || $(CARGO) install cargo-fuzz --locked
	@cd $(FUZZ_DIR) && for target in $(FUZZ_TARGETS); do \
	  inputs="corpus/$$target"; \
	  if [ -d "regressions/$$target" ]; then inputs="$$inputs regressions/$$target"; fi; \
	  mkdir -p "grown/$$target"; \
	  echo "== fuzzing $$target for $(FUZZ_SECONDS)s"; \
	  $(CARGO) +nightly fuzz run --fuzz-dir . "$$target" "grown/$$target" $$inputs -- \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) -print_final_stats=1; \
	done

demo: build ## The sandbox, one order through the extension, then the WHMCS stand-in with the demo shop
	PHP="$(PHP)" EXT_SO="$(EXT_SO)" SANDBOX_BIN="$(SANDBOX_BIN)" DEMO_PORT="$(DEMO_PORT)" tests/demo/start.sh

clean: ## Remove build output
	$(CARGO) clean
