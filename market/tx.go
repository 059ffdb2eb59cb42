package market

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/contracts"
)

// keccakABI hashes abi.encode(values...) for the static types the commitments use.
func keccakABI(values ...any) [32]byte {
	var buf []byte
	for _, v := range values {
		var word [32]byte
		switch x := v.(type) {
		case *big.Int:
			gmath.ReadBits(x, word[:])
		case common.Address:
			copy(word[12:], x[:])
		case bool:
			if x {
				word[31] = 1
			}
		case [32]byte:
			word = x
		default:
			panic(fmt.Sprintf("keccakABI: unsupported %T", v))
		}
		buf = append(buf, word[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// ---------------------------------------------------------------- customers

// contract is p as the Market takes it; S defaults to one.
func (p OrderParams) contract() (contracts.MarketOrderParams, error) {
	if p.MaxUnitPrice == nil || p.MaxUnitPrice.Sign() <= 0 {
		return contracts.MarketOrderParams{}, fmt.Errorf("the maximum unit price must be above zero")
	}
	bidding, reveal := p.BiddingWindow.Round(time.Second)/time.Second, p.RevealWindow.Round(time.Second)/time.Second
	if bidding > math.MaxUint32 || reveal > math.MaxUint32 || bidding < 0 || reveal < 0 {
		return contracts.MarketOrderParams{}, fmt.Errorf("bidding or reveal window out of range")
	}
	segs := p.Segments
	if segs == 0 {
		segs = 1
	}
	return contracts.MarketOrderParams{
		LevelId: p.LevelID, DurationUnits: p.DurationUnits, MaxUnitPrice: p.MaxUnitPrice,
		BiddingSeconds: uint32(bidding), RevealSeconds: uint32(reveal), WitnessCount: p.WitnessCount, Segments: segs,
	}, nil
}

// CreateOrder takes the prepayment and the witness deposit (OrderCost) and creates an order;
// it returns the order id. When the transactor can sign hashes both are authorised by one
// ERC-2612 permit for their sum in the same transaction; otherwise an approve goes first if
// the allowance is short.
func (c *Client) CreateOrder(ctx context.Context, p OrderParams) (uint64, *types.Receipt, error) {
	if c.tx == nil {
		return 0, nil, ErrReadOnly
	}
	params, err := p.contract()
	if err != nil {
		return 0, nil, fmt.Errorf("create order: %w", err)
	}
	if lv, err := c.Level(ctx, p.LevelID); err != nil {
		return 0, nil, err
	} else if !lv.Active {
		return 0, nil, fmt.Errorf("create order: level %d takes no new orders: run `defaas levels` for the active ones", p.LevelID)
	}
	cost, err := c.OrderCost(ctx, p)
	if err != nil {
		return 0, nil, fmt.Errorf("create order: %w", err)
	}
	need := cost.Total()
	have, err := c.Balance(ctx, c.tx.From())
	if err != nil {
		return 0, nil, err
	}
	if have.Cmp(need) < 0 {
		return 0, nil, fmt.Errorf("create order: it takes %s FST (prepayment %s + witness deposit %s) but %s holds %s FST: get more FST (defaas token faucet on a dev chain) or lower --max-price, --units, --witnesses or --segments",
			FormatFST(need), FormatFST(cost.Prepayment), FormatFST(cost.WitnessDeposit), c.tx.From(), FormatFST(have))
	}
	var data []byte
	if signer, ok := c.tx.(HashSigner); ok {
		deadline := big.NewInt(time.Now().Add(time.Hour).Unix())
		v, r, s, err := c.signPermit(ctx, signer, c.manifest.Market, need, deadline)
		if err != nil {
			return 0, nil, fmt.Errorf("create order: %w", err)
		}
		data = c.market.PackCreateOrderWithPermit(params, deadline, v, r, s)
	} else {
		if err := c.ensureAllowance(ctx, c.manifest.Market, need); err != nil {
			return 0, nil, fmt.Errorf("create order: %w", err)
		}
		data = c.market.PackCreateOrder(params)
	}
	r, err := c.send(ctx, "create order", c.manifest.Market, data)
	if err != nil {
		return 0, nil, err
	}
	for _, l := range r.Logs {
		if ev, err := c.market.UnpackOrderCreatedEvent(l); err == nil && l.Address == c.manifest.Market {
			return ev.OrderId.Uint64(), r, nil
		}
	}
	return 0, r, fmt.Errorf("create order: transaction %s has no OrderCreated event", r.TxHash)
}

// signPermit signs an ERC-2612 permit for spender to take value from the transactor.
func (c *Client) signPermit(ctx context.Context, signer HashSigner, spender common.Address, value, deadline *big.Int) (uint8, [32]byte, [32]byte, error) {
	owner := c.tx.From()
	nonce, err := call(ctx, c, c.manifest.Token, c.token.PackNonces(owner), c.token.UnpackNonces)
	if err != nil {
		return 0, [32]byte{}, [32]byte{}, fmt.Errorf("read permit nonce: %w", err)
	}
	domain, err := call(ctx, c, c.manifest.Token, c.token.PackDOMAINSEPARATOR(), c.token.UnpackDOMAINSEPARATOR)
	if err != nil {
		return 0, [32]byte{}, [32]byte{}, fmt.Errorf("read permit domain: %w", err)
	}
	typeHash := crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	structHash := keccakABI([32]byte(typeHash), owner, spender, value, nonce, deadline)
	digest := crypto.Keccak256(append(append([]byte{0x19, 0x01}, domain[:]...), structHash[:]...))
	sig, err := signer.SignHash(digest)
	if err != nil {
		return 0, [32]byte{}, [32]byte{}, fmt.Errorf("sign permit: %w", err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s, nil
}

func (c *Client) ensureAllowance(ctx context.Context, spender common.Address, need *big.Int) error {
	have, err := c.Allowance(ctx, c.tx.From(), spender)
	if err != nil {
		return err
	}
	if have.Cmp(need) >= 0 {
		return nil
	}
	_, err = c.send(ctx, "approve FST", c.manifest.Token, c.token.PackApprove(spender, need))
	return err
}

// AcceptDeployment accepts the winner's published deployment: the lease is created.
func (c *Client) AcceptDeployment(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("accept deployment of order %d", id), c.manifest.Market, c.market.PackAcceptDeployment(bigID(id)))
}

// Fulfill commits the sha256 of the module the customer uploaded to the provider (the
// customer, once, within deployTimeout of the lease): the provider confirms it next and the
// service starts (SPEC §3.10). A zero hash is refused here: that is StartUnattended.
func (c *Client) Fulfill(ctx context.Context, id uint64, moduleHash [32]byte) (*types.Receipt, error) {
	if moduleHash == ([32]byte{}) {
		return nil, fmt.Errorf("fulfill order %d: the module hash is zero: give the sha256 of the uploaded module", id)
	}
	return c.send(ctx, fmt.Sprintf("fulfill order %d", id), c.manifest.Market, c.market.PackFulfill(bigID(id), moduleHash))
}

// PostProbeKit sends each member of segment k's drawn committee its sealed probe kit (the
// customer only; one ProbeKit event each, SPEC §5.4).
func (c *Client) PostProbeKit(ctx context.Context, id uint64, k uint8, members []common.Address, sealedKits [][]byte) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("post probe kits for segment %d of order %d", k, id), c.manifest.Market,
		c.market.PackPostProbeKit(bigID(id), k, members, sealedKits))
}

// ---------------------------------------------------------------- anyone, after deadlines

// CloseBidding closes the auction after its window: matched, or failed with a refund.
func (c *Client) CloseBidding(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("close bidding on order %d", id), c.manifest.Market, c.market.PackCloseBidding(bigID(id)))
}

// Expire fails a matched order whose provider or customer missed its deadline before the
// service: never published, never accepted, or a committed module never confirmed.
func (c *Client) Expire(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("expire order %d", id), c.manifest.Market, c.market.PackExpire(bigID(id)))
}

// StartUnattended starts the service of a lease whose customer never committed a module
// within deployTimeout (fulfill(orderId, 0), anyone): no committee, the provider earns the
// fee, the witness deposit goes back.
func (c *Client) StartUnattended(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("start order %d unattended", id), c.manifest.Market, c.market.PackFulfill(bigID(id), [32]byte{}))
}

