package devnet_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/devnet"
)

// Start an in-memory devnet, then read the deployed Market through the contract bindings over
// the manifest's RPC URL, as any client would.
func ExampleStart() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{BlockTime: 500 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}
	defer d.Close()

	m := d.Manifest()
	market := contracts.NewMarket()
	levels, err := bind.Call(market.Instance(d.Client(), m.Market), nil, market.PackLevelCount(), market.UnpackLevelCount)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("chain", m.ChainID, "preset", m.Preset, "levels", levels)
	fmt.Println("faucet", d.Accounts()[0].Address)
	// Output:
	// chain 1337 preset dev levels 3
	// faucet 0xAf0b53A8844253235a29496E9bda8281489d1151
}
