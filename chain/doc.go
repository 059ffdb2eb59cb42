// Package chain is how every DeFaaS role talks to Ethereum: a connection to a node (Conn,
// over any RPC URL or in-process to the embedded devnet or the simulated backend), a
// transaction sender for one account (Sender), an event watcher that survives restarts,
// node outages and reorganisations (Watcher), and what a daemon asks of the node about an
// account: whether it has transactions still pending (Conn.HasPending), and the public key
// that signed a transaction (SenderKey, Conn.TransactionSenderKey), the only place on chain a
// key to encrypt to is found.
//
// # Sending
//
// A Sender keeps its account's nonce locally, so goroutines may send concurrently; it
// estimates gas (plus a margin), prices EIP-1559 fees from the latest base fee, and decodes
// reverts of the DeFaaS contracts, whether they surface at estimation (Send, Call) or after
// mining (Wait replays the transaction at its block to recover the reason), into errors such
// as `market: WrongState(orderId=1, state=2)` (errors.As a *contracts.RevertError).
//
// # Watching
//
// A Watcher delivers the logs matching one filter to one named consumer, block by block in
// chain order, and checkpoints the consumer's position (the next block, and the hashes of the
// last ReorgDepth blocks delivered) in a CheckpointStore after each block, only once the
// handler has returned nil for every log of that block.
//
// Within one Run, delivery is exactly once: every log of every canonical block from From
// (or the checkpoint) up to the head minus Confirmations is delivered once, in order of block
// and log index. When blocks already delivered leave the canonical chain, their logs are
// delivered again, newest first, with Removed set, before the logs of the blocks that
// replaced them; so the sequence of events, applying plain ones and undoing removed ones,
// always ends at the logs of the canonical chain. The checkpoint remembers the hashes, so a
// reorganisation that happened while no watcher ran is undone the same way at the next Run.
//
// Across Runs, delivery is at least once, and only the block in progress repeats: a
// watcher that stops (crash, handler error, cancelled context) after delivering some logs
// of a block but before checkpointing it delivers that whole block again when it restarts,
// and nothing before it. A handler that is idempotent per (Log.BlockHash, Log.Index), and
// undoes a log on Removed, therefore sees the effect of exactly-once delivery.
//
// Limits: a reorganisation deeper than ReorgDepth blocks below the last delivered block,
// a checkpoint from another chain, or a reorganised block the node no longer knows (removed
// logs are fetched from the node by block hash, which geth serves for side-chain blocks)
// stop Run with ErrCheckpointStale rather than deliver anything wrong. Errors from the node
// are retried with exponential backoff for as long as the context lives, re-dialling
// websockets and resubscribing to new heads; over HTTP the watcher polls.
package chain
