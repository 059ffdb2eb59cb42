#!/usr/bin/env bash
# Runs every test of the project: the contracts' Foundry suite and gas snapshot, the check that
# the committed artifacts and Go bindings are what the sources generate, and all Go tests with
# the race detector. Installs the pinned npm toolchain first if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/forge ]; then
  npm ci --no-audit --no-fund
fi
forge=node_modules/.bin/forge
# The C example function (examples/functions/mandelbrot) builds with clang for wasm32-wasi.
tools/c-toolchain.sh

echo "== contracts: artifacts and Go bindings are up to date"
go generate ./contracts
if git rev-parse --git-dir >/dev/null 2>&1 && ! git diff --exit-code --stat -- contracts/build contracts/bindings.go; then
  echo "the committed contract artifacts or bindings differ from what the sources generate: run 'go generate ./contracts' and commit" >&2
  exit 1
fi

echo "== contracts: Foundry unit, fuzz and invariant tests"
"$forge" test

echo "== contracts: gas snapshot (each call its own transaction)"
FOUNDRY_PROFILE=gas "$forge" snapshot --match-contract Gas --check
if git rev-parse --git-dir >/dev/null 2>&1 && ! git diff --exit-code --stat -- snapshots; then
  echo "the gas snapshot in snapshots/ is stale: run 'FOUNDRY_PROFILE=gas forge snapshot --match-contract Gas' and commit" >&2
  exit 1
fi

echo "== Go: formatting and vet"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...

echo "== the main job: defaas demo (must end as told, exit 0)"
demo_out=$(mktemp -d)
start=$(date +%s)
go run ./cmd/defaas demo --out "$demo_out/thumbnail.png" --log "$demo_out/daemons.log" || {
  echo "defaas demo failed; the daemons' log:" >&2
  tail -100 "$demo_out/daemons.log" >&2
  exit 1
}
echo "defaas demo: $(( $(date +%s) - start )) s wall time, including the build"
rm -rf "$demo_out"

echo "== Go: all tests, race detector on"
go test -race -count=1 ./...

