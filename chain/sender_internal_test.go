package chain

import (
	"errors"
	"testing"
)

func TestSender_ClassifiesNodeRefusals(t *testing.T) {
	tests := []struct {
		msg          string
		known, nonce bool
	}{
		{"already known", true, false},
		{"Known transaction: 0xabc", true, false},
		{"unknown transaction type", false, false},
		{"nonce too low: next nonce 7, tx nonce 6", false, true},
		{"replacement transaction underpriced", false, true},
		{"OldNonce", false, true},
		{"insufficient funds for gas * price + value", false, false},
	}
	for _, tt := range tests {
		err := errors.New(tt.msg)
		if got := isAlreadyKnown(err); got != tt.known {
			t.Errorf("isAlreadyKnown(%q) = %v", tt.msg, got)
		}
		if got := isNonceConflict(err); got != tt.nonce {
			t.Errorf("isNonceConflict(%q) = %v", tt.msg, got)
		}
	}
}
