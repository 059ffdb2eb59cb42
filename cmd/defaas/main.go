// Command defaas is the DeFaaS command line: accounts, a one-command development chain,
// deployment, and the customer's, provider's and witness's side of the market. Each command
// parses its flags, calls the package that does the work and prints the result.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, defaultEnv(), os.Args[1:])
	stop()
	os.Exit(code)
}
