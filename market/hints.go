package market

import (
	"errors"

	"github.com/defaas/defaas/contracts"
)

// hints say what to do about a contract's refusal, for the people who meet it on the command
// line. The error itself already says what was wrong, with its values.
var hints = map[string]string{
	"UnknownLevel":                     "run `defaas levels` to see the levels",
	"LevelInactive":                    "that level takes no new orders: run `defaas levels` for the active ones",
	"ZeroPrice":                        "give a price above zero",
	"ZeroDuration":                     "give at least one billing unit (--units)",
	"BiddingWindowOutOfRange":          "choose a bidding window within the deployment's bounds (`defaas params`)",
	"RevealWindowOutOfRange":           "choose a shorter reveal window (`defaas params`)",
	"WitnessCountOutOfRange":           "choose between 3 and the deployment's maximum witnesses",
	"WrongState":                       "the order is not in the state this step needs: `defaas order show` tells its state",
	"DeadlinePassed":                   "the window for this step has closed",
	"DeadlineNotReached":               "too early: wait for the deadline (`defaas order watch` shows the time left)",
	"NotProvider":                      "register first: `defaas provider register --stake N`",
	"ProviderExiting":                  "this provider has asked to exit and places no new bids",
	"AlreadyRegistered":                "already registered: add stake instead",
	"StakeBelowMinimum":                "stake at least the minimum (`defaas params`)",
	"InsufficientFreeStake":            "add stake (`defaas provider stake`) or wait for open leases to settle",
	"CustomerCannotBid":                "the customer of an order cannot bid on it",
	"BidAboveMax":                      "bid at most the customer's maximum unit price",
	"BidNotLower":                      "bid strictly below the best bid",
	"SealedBiddingOnly":                "this order takes sealed bids: commit, then reveal",
	"OpenBiddingOnly":                  "this order takes open bids",
	"NotWinner":                        "only the winning provider can do this",
	"NotCustomer":                      "only the order's customer can do this: use its account",
	"NotPublished":                     "wait for the provider to publish its deployment",
	"NotMember":                        "only members of the lease's committee can report",
	"NotWitness":                       "register first: `defaas witness register --stake N`",
	"ExitNotRequested":                 "request the exit first",
	"CooldownNotOver":                  "wait for the exit cooldown",
	"StakeLocked":                      "wait until nothing of the stake is locked",
	"DrawNotDue":                       "wait a few blocks for the committee's seed",
	"RevealNotOpen":                    "wait for the reveal window",
	"ERC20InsufficientBalance":         "get more FST (`defaas token faucet` on a dev chain)",
	"ERC20InsufficientAllowance":       "approve the contract to take the FST first",
	"AccessControlUnauthorizedAccount": "this account lacks the role (the faucet works only on dev chains, from the faucet account)",
	"OwnableUnauthorizedAccount":       "only the deployment's owner can do this",
}

// Hint says what to do about err when it is a refusal by one of the contracts, or "".
func Hint(err error) string {
	var re *contracts.RevertError
	if errors.As(err, &re) {
		return hints[re.Name]
	}
	return ""
}
