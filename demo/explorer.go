package demo

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/defaas/defaas/explorer"
)

// startExplorer serves the explorer of the demo's market, its accounts named by their roles,
// until the demo ends. When the default address is taken it serves on a free port instead:
// the URL is printed either way.
func (w *world) startExplorer(ctx context.Context, logs *slog.Logger) (stop func(), err error) {
	if !w.o.Explorer {
		return func() {}, nil
	}
	cfg := explorer.Config{Conn: w.conn, Manifest: w.m, Listen: w.o.ExplorerListen, Names: w.names,
		PollInterval: 200 * time.Millisecond, Logger: logs}
	ex, err := explorer.Start(ctx, cfg)
	if errors.Is(err, explorer.ErrListen) && (cfg.Listen == "" || cfg.Listen == explorer.DefaultListen) {
		cfg.Listen = "127.0.0.1:0"
		ex, err = explorer.Start(ctx, cfg)
	}
	if err != nil {
		return nil, err
	}
	w.say("explorer: watch the market live at %s", ex.URL())
	return func() { ex.Close() }, nil
}
