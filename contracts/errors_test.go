package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestUnpackRevert_NamesTheErrorAndItsArguments(t *testing.T) {
	m := NewMarket()
	a, err := MarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	e := a.Errors["BidNotLower"]
	args, err := e.Inputs.Pack(big.NewInt(90), big.NewInt(95))
	if err != nil {
		t.Fatal(err)
	}
	data := append(e.ID.Bytes()[:4:4], args...)
	re := UnpackRevert(data)
	if re == nil {
		t.Fatal("BidNotLower not recognised")
	}
	if got, want := re.Error(), "market: BidNotLower(best=90, offered=95)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// The bindings' own decoder agrees on the values.
	v, err := m.UnpackError(data)
	if err != nil {
		t.Fatal(err)
	}
	if b := v.(*MarketBidNotLower); b.Best.Int64() != 90 || b.Offered.Int64() != 95 {
		t.Errorf("bindings decoded %+v", b)
	}
}

func TestUnpackRevert_AddressesAndStrings(t *testing.T) {
	a, _ := WitnessPoolMetaData.ParseABI()
	e := a.Errors["NotMember"]
	who := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	args, _ := e.Inputs.Pack(big.NewInt(7), who)
	re := UnpackRevert(append(e.ID.Bytes()[:4:4], args...))
	if re == nil || re.Error() != "witnessPool: NotMember(leaseId=7, account="+who.Hex()+")" {
		t.Fatalf("got %v", re)
	}
	if UnpackRevert([]byte{1, 2, 3, 4}) != nil {
		t.Error("an unknown selector decoded to something")
	}
	if UnpackRevert(nil) != nil {
		t.Error("empty data decoded to something")
	}
}
