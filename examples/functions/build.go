// Package functions holds the example DeFaaS functions and builds them.
//
// Each subdirectory is one function written against net/http: hello echoes
// the request, thumbnail resizes an image. Each builds two ways from the same
// source: as a defaas_v1 reactor (fast, kept warm by the provider) and as a
// plain WASI command that speaks CGI. Build all of them into ./build with
//
//	go generate ./examples/functions
//
// The modules are not committed: they are a few megabytes each and depend on
// the Go toolchain that builds them. Programs that need them at run time (the
// provider's demo, tests) call Build, which needs the go command and this
// module's source tree.
package functions

//go:generate go run ./cmd/build -o build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
)

// Names lists the example functions.
var Names = []string{"hello", "thumbnail"}

// ABI selects how a function is built.
type ABI string

const (
	// Reactor builds a defaas_v1 reactor (-buildmode=c-shared).
	Reactor ABI = "reactor"
	// CGI builds a plain WASI command that speaks CGI.
	CGI ABI = "cgi"
)

// FileName is the module's file name in a build directory: hello.wasm for
// the reactor, hello-cgi.wasm for the CGI command.
func FileName(name string, abi ABI) string {
	if abi == CGI {
		return name + "-cgi.wasm"
	}
	return name + ".wasm"
}

// SourceDir is the directory holding the example sources, found from this
// file's location at compile time: Build works wherever this module's source
// tree is (tests, go run, a binary built from a checkout).
func SourceDir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", errors.New("locate the example sources: no caller information")
	}
	dir := filepath.Dir(file)
	if _, err := os.Stat(filepath.Join(dir, "hello", "main.go")); err != nil {
		return "", fmt.Errorf("example sources not found at %s (Build needs the defaas source tree): %w", dir, err)
	}
	return dir, nil
}

// Build compiles the example function name for GOOS=wasip1 GOARCH=wasm into
// dir and returns the module's path. The go command's build cache makes a
// repeated build cheap.
func Build(ctx context.Context, name string, abi ABI, dir string) (string, error) {
	if !slices.Contains(Names, name) {
		return "", fmt.Errorf("build %s: no such example function (have %v)", name, Names)
	}
	src, err := SourceDir()
	if err != nil {
		return "", err
	}
	return BuildPackage(ctx, filepath.Join(src, name), abi, filepath.Join(dir, FileName(name, abi)))
}

// BuildPackage compiles the Go main package in pkgDir for wasip1 into out.
func BuildPackage(ctx context.Context, pkgDir string, abi ABI, out string) (string, error) {
	out, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", fmt.Errorf("build %s: %w", pkgDir, err)
	}
	args := []string{"build", "-trimpath", "-o", out}
	if abi == Reactor {
		args = append(args, "-buildmode=c-shared")
	} else {
		// Leave the defaas_v1 ABI of package runtime/sdk out: a pure
		// WASI command runs on any CGI host.
		args = append(args, "-tags=defaas_cgi")
	}
	args = append(args, ".")
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = pkgDir
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build %s for wasip1 (%s): %w\n%s", pkgDir, abi, err, stderr.Bytes())
	}
	return out, nil
}
