package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
)

// Sender sends transactions from one account. It keeps the account's nonce itself, so any
// number of goroutines may send at once without two transactions sharing a nonce; it must be
// the only sender for its account in the process (another process sending from the same
// account is survived by resynchronising, at the cost of one retry).
type Sender struct {
	conn      *Conn
	opts      *bind.TransactOpts
	signer    types.Signer
	poll      time.Duration
	timeout   time.Duration
	gasMargin uint64

	mu     sync.Mutex // guards nonce and synced, and is held across signing and sending
	nonce  uint64
	synced bool
}

// SenderOption changes a Sender's defaults.
type SenderOption func(*Sender)

// WithPollInterval sets how often Wait asks for a receipt (default 250 ms).
func WithPollInterval(d time.Duration) SenderOption { return func(s *Sender) { s.poll = d } }

// WithWaitTimeout sets how long Wait waits for a transaction to be mined (default 2 minutes).
func WithWaitTimeout(d time.Duration) SenderOption { return func(s *Sender) { s.timeout = d } }

// WithGasMargin sets the percentage added to the estimated gas (default 20): estimates are
// taken against the latest block, and the state may have moved by the time the
// transaction runs.
func WithGasMargin(percent uint64) SenderOption { return func(s *Sender) { s.gasMargin = percent } }

// NewSender sends from opts.From, signing with opts.Signer (bind.NewKeyStoreTransactor for
// keystore accounts, bind.NewKeyedTransactor for raw keys). Of the other fields, GasLimit,
// GasPrice, GasFeeCap, GasTipCap and AccessList are used when set, and estimated or
// suggested when not; Nonce, Value, Context and NoSend are ignored: the Sender keeps the
// nonce, and the value and context are arguments of Send.
func NewSender(conn *Conn, opts *bind.TransactOpts, options ...SenderOption) *Sender {
	s := &Sender{
		conn:      conn,
		opts:      opts,
		signer:    types.LatestSignerForChainID(conn.chainID),
		poll:      250 * time.Millisecond,
		timeout:   2 * time.Minute,
		gasMargin: 20,
	}
	for _, o := range options {
		o(s)
	}
	return s
}

// Resync makes the next Send read the account's nonce from the node again instead of
// counting on from its own: for a chain that went back, where transactions this Sender saw
// mined left the chain and their nonces are free again.
func (s *Sender) Resync() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.synced = false
}

// Address is the account the Sender sends from.
func (s *Sender) Address() common.Address { return s.opts.From }

// From is Address, under the name the market client's Transactor asks for.
func (s *Sender) From() common.Address { return s.opts.From }

// Conn is the connection the Sender sends through.
func (s *Sender) Conn() *Conn { return s.conn }

// Send signs and submits a transaction calling to with data and value (nil for none) and
// returns once the node has accepted it into its pool. A call that would revert fails here,
// at gas estimation, with the contract's error decoded (errors.As a *contracts.RevertError).
// Estimation runs against the latest block: a transaction that depends on another one
// still pending (an approve, say) should be sent after Wait on that one.
func (s *Sender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	b := s.conn.backend
	if s.opts.Signer == nil {
		return nil, fmt.Errorf("send to %s: the TransactOpts of %s have no Signer", to, s.opts.From)
	}
	if value == nil {
		value = new(big.Int)
	}
	gas := s.opts.GasLimit
	if gas == 0 {
		est, err := b.EstimateGas(ctx, ethereum.CallMsg{From: s.opts.From, To: &to, Data: data, Value: value, AccessList: s.opts.AccessList})
		if err != nil {
			return nil, fmt.Errorf("send to %s: %w", to, contracts.DecodeRevert(err))
		}
		gas = est + est*s.gasMargin/100
	}
	fees, err := s.fees(ctx)
	if err != nil {
		return nil, fmt.Errorf("send to %s: %w", to, err)
	}

	// The lock is held while sending so that transactions reach the node in nonce order and
	// a failure can be undone before anyone takes the next nonce: no gap is ever left.
	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if !s.synced {
			n, err := b.PendingNonceAt(ctx, s.opts.From)
			if err != nil {
				return nil, fmt.Errorf("send to %s: nonce of %s: %w", to, s.opts.From, err)
			}
			s.nonce, s.synced = n, true
		}
		tx, err := s.opts.Signer(s.opts.From, fees.tx(s.conn.chainID, s.nonce, to, gas, value, data, s.opts.AccessList))
		if err != nil {
			return nil, fmt.Errorf("send to %s: sign: %w", to, err)
		}
		err = b.SendTransaction(ctx, tx)
		if err == nil || isAlreadyKnown(err) {
			s.nonce++
			return tx, nil
		}
		// Whatever went wrong, the node's pending nonce is the truth from here on: the
		// transaction may or may not have reached the pool.
		s.synced = false
		if attempt == 0 && isNonceConflict(err) {
			continue
		}
		return nil, fmt.Errorf("send to %s with nonce %d: %w", to, tx.Nonce(), contracts.DecodeRevert(err))
	}
}

// isAlreadyKnown reports whether the node already holds this very transaction (same hash):
// an earlier attempt got through, which is success.
func isAlreadyKnown(err error) bool {
	return alreadyKnown.MatchString(err.Error())
}

// alreadyKnown is geth's "already known" and other clients' "known transaction", but not
// "unknown transaction".
var alreadyKnown = regexp.MustCompile(`(?i)already known|(^|[^a-z])known transaction`)

