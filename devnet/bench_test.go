package devnet

import (
	"context"
	"io/fs"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
)

// BenchmarkSeal measures sealing one block, with one FST transfer or empty, in memory and on a
// data directory, where every block's state is written and synced before it becomes the
// head. It reports the bytes the data directory grows by per block.
func BenchmarkSeal(b *testing.B) {
	for _, bench := range []struct {
		name           string
		onDisk, silent bool
	}{{"memory", false, false}, {"datadir", true, false}, {"datadir-empty", true, true}} {
		onDisk := bench.onDisk
		b.Run(bench.name, func(b *testing.B) {
			cfg := Config{BlockTime: time.Hour}
			if onDisk {
				cfg.DataDir = b.TempDir()
			}
			ctx := context.Background()
			d, err := Start(ctx, cfg)
			if err != nil {
				b.Fatal(err)
			}
			defer d.Close()
			d.seal.Stop() // the benchmark seals
			from, to := DevAccount(1), DevAccount(2)
			nonce, err := d.client.PendingNonceAt(ctx, from.Address)
			if err != nil {
				b.Fatal(err)
			}
			fst := contracts.NewFaaSToken()
			data := fst.PackTransfer(to.Address, big.NewInt(1))
			signer := types.LatestSignerForChainID(new(big.Int).SetUint64(d.chainID))
			chain := d.seal.eth.BlockChain()
			size := dirSize(b, cfg.DataDir)
			b.ResetTimer()
			for i := range b.N {
				if bench.silent {
					if err := d.seal.seal(chain.CurrentHeader().Time + 1); err != nil {
						b.Fatal(err)
					}
					continue
				}
				b.StopTimer()
				tx := types.MustSignNewTx(from.Key, signer, &types.DynamicFeeTx{
					Nonce: nonce + uint64(i), To: &d.manifest.Token, Data: data, Gas: 100_000,
					GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e12),
				})
				if err := d.client.SendTransaction(ctx, tx); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := d.seal.seal(chain.CurrentHeader().Time + 1); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if onDisk {
				b.ReportMetric(float64(dirSize(b, cfg.DataDir)-size)/float64(b.N), "disk-B/block")
			}
		})
	}
}

func dirSize(b *testing.B, dir string) int64 {
	if dir == "" {
		return 0
	}
	var n int64
	err := filepath.WalkDir(dir, func(_ string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		info, err := e.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}
