package devnet

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/defaas/defaas/contracts"
)

// The kill -9 stories: a devnet on a data directory runs in a child process (this test
// binary, running TestDurabilityChild), makes FST transfers and is killed; the test starts a
// devnet on the same directory and compares the chain with what the child saw.

const (
	childDirEnv   = "DEVNET_DURABILITY_DIR"
	childStageEnv = "DEVNET_DURABILITY_STAGE" // "" for a kill while idle, else a sealStage
	childBlock    = 300 * time.Millisecond
)

// ledger is what a client saw of the chain: a block, and at that block the FST and ether of
// dev accounts 1 and 2 and the ether of account 0, which gets the fees.
type ledger struct {
	Market string      `json:"market,omitempty"`
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	FST    []*big.Int  `json:"fst"`
	Ether  []*big.Int  `json:"ether"`
}

func readLedger(ctx context.Context, c *ethclient.Client, token common.Address, number uint64) (ledger, error) {
	n := new(big.Int).SetUint64(number)
	h, err := c.HeaderByNumber(ctx, n)
	if err != nil {
		return ledger{}, fmt.Errorf("header %d: %w", number, err)
	}
	l := ledger{Number: number, Hash: h.Hash()}
	fst := contracts.NewFaaSToken()
	for _, a := range DevAccounts(3) {
		if a.Index > 0 {
			b, err := bind.Call(fst.Instance(c, token), &bind.CallOpts{BlockNumber: n, Context: ctx}, fst.PackBalanceOf(a.Address), fst.UnpackBalanceOf)
			if err != nil {
				return ledger{}, fmt.Errorf("FST of account %d at block %d: %w", a.Index, number, err)
			}
			l.FST = append(l.FST, b)
		}
		e, err := c.BalanceAt(ctx, a.Address, n)
		if err != nil {
			return ledger{}, fmt.Errorf("ether of account %d at block %d: %w", a.Index, number, err)
		}
		l.Ether = append(l.Ether, e)
	}
	return l, nil
}

func (l ledger) String() string {
	return fmt.Sprintf("block %d (%s): FST %v, ether %v", l.Number, l.Hash.Hex(), l.FST, l.Ether)
}

func (l ledger) sameBalances(o ledger) bool {
	same := func(a, b []*big.Int) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i].Cmp(b[i]) != 0 {
				return false
			}
		}
		return true
	}
	return same(l.FST, o.FST) && same(l.Ether, o.Ether)
}

// transferFST sends count transfers of 1 FST-wei from dev account 1 to account 2 at once
// (consecutive nonces, so they share blocks) and waits for them to be mined.
func transferFST(ctx context.Context, d *Devnet, count int) error {
	from, to := DevAccount(1), DevAccount(2)
	nonce, err := d.client.PendingNonceAt(ctx, from.Address)
	if err != nil {
		return err
	}
	fst := contracts.NewFaaSToken()
	var txs []*types.Transaction
	for i := range count {
		opts := from.Transactor(d.chainID)
		opts.Context, opts.Nonce = ctx, new(big.Int).SetUint64(nonce+uint64(i))
		tx, err := bind.Transact(fst.Instance(d.client, d.manifest.Token), opts, fst.PackTransfer(to.Address, big.NewInt(1)))
		if err != nil {
			return fmt.Errorf("transfer %d: %w", i, err)
		}
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		r, err := contracts.WaitMined(ctx, d.client, tx.Hash(), 10*time.Millisecond)
		if err != nil {
			return err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("transfer %s reverted", tx.Hash())
		}
	}
	return nil
}

