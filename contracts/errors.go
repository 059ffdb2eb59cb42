package contracts

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// RevertError is a contract's custom error decoded from revert data: its name and arguments,
// printed as `BidNotLower(best=90, offered=95)`.
type RevertError struct {
	Contract string
	Name     string
	Args     []NamedValue
}

// NamedValue is one argument of a custom error.
type NamedValue struct {
	Name  string
	Value any
}

func (e *RevertError) Error() string {
	var b strings.Builder
	if e.Contract != "" {
		b.WriteString(strings.ToLower(e.Contract[:1]) + e.Contract[1:] + ": ")
	}
	b.WriteString(e.Name)
	b.WriteByte('(')
	for i, a := range e.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%v", a.Name, format(a.Value))
	}
	b.WriteByte(')')
	return b.String()
}

func format(v any) any {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return hexutil.Encode(x)
	}
	return v
}

var (
	errorsOnce sync.Once
	errorABIs  []namedABI
)

type namedABI struct {
	name string
	abi  *abi.ABI
}

func loadErrorABIs() {
	for _, m := range []struct {
		name string
		meta *bind.MetaData
	}{{"Market", &MarketMetaData}, {"WitnessPool", &WitnessPoolMetaData}, {"FaaSToken", &FaaSTokenMetaData}} {
		a, err := m.meta.ParseABI()
		if err != nil {
			panic(fmt.Sprintf("contracts: generated ABI of %s does not parse: %v", m.name, err))
		}
		errorABIs = append(errorABIs, namedABI{m.name, a})
	}
}

// UnpackRevert decodes revert data into the custom error of whichever DeFaaS contract declares
// it, or the standard Error(string) / Panic(uint256). It returns nil when nothing matches.
// An error that several contracts declare alike (DeadlinePassed, ZeroAmount, …) is named
// without a contract: the revert data cannot tell which one raised it.
func UnpackRevert(data []byte) *RevertError {
	if len(data) < 4 {
		return nil
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return &RevertError{Name: "Error", Args: []NamedValue{{"reason", reason}}}
	}
	errorsOnce.Do(loadErrorABIs)
	var found *RevertError
	for _, c := range errorABIs {
		for name, e := range c.abi.Errors {
			if !reflect.DeepEqual(e.ID.Bytes()[:4], data[:4]) {
				continue
			}
			vals, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				continue
			}
			if found != nil {
				found.Contract = ""
				continue
			}
			found = &RevertError{Contract: c.name, Name: name}
			for i, in := range e.Inputs {
				found.Args = append(found.Args, NamedValue{in.Name, vals[i]})
			}
		}
	}
	return found
}

// DecodeRevert turns an error from a call, an estimate or a transaction into a *RevertError
// when it carries revert data of ours, wrapping the original; otherwise it returns err as is.
func DecodeRevert(err error) error {
	if err == nil {
		return nil
	}
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return err
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr != nil {
			return err
		}
		data = b
	case []byte:
		data = d
	default:
		return err
	}
	if re := UnpackRevert(data); re != nil {
		return re
	}
	return err
}
