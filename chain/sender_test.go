package chain_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
)

func TestSender_ConcurrentSendsUseEveryNonceOnce(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts, chain.WithPollInterval(2*time.Millisecond))
	first, err := c.sim.Client().PendingNonceAt(context.Background(), s.Address())
	if err != nil {
		t.Fatal(err)
	}
	stop := c.mine(2 * time.Millisecond)
	defer stop()

	const workers, each = 8, 15
	var (
		mu  sync.Mutex
		txs []*types.Transaction
		wg  sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				tx, err := s.Send(context.Background(), d.Token, contracts.NewFaaSToken().PackTransfer(c.accs[1].addr, big.NewInt(1)), nil)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				txs = append(txs, tx)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	seen := map[uint64]bool{}
	for _, tx := range txs {
		if seen[tx.Nonce()] {
			t.Fatalf("nonce %d used twice", tx.Nonce())
		}
		seen[tx.Nonce()] = true
		if _, err := s.Wait(context.Background(), tx); err != nil {
			t.Fatal(err)
		}
	}
	for n := first; n < first+workers*each; n++ {
		if !seen[n] {
			t.Fatalf("nonce %d skipped", n)
		}
	}
	bal := call(t, s, d.Token, contracts.NewFaaSToken().PackBalanceOf(c.accs[1].addr))
	if got, _ := contracts.NewFaaSToken().UnpackBalanceOf(bal); got.Int64() != workers*each {
		t.Fatalf("recipient holds %s FST-wei, want %d", got, workers*each)
	}
}

