// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// MarketLease is an auto generated low-level Go binding around an user-defined struct.
type MarketLease struct {
	Customer        common.Address
	Provider        common.Address
	UnitPrice       *big.Int
	Fee             *big.Int
	Collateral      *big.Int
	SeatFee         *big.Int
	ServiceStart    uint64
	ServiceEnd      uint64
	SegmentSeconds  uint64
	Segments        uint8
	WitnessCount    uint8
	ModuleCommitted bool
	Unattended      bool
	ModuleHash      [32]byte
}

// MarketLevel is an auto generated low-level Go binding around an user-defined struct.
type MarketLevel struct {
	CpuMilli uint32
	MemoryMB uint32
	ImageMB  uint32
	Active   bool
}

// MarketOrder is an auto generated low-level Go binding around an user-defined struct.
type MarketOrder struct {
	Customer      common.Address
	DurationUnits uint32
	Deadline      uint32
	State         uint8
	Flags         uint8
	WitnessCount  uint8
	Segments      uint8
	MaxUnitPrice  *big.Int
	BiddingEnd    uint32
	RevealEnd     uint32
	LevelId       uint32
	Commits       uint32
	BestSeq       uint32
	BestBidder    common.Address
	BestPrice     *big.Int
}

// MarketOrderParams is an auto generated low-level Go binding around an user-defined struct.
type MarketOrderParams struct {
	LevelId        uint32
	DurationUnits  uint32
	MaxUnitPrice   *big.Int
	BiddingSeconds uint32
	RevealSeconds  uint32
	WitnessCount   uint8
	Segments       uint8
}

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	BillingPeriod        uint32
	MinBiddingSeconds    uint32
	MaxBiddingSeconds    uint32
	MinRevealSeconds     uint32
	MaxRevealSeconds     uint32
	PublishTimeout       uint32
	AcceptTimeout        uint32
	DeployTimeout        uint32
	ConfirmDeployTimeout uint32
	CollateralBps        uint16
	CollateralFloorBps   uint16
	MinProviderStake     *big.Int
	ProviderExitCooldown uint32
	BidBond              *big.Int
	BidBondBps           uint16
	MaxWitnesses         uint8
	MaxSegments          uint8
	MinSegmentSeconds    uint32
	MaxSegmentSeconds    uint32
	SeatFeeBps           uint16
	MinSeatFeePerUnit    *big.Int
	RequestTimeout       uint32
	ProbeMargin          uint32
	ProbeRatePerMinute   uint32
	ProbeBurst           uint32
	SlaFailBps           uint16
	SlaMinFailures       uint32
}

// MarketProvider is an auto generated low-level Go binding around an user-defined struct.
type MarketProvider struct {
	Stake         *big.Int
	Locked        *big.Int
	ExitAt        uint32
	LastLockOrder uint32
}

// MarketSealedBid is an auto generated low-level Go binding around an user-defined struct.
type MarketSealedBid struct {
	Commitment [27]byte
	Seq        uint32
	Status     uint8
}

// MarketSegmentView is an auto generated low-level Go binding around an user-defined struct.
type MarketSegmentView struct {
	CommitteeId *big.Int
	Start       uint64
	End         uint64
	OpenUntil   uint64
	CommitEnd   uint64
	RevealEnd   uint64
	Status      uint8
	Violated    bool
}

// WitnessPoolCommitteeView is an auto generated low-level Go binding around an user-defined struct.
type WitnessPoolCommitteeView struct {
	Status           uint8
	N                uint8
	Threshold        uint8
	RequestBlock     uint64
	SeedBlock        uint64
	DrawDueAfter     uint64
	End              uint64
	CommitEnd        uint64
	RevealEnd        uint64
	SeatFee          *big.Int
	SeatLock         *big.Int
	ListLength       uint32
	Tried            uint32
	Violated         bool
	ViolationReports uint8
	Revealed         uint8
	Customer         common.Address
	Provider         common.Address
	Members          []common.Address
}

// WitnessPoolParams is an auto generated low-level Go binding around an user-defined struct.
type WitnessPoolParams struct {
	MinWitnessStake     *big.Int
	WitnessBond         *big.Int
	BlockNeed           uint16
	CommitGrace         uint32
	ReportRevealSeconds uint32
	MaxReportAge        uint32
	WitnessExitCooldown uint32
}

// WitnessPoolSeatView is an auto generated low-level Go binding around an user-defined struct.
type WitnessPoolSeatView struct {
	Member     bool
	Committed  bool
	Revealed   bool
	Violated   bool
	CommitTime uint64
	Commitment [32]byte
}

// WitnessPoolWitnessView is an auto generated low-level Go binding around an user-defined struct.
type WitnessPoolWitnessView struct {
	Stake          *big.Int
	Locked         *big.Int
	EligibleSince  uint64
	Id             uint32
	Index          uint32
	Registered     bool
	Available      bool
	Exiting        bool
	WithdrawableAt uint64
}

// AuctionMetaData contains all meta data concerning the Auction contract.
var AuctionMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"CustomerCannotBid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"OpenBiddingOnly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"}],\"name\":\"RevealNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"UnknownOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"BidCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"}],\"name\":\"BidRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondForfeited\",\"type\":\"event\"}]",
	ID:  "57570faf1dd1f3578abbb32dd94ce75510",
	Bin: "0x61125d610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061004a575f3560e01c80630cfd89bc1461004e5780630e6624ab1461006f5780631cf90bef1461008e575b5f5ffd5b818015610059575f5ffd5b5061006d61006836600461106d565b6100ad565b005b81801561007a575f5ffd5b5061006d6100893660046110cb565b6103c2565b818015610099575f5ffd5b5061006d6100a836600461110a565b6106e9565b5f8754600160e01b900460ff1660078111156100cb576100cb61117f565b0361010a576040517f40ddeab2000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b8654600160e81b90046001165f0361013857604051632c0a12c760e21b815260048101859052602401610101565b6001870154600160801b900463ffffffff164210156101975760018701546040517fbd5145db000000000000000000000000000000000000000000000000000000008152600160801b90910463ffffffff166004820152602401610101565b8554600160f81b900460ff165f8160048111156101b6576101b661117f565b036101e657604051634622cfef60e11b8152600481018690526001600160a01b0385166024820152604401610101565b60018160048111156101fa576101fa61117f565b1461022a5760405163619cd47560e11b8152600481018690526001600160a01b0385166024820152604401610101565b86546001600160f81b03167f0300000000000000000000000000000000000000000000000000000000000000178755600188015488545f91610285916001600160601b0390911690600160a01b900463ffffffff1686610b23565b875490915081908890600c906102ac908490600160601b90046001600160601b03166111a7565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555080875f015f8282829054906101000a90046001600160601b03166102f491906111a7565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550826001600160a01b03166342966c68826040518263ffffffff1660e01b815260040161034691815260200190565b5f604051808303815f87803b15801561035d575f5ffd5b505af115801561036f573d5f5f3e3d5ffd5b50505050846001600160a01b0316867f16dd876919f5a1d3a62d34d0c40f4f6bd9f269ef564d21d1939452cd57f50b84836040516103af91815260200190565b60405180910390a3505050505050505050565b6103cc8684610b93565b8554600160c01b900463ffffffff16421061040b578554604051636768091360e01b8152600160c01b90910463ffffffff166004820152602401610101565b85546001600160a01b03163303610451576040517fcb52bad600000000000000000000000000000000000000000000000000000000815260048101849052602401610101565b5f8554600160f81b900460ff16600481111561046f5761046f61117f565b146104af576040517fd42c398500000000000000000000000000000000000000000000000000000000815260048101849052336024820152604401610101565b83546001600160601b03165f036104f4576040517f1bd2224f000000000000000000000000000000000000000000000000000000008152336004820152602401610101565b8354600160c01b900463ffffffff16156105235760405163bfb17abf60e01b8152336004820152602401610101565b600186015486545f9161054f916001600160601b0390911690600160a01b900463ffffffff1684610b23565b85549091505f90610572906001600160601b03600160601b8204811691166111a7565b6001600160601b03169050818110156105a8576040516340179d2160e11b81526004810182905260248101839052604401610101565b855482908790600c906105cc908490600160601b90046001600160601b03166111c6565b82546001600160601b039182166101009390930a928302919092021990911617905550855463ffffffff808716600160e01b026001600160e01b039092169190911787556001898101545f9261062b92600160c01b90920416906111e5565b60018a0180547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b63ffffffff8416908102919091179091558954602888901c7fff0000000000000000000000000000000000000000000000000000000000000090911617600160d81b909102176001600160f81b0316600160f81b178955604051909150339087907f0934ea4de468dcd0d9a335c5f97aa77955310c29631c93fbd01d95a00242ec41905f90a3505050505050505050565b6106f38886610b93565b8754600160c01b900463ffffffff1642101561074c5787546040517f25f4b0b6000000000000000000000000000000000000000000000000000000008152600160c01b90910463ffffffff166004820152602401610101565b6001880154600160801b900463ffffffff164210610791576001880154604051636768091360e01b8152600160801b90910463ffffffff166004820152602401610101565b8654600160f81b900460ff165f8160048111156107b0576107b061117f565b036107d757604051634622cfef60e11b815260048101879052336024820152604401610101565b60018160048111156107eb576107eb61117f565b146108125760405163619cd47560e11b815260048101879052336024820152604401610101565b335f9081526020889052604090208054600160c01b900463ffffffff161561084f5760405163bfb17abf60e01b8152336004820152602401610101565b604080516020810189905233918101919091526001600160601b03871660608201526080810186905260a00160408051601f198184030181529190528051602090910120895460281b64ffffffffff199081169116146108e4576040517f3dd1603e00000000000000000000000000000000000000000000000000000000815260048101889052336024820152604401610101565b5f5f6108f28c848a89610c46565b9150915081610a05578a546001600160f81b03167f0400000000000000000000000000000000000000000000000000000000000000178b558254819084905f906109469084906001600160601b03166111a7565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550846001600160a01b03166342966c68826040518263ffffffff1660e01b815260040161099891815260200190565b5f604051808303815f87803b1580156109af575f5ffd5b505af11580156109c1573d5f5f3e3d5ffd5b50506040518381523392508b91507f16dd876919f5a1d3a62d34d0c40f4f6bd9f269ef564d21d1939452cd57f50b849060200160405180910390a350505050610b19565b8a546001600160f81b03167f020000000000000000000000000000000000000000000000000000000000000017808c55600160d81b900463ffffffff165f610a4c8e610d33565b9050806001600160601b03168a6001600160601b03161080610a9e5750806001600160601b03168a6001600160601b0316148015610a9e575060018e015463ffffffff600160e01b9091048116908316105b15610ad257610ab28c8f878e338f8e610d83565b60018e0180546001600160e01b0316600160e01b63ffffffff8516021790555b6040516001600160601b038b16815233908c907f2cce53387f4422c08208c1c681f93018801b114d4615a7850280fa4ef6452efd9060200160405180910390a35050505050505b5050505050505050565b5f8061271061ffff602085901c16610b4a63ffffffff87166001600160601b038916611201565b610b549190611201565b610b609061270f611218565b610b6a919061122b565b90506001600160601b03603084901c16808211610b875780610b89565b815b9695505050505050565b60018254600160e01b900460ff166007811115610bb257610bb261117f565b14610c145781548190600160e01b900460ff166007811115610bd657610bd661117f565b6040517f800b0615000000000000000000000000000000000000000000000000000000008152600481019290925260ff166024820152604401610101565b8154600160e81b90046001165f03610c4257604051632c0a12c760e21b815260048101829052602401610101565b5050565b600184015484545f9182916001600160601b0390911690600160a01b900463ffffffff16610c75828287610b23565b87549093505f90610c97908590600160601b90046001600160601b031661124a565b88546001600160601b03808316600160601b027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff909216919091178a55909150871615801590610cf95750826001600160601b0316876001600160601b031611155b8015610d2557508754610d169082906001600160601b031661124a565b610d228885858a610fb8565b11155b945050505094509492505050565b60028101545f906001600160a01b031615610d62576002820154600160a01b90046001600160601b0316610d7d565b600180830154610d7d916001600160601b03909116906111c6565b92915050565b85546001870154600160a01b90910463ffffffff16906001600160601b03165f610daf85838587610fb8565b60028a01549091506001600160a01b039081169087168103610e435760028a01548290610dee90600160a01b90046001600160601b0316858789610fb8565b610df8919061124a565b89548a90600c90610e1a908490600160601b90046001600160601b03166111a7565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550610f8a565b88545f90610e63906001600160601b03600160601b8204811691166111a7565b6001600160601b0316905082811015610e99576040516340179d2160e11b81526004810182905260248101849052604401610101565b895483908b90600c90610ebd908490600160601b90046001600160601b03166111c6565b82546101009290920a6001600160601b038181021990931691909216919091021790555089546001600160e01b0316600160e01b63ffffffff8b1602178a556001600160a01b03821615610f885760028b0154610f2c90600160a01b90046001600160601b0316858789610fb8565b6001600160a01b0383165f90815260208e9052604090208054600c90610f63908490600160601b90046001600160601b03166111a7565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505b505b50505050506001600160601b0316600160a01b026001600160a01b0390911617600290930192909255505050565b5f80610fd363ffffffff85166001600160601b038816611201565b610fdf90612710611201565b90505f61ffff601085901c1661100463ffffffff87166001600160601b038916611201565b61100e9190611201565b90508181111561101c578091505b6305f5e10061102f61ffff861684611201565b61103d906305f5e0ff611218565b611047919061122b565b979650505050505050565b80356001600160a01b0381168114611068575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a031215611083575f5ffd5b873596506020880135955060408801359450606088013593506110a860808901611052565b925060a088013591506110bd60c08901611052565b905092959891949750929550565b5f5f5f5f5f5f60c087890312156110e0575f5ffd5b505084359660208601359650604086013595606081013595506080810135945060a0013592509050565b5f5f5f5f5f5f5f5f610100898b031215611122575f5ffd5b8835975060208901359650604089013595506060890135945060808901356001600160601b0381168114611154575f5ffd5b935060a0890135925060c0890135915061117060e08a01611052565b90509295985092959890939650565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160601b038281168282160390811115610d7d57610d7d611193565b6001600160601b038181168382160190811115610d7d57610d7d611193565b63ffffffff8181168382160190811115610d7d57610d7d611193565b8082028115828204841417610d7d57610d7d611193565b80820180821115610d7d57610d7d611193565b5f8261124557634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610d7d57610d7d61119356",
}

// Auction is an auto generated Go binding around an Ethereum contract.
type Auction struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Auction) GetABI() abi.ABI {
	return c.abi
}

