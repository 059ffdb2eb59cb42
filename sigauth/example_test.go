package sigauth_test

import (
	"encoding/hex"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/sigauth"
)

// A test vector for clients in other languages: the digest and the header
// of a fixed request signed with a fixed key (secp256k1 signatures here are
// deterministic, RFC 6979). Foundry's cast reproduces both:
//
//	BH=$(printf hello | sha256sum | cut -d' ' -f1)
//	ENC=$(cast abi-encode "f(uint256,address,uint256,string,string,bytes32,uint256,bytes)" \
//	  1337 0x5FbDB2315678afecb367f032d93F642f64180aa3 7 POST "/v1/leases/7/invoke/thumb?w=128" \
//	  0x$BH 1800000000 0x00112233445566778899aabbccddeeff)
//	cast wallet sign --private-key 0xac09…ff80 $(cast keccak $ENC)
func ExampleDomain_SignMessage() {
	key, _ := crypto.HexToECDSA("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	d := sigauth.Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	nonce, _ := hex.DecodeString("00112233445566778899aabbccddeeff")
	m := sigauth.Message{
		Lease:        7,
		Method:       "POST",
		PathAndQuery: "/v1/leases/7/invoke/thumb?w=128",
		BodySHA256:   sigauth.BodyHash([]byte("hello")),
		Timestamp:    1800000000,
		Nonce:        nonce,
	}
	digest, _ := d.Digest(m)
	sig, _ := d.SignMessage(m, key)
	fmt.Println("signer:", crypto.PubkeyToAddress(key.PublicKey).Hex())
	fmt.Println("digest:", hex.EncodeToString(digest[:]))
	fmt.Println(sigauth.Header{Lease: m.Lease, Timestamp: m.Timestamp, Nonce: m.Nonce, Sig: sig})
	// Output:
	// signer: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
	// digest: d754f72a960781d750ec071ce6a327401f6ce615ea80f481ea9da9b1e92093a4
	// DeFaaS-Sig lease=7,ts=1800000000,nonce=00112233445566778899aabbccddeeff,sig=675376ced9d45fa03c6d0d3b1f496bcd445b0d2cd6684832ad00279d670e03c0138d3c6ebbb3b045d5a41e9eb5f04ebe0ae09f9fa1d22bc86236aaa1fa574f141b
}
