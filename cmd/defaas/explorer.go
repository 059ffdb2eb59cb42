package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/devnet"
	"github.com/defaas/defaas/explorer"
)

func (a *app) explorerCmd() *cobra.Command {
	var listen string
	cmd := &cobra.Command{
		Use:   "explorer",
		Short: "Serve a live web page of the market: orders, auctions, leases, committees, verdicts, FST",
		Long: `Follows the market of the manifest on the chain at --rpc (live over ws:// or wss://, polling
over http(s)://) from its deployment block, and serves a read-only web page of it on --listen:
the levels and their prices, open auctions, every order's timeline from creation to payout,
accounts, providers and witnesses. The same data is served as JSON under /api/ (see the
README). It listens on loopback unless told otherwise. Ctrl-C stops it.`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			ctx := c.Context()
			if _, err := a.reader(ctx); err != nil {
				return err
			}
			m, err := a.loadManifest()
			if err != nil {
				return err
			}
			ex, err := a.startExplorer(ctx, a.conn, m, listen)
			if err != nil {
				return err
			}
			a.say("Explorer at %s, following chain %d at %s. Ctrl-C stops it.", ex.URL(), m.ChainID, a.rpcURL())
			select {
			case <-ctx.Done():
			case <-ex.Done():
			}
			if err := ex.Close(); err != nil {
				return fmt.Errorf("explorer: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&listen, "listen", explorer.DefaultListen, "host:port to serve the explorer on (loopback unless you say otherwise; it is read-only)")
	return cmd
}

// startExplorer serves the explorer of the deployment m on conn; its log lines go to stderr.
func (a *app) startExplorer(ctx context.Context, conn *chain.Conn, m contracts.Manifest, listen string) (*explorer.Explorer, error) {
	if host, _, err := net.SplitHostPort(listen); err != nil {
		return nil, usageError{fmt.Errorf("--listen %q is not host:port, such as 127.0.0.1:8080", listen)}
	} else if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		a.say("note: the explorer listens on %s, which other machines may reach; it is read-only", listen)
	}
	ex, err := explorer.Start(ctx, explorer.Config{Conn: conn, Manifest: m, Listen: listen,
		Logger: slog.New(slog.NewTextHandler(a.env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if errors.Is(err, explorer.ErrListen) {
		return nil, fmt.Errorf("%w: pass --listen with a free port (port 0 picks one)", err)
	}
	return ex, err
}

// devnetExplorer serves the explorer of a devnet started in this process.
func (a *app) devnetExplorer(ctx context.Context, d *devnet.Devnet, listen string) (*explorer.Explorer, error) {
	conn, err := chain.NewConn(d.Client())
	if err != nil {
		return nil, err
	}
	ex, err := a.startExplorer(ctx, conn, d.Manifest(), listen)
	if err != nil {
		return nil, err
	}
	a.say("Explorer at %s", ex.URL())
	return ex, nil
}