func call(t *testing.T, s *chain.Sender, to [20]byte, data []byte) []byte {
	t.Helper()
	out, err := s.Call(context.Background(), to, data)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSender_RevertAtEstimationIsDecodedAndTakesNoNonce(t *testing.T) {
	c := newTestChain(t, 3, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[1].opts, chain.WithPollInterval(2*time.Millisecond))

	_, err := s.Send(context.Background(), d.Token, contracts.NewFaaSToken().PackTransfer(c.accs[2].addr, big.NewInt(5)), nil)
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "ERC20InsufficientBalance" {
		t.Fatalf("got %v, want a decoded ERC20InsufficientBalance", err)
	}
	if !strings.Contains(err.Error(), "faaSToken: ERC20InsufficientBalance(sender="+c.accs[1].addr.Hex()+", balance=0, needed=5)") {
		t.Fatalf("error does not read as the contract's error: %v", err)
	}

	tx, err := s.Send(context.Background(), c.accs[2].addr, nil, big.NewInt(1e18))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 0 {
		t.Fatalf("first transaction after a failed estimate has nonce %d, want 0", tx.Nonce())
	}
}

func TestSender_WaitRecoversTheRevertReasonOfAMinedFailure(t *testing.T) {
	c := newTestChain(t, 3, chainOpt{})
	d := c.deploy()
	opts := *c.accs[1].opts
	opts.GasLimit = 100_000 // skip estimation, which would refuse the call
	s := chain.NewSender(c.conn, &opts, chain.WithPollInterval(2*time.Millisecond))
	stop := c.mine(2 * time.Millisecond)
	defer stop()

	r, err := s.SendAndWait(context.Background(), d.Token, contracts.NewFaaSToken().PackTransfer(c.accs[2].addr, big.NewInt(7)))
	var rev *chain.RevertedError
	if !errors.As(err, &rev) {
		t.Fatalf("got %v, want a RevertedError", err)
	}
	if r == nil || r.Status != types.ReceiptStatusFailed || rev.Block != r.BlockNumber.Uint64() {
		t.Fatalf("receipt %+v does not match the error %v", r, rev)
	}
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "ERC20InsufficientBalance" {
		t.Fatalf("reason %v, want ERC20InsufficientBalance", err)
	}
}

func TestSender_ResyncsWhenTheNonceWasTakenElsewhere(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	s := chain.NewSender(c.conn, c.accs[0].opts, chain.WithPollInterval(2*time.Millisecond))
	stop := c.mine(2 * time.Millisecond)
	defer stop()
	ctx := context.Background()
	if _, err := s.SendAndWait(ctx, c.accs[1].addr, nil); err != nil {
		t.Fatal(err)
	}

	// Another program spends the next nonce with the same key.
	nonce, err := c.sim.Client().PendingNonceAt(ctx, c.accs[0].addr)
	if err != nil {
		t.Fatal(err)
	}
	to := c.accs[1].addr
	other, err := c.accs[0].opts.Signer(c.accs[0].addr, types.NewTx(&types.DynamicFeeTx{
		ChainID: c.conn.ChainID(), Nonce: nonce, To: &to, Gas: 21_000,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
	}))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.sim.Client().SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Wait(ctx, other); err != nil {
		t.Fatal(err)
	}

	tx, err := s.Send(ctx, c.accs[1].addr, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != other.Nonce()+1 {
		t.Fatalf("nonce %d after the other program used %d", tx.Nonce(), other.Nonce())
	}
	if _, err := s.Wait(ctx, tx); err != nil {
		t.Fatal(err)
	}
}

func TestSender_FailedSendLeavesNoNonceGap(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	opts := *c.accs[0].opts
	opts.GasLimit = 21_000
	s := chain.NewSender(c.conn, &opts, chain.WithPollInterval(2*time.Millisecond))
	ctx := context.Background()

	tooMuch := new(big.Int).Mul(big.NewInt(2_000_000), big.NewInt(1e18))
	if _, err := s.Send(ctx, c.accs[1].addr, nil, tooMuch); err == nil || !strings.Contains(err.Error(), "insufficient funds") {
		t.Fatalf("sending more than the balance: got %v, want insufficient funds", err)
	}
	tx, err := s.Send(ctx, c.accs[1].addr, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 0 {
		t.Fatalf("nonce %d after a refused send, want 0", tx.Nonce())
	}
	c.sim.Commit()
	if _, err := s.Wait(ctx, tx); err != nil {
		t.Fatal(err)
	}
}

func TestSender_WaitGivesUpAfterTheTimeout(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	s := chain.NewSender(c.conn, c.accs[0].opts, chain.WithPollInterval(2*time.Millisecond), chain.WithWaitTimeout(50*time.Millisecond))
	tx, err := s.Send(context.Background(), c.accs[1].addr, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Wait(context.Background(), tx) // nobody mines
	if err == nil || !strings.Contains(err.Error(), "not mined within 50ms") {
		t.Fatalf("got %v, want a timeout", err)
	}
}

func TestSender_CallDecodesReverts(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[1].opts)
	_, err := s.Call(context.Background(), d.Token, contracts.NewFaaSToken().PackTransferFrom(c.accs[0].addr, c.accs[1].addr, big.NewInt(1)))
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "ERC20InsufficientAllowance" {
		t.Fatalf("got %v, want ERC20InsufficientAllowance", err)
	}
}

func TestSender_ReusesTheNonceOfATransactionTheNodeDropped(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	s := chain.NewSender(c.conn, c.accs[0].opts, chain.WithPollInterval(2*time.Millisecond), chain.WithWaitTimeout(50*time.Millisecond))
	ctx := context.Background()
	lost, err := s.Send(ctx, c.accs[1].addr, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	c.sim.Rollback() // the pool forgets it
	if _, err := s.Wait(ctx, lost); err == nil {
		t.Fatal("a dropped transaction was mined")
	}
	tx, err := s.Send(ctx, c.accs[1].addr, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != lost.Nonce() {
		t.Fatalf("nonce %d after the node dropped nonce %d: a gap nothing will fill", tx.Nonce(), lost.Nonce())
	}
	c.sim.Commit()
	if _, err := s.Wait(ctx, tx); err != nil {
		t.Fatal(err)
	}
}

// A chain that went back took a mined transaction with it: after Resync the next transaction
// takes its nonce again instead of one nothing will ever fill.
func TestSender_ResyncTakesTheNonceOfATransactionThatLeftTheChain(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	s := chain.NewSender(c.conn, c.accs[0].opts, chain.WithPollInterval(2*time.Millisecond))
	ctx := context.Background()
	parent, err := c.sim.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	gone, err := s.Send(ctx, c.accs[1].addr, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	c.sim.Commit()
	if _, err := s.Wait(ctx, gone); err != nil {
		t.Fatal(err)
	}
	for range 70 { // deeper than the transaction pool takes transactions back
		c.sim.Commit()
	}
	if err := c.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	s.Resync()
	tx, err := s.Send(ctx, c.accs[1].addr, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != gone.Nonce() {
		t.Fatalf("nonce %d after the chain dropped nonce %d: a gap nothing will fill", tx.Nonce(), gone.Nonce())
	}
	c.sim.Commit()
	if _, err := s.Wait(ctx, tx); err != nil {
		t.Fatal(err)
	}
}
