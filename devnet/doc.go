// Package devnet is the embedded development chain behind `defaas devnet` and `defaas demo`:
// go-ethereum running in this process, with JSON-RPC over HTTP and WebSocket on 127.0.0.1,
// funded dev accounts and the DeFaaS contracts deployed with the dev preset (SPEC §5.5). It
// writes the same deployment manifest as `defaas deploy`, so every client runs unchanged
// against it or against any other node (geth, anvil, a public network).
//
// # Accounts
//
// Dev account i has the private key keccak256("defaas-dev-account-" + decimal i), so
// `cast keccak defaas-dev-account-0` prints account 0's key. Every account starts with
// EtherPerAccount ether (in the genesis) and FSTPerAccount FST (minted at the first start).
// Account 0 deploys the contracts and holds the token's admin and minter roles: it is the
// faucet. The keys are public knowledge; never use them on a real network.
//
// # Blocks and time
//
// A block comes every Config.BlockTime whether or not there are transactions, because the
// market runs on time and block numbers (the WitnessPool waits blockNeed blocks). Block
// timestamps are whole seconds that must increase, and the dev preset's windows are seconds,
// so blocks are stamped with the wall clock: an empty block waits for the wall clock to leave
// its parent's second, and a block with transactions may run at most one second ahead of it.
// With BlockTime of a second or more, that is simply a block per BlockTime; below a second,
// empty blocks come once a second while transactions are still mined within BlockTime.
//
// The package seals blocks itself (see sealer) rather than through catalyst.SimulatedBeacon,
// which `geth --dev` uses, because the simulated beacon only mines whole-second periods and
// would let the clock run ahead when asked for more. A new chain's genesis is dated a minute
// back so that the first deployment takes milliseconds with one-second steps and still ends
// behind the wall clock.
//
// # Data directory
//
// Without Config.DataDir the chain lives in memory and is gone on Close. With it the chain
// persists in geth's layout (<dir>/geth/chaindata), and
// <dir>/devnet.json remembers the chain id, the number of dev accounts and the deployment. A
// later Start on the same directory resumes the chain where it stopped, does not deploy
// again and writes the manifest with the new run's URLs (the ports may differ).
//
// Every block is on disk before any client can see it, so a devnet killed at any moment
// (kill -9, a crash) comes back at the head it had, with the same hash and the
// same balances. go-ethereum by default keeps the state of recent blocks in memory and writes
// it out only on a clean stop; a data directory's chain instead keeps its state in the hash
// scheme in archive mode, which writes each block's state as the block is inserted, and the
// sealer syncs the database before the block becomes the head. Should the head marker itself
// not have reached the disk, Start makes the synced block the head again. This costs about
// 0.4 ms a block and the directory grows by about 4 KB per empty block (6.6 KB with a token
// transfer; BenchmarkSeal), some 350 MB a day at one block a second: a development chain,
// not one to keep for months. Transactions still waiting in the pool when the devnet is
// killed are lost, as on any node: send them again. Data directories of defaas before this
// (devnet.json version 1) cannot be resumed; Start says so.
//
// # RPC
//
// The namespaces eth, net, web3, txpool and debug (with the call and prestate tracers) are
// served over HTTP and WebSocket. Browsers may call from pages served by localhost or
// 127.0.0.1 on any port (Config.AllowedOrigins widens that), so that ethers.js apps, cast and
// defaas all work against the same endpoints.
package devnet
