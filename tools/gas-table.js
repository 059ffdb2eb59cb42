#!/usr/bin/env node
// Writes docs/gas.md from the gas snapshots that `FOUNDRY_PROFILE=gas forge snapshot
// --match-contract Gas` leaves in snapshots/, next to version 1's figures kept in docs/gas-v1/.
// Every figure is one transaction's gas used, base 21,000 and calldata included, measured with
// each call its own transaction (forge --isolate).
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const read = (dir, name) => {
  const p = path.join(root, dir, name + '.json');
  return fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : {};
};
const g = read('snapshots', 'LifecycleGas');
const scaling = read('snapshots', 'Scaling');
const v1 = read('docs/gas-v1', 'LifecycleGas');
const v1scaling = read('docs/gas-v1', 'Scaling');
// v2 as first built, before the gas savings listed below (the last snapshot before them)
const b = read('docs/gas-v2-before', 'LifecycleGas');
const n = (v) => (v === undefined || v === '' ? '—' : Number(v).toLocaleString('en-US'));
const sum = (o, keys) => keys.reduce((a, k) => a + Number(o[k] || 0), 0);
const diff = (a, b) => {
  if (a === undefined || b === undefined) return '';
  const d = Number(b) - Number(a);
  return (d > 0 ? '+' : d < 0 ? '−' : '±') + Math.abs(d).toLocaleString('en-US');
};
// "met by 23,776" / "missed by 107,722"
const against = (v, target) => {
  const d = Number(target) - Number(v);
  return d >= 0 ? `met, by ${n(d)}` : `**missed**, by ${n(-d)}`;
};

// step, label, v1 key(s), v2 key(s), why v2 differs from v1
const open = [
  ['createOrder', ['createOrder'], ['createOrder'], 'also pulls the witness deposit; validates segments'],
  ['bid (first)', ['bid_first'], ['bid_first'], 'reads maxUnitPrice for the collateral floor; now also writes the best-bid slot createOrder no longer writes'],
  ['bid (outbids another provider)', ['bid_improving_other'], ['bid_improving_other'], 'the same floor'],
  ['bid (outbids another provider)', ['bid_improving_other_2'], ['bid_improving_other_2'], 'the same'],
  ['closeBidding', ['closeBidding'], ['closeBidding'], 'also refunds the deposit surplus'],
  ['publishDeployment', ['publishDeployment'], ['publishDeployment'], ''],
  ['acceptDeployment', ['acceptDeployment'], ['acceptDeployment'], ''],
  ['fulfill (v1: starts the service)', ['fulfill'], [], ''],
  ['fulfill (v2: commits the module hash)', [], ['fulfill'], 'new: the module hash, stored (one fresh slot)'],
  ['confirmDeployment (v2: starts the service)', [], ['confirmDeployment'], 'new transaction; requests the committee (its 10 N s stays in the Market)'],
  ['drawCommittee (N = 3)', ['drawCommittee'], ['drawCommittee'], 'members packed three to a slot instead of a seat slot each'],
  ['commitReport (member 1)', ['commitReport_0'], ['commitReport_0'], 'the commitment stored whole, 32 bytes, in the witness\'s own slot'],
  ['commitReport (member 2)', ['commitReport_1'], ['commitReport_1'], 'the same'],
  ['commitReport (member 3)', ['commitReport_2'], ['commitReport_2'], 'the same'],
  ['revealReport (member 1)', ['revealReport_0'], ['revealReport_0'], ''],
  ['revealReport (member 2)', ['revealReport_1'], ['revealReport_1'], ''],
  ['revealReport (member 3)', ['revealReport_2'], ['revealReport_2'], ''],
  ['settle (finalizes the committee)', ['settle_with_finalize'], ['settle_with_finalize'], 'pays the members from the deposit; no minting'],
  ['finish', ['finish'], ['finish'], 'two transfers: the fee and the deposit left'],
];
const sealed = [
  ['createOrder (sealed)', 'sealed_createOrder'],
  ['commitBid (1st)', 'sealed_commitBid_0'],
  ['commitBid (2nd)', 'sealed_commitBid_1'],
  ['commitBid (3rd)', 'sealed_commitBid_2'],
  ['revealBid (1st, takes the lead)', 'sealed_revealBid_0'],
  ['revealBid (2nd, outbids)', 'sealed_revealBid_1'],
  ['revealBid (3rd, outbids)', 'sealed_revealBid_2'],
  ['closeBidding', 'sealed_closeBidding'],
];
// The gas savings made after v2 was first built, in the order they were made; each delta was
// measured on its own commit against the one before (`git log` has them, one commit each).
const savings = [
  ['the order counter starts at 1 (`nextOrderId`), so the first order does not turn a zero slot non-zero', 'createOrder −17,100 (the first order of a deployment only: every later one already paid 5,000; the measured lifecycle, an order 1, now costs what any order costs)'],
  ['the best-bid slot is written by the first bid that leads, not by createOrder; until then the best price reads as maxUnitPrice + 1', '−4,692 per lifecycle with bids (createOrder −22,100, first bid +17,400, every later bid and reveal about +216: it reads whether anyone leads); −22,100 for an order nobody bids on'],
  ['the witness deposit stays in the Market, which lets the pool pull exactly what finalize pays the members (one transfer per committee instead of two)', 'confirmDeployment −16,021, openSegment −8,721, settle +2,475'],
  ['a committee is two slots: the request in one (customer and provider as witness ids), the segment\'s end copied into the members\' word, so commits and reveals read one slot', '−37,579 per one-segment lifecycle, −150,709 for four segments'],
  ['the draw reads a candidate without the list\'s bounds check and abi.encode\'s memory', '−3,090 per draw'],
  ['each witness has its own commitment slot, made non-zero at registration; the seat drawn while it is free commits into it (5,000 instead of a fresh 22,100) and finalize gives it back', '−43,875 per one-segment lifecycle; registerWitness pays that slot once per address (one fresh slot, 22,100). A witness on two open committees at once commits the second seat into a fresh slot as before'],
  ['levels in a mapping: createOrder reads one slot for its level, not the array\'s length too', 'createOrder −2,233'],
  ['`conclude(committeeId)`: finalizes an open committee or reads an ended one\'s verdict in one call; settle makes one call per segment instead of two', 'settle −1,805; −7,221 for four segments'],
  ['the witness list\'s length sits in the slot of `market`, so a request reads both at once', '−2,007 per committee request'],
  ['createOrder writes the order\'s two slots with one store each', 'createOrder −1,250'],
  ['a member\'s seat is found by walking the committee\'s words, without a division per member', '−362 to −1,070 per commit and reveal'],
];

