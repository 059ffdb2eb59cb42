package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/market"
)

// show prints v as JSON with --json, else calls table.
func (a *app) show(v any, table func(w io.Writer)) error {
	if a.g.json {
		enc := json.NewEncoder(a.env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	tw := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
	table(tw)
	return tw.Flush()
}

// say prints a line of progress or result (not with --json, where only data goes to stdout).
func (a *app) say(format string, args ...any) {
	w := a.env.Stdout
	if a.g.json {
		w = a.env.Stderr
	}
	fmt.Fprintf(w, format+"\n", args...)
}

func row(w io.Writer, cells ...any) {
	s := make([]string, len(cells))
	for i, c := range cells {
		s[i] = fmt.Sprint(c)
	}
	fmt.Fprintln(w, strings.Join(s, "\t"))
}

func fstOrDash(v *big.Int) string {
	if v == nil {
		return "-"
	}
	return market.FormatFST(v) + " FST"
}

func when(t time.Time, now time.Time) string {
	if t.IsZero() {
		return "-"
	}
	d := t.Sub(now).Round(time.Second)
	switch {
	case d > 0:
		return fmt.Sprintf("%s (in %s)", t.Format(time.RFC3339), d)
	case d < 0:
		return fmt.Sprintf("%s (%s ago)", t.Format(time.RFC3339), -d)
	}
	return t.Format(time.RFC3339) + " (now)"
}

// orderID parses a command's order id argument.
func orderID(args []string) (uint64, error) {
	if len(args) != 1 {
		return 0, usageError{fmt.Errorf("give one order id")}
	}
	id, err := strconv.ParseUint(args[0], 10, 64)
	if err != nil || id == 0 {
		return 0, usageError{fmt.Errorf("order id %q: ids are whole numbers from 1 (see `defaas order list`)", args[0])}
	}
	return id, nil
}

func fstFlag(name, value string) (*big.Int, error) {
	v, err := market.ParseFST(value)
	if err != nil {
		return nil, usageError{fmt.Errorf("--%s: %w", name, err)}
	}
	return v, nil
}

func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("expected %s", what)}
		}
		return nil
	}
}