// OpenSegment requests segment k's committee (anyone, k ≥ 1, during the first half of the
// segment); the caller is paid one seat fee.
func (c *Client) OpenSegment(ctx context.Context, id uint64, k uint8) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("open segment %d of order %d", k, id), c.manifest.Market, c.market.PackOpenSegment(bigID(id), k))
}

// Settle fixes the amounts after the last segment's reveal window (finalizing every
// committee nobody finalized).
func (c *Client) Settle(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("settle order %d", id), c.manifest.Market, c.market.PackSettle(bigID(id)))
}

// Finish transfers the settled amounts.
func (c *Client) Finish(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("finish order %d", id), c.manifest.Market, c.market.PackFinish(bigID(id)))
}

// ForfeitBond burns the bond of a sealed bid never revealed, after the reveal window (anyone).
func (c *Client) ForfeitBond(ctx context.Context, id uint64, provider common.Address) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("forfeit bond of %s on order %d", provider, id), c.manifest.Market, c.market.PackForfeitBond(bigID(id), provider))
}

// ---------------------------------------------------------------- providers

// RegisterProvider stakes FST and registers the transactor as a provider.
func (c *Client) RegisterProvider(ctx context.Context, stake *big.Int, metadataURI string) (*types.Receipt, error) {
	if c.tx == nil {
		return nil, ErrReadOnly
	}
	if err := c.ensureAllowance(ctx, c.manifest.Market, stake); err != nil {
		return nil, fmt.Errorf("register provider: %w", err)
	}
	return c.send(ctx, "register provider", c.manifest.Market, c.market.PackRegisterProvider(stake, metadataURI))
}

