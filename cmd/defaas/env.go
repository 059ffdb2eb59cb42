package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
)

// Env is what commands need from the outside world; tests replace parts of it.
type Env struct {
	Stdout, Stderr io.Writer
	Stdin          *os.File
	// Dial connects to an RPC URL.
	Dial func(ctx context.Context, url string) (*chain.Conn, error)
	// Home is the default directory for the manifest, keystore and local state.
	Home string
	// Poll is how often waiting commands look at the chain.
	Poll time.Duration
	// SenderOptions tune the transaction sender (tests poll faster).
	SenderOptions []chain.SenderOption
}

func defaultEnv() *Env {
	home := os.Getenv("DEFAAS_HOME")
	if home == "" {
		if h, err := os.UserHomeDir(); err == nil {
			home = filepath.Join(h, ".defaas")
		} else {
			home = ".defaas"
		}
	}
	return &Env{Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin, Dial: chain.Dial, Home: home, Poll: time.Second}
}

// globals are the flags every command shares.
type globals struct {
	rpc          string
	manifestPath string
	keystore     string
	account      string
	passwordFile string
	devAccount   int
	privateKey   string
	json         bool
	timeout      time.Duration
}

// app is one invocation: the environment, the flags, and what was opened lazily.
type app struct {
	env *Env
	g   globals

	conn     *chain.Conn
	manifest *contracts.Manifest
}

// usageError marks errors in how the command was called.
type usageError struct{ error }

func run(ctx context.Context, env *Env, args []string) int {
	a := &app{env: env}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	err := root.ExecuteContext(ctx)
	if a.conn != nil {
		a.conn.Close()
	}
	if err == nil {
		return 0
	}
	fmt.Fprintln(env.Stderr, "defaas: "+oneLine(err))
	return 1
}

// oneLine is the error and, for a contract's refusal, what to do about it.
func oneLine(err error) string {
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	if h := market.Hint(err); h != "" {
		msg += ": " + h
	} else if strings.Contains(msg, "insufficient funds") {
		msg += ": the account has no ether (or too little) to pay for gas: send it some"
	}
	return msg
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "defaas",
		Short:         "DeFaaS: an open and fair Function-as-a-Service market on Ethereum",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	f := root.PersistentFlags()
	f.StringVar(&a.g.rpc, "rpc", os.Getenv("DEFAAS_RPC"), "JSON-RPC URL, http(s) or ws(s) (default: the manifest's, else http://127.0.0.1:8545; env DEFAAS_RPC)")
	f.StringVar(&a.g.manifestPath, "manifest", os.Getenv("DEFAAS_MANIFEST"), "deployment manifest (default: $DEFAAS_HOME/manifest.json; env DEFAAS_MANIFEST)")
	f.StringVar(&a.g.keystore, "keystore", "", "keystore directory (default: $DEFAAS_HOME/keystore)")
	f.StringVar(&a.g.account, "account", os.Getenv("DEFAAS_ACCOUNT"), "account to act as: address or number in `defaas account list` (env DEFAAS_ACCOUNT)")
	f.StringVar(&a.g.passwordFile, "password-file", "", "file holding the account's password (else $DEFAAS_PASSWORD, else a prompt)")
	f.IntVar(&a.g.devAccount, "dev-account", -1, "act as development account N of a devnet (public keys: development only)")
	f.StringVar(&a.g.privateKey, "private-key", os.Getenv("DEFAAS_PRIVATE_KEY"), "act with this raw private key, hex (env DEFAAS_PRIVATE_KEY; prefer a keystore account)")
	f.BoolVar(&a.g.json, "json", false, "print JSON instead of a table")
	f.DurationVar(&a.g.timeout, "timeout", 2*time.Minute, "how long to wait for a transaction to be mined")

	root.AddCommand(a.demoCmd(), a.accountCmd(), a.devnetCmd(), a.explorerCmd(), a.deployCmd(), a.levelsCmd(), a.paramsCmd(),
		a.orderCmd(), a.providerCmd(), a.witnessCmd(), a.workerCmd(), a.tokenCmd(), a.functionCmd(), a.decodeErrorCmd(), a.simCmd())
	return root
}

func (a *app) home(parts ...string) string {
	return filepath.Join(append([]string{a.env.Home}, parts...)...)
}

