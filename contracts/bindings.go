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
	Customer     common.Address
	Provider     common.Address
	UnitPrice    *big.Int
	Fee          *big.Int
	Collateral   *big.Int
	ServiceStart uint64
	ServiceEnd   uint64
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
	Deadline      *big.Int
	State         uint8
	Flags         uint8
	WitnessCount  uint8
	MaxUnitPrice  *big.Int
	BiddingEnd    *big.Int
	RevealEnd     *big.Int
	LevelId       uint32
	Commits       uint8
	BestSeq       uint8
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
}

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	BillingPeriod     uint32
	MinBiddingSeconds uint32
	MaxBiddingSeconds uint32
	MaxRevealSeconds  uint32
	ConfirmTimeout    uint32
	AcceptTimeout     uint32
	DeployTimeout     uint32
	CollateralBps     uint16
	MinProviderStake  *big.Int
	ExitCooldown      uint32
	MaxBidsPerOrder   uint8
	BidBond           *big.Int
	MaxWitnesses      uint8
}

// MarketProvider is an auto generated low-level Go binding around an user-defined struct.
type MarketProvider struct {
	Stake      *big.Int
	Locked     *big.Int
	ExitAt     uint32
	Registered bool
}

// MarketSealedBid is an auto generated low-level Go binding around an user-defined struct.
type MarketSealedBid struct {
	Commitment [28]byte
	Seq        uint8
	Status     uint8
}

// WitnessPoolCommitteeView is an auto generated low-level Go binding around an user-defined struct.
type WitnessPoolCommitteeView struct {
	Status           uint8
	N                uint8
	Threshold        uint8
	RequestBlock     uint64
	ServiceEnd       uint64
	CommitEnd        uint64
	RevealEnd        uint64
	Violated         bool
	ViolationReports uint8
	Revealed         uint8
	Customer         common.Address
	Provider         common.Address
	Members          []common.Address
}

// WitnessPoolParams is an auto generated low-level Go binding around an user-defined struct.
type WitnessPoolParams struct {
	MinWitnessStake *big.Int
	WitnessBond     *big.Int
	BlockNeed       uint16
	CommitGrace     uint32
	RevealSeconds   uint32
	MaxReportAge    uint32
	RewardUnit      *big.Int
	ExitCooldown    uint32
	MaxWitnesses    uint8
}

// WitnessPoolSeat is an auto generated low-level Go binding around an user-defined struct.
type WitnessPoolSeat struct {
	Commitment [20]byte
	CommitTime uint32
	Flags      uint8
	Next       uint32
}

// WitnessPoolWitness is an auto generated low-level Go binding around an user-defined struct.
type WitnessPoolWitness struct {
	Stake  *big.Int
	Locked *big.Int
	Id     uint32
	Slot   *big.Int
	Flags  uint8
}

