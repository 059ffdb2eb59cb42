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
// chain order, and checkpoints the consumer's position in a CheckpointStore after each block,
// only once the handler has returned nil for every log of that block. The checkpoint holds
// the next block, and the blocks delivered in the last ReorgDepth block numbers with the logs
// delivered from them, and a few older blocks (bounded: ReorgDepth blocks, 2,048 logs, 32
// older blocks).
//
// Within one Run, delivery is exactly once: every log of every canonical block from From
// (or the checkpoint) up to the head minus Confirmations is delivered once, in order of block
// and log index. When blocks already delivered leave the canonical chain, their logs are
// delivered again, newest first, with Removed set, before the logs of the blocks that
// replaced them; so the sequence of events, applying plain ones and undoing removed ones,
// always ends at the logs of the canonical chain. The checkpoint remembers the blocks, so a
// reorganisation that happened while no watcher ran is undone the same way at the next Run.
//
// However deep the reorganisation, the watcher walks back by hash, one block at a time, to
// the last block it delivered that is still canonical, and goes on from there. The logs to
// remove come from the checkpoint within ReorgDepth; deeper, from the node by block hash
// (geth serves blocks that left the chain), as do the parents of blocks the checkpoint did
// not keep. Only when neither has them (a development chain reset or rewound, which forgot
// the blocks) can logs not be named: the watcher logs an error naming the blocks, steps back
// to the older block it kept, and delivers again from there, so logs still on the chain are
// delivered a second time, and logs gone from it are not removed.
//
// Across Runs, delivery is at least once, and only the block in progress repeats: a
// watcher that stops (crash, handler error, cancelled context) after delivering some logs
// of a block but before checkpointing it delivers that whole block again when it restarts,
// and nothing before it.
//
// # What a consumer does with events
//
// A handler applies a plain event and undoes a removed one, and is idempotent per
// (Log.BlockHash, Log.Index): a log may come again after a crash, or after a reorganisation
// the watcher could not fully name. It then sees the effect of exactly-once delivery. A
// removed event is the same log as delivered before, with Removed set; it comes before any
// event of the blocks that replaced it. What undoing means is the consumer's: drop what the
// log recorded, or, as the DeFaaS daemons do, treat logs as news of what to look at and read
// the contract's current state before acting, so that a removed log needs no undoing and a
// log that was never removed (see above) does no harm. Either way, never act on a log alone
// for something that moves money: the chain's state, read at the time of acting, decides.
//
// Limits: a checkpoint written on a chain with another id, or malformed, stops Run with
// ErrCheckpointStale. Errors from the node are retried with exponential backoff for as long
// as the context lives, re-dialling websockets and resubscribing to new heads; over HTTP the
// watcher polls. Checkpoints written before the watcher kept logs are read as they are: their
// block hashes serve to find where the chain went back, and the logs to remove come from the
// node.
package chain
