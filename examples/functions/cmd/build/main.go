// Command build builds the example functions into a directory, each as a defaas_v1 reactor
// and as a CGI command (`go generate ./examples/functions` runs it):
//
//	go run ./cmd/build [-o DIR] [NAME ...]
//
// With no names it builds every example; the C one (mandelbrot) needs clang
// (tools/c-toolchain.sh installs it).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"slices"

	"github.com/defaas/defaas/examples/functions"
)

func main() {
	out := flag.String("o", "build", "directory the modules are written to")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: build [-o DIR] [NAME ...]\nbuilds the example functions %v, each as a reactor and as a CGI command\n", functions.Names)
		flag.PrintDefaults()
	}
	flag.Parse()
	names := flag.Args()
	if len(names) == 0 {
		names = functions.Names
	}
	for _, n := range names {
		if !slices.Contains(functions.Names, n) {
			fmt.Fprintf(os.Stderr, "build: no example function %q (have %v)\n", n, functions.Names)
			os.Exit(2)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	for _, n := range names {
		for _, abi := range []functions.ABI{functions.Reactor, functions.CGI} {
			path, err := functions.Build(ctx, n, abi, *out)
			if err != nil {
				fmt.Fprintf(os.Stderr, "build: %v\n", err)
				if n == "mandelbrot" {
					fmt.Fprintln(os.Stderr, "build: only the Go examples: go run ./cmd/build -o build hello thumbnail")
				}
				os.Exit(1)
			}
			fmt.Println(path)
		}
	}
}
