package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

func revertData(t *testing.T, meta string, name string, args ...any) []byte {
	t.Helper()
	var a *abi.ABI
	var err error
	switch meta {
	case "Market":
		a, err = MarketMetaData.ParseABI()
	case "WitnessPool":
		a, err = WitnessPoolMetaData.ParseABI()
	}
	if err != nil {
		t.Fatal(err)
	}
	e, ok := a.Errors[name]
	if !ok {
		t.Fatalf("%s declares no error %s", meta, name)
	}
	packed, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(e.ID.Bytes()[:4:4], packed...)
}

func TestUnpackRevert_NamesTheErrorAndItsArguments(t *testing.T) {
	data := revertData(t, "Market", "BidNotLower", big.NewInt(90), big.NewInt(95))
	re := UnpackRevert(data)
	if re == nil {
		t.Fatal("BidNotLower not recognised")
	}
	if got, want := re.Error(), "market: BidNotLower(best=90, offered=95)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// The bindings' own decoder agrees on the values.
	v, err := NewMarket().UnpackError(data)
	if err != nil {
		t.Fatal(err)
	}
	if b := v.(*MarketBidNotLower); b.Best.Int64() != 90 || b.Offered.Int64() != 95 {
		t.Errorf("bindings decoded %+v", b)
	}
}

// The v2 errors a client meets most: a refusal that names the order locking a provider's stake,
// a segment not started, a withdrawal above what is free.
func TestUnpackRevert_V2Errors(t *testing.T) {
	for _, c := range []struct {
		meta, name string
		args       []any
		want       string
	}{
		{"Market", "StakeLocked", []any{big.NewInt(4), big.NewInt(17)}, "market: StakeLocked(locked=4, orderId=17)"},
		{"Market", "SegmentNotStarted", []any{uint64(1700000000)}, "market: SegmentNotStarted(start=1700000000)"},
		{"Market", "ModuleNotCommitted", []any{big.NewInt(3)}, "market: ModuleNotCommitted(orderId=3)"},
		{"WitnessPool", "WithdrawalTooLarge", []any{big.NewInt(10), big.NewInt(5)}, "witnessPool: WithdrawalTooLarge(amount=10, withdrawable=5)"},
		{"WitnessPool", "NotMarket", []any{common.HexToAddress("0x01")}, "witnessPool: NotMarket(caller=" + common.HexToAddress("0x01").Hex() + ")"},
	} {
		re := UnpackRevert(revertData(t, c.meta, c.name, c.args...))
		if re == nil || re.Error() != c.want {
			t.Errorf("%s: got %v, want %q", c.name, re, c.want)
		}
	}
}

func TestUnpackRevert_AddressesAndStrings(t *testing.T) {
	who := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	re := UnpackRevert(revertData(t, "WitnessPool", "NotMember", big.NewInt(7), who))
	if re == nil || re.Error() != "witnessPool: NotMember(committeeId=7, account="+who.Hex()+")" {
		t.Fatalf("got %v", re)
	}
	if UnpackRevert([]byte{1, 2, 3, 4}) != nil {
		t.Error("an unknown selector decoded to something")
	}
	if UnpackRevert(nil) != nil {
		t.Error("empty data decoded to something")
	}
}

// Both contracts declare DeadlinePassed(uint64): the data cannot say which reverted, so the
// message names none.
func TestUnpackRevert_SharedErrorNamesNoContract(t *testing.T) {
	re := UnpackRevert(revertData(t, "WitnessPool", "DeadlinePassed", uint64(42)))
	if re == nil || re.Error() != "DeadlinePassed(deadline=42)" {
		t.Fatalf("got %v", re)
	}
}
