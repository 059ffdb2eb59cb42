package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// functionCmd is the customer's side of the provider API: upload, invoke, status.
func (a *app) functionCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "function", Short: "Upload, invoke and inspect a lease's function (as its customer or witness)"}

	cmd.AddCommand(&cobra.Command{
		Use: "upload ID FILE.wasm", Short: "Upload (or replace) the lease's WebAssembly module",
		Args: exactArgs(2, "an order id and a .wasm file"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args[:1])
			if err != nil {
				return err
			}
			wasm, err := os.ReadFile(args[1])
			if err != nil {
				return err
			}
			cl, err := a.functionClient(c.Context(), id)
			if err != nil {
				return err
			}
			st, err := cl.Upload(c.Context(), api.LeaseID(id), wasm)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(wasm)
			a.say("Uploaded %s (sha256 %s) for lease %d; commit it with `defaas order fulfill %d --module %s`", args[1], hexutil.Encode(sum[:]), id, id, args[1])
			return a.show(st, func(w io.Writer) {
				row(w, "lease", id)
				row(w, "abi", st.ABI)
				row(w, "size", st.Size)
				row(w, "slots", st.Slots)
				row(w, "memory", fmt.Sprintf("%d MB", st.MemoryMB))
			})
		},
	})

	var data, method, out string
	var headers []string
	invoke := &cobra.Command{
		Use: "invoke ID [PATH]", Short: "Run the lease's function and print its answer",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) < 1 || len(args) > 2 {
				return usageError{fmt.Errorf("expected an order id and optionally a path")}
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args[:1])
			if err != nil {
				return err
			}
			path := "/"
			if len(args) == 2 {
				path = args[1]
			}
			var body []byte
			switch {
			case data == "-":
				body, err = io.ReadAll(a.env.Stdin)
			case strings.HasPrefix(data, "@"):
				body, err = os.ReadFile(data[1:])
			case data != "":
				body = []byte(data)
			}
			if err != nil {
				return fmt.Errorf("--data: %w", err)
			}
			if method == "" {
				method = http.MethodGet
				if body != nil {
					method = http.MethodPost
				}
			}
			hdr := http.Header{}
			for _, h := range headers {
				k, v, ok := strings.Cut(h, ":")
				if !ok {
					return usageError{fmt.Errorf("--header %q: write it as 'Name: value'", h)}
				}
				hdr.Add(strings.TrimSpace(k), strings.TrimSpace(v))
			}
			cl, err := a.functionClient(c.Context(), id)
			if err != nil {
				return err
			}
			res, err := cl.Invoke(c.Context(), api.LeaseID(id), strings.ToUpper(method), path, body, hdr)
			if err != nil {
				return err
			}
			defer res.Body.Close()
			var w io.Writer = a.env.Stdout
			if out != "" && out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return err
				}
				defer f.Close()
				w = f
			}
			if _, err := io.Copy(w, res.Body); err != nil {
				return fmt.Errorf("read the answer: %w", err)
			}
			if res.StatusCode >= 400 {
				return fmt.Errorf("the function answered %s", res.Status)
			}
			return nil
		},
	}
	invoke.Flags().StringVarP(&data, "data", "d", "", "request body: text, @FILE, or - for stdin")
	invoke.Flags().StringVarP(&method, "method", "X", "", "HTTP method (default GET, or POST with --data)")
	invoke.Flags().StringArrayVarP(&headers, "header", "H", nil, "request header 'Name: value' (repeatable)")
	invoke.Flags().StringVarP(&out, "output", "o", "", "write the answer's body to this file")
	cmd.AddCommand(invoke)

	cmd.AddCommand(&cobra.Command{
		Use: "status ID", Short: "Show the lease's status on the provider's side",
		Args: exactArgs(1, "an order id"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args)
			if err != nil {
				return err
			}
			cl, err := a.functionClient(c.Context(), id)
			if err != nil {
				return err
			}
			st, err := cl.Status(c.Context(), api.LeaseID(id))
			if err != nil {
				return err
			}
			return a.show(st, func(w io.Writer) {
				row(w, "lease", st.Lease)
				row(w, "active", st.Active)
				row(w, "level", fmt.Sprintf("%d cpuMilli, %d MB, %d MB image", st.Level.CPUMilli, st.Level.MemoryMB, st.Level.ImageMB))
				if st.Function == nil {
					row(w, "function", "not loaded")
					return
				}
				row(w, "function", fmt.Sprintf("%s, %d bytes, loaded %s", st.Function.ABI, st.Function.Size, st.Function.LoadedAt.Format("2006-01-02T15:04:05Z07:00")))
				row(w, "served", st.Function.Served)
				row(w, "failed", st.Function.Failed)
			})
		},
	})
	return cmd
}

// functionClient signs as the chosen account for the endpoint the order's provider published.
func (a *app) functionClient(ctx context.Context, id uint64) (*client.Client, error) {
	r, err := a.reader(ctx)
	if err != nil {
		return nil, err
	}
	dep, err := r.Deployment(ctx, id)
	if err != nil {
		return nil, err
	}
	s, err := a.signer(ctx)
	if err != nil {
		return nil, err
	}
	if s.Key == nil {
		return nil, fmt.Errorf("account %s cannot sign requests: its key is not available", s.Address)
	}
	d := sigauth.Domain{ChainID: a.conn.ChainID(), Market: r.Manifest().Market}
	return client.New(dep.Endpoint, d, s.Key, nil), nil
}
