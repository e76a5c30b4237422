# The README's commands. Nothing here needs more than Go; `make test` starts a throwaway
# PostgreSQL from /usr/lib/postgresql/15/bin unless TEST_DATABASE_URL is set.
GIT_COMMIT := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
VERSION    := $(shell git describe --tags --always 2>/dev/null || echo dev)
LDFLAGS    := -X main.version=$(VERSION) -X main.gitCommit=$(GIT_COMMIT)
export CGO_ENABLED ?= 0

.PHONY: build run test lint bench scale clean adapter-check

build:
	go build -ldflags "$(LDFLAGS)" -o bin/obp ./cmd/obp

# Build, migrate, seed the sandbox and serve on the embedded SQLite database.
# The sandbox consumer key is fixed here (an app identifier, not a secret) so that the
# README's curl session works as written; set OBP_SANDBOX_CONSUMER_KEY to change it.
run: build
	OBP_SANDBOX=$${OBP_SANDBOX:-true} OBP_LOG_FORMAT=$${OBP_LOG_FORMAT:-text} \
	OBP_SANDBOX_CONSUMER_KEY=$${OBP_SANDBOX_CONSUMER_KEY:-sandbox-make-run-consumer-key} ./bin/obp serve

# Every test, on SQLite and on PostgreSQL, with the race detector.
test:
	./scripts/test.sh

# House rules a machine can check: formatting, vet, staticcheck (every check, pinned in
# go.mod as a tool), a tidy go.mod, and domain/ free of web, SQL and Casbin packages.
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	go vet ./...
	go tool staticcheck -checks=all ./...
	go mod tidy -diff
	./scripts/domain-imports.sh

bench:
	./scripts/bench.sh

# Two server processes on one throwaway PostgreSQL behind haproxy (installed when missing):
# state crosses processes, one is killed with SIGKILL under payment load and nothing is
# lost, and GET account is measured with one and with two processes (README, "Running
# several processes").
scale:
	./scripts/scale.sh

# The connector conformance suite against the adapter at URL (see README, "Adapter authors").
adapter-check:
	@test -n "$(URL)" || { echo "usage: make adapter-check URL=http://host:port/base"; exit 2; }
	OBP_ADAPTER_URL=$(URL) go test -count=1 -v -run TestAdapterAtURL ./connectors/rest/

clean:
	rm -rf bin .tmp