// TestDurabilityChild is not a test: the kill -9 tests run it in a child process. It prints
// JSON lines "<what> <ledger>" on stdout.
func TestDurabilityChild(t *testing.T) {
	dir := os.Getenv(childDirEnv)
	if dir == "" {
		t.Skip("runs as the child of the kill -9 tests")
	}
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(2)
	}
	report := func(what string, l ledger) {
		b, _ := json.Marshal(l)
		fmt.Printf("%s %s\n", what, b) // os.Stdout is not buffered: the line is out before a kill
	}
	stage := os.Getenv(childStageEnv)
	armed := make(chan struct{})
	if stage != "" {
		// Kill this process at the given point of sealing the first block with a transaction
		// after the test arms it; say which block first when it is already visible.
		sealHook = func(s sealStage, b *types.Block) {
			select {
			case <-armed:
			default:
				return
			}
			if fmt.Sprint(int(s)) != stage || len(b.Transactions()) == 0 {
				return
			}
			fmt.Printf("killed %d %s\n", b.NumberU64(), b.Hash().Hex())
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {}
		}
	}
	ctx := context.Background()
	d, err := Start(ctx, Config{DataDir: dir, BlockTime: childBlock})
	if err != nil {
		fail(err)
	}
	token := d.manifest.Token
	if stage == "" {
		// Fifteen transfers in three rounds, then no more blocks: the head is what a kill
		// must keep.
		for range 3 {
			if err := transferFST(ctx, d, 5); err != nil {
				fail(err)
			}
		}
		d.seal.Stop()
		l, err := readLedger(ctx, d.client, token, d.seal.eth.BlockChain().CurrentBlock().Number.Uint64())
		if err != nil {
			fail(err)
		}
		l.Market = d.manifest.Market.Hex()
		report("head", l)
		select {}
	}
	head, err := d.client.BlockNumber(ctx)
	if err != nil {
		fail(err)
	}
	l, err := readLedger(ctx, d.client, token, head)
	if err != nil {
		fail(err)
	}
	report("before", l)
	close(armed)
	if err := transferFST(ctx, d, 1); err != nil {
		fail(err)
	}
	fail(fmt.Errorf("the transfer was mined and the hook did not kill the process"))
}

// runChild runs TestDurabilityChild on dir and returns its stdout lines as they come.
func runChild(t *testing.T, dir, stage string) (*exec.Cmd, <-chan string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDurabilityChild$")
	cmd.Env = append(os.Environ(), childDirEnv+"="+dir, childStageEnv+"="+stage)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := make(chan string)
	go func() {
		defer close(lines)
		s := bufio.NewScanner(out)
		for s.Scan() {
			lines <- s.Text()
		}
	}()
	return cmd, lines
}

// expect reads lines until one starts with prefix and returns the rest of it.
func expect(t *testing.T, lines <-chan string, prefix string) string {
	t.Helper()
	for line := range lines {
		if rest, ok := strings.CutPrefix(line, prefix+" "); ok {
			return rest
		}
	}
	t.Fatalf("the child process ended without printing %q", prefix)
	return ""
}

func parseLedger(t *testing.T, s string) ledger {
	t.Helper()
	var l ledger
	if err := json.Unmarshal([]byte(s), &l); err != nil {
		t.Fatalf("child printed %q: %v", s, err)
	}
	return l
}

