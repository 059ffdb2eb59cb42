package main

import (
	"context"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
)

func (a *app) tokenCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "token", Short: "FST balances, transfers and the dev faucet"}
	cmd.AddCommand(&cobra.Command{
		Use: "balance [ADDRESS]", Short: "Show FST and ether balances (default: the chosen account)", Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			addr, err := a.addressArg(ctx, args)
			if err != nil {
				return err
			}
			r, err := a.reader(ctx)
			if err != nil {
				return err
			}
			fst, err := r.Balance(ctx, addr)
			if err != nil {
				return err
			}
			eth, err := a.conn.Backend().BalanceAt(ctx, addr, nil)
			if err != nil {
				return fmt.Errorf("read ether balance: %w", err)
			}
			return a.show(map[string]string{"address": addr.Hex(), "fst": market.FormatFST(fst), "ether": market.FormatFST(eth)}, func(w io.Writer) {
				row(w, "address", addr.Hex())
				row(w, "FST", market.FormatFST(fst))
				row(w, "ether", market.FormatFST(eth))
			})
		},
	})
	cmd.AddCommand(a.txStep("transfer TO AMOUNT", "Send FST", exactArgs(2, "a recipient address and an amount of FST"),
		func(ctx context.Context, w *market.Client, args []string) error {
			if !common.IsHexAddress(args[0]) {
				return usageError{fmt.Errorf("%q is not an address", args[0])}
			}
			amount, err := fstFlag("amount", args[1])
			if err != nil {
				return err
			}
			to := common.HexToAddress(args[0])
			have, err := w.Balance(ctx, w.Account())
			if err != nil {
				return err
			}
			if have.Cmp(amount) < 0 {
				return fmt.Errorf("%s holds %s FST, less than the %s FST to send", w.Account().Hex(), market.FormatFST(have), market.FormatFST(amount))
			}
			if _, err := w.Transfer(ctx, to, amount); err != nil {
				return err
			}
			a.say("Sent %s FST to %s", market.FormatFST(amount), to.Hex())
			return nil
		}))
	var amount, to string
	faucet := &cobra.Command{
		Use:   "faucet",
		Short: "Mint FST on a development chain (from its faucet account)",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			ctx := c.Context()
			n, err := fstFlag("amount", amount)
			if err != nil {
				return err
			}
			m, err := a.loadManifest()
			if err != nil {
				return err
			}
			if m.Preset != contracts.PresetDev {
				return fmt.Errorf("the faucet exists only on development chains; this deployment uses the %q preset", m.Preset)
			}
			var recipient common.Address
			if to != "" {
				if !common.IsHexAddress(to) {
					return usageError{fmt.Errorf("--to %q is not an address", to)}
				}
				recipient = common.HexToAddress(to)
			} else if recipient, err = a.addressArg(ctx, nil); err != nil {
				return err
			}
			w, err := a.faucetClient(ctx)
			if err != nil {
				return err
			}
			if _, err := w.Mint(ctx, recipient, n); err != nil {
				return err
			}
			bal, err := w.Balance(ctx, recipient)
			if err != nil {
				return err
			}
			a.say("Minted %s FST to %s; it now holds %s FST", market.FormatFST(n), recipient.Hex(), market.FormatFST(bal))
			return nil
		},
	}
	faucet.Flags().StringVar(&amount, "amount", "1000", "FST to mint")
	faucet.Flags().StringVar(&to, "to", "", "recipient (default: the chosen account)")
	cmd.AddCommand(faucet)
	return cmd
}

// faucetClient sends as the chosen account when it may mint, else as development account 0,
// the devnet's faucet.
func (a *app) faucetClient(ctx context.Context) (*market.Client, error) {
	r, err := a.reader(ctx)
	if err != nil {
		return nil, err
	}
	if s, err := a.signer(ctx); err == nil {
		if ok, err := r.IsMinter(ctx, s.Address); err == nil && ok {
			return a.writer(ctx)
		}
	}
	faucet := keys.FromKey(keys.DevKey(0), a.conn.ChainID())
	if ok, err := r.IsMinter(ctx, faucet.Address); err != nil || !ok {
		return nil, fmt.Errorf("neither your account nor the devnet faucet %s may mint FST on this deployment: use the account that deployed it (--account)", faucet.Address.Hex())
	}
	saved := a.g
	a.g.devAccount, a.g.privateKey, a.g.account = 0, "", ""
	defer func() { a.g = saved }()
	return a.writer(ctx)
}
