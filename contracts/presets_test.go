package contracts

import (
	"math/big"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestPresets_MatchSolidity checks that the Go presets carry exactly the values of
// contracts/src/Presets.sol, which the Foundry tests use, so the two cannot drift apart.
func TestPresets_MatchSolidity(t *testing.T) {
	src, err := os.ReadFile("src/Presets.sol")
	if err != nil {
		t.Fatal(err)
	}
	// comments explain the values; they are not values
	code := regexp.MustCompile(`//[^\n]*`).ReplaceAllString(string(src), "")
	fn := regexp.MustCompile(`function (\w+)\(\) internal pure returns[^{]*\{([^}]*)\}`)
	field := regexp.MustCompile(`(\w+):\s*([0-9][0-9_]*(?:\.[0-9]+)?)(?:\s+(ether|days|hours))?`)
	units := map[string]int64{"": 1, "ether": 1e18, "days": 86400, "hours": 3600}
	goStructs := map[string]any{
		"devMarket":    DevPreset().Market,
		"devPool":      DevPreset().Pool,
		"publicMarket": PublicPreset().Market,
		"publicPool":   PublicPreset().Pool,
	}
	seen := 0
	for _, m := range fn.FindAllStringSubmatch(code, -1) {
		goVal, ok := goStructs[m[1]]
		if !ok {
			continue
		}
		seen++
		v := reflect.ValueOf(goVal)
		fields := field.FindAllStringSubmatch(m[2], -1)
		if len(fields) != v.NumField() {
			t.Errorf("%s: Solidity sets %d fields, Go has %d", m[1], len(fields), v.NumField())
		}
		for _, f := range fields {
			// a Solidity literal such as 0.01 ether or 1_000: exact in base units
			r, ok := new(big.Rat).SetString(strings.ReplaceAll(f[2], "_", ""))
			if !ok {
				t.Fatalf("%s.%s: cannot read %q", m[1], f[1], f[2])
			}
			r.Mul(r, new(big.Rat).SetInt64(units[f[3]]))
			if !r.IsInt() {
				t.Fatalf("%s.%s: %s %s is not a whole number of base units", m[1], f[1], f[2], f[3])
			}
			want := r.Num()
			gf := v.FieldByName(strings.ToUpper(f[1][:1]) + f[1][1:])
			if !gf.IsValid() {
				t.Errorf("%s.%s: no such Go field", m[1], f[1])
				continue
			}
			var got *big.Int
			switch x := gf.Interface().(type) {
			case *big.Int:
				got = x
			default:
				got = new(big.Int).SetUint64(gf.Convert(reflect.TypeOf(uint64(0))).Uint())
			}
			if got.Cmp(want) != 0 {
				t.Errorf("%s.%s: Go %s, Solidity %s", m[1], f[1], got, want)
			}
		}
	}
	if seen != len(goStructs) {
		t.Fatalf("found %d of %d preset functions in Presets.sol", seen, len(goStructs))
	}
}

func TestPresetByName_UnknownNameSaysWhatToUse(t *testing.T) {
	if _, err := PresetByName("staging"); err == nil || !strings.Contains(err.Error(), `"dev" or "public"`) {
		t.Fatalf("err = %v, want one naming the two presets", err)
	}
}