func (a *app) manifestFile() string {
	if a.g.manifestPath != "" {
		return a.g.manifestPath
	}
	return a.home("manifest.json")
}

func (a *app) keystoreDir() string {
	if a.g.keystore != "" {
		return a.g.keystore
	}
	return a.home("keystore")
}

// loadManifest reads the manifest once.
func (a *app) loadManifest() (contracts.Manifest, error) {
	if a.manifest != nil {
		return *a.manifest, nil
	}
	m, err := contracts.LoadManifest(a.manifestFile())
	if err != nil {
		return m, err
	}
	a.manifest = &m
	return m, nil
}

func (a *app) rpcURL() string {
	if a.g.rpc != "" {
		return a.g.rpc
	}
	if m, err := a.loadManifest(); err == nil && m.RPC != "" {
		return m.RPC
	}
	return "http://127.0.0.1:8545"
}

// dial connects once to the chain.
func (a *app) dial(ctx context.Context) (*chain.Conn, error) {
	if a.conn != nil {
		return a.conn, nil
	}
	c, err := a.env.Dial(ctx, a.rpcURL())
	if err != nil {
		return nil, err
	}
	a.conn = c
	return c, nil
}

// reader is a read-only client of the manifest's deployment on a chain that matches it.
func (a *app) reader(ctx context.Context) (*market.Client, error) {
	m, err := a.loadManifest()
	if err != nil {
		return nil, err
	}
	c, err := a.dial(ctx)
	if err != nil {
		return nil, err
	}
	if id := c.ChainID().Uint64(); id != m.ChainID {
		return nil, fmt.Errorf("the node at %s is chain %d but the manifest %s is for chain %d: pass the matching --rpc or --manifest", a.rpcURL(), id, a.manifestFile(), m.ChainID)
	}
	return market.New(c.Backend(), m, nil), nil
}

// writer is a client that sends from the chosen account.
func (a *app) writer(ctx context.Context) (*market.Client, error) {
	m, err := a.loadManifest()
	if err != nil {
		return nil, err
	}
	if _, err := a.reader(ctx); err != nil {
		return nil, err
	}
	tx, err := a.transactor(ctx)
	if err != nil {
		return nil, err
	}
	return market.New(a.conn.Backend(), m, tx), nil
}

// signer resolves the account to act as: --dev-account, --private-key or a keystore account.
func (a *app) signer(ctx context.Context) (*keys.Signer, error) {
	c, err := a.dial(ctx)
	if err != nil {
		return nil, err
	}
	chainID := c.ChainID()
	switch {
	case a.g.devAccount >= 0:
		if a.g.devAccount >= keys.DevAccounts {
			return nil, usageError{fmt.Errorf("--dev-account %d: a devnet has development accounts 0 to %d", a.g.devAccount, keys.DevAccounts-1)}
		}
		return keys.FromKey(keys.DevKey(a.g.devAccount), chainID), nil
	case a.g.privateKey != "":
		key, err := keys.ParseKey(a.g.privateKey)
		if err != nil {
			return nil, usageError{fmt.Errorf("--private-key: %w", err)}
		}
		return keys.FromKey(key, chainID), nil
	case a.g.account != "":
		store, err := keys.Open(a.keystoreDir())
		if err != nil {
			return nil, err
		}
		acc, err := store.Find(a.g.account)
		if err != nil {
			return nil, err
		}
		pw, err := keys.Password(a.g.passwordFile, fmt.Sprintf("Password for %s: ", acc.Address), false, a.env.Stdin, a.env.Stderr)
		if err != nil {
			return nil, err
		}
		return store.Unlock(acc, pw, chainID)
	}
	return nil, usageError{errors.New("no account to act as: pass --account (see `defaas account list`), or --dev-account N on a devnet")}
}

// transactor is the chosen account as a market.Transactor that also signs permits.
func (a *app) transactor(ctx context.Context) (market.Transactor, error) {
	s, err := a.signer(ctx)
	if err != nil {
		return nil, err
	}
	opts := append([]chain.SenderOption{chain.WithWaitTimeout(a.g.timeout)}, a.env.SenderOptions...)
	return market.WithPermits(chain.NewSender(a.conn, s.Opts, opts...), s.SignHash), nil
}