// isNonceConflict reports whether the node refused the transaction because its nonce is
// used already, by a mined transaction or another one in the pool.
func isNonceConflict(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"nonce too low", "replacement transaction underpriced", "oldnonce", "nonce has already been used"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

type fees struct {
	gasPrice, tipCap, feeCap *big.Int
}

// fees picks EIP-1559 fees (tip as suggested, cap at twice the base fee plus the tip, which
// survives six full blocks of base-fee rises) or a legacy gas price on chains without a
// base fee. Values set in the TransactOpts win.
func (s *Sender) fees(ctx context.Context) (fees, error) {
	b := s.conn.backend
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fees{}, fmt.Errorf("latest header: %w", err)
	}
	if head.BaseFee == nil {
		price := s.opts.GasPrice
		if price == nil {
			if price, err = b.SuggestGasPrice(ctx); err != nil {
				return fees{}, fmt.Errorf("suggest gas price: %w", err)
			}
		}
		return fees{gasPrice: price}, nil
	}
	tip := s.opts.GasTipCap
	if tip == nil {
		if tip, err = b.SuggestGasTipCap(ctx); err != nil {
			return fees{}, fmt.Errorf("suggest gas tip: %w", err)
		}
	}
	feeCap := s.opts.GasFeeCap
	if feeCap == nil {
		feeCap = new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	if feeCap.Cmp(tip) < 0 {
		return fees{}, fmt.Errorf("gas fee cap %s is below the tip %s", feeCap, tip)
	}
	return fees{tipCap: tip, feeCap: feeCap}, nil
}

func (f fees) tx(chainID *big.Int, nonce uint64, to common.Address, gas uint64, value *big.Int, data []byte, al types.AccessList) *types.Transaction {
	if f.gasPrice != nil {
		return types.NewTx(&types.LegacyTx{Nonce: nonce, To: &to, Gas: gas, GasPrice: f.gasPrice, Value: value, Data: data})
	}
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, To: &to, Gas: gas,
		GasTipCap: f.tipCap, GasFeeCap: f.feeCap, Value: value, Data: data, AccessList: al,
	})
}

// RevertedError is a transaction that was mined but failed. Reason is the contract's error
// recovered by replaying the call (errors.As a *contracts.RevertError), or a description of
// why no reason could be recovered.
type RevertedError struct {
	Tx      common.Hash
	To      common.Address
	Block   uint64
	Receipt *types.Receipt
	Reason  error
}

func (e *RevertedError) Error() string {
	return fmt.Sprintf("transaction %s to %s failed in block %d: %v", e.Tx.Hex(), e.To.Hex(), e.Block, e.Reason)
}

func (e *RevertedError) Unwrap() error { return e.Reason }

// Wait polls for tx's receipt until it is mined, the Sender's wait timeout passes or ctx
// ends. A failed transaction returns its receipt and a *RevertedError carrying the reason.
// RPC errors while polling are retried until the timeout: the node may come back. After a
// timeout the next Send takes its nonce from the node again, in case the node dropped tx.
func (s *Sender) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, s.timeout, fmt.Errorf("not mined within %s", s.timeout))
	defer cancel()
	t := time.NewTicker(s.poll)
	defer t.Stop()
	var lastErr error
	for {
		r, err := contracts.ReceiptAtHead(ctx, s.conn.backend, tx.Hash())
		if err == nil {
			if r.Status == types.ReceiptStatusSuccessful {
				return r, nil
			}
			return r, &RevertedError{Tx: tx.Hash(), To: recipient(tx), Block: r.BlockNumber.Uint64(), Receipt: r, Reason: s.replay(ctx, tx, r)}
		}
		if !errors.Is(err, ethereum.NotFound) {
			lastErr = err
		}
		select {
		case <-ctx.Done():
			// If the node dropped the transaction, later ones wait behind its nonce forever;
			// the node's pending nonce fills the gap at the next send.
			s.mu.Lock()
			s.synced = false
			s.mu.Unlock()
			err := context.Cause(ctx)
			if lastErr != nil {
				err = fmt.Errorf("%w (last error: %v)", err, lastErr)
			}
			return nil, fmt.Errorf("wait for transaction %s: %w", tx.Hash().Hex(), err)
		case <-t.C:
		}
	}
}

func recipient(tx *types.Transaction) common.Address {
	if tx.To() == nil {
		return common.Address{}
	}
	return *tx.To()
}

// replay runs tx again as a call on the state its block left behind, which reproduces the
// revert unless the transaction failed only because of state that was undone within the
// block or because it ran out of gas.
func (s *Sender) replay(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	from, err := types.Sender(s.signer, tx)
	if err != nil {
		return fmt.Errorf("reverted (sender unknown: %v)", err)
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList()}
	_, err = s.conn.backend.CallContract(ctx, msg, r.BlockNumber)
	if err == nil {
		if r.GasUsed >= tx.Gas() {
			return fmt.Errorf("out of gas (used all %d)", tx.Gas())
		}
		return fmt.Errorf("reverted, but a replay at block %d succeeds: the state it depended on changed within the block", r.BlockNumber)
	}
	return contracts.DecodeRevert(err)
}

// SendAndWait sends a call to to with data and waits for it to be mined successfully.
func (s *Sender) SendAndWait(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	tx, err := s.Send(ctx, to, data, nil)
	if err != nil {
		return nil, err
	}
	return s.Wait(ctx, tx)
}

// Call runs a read-only call to to from the Sender's account against the latest block,
// returning the contract's error decoded when it reverts.
func (s *Sender) Call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := s.conn.backend.CallContract(ctx, ethereum.CallMsg{From: s.opts.From, To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("call %s: %w", to, contracts.DecodeRevert(err))
	}
	return out, nil
}
