# goscipy's entry points. On a fresh Debian bookworm machine with Go >= 1.22:
#
#	make demo   install what is missing, print the BLAS in use, time a gonum
#	            mat workload on pure Go and on native BLAS/LAPACK
#	make test   install what is missing, then every check CI runs
#
# Native libraries come only from scripts/install-deps.sh (pinned in
# scripts/deps.lock); linking goes only through `#cgo pkg-config`, so no
# linker flag or other environment variable is set here or needed anywhere.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# The official Go tarball installs to /usr/local/go; accept it even when the
# user has not put it on PATH yet (install-deps.sh says so).
export PATH := $(PATH):/usr/local/go/bin

GO ?= go
# Packages with import "C", and the safe packages that hand Go memory to
# them: the cgocheck2 run targets these.
THIN := ./cblas/ ./lapacke/ ./fftw/
CGO_USERS := $(THIN) ./scipy/fft/
# make fuzz: how long each fuzz target runs.
FUZZTIME ?= 30s
# make stress: how many times the concurrency tests repeat.
STRESS_COUNT ?= 50

.PHONY: help deps demo test fmt-check vet generate generate-check unit race cgocheck \
	script-tests bench bench-blas bench-fft bench-linalg bench-special bench-stats fuzz stress \
	dockerfile-check images bench-vendors

help:
	@echo 'targets: demo test deps generate bench bench-blas bench-fft bench-linalg bench-special bench-stats fuzz stress bench-vendors images dockerfile-check'
	@echo '  make demo   install native deps, print the BLAS in use, time gonum mat pure Go vs native'
	@echo '  make test   install native deps, then gofmt, vet, generate check, tests, -race, cgocheck2'

deps:
	bash scripts/install-deps.sh build

demo: deps
	$(GO) run ./cmd/goscipy demo

test: deps fmt-check vet generate-check unit race cgocheck script-tests dockerfile-check

fmt-check:
	@out=$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*')); \
	if [[ -n $$out ]]; then echo "gofmt: these files are not formatted, run gofmt -w on them:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

generate:
	$(GO) generate ./...

# Fails when `go generate` changes any file. It compares a fingerprint of the
# tree before and after rather than running `git diff`, so that it also works
# in a checkout with uncommitted edits and catches new or deleted files; on a
# clean CI checkout it is equivalent to `git diff --exit-code`.
generate-check:
	@fingerprint() { { git ls-files -co --exclude-standard 2>/dev/null || find . -type f -not -path './.git/*'; } | sort | xargs -d '\n' sha256sum 2>/dev/null || true; }; \
	before=$$(fingerprint); \
	$(GO) generate ./...; \
	after=$$(fingerprint); \
	if [[ "$$before" != "$$after" ]]; then \
		echo "generate-check: go generate changed these files; run 'make generate' (go generate ./...) and commit the result:"; \
		diff <(echo "$$before") <(echo "$$after") | sed -n 's/^[<>] [0-9a-f]*  /  /p' | sort -u; \
		exit 1; \
	fi

unit:
	$(GO) test ./...

# Concurrency tests (named TestConcurrent*) of every package under the race
# detector: each package proves its own concurrency claims there.
race:
	$(GO) test -race -run Concurrent ./...

# cgocheck2 checks every pointer stored through cgo; -short keeps the run modest.
cgocheck:
	GOEXPERIMENT=cgocheck2 $(GO) test -short $(CGO_USERS)

script-tests:
	bash scripts/test-install-deps.sh

bench:
	$(GO) test -run '^$$' -bench . ./...

# Go vs C vs pure-Go BLAS timings side by side (scripts/bench-blas.sh).
bench-blas: deps
	bash scripts/bench-blas.sh

# scipy/linalg vs SciPy vs gonum mat (scripts/bench-linalg.sh).
bench-linalg: deps
	bash scripts/bench-linalg.sh

# scipy/fft vs FFTW from C vs SciPy vs gonum (scripts/bench-fft.sh).
bench-fft: deps
	bash scripts/bench-fft.sh

# scipy/special vs SciPy's ufuncs vs gonum, per 1e6 points.
bench-special: deps
	bash scripts/bench-special.sh

# scipy/stats distributions vs SciPy's frozen distributions vs gonum's
# distuv, the hypothesis tests vs SciPy's at n = 100 and 1e4, Fit, and
# MultivariateNormal.
bench-stats: deps
	bash scripts/bench-special.sh --stats
	bash scripts/bench-special.sh --tests
	bash scripts/bench-special.sh --fit
	bash scripts/bench-special.sh --mvn

# Runs every FuzzXxx target for FUZZTIME each. There are none yet in issue 3;
# the target is here so that packages adding fuzz targets are picked up
# without touching the Makefile.
fuzz:
	@found=0; \
	for pkg in $$($(GO) list ./...); do \
		for f in $$($(GO) test -list '^Fuzz' "$$pkg" | grep '^Fuzz' || true); do \
			found=1; echo "fuzz $$pkg $$f"; \
			$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) "$$pkg"; \
		done; \
	done; \
	if (( !found )); then echo "fuzz: no FuzzXxx targets yet"; fi

# Long concurrency stress: the TestConcurrent* tests of the thin packages,
# repeated STRESS_COUNT times under -race with GOMAXPROCS well above the core
# count (Go then enters the native library from many OS threads, the pattern
# that crashed OpenBLAS in OpenBLAS#1641). A placeholder for dedicated stress
# tests to come; it takes minutes, not seconds.
stress:
	GOMAXPROCS=32 $(GO) test -race -run Concurrent -count $(STRESS_COUNT) -timeout 1h $(THIN)
	GOSCIPY_STRESS=1 $(GO) test -run 'PlanCreateDestroyMemory|PlanChurn' -timeout 1h ./fftw/ ./scipy/fft/

# Static checks of docker/Dockerfile, no Docker engine needed: goscipy's
# rules (internal/dockercheck: bases pinned by tag and digest, packages only
# through scripts/install-deps.sh and scripts/deps.lock, downloads pinned by
# checksum, non-root user, a `goscipy info` health check, the hadolint rules
# that apply), then BuildKit's own Dockerfile linter (docker/lint, its own
# module; the first run downloads and compiles BuildKit's parser, a minute).
dockerfile-check:
	$(GO) test -count=1 ./internal/dockercheck/
	cd docker/lint && $(GO) run . ../Dockerfile

# The container images of docker/Dockerfile, tagged goscipy:<target>-$(IMAGE_TAG).
# Needs a Docker engine with BuildKit (Docker 23 or later).
IMAGES := build openblas-debian openblas-src reference
IMAGE_TAG ?= dev
images:
	@command -v docker >/dev/null || { echo "images: no docker command: install Docker to build the images (make dockerfile-check checks them without one)"; exit 1; }
	@docker info >/dev/null 2>&1 || { echo "images: no Docker engine reachable (docker info failed)"; exit 1; }
	for t in $(IMAGES); do \
		DOCKER_BUILDKIT=1 docker build -f docker/Dockerfile --target "$$t" -t "goscipy:$$t-$(IMAGE_TAG)" . ; \
	done

# The same `goscipy bench` against every BLAS installed here, by library
# path, then `goscipy compare` of all (scripts/bench-vendors.sh --help).
bench-vendors: deps
	bash scripts/install-deps.sh vendors
	bash scripts/bench-vendors.sh
