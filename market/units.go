package market

import (
	"fmt"
	"math/big"
	"strings"
)

var fstUnit = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// ParseFST reads an amount of FST written in tokens ("12", "0.5", "1_000"), exact to the
// 18th decimal.
func ParseFST(s string) (*big.Int, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "FST"), " ")
	if s == "" {
		return nil, fmt.Errorf("empty amount: write it in FST, e.g. 10 or 0.5")
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 18 {
		return nil, fmt.Errorf("amount %q has more than 18 decimals", s)
	}
	digits := whole + frac + strings.Repeat("0", 18-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok || v.Sign() < 0 || strings.ContainsAny(digits, "+-") {
		return nil, fmt.Errorf("amount %q is not a number of FST: write e.g. 10 or 0.5", s)
	}
	return v, nil
}

// FormatFST writes base units as tokens without trailing zeros ("12.5").
func FormatFST(v *big.Int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	q, r := new(big.Int).QuoRem(abs, fstUnit, new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := fmt.Sprintf("%018s", r.String())
		s += "." + strings.TrimRight(frac, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}