let out = `# Gas

Generated by \`node tools/gas-table.js\` from \`snapshots/LifecycleGas.json\` and
\`snapshots/Scaling.json\`, which \`FOUNDRY_PROFILE=gas forge snapshot --match-contract Gas\` writes
(the tests are \`contracts/test/Lifecycle.t.sol\` and \`contracts/test/GasScaling.t.sol\`), next to
version 1's figures (\`docs/gas-v1/\`, the last v1 snapshot) and v2's before the gas savings below
(\`docs/gas-v2-before/\`, the last snapshot before them). Every figure is the gas one
transaction uses, with the 21,000 base and its calldata, each call run as its own transaction
(\`isolate = true\`), so storage is cold as it is on a real chain. Solidity 0.8.30 (solcjs),
optimizer 1,000 runs (v1: 3,000; see "Code size" below), EVM cancun. CI checks that the snapshot
is current.

## The targets

Issue 10: the open lifecycle (3 bids, N = 3, one segment, every transaction including
\`confirmDeployment\`) ≤ 1,000,000; one \`drawCommittee(N = 3)\` flat (< 5 %) from 10 to 1,000
witnesses. Issue 13: the whole lifecycle with S = 4, N = 3, all transactions ≤ 2,500,000, and the
marginal gas per extra segment.

`;
const perSegment = (o) => Math.round((Number(o.total_four_segments) - Number(o.total_open)) / 3);
const drawKey = 'drawCommittee(N=3): 10 vs 1000 witnesses';
const drawFlat = scaling[drawKey + ' [fewer]']
  ? (100 * Math.abs(Number(scaling[drawKey + ' [more]']) - Number(scaling[drawKey + ' [fewer]']))) / Number(scaling[drawKey + ' [fewer]'])
  : undefined;