// AddProviderStake adds to the provider's stake.
func (c *Client) AddProviderStake(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	if c.tx == nil {
		return nil, ErrReadOnly
	}
	if err := c.ensureAllowance(ctx, c.manifest.Market, amount); err != nil {
		return nil, fmt.Errorf("add provider stake: %w", err)
	}
	return c.send(ctx, "add provider stake", c.manifest.Market, c.market.PackAddProviderStake(amount))
}

// RequestProviderExit stops new bids; the stake can be withdrawn after the cooldown.
func (c *Client) RequestProviderExit(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "request provider exit", c.manifest.Market, c.market.PackRequestProviderExit())
}

// WithdrawProviderStake returns the whole stake after exit and cooldown.
func (c *Client) WithdrawProviderStake(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "withdraw provider stake", c.manifest.Market, c.market.PackWithdrawProviderStake())
}

// Bid places an open bid.
func (c *Client) Bid(ctx context.Context, id uint64, unitPrice *big.Int) (*types.Receipt, error) {
	p, err := c.SendBid(ctx, id, unitPrice)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// SendBid hands an open bid to the node and returns before it is mined.
func (c *Client) SendBid(ctx context.Context, id uint64, unitPrice *big.Int) (*Pending, error) {
	return c.start(ctx, fmt.Sprintf("bid on order %d", id), c.manifest.Market, c.market.PackBid(bigID(id), unitPrice))
}

// CommitBid commits to a sealed bid of unitPrice with salt; keep the salt to reveal.
func (c *Client) CommitBid(ctx context.Context, id uint64, unitPrice *big.Int, salt [32]byte) (*types.Receipt, error) {
	p, err := c.SendCommitBid(ctx, id, unitPrice, salt)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// SendCommitBid hands a sealed bid's commitment to the node and returns before it is mined.
func (c *Client) SendCommitBid(ctx context.Context, id uint64, unitPrice *big.Int, salt [32]byte) (*Pending, error) {
	if c.tx == nil {
		return nil, ErrReadOnly
	}
	commitment := BidCommitment(id, c.tx.From(), unitPrice, salt)
	return c.start(ctx, fmt.Sprintf("commit bid on order %d", id), c.manifest.Market, c.market.PackCommitBid(bigID(id), commitment))
}

// RevealBid opens a sealed bid.
func (c *Client) RevealBid(ctx context.Context, id uint64, unitPrice *big.Int, salt [32]byte) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("reveal bid on order %d", id), c.manifest.Market, c.market.PackRevealBid(bigID(id), unitPrice, salt))
}

// ConfirmDeployment asserts, as the winner, that the provider holds and serves the module
// whose hash the customer committed: the service starts and segment 0's committee is
// requested.
func (c *Client) ConfirmDeployment(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("confirm deployment of order %d", id), c.manifest.Market, c.market.PackConfirmDeployment(bigID(id)))
}

