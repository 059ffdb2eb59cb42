// Package contracts holds the DeFaaS contracts' Go bindings, generated from the Solidity beside
// them, and the deployer that puts the three contracts on a chain wired together with a
// parameter preset.
//
// Regenerate with `go generate ./contracts` (needs `npm ci` first for solcjs and OpenZeppelin);
// CI fails when that changes any generated file.
package contracts

//go:generate node ../tools/compile.js
//go:generate go tool abigen --v2 --combined-json build/combined.json --pkg contracts --out bindings.go
