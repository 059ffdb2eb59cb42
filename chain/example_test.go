package chain_test

import (
	"context"
	"fmt"
	"log"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
)

// A customer pays a provider in FST while a watcher, as a provider daemon would run it,
// reports every transfer of the token. Against a real node, chain.Dial(ctx, url) replaces
// the simulated backend.
func Example() {
	key, _ := crypto.HexToECDSA("8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a")
	customer := crypto.PubkeyToAddress(key.PublicKey)
	provider := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	sim := simulated.NewBackend(types.GenesisAlloc{customer: {Balance: big.NewInt(1e18)}})
	defer sim.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wg.Go(func() { // a block every 10 ms
		for t := time.NewTicker(10 * time.Millisecond); ctx.Err() == nil; <-t.C {
			sim.Commit()
		}
	})

	conn, err := chain.NewConn(sim.Client())
	if err != nil {
		log.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, conn.ChainID())
	d, err := contracts.Deploy(ctx, sim.Client(), opts, contracts.DevPreset(), contracts.DeployOptions{InitialSupply: contracts.FST(100), PollInterval: 10 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}

	token := contracts.NewFaaSToken()
	w, err := chain.NewWatcher(conn, chain.WatchOptions{
		Name:      "provider",
		Addresses: []common.Address{d.Token},
		Topics:    [][]common.Hash{{token.GetABI().Events["Transfer"].ID}},
		From:      d.Block,
		Store:     chain.NewMemoryStore(), // a daemon uses NewBoltStore or NewFileStore
	})
	if err != nil {
		log.Fatal(err)
	}
	transfers := make(chan *contracts.FaaSTokenTransfer)
	wg.Go(func() {
		w.Run(ctx, func(ctx context.Context, ev chain.Event) error {
			t, err := token.UnpackTransferEvent(&ev.Log)
			if err != nil {
				return err
			}
			select {
			case transfers <- t:
			case <-ctx.Done():
			}
			return ctx.Err()
		})
	})

	s := chain.NewSender(conn, opts, chain.WithPollInterval(10*time.Millisecond))
	if _, err := s.SendAndWait(ctx, d.Token, token.PackTransfer(provider, contracts.FST(30))); err != nil {
		log.Fatal(err)
	}
	_, err = s.SendAndWait(ctx, d.Token, token.PackTransfer(provider, contracts.FST(1000)))
	fmt.Println(err)

	for range 2 {
		t := <-transfers
		fmt.Printf("%s -> %s: %s\n", t.From.Hex()[:6], t.To.Hex()[:6], t.Value)
	}
	// Output:
	// send to 0x35658f7b2a9E7701e65E7a654659eb1C481d1dC5: faaSToken: ERC20InsufficientBalance(sender=0x703c4b2bD70c169f5717101CaeE543299Fc946C7, balance=70000000000000000000, needed=1000000000000000000000)
	// 0x0000 -> 0x703c: 100000000000000000000
	// 0x703c -> 0x0000: 30000000000000000000
}
