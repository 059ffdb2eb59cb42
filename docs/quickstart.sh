#!/usr/bin/env bash
# The README's "A market on your laptop", from a checkout of this repository: a devnet, a
# provider, three witnesses, and a customer who builds the hello function, buys a lease for it,
# calls it, lets a user call it with curl and an API key, and watches the lease until it is
# settled and paid. Run it from the repository's root: bash docs/quickstart.sh
#
# The lines between the two markers are the README's code block, line for line (the test
# TestQuickstart_READMEIsTheScript in e2e/quickstart_test.go compares them), and
# TestQuickstart_TheREADMEsPathRuns runs this script against the defaas it builds, on a devnet
# of its own. The ports are the defaults; DEFAAS_DEVNET_HTTP_PORT, DEFAAS_DEVNET_WS_PORT and
# DEFAAS_PROVIDER_LISTEN move them.
set -euo pipefail
trap 'kill $(jobs -p) 2> /dev/null || true' EXIT # the daemons stop with the script, however it ends
# --- README begins ---
go build -o defaas ./cmd/defaas                                   # one binary for every role
./defaas devnet > devnet.log 2>&1 &                               # a chain with the market deployed, 10 funded dev accounts
until ./defaas params > /dev/null 2>&1; do sleep 1; done          # wait for its manifest (~/.defaas/manifest.json)
./defaas provider run --dev-account 2 > provider.log 2>&1 &       # a provider daemon (examples/provider.toml)
W=; for i in 3 4 5; do                                            # three witness daemons, each with its own state
  ./defaas witness run --dev-account $i --stake 50 --data-dir ~/.defaas/witness$i --listen 127.0.0.1:0 > witness$i.log 2>&1 &
  W="$W $!"                                                       # their PIDs
done
until ./defaas provider show --dev-account 2 | grep -q 'registered *true'; do sleep 1; done   # the provider staked
until ./defaas witness show --dev-account 5 | grep -q 'available *true'; do sleep 1; done     # the witnesses too
./defaas function build examples/functions/hello -o hello.wasm    # your function: Go, built to a wasip1 reactor
./defaas order create --dev-account 1 --max-price 10 --units 4 --bidding 10s --wait --accept   # the auction; accept the winner
./defaas function upload 1 hello.wasm --dev-account 1             # to the provider that won
./defaas order fulfill 1 --module hello.wasm --dev-account 1      # commit its sha256; the provider confirms; service starts
./defaas function invoke 1 '/greet?name=alice' -d hi --dev-account 1             # you call it (signed requests)
./defaas function access keys 1 --dev-account 1                   # your users may call it with API keys
export DEFAAS_KEY=$(./defaas function key new 1 --label alice --dev-account 1 | awk '$1 == "key" {print $2}')
eval "$(./defaas function url 1 '/greet?name=alice')"             # runs: curl -H "Authorization: Bearer $DEFAAS_KEY" 'http://127.0.0.1:8080/v1/leases/1/invoke/greet?name=alice'
./defaas order watch 1                                            # the witnesses probe, report and reveal; settled, paid, finished
./defaas order show 1                                             # each segment's committee and verdict, who was paid
kill $W                                                           # now without witnesses: stop them,
for i in 3 4 5; do ./defaas witness offline --dev-account $i; done   # and take them off the committees' lists
./defaas order create --dev-account 1 --max-price 10 --units 4 --bidding 10s --wait --accept   # order 2, the same way
./defaas function upload 2 hello.wasm --dev-account 1
./defaas order fulfill 2 --module hello.wasm --dev-account 1
./defaas order watch 2                                            # segment 0 unwitnessed: 0 of 3 drawn; the provider is paid, unchecked
kill $(jobs -p)                                                   # stop the daemons and the devnet
# --- README ends ---