// restart starts a devnet on dir and returns it with the head it resumed at, as it logged.
func restart(t *testing.T, dir string) (*Devnet, common.Hash, uint64) {
	t.Helper()
	var logs strings.Builder
	var mu sync.Mutex
	h := slog.NewJSONHandler(&lockedWriter{w: &logs, mu: &mu}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := Start(ctx, Config{DataDir: dir, BlockTime: childBlock, Logger: slog.New(h)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	if !d.Resumed() {
		t.Fatal("the restart made a new chain")
	}
	mu.Lock()
	defer mu.Unlock()
	for line := range strings.Lines(logs.String()) {
		var rec struct {
			Msg  string      `json:"msg"`
			Head uint64      `json:"head"`
			Hash common.Hash `json:"hash"`
		}
		if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "devnet: resuming the chain" {
			return d, rec.Hash, rec.Head
		}
	}
	t.Fatalf("the restarted devnet did not log the head it resumed at:\n%s", logs.String())
	return nil, common.Hash{}, 0
}

type lockedWriter struct {
	w  *strings.Builder
	mu *sync.Mutex
}

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Write(p)
}

// TestDataDir_KillKeepsTheHeadAndBalances: a devnet killed with -9 after fifteen transfers
// comes back at the same head, same hash and same balances, with its deployment (it used to
// come back at its last flush, up to 30 seconds of blocks earlier).
func TestDataDir_KillKeepsTheHeadAndBalances(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cmd, lines := runChild(t, dir, "")
	saw := parseLedger(t, expect(t, lines, "head"))
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	d, hash, number := restart(t, dir)
	if d.manifest.Market != common.HexToAddress(saw.Market) {
		t.Fatalf("market at %s after the kill, was %s", d.manifest.Market, saw.Market)
	}
	if number != saw.Number || hash != saw.Hash {
		t.Fatalf("resumed at block %d (%s), the killed devnet's head was %d (%s)", number, hash.Hex(), saw.Number, saw.Hash.Hex())
	}
	got, err := readLedger(t.Context(), d.client, d.manifest.Token, saw.Number)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash != saw.Hash || !got.sameBalances(saw) {
		t.Fatalf("after the kill: %s\nbefore it:     %s", got, saw)
	}
	if want := new(big.Int).Add(contracts.FST(FSTPerAccount), big.NewInt(15)); saw.FST[1].Cmp(want) != 0 {
		t.Fatalf("account 2 had %v FST-wei before the kill, want %v (the fifteen transfers)", saw.FST[1], want)
	}
	// The chain goes on from there.
	if err := transferFST(t.Context(), d, 1); err != nil {
		t.Fatal(err)
	}
}

// TestDataDir_KillWhileSealingKeepsEveryBlockClientsSaw kills the devnet at each point of
// sealing a block with a transfer. A block that was synced (whether or not it had become the
// head) is there after the restart, with its transfer; one killed before its sync may be lost,
// and then its transfer with it, but the chain and the balances agree either way.
func TestDataDir_KillWhileSealingKeepsEveryBlockClientsSaw(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name  string
		stage sealStage
		kept  bool // whether the block must survive
	}{
		{"written", sealInserted, false},
		{"synced", sealSynced, true},
		{"head", sealCanonical, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			cmd, lines := runChild(t, dir, fmt.Sprint(int(tt.stage)))
			before := parseLedger(t, expect(t, lines, "before"))
			var killedNum uint64
			var killedHash string
			if _, err := fmt.Sscanf(expect(t, lines, "killed"), "%d %s", &killedNum, &killedHash); err != nil {
				t.Fatal(err)
			}
			for range lines {
			}
			cmd.Wait()

			d, _, head := restart(t, dir)
			if head < before.Number {
				t.Fatalf("resumed at block %d, below block %d seen before the kill", head, before.Number)
			}
			ctx := t.Context()
			at, err := readLedger(ctx, d.client, d.manifest.Token, before.Number)
			if err != nil {
				t.Fatal(err)
			}
			if at.Hash != before.Hash || !at.sameBalances(before) {
				t.Fatalf("after the kill: %s\nbefore it:     %s", at, before)
			}
			kept := head >= killedNum
			if tt.kept && !kept {
				t.Fatalf("resumed at block %d: block %d, killed once %s, was lost", head, killedNum, tt.name)
			}
			if kept {
				b, err := d.client.HeaderByNumber(ctx, new(big.Int).SetUint64(killedNum))
				if err != nil || b.Hash() != common.HexToHash(killedHash) {
					t.Fatalf("block %d is %v (err %v) after the restart, was %s", killedNum, b.Hash(), err, killedHash)
				}
			}
			now, err := readLedger(ctx, d.client, d.manifest.Token, head)
			if err != nil {
				t.Fatal(err)
			}
			moved := new(big.Int).Sub(now.FST[1], before.FST[1])
			if want := map[bool]int64{true: 1, false: 0}[kept]; moved.Int64() != want {
				t.Fatalf("block %d kept: %v, but account 2 got %v FST-wei since block %d, want %d", killedNum, kept, moved, before.Number, want)
			}
		})
	}
}
