package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/sim"
)

func (a *app) simCmd() *cobra.Command {
	var (
		preset, provider, collude                 string
		dishonest, loss, stallProb, functionFault string
		maxPrice, price                           string
		table                                     bool
		o                                         struct {
			trials, committee, pool, segments, probes, kitKeys, packets int
			seed                                                        uint64
			segment, drawLag, rtt, rto, stall                           time.Duration
			kits                                                        bool
			failBps                                                     uint16
			minFailures                                                 uint32
		}
	)
	cmd := &cobra.Command{
		Use:   "sim",
		Short: "Measure how far a verdict can be trusted: a Monte Carlo of committees judging a provider",
		Long: `Simulates leases watched by committees, using the protocol's own decisions: each probe is
judged by the witness's Classify (re-runs included), each report by its Violated rule, each
committee drawn by the WitnessPool's candidate sequence and decided by its threshold
(Violation iff at least ⌊N/2⌋+1 members report true), the money by the contracts' formulas.
Prints the chance of a Violation per segment and per lease with 95 % intervals — a false
Violation when the provider is honest, a missed one when it is at fault — the probes each
member counts, one member's expected payoff per strategy (honest, always-false, always-true,
silent) and the expected FST of each party per lease. --table runs the standard cases of
docs/trust.md instead. Needs no chain; the same --seed gives the same numbers.

Provider behaviours: honest; drop:X (drops a share X of requests); down:X (unreachable for
one stretch, a share X of each segment); witnesses-only (serves signed member probes only);
refuse-kits (answers API-key requests 429); lie:X (answers X "function-crashed" without
running); fake:X (answers X with a made-up 200). Shares as 0.05 or 5%.`,
		Example: `  defaas sim --preset public --provider drop:20% --trials 20000
  defaas sim --preset dev --provider honest --dishonest 1/3 --collude customer
  defaas sim --preset public --table --trials 5000 --seed 1`,
		Args: exactArgs(0, "no arguments: the case is given by flags"),
		RunE: func(c *cobra.Command, _ []string) error {
			p, err := contracts.PresetByName(preset)
			if err != nil {
				return usageError{err}
			}
			cfg := sim.DefaultConfig(p)
			flags := c.Flags()
			set := func(name string) bool { return flags.Changed(name) }
			if cfg.Provider, err = sim.ParseBehaviour(provider); err != nil {
				return usageError{fmt.Errorf("--provider: %w", err)}
			}
			for _, s := range []struct {
				flag string
				v    string
				to   *float64
			}{{"dishonest", dishonest, &cfg.Dishonest}, {"loss", loss, &cfg.Network.Loss}, {"stall-prob", stallProb, &cfg.Network.StallProb}, {"function-faults", functionFault, &cfg.FunctionFaults}} {
				if set(s.flag) {
					if *s.to, err = sim.ParseShare(s.v); err != nil {
						return usageError{fmt.Errorf("--%s: %w", s.flag, err)}
					}
				}
			}
			cfg.Collude = sim.Side(collude)
			cfg.Trials, cfg.Seed, cfg.Committee, cfg.Pool, cfg.Segments = o.trials, o.seed, o.committee, o.pool, o.segments
			cfg.Probes, cfg.Kits, cfg.KitKeys = o.probes, o.kits, o.kitKeys
			if set("segment") {
				cfg.Segment = o.segment
			}
			if set("draw-lag") {
				cfg.DrawLag = o.drawLag
			}
			if set("rtt") {
				cfg.Network.RTT = o.rtt
			}
			if set("rto") {
				cfg.Network.RTO = o.rto
			}
			if set("stall") {
				cfg.Network.Stall = o.stall
			}
			if set("packets") {
				cfg.Network.Packets = o.packets
			}
			if set("sla-fail-bps") {
				cfg.Rules.SlaFailBps = o.failBps
			}
			if set("sla-min-failures") {
				cfg.Rules.SlaMinFailures = o.minFailures
			}
			if err := cfg.Validate(); err != nil {
				return usageError{err}
			}
			if table {
				rows, err := sim.Table(cfg)
				if err != nil {
					return err
				}
				return a.show(rows, func(w io.Writer) { sim.WriteTable(w, cfg, rows) })
			}
			hi, err := market.ParseFST(maxPrice)
			if err != nil {
				return usageError{fmt.Errorf("--max-price: %w", err)}
			}
			lo, err := market.ParseFST(price)
			if err != nil {
				return usageError{fmt.Errorf("--price: %w", err)}
			}
			lease, err := cfg.Lease(hi, lo)
			if err != nil {
				return usageError{err}
			}
			res, err := sim.Run(cfg)
			if err != nil {
				return usageError{err}
			}
			s := res.Summarize(&lease)
			return a.show(s, func(w io.Writer) { s.WriteText(w, cfg, cfg.Trials) })
		},
	}
	f := cmd.Flags()
	f.StringVar(&preset, "preset", contracts.PresetDev, "parameter preset: dev or public (its probe rules, fees, committee limits)")
	f.StringVar(&provider, "provider", "honest", "the provider's behaviour: honest, drop:X, down:X, witnesses-only, refuse-kits, lie:X, fake:X")
	f.IntVar(&o.trials, "trials", 10_000, "leases to simulate")
	f.Uint64Var(&o.seed, "seed", 1, "random seed: the same seed, the same numbers")
	f.IntVar(&o.committee, "committee", 3, "witnesses per committee, N (3 to the preset's maxWitnesses)")
	f.IntVar(&o.pool, "pool", 100, "staked witnesses committees are drawn from")
	f.StringVar(&dishonest, "dishonest", "0", "share of the pool that reports as --collude says, whatever it sees (0.33 or 33%)")
	f.StringVar(&collude, "collude", string(sim.ForProvider), "whom dishonest witnesses work for: provider (always false) or customer (always true)")
	f.IntVar(&o.segments, "segments", 1, "segments per lease, S")
	f.DurationVar(&o.segment, "segment", 0, "length of a segment (default: dev 15s, public 1h); a whole number of billing units")
	f.DurationVar(&o.drawLag, "draw-lag", 0, "time from a segment's start until its members probe (default: blockNeed + 2 blocks of 1 s on dev, 12 s on public)")
	f.IntVar(&o.probes, "probes", 0, "probes per member per segment at random times (default 0: the daemon's schedule at the preset's probe rate)")
	f.BoolVar(&o.kits, "kits", false, "members probe with the customer's probe kit (API keys, deterministic requests) instead of signed requests")
	f.IntVar(&o.kitKeys, "kit-keys", 3, "API keys in each member's probe kit")
	f.StringVar(&functionFault, "function-faults", "0", "share of requests the customer's own function fails (a re-run reproduces it)")
	f.StringVar(&loss, "loss", "0", "packet loss on the path, per packet (TCP resends after --rto, doubling)")
	f.IntVar(&o.packets, "packets", 10, "packets one probe exchanges")
	f.DurationVar(&o.rtt, "rtt", 50*time.Millisecond, "a probe's round trip without loss")
	f.DurationVar(&o.rto, "rto", time.Second, "TCP's first retransmission timeout")
	f.StringVar(&stallProb, "stall-prob", "0", "share of probes whose answer stalls for --stall")
	f.DurationVar(&o.stall, "stall", 2*time.Second, "length of a stall")
	f.Uint16Var(&o.failBps, "sla-fail-bps", 0, "override the preset's slaFailBps (a member reports a violation above this failed share, in basis points)")
	f.Uint32Var(&o.minFailures, "sla-min-failures", 0, "override the preset's slaMinFailures")
	f.StringVar(&maxPrice, "max-price", "10", "the order's maxUnitPrice, FST per billing unit (for the money)")
	f.StringVar(&price, "price", "7", "the winning unitPrice, FST per billing unit (for the money)")
	f.BoolVar(&table, "table", false, "run the standard cases of docs/trust.md on this base case and print one row each")
	return cmd
}
