package chain_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	bolt "go.etcd.io/bbolt"

	"github.com/defaas/defaas/chain"
)

func TestCheckpointStores_SaveLoadAndSurviveReopening(t *testing.T) {
	dir := t.TempDir()
	mem := chain.NewMemoryStore()
	// Each open returns a store and closes what it opened.
	tests := []struct {
		name string
		open func(t *testing.T) (chain.CheckpointStore, func())
	}{
		{"memory", func(*testing.T) (chain.CheckpointStore, func()) { return mem, func() {} }},
		{"file", func(t *testing.T) (chain.CheckpointStore, func()) {
			s, err := chain.NewFileStore(filepath.Join(dir, "files"))
			if err != nil {
				t.Fatal(err)
			}
			return s, func() {}
		}},
		{"bolt", func(t *testing.T) (chain.CheckpointStore, func()) {
			db, err := bolt.Open(filepath.Join(dir, "state.db"), 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			s, err := chain.NewBoltStore(db, "")
			if err != nil {
				t.Fatal(err)
			}
			return s, func() { db.Close() }
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := chain.Checkpoint{ChainID: 1337, Next: 12, Logged: 11, Blocks: []chain.Block{
				{BlockRef: chain.BlockRef{Number: 10, Hash: common.HexToHash("0x0a")}},
				{BlockRef: chain.BlockRef{Number: 11, Hash: common.HexToHash("0x0b")}, Logs: []types.Log{{
					Address: common.HexToAddress("0x70"), Topics: []common.Hash{common.HexToHash("0x01")}, Data: []byte{1, 2},
					BlockNumber: 11, BlockHash: common.HexToHash("0x0b"), TxHash: common.HexToHash("0x7a"), Index: 3,
				}}},
			}}
			s, closeStore := tt.open(t)
			if _, ok, err := s.Load("provider"); ok || err != nil {
				t.Fatalf("Load of a new consumer: ok=%v err=%v", ok, err)
			}
			for _, save := range []struct {
				name string
				cp   chain.Checkpoint
			}{{"provider", chain.Checkpoint{ChainID: 1337, Next: 3}}, {"provider", cp}, {"witness", chain.Checkpoint{ChainID: 1337, Next: 7}}} {
				if err := s.Save(save.name, save.cp); err != nil {
					t.Fatal(err)
				}
			}
			want := cp
			want.Blocks = slices.Clone(cp.Blocks)
			cp.Blocks[0].Number = 99 // the store must not share the caller's slice
			closeStore()

			s, closeStore = tt.open(t)
			defer closeStore()
			got, ok, err := s.Load("provider")
			if err != nil || !ok || !reflect.DeepEqual(got, want) {
				t.Fatalf("Load = %+v, %v, %v; want %+v", got, ok, err, want)
			}
		})
	}
}

func TestFileStore_RefusesNamesThatAreNotFileNames(t *testing.T) {
	s, err := chain.NewFileStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"", "../escape", "a/b", ".hidden"} {
		if err := s.Save(name, chain.Checkpoint{}); err == nil {
			t.Errorf("Save(%q) succeeded", name)
		}
	}
}

func TestFileStore_LeavesNoTemporaryFilesBehind(t *testing.T) {
	dir := t.TempDir()
	s, err := chain.NewFileStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if err := s.Save("market", chain.Checkpoint{ChainID: 1, Next: uint64(i)}); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "market.json" {
		t.Fatalf("directory holds %v, want only market.json", entries)
	}
}
