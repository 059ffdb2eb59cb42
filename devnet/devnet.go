package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	// The call and prestate tracers, for debug_traceTransaction / cast run.
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/keys"
)

// Defaults, also what the command line shows.
const (
	DefaultChainID   = 1337
	DefaultBlockTime = time.Second
	DefaultAccounts  = keys.DevAccounts
	// DefaultHTTPPort and DefaultWSPort are the customary local node ports, for the command
	// line; a zero port in Config picks a free one.
	DefaultHTTPPort = 8545
	DefaultWSPort   = 8546
)

// What every dev account starts with, in whole units.
const (
	EtherPerAccount = 10_000
	FSTPerAccount   = 1_000_000
)

// minBlockTime keeps the sealer from spinning: below a second, BlockTime only says how soon
// transactions are mined (see sealer).
const minBlockTime = 10 * time.Millisecond

// genesisAge dates a new chain's genesis this far in the past: the seconds the deployment's
// blocks are stamped with (one each, see sealer), so that a new devnet is ready in
// milliseconds without its clock running ahead of the wall clock.
const genesisAge = 60 * time.Second

// rpcModules are the JSON-RPC namespaces served over HTTP and WebSocket. "debug" brings the
// tracers (debug_traceTransaction, cast run) along with go-ethereum's node debugging calls,
// which is fine on a loopback-only development node.
var rpcModules = []string{"eth", "net", "web3", "txpool", "debug"}

// ErrPortInUse is returned (wrapped) by Start when an RPC port is taken: "HTTP port 8545 is
// in use, …". A command line can match it to name its own flag.
var ErrPortInUse = errors.New("is in use")

// Config says how to run a devnet. The zero value is a usable in-memory devnet on free ports.
type Config struct {
	// ChainID of a new chain; DefaultChainID when zero. A resumed chain keeps its own, and
	// Start fails if a different non-zero ChainID is asked for.
	ChainID uint64
	// BlockTime is the time between blocks, which come whether or not there are transactions;
	// DefaultBlockTime when zero. Block timestamps are whole seconds on the wall clock, so
	// below one second empty blocks come once a second while transactions are still mined
	// within BlockTime (see the package documentation).
	BlockTime time.Duration
	// Accounts is how many dev accounts to fund; DefaultAccounts when zero. Fixed when the
	// chain is made: a resumed chain keeps its count, and Start fails if a different non-zero
	// count is asked for.
	Accounts int
	// HTTPPort and WSPort on 127.0.0.1; zero picks a free port. When both are zero, HTTP and
	// WebSocket share one port, as geth allows.
	HTTPPort int
	WSPort   int
	// DataDir keeps the chain across restarts; empty means in memory, gone on Close.
	DataDir string
	// ManifestPath, when set, is where the deployment manifest is written on every start.
	ManifestPath string
	// AllowedOrigins are the browser origins allowed by CORS and the WebSocket origin check;
	// nil allows pages served from localhost and 127.0.0.1 on any port. "*" allows all.
	AllowedOrigins []string
	// Logger receives the devnet's own messages (go-ethereum logs through its own root
	// logger); nil discards them.
	Logger *slog.Logger
}

// Devnet is a running development chain.
type Devnet struct {
	stack    *node.Node
	seal     *sealer
	client   *ethclient.Client
	chainID  uint64
	accounts []Account
	manifest contracts.Manifest
	httpURL  string
	wsURL    string
	resumed  bool

	closeOnce sync.Once
	closeErr  error
}

