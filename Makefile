# Thin wrapper over CMake. `make demo` and `make test` each work alone on a fresh machine.
BUILD ?= build
JOBS ?= $(shell nproc)
# Tests spend much of their time waiting on PostgreSQL tools: twice as many as cores.
TEST_JOBS ?= $(shell expr $(JOBS) \* 2)

.PHONY: deps build demo test bench clean

deps:
	@./scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) -- --no-print-directory

demo: build
	@./scripts/demo.sh $(BUILD)/cli/schemadelta

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(TEST_JOBS)

bench: build
	@$(BUILD)/bench/parse_bench

clean:
	rm -rf $(BUILD)
