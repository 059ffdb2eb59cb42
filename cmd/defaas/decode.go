package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
)

// decoded is what `decode-error` shows.
type decoded struct {
	Contract string         `json:"contract,omitempty"`
	Error    string         `json:"error"`
	Args     map[string]any `json:"args"`
	Text     string         `json:"text"`
	Hint     string         `json:"hint,omitempty"`
}

func (a *app) decodeErrorCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "decode-error 0xDATA",
		Short: "Name a contract's refusal from its revert data (what cast shows as `custom error 0x…`)",
		Long: `Decodes revert data — the 4-byte selector and the arguments, as a node or cast prints them —
into the error of whichever DeFaaS contract declares it, with its arguments and what to do about
it. Needs no chain. (With cast: cast decode-error --sig 'StakeLocked(uint256,uint256)' 0x…)`,
		Args: exactArgs(1, "the revert data, 0x-prefixed hex"),
		RunE: func(c *cobra.Command, args []string) error {
			s := strings.TrimSpace(args[0])
			if !strings.HasPrefix(s, "0x") {
				s = "0x" + s
			}
			data, err := hexutil.Decode(s)
			if err != nil || len(data) < 4 {
				return usageError{fmt.Errorf("%q is not revert data: give the 0x-prefixed hex of at least the 4-byte selector", args[0])}
			}
			re := contracts.UnpackRevert(data)
			if re == nil {
				return fmt.Errorf("%s is no error of the DeFaaS contracts (selector %s) nor Error(string): is it another contract's?", args[0], hexutil.Encode(data[:4]))
			}
			d := decoded{Contract: re.Contract, Error: re.Name, Args: map[string]any{}, Text: re.Error(), Hint: market.Hint(re)}
			for _, arg := range re.Args {
				d.Args[arg.Name] = fmt.Sprint(arg.Value)
			}
			return a.show(d, func(w io.Writer) {
				fmt.Fprintln(w, d.Text)
				if d.Hint != "" {
					fmt.Fprintln(w, d.Hint)
				}
			})
		},
	}
}