// Start runs a devnet: a go-ethereum node in this process with JSON-RPC on 127.0.0.1, a block
// every BlockTime, funded dev accounts and the DeFaaS contracts deployed with the dev preset.
// On a data directory that already holds a devnet it resumes that chain and its deployment.
// ctx bounds the start, including the first deployment; the devnet then runs until Close.
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	asked := cfg
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.BlockTime == 0 {
		cfg.BlockTime = DefaultBlockTime
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = DefaultAccounts
	}
	switch {
	case cfg.BlockTime < minBlockTime:
		return nil, fmt.Errorf("devnet: block time %s is below %s", cfg.BlockTime, minBlockTime)
	case cfg.Accounts < 0:
		return nil, fmt.Errorf("devnet: %d accounts is negative", cfg.Accounts)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}

	st := state{Version: stateVersion, ChainID: cfg.ChainID, Accounts: cfg.Accounts}
	resumed := false
	if cfg.DataDir != "" {
		dir, err := filepath.Abs(cfg.DataDir)
		if err != nil {
			return nil, fmt.Errorf("devnet: data directory %s: %w", cfg.DataDir, err)
		}
		cfg.DataDir = dir
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("devnet: create data directory: %w", err)
		}
		saved, ok, err := loadState(dir)
		if err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
		if ok && !chainExists(dir) {
			log.Warn("devnet: state without a chain in the data directory, starting a new chain", "dir", dir)
			ok = false
		}
		if ok {
			if asked.ChainID != 0 && asked.ChainID != saved.ChainID {
				return nil, fmt.Errorf("devnet: the chain in %s has chain id %d, not %d: leave the chain id unset or use another data directory", dir, saved.ChainID, asked.ChainID)
			}
			if asked.Accounts != 0 && asked.Accounts != saved.Accounts {
				return nil, fmt.Errorf("devnet: the chain in %s was made with %d dev accounts, not %d: leave the count unset or use another data directory", dir, saved.Accounts, asked.Accounts)
			}
			st, resumed = saved, true
		}
	}

	d := &Devnet{chainID: st.ChainID, accounts: DevAccounts(st.Accounts), resumed: resumed}
	faucet := d.accounts[0].Address

	stack, err := node.New(nodeConfig(cfg))
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, fmt.Errorf("devnet: data directory %s is in use by another devnet or node: stop it or use another data directory", cfg.DataDir)
		}
		return nil, fmt.Errorf("devnet: create node: %w", err)
	}
	ec := ethconfig.Defaults
	ec.NetworkId = st.ChainID
	ec.SyncMode = ethconfig.FullSync
	ec.EnablePreimageRecording = true // lets debug_ tracing show storage keys, as in geth --dev
	ec.Miner.GasPrice = big.NewInt(1) // any tip gets mined, as in geth --dev
	ec.Miner.PendingFeeRecipient = faucet
	// No log index, as in go-ethereum's simulated backend: eth_getLogs then reads block blooms
	// and receipts, quick at devnet sizes, whereas loading the index costs seconds at every
	// start (tens of seconds under the race detector).
	ec.LogNoHistory = true
	if cfg.DataDir != "" {
		// Every block's state goes to disk as the block is inserted: the hash scheme in archive
		// mode, which go-ethereum documents as "flush everything to disk". By default it keeps
		// the state of the last 128 blocks in memory and writes it out only on a clean stop,
		// so a devnet that was killed came back at its last flush. The sealer syncs each block
		// before it becomes the head. Without the state snapshot (an acceleration structure,
		// journaled on a clean stop only), nothing has to be rebuilt after a kill.
		ec.StateScheme = rawdb.HashScheme
		ec.NoPruning = true
		ec.SnapshotCache = 0
	}
	if !resumed {
		ec.Genesis = genesis(st.ChainID, d.accounts, time.Now().Add(-genesisAge))
	} // else the genesis and chain config stored in the database are used as they are.
	backend, err := eth.New(stack, &ec)
	if err != nil {
		stack.Close()
		var mismatch *core.GenesisMismatchError
		if errors.As(err, &mismatch) {
			return nil, fmt.Errorf("devnet: data directory %s holds a chain that is not a devnet's: use another data directory", cfg.DataDir)
		}
		return nil, fmt.Errorf("devnet: start the chain: %w", err)
	}
	// Log filters and subscriptions (eth_getLogs, eth_subscribe) and tracing are services of
	// their own in go-ethereum, registered the way cmd/geth does.
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize: ec.FilterLogCacheSize, LogQueryLimit: ec.LogQueryLimit, RangeLimit: ec.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	if err := recoverHead(backend); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: %w", err)
	}
	if resumed {
		head := backend.BlockChain().CurrentBlock()
		log.Info("devnet: resuming the chain", "dir", cfg.DataDir, "head", head.Number, "hash", head.Hash())
	}
	seal := newSealer(backend, cfg.BlockTime, faucet, cfg.DataDir != "", log)
	seal.bootstrapping.Store(st.Deployment == nil)
	stack.RegisterLifecycle(seal)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: %w", listenError(err, cfg))
	}
	// Nobody else is there to sync from: the node is as synced as it gets.
	backend.SetSynced()

	d.stack, d.seal = stack, seal
	d.client = ethclient.NewClient(stack.Attach())
	d.httpURL, d.wsURL = stack.HTTPEndpoint(), stack.WSEndpoint()
	fail := func(err error) (*Devnet, error) {
		d.Close()
		return nil, err
	}
	if cfg.DataDir != "" && !resumed {
		if err := st.save(cfg.DataDir); err != nil {
			return fail(fmt.Errorf("devnet: %w", err))
		}
	}
	if st.Deployment != nil {
		code, err := d.client.CodeAt(ctx, st.Deployment.Market, nil)
		if err != nil {
			return fail(fmt.Errorf("devnet: check the deployment: %w", err))
		}
		if len(code) == 0 {
			// The state file does not match the chain (edited, or copied from elsewhere).
			log.Warn("devnet: the chain has no contract where the state file says the market is, deploying again", "market", st.Deployment.Market)
			st.Deployment = nil
			seal.bootstrapping.Store(true)
		}
	}
	if st.Deployment == nil {
		m, err := d.bootstrap(ctx)
		seal.bootstrapping.Store(false)
		if err != nil {
			return fail(fmt.Errorf("devnet: %w", err))
		}
		st.Deployment = &m
		log.Info("devnet: contracts deployed", "token", m.Token, "market", m.Market, "witnessPool", m.WitnessPool, "block", m.DeploymentBlock)
		if cfg.DataDir != "" {
			// The deployment's blocks are on disk already (every block is synced before it is
			// the head), so the state file may point at them.
			if err := st.save(cfg.DataDir); err != nil {
				return fail(fmt.Errorf("devnet: %w", err))
			}
		}
	}
	d.manifest = *st.Deployment
	d.manifest.RPC, d.manifest.WS = d.httpURL, d.wsURL
	if cfg.ManifestPath != "" {
		if err := d.manifest.Save(cfg.ManifestPath); err != nil {
			return fail(fmt.Errorf("devnet: %w", err))
		}
	}
	log.Info("devnet: running", "http", d.httpURL, "ws", d.wsURL, "chainId", d.chainID, "resumed", resumed)
	return d, nil
}

