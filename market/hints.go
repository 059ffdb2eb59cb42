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
	"SegmentsOutOfRange":               "choose between 1 and the deployment's maxSegments segments (`defaas params`)",
	"SegmentsMustDivideDuration":       "choose a number of segments that divides --units",
	"SegmentLengthOutOfRange":          "each segment (units / segments × billing period) must be within minSegmentSeconds and maxSegmentSeconds (`defaas params`): change --units or --segments",
	"DurationTooLong":                  "order fewer billing units: a service lasts at most ten years",
	"PriceTooLarge":                    "give a lower maximum unit price",
	"UnknownOrder":                     "no such order: `defaas order list` shows the orders",
	"InvalidParameter":                 "a parameter is out of its range: see the error's name field",
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
	"AlreadyPublished":                 "the deployment is published already",
	"AlreadyCommitted":                 "this provider committed a sealed bid on the order already",
	"NoCommitment":                     "there is no sealed commitment of this provider on the order",
	"AlreadyRevealed":                  "the sealed bid was revealed (or its bond forfeited) already",
	"CommitmentMismatch":               "the price and salt do not match the commitment: use the ones saved at the commit",
	"ModuleHashRequired":               "commit the sha256 of the uploaded module: `defaas order fulfill ID --module FILE`",
	"ModuleAlreadyCommitted":           "the module is committed already; the provider confirms it next (`defaas provider confirm ID`)",
	"ModuleNotCommitted":               "the customer has not committed a module yet (`defaas order fulfill ID --module FILE`); after the deploy timeout anyone starts the lease unattended",
	"Unattended":                       "the lease started unattended: it has no committees and no segments to open",
	"SegmentOutOfRange":                "the order has fewer segments: segments are numbered from 0",
	"SegmentNotStarted":                "the segment has not begun yet: `defaas order show` gives its window",
	"ProbeKitLengthMismatch":           "give one sealed kit per member",
	"CommitteeNotDrawn":                "the segment's committee is not drawn yet",
	"NotCommitteeMember":               "every member named must sit on the segment's committee",
	"CommitteeExists":                  "the segment is opened already",
	"WrongCommitteeState":              "the committee is not in the state this step needs: `defaas order show` tells its status",
	"NotMember":                        "only members of the segment's committee can report",
	"WitnessExiting":                   "this witness has asked to exit",
	"WithdrawalTooLarge":               "withdraw at most what the error calls withdrawable (`defaas witness show`), or exit first",
	"ReportTimeOutOfRange":             "the report's time must lie within maxReportAge before its commit",
	"PoolFull":                         "the witness pool holds as many witnesses as it can",
	"MarketNotSet":                     "the pool is not bound to its Market yet: the deployment is incomplete",
	"NotMarket":                        "only the Market requests committees",
	"NotDeployer":                      "only the pool's deployer binds it to the Market",
	"MarketAlreadySet":                 "the pool is bound to its Market already, for good",
	"ZeroAmount":                       "give an amount above zero",
	"NotWitness":                       "register first: `defaas witness register --stake N`",
	"ExitNotRequested":                 "request the exit first",
	"CooldownNotOver":                  "wait for the exit cooldown",
	"StakeLocked":                      "wait until nothing of the stake is locked: the order named releases it at its deadline (`defaas order watch ID --drive` moves it on)",
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