out += `| measured | v1 | v2 before the savings | v2 now | target | now against the target |
|---|---:|---:|---:|---:|---|
| one segment (S = 1), whole lifecycle | ${n(v1.total_open)} | ${n(b.total_open)} | **${n(g.total_open)}** | 1,000,000 | 1,000,000 − ${n(g.total_open)}: ${against(g.total_open, 1e6)} |
| four segments (S = 4), whole lifecycle | — | ${n(b.total_four_segments)} | **${n(g.total_four_segments)}** | 2,500,000 | 2,500,000 − ${n(g.total_four_segments)}: ${against(g.total_four_segments, 2.5e6)} |
| each segment beyond the first: (S4 − S1) / 3 | — | ${n(perSegment(b))} | **${n(perSegment(g))}** | implied by the two: (2,500,000 − 1,000,000) / 3 = 500,000 | ${against(perSegment(g), 5e5)} |
| drawCommittee (N = 3), 1,000 witnesses | ${n(v1.drawCommittee)} | ${n(b.drawCommittee)} | **${n(g.drawCommittee)}** | flat from 10 to 1,000 witnesses (< 5 %) | ${drawFlat === undefined ? '—' : drawFlat.toFixed(2) + ' % apart: ' + (drawFlat < 5 ? 'met' : '**missed**')} (see the last table) |

Before the savings both lifecycle targets were missed: S = 1 by ${n(Number(b.total_open) - 1e6)}
(${n(b.total_open)} − 1,000,000) and S = 4 by ${n(Number(b.total_four_segments) - 2.5e6)} (${n(b.total_four_segments)} − 2,500,000). The savings took
${n(Number(b.total_open) - Number(g.total_open))} off the one-segment lifecycle and ${n(Number(b.total_four_segments) - Number(g.total_four_segments))} off the four-segment one.

What the one-segment figure assumes: each member's own commitment slot is free (saving 6), as
in a pool whose witnesses sit on one open committee at a time. A member already seated on
another open committee commits into a fresh slot instead, as every commit did before the
savings: ${diff(g.commitReport_0, g.s4_commitReport_1_0)} on its commit and ${diff(g.revealReport_0, g.s4_revealReport_1_0)} on its reveal (which then clears that slot),
measured in the four-segment run (its later segments have such members). With all three members
so, the one-segment lifecycle would be about ${n(Number(g.total_open) + 3 * (Number(g.s4_commitReport_1_0) - Number(g.commitReport_0) + Number(g.s4_revealReport_1_0) - Number(g.revealReport_0)))}: ${against(Number(g.total_open) + 3 * (Number(g.s4_commitReport_1_0) - Number(g.commitReport_0) + Number(g.s4_revealReport_1_0) - Number(g.revealReport_0)), 1e6)}.
The four-segment figure already includes such members (see its table).

## The gas savings

Made after v2 was first built, one commit each (\`git log\`), each measured on its own against the
commit before. None changes a rule of SPEC v2; each was read as an attack and the tests that
pin it are in \`contracts/test\` (\`Attacks.t.sol\`: \`test_AttackGas_*\`; \`WitnessPool.t.sol\`:
own commitment slot, \`conclude\`, parties by witness id, the pool's pull from the Market).

| # | saving | measured |
|---:|---|---|
`;
savings.forEach(([what, delta], i) => {
  out += `| ${i + 1} | ${what} | ${delta} |\n`;
});
out += `
## A full lifecycle: 3 open bids, N = 3 witnesses, one segment, every report false

| step | v1 | v2 before the savings | v2 now | savings | why v2 differs from v1 |
|---|---:|---:|---:|---:|---|
`;
for (const [label, k1, k2, why] of open) {
  const a = k1.length ? sum(v1, k1) : undefined;
  const before = k2.length ? sum(b, k2) : undefined;
  const now = k2.length ? sum(g, k2) : undefined;
  out += `| ${label} | ${n(a)} | ${n(before)} | ${n(now)} | ${before === undefined ? '' : diff(before, now)} | ${why} |\n`;
}
out += `| **whole lifecycle, all transactions** | **${n(v1.total_open)}** | **${n(b.total_open)}** | **${n(g.total_open)}** | ${diff(b.total_open, g.total_open)} | target 1,000,000: ${against(g.total_open, 1e6)} |\n`;

