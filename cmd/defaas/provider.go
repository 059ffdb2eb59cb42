package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
)

// providerView is what `provider show` prints: the chain's record of a provider and, from the
// status its daemon keeps in its data directory on this machine, the orders it skipped.
type providerView struct {
	market.Provider
	SkippedForStake *provider.SkippedForStake `json:"skippedForStake,omitempty"`
}

// showProvider prints a provider's record after a staking command.
func (a *app) showProvider(ctx context.Context, r *market.Client, addr common.Address) error {
	return a.showProviderDaemon(ctx, r, addr, "")
}

// showProviderDaemon prints a provider's record and, when dataDir holds the status of a
// daemon of the same account, the orders it skipped for lack of free stake.
func (a *app) showProviderDaemon(ctx context.Context, r *market.Client, addr common.Address, dataDir string) error {
	p, err := r.Provider(ctx, addr)
	if err != nil {
		return err
	}
	v := providerView{Provider: p}
	if dataDir != "" {
		st, err := provider.ReadStatus(dataDir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			fmt.Fprintf(a.env.Stderr, "The provider daemon's status was not read: %v\n", err)
		case st.Provider == addr:
			v.SkippedForStake = st.SkippedForStake
		}
	}
	return a.show(v, func(w io.Writer) {
		row(w, "provider", addr.Hex())
		row(w, "registered", p.Registered)
		row(w, "stake", fstOrDash(p.Stake))
		row(w, "locked", fstOrDash(p.Locked))
		if p.Locked.Sign() > 0 && p.LastLockOrder != 0 {
			row(w, "latest order locking stake", p.LastLockOrder)
		}
		if !p.ExitAt.IsZero() {
			row(w, "exit requested", p.ExitAt.Format("2006-01-02T15:04:05Z07:00"))
		}
		if s := v.SkippedForStake; s != nil {
			orders := "orders"
			if s.Orders == 1 {
				orders = "order"
			}
			row(w, "skipped", fmt.Sprintf("%d %s: free stake %s FST, needed %s FST (order %d, %s); stake %s FST more: defaas provider stake %s",
				s.Orders, orders, market.FormatFST(s.Free), market.FormatFST(s.Needed), s.LatestOrder, s.At.Format(time.RFC3339),
				market.FormatFST(s.Missing()), market.FormatFST(s.Missing())))
		}
	})
}

// txStep is a command that sends one transaction from the chosen account and then shows
// something.
func (a *app) txStep(use, short string, args cobra.PositionalArgs, do func(ctx context.Context, w *market.Client, args []string) error) *cobra.Command {
	return &cobra.Command{
		Use: use, Short: short, Args: args,
		RunE: func(c *cobra.Command, args []string) error {
			w, err := a.writer(c.Context())
			if err != nil {
				return err
			}
			return do(c.Context(), w, args)
		},
	}
}