// PublishDeployment publishes the winner's endpoint and access information.
func (c *Client) PublishDeployment(ctx context.Context, id uint64, endpoint string, accessInfo []byte) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("publish deployment of order %d", id), c.manifest.Market, c.market.PackPublishDeployment(bigID(id), endpoint, accessInfo))
}

// ---------------------------------------------------------------- witnesses

// RegisterWitness stakes FST and registers the transactor as an available witness.
func (c *Client) RegisterWitness(ctx context.Context, stake *big.Int) (*types.Receipt, error) {
	if c.tx == nil {
		return nil, ErrReadOnly
	}
	if err := c.ensureAllowance(ctx, c.manifest.WitnessPool, stake); err != nil {
		return nil, fmt.Errorf("register witness: %w", err)
	}
	return c.send(ctx, "register witness", c.manifest.WitnessPool, c.pool.PackRegisterWitness(stake))
}

// AddWitnessStake adds to the witness's stake.
func (c *Client) AddWitnessStake(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	if c.tx == nil {
		return nil, ErrReadOnly
	}
	if err := c.ensureAllowance(ctx, c.manifest.WitnessPool, amount); err != nil {
		return nil, fmt.Errorf("add witness stake: %w", err)
	}
	return c.send(ctx, "add witness stake", c.manifest.WitnessPool, c.pool.PackAddWitnessStake(amount))
}

// SetAvailable puts the witness in or out of the draws.
func (c *Client) SetAvailable(ctx context.Context, available bool) (*types.Receipt, error) {
	return c.send(ctx, "set witness availability", c.manifest.WitnessPool, c.pool.PackSetAvailable(available))
}

// RequestWitnessExit stops draws; the stake can be withdrawn after the cooldown.
func (c *Client) RequestWitnessExit(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "request witness exit", c.manifest.WitnessPool, c.pool.PackRequestWitnessExit())
}

// WithdrawWitnessStake withdraws amount of the witness's stake: any free stake above the
// minimum at any time; all of it after exit, the cooldown and every seat (Witness.Withdrawable).
func (c *Client) WithdrawWitnessStake(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, fmt.Errorf("withdraw witness stake: the amount must be above zero")
	}
	return c.send(ctx, "withdraw witness stake", c.manifest.WitnessPool, c.pool.PackWithdrawWitnessStake(amount))
}

// DrawCommittee draws a committee once it is due (anyone): a draw of several calls goes on
// where the last stopped; one whose seed blocks left the 256 readable blocks re-requests.
func (c *Client) DrawCommittee(ctx context.Context, committeeID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("draw committee %d", committeeID), c.manifest.WitnessPool, c.pool.PackDrawCommittee(new(big.Int).SetUint64(committeeID)))
}

// CommitReport commits to a report (violated, reportTime, secret); keep all three to reveal.
func (c *Client) CommitReport(ctx context.Context, committeeID uint64, violated bool, reportTime uint64, secret [32]byte) (*types.Receipt, error) {
	if c.tx == nil {
		return nil, ErrReadOnly
	}
	commitment := ReportCommitment(committeeID, c.tx.From(), violated, reportTime, secret)
	return c.send(ctx, fmt.Sprintf("commit report on committee %d", committeeID), c.manifest.WitnessPool,
		c.pool.PackCommitReport(new(big.Int).SetUint64(committeeID), commitment))
}

// RevealReport reveals a committed report.
func (c *Client) RevealReport(ctx context.Context, committeeID uint64, violated bool, reportTime uint64, secret [32]byte) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("reveal report on committee %d", committeeID), c.manifest.WitnessPool,
		c.pool.PackRevealReport(new(big.Int).SetUint64(committeeID), violated, reportTime, secret))
}

// Finalize reaches a committee's verdict and pays its members after its reveal window
// (anyone); a committee never drawn ends unwitnessed.
func (c *Client) Finalize(ctx context.Context, committeeID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("finalize committee %d", committeeID), c.manifest.WitnessPool, c.pool.PackFinalize(new(big.Int).SetUint64(committeeID)))
}

// ---------------------------------------------------------------- token

// Transfer sends FST.
func (c *Client) Transfer(ctx context.Context, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.send(ctx, "transfer FST", c.manifest.Token, c.token.PackTransfer(to, amount))
}

// Mint mints FST (MINTER_ROLE only: the faucet account of a dev chain).
func (c *Client) Mint(ctx context.Context, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.send(ctx, "mint FST", c.manifest.Token, c.token.PackMint(to, amount))
}
