package provider_test

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/provider"
)

// childEnv, when set, makes the test binary run a provider daemon instead of the tests: the
// kill -9 test starts it as a child process and kills it. The daemon's settings come from
// DEFAAS_PROVIDER_* (as for `defaas provider run`), the chain from the variables below.
const (
	childEnv      = "DEFAAS_PROVIDER_TEST_CHILD" // the dev account to act as
	childRPC      = "DEFAAS_PROVIDER_TEST_RPC"
	childManifest = "DEFAAS_PROVIDER_TEST_MANIFEST"
	// childDie makes the child SIGKILL itself at the first bid "stored" (on disk, not sent)
	// or "sent" (handed to the node, not mined).
	childDie = "DEFAAS_PROVIDER_TEST_DIE"
)

func die() { syscall.Kill(os.Getpid(), syscall.SIGKILL) }

func runChild() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := child(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "provider child:", err)
		return 1
	}
	return 0
}

func child(ctx context.Context) error {
	account, err := strconv.Atoi(os.Getenv(childEnv))
	if err != nil {
		return err
	}
	cfg := provider.DefaultConfig()
	if err := daemon.ApplyEnv("DEFAAS_PROVIDER", &cfg); err != nil {
		return err
	}
	m, err := contracts.LoadManifest(os.Getenv(childManifest))
	if err != nil {
		return err
	}
	conn, err := chain.Dial(ctx, os.Getenv(childRPC))
	if err != nil {
		return err
	}
	defer conn.Close()
	log, err := daemon.NewLogger(os.Stderr, "text", "debug")
	if err != nil {
		return err
	}
	opts := provider.Options{Conn: conn, Manifest: m, Signer: keys.FromKey(keys.DevKey(account), conn.ChainID()),
		Logger: log, SenderOptions: []chain.SenderOption{chain.WithPollInterval(50 * time.Millisecond)}}
	switch os.Getenv(childDie) {
	case "stored":
		opts.OnBidStored = func(id uint64) { log.Info("dying with the bid stored, not sent", "order", id); die() }
	case "sent":
		opts.OnBidSent = func(id uint64, _ common.Hash) { log.Info("dying with the bid sent, not mined", "order", id); die() }
	}
	p, err := provider.New(ctx, cfg, opts)
	if err != nil {
		return err
	}
	defer p.Close()
	return p.Run(ctx)
}
