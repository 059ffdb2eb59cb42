package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// functionCmd is the customer's side of the provider API: upload, invoke, status, and who may
// invoke (function_access.go).
func (a *app) functionCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "function", Short: "Build, upload, invoke and inspect a lease's function (as its customer or witness)"}
	cmd.AddCommand(a.functionBuildCmd())

	var uploadProbes []string
	upload := &cobra.Command{
		Use: "upload ID FILE.wasm", Short: "Upload (or replace) the lease's WebAssembly module",
		Long: `Uploads the lease's module, and registers with the provider, long before they are needed,
the spare keys that the witnesses' probe kits will carry (SPEC §5.4); --probe chooses the
kits' requests.`,
		Args: exactArgs(2, "an order id and a .wasm file"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args[:1])
			if err != nil {
				return err
			}
			probes, err := probeFlags(uploadProbes)
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
			if err := a.prepareAccess(c.Context(), id, probes); err != nil {
				fmt.Fprintf(a.env.Stderr, "The spare keys of the probe kits were not registered (%v): `defaas function access` registers them later.\n", err)
			}
			return a.show(st, func(w io.Writer) {
				row(w, "lease", id)
				row(w, "abi", st.ABI)
				row(w, "size", st.Size)
				row(w, "slots", st.Slots)
				row(w, "memory", fmt.Sprintf("%d MB", st.MemoryMB))
			})
		},
	}
	upload.Flags().StringArrayVar(&uploadProbes, "probe", nil, probeHelp)
	cmd.AddCommand(upload)
	cmd.AddCommand(a.functionAccessCmds()...)

	var data, method, out string
	var headers []string
	invoke := &cobra.Command{
		Use: "invoke ID [PATH]", Short: "Run the lease's function and print its answer",
		Args: idAndOptionalPath,
		RunE: func(c *cobra.Command, args []string) error {
			id, path, err := orderAndPath(args)
			if err != nil {
				return err
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

// functionBuildCmd builds a Go function for the provider's runtime.
func (a *app) functionBuildCmd() *cobra.Command {
	var out string
	var cgi bool
	build := &cobra.Command{
		Use:   "build DIR",
		Short: "Build the Go function in DIR (a main package) into a WebAssembly module to upload",
		Long: `Builds the Go main package in DIR with the go command for GOOS=wasip1 GOARCH=wasm: a
defaas_v1 reactor (-buildmode=c-shared; the function registers its http.Handler with
runtime/sdk's Handle, and the provider keeps it warm), or with --cgi a plain WASI command that
speaks CGI and runs once per request. The module is written to -o, by default DIR's name with
.wasm (-cgi.wasm with --cgi) in the current directory. Needs the go command on PATH.`,
		Example: "  defaas function build examples/functions/hello -o hello.wasm",
		Args:    exactArgs(1, "the directory of the function's main package"),
		RunE: func(c *cobra.Command, args []string) error {
			dir := filepath.Clean(args[0])
			abi := functions.Reactor
			if cgi {
				abi = functions.CGI
			}
			if out == "" {
				abs, err := filepath.Abs(dir)
				if err != nil {
					return err
				}
				out = functions.FileName(filepath.Base(abs), abi)
			}
			path, err := functions.BuildPackage(c.Context(), dir, abi, out)
			if err != nil {
				return err
			}
			wasm, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(wasm)
			a.say("Built %s (%s, %d bytes, sha256 %s); upload it with `defaas function upload ID %s`", out, abi, len(wasm), hexutil.Encode(sum[:]), out)
			return nil
		},
	}
	build.Flags().StringVarP(&out, "output", "o", "", "the module file to write (default: DIR's name .wasm, in the current directory)")
	build.Flags().BoolVar(&cgi, "cgi", false, "build a CGI command (main runs once per request) instead of a defaas_v1 reactor")
	return build
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

// idAndOptionalPath checks the arguments of commands that take an order id and a path (default /).
func idAndOptionalPath(_ *cobra.Command, args []string) error {
	if len(args) < 1 || len(args) > 2 {
		return usageError{errors.New("expected an order id and optionally a path")}
	}
	return nil
}

// orderAndPath reads the arguments idAndOptionalPath checked.
func orderAndPath(args []string) (uint64, string, error) {
	id, err := orderID(args[:1])
	if err != nil {
		return 0, "", err
	}
	if len(args) == 2 {
		return id, args[1], nil
	}
	return id, "/", nil
}
