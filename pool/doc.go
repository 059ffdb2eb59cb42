// Package pool is a provider's computing pool: one provider identity on the chain, its
// functions run on many machines (SPEC §5; the design's §5.2, "a computing-pool provider").
//
// Two sides meet over NATS:
//
//   - a Worker (`defaas worker run`) is a compute node. It joins its provider's pool, reports
//     its capacity and load in heartbeats, loads the leases placed on it — the module fetched
//     by its sha256 from a JetStream object store and checked against that hash — and serves
//     their invocations as NATS request/reply on one subject per lease, in a queue group, on
//     its own runtime.Backend (runtime.InProcess), under the request time limit the placement
//     carries: the deployment's requestTimeout (SPEC §6), which the provider reads from the
//     chain — a worker has no time limit of its own;
//   - the Gateway runs in the provider daemon. It keeps the live inventory of the workers from
//     their heartbeats, places each lease on workers with free capacity, durably (a JetStream
//     key-value bucket), re-places a lease when its worker stops heartbeating, and is itself a
//     runtime.Backend that forwards invocations over NATS: the provider's HTTP API, its
//     authentication and its chain identity stay in the provider.
//
// Server is the NATS server with JetStream that a provider can run inside itself (`[pool]
// embedded = true`), so that a pool of a few machines needs nothing else installed; it
// refuses anonymous clients and lets a worker credential touch only its provider's subjects.
// A real NATS cluster is given by URL instead (deploy/kubernetes).
//
// See RATIONALE.md for the subjects, the permissions, placement and failover.
package pool
