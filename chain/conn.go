package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is what this package needs from a node. Both *ethclient.Client (any RPC URL, or
// the embedded devnet's in-process client) and the simulated backend's client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.PendingStateReader
	ethereum.TransactionReader
	ethereum.LogFilterer
}

var _ Backend = (*ethclient.Client)(nil)

// Conn is a connection to one chain: a Backend and the chain id it answered with.
type Conn struct {
	backend Backend
	chainID *big.Int
	url     string
	close   func()
}

// Dial connects to the node at url: http(s)://, ws(s):// or an IPC path. It asks the node for
// its chain id, so an unreachable node fails here rather than at the first transaction.
// Dropped connections are re-dialled by the RPC client on the next request.
func Dial(ctx context.Context, url string) (*Conn, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, unreachable(url, err)
	}
	client := ethclient.NewClient(c)
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, unreachable(url, err)
	}
	return &Conn{backend: client, chainID: id, url: url, close: client.Close}, nil
}

func unreachable(url string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return fmt.Errorf("no RPC answering at %s in time: is the node running and the URL right? (%v)", url, err)
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		return fmt.Errorf("%s is not an Ethereum JSON-RPC endpoint: %v", url, err)
	}
	if strings.Contains(err.Error(), "no known transport") {
		return fmt.Errorf("cannot dial %q: use an http://, https://, ws://, wss:// URL or an IPC path", url)
	}
	return fmt.Errorf("no RPC answering at %s: is the node running? (%v)", url, err)
}

// NewConn wraps a client the caller already holds: the simulated backend's client, or the
// embedded devnet's ethclient.NewClient(stack.Attach()). The caller keeps ownership of b:
// Close does not close it.
func NewConn(b Backend) (*Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	return &Conn{backend: b, chainID: id, url: "in-process"}, nil
}

// Backend is the node this connection talks to.
func (c *Conn) Backend() Backend { return c.backend }

// ChainID is the id the node reported when the connection was made.
func (c *Conn) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// URL is the address dialled, or "in-process" for a wrapped client.
func (c *Conn) URL() string { return c.url }

// Close releases a dialled connection; it does nothing for a wrapped client.
func (c *Conn) Close() {
	if c.close != nil {
		c.close()
	}
}