// HTTPURL is the JSON-RPC endpoint over HTTP, e.g. http://127.0.0.1:8545.
func (d *Devnet) HTTPURL() string { return d.httpURL }

// WSURL is the JSON-RPC endpoint over WebSocket, e.g. ws://127.0.0.1:8546.
func (d *Devnet) WSURL() string { return d.wsURL }

// Client is connected to the node in process, without going through a socket. Close closes it.
func (d *Devnet) Client() *ethclient.Client { return d.client }

// ChainID is the chain's id.
func (d *Devnet) ChainID() uint64 { return d.chainID }

// Accounts are the funded dev accounts, account 0 first (deployer and faucet: it holds the
// token's admin and minter roles). Their keys are public: development only.
func (d *Devnet) Accounts() []Account { return append([]Account(nil), d.accounts...) }

// Manifest describes the deployment, with this run's RPC and WebSocket URLs.
func (d *Devnet) Manifest() contracts.Manifest { return d.manifest }

// Resumed reports whether Start reopened an existing chain rather than making a new one.
func (d *Devnet) Resumed() bool { return d.resumed }

// Close stops producing blocks, stops the node and, with a data directory, leaves the chain
// on disk for the next Start. It may be called more than once.
func (d *Devnet) Close() error {
	d.closeOnce.Do(func() {
		if d.client != nil {
			d.client.Close()
		}
		if d.stack != nil {
			d.closeErr = d.stack.Close()
		}
	})
	return d.closeErr
}