// FaaSTokenMetaData contains all meta data concerning the FaaSToken contract.
var FaaSTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialHolder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burnFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "535e01a0a52f671e4ca7b7ea38a4ca7096",
	Bin: "0x610160604052348015610010575f5ffd5b50604051611be6380380611be683398101604081905261002f9161040c565b6040518060400160405280600a8152602001692330b0a9902a37b5b2b760b11b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600a8152602001692330b0a9902a37b5b2b760b11b815250604051806040016040528060038152602001621194d560ea1b81525081600390816100bb91906104dd565b5060046100c882826104dd565b5050506100da826101a060201b60201c565b610120526100e7816101a0565b61014052815160208084019190912060e052815190820120610100524660a05261017360e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506101875f846101e6565b508015610198576101988282610293565b50505061060e565b5f5f829050601f815111156101d3578260405163305a27a960e01b81526004016101ca9190610597565b60405180910390fd5b80516101de826105cc565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff1661028a575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102423390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161028d565b505f5b92915050565b6001600160a01b0382166102bc5760405163ec442f0560e01b81525f60048201526024016101ca565b6102c75f83836102cb565b5050565b6001600160a01b0383166102f5578060025f8282546102ea91906105ef565b909155506103659050565b6001600160a01b0383165f90815260208190526040902054818110156103475760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016101ca565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166103815760028054829003905561039f565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516103e491815260200190565b60405180910390a3505050565b80516001600160a01b0381168114610407575f5ffd5b919050565b5f5f5f6060848603121561041e575f5ffd5b610427846103f1565b9250610435602085016103f1565b9150604084015190509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061046d57607f821691505b60208210810361048b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104d857805f5260205f20601f840160051c810160208510156104b65750805b601f840160051c820191505b818110156104d5575f81556001016104c2565b50505b505050565b81516001600160401b038111156104f6576104f6610445565b61050a816105048454610459565b84610491565b6020601f82116001811461053c575f83156105255750848201515b5f19600385901b1c1916600184901b1784556104d5565b5f84815260208120601f198516915b8281101561056b578785015182556020948501946001909201910161054b565b508482101561058857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561048b575f1960209190910360031b1b16919050565b8082018082111561028d57634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e05161010051610120516101405161158761065f5f395f610c9e01525f610c7301525f610afd01525f610ad501525f610a3001525f610a5a01525f610a8401526115875ff3fe608060405234801561000f575f5ffd5b506004361061018f575f3560e01c806370a08231116100dd578063a217fddf11610088578063d539139311610063578063d539139314610365578063d547741f1461038c578063dd62ed3e1461039f575f5ffd5b8063a217fddf14610338578063a9059cbb1461033f578063d505accf14610352575f5ffd5b806384b0196e116100b857806384b0196e146102dd57806391d14854146102f857806395d89b4114610330575f5ffd5b806370a082311461028f57806379cc6790146102b75780637ecebe00146102ca575f5ffd5b80632f2ff15d1161013d57806336568abe1161011857806336568abe1461025657806340c10f191461026957806342966c681461027c575f5ffd5b80632f2ff15d1461022a578063313ce5671461023f5780633644e5151461024e575f5ffd5b806318160ddd1161016d57806318160ddd146101e357806323b872dd146101f5578063248a9ca314610208575f5ffd5b806301ffc9a71461019357806306fdde03146101bb578063095ea7b3146101d0575b5f5ffd5b6101a66101a136600461122d565b6103d7565b60405190151581526020015b60405180910390f35b6101c361046f565b6040516101b291906112a1565b6101a66101de3660046112ce565b6104ff565b6002545b6040519081526020016101b2565b6101a66102033660046112f6565b610516565b6101e7610216366004611330565b5f9081526008602052604090206001015490565b61023d610238366004611347565b610539565b005b604051601281526020016101b2565b6101e7610563565b61023d610264366004611347565b610571565b61023d6102773660046112ce565b6105c2565b61023d61028a366004611330565b6105f6565b6101e761029d366004611371565b6001600160a01b03165f9081526020819052604090205490565b61023d6102c53660046112ce565b610603565b6101e76102d8366004611371565b61061c565b6102e5610639565b6040516101b2979695949392919061138a565b6101a6610306366004611347565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6101c3610697565b6101e75f81565b6101a661034d3660046112ce565b6106a6565b61023d61036036600461143c565b6106b3565b6101e77f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b61023d61039a366004611347565b610820565b6101e76103ad3660046114a9565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061046957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b60606003805461047e906114d1565b80601f01602080910402602001604051908101604052809291908181526020018280546104aa906114d1565b80156104f55780601f106104cc576101008083540402835291602001916104f5565b820191905f5260205f20905b8154815290600101906020018083116104d857829003601f168201915b5050505050905090565b5f3361050c818585610844565b5060019392505050565b5f33610523858285610851565b61052e8585856108e0565b506001949350505050565b5f828152600860205260409020600101546105538161096f565b61055d8383610979565b50505050565b5f61056c610a24565b905090565b6001600160a01b03811633146105b3576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105bd8282610b4d565b505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66105ec8161096f565b6105bd8383610bd2565b6106003382610c1f565b50565b61060e823383610851565b6106188282610c1f565b5050565b6001600160a01b0381165f90815260076020526040812054610469565b5f6060805f5f5f606061064a610c6c565b610652610c97565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b60606004805461047e906114d1565b5f3361050c8185856108e0565b834211156106f5576040517f62791302000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886107408c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61079a82610cc2565b90505f6107a982878787610d09565b9050896001600160a01b0316816001600160a01b031614610809576040517f4b800e460000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301528b1660248201526044016106ec565b6108148a8a8a610844565b50505050505050505050565b5f8281526008602052604090206001015461083a8161096f565b61055d8383610b4d565b6105bd8383836001610d35565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561055d57818110156108d2576040517ffb8f41b20000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604481018390526064016106ec565b61055d84848484035f610d35565b6001600160a01b038316610922576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016106ec565b6001600160a01b038216610964576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016106ec565b6105bd838383610e39565b6106008133610f78565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff16610a1d575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556109d53390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610469565b505f610469565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610a7c57507f000000000000000000000000000000000000000000000000000000000000000046145b15610aa657507f000000000000000000000000000000000000000000000000000000000000000090565b61056c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff1615610a1d575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610469565b6001600160a01b038216610c14576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016106ec565b6106185f8383610e39565b6001600160a01b038216610c61576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016106ec565b610618825f83610e39565b606061056c7f0000000000000000000000000000000000000000000000000000000000000000610fe5565b606061056c7f0000000000000000000000000000000000000000000000000000000000000000610fe5565b5f610469610cce610a24565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f610d1988888888611022565b925092509250610d2982826110ea565b50909695505050505050565b6001600160a01b038416610d77576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016106ec565b6001600160a01b038316610db9576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016106ec565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561055d57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610e2b91815260200190565b60405180910390a350505050565b6001600160a01b038316610e63578060025f828254610e589190611522565b90915550610eec9050565b6001600160a01b0383165f9081526020819052604090205481811015610ece576040517fe450d38c0000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260248101829052604481018390526064016106ec565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610f0857600280548290039055610f26565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610f6b91815260200190565b60405180910390a3505050565b5f8281526008602090815260408083206001600160a01b038516845290915290205460ff16610618576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016106ec565b60605f610ff1836111ed565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561105b57505f915060039050826110e0565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156110ac573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166110d757505f9250600191508290506110e0565b92505f91508190505b9450945094915050565b5f8260038111156110fd576110fd61155a565b03611106575050565b600182600381111561111a5761111a61155a565b03611151576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028260038111156111655761116561155a565b0361119f576040517ffce698f7000000000000000000000000000000000000000000000000000000008152600481018290526024016106ec565b60038260038111156111b3576111b361155a565b03610618576040517fd78bce0c000000000000000000000000000000000000000000000000000000008152600481018290526024016106ec565b5f60ff8216601f811115610469576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6020828403121561123d575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461126c575f5ffd5b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61126c6020830184611273565b80356001600160a01b03811681146112c9575f5ffd5b919050565b5f5f604083850312156112df575f5ffd5b6112e8836112b3565b946020939093013593505050565b5f5f5f60608486031215611308575f5ffd5b611311846112b3565b925061131f602085016112b3565b929592945050506040919091013590565b5f60208284031215611340575f5ffd5b5035919050565b5f5f60408385031215611358575f5ffd5b82359150611368602084016112b3565b90509250929050565b5f60208284031215611381575f5ffd5b61126c826112b3565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6113c460e0830189611273565b82810360408401526113d68189611273565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561142b57835183526020938401939092019160010161140d565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215611452575f5ffd5b61145b886112b3565b9650611469602089016112b3565b95506040880135945060608801359350608088013560ff8116811461148c575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156114ba575f5ffd5b6114c3836112b3565b9150611368602084016112b3565b600181811c908216806114e557607f821691505b60208210810361151c577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b80820180821115610469577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIWitnessPool\",\"name\":\"pool_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"billingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minBiddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxBiddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRevealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"confirmTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"acceptTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deployTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"collateralBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minProviderStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"exitCooldown\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"maxBidsPerOrder\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"bidBond\",\"type\":\"uint96\"},{\"internalType\":\"uint8\",\"name\":\"maxWitnesses\",\"type\":\"uint8\"}],\"internalType\":\"structMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"AlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"offered\",\"type\":\"uint96\"}],\"name\":\"BidAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"best\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"offered\",\"type\":\"uint96\"}],\"name\":\"BidNotLower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"biddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"min\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"BiddingWindowOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"CooldownNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"CustomerCannotBid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxUnits\",\"type\":\"uint32\"}],\"name\":\"DurationTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ExitNotRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"LevelInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCustomer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"NotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotWinner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"OpenBiddingOnly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"}],\"name\":\"PriceTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"}],\"name\":\"RevealNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"revealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"RevealWindowOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"SealedBiddingOnly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"TooManyCommitments\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"UnknownLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"UnknownOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"min\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"WitnessCountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDuration\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPrice\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"BidCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"}],\"name\":\"BidPlaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"}],\"name\":\"BidRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondForfeited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"accessInfo\",\"type\":\"bytes\"}],\"name\":\"DeploymentPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"LeaseCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cpuMilli\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"imageMB\",\"type\":\"uint32\"}],\"name\":\"LevelAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"LevelDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"biddingEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"}],\"name\":\"OrderCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumMarket.FailReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"OrderFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"OrderFinished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"}],\"name\":\"OrderMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providerPayout\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"customerRefund\",\"type\":\"uint256\"}],\"name\":\"OrderSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"ProviderExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"ProviderStakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProviderWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"ServiceStarted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_SERVICE_SECONDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WITNESSES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"acceptDeployment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"cpuMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"imageMB\",\"type\":\"uint32\"}],\"name\":\"addLevel\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"addProviderStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"}],\"name\":\"bid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"bidCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"closeBidding\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"}],\"name\":\"collateralFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitBid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"biddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"}],\"internalType\":\"structMarket.OrderParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"createOrder\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"biddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"}],\"internalType\":\"structMarket.OrderParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"permitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"createOrderWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"deactivateLevel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"finish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"forfeitBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"fulfill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"lease\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"serviceStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"serviceEnd\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.Lease\",\"name\":\"l\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"}],\"name\":\"level\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"cpuMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"imageMB\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Level\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"levelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"order\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"durationUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"witnessCount\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"maxUnitPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"biddingEnd\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"revealEnd\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"levelId\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"commits\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"bestSeq\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bestBidder\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"bestPrice\",\"type\":\"uint96\"}],\"internalType\":\"structMarket.Order\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"orderCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"billingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minBiddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxBiddingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRevealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"confirmTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"acceptTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deployTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"collateralBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minProviderStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"exitCooldown\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"maxBidsPerOrder\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"bidBond\",\"type\":\"uint96\"},{\"internalType\":\"uint8\",\"name\":\"maxWitnesses\",\"type\":\"uint8\"}],\"internalType\":\"structMarket.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"provider\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"locked\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"exitAt\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Provider\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"accessInfo\",\"type\":\"bytes\"}],\"name\":\"publishDeployment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"registerProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestProviderExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"unitPrice\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealBid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"sealedBid\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes28\",\"name\":\"commitment\",\"type\":\"bytes28\"},{\"internalType\":\"uint8\",\"name\":\"seq\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structMarket.SealedBid\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawProviderStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"witnessPool\",\"outputs\":[{\"internalType\":\"contractIWitnessPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "b70dde8c8a075347506fe35f0926e730fe",
	Bin: "0x610260604052348015610010575f5ffd5b50604051615f99380380615f9983398101604081905261002f916106a8565b806001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610067816104a2565b506001600160a01b0384166100a7576040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b6044820152606401610055565b6001600160a01b0383166100ec576040516305519d6f60e51b815260206004820152600b60248201526a1dda5d1b995cdcd41bdbdb60aa1b6044820152606401610055565b815163ffffffff165f03610133576040516305519d6f60e51b815260206004820152600d60248201526c189a5b1b1a5b99d4195c9a5bd9609a1b6044820152606401610055565b602082015163ffffffff16158061015d5750816020015163ffffffff16826040015163ffffffff16105b156101ab576040516305519d6f60e51b815260206004820152601560248201527f62696464696e675365636f6e647320626f756e647300000000000000000000006044820152606401610055565b60e082015161ffff1615806101c957506127108260e0015161ffff16115b15610207576040516305519d6f60e51b815260206004820152600d60248201526c636f6c6c61746572616c42707360981b6044820152606401610055565b81610140015160ff165f03610251576040516305519d6f60e51b815260206004820152600f60248201526e36b0bc2134b239a832b927b93232b960891b6044820152606401610055565b600360ff1682610180015160ff16101561029d576040516305519d6f60e51b815260206004820152600c60248201526b6d61785769746e657373657360a01b6044820152606401610055565b8161010001516001600160601b03165f036102ee576040516305519d6f60e51b815260206004820152601060248201526f6d696e50726f76696465725374616b6560801b6044820152606401610055565b826001600160a01b03166357cf87ab6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561032a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061034e91906107f6565b60ff1682610180015160ff1611156103a9576040516305519d6f60e51b815260206004820152601d60248201527f6d61785769746e65737365732061626f76652074686520706f6f6c27730000006044820152606401610055565b6001600160a01b03808516608090815290841660a0908152835163ffffffff90811660c09081526020860151821660e090815260408701518316610100908152606088015184166101209081529588015184166101409081529488015184166101609081529288015184166101809081529188015161ffff166101a0528701516001600160601b039081166101c052948701519092166101e0529185015160ff908116610200908152928601519093166102205284015190911661024052610476906103e89060326104f1565b506104876103e861040060646104f1565b506104986107d061080060c86104f1565b5050505050610816565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b600180546040805160808101825263ffffffff878116808352878216602080850182815289851686880181815260608089018c81528b8d018d555f9c909c5297517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf68b018054945192519c5115156c010000000000000000000000000260ff60601b199d8a1668010000000000000000029d909d1664ffffffffff60401b19938a16640100000000026001600160401b0319909616928a169290921794909417919091161799909917905585519283528201529283019490945291928316917f9847db226d13572fbb19e2ffc95af8898eb8bfcd38a12f6494a7f41cf4ed4ca0910160405180910390a29392505050565b6001600160a01b0381168114610616575f5ffd5b50565b6040516101a081016001600160401b038111828210171561064857634e487b7160e01b5f52604160045260245ffd5b60405290565b805163ffffffff81168114610661575f5ffd5b919050565b805161ffff81168114610661575f5ffd5b80516001600160601b0381168114610661575f5ffd5b805160ff81168114610661575f5ffd5b805161066181610602565b5f5f5f5f8486036102008112156106bd575f5ffd5b85516106c881610602565b60208701519095506106d981610602565b93506101a0603f19820112156106ed575f5ffd5b506106f6610619565b6107026040870161064e565b81526107106060870161064e565b60208201526107216080870161064e565b604082015261073260a0870161064e565b606082015261074360c0870161064e565b608082015261075460e0870161064e565b60a0820152610766610100870161064e565b60c08201526107786101208701610666565b60e082015261078a6101408701610677565b61010082015261079d610160870161064e565b6101208201526107b0610180870161068d565b6101408201526107c36101a08701610677565b6101608201526107d66101c0870161068d565b61018082015291506107eb6101e0860161069d565b905092959194509250565b5f60208284031215610806575f5ffd5b61080f8261068d565b9392505050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516102005161022051610240516155ae6109eb5f395f818161085e01528181614009015261408c01525f818161082f01528181611842015281816118a8015281816119420152818161197401528181611f2701528181612784015281816127f4015261282501525f81816108060152818161266b01526126c201525f81816107da01528181612eed01526138b701525f81816107ab01528181610adb0152610b4101525f8181610781015261467201525f81816107550152612ae201525f818161072901526131ed01525f81816106fd015261151501525f81816106d101528181613f390152613fba01525f81816106a501528181613e590152613f0301525f818161067901528181613e150152613edb01525f818161064d015281816110b701528181611aa601528181613c7d0152613cdd01525f81816102bc01528181611bc1015281816121730152818161222c01526122b801525f8181610a5f01528181610b7b01528181610ce601528181611465015281816115bc0152818161191b01528181612dbd0152818161300b015281816134fb0152818161397d015261410301526155ae5ff3fe608060405234801561000f575f5ffd5b506004361061024f575f3560e01c80638da5cb5b1161013d578063d2b28d28116100b8578063da6012c911610088578063f2fde38b1161006e578063f2fde38b1461095c578063fbaf094a1461096f578063fc0c546a14610a5a575f5ffd5b8063da6012c914610941578063e809471114610949575f5ffd5b8063d2b28d2814610895578063d353a1cb146108bd578063d6c579d9146108d0578063d8e58006146108e3575f5ffd5b8063bcff101b1161010d578063bfd70b89116100f3578063bfd70b89146105b9578063cdb84e47146105c1578063cff0ab96146105d4575f5ffd5b8063bcff101b14610593578063bf81bf43146105a6575f5ffd5b80638da5cb5b146104a55780638df82800146104b55780639468cb61146104c8578063a9d0c14a146104db575f5ffd5b8063579962e0116101cd578063651a2b4c1161019d578063753b880711610183578063753b88071461046c5780638459d3c51461047f57806385a8f52314610492575f5ffd5b8063651a2b4c1461045c578063715018a614610464575f5ffd5b8063579962e0146103c557806358f9f5ab146103d85780635b1194b2146104365780636453afd014610449575f5ffd5b806325b3fa6111610222578063349de0b711610208578063349de0b71461038d5780633c06896e146103985780634c347bfb146103b2575f5ffd5b806325b3fa61146102b75780632e352497146102f6575f5ffd5b80630b1694ed14610253578063183223e71461026857806321603f431461028e5780632453ffa8146102ae575b5f5ffd5b610266610261366004614d2e565b610a81565b005b61027b610276366004614d94565b610c4f565b6040519081526020015b60405180910390f35b6102a161029c366004614de4565b610d55565b6040516102859190614e23565b61027b60025481565b6102de7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610285565b610309610304366004614de4565b610f45565b60405161028591905f60e0820190506001600160a01b0383511682526001600160a01b0360208401511660208301526001600160601b036040840151166040830152606083015160608301526080830151608083015267ffffffffffffffff60a08401511660a083015267ffffffffffffffff60c08401511660c083015292915050565b61027b6312cc030081565b6103a0600381565b60405160ff9091168152602001610285565b6102666103c0366004614f8d565b611116565b61027b6103d3366004614fa6565b6111f1565b6103eb6103e6366004614f8d565b611201565b60405161028591905f60808201905063ffffffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015260608301511515606083015292915050565b610266610444366004614de4565b6112e5565b610266610457366004614fd6565b611637565b60015461027b565b6102666119d8565b61026661047a366004614de4565b6119eb565b61027b61048d366004615016565b611c60565b6102666104a036600461503e565b611c72565b5f546001600160a01b03166102de565b6102666104c3366004614de4565b6120a7565b6102666104d6366004615071565b612522565b61055f6104e9366004614fd6565b60408051606080820183525f8083526020808401829052928401819052948552600582528285206001600160a01b0394909416855292815292819020815192830182525463ffffffff1981851b16835260ff600160e01b8204811694840194909452600160e81b90049092169181019190915290565b60408051825163ffffffff1916815260208084015160ff908116918301919091529282015190921690820152606001610285565b6102666105a1366004614de4565b612988565b6102666105b4366004614de4565b612bb1565b610266612e27565b6102666105cf366004615091565b613087565b610888604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101829052610180810191909152604051806101a001604052807f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160601b031681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160601b031681526020017f000000000000000000000000000000000000000000000000000000000000000060ff16815250905090565b604051610285919061510a565b6108a86108a3366004615240565b61329b565b60405163ffffffff9091168152602001610285565b6102666108cb366004614de4565b613404565b6102666108de366004615280565b613555565b61027b6108f13660046152a1565b604080516020808201969096526001600160a01b0394909416848201526001600160601b039290921660608401526080808401919091528151808403909101815260a09092019052805191012090565b6102666137d1565b610266610957366004614de4565b6138fe565b61026661096a3660046152e2565b613a3d565b610a0961097d3660046152e2565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f90815260046020908152604091829020825160808101845290546001600160601b038082168352600160601b82041692820192909252600160c01b820463ffffffff1692810192909252600160e01b900460ff161515606082015290565b60405161028591905f6080820190506001600160601b0383511682526001600160601b03602084015116602083015263ffffffff604084015116604083015260608301511515606083015292915050565b6102de7f000000000000000000000000000000000000000000000000000000000000000081565b335f9081526004602052604090208054600160e01b900460ff1615610ad9576040517f45ed80e90000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316841015610b6e576040517f78e030db000000000000000000000000000000000000000000000000000000008152600481018590526001600160601b037f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610ad0565b610ba36001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087613a93565b80547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b178155610bd884613ae8565b81547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166001600160601b039190911617815560405133907ff2499bc9b6818e3b377491d8b0fbef0d628a495d3ddd4b7cc5ce77bf9e228fa290610c4190879087908790615342565b60405180910390a250505050565b5f80610c616040880160208901614f8d565b63ffffffff16610c776060890160408a01615364565b6001600160601b0316610c8a9190615391565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018290526064810188905260ff8716608482015260a4810186905260c481018590529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b158015610d2f575f5ffd5b505af1925050508015610d40575060015b50610d4a87613b38565b979650505050505050565b604080516101c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a08101919091525f8281526003602090815260409182902082516101c08101845281546001600160a01b0381168252600160a01b810463ffffffff1693820193909352600160c01b830464ffffffffff1693810193909352906060830190600160e81b900460ff166007811115610e3757610e37614dfb565b6007811115610e4857610e48614dfb565b8152815460ff600160f01b8204811660208401527f01000000000000000000000000000000000000000000000000000000000000009091048116604083015260018301546001600160601b03808216606085015264ffffffffff600160601b830481166080860152600160881b83041660a085015263ffffffff76010000000000000000000000000000000000000000000083041660c08501527a0100000000000000000000000000000000000000000000000000008204831660e0850152600160d81b9091049091166101008301526002909201546001600160a01b038116610120830152600160a01b90049091166101409091015292915050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091525f82815260036020526040902060028154600160e81b900460ff166007811115610fa957610fa9614dfb565b1080610fc0575060028101546001600160a01b0316155b15610fcb5750919050565b80546001600160a01b03808216845260028301549081166020850152600160a01b908190046001600160601b031660408501819052611014929190910463ffffffff1690615391565b60608301526002810154815461104391600160a01b908190046001600160601b0316910463ffffffff16614669565b608083015260048154600160e81b900460ff16600781111561106757611067614dfb565b10158015611092575060078154600160e81b900460ff16600781111561108f5761108f614dfb565b14155b1561111057805464ffffffffff600160c01b82041660c08401526110e69063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b9004166153a8565b81546111009190600160c01b900464ffffffffff166153cb565b67ffffffffffffffff1660a08301525b50919050565b61111e6146cb565b60015463ffffffff821610611167576040517f7345051800000000000000000000000000000000000000000000000000000000815263ffffffff82166004820152602401610ad0565b5f60018263ffffffff1681548110611181576111816153eb565b5f91825260208220018054921515600160601b027fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff9093169290921790915560405163ffffffff8316917f2a898c8aee4715c34b3f84d7c6a48bea34a5be6554efb86c640b7ae3a4115e2f91a250565b5f6111fb82613b38565b92915050565b604080516080810182525f80825260208201819052918101829052606081019190915260015463ffffffff83161061126d576040517f7345051800000000000000000000000000000000000000000000000000000000815263ffffffff83166004820152602401610ad0565b60018263ffffffff1681548110611286576112866153eb565b5f91825260209182902060408051608081018252929091015463ffffffff8082168452640100000000820481169484019490945268010000000000000000810490931690820152600160601b90910460ff161515606082015292915050565b5f81815260036020526040902060018154600160e81b900460ff16600781111561131157611311614dfb565b146113735780548290600160e81b900460ff16600781111561133557611335614dfb565b6040517f800b0615000000000000000000000000000000000000000000000000000000008152600481019290925260ff166024820152604401610ad0565b80545f90600160f01b9004600116810361139c578154600160c01b900464ffffffffff166113b0565b6001820154600160881b900464ffffffffff165b90508064ffffffffff164210156113e35760405163bd5145db60e01b815264ffffffffff82166004820152602401610ad0565b600282015482546001600160a01b0390911690600160a01b900463ffffffff16816114cb5783547d07000000000000000000000000000000000000000000000000000000000060ff60e81b198216178555600185015461148c916001600160a01b03169061145b9084906001600160601b0316615391565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190614710565b847fc5163a83429be7c915bb239cb4970d4a8141f43793a12193140dc96b1fc80f805f6040516114bc91906153ff565b60405180910390a25050505050565b6002840154845460ff60e81b19167d020000000000000000000000000000000000000000000000000000000000178555600160a01b90046001600160601b031661153b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001642615419565b855464ffffffffff91909116600160c01b027fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff90911617855560018501545f9083906115919084906001600160601b031661542c565b6001600160601b03166115a49190615391565b905080156115e55785546115e5906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683614710565b6040516001600160601b03831681526001600160a01b0385169088907f6526b7322dfa43988cc1361dac4b01a9d7f99235fd54465cffdcde21c3e81b539060200160405180910390a350505050505050565b5f828152600360205260408120908154600160e81b900460ff16600781111561166257611662614dfb565b0361169c576040517f40ddeab200000000000000000000000000000000000000000000000000000000815260048101849052602401610ad0565b8054600160f01b90046001165f036116e3576040517fb0284b1c00000000000000000000000000000000000000000000000000000000815260048101849052602401610ad0565b6001810154600160881b900464ffffffffff1642101561172b57600181015460405163bd5145db60e01b8152600160881b90910464ffffffffff166004820152602401610ad0565b5f8381526005602090815260408083206001600160a01b0386168452909152812080549091600160e81b90910460ff1690036117a5576040517f8c459fde000000000000000000000000000000000000000000000000000000008152600481018590526001600160a01b0384166024820152604401610ad0565b8054600160e81b900460ff166001146117fc576040517fc339a8ea000000000000000000000000000000000000000000000000000000008152600481018590526001600160a01b0384166024820152604401610ad0565b805460ff60e81b19167d0300000000000000000000000000000000000000000000000000000000001781556001600160a01b0383165f90815260046020526040902080547f0000000000000000000000000000000000000000000000000000000000000000908290600c90611882908490600160601b90046001600160601b031661542c565b92506101000a8154816001600160601b0302191690836001600160601b031602179055507f0000000000000000000000000000000000000000000000000000000000000000815f015f8282829054906101000a90046001600160601b03166118ea919061542c565b82546101009290920a6001600160601b03818102199093169183160217909155845461196792506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116929116907f000000000000000000000000000000000000000000000000000000000000000016614710565b6040516001600160601b037f00000000000000000000000000000000000000000000000000000000000000001681526001600160a01b0385169086907f16dd876919f5a1d3a62d34d0c40f4f6bd9f269ef564d21d1939452cd57f50b84906020015b60405180910390a35050505050565b6119e06146cb565b6119e95f614763565b565b5f818152600360208190526040909120908154600160e81b900460ff166007811115611a1957611a19614dfb565b14611a3d5780548290600160e81b900460ff16600781111561133557611335614dfb565b80546001600160a01b0316338114801590611a6757508154600160c01b900464ffffffffff164211155b15611a9757815460405163bd5145db60e01b8152600160c01b90910464ffffffffff166004820152602401610ad0565b81545f90611ad59063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416615391565b611adf9042615419565b835464ffffffffff8216600160c01b81027fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff909216919091177d0400000000000000000000000000000000000000000000000000000000001780865560028601546040517f8301150f0000000000000000000000000000000000000000000000000000000081526004810189905260ff7f01000000000000000000000000000000000000000000000000000000000000009093049290921660248301526001600160a01b038681166044840152908116606483015260848201929092529192507f00000000000000000000000000000000000000000000000000000000000000001690638301150f9060a4015f604051808303815f87803b158015611c02575f5ffd5b505af1158015611c14573d5f5f3e3d5ffd5b50506040805167ffffffffffffffff4216815264ffffffffff851660208201528793507fbd8e21666e6aa59d2d1fa3f1785131ba4d9bcb22dd781c8e2dbf933d282b3462925001610c41565b5f611c6b8383614669565b9392505050565b5f83815260036020526040902060018154600160e81b900460ff166007811115611c9e57611c9e614dfb565b14611cc25780548490600160e81b900460ff16600781111561133557611335614dfb565b8054600160f01b90046001165f03611d09576040517fb0284b1c00000000000000000000000000000000000000000000000000000000815260048101859052602401610ad0565b8054600160c01b900464ffffffffff16421015611d645780546040517f25f4b0b6000000000000000000000000000000000000000000000000000000008152600160c01b90910464ffffffffff166004820152602401610ad0565b6001810154600160881b900464ffffffffff164210611dab576001810154604051636768091360e01b8152600160881b90910464ffffffffff166004820152602401610ad0565b5f848152600560209081526040808320338452909152812080549091600160e81b90910460ff1690819003611e15576040517f8c459fde00000000000000000000000000000000000000000000000000000000815260048101879052336024820152604401610ad0565b60ff8116600114611e5b576040517fc339a8ea00000000000000000000000000000000000000000000000000000000815260048101879052336024820152604401610ad0565b60408051602080820189905233828401526001600160601b038816606083015260808083018890528351808403909101815260a09092019092528051910120825460201b63ffffffff19908116911614611eea576040517f3dd1603e00000000000000000000000000000000000000000000000000000000815260048101879052336024820152604401610ad0565b815460ff60e81b19167d020000000000000000000000000000000000000000000000000000000000178255335f90815260046020526040902080547f0000000000000000000000000000000000000000000000000000000000000000908290600c90611f67908490600160601b90046001600160601b031661542c565b82546101009290920a6001600160601b0381810219909316918316021790915560028601548554600160a01b90910482169250600160e01b900460ff16908816158015906120155750816001600160601b0316886001600160601b031610806120155750816001600160601b0316886001600160601b0316148015611ff8575060028601546001600160a01b031615155b80156120155750600186015460ff600160d81b9091048116908216105b1561205c576120268684338b6147ca565b6001860180547fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160d81b60ff8416021790555b6040516001600160601b038916815233908a907f2cce53387f4422c08208c1c681f93018801b114d4615a7850280fa4ef6452efd9060200160405180910390a3505050505050505050565b5f81815260036020526040902060048154600160e81b900460ff1660078111156120d3576120d3614dfb565b146120f75780548290600160e81b900460ff16600781111561133557611335614dfb565b8054600160c01b900464ffffffffff16421161213857805460405163bd5145db60e01b8152600160c01b90910464ffffffffff166004820152602401610ad0565b6040517fd3dc1fdf000000000000000000000000000000000000000000000000000000008152600481018390525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d3dc1fdf90602401608060405180830381865afa1580156121b8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121dc919061544b565b509193509150600390508260038111156121f8576121f8614dfb565b14612332576040517f05261aea000000000000000000000000000000000000000000000000000000008152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906305261aea906024015f604051808303815f87803b158015612275575f5ffd5b505af1158015612287573d5f5f3e3d5ffd5b50506040517fd3dc1fdf000000000000000000000000000000000000000000000000000000008152600481018790527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925063d3dc1fdf9150602401608060405180830381865afa158015612307573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061232b919061544b565b5090925050505b600283015483546001600160601b03600160a01b92839004169163ffffffff9104165f61235f8284615391565b90505f61236c8484614669565b60028801546001600160a01b03165f90815260046020526040902080549192509082908290600c906123af908490600160601b90046001600160601b031661542c565b82546001600160601b039182166101009390930a928302919092021990911617905550875460ff60e81b19167d05000000000000000000000000000000000000000000000000000000000017885585156124d4578054829082905f9061241f9084906001600160601b031661542c565b82546101009290920a6001600160601b0381810219909316918316021790915589547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81166004600160f01b9283900460ff1617909102178a558a91507f4c2d6d79b8eeb1484b06ac662de2390e83e91c972316289ffb4ef16139f9b97e906001905f906124af90871688615419565b60408051931515845260208401929092529082015260600160405180910390a2612517565b604080515f808252602082018690528183015290518a917f4c2d6d79b8eeb1484b06ac662de2390e83e91c972316289ffb4ef16139f9b97e919081900360600190a25b505050505050505050565b5f82815260036020526040902060018154600160e81b900460ff16600781111561254e5761254e614dfb565b146125725780548390600160e81b900460ff16600781111561133557611335614dfb565b8054600160f01b90046001165f036125b9576040517fb0284b1c00000000000000000000000000000000000000000000000000000000815260048101849052602401610ad0565b8054600160c01b900464ffffffffff1642106125fa578054604051636768091360e01b8152600160c01b90910464ffffffffff166004820152602401610ad0565b80546001600160a01b03163303612640576040517fcb52bad600000000000000000000000000000000000000000000000000000000815260048101849052602401610ad0565b600181015460ff7a0100000000000000000000000000000000000000000000000000009091048116907f00000000000000000000000000000000000000000000000000000000000000001681106126ef576040517f3b174a430000000000000000000000000000000000000000000000000000000081526004810185905260ff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610ad0565b5f84815260056020908152604080832033845290915290208054600160e81b900460ff1615612753576040517fd42c398500000000000000000000000000000000000000000000000000000000815260048101869052336024820152604401610ad0565b5f61275d336149f5565b80549091505f90612780906001600160601b03600160601b82048116911661542c565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316816001600160601b03161015612821576040517f802f3a420000000000000000000000000000000000000000000000000000000081526001600160601b0380831660048301527f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610ad0565b81547f0000000000000000000000000000000000000000000000000000000000000000908390600c90612865908490600160601b90046001600160601b03166154ae565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555083600161289691906154cd565b85600101601a6101000a81548160ff021916908360ff16021790555060405180606001604052808763ffffffff191681526020018560016128d791906154cd565b60ff908116825260016020928301525f8a8152600583526040808220338084529085528183208651815488880151988501518716600160e81b0260ff60e81b1999909716600160e01b027fffffff00000000000000000000000000000000000000000000000000000000009091169190971c179590951795909516929092179092555189917f0934ea4de468dcd0d9a335c5f97aa77955310c29631c93fbd01d95a00242ec4191a350505050505050565b5f81815260036020526040902060028154600160e81b900460ff1660078111156129b4576129b4614dfb565b146129d85780548290600160e81b900460ff16600781111561133557611335614dfb565b80546001600160a01b03163314612a24576040517fe3f1e4a900000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610ad0565b8054600160f01b90046002165f03612a6b576040517f1a6837c900000000000000000000000000000000000000000000000000000000815260048101839052602401610ad0565b8054600160c01b900464ffffffffff16421115612aad578054604051636768091360e01b8152600160c01b90910464ffffffffff166004820152602401610ad0565b805460ff60e81b19167d030000000000000000000000000000000000000000000000000000000000178155612b0863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001642615419565b81547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b64ffffffffff92909216919091021780825560028201546001600160a01b03811691339185917fcbef5650487c2fde4488fc755e620ec436c058b4ca91eb650d8a20ac18f66b4691612b9c91600160a01b9081900463ffffffff1691046001600160601b0316615391565b60405190815260200160405180910390a45050565b5f81815260036020526040902060028154600160e81b900460ff166007811115612bdd57612bdd614dfb565b14612c015780548290600160e81b900460ff16600781111561133557611335614dfb565b8054600160c01b900464ffffffffff164211612c4257805460405163bd5145db60e01b8152600160c01b90910464ffffffffff166004820152602401610ad0565b600281015481546001600160a01b038216915f91612c7a9163ffffffff600160a01b9283900416916001600160601b03910416615391565b600284015484549192505f91612ca991600160a01b908190046001600160601b0316910463ffffffff16614669565b6001600160a01b0384165f90815260046020526040902080549192509082908290600c90612ce8908490600160601b90046001600160601b031661542c565b82546001600160601b039182166101009390930a928302919092021990911617905550845460ff60e81b19167d070000000000000000000000000000000000000000000000000000000000178086555f90600160f01b90046002168103612da9578154839083905f90612d659084906001600160601b031661542c565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550826001600160601b031684612d9e9190615419565b935060019050612dad565b5060025b8554612de6906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911686614710565b867fc5163a83429be7c915bb239cb4970d4a8141f43793a12193140dc96b1fc80f8082604051612e1691906153ff565b60405180910390a250505050505050565b335f90815260046020908152604091829020825160808101845290546001600160601b038082168352600160601b82041692820192909252600160c01b820463ffffffff1692810192909252600160e01b900460ff16151560608201819052612ea557604051631bd2224f60e01b8152336004820152602401610ad0565b806040015163ffffffff165f03612eea576040517fccabe40d000000000000000000000000000000000000000000000000000000008152336004820152602401610ad0565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16826040015163ffffffff16612f2791906154e6565b90508067ffffffffffffffff16421015612f79576040517f1ac889b700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610ad0565b60208201516001600160601b031615612fcf5760208201516040517f387def3a0000000000000000000000000000000000000000000000000000000081526001600160601b039091166004820152602401610ad0565b335f81815260046020526040902080547fffffff00000000000000000000000000000000000000000000000000000000001690558251613042917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316916001600160601b0316614710565b81516040516001600160601b03909116815233907f61388fbc2ba003175d3018b8f13b002234cc4e203a332a4a6dadb96bc82c3db29060200160405180910390a25050565b5f85815260036020526040902060028154600160e81b900460ff1660078111156130b3576130b3614dfb565b146130d75780548690600160e81b900460ff16600781111561133557611335614dfb565b60028101546001600160a01b03163314613126576040517fc51c0d8900000000000000000000000000000000000000000000000000000000815260048101879052336024820152604401610ad0565b8054600160f01b90046002161561316c576040517f388c326700000000000000000000000000000000000000000000000000000000815260048101879052602401610ad0565b8054600160c01b900464ffffffffff164211156131ae578054604051636768091360e01b8152600160c01b90910464ffffffffff166004820152602401610ad0565b80547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81166002600160f01b9283900460ff16179091021781556132187f000000000000000000000000000000000000000000000000000000000000000063ffffffff1642615419565b815464ffffffffff91909116600160c01b027fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff909116178155604051339087907f571f4ee9d4ef78c35f819b3706e8bc6fef84057d9c71fe5941cf4ea44d64c0199061328b908990899089908990615506565b60405180910390a3505050505050565b5f6132a46146cb565b8363ffffffff165f03613313576040517faa33ade000000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f6370754d696c6c690000000000000000000000000000000000000000000000006044820152606401610ad0565b8263ffffffff165f03613382576040517faa33ade000000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f6d656d6f72794d420000000000000000000000000000000000000000000000006044820152606401610ad0565b8163ffffffff165f036133f1576040517faa33ade000000000000000000000000000000000000000000000000000000000815260206004820152600760248201527f696d6167654d42000000000000000000000000000000000000000000000000006044820152606401610ad0565b6133fc848484614a96565b949350505050565b5f81815260036020526040902060058154600160e81b900460ff16600781111561343057613430614dfb565b146134545780548290600160e81b900460ff16600781111561133557611335614dfb565b80547d06000000000000000000000000000000000000000000000000000000000060ff60e81b19909116178082556002820154600160a01b908190046001600160601b0316910463ffffffff165f6134ac8284615391565b8454909150600160f01b9004600416156134e85783546134e3906001600160a01b03166134d98585614669565b61145b9084615419565b613524565b6002840154613524906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683614710565b60405185907f54e432bca54e5802b66a27d950e398dd4c619f8eb1730140232504f571dc25dc905f90a25050505050565b5f82815260036020526040902060018154600160e81b900460ff16600781111561358157613581614dfb565b146135a55780548390600160e81b900460ff16600781111561133557611335614dfb565b8054600160f01b9004600116156135eb576040517fced3e5c700000000000000000000000000000000000000000000000000000000815260048101849052602401610ad0565b8054600160c01b900464ffffffffff16421061362c578054604051636768091360e01b8152600160c01b90910464ffffffffff166004820152602401610ad0565b80546001600160a01b03163303613672576040517fcb52bad600000000000000000000000000000000000000000000000000000000815260048101849052602401610ad0565b816001600160601b03165f036136b4576040517f4dfba02300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028101546001600160601b03600160a01b9091048116908316811161377c5760028201546001600160a01b0316613737576136f160018261542c565b6040517fcd95c56a0000000000000000000000000000000000000000000000000000000081526001600160601b0391821660048201529084166024820152604401610ad0565b6040517f4f57b0130000000000000000000000000000000000000000000000000000000081526001600160601b03808316600483015284166024820152604401610ad0565b5f613786336149f5565b9050613794838233876147ca565b6040516001600160601b0385168152339086907f1e03b1901c11294887e2227fa753b398eaf46d6104a46a3366d1fb86bd77410b906020016119c9565b335f9081526004602052604090208054600160e01b900460ff1661380a57604051631bd2224f60e01b8152336004820152602401610ad0565b8054600160c01b900463ffffffff1615613852576040517fbfb17abf000000000000000000000000000000000000000000000000000000008152336004820152602401610ad0565b805463ffffffff42818116600160c01b027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff90931692909217835533917f55bec6758ba2059283184914c50ace6e84a6d813629ff1fd585eeb2ea88578b4916138df917f0000000000000000000000000000000000000000000000000000000000000000909116906154e6565b60405167ffffffffffffffff909116815260200160405180910390a250565b335f9081526004602052604090208054600160e01b900460ff1661393757604051631bd2224f60e01b8152336004820152602401610ad0565b815f03613970576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6139a56001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085613a93565b80545f906139c6906139c19085906001600160601b0316615419565b613ae8565b82547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166001600160601b038216908117845560408051868152602081019290925291925033917f6ee0ac2963cd2f8b54e60490a51845858578c1d1febccbd944ed7fc7105cecc6910160405180910390a2505050565b613a456146cb565b6001600160a01b038116613a87576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f6004820152602401610ad0565b613a9081614763565b50565b613aa1848484846001614be8565b613ae2576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610ad0565b50505050565b5f6001600160601b03821115613b34576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526060600482015260248101839052604401610ad0565b5090565b6001545f90613b4a6020840184614f8d565b63ffffffff1610613b9d57613b626020830183614f8d565b6040517f7345051800000000000000000000000000000000000000000000000000000000815263ffffffff9091166004820152602401610ad0565b6001613bac6020840184614f8d565b63ffffffff1681548110613bc257613bc26153eb565b5f91825260209091200154600160601b900460ff16613c2357613be86020830183614f8d565b6040517f18a7417400000000000000000000000000000000000000000000000000000000815263ffffffff9091166004820152602401610ad0565b613c336040830160208401614f8d565b63ffffffff165f03613c71576040517f68d5686e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6312cc030063ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613cad6040850160208601614f8d565b63ffffffff16613cbd9190615391565b1115613d4957613cd36040830160208401614f8d565b613d0763ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166312cc030061552c565b6040517f5cd9f72500000000000000000000000000000000000000000000000000000000815263ffffffff928316600482015291166024820152604401610ad0565b613d596060830160408401615364565b6001600160601b03165f03613d9a576040517f4dfba02300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160601b03613db26060840160408501615364565b6001600160601b031603613e0e57613dd06060830160408401615364565b6040517f86db091a0000000000000000000000000000000000000000000000000000000081526001600160601b039091166004820152602401610ad0565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613e456080840160608501614f8d565b63ffffffff161080613e91575063ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613e896080840160608501614f8d565b63ffffffff16115b15613f3257613ea66080830160608401614f8d565b6040517f2a84346300000000000000000000000000000000000000000000000000000000815263ffffffff91821660048201527f0000000000000000000000000000000000000000000000000000000000000000821660248201527f00000000000000000000000000000000000000000000000000000000000000009091166044820152606401610ad0565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613f6960a0840160808501614f8d565b63ffffffff161115613fe957613f8560a0830160808401614f8d565b6040517fd2aed55e00000000000000000000000000000000000000000000000000000000815263ffffffff91821660048201527f00000000000000000000000000000000000000000000000000000000000000009091166024820152604401610ad0565b6003613ffb60c0840160a0850161554b565b60ff16108061403e575060ff7f00000000000000000000000000000000000000000000000000000000000000001661403960c0840160a0850161554b565b60ff16115b156140bb5761405360c0830160a0840161554b565b6040517fdc8cdf4d00000000000000000000000000000000000000000000000000000000815260ff9182166004820152600360248201527f00000000000000000000000000000000000000000000000000000000000000009091166044820152606401610ad0565b61412b33306140d06040860160208701614f8d565b63ffffffff166140e66060870160408801615364565b6001600160601b03166140f99190615391565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016929190613a93565b60025f815461413990615566565b918290555090505f6141516080840160608501614f8d565b6141619063ffffffff1642615419565b90505f61417460a0850160808601614f8d565b6141849063ffffffff168361557e565b9050604051806101c00160405280336001600160a01b031681526020018560200160208101906141b49190614f8d565b63ffffffff16815264ffffffffff84166020820152604001600181526020015f6141e460a0880160808901614f8d565b63ffffffff16116141f5575f6141f8565b60015b60ff16815260200161421060c0870160a0880161554b565b60ff1681526020016142286060870160408801615364565b6001600160601b031681526020018364ffffffffff1681526020018264ffffffffff168152602001855f0160208101906142629190614f8d565b63ffffffff1681526020015f60ff1681526020015f60ff1681526020015f6001600160a01b031681526020018560400160208101906142a19190615364565b6142ac9060016154ae565b6001600160601b031690525f8481526003602090815260409182902083518154928501519385015164ffffffffff16600160c01b027fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff909516600160a01b027fffffffffffffffff0000000000000000000000000000000000000000000000009094166001600160a01b03909216919091179290921792831682178155606084015190929091839160ff60e81b199091167fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff90911617600160e81b83600781111561439e5761439e614dfb565b02179055506080820151815460a084015160ff9081167f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff938216600160f01b02939093167dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9092169190911791909117825560c083015160018301805460e08601516101008701516101208801516101408901516101608a01518816600160d81b027fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff919098167a01000000000000000000000000000000000000000000000000000002167fffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff909216760100000000000000000000000000000000000000000000027fffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffff64ffffffffff948516600160881b02167fffffffffffff000000000000000000ffffffffffffffffffffffffffffffffff94909516600160601b027fffffffffffffffffffffffffffffff00000000000000000000000000000000009096166001600160601b0398891617959095179290921692909217929092171617929092179091556101808301516101a09093015116600160a01b026001600160a01b039092169190911760029091015533837f0c9564343c1354ccb863e42f6ac1581dd4a62d0a03fb958f5e5d71df7cfd0d7f6145e26020880188614f8d565b6145f26040890160208a01614f8d565b61460260608a0160408b01615364565b878761461460c08d0160a08e0161554b565b6040805163ffffffff97881681529590961660208601526001600160601b03939093168486015264ffffffffff918216606085015216608083015260ff1660a082015290519081900360c00190a35050919050565b5f61271061ffff7f0000000000000000000000000000000000000000000000000000000000000000166146ab63ffffffff85166001600160601b038716615391565b6146b59190615391565b6146c19061270f615419565b611c6b919061552c565b5f546001600160a01b031633146119e9576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610ad0565b61471d8383836001614c6e565b61475e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610ad0565b505050565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b8354600160a01b900463ffffffff165f6147e48383614669565b60028701549091506001600160a01b039081169085168103614876576002870154829061482190600160a01b90046001600160601b031685614669565b61482b919061559b565b86548790600c9061484d908490600160601b90046001600160601b031661542c565b92506101000a8154816001600160601b0302191690836001600160601b031602179055506149cb565b85545f90614896906001600160601b03600160601b82048116911661542c565b905082816001600160601b031610156148ed576040517f802f3a420000000000000000000000000000000000000000000000000000000081526001600160601b038216600482015260248101849052604401610ad0565b865483908890600c90614911908490600160601b90046001600160601b03166154ae565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505f6001600160a01b0316826001600160a01b0316146149c957600288015461496d90600160a01b90046001600160601b031685614669565b6001600160a01b0383165f9081526004602052604090208054600c906149a4908490600160601b90046001600160601b031661542c565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505b505b5050506001600160601b0316600160a01b026001600160a01b039091161760029092019190915550565b6001600160a01b0381165f9081526004602052604090208054600160e01b900460ff16614a4057604051631bd2224f60e01b81526001600160a01b0383166004820152602401610ad0565b8054600160c01b900463ffffffff1615614a91576040517fbfb17abf0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610ad0565b919050565b600180546040805160808101825263ffffffff878116808352878216602080850182815289851686880181815260608089018c81528b8d018d555f9c909c5297517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf68b018054945192519c511515600160601b027fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff9d8a1668010000000000000000029d909d167fffffffffffffffffffffffffffffffffffffff0000000000ffffffffffffffff938a16640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000909616928a169290921794909417919091161799909917905585519283528201529283019490945291928316917f9847db226d13572fbb19e2ffc95af8898eb8bfcd38a12f6494a7f41cf4ed4ca0910160405180910390a29392505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316614c5d578383151615614c51573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614cdd578383151615614cd1573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f5f83601f840112614cf9575f5ffd5b50813567ffffffffffffffff811115614d10575f5ffd5b602083019150836020828501011115614d27575f5ffd5b9250929050565b5f5f5f60408486031215614d40575f5ffd5b83359250602084013567ffffffffffffffff811115614d5d575f5ffd5b614d6986828701614ce9565b9497909650939450505050565b5f60c08284031215611110575f5ffd5b60ff81168114613a90575f5ffd5b5f5f5f5f5f6101408688031215614da9575f5ffd5b614db38787614d76565b945060c0860135935060e0860135614dca81614d86565b949793965093946101008101359450610120013592915050565b5f60208284031215614df4575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60088110614e1f57614e1f614dfb565b9052565b81516001600160a01b031681526101c081016020830151614e4c602084018263ffffffff169052565b506040830151614e65604084018264ffffffffff169052565b506060830151614e786060840182614e0f565b506080830151614e8d608084018260ff169052565b5060a0830151614ea260a084018260ff169052565b5060c0830151614ebd60c08401826001600160601b03169052565b5060e0830151614ed660e084018264ffffffffff169052565b50610100830151614ef161010084018264ffffffffff169052565b50610120830151614f0b61012084018263ffffffff169052565b50610140830151614f2261014084018260ff169052565b50610160830151614f3961016084018260ff169052565b50610180830151614f566101808401826001600160a01b03169052565b506101a0830151614f736101a08401826001600160601b03169052565b5092915050565b803563ffffffff81168114614a91575f5ffd5b5f60208284031215614f9d575f5ffd5b611c6b82614f7a565b5f60c08284031215614fb6575f5ffd5b611c6b8383614d76565b80356001600160a01b0381168114614a91575f5ffd5b5f5f60408385031215614fe7575f5ffd5b82359150614ff760208401614fc0565b90509250929050565b80356001600160601b0381168114614a91575f5ffd5b5f5f60408385031215615027575f5ffd5b61503083615000565b9150614ff760208401614f7a565b5f5f5f60608486031215615050575f5ffd5b8335925061506060208501615000565b929592945050506040919091013590565b5f5f60408385031215615082575f5ffd5b50508035926020909101359150565b5f5f5f5f5f606086880312156150a5575f5ffd5b85359450602086013567ffffffffffffffff8111156150c2575f5ffd5b6150ce88828901614ce9565b909550935050604086013567ffffffffffffffff8111156150ed575f5ffd5b6150f988828901614ce9565b969995985093965092949392505050565b815163ffffffff1681526101a081016020830151615130602084018263ffffffff169052565b506040830151615148604084018263ffffffff169052565b506060830151615160606084018263ffffffff169052565b506080830151615178608084018263ffffffff169052565b5060a083015161519060a084018263ffffffff169052565b5060c08301516151a860c084018263ffffffff169052565b5060e08301516151be60e084018261ffff169052565b506101008301516151db6101008401826001600160601b03169052565b506101208301516151f561012084018263ffffffff169052565b5061014083015161520c61014084018260ff169052565b506101608301516152296101608401826001600160601b03169052565b50610180830151614f7361018084018260ff169052565b5f5f5f60608486031215615252575f5ffd5b61525b84614f7a565b925061526960208501614f7a565b915061527760408501614f7a565b90509250925092565b5f5f60408385031215615291575f5ffd5b82359150614ff760208401615000565b5f5f5f5f608085870312156152b4575f5ffd5b843593506152c460208601614fc0565b92506152d260408601615000565b9396929550929360600135925050565b5f602082840312156152f2575f5ffd5b611c6b82614fc0565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f61535b6040830184866152fb565b95945050505050565b5f60208284031215615374575f5ffd5b611c6b82615000565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176111fb576111fb61537d565b67ffffffffffffffff8181168382160290811690818114614f7357614f7361537d565b67ffffffffffffffff82811682821603908111156111fb576111fb61537d565b634e487b7160e01b5f52603260045260245ffd5b602081016003831061541357615413614dfb565b91905290565b808201808211156111fb576111fb61537d565b6001600160601b0382811682821603908111156111fb576111fb61537d565b5f5f5f5f6080858703121561545e575f5ffd5b84516004811061546c575f5ffd5b60208601519094508015158114615481575f5ffd5b604086015190935061549281614d86565b60608601519092506154a381614d86565b939692955090935050565b6001600160601b0381811683821601908111156111fb576111fb61537d565b60ff81811683821601908111156111fb576111fb61537d565b67ffffffffffffffff81811683821601908111156111fb576111fb61537d565b604081525f6155196040830186886152fb565b8281036020840152610d4a8185876152fb565b5f8261554657634e487b7160e01b5f52601260045260245ffd5b500490565b5f6020828403121561555b575f5ffd5b8135611c6b81614d86565b5f600182016155775761557761537d565b5060010190565b64ffffffffff81811683821601908111156111fb576111fb61537d565b818103818111156111fb576111fb61537d56",
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
// Solidity: constructor(address token_, address pool_, (uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint16,uint96,uint32,uint8,uint96,uint8) p, address owner_) returns()
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

// PackBidCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e58006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidCommitment(uint256 orderId, address provider, uint96 unitPrice, bytes32 salt) pure returns(bytes32)
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
// Solidity: function bidCommitment(uint256 orderId, address provider, uint96 unitPrice, bytes32 salt) pure returns(bytes32)
func (market *Market) TryPackBidCommitment(orderId *big.Int, provider common.Address, unitPrice *big.Int, salt [32]byte) ([]byte, error) {
	return market.abi.Pack("bidCommitment", orderId, provider, unitPrice, salt)
}

// UnpackBidCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8e58006.
//
// Solidity: function bidCommitment(uint256 orderId, address provider, uint96 unitPrice, bytes32 salt) pure returns(bytes32)
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
// the contract method with ID 0x8459d3c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralFor(uint96 unitPrice, uint32 durationUnits) view returns(uint256)
func (market *Market) PackCollateralFor(unitPrice *big.Int, durationUnits uint32) []byte {
	enc, err := market.abi.Pack("collateralFor", unitPrice, durationUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8459d3c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralFor(uint96 unitPrice, uint32 durationUnits) view returns(uint256)
func (market *Market) TryPackCollateralFor(unitPrice *big.Int, durationUnits uint32) ([]byte, error) {
	return market.abi.Pack("collateralFor", unitPrice, durationUnits)
}

// UnpackCollateralFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8459d3c5.
//
// Solidity: function collateralFor(uint96 unitPrice, uint32 durationUnits) view returns(uint256)
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

// PackCreateOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x579962e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createOrder((uint32,uint32,uint96,uint32,uint32,uint8) p) returns(uint256)
func (market *Market) PackCreateOrder(p MarketOrderParams) []byte {
	enc, err := market.abi.Pack("createOrder", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x579962e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createOrder((uint32,uint32,uint96,uint32,uint32,uint8) p) returns(uint256)
func (market *Market) TryPackCreateOrder(p MarketOrderParams) ([]byte, error) {
	return market.abi.Pack("createOrder", p)
}

// UnpackCreateOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x579962e0.
//
// Solidity: function createOrder((uint32,uint32,uint96,uint32,uint32,uint8) p) returns(uint256)
func (market *Market) UnpackCreateOrder(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("createOrder", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateOrderWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x183223e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createOrderWithPermit((uint32,uint32,uint96,uint32,uint32,uint8) p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (market *Market) PackCreateOrderWithPermit(p MarketOrderParams, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := market.abi.Pack("createOrderWithPermit", p, permitDeadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateOrderWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x183223e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createOrderWithPermit((uint32,uint32,uint96,uint32,uint32,uint8) p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (market *Market) TryPackCreateOrderWithPermit(p MarketOrderParams, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return market.abi.Pack("createOrderWithPermit", p, permitDeadline, v, r, s)
}

// UnpackCreateOrderWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x183223e7.
//
// Solidity: function createOrderWithPermit((uint32,uint32,uint96,uint32,uint32,uint8) p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
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
// Solidity: function forfeitBond(uint256 orderId, address provider) returns()
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
// Solidity: function forfeitBond(uint256 orderId, address provider) returns()
func (market *Market) TryPackForfeitBond(orderId *big.Int, provider common.Address) ([]byte, error) {
	return market.abi.Pack("forfeitBond", orderId, provider)
}

// PackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x753b8807.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfill(uint256 orderId) returns()
func (market *Market) PackFulfill(orderId *big.Int) []byte {
	enc, err := market.abi.Pack("fulfill", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x753b8807.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfill(uint256 orderId) returns()
func (market *Market) TryPackFulfill(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("fulfill", orderId)
}

// PackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e352497.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lease(uint256 orderId) view returns((address,address,uint96,uint256,uint256,uint64,uint64) l)
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
// Solidity: function lease(uint256 orderId) view returns((address,address,uint96,uint256,uint256,uint64,uint64) l)
func (market *Market) TryPackLease(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("lease", orderId)
}

// UnpackLease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e352497.
//
// Solidity: function lease(uint256 orderId) view returns((address,address,uint96,uint256,uint256,uint64,uint64) l)
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

// PackOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21603f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function order(uint256 orderId) view returns((address,uint32,uint40,uint8,uint8,uint8,uint96,uint40,uint40,uint32,uint8,uint8,address,uint96))
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
// Solidity: function order(uint256 orderId) view returns((address,uint32,uint40,uint8,uint8,uint8,uint96,uint40,uint40,uint32,uint8,uint8,address,uint96))
func (market *Market) TryPackOrder(orderId *big.Int) ([]byte, error) {
	return market.abi.Pack("order", orderId)
}

// UnpackOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21603f43.
//
// Solidity: function order(uint256 orderId) view returns((address,uint32,uint40,uint8,uint8,uint8,uint96,uint40,uint40,uint32,uint8,uint8,address,uint96))
func (market *Market) UnpackOrder(data []byte) (MarketOrder, error) {
	out, err := market.abi.Unpack("order", data)
	if err != nil {
		return *new(MarketOrder), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketOrder)).(*MarketOrder)
	return out0, nil
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
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint16,uint96,uint32,uint8,uint96,uint8))
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
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint16,uint96,uint32,uint8,uint96,uint8))
func (market *Market) TryPackParams() ([]byte, error) {
	return market.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint16,uint96,uint32,uint8,uint96,uint8))
func (market *Market) UnpackParams(data []byte) (MarketParams, error) {
	out, err := market.abi.Unpack("params", data)
	if err != nil {
		return *new(MarketParams), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketParams)).(*MarketParams)
	return out0, nil
}

// PackProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbaf094a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provider(address account) view returns((uint96,uint96,uint32,bool))
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
// Solidity: function provider(address account) view returns((uint96,uint96,uint32,bool))
func (market *Market) TryPackProvider(account common.Address) ([]byte, error) {
	return market.abi.Pack("provider", account)
}

// UnpackProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbaf094a.
//
// Solidity: function provider(address account) view returns((uint96,uint96,uint32,bool))
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
// Solidity: function sealedBid(uint256 orderId, address account) view returns((bytes28,uint8,uint8))
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
// Solidity: function sealedBid(uint256 orderId, address account) view returns((bytes28,uint8,uint8))
func (market *Market) TryPackSealedBid(orderId *big.Int, account common.Address) ([]byte, error) {
	return market.abi.Pack("sealedBid", orderId, account)
}

// UnpackSealedBid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9d0c14a.
//
// Solidity: function sealedBid(uint256 orderId, address account) view returns((bytes28,uint8,uint8))
func (market *Market) UnpackSealedBid(data []byte) (MarketSealedBid, error) {
	out, err := market.abi.Unpack("sealedBid", data)
	if err != nil {
		return *new(MarketSealedBid), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketSealedBid)).(*MarketSealedBid)
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
// Solidity: event OrderCreated(uint256 indexed orderId, address indexed customer, uint32 levelId, uint32 durationUnits, uint96 maxUnitPrice, uint64 biddingEnd, uint64 revealEnd, uint8 witnessCount)
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
	OrderId        *big.Int
	Violated       bool
	ProviderPayout *big.Int
	CustomerRefund *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const MarketOrderSettledEventName = "OrderSettled"

// ContractEventName returns the user-defined event name.
func (MarketOrderSettled) ContractEventName() string {
	return MarketOrderSettledEventName
}

// UnpackOrderSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderSettled(uint256 indexed orderId, bool violated, uint256 providerPayout, uint256 customerRefund)
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
	if bytes.Equal(raw[:4], market.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return market.UnpackNoCommitmentError(raw[4:])
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
	if bytes.Equal(raw[:4], market.abi.Errors["StakeBelowMinimum"].ID.Bytes()[:4]) {
		return market.UnpackStakeBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return market.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["TooManyCommitments"].ID.Bytes()[:4]) {
		return market.UnpackTooManyCommitmentsError(raw[4:])
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
	Max           uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowOutOfRange(uint32 revealSeconds, uint32 max)
func MarketRevealWindowOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd2aed55e3ddd15b04a859b740f342805e3b19d253377d876da84cb05276f1eb6")
}

// UnpackRevealWindowOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowOutOfRange(uint32 revealSeconds, uint32 max)
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
	Locked *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint256 locked)
func MarketStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x387def3a824bd789dedc342daf3638728f87786864dc057d7e201129ef5c58e9")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint256 locked)
func (market *Market) UnpackStakeLockedError(raw []byte) (*MarketStakeLocked, error) {
	out := new(MarketStakeLocked)
	if err := market.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketTooManyCommitments represents a TooManyCommitments error raised by the Market contract.
type MarketTooManyCommitments struct {
	OrderId *big.Int
	Max     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyCommitments(uint256 orderId, uint8 max)
func MarketTooManyCommitmentsErrorID() common.Hash {
	return common.HexToHash("0x3b174a43bd1fac836c51931a9d38bff9c1294b8d3066700980885024eba502ed")
}

// UnpackTooManyCommitmentsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyCommitments(uint256 orderId, uint8 max)
func (market *Market) UnpackTooManyCommitmentsError(raw []byte) (*MarketTooManyCommitments, error) {
	out := new(MarketTooManyCommitments)
	if err := market.abi.UnpackIntoInterface(out, "TooManyCommitments", raw); err != nil {
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

// WitnessPoolMetaData contains all meta data concerning the WitnessPool contract.
var WitnessPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractFaaSToken\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minWitnessStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"witnessBond\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"blockNeed\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"commitGrace\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxReportAge\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"rewardUnit\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"exitCooldown\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"maxWitnesses\",\"type\":\"uint8\"}],\"internalType\":\"structWitnessPool.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"CommitteeExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"min\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"CommitteeSizeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"CooldownNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"dueAfterBlock\",\"type\":\"uint64\"}],\"name\":\"DrawNotDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"ExitNotRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reportTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ReportTimeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"opensAfter\",\"type\":\"uint64\"}],\"name\":\"RevealNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"WitnessExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongCommitteeState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"CommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"}],\"name\":\"CommitteeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"eligible\",\"type\":\"uint8\"}],\"name\":\"CommitteeUnwitnessed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"ReportCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"}],\"name\":\"ReportRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"violationReports\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"revealed\",\"type\":\"uint8\"}],\"name\":\"VerdictReached\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"name\":\"WitnessAvailability\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"WitnessExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"payoff\",\"type\":\"int256\"}],\"name\":\"WitnessPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"WitnessRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"WitnessStakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WitnessWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"addWitnessStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"committee\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIWitnessPool.CommitteeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"requestBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"serviceEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"violationReports\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"revealed\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"internalType\":\"structWitnessPool.CommitteeView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"drawCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"drawDueAfter\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"drawableCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCommittee\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minWitnessStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"witnessBond\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"blockNeed\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"commitGrace\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxReportAge\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"rewardUnit\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"exitCooldown\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"maxWitnesses\",\"type\":\"uint8\"}],\"internalType\":\"structWitnessPool.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"registerWitness\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"reportTime\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"}],\"name\":\"reportCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"serviceEnd\",\"type\":\"uint64\"}],\"name\":\"requestCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestWitnessExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"reportTime\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"}],\"name\":\"revealReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"seat\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes20\",\"name\":\"commitment\",\"type\":\"bytes20\"},{\"internalType\":\"uint32\",\"name\":\"commitTime\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"next\",\"type\":\"uint32\"}],\"internalType\":\"structWitnessPool.Seat\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"name\":\"setAvailable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractFaaSToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"verdict\",\"outputs\":[{\"internalType\":\"enumIWitnessPool.CommitteeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"violated\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"violationReports\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"revealed\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawWitnessStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"witness\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"locked\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"uint24\",\"name\":\"slot\",\"type\":\"uint24\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"internalType\":\"structWitnessPool.Witness\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"witnessCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "d1d5b36748b8ee31666124d4f5284a2947",
	Bin: "0x6101c0604052348015610010575f5ffd5b506040516144e23803806144e283398101604081905261002f9161046c565b6001600160a01b038316610073576040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b60448201526064015b60405180910390fd5b81602001516001600160601b03165f036100be576040516305519d6f60e51b815260206004820152600b60248201526a1dda5d1b995cdcd09bdb9960aa1b604482015260640161006a565b81602001516001600160601b03168260c001516001600160601b03161115610129576040516305519d6f60e51b815260206004820152601c60248201527f726577617264556e69742061626f7665207769746e657373426f6e6400000000604482015260640161006a565b81602001516001600160601b0316825f01516001600160601b0316101561019d576040516305519d6f60e51b815260206004820152602160248201527f6d696e5769746e6573735374616b652062656c6f77207769746e657373426f6e6044820152601960fa1b606482015260840161006a565b604082015161ffff1615806101ba57506080826040015161ffff16115b156101f4576040516305519d6f60e51b8152602060048201526009602482015268189b1bd8dad399595960ba1b604482015260640161006a565b816080015163ffffffff165f0361023e576040516305519d6f60e51b815260206004820152600d60248201526c72657665616c5365636f6e647360981b604482015260640161006a565b600360ff1682610100015160ff16101561028a576040516305519d6f60e51b815260206004820152600c60248201526b6d61785769746e657373657360a01b604482015260640161006a565b6001600160a01b038316608090815282516001600160601b0390811660a09081526020850151821660c0908152604086015161ffff1660e0908152606087015163ffffffff9081166101009081529588015181166101205292870151831661014052908601519092166101605290840151166101805282015160ff166101a0526103145f8261031d565b50505050610559565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166103bd575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556103753390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103c0565b505f5b92915050565b6001600160a01b03811681146103da575f5ffd5b50565b60405161012081016001600160401b038111828210171561040c57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160601b0381168114610428575f5ffd5b919050565b805161ffff81168114610428575f5ffd5b805163ffffffff81168114610428575f5ffd5b805160ff81168114610428575f5ffd5b8051610428816103c6565b5f5f5f838503610160811215610480575f5ffd5b845161048b816103c6565b9350610120601f198201121561049f575f5ffd5b506104a86103dd565b6104b460208601610412565b81526104c260408601610412565b60208201526104d36060860161042d565b60408201526104e46080860161043e565b60608201526104f560a0860161043e565b608082015261050660c0860161043e565b60a082015261051760e08601610412565b60c0820152610529610100860161043e565b60e082015261053b6101208601610451565b61010082015291506105506101408501610461565b90509250925092565b60805160a05160c05160e05161010051610120516101405161016051610180516101a051613e4861069a5f395f8181610500015281816107d00152818161205801526120be01525f81816107a40152818161167e0152611a2101525f81816107750152610d4501525f81816107490152818161254b01526125d101525f818161071d01528181610a0e01528181612392015281816123c901526129b401525f81816106f101528181610a360152818161100b01528181612312015261297201525f81816106c701528181611ac001528181612c6c0152818161316601526131c001525f818161069801528181610cd501528181611d590152612cc601525f81816106690152818161117b01526111e101525f818161088901528181610e3f01528181610f1c0152818161121b015281816114d3015261189a0152613e485ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c80637d71cff6116100fe578063b92bd49d1161009e578063e2df20d11161006e578063e2df20d11461083d578063e3bb3dd014610850578063f747214a14610858578063fc0c546a14610884575f5ffd5b8063b92bd49d14610608578063cff0ab9614610610578063d3dc1fdf14610807578063d547741f1461082a575f5ffd5b8063a217fddf116100d9578063a217fddf146105bb578063a282c568146105c2578063a8648026146105d5578063afe7fcf4146105e8575f5ffd5b80637d71cff61461055f5780638301150f1461057257806391d1485414610585575f5ffd5b806336568abe11610174578063540a592211610144578063540a5922146104f657806357cf87ab146104fe5780635f2a412e1461053257806375aa85c11461053a575f5ffd5b806336568abe1461038f5780633e27ec9b146103a257806346210f5b146103c957806346c6f845146104e3575f5ffd5b80631ca02a22116101af5780631ca02a2214610225578063248a9ca3146102385780632b67dbbb146102685780632f2ff15d1461037c575f5ffd5b806301ffc9a7146101d557806305261aea146101fd5780631473c11914610212575b5f5ffd5b6101e86101e336600461372a565b6108c3565b60405190151581526020015b60405180910390f35b61021061020b366004613770565b61095b565b005b610210610220366004613787565b610f85565b610210610233366004613770565b611122565b61025a610246366004613770565b5f9081526020819052604090206001015490565b6040519081526020016101f4565b6103276102763660046137c2565b60408051608080820183525f80835260208084018290528385018290526060938401829052958152600786528381206001600160a01b039590951681529385529282902082519384018352546bffffffffffffffffffffffff1981831b16845263ffffffff600160a01b820481169585019590955260ff600160c01b820416928401929092527901000000000000000000000000000000000000000000000000009091049092169181019190915290565b6040516101f491905f6080820190506bffffffffffffffffffffffff19835116825263ffffffff602084015116602083015260ff604084015116604083015263ffffffff606084015116606083015292915050565b61021061038a3660046137c2565b6113d2565b61021061039d3660046137c2565b6113fc565b61025a7f395f08be531c0d7403cba7c5ffd2b57329184452bcebcd6a48299ebbbf39db6f81565b6104826103d73660046137ec565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b03165f90815260016020908152604091829020825160a08101845290546001600160601b0380821683526c0100000000000000000000000082041692820192909252600160c01b820463ffffffff1692810192909252600160e01b810462ffffff166060830152600160f81b900460ff16608082015290565b6040516101f491905f60a0820190506001600160601b0383511682526001600160601b03602084015116602083015263ffffffff604084015116604083015262ffffff606084015116606083015260ff608084015116608083015292915050565b6102106104f1366004613770565b61144d565b610210611587565b7f00000000000000000000000000000000000000000000000000000000000000005b60405160ff90911681526020016101f4565b61021061190c565b60045461054a9063ffffffff1681565b60405163ffffffff90911681526020016101f4565b61021061056d366004613770565b611a66565b61021061058036600461381c565b611fba565b6101e86105933660046137c2565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61025a5f81565b61025a6105d036600461388c565b612231565b6102106105e33660046138dd565b61228c565b6105fb6105f6366004613770565b6126fd565b6040516101f49190613995565b60055461025a565b6107fa60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091526040518061012001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160601b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160601b031681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160601b031681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff16815250905090565b6040516101f49190613a9e565b61081a610815366004613770565b612a87565b6040516101f49493929190613b74565b6102106108383660046137c2565b612b16565b61021061084b366004613ba1565b612b3a565b610520600381565b61086b610866366004613770565b612c58565b60405167ffffffffffffffff90911681526020016101f4565b6108ab7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101f4565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061095557507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f8181526006602052604090208054600160e81b900460ff1660018160038111156109885761098861391e565b141580156109a8575060028160038111156109a5576109a561391e565b14155b15610a0357828160038111156109c0576109c061391e565b6040517fbc3b814f000000000000000000000000000000000000000000000000000000008152600481019290925260ff1660248201526044015b60405180910390fd5b81545f9063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691610a65917f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416613bce565b610a6f9190613bce565b9050804211610ab6576040517fbd5145db00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016109fa565b82547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d0300000000000000000000000000000000000000000000000000000000001783556001826003811115610b1057610b1061391e565b03610b5d57604080515f8082526020820181905281830152905185917fe2d788af33f4e4d53fdfee638b36556c9a64c259a23d0eab6fb28aadd290502d919081900360600190a250505050565b8254600184015460ff600160f01b9092048216915f91610b8791600291600160c01b900416613bf5565b610b92906001613c16565b85546040805160ff938416868516908110158083526020830191909152600160f81b90930490931690830152915086907fe2d788af33f4e4d53fdfee638b36556c9a64c259a23d0eab6fb28aadd290502d9060600160405180910390a260018501545f90600160a01b900463ffffffff165b63ffffffff811615610ee65763ffffffff9081165f908152600260209081526040808320548b8452600783528184206001600160a01b0390911680855292528220805479010000000000000000000000000000000000000000000000000081049094169391929091600160c01b900460ff811691906004168103610c8a57505f19610cba565b6008821615610ca95786610c9f575f19610ca2565b600a5b9050610cba565b86610cb5576001610cb7565b5f5b90505b6001600160a01b0384165f90815260016020526040902080547f0000000000000000000000000000000000000000000000000000000000000000908290600c90610d1e9084906c0100000000000000000000000090046001600160601b0316613c2f565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505f7f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316835f0b610d7a9190613c4e565b90505f835f0b1215610dec575f610d9082613c99565b8354909150819084905f90610daf9084906001600160601b0316613c2f565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550806001600160601b031689610de89190613bce565b9850505b610df68683612ca2565b5f835f0b1315610e97576040517f40c10f190000000000000000000000000000000000000000000000000000000081526001600160a01b038781166004830152602482018390527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b158015610e80575f5ffd5b505af1158015610e92573d5f5f3e3d5ffd5b505050505b856001600160a01b03168e7fc50772ed596019e66f8fc68790b153d4d363ac5b5f0eda23c10594c436c7a68d83604051610ed391815260200190565b60405180910390a3505050505050610c04565b508015610f7c576040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015610f65575f5ffd5b505af1158015610f77573d5f5f3e3d5ffd5b505050505b50505050505050565b5f828152600660209081526040808320600783528184203385529092528220805491929091600160c01b900460ff81169160019091169003610ffc576040517f019b63f8000000000000000000000000000000000000000000000000000000008152600481018690523360248201526044016109fa565b82545f9061103a9063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416613bce565b905080421115611082576040517f6768091300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016109fa565b8254606086901c7fffffffffffffffff00000000000000000000000000000000000000000000000090911617600160a01b4263ffffffff1602177fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b6002841760ff1602178355604051339087907f691af08ff23f727dcd518e1f837ec0ea61ee332225c8f93480151e0492398344905f90a3505050505050565b335f90815260016020819052604090912080549091600160f81b9091041615611179576040517f45ed80e90000000000000000000000000000000000000000000000000000000081523360048201526024016109fa565b7f00000000000000000000000000000000000000000000000000000000000000006001600160601b031682101561120e576040517f78e030db000000000000000000000000000000000000000000000000000000008152600481018390526001600160601b037f00000000000000000000000000000000000000000000000000000000000000001660248201526044016109fa565b6112436001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085612f29565b8054600160c01b900463ffffffff165f036112e857600480545f919082906112709063ffffffff16613ccf565b825463ffffffff9182166101009390930a83810292021916179091558254600160c01b82027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff9091161783555f908152600260205260409020805473ffffffffffffffffffffffffffffffffffffffff191633179055505b80547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f030000000000000000000000000000000000000000000000000000000000000017815561133882612f78565b81546bffffffffffffffffffffffff19166001600160601b03919091161781556113623382612ca2565b60405182815233907f32741df6291a247fa1e8aa212ed5b51363288f5a8de3810bda30a408097f91e09060200160405180910390a26040516001815233907ffc138d04f8442f173d4157254fa6a8298dfb7eec1681c2236a7b0a1370a65171906020015b60405180910390a25050565b5f828152602081905260409020600101546113ec81612fc8565b6113f68383612fd5565b50505050565b6001600160a01b038116331461143e576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611448828261307c565b505050565b335f908152600160208190526040822080549092600160f81b909104909116900361148d57604051633bff3ba960e21b81523360048201526024016109fa565b815f036114c6576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6114fb6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085612f29565b805461151a906115159084906001600160601b0316613bce565b612f78565b81546bffffffffffffffffffffffff19166001600160601b03919091161781556115443382612ca2565b8054604080518481526001600160601b03909216602083015233917fad84cfb68c37731c9ba60ee85e9cafef4c34997acea93c17410e39a22f1b417a91016113c6565b335f908152600160208181526040808420815160a08101835290546001600160601b0380821683526c010000000000000000000000008204169382019390935263ffffffff600160c01b8404169181019190915262ffffff600160e01b830416606082015260ff600160f81b9092049182166080820152929116900361162257604051633bff3ba960e21b81523360048201526024016109fa565b60808101516004165f03611664576040517fccabe40d0000000000000000000000000000000000000000000000000000000081523360048201526024016109fa565b335f908152600360205260408120546116a69063ffffffff7f000000000000000000000000000000000000000000000000000000000000000081169116613cf3565b90508067ffffffffffffffff164210156116f8576040517f1ac889b700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016109fa565b60208201516001600160601b03161561174e5760208201516040517f387def3a0000000000000000000000000000000000000000000000000000000081526001600160601b0390911660048201526024016109fa565b6040805160a0810182525f80825260208083018281528685015163ffffffff9081168587019081526060860185815260808701868152338088526001875289882098518954965194519351925160ff16600160f81b027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff62ffffff94909416600160e01b027fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff958816600160c01b02959095167fff00000000000000ffffffffffffffffffffffffffffffffffffffffffffffff6001600160601b039788166c01000000000000000000000000027fffffffffffffffff000000000000000000000000000000000000000000000000909a1693881693909317989098179190911696909617929092171693909317909555600390925293909120805463ffffffff1916905584516118ce937f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169390929116906130fd16565b81516040516001600160601b03909116815233907f37dc024f7aa0379d7ec7d39e3c3aea97664f47a538516dc5bc13efe832d8fedd906020016113c6565b335f908152600160208190526040822080549092600160f81b909104909116900361194c57604051633bff3ba960e21b81523360048201526024016109fa565b8054600160f81b900460041615611991576040517f9717c4420000000000000000000000000000000000000000000000000000000081523360048201526024016109fa565b80547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81166004600160f81b9283900460ff1617909102178155335f818152600360205260409020805463ffffffff19164263ffffffff161790556119f59082612ca2565b337f8da686cd6cd8edb66e300009b89d8125b692059d1e31124856b8e514d331978c611a4763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001642613cf3565b60405167ffffffffffffffff909116815260200160405180910390a250565b5f81815260066020526040902060018154600160e81b900460ff166003811115611a9257611a9261391e565b14611ab65780548290600160e81b900460ff1660038111156109c0576109c061391e565b80545f90611af6907f000000000000000000000000000000000000000000000000000000000000000061ffff1690600160c01b900463ffffffff16613bce565b9050804311611b45576040517f697882a000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff4381166004830152821660248201526044016109fa565b8154600160a01b900463ffffffff16421115611b9e5781546040517f67680913000000000000000000000000000000000000000000000000000000008152600160a01b90910463ffffffff1660048201526024016109fa565b81545f90611bba908590600160c01b900463ffffffff1661314b565b835460018501549192505f91611be991849160ff600160e01b830416916001600160a01b039081169116613269565b80519091506003811015611cc15784547d0300000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90911617855560405160ff8216815286907fbdd00c2a810a116e21a38eb30cb89aa60015299e061f8fc2a0b13cfaefbe73529060200160405180910390a2604080515f8082526020820181905281830152905187917fe2d788af33f4e4d53fdfee638b36556c9a64c259a23d0eab6fb28aadd290502d919081900360600190a2505050505050565b84547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d0200000000000000000000000000000000000000000000000000000000001785555f815b8015611efc575f84611d1d600184613d13565b81518110611d2d57611d2d613d26565b6020908102919091018101516001600160a01b0381165f908152600190925260409091208054919250907f0000000000000000000000000000000000000000000000000000000000000000908290600c90611da29084906c0100000000000000000000000090046001600160601b0316613d3a565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550611dd08282612ca2565b60405180608001604052805f60601b6001600160601b03191681526020015f63ffffffff168152602001600160ff1681526020018563ffffffff1681525060075f8c81526020019081526020015f205f846001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b03021916908360601c02179055506020820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160186101000a81548160ff021916908360ff1602179055506060820151815f0160196101000a81548163ffffffff021916908363ffffffff160217905550905050805f0160189054906101000a900463ffffffff169350505080611ef590613d59565b9050611d0a565b506001860180547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff16600160a01b63ffffffff8416027fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff1617600160c01b60ff851602179055867f2b5f554b310a0c5cb93d0448fa8fb4ee68c1df91e80bd380a06bab064b6b519784611f90600286613d6e565b611f9b906001613bce565b604051611fa9929190613d81565b60405180910390a250505050505050565b7f395f08be531c0d7403cba7c5ffd2b57329184452bcebcd6a48299ebbbf39db6f611fe481612fc8565b5f868152600660205260408120908154600160e81b900460ff16600381111561200f5761200f61391e565b14612049576040517f188295a4000000000000000000000000000000000000000000000000000000008152600481018890526024016109fa565b600360ff8716108061208057507f000000000000000000000000000000000000000000000000000000000000000060ff168660ff16115b156120eb576040517f236cccaf00000000000000000000000000000000000000000000000000000000815260ff8088166004830152600360248301527f00000000000000000000000000000000000000000000000000000000000000001660448201526064016109fa565b805460ff8716600160e01b027fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff4363ffffffff908116600160c01b02919091167fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff918716600160a01b027fffffffffffffffff0000000000000000000000000000000000000000000000009094166001600160a01b038a16179390931716919091171780825560019082907fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e81b83021790555060018101805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0386161790556040805167ffffffffffffffff4316815260ff8816602082015288917f0c36e37bd54be04a3c4463c4816e5a69d3c32b08daa3005831454ccb8b61bc499101611fa9565b6040805160208082018890526001600160a01b03871682840152851515606083015267ffffffffffffffff8516608083015260a08083018590528351808403909101815260c090920190925280519101205b95945050505050565b5f848152600660209081526040808320600783528184203385529092528220805491929091600160c01b900460ff81169160019091169003612303576040517f019b63f8000000000000000000000000000000000000000000000000000000008152600481018890523360248201526044016109fa565b82545f906123419063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b900416613bce565b9050804211612388576040517f25f4b0b600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016109fa565b6123b863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001682613bce565b42111561242e576123ef63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001682613bce565b6040517f6768091300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016109fa565b600282165f03612473576040517f8c459fde000000000000000000000000000000000000000000000000000000008152600481018990523360248201526044016109fa565b60048216156124b7576040517fc339a8ea000000000000000000000000000000000000000000000000000000008152600481018990523360248201526044016109fa565b6124c48833898989612231565b835460601b6bffffffffffffffffffffffff1990811691161461251c576040517f3dd1603e000000000000000000000000000000000000000000000000000000008152600481018990523360248201526044016109fa565b8254600160a01b900463ffffffff1667ffffffffffffffff871681108061258757508067ffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000063ffffffff168867ffffffffffffffff166125859190613bce565b105b156125fe576040517f5e4f80bd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80891660048301528216602482015263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660448201526064016109fa565b87612609575f61260c565b60085b845460ff9185176004178216600160c01b027fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff90911617855585546001918791601f91612663918591600160f81b90910416613c16565b92506101000a81548160ff021916908360ff16021790555087156126b95784546001908690601e906126a0908490600160f01b900460ff16613c16565b92506101000a81548160ff021916908360ff1602179055505b604051881515815233908a907f2db98edd1792d14ba1db51d84d32e931285973b2ccdf2aa5313cd1e53a97bcf39060200160405180910390a3505050505050505050565b604080516101a0810182525f808252602080830182905282840182905260608084018390526080840183905260a0840183905260c0840183905260e084018390526101008401839052610120840183905261014084018390526101608401839052610180840152848252600690529190912080548290600160e81b900460ff16600381111561278e5761278e61391e565b908160038111156127a1576127a161391e565b905250805460ff600160e01b909104811660208401526001820154600160c01b90041667ffffffffffffffff8111156127dc576127dc613dda565b604051908082528060200260200182016040528015612805578160200160208202803683370190505b5061018083015260018101545f90600160a01b900463ffffffff165b63ffffffff8116156128fc5763ffffffff81165f9081526002602052604090205461018085015180516001600160a01b03909216918490811061286657612866613d26565b6001600160a01b039092166020928302919091018201525f8681526007909152604081206101808601519091908461289d81613dee565b9550815181106128af576128af613d26565b6020908102919091018101516001600160a01b031682528101919091526040015f2054790100000000000000000000000000000000000000000000000000900463ffffffff169050612821565b506001820154600160c01b900460ff161561293c57600182015461292c90600290600160c01b900460ff16613bf5565b612937906001613c16565b61293e565b5f5b60ff166040840152815463ffffffff600160c01b820481166060860152600160a01b909104811660808501819052612998917f00000000000000000000000000000000000000000000000000000000000000001690613cf3565b67ffffffffffffffff1660a084018190526129da9063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613cf3565b67ffffffffffffffff1660c0840152815460ff600160f01b82048116610100860152600160f81b82048116610120860152600391600160e81b90041681811115612a2657612a2661391e565b148015612a395750604083015160ff1615155b8015612a5a57506040830151825460ff918216600160f01b90910490911610155b151560e08401525080546001600160a01b0390811661014084015260019091015416610160820152919050565b5f8181526006602052604081208054600182015460ff600160e81b830481169493600160f01b8404821693600160f81b90048216929091600160c01b909104166003866003811115612adb57612adb61391e565b148015612ae757508015155b8015612b0b5750612af9600282613d6e565b612b04906001613bce565b8460ff1610155b945050509193509193565b5f82815260208190526040902060010154612b3081612fc8565b6113f6838361307c565b335f908152600160208190526040822080549092600160f81b9091049091169003612b7a57604051633bff3ba960e21b81523360048201526024016109fa565b8054600160f81b900460041615612bbf576040517f9717c4420000000000000000000000000000000000000000000000000000000081523360048201526024016109fa565b81612bd5578054600160f81b900460fd16612be6565b805460ff600160f81b909104166002175b815460ff91909116600160f81b027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116178155612c243382612ca2565b604051821515815233907ffc138d04f8442f173d4157254fa6a8298dfb7eec1681c2236a7b0a1370a65171906020016113c6565b5f81815260066020526040812054610955907f000000000000000000000000000000000000000000000000000000000000000061ffff1690600160c01b900463ffffffff16613cf3565b80545f90600160f81b900460ff166003148015612d11575081546001600160601b037f0000000000000000000000000000000000000000000000000000000000000000811691612d05916c01000000000000000000000000820481169116613c2f565b6001600160601b031610155b8254909150600160e01b900462ffffff16818015612d32575062ffffff8116155b15612dca57600580546001810182555f8290527f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0387161790555483547fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b62ffffff909216919091021783556113f6565b81158015612ddc575062ffffff811615155b156113f65760055462ffffff82168114612ebe575f6005612dfe600184613d13565b81548110612e0e57612e0e613d26565b5f918252602090912001546001600160a01b03169050806005612e32600186613e06565b62ffffff1681548110612e4757612e47613d26565b5f918252602080832091909101805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0394851617905592909116815260019091526040902080547fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b62ffffff8516021790555b6005805480612ecf57612ecf613e21565b5f8281526020902081015f19908101805473ffffffffffffffffffffffffffffffffffffffff191690550190555082547fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff16835550505050565b612f378484848460016134aa565b6113f6576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016109fa565b5f6001600160601b03821115612fc4576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260606004820152602481018390526044016109fa565b5090565b612fd28133613530565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16613075575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561302d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610955565b505f610955565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615613075575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610955565b61310a838383600161359f565b611448576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016109fa565b5f80613158836001613bce565b905080406131b5575f61ffff7f0000000000000000000000000000000000000000000000000000000000000000166104006131938643613d13565b61319d9190613d6e565b6131a79043613d13565b6131b19190613d13565b9150505b83815b6131e661ffff7f00000000000000000000000000000000000000000000000000000000000000001684613bce565b81101561326057804080613229576040517f356d3269000000000000000000000000000000000000000000000000000000008152600481018890526024016109fa565b604080516020810185905290810182905260600160408051601f1981840301815291905280516020909101209250506001016131b8565b50949350505050565b60055460609060ff851667ffffffffffffffff81111561328b5761328b613dda565b6040519080825280602002602001820160405280156132b4578160200160208202803683370190505b5091505f6132c660ff87166002613bce565b67ffffffffffffffff8111156132de576132de613dda565b604051908082528060200260200182016040528015613307578160200160208202803683370190505b5090505f61331960ff88166002613bce565b67ffffffffffffffff81111561333157613331613dda565b60405190808252806020026020018201604052801561335a578160200160208202803683370190505b5090505f5f5f5b858110801561337257508960ff1682105b1561349a5760408051602081018d905290810182905260600160408051601f1981840301815291905280516020909101209a505f6133b08288613d13565b6133ba908d613e35565b6133c49083613bce565b90505f6133d38288888861361a565b90506133ed826133e5858a8a8a61361a565b89898961367c565b94505f6005828154811061340357613403613d26565b5f918252602090912001546001600160a01b0390811691508c1681148061343b57508a6001600160a01b0316816001600160a01b0316145b156134485750505061348a565b808a8661345481613dee565b97508151811061346657613466613d26565b60200260200101906001600160a01b031690816001600160a01b0316815250505050505b61349381613dee565b9050613361565b5085525092979650505050505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661351f578383151615613513573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff1661359b576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016109fa565b5050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661360e578383151615613602573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f5f5b8281101561366f578585828151811061363857613638613d26565b6020026020010151036136675783818151811061365757613657613d26565b6020026020010151915050613674565b60010161361d565b508490505b949350505050565b5f5f5b828110156136d7578685828151811061369a5761369a613d26565b6020026020010151036136cf57858482815181106136ba576136ba613d26565b60200260200101818152505082915050612283565b60010161367f565b50858483815181106136eb576136eb613d26565b6020026020010181815250508483838151811061370a5761370a613d26565b6020908102919091010152613720826001613bce565b9695505050505050565b5f6020828403121561373a575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114613769575f5ffd5b9392505050565b5f60208284031215613780575f5ffd5b5035919050565b5f5f60408385031215613798575f5ffd5b50508035926020909101359150565b80356001600160a01b03811681146137bd575f5ffd5b919050565b5f5f604083850312156137d3575f5ffd5b823591506137e3602084016137a7565b90509250929050565b5f602082840312156137fc575f5ffd5b613769826137a7565b803567ffffffffffffffff811681146137bd575f5ffd5b5f5f5f5f5f60a08688031215613830575f5ffd5b85359450602086013560ff81168114613847575f5ffd5b9350613855604087016137a7565b9250613863606087016137a7565b915061387160808701613805565b90509295509295909350565b803580151581146137bd575f5ffd5b5f5f5f5f5f60a086880312156138a0575f5ffd5b853594506138b0602087016137a7565b93506138be6040870161387d565b92506138cc60608701613805565b949793965091946080013592915050565b5f5f5f5f608085870312156138f0575f5ffd5b843593506139006020860161387d565b925061390e60408601613805565b9396929550929360600135925050565b634e487b7160e01b5f52602160045260245ffd5b6004811061394e57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b8281101561398b5781516001600160a01b0316865260209586019590910190600101613964565b5093949350505050565b602081526139a7602082018351613932565b5f60208301516139bc604084018260ff169052565b50604083015160ff8116606084015250606083015167ffffffffffffffff8116608084015250608083015167ffffffffffffffff811660a08401525060a083015167ffffffffffffffff811660c08401525060c083015167ffffffffffffffff811660e08401525060e08301518015156101008401525061010083015160ff81166101208401525061012083015160ff8116610140840152506101408301516001600160a01b038116610160840152506101608301516001600160a01b038116610180840152506101808301516101a0808401526136746101c0840182613952565b5f610120820190506001600160601b0383511682526001600160601b0360208401511660208301526040830151613adb604084018261ffff169052565b506060830151613af3606084018263ffffffff169052565b506080830151613b0b608084018263ffffffff169052565b5060a0830151613b2360a084018263ffffffff169052565b5060c0830151613b3e60c08401826001600160601b03169052565b5060e0830151613b5660e084018263ffffffff169052565b50610100830151613b6d61010084018260ff169052565b5092915050565b60808101613b828287613932565b931515602082015260ff92831660408201529116606090910152919050565b5f60208284031215613bb1575f5ffd5b6137698261387d565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561095557610955613bba565b634e487b7160e01b5f52601260045260245ffd5b5f60ff831680613c0757613c07613be1565b8060ff84160491505092915050565b60ff818116838216019081111561095557610955613bba565b6001600160601b03828116828216039081111561095557610955613bba565b8082025f82127f800000000000000000000000000000000000000000000000000000000000000084141615613c8557613c85613bba565b818105831482151761095557610955613bba565b5f7f80000000000000000000000000000000000000000000000000000000000000008203613cc957613cc9613bba565b505f0390565b5f63ffffffff821663ffffffff8103613cea57613cea613bba565b60010192915050565b67ffffffffffffffff818116838216019081111561095557610955613bba565b8181038181111561095557610955613bba565b634e487b7160e01b5f52603260045260245ffd5b6001600160601b03818116838216019081111561095557610955613bba565b5f81613d6757613d67613bba565b505f190190565b5f82613d7c57613d7c613be1565b500490565b604080825283519082018190525f9060208501906060840190835b81811015613dc35783516001600160a01b0316835260209384019390920191600101613d9c565b5050809250505060ff831660208301529392505050565b634e487b7160e01b5f52604160045260245ffd5b5f60018201613dff57613dff613bba565b5060010190565b62ffffff828116828216039081111561095557610955613bba565b634e487b7160e01b5f52603160045260245ffd5b5f82613e4357613e43613be1565b50069056",
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
// Solidity: constructor(address token_, (uint96,uint96,uint16,uint32,uint32,uint32,uint96,uint32,uint8) p, address admin) returns()
func (witnessPool *WitnessPool) PackConstructor(token_ common.Address, p WitnessPoolParams, admin common.Address) []byte {
	enc, err := witnessPool.abi.Pack("", token_, p, admin)
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
func (witnessPool *WitnessPool) PackDEFAULTADMINROLE() []byte {
	enc, err := witnessPool.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (witnessPool *WitnessPool) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return witnessPool.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (witnessPool *WitnessPool) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := witnessPool.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMARKETROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e27ec9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MARKET_ROLE() view returns(bytes32)
func (witnessPool *WitnessPool) PackMARKETROLE() []byte {
	enc, err := witnessPool.abi.Pack("MARKET_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMARKETROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e27ec9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MARKET_ROLE() view returns(bytes32)
func (witnessPool *WitnessPool) TryPackMARKETROLE() ([]byte, error) {
	return witnessPool.abi.Pack("MARKET_ROLE")
}

// UnpackMARKETROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e27ec9b.
//
// Solidity: function MARKET_ROLE() view returns(bytes32)
func (witnessPool *WitnessPool) UnpackMARKETROLE(data []byte) ([32]byte, error) {
	out, err := witnessPool.abi.Unpack("MARKET_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackCommitReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1473c119.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitReport(uint256 leaseId, bytes32 commitment) returns()
func (witnessPool *WitnessPool) PackCommitReport(leaseId *big.Int, commitment [32]byte) []byte {
	enc, err := witnessPool.abi.Pack("commitReport", leaseId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1473c119.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitReport(uint256 leaseId, bytes32 commitment) returns()
func (witnessPool *WitnessPool) TryPackCommitReport(leaseId *big.Int, commitment [32]byte) ([]byte, error) {
	return witnessPool.abi.Pack("commitReport", leaseId, commitment)
}

// PackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafe7fcf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committee(uint256 leaseId) view returns((uint8,uint8,uint8,uint64,uint64,uint64,uint64,bool,uint8,uint8,address,address,address[]) v)
func (witnessPool *WitnessPool) PackCommittee(leaseId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("committee", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafe7fcf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committee(uint256 leaseId) view returns((uint8,uint8,uint8,uint64,uint64,uint64,uint64,bool,uint8,uint8,address,address,address[]) v)
func (witnessPool *WitnessPool) TryPackCommittee(leaseId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("committee", leaseId)
}

// UnpackCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xafe7fcf4.
//
// Solidity: function committee(uint256 leaseId) view returns((uint8,uint8,uint8,uint64,uint64,uint64,uint64,bool,uint8,uint8,address,address,address[]) v)
func (witnessPool *WitnessPool) UnpackCommittee(data []byte) (WitnessPoolCommitteeView, error) {
	out, err := witnessPool.abi.Unpack("committee", data)
	if err != nil {
		return *new(WitnessPoolCommitteeView), err
	}
	out0 := *abi.ConvertType(out[0], new(WitnessPoolCommitteeView)).(*WitnessPoolCommitteeView)
	return out0, nil
}

// PackDrawCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d71cff6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawCommittee(uint256 leaseId) returns()
func (witnessPool *WitnessPool) PackDrawCommittee(leaseId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("drawCommittee", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d71cff6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawCommittee(uint256 leaseId) returns()
func (witnessPool *WitnessPool) TryPackDrawCommittee(leaseId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("drawCommittee", leaseId)
}

// PackDrawDueAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf747214a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawDueAfter(uint256 leaseId) view returns(uint64)
func (witnessPool *WitnessPool) PackDrawDueAfter(leaseId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("drawDueAfter", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawDueAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf747214a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawDueAfter(uint256 leaseId) view returns(uint64)
func (witnessPool *WitnessPool) TryPackDrawDueAfter(leaseId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("drawDueAfter", leaseId)
}

// UnpackDrawDueAfter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf747214a.
//
// Solidity: function drawDueAfter(uint256 leaseId) view returns(uint64)
func (witnessPool *WitnessPool) UnpackDrawDueAfter(data []byte) (uint64, error) {
	out, err := witnessPool.abi.Unpack("drawDueAfter", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDrawableCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb92bd49d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawableCount() view returns(uint256)
func (witnessPool *WitnessPool) PackDrawableCount() []byte {
	enc, err := witnessPool.abi.Pack("drawableCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawableCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb92bd49d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawableCount() view returns(uint256)
func (witnessPool *WitnessPool) TryPackDrawableCount() ([]byte, error) {
	return witnessPool.abi.Pack("drawableCount")
}

// UnpackDrawableCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb92bd49d.
//
// Solidity: function drawableCount() view returns(uint256)
func (witnessPool *WitnessPool) UnpackDrawableCount(data []byte) (*big.Int, error) {
	out, err := witnessPool.abi.Unpack("drawableCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 leaseId) returns()
func (witnessPool *WitnessPool) PackFinalize(leaseId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("finalize", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 leaseId) returns()
func (witnessPool *WitnessPool) TryPackFinalize(leaseId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("finalize", leaseId)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (witnessPool *WitnessPool) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := witnessPool.abi.Pack("getRoleAdmin", role)
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
func (witnessPool *WitnessPool) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return witnessPool.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (witnessPool *WitnessPool) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := witnessPool.abi.Unpack("getRoleAdmin", data)
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
func (witnessPool *WitnessPool) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := witnessPool.abi.Pack("grantRole", role, account)
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
func (witnessPool *WitnessPool) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (witnessPool *WitnessPool) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := witnessPool.abi.Pack("hasRole", role, account)
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
func (witnessPool *WitnessPool) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (witnessPool *WitnessPool) UnpackHasRole(data []byte) (bool, error) {
	out, err := witnessPool.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57cf87ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCommittee() view returns(uint8)
func (witnessPool *WitnessPool) PackMaxCommittee() []byte {
	enc, err := witnessPool.abi.Pack("maxCommittee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57cf87ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCommittee() view returns(uint8)
func (witnessPool *WitnessPool) TryPackMaxCommittee() ([]byte, error) {
	return witnessPool.abi.Pack("maxCommittee")
}

// UnpackMaxCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57cf87ab.
//
// Solidity: function maxCommittee() view returns(uint8)
func (witnessPool *WitnessPool) UnpackMaxCommittee(data []byte) (uint8, error) {
	out, err := witnessPool.abi.Unpack("maxCommittee", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint96,uint96,uint16,uint32,uint32,uint32,uint96,uint32,uint8))
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
// Solidity: function params() view returns((uint96,uint96,uint16,uint32,uint32,uint32,uint96,uint32,uint8))
func (witnessPool *WitnessPool) TryPackParams() ([]byte, error) {
	return witnessPool.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint96,uint96,uint16,uint32,uint32,uint32,uint96,uint32,uint8))
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

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (witnessPool *WitnessPool) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := witnessPool.abi.Pack("renounceRole", role, callerConfirmation)
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
func (witnessPool *WitnessPool) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReportCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa282c568.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportCommitment(uint256 leaseId, address witness, bool violated, uint64 reportTime, bytes32 secret) pure returns(bytes32)
func (witnessPool *WitnessPool) PackReportCommitment(leaseId *big.Int, witness common.Address, violated bool, reportTime uint64, secret [32]byte) []byte {
	enc, err := witnessPool.abi.Pack("reportCommitment", leaseId, witness, violated, reportTime, secret)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa282c568.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportCommitment(uint256 leaseId, address witness, bool violated, uint64 reportTime, bytes32 secret) pure returns(bytes32)
func (witnessPool *WitnessPool) TryPackReportCommitment(leaseId *big.Int, witness common.Address, violated bool, reportTime uint64, secret [32]byte) ([]byte, error) {
	return witnessPool.abi.Pack("reportCommitment", leaseId, witness, violated, reportTime, secret)
}

// UnpackReportCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa282c568.
//
// Solidity: function reportCommitment(uint256 leaseId, address witness, bool violated, uint64 reportTime, bytes32 secret) pure returns(bytes32)
func (witnessPool *WitnessPool) UnpackReportCommitment(data []byte) ([32]byte, error) {
	out, err := witnessPool.abi.Unpack("reportCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRequestCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8301150f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCommittee(uint256 leaseId, uint8 n, address customer, address provider, uint64 serviceEnd) returns()
func (witnessPool *WitnessPool) PackRequestCommittee(leaseId *big.Int, n uint8, customer common.Address, provider common.Address, serviceEnd uint64) []byte {
	enc, err := witnessPool.abi.Pack("requestCommittee", leaseId, n, customer, provider, serviceEnd)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8301150f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCommittee(uint256 leaseId, uint8 n, address customer, address provider, uint64 serviceEnd) returns()
func (witnessPool *WitnessPool) TryPackRequestCommittee(leaseId *big.Int, n uint8, customer common.Address, provider common.Address, serviceEnd uint64) ([]byte, error) {
	return witnessPool.abi.Pack("requestCommittee", leaseId, n, customer, provider, serviceEnd)
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
// Solidity: function revealReport(uint256 leaseId, bool violated, uint64 reportTime, bytes32 secret) returns()
func (witnessPool *WitnessPool) PackRevealReport(leaseId *big.Int, violated bool, reportTime uint64, secret [32]byte) []byte {
	enc, err := witnessPool.abi.Pack("revealReport", leaseId, violated, reportTime, secret)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8648026.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealReport(uint256 leaseId, bool violated, uint64 reportTime, bytes32 secret) returns()
func (witnessPool *WitnessPool) TryPackRevealReport(leaseId *big.Int, violated bool, reportTime uint64, secret [32]byte) ([]byte, error) {
	return witnessPool.abi.Pack("revealReport", leaseId, violated, reportTime, secret)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (witnessPool *WitnessPool) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := witnessPool.abi.Pack("revokeRole", role, account)
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
func (witnessPool *WitnessPool) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("revokeRole", role, account)
}

// PackSeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b67dbbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seat(uint256 leaseId, address witness) view returns((bytes20,uint32,uint8,uint32))
func (witnessPool *WitnessPool) PackSeat(leaseId *big.Int, witness common.Address) []byte {
	enc, err := witnessPool.abi.Pack("seat", leaseId, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b67dbbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seat(uint256 leaseId, address witness) view returns((bytes20,uint32,uint8,uint32))
func (witnessPool *WitnessPool) TryPackSeat(leaseId *big.Int, witness common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("seat", leaseId, witness)
}

// UnpackSeat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b67dbbb.
//
// Solidity: function seat(uint256 leaseId, address witness) view returns((bytes20,uint32,uint8,uint32))
func (witnessPool *WitnessPool) UnpackSeat(data []byte) (WitnessPoolSeat, error) {
	out, err := witnessPool.abi.Unpack("seat", data)
	if err != nil {
		return *new(WitnessPoolSeat), err
	}
	out0 := *abi.ConvertType(out[0], new(WitnessPoolSeat)).(*WitnessPoolSeat)
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

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (witnessPool *WitnessPool) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := witnessPool.abi.Pack("supportsInterface", interfaceId)
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
func (witnessPool *WitnessPool) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return witnessPool.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (witnessPool *WitnessPool) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := witnessPool.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
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
// Solidity: function verdict(uint256 leaseId) view returns(uint8 status, bool violated, uint8 violationReports, uint8 revealed)
func (witnessPool *WitnessPool) PackVerdict(leaseId *big.Int) []byte {
	enc, err := witnessPool.abi.Pack("verdict", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerdict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3dc1fdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verdict(uint256 leaseId) view returns(uint8 status, bool violated, uint8 violationReports, uint8 revealed)
func (witnessPool *WitnessPool) TryPackVerdict(leaseId *big.Int) ([]byte, error) {
	return witnessPool.abi.Pack("verdict", leaseId)
}

// VerdictOutput serves as a container for the return parameters of contract
// method Verdict.
type VerdictOutput struct {
	Status           uint8
	Violated         bool
	ViolationReports uint8
	Revealed         uint8
}

// UnpackVerdict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3dc1fdf.
//
// Solidity: function verdict(uint256 leaseId) view returns(uint8 status, bool violated, uint8 violationReports, uint8 revealed)
func (witnessPool *WitnessPool) UnpackVerdict(data []byte) (VerdictOutput, error) {
	out, err := witnessPool.abi.Unpack("verdict", data)
	outstruct := new(VerdictOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Violated = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.ViolationReports = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Revealed = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackWithdrawWitnessStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x540a5922.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawWitnessStake() returns()
func (witnessPool *WitnessPool) PackWithdrawWitnessStake() []byte {
	enc, err := witnessPool.abi.Pack("withdrawWitnessStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawWitnessStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x540a5922.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawWitnessStake() returns()
func (witnessPool *WitnessPool) TryPackWithdrawWitnessStake() ([]byte, error) {
	return witnessPool.abi.Pack("withdrawWitnessStake")
}

// PackWitness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46210f5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function witness(address account) view returns((uint96,uint96,uint32,uint24,uint8))
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
// Solidity: function witness(address account) view returns((uint96,uint96,uint32,uint24,uint8))
func (witnessPool *WitnessPool) TryPackWitness(account common.Address) ([]byte, error) {
	return witnessPool.abi.Pack("witness", account)
}

// UnpackWitness is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46210f5b.
//
// Solidity: function witness(address account) view returns((uint96,uint96,uint32,uint24,uint8))
func (witnessPool *WitnessPool) UnpackWitness(data []byte) (WitnessPoolWitness, error) {
	out, err := witnessPool.abi.Unpack("witness", data)
	if err != nil {
		return *new(WitnessPoolWitness), err
	}
	out0 := *abi.ConvertType(out[0], new(WitnessPoolWitness)).(*WitnessPoolWitness)
	return out0, nil
}

// PackWitnessCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75aa85c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function witnessCount() view returns(uint32)
func (witnessPool *WitnessPool) PackWitnessCount() []byte {
	enc, err := witnessPool.abi.Pack("witnessCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWitnessCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75aa85c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function witnessCount() view returns(uint32)
func (witnessPool *WitnessPool) TryPackWitnessCount() ([]byte, error) {
	return witnessPool.abi.Pack("witnessCount")
}

// UnpackWitnessCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75aa85c1.
//
// Solidity: function witnessCount() view returns(uint32)
func (witnessPool *WitnessPool) UnpackWitnessCount(data []byte) (uint32, error) {
	out, err := witnessPool.abi.Unpack("witnessCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// WitnessPoolCommitteeDrawn represents a CommitteeDrawn event raised by the WitnessPool contract.
type WitnessPoolCommitteeDrawn struct {
	LeaseId   *big.Int
	Members   []common.Address
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const WitnessPoolCommitteeDrawnEventName = "CommitteeDrawn"

// ContractEventName returns the user-defined event name.
func (WitnessPoolCommitteeDrawn) ContractEventName() string {
	return WitnessPoolCommitteeDrawnEventName
}

// UnpackCommitteeDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeDrawn(uint256 indexed leaseId, address[] members, uint8 threshold)
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

// WitnessPoolCommitteeRequested represents a CommitteeRequested event raised by the WitnessPool contract.
type WitnessPoolCommitteeRequested struct {
	LeaseId      *big.Int
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
// Solidity: event CommitteeRequested(uint256 indexed leaseId, uint64 requestBlock, uint8 n)
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
	LeaseId  *big.Int
	Eligible uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const WitnessPoolCommitteeUnwitnessedEventName = "CommitteeUnwitnessed"

// ContractEventName returns the user-defined event name.
func (WitnessPoolCommitteeUnwitnessed) ContractEventName() string {
	return WitnessPoolCommitteeUnwitnessedEventName
}

// UnpackCommitteeUnwitnessedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeUnwitnessed(uint256 indexed leaseId, uint8 eligible)
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

// WitnessPoolReportCommitted represents a ReportCommitted event raised by the WitnessPool contract.
type WitnessPoolReportCommitted struct {
	LeaseId *big.Int
	Witness common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const WitnessPoolReportCommittedEventName = "ReportCommitted"

// ContractEventName returns the user-defined event name.
func (WitnessPoolReportCommitted) ContractEventName() string {
	return WitnessPoolReportCommittedEventName
}

// UnpackReportCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportCommitted(uint256 indexed leaseId, address indexed witness)
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
	LeaseId  *big.Int
	Witness  common.Address
	Violated bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const WitnessPoolReportRevealedEventName = "ReportRevealed"

// ContractEventName returns the user-defined event name.
func (WitnessPoolReportRevealed) ContractEventName() string {
	return WitnessPoolReportRevealedEventName
}

// UnpackReportRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportRevealed(uint256 indexed leaseId, address indexed witness, bool violated)
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

// WitnessPoolRoleAdminChanged represents a RoleAdminChanged event raised by the WitnessPool contract.
type WitnessPoolRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const WitnessPoolRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (WitnessPoolRoleAdminChanged) ContractEventName() string {
	return WitnessPoolRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (witnessPool *WitnessPool) UnpackRoleAdminChangedEvent(log *types.Log) (*WitnessPoolRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolRoleAdminChanged)
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

// WitnessPoolRoleGranted represents a RoleGranted event raised by the WitnessPool contract.
type WitnessPoolRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const WitnessPoolRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (WitnessPoolRoleGranted) ContractEventName() string {
	return WitnessPoolRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (witnessPool *WitnessPool) UnpackRoleGrantedEvent(log *types.Log) (*WitnessPoolRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolRoleGranted)
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

// WitnessPoolRoleRevoked represents a RoleRevoked event raised by the WitnessPool contract.
type WitnessPoolRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const WitnessPoolRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (WitnessPoolRoleRevoked) ContractEventName() string {
	return WitnessPoolRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (witnessPool *WitnessPool) UnpackRoleRevokedEvent(log *types.Log) (*WitnessPoolRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != witnessPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WitnessPoolRoleRevoked)
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
	LeaseId          *big.Int
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
// Solidity: event VerdictReached(uint256 indexed leaseId, bool violated, uint8 violationReports, uint8 revealed)
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
	LeaseId *big.Int
	Witness common.Address
	Payoff  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WitnessPoolWitnessPaidEventName = "WitnessPaid"

// ContractEventName returns the user-defined event name.
func (WitnessPoolWitnessPaid) ContractEventName() string {
	return WitnessPoolWitnessPaidEventName
}

// UnpackWitnessPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WitnessPaid(uint256 indexed leaseId, address indexed witness, int256 payoff)
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
	Witness common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WitnessPoolWitnessWithdrawnEventName = "WitnessWithdrawn"

// ContractEventName returns the user-defined event name.
func (WitnessPoolWitnessWithdrawn) ContractEventName() string {
	return WitnessPoolWitnessWithdrawnEventName
}

// UnpackWitnessWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WitnessWithdrawn(address indexed witness, uint256 amount)
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
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return witnessPool.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return witnessPool.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
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
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["ExitNotRequested"].ID.Bytes()[:4]) {
		return witnessPool.UnpackExitNotRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return witnessPool.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return witnessPool.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["NotMember"].ID.Bytes()[:4]) {
		return witnessPool.UnpackNotMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["NotWitness"].ID.Bytes()[:4]) {
		return witnessPool.UnpackNotWitnessError(raw[4:])
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
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["SeedUnavailable"].ID.Bytes()[:4]) {
		return witnessPool.UnpackSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["StakeBelowMinimum"].ID.Bytes()[:4]) {
		return witnessPool.UnpackStakeBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], witnessPool.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return witnessPool.UnpackStakeLockedError(raw[4:])
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

// WitnessPoolAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the WitnessPool contract.
type WitnessPoolAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func WitnessPoolAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (witnessPool *WitnessPool) UnpackAccessControlBadConfirmationError(raw []byte) (*WitnessPoolAccessControlBadConfirmation, error) {
	out := new(WitnessPoolAccessControlBadConfirmation)
	if err := witnessPool.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the WitnessPool contract.
type WitnessPoolAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func WitnessPoolAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (witnessPool *WitnessPool) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*WitnessPoolAccessControlUnauthorizedAccount, error) {
	out := new(WitnessPoolAccessControlUnauthorizedAccount)
	if err := witnessPool.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
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
	LeaseId *big.Int
	Witness common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 leaseId, address witness)
func WitnessPoolAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 leaseId, address witness)
func (witnessPool *WitnessPool) UnpackAlreadyRevealedError(raw []byte) (*WitnessPoolAlreadyRevealed, error) {
	out := new(WitnessPoolAlreadyRevealed)
	if err := witnessPool.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolCommitmentMismatch represents a CommitmentMismatch error raised by the WitnessPool contract.
type WitnessPoolCommitmentMismatch struct {
	LeaseId *big.Int
	Witness common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 leaseId, address witness)
func WitnessPoolCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 leaseId, address witness)
func (witnessPool *WitnessPool) UnpackCommitmentMismatchError(raw []byte) (*WitnessPoolCommitmentMismatch, error) {
	out := new(WitnessPoolCommitmentMismatch)
	if err := witnessPool.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolCommitteeExists represents a CommitteeExists error raised by the WitnessPool contract.
type WitnessPoolCommitteeExists struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeExists(uint256 leaseId)
func WitnessPoolCommitteeExistsErrorID() common.Hash {
	return common.HexToHash("0x188295a456d0f34a125251f70dcf84371cbb7b6d80fa2b1fbf09461d76a73729")
}

// UnpackCommitteeExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeExists(uint256 leaseId)
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

// WitnessPoolExitNotRequested represents a ExitNotRequested error raised by the WitnessPool contract.
type WitnessPoolExitNotRequested struct {
	Witness common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitNotRequested(address witness)
func WitnessPoolExitNotRequestedErrorID() common.Hash {
	return common.HexToHash("0xccabe40da6a4bd0dcc686d1f53d1fefa007808f37235af3130a04398f7d3cdfe")
}

// UnpackExitNotRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitNotRequested(address witness)
func (witnessPool *WitnessPool) UnpackExitNotRequestedError(raw []byte) (*WitnessPoolExitNotRequested, error) {
	out := new(WitnessPoolExitNotRequested)
	if err := witnessPool.abi.UnpackIntoInterface(out, "ExitNotRequested", raw); err != nil {
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

// WitnessPoolNoCommitment represents a NoCommitment error raised by the WitnessPool contract.
type WitnessPoolNoCommitment struct {
	LeaseId *big.Int
	Witness common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 leaseId, address witness)
func WitnessPoolNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 leaseId, address witness)
func (witnessPool *WitnessPool) UnpackNoCommitmentError(raw []byte) (*WitnessPoolNoCommitment, error) {
	out := new(WitnessPoolNoCommitment)
	if err := witnessPool.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WitnessPoolNotMember represents a NotMember error raised by the WitnessPool contract.
type WitnessPoolNotMember struct {
	LeaseId *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMember(uint256 leaseId, address account)
func WitnessPoolNotMemberErrorID() common.Hash {
	return common.HexToHash("0x019b63f887cbbddb809ecf6bc5204ba861e948b8b7ca1690ce89252b269e30ea")
}

// UnpackNotMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMember(uint256 leaseId, address account)
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

// WitnessPoolSeedUnavailable represents a SeedUnavailable error raised by the WitnessPool contract.
type WitnessPoolSeedUnavailable struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedUnavailable(uint256 leaseId)
func WitnessPoolSeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0x356d3269f9169a7e9b029786c2788aff92168188e7cf4d944f1dc90f789af90b")
}

// UnpackSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedUnavailable(uint256 leaseId)
func (witnessPool *WitnessPool) UnpackSeedUnavailableError(raw []byte) (*WitnessPoolSeedUnavailable, error) {
	out := new(WitnessPoolSeedUnavailable)
	if err := witnessPool.abi.UnpackIntoInterface(out, "SeedUnavailable", raw); err != nil {
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
	LeaseId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongCommitteeState(uint256 leaseId, uint8 status)
func WitnessPoolWrongCommitteeStateErrorID() common.Hash {
	return common.HexToHash("0xbc3b814f1e963a43665b148b4fc7c774f531d16debce89865021fe0a1f02c554")
}

// UnpackWrongCommitteeStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongCommitteeState(uint256 leaseId, uint8 status)
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
