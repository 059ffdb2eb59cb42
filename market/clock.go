package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// HeadReader reads the chain's latest block header: an ethclient, the chain layer's backend.
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Head is a block as the clock sees it: its number, and its time, which is the chain's time.
type Head struct {
	Number uint64    `json:"number"`
	Time   time.Time `json:"time"`
}

// Clock is the chain's clock: the time of the latest block. Every deadline of the protocol is
// judged by it, never by the local clock, which may be off and which the contracts never see.
// It never goes back, even when a node behind a load balancer answers with an older head.
type Clock struct {
	r HeadReader

	mu   sync.Mutex
	head Head
	read time.Time // local time of the last answer from the node
}

// NewClock is the clock of the chain r reads.
func NewClock(r HeadReader) *Clock { return &Clock{r: r} }

// Read asks the node for its latest block and returns the clock's head.
func (c *Clock) Read(ctx context.Context) (Head, error) {
	h, err := c.r.HeaderByNumber(ctx, nil)
	if err != nil {
		return c.Head(), fmt.Errorf("read the chain's latest block: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if n := h.Number.Uint64(); n >= c.head.Number {
		c.head = Head{Number: n, Time: time.Unix(int64(h.Time), 0).UTC()}
	}
	c.read = time.Now()
	return c.head, nil
}

// Head is the latest head read, without asking the node; zero before the first Read.
func (c *Clock) Head() Head {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.head
}

// Now is the chain's time at the latest head read.
func (c *Clock) Now() time.Time { return c.Head().Time }

// Fresh is nil while the node answered within limit; it says since when it has not otherwise.
// Daemons report it on /healthz.
func (c *Clock) Fresh(limit time.Duration) error {
	c.mu.Lock()
	read := c.read
	c.mu.Unlock()
	if read.IsZero() {
		return errors.New("no block read from the chain yet")
	}
	if age := time.Since(read); age > limit {
		return fmt.Errorf("no block read from the chain for %s", age.Round(time.Second))
	}
	return nil
}