func (a *app) providerCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "provider", Short: "Stake, bid and publish as a provider"}

	var stake, metadata string
	register := a.txStep("register", "Register as a provider, staking FST", exactArgs(0, "no arguments: use --stake"),
		func(ctx context.Context, w *market.Client, _ []string) error {
			amount, err := fstFlag("stake", stake)
			if err != nil {
				return err
			}
			if _, err := w.RegisterProvider(ctx, amount, metadata); err != nil {
				return err
			}
			a.say("Registered provider %s with %s FST staked", w.Account().Hex(), market.FormatFST(amount))
			return a.showProvider(ctx, w, w.Account())
		})
	register.Flags().StringVar(&stake, "stake", "", "FST to stake (at least the minimum, see `defaas params`)")
	register.Flags().StringVar(&metadata, "metadata", "", "URI describing the provider")
	register.MarkFlagRequired("stake")
	cmd.AddCommand(register)

	cmd.AddCommand(a.txStep("stake AMOUNT", "Add FST to the provider's stake", exactArgs(1, "the amount of FST"),
		func(ctx context.Context, w *market.Client, args []string) error {
			amount, err := fstFlag("amount", args[0])
			if err != nil {
				return err
			}
			if _, err := w.AddProviderStake(ctx, amount); err != nil {
				return err
			}
			return a.showProvider(ctx, w, w.Account())
		}))
	cmd.AddCommand(a.txStep("exit", "Stop bidding; the stake can be withdrawn after the cooldown", exactArgs(0, "no arguments"),
		func(ctx context.Context, w *market.Client, _ []string) error {
			if _, err := w.RequestProviderExit(ctx); err != nil {
				return err
			}
			return a.showProvider(ctx, w, w.Account())
		}))
	cmd.AddCommand(a.txStep("withdraw", "Withdraw the whole stake after exit and cooldown", exactArgs(0, "no arguments"),
		func(ctx context.Context, w *market.Client, _ []string) error {
			before, err := w.Provider(ctx, w.Account())
			if err != nil {
				return err
			}
			if _, err := w.WithdrawProviderStake(ctx); err != nil {
				return err
			}
			a.say("Withdrew %s FST", market.FormatFST(before.Stake))
			return a.showProvider(ctx, w, w.Account())
		}))
	var dataDir string
	show := &cobra.Command{
		Use: "show [ADDRESS]", Short: "Show a provider's stake (default: the chosen account) and what its daemon skipped",
		Long: `Shows a provider's stake from the chain and, when the provider daemon of that account runs
(or ran) on this machine with data directory --data-dir, the orders it did not bid on because its
free stake did not cover the bid ("skipped 3 orders: free stake 100 FST, needed 150 FST"): the
daemon keeps them in its store and writes them to status.json there.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			addr, err := a.addressArg(c.Context(), args)
			if err != nil {
				return err
			}
			r, err := a.reader(c.Context())
			if err != nil {
				return err
			}
			if dataDir == "" {
				dataDir = a.home("provider")
			}
			return a.showProviderDaemon(c.Context(), r, addr, dataDir)
		},
	}
	show.Flags().StringVar(&dataDir, "data-dir", "", "the provider daemon's state directory (its data_dir; default $DEFAAS_HOME/provider)")
	cmd.AddCommand(show)
	cmd.AddCommand(a.txStep("bid ID PRICE", "Place an open bid on an order (price per billing unit, FST)", exactArgs(2, "an order id and a unit price"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := orderID(args[:1])
			if err != nil {
				return err
			}
			price, err := fstFlag("price", args[1])
			if err != nil {
				return err
			}
			if _, err := w.Bid(ctx, id, price); err != nil {
				return err
			}
			a.say("Bid %s FST on order %d", market.FormatFST(price), id)
			return nil
		}))
	cmd.AddCommand(a.txStep("commit-bid ID PRICE", "Commit to a sealed bid; the salt is saved locally for the reveal", exactArgs(2, "an order id and a unit price"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := orderID(args[:1])
			if err != nil {
				return err
			}
			price, err := fstFlag("price", args[1])
			if err != nil {
				return err
			}
			salt, err := randomHash()
			if err != nil {
				return err
			}
			path := a.secretPath("bid", w.Manifest().ChainID, id, w.Account())
			if err := saveSecret(path, sealedBidSecret{UnitPrice: price.String(), Salt: salt}); err != nil {
				return err
			}
			if _, err := w.CommitBid(ctx, id, price, salt); err != nil {
				return err
			}
			a.say("Committed a sealed bid on order %d; salt saved in %s; reveal with `defaas provider reveal-bid %d`", id, path, id)
			return nil
		}))
	cmd.AddCommand(a.txStep("reveal-bid ID", "Reveal the sealed bid committed from this machine", exactArgs(1, "an order id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := orderID(args)
			if err != nil {
				return err
			}
			var s sealedBidSecret
			if err := loadSecret(a.secretPath("bid", w.Manifest().ChainID, id, w.Account()), &s, "commit with `defaas provider commit-bid` from this machine first"); err != nil {
				return err
			}
			price, ok := new(big.Int).SetString(s.UnitPrice, 10)
			if !ok {
				return fmt.Errorf("saved sealed bid has a bad price %q", s.UnitPrice)
			}
			if _, err := w.RevealBid(ctx, id, price, s.Salt); err != nil {
				return err
			}
			a.say("Revealed %s FST on order %d", market.FormatFST(price), id)
			return nil
		}))
	var endpoint, access string
	publish := a.txStep("publish ID", "Publish the deployment's endpoint (the winning provider)", exactArgs(1, "an order id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := orderID(args)
			if err != nil {
				return err
			}
			var info []byte
			if access != "" {
				if info, err = hexutil.Decode(access); err != nil {
					return usageError{fmt.Errorf("--access-info must be 0x-prefixed hex: %w", err)}
				}
			}
			if endpoint == "" {
				return usageError{fmt.Errorf("--endpoint is required: the base URL the customer and witnesses call")}
			}
			var rc *types.Receipt
			if rc, err = w.PublishDeployment(ctx, id, endpoint, info); err != nil {
				return err
			}
			a.say("Published %s for order %d in block %d", endpoint, id, rc.BlockNumber)
			return nil
		})
	cmd.AddCommand(a.txStep("confirm ID", "Confirm that the provider holds and serves the module the customer committed: the service starts (the winner)", exactArgs(1, "an order id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := orderID(args)
			if err != nil {
				return err
			}
			l, err := w.Lease(ctx, id)
			if err != nil {
				return err
			}
			rc, err := w.ConfirmDeployment(ctx, id)
			if err != nil {
				return err
			}
			if l, err = w.Lease(ctx, id); err != nil {
				return err
			}
			a.say("Confirmed module sha256 %s for order %d in block %d: the service runs until %s; segment 0's committee is requested",
				l.ModuleHash.Hex(), id, rc.BlockNumber, l.ServiceEnd.Format(time.RFC3339))
			return nil
		}))
	publish.Flags().StringVar(&endpoint, "endpoint", "", "base URL of the provider's API for this order")
	publish.Flags().StringVar(&access, "access-info", "", "opaque access information, hex (encrypt secrets to the customer)")
	cmd.AddCommand(publish)
	cmd.AddCommand(a.providerRunCmd())
	return cmd
}

// addressArg is the address given, or the chosen account's.
func (a *app) addressArg(ctx context.Context, args []string) (common.Address, error) {
	if len(args) == 1 {
		if !common.IsHexAddress(args[0]) {
			return common.Address{}, usageError{fmt.Errorf("%q is not an address", args[0])}
		}
		return common.HexToAddress(args[0]), nil
	}
	s, err := a.signer(ctx)
	if err != nil {
		return common.Address{}, err
	}
	return s.Address, nil
}
