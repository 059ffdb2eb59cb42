package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/keys"
)

func (a *app) accountCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "account", Short: "Manage the accounts in the keystore"}
	cmd.AddCommand(&cobra.Command{
		Use:   "new",
		Short: "Make a new account, encrypted with a password",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			store, err := keys.Open(a.keystoreDir())
			if err != nil {
				return err
			}
			pw, err := keys.Password(a.g.passwordFile, "Password for the new account: ", true, a.env.Stdin, a.env.Stderr)
			if err != nil {
				return err
			}
			addr, err := store.New(pw)
			if err != nil {
				return err
			}
			return a.show(map[string]string{"address": addr.Hex(), "keystore": store.Dir()}, func(w io.Writer) {
				fmt.Fprintf(w, "New account %s in %s\n", addr.Hex(), store.Dir())
			})
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the keystore's accounts",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			store, err := keys.Open(a.keystoreDir())
			if err != nil {
				return err
			}
			list := store.List()
			out := make([]string, len(list))
			for i, addr := range list {
				out[i] = addr.Hex()
			}
			return a.show(out, func(w io.Writer) {
				row(w, "#", "ADDRESS")
				for i, addr := range out {
					row(w, i, addr)
				}
				if len(out) == 0 {
					fmt.Fprintf(w, "no accounts in %s: make one with `defaas account new`\n", store.Dir())
				}
			})
		},
	})
	var keyFile string
	imp := &cobra.Command{
		Use:   "import",
		Short: "Import a raw private key (hex) into the keystore",
		Args:  exactArgs(0, "no arguments: give the key with --key-file or on standard input"),
		RunE: func(c *cobra.Command, _ []string) error {
			var raw []byte
			var err error
			if keyFile != "" {
				raw, err = os.ReadFile(keyFile)
			} else {
				raw, err = io.ReadAll(io.LimitReader(a.env.Stdin, 1024))
			}
			if err != nil {
				return fmt.Errorf("read key: %w", err)
			}
			store, err := keys.Open(a.keystoreDir())
			if err != nil {
				return err
			}
			pw, err := keys.Password(a.g.passwordFile, "Password to encrypt the key with: ", true, nil, a.env.Stderr)
			if err != nil {
				return err
			}
			addr, err := store.Import(strings.TrimSpace(string(raw)), pw)
			if err != nil {
				return err
			}
			return a.show(map[string]string{"address": addr.Hex()}, func(w io.Writer) {
				fmt.Fprintf(w, "Imported account %s into %s\n", addr.Hex(), store.Dir())
			})
		},
	}
	imp.Flags().StringVar(&keyFile, "key-file", "", "file holding the hex private key (default: standard input)")
	cmd.AddCommand(imp)
	return cmd
}
