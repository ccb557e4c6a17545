# nss-kiosk — `make run` and `make test` do all the set-up on a fresh Debian machine.
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
DATA ?= $(HOME)/.local/share/nss-kiosk
BIN := .build/debug/nss-kiosk

.PHONY: run test build server release bench deps deps-test deps-bench clean

## Build and start the wizard on the embedded backend with demo data.
run: deps build
	$(BIN)

## Build and run every test, in a home of their own, ending whatever they started (scripts/run-tests).
## TESTS="--filter NAME" runs some.
test: deps-test
	$(SWIFT) build --build-tests
	scripts/run-tests $(TESTS)

## The wizard and the two programs it runs from its own folder: nss-kiosk-backend (the service and the
## staff tools) and nss-kiosk-pdf (renders the PDFs).
build:
	$(SWIFT) build --product nss-kiosk
	$(SWIFT) build --product nss-kiosk-backend
	$(SWIFT) build --product nss-kiosk-pdf

## The office server (README: «The office server»).
server: deps
	$(SWIFT) build --product nss-kiosk-server

## The programs an office installs (copy all three into one folder): release builds with the Swift
## runtime linked in, which starts the wizard in half the time of the shared libraries.
RELEASE := $(SWIFT) build -c release --static-swift-stdlib
## The wizard also carries the C++ runtime the Swift runtime uses (libstdc++, libgcc): the dynamic linker
## then loads and binds two libraries fewer before the first screen (~1 ms, BENCHMARKS.md). Only the
## wizard: its only other libraries are ncursesw and libc, so no second copy of libstdc++ can be loaded
## beside it. The three programs find each other by the wizard's own path, not by rpath. Linker flags
## only (libgcc's unwinder as -lgcc_eh, not clang's -static-libgcc): a compiler flag would rebuild every
## module for each product in turn.
STATIC_CXX := .build/static-c++
WIZARD_LINK := -Xlinker --version-script=scripts/wizard-exports.map --disable-local-rpath \
	-Xlinker -L$(STATIC_CXX) -Xlinker -lgcc_eh
release: deps
	mkdir -p $(STATIC_CXX)
	ln -sf "$$(clang -print-file-name=libstdc++.a)" $(STATIC_CXX)/libstdc++.a
	$(RELEASE) --product nss-kiosk $(WIZARD_LINK)
	$(RELEASE) --product nss-kiosk-backend
	$(RELEASE) --product nss-kiosk-pdf
	$(RELEASE) --product nss-kiosk-server

## Release-build benchmarks; results go to BENCHMARKS.md by hand after reading them.
bench: deps-bench release
	$(RELEASE) --product nss-bench
	scripts/with-postgresql scripts/bench.sh

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

deps-bench:
	@scripts/install-deps.sh bench

clean:
	rm -rf .build
