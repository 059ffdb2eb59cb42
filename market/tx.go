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

// CreateOrder locks the prepayment and creates an order; it returns the order id. When the
// transactor can sign hashes the prepayment is authorised by an ERC-2612 permit in the same
// transaction; otherwise an approve goes first if the allowance is short.
func (c *Client) CreateOrder(ctx context.Context, p OrderParams) (uint64, *types.Receipt, error) {
	if c.tx == nil {
		return 0, nil, ErrReadOnly
	}
	if p.MaxUnitPrice == nil || p.MaxUnitPrice.Sign() <= 0 {
		return 0, nil, fmt.Errorf("create order: the maximum unit price must be above zero")
	}
	bidding, reveal := p.BiddingWindow.Round(time.Second)/time.Second, p.RevealWindow.Round(time.Second)/time.Second
	if bidding > math.MaxUint32 || reveal > math.MaxUint32 || bidding < 0 || reveal < 0 {
		return 0, nil, fmt.Errorf("create order: bidding or reveal window out of range")
	}
	if lv, err := c.Level(ctx, p.LevelID); err != nil {
		return 0, nil, err
	} else if !lv.Active {
		return 0, nil, fmt.Errorf("create order: level %d takes no new orders: run `defaas levels` for the active ones", p.LevelID)
	}
	params := contracts.MarketOrderParams{
		LevelId: p.LevelID, DurationUnits: p.DurationUnits, MaxUnitPrice: p.MaxUnitPrice,
		BiddingSeconds: uint32(bidding), RevealSeconds: uint32(reveal), WitnessCount: p.WitnessCount,
	}
	need := p.Prepayment()
	have, err := c.Balance(ctx, c.tx.From())
	if err != nil {
		return 0, nil, err
	}
	if have.Cmp(need) < 0 {
		return 0, nil, fmt.Errorf("create order: the prepayment is %s FST but %s holds %s FST: get more FST (defaas token faucet on a dev chain) or lower --max-price or --units",
			FormatFST(need), c.tx.From(), FormatFST(have))
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

// Fulfill starts the service (the customer any time; anyone after the deploy timeout).
func (c *Client) Fulfill(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("fulfill order %d", id), c.manifest.Market, c.market.PackFulfill(bigID(id)))
}

// ---------------------------------------------------------------- anyone, after deadlines

// CloseBidding closes the auction after its window: matched, or failed with a refund.
func (c *Client) CloseBidding(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("close bidding on order %d", id), c.manifest.Market, c.market.PackCloseBidding(bigID(id)))
}

// Expire fails a matched order whose provider or customer missed its deadline.
func (c *Client) Expire(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("expire order %d", id), c.manifest.Market, c.market.PackExpire(bigID(id)))
}

// Settle fixes the amounts after the witnesses' windows (finalizing the committee if needed).
func (c *Client) Settle(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("settle order %d", id), c.manifest.Market, c.market.PackSettle(bigID(id)))
}

// Finish transfers the settled amounts.
func (c *Client) Finish(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("finish order %d", id), c.manifest.Market, c.market.PackFinish(bigID(id)))
}

// ForfeitBond sends an unrevealed sealed bid's bond to the customer, after the reveal window.
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

// WithdrawWitnessStake returns the whole stake after exit and cooldown.
func (c *Client) WithdrawWitnessStake(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "withdraw witness stake", c.manifest.WitnessPool, c.pool.PackWithdrawWitnessStake())
}

// DrawCommittee draws a lease's committee once it is due (anyone).
func (c *Client) DrawCommittee(ctx context.Context, leaseID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("draw committee of lease %d", leaseID), c.manifest.WitnessPool, c.pool.PackDrawCommittee(bigID(leaseID)))
}

// CommitReport commits to a report (violated, reportTime, secret); keep all three to reveal.
func (c *Client) CommitReport(ctx context.Context, leaseID uint64, violated bool, reportTime uint64, secret [32]byte) (*types.Receipt, error) {
	if c.tx == nil {
		return nil, ErrReadOnly
	}
	commitment := ReportCommitment(leaseID, c.tx.From(), violated, reportTime, secret)
	return c.send(ctx, fmt.Sprintf("commit report on lease %d", leaseID), c.manifest.WitnessPool, c.pool.PackCommitReport(bigID(leaseID), commitment))
}

// RevealReport reveals a committed report.
func (c *Client) RevealReport(ctx context.Context, leaseID uint64, violated bool, reportTime uint64, secret [32]byte) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("reveal report on lease %d", leaseID), c.manifest.WitnessPool, c.pool.PackRevealReport(bigID(leaseID), violated, reportTime, secret))
}

// Finalize reaches the verdict and pays the witnesses after the reveal window (anyone).
func (c *Client) Finalize(ctx context.Context, leaseID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("finalize lease %d", leaseID), c.manifest.WitnessPool, c.pool.PackFinalize(bigID(leaseID)))
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