// NewAuction creates a new instance of Auction.
func NewAuction() *Auction {
	parsed, err := AuctionMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Auction{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Auction) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// AuctionBidCommitted represents a BidCommitted event raised by the Auction contract.
type AuctionBidCommitted struct {
	OrderId  *big.Int
	Provider common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionBidCommittedEventName = "BidCommitted"

// ContractEventName returns the user-defined event name.
func (AuctionBidCommitted) ContractEventName() string {
	return AuctionBidCommittedEventName
}

// UnpackBidCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidCommitted(uint256 indexed orderId, address indexed provider)
func (auction *Auction) UnpackBidCommittedEvent(log *types.Log) (*AuctionBidCommitted, error) {
	event := "BidCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionBidCommitted)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionBidRevealed represents a BidRevealed event raised by the Auction contract.
type AuctionBidRevealed struct {
	OrderId   *big.Int
	Provider  common.Address
	UnitPrice *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AuctionBidRevealedEventName = "BidRevealed"

// ContractEventName returns the user-defined event name.
func (AuctionBidRevealed) ContractEventName() string {
	return AuctionBidRevealedEventName
}

// UnpackBidRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidRevealed(uint256 indexed orderId, address indexed provider, uint96 unitPrice)
func (auction *Auction) UnpackBidRevealedEvent(log *types.Log) (*AuctionBidRevealed, error) {
	event := "BidRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionBidRevealed)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionBondForfeited represents a BondForfeited event raised by the Auction contract.
type AuctionBondForfeited struct {
	OrderId  *big.Int
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionBondForfeitedEventName = "BondForfeited"

// ContractEventName returns the user-defined event name.
func (AuctionBondForfeited) ContractEventName() string {
	return AuctionBondForfeitedEventName
}

// UnpackBondForfeitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondForfeited(uint256 indexed orderId, address indexed provider, uint256 amount)
func (auction *Auction) UnpackBondForfeitedEvent(log *types.Log) (*AuctionBondForfeited, error) {
	event := "BondForfeited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionBondForfeited)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (auction *Auction) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], auction.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return auction.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return auction.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return auction.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["CustomerCannotBid"].ID.Bytes()[:4]) {
		return auction.UnpackCustomerCannotBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return auction.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return auction.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["InsufficientFreeStake"].ID.Bytes()[:4]) {
		return auction.UnpackInsufficientFreeStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return auction.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return auction.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["OpenBiddingOnly"].ID.Bytes()[:4]) {
		return auction.UnpackOpenBiddingOnlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["ProviderExiting"].ID.Bytes()[:4]) {
		return auction.UnpackProviderExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["RevealNotOpen"].ID.Bytes()[:4]) {
		return auction.UnpackRevealNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["UnknownOrder"].ID.Bytes()[:4]) {
		return auction.UnpackUnknownOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return auction.UnpackWrongStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AuctionAlreadyCommitted represents a AlreadyCommitted error raised by the Auction contract.
type AuctionAlreadyCommitted struct {
	OrderId  *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 orderId, address provider)
func AuctionAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 orderId, address provider)
func (auction *Auction) UnpackAlreadyCommittedError(raw []byte) (*AuctionAlreadyCommitted, error) {
	out := new(AuctionAlreadyCommitted)
	if err := auction.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionAlreadyRevealed represents a AlreadyRevealed error raised by the Auction contract.
type AuctionAlreadyRevealed struct {
	OrderId  *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 orderId, address provider)
func AuctionAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 orderId, address provider)
func (auction *Auction) UnpackAlreadyRevealedError(raw []byte) (*AuctionAlreadyRevealed, error) {
	out := new(AuctionAlreadyRevealed)
	if err := auction.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionCommitmentMismatch represents a CommitmentMismatch error raised by the Auction contract.
type AuctionCommitmentMismatch struct {
	OrderId  *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 orderId, address provider)
func AuctionCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 orderId, address provider)
func (auction *Auction) UnpackCommitmentMismatchError(raw []byte) (*AuctionCommitmentMismatch, error) {
	out := new(AuctionCommitmentMismatch)
	if err := auction.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionCustomerCannotBid represents a CustomerCannotBid error raised by the Auction contract.
type AuctionCustomerCannotBid struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CustomerCannotBid(uint256 orderId)
func AuctionCustomerCannotBidErrorID() common.Hash {
	return common.HexToHash("0xcb52bad6265a81776ef7d62035b19eb0d2adce74322f42670b121eb7b81eb90b")
}

// UnpackCustomerCannotBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CustomerCannotBid(uint256 orderId)
func (auction *Auction) UnpackCustomerCannotBidError(raw []byte) (*AuctionCustomerCannotBid, error) {
	out := new(AuctionCustomerCannotBid)
	if err := auction.abi.UnpackIntoInterface(out, "CustomerCannotBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionDeadlineNotReached represents a DeadlineNotReached error raised by the Auction contract.
type AuctionDeadlineNotReached struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(uint64 deadline)
func AuctionDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xbd5145db3e26b65e37d7691b2b64b2ef714256dc0192fbc245167645d0ab1200")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(uint64 deadline)
func (auction *Auction) UnpackDeadlineNotReachedError(raw []byte) (*AuctionDeadlineNotReached, error) {
	out := new(AuctionDeadlineNotReached)
	if err := auction.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionDeadlinePassed represents a DeadlinePassed error raised by the Auction contract.
type AuctionDeadlinePassed struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func AuctionDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6768091307d5da213ba3ac1392311a935d1607f1020232ee01d118de33b68661")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func (auction *Auction) UnpackDeadlinePassedError(raw []byte) (*AuctionDeadlinePassed, error) {
	out := new(AuctionDeadlinePassed)
	if err := auction.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionInsufficientFreeStake represents a InsufficientFreeStake error raised by the Auction contract.
type AuctionInsufficientFreeStake struct {
	Free   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFreeStake(uint256 free, uint256 needed)
func AuctionInsufficientFreeStakeErrorID() common.Hash {
	return common.HexToHash("0x802f3a423cea712dbebecc8f1c7ad9a357d722179ad2025178cd6f812e465c77")
}

// UnpackInsufficientFreeStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFreeStake(uint256 free, uint256 needed)
func (auction *Auction) UnpackInsufficientFreeStakeError(raw []byte) (*AuctionInsufficientFreeStake, error) {
	out := new(AuctionInsufficientFreeStake)
	if err := auction.abi.UnpackIntoInterface(out, "InsufficientFreeStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionNoCommitment represents a NoCommitment error raised by the Auction contract.
type AuctionNoCommitment struct {
	OrderId  *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 orderId, address provider)
func AuctionNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 orderId, address provider)
func (auction *Auction) UnpackNoCommitmentError(raw []byte) (*AuctionNoCommitment, error) {
	out := new(AuctionNoCommitment)
	if err := auction.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionNotProvider represents a NotProvider error raised by the Auction contract.
type AuctionNotProvider struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(address account)
func AuctionNotProviderErrorID() common.Hash {
	return common.HexToHash("0x1bd2224f47bf32854983ee16847394426ab18eae693119e80eb952977965d64a")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(address account)
func (auction *Auction) UnpackNotProviderError(raw []byte) (*AuctionNotProvider, error) {
	out := new(AuctionNotProvider)
	if err := auction.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionOpenBiddingOnly represents a OpenBiddingOnly error raised by the Auction contract.
type AuctionOpenBiddingOnly struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpenBiddingOnly(uint256 orderId)
func AuctionOpenBiddingOnlyErrorID() common.Hash {
	return common.HexToHash("0xb0284b1ce126731c73b8d9867fb9887cf47b0fa4c3fbcefb27b3489e239d559e")
}

// UnpackOpenBiddingOnlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpenBiddingOnly(uint256 orderId)
func (auction *Auction) UnpackOpenBiddingOnlyError(raw []byte) (*AuctionOpenBiddingOnly, error) {
	out := new(AuctionOpenBiddingOnly)
	if err := auction.abi.UnpackIntoInterface(out, "OpenBiddingOnly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionProviderExiting represents a ProviderExiting error raised by the Auction contract.
type AuctionProviderExiting struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderExiting(address provider)
func AuctionProviderExitingErrorID() common.Hash {
	return common.HexToHash("0xbfb17abf9ffd5524126ff26af2f0c6f7146d5cf87756214521bd0be8ebe9ae38")
}

// UnpackProviderExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderExiting(address provider)
func (auction *Auction) UnpackProviderExitingError(raw []byte) (*AuctionProviderExiting, error) {
	out := new(AuctionProviderExiting)
	if err := auction.abi.UnpackIntoInterface(out, "ProviderExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionRevealNotOpen represents a RevealNotOpen error raised by the Auction contract.
type AuctionRevealNotOpen struct {
	OpensAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealNotOpen(uint64 opensAt)
func AuctionRevealNotOpenErrorID() common.Hash {
	return common.HexToHash("0x25f4b0b6823e390f1fcd74e0e6dffe8130b041c301119bdc6b711634c2c99940")
}

// UnpackRevealNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealNotOpen(uint64 opensAt)
func (auction *Auction) UnpackRevealNotOpenError(raw []byte) (*AuctionRevealNotOpen, error) {
	out := new(AuctionRevealNotOpen)
	if err := auction.abi.UnpackIntoInterface(out, "RevealNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionUnknownOrder represents a UnknownOrder error raised by the Auction contract.
type AuctionUnknownOrder struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOrder(uint256 orderId)
func AuctionUnknownOrderErrorID() common.Hash {
	return common.HexToHash("0x40ddeab2f6af4f0aff74c3813ec8ddf75e28bbd22193a4f365bece4f1f503f58")
}

// UnpackUnknownOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOrder(uint256 orderId)
func (auction *Auction) UnpackUnknownOrderError(raw []byte) (*AuctionUnknownOrder, error) {
	out := new(AuctionUnknownOrder)
	if err := auction.abi.UnpackIntoInterface(out, "UnknownOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionWrongState represents a WrongState error raised by the Auction contract.
type AuctionWrongState struct {
	OrderId *big.Int
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 orderId, uint8 state)
func AuctionWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 orderId, uint8 state)
func (auction *Auction) UnpackWrongStateError(raw []byte) (*AuctionWrongState, error) {
	out := new(AuctionWrongState)
	if err := auction.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenMetaData contains all meta data concerning the FaaSToken contract.
var FaaSTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialHolder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burnFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "535e01a0a52f671e4ca7b7ea38a4ca7096",
	Bin: "0x610160604052348015610010575f5ffd5b50604051611b37380380611b3783398101604081905261002f9161040c565b6040518060400160405280600a8152602001692330b0a9902a37b5b2b760b11b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600a8152602001692330b0a9902a37b5b2b760b11b815250604051806040016040528060038152602001621194d560ea1b81525081600390816100bb91906104dd565b5060046100c882826104dd565b5050506100da826101a060201b60201c565b610120526100e7816101a0565b61014052815160208084019190912060e052815190820120610100524660a05261017360e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506101875f846101e6565b508015610198576101988282610293565b50505061060e565b5f5f829050601f815111156101d3578260405163305a27a960e01b81526004016101ca9190610597565b60405180910390fd5b80516101de826105cc565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff1661028a575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102423390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161028d565b505f5b92915050565b6001600160a01b0382166102bc5760405163ec442f0560e01b81525f60048201526024016101ca565b6102c75f83836102cb565b5050565b6001600160a01b0383166102f5578060025f8282546102ea91906105ef565b909155506103659050565b6001600160a01b0383165f90815260208190526040902054818110156103475760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016101ca565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166103815760028054829003905561039f565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516103e491815260200190565b60405180910390a3505050565b80516001600160a01b0381168114610407575f5ffd5b919050565b5f5f5f6060848603121561041e575f5ffd5b610427846103f1565b9250610435602085016103f1565b9150604084015190509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061046d57607f821691505b60208210810361048b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104d857805f5260205f20601f840160051c810160208510156104b65750805b601f840160051c820191505b818110156104d5575f81556001016104c2565b50505b505050565b81516001600160401b038111156104f6576104f6610445565b61050a816105048454610459565b84610491565b6020601f82116001811461053c575f83156105255750848201515b5f19600385901b1c1916600184901b1784556104d5565b5f84815260208120601f198516915b8281101561056b578785015182556020948501946001909201910161054b565b508482101561058857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561048b575f1960209190910360031b1b16919050565b8082018082111561028d57634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e0516101005161012051610140516114d861065f5f395f610c3a01525f610c0f01525f610acb01525f610aa301525f6109fe01525f610a2801525f610a5201526114d85ff3fe608060405234801561000f575f5ffd5b506004361061018f575f3560e01c806370a08231116100dd578063a217fddf11610088578063d539139311610063578063d539139314610365578063d547741f1461038c578063dd62ed3e1461039f575f5ffd5b8063a217fddf14610338578063a9059cbb1461033f578063d505accf14610352575f5ffd5b806384b0196e116100b857806384b0196e146102dd57806391d14854146102f857806395d89b4114610330575f5ffd5b806370a082311461028f57806379cc6790146102b75780637ecebe00146102ca575f5ffd5b80632f2ff15d1161013d57806336568abe1161011857806336568abe1461025657806340c10f191461026957806342966c681461027c575f5ffd5b80632f2ff15d1461022a578063313ce5671461023f5780633644e5151461024e575f5ffd5b806318160ddd1161016d57806318160ddd146101e357806323b872dd146101f5578063248a9ca314610208575f5ffd5b806301ffc9a71461019357806306fdde03146101bb578063095ea7b3146101d0575b5f5ffd5b6101a66101a13660046111c9565b6103d7565b60405190151581526020015b60405180910390f35b6101c361046f565b6040516101b2919061123d565b6101a66101de36600461126a565b6104ff565b6002545b6040519081526020016101b2565b6101a6610203366004611292565b610516565b6101e76102163660046112cc565b5f9081526008602052604090206001015490565b61023d6102383660046112e3565b610539565b005b604051601281526020016101b2565b6101e7610563565b61023d6102643660046112e3565b610571565b61023d61027736600461126a565b6105c2565b61023d61028a3660046112cc565b6105f6565b6101e761029d36600461130d565b6001600160a01b03165f9081526020819052604090205490565b61023d6102c536600461126a565b610603565b6101e76102d836600461130d565b61061c565b6102e5610639565b6040516101b29796959493929190611326565b6101a66103063660046112e3565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6101c3610697565b6101e75f81565b6101a661034d36600461126a565b6106a6565b61023d6103603660046113d8565b6106b3565b6101e77f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b61023d61039a3660046112e3565b610820565b6101e76103ad366004611445565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061046957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b60606003805461047e9061146d565b80601f01602080910402602001604051908101604052809291908181526020018280546104aa9061146d565b80156104f55780601f106104cc576101008083540402835291602001916104f5565b820191905f5260205f20905b8154815290600101906020018083116104d857829003601f168201915b5050505050905090565b5f3361050c818585610844565b5060019392505050565b5f33610523858285610851565b61052e8585856108e0565b506001949350505050565b5f828152600860205260409020600101546105538161093d565b61055d8383610947565b50505050565b5f61056c6109f2565b905090565b6001600160a01b03811633146105b3576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105bd8282610b1b565b505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66105ec8161093d565b6105bd8383610ba0565b6106003382610bd4565b50565b61060e823383610851565b6106188282610bd4565b5050565b6001600160a01b0381165f90815260076020526040812054610469565b5f6060805f5f5f606061064a610c08565b610652610c33565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b60606004805461047e9061146d565b5f3361050c8185856108e0565b834211156106f5576040517f62791302000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886107408c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61079a82610c5e565b90505f6107a982878787610ca5565b9050896001600160a01b0316816001600160a01b031614610809576040517f4b800e460000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301528b1660248201526044016106ec565b6108148a8a8a610844565b50505050505050505050565b5f8281526008602052604090206001015461083a8161093d565b61055d8383610b1b565b6105bd8383836001610cd1565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561055d57818110156108d2576040517ffb8f41b20000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604481018390526064016106ec565b61055d84848484035f610cd1565b6001600160a01b03831661090957604051634b637e8f60e11b81525f60048201526024016106ec565b6001600160a01b0382166109325760405163ec442f0560e01b81525f60048201526024016106ec565b6105bd838383610dd5565b6106008133610f14565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff166109eb575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556109a33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610469565b505f610469565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610a4a57507f000000000000000000000000000000000000000000000000000000000000000046145b15610a7457507f000000000000000000000000000000000000000000000000000000000000000090565b61056c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff16156109eb575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610469565b6001600160a01b038216610bc95760405163ec442f0560e01b81525f60048201526024016106ec565b6106185f8383610dd5565b6001600160a01b038216610bfd57604051634b637e8f60e11b81525f60048201526024016106ec565b610618825f83610dd5565b606061056c7f0000000000000000000000000000000000000000000000000000000000000000610f81565b606061056c7f0000000000000000000000000000000000000000000000000000000000000000610f81565b5f610469610c6a6109f2565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f610cb588888888610fbe565b925092509250610cc58282611086565b50909695505050505050565b6001600160a01b038416610d13576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016106ec565b6001600160a01b038316610d55576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016106ec565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561055d57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610dc791815260200190565b60405180910390a350505050565b6001600160a01b038316610dff578060025f828254610df491906114a5565b90915550610e889050565b6001600160a01b0383165f9081526020819052604090205481811015610e6a576040517fe450d38c0000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260248101829052604481018390526064016106ec565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610ea457600280548290039055610ec2565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610f0791815260200190565b60405180910390a3505050565b5f8281526008602090815260408083206001600160a01b038516845290915290205460ff16610618576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016106ec565b60605f610f8d83611189565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610ff757505f9150600390508261107c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611048573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661107357505f92506001915082905061107c565b92505f91508190505b9450945094915050565b5f826003811115611099576110996114c4565b036110a2575050565b60018260038111156110b6576110b66114c4565b036110ed576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002826003811115611101576111016114c4565b0361113b576040517ffce698f7000000000000000000000000000000000000000000000000000000008152600481018290526024016106ec565b600382600381111561114f5761114f6114c4565b03610618576040517fd78bce0c000000000000000000000000000000000000000000000000000000008152600481018290526024016106ec565b5f60ff8216601f811115610469576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f602082840312156111d9575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611208575f5ffd5b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f611208602083018461120f565b80356001600160a01b0381168114611265575f5ffd5b919050565b5f5f6040838503121561127b575f5ffd5b6112848361124f565b946020939093013593505050565b5f5f5f606084860312156112a4575f5ffd5b6112ad8461124f565b92506112bb6020850161124f565b929592945050506040919091013590565b5f602082840312156112dc575f5ffd5b5035919050565b5f5f604083850312156112f4575f5ffd5b823591506113046020840161124f565b90509250929050565b5f6020828403121561131d575f5ffd5b6112088261124f565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61136060e083018961120f565b8281036040840152611372818961120f565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156113c75783518352602093840193909201916001016113a9565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a0312156113ee575f5ffd5b6113f78861124f565b96506114056020890161124f565b95506040880135945060608801359350608088013560ff81168114611428575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611456575f5ffd5b61145f8361124f565b91506113046020840161124f565b600181811c9082168061148157607f821691505b60208210810361149f57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561046957634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffd",
}

// FaaSToken is an auto generated Go binding around an Ethereum contract.
type FaaSToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FaaSToken) GetABI() abi.ABI {
	return c.abi
}

// NewFaaSToken creates a new instance of FaaSToken.
func NewFaaSToken() *FaaSToken {
	parsed, err := FaaSTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FaaSToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FaaSToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address initialHolder, uint256 initialSupply) returns()
func (faaSToken *FaaSToken) PackConstructor(admin common.Address, initialHolder common.Address, initialSupply *big.Int) []byte {
	enc, err := faaSToken.abi.Pack("", admin, initialHolder, initialSupply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (faaSToken *FaaSToken) PackDEFAULTADMINROLE() []byte {
	enc, err := faaSToken.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (faaSToken *FaaSToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return faaSToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (faaSToken *FaaSToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := faaSToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (faaSToken *FaaSToken) PackDOMAINSEPARATOR() []byte {
	enc, err := faaSToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (faaSToken *FaaSToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return faaSToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (faaSToken *FaaSToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := faaSToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (faaSToken *FaaSToken) PackMINTERROLE() []byte {
	enc, err := faaSToken.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (faaSToken *FaaSToken) TryPackMINTERROLE() ([]byte, error) {
	return faaSToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (faaSToken *FaaSToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := faaSToken.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (faaSToken *FaaSToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := faaSToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (faaSToken *FaaSToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return faaSToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (faaSToken *FaaSToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := faaSToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (faaSToken *FaaSToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := faaSToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (faaSToken *FaaSToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return faaSToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (faaSToken *FaaSToken) UnpackApprove(data []byte) (bool, error) {
	out, err := faaSToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (faaSToken *FaaSToken) PackBalanceOf(account common.Address) []byte {
	enc, err := faaSToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (faaSToken *FaaSToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return faaSToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (faaSToken *FaaSToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := faaSToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 value) returns()
func (faaSToken *FaaSToken) PackBurn(value *big.Int) []byte {
	enc, err := faaSToken.abi.Pack("burn", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 value) returns()
func (faaSToken *FaaSToken) TryPackBurn(value *big.Int) ([]byte, error) {
	return faaSToken.abi.Pack("burn", value)
}

// PackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (faaSToken *FaaSToken) PackBurnFrom(account common.Address, value *big.Int) []byte {
	enc, err := faaSToken.abi.Pack("burnFrom", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (faaSToken *FaaSToken) TryPackBurnFrom(account common.Address, value *big.Int) ([]byte, error) {
	return faaSToken.abi.Pack("burnFrom", account, value)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (faaSToken *FaaSToken) PackDecimals() []byte {
	enc, err := faaSToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (faaSToken *FaaSToken) TryPackDecimals() ([]byte, error) {
	return faaSToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (faaSToken *FaaSToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := faaSToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (faaSToken *FaaSToken) PackEip712Domain() []byte {
	enc, err := faaSToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (faaSToken *FaaSToken) TryPackEip712Domain() ([]byte, error) {
	return faaSToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (faaSToken *FaaSToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := faaSToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (faaSToken *FaaSToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := faaSToken.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (faaSToken *FaaSToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return faaSToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (faaSToken *FaaSToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := faaSToken.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (faaSToken *FaaSToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := faaSToken.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (faaSToken *FaaSToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return faaSToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (faaSToken *FaaSToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := faaSToken.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (faaSToken *FaaSToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return faaSToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (faaSToken *FaaSToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := faaSToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (faaSToken *FaaSToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := faaSToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (faaSToken *FaaSToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return faaSToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (faaSToken *FaaSToken) PackName() []byte {
	enc, err := faaSToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (faaSToken *FaaSToken) TryPackName() ([]byte, error) {
	return faaSToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (faaSToken *FaaSToken) UnpackName(data []byte) (string, error) {
	out, err := faaSToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (faaSToken *FaaSToken) PackNonces(owner common.Address) []byte {
	enc, err := faaSToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (faaSToken *FaaSToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return faaSToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (faaSToken *FaaSToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := faaSToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (faaSToken *FaaSToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := faaSToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (faaSToken *FaaSToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return faaSToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (faaSToken *FaaSToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := faaSToken.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (faaSToken *FaaSToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return faaSToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (faaSToken *FaaSToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := faaSToken.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (faaSToken *FaaSToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return faaSToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (faaSToken *FaaSToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := faaSToken.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (faaSToken *FaaSToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return faaSToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (faaSToken *FaaSToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := faaSToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (faaSToken *FaaSToken) PackSymbol() []byte {
	enc, err := faaSToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (faaSToken *FaaSToken) TryPackSymbol() ([]byte, error) {
	return faaSToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (faaSToken *FaaSToken) UnpackSymbol(data []byte) (string, error) {
	out, err := faaSToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (faaSToken *FaaSToken) PackTotalSupply() []byte {
	enc, err := faaSToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (faaSToken *FaaSToken) TryPackTotalSupply() ([]byte, error) {
	return faaSToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (faaSToken *FaaSToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := faaSToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (faaSToken *FaaSToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := faaSToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (faaSToken *FaaSToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return faaSToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (faaSToken *FaaSToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := faaSToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (faaSToken *FaaSToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := faaSToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (faaSToken *FaaSToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return faaSToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (faaSToken *FaaSToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := faaSToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// FaaSTokenApproval represents a Approval event raised by the FaaSToken contract.
type FaaSTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FaaSTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (FaaSTokenApproval) ContractEventName() string {
	return FaaSTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (faaSToken *FaaSToken) UnpackApprovalEvent(log *types.Log) (*FaaSTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faaSToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaaSTokenApproval)
	if len(log.Data) > 0 {
		if err := faaSToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faaSToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaaSTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the FaaSToken contract.
type FaaSTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const FaaSTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (FaaSTokenEIP712DomainChanged) ContractEventName() string {
	return FaaSTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (faaSToken *FaaSToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*FaaSTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faaSToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaaSTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := faaSToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faaSToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaaSTokenRoleAdminChanged represents a RoleAdminChanged event raised by the FaaSToken contract.
type FaaSTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const FaaSTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (FaaSTokenRoleAdminChanged) ContractEventName() string {
	return FaaSTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (faaSToken *FaaSToken) UnpackRoleAdminChangedEvent(log *types.Log) (*FaaSTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faaSToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaaSTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := faaSToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faaSToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaaSTokenRoleGranted represents a RoleGranted event raised by the FaaSToken contract.
type FaaSTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FaaSTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (FaaSTokenRoleGranted) ContractEventName() string {
	return FaaSTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (faaSToken *FaaSToken) UnpackRoleGrantedEvent(log *types.Log) (*FaaSTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faaSToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaaSTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := faaSToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faaSToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaaSTokenRoleRevoked represents a RoleRevoked event raised by the FaaSToken contract.
type FaaSTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FaaSTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (FaaSTokenRoleRevoked) ContractEventName() string {
	return FaaSTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (faaSToken *FaaSToken) UnpackRoleRevokedEvent(log *types.Log) (*FaaSTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faaSToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaaSTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := faaSToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faaSToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaaSTokenTransfer represents a Transfer event raised by the FaaSToken contract.
type FaaSTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const FaaSTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (FaaSTokenTransfer) ContractEventName() string {
	return FaaSTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (faaSToken *FaaSToken) UnpackTransferEvent(log *types.Log) (*FaaSTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faaSToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaaSTokenTransfer)
	if len(log.Data) > 0 {
		if err := faaSToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faaSToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (faaSToken *FaaSToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return faaSToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return faaSToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return faaSToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return faaSToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return faaSToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return faaSToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return faaSToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return faaSToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return faaSToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return faaSToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return faaSToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return faaSToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return faaSToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return faaSToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return faaSToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], faaSToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return faaSToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FaaSTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the FaaSToken contract.
type FaaSTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func FaaSTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (faaSToken *FaaSToken) UnpackAccessControlBadConfirmationError(raw []byte) (*FaaSTokenAccessControlBadConfirmation, error) {
	out := new(FaaSTokenAccessControlBadConfirmation)
	if err := faaSToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the FaaSToken contract.
type FaaSTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func FaaSTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (faaSToken *FaaSToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*FaaSTokenAccessControlUnauthorizedAccount, error) {
	out := new(FaaSTokenAccessControlUnauthorizedAccount)
	if err := faaSToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the FaaSToken contract.
type FaaSTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func FaaSTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (faaSToken *FaaSToken) UnpackECDSAInvalidSignatureError(raw []byte) (*FaaSTokenECDSAInvalidSignature, error) {
	out := new(FaaSTokenECDSAInvalidSignature)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the FaaSToken contract.
type FaaSTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func FaaSTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (faaSToken *FaaSToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*FaaSTokenECDSAInvalidSignatureLength, error) {
	out := new(FaaSTokenECDSAInvalidSignatureLength)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the FaaSToken contract.
type FaaSTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func FaaSTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (faaSToken *FaaSToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*FaaSTokenECDSAInvalidSignatureS, error) {
	out := new(FaaSTokenECDSAInvalidSignatureS)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the FaaSToken contract.
type FaaSTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func FaaSTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (faaSToken *FaaSToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*FaaSTokenERC20InsufficientAllowance, error) {
	out := new(FaaSTokenERC20InsufficientAllowance)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the FaaSToken contract.
type FaaSTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func FaaSTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (faaSToken *FaaSToken) UnpackERC20InsufficientBalanceError(raw []byte) (*FaaSTokenERC20InsufficientBalance, error) {
	out := new(FaaSTokenERC20InsufficientBalance)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the FaaSToken contract.
type FaaSTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func FaaSTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (faaSToken *FaaSToken) UnpackERC20InvalidApproverError(raw []byte) (*FaaSTokenERC20InvalidApprover, error) {
	out := new(FaaSTokenERC20InvalidApprover)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the FaaSToken contract.
type FaaSTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func FaaSTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (faaSToken *FaaSToken) UnpackERC20InvalidReceiverError(raw []byte) (*FaaSTokenERC20InvalidReceiver, error) {
	out := new(FaaSTokenERC20InvalidReceiver)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the FaaSToken contract.
type FaaSTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func FaaSTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (faaSToken *FaaSToken) UnpackERC20InvalidSenderError(raw []byte) (*FaaSTokenERC20InvalidSender, error) {
	out := new(FaaSTokenERC20InvalidSender)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the FaaSToken contract.
type FaaSTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func FaaSTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (faaSToken *FaaSToken) UnpackERC20InvalidSpenderError(raw []byte) (*FaaSTokenERC20InvalidSpender, error) {
	out := new(FaaSTokenERC20InvalidSpender)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the FaaSToken contract.
type FaaSTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func FaaSTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (faaSToken *FaaSToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*FaaSTokenERC2612ExpiredSignature, error) {
	out := new(FaaSTokenERC2612ExpiredSignature)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the FaaSToken contract.
type FaaSTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func FaaSTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (faaSToken *FaaSToken) UnpackERC2612InvalidSignerError(raw []byte) (*FaaSTokenERC2612InvalidSigner, error) {
	out := new(FaaSTokenERC2612InvalidSigner)
	if err := faaSToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the FaaSToken contract.
type FaaSTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func FaaSTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (faaSToken *FaaSToken) UnpackInvalidAccountNonceError(raw []byte) (*FaaSTokenInvalidAccountNonce, error) {
	out := new(FaaSTokenInvalidAccountNonce)
	if err := faaSToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenInvalidShortString represents a InvalidShortString error raised by the FaaSToken contract.
type FaaSTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func FaaSTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (faaSToken *FaaSToken) UnpackInvalidShortStringError(raw []byte) (*FaaSTokenInvalidShortString, error) {
	out := new(FaaSTokenInvalidShortString)
	if err := faaSToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaaSTokenStringTooLong represents a StringTooLong error raised by the FaaSToken contract.
type FaaSTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func FaaSTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (faaSToken *FaaSToken) UnpackStringTooLongError(raw []byte) (*FaaSTokenStringTooLong, error) {
	out := new(FaaSTokenStringTooLong)
	if err := faaSToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketMetaData contains all meta data concerning the Market contract.
var MarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIWitnessPool\",\"name\":\"pool_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"billingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minBiddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxBiddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minRevealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRevealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"publishTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"acceptTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deployTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"confirmDeployTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"collateralBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"collateralFloorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minProviderStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"providerExitCooldown\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"bidBond\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"bidBondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxWitnesses\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxSegments\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"minSegmentSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxSegmentSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"seatFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minSeatFeePerUnit\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"probeMargin\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"probeRatePerMinute\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"probeBurst\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaFailBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"slaMinFailures\",\"type\":\"uint32\"}],\"internalType\":\"structMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"AlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"offered\",\"type\":\"uint96\"}],\"name\":\"BidAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"best\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"offered\",\"type\":\"uint96\"}],\"name\":\"BidNotLower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"biddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"min\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"BiddingWindowOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"CommitteeNotDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"CooldownNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"CustomerCannotBid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxUnits\",\"type\":\"uint32\"}],\"name\":\"DurationTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ExitNotRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"LevelInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"ModuleAlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"ModuleHashRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"ModuleNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCustomer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"NotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotWinner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"OpenBiddingOnly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"}],\"name\":\"PriceTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sealedKits\",\"type\":\"uint256\"}],\"name\":\"ProbeKitLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"}],\"name\":\"RevealNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"revealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"min\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"RevealWindowOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"SealedBiddingOnly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"segmentSeconds\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"min\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"SegmentLengthOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"SegmentNotStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"segment\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"}],\"name\":\"SegmentOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"}],\"name\":\"SegmentsMustDivideDuration\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"SegmentsOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"Unattended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"UnknownLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"UnknownOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"min\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"WitnessCountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDuration\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPrice\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"BidCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"}],\"name\":\"BidPlaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"}],\"name\":\"BidRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondForfeited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"}],\"name\":\"DeploymentCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"accessInfo\",\"type\":\"bytes\"}],\"name\":\"DeploymentPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"LeaseCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cpuMilli\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"imageMB\",\"type\":\"uint32\"}],\"name\":\"LevelAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"LevelDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"biddingEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"}],\"name\":\"OrderCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumMarket.FailReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"OrderFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"OrderFinished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"}],\"name\":\"OrderMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"violatedSegments\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providerPayout\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"customerRefund\",\"type\":\"uint256\"}],\"name\":\"OrderSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"segment\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"sealedKit\",\"type\":\"bytes\"}],\"name\":\"ProbeKit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"ProviderExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"ProviderStakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProviderWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"segment\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"opener\",\"type\":\"address\"}],\"name\":\"SegmentOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"ServiceStarted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_SERVICE_SECONDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WITNESSES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"acceptDeployment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"cpuMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"imageMB\",\"type\":\"uint32\"}],\"name\":\"addLevel\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"addProviderStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"}],\"name\":\"bid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"}],\"name\":\"bidBondFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"bidCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"closeBidding\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"}],\"name\":\"collateralFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitBid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"}],\"name\":\"committeeId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"confirmDeployment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"biddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"}],\"internalType\":\"structMarket.OrderParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"createOrder\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"biddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"}],\"internalType\":\"structMarket.OrderParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"permitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"createOrderWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"deactivateLevel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"finish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"forfeitBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"}],\"name\":\"fulfill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"lease\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seatFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"serviceStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"serviceEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"segmentSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"moduleCommitted\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"unattended\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Lease\",\"name\":\"l\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"level\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"cpuMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"imageMB\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Level\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"levelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"}],\"name\":\"openSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"order\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"},{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"biddingEnd\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealEnd\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"bestSeq\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"bestBidder\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"bestPrice\",\"type\":\"uint96\"}],\"internalType\":\"structMarket.Order\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"biddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"}],\"internalType\":\"structMarket.OrderParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"orderCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"prepayment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"witnessDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seatFee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"orderCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"billingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minBiddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxBiddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minRevealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRevealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"publishTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"acceptTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deployTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"confirmDeployTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"collateralBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"collateralFloorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minProviderStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"providerExitCooldown\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"bidBond\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"bidBondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxWitnesses\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxSegments\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"minSegmentSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxSegmentSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"seatFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minSeatFeePerUnit\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"probeMargin\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"probeRatePerMinute\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"probeBurst\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaFailBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"slaMinFailures\",\"type\":\"uint32\"}],\"internalType\":\"structMarket.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"segment_\",\"type\":\"uint8\"},{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"bytes[]\",\"name\":\"sealedKits\",\"type\":\"bytes[]\"}],\"name\":\"postProbeKit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"provider\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"locked\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"exitAt\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lastLockOrder\",\"type\":\"uint32\"}],\"internalType\":\"structMarket.Provider\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"accessInfo\",\"type\":\"bytes\"}],\"name\":\"publishDeployment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"registerProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestProviderExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealBid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"sealedBid\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes27\",\"name\":\"commitment\",\"type\":\"bytes27\"},{\"internalType\":\"uint32\",\"name\":\"seq\",\"type\":\"uint32\"},{\"internalType\":\"enumMarket.BidStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structMarket.SealedBid\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"segments_\",\"type\":\"uint8\"}],\"name\":\"seatFeeFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"}],\"name\":\"segment\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"enumIWitnessPool.CommitteeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"}],\"internalType\":\"structMarket.SegmentView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"providerPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"customerRefund\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"violatedSegments\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawProviderStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"witnessPool\",\"outputs\":[{\"internalType\":\"contractIWitnessPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "b70dde8c8a075347506fe35f0926e730fe",
	Bin: "0x6102e06040526001600355348015610015575f5ffd5b50604051616ddc380380616ddc83398101604081905261003491610bd0565b806001600160a01b03811661006357604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006c816108c2565b506001600160a01b0384166100ac576040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b604482015260640161005a565b6001600160a01b0383166100f1576040516305519d6f60e51b815260206004820152600b60248201526a1dda5d1b995cdcd41bdbdb60aa1b604482015260640161005a565b815163ffffffff165f03610138576040516305519d6f60e51b815260206004820152600d60248201526c189a5b1b1a5b99d4195c9a5bd9609a1b604482015260640161005a565b602082015163ffffffff1615806101625750816020015163ffffffff16826040015163ffffffff16105b156101b0576040516305519d6f60e51b815260206004820152601560248201527f62696464696e675365636f6e647320626f756e64730000000000000000000000604482015260640161005a565b606082015163ffffffff1615806101da5750816060015163ffffffff16826080015163ffffffff16105b15610228576040516305519d6f60e51b815260206004820152601460248201527f72657665616c5365636f6e647320626f756e6473000000000000000000000000604482015260640161005a565b61012082015161ffff161580610248575061271082610120015161ffff16115b15610286576040516305519d6f60e51b815260206004820152600d60248201526c636f6c6c61746572616c42707360981b604482015260640161005a565b61271082610140015161ffff1611156102d7576040516305519d6f60e51b8152602060048201526012602482015271636f6c6c61746572616c466c6f6f7242707360701b604482015260640161005a565b612710826101c0015161ffff161115610320576040516305519d6f60e51b815260206004820152600a602482015269626964426f6e6442707360b01b604482015260640161005a565b8161016001516001600160601b03165f03610371576040516305519d6f60e51b815260206004820152601060248201526f6d696e50726f76696465725374616b6560801b604482015260640161005a565b600360ff16826101e0015160ff1610156103bd576040516305519d6f60e51b815260206004820152600c60248201526b6d61785769746e657373657360a01b604482015260640161005a565b826001600160a01b0316638dd5c0d66040518163ffffffff1660e01b8152600401602060405180830381865afa1580156103f9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061041d9190610e28565b60ff16826101e0015160ff161115610478576040516305519d6f60e51b815260206004820152601d60248201527f6d61785769746e65737365732061626f76652074686520706f6f6c2773000000604482015260640161005a565b81610200015160ff165f036104be576040516305519d6f60e51b815260206004820152600b60248201526a6d61785365676d656e747360a81b604482015260640161005a565b61022082015163ffffffff1615806104eb575081610220015163ffffffff1682610240015163ffffffff16105b15610539576040516305519d6f60e51b815260206004820152601560248201527f7365676d656e745365636f6e647320626f756e64730000000000000000000000604482015260640161005a565b8161028001516001600160601b03165f0361058b576040516305519d6f60e51b81526020600482015260116024820152701b5a5b94d9585d11995954195c955b9a5d607a1b604482015260640161005a565b61271082610320015161ffff1611156105d4576040516305519d6f60e51b815260206004820152600a602482015269736c614661696c42707360b01b604482015260640161005a565b6001600160a01b03848116608090815290841660a0908152835163ffffffff90811660c0908152602080870151831660e090815260408801518416610100908152606089015185166101209081529689015185166101409081529589015185166101609081529389015185166101809081529189015185166101a09081529089015185166101c0908152938901516001600160601b03166101e09081529189015185166102009081529189015160ff908116610220908152928a0151166102409081529189015185166102605290880151909316610280529386015192860151908601519186015160301b600160301b600160901b03169190931b65ffff000000001660109390931b63ffff00001661ffff9092169190911791909117176102a08181525050610813826102600151836102800151845f0151866001600160a01b0316631c7670b16040518163ffffffff1660e01b8152600401602060405180830381865afa158015610749573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061076d9190610e48565b876001600160a01b0316634ca3d0ba6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107a9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107cd9190610e48565b6107d79190610e75565b61ffff841662010000600160701b03601085901b161763ffffffff60701b607084901b161763ffffffff60901b609083901b1617949350505050565b6102c05261082c6001600160a01b038516845f19610911565b5f8260405160200161083e9190610e97565b60405160208183030381529060405290505f5b601b81101561088457600581901b82016020015180600883601b81106108795761087961113b565b015550600101610851565b506108956103e86102006032610990565b506108a66103e86104006064610990565b506108b76107d061080060c8610990565b505050505050611173565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b61091d8383835f610ac8565b61098b5761092e83835f6001610ac8565b61095657604051635274afe760e01b81526001600160a01b038416600482015260240161005a565b6109638383836001610ac8565b61098b57604051635274afe760e01b81526001600160a01b038416600482015260240161005a565b505050565b600280545f9163ffffffff90911690826109a98361114f565b825463ffffffff9182166101009390930a92830292820219169190911790915560408051608081018252878316815286831660208083019182528785168385019081526001606085018181528888165f81815292909452908690209451855494519251915115156c010000000000000000000000000260ff60601b1992891668010000000000000000029290921664ffffffffff60401b19938916640100000000026001600160401b0319909616919098161793909317169490941717905551919250907f9847db226d13572fbb19e2ffc95af8898eb8bfcd38a12f6494a7f41cf4ed4ca090610ab99087908790879063ffffffff93841681529183166020830152909116604082015260600190565b60405180910390a29392505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610b1e578383151615610b12573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b0381168114610b3e575f5ffd5b50565b60405161036081016001600160401b0381118282101715610b7057634e487b7160e01b5f52604160045260245ffd5b60405290565b805163ffffffff81168114610b89575f5ffd5b919050565b805161ffff81168114610b89575f5ffd5b80516001600160601b0381168114610b89575f5ffd5b805160ff81168114610b89575f5ffd5b8051610b8981610b2a565b5f5f5f5f8486036103c0811215610be5575f5ffd5b8551610bf081610b2a565b6020870151909550610c0181610b2a565b9350610360603f1982011215610c15575f5ffd5b50610c1e610b41565b610c2a60408701610b76565b8152610c3860608701610b76565b6020820152610c4960808701610b76565b6040820152610c5a60a08701610b76565b6060820152610c6b60c08701610b76565b6080820152610c7c60e08701610b76565b60a0820152610c8e6101008701610b76565b60c0820152610ca06101208701610b76565b60e0820152610cb26101408701610b76565b610100820152610cc56101608701610b8e565b610120820152610cd86101808701610b8e565b610140820152610ceb6101a08701610b9f565b610160820152610cfe6101c08701610b76565b610180820152610d116101e08701610b9f565b6101a0820152610d246102008701610b8e565b6101c0820152610d376102208701610bb5565b6101e0820152610d4a6102408701610bb5565b610200820152610d5d6102608701610b76565b610220820152610d706102808701610b76565b610240820152610d836102a08701610b8e565b610260820152610d966102c08701610b9f565b610280820152610da96102e08701610b76565b6102a0820152610dbc6103008701610b76565b6102c0820152610dcf6103208701610b76565b6102e0820152610de26103408701610b76565b610300820152610df56103608701610b8e565b610320820152610e086103808701610b76565b6103408201529150610e1d6103a08601610bc5565b905092959194509250565b5f60208284031215610e38575f5ffd5b610e4182610bb5565b9392505050565b5f60208284031215610e58575f5ffd5b610e4182610b76565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff8181168382160190811115610e9157610e91610e61565b92915050565b815163ffffffff16815261036081016020830151610ebd602084018263ffffffff169052565b506040830151610ed5604084018263ffffffff169052565b506060830151610eed606084018263ffffffff169052565b506080830151610f05608084018263ffffffff169052565b5060a0830151610f1d60a084018263ffffffff169052565b5060c0830151610f3560c084018263ffffffff169052565b5060e0830151610f4d60e084018263ffffffff169052565b50610100830151610f6761010084018263ffffffff169052565b50610120830151610f7f61012084018261ffff169052565b50610140830151610f9761014084018261ffff169052565b50610160830151610fb46101608401826001600160601b03169052565b50610180830151610fce61018084018263ffffffff169052565b506101a0830151610feb6101a08401826001600160601b03169052565b506101c08301516110036101c084018261ffff169052565b506101e083015161101a6101e084018260ff169052565b5061020083015161103161020084018260ff169052565b5061022083015161104b61022084018263ffffffff169052565b5061024083015161106561024084018263ffffffff169052565b5061026083015161107d61026084018261ffff169052565b5061028083015161109a6102808401826001600160601b03169052565b506102a08301516110b46102a084018263ffffffff169052565b506102c08301516110ce6102c084018263ffffffff169052565b506102e08301516110e86102e084018263ffffffff169052565b5061030083015161110261030084018263ffffffff169052565b5061032083015161111a61032084018261ffff169052565b5061034083015161113461034084018263ffffffff169052565b5092915050565b634e487b7160e01b5f52603260045260245ffd5b5f63ffffffff821663ffffffff810361116a5761116a610e61565b60010192915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c051615a3b6113a15f395f8181610e0b015281816112e401528181611475015281816115ec015281816118b901528181611aac01528181611d0e0152818161204f0152818161269d015281816132590152613d5f01525f81816117b10152818161185601528181611b9e015281816121520152818161309e0152613e8801525f8181613c6a0152613cf301525f8181613c3b0152613ccb01525f8181613b0b0152613b6a01525f8181613a390152613abc01525f818161280301526131c301525f81816108cb015261093101525f611e9801525f61236801525f612a8401525f61141b01525f818161394001526139ea01525f81816138fc01526139c201525f81816137fd01526138a701525f81816137b9015261387f01525f8181610e5a01528181610f41015281816119b801528181611a3101528181611fbd015281816136600152818161369a0152613bfa01525f81816103750152818161161a01528181611a8301528181611d3c0152818161328701526134e301525f81816108230152818161096b01528181610fb901528181611358015281816114dd015281816117d701528181611bcc01528181611d640152818161290c01528181612db301528181612df2015281816132af0152818161337c01528181613f1e01526144020152615a3b5ff3fe608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c806381de876e11610192578063cff0ab96116100e8578063e34ff14411610093578063fbaf094a1161006e578063fbaf094a14610736578063fc0c546a1461081e578063fec5bf9414610845575f5ffd5b8063e34ff144146106fd578063e809471114610710578063f2fde38b14610723575f5ffd5b8063d6c579d9116100c3578063d6c579d914610684578063d8e5800614610697578063da6012c9146106f5575f5ffd5b8063cff0ab9614610634578063d2b28d2814610649578063d353a1cb14610671575f5ffd5b80639468cb6111610148578063bf81bf4311610123578063bf81bf4314610606578063bfd70b8914610619578063cdb84e4714610621575f5ffd5b80639468cb61146105c0578063a9d0c14a146105d3578063bcff101b146105f3575f5ffd5b80638da5cb5b116101785780638da5cb5b1461058a5780638df828001461059a578063944b8aa2146105ad575f5ffd5b806381de876e1461056457806385a8f52314610577575f5ffd5b806358f9f5ab11610247578063651a2b4c116101fd578063715018a6116101d8578063715018a6146105365780637e57c05a1461053e57806380fa727b14610551575f5ffd5b8063651a2b4c146105025780636c9f58ee1461051057806370c33c1d14610523575f5ffd5b80635fe409781161022d5780635fe409781461049e57806360ad2391146104be5780636453afd0146104ef575f5ffd5b806358f9f5ab1461042d5780635b1194b21461048b575f5ffd5b80632e352497116102a7578063349de0b711610282578063349de0b7146103f55780633c06896e146104005780634c347bfb1461041a575f5ffd5b80632e352497146103af5780632f470f6b146103cf57806333e7b46d146103e2575f5ffd5b806321603f43116102d757806321603f431461033a5780632453ffa81461035a57806325b3fa6114610370575f5ffd5b8063030a5d70146102f25780630b1694ed14610325575b5f5ffd5b610305610300366004614ab1565b610858565b604080519384526020840192909252908201526060015b60405180910390f35b610338610333366004614b10565b610872565b005b61034d610348366004614b58565b610ac0565b60405161031c9190614b97565b610362610c9d565b60405190815260200161031c565b6103977f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161031c565b6103c26103bd366004614b58565b610cb2565b60405161031c9190614d08565b6103626103dd366004614e42565b610f9d565b6103626103f0366004614eba565b611093565b6103626312cc030081565b610408600381565b60405160ff909116815260200161031c565b610338610428366004614efa565b6110a7565b61044061043b366004614efa565b611134565b60405161031c91905f60808201905063ffffffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015260608301511515606083015292915050565b610338610499366004614b58565b6111ef565b6104b16104ac366004614f13565b61155d565b60405161031c9190614f56565b6104d16104cc366004614b58565b6116a7565b60408051938452602084019290925260ff169082015260600161031c565b6103386104fd366004615012565b611736565b60025463ffffffff16610362565b61036261051e366004615033565b61184e565b610362610531366004614ab1565b61187a565b610338611884565b61036261054c366004614f13565b611897565b61036261055f36600461505b565b6118a7565b610338610572366004614b58565b6118dd565b61033861058536600461508b565b611b26565b5f546001600160a01b0316610397565b6103386105a8366004614b58565b611c42565b6103386105bb3660046150be565b611d92565b6103386105ce3660046150be565b6120e1565b6105e66105e1366004615012565b61219a565b60405161031c91906150de565b610338610601366004614b58565b61225e565b610338610614366004614b58565b612417565b61033861273c565b61033861062f36600461511a565b612988565b61063c612b19565b60405161031c9190615193565b61065c610657366004615430565b612c1b565b60405163ffffffff909116815260200161031c565b61033861067f366004614b58565b612d31565b610338610692366004615459565b612e4b565b6103626106a536600461547a565b604080516020808201969096526001600160a01b0394909416848201526001600160601b039290921660608401526080808401919091528151808403909101815260a09092019052805191012090565b610338613109565b61033861070b366004614f13565b61320a565b61033861071e366004614b58565b6132f8565b6103386107313660046154bb565b613429565b6107c96107443660046154bb565b60408051608080820183525f808352602080840182905283850182905260609384018290526001600160a01b039590951681526005855283902083519182018452546001600160601b038082168352600160601b8204169482019490945263ffffffff600160c01b8504811693820193909352600160e01b9093049091169082015290565b60405161031c91905f6080820190506001600160601b0383511682526001600160601b03602084015116602083015263ffffffff604084015116604083015263ffffffff606084015116606083015292915050565b6103977f000000000000000000000000000000000000000000000000000000000000000081565b610338610853366004615515565b61347f565b5f5f5f6108648461353d565b9250925092505b9193909250565b335f90815260056020526040902080546001600160601b0316156108c9576040517f45ed80e90000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160601b031684101561095e576040517f78e030db000000000000000000000000000000000000000000000000000000008152600481018590526001600160601b037f00000000000000000000000000000000000000000000000000000000000000001660248201526044016108c0565b6109936001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087613dc2565b60405180608001604052806109a786613dfe565b6001600160601b0390811682525f602080840182905260408085018390526060948501839052338084526005835292819020865181549388015188840151989097015163ffffffff908116600160e01b027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff99909116600160c01b029890981677ffffffffffffffffffffffffffffffffffffffffffffffff978716600160601b027fffffffffffffffff0000000000000000000000000000000000000000000000009095169190961617929092179490941692909217939093179055517ff2499bc9b6818e3b377491d8b0fbef0d628a495d3ddd4b7cc5ce77bf9e228fa290610ab2908790879087906155c6565b60405180910390a250505050565b604080516101e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c08101919091525f82815260046020908152604080832081516101e08101835281546001600160a01b038116825263ffffffff600160a01b8204811695830195909552600160c01b81049094169281019290925292918390606083019060ff600160e01b909104166007811115610baa57610baa614b6f565b6007811115610bbb57610bbb614b6f565b8152815460ff600160e81b820481166020840152600160f01b820481166040840152600160f81b90910416606082015260018201546001600160601b03808216608084015263ffffffff600160601b8304811660a08501527001000000000000000000000000000000008304811660c0850152600160a01b808404821660e0860152600160c01b84048216610100860152600160e01b909304166101208401526002909301546001600160a01b03811661014084015204909116610160909101529050610c8782613e35565b6001600160601b03166101c08201529392505050565b5f6001600354610cad91906155fc565b905090565b604080516101c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a08101919091525f8281526004602052604090208054600160e01b900460ff166002816007811115610d4f57610d4f614b6f565b1080610d66575060028201546001600160a01b0316155b15610d72575050919050565b81546001600160a01b03808216855260028401549081166020860152600160a01b908190046001600160601b03166040860181905290820463ffffffff1691600160f81b810460ff90811692600160e81b9092041690610dd390849061560f565b606087015260028501546001860154610e00916001600160601b03600160a01b9091048116911685613e7f565b6080870152610e2f857f0000000000000000000000000000000000000000000000000000000000000000613eac565b60a087015260ff80831661012088018190528654600160f01b900490911661014088015263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690610e85908561563a565b63ffffffff16610e959190615661565b67ffffffffffffffff166101008701526004811615156101608701526008811615156101808701526005846007811115610ed157610ed1614b6f565b1015610eec575f878152600760205260409020546101a08701525b6004846007811115610f0057610f00614b6f565b10158015610f2057506007846007811115610f1d57610f1d614b6f565b14155b15610f9357845463ffffffff600160c01b909104811660e0880152610f6a907f00000000000000000000000000000000000000000000000000000000000000008116908516615661565b8554610f839190600160c01b900463ffffffff16615684565b67ffffffffffffffff1660c08701525b5050505050919050565b5f5f5f610fa98861353d565b5090925090506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d505accf3330610fea85876156a4565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e086901b1681526001600160a01b0393841660048201529290911660248301526044820152606481018a905260ff8916608482015260a4810188905260c4810187905260e4015f604051808303815f87803b15801561106c575f5ffd5b505af192505050801561107d575060015b5061108788613ef3565b98975050505050505050565b5f61109f848484613e7f565b949350505050565b6110af61408c565b60025463ffffffff908116908216106110e357604051630e68a0a360e31b815263ffffffff821660048201526024016108c0565b63ffffffff81165f8181526001602052604080822080546cff00000000000000000000000019169055517f2a898c8aee4715c34b3f84d7c6a48bea34a5be6554efb86c640b7ae3a4115e2f9190a250565b604080516080810182525f80825260208201819052918101829052606081019190915260025463ffffffff9081169083161061118b57604051630e68a0a360e31b815263ffffffff831660048201526024016108c0565b5063ffffffff9081165f90815260016020908152604091829020825160808101845290548085168252640100000000810485169282019290925268010000000000000000820490931691830191909152600160601b900460ff161515606082015290565b5f818152600460205260409020611208818360016140d1565b80545f90600160e81b90046001168103611230578154600160c01b900463ffffffff16611250565b6001820154700100000000000000000000000000000000900463ffffffff165b90508063ffffffff164210156112815760405163bd5145db60e01b815263ffffffff821660048201526024016108c0565b6002820154825460018401546001600160a01b039092169163ffffffff600160a01b8304169160ff600160f81b8204811692600160f01b90920416905f906112d39085906001600160601b031661560f565b90505f61131561130883878760ff167f0000000000000000000000000000000000000000000000000000000000000000614119565b8460ff168660ff166141a2565b90506001600160a01b0386166113c2578754600760e01b60ff60e01b19821617895561137f906001600160a01b031661134e83856156a4565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691906141ce565b887fc5163a83429be7c915bb239cb4970d4a8141f43793a12193140dc96b1fc80f805f6040516113af91906156b7565b60405180910390a2505050505050505050565b6002880154600160a01b90046001600160601b03165f6113e2878361560f565b8a5460ff60e01b19167c0200000000000000000000000000000000000000000000000000000000178b55905061144661144163ffffffff7f000000000000000000000000000000000000000000000000000000000000000016426156a4565b614208565b8a5463ffffffff91909116600160c01b0263ffffffff60c01b19909116178a555f6114a6611499838a60ff8b167f0000000000000000000000000000000000000000000000000000000000000000614119565b8760ff168960ff166141a2565b846114b184886155fc565b6114bb91906156a4565b6114c591906155fc565b90508015611506578a54611506906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116836141ce565b6040516001600160601b03841681526001600160a01b038a16908d907f6526b7322dfa43988cc1361dac4b01a9d7f99235fd54465cffdcde21c3e81b539060200160405180910390a3505050505050505050505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091525f8381526004602081905260409182902091517ffeba78b3000000000000000000000000000000000000000000000000000000008152908101919091526024810184905260ff831660448201527f000000000000000000000000000000000000000000000000000000000000000060648201526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016608482015273__$57c78f046420ce51f7d52037814ab864f1$__9063feba78b39060a40161010060405180830381865af415801561167a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061169e9190615705565b90505b92915050565b5f8181526004602052604081205481908190600160e01b900460ff1660058160078111156116d7576116d7614b6f565b14806116f4575060068160078111156116f2576116f2614b6f565b145b1561172e575050505f828152600760205260409020546effffffffffffffffffffffffffffff8082169250607882901c169060f01c61086b565b509193909250565b5f828152600460208181526040808420600683528185206001600160a01b0387811680885291855283872060059095529583902092517f0cfd89bc00000000000000000000000000000000000000000000000000000000815294850191909152602484019290925260448301526064820185905260848201527f000000000000000000000000000000000000000000000000000000000000000060a48201527f000000000000000000000000000000000000000000000000000000000000000090911660c482015273__$57570faf1dd1f3578abbb32dd94ce75510$__90630cfd89bc9060e4015b5f6040518083038186803b158015611834575f5ffd5b505af4158015611846573d5f5f3e3d5ffd5b505050505050565b5f61169e83837f0000000000000000000000000000000000000000000000000000000000000000614238565b5f6116a182613ef3565b61188c61408c565b6118955f6142a8565b565b5f600883901b60ff83161761169e565b5f61109f848463ffffffff168460ff167f0000000000000000000000000000000000000000000000000000000000000000614119565b5f8181526004602052604090206118f6818360036140d1565b60028101546001600160a01b0316331461192c5760405163c51c0d8960e01b8152600481018390523360248201526044016108c0565b8054600160e81b90046004165f0361195a5760405163b288f11160e01b8152600481018390526024016108c0565b8054600160c01b900463ffffffff1642111561199a578054604051636768091360e01b8152600160c01b90910463ffffffff1660048201526024016108c0565b805463ffffffff600160a01b9091048116905f906119e8906119de907f0000000000000000000000000000000000000000000000000000000000000000168461560f565b61144190426156a4565b83547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b63ffffffff8084169190910291909117600160e21b178086559192505f917f000000000000000000000000000000000000000000000000000000000000000090911690611a6890600160f81b900460ff16856157cd565b611a72919061560f565b611a7c90426156a4565b9050611ad57f0000000000000000000000000000000000000000000000000000000000000000865f8785611ad08a7f0000000000000000000000000000000000000000000000000000000000000000613eac565b61430f565b6040805167ffffffffffffffff4216815263ffffffff8416602082015286917fbd8e21666e6aa59d2d1fa3f1785131ba4d9bcb22dd781c8e2dbf933d282b3462910160405180910390a25050505050565b5f838152600460208181526040808420600683528185203386529092529283902092517f1cf90bef00000000000000000000000000000000000000000000000000000000815291820152602481019190915260056044820152606481018490526001600160601b038316608482015260a481018290527f000000000000000000000000000000000000000000000000000000000000000060c48201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660e482015273__$57570faf1dd1f3578abbb32dd94ce75510$__90631cf90bef90610104015f6040518083038186803b158015611c27575f5ffd5b505af4158015611c39573d5f5f3e3d5ffd5b50505050505050565b5f81815260046020908152604080832060028101546001600160a01b0381168552600590935292206001830154835473__$57c78f046420ce51f7d52037814ab864f1$__9363bf10bc5b93869390926007928992611cbe926001600160601b03600160a01b9384900481169392169163ffffffff910416613e7f565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e088901b168152600481019590955260248501939093526044840191909152606483015260848201527f000000000000000000000000000000000000000000000000000000000000000060a48201526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660c48301527f00000000000000000000000000000000000000000000000000000000000000001660e48201526101040161181e565b5f828152600460205260409020611dab818460036140d1565b8054600160e81b900460ff81169060041615611df6576040517f2fcf43ad000000000000000000000000000000000000000000000000000000008152600481018590526024016108c0565b81546001600160a01b03811690600160c01b900463ffffffff168415611f3757336001600160a01b03831614611e485760405163e3f1e4a960e01b8152600481018790523360248201526044016108c0565b8063ffffffff16421115611e7757604051636768091360e01b815263ffffffff821660048201526024016108c0565b835460ff60e81b1916600160e81b6004851760ff1602178455611ec36114417f000000000000000000000000000000000000000000000000000000000000000063ffffffff16426156a4565b845463ffffffff91909116600160c01b0263ffffffff60c01b199091161784555f86815260076020526040908190208690555186907fef8c52c1581a8e68fa6b90ea5e4b4a502b1b52e6420c2e736beaf0806ebd172190611f279088815260200190565b60405180910390a2505050505050565b8063ffffffff164211611faa576001600160a01b0382163303611f89576040517fffc48251000000000000000000000000000000000000000000000000000000008152600481018790526024016108c0565b60405163bd5145db60e01b815263ffffffff821660048201526024016108c0565b83545f90611fec906119de9063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b90041661560f565b8554600160e21b7fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff909116600160e81b6008881760ff160263ffffffff60c01b191617600160c01b63ffffffff84160217178655905061208e8361134e612073887f0000000000000000000000000000000000000000000000000000000000000000613eac565b885460ff600160f01b8204811691600160f81b9004166141a2565b6040805167ffffffffffffffff4216815263ffffffff8316602082015288917fbd8e21666e6aa59d2d1fa3f1785131ba4d9bcb22dd781c8e2dbf933d282b3462910160405180910390a250505050505050565b5f82815260046020818152604080842060068352818520338652835281852060059093529381902090517f0e6624ab000000000000000000000000000000000000000000000000000000008152928301939093526024820152604481019190915260648101839052608481018290527f000000000000000000000000000000000000000000000000000000000000000060a482015273__$57570faf1dd1f3578abbb32dd94ce75510$__90630e6624ab9060c40161181e565b6121ba604080516060810182525f80825260208201819052909182015290565b5f8381526006602090815260408083206001600160a01b038616845282529182902082516060810184528154602881901b64ffffffffff191682527b01000000000000000000000000000000000000000000000000000000810463ffffffff169382019390935292909190830190600160f81b900460ff16600481111561224357612243614b6f565b600481111561225457612254614b6f565b9052509392505050565b5f818152600460205260409020612277818360026140d1565b80546001600160a01b031633146122aa5760405163e3f1e4a960e01b8152600481018390523360248201526044016108c0565b8054600160e81b90046002165f036122f1576040517f1a6837c9000000000000000000000000000000000000000000000000000000008152600481018390526024016108c0565b8054600160c01b900463ffffffff16421115612331578054604051636768091360e01b8152600160c01b90910463ffffffff1660048201526024016108c0565b805460ff60e01b19167c030000000000000000000000000000000000000000000000000000000017815561238e61144163ffffffff7f000000000000000000000000000000000000000000000000000000000000000016426156a4565b815463ffffffff60c01b1916600160c01b63ffffffff928316021780835560028301546001600160a01b03811692339286927fcbef5650487c2fde4488fc755e620ec436c058b4ca91eb650d8a20ac18f66b469261240292600160a01b9081900490911691046001600160601b031661560f565b60405190815260200160405180910390a45050565b5f8181526004602052604081208054909160ff600160e01b8304811692600160e81b90041690600283600781111561245157612451614b6f565b03612470576002821615612466576002612469565b60015b9050612508565b600383600781111561248457612484614b6f565b036124b757600482165f036124af5760405163b288f11160e01b8152600481018690526024016108c0565b506003612508565b848360078111156124ca576124ca614b6f565b6040517f800b0615000000000000000000000000000000000000000000000000000000008152600481019290925260ff1660248201526044016108c0565b8354600160c01b900463ffffffff16421161254757835460405163bd5145db60e01b8152600160c01b90910463ffffffff1660048201526024016108c0565b83546002850154600160a01b9182900463ffffffff16915f91612575918491046001600160601b031661560f565b600287015460018801549192505f916125a2916001600160601b03600160a01b9091048116911685613e7f565b60028801546001600160a01b03165f90815260056020526040902080549192509082908290600c906125e5908490600160601b90046001600160601b03166157e0565b82546001600160601b039182166101009390930a928302919092021990911617905550875460ff60e01b1916600760e01b178855600185600381111561262d5761262d614b6f565b0361267b578054829082905f9061264e9084906001600160601b03166157e0565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555061267b826143d3565b87545f906126dc906126c190869063ffffffff891690600160f81b900460ff167f0000000000000000000000000000000000000000000000000000000000000000614119565b8a5460ff600160f01b8204811691600160f81b9004166141a2565b89549091506126f8906001600160a01b031661134e83876156a4565b897fc5163a83429be7c915bb239cb4970d4a8141f43793a12193140dc96b1fc80f808760405161272891906156b7565b60405180910390a250505050505050505050565b335f908152600560209081526040808320815160808101835290546001600160601b03808216808452600160601b83049091169483019490945263ffffffff600160c01b8204811693830193909352600160e01b9004909116606082015291036127bb57604051631bd2224f60e01b81523360048201526024016108c0565b806040015163ffffffff165f03612800576040517fccabe40d0000000000000000000000000000000000000000000000000000000081523360048201526024016108c0565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16826040015163ffffffff1661283d91906157ff565b90508067ffffffffffffffff1642101561288f576040517f1ac889b700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016108c0565b60208201516001600160601b0316156128f557602082015160608301516040517f5ab983010000000000000000000000000000000000000000000000000000000081526001600160601b03909216600483015263ffffffff1660248201526044016108c0565b335f818152600560205260408120558251612943917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316916001600160601b03166141ce565b81516040516001600160601b03909116815233907f61388fbc2ba003175d3018b8f13b002234cc4e203a332a4a6dadb96bc82c3db29060200160405180910390a25050565b5f8581526004602052604090206129a1818760026140d1565b60028101546001600160a01b031633146129d75760405163c51c0d8960e01b8152600481018790523360248201526044016108c0565b8054600160e81b900460021615612a1d576040517f388c3267000000000000000000000000000000000000000000000000000000008152600481018790526024016108c0565b8054600160c01b900463ffffffff16421115612a5d578054604051636768091360e01b8152600160c01b90910463ffffffff1660048201526024016108c0565b805460ff60e81b1981166002600160e81b9283900460ff1617909102178155612aaf6114417f000000000000000000000000000000000000000000000000000000000000000063ffffffff16426156a4565b815463ffffffff91909116600160c01b0263ffffffff60c01b19909116178155604051339087907f571f4ee9d4ef78c35f819b3706e8bc6fef84057d9c71fe5941cf4ea44d64c01990612b0990899089908990899061581f565b60405180910390a3505050505050565b60408051610360810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a081018290526102c081018290526102e08101829052610300810182905261032081018290526103408101919091526040515f5b601b811015612c14576008810154600582901b830152600101612bf6565b5061036081f35b5f612c2461408c565b8363ffffffff165f03612c7a576040516305519d6f60e51b815260206004820152600860248201527f6370754d696c6c6900000000000000000000000000000000000000000000000060448201526064016108c0565b8263ffffffff165f03612cd0576040516305519d6f60e51b815260206004820152600860248201527f6d656d6f72794d4200000000000000000000000000000000000000000000000060448201526064016108c0565b8163ffffffff165f03612d26576040516305519d6f60e51b815260206004820152600760248201527f696d6167654d420000000000000000000000000000000000000000000000000060448201526064016108c0565b61109f848484614464565b5f818152600460205260409020612d4a818360056140d1565b805460ff60e01b19167c06000000000000000000000000000000000000000000000000000000001781555f828152600760205260409020546effffffffffffffffffffffffffffff8082169160781c168115612ddc576002830154612ddc906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116846141ce565b8015612e1b578254612e1b906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116836141ce565b60405184907f54e432bca54e5802b66a27d950e398dd4c619f8eb1730140232504f571dc25dc905f90a250505050565b5f828152600460205260409020612e64818460016140d1565b8054600160e81b900460011615612eaa576040517fced3e5c7000000000000000000000000000000000000000000000000000000008152600481018490526024016108c0565b8054600160c01b900463ffffffff164210612ee9578054604051636768091360e01b8152600160c01b90910463ffffffff1660048201526024016108c0565b80546001600160a01b03163303612f2f576040517fcb52bad6000000000000000000000000000000000000000000000000000000008152600481018490526024016108c0565b816001600160601b03165f03612f5857604051634dfba02360e01b815260040160405180910390fd5b5f612f6282613e35565b9050806001600160601b0316836001600160601b0316106130255760028201546001600160a01b0316612fe057612f9a6001826157e0565b6040517fcd95c56a0000000000000000000000000000000000000000000000000000000081526001600160601b03918216600482015290841660248201526044016108c0565b6040517f4f57b0130000000000000000000000000000000000000000000000000000000081526001600160601b038083166004830152841660248201526044016108c0565b335f908152600560205260408120805490916001600160601b03909116900361306357604051631bd2224f60e01b81523360048201526024016108c0565b8054600160c01b900463ffffffff16156130925760405163bfb17abf60e01b81523360048201526024016108c0565b6130c2600584838833897f00000000000000000000000000000000000000000000000000000000000000006145a2565b6040516001600160601b0385168152339086907f1e03b1901c11294887e2227fa753b398eaf46d6104a46a3366d1fb86bd77410b9060200160405180910390a35050505050565b335f908152600560205260408120805490916001600160601b03909116900361314757604051631bd2224f60e01b81523360048201526024016108c0565b8054600160c01b900463ffffffff16156131765760405163bfb17abf60e01b81523360048201526024016108c0565b805463ffffffff42818116600160c01b0263ffffffff60c01b1990931692909217835533917f55bec6758ba2059283184914c50ace6e84a6d813629ff1fd585eeb2ea88578b4916131eb917f0000000000000000000000000000000000000000000000000000000000000000909116906157ff565b60405167ffffffffffffffff909116815260200160405180910390a250565b5f8281526004602081905260409182902091517f91a31d90000000000000000000000000000000000000000000000000000000008152908101919091526024810183905260ff821660448201527f000000000000000000000000000000000000000000000000000000000000000060648201526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660848301527f00000000000000000000000000000000000000000000000000000000000000001660a482015273__$57c78f046420ce51f7d52037814ab864f1$__906391a31d909060c40161181e565b335f908152600560205260408120805490916001600160601b03909116900361333657604051631bd2224f60e01b81523360048201526024016108c0565b815f0361336f576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6133a46001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085613dc2565b80545f906133c5906133c09085906001600160601b03166156a4565b613dfe565b82546bffffffffffffffffffffffff19166001600160601b038216908117845560408051868152602081019290925291925033917f6ee0ac2963cd2f8b54e60490a51845858578c1d1febccbd944ed7fc7105cecc6910160405180910390a2505050565b61343161408c565b6001600160a01b038116613473576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f60048201526024016108c0565b61347c816142a8565b50565b5f8681526004602081905260409182902091517f709c538500000000000000000000000000000000000000000000000000000000815273__$57c78f046420ce51f7d52037814ab864f1$__9263709c538592613509928b918b918b918b918b918b917f000000000000000000000000000000000000000000000000000000000000000091016158da565b5f6040518083038186803b15801561351f575f5ffd5b505af4158015613531573d5f5f3e3d5ffd5b50505050505050505050565b5f8080806001816135516020880188614efa565b63ffffffff908116825260208201929092526040015f908120805490935090911690036135a7576135856020860186614efa565b604051630e68a0a360e31b815263ffffffff90911660048201526024016108c0565b8054600160601b900460ff166135ff576135c46020860186614efa565b6040517f18a7417400000000000000000000000000000000000000000000000000000000815263ffffffff90911660048201526024016108c0565b5f6136106040870160208801614efa565b90508063ffffffff165f03613651576040517f68d5686e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6312cc030061368963ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811690841661560f565b111561370657806136c463ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166312cc03006157cd565b6040517f5cd9f72500000000000000000000000000000000000000000000000000000000815263ffffffff9283166004820152911660248201526044016108c0565b613716606087016040880161596b565b6001600160601b03165f0361373e57604051634dfba02360e01b815260040160405180910390fd5b6001600160601b03613756606088016040890161596b565b6001600160601b0316036137b257613774606087016040880161596b565b6040517f86db091a0000000000000000000000000000000000000000000000000000000081526001600160601b0390911660048201526024016108c0565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166137e96080880160608901614efa565b63ffffffff161080613835575063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661382d6080880160608901614efa565b63ffffffff16115b156138d65761384a6080870160608801614efa565b6040517f2a84346300000000000000000000000000000000000000000000000000000000815263ffffffff91821660048201527f0000000000000000000000000000000000000000000000000000000000000000821660248201527f000000000000000000000000000000000000000000000000000000000000000090911660448201526064016108c0565b6138e660a0870160808801614efa565b63ffffffff1615801590613978575063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661392c60a0880160808901614efa565b63ffffffff161080613978575063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661397060a0880160808901614efa565b63ffffffff16115b15613a195761398d60a0870160808801614efa565b6040517f7b8d769000000000000000000000000000000000000000000000000000000000815263ffffffff91821660048201527f0000000000000000000000000000000000000000000000000000000000000000821660248201527f000000000000000000000000000000000000000000000000000000000000000090911660448201526064016108c0565b6003613a2b60c0880160a08901615984565b60ff161080613a6e575060ff7f000000000000000000000000000000000000000000000000000000000000000016613a6960c0880160a08901615984565b60ff16115b15613aeb57613a8360c0870160a08801615984565b6040517fdc8cdf4d00000000000000000000000000000000000000000000000000000000815260ff9182166004820152600360248201527f000000000000000000000000000000000000000000000000000000000000000090911660448201526064016108c0565b5f613afc60e0880160c08901615984565b905060ff81161580613b3357507f000000000000000000000000000000000000000000000000000000000000000060ff168160ff16115b15613b97576040517f9013b6b100000000000000000000000000000000000000000000000000000000815260ff80831660048301527f00000000000000000000000000000000000000000000000000000000000000001660248201526044016108c0565b613ba460ff82168361599d565b63ffffffff1615613bf2576040517fbb27f80800000000000000000000000000000000000000000000000000000000815260ff8216600482015263ffffffff831660248201526044016108c0565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613c2760ff84168561563a565b63ffffffff16613c37919061560f565b90507f000000000000000000000000000000000000000000000000000000000000000063ffffffff16811080613c9257507f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681115b15613d20576040517f77824db10000000000000000000000000000000000000000000000000000000081526004810182905263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811660248301527f00000000000000000000000000000000000000000000000000000000000000001660448201526064016108c0565b5f63ffffffff8416613d3860608b0160408c0161596b565b6001600160601b0316613d4b919061560f565b90505f613d83828663ffffffff168660ff167f0000000000000000000000000000000000000000000000000000000000000000614119565b9050613d8e81613dfe565b5081613db082613da460c08e0160a08f01615984565b60ff168760ff166141a2565b909b909a509098509650505050505050565b613dd0848484846001614805565b613df857604051635274afe760e01b81526001600160a01b03851660048201526024016108c0565b50505050565b5f6001600160601b03821115613e31576040516306dfcc6560e41b815260606004820152602481018390526044016108c0565b5090565b60028101545f906001600160a01b031615613e64576002820154600160a01b90046001600160601b03166116a1565b6001808301546116a1916001600160601b03909116906159c4565b5f61109f8484847f000000000000000000000000000000000000000000000000000000000000000061488b565b815460028301545f9163ffffffff600160a01b91829004169161109f91613edf9184916001600160601b0391041661560f565b85548390600160f81b900460ff1686614119565b5f5f5f613eff8461353d565b509092509050613f463330613f1484866156a4565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016929190613dc2565b60038054905f613f55836159e3565b9091555092505f613f7f613f6f6080870160608801614efa565b6114419063ffffffff16426156a4565b90505f613f9260a0870160808801614efa565b613f9c90836159fb565b5f868152600460205260409020909150613fb89087848461491a565b33857fd64673eeef832e0d770a6ec37e215c28999a3c315b0cd0734be691617b76877f613fe860208a018a614efa565b613ff860408b0160208c01614efa565b61400860608c0160408d0161596b565b87878d60a001602081019061401d9190615984565b8e60c00160208101906140309190615984565b6040805163ffffffff988916815296881660208801526001600160601b03959095168686015292861660608601529416608084015260ff93841660a08401529290921660c082015290519081900360e00190a350505050919050565b5f546001600160a01b03163314611895576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016108c0565b8254600160e01b900460ff168160078111156140ef576140ef614b6f565b81600781111561410157614101614b6f565b14613df857828160078111156124ca576124ca614b6f565b5f8083614133866001600160601b03601087901c1661560f565b61413d91906157cd565b90505f61414c8561271061560f565b600161415a8761271061560f565b61416861ffff88168b61560f565b61417291906156a4565b61417c91906155fc565b61418691906157cd565b90508181116141955781614197565b805b979650505050505050565b5f836141af84600a61560f565b6141ba9060016156a4565b6141c4908461560f565b61109f919061560f565b6141db8383836001614a20565b61420357604051635274afe760e01b81526001600160a01b03841660048201526024016108c0565b505050565b5f63ffffffff821115613e31576040516306dfcc6560e41b815260206004820152602481018390526044016108c0565b5f8061271061ffff602085901c1661425f63ffffffff87166001600160601b03891661560f565b614269919061560f565b6142759061270f6156a4565b61427f91906157cd565b90506001600160601b03603084901c1680821161429c578061429e565b815b9695505050505050565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0386166386b885ca600887901b60ff8716178554600287015460405160e085901b7fffffffff000000000000000000000000000000000000000000000000000000001681526004810193909352600160f01b820460ff1660248401526001600160a01b03918216604484015216606482015267ffffffffffffffff851660848201526001600160601b03841660a482015260c4015f604051808303815f87803b1580156143c1575f5ffd5b505af1158015613531573d5f5f3e3d5ffd5b6040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b15801561444b575f5ffd5b505af115801561445d573d5f5f3e3d5ffd5b5050505050565b600280545f9163ffffffff909116908261447d83615a17565b825463ffffffff9182166101009390930a92830292820219169190911790915560408051608081018252878316815286831660208083019182528785168385019081526001606085018181528888165f8181529290945290869020945185549451925191511515600160601b026cff000000000000000000000000199289166801000000000000000002929092166cffffffffff0000000000000000199389166401000000000267ffffffffffffffff19909616919098161793909317169490941717905551919250907f9847db226d13572fbb19e2ffc95af8898eb8bfcd38a12f6494a7f41cf4ed4ca0906145939087908790879063ffffffff93841681529183166020830152909116604082015260600190565b60405180910390a29392505050565b85546001870154600160a01b90910463ffffffff16906001600160601b03165f6145ce8583858761488b565b60028a01549091506001600160a01b0390811690871681036146625760028a0154829061460d90600160a01b90046001600160601b031685878961488b565b61461791906155fc565b89548a90600c90614639908490600160601b90046001600160601b03166157e0565b92506101000a8154816001600160601b0302191690836001600160601b031602179055506147d7565b88545f90614682906001600160601b03600160601b8204811691166157e0565b6001600160601b03169050828110156146d1576040517f802f3a4200000000000000000000000000000000000000000000000000000000815260048101829052602481018490526044016108c0565b895483908b90600c906146f5908490600160601b90046001600160601b03166159c4565b82546101009290920a6001600160601b038181021990931691909216919091021790555089547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b63ffffffff8b1602178a556001600160a01b038216156147d55760028b015461477990600160a01b90046001600160601b031685878961488b565b6001600160a01b0383165f90815260208e9052604090208054600c906147b0908490600160601b90046001600160601b03166157e0565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505b505b50505050506001600160601b0316600160a01b026001600160a01b0390911617600290930192909255505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661487a57838315161561486e573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f806148a663ffffffff85166001600160601b03881661560f565b6148b29061271061560f565b90505f61ffff601085901c166148d763ffffffff87166001600160601b03891661560f565b6148e1919061560f565b9050818111156148ef578091505b6305f5e10061490261ffff86168461560f565b614910906305f5e0ff6156a4565b61419791906157cd565b5f60f861492d60e0860160c08701615984565b60ff16901b60f061494460c0870160a08801615984565b60ff16901b60e85f61495c60a0890160808a01614efa565b63ffffffff161161496d575f614970565b60015b60ff16901b600160e01b60c087901b7bffffffff0000000000000000000000000000000000000000000000001660a06149af60408b0160208c01614efa565b63ffffffff16901b3317171717171790505f60a06149d06020870187614efa565b63ffffffff16901b60808463ffffffff16901b60608663ffffffff16901b876040016020810190614a01919061596b565b6001600160601b03161717179050818655806001870155505050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614a8f578383151615614a83573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60e08284031215614aab575f5ffd5b50919050565b5f60e08284031215614ac1575f5ffd5b61169e8383614a9b565b5f5f83601f840112614adb575f5ffd5b50813567ffffffffffffffff811115614af2575f5ffd5b602083019150836020828501011115614b09575f5ffd5b9250929050565b5f5f5f60408486031215614b22575f5ffd5b83359250602084013567ffffffffffffffff811115614b3f575f5ffd5b614b4b86828701614acb565b9497909650939450505050565b5f60208284031215614b68575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60088110614b9357614b93614b6f565b9052565b81516001600160a01b031681526101e081016020830151614bc0602084018263ffffffff169052565b506040830151614bd8604084018263ffffffff169052565b506060830151614beb6060840182614b83565b506080830151614c00608084018260ff169052565b5060a0830151614c1560a084018260ff169052565b5060c0830151614c2a60c084018260ff169052565b5060e0830151614c4560e08401826001600160601b03169052565b50610100830151614c5f61010084018263ffffffff169052565b50610120830151614c7961012084018263ffffffff169052565b50610140830151614c9361014084018263ffffffff169052565b50610160830151614cad61016084018263ffffffff169052565b50610180830151614cc761018084018263ffffffff169052565b506101a0830151614ce46101a08401826001600160a01b03169052565b506101c0830151614d016101c08401826001600160601b03169052565b5092915050565b81516001600160a01b031681526101c081016020830151614d3460208401826001600160a01b03169052565b506040830151614d4f60408401826001600160601b03169052565b50606083015160608301526080830151608083015260a083015160a083015260c0830151614d8960c084018267ffffffffffffffff169052565b5060e0830151614da560e084018267ffffffffffffffff169052565b50610100830151614dc361010084018267ffffffffffffffff169052565b50610120830151614dda61012084018260ff169052565b50610140830151614df161014084018260ff169052565b50610160830151614e0761016084018215159052565b50610180830151614e1d61018084018215159052565b506101a092830151919092015290565b803560ff81168114614e3d575f5ffd5b919050565b5f5f5f5f5f6101608688031215614e57575f5ffd5b614e618787614a9b565b945060e08601359350614e776101008701614e2d565b949793965093946101208101359450610140013592915050565b80356001600160601b0381168114614e3d575f5ffd5b803563ffffffff81168114614e3d575f5ffd5b5f5f5f60608486031215614ecc575f5ffd5b614ed584614e91565b9250614ee360208501614e91565b9150614ef160408501614ea7565b90509250925092565b5f60208284031215614f0a575f5ffd5b61169e82614ea7565b5f5f60408385031215614f24575f5ffd5b82359150614f3460208401614e2d565b90509250929050565b6005811061347c5761347c614b6f565b614b9381614f3d565b5f610100820190508251825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff60608401511660608301526080830151614fb9608084018267ffffffffffffffff169052565b5060a0830151614fd560a084018267ffffffffffffffff169052565b5060c0830151614fe860c0840182614f4d565b5060e0830151614d0160e084018215159052565b80356001600160a01b0381168114614e3d575f5ffd5b5f5f60408385031215615023575f5ffd5b82359150614f3460208401614ffc565b5f5f60408385031215615044575f5ffd5b61504d83614e91565b9150614f3460208401614ea7565b5f5f5f6060848603121561506d575f5ffd5b8335925061507d60208501614ea7565b9150614ef160408501614e2d565b5f5f5f6060848603121561509d575f5ffd5b833592506150ad60208501614e91565b929592945050506040919091013590565b5f5f604083850312156150cf575f5ffd5b50508035926020909101359150565b815164ffffffffff1916815260208083015163ffffffff16908201526040820151606082019061510d81614f3d565b8060408401525092915050565b5f5f5f5f5f6060868803121561512e575f5ffd5b85359450602086013567ffffffffffffffff81111561514b575f5ffd5b61515788828901614acb565b909550935050604086013567ffffffffffffffff811115615176575f5ffd5b61518288828901614acb565b969995985093965092949392505050565b815163ffffffff168152610360810160208301516151b9602084018263ffffffff169052565b5060408301516151d1604084018263ffffffff169052565b5060608301516151e9606084018263ffffffff169052565b506080830151615201608084018263ffffffff169052565b5060a083015161521960a084018263ffffffff169052565b5060c083015161523160c084018263ffffffff169052565b5060e083015161524960e084018263ffffffff169052565b5061010083015161526361010084018263ffffffff169052565b5061012083015161527b61012084018261ffff169052565b5061014083015161529361014084018261ffff169052565b506101608301516152b06101608401826001600160601b03169052565b506101808301516152ca61018084018263ffffffff169052565b506101a08301516152e76101a08401826001600160601b03169052565b506101c08301516152ff6101c084018261ffff169052565b506101e08301516153166101e084018260ff169052565b5061020083015161532d61020084018260ff169052565b5061022083015161534761022084018263ffffffff169052565b5061024083015161536161024084018263ffffffff169052565b5061026083015161537961026084018261ffff169052565b506102808301516153966102808401826001600160601b03169052565b506102a08301516153b06102a084018263ffffffff169052565b506102c08301516153ca6102c084018263ffffffff169052565b506102e08301516153e46102e084018263ffffffff169052565b506103008301516153fe61030084018263ffffffff169052565b5061032083015161541661032084018261ffff169052565b50610340830151614d0161034084018263ffffffff169052565b5f5f5f60608486031215615442575f5ffd5b61544b84614ea7565b9250614ee360208501614ea7565b5f5f6040838503121561546a575f5ffd5b82359150614f3460208401614e91565b5f5f5f5f6080858703121561548d575f5ffd5b8435935061549d60208601614ffc565b92506154ab60408601614e91565b9396929550929360600135925050565b5f602082840312156154cb575f5ffd5b61169e82614ffc565b5f5f83601f8401126154e4575f5ffd5b50813567ffffffffffffffff8111156154fb575f5ffd5b6020830191508360208260051b8501011115614b09575f5ffd5b5f5f5f5f5f5f6080878903121561552a575f5ffd5b8635955061553a60208801614e2d565b9450604087013567ffffffffffffffff811115615555575f5ffd5b61556189828a016154d4565b909550935050606087013567ffffffffffffffff811115615580575f5ffd5b61558c89828a016154d4565b979a9699509497509295939492505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f6155df60408301848661559e565b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156116a1576116a16155e8565b80820281158282048414176116a1576116a16155e8565b634e487b7160e01b5f52601260045260245ffd5b5f63ffffffff83168061564f5761564f615626565b8063ffffffff84160491505092915050565b67ffffffffffffffff8181168382160290811690818114614d0157614d016155e8565b67ffffffffffffffff82811682821603908111156116a1576116a16155e8565b808201808211156116a1576116a16155e8565b60208101600483106156cb576156cb614b6f565b91905290565b805167ffffffffffffffff81168114614e3d575f5ffd5b805160058110614e3d575f5ffd5b80518015158114614e3d575f5ffd5b5f610100828403128015615717575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561574857634e487b7160e01b5f52604160045260245ffd5b6040528251815261575b602084016156d1565b602082015261576c604084016156d1565b604082015261577d606084016156d1565b606082015261578e608084016156d1565b608082015261579f60a084016156d1565b60a08201526157b060c084016156e8565b60c08201526157c160e084016156f6565b60e08201529392505050565b5f826157db576157db615626565b500490565b6001600160601b0382811682821603908111156116a1576116a16155e8565b67ffffffffffffffff81811683821601908111156116a1576116a16155e8565b604081525f61583260408301868861559e565b828103602084015261419781858761559e565b5f8383855260208501945060208460051b820101835f5b868110156158ce57838303601f19018852813536879003601e19018112615881575f5ffd5b860160208101903567ffffffffffffffff81111561589d575f5ffd5b8036038213156158ab575f5ffd5b6158b685828461559e565b60209a8b019a9095509390930192505060010161585c565b50909695505050505050565b8881526020810188905260ff8716604082015260c06060820181905281018590525f8660e08301825b88811015615931576001600160a01b0361591c84614ffc565b16825260209283019290910190600101615903565b508381036080850152615945818789615845565b9250505061595e60a08301846001600160a01b03169052565b9998505050505050505050565b5f6020828403121561597b575f5ffd5b61169e82614e91565b5f60208284031215615994575f5ffd5b61169e82614e2d565b5f63ffffffff8316806159b2576159b2615626565b8063ffffffff84160691505092915050565b6001600160601b0381811683821601908111156116a1576116a16155e8565b5f600182016159f4576159f46155e8565b5060010190565b63ffffffff81811683821601908111156116a1576116a16155e8565b5f63ffffffff821663ffffffff8103615a3257615a326155e8565b6001019291505056",
	Deps: []*bind.MetaData{
		&AuctionMetaData,
		&SegmentsMetaData,
	},
}

// Market is an auto generated Go binding around an Ethereum contract.
type Market struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Market) GetABI() abi.ABI {
	return c.abi
}

// NewMarket creates a new instance of Market.
func NewMarket() *Market {
	parsed, err := MarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Market{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Market) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address pool_, (uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint96,uint32,uint96,uint16,uint8,uint8,uint32,uint32,uint16,uint96,uint32,uint32,uint32,uint32,uint16,uint32) p, address owner_) returns()
func (market *Market) PackConstructor(token_ common.Address, pool_ common.Address, p MarketParams, owner_ common.Address) []byte {
	enc, err := market.abi.Pack("", token_, pool_, p, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXSERVICESECONDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x349de0b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SERVICE_SECONDS() view returns(uint256)
func (market *Market) PackMAXSERVICESECONDS() []byte {
	enc, err := market.abi.Pack("MAX_SERVICE_SECONDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSERVICESECONDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x349de0b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SERVICE_SECONDS() view returns(uint256)
func (market *Market) TryPackMAXSERVICESECONDS() ([]byte, error) {
	return market.abi.Pack("MAX_SERVICE_SECONDS")
}

// UnpackMAXSERVICESECONDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x349de0b7.
//
// Solidity: function MAX_SERVICE_SECONDS() view returns(uint256)
func (market *Market) UnpackMAXSERVICESECONDS(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_SERVICE_SECONDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINWITNESSES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c06896e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_WITNESSES() view returns(uint8)
func (market *Market) PackMINWITNESSES() []byte {
	enc, err := market.abi.Pack("MIN_WITNESSES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINWITNESSES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c06896e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_WITNESSES() view returns(uint8)
func (market *Market) TryPackMINWITNESSES() ([]byte, error) {
	return market.abi.Pack("MIN_WITNESSES")
}

// UnpackMINWITNESSES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c06896e.
//
// Solidity: function MIN_WITNESSES() view returns(uint8)
func (market *Market) UnpackMINWITNESSES(data []byte) (uint8, error) {
	out, err := market.abi.Unpack("MIN_WITNESSES", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAcceptDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcff101b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDeployment(uint256 orderId) returns()
func (market *Market) PackAcceptDeployment(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("acceptDeployment", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcff101b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDeployment(uint256 orderId) returns()
func (market *Market) TryPackAcceptDeployment(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("acceptDeployment", orderId)
}

// PackAddLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2b28d28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addLevel(uint32 cpuMilli, uint32 memoryMB, uint32 imageMB) returns(uint32)
func (market *Market) PackAddLevel(cpuMilli uint32, memoryMB uint32, imageMB uint32) []byte {
	enc, err := market.abi.Pack("addLevel", cpuMilli, memoryMB, imageMB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2b28d28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addLevel(uint32 cpuMilli, uint32 memoryMB, uint32 imageMB) returns(uint32)
func (market *Market) TryPackAddLevel(cpuMilli uint32, memoryMB uint32, imageMB uint32) ([]byte, error) {
	return market.abi.Pack("addLevel", cpuMilli, memoryMB, imageMB)
}

// UnpackAddLevel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2b28d28.
//
// Solidity: function addLevel(uint32 cpuMilli, uint32 memoryMB, uint32 imageMB) returns(uint32)
func (market *Market) UnpackAddLevel(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("addLevel", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAddProviderStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8094711.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addProviderStake(uint256 amount) returns()
func (market *Market) PackAddProviderStake(amount *big.Int) []byte {
	enc, err := market.abi.Pack("addProviderStake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddProviderStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8094711.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addProviderStake(uint256 amount) returns()
func (market *Market) TryPackAddProviderStake(amount *big.Int) ([]byte, error) {
	return market.abi.Pack("addProviderStake", amount)
}

// PackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c579d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bid(uint256 orderId, uint96 unitPrice) returns()
func (market *Market) PackBid(orderId *big.Int, unitPrice *big.Int) []byte {
	enc, err := market.abi.Pack("bid", orderId, unitPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c579d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bid(uint256 orderId, uint96 unitPrice) returns()
func (market *Market) TryPackBid(orderId *big.Int, unitPrice *big.Int) ([]byte, error) {
	return market.abi.Pack("bid", orderId, unitPrice)
}

// PackBidBondFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c9f58ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidBondFor(uint96 maxUnitPrice, uint32 durationUnits) view returns(uint256)
func (market *Market) PackBidBondFor(maxUnitPrice *big.Int, durationUnits uint32) []byte {
	enc, err := market.abi.Pack("bidBondFor", maxUnitPrice, durationUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidBondFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c9f58ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidBondFor(uint96 maxUnitPrice, uint32 durationUnits) view returns(uint256)
func (market *Market) TryPackBidBondFor(maxUnitPrice *big.Int, durationUnits uint32) ([]byte, error) {
	return market.abi.Pack("bidBondFor", maxUnitPrice, durationUnits)
}

// UnpackBidBondFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c9f58ee.
//
// Solidity: function bidBondFor(uint96 maxUnitPrice, uint32 durationUnits) view returns(uint256)
func (market *Market) UnpackBidBondFor(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("bidBondFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBidCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e58006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidCommitment(uint256 orderId, address provider_, uint96 unitPrice, bytes32 salt) pure returns(bytes32)
func (market *Market) PackBidCommitment(orderId *big.Int, provider common.Address, unitPrice *big.Int, salt [32]byte) []byte {
	enc, err := market.abi.Pack("bidCommitment", orderId, provider, unitPrice, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e58006.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidCommitment(uint256 orderId, address provider_, uint96 unitPrice, bytes32 salt) pure returns(bytes32)
func (market *Market) TryPackBidCommitment(orderId *big.Int, provider common.Address, unitPrice *big.Int, salt [32]byte) ([]byte, error) {
	return market.abi.Pack("bidCommitment", orderId, provider, unitPrice, salt)
}

// UnpackBidCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8e58006.
//
// Solidity: function bidCommitment(uint256 orderId, address provider_, uint96 unitPrice, bytes32 salt) pure returns(bytes32)
func (market *Market) UnpackBidCommitment(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("bidCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCloseBidding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b1194b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeBidding(uint256 orderId) returns()
func (market *Market) PackCloseBidding(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("closeBidding", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseBidding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b1194b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeBidding(uint256 orderId) returns()
func (market *Market) TryPackCloseBidding(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("closeBidding", orderId)
}

// PackCollateralFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33e7b46d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralFor(uint96 unitPrice, uint96 maxUnitPrice, uint32 durationUnits) view returns(uint256)
func (market *Market) PackCollateralFor(unitPrice *big.Int, maxUnitPrice *big.Int, durationUnits uint32) []byte {
	enc, err := market.abi.Pack("collateralFor", unitPrice, maxUnitPrice, durationUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33e7b46d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralFor(uint96 unitPrice, uint96 maxUnitPrice, uint32 durationUnits) view returns(uint256)
func (market *Market) TryPackCollateralFor(unitPrice *big.Int, maxUnitPrice *big.Int, durationUnits uint32) ([]byte, error) {
	return market.abi.Pack("collateralFor", unitPrice, maxUnitPrice, durationUnits)
}

// UnpackCollateralFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33e7b46d.
//
// Solidity: function collateralFor(uint96 unitPrice, uint96 maxUnitPrice, uint32 durationUnits) view returns(uint256)
func (market *Market) UnpackCollateralFor(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("collateralFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9468cb61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBid(uint256 orderId, bytes32 commitment) returns()
func (market *Market) PackCommitBid(orderId *big.Int, commitment [32]byte) []byte {
	enc, err := market.abi.Pack("commitBid", orderId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9468cb61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBid(uint256 orderId, bytes32 commitment) returns()
func (market *Market) TryPackCommitBid(orderId *big.Int, commitment [32]byte) ([]byte, error) {
	return market.abi.Pack("commitBid", orderId, commitment)
}

// PackCommitteeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e57c05a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeId(uint256 orderId, uint8 k) pure returns(uint256)
func (market *Market) PackCommitteeId(orderId *big.Int, k uint8) []byte {
	enc, err := market.abi.Pack("committeeId", orderId, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e57c05a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeId(uint256 orderId, uint8 k) pure returns(uint256)
func (market *Market) TryPackCommitteeId(orderId *big.Int, k uint8) ([]byte, error) {
	return market.abi.Pack("committeeId", orderId, k)
}

// UnpackCommitteeId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e57c05a.
//
// Solidity: function committeeId(uint256 orderId, uint8 k) pure returns(uint256)
func (market *Market) UnpackCommitteeId(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("committeeId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfirmDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81de876e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmDeployment(uint256 orderId) returns()
func (market *Market) PackConfirmDeployment(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("confirmDeployment", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81de876e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmDeployment(uint256 orderId) returns()
func (market *Market) TryPackConfirmDeployment(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("confirmDeployment", orderId)
}

// PackCreateOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70c33c1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createOrder((uint32,uint32,uint96,uint32,uint32,uint8,uint8) p) returns(uint256)
func (market *Market) PackCreateOrder(p MarketOrderParams) []byte {
	enc, err := market.abi.Pack("createOrder", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70c33c1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createOrder((uint32,uint32,uint96,uint32,uint32,uint8,uint8) p) returns(uint256)
func (market *Market) TryPackCreateOrder(p MarketOrderParams) ([]byte, error) {
	return market.abi.Pack("createOrder", p)
}

// UnpackCreateOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70c33c1d.
//
// Solidity: function createOrder((uint32,uint32,uint96,uint32,uint32,uint8,uint8) p) returns(uint256)
func (market *Market) UnpackCreateOrder(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("createOrder", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateOrderWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f470f6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createOrderWithPermit((uint32,uint32,uint96,uint32,uint32,uint8,uint8) p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (market *Market) PackCreateOrderWithPermit(p MarketOrderParams, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := market.abi.Pack("createOrderWithPermit", p, permitDeadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateOrderWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f470f6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createOrderWithPermit((uint32,uint32,uint96,uint32,uint32,uint8,uint8) p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (market *Market) TryPackCreateOrderWithPermit(p MarketOrderParams, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return market.abi.Pack("createOrderWithPermit", p, permitDeadline, v, r, s)
}

// UnpackCreateOrderWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f470f6b.
//
// Solidity: function createOrderWithPermit((uint32,uint32,uint96,uint32,uint32,uint8,uint8) p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (market *Market) UnpackCreateOrderWithPermit(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("createOrderWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeactivateLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c347bfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deactivateLevel(uint32 levelId) returns()
func (market *Market) PackDeactivateLevel(levelId uint32) []byte {
	enc, err := market.abi.Pack("deactivateLevel", levelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeactivateLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c347bfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deactivateLevel(uint32 levelId) returns()
func (market *Market) TryPackDeactivateLevel(levelId uint32) ([]byte, error) {
	return market.abi.Pack("deactivateLevel", levelId)
}

// PackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expire(uint256 orderId) returns()
func (market *Market) PackExpire(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("expire", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expire(uint256 orderId) returns()
func (market *Market) TryPackExpire(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("expire", orderId)
}

// PackFinish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd353a1cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finish(uint256 orderId) returns()
func (market *Market) PackFinish(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("finish", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd353a1cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finish(uint256 orderId) returns()
func (market *Market) TryPackFinish(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("finish", orderId)
}

// PackForfeitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6453afd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forfeitBond(uint256 orderId, address provider_) returns()
func (market *Market) PackForfeitBond(orderId *big.Int, provider common.Address) []byte {
	enc, err := market.abi.Pack("forfeitBond", orderId, provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForfeitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6453afd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forfeitBond(uint256 orderId, address provider_) returns()
func (market *Market) TryPackForfeitBond(orderId *big.Int, provider common.Address) ([]byte, error) {
	return market.abi.Pack("forfeitBond", orderId, provider)
}

// PackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x944b8aa2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfill(uint256 orderId, bytes32 moduleHash) returns()
func (market *Market) PackFulfill(orderId *big.Int, moduleHash [32]byte) []byte {
	enc, err := market.abi.Pack("fulfill", orderId, moduleHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x944b8aa2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfill(uint256 orderId, bytes32 moduleHash) returns()
func (market *Market) TryPackFulfill(orderId *big.Int, moduleHash [32]byte) ([]byte, error) {
	return market.abi.Pack("fulfill", orderId, moduleHash)
}

// PackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e352497.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lease(uint256 orderId) view returns((address,address,uint96,uint256,uint256,uint256,uint64,uint64,uint64,uint8,uint8,bool,bool,bytes32) l)
func (market *Market) PackLease(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("lease", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e352497.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lease(uint256 orderId) view returns((address,address,uint96,uint256,uint256,uint256,uint64,uint64,uint64,uint8,uint8,bool,bool,bytes32) l)
func (market *Market) TryPackLease(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("lease", orderId)
}

// UnpackLease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e352497.
//
// Solidity: function lease(uint256 orderId) view returns((address,address,uint96,uint256,uint256,uint256,uint64,uint64,uint64,uint8,uint8,bool,bool,bytes32) l)
func (market *Market) UnpackLease(data []byte) (MarketLease, error) {
	out, err := market.abi.Unpack("lease", data)
	if err != nil {
		return *new(MarketLease), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketLease)).(*MarketLease)
	return out0, nil
}

// PackLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58f9f5ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function level(uint32 levelId) view returns((uint32,uint32,uint32,bool))
func (market *Market) PackLevel(levelId uint32) []byte {
	enc, err := market.abi.Pack("level", levelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58f9f5ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function level(uint32 levelId) view returns((uint32,uint32,uint32,bool))
func (market *Market) TryPackLevel(levelId uint32) ([]byte, error) {
	return market.abi.Pack("level", levelId)
}

// UnpackLevel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58f9f5ab.
//
// Solidity: function level(uint32 levelId) view returns((uint32,uint32,uint32,bool))
func (market *Market) UnpackLevel(data []byte) (MarketLevel, error) {
	out, err := market.abi.Unpack("level", data)
	if err != nil {
		return *new(MarketLevel), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketLevel)).(*MarketLevel)
	return out0, nil
}

// PackLevelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x651a2b4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function levelCount() view returns(uint256)
func (market *Market) PackLevelCount() []byte {
	enc, err := market.abi.Pack("levelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLevelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x651a2b4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function levelCount() view returns(uint256)
func (market *Market) TryPackLevelCount() ([]byte, error) {
	return market.abi.Pack("levelCount")
}

// UnpackLevelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x651a2b4c.
//
// Solidity: function levelCount() view returns(uint256)
func (market *Market) UnpackLevelCount(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("levelCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe34ff144.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openSegment(uint256 orderId, uint8 k) returns()
func (market *Market) PackOpenSegment(orderId *big.Int, k uint8) []byte {
	enc, err := market.abi.Pack("openSegment", orderId, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe34ff144.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openSegment(uint256 orderId, uint8 k) returns()
func (market *Market) TryPackOpenSegment(orderId *big.Int, k uint8) ([]byte, error) {
	return market.abi.Pack("openSegment", orderId, k)
}

// PackOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21603f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function order(uint256 orderId) view returns((address,uint32,uint32,uint8,uint8,uint8,uint8,uint96,uint32,uint32,uint32,uint32,uint32,address,uint96))
func (market *Market) PackOrder(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("order", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21603f43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function order(uint256 orderId) view returns((address,uint32,uint32,uint8,uint8,uint8,uint8,uint96,uint32,uint32,uint32,uint32,uint32,address,uint96))
func (market *Market) TryPackOrder(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("order", orderId)
}

// UnpackOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21603f43.
//
// Solidity: function order(uint256 orderId) view returns((address,uint32,uint32,uint8,uint8,uint8,uint8,uint96,uint32,uint32,uint32,uint32,uint32,address,uint96))
func (market *Market) UnpackOrder(data []byte) (MarketOrder, error) {
	out, err := market.abi.Unpack("order", data)
	if err != nil {
		return *new(MarketOrder), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketOrder)).(*MarketOrder)
	return out0, nil
}

// PackOrderCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x030a5d70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderCost((uint32,uint32,uint96,uint32,uint32,uint8,uint8) p) view returns(uint256 prepayment, uint256 witnessDeposit, uint256 seatFee)
func (market *Market) PackOrderCost(p MarketOrderParams) []byte {
	enc, err := market.abi.Pack("orderCost", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x030a5d70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderCost((uint32,uint32,uint96,uint32,uint32,uint8,uint8) p) view returns(uint256 prepayment, uint256 witnessDeposit, uint256 seatFee)
func (market *Market) TryPackOrderCost(p MarketOrderParams) ([]byte, error) {
	return market.abi.Pack("orderCost", p)
}

// OrderCostOutput serves as a container for the return parameters of contract
// method OrderCost.
type OrderCostOutput struct {
	Prepayment     *big.Int
	WitnessDeposit *big.Int
	SeatFee        *big.Int
}

// UnpackOrderCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x030a5d70.
//
// Solidity: function orderCost((uint32,uint32,uint96,uint32,uint32,uint8,uint8) p) view returns(uint256 prepayment, uint256 witnessDeposit, uint256 seatFee)
func (market *Market) UnpackOrderCost(data []byte) (OrderCostOutput, error) {
	out, err := market.abi.Unpack("orderCost", data)
	outstruct := new(OrderCostOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Prepayment = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.WitnessDeposit = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.SeatFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOrderCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2453ffa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderCount() view returns(uint256)
func (market *Market) PackOrderCount() []byte {
	enc, err := market.abi.Pack("orderCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2453ffa8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderCount() view returns(uint256)
func (market *Market) TryPackOrderCount() ([]byte, error) {
	return market.abi.Pack("orderCount")
}

// UnpackOrderCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2453ffa8.
//
// Solidity: function orderCount() view returns(uint256)
func (market *Market) UnpackOrderCount(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("orderCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (market *Market) PackOwner() []byte {
	enc, err := market.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (market *Market) TryPackOwner() ([]byte, error) {
	return market.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (market *Market) UnpackOwner(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint96,uint32,uint96,uint16,uint8,uint8,uint32,uint32,uint16,uint96,uint32,uint32,uint32,uint32,uint16,uint32))
func (market *Market) PackParams() []byte {
	enc, err := market.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint96,uint32,uint96,uint16,uint8,uint8,uint32,uint32,uint16,uint96,uint32,uint32,uint32,uint32,uint16,uint32))
func (market *Market) TryPackParams() ([]byte, error) {
	return market.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint96,uint32,uint96,uint16,uint8,uint8,uint32,uint32,uint16,uint96,uint32,uint32,uint32,uint32,uint16,uint32))
func (market *Market) UnpackParams(data []byte) (MarketParams, error) {
	out, err := market.abi.Unpack("params", data)
	if err != nil {
		return *new(MarketParams), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketParams)).(*MarketParams)
	return out0, nil
}

// PackPostProbeKit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec5bf94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postProbeKit(uint256 orderId, uint8 segment_, address[] members, bytes[] sealedKits) returns()
func (market *Market) PackPostProbeKit(orderId *big.Int, segment uint8, members []common.Address, sealedKits [][]byte) []byte {
	enc, err := market.abi.Pack("postProbeKit", orderId, segment, members, sealedKits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostProbeKit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec5bf94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postProbeKit(uint256 orderId, uint8 segment_, address[] members, bytes[] sealedKits) returns()
func (market *Market) TryPackPostProbeKit(orderId *big.Int, segment uint8, members []common.Address, sealedKits [][]byte) ([]byte, error) {
	return market.abi.Pack("postProbeKit", orderId, segment, members, sealedKits)
}

// PackProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbaf094a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provider(address account) view returns((uint96,uint96,uint32,uint32))
func (market *Market) PackProvider(account common.Address) []byte {
	enc, err := market.abi.Pack("provider", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbaf094a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function provider(address account) view returns((uint96,uint96,uint32,uint32))
func (market *Market) TryPackProvider(account common.Address) ([]byte, error) {
	return market.abi.Pack("provider", account)
}

// UnpackProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbaf094a.
//
// Solidity: function provider(address account) view returns((uint96,uint96,uint32,uint32))
func (market *Market) UnpackProvider(data []byte) (MarketProvider, error) {
	out, err := market.abi.Unpack("provider", data)
	if err != nil {
		return *new(MarketProvider), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketProvider)).(*MarketProvider)
	return out0, nil
}

// PackPublishDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdb84e47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishDeployment(uint256 orderId, string endpoint, bytes accessInfo) returns()
func (market *Market) PackPublishDeployment(orderId *big.Int, endpoint string, accessInfo []byte) []byte {
	enc, err := market.abi.Pack("publishDeployment", orderId, endpoint, accessInfo)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdb84e47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishDeployment(uint256 orderId, string endpoint, bytes accessInfo) returns()
func (market *Market) TryPackPublishDeployment(orderId *big.Int, endpoint string, accessInfo []byte) ([]byte, error) {
	return market.abi.Pack("publishDeployment", orderId, endpoint, accessInfo)
}

// PackRegisterProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b1694ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerProvider(uint256 stake, string metadataURI) returns()
func (market *Market) PackRegisterProvider(stake *big.Int, metadataURI string) []byte {
	enc, err := market.abi.Pack("registerProvider", stake, metadataURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b1694ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerProvider(uint256 stake, string metadataURI) returns()
func (market *Market) TryPackRegisterProvider(stake *big.Int, metadataURI string) ([]byte, error) {
	return market.abi.Pack("registerProvider", stake, metadataURI)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (market *Market) PackRenounceOwnership() []byte {
	enc, err := market.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (market *Market) TryPackRenounceOwnership() ([]byte, error) {
	return market.abi.Pack("renounceOwnership")
}

// PackRequestProviderExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda6012c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestProviderExit() returns()
func (market *Market) PackRequestProviderExit() []byte {
	enc, err := market.abi.Pack("requestProviderExit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestProviderExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda6012c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestProviderExit() returns()
func (market *Market) TryPackRequestProviderExit() ([]byte, error) {
	return market.abi.Pack("requestProviderExit")
}

// PackRevealBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85a8f523.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealBid(uint256 orderId, uint96 unitPrice, bytes32 salt) returns()
func (market *Market) PackRevealBid(orderId *big.Int, unitPrice *big.Int, salt [32]byte) []byte {
	enc, err := market.abi.Pack("revealBid", orderId, unitPrice, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85a8f523.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealBid(uint256 orderId, uint96 unitPrice, bytes32 salt) returns()
func (market *Market) TryPackRevealBid(orderId *big.Int, unitPrice *big.Int, salt [32]byte) ([]byte, error) {
	return market.abi.Pack("revealBid", orderId, unitPrice, salt)
}

// PackSealedBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9d0c14a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sealedBid(uint256 orderId, address account) view returns((bytes27,uint32,uint8))
func (market *Market) PackSealedBid(orderId *big.Int, account common.Address) []byte {
	enc, err := market.abi.Pack("sealedBid", orderId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSealedBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9d0c14a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sealedBid(uint256 orderId, address account) view returns((bytes27,uint32,uint8))
func (market *Market) TryPackSealedBid(orderId *big.Int, account common.Address) ([]byte, error) {
	return market.abi.Pack("sealedBid", orderId, account)
}

// UnpackSealedBid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9d0c14a.
//
// Solidity: function sealedBid(uint256 orderId, address account) view returns((bytes27,uint32,uint8))
func (market *Market) UnpackSealedBid(data []byte) (MarketSealedBid, error) {
	out, err := market.abi.Unpack("sealedBid", data)
	if err != nil {
		return *new(MarketSealedBid), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketSealedBid)).(*MarketSealedBid)
	return out0, nil
}

// PackSeatFeeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80fa727b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seatFeeFor(uint256 fee, uint32 durationUnits, uint8 segments_) view returns(uint256)
func (market *Market) PackSeatFeeFor(fee *big.Int, durationUnits uint32, segments uint8) []byte {
	enc, err := market.abi.Pack("seatFeeFor", fee, durationUnits, segments)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeatFeeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80fa727b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seatFeeFor(uint256 fee, uint32 durationUnits, uint8 segments_) view returns(uint256)
func (market *Market) TryPackSeatFeeFor(fee *big.Int, durationUnits uint32, segments uint8) ([]byte, error) {
	return market.abi.Pack("seatFeeFor", fee, durationUnits, segments)
}

// UnpackSeatFeeFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80fa727b.
//
// Solidity: function seatFeeFor(uint256 fee, uint32 durationUnits, uint8 segments_) view returns(uint256)
func (market *Market) UnpackSeatFeeFor(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("seatFeeFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fe40978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function segment(uint256 orderId, uint8 k) view returns((uint256,uint64,uint64,uint64,uint64,uint64,uint8,bool))
func (market *Market) PackSegment(orderId *big.Int, k uint8) []byte {
	enc, err := market.abi.Pack("segment", orderId, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fe40978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function segment(uint256 orderId, uint8 k) view returns((uint256,uint64,uint64,uint64,uint64,uint64,uint8,bool))
func (market *Market) TryPackSegment(orderId *big.Int, k uint8) ([]byte, error) {
	return market.abi.Pack("segment", orderId, k)
}

// UnpackSegment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fe40978.
//
// Solidity: function segment(uint256 orderId, uint8 k) view returns((uint256,uint64,uint64,uint64,uint64,uint64,uint8,bool))
func (market *Market) UnpackSegment(data []byte) (MarketSegmentView, error) {
	out, err := market.abi.Unpack("segment", data)
	if err != nil {
		return *new(MarketSegmentView), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketSegmentView)).(*MarketSegmentView)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 orderId) returns()
func (market *Market) PackSettle(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("settle", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 orderId) returns()
func (market *Market) TryPackSettle(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("settle", orderId)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ad2391.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement(uint256 orderId) view returns(uint256 providerPayout, uint256 customerRefund, uint8 violatedSegments)
func (market *Market) PackSettlement(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("settlement", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ad2391.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement(uint256 orderId) view returns(uint256 providerPayout, uint256 customerRefund, uint8 violatedSegments)
func (market *Market) TryPackSettlement(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("settlement", orderId)
}

// SettlementOutput serves as a container for the return parameters of contract
// method Settlement.
type SettlementOutput struct {
	ProviderPayout   *big.Int
	CustomerRefund   *big.Int
	ViolatedSegments uint8
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60ad2391.
//
// Solidity: function settlement(uint256 orderId) view returns(uint256 providerPayout, uint256 customerRefund, uint8 violatedSegments)
func (market *Market) UnpackSettlement(data []byte) (SettlementOutput, error) {
	out, err := market.abi.Unpack("settlement", data)
	outstruct := new(SettlementOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ProviderPayout = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.CustomerRefund = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ViolatedSegments = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (market *Market) PackToken() []byte {
	enc, err := market.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (market *Market) TryPackToken() ([]byte, error) {
	return market.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (market *Market) UnpackToken(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (market *Market) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := market.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (market *Market) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return market.abi.Pack("transferOwnership", newOwner)
}

// PackWithdrawProviderStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfd70b89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawProviderStake() returns()
func (market *Market) PackWithdrawProviderStake() []byte {
	enc, err := market.abi.Pack("withdrawProviderStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawProviderStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfd70b89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawProviderStake() returns()
func (market *Market) TryPackWithdrawProviderStake() ([]byte, error) {
	return market.abi.Pack("withdrawProviderStake")
}

// PackWitnessPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25b3fa61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function witnessPool() view returns(address)
func (market *Market) PackWitnessPool() []byte {
	enc, err := market.abi.Pack("witnessPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWitnessPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25b3fa61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function witnessPool() view returns(address)
func (market *Market) TryPackWitnessPool() ([]byte, error) {
	return market.abi.Pack("witnessPool")
}

// UnpackWitnessPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25b3fa61.
//
// Solidity: function witnessPool() view returns(address)
func (market *Market) UnpackWitnessPool(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("witnessPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// MarketBidCommitted represents a BidCommitted event raised by the Market contract.
type MarketBidCommitted struct {
	OrderId  *big.Int
	Provider common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketBidCommittedEventName = "BidCommitted"

// ContractEventName returns the user-defined event name.
func (MarketBidCommitted) ContractEventName() string {
	return MarketBidCommittedEventName
}

// UnpackBidCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidCommitted(uint256 indexed orderId, address indexed provider)
func (market *Market) UnpackBidCommittedEvent(log *types.Log) (*MarketBidCommitted, error) {
	event := "BidCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketBidCommitted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketBidPlaced represents a BidPlaced event raised by the Market contract.
type MarketBidPlaced struct {
	OrderId   *big.Int
	Provider  common.Address
	UnitPrice *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketBidPlacedEventName = "BidPlaced"

// ContractEventName returns the user-defined event name.
func (MarketBidPlaced) ContractEventName() string {
	return MarketBidPlacedEventName
}

// UnpackBidPlacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidPlaced(uint256 indexed orderId, address indexed provider, uint96 unitPrice)
func (market *Market) UnpackBidPlacedEvent(log *types.Log) (*MarketBidPlaced, error) {
	event := "BidPlaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketBidPlaced)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketBidRevealed represents a BidRevealed event raised by the Market contract.
type MarketBidRevealed struct {
	OrderId   *big.Int
	Provider  common.Address
	UnitPrice *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketBidRevealedEventName = "BidRevealed"

// ContractEventName returns the user-defined event name.
func (MarketBidRevealed) ContractEventName() string {
	return MarketBidRevealedEventName
}

// UnpackBidRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidRevealed(uint256 indexed orderId, address indexed provider, uint96 unitPrice)
func (market *Market) UnpackBidRevealedEvent(log *types.Log) (*MarketBidRevealed, error) {
	event := "BidRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketBidRevealed)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketBondForfeited represents a BondForfeited event raised by the Market contract.
type MarketBondForfeited struct {
	OrderId  *big.Int
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketBondForfeitedEventName = "BondForfeited"

// ContractEventName returns the user-defined event name.
func (MarketBondForfeited) ContractEventName() string {
	return MarketBondForfeitedEventName
}

// UnpackBondForfeitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondForfeited(uint256 indexed orderId, address indexed provider, uint256 amount)
func (market *Market) UnpackBondForfeitedEvent(log *types.Log) (*MarketBondForfeited, error) {
	event := "BondForfeited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketBondForfeited)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketDeploymentCommitted represents a DeploymentCommitted event raised by the Market contract.
type MarketDeploymentCommitted struct {
	OrderId    *big.Int
	ModuleHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const MarketDeploymentCommittedEventName = "DeploymentCommitted"

// ContractEventName returns the user-defined event name.
func (MarketDeploymentCommitted) ContractEventName() string {
	return MarketDeploymentCommittedEventName
}

// UnpackDeploymentCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeploymentCommitted(uint256 indexed orderId, bytes32 moduleHash)
func (market *Market) UnpackDeploymentCommittedEvent(log *types.Log) (*MarketDeploymentCommitted, error) {
	event := "DeploymentCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketDeploymentCommitted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketDeploymentPublished represents a DeploymentPublished event raised by the Market contract.
type MarketDeploymentPublished struct {
	OrderId    *big.Int
	Provider   common.Address
	Endpoint   string
	AccessInfo []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const MarketDeploymentPublishedEventName = "DeploymentPublished"

// ContractEventName returns the user-defined event name.
func (MarketDeploymentPublished) ContractEventName() string {
	return MarketDeploymentPublishedEventName
}

// UnpackDeploymentPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeploymentPublished(uint256 indexed orderId, address indexed provider, string endpoint, bytes accessInfo)
func (market *Market) UnpackDeploymentPublishedEvent(log *types.Log) (*MarketDeploymentPublished, error) {
	event := "DeploymentPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketDeploymentPublished)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketLeaseCreated represents a LeaseCreated event raised by the Market contract.
type MarketLeaseCreated struct {
	OrderId  *big.Int
	Customer common.Address
	Provider common.Address
	Fee      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketLeaseCreatedEventName = "LeaseCreated"

// ContractEventName returns the user-defined event name.
func (MarketLeaseCreated) ContractEventName() string {
	return MarketLeaseCreatedEventName
}

// UnpackLeaseCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseCreated(uint256 indexed orderId, address indexed customer, address indexed provider, uint256 fee)
func (market *Market) UnpackLeaseCreatedEvent(log *types.Log) (*MarketLeaseCreated, error) {
	event := "LeaseCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketLeaseCreated)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketLevelAdded represents a LevelAdded event raised by the Market contract.
type MarketLevelAdded struct {
	LevelId  uint32
	CpuMilli uint32
	MemoryMB uint32
	ImageMB  uint32
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketLevelAddedEventName = "LevelAdded"

// ContractEventName returns the user-defined event name.
func (MarketLevelAdded) ContractEventName() string {
	return MarketLevelAddedEventName
}

// UnpackLevelAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LevelAdded(uint32 indexed levelId, uint32 cpuMilli, uint32 memoryMB, uint32 imageMB)
func (market *Market) UnpackLevelAddedEvent(log *types.Log) (*MarketLevelAdded, error) {
	event := "LevelAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketLevelAdded)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketLevelDeactivated represents a LevelDeactivated event raised by the Market contract.
type MarketLevelDeactivated struct {
	LevelId uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketLevelDeactivatedEventName = "LevelDeactivated"

// ContractEventName returns the user-defined event name.
func (MarketLevelDeactivated) ContractEventName() string {
	return MarketLevelDeactivatedEventName
}

// UnpackLevelDeactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LevelDeactivated(uint32 indexed levelId)
func (market *Market) UnpackLevelDeactivatedEvent(log *types.Log) (*MarketLevelDeactivated, error) {
	event := "LevelDeactivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketLevelDeactivated)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketOrderCreated represents a OrderCreated event raised by the Market contract.
type MarketOrderCreated struct {
	OrderId       *big.Int
	Customer      common.Address
	LevelId       uint32
	DurationUnits uint32
	MaxUnitPrice  *big.Int
	BiddingEnd    uint64
	RevealEnd     uint64
	WitnessCount  uint8
	Segments      uint8
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketOrderCreatedEventName = "OrderCreated"

// ContractEventName returns the user-defined event name.
func (MarketOrderCreated) ContractEventName() string {
	return MarketOrderCreatedEventName
}

// UnpackOrderCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCreated(uint256 indexed orderId, address indexed customer, uint32 levelId, uint32 durationUnits, uint96 maxUnitPrice, uint64 biddingEnd, uint64 revealEnd, uint8 witnessCount, uint8 segments)
func (market *Market) UnpackOrderCreatedEvent(log *types.Log) (*MarketOrderCreated, error) {
	event := "OrderCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketOrderCreated)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketOrderFailed represents a OrderFailed event raised by the Market contract.
type MarketOrderFailed struct {
	OrderId *big.Int
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketOrderFailedEventName = "OrderFailed"

// ContractEventName returns the user-defined event name.
func (MarketOrderFailed) ContractEventName() string {
	return MarketOrderFailedEventName
}

// UnpackOrderFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderFailed(uint256 indexed orderId, uint8 reason)
func (market *Market) UnpackOrderFailedEvent(log *types.Log) (*MarketOrderFailed, error) {
	event := "OrderFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketOrderFailed)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketOrderFinished represents a OrderFinished event raised by the Market contract.
type MarketOrderFinished struct {
	OrderId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketOrderFinishedEventName = "OrderFinished"

// ContractEventName returns the user-defined event name.
func (MarketOrderFinished) ContractEventName() string {
	return MarketOrderFinishedEventName
}

// UnpackOrderFinishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderFinished(uint256 indexed orderId)
func (market *Market) UnpackOrderFinishedEvent(log *types.Log) (*MarketOrderFinished, error) {
	event := "OrderFinished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketOrderFinished)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketOrderMatched represents a OrderMatched event raised by the Market contract.
type MarketOrderMatched struct {
	OrderId   *big.Int
	Provider  common.Address
	UnitPrice *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketOrderMatchedEventName = "OrderMatched"

// ContractEventName returns the user-defined event name.
func (MarketOrderMatched) ContractEventName() string {
	return MarketOrderMatchedEventName
}

// UnpackOrderMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderMatched(uint256 indexed orderId, address indexed provider, uint96 unitPrice)
func (market *Market) UnpackOrderMatchedEvent(log *types.Log) (*MarketOrderMatched, error) {
	event := "OrderMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketOrderMatched)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketOrderSettled represents a OrderSettled event raised by the Market contract.
type MarketOrderSettled struct {
	OrderId          *big.Int
	ViolatedSegments uint8
	ProviderPayout   *big.Int
	CustomerRefund   *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const MarketOrderSettledEventName = "OrderSettled"

// ContractEventName returns the user-defined event name.
func (MarketOrderSettled) ContractEventName() string {
	return MarketOrderSettledEventName
}

// UnpackOrderSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderSettled(uint256 indexed orderId, uint8 violatedSegments, uint256 providerPayout, uint256 customerRefund)
func (market *Market) UnpackOrderSettledEvent(log *types.Log) (*MarketOrderSettled, error) {
	event := "OrderSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketOrderSettled)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketOwnershipTransferred represents a OwnershipTransferred event raised by the Market contract.
type MarketOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MarketOwnershipTransferred) ContractEventName() string {
	return MarketOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (market *Market) UnpackOwnershipTransferredEvent(log *types.Log) (*MarketOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketProbeKit represents a ProbeKit event raised by the Market contract.
type MarketProbeKit struct {
	OrderId   *big.Int
	Segment   uint8
	Witness   common.Address
	SealedKit []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketProbeKitEventName = "ProbeKit"

// ContractEventName returns the user-defined event name.
func (MarketProbeKit) ContractEventName() string {
	return MarketProbeKitEventName
}

// UnpackProbeKitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProbeKit(uint256 indexed orderId, uint8 segment, address indexed witness, bytes sealedKit)
func (market *Market) UnpackProbeKitEvent(log *types.Log) (*MarketProbeKit, error) {
	event := "ProbeKit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketProbeKit)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketProviderExitRequested represents a ProviderExitRequested event raised by the Market contract.
type MarketProviderExitRequested struct {
	Provider       common.Address
	WithdrawableAt uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const MarketProviderExitRequestedEventName = "ProviderExitRequested"

// ContractEventName returns the user-defined event name.
func (MarketProviderExitRequested) ContractEventName() string {
	return MarketProviderExitRequestedEventName
}

// UnpackProviderExitRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderExitRequested(address indexed provider, uint64 withdrawableAt)
func (market *Market) UnpackProviderExitRequestedEvent(log *types.Log) (*MarketProviderExitRequested, error) {
	event := "ProviderExitRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketProviderExitRequested)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketProviderRegistered represents a ProviderRegistered event raised by the Market contract.
type MarketProviderRegistered struct {
	Provider    common.Address
	Stake       *big.Int
	MetadataURI string
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketProviderRegisteredEventName = "ProviderRegistered"

// ContractEventName returns the user-defined event name.
func (MarketProviderRegistered) ContractEventName() string {
	return MarketProviderRegisteredEventName
}

// UnpackProviderRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderRegistered(address indexed provider, uint256 stake, string metadataURI)
func (market *Market) UnpackProviderRegisteredEvent(log *types.Log) (*MarketProviderRegistered, error) {
	event := "ProviderRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketProviderRegistered)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketProviderStakeAdded represents a ProviderStakeAdded event raised by the Market contract.
type MarketProviderStakeAdded struct {
	Provider common.Address
	Amount   *big.Int
	Stake    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketProviderStakeAddedEventName = "ProviderStakeAdded"

// ContractEventName returns the user-defined event name.
func (MarketProviderStakeAdded) ContractEventName() string {
	return MarketProviderStakeAddedEventName
}

// UnpackProviderStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderStakeAdded(address indexed provider, uint256 amount, uint256 stake)
func (market *Market) UnpackProviderStakeAddedEvent(log *types.Log) (*MarketProviderStakeAdded, error) {
	event := "ProviderStakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketProviderStakeAdded)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketProviderWithdrawn represents a ProviderWithdrawn event raised by the Market contract.
type MarketProviderWithdrawn struct {
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketProviderWithdrawnEventName = "ProviderWithdrawn"

// ContractEventName returns the user-defined event name.
func (MarketProviderWithdrawn) ContractEventName() string {
	return MarketProviderWithdrawnEventName
}

// UnpackProviderWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderWithdrawn(address indexed provider, uint256 amount)
func (market *Market) UnpackProviderWithdrawnEvent(log *types.Log) (*MarketProviderWithdrawn, error) {
	event := "ProviderWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketProviderWithdrawn)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketSegmentOpened represents a SegmentOpened event raised by the Market contract.
type MarketSegmentOpened struct {
	OrderId *big.Int
	Segment uint8
	Opener  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketSegmentOpenedEventName = "SegmentOpened"

// ContractEventName returns the user-defined event name.
func (MarketSegmentOpened) ContractEventName() string {
	return MarketSegmentOpenedEventName
}

// UnpackSegmentOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SegmentOpened(uint256 indexed orderId, uint8 segment, address opener)
func (market *Market) UnpackSegmentOpenedEvent(log *types.Log) (*MarketSegmentOpened, error) {
	event := "SegmentOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketSegmentOpened)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketServiceStarted represents a ServiceStarted event raised by the Market contract.
type MarketServiceStarted struct {
	OrderId *big.Int
	Start   uint64
	End     uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketServiceStartedEventName = "ServiceStarted"

// ContractEventName returns the user-defined event name.
func (MarketServiceStarted) ContractEventName() string {
	return MarketServiceStartedEventName
}

// UnpackServiceStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceStarted(uint256 indexed orderId, uint64 start, uint64 end)
func (market *Market) UnpackServiceStartedEvent(log *types.Log) (*MarketServiceStarted, error) {
	event := "ServiceStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketServiceStarted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (market *Market) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], market.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return market.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["AlreadyPublished"].ID.Bytes()[:4]) {
		return market.UnpackAlreadyPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return market.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return market.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BidAboveMax"].ID.Bytes()[:4]) {
		return market.UnpackBidAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BidNotLower"].ID.Bytes()[:4]) {
		return market.UnpackBidNotLowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BiddingWindowOutOfRange"].ID.Bytes()[:4]) {
		return market.UnpackBiddingWindowOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return market.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["CommitteeNotDrawn"].ID.Bytes()[:4]) {
		return market.UnpackCommitteeNotDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["CooldownNotOver"].ID.Bytes()[:4]) {
		return market.UnpackCooldownNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["CustomerCannotBid"].ID.Bytes()[:4]) {
		return market.UnpackCustomerCannotBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return market.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return market.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["DurationTooLong"].ID.Bytes()[:4]) {
		return market.UnpackDurationTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ExitNotRequested"].ID.Bytes()[:4]) {
		return market.UnpackExitNotRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["InsufficientFreeStake"].ID.Bytes()[:4]) {
		return market.UnpackInsufficientFreeStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return market.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["LevelInactive"].ID.Bytes()[:4]) {
		return market.UnpackLevelInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ModuleAlreadyCommitted"].ID.Bytes()[:4]) {
		return market.UnpackModuleAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ModuleHashRequired"].ID.Bytes()[:4]) {
		return market.UnpackModuleHashRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ModuleNotCommitted"].ID.Bytes()[:4]) {
		return market.UnpackModuleNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return market.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotCommitteeMember"].ID.Bytes()[:4]) {
		return market.UnpackNotCommitteeMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotCustomer"].ID.Bytes()[:4]) {
		return market.UnpackNotCustomerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return market.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotPublished"].ID.Bytes()[:4]) {
		return market.UnpackNotPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotWinner"].ID.Bytes()[:4]) {
		return market.UnpackNotWinnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["OpenBiddingOnly"].ID.Bytes()[:4]) {
		return market.UnpackOpenBiddingOnlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return market.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return market.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["PriceTooLarge"].ID.Bytes()[:4]) {
		return market.UnpackPriceTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ProbeKitLengthMismatch"].ID.Bytes()[:4]) {
		return market.UnpackProbeKitLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ProviderExiting"].ID.Bytes()[:4]) {
		return market.UnpackProviderExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["RevealNotOpen"].ID.Bytes()[:4]) {
		return market.UnpackRevealNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["RevealWindowOutOfRange"].ID.Bytes()[:4]) {
		return market.UnpackRevealWindowOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return market.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return market.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SealedBiddingOnly"].ID.Bytes()[:4]) {
		return market.UnpackSealedBiddingOnlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SegmentLengthOutOfRange"].ID.Bytes()[:4]) {
		return market.UnpackSegmentLengthOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SegmentNotStarted"].ID.Bytes()[:4]) {
		return market.UnpackSegmentNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SegmentOutOfRange"].ID.Bytes()[:4]) {
		return market.UnpackSegmentOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SegmentsMustDivideDuration"].ID.Bytes()[:4]) {
		return market.UnpackSegmentsMustDivideDurationError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SegmentsOutOfRange"].ID.Bytes()[:4]) {
		return market.UnpackSegmentsOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["StakeBelowMinimum"].ID.Bytes()[:4]) {
		return market.UnpackStakeBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return market.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["Unattended"].ID.Bytes()[:4]) {
		return market.UnpackUnattendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["UnknownLevel"].ID.Bytes()[:4]) {
		return market.UnpackUnknownLevelError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["UnknownOrder"].ID.Bytes()[:4]) {
		return market.UnpackUnknownOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["WitnessCountOutOfRange"].ID.Bytes()[:4]) {
		return market.UnpackWitnessCountOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return market.UnpackWrongStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return market.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroDuration"].ID.Bytes()[:4]) {
		return market.UnpackZeroDurationError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroPrice"].ID.Bytes()[:4]) {
		return market.UnpackZeroPriceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketAlreadyCommitted represents a AlreadyCommitted error raised by the Market contract.
type MarketAlreadyCommitted struct {
	OrderId  *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 orderId, address provider)
func MarketAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 orderId, address provider)
func (market *Market) UnpackAlreadyCommittedError(raw []byte) (*MarketAlreadyCommitted, error) {
	out := new(MarketAlreadyCommitted)
	if err := market.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketAlreadyPublished represents a AlreadyPublished error raised by the Market contract.
type MarketAlreadyPublished struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPublished(uint256 orderId)
func MarketAlreadyPublishedErrorID() common.Hash {
	return common.HexToHash("0x388c3267c13a1623eb704525b0be5d88d207fef3c8f019a15b049e1cb7c1d423")
}

// UnpackAlreadyPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPublished(uint256 orderId)
func (market *Market) UnpackAlreadyPublishedError(raw []byte) (*MarketAlreadyPublished, error) {
	out := new(MarketAlreadyPublished)
	if err := market.abi.UnpackIntoInterface(out, "AlreadyPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketAlreadyRegistered represents a AlreadyRegistered error raised by the Market contract.
type MarketAlreadyRegistered struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address account)
func MarketAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address account)
func (market *Market) UnpackAlreadyRegisteredError(raw []byte) (*MarketAlreadyRegistered, error) {
	out := new(MarketAlreadyRegistered)
	if err := market.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketAlreadyRevealed represents a AlreadyRevealed error raised by the Market contract.
type MarketAlreadyRevealed struct {
	OrderId  *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 orderId, address provider)
func MarketAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 orderId, address provider)
func (market *Market) UnpackAlreadyRevealedError(raw []byte) (*MarketAlreadyRevealed, error) {
	out := new(MarketAlreadyRevealed)
	if err := market.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBidAboveMax represents a BidAboveMax error raised by the Market contract.
type MarketBidAboveMax struct {
	MaxUnitPrice *big.Int
	Offered      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidAboveMax(uint96 maxUnitPrice, uint96 offered)
func MarketBidAboveMaxErrorID() common.Hash {
	return common.HexToHash("0xcd95c56a54ea53bbd7c665fd78ae3fff13f12a5be109c33c11265e7965178225")
}

// UnpackBidAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidAboveMax(uint96 maxUnitPrice, uint96 offered)
func (market *Market) UnpackBidAboveMaxError(raw []byte) (*MarketBidAboveMax, error) {
	out := new(MarketBidAboveMax)
	if err := market.abi.UnpackIntoInterface(out, "BidAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBidNotLower represents a BidNotLower error raised by the Market contract.
type MarketBidNotLower struct {
	Best    *big.Int
	Offered *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidNotLower(uint96 best, uint96 offered)
func MarketBidNotLowerErrorID() common.Hash {
	return common.HexToHash("0x4f57b013245fdd843cdc1a4e4b7e20db01c9f9b9eca9a2a3bd3ad8af301fc5f4")
}

// UnpackBidNotLowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidNotLower(uint96 best, uint96 offered)
func (market *Market) UnpackBidNotLowerError(raw []byte) (*MarketBidNotLower, error) {
	out := new(MarketBidNotLower)
	if err := market.abi.UnpackIntoInterface(out, "BidNotLower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBiddingWindowOutOfRange represents a BiddingWindowOutOfRange error raised by the Market contract.
type MarketBiddingWindowOutOfRange struct {
	BiddingSeconds uint32
	Min            uint32
	Max            uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BiddingWindowOutOfRange(uint32 biddingSeconds, uint32 min, uint32 max)
func MarketBiddingWindowOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x2a84346305fb9ff982835515d162516b86ebb9e2cb3dd4b2b9ce5cb3d3bc75fc")
}

// UnpackBiddingWindowOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BiddingWindowOutOfRange(uint32 biddingSeconds, uint32 min, uint32 max)
func (market *Market) UnpackBiddingWindowOutOfRangeError(raw []byte) (*MarketBiddingWindowOutOfRange, error) {
	out := new(MarketBiddingWindowOutOfRange)
	if err := market.abi.UnpackIntoInterface(out, "BiddingWindowOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketCommitmentMismatch represents a CommitmentMismatch error raised by the Market contract.
type MarketCommitmentMismatch struct {
	OrderId  *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 orderId, address provider)
func MarketCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 orderId, address provider)
func (market *Market) UnpackCommitmentMismatchError(raw []byte) (*MarketCommitmentMismatch, error) {
	out := new(MarketCommitmentMismatch)
	if err := market.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketCommitteeNotDrawn represents a CommitteeNotDrawn error raised by the Market contract.
type MarketCommitteeNotDrawn struct {
	CommitteeId *big.Int
	Status      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotDrawn(uint256 committeeId, uint8 status)
func MarketCommitteeNotDrawnErrorID() common.Hash {
	return common.HexToHash("0xfeea70e7b8347dae3ec0b21edd80dead753ecf281d6f5ecc8191f3ce2f4a906b")
}

// UnpackCommitteeNotDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotDrawn(uint256 committeeId, uint8 status)
func (market *Market) UnpackCommitteeNotDrawnError(raw []byte) (*MarketCommitteeNotDrawn, error) {
	out := new(MarketCommitteeNotDrawn)
	if err := market.abi.UnpackIntoInterface(out, "CommitteeNotDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketCooldownNotOver represents a CooldownNotOver error raised by the Market contract.
type MarketCooldownNotOver struct {
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CooldownNotOver(uint64 until)
func MarketCooldownNotOverErrorID() common.Hash {
	return common.HexToHash("0x1ac889b7d6d578892d11c4abb9fa8f6a7c65bc986cbc5065a90ddf88fefe4648")
}

// UnpackCooldownNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CooldownNotOver(uint64 until)
func (market *Market) UnpackCooldownNotOverError(raw []byte) (*MarketCooldownNotOver, error) {
	out := new(MarketCooldownNotOver)
	if err := market.abi.UnpackIntoInterface(out, "CooldownNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketCustomerCannotBid represents a CustomerCannotBid error raised by the Market contract.
type MarketCustomerCannotBid struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CustomerCannotBid(uint256 orderId)
func MarketCustomerCannotBidErrorID() common.Hash {
	return common.HexToHash("0xcb52bad6265a81776ef7d62035b19eb0d2adce74322f42670b121eb7b81eb90b")
}

// UnpackCustomerCannotBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CustomerCannotBid(uint256 orderId)
func (market *Market) UnpackCustomerCannotBidError(raw []byte) (*MarketCustomerCannotBid, error) {
	out := new(MarketCustomerCannotBid)
	if err := market.abi.UnpackIntoInterface(out, "CustomerCannotBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketDeadlineNotReached represents a DeadlineNotReached error raised by the Market contract.
type MarketDeadlineNotReached struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(uint64 deadline)
func MarketDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xbd5145db3e26b65e37d7691b2b64b2ef714256dc0192fbc245167645d0ab1200")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(uint64 deadline)
func (market *Market) UnpackDeadlineNotReachedError(raw []byte) (*MarketDeadlineNotReached, error) {
	out := new(MarketDeadlineNotReached)
	if err := market.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketDeadlinePassed represents a DeadlinePassed error raised by the Market contract.
type MarketDeadlinePassed struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func MarketDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6768091307d5da213ba3ac1392311a935d1607f1020232ee01d118de33b68661")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func (market *Market) UnpackDeadlinePassedError(raw []byte) (*MarketDeadlinePassed, error) {
	out := new(MarketDeadlinePassed)
	if err := market.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketDurationTooLong represents a DurationTooLong error raised by the Market contract.
type MarketDurationTooLong struct {
	DurationUnits uint32
	MaxUnits      uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DurationTooLong(uint32 durationUnits, uint32 maxUnits)
func MarketDurationTooLongErrorID() common.Hash {
	return common.HexToHash("0x5cd9f725739085663e8b89e73d4f6fd5058978173552738bf0e297cb6bc7ec85")
}

// UnpackDurationTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DurationTooLong(uint32 durationUnits, uint32 maxUnits)
func (market *Market) UnpackDurationTooLongError(raw []byte) (*MarketDurationTooLong, error) {
	out := new(MarketDurationTooLong)
	if err := market.abi.UnpackIntoInterface(out, "DurationTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketExitNotRequested represents a ExitNotRequested error raised by the Market contract.
type MarketExitNotRequested struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitNotRequested(address provider)
func MarketExitNotRequestedErrorID() common.Hash {
	return common.HexToHash("0xccabe40da6a4bd0dcc686d1f53d1fefa007808f37235af3130a04398f7d3cdfe")
}

// UnpackExitNotRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitNotRequested(address provider)
func (market *Market) UnpackExitNotRequestedError(raw []byte) (*MarketExitNotRequested, error) {
	out := new(MarketExitNotRequested)
	if err := market.abi.UnpackIntoInterface(out, "ExitNotRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketInsufficientFreeStake represents a InsufficientFreeStake error raised by the Market contract.
type MarketInsufficientFreeStake struct {
	Free   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFreeStake(uint256 free, uint256 needed)
func MarketInsufficientFreeStakeErrorID() common.Hash {
	return common.HexToHash("0x802f3a423cea712dbebecc8f1c7ad9a357d722179ad2025178cd6f812e465c77")
}

// UnpackInsufficientFreeStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFreeStake(uint256 free, uint256 needed)
func (market *Market) UnpackInsufficientFreeStakeError(raw []byte) (*MarketInsufficientFreeStake, error) {
	out := new(MarketInsufficientFreeStake)
	if err := market.abi.UnpackIntoInterface(out, "InsufficientFreeStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketInvalidParameter represents a InvalidParameter error raised by the Market contract.
type MarketInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func MarketInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (market *Market) UnpackInvalidParameterError(raw []byte) (*MarketInvalidParameter, error) {
	out := new(MarketInvalidParameter)
	if err := market.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketLevelInactive represents a LevelInactive error raised by the Market contract.
type MarketLevelInactive struct {
	LevelId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LevelInactive(uint32 levelId)
func MarketLevelInactiveErrorID() common.Hash {
	return common.HexToHash("0x18a74174976239a9c049fa4b564ef07033c8e92baa0dc5622b0ccf09493c69b1")
}

// UnpackLevelInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LevelInactive(uint32 levelId)
func (market *Market) UnpackLevelInactiveError(raw []byte) (*MarketLevelInactive, error) {
	out := new(MarketLevelInactive)
	if err := market.abi.UnpackIntoInterface(out, "LevelInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketModuleAlreadyCommitted represents a ModuleAlreadyCommitted error raised by the Market contract.
type MarketModuleAlreadyCommitted struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleAlreadyCommitted(uint256 orderId)
func MarketModuleAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0x2fcf43ad4660ce896ae71911ffd74cf644ecc85b23917f9471cafa8ebc5b7e16")
}

// UnpackModuleAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleAlreadyCommitted(uint256 orderId)
func (market *Market) UnpackModuleAlreadyCommittedError(raw []byte) (*MarketModuleAlreadyCommitted, error) {
	out := new(MarketModuleAlreadyCommitted)
	if err := market.abi.UnpackIntoInterface(out, "ModuleAlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketModuleHashRequired represents a ModuleHashRequired error raised by the Market contract.
type MarketModuleHashRequired struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleHashRequired(uint256 orderId)
func MarketModuleHashRequiredErrorID() common.Hash {
	return common.HexToHash("0xffc4825185e31550540d1aa13f4041b26814c92a3cc2b1fe4e0d3ddb552b4893")
}

// UnpackModuleHashRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleHashRequired(uint256 orderId)
func (market *Market) UnpackModuleHashRequiredError(raw []byte) (*MarketModuleHashRequired, error) {
	out := new(MarketModuleHashRequired)
	if err := market.abi.UnpackIntoInterface(out, "ModuleHashRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketModuleNotCommitted represents a ModuleNotCommitted error raised by the Market contract.
type MarketModuleNotCommitted struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleNotCommitted(uint256 orderId)
func MarketModuleNotCommittedErrorID() common.Hash {
	return common.HexToHash("0xb288f11122f4179695186cd0ea3b5d7d422f83abe8e5e4fbe60c1346b80551cb")
}

// UnpackModuleNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleNotCommitted(uint256 orderId)
func (market *Market) UnpackModuleNotCommittedError(raw []byte) (*MarketModuleNotCommitted, error) {
	out := new(MarketModuleNotCommitted)
	if err := market.abi.UnpackIntoInterface(out, "ModuleNotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNoCommitment represents a NoCommitment error raised by the Market contract.
type MarketNoCommitment struct {
	OrderId  *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 orderId, address provider)
func MarketNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 orderId, address provider)
func (market *Market) UnpackNoCommitmentError(raw []byte) (*MarketNoCommitment, error) {
	out := new(MarketNoCommitment)
	if err := market.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotCommitteeMember represents a NotCommitteeMember error raised by the Market contract.
type MarketNotCommitteeMember struct {
	CommitteeId *big.Int
	Account     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitteeMember(uint256 committeeId, address account)
func MarketNotCommitteeMemberErrorID() common.Hash {
	return common.HexToHash("0x38ba437ab34536e01113591bc41de60127332e1dafb89f920f5d6b2adc08a6eb")
}

// UnpackNotCommitteeMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitteeMember(uint256 committeeId, address account)
func (market *Market) UnpackNotCommitteeMemberError(raw []byte) (*MarketNotCommitteeMember, error) {
	out := new(MarketNotCommitteeMember)
	if err := market.abi.UnpackIntoInterface(out, "NotCommitteeMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotCustomer represents a NotCustomer error raised by the Market contract.
type MarketNotCustomer struct {
	OrderId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCustomer(uint256 orderId, address caller)
func MarketNotCustomerErrorID() common.Hash {
	return common.HexToHash("0xe3f1e4a9061ee2ef87baab5c658829d1a82c8634276a30c7afd573f614a7d881")
}

// UnpackNotCustomerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCustomer(uint256 orderId, address caller)
func (market *Market) UnpackNotCustomerError(raw []byte) (*MarketNotCustomer, error) {
	out := new(MarketNotCustomer)
	if err := market.abi.UnpackIntoInterface(out, "NotCustomer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotProvider represents a NotProvider error raised by the Market contract.
type MarketNotProvider struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(address account)
func MarketNotProviderErrorID() common.Hash {
	return common.HexToHash("0x1bd2224f47bf32854983ee16847394426ab18eae693119e80eb952977965d64a")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(address account)
func (market *Market) UnpackNotProviderError(raw []byte) (*MarketNotProvider, error) {
	out := new(MarketNotProvider)
	if err := market.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotPublished represents a NotPublished error raised by the Market contract.
type MarketNotPublished struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPublished(uint256 orderId)
func MarketNotPublishedErrorID() common.Hash {
	return common.HexToHash("0x1a6837c98721a4af357e54ad2b43c69dcf91a90f5e17fa2258c857a4728d08f1")
}

// UnpackNotPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPublished(uint256 orderId)
func (market *Market) UnpackNotPublishedError(raw []byte) (*MarketNotPublished, error) {
	out := new(MarketNotPublished)
	if err := market.abi.UnpackIntoInterface(out, "NotPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotWinner represents a NotWinner error raised by the Market contract.
type MarketNotWinner struct {
	OrderId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWinner(uint256 orderId, address caller)
func MarketNotWinnerErrorID() common.Hash {
	return common.HexToHash("0xc51c0d893067e404f852f2d98be56b03714581828a6bf03af355553ca72f2edf")
}

// UnpackNotWinnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWinner(uint256 orderId, address caller)
func (market *Market) UnpackNotWinnerError(raw []byte) (*MarketNotWinner, error) {
	out := new(MarketNotWinner)
	if err := market.abi.UnpackIntoInterface(out, "NotWinner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketOpenBiddingOnly represents a OpenBiddingOnly error raised by the Market contract.
type MarketOpenBiddingOnly struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpenBiddingOnly(uint256 orderId)
func MarketOpenBiddingOnlyErrorID() common.Hash {
	return common.HexToHash("0xb0284b1ce126731c73b8d9867fb9887cf47b0fa4c3fbcefb27b3489e239d559e")
}

// UnpackOpenBiddingOnlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpenBiddingOnly(uint256 orderId)
func (market *Market) UnpackOpenBiddingOnlyError(raw []byte) (*MarketOpenBiddingOnly, error) {
	out := new(MarketOpenBiddingOnly)
	if err := market.abi.UnpackIntoInterface(out, "OpenBiddingOnly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Market contract.
type MarketOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func MarketOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (market *Market) UnpackOwnableInvalidOwnerError(raw []byte) (*MarketOwnableInvalidOwner, error) {
	out := new(MarketOwnableInvalidOwner)
	if err := market.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Market contract.
type MarketOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func MarketOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (market *Market) UnpackOwnableUnauthorizedAccountError(raw []byte) (*MarketOwnableUnauthorizedAccount, error) {
	out := new(MarketOwnableUnauthorizedAccount)
	if err := market.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketPriceTooLarge represents a PriceTooLarge error raised by the Market contract.
type MarketPriceTooLarge struct {
	MaxUnitPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceTooLarge(uint96 maxUnitPrice)
func MarketPriceTooLargeErrorID() common.Hash {
	return common.HexToHash("0x86db091af926e2d2f47c16dbe673cce980755ac83518302c725fa581aeae85cf")
}

// UnpackPriceTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceTooLarge(uint96 maxUnitPrice)
func (market *Market) UnpackPriceTooLargeError(raw []byte) (*MarketPriceTooLarge, error) {
	out := new(MarketPriceTooLarge)
	if err := market.abi.UnpackIntoInterface(out, "PriceTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketProbeKitLengthMismatch represents a ProbeKitLengthMismatch error raised by the Market contract.
type MarketProbeKitLengthMismatch struct {
	Members    *big.Int
	SealedKits *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProbeKitLengthMismatch(uint256 members, uint256 sealedKits)
func MarketProbeKitLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x42e5f14a2b4287dd903dd237aa2375ba64614334bc0ef1b1802c5b77820b3dfe")
}

// UnpackProbeKitLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProbeKitLengthMismatch(uint256 members, uint256 sealedKits)
func (market *Market) UnpackProbeKitLengthMismatchError(raw []byte) (*MarketProbeKitLengthMismatch, error) {
	out := new(MarketProbeKitLengthMismatch)
	if err := market.abi.UnpackIntoInterface(out, "ProbeKitLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketProviderExiting represents a ProviderExiting error raised by the Market contract.
type MarketProviderExiting struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderExiting(address provider)
func MarketProviderExitingErrorID() common.Hash {
	return common.HexToHash("0xbfb17abf9ffd5524126ff26af2f0c6f7146d5cf87756214521bd0be8ebe9ae38")
}

// UnpackProviderExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderExiting(address provider)
func (market *Market) UnpackProviderExitingError(raw []byte) (*MarketProviderExiting, error) {
	out := new(MarketProviderExiting)
	if err := market.abi.UnpackIntoInterface(out, "ProviderExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketRevealNotOpen represents a RevealNotOpen error raised by the Market contract.
type MarketRevealNotOpen struct {
	OpensAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealNotOpen(uint64 opensAt)
func MarketRevealNotOpenErrorID() common.Hash {
	return common.HexToHash("0x25f4b0b6823e390f1fcd74e0e6dffe8130b041c301119bdc6b711634c2c99940")
}

// UnpackRevealNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealNotOpen(uint64 opensAt)
func (market *Market) UnpackRevealNotOpenError(raw []byte) (*MarketRevealNotOpen, error) {
	out := new(MarketRevealNotOpen)
	if err := market.abi.UnpackIntoInterface(out, "RevealNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketRevealWindowOutOfRange represents a RevealWindowOutOfRange error raised by the Market contract.
type MarketRevealWindowOutOfRange struct {
	RevealSeconds uint32
	Min           uint32
	Max           uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowOutOfRange(uint32 revealSeconds, uint32 min, uint32 max)
func MarketRevealWindowOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x7b8d769083c70344c97c5bc5aa1bd7f4f3a3e8f3d1c97dd1de3cfe6d3527a6a6")
}

// UnpackRevealWindowOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowOutOfRange(uint32 revealSeconds, uint32 min, uint32 max)
func (market *Market) UnpackRevealWindowOutOfRangeError(raw []byte) (*MarketRevealWindowOutOfRange, error) {
	out := new(MarketRevealWindowOutOfRange)
	if err := market.abi.UnpackIntoInterface(out, "RevealWindowOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Market contract.
type MarketSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func MarketSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (market *Market) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*MarketSafeCastOverflowedUintDowncast, error) {
	out := new(MarketSafeCastOverflowedUintDowncast)
	if err := market.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Market contract.
type MarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func MarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (market *Market) UnpackSafeERC20FailedOperationError(raw []byte) (*MarketSafeERC20FailedOperation, error) {
	out := new(MarketSafeERC20FailedOperation)
	if err := market.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSealedBiddingOnly represents a SealedBiddingOnly error raised by the Market contract.
type MarketSealedBiddingOnly struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBiddingOnly(uint256 orderId)
func MarketSealedBiddingOnlyErrorID() common.Hash {
	return common.HexToHash("0xced3e5c737de1f4424424e719c67da890d4f2b048482e36289d778cd130b58fe")
}

// UnpackSealedBiddingOnlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBiddingOnly(uint256 orderId)
func (market *Market) UnpackSealedBiddingOnlyError(raw []byte) (*MarketSealedBiddingOnly, error) {
	out := new(MarketSealedBiddingOnly)
	if err := market.abi.UnpackIntoInterface(out, "SealedBiddingOnly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSegmentLengthOutOfRange represents a SegmentLengthOutOfRange error raised by the Market contract.
type MarketSegmentLengthOutOfRange struct {
	SegmentSeconds *big.Int
	Min            uint32
	Max            uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SegmentLengthOutOfRange(uint256 segmentSeconds, uint32 min, uint32 max)
func MarketSegmentLengthOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x77824db165e2cc94926891eefc70d2e0c9db69c54c37b119dbeab0afabd6dd23")
}

// UnpackSegmentLengthOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SegmentLengthOutOfRange(uint256 segmentSeconds, uint32 min, uint32 max)
func (market *Market) UnpackSegmentLengthOutOfRangeError(raw []byte) (*MarketSegmentLengthOutOfRange, error) {
	out := new(MarketSegmentLengthOutOfRange)
	if err := market.abi.UnpackIntoInterface(out, "SegmentLengthOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSegmentNotStarted represents a SegmentNotStarted error raised by the Market contract.
type MarketSegmentNotStarted struct {
	Start uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SegmentNotStarted(uint64 start)
func MarketSegmentNotStartedErrorID() common.Hash {
	return common.HexToHash("0x00a95ac91fb0dc021160c816f28ca0a8c17f31519f84e9344564235a8150c5a8")
}

// UnpackSegmentNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SegmentNotStarted(uint64 start)
func (market *Market) UnpackSegmentNotStartedError(raw []byte) (*MarketSegmentNotStarted, error) {
	out := new(MarketSegmentNotStarted)
	if err := market.abi.UnpackIntoInterface(out, "SegmentNotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSegmentOutOfRange represents a SegmentOutOfRange error raised by the Market contract.
type MarketSegmentOutOfRange struct {
	Segment  uint8
	Segments uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SegmentOutOfRange(uint8 segment, uint8 segments)
func MarketSegmentOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x210d16107c19a02649fe1922d4ead25b2f4c780857084fd87e16a7560dd2dcab")
}

// UnpackSegmentOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SegmentOutOfRange(uint8 segment, uint8 segments)
func (market *Market) UnpackSegmentOutOfRangeError(raw []byte) (*MarketSegmentOutOfRange, error) {
	out := new(MarketSegmentOutOfRange)
	if err := market.abi.UnpackIntoInterface(out, "SegmentOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSegmentsMustDivideDuration represents a SegmentsMustDivideDuration error raised by the Market contract.
type MarketSegmentsMustDivideDuration struct {
	Segments      uint8
	DurationUnits uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SegmentsMustDivideDuration(uint8 segments, uint32 durationUnits)
func MarketSegmentsMustDivideDurationErrorID() common.Hash {
	return common.HexToHash("0xbb27f808e826394de27263429a2b8667f83d6592218308a061515fc87eb362c7")
}

// UnpackSegmentsMustDivideDurationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SegmentsMustDivideDuration(uint8 segments, uint32 durationUnits)
func (market *Market) UnpackSegmentsMustDivideDurationError(raw []byte) (*MarketSegmentsMustDivideDuration, error) {
	out := new(MarketSegmentsMustDivideDuration)
	if err := market.abi.UnpackIntoInterface(out, "SegmentsMustDivideDuration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSegmentsOutOfRange represents a SegmentsOutOfRange error raised by the Market contract.
type MarketSegmentsOutOfRange struct {
	Segments uint8
	Max      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SegmentsOutOfRange(uint8 segments, uint8 max)
func MarketSegmentsOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x9013b6b115c6530767f7438a4b1b594f5ef668934bcca17c8b08b853fce2c5d6")
}

// UnpackSegmentsOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SegmentsOutOfRange(uint8 segments, uint8 max)
func (market *Market) UnpackSegmentsOutOfRangeError(raw []byte) (*MarketSegmentsOutOfRange, error) {
	out := new(MarketSegmentsOutOfRange)
	if err := market.abi.UnpackIntoInterface(out, "SegmentsOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketStakeBelowMinimum represents a StakeBelowMinimum error raised by the Market contract.
type MarketStakeBelowMinimum struct {
	Stake   *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func MarketStakeBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x78e030db6dab79f2b1f675555d46c1e1b9504d86f8ec1f9c65f3cd21b236deed")
}

// UnpackStakeBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func (market *Market) UnpackStakeBelowMinimumError(raw []byte) (*MarketStakeBelowMinimum, error) {
	out := new(MarketStakeBelowMinimum)
	if err := market.abi.UnpackIntoInterface(out, "StakeBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketStakeLocked represents a StakeLocked error raised by the Market contract.
type MarketStakeLocked struct {
	Locked  *big.Int
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint256 locked, uint256 orderId)
func MarketStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x5ab98301a6813e74ead36dc23bd818921850120ffe82c4fc14d15a0639481030")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint256 locked, uint256 orderId)
func (market *Market) UnpackStakeLockedError(raw []byte) (*MarketStakeLocked, error) {
	out := new(MarketStakeLocked)
	if err := market.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnattended represents a Unattended error raised by the Market contract.
type MarketUnattended struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unattended(uint256 orderId)
func MarketUnattendedErrorID() common.Hash {
	return common.HexToHash("0x0b6ca28d0d60a45cb3f58badd526d01c83b1d6f2ca1fde4e24471c1667c27941")
}

// UnpackUnattendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unattended(uint256 orderId)
func (market *Market) UnpackUnattendedError(raw []byte) (*MarketUnattended, error) {
	out := new(MarketUnattended)
	if err := market.abi.UnpackIntoInterface(out, "Unattended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnknownLevel represents a UnknownLevel error raised by the Market contract.
type MarketUnknownLevel struct {
	LevelId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLevel(uint32 levelId)
func MarketUnknownLevelErrorID() common.Hash {
	return common.HexToHash("0x73450518d0fa8cdcac8ca0728452e2c2b1c93873ff7d713732301ad7ebced97c")
}

// UnpackUnknownLevelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLevel(uint32 levelId)
func (market *Market) UnpackUnknownLevelError(raw []byte) (*MarketUnknownLevel, error) {
	out := new(MarketUnknownLevel)
	if err := market.abi.UnpackIntoInterface(out, "UnknownLevel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnknownOrder represents a UnknownOrder error raised by the Market contract.
type MarketUnknownOrder struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOrder(uint256 orderId)
func MarketUnknownOrderErrorID() common.Hash {
	return common.HexToHash("0x40ddeab2f6af4f0aff74c3813ec8ddf75e28bbd22193a4f365bece4f1f503f58")
}

// UnpackUnknownOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOrder(uint256 orderId)
func (market *Market) UnpackUnknownOrderError(raw []byte) (*MarketUnknownOrder, error) {
	out := new(MarketUnknownOrder)
	if err := market.abi.UnpackIntoInterface(out, "UnknownOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketWitnessCountOutOfRange represents a WitnessCountOutOfRange error raised by the Market contract.
type MarketWitnessCountOutOfRange struct {
	WitnessCount uint8
	Min          uint8
	Max          uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessCountOutOfRange(uint8 witnessCount, uint8 min, uint8 max)
func MarketWitnessCountOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xdc8cdf4db38c2d3a7a921d3b26c6d2babc59021eeff37eb6f4072273d93d37f7")
}

// UnpackWitnessCountOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessCountOutOfRange(uint8 witnessCount, uint8 min, uint8 max)
func (market *Market) UnpackWitnessCountOutOfRangeError(raw []byte) (*MarketWitnessCountOutOfRange, error) {
	out := new(MarketWitnessCountOutOfRange)
	if err := market.abi.UnpackIntoInterface(out, "WitnessCountOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketWrongState represents a WrongState error raised by the Market contract.
type MarketWrongState struct {
	OrderId *big.Int
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 orderId, uint8 state)
func MarketWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 orderId, uint8 state)
func (market *Market) UnpackWrongStateError(raw []byte) (*MarketWrongState, error) {
	out := new(MarketWrongState)
	if err := market.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroAmount represents a ZeroAmount error raised by the Market contract.
type MarketZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func MarketZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (market *Market) UnpackZeroAmountError(raw []byte) (*MarketZeroAmount, error) {
	out := new(MarketZeroAmount)
	if err := market.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroDuration represents a ZeroDuration error raised by the Market contract.
type MarketZeroDuration struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDuration()
func MarketZeroDurationErrorID() common.Hash {
	return common.HexToHash("0x68d5686e3db18497cb203cb0dfd5281a97d29bcb64b1fc8e1fd8878f20644c62")
}

// UnpackZeroDurationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDuration()
func (market *Market) UnpackZeroDurationError(raw []byte) (*MarketZeroDuration, error) {
	out := new(MarketZeroDuration)
	if err := market.abi.UnpackIntoInterface(out, "ZeroDuration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroPrice represents a ZeroPrice error raised by the Market contract.
type MarketZeroPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPrice()
func MarketZeroPriceErrorID() common.Hash {
	return common.HexToHash("0x4dfba023c19aaad0ad1005b8a52f2ae0c7a1acb3f45ecd31562b980620d65f93")
}

// UnpackZeroPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPrice()
func (market *Market) UnpackZeroPriceError(raw []byte) (*MarketZeroPrice, error) {
	out := new(MarketZeroPrice)
	if err := market.abi.UnpackIntoInterface(out, "ZeroPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsMetaData contains all meta data concerning the Segments contract.
var SegmentsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"CommitteeNotDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCustomer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sealedKits\",\"type\":\"uint256\"}],\"name\":\"ProbeKitLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"SegmentNotStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"segment\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"segments\",\"type\":\"uint8\"}],\"name\":\"SegmentOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"Unattended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"UnknownOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"violatedSegments\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providerPayout\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"customerRefund\",\"type\":\"uint256\"}],\"name\":\"OrderSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"segment\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"sealedKit\",\"type\":\"bytes\"}],\"name\":\"ProbeKit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"segment\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"opener\",\"type\":\"address\"}],\"name\":\"SegmentOpened\",\"type\":\"event\"}]",
	ID:  "57c78f046420ce51f7d52037814ab864f1",
	Bin: "0x6117b9610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610055575f3560e01c8063709c53851461005957806391a31d901461007a578063bf10bc5b14610099578063feba78b3146100b8575b5f5ffd5b818015610064575f5ffd5b5061007861007336600461131f565b6100e1565b005b818015610085575f5ffd5b506100786100943660046113c4565b610507565b8180156100a4575f5ffd5b506100786100b3366004611425565b610716565b6100cb6100c6366004611482565b610ac9565b6040516100d89190611506565b60405180910390f35b87546001600160a01b03163314610132576040517fe3f1e4a9000000000000000000000000000000000000000000000000000000008152600481018890523360248201526044015b60405180910390fd5b60048854600160e01b900460ff166007811115610151576101516114d2565b146101b35787548790600160e01b900460ff166007811115610175576101756114d2565b6040517f800b0615000000000000000000000000000000000000000000000000000000008152600481019290925260ff166024820152604401610129565b875460ff600160f81b9091048116908716106101fa578754604051630210d16160e41b815260ff8089166004830152600160f81b9092049091166024820152604401610129565b8382141580610207575083155b15610248576040517f42e5f14a0000000000000000000000000000000000000000000000000000000081526004810185905260248101839052604401610129565b5f6102538888610dde565b60405163d3dc1fdf60e01b8152600481018290529091505f906001600160a01b0384169063d3dc1fdf90602401606060405180830381865afa15801561029b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102bf91906115c2565b50909150600290508160048111156102d9576102d96114d2565b1461032f57818160048111156102f1576102f16114d2565b6040517ffeea70e7000000000000000000000000000000000000000000000000000000008152600481019290925260ff166024820152604401610129565b5f5b868110156104fa57836001600160a01b0316637d9e10f5848a8a8581811061035b5761035b611600565b90506020020160208101906103709190611614565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b16815260048101929092526001600160a01b03166024820152604401602060405180830381865afa1580156103d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103f49190611636565b610464578288888381811061040b5761040b611600565b90506020020160208101906104209190611614565b6040517f38ba437a00000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b03166024820152604401610129565b87878281811061047657610476611600565b905060200201602081019061048b9190611614565b6001600160a01b03168a7f6b4f08188142a9c0d02b61bfd817b464ff4b421e5f6784184f1e636ca992b9248b8989868181106104c9576104c9611600565b90506020028101906104db919061164f565b6040516104ea93929190611692565b60405180910390a3600101610331565b5050505050505050505050565b60048654600160e01b900460ff166007811115610526576105266114d2565b1461054a5785548590600160e01b900460ff166007811115610175576101756114d2565b8554600160e81b900460081615610590576040517f0b6ca28d00000000000000000000000000000000000000000000000000000000815260048101869052602401610129565b855460ff600160f81b909104811690851615806105b357508060ff168560ff1610155b156105de57604051630210d16160e41b815260ff808716600483015282166024820152604401610129565b5f5f6105ee898860ff1688610def565b9150915081421015610637576040517ea95ac900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610129565b5f6106436002836116de565b61064d90846116fd565b9050804210610694576040517f6768091300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610129565b5f61069f8b89610e73565b90506106b8878b8b8e6106b2888a6116fd565b86610ec7565b6106cc6001600160a01b0387163383610f9c565b6040805160ff8b1681523360208201528b917fa44f9e67693d0ffe052a06f567149626df5609e3b303c56f3de229001b049c63910160405180910390a25050505050505050505050565b60048854600160e01b900460ff166007811115610735576107356114d2565b146107595787548590600160e01b900460ff166007811115610175576101756114d2565b87545f9081908190600160e81b9004600816156107b5578a54600160c01b900463ffffffff164210156107b0578a5460405163bd5145db60e01b8152600160c01b90910463ffffffff166004820152602401610129565b61081d565b5f609087901c63ffffffff168c546107da9190600160c01b900463ffffffff166116fd565b90508042116108085760405163bd5145db60e01b815267ffffffffffffffff82166004820152602401610129565b6108148c8a8989610fef565b91955093509150505b8a54600160f81b900460ff165f81610835848b611710565b61083f91906116de565b8c5490915089908d90600c906108749084906c0100000000000000000000000090046bffffffffffffffffffffffff16611727565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff160217905550805f146108f9578b5481908d905f906108ca9084906bffffffffffffffffffffffff16611727565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055505b61090381856116fd565b9350831561097a576040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018590526001600160a01b038716906342966c68906024015f604051808303815f87803b158015610963575f5ffd5b505af1158015610975573d5f5f3e3d5ffd5b505050505b8c5460028e01545f9184916109ad91600160a01b9081900463ffffffff1691046bffffffffffffffffffffffff16611710565b6109b791906116de565b90505f6109c4858561174b565b6109ce9083611710565b90506109da8583611710565b6109e490886116fd565b965060058f5f01601c6101000a81548160ff02191690836007811115610a0c57610a0c6114d2565b021790555060f085901b6078610a218961114a565b6effffffffffffffffffffffffffffff16901b610a3d8361114a565b6effffffffffffffffffffffffffffff1617175f1b8d5f8e81526020019081526020015f20819055508b7f23c8152cf029209c88897f11b09f033a2ff6a6f175b67f9b81e5de363c6d508286838a604051610ab09392919060ff9390931683526020830191909152604082015260600190565b60405180910390a2505050505050505050505050505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091528554600160e01b900460ff165f816007811115610b2857610b286114d2565b03610b62576040517f40ddeab200000000000000000000000000000000000000000000000000000000815260048101879052602401610129565b865460ff600160f81b90910481169086168111610b9f57604051630210d16160e41b815260ff808816600483015282166024820152604401610129565b610ba98787610dde565b83526004826007811115610bbf57610bbf6114d2565b10158015610bdf57506007826007811115610bdc57610bdc6114d2565b14155b15610d34575f5f610bf48a8960ff1689610def565b67ffffffffffffffff821660208801529092509050610c1381836116fd565b67ffffffffffffffff16604086015260ff881615610c4557610c366002826116de565b610c4090836116fd565b610c4b565b84602001515b67ffffffffffffffff166060860152604080517f4ca3d0ba00000000000000000000000000000000000000000000000000000000815290516001600160a01b03881691634ca3d0ba9160048083019260209291908290030181865afa158015610cb6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cda919061175e565b63ffffffff168560400151610cef9190611781565b67ffffffffffffffff166080860152609087901c63ffffffff16856040015167ffffffffffffffff16610d2291906116fd565b67ffffffffffffffff1660a086015250505b825160405163d3dc1fdf60e01b815260048101919091526001600160a01b0385169063d3dc1fdf90602401606060405180830381865afa158015610d7a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d9e91906115c2565b5080151560e086015260c08501826004811115610dbd57610dbd6114d2565b6004811115610dce57610dce6114d2565b8152505050505095945050505050565b600882901b60ff8216175b92915050565b82545f90819063ffffffff600160a01b8204811691607086901c909116908190610e249060ff600160f81b90910416846116de565b610e2e9190611710565b9250610e3a8387611710565b610e448284611710565b8854610e5d9190600160c01b900463ffffffff1661174b565b610e6791906116fd565b93505050935093915050565b815460028301545f9163ffffffff600160a01b918290041691610ebf91610eab9184916bffffffffffffffffffffffff910416611710565b85548390600160f81b900460ff16866111a2565b949350505050565b856001600160a01b03166386b885ca610ee08787610dde565b8554600287015460405160e085901b7fffffffff000000000000000000000000000000000000000000000000000000001681526004810193909352600160f01b820460ff1660248401526001600160a01b03918216604484015216606482015267ffffffffffffffff851660848201526bffffffffffffffffffffffff841660a482015260c4015f604051808303815f87803b158015610f7e575f5ffd5b505af1158015610f90573d5f5f3e3d5ffd5b50505050505050505050565b610fa98383836001611230565b610fea576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610129565b505050565b83545f9081908190600160f81b900460ff168161100c8988610e73565b8954909550859150600160f01b900460ff165f5b8360ff168160ff16101561113c575f5f5f8a6001600160a01b0316633487b25661104a8f87610dde565b6040518263ffffffff1660e01b815260040161106891815260200190565b6060604051808303815f875af1158015611084573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110a891906115c2565b919450925090505f8360048111156110c2576110c26114d2565b03611112576110d18686611710565b6110db908a6116fd565b9850856110e9866009611710565b6110f49060016116fd565b6110fe9190611710565b611108908b6116fd565b9950505050611134565b61111c818b6116fd565b995081156111305761112d886117a1565b97505b5050505b600101611020565b505050509450945094915050565b5f6effffffffffffffffffffffffffffff82111561119e576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526078600482015260248101839052604401610129565b5090565b5f80836111c1866bffffffffffffffffffffffff601087901c16611710565b6111cb91906116de565b90505f6111da85612710611710565b60016111e887612710611710565b6111f661ffff88168b611710565b61120091906116fd565b61120a919061174b565b61121491906116de565b90508181116112235781611225565b805b979650505050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661129f578383151615611293573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b803560ff811681146112bb575f5ffd5b919050565b5f5f83601f8401126112d0575f5ffd5b50813567ffffffffffffffff8111156112e7575f5ffd5b6020830191508360208260051b8501011115611301575f5ffd5b9250929050565b6001600160a01b038116811461131c575f5ffd5b50565b5f5f5f5f5f5f5f5f60c0898b031215611336575f5ffd5b883597506020890135965061134d60408a016112ab565b9550606089013567ffffffffffffffff811115611368575f5ffd5b6113748b828c016112c0565b909650945050608089013567ffffffffffffffff811115611393575f5ffd5b61139f8b828c016112c0565b90945092505060a08901356113b381611308565b809150509295985092959890939650565b5f5f5f5f5f5f60c087890312156113d9575f5ffd5b86359550602087013594506113f0604088016112ab565b935060608701359250608087013561140781611308565b915060a087013561141781611308565b809150509295509295509295565b5f5f5f5f5f5f5f5f610100898b03121561143d575f5ffd5b883597506020890135965060408901359550606089013594506080890135935060a0890135925060c089013561147281611308565b915060e08901356113b381611308565b5f5f5f5f5f60a08688031215611496575f5ffd5b85359450602086013593506114ad604087016112ab565b92506060860135915060808601356114c481611308565b809150509295509295909350565b634e487b7160e01b5f52602160045260245ffd5b6005811061150257634e487b7160e01b5f52602160045260245ffd5b9052565b5f610100820190508251825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff60608401511660608301526080830151611569608084018267ffffffffffffffff169052565b5060a083015161158560a084018267ffffffffffffffff169052565b5060c083015161159860c08401826114e6565b5060e08301516115ac60e084018215159052565b5092915050565b805180151581146112bb575f5ffd5b5f5f5f606084860312156115d4575f5ffd5b8351600581106115e2575f5ffd5b92506115f0602085016115b3565b9150604084015190509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611624575f5ffd5b813561162f81611308565b9392505050565b5f60208284031215611646575f5ffd5b61162f826115b3565b5f5f8335601e19843603018112611664575f5ffd5b83018035915067ffffffffffffffff82111561167e575f5ffd5b602001915036819003821315611301575f5ffd5b60ff8416815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b634e487b7160e01b5f52601160045260245ffd5b5f826116f857634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610de957610de96116ca565b8082028115828204841417610de957610de96116ca565b6bffffffffffffffffffffffff8281168282160390811115610de957610de96116ca565b81810381811115610de957610de96116ca565b5f6020828403121561176e575f5ffd5b815163ffffffff8116811461162f575f5ffd5b67ffffffffffffffff8181168382160190811115610de957610de96116ca565b5f600182016117b2576117b26116ca565b506001019056",
}

// Segments is an auto generated Go binding around an Ethereum contract.
type Segments struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Segments) GetABI() abi.ABI {
	return c.abi
}

// NewSegments creates a new instance of Segments.
func NewSegments() *Segments {
	parsed, err := SegmentsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Segments{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Segments) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// SegmentsOrderSettled represents a OrderSettled event raised by the Segments contract.
type SegmentsOrderSettled struct {
	OrderId          *big.Int
	ViolatedSegments uint8
	ProviderPayout   *big.Int
	CustomerRefund   *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const SegmentsOrderSettledEventName = "OrderSettled"

// ContractEventName returns the user-defined event name.
func (SegmentsOrderSettled) ContractEventName() string {
	return SegmentsOrderSettledEventName
}

// UnpackOrderSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderSettled(uint256 indexed orderId, uint8 violatedSegments, uint256 providerPayout, uint256 customerRefund)
func (segments *Segments) UnpackOrderSettledEvent(log *types.Log) (*SegmentsOrderSettled, error) {
	event := "OrderSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != segments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SegmentsOrderSettled)
	if len(log.Data) > 0 {
		if err := segments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range segments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SegmentsProbeKit represents a ProbeKit event raised by the Segments contract.
type SegmentsProbeKit struct {
	OrderId   *big.Int
	Segment   uint8
	Witness   common.Address
	SealedKit []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SegmentsProbeKitEventName = "ProbeKit"

// ContractEventName returns the user-defined event name.
func (SegmentsProbeKit) ContractEventName() string {
	return SegmentsProbeKitEventName
}

// UnpackProbeKitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProbeKit(uint256 indexed orderId, uint8 segment, address indexed witness, bytes sealedKit)
func (segments *Segments) UnpackProbeKitEvent(log *types.Log) (*SegmentsProbeKit, error) {
	event := "ProbeKit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != segments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SegmentsProbeKit)
	if len(log.Data) > 0 {
		if err := segments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range segments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SegmentsSegmentOpened represents a SegmentOpened event raised by the Segments contract.
type SegmentsSegmentOpened struct {
	OrderId *big.Int
	Segment uint8
	Opener  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SegmentsSegmentOpenedEventName = "SegmentOpened"

// ContractEventName returns the user-defined event name.
func (SegmentsSegmentOpened) ContractEventName() string {
	return SegmentsSegmentOpenedEventName
}

// UnpackSegmentOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SegmentOpened(uint256 indexed orderId, uint8 segment, address opener)
func (segments *Segments) UnpackSegmentOpenedEvent(log *types.Log) (*SegmentsSegmentOpened, error) {
	event := "SegmentOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != segments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SegmentsSegmentOpened)
	if len(log.Data) > 0 {
		if err := segments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range segments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (segments *Segments) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], segments.abi.Errors["CommitteeNotDrawn"].ID.Bytes()[:4]) {
		return segments.UnpackCommitteeNotDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return segments.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return segments.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["NotCommitteeMember"].ID.Bytes()[:4]) {
		return segments.UnpackNotCommitteeMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["NotCustomer"].ID.Bytes()[:4]) {
		return segments.UnpackNotCustomerError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["ProbeKitLengthMismatch"].ID.Bytes()[:4]) {
		return segments.UnpackProbeKitLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return segments.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return segments.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["SegmentNotStarted"].ID.Bytes()[:4]) {
		return segments.UnpackSegmentNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["SegmentOutOfRange"].ID.Bytes()[:4]) {
		return segments.UnpackSegmentOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["Unattended"].ID.Bytes()[:4]) {
		return segments.UnpackUnattendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["UnknownOrder"].ID.Bytes()[:4]) {
		return segments.UnpackUnknownOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], segments.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return segments.UnpackWrongStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SegmentsCommitteeNotDrawn represents a CommitteeNotDrawn error raised by the Segments contract.
type SegmentsCommitteeNotDrawn struct {
	CommitteeId *big.Int
	Status      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotDrawn(uint256 committeeId, uint8 status)
func SegmentsCommitteeNotDrawnErrorID() common.Hash {
	return common.HexToHash("0xfeea70e7b8347dae3ec0b21edd80dead753ecf281d6f5ecc8191f3ce2f4a906b")
}

// UnpackCommitteeNotDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotDrawn(uint256 committeeId, uint8 status)
func (segments *Segments) UnpackCommitteeNotDrawnError(raw []byte) (*SegmentsCommitteeNotDrawn, error) {
	out := new(SegmentsCommitteeNotDrawn)
	if err := segments.abi.UnpackIntoInterface(out, "CommitteeNotDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsDeadlineNotReached represents a DeadlineNotReached error raised by the Segments contract.
type SegmentsDeadlineNotReached struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(uint64 deadline)
func SegmentsDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xbd5145db3e26b65e37d7691b2b64b2ef714256dc0192fbc245167645d0ab1200")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(uint64 deadline)
func (segments *Segments) UnpackDeadlineNotReachedError(raw []byte) (*SegmentsDeadlineNotReached, error) {
	out := new(SegmentsDeadlineNotReached)
	if err := segments.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsDeadlinePassed represents a DeadlinePassed error raised by the Segments contract.
type SegmentsDeadlinePassed struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func SegmentsDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6768091307d5da213ba3ac1392311a935d1607f1020232ee01d118de33b68661")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func (segments *Segments) UnpackDeadlinePassedError(raw []byte) (*SegmentsDeadlinePassed, error) {
	out := new(SegmentsDeadlinePassed)
	if err := segments.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsNotCommitteeMember represents a NotCommitteeMember error raised by the Segments contract.
type SegmentsNotCommitteeMember struct {
	CommitteeId *big.Int
	Account     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitteeMember(uint256 committeeId, address account)
func SegmentsNotCommitteeMemberErrorID() common.Hash {
	return common.HexToHash("0x38ba437ab34536e01113591bc41de60127332e1dafb89f920f5d6b2adc08a6eb")
}

// UnpackNotCommitteeMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitteeMember(uint256 committeeId, address account)
func (segments *Segments) UnpackNotCommitteeMemberError(raw []byte) (*SegmentsNotCommitteeMember, error) {
	out := new(SegmentsNotCommitteeMember)
	if err := segments.abi.UnpackIntoInterface(out, "NotCommitteeMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsNotCustomer represents a NotCustomer error raised by the Segments contract.
type SegmentsNotCustomer struct {
	OrderId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCustomer(uint256 orderId, address caller)
func SegmentsNotCustomerErrorID() common.Hash {
	return common.HexToHash("0xe3f1e4a9061ee2ef87baab5c658829d1a82c8634276a30c7afd573f614a7d881")
}

// UnpackNotCustomerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCustomer(uint256 orderId, address caller)
func (segments *Segments) UnpackNotCustomerError(raw []byte) (*SegmentsNotCustomer, error) {
	out := new(SegmentsNotCustomer)
	if err := segments.abi.UnpackIntoInterface(out, "NotCustomer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsProbeKitLengthMismatch represents a ProbeKitLengthMismatch error raised by the Segments contract.
type SegmentsProbeKitLengthMismatch struct {
	Members    *big.Int
	SealedKits *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProbeKitLengthMismatch(uint256 members, uint256 sealedKits)
func SegmentsProbeKitLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x42e5f14a2b4287dd903dd237aa2375ba64614334bc0ef1b1802c5b77820b3dfe")
}

// UnpackProbeKitLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProbeKitLengthMismatch(uint256 members, uint256 sealedKits)
func (segments *Segments) UnpackProbeKitLengthMismatchError(raw []byte) (*SegmentsProbeKitLengthMismatch, error) {
	out := new(SegmentsProbeKitLengthMismatch)
	if err := segments.abi.UnpackIntoInterface(out, "ProbeKitLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Segments contract.
type SegmentsSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func SegmentsSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (segments *Segments) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*SegmentsSafeCastOverflowedUintDowncast, error) {
	out := new(SegmentsSafeCastOverflowedUintDowncast)
	if err := segments.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Segments contract.
type SegmentsSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func SegmentsSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (segments *Segments) UnpackSafeERC20FailedOperationError(raw []byte) (*SegmentsSafeERC20FailedOperation, error) {
	out := new(SegmentsSafeERC20FailedOperation)
	if err := segments.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsSegmentNotStarted represents a SegmentNotStarted error raised by the Segments contract.
type SegmentsSegmentNotStarted struct {
	Start uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SegmentNotStarted(uint64 start)
func SegmentsSegmentNotStartedErrorID() common.Hash {
	return common.HexToHash("0x00a95ac91fb0dc021160c816f28ca0a8c17f31519f84e9344564235a8150c5a8")
}

// UnpackSegmentNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SegmentNotStarted(uint64 start)
func (segments *Segments) UnpackSegmentNotStartedError(raw []byte) (*SegmentsSegmentNotStarted, error) {
	out := new(SegmentsSegmentNotStarted)
	if err := segments.abi.UnpackIntoInterface(out, "SegmentNotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsSegmentOutOfRange represents a SegmentOutOfRange error raised by the Segments contract.
type SegmentsSegmentOutOfRange struct {
	Segment  uint8
	Segments uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SegmentOutOfRange(uint8 segment, uint8 segments)
func SegmentsSegmentOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x210d16107c19a02649fe1922d4ead25b2f4c780857084fd87e16a7560dd2dcab")
}

// UnpackSegmentOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SegmentOutOfRange(uint8 segment, uint8 segments)
func (segments *Segments) UnpackSegmentOutOfRangeError(raw []byte) (*SegmentsSegmentOutOfRange, error) {
	out := new(SegmentsSegmentOutOfRange)
	if err := segments.abi.UnpackIntoInterface(out, "SegmentOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsUnattended represents a Unattended error raised by the Segments contract.
type SegmentsUnattended struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unattended(uint256 orderId)
func SegmentsUnattendedErrorID() common.Hash {
	return common.HexToHash("0x0b6ca28d0d60a45cb3f58badd526d01c83b1d6f2ca1fde4e24471c1667c27941")
}

// UnpackUnattendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unattended(uint256 orderId)
func (segments *Segments) UnpackUnattendedError(raw []byte) (*SegmentsUnattended, error) {
	out := new(SegmentsUnattended)
	if err := segments.abi.UnpackIntoInterface(out, "Unattended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsUnknownOrder represents a UnknownOrder error raised by the Segments contract.
type SegmentsUnknownOrder struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOrder(uint256 orderId)
func SegmentsUnknownOrderErrorID() common.Hash {
	return common.HexToHash("0x40ddeab2f6af4f0aff74c3813ec8ddf75e28bbd22193a4f365bece4f1f503f58")
}

// UnpackUnknownOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOrder(uint256 orderId)
func (segments *Segments) UnpackUnknownOrderError(raw []byte) (*SegmentsUnknownOrder, error) {
	out := new(SegmentsUnknownOrder)
	if err := segments.abi.UnpackIntoInterface(out, "UnknownOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SegmentsWrongState represents a WrongState error raised by the Segments contract.
type SegmentsWrongState struct {
	OrderId *big.Int
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 orderId, uint8 state)
func SegmentsWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 orderId, uint8 state)
func (segments *Segments) UnpackWrongStateError(raw []byte) (*SegmentsWrongState, error) {
	out := new(SegmentsWrongState)
	if err := segments.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolMetaData contains all meta data concerning the WitnessPool contract.
var WitnessPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractFaaSToken\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minWitnessStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"witnessBond\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"blockNeed\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"commitGrace\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"reportRevealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxReportAge\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"witnessExitCooldown\",\"type\":\"uint32\"}],\"internalType\":\"structWitnessPool.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"}],\"name\":\"CommitteeExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"min\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"CommitteeSizeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"CooldownNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"dueAfterBlock\",\"type\":\"uint64\"}],\"name\":\"DrawNotDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"MarketAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"witnesses\",\"type\":\"uint256\"}],\"name\":\"PoolFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reportTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ReportTimeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"opensAfter\",\"type\":\"uint64\"}],\"name\":\"RevealNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawable\",\"type\":\"uint256\"}],\"name\":\"WithdrawalTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"WitnessExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongCommitteeState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"CommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"members\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tried\",\"type\":\"uint32\"}],\"name\":\"CommitteePartlyDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"}],\"name\":\"CommitteeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"}],\"name\":\"CommitteeUnwitnessed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"MarketSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"ReportCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"}],\"name\":\"ReportRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"violationReports\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"revealed\",\"type\":\"uint8\"}],\"name\":\"VerdictReached\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"name\":\"WitnessAvailability\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"WitnessExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"payoff\",\"type\":\"int256\"}],\"name\":\"WitnessPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"WitnessRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"WitnessStakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakeLeft\",\"type\":\"uint256\"}],\"name\":\"WitnessWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_BLOCK_NEED\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"addWitnessStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNeed\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitGrace\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"}],\"name\":\"committee\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIWitnessPool.CommitteeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"requestBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"drawDueAfter\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"seatFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seatLock\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"listLength\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tried\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"violationReports\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"revealed\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"internalType\":\"structWitnessPool.CommitteeView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"}],\"name\":\"conclude\",\"outputs\":[{\"internalType\":\"enumIWitnessPool.CommitteeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"}],\"name\":\"drawCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"}],\"name\":\"drawDueAfter\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[{\"internalType\":\"enumIWitnessPool.CommitteeStatus\",\"name\":\"\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxReportAge\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minWitnessStake\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minWitnessStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"witnessBond\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"blockNeed\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"commitGrace\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"reportRevealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxReportAge\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"witnessExitCooldown\",\"type\":\"uint32\"}],\"internalType\":\"structWitnessPool.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"registerWitness\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness_\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"reportTime\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"}],\"name\":\"reportCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportRevealSeconds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"seatFee\",\"type\":\"uint96\"}],\"name\":\"requestCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestWitnessExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"reportTime\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"}],\"name\":\"revealReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness_\",\"type\":\"address\"}],\"name\":\"seat\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"member\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"committed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"revealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"commitTime\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structWitnessPool.SeatView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"seatFee\",\"type\":\"uint256\"}],\"name\":\"seatLock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"name\":\"setAvailable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market_\",\"type\":\"address\"}],\"name\":\"setMarket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractFaaSToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committeeId\",\"type\":\"uint256\"}],\"name\":\"verdict\",\"outputs\":[{\"internalType\":\"enumIWitnessPool.CommitteeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawWitnessStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"witness\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"eligibleSince\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"exiting\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"internalType\":\"structWitnessPool.WitnessView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"witnessAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"witnessBond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"witnessExitCooldown\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"witnessIds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"witnessListLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "d1d5b36748b8ee31666124d4f5284a2947",
	Bin: "0x6101a0604052348015610010575f5ffd5b50604051614ad2380380614ad283398101604081905261002f91610294565b6001600160a01b038216610073576040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b60448201526064015b60405180910390fd5b80602001516001600160601b03165f036100be576040516305519d6f60e51b815260206004820152600b60248201526a1dda5d1b995cdcd09bdb9960aa1b604482015260640161006a565b80602001516001600160601b0316815f01516001600160601b03161015610132576040516305519d6f60e51b815260206004820152602160248201527f6d696e5769746e6573735374616b652062656c6f77207769746e657373426f6e6044820152601960fa1b606482015260840161006a565b604081015161ffff16158061014e575060408181015161ffff16115b15610188576040516305519d6f60e51b8152602060048201526009602482015268189b1bd8dad399595960ba1b604482015260640161006a565b806080015163ffffffff165f036101e2576040516305519d6f60e51b815260206004820152601360248201527f7265706f727452657665616c5365636f6e647300000000000000000000000000604482015260640161006a565b6001600160a01b0390911660809081523360a090815282516001600160601b0390811660c0908152602085015190911660e052604084015161ffff1661010052606084015163ffffffff908116610120529284015183166101405290830151821661016052909101511661018052610381565b80516001600160601b038116811461026b575f5ffd5b919050565b805161ffff8116811461026b575f5ffd5b805163ffffffff8116811461026b575f5ffd5b5f5f8284036101008112156102a7575f5ffd5b83516001600160a01b03811681146102bd575f5ffd5b925060e0601f19820112156102d0575f5ffd5b5060405160e081016001600160401b03811182821017156102ff57634e487b7160e01b5f52604160045260245ffd5b60405261030e60208501610255565b815261031c60408501610255565b602082015261032d60608501610270565b604082015261033e60808501610281565b606082015261034f60a08501610281565b608082015261036060c08501610281565b60a082015261037160e08501610281565b60c0820152809150509250929050565b60805160a05160c05160e05161010051610120516101405161016051610180516145f76104db5f395f818161060f015281816107ac0152818161125c015281816114b301526127d201525f81816106360152818161078001528181611f5a0152611fe001525f81816102b20152818161075401528181611d1b01528181611d52015281816123d60152612ba901525f81816103f6015281816107280152818161098601528181611c88015281816123940152612bd101525f818161058e015281816106fe01528181611736015281816123480152612b6a01525f81816105b5015281816106cf01528181612fbc0152612fec01525f8181610301015281816106a001528181610b6e01528181610bd4015281816126d2015261270f01525f81816107fe015261150401525f818161087f01528181610c0e0152818161130901528181612aa601528181613772015261381901526145f75ff3fe608060405234801561000f575f5ffd5b5060043610610269575f3560e01c806386b885ca11610157578063c45e0d24116100d2578063e3bb3dd011610088578063f747214a1161006e578063f747214a1461084e578063fc0c546a1461087a578063ffa83846146108a1575f5ffd5b8063e3bb3dd014610833578063e7b118711461083b575f5ffd5b8063d3dc1fdf116100b8578063d3dc1fdf146107e6578063d5f39488146107f9578063e2df20d114610820575f5ffd5b8063c45e0d2414610631578063cff0ab9614610658575f5ffd5b8063a4db445411610127578063a86480261161010d578063a8648026146105d7578063afe7fcf4146105ea578063c36091f11461060a575f5ffd5b8063a4db445414610589578063a7675c3b146105b0575f5ffd5b806386b885ca146104e25780638dd5c0d6146104f55780639e41719e1461050f578063a282c56814610522575f5ffd5b80634ca3d0ba116101e75780637d71cff6116101b75780637da31b151161019d5780637da31b151461048a57806380f556051461049d578063817b39ea146104c7575f5ffd5b80637d71cff6146104545780637d9e10f514610467575f5ffd5b80634ca3d0ba146103f15780635f2a412e146104185780636dcea85f146104205780636e441cdc14610433575f5ffd5b8063242136a41161023c5780633487b256116102225780633487b256146103ab57806346210f5b146103be57806346c6f845146103de575f5ffd5b8063242136a4146102fc5780632b67dbbb1461033b575f5ffd5b806305261aea1461026d5780631473c119146102985780631c7670b1146102ad5780631ca02a22146102e9575b5f5ffd5b61028061027b366004613e91565b6108b7565b60405161028f93929190613edc565b60405180910390f35b6102ab6102a6366004613efb565b61095f565b005b6102d47f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff909116815260200161028f565b6102ab6102f7366004613e91565b610ad4565b6103237f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160601b03909116815260200161028f565b61034e610349366004613f32565b610f71565b60405161028f91905f60c08201905082511515825260208301511515602083015260408301511515604083015260608301511515606083015267ffffffffffffffff608084015116608083015260a083015160a083015292915050565b6102806103b9366004613e91565b6110f3565b6103d16103cc366004613f60565b61115e565b60405161028f9190613f7b565b6102ab6103ec366004613e91565b61129c565b6102d47f000000000000000000000000000000000000000000000000000000000000000081565b6102ab6113d9565b6102ab61042e366004613f60565b6114f9565b610446610441366004613e91565b611664565b60405190815260200161028f565b6102ab610462366004613e91565b61166e565b61047a610475366004613f32565b6118e2565b604051901515815260200161028f565b5f54600160c01b900462ffffff16610446565b5f546104af906001600160a01b031681565b6040516001600160a01b03909116815260200161028f565b6104cf604081565b60405161ffff909116815260200161028f565b6102ab6104f0366004614049565b61192f565b6104fd601f81565b60405160ff909116815260200161028f565b6104af61051d366004613e91565b611c1d565b6104466105303660046140db565b604080516020808201979097526001600160a01b039590951685820152921515606085015267ffffffffffffffff91909116608084015260a0808401919091528151808403909101815260c09092019052805191012090565b6104cf7f000000000000000000000000000000000000000000000000000000000000000081565b6103237f000000000000000000000000000000000000000000000000000000000000000081565b6102ab6105e536600461412e565b611c61565b6105fd6105f8366004613e91565b6120e3565b60405161028f91906141b2565b6102d47f000000000000000000000000000000000000000000000000000000000000000081565b6102d47f000000000000000000000000000000000000000000000000000000000000000081565b6107d96040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526040518060e001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160601b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160601b031681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff16815250905090565b60405161028f9190614331565b6102806107f4366004613e91565b6124de565b6104af7f000000000000000000000000000000000000000000000000000000000000000081565b6102ab61082e3660046143b5565b61250d565b6104fd600381565b6102ab610849366004613e91565b612617565b61086161085c366004613e91565b612b05565b60405167ffffffffffffffff909116815260200161028f565b6104af7f000000000000000000000000000000000000000000000000000000000000000081565b5f546102d490600160a01b900463ffffffff1681565b5f818152600760205260408120805482918291640100000000900463ffffffff16820361090b57845f5b60405163bc3b814f60e01b8152600481019290925260ff1660248201526044015b60405180910390fd5b60018101546007811660028111156109425760405163bc3b814f60e01b81526004810188905260ff82166024820152604401610902565b61094e87848484612b98565b9550955095505050505b9193909250565b5f8281526007602052604081209080808061097b878633612cc3565b93509350935093505f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff166109be8363ffffffff60149190911c1690565b6109c891906143f6565b9050804211156109f757604051636768091360e01b815267ffffffffffffffff82166004820152602401610902565b6008610a048560406143f6565b84901c1615610a2357335f908152600a60205260409020879055610a3f565b5f88815260096020908152604080832033845290915290208790555b5f610a4b8560206143f6565b640fffffffff901b90505f6001600f610a658860406143f6565b87901c16179050610a778660206143f6565b602082901b4217901b82198616178860010188600b8110610a9a57610a9a6143ce565b015560405133908b907f691af08ff23f727dcd518e1f837ec0ea61ee332225c8f93480151e0492398344905f90a350505050505050505050565b5f546001600160a01b0316610b15576040517f4aec5ac700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260016020819052604090912080549091600160f81b9091041615610b6c576040517f45ed80e9000000000000000000000000000000000000000000000000000000008152336004820152602401610902565b7f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316821015610c01576040517f78e030db000000000000000000000000000000000000000000000000000000008152600481018390526001600160601b037f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610902565b610c366001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085612d84565b6006545f908015610cb3576006610c4e600183614409565b81548110610c5e57610c5e6143ce565b905f5260205f20015491506006805480610c7a57610c7a61441c565b5f828152602080822083015f19908101839055909201909255838252600590526040902080546001600160a01b03191633179055610d49565b5f54600160c01b900462ffffff16915062fffffe198201610d03576040517ff740adbd00000000000000000000000000000000000000000000000000000000815260048101839052602401610902565b5f82815260056020526040902080546001600160a01b03191633179055610d2b8260016143f6565b5f60186101000a81548162ffffff021916908362ffffff1602179055505b335f908152600360209081526040808320859055600a909152902054610d7c57335f908152600a60205260409020600190555b8254600160d81b900463ffffffff165f819003610ded575f8054601490610daf90600160a01b900463ffffffff16614430565b825463ffffffff8083166101009490940a848102910219909116179092555f90815260026020526040902080546001600160a01b0319163317905590505b6040518060a00160405280610e0187612dc0565b6001600160601b0390811682525f602080840182905263ffffffff438116604080870191909152878216606080880191909152600360809788015233808652600185529482902088518154958a01518a850151938b01519a9099015160ff16600160f81b026001600160f81b039a8616600160d81b0263ffffffff60d81b1994909616600160b81b02939093167fff0000000000000000ffffffffffffffffffffffffffffffffffffffffffffff6001600160581b039a909a16600160601b0276ffffffffffffffffffffffffffffffffffffffffffffff19909716919098161794909417969096169490941717949094169290921790925590517f32741df6291a247fa1e8aa212ed5b51363288f5a8de3810bda30a408097f91e090610f2b9088815260200190565b60405180910390a26040516001815233907ffc138d04f8442f173d4157254fa6a8298dfb7eec1681c2236a7b0a1370a65171906020015b60405180910390a25050505050565b6040805160c0810182525f8082526020808301829052828401829052606083018290526080830182905260a08301829052858252600781528382206001808201546001600160a01b038816855292529382205492939290919081908190610fe89086908690600160d81b900463ffffffff16612df7565b92509250925082610ffd5750505050506110ed565b5f818315611021578660010184600b811061101a5761101a6143ce565b0154611023565b855b6001808a52911c604081811c92831615156020808c0191909152600284161515918b019190915260048316151560608b015281901c63ffffffff1660808a01529150600f8116906008165f0361109f575f8a81526009602090815260408083206001600160a01b038d16845290915290205460a08901526110e5565b876020015180156110b257508760400151155b80156110c2575060026007871611155b156110e5576001600160a01b0389165f908152600a602052604090205460a08901525b505050505050505b92915050565b5f818152600760205260408120805482918291640100000000900463ffffffff168203611129575f5f5f93509350935050610958565b600181015460078116600281116111545761114687848484612b98565b955095509550505050610958565b61094e8383612ea3565b60408051610120810182525f8082526020808301828152838501838152606085018481526080860185815260a0870186815260c0880187815260e089018881526101008a018990526001600160a01b038c16808a526001808a528c8b2080546001600160601b0381168e526001600160581b03600160601b820416909a5263ffffffff600160b81b8b048116909952600160d81b8a048916909752908a52600390985299909720549093169052600160f81b90920492831615159052600282161515909252600481161580159094529192909160ff1690611295576001600160a01b0384165f908152600460205260409020546112849063ffffffff7f000000000000000000000000000000000000000000000000000000000000000081169116614454565b67ffffffffffffffff166101008401525b5050919050565b335f908152600160208190526040822080549092600160f81b90910490911690036112dc57604051633bff3ba960e21b8152336004820152602401610902565b815f036112fc57604051631f2a200560e01b815260040160405180910390fd5b6113316001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085612d84565b80545f906113529061134d9085906001600160601b03166143f6565b612dc0565b82546001600160601b0382167fffffffffff00000000ffffffffffffffffffffff0000000000000000000000009091168117600160b81b4363ffffffff160217845560408051868152602081019290925291925033917fad84cfb68c37731c9ba60ee85e9cafef4c34997acea93c17410e39a22f1b417a91015b60405180910390a2505050565b335f908152600160208190526040822080549092600160f81b90910460ff81169216900361141c57604051633bff3ba960e21b8152336004820152602401610902565b600481161561144057604051634b8be22160e11b8152336004820152602401610902565b81546001600160f81b0316600160f81b600483811760ff1691909102919091178355335f8181526020929092526040909120805463ffffffff19164263ffffffff818116929092179092557f8da686cd6cd8edb66e300009b89d8125b692059d1e31124856b8e514d331978c916114d9917f00000000000000000000000000000000000000000000000000000000000000001690614454565b60405167ffffffffffffffff909116815260200160405180910390a25050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461155d576040517f0c8cc036000000000000000000000000000000000000000000000000000000008152336004820152602401610902565b5f546001600160a01b0316156115ad575f546040517f599ad35b0000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610902565b6001600160a01b03811661161d576040517faa33ade000000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f6d61726b657400000000000000000000000000000000000000000000000000006044820152606401610902565b5f80546001600160a01b0319166001600160a01b038316908117825560405190917fe307206b150a74b2a5d43a35703be791342ca123c12a507c5f679cf1d011d1b991a250565b5f6110ed82612fb9565b5f8181526007602052604081208054909164010000000090910463ffffffff169081900361169d57825f6108e1565b60018201546007811680156116d15760405163bc3b814f60e01b81526004810186905260ff82166024820152604401610902565b835463ffffffff1642106116f1576116ea858584613019565b5050505050565b5f858152600860205260408120600384811c90811692906002168103611717578561172b565b6001820154640100000000900463ffffffff165b90505f61175c61ffff7f000000000000000000000000000000000000000000000000000000000000000016836143f6565b90508043116117ab576040517f697882a000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff438116600483015282166024820152604401610902565b5f5f600186165f036118b7575f6117c38560016143f6565b4003611853576001858101805467ffffffff0000000019166401000000004363ffffffff160217905560108917908b015f015589546040805167ffffffffffffffff43168152600160581b90920460ff1660208301528c917f0c36e37bd54be04a3c4463c4816e5a69d3c32b08daa3005831454ccb8b61bc49910160405180910390a25050505050505050505050565b50895f6118618560016143f6565b90505b8381116118b157818140604051602001611888929190918252602082015260400190565b604051602081830303815290604052805190602001209150806118aa90614474565b9050611864565b506118c8565b50508254600184015463ffffffff16905b6118d58b8b8a848661315e565b5050505050505050505050565b5f82815260076020526040812061192481600181018401546001600160a01b0386165f90815260016020526040902054600160d81b900463ffffffff16612df7565b509095945050505050565b5f546001600160a01b03163314611974576040517fbfae38b3000000000000000000000000000000000000000000000000000000008152336004820152602401610902565b5f8681526007602052604090208054640100000000900463ffffffff16156119cb576040517f188295a400000000000000000000000000000000000000000000000000000000815260048101889052602401610902565b600360ff871610806119e05750601f60ff8716115b15611a2a576040517f236cccaf00000000000000000000000000000000000000000000000000000000815260ff8716600482015260036024820152601f6044820152606401610902565b611a3d8367ffffffffffffffff16613445565b815463ffffffff191663ffffffff91909116178155611a5b43613445565b815467ffffffff0000000019811664010000000063ffffffff9384160290811784555f80546affffffffffffff00000000199093166affffff00000000000000001990921691909117600160c01b9283900462ffffff166801000000000000000002177fffffffffffffffff00000000000000000000000000ffffffffffffffffffffff16600160581b60ff8b169081027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff1691909117600160601b6001600160601b03881602178086556001600160a01b038a81168452600160209081526040808620547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff8516600160d81b918290048a169098029788178a55928c168652948590205477ffffffffffffffffffffffffffffffffffffffffffffffff9093167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff909616959095179104909416600160e01b02939093178455805167ffffffffffffffff431681529182019290925288917f0c36e37bd54be04a3c4463c4816e5a69d3c32b08daa3005831454ccb8b61bc49910160405180910390a250505050505050565b5f8054600160c01b900462ffffff168210611c4657634e487b7160e01b5f52603260045260245ffd5b505f908152600560205260409020546001600160a01b031690565b5f84815260076020526040812090808080611c7d898633612cc3565b93509350935093505f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16611cc08363ffffffff60149190911c1690565b611cca91906143f6565b9050804211611d11576040517f25f4b0b600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610902565b611d4163ffffffff7f000000000000000000000000000000000000000000000000000000000000000016826143f6565b421115611d9e57611d7863ffffffff7f000000000000000000000000000000000000000000000000000000000000000016826143f6565b604051636768091360e01b815267ffffffffffffffff9091166004820152602401610902565b5f600f611dac8660406143f6565b85901c169050600181165f03611df7576040517f8c459fde000000000000000000000000000000000000000000000000000000008152600481018c9052336024820152604401610902565b6002811615611e3b576040517fc339a8ea000000000000000000000000000000000000000000000000000000008152600481018c9052336024820152604401610902565b6008811615155f81611e65575f8d8152600960209081526040808320338452909152902054611e75565b335f908152600a60205260409020545b9050611ed88d338e8e8e604080516020808201979097526001600160a01b039590951685820152921515606085015267ffffffffffffffff91909116608084015260a0808401919091528151808403909101815260c09092019052805191012090565b8114611f19576040517f3dd1603e000000000000000000000000000000000000000000000000000000008152600481018e9052336024820152604401610902565b5f611f258860206143f6565b87901c63ffffffff1690508067ffffffffffffffff168c67ffffffffffffffff161180611f9657508067ffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000063ffffffff168d67ffffffffffffffff16611f9491906143f6565b105b1561200d576040517f5e4f80bd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808e1660048301528216602482015263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166044820152606401610902565b8261202c575f8e81526009602090815260408083203384529091528120555b6120378860406143f6565b8d612042575f612045565b60045b600217901b87179650885f1461207357868a6001018a600b811061206b5761206b6143ce565b015594955085945b8c61207e575f612082565b6104005b6120909061800017886143f6565b96508660018b015f01556040518d1515815233908f907f2db98edd1792d14ba1db51d84d32e931285973b2ccdf2aa5313cd1e53a97bcf39060200160405180910390a35050505050505050505050505050565b60408051610260810182525f808252602080830182905282840182905260608084018390526080840183905260a0840183905260c0840183905260e08401839052610100840183905261012084018390526101408401839052610160840183905261018084018390526101a084018390526101c084018390526101e084018390526102008401839052610220840183905261024084015284825260079052918220805491929091640100000000900463ffffffff1690036121a45750919050565b60018101546121b38282613475565b839060048111156121c6576121c6613ea8565b908160048111156121d9576121d9613ea8565b9052508154600160581b900460ff166020840152601f600582901c168067ffffffffffffffff81111561220e5761220e61448c565b604051908082528060200260200182016040528015612237578160200160208202803683370190505b506102408501525f5b818110156122b05760025f6122568686856134bf565b63ffffffff16815260208101919091526040015f205461024086015180516001600160a01b039092169183908110612290576122906143ce565b6001600160a01b0390921660209283029190910190910152600101612240565b5080156122d2576122c26002826144b4565b6122cd9060016143f6565b6122d4565b5f5b60ff166040858101919091528354640100000000900463ffffffff1660608601525f8681526008602052908120906002600385901c16900361231a57846060015161232e565b6001810154640100000000900463ffffffff165b67ffffffffffffffff166080860181905261236e9061ffff7f00000000000000000000000000000000000000000000000000000000000000001690614454565b67ffffffffffffffff1660a0860152835463ffffffff90811660c087018190526123ba917f00000000000000000000000000000000000000000000000000000000000000001690614454565b67ffffffffffffffff1660e086018190526123fc9063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690614454565b67ffffffffffffffff166101008601528354600160601b90046001600160601b0316610120860181905261242f90612fb9565b610140860152835468010000000000000000900462ffffff16610160860152600181015463ffffffff16610180860152601f600a84901c81166101c0870152600f84901c166101e086015260038551600481111561248f5761248f613ea8565b1480156124ab5750846040015160ff16856101c0015160ff1610155b15156101a08601526124bc866134d5565b6001600160a01b03908116610220880152166102008601525092949350505050565b5f818152600760205260408120819081906124ff8160018101840154612ea3565b935093509350509193909250565b335f908152600160208190526040822080549092600160f81b90910460ff81169216900361255057604051633bff3ba960e21b8152336004820152602401610902565b600481161561257457604051634b8be22160e11b8152336004820152602401610902565b82156125ca5781547effffffff00000000ffffffffffffffffffffffffffffffffffffffffffffff16600160f81b6002831760ff160263ffffffff60b81b191617600160b81b4363ffffffff16021782556125e3565b81546001600160f81b0316600160f81b60fd8316021782555b604051831515815233907ffc138d04f8442f173d4157254fa6a8298dfb7eec1681c2236a7b0a1370a65171906020016113cc565b335f908152600160208181526040808420815160a08101835290546001600160601b03811682526001600160581b03600160601b8204169382019390935263ffffffff600160b81b8404811692820192909252600160d81b8304909116606082015260ff600160f81b909204918216608082015292911690036126af57604051633bff3ba960e21b8152336004820152602401610902565b815f036126cf57604051631f2a200560e01b815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160601b031682602001516001600160581b031611612733577f0000000000000000000000000000000000000000000000000000000000000000612742565b81602001516001600160581b03165b6001600160601b031690505f81835f01516001600160601b031611612767575f61277d565b825161277d9083906001600160601b0316614409565b9050808411156128e45760808301516004165f036127b857604051635747cb3160e01b81526004810185905260248101829052604401610902565b335f908152600460205260408120546127fa9063ffffffff7f000000000000000000000000000000000000000000000000000000000000000081169116614454565b90508067ffffffffffffffff1642101561284c576040517f1ac889b700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610902565b60208401516001600160581b0316156128a25760208401516040517f387def3a0000000000000000000000000000000000000000000000000000000081526001600160581b039091166004820152602401610902565b83516001600160601b03168511156128e2578351604051635747cb3160e01b8152600481018790526001600160601b039091166024820152604401610902565b505b82515f906128fc9086906001600160601b0316614409565b9050805f03612a6c57335f81815260036020908152604080832080548085526005845282852080546001600160a01b031916905560068054600181810183559187527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f0191909155825160a08101845285815280850186815281850187815260608d81015163ffffffff908116918501918252608085018a81529a8a52948852868920935184549351925191519a5160ff16600160f81b026001600160f81b039b8716600160d81b0263ffffffff60d81b1993909716600160b81b02929092167fff0000000000000000ffffffffffffffffffffffffffffffffffffffffffffff6001600160581b0394909416600160601b0276ffffffffffffffffffffffffffffffffffffffffffffff199095166001600160601b039290921691909117939093179190911691909117929092179690961617909455928290556004905220805463ffffffff19169055612a99565b335f90815260016020526040902080546bffffffffffffffffffffffff19166001600160601b0383161790555b612acd6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633876135d2565b604080518681526020810183905233917f15408a476ee381212f6f9eb283be57795e02a8ed143c92ac7f97f60cc86fac879101610f62565b5f8181526007602052604081206001810154829060031c6002168103612b3a578154640100000000900463ffffffff16612b5a565b5f84815260086020526040902060010154640100000000900463ffffffff165b63ffffffff169050612b9061ffff7f000000000000000000000000000000000000000000000000000000000000000016826143f6565b949350505050565b82545f9081908190819063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691612bf9917f0000000000000000000000000000000000000000000000000000000000000000811691166143f6565b612c0391906143f6565b9050804211612c4a576040517fbd5145db00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610902565b845f03612c9f57612c5c888888613019565b86546004905f90600160601b81046001600160601b031690612c8990600160581b900460ff16600a6144c7565b612c9391906144c7565b93509350935050612cb9565b5f5f612cac8a8a8a61360c565b6003975090955093505050505b9450945094915050565b5f808080600186018101546001600160a01b0386165f9081526001602052604081205491925090612d049088908490600160d81b900463ffffffff16612df7565b9096509450905080612d54576040517f019b63f8000000000000000000000000000000000000000000000000000000008152600481018990526001600160a01b0387166024820152604401610902565b8415612d76578660010185600b8110612d6f57612d6f6143ce565b0154612d78565b815b92505093509350935093565b612d92848484846001613850565b612dba57604051635274afe760e01b81526001600160a01b0385166004820152602401610902565b50505050565b5f6001600160601b03821115612df3576040516306dfcc6560e41b81526060600482015260248101839052604401610902565b5090565b5f5f5f8363ffffffff165f03612e1457505f915081905080612e9a565b600585901c601f16855f6034815b84811015612e8b5760bc821115612e54576001928301928b0183600b8110612e4c57612e4c6143ce565b015493505f91505b8863ffffffff168285901c63ffffffff1603612e7c5750600196509094509250612e9a915050565b60449190910190600101612e22565b505f5f5f965096509650505050505b93509350939050565b5f5f5f612eb08585613475565b8554909350600160601b81046001600160601b0316905f908290612edf90600160581b900460ff16600a6144c7565b612ee991906144c7565b90506004856004811115612eff57612eff613ea8565b03612f10575f93509150612fb29050565b6003856004811115612f2457612f24613ea8565b14612f3757505f9250829150612fb29050565b601f600a87901c811690612f539060029060058a901c166144b4565b612f5e9060016143f6565b81101594505f85612f8957612f7a82600f8a901c601f16614409565b612f8490856144c7565b612f9f565b81612f9585600a6144c7565b612f9f91906144c7565b9050612fab8184614409565b9450505050505b9250925092565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168211612df3577f00000000000000000000000000000000000000000000000000000000000000006001600160601b03166110ed565b81545f9061303690600160601b90046001600160601b0316612fb9565b9050600582901c601f165f5b8181101561311e575f6130568686846138d6565b63ffffffff81165f908152600260209081526040808320546001600160a01b031683526001909152902080549192509085908290600c906130a8908490600160601b90046001600160581b03166144de565b82546101009290920a6001600160581b0381810219909316919092169190910217905550805463ffffffff60b81b1916600160b81b4363ffffffff16021781556008604083901c16156131145780546001600160f81b038116600160f81b9182900460f7169091021781555b5050600101613042565b506103e7198316600417600185015560405185907f168b3b2ab7e5878adce83d116c9a33f6e52665d7857e1a4e4bd45fdf959bd671905f90a25050505050565b8354600160581b900460ff16601f600585901c165f8267ffffffffffffffff81111561318c5761318c61448c565b6040519080825280602002602001820160405280156131b5578160200160208202803683370190505b5090505f5b828110156132265760025f6131d08a8a856134bf565b63ffffffff16815260208101919091526040015f205482516001600160a01b0390911690839083908110613206576132066143ce565b6001600160a01b03909216602092830291909101909101526001016131ba565b5086545f906132479068010000000000000000900462ffffff1660086144c7565b90505f6132558560046144c7565b61325f90876143f6565b61326a9060086143f6565b9050818111156132775750805b6040805160c0810182528a5463ffffffff600160c01b820481168352600160e01b82041660208301525f928201906132bf906001600160601b03600160601b90910416612fb9565b81528b54640100000000810463ffffffff16602083015268010000000000000000810462ffffff16604083015260141b660ffffffff00000168b1760609091015290505f6133128b838b8b878a8c613918565b60a08401519b509098509050868110801561332c57508388105b156133b6575f8c815260086020819052604082208b81556001808201805463ffffffff191663ffffffff8e161790559092918d1791908e0101556040805160ff8416815263ffffffff8b1660208201528e917fad05195be8dba72dd91d45e1159aa6c3ebc95626eabd1d1bc8dc73a80b3ecf23910160405180910390a250505050505050506116ea565b60038110156133d6576133ca8c8c8c613019565b505050505050506116ea565b60026007198b161760018c015f01558085528b7f2b5f554b310a0c5cb93d0448fa8fb4ee68c1df91e80bd380a06bab064b6b5197866134166002856144b4565b6134219060016143f6565b60405161342f9291906144fd565b60405180910390a2505050505050505050505050565b5f63ffffffff821115612df3576040516306dfcc6560e41b81526020600482015260248101839052604401610902565b5f60078216801561349a5780600481111561349257613492613ea8565b9150506110ed565b8354640100000000900463ffffffff16156134b6576001612b90565b5f949350505050565b5f6134cb8484846138d6565b90505b9392505050565b5f8054604051600884901c60248201528291829182916001600160a01b03169060440160408051601f198184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f2e352497000000000000000000000000000000000000000000000000000000001790525161355b9190614556565b5f60405180830381855afa9150503d805f8114613593576040519150601f19603f3d011682016040523d82523d5f602084013e613598565b606091505b50915091508180156135ac57506040815110155b156135cb57808060200190518101906135c5919061456c565b90945092505b5050915091565b6135df8383836001613b20565b61360757604051635274afe760e01b81526001600160a01b0384166004820152602401610902565b505050565b5f80601f600584901c811690600a85901c166136296002836144b4565b6136349060016143f6565b60036007198716176001880155604080519183101580835260ff84166020840152601f600f89901c1683830152905190955088917fe2d788af33f4e4d53fdfee638b36556c9a64c259a23d0eab6fb28aadd290502d919081900360600190a28554600160601b90046001600160601b03165f80805b8581101561373c575f5f6136bc83613b9b565b915091505f6136f48e83855f146136e9578f60010186600b81106136e2576136e26143ce565b01546136eb565b8e5b901c8d8a613be0565b90505f8113156137195761370887826144c7565b61371290876143f6565b955061372e565b5f81121561372e5761372b87866143f6565b94505b5050508060010190506136a9565b5080156137d2576040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b1580156137bb575f5ffd5b505af11580156137cd573d5f5f3e3d5ffd5b505050505b8854829084906137ed90600160581b900460ff16600a6144c7565b6137f791906144c7565b6138019190614409565b95508115613843575f54613843906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691163085612d84565b5050505050935093915050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166138c55783831516156138b9573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f5f5f6138e284613b9b565b9150915080825f1461390a578660010183600b8110613903576139036143ce565b015461390c565b855b901c9695505050505050565b81515f9081905b858710801561392d57508084105b15613b105760808901515f8981526020898152604080832093909306825260059052205461395a88614474565b97506001600160a01b03811615806139785750613978868683613dd0565b15613983575061391f565b6001600160a01b0381165f908152600160205260408082208054918d01519092600160d81b830463ffffffff169290916139cc91600160601b90046001600160581b03166143f6565b835490915060ff600160f81b909104908116906007166003141580613a03575060608e01518454600160b81b900463ffffffff1610155b80613a17575083546001600160601b031682115b80613a2857506001600160581b0382115b80613a3357508d5183145b80613a4157508d6020015183145b15613a5057505050505061391f565b83547fffffffffffffffffff0000000000000000000000ffffffffffffffffffffffff16600160601b6001600160581b03841602178455600881165f03613abc5783546001600160f81b0316600160f81b6008831760ff16021784556808000000000000000092909217915b613ac88f8f8b86613e29565b848a8a613ad481614474565b9b5081518110613ae657613ae66143ce565b60200260200101906001600160a01b031690816001600160a01b031681525050505050505061391f565b5094989197509095505050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613b8f578383151615613b83573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80613ba86003846144b4565b9150613bb5600384614599565b613bc09060446144c7565b8215613bcc575f613bcf565b60345b613bd991906143f6565b9050915091565b63ffffffff83165f908152600260208190526040808320546001600160a01b0316919086901c600f811691168303613c1b575f199250613c4b565b6004811615613c3a5784613c30575f19613c33565b600a5b9250613c4b565b84613c46576001613c48565b5f5b92505b5f613c5585612fb9565b6001600160a01b0384165f9081526001602052604081208054929350916001600160601b031690861315613c9e57613c8d87876144c7565b613c9790826143f6565b9050613cb3565b5f861215613cb357613cb08782614409565b90505b613cbc81612dc0565b82546bffffffffffffffffffffffff19166001600160601b03919091161780835583908390600c90613cff908490600160601b90046001600160581b03166144de565b92506101000a8154816001600160581b0302191690836001600160581b03160217905550600884165f14613d4c5781546001600160f81b038116600160f81b9182900460f7169091021782555b5f86121580613d5a57508683115b15613d7c57815463ffffffff60b81b1916600160b81b4363ffffffff16021782555b6001600160a01b0385168a7fc50772ed596019e66f8fc68790b153d4d363ac5b5f0eda23c10594c436c7a68d613db28a8a6145ac565b60405190815260200160405180910390a35050505050949350505050565b5f5f5b83811015613e1f57826001600160a01b0316858281518110613df757613df76143ce565b60200260200101516001600160a01b031603613e175760019150506134ce565b600101613dd3565b505f949350505050565b5f5f613e3484613b9b565b91509150815f03613e505760a08501805184831b179052613e71565b82811b6001870183600b8110613e6857613e686143ce565b01805490911790555b60a08501805160209190613e869083906143f6565b905250505050505050565b5f60208284031215613ea1575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60058110613ed857634e487b7160e01b5f52602160045260245ffd5b9052565b60608101613eea8286613ebc565b921515602082015260400152919050565b5f5f60408385031215613f0c575f5ffd5b50508035926020909101359150565b6001600160a01b0381168114613f2f575f5ffd5b50565b5f5f60408385031215613f43575f5ffd5b823591506020830135613f5581613f1b565b809150509250929050565b5f60208284031215613f70575f5ffd5b81356134ce81613f1b565b5f61012082019050825182526020830151602083015267ffffffffffffffff604084015116604083015263ffffffff60608401511660608301526080830151613fcc608084018263ffffffff169052565b5060a0830151613fe060a084018215159052565b5060c0830151613ff460c084018215159052565b5060e083015161400860e084018215159052565b5061010083015161402661010084018267ffffffffffffffff169052565b5092915050565b803567ffffffffffffffff81168114614044575f5ffd5b919050565b5f5f5f5f5f5f60c0878903121561405e575f5ffd5b86359550602087013560ff81168114614075575f5ffd5b9450604087013561408581613f1b565b9350606087013561409581613f1b565b92506140a36080880161402d565b915060a08701356001600160601b03811681146140be575f5ffd5b809150509295509295509295565b80358015158114614044575f5ffd5b5f5f5f5f5f60a086880312156140ef575f5ffd5b85359450602086013561410181613f1b565b935061410f604087016140cc565b925061411d6060870161402d565b949793965091946080013592915050565b5f5f5f5f60808587031215614141575f5ffd5b84359350614151602086016140cc565b925061415f6040860161402d565b9396929550929360600135925050565b5f8151808452602084019350602083015f5b828110156141a85781516001600160a01b0316865260209586019590910190600101614181565b5093949350505050565b602081526141c4602082018351613ebc565b5f60208301516141d9604084018260ff169052565b50604083015160ff8116606084015250606083015167ffffffffffffffff8116608084015250608083015167ffffffffffffffff811660a08401525060a083015167ffffffffffffffff811660c08401525060c083015167ffffffffffffffff811660e08401525060e083015167ffffffffffffffff81166101008401525061010083015167ffffffffffffffff8116610120840152506101208301516101408301526101408301516101608301526101608301516142a161018084018263ffffffff169052565b5061018083015163ffffffff81166101a0840152506101a08301518015156101c0840152506101c083015160ff81166101e0840152506101e083015160ff8116610200840152506102008301516001600160a01b038116610220840152506102208301516001600160a01b0381166102408401525061024083015161026080840152612b9061028084018261416f565b5f60e0820190506001600160601b0383511682526001600160601b03602084015116602083015261ffff604084015116604083015263ffffffff606084015116606083015263ffffffff608084015116608083015260a083015161439d60a084018263ffffffff169052565b5060c083015161402660c084018263ffffffff169052565b5f602082840312156143c5575f5ffd5b6134ce826140cc565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156110ed576110ed6143e2565b818103818111156110ed576110ed6143e2565b634e487b7160e01b5f52603160045260245ffd5b5f63ffffffff821663ffffffff810361444b5761444b6143e2565b60010192915050565b67ffffffffffffffff81811683821601908111156110ed576110ed6143e2565b5f60018201614485576144856143e2565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5f826144c2576144c26144a0565b500490565b80820281158282048414176110ed576110ed6143e2565b6001600160581b0382811682821603908111156110ed576110ed6143e2565b604080825283519082018190525f9060208501906060840190835b8181101561453f5783516001600160a01b0316835260209384019390920191600101614518565b5050809250505060ff831660208301529392505050565b5f82518060208501845e5f920191825250919050565b5f5f6040838503121561457d575f5ffd5b825161458881613f1b565b6020840151909250613f5581613f1b565b5f826145a7576145a76144a0565b500690565b8082025f82127f8000000000000000000000000000000000000000000000000000000000000000841416156145e3576145e36143e2565b81810583148215176110ed576110ed6143e256",
}

// WitnessPool is an auto generated Go binding around an Ethereum contract.
type WitnessPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WitnessPool) GetABI() abi.ABI {
	return c.abi
}

// NewWitnessPool creates a new instance of WitnessPool.
func NewWitnessPool() *WitnessPool {
	parsed, err := WitnessPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WitnessPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WitnessPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, (uint96,uint96,uint16,uint32,uint32,uint32,uint32) p) returns()
func (witnessPool *WitnessPool) PackConstructor(token_ common.Address, p WitnessPoolParams) []byte {
	enc, err := witnessPool.abi.Pack("", token_, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXBLOCKNEED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b39ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BLOCK_NEED() view returns(uint16)
func (witnessPool *WitnessPool) PackMAXBLOCKNEED() []byte {
	enc, err := witnessPool.abi.Pack("MAX_BLOCK_NEED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBLOCKNEED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b39ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BLOCK_NEED() view returns(uint16)
func (witnessPool *WitnessPool) TryPackMAXBLOCKNEED() ([]byte, error) {
	return witnessPool.abi.Pack("MAX_BLOCK_NEED")
}

// UnpackMAXBLOCKNEED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x817b39ea.
//
// Solidity: function MAX_BLOCK_NEED() view returns(uint16)
func (witnessPool *WitnessPool) UnpackMAXBLOCKNEED(data []byte) (uint16, error) {
	out, err := witnessPool.abi.Unpack("MAX_BLOCK_NEED", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd5c0d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMMITTEE() view returns(uint8)
func (witnessPool *WitnessPool) PackMAXCOMMITTEE() []byte {
	enc, err := witnessPool.abi.Pack("MAX_COMMITTEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd5c0d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMMITTEE() view returns(uint8)
func (witnessPool *WitnessPool) TryPackMAXCOMMITTEE() ([]byte, error) {
	return witnessPool.abi.Pack("MAX_COMMITTEE")
}

// UnpackMAXCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint8)
func (witnessPool *WitnessPool) UnpackMAXCOMMITTEE(data []byte) (uint8, error) {
	out, err := witnessPool.abi.Unpack("MAX_COMMITTEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMINCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3bb3dd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_COMMITTEE() view returns(uint8)
func (witnessPool *WitnessPool) PackMINCOMMITTEE() []byte {
	enc, err := witnessPool.abi.Pack("MIN_COMMITTEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3bb3dd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_COMMITTEE() view returns(uint8)
func (witnessPool *WitnessPool) TryPackMINCOMMITTEE() ([]byte, error) {
	return witnessPool.abi.Pack("MIN_COMMITTEE")
}

// UnpackMINCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3bb3dd0.
//
// Solidity: function MIN_COMMITTEE() view returns(uint8)
func (witnessPool *WitnessPool) UnpackMINCOMMITTEE(data []byte) (uint8, error) {
	out, err := witnessPool.abi.Unpack("MIN_COMMITTEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAddWitnessStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46c6f845.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addWitnessStake(uint256 amount) returns()
func (witnessPool *WitnessPool) PackAddWitnessStake(amount *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("addWitnessStake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddWitnessStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46c6f845.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addWitnessStake(uint256 amount) returns()
func (witnessPool *WitnessPool) TryPackAddWitnessStake(amount *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("addWitnessStake", amount)
}

// PackBlockNeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4db4454.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockNeed() view returns(uint16)
func (witnessPool *WitnessPool) PackBlockNeed() []byte {
	enc, err := witnessPool.abi.Pack("blockNeed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockNeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4db4454.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockNeed() view returns(uint16)
func (witnessPool *WitnessPool) TryPackBlockNeed() ([]byte, error) {
	return witnessPool.abi.Pack("blockNeed")
}

// UnpackBlockNeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4db4454.
//
// Solidity: function blockNeed() view returns(uint16)
func (witnessPool *WitnessPool) UnpackBlockNeed(data []byte) (uint16, error) {
	out, err := witnessPool.abi.Unpack("blockNeed", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackCommitGrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ca3d0ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitGrace() view returns(uint32)
func (witnessPool *WitnessPool) PackCommitGrace() []byte {
	enc, err := witnessPool.abi.Pack("commitGrace")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitGrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ca3d0ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitGrace() view returns(uint32)
func (witnessPool *WitnessPool) TryPackCommitGrace() ([]byte, error) {
	return witnessPool.abi.Pack("commitGrace")
}

// UnpackCommitGrace is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ca3d0ba.
//
// Solidity: function commitGrace() view returns(uint32)
func (witnessPool *WitnessPool) UnpackCommitGrace(data []byte) (uint32, error) {
	out, err := witnessPool.abi.Unpack("commitGrace", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCommitReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1473c119.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitReport(uint256 committeeId, bytes32 commitment) returns()
func (witnessPool *WitnessPool) PackCommitReport(committeeId *big.Int, commitment [32]byte) []byte {
	enc, err := witnessPool.abi.Pack("commitReport", committeeId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1473c119.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitReport(uint256 committeeId, bytes32 commitment) returns()
func (witnessPool *WitnessPool) TryPackCommitReport(committeeId *big.Int, commitment [32]byte) ([]byte, error) {
	return witnessPool.abi.Pack("commitReport", committeeId, commitment)
}

// PackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafe7fcf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committee(uint256 committeeId) view returns((uint8,uint8,uint8,uint64,uint64,uint64,uint64,uint64,uint64,uint256,uint256,uint32,uint32,bool,uint8,uint8,address,address,address[]) v)
func (witnessPool *WitnessPool) PackCommittee(committeeId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("committee", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafe7fcf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committee(uint256 committeeId) view returns((uint8,uint8,uint8,uint64,uint64,uint64,uint64,uint64,uint64,uint256,uint256,uint32,uint32,bool,uint8,uint8,address,address,address[]) v)
func (witnessPool *WitnessPool) TryPackCommittee(committeeId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("committee", committeeId)
}

// UnpackCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xafe7fcf4.
//
// Solidity: function committee(uint256 committeeId) view returns((uint8,uint8,uint8,uint64,uint64,uint64,uint64,uint64,uint64,uint256,uint256,uint32,uint32,bool,uint8,uint8,address,address,address[]) v)
func (witnessPool *WitnessPool) UnpackCommittee(data []byte) (WitnessPoolCommitteeView, error) {
	out, err := witnessPool.abi.Unpack("committee", data)
	if err != nil {
		return *new(WitnessPoolCommitteeView), err
	}
	out0 := *abi.ConvertType(out[0], new(WitnessPoolCommitteeView)).(*WitnessPoolCommitteeView)
	return out0, nil
}

// PackConclude is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3487b256.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function conclude(uint256 committeeId) returns(uint8 status, bool violated, uint256 returned)
func (witnessPool *WitnessPool) PackConclude(committeeId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("conclude", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConclude is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3487b256.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function conclude(uint256 committeeId) returns(uint8 status, bool violated, uint256 returned)
func (witnessPool *WitnessPool) TryPackConclude(committeeId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("conclude", committeeId)
}

// ConcludeOutput serves as a container for the return parameters of contract
// method Conclude.
type ConcludeOutput struct {
	Status   uint8
	Violated bool
	Returned *big.Int
}

// UnpackConclude is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3487b256.
//
// Solidity: function conclude(uint256 committeeId) returns(uint8 status, bool violated, uint256 returned)
func (witnessPool *WitnessPool) UnpackConclude(data []byte) (ConcludeOutput, error) {
	out, err := witnessPool.abi.Unpack("conclude", data)
	outstruct := new(ConcludeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Violated = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Returned = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (witnessPool *WitnessPool) PackDeployer() []byte {
	enc, err := witnessPool.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (witnessPool *WitnessPool) TryPackDeployer() ([]byte, error) {
	return witnessPool.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (witnessPool *WitnessPool) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := witnessPool.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDrawCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d71cff6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawCommittee(uint256 committeeId) returns()
func (witnessPool *WitnessPool) PackDrawCommittee(committeeId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("drawCommittee", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d71cff6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawCommittee(uint256 committeeId) returns()
func (witnessPool *WitnessPool) TryPackDrawCommittee(committeeId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("drawCommittee", committeeId)
}

// PackDrawDueAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf747214a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawDueAfter(uint256 committeeId) view returns(uint64)
func (witnessPool *WitnessPool) PackDrawDueAfter(committeeId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("drawDueAfter", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawDueAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf747214a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawDueAfter(uint256 committeeId) view returns(uint64)
func (witnessPool *WitnessPool) TryPackDrawDueAfter(committeeId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("drawDueAfter", committeeId)
}

// UnpackDrawDueAfter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf747214a.
//
// Solidity: function drawDueAfter(uint256 committeeId) view returns(uint64)
func (witnessPool *WitnessPool) UnpackDrawDueAfter(data []byte) (uint64, error) {
	out, err := witnessPool.abi.Unpack("drawDueAfter", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 committeeId) returns(uint8, bool, uint256)
func (witnessPool *WitnessPool) PackFinalize(committeeId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("finalize", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 committeeId) returns(uint8, bool, uint256)
func (witnessPool *WitnessPool) TryPackFinalize(committeeId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("finalize", committeeId)
}

// FinalizeOutput serves as a container for the return parameters of contract
// method Finalize.
type FinalizeOutput struct {
	Arg0 uint8
	Arg1 bool
	Arg2 *big.Int
}

// UnpackFinalize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05261aea.
//
// Solidity: function finalize(uint256 committeeId) returns(uint8, bool, uint256)
func (witnessPool *WitnessPool) UnpackFinalize(data []byte) (FinalizeOutput, error) {
	out, err := witnessPool.abi.Unpack("finalize", data)
	outstruct := new(FinalizeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d9e10f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMember(uint256 committeeId, address account) view returns(bool found)
func (witnessPool *WitnessPool) PackIsMember(committeeId *big.Int, account common.Address) []byte {
	enc, err := witnessPool.abi.Pack("isMember", committeeId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d9e10f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMember(uint256 committeeId, address account) view returns(bool found)
func (witnessPool *WitnessPool) TryPackIsMember(committeeId *big.Int, account common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("isMember", committeeId, account)
}

// UnpackIsMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d9e10f5.
//
// Solidity: function isMember(uint256 committeeId, address account) view returns(bool found)
func (witnessPool *WitnessPool) UnpackIsMember(data []byte) (bool, error) {
	out, err := witnessPool.abi.Unpack("isMember", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (witnessPool *WitnessPool) PackMarket() []byte {
	enc, err := witnessPool.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (witnessPool *WitnessPool) TryPackMarket() ([]byte, error) {
	return witnessPool.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (witnessPool *WitnessPool) UnpackMarket(data []byte) (common.Address, error) {
	out, err := witnessPool.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMaxReportAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45e0d24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxReportAge() view returns(uint32)
func (witnessPool *WitnessPool) PackMaxReportAge() []byte {
	enc, err := witnessPool.abi.Pack("maxReportAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxReportAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45e0d24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxReportAge() view returns(uint32)
func (witnessPool *WitnessPool) TryPackMaxReportAge() ([]byte, error) {
	return witnessPool.abi.Pack("maxReportAge")
}

// UnpackMaxReportAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45e0d24.
//
// Solidity: function maxReportAge() view returns(uint32)
func (witnessPool *WitnessPool) UnpackMaxReportAge(data []byte) (uint32, error) {
	out, err := witnessPool.abi.Unpack("maxReportAge", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMinWitnessStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x242136a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minWitnessStake() view returns(uint96)
func (witnessPool *WitnessPool) PackMinWitnessStake() []byte {
	enc, err := witnessPool.abi.Pack("minWitnessStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinWitnessStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x242136a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minWitnessStake() view returns(uint96)
func (witnessPool *WitnessPool) TryPackMinWitnessStake() ([]byte, error) {
	return witnessPool.abi.Pack("minWitnessStake")
}

// UnpackMinWitnessStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x242136a4.
//
// Solidity: function minWitnessStake() view returns(uint96)
func (witnessPool *WitnessPool) UnpackMinWitnessStake(data []byte) (*big.Int, error) {
	out, err := witnessPool.abi.Unpack("minWitnessStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint96,uint96,uint16,uint32,uint32,uint32,uint32))
func (witnessPool *WitnessPool) PackParams() []byte {
	enc, err := witnessPool.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint96,uint96,uint16,uint32,uint32,uint32,uint32))
func (witnessPool *WitnessPool) TryPackParams() ([]byte, error) {
	return witnessPool.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint96,uint96,uint16,uint32,uint32,uint32,uint32))
func (witnessPool *WitnessPool) UnpackParams(data []byte) (WitnessPoolParams, error) {
	out, err := witnessPool.abi.Unpack("params", data)
	if err != nil {
		return *new(WitnessPoolParams), err
	}
	out0 := *abi.ConvertType(out[0], new(WitnessPoolParams)).(*WitnessPoolParams)
	return out0, nil
}

// PackRegisterWitness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ca02a22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerWitness(uint256 stake) returns()
func (witnessPool *WitnessPool) PackRegisterWitness(stake *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("registerWitness", stake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterWitness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ca02a22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerWitness(uint256 stake) returns()
func (witnessPool *WitnessPool) TryPackRegisterWitness(stake *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("registerWitness", stake)
}

// PackReportCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa282c568.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportCommitment(uint256 committeeId, address witness_, bool violated, uint64 reportTime, bytes32 secret) pure returns(bytes32)
func (witnessPool *WitnessPool) PackReportCommitment(committeeId *big.Int, witness common.Address, violated bool, reportTime uint64, secret [32]byte) []byte {
	enc, err := witnessPool.abi.Pack("reportCommitment", committeeId, witness, violated, reportTime, secret)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa282c568.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportCommitment(uint256 committeeId, address witness_, bool violated, uint64 reportTime, bytes32 secret) pure returns(bytes32)
func (witnessPool *WitnessPool) TryPackReportCommitment(committeeId *big.Int, witness common.Address, violated bool, reportTime uint64, secret [32]byte) ([]byte, error) {
	return witnessPool.abi.Pack("reportCommitment", committeeId, witness, violated, reportTime, secret)
}

// UnpackReportCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa282c568.
//
// Solidity: function reportCommitment(uint256 committeeId, address witness_, bool violated, uint64 reportTime, bytes32 secret) pure returns(bytes32)
func (witnessPool *WitnessPool) UnpackReportCommitment(data []byte) ([32]byte, error) {
	out, err := witnessPool.abi.Unpack("reportCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReportRevealSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c7670b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportRevealSeconds() view returns(uint32)
func (witnessPool *WitnessPool) PackReportRevealSeconds() []byte {
	enc, err := witnessPool.abi.Pack("reportRevealSeconds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportRevealSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c7670b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportRevealSeconds() view returns(uint32)
func (witnessPool *WitnessPool) TryPackReportRevealSeconds() ([]byte, error) {
	return witnessPool.abi.Pack("reportRevealSeconds")
}

// UnpackReportRevealSeconds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c7670b1.
//
// Solidity: function reportRevealSeconds() view returns(uint32)
func (witnessPool *WitnessPool) UnpackReportRevealSeconds(data []byte) (uint32, error) {
	out, err := witnessPool.abi.Unpack("reportRevealSeconds", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRequestCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86b885ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCommittee(uint256 committeeId, uint8 n, address customer, address provider, uint64 end, uint96 seatFee) returns()
func (witnessPool *WitnessPool) PackRequestCommittee(committeeId *big.Int, n uint8, customer common.Address, provider common.Address, end uint64, seatFee *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("requestCommittee", committeeId, n, customer, provider, end, seatFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86b885ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCommittee(uint256 committeeId, uint8 n, address customer, address provider, uint64 end, uint96 seatFee) returns()
func (witnessPool *WitnessPool) TryPackRequestCommittee(committeeId *big.Int, n uint8, customer common.Address, provider common.Address, end uint64, seatFee *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("requestCommittee", committeeId, n, customer, provider, end, seatFee)
}

// PackRequestWitnessExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f2a412e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWitnessExit() returns()
func (witnessPool *WitnessPool) PackRequestWitnessExit() []byte {
	enc, err := witnessPool.abi.Pack("requestWitnessExit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWitnessExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f2a412e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWitnessExit() returns()
func (witnessPool *WitnessPool) TryPackRequestWitnessExit() ([]byte, error) {
	return witnessPool.abi.Pack("requestWitnessExit")
}

// PackRevealReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8648026.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealReport(uint256 committeeId, bool violated, uint64 reportTime, bytes32 secret) returns()
func (witnessPool *WitnessPool) PackRevealReport(committeeId *big.Int, violated bool, reportTime uint64, secret [32]byte) []byte {
	enc, err := witnessPool.abi.Pack("revealReport", committeeId, violated, reportTime, secret)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8648026.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealReport(uint256 committeeId, bool violated, uint64 reportTime, bytes32 secret) returns()
func (witnessPool *WitnessPool) TryPackRevealReport(committeeId *big.Int, violated bool, reportTime uint64, secret [32]byte) ([]byte, error) {
	return witnessPool.abi.Pack("revealReport", committeeId, violated, reportTime, secret)
}

// PackSeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b67dbbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seat(uint256 committeeId, address witness_) view returns((bool,bool,bool,bool,uint64,bytes32) v)
func (witnessPool *WitnessPool) PackSeat(committeeId *big.Int, witness common.Address) []byte {
	enc, err := witnessPool.abi.Pack("seat", committeeId, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b67dbbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seat(uint256 committeeId, address witness_) view returns((bool,bool,bool,bool,uint64,bytes32) v)
func (witnessPool *WitnessPool) TryPackSeat(committeeId *big.Int, witness common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("seat", committeeId, witness)
}

// UnpackSeat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b67dbbb.
//
// Solidity: function seat(uint256 committeeId, address witness_) view returns((bool,bool,bool,bool,uint64,bytes32) v)
func (witnessPool *WitnessPool) UnpackSeat(data []byte) (WitnessPoolSeatView, error) {
	out, err := witnessPool.abi.Unpack("seat", data)
	if err != nil {
		return *new(WitnessPoolSeatView), err
	}
	out0 := *abi.ConvertType(out[0], new(WitnessPoolSeatView)).(*WitnessPoolSeatView)
	return out0, nil
}

// PackSeatLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e441cdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seatLock(uint256 seatFee) view returns(uint256)
func (witnessPool *WitnessPool) PackSeatLock(seatFee *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("seatLock", seatFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeatLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e441cdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seatLock(uint256 seatFee) view returns(uint256)
func (witnessPool *WitnessPool) TryPackSeatLock(seatFee *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("seatLock", seatFee)
}

// UnpackSeatLock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e441cdc.
//
// Solidity: function seatLock(uint256 seatFee) view returns(uint256)
func (witnessPool *WitnessPool) UnpackSeatLock(data []byte) (*big.Int, error) {
	out, err := witnessPool.abi.Unpack("seatLock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2df20d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAvailable(bool available) returns()
func (witnessPool *WitnessPool) PackSetAvailable(available bool) []byte {
	enc, err := witnessPool.abi.Pack("setAvailable", available)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2df20d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAvailable(bool available) returns()
func (witnessPool *WitnessPool) TryPackSetAvailable(available bool) ([]byte, error) {
	return witnessPool.abi.Pack("setAvailable", available)
}

// PackSetMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dcea85f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMarket(address market_) returns()
func (witnessPool *WitnessPool) PackSetMarket(market common.Address) []byte {
	enc, err := witnessPool.abi.Pack("setMarket", market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dcea85f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMarket(address market_) returns()
func (witnessPool *WitnessPool) TryPackSetMarket(market common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("setMarket", market)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (witnessPool *WitnessPool) PackToken() []byte {
	enc, err := witnessPool.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (witnessPool *WitnessPool) TryPackToken() ([]byte, error) {
	return witnessPool.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (witnessPool *WitnessPool) UnpackToken(data []byte) (common.Address, error) {
	out, err := witnessPool.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerdict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3dc1fdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verdict(uint256 committeeId) view returns(uint8 status, bool violated, uint256 returned)
func (witnessPool *WitnessPool) PackVerdict(committeeId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("verdict", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerdict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3dc1fdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verdict(uint256 committeeId) view returns(uint8 status, bool violated, uint256 returned)
func (witnessPool *WitnessPool) TryPackVerdict(committeeId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("verdict", committeeId)
}

// VerdictOutput serves as a container for the return parameters of contract
// method Verdict.
type VerdictOutput struct {
	Status   uint8
	Violated bool
	Returned *big.Int
}

// UnpackVerdict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3dc1fdf.
//
// Solidity: function verdict(uint256 committeeId) view returns(uint8 status, bool violated, uint256 returned)
func (witnessPool *WitnessPool) UnpackVerdict(data []byte) (VerdictOutput, error) {
	out, err := witnessPool.abi.Unpack("verdict", data)
	outstruct := new(VerdictOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Violated = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Returned = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdrawWitnessStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7b11871.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawWitnessStake(uint256 amount) returns()
func (witnessPool *WitnessPool) PackWithdrawWitnessStake(amount *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("withdrawWitnessStake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawWitnessStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7b11871.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawWitnessStake(uint256 amount) returns()
func (witnessPool *WitnessPool) TryPackWithdrawWitnessStake(amount *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("withdrawWitnessStake", amount)
}

// PackWitness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46210f5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function witness(address account) view returns((uint256,uint256,uint64,uint32,uint32,bool,bool,bool,uint64) v)
func (witnessPool *WitnessPool) PackWitness(account common.Address) []byte {
	enc, err := witnessPool.abi.Pack("witness", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWitness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46210f5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function witness(address account) view returns((uint256,uint256,uint64,uint32,uint32,bool,bool,bool,uint64) v)
func (witnessPool *WitnessPool) TryPackWitness(account common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("witness", account)
}

// UnpackWitness is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46210f5b.
//
// Solidity: function witness(address account) view returns((uint256,uint256,uint64,uint32,uint32,bool,bool,bool,uint64) v)
func (witnessPool *WitnessPool) UnpackWitness(data []byte) (WitnessPoolWitnessView, error) {
	out, err := witnessPool.abi.Unpack("witness", data)
	if err != nil {
		return *new(WitnessPoolWitnessView), err
	}
	out0 := *abi.ConvertType(out[0], new(WitnessPoolWitnessView)).(*WitnessPoolWitnessView)
	return out0, nil
}

// PackWitnessAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e41719e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function witnessAt(uint256 index) view returns(address)
func (witnessPool *WitnessPool) PackWitnessAt(index *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("witnessAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWitnessAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e41719e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function witnessAt(uint256 index) view returns(address)
func (witnessPool *WitnessPool) TryPackWitnessAt(index *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("witnessAt", index)
}

// UnpackWitnessAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e41719e.
//
// Solidity: function witnessAt(uint256 index) view returns(address)
func (witnessPool *WitnessPool) UnpackWitnessAt(data []byte) (common.Address, error) {
	out, err := witnessPool.abi.Unpack("witnessAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWitnessBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7675c3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function witnessBond() view returns(uint96)
func (witnessPool *WitnessPool) PackWitnessBond() []byte {
	enc, err := witnessPool.abi.Pack("witnessBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWitnessBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7675c3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function witnessBond() view returns(uint96)
func (witnessPool *WitnessPool) TryPackWitnessBond() ([]byte, error) {
	return witnessPool.abi.Pack("witnessBond")
}

// UnpackWitnessBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7675c3b.
//
// Solidity: function witnessBond() view returns(uint96)
func (witnessPool *WitnessPool) UnpackWitnessBond(data []byte) (*big.Int, error) {
	out, err := witnessPool.abi.Unpack("witnessBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWitnessExitCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36091f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function witnessExitCooldown() view returns(uint32)
func (witnessPool *WitnessPool) PackWitnessExitCooldown() []byte {
	enc, err := witnessPool.abi.Pack("witnessExitCooldown")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWitnessExitCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36091f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function witnessExitCooldown() view returns(uint32)
func (witnessPool *WitnessPool) TryPackWitnessExitCooldown() ([]byte, error) {
	return witnessPool.abi.Pack("witnessExitCooldown")
}

// UnpackWitnessExitCooldown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc36091f1.
//
// Solidity: function witnessExitCooldown() view returns(uint32)
func (witnessPool *WitnessPool) UnpackWitnessExitCooldown(data []byte) (uint32, error) {
	out, err := witnessPool.abi.Unpack("witnessExitCooldown", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackWitnessIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa83846.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function witnessIds() view returns(uint32)
func (witnessPool *WitnessPool) PackWitnessIds() []byte {
	enc, err := witnessPool.abi.Pack("witnessIds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWitnessIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa83846.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function witnessIds() view returns(uint32)
func (witnessPool *WitnessPool) TryPackWitnessIds() ([]byte, error) {
	return witnessPool.abi.Pack("witnessIds")
}

// UnpackWitnessIds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa83846.
//
// Solidity: function witnessIds() view returns(uint32)
func (witnessPool *WitnessPool) UnpackWitnessIds(data []byte) (uint32, error) {
	out, err := witnessPool.abi.Unpack("witnessIds", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackWitnessListLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7da31b15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function witnessListLength() view returns(uint256)
func (witnessPool *WitnessPool) PackWitnessListLength() []byte {
	enc, err := witnessPool.abi.Pack("witnessListLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWitnessListLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7da31b15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function witnessListLength() view returns(uint256)
func (witnessPool *WitnessPool) TryPackWitnessListLength() ([]byte, error) {
	return witnessPool.abi.Pack("witnessListLength")
}

// UnpackWitnessListLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7da31b15.
//
// Solidity: function witnessListLength() view returns(uint256)
func (witnessPool *WitnessPool) UnpackWitnessListLength(data []byte) (*big.Int, error) {
	out, err := witnessPool.abi.Unpack("witnessListLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// WitnessPoolCommitteeDrawn represents a CommitteeDrawn event raised by the WitnessPool contract.
type WitnessPoolCommitteeDrawn struct {
	CommitteeId *big.Int
	Members     []common.Address
	Threshold   uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const WitnessPoolCommitteeDrawnEventName = "CommitteeDrawn"

// ContractEventName returns the user-defined event name.
func (WitnessPoolCommitteeDrawn) ContractEventName() string {
	return WitnessPoolCommitteeDrawnEventName
}

// UnpackCommitteeDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeDrawn(uint256 indexed committeeId, address[] members, uint8 threshold)
func (witnessPool *WitnessPool) UnpackCommitteeDrawnEvent(log *types.Log) (*WitnessPoolCommitteeDrawn, error) {
	event := "CommitteeDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolCommitteeDrawn)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolCommitteePartlyDrawn represents a CommitteePartlyDrawn event raised by the WitnessPool contract.
type WitnessPoolCommitteePartlyDrawn struct {
	CommitteeId *big.Int
	Members     uint8
	Tried       uint32
	Raw         *types.Log // Blockchain specific contextual infos
}

const WitnessPoolCommitteePartlyDrawnEventName = "CommitteePartlyDrawn"

// ContractEventName returns the user-defined event name.
func (WitnessPoolCommitteePartlyDrawn) ContractEventName() string {
	return WitnessPoolCommitteePartlyDrawnEventName
}

// UnpackCommitteePartlyDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteePartlyDrawn(uint256 indexed committeeId, uint8 members, uint32 tried)
func (witnessPool *WitnessPool) UnpackCommitteePartlyDrawnEvent(log *types.Log) (*WitnessPoolCommitteePartlyDrawn, error) {
	event := "CommitteePartlyDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolCommitteePartlyDrawn)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolCommitteeRequested represents a CommitteeRequested event raised by the WitnessPool contract.
type WitnessPoolCommitteeRequested struct {
	CommitteeId  *big.Int
	RequestBlock uint64
	N            uint8
	Raw          *types.Log // Blockchain specific contextual infos
}

const WitnessPoolCommitteeRequestedEventName = "CommitteeRequested"

// ContractEventName returns the user-defined event name.
func (WitnessPoolCommitteeRequested) ContractEventName() string {
	return WitnessPoolCommitteeRequestedEventName
}

// UnpackCommitteeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeRequested(uint256 indexed committeeId, uint64 requestBlock, uint8 n)
func (witnessPool *WitnessPool) UnpackCommitteeRequestedEvent(log *types.Log) (*WitnessPoolCommitteeRequested, error) {
	event := "CommitteeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolCommitteeRequested)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolCommitteeUnwitnessed represents a CommitteeUnwitnessed event raised by the WitnessPool contract.
type WitnessPoolCommitteeUnwitnessed struct {
	CommitteeId *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const WitnessPoolCommitteeUnwitnessedEventName = "CommitteeUnwitnessed"

// ContractEventName returns the user-defined event name.
func (WitnessPoolCommitteeUnwitnessed) ContractEventName() string {
	return WitnessPoolCommitteeUnwitnessedEventName
}

// UnpackCommitteeUnwitnessedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeUnwitnessed(uint256 indexed committeeId)
func (witnessPool *WitnessPool) UnpackCommitteeUnwitnessedEvent(log *types.Log) (*WitnessPoolCommitteeUnwitnessed, error) {
	event := "CommitteeUnwitnessed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolCommitteeUnwitnessed)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolMarketSet represents a MarketSet event raised by the WitnessPool contract.
type WitnessPoolMarketSet struct {
	Market common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const WitnessPoolMarketSetEventName = "MarketSet"

// ContractEventName returns the user-defined event name.
func (WitnessPoolMarketSet) ContractEventName() string {
	return WitnessPoolMarketSetEventName
}

// UnpackMarketSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketSet(address indexed market)
func (witnessPool *WitnessPool) UnpackMarketSetEvent(log *types.Log) (*WitnessPoolMarketSet, error) {
	event := "MarketSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolMarketSet)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolReportCommitted represents a ReportCommitted event raised by the WitnessPool contract.
type WitnessPoolReportCommitted struct {
	CommitteeId *big.Int
	Witness     common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const WitnessPoolReportCommittedEventName = "ReportCommitted"

// ContractEventName returns the user-defined event name.
func (WitnessPoolReportCommitted) ContractEventName() string {
	return WitnessPoolReportCommittedEventName
}

// UnpackReportCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportCommitted(uint256 indexed committeeId, address indexed witness)
func (witnessPool *WitnessPool) UnpackReportCommittedEvent(log *types.Log) (*WitnessPoolReportCommitted, error) {
	event := "ReportCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolReportCommitted)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolReportRevealed represents a ReportRevealed event raised by the WitnessPool contract.
type WitnessPoolReportRevealed struct {
	CommitteeId *big.Int
	Witness     common.Address
	Violated    bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const WitnessPoolReportRevealedEventName = "ReportRevealed"

// ContractEventName returns the user-defined event name.
func (WitnessPoolReportRevealed) ContractEventName() string {
	return WitnessPoolReportRevealedEventName
}

// UnpackReportRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportRevealed(uint256 indexed committeeId, address indexed witness, bool violated)
func (witnessPool *WitnessPool) UnpackReportRevealedEvent(log *types.Log) (*WitnessPoolReportRevealed, error) {
	event := "ReportRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolReportRevealed)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolVerdictReached represents a VerdictReached event raised by the WitnessPool contract.
type WitnessPoolVerdictReached struct {
	CommitteeId      *big.Int
	Violated         bool
	ViolationReports uint8
	Revealed         uint8
	Raw              *types.Log // Blockchain specific contextual infos
}

const WitnessPoolVerdictReachedEventName = "VerdictReached"

// ContractEventName returns the user-defined event name.
func (WitnessPoolVerdictReached) ContractEventName() string {
	return WitnessPoolVerdictReachedEventName
}

// UnpackVerdictReachedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerdictReached(uint256 indexed committeeId, bool violated, uint8 violationReports, uint8 revealed)
func (witnessPool *WitnessPool) UnpackVerdictReachedEvent(log *types.Log) (*WitnessPoolVerdictReached, error) {
	event := "VerdictReached"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolVerdictReached)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolWitnessAvailability represents a WitnessAvailability event raised by the WitnessPool contract.
type WitnessPoolWitnessAvailability struct {
	Witness   common.Address
	Available bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const WitnessPoolWitnessAvailabilityEventName = "WitnessAvailability"

// ContractEventName returns the user-defined event name.
func (WitnessPoolWitnessAvailability) ContractEventName() string {
	return WitnessPoolWitnessAvailabilityEventName
}

// UnpackWitnessAvailabilityEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WitnessAvailability(address indexed witness, bool available)
func (witnessPool *WitnessPool) UnpackWitnessAvailabilityEvent(log *types.Log) (*WitnessPoolWitnessAvailability, error) {
	event := "WitnessAvailability"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolWitnessAvailability)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolWitnessExitRequested represents a WitnessExitRequested event raised by the WitnessPool contract.
type WitnessPoolWitnessExitRequested struct {
	Witness        common.Address
	WithdrawableAt uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const WitnessPoolWitnessExitRequestedEventName = "WitnessExitRequested"

// ContractEventName returns the user-defined event name.
func (WitnessPoolWitnessExitRequested) ContractEventName() string {
	return WitnessPoolWitnessExitRequestedEventName
}

// UnpackWitnessExitRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WitnessExitRequested(address indexed witness, uint64 withdrawableAt)
func (witnessPool *WitnessPool) UnpackWitnessExitRequestedEvent(log *types.Log) (*WitnessPoolWitnessExitRequested, error) {
	event := "WitnessExitRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolWitnessExitRequested)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolWitnessPaid represents a WitnessPaid event raised by the WitnessPool contract.
type WitnessPoolWitnessPaid struct {
	CommitteeId *big.Int
	Witness     common.Address
	Payoff      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const WitnessPoolWitnessPaidEventName = "WitnessPaid"

// ContractEventName returns the user-defined event name.
func (WitnessPoolWitnessPaid) ContractEventName() string {
	return WitnessPoolWitnessPaidEventName
}

// UnpackWitnessPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WitnessPaid(uint256 indexed committeeId, address indexed witness, int256 payoff)
func (witnessPool *WitnessPool) UnpackWitnessPaidEvent(log *types.Log) (*WitnessPoolWitnessPaid, error) {
	event := "WitnessPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolWitnessPaid)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolWitnessRegistered represents a WitnessRegistered event raised by the WitnessPool contract.
type WitnessPoolWitnessRegistered struct {
	Witness common.Address
	Stake   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WitnessPoolWitnessRegisteredEventName = "WitnessRegistered"

// ContractEventName returns the user-defined event name.
func (WitnessPoolWitnessRegistered) ContractEventName() string {
	return WitnessPoolWitnessRegisteredEventName
}

// UnpackWitnessRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WitnessRegistered(address indexed witness, uint256 stake)
func (witnessPool *WitnessPool) UnpackWitnessRegisteredEvent(log *types.Log) (*WitnessPoolWitnessRegistered, error) {
	event := "WitnessRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolWitnessRegistered)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolWitnessStakeAdded represents a WitnessStakeAdded event raised by the WitnessPool contract.
type WitnessPoolWitnessStakeAdded struct {
	Witness common.Address
	Amount  *big.Int
	Stake   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WitnessPoolWitnessStakeAddedEventName = "WitnessStakeAdded"

// ContractEventName returns the user-defined event name.
func (WitnessPoolWitnessStakeAdded) ContractEventName() string {
	return WitnessPoolWitnessStakeAddedEventName
}

// UnpackWitnessStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WitnessStakeAdded(address indexed witness, uint256 amount, uint256 stake)
func (witnessPool *WitnessPool) UnpackWitnessStakeAddedEvent(log *types.Log) (*WitnessPoolWitnessStakeAdded, error) {
	event := "WitnessStakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolWitnessStakeAdded)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WitnessPoolWitnessWithdrawn represents a WitnessWithdrawn event raised by the WitnessPool contract.
type WitnessPoolWitnessWithdrawn struct {
	Witness   common.Address
	Amount    *big.Int
	StakeLeft *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const WitnessPoolWitnessWithdrawnEventName = "WitnessWithdrawn"

// ContractEventName returns the user-defined event name.
func (WitnessPoolWitnessWithdrawn) ContractEventName() string {
	return WitnessPoolWitnessWithdrawnEventName
}

// UnpackWitnessWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WitnessWithdrawn(address indexed witness, uint256 amount, uint256 stakeLeft)
func (witnessPool *WitnessPool) UnpackWitnessWithdrawnEvent(log *types.Log) (*WitnessPoolWitnessWithdrawn, error) {
	event := "WitnessWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolWitnessWithdrawn)
	if len(log.Data) > 0 {
		if err := witnessPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range witnessPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (witnessPool *WitnessPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return witnessPool.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return witnessPool.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return witnessPool.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["CommitteeExists"].ID.Bytes()[:4]) {
		return witnessPool.UnpackCommitteeExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["CommitteeSizeOutOfRange"].ID.Bytes()[:4]) {
		return witnessPool.UnpackCommitteeSizeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["CooldownNotOver"].ID.Bytes()[:4]) {
		return witnessPool.UnpackCooldownNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return witnessPool.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return witnessPool.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["DrawNotDue"].ID.Bytes()[:4]) {
		return witnessPool.UnpackDrawNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return witnessPool.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["MarketAlreadySet"].ID.Bytes()[:4]) {
		return witnessPool.UnpackMarketAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["MarketNotSet"].ID.Bytes()[:4]) {
		return witnessPool.UnpackMarketNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return witnessPool.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return witnessPool.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["NotMarket"].ID.Bytes()[:4]) {
		return witnessPool.UnpackNotMarketError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["NotMember"].ID.Bytes()[:4]) {
		return witnessPool.UnpackNotMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["NotWitness"].ID.Bytes()[:4]) {
		return witnessPool.UnpackNotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["PoolFull"].ID.Bytes()[:4]) {
		return witnessPool.UnpackPoolFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["ReportTimeOutOfRange"].ID.Bytes()[:4]) {
		return witnessPool.UnpackReportTimeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["RevealNotOpen"].ID.Bytes()[:4]) {
		return witnessPool.UnpackRevealNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return witnessPool.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return witnessPool.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["StakeBelowMinimum"].ID.Bytes()[:4]) {
		return witnessPool.UnpackStakeBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return witnessPool.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["WithdrawalTooLarge"].ID.Bytes()[:4]) {
		return witnessPool.UnpackWithdrawalTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["WitnessExiting"].ID.Bytes()[:4]) {
		return witnessPool.UnpackWitnessExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["WrongCommitteeState"].ID.Bytes()[:4]) {
		return witnessPool.UnpackWrongCommitteeStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return witnessPool.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WitnessPoolAlreadyRegistered represents a AlreadyRegistered error raised by the WitnessPool contract.
type WitnessPoolAlreadyRegistered struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address account)
func WitnessPoolAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address account)
func (witnessPool *WitnessPool) UnpackAlreadyRegisteredError(raw []byte) (*WitnessPoolAlreadyRegistered, error) {
	out := new(WitnessPoolAlreadyRegistered)
	if err := witnessPool.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolAlreadyRevealed represents a AlreadyRevealed error raised by the WitnessPool contract.
type WitnessPoolAlreadyRevealed struct {
	CommitteeId *big.Int
	Witness     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 committeeId, address witness)
func WitnessPoolAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 committeeId, address witness)
func (witnessPool *WitnessPool) UnpackAlreadyRevealedError(raw []byte) (*WitnessPoolAlreadyRevealed, error) {
	out := new(WitnessPoolAlreadyRevealed)
	if err := witnessPool.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolCommitmentMismatch represents a CommitmentMismatch error raised by the WitnessPool contract.
type WitnessPoolCommitmentMismatch struct {
	CommitteeId *big.Int
	Witness     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 committeeId, address witness)
func WitnessPoolCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 committeeId, address witness)
func (witnessPool *WitnessPool) UnpackCommitmentMismatchError(raw []byte) (*WitnessPoolCommitmentMismatch, error) {
	out := new(WitnessPoolCommitmentMismatch)
	if err := witnessPool.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolCommitteeExists represents a CommitteeExists error raised by the WitnessPool contract.
type WitnessPoolCommitteeExists struct {
	CommitteeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeExists(uint256 committeeId)
func WitnessPoolCommitteeExistsErrorID() common.Hash {
	return common.HexToHash("0x188295a456d0f34a125251f70dcf84371cbb7b6d80fa2b1fbf09461d76a73729")
}

// UnpackCommitteeExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeExists(uint256 committeeId)
func (witnessPool *WitnessPool) UnpackCommitteeExistsError(raw []byte) (*WitnessPoolCommitteeExists, error) {
	out := new(WitnessPoolCommitteeExists)
	if err := witnessPool.abi.UnpackIntoInterface(out, "CommitteeExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolCommitteeSizeOutOfRange represents a CommitteeSizeOutOfRange error raised by the WitnessPool contract.
type WitnessPoolCommitteeSizeOutOfRange struct {
	N   uint8
	Min uint8
	Max uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeSizeOutOfRange(uint8 n, uint8 min, uint8 max)
func WitnessPoolCommitteeSizeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x236cccafd62cfbf397e5367346ebba217e18f6903d717151267f2c2014f20313")
}

// UnpackCommitteeSizeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeSizeOutOfRange(uint8 n, uint8 min, uint8 max)
func (witnessPool *WitnessPool) UnpackCommitteeSizeOutOfRangeError(raw []byte) (*WitnessPoolCommitteeSizeOutOfRange, error) {
	out := new(WitnessPoolCommitteeSizeOutOfRange)
	if err := witnessPool.abi.UnpackIntoInterface(out, "CommitteeSizeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolCooldownNotOver represents a CooldownNotOver error raised by the WitnessPool contract.
type WitnessPoolCooldownNotOver struct {
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CooldownNotOver(uint64 until)
func WitnessPoolCooldownNotOverErrorID() common.Hash {
	return common.HexToHash("0x1ac889b7d6d578892d11c4abb9fa8f6a7c65bc986cbc5065a90ddf88fefe4648")
}

// UnpackCooldownNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CooldownNotOver(uint64 until)
func (witnessPool *WitnessPool) UnpackCooldownNotOverError(raw []byte) (*WitnessPoolCooldownNotOver, error) {
	out := new(WitnessPoolCooldownNotOver)
	if err := witnessPool.abi.UnpackIntoInterface(out, "CooldownNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolDeadlineNotReached represents a DeadlineNotReached error raised by the WitnessPool contract.
type WitnessPoolDeadlineNotReached struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(uint64 deadline)
func WitnessPoolDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xbd5145db3e26b65e37d7691b2b64b2ef714256dc0192fbc245167645d0ab1200")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(uint64 deadline)
func (witnessPool *WitnessPool) UnpackDeadlineNotReachedError(raw []byte) (*WitnessPoolDeadlineNotReached, error) {
	out := new(WitnessPoolDeadlineNotReached)
	if err := witnessPool.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolDeadlinePassed represents a DeadlinePassed error raised by the WitnessPool contract.
type WitnessPoolDeadlinePassed struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func WitnessPoolDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6768091307d5da213ba3ac1392311a935d1607f1020232ee01d118de33b68661")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func (witnessPool *WitnessPool) UnpackDeadlinePassedError(raw []byte) (*WitnessPoolDeadlinePassed, error) {
	out := new(WitnessPoolDeadlinePassed)
	if err := witnessPool.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolDrawNotDue represents a DrawNotDue error raised by the WitnessPool contract.
type WitnessPoolDrawNotDue struct {
	BlockNumber   uint64
	DueAfterBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DrawNotDue(uint64 blockNumber, uint64 dueAfterBlock)
func WitnessPoolDrawNotDueErrorID() common.Hash {
	return common.HexToHash("0x697882a00b3d831017f1a9bdb602b5f25b04092e3ab2cf317c28d64c2f2ffe1f")
}

// UnpackDrawNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DrawNotDue(uint64 blockNumber, uint64 dueAfterBlock)
func (witnessPool *WitnessPool) UnpackDrawNotDueError(raw []byte) (*WitnessPoolDrawNotDue, error) {
	out := new(WitnessPoolDrawNotDue)
	if err := witnessPool.abi.UnpackIntoInterface(out, "DrawNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolInvalidParameter represents a InvalidParameter error raised by the WitnessPool contract.
type WitnessPoolInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func WitnessPoolInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (witnessPool *WitnessPool) UnpackInvalidParameterError(raw []byte) (*WitnessPoolInvalidParameter, error) {
	out := new(WitnessPoolInvalidParameter)
	if err := witnessPool.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolMarketAlreadySet represents a MarketAlreadySet error raised by the WitnessPool contract.
type WitnessPoolMarketAlreadySet struct {
	Market common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketAlreadySet(address market)
func WitnessPoolMarketAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x599ad35b0c1b13a1f0c131c6bd304efa5ade8b5da397759b889340b0cf92de58")
}

// UnpackMarketAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketAlreadySet(address market)
func (witnessPool *WitnessPool) UnpackMarketAlreadySetError(raw []byte) (*WitnessPoolMarketAlreadySet, error) {
	out := new(WitnessPoolMarketAlreadySet)
	if err := witnessPool.abi.UnpackIntoInterface(out, "MarketAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolMarketNotSet represents a MarketNotSet error raised by the WitnessPool contract.
type WitnessPoolMarketNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketNotSet()
func WitnessPoolMarketNotSetErrorID() common.Hash {
	return common.HexToHash("0x4aec5ac701f9736e15b6068a4c014aa4650221208a565968ac8b17f82b0185f0")
}

// UnpackMarketNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketNotSet()
func (witnessPool *WitnessPool) UnpackMarketNotSetError(raw []byte) (*WitnessPoolMarketNotSet, error) {
	out := new(WitnessPoolMarketNotSet)
	if err := witnessPool.abi.UnpackIntoInterface(out, "MarketNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolNoCommitment represents a NoCommitment error raised by the WitnessPool contract.
type WitnessPoolNoCommitment struct {
	CommitteeId *big.Int
	Witness     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 committeeId, address witness)
func WitnessPoolNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 committeeId, address witness)
func (witnessPool *WitnessPool) UnpackNoCommitmentError(raw []byte) (*WitnessPoolNoCommitment, error) {
	out := new(WitnessPoolNoCommitment)
	if err := witnessPool.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolNotDeployer represents a NotDeployer error raised by the WitnessPool contract.
type WitnessPoolNotDeployer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer(address caller)
func WitnessPoolNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x0c8cc036c9c98ca91a606f42bb4fd73acf8431b681f0e19ddaaaf88693e5c4a5")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer(address caller)
func (witnessPool *WitnessPool) UnpackNotDeployerError(raw []byte) (*WitnessPoolNotDeployer, error) {
	out := new(WitnessPoolNotDeployer)
	if err := witnessPool.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolNotMarket represents a NotMarket error raised by the WitnessPool contract.
type WitnessPoolNotMarket struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMarket(address caller)
func WitnessPoolNotMarketErrorID() common.Hash {
	return common.HexToHash("0xbfae38b33907467ea3651d4564b66c7df27bbd52b3924e47aa461b118ab3c8a3")
}

// UnpackNotMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMarket(address caller)
func (witnessPool *WitnessPool) UnpackNotMarketError(raw []byte) (*WitnessPoolNotMarket, error) {
	out := new(WitnessPoolNotMarket)
	if err := witnessPool.abi.UnpackIntoInterface(out, "NotMarket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolNotMember represents a NotMember error raised by the WitnessPool contract.
type WitnessPoolNotMember struct {
	CommitteeId *big.Int
	Account     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMember(uint256 committeeId, address account)
func WitnessPoolNotMemberErrorID() common.Hash {
	return common.HexToHash("0x019b63f887cbbddb809ecf6bc5204ba861e948b8b7ca1690ce89252b269e30ea")
}

// UnpackNotMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMember(uint256 committeeId, address account)
func (witnessPool *WitnessPool) UnpackNotMemberError(raw []byte) (*WitnessPoolNotMember, error) {
	out := new(WitnessPoolNotMember)
	if err := witnessPool.abi.UnpackIntoInterface(out, "NotMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolNotWitness represents a NotWitness error raised by the WitnessPool contract.
type WitnessPoolNotWitness struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWitness(address account)
func WitnessPoolNotWitnessErrorID() common.Hash {
	return common.HexToHash("0xeffceea4cf778ecf98c35d5e4843327b83d415b26d893f34f7acac91fee996a5")
}

// UnpackNotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWitness(address account)
func (witnessPool *WitnessPool) UnpackNotWitnessError(raw []byte) (*WitnessPoolNotWitness, error) {
	out := new(WitnessPoolNotWitness)
	if err := witnessPool.abi.UnpackIntoInterface(out, "NotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolPoolFull represents a PoolFull error raised by the WitnessPool contract.
type WitnessPoolPoolFull struct {
	Witnesses *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolFull(uint256 witnesses)
func WitnessPoolPoolFullErrorID() common.Hash {
	return common.HexToHash("0xf740adbdde0d63d37ab8cc1ea554c76b865342336c12460447164a5b8ce1a624")
}

// UnpackPoolFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolFull(uint256 witnesses)
func (witnessPool *WitnessPool) UnpackPoolFullError(raw []byte) (*WitnessPoolPoolFull, error) {
	out := new(WitnessPoolPoolFull)
	if err := witnessPool.abi.UnpackIntoInterface(out, "PoolFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolReportTimeOutOfRange represents a ReportTimeOutOfRange error raised by the WitnessPool contract.
type WitnessPoolReportTimeOutOfRange struct {
	ReportTime uint64
	CommitTime uint64
	MaxAge     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportTimeOutOfRange(uint64 reportTime, uint64 commitTime, uint64 maxAge)
func WitnessPoolReportTimeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x5e4f80bd84fe948eb6429a6af52699b69f2f4b5c6fb427987d9c77799f79aa31")
}

// UnpackReportTimeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportTimeOutOfRange(uint64 reportTime, uint64 commitTime, uint64 maxAge)
func (witnessPool *WitnessPool) UnpackReportTimeOutOfRangeError(raw []byte) (*WitnessPoolReportTimeOutOfRange, error) {
	out := new(WitnessPoolReportTimeOutOfRange)
	if err := witnessPool.abi.UnpackIntoInterface(out, "ReportTimeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolRevealNotOpen represents a RevealNotOpen error raised by the WitnessPool contract.
type WitnessPoolRevealNotOpen struct {
	OpensAfter uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealNotOpen(uint64 opensAfter)
func WitnessPoolRevealNotOpenErrorID() common.Hash {
	return common.HexToHash("0x25f4b0b6823e390f1fcd74e0e6dffe8130b041c301119bdc6b711634c2c99940")
}

// UnpackRevealNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealNotOpen(uint64 opensAfter)
func (witnessPool *WitnessPool) UnpackRevealNotOpenError(raw []byte) (*WitnessPoolRevealNotOpen, error) {
	out := new(WitnessPoolRevealNotOpen)
	if err := witnessPool.abi.UnpackIntoInterface(out, "RevealNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the WitnessPool contract.
type WitnessPoolSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func WitnessPoolSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (witnessPool *WitnessPool) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*WitnessPoolSafeCastOverflowedUintDowncast, error) {
	out := new(WitnessPoolSafeCastOverflowedUintDowncast)
	if err := witnessPool.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the WitnessPool contract.
type WitnessPoolSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func WitnessPoolSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (witnessPool *WitnessPool) UnpackSafeERC20FailedOperationError(raw []byte) (*WitnessPoolSafeERC20FailedOperation, error) {
	out := new(WitnessPoolSafeERC20FailedOperation)
	if err := witnessPool.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolStakeBelowMinimum represents a StakeBelowMinimum error raised by the WitnessPool contract.
type WitnessPoolStakeBelowMinimum struct {
	Stake   *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func WitnessPoolStakeBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x78e030db6dab79f2b1f675555d46c1e1b9504d86f8ec1f9c65f3cd21b236deed")
}

// UnpackStakeBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func (witnessPool *WitnessPool) UnpackStakeBelowMinimumError(raw []byte) (*WitnessPoolStakeBelowMinimum, error) {
	out := new(WitnessPoolStakeBelowMinimum)
	if err := witnessPool.abi.UnpackIntoInterface(out, "StakeBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolStakeLocked represents a StakeLocked error raised by the WitnessPool contract.
type WitnessPoolStakeLocked struct {
	Locked *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint256 locked)
func WitnessPoolStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x387def3a824bd789dedc342daf3638728f87786864dc057d7e201129ef5c58e9")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint256 locked)
func (witnessPool *WitnessPool) UnpackStakeLockedError(raw []byte) (*WitnessPoolStakeLocked, error) {
	out := new(WitnessPoolStakeLocked)
	if err := witnessPool.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolWithdrawalTooLarge represents a WithdrawalTooLarge error raised by the WitnessPool contract.
type WitnessPoolWithdrawalTooLarge struct {
	Amount       *big.Int
	Withdrawable *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalTooLarge(uint256 amount, uint256 withdrawable)
func WitnessPoolWithdrawalTooLargeErrorID() common.Hash {
	return common.HexToHash("0x5747cb31ab082ae8dfbbb520ffc4649c3f103d2d2e9133915af26b70fcd5d4ff")
}

// UnpackWithdrawalTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalTooLarge(uint256 amount, uint256 withdrawable)
func (witnessPool *WitnessPool) UnpackWithdrawalTooLargeError(raw []byte) (*WitnessPoolWithdrawalTooLarge, error) {
	out := new(WitnessPoolWithdrawalTooLarge)
	if err := witnessPool.abi.UnpackIntoInterface(out, "WithdrawalTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolWitnessExiting represents a WitnessExiting error raised by the WitnessPool contract.
type WitnessPoolWitnessExiting struct {
	Witness common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessExiting(address witness)
func WitnessPoolWitnessExitingErrorID() common.Hash {
	return common.HexToHash("0x9717c4423b2a24b504c53adb7b801cf8f476e66a7f4273f3cc38ab7c6a82b487")
}

// UnpackWitnessExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessExiting(address witness)
func (witnessPool *WitnessPool) UnpackWitnessExitingError(raw []byte) (*WitnessPoolWitnessExiting, error) {
	out := new(WitnessPoolWitnessExiting)
	if err := witnessPool.abi.UnpackIntoInterface(out, "WitnessExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolWrongCommitteeState represents a WrongCommitteeState error raised by the WitnessPool contract.
type WitnessPoolWrongCommitteeState struct {
	CommitteeId *big.Int
	Status      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongCommitteeState(uint256 committeeId, uint8 status)
func WitnessPoolWrongCommitteeStateErrorID() common.Hash {
	return common.HexToHash("0xbc3b814f1e963a43665b148b4fc7c774f531d16debce89865021fe0a1f02c554")
}

// UnpackWrongCommitteeStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongCommitteeState(uint256 committeeId, uint8 status)
func (witnessPool *WitnessPool) UnpackWrongCommitteeStateError(raw []byte) (*WitnessPoolWrongCommitteeState, error) {
	out := new(WitnessPoolWrongCommitteeState)
	if err := witnessPool.abi.UnpackIntoInterface(out, "WrongCommitteeState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolZeroAmount represents a ZeroAmount error raised by the WitnessPool contract.
type WitnessPoolZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func WitnessPoolZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (witnessPool *WitnessPool) UnpackZeroAmountError(raw []byte) (*WitnessPoolZeroAmount, error) {
	out := new(WitnessPoolZeroAmount)
	if err := witnessPool.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