// nodeConfig is a node with RPC on loopback only and no peer-to-peer networking at all.
func nodeConfig(cfg Config) *node.Config {
	nc := node.DefaultConfig
	// "geth" makes the data directory look like geth's (<dir>/geth/chaindata).
	nc.Name = "geth"
	nc.DataDir = cfg.DataDir
	nc.IPCPath = ""
	nc.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	nc.HTTPHost, nc.HTTPPort = "127.0.0.1", cfg.HTTPPort
	nc.WSHost, nc.WSPort = "127.0.0.1", cfg.WSPort
	nc.HTTPModules, nc.WSModules = rpcModules, rpcModules
	// Requests addressed to an IP are always let through; "localhost" is the one name.
	nc.HTTPVirtualHosts = []string{"localhost"}
	nc.HTTPCors, nc.WSOrigins = cfg.AllowedOrigins, cfg.AllowedOrigins
	if cfg.AllowedOrigins == nil {
		// rs/cors takes one wildcard per origin; geth's WebSocket check matches host names.
		nc.HTTPCors = []string{
			"http://localhost", "http://localhost:*", "http://127.0.0.1", "http://127.0.0.1:*",
			"https://localhost", "https://localhost:*", "https://127.0.0.1", "https://127.0.0.1:*",
		}
		nc.WSOrigins = []string{"localhost", "127.0.0.1"}
	}
	return &nc
}

// genesis is a post-merge chain on the forks that run on Ethereum today (up to Osaka), with
// the dev accounts funded and the given clock. geth's dev mode also schedules forks still in
// development (Amsterdam's state-gas metering, EIP-8037, multiplies the gas of new storage);
// they are left out, so that gas measured here is gas paid on a real chain.
func genesis(chainID uint64, accounts []Account, at time.Time) *core.Genesis {
	g := core.DeveloperGenesisBlock(ethconfig.Defaults.Miner.GasCeil, nil)
	g.Config.ChainID = new(big.Int).SetUint64(chainID)
	g.Config.AmsterdamTime, g.Config.BogotaTime, g.Config.UBTTime = nil, nil, nil
	g.Timestamp = uint64(at.Unix())
	ether := new(big.Int).Mul(big.NewInt(EtherPerAccount), big.NewInt(params.Ether))
	for _, a := range accounts {
		g.Alloc[a.Address] = types.Account{Balance: new(big.Int).Set(ether)}
	}
	return g
}

// chainExists reports whether dir holds a chain database, where nodeConfig puts it.
func chainExists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "geth", "chaindata"))
	return err == nil
}

// listenError turns "bind: address already in use" into an error that says what to do.
func listenError(err error, cfg Config) error {
	if !errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("start the node: %w", err)
	}
	what := "an RPC port"
	var op *net.OpError
	if errors.As(err, &op) {
		if a, ok := op.Addr.(*net.TCPAddr); ok {
			switch a.Port {
			case cfg.HTTPPort:
				what = fmt.Sprintf("HTTP port %d", a.Port)
			case cfg.WSPort:
				what = fmt.Sprintf("WebSocket port %d", a.Port)
			default:
				what = fmt.Sprintf("port %d", a.Port)
			}
		}
	}
	return fmt.Errorf("%s %w, by another devnet or node perhaps: choose another port, or 0 for a free one", what, ErrPortInUse)
}
