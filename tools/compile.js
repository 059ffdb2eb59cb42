#!/usr/bin/env node
// Compiles the three DeFaaS contracts and the Market's two libraries with the pinned solcjs and
// writes the artifacts the Go bindings are generated from: contracts/build/combined.json (for
// abigen) and one .abi and .bin per contract (for any other client: ethers.js, cast, ...).
// Settings match foundry.toml. Market.bin holds link placeholders (__$…$__) for Auction and
// Segments: deploy those first and put their addresses in (contracts.Deploy does it).
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const solc = require(path.join(root, 'node_modules', 'solc'));

const contracts = {
  FaaSToken: 'contracts/src/FaaSToken.sol',
  Market: 'contracts/src/Market.sol',
  WitnessPool: 'contracts/src/WitnessPool.sol',
  Auction: 'contracts/src/Auction.sol',
  Segments: 'contracts/src/Segments.sol',
};
const remap = [['@openzeppelin/contracts/', 'node_modules/@openzeppelin/contracts/']];

const sources = {};
for (const file of Object.values(contracts)) sources[file] = { content: fs.readFileSync(path.join(root, file), 'utf8') };

function findImports(p) {
  let file = p;
  for (const [from, to] of remap) if (file.startsWith(from)) file = to + file.slice(from.length);
  try { return { contents: fs.readFileSync(path.join(root, file), 'utf8') }; } catch (e) { return { error: `File not found: ${p}` }; }
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    remappings: remap.map(([a, b]) => `${a}=${b}`),
    optimizer: { enabled: true, runs: 1000 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (out.errors || []).filter((e) => e.severity === 'error');
if (errors.length) {
  for (const e of errors) process.stderr.write(e.formattedMessage + '\n');
  process.exit(1);
}

const dir = path.join(root, 'contracts', 'build');
fs.mkdirSync(dir, { recursive: true });
const combined = { contracts: {}, version: solc.version() };
for (const [name, file] of Object.entries(contracts)) {
  const c = out.contracts[file][name];
  combined.contracts[`${file}:${name}`] = { abi: c.abi, bin: c.evm.bytecode.object };
  fs.writeFileSync(path.join(dir, `${name}.abi`), JSON.stringify(c.abi, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, `${name}.bin`), c.evm.bytecode.object + '\n');
}
fs.writeFileSync(path.join(dir, 'combined.json'), JSON.stringify(combined, null, 1) + '\n');
process.stdout.write(`compiled ${Object.keys(contracts).join(', ')} with solc ${solc.version()}\n`);