const t = (k) => Number(g[k] || 0);
const reports = sum(g, ['commitReport_0', 'commitReport_1', 'commitReport_2']);
const v1reports = sum(v1, ['commitReport_0', 'commitReport_1', 'commitReport_2']);
const bidKeys = ['bid_first', 'bid_improving_other', 'bid_improving_other_2'];
const laterCommits = Object.keys(g).filter((k) => /^s4_commitReport_[1-9]/.test(k));
const laterAll = laterCommits.length;
const laterFresh = laterCommits.filter((k) => Number(g[k]) > 45000).length;
out += `
The steps are each test's last writing of that step (the sealed lifecycle repeats the service
steps), so they may add up to a few gas more or less than the measured whole.

### Where v2 still costs more than v1

| v2 rule | extra gas now, against v1 |
|---|---:|
| the service starts on the provider's confirmation of the committed module: one more transaction (21,000 base) and the module hash kept for witnesses (a fresh slot, 22,100) | ${n(t('fulfill') + t('confirmDeployment') - Number(v1.fulfill))} (fulfill + confirmDeployment − v1's fulfill) |
| report commitments stored whole, 32 bytes (v1 kept 20 bytes in the seat's slot): in the witness's own slot, which registration made non-zero | ${n(reports - v1reports)} (three commits) |
| the collateral floor reads the order's terms slot on every bid; the best-bid slot is written by the first bid instead of createOrder | ${n(sum(g, bidKeys) - sum(v1, bidKeys))} (three bids; createOrder carries the other side) |
| no minting: witness pay leaves the Market at finalize and the deposit's rest at finish (transfers v1 did not make) | part of settle and finish |

Against that, the draw is ${n(Number(v1.drawCommittee) - t('drawCommittee'))} cheaper than v1 (members packed three to a slot), createOrder
${n(Number(v1.createOrder) - t('createOrder'))} cheaper, and the module hash's slot is reused for the settlement (settle writes 5,000
instead of 22,100).

## Four segments: 12 units, S = 4, N = 3, every committee drawn and reporting

Segment 0's committee comes with confirmDeployment; segments 1–3 are opened by a witness (paid a
seat fee each); segments 0–1 report false, every committee commits and reveals, and one
\`settle\` finalizes the four committees. With five witnesses, members of segment k's committee
often still hold their own commitment slot for an earlier segment (committees are finalized at
settle), so ${laterFresh} of the ${laterAll} commits of segments 1–3 write a fresh slot (about 54,000 instead of 37,000).

| step | count | v2 before the savings | v2 now | savings |
|---|---:|---:|---:|---:|
`;
const keysLike = (o, re) => Object.keys(o).filter((k) => re.test(k));
const s4 = [
  ['createOrder, 3 bids, closeBidding, publish, accept, fulfill, confirmDeployment', 1, ['s4_createOrder', 's4_bid_first', 's4_bid_improving_other', 's4_bid_improving_other_2', 's4_closeBidding', 's4_publishDeployment', 's4_acceptDeployment', 's4_fulfill', 's4_confirmDeployment']],
  ['openSegment (segments 1–3)', 3, keysLike(g, /^s4_openSegment_/)],
  ['drawCommittee (one per segment)', 4, keysLike(g, /^s4_drawCommittee_/)],
  ['commitReport (per member and segment)', 12, keysLike(g, /^s4_commitReport_/)],
  ['revealReport (per member and segment)', 12, keysLike(g, /^s4_revealReport_/)],
  ['settle (finalizes all four committees)', 1, ['s4_settle_with_finalize']],
  ['finish', 1, ['s4_finish']],
];
for (const [label, count, keys] of s4) {
  out += `| ${label} | ${count} | ${n(sum(b, keys))} | ${n(sum(g, keys))} | ${diff(sum(b, keys), sum(g, keys))} |\n`;
}
out += `| **whole lifecycle, all transactions (measured)** | | **${n(b.total_four_segments)}** | **${n(g.total_four_segments)}** | ${diff(b.total_four_segments, g.total_four_segments)} |\n`;
const seg1 = ['s4_commitReport_1_0', 's4_commitReport_1_1', 's4_commitReport_1_2', 's4_revealReport_1_0', 's4_revealReport_1_1', 's4_revealReport_1_2'];
out += `
Target 2,500,000: ${against(g.total_four_segments, 2.5e6)} (2,500,000 − ${n(g.total_four_segments)}). Each segment beyond the
first adds ${n(perSegment(g))} ((${n(g.total_four_segments)} − ${n(g.total_open)}) / 3; before the savings ${n(perSegment(b))}): an
openSegment (${n(g.s4_openSegment_1)}: the committee's request slot and the opener's seat fee), a draw
(${n(g.s4_drawCommittee_1)}), three commits and three reveals (${n(sum(g, seg1))} for segment 1: 126,000 of it the six 21,000
bases), and its share of settle (${n(Math.round((Number(g.s4_settle_with_finalize) - Number(g.settle_with_finalize)) / 3))}).

### settle finalizes: measured

| way | v2 before the savings | v2 now |
|---|---:|---:|
| four \`finalize\` transactions, then \`settle\` | ${n(b.variant_s4_finalize_then_settle_total)} | ${n(g.variant_s4_finalize_then_settle_total)} (finalize ${n(g.variant_finalize_alone_0)} each, settle ${n(g.variant_s4_settle_all_finalized)}) |
| one \`settle\` that finalizes the four | ${n(b.variant_s4_settle_finalizing_all)} | ${n(g.variant_s4_settle_finalizing_all)} |

So \`settle\` finalizes whatever nobody finalized, in the same transaction (clients still may, and
settle then only reads the verdicts), one \`conclude\` call per segment.

## The sealed variant: 3 sealed bids, then the same service and settlement

| step | v1 | v2 before the savings | v2 now |
|---|---:|---:|---:|
`;
for (const [label, k] of sealed) out += `| ${label} | ${n(v1[k])} | ${n(b[k])} | ${n(g[k])} |\n`;
out += `| deployment, service, committee, reports, settle, finish | as above | as above | as above |\n`;
out += `| **whole sealed lifecycle** | **${n(v1.total_sealed)}** | **${n(b.total_sealed)}** | **${n(g.total_sealed)}** |\n`;
out += `
Sealed bidding runs in the \`Auction\` library by DELEGATECALL (see "Code size"): 2,600 of each
call's extra is the cold library account; the rest is no cap on commitments (v1: 32), bonds that
grow with maxFee and the collateral floor.

## The three kinds of open bid

| bid | v1 | v2 before the savings | v2 now |
|---|---:|---:|---:|
| first bid on an order (now also writes the best-bid slot) | ${n(v1.variant_bid_first)} | ${n(b.variant_bid_first)} | ${n(g.variant_bid_first)} |
| outbids another provider (unlocks its collateral) | ${n(v1.variant_bid_outbid_other)} | ${n(b.variant_bid_outbid_other)} | ${n(g.variant_bid_outbid_other)} |
| the leader lowers its own price | ${n(v1.variant_bid_lower_own)} | ${n(b.variant_bid_lower_own)} | ${n(g.variant_bid_lower_own)} |
`;
if (Object.keys(scaling).length) {
  out += `
## Gas does not grow with the number of bids or witnesses (SPEC §7.6)

Measured by \`contracts/test/GasScaling.t.sol\`, which also asserts the bounds (< 1 % for the
bids and reports, < 5 % for the draw). The draws are made to look at the same number of
distinct candidates in both pools (the window hashes are chosen so), so that only the pool's
size differs; in the 30 % rows, two of the first five candidates are ineligible in both.

| call | fewer | more | difference | v1 (fewer / more) |
|---|---:|---:|---:|---|
`;
  const v1key = (what) => {
    const map = { 'commitBid: 1 vs 40 earlier commitments': 'commitBid: 1 vs 31 earlier commitments' };
    return map[what] || what;
  };
  for (const k of Object.keys(scaling)) {
    if (!k.endsWith(' [fewer]')) continue;
    const what = k.slice(0, -' [fewer]'.length);
    const a = Number(scaling[k]), b = Number(scaling[what + ' [more]']);
    const w1 = v1key(what);
    const old = v1scaling[w1 + ' [fewer]'] ? `${n(v1scaling[w1 + ' [fewer]'])} / ${n(v1scaling[w1 + ' [more]'])}` : '—';
    out += `| ${what} | ${n(a)} | ${n(b)} | ${((100 * Math.abs(b - a)) / a).toFixed(2)} % | ${old} |\n`;
  }
}
out += `
## Code size

The Market with everything inside is 32 KB of code at 3,000 optimizer runs, over the 24,576
bytes a contract may have (EIP-170). Three things bring it to 23,099 bytes at 1,000 runs (1,477
to spare, \`forge build --sizes\`): sealed
bidding lives in the \`Auction\` library and segments, probe kits and settlement in the
\`Segments\` library (external functions run by DELEGATECALL on the Market's storage, the pattern
of Aave v3's logic libraries), \`params()\` returns an encoding stored at deployment instead of
encoding 27 immutables, and the parameters the libraries need travel as two packed words. The
deployer links the libraries (\`contracts.Deploy\`). Going from 3,000 to 1,000 runs costs 800 gas
over the whole one-segment lifecycle and 2,888 over the four-segment one (measured with the size
limit lifted).

## For scale

Measured under today's gas rules on each one's own contracts: the witness-model paper's
implementation costs about 3.4M gas per SLA (2.2M of it deploying a contract per SLA, with no
auction and no secret reports); a sealed-bid auction with witness commit–reveal from the same
research group costs about 9.3M per auction, 103,000 + 139,000 per witness report and
135,000 + 91,000 per sealed bid. Here a whole open lifecycle is ${n(g.total_open)}, a report
${n(Number(g.commitReport_0) + Number(g.revealReport_0))} (commit + reveal) and a sealed bid
${n(Number(g.sealed_commitBid_0) + Number(g.sealed_revealBid_1))} (commit + reveal).
`;
fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
fs.writeFileSync(path.join(root, 'docs', 'gas.md'), out);
