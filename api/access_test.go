package api_test

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/defaas/defaas/api"
)

func TestKey_IsDfkAnd43Base64URLCharactersAndHashesItsRawBytes(t *testing.T) {
	k, err := api.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	s := k.String()
	if !strings.HasPrefix(s, "dfk_") || len(s) != 4+43 || strings.ContainsAny(s[4:], "+/=") {
		t.Fatalf("key %q", s)
	}
	back, err := api.ParseKey(s)
	if err != nil || back != k {
		t.Fatalf("ParseKey(%q) = %x, %v", s, back, err)
	}
	if k.Hash() != api.KeyHash(sha256.Sum256(k[:])) || len(k.Hash().ID()) != 16 {
		t.Fatalf("hash %s id %s", k.Hash(), k.Hash().ID())
	}
}

func TestParseKey_RefusesMalformedKeysWithoutRepeatingThem(t *testing.T) {
	k, _ := api.NewKey()
	s := k.String()
	for _, bad := range []string{"", "dfk_", s[4:], "DFK_" + s[4:], s + "A", s[:46], s[:46] + "=", s[:46] + "+", " " + s} {
		_, err := api.ParseKey(bad)
		if err == nil {
			t.Errorf("ParseKey(%q) accepted", bad)
			continue
		}
		if len(bad) > 8 && strings.Contains(err.Error(), bad[4:]) {
			t.Errorf("the error repeats the key: %v", err)
		}
	}
	// The last character of 43 carries 4 unused bits: they must be zero (one key, one spelling).
	last := strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", s[46])
	alt := s[:46] + string("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[last^1])
	if _, err := api.ParseKey(alt); err == nil {
		t.Errorf("a second spelling of the key was accepted")
	}
}

func TestAccess_JSONIsTheSpecsBody(t *testing.T) {
	k, _ := api.NewKey()
	body := `{"mode":"keys","keys":[{"sha256":"` + k.Hash().String() + `","ratePerSecond":2.5,"burst":5}]}`
	var a api.Access
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		t.Fatal(err)
	}
	if a.Mode != api.AccessKeys || len(a.Keys) != 1 || a.Keys[0].SHA256 != k.Hash() || a.Keys[0].RatePerSecond != 2.5 || a.Keys[0].Burst != 5 || a.Validate() != nil {
		t.Fatalf("%+v", a)
	}
	out, _ := json.Marshal(a)
	if string(out) != body {
		t.Errorf("marshalled %s", out)
	}
}

func TestAccess_ValidateRefusesWhatCannotBeServed(t *testing.T) {
	k, _ := api.NewKey()
	ok := api.Rate{RatePerSecond: 1, Burst: 1}
	many := api.Access{Mode: api.AccessKeys}
	for range api.MaxKeys + 1 {
		n, _ := api.NewKey()
		many.Keys = append(many.Keys, api.AccessKey{SHA256: n.Hash(), Rate: ok})
	}
	if err := many.Validate(); !errors.Is(err, api.ErrTooManyKeys) {
		t.Errorf("%d keys: %v", len(many.Keys), err)
	}
	many.Keys = many.Keys[:api.MaxKeys]
	if err := many.Validate(); err != nil {
		t.Errorf("%d keys: %v", api.MaxKeys, err)
	}
	for name, a := range map[string]api.Access{
		"unknown mode":  {Mode: "open"},
		"twice":         {Mode: api.AccessKeys, Keys: []api.AccessKey{{SHA256: k.Hash(), Rate: ok}, {SHA256: k.Hash(), Rate: ok}}},
		"zero rate":     {Mode: api.AccessKeys, Keys: []api.AccessKey{{SHA256: k.Hash(), Rate: api.Rate{Burst: 1}}}},
		"zero burst":    {Mode: api.AccessKeys, Keys: []api.AccessKey{{SHA256: k.Hash(), Rate: api.Rate{RatePerSecond: 1}}}},
		"bad perCaller": {Mode: api.AccessPublic, PerCaller: &api.Rate{RatePerSecond: -1, Burst: 1}},
	} {
		if err := a.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
