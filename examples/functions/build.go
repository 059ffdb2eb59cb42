// Package functions holds the example DeFaaS functions and builds them.
//
// Each subdirectory is one function. hello (echoes the request) and thumbnail
// (resizes an image) are Go, written against net/http; mandelbrot (renders the
// Mandelbrot set, a compute benchmark) is C, built with Debian's clang, lld
// and wasi-libc (tools/c-toolchain.sh installs them):
//
//	clang --target=wasm32-wasi -O2 -o mandelbrot-cgi.wasm mandelbrot.c
//	clang --target=wasm32-wasi -O2 -mexec-model=reactor -DDEFAAS_REACTOR -o mandelbrot.wasm mandelbrot.c
//
// Each builds two ways from the same source: as a defaas_v1 reactor (fast,
// kept warm by the provider) and as a plain WASI command that speaks CGI.
// Build all of them into ./build with
//
//	go generate ./examples/functions
//
// (cmd/build; `go run ./cmd/build -o build hello thumbnail` leaves out the C one). One Go
// function of your own: `defaas function build DIR [-o FILE] [--cgi]`, which calls
// BuildPackage.
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
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
)

// Names lists the example functions.
var Names = []string{"hello", "thumbnail", "mandelbrot"}

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
	if c := filepath.Join(src, name, name+".c"); exists(c) {
		return BuildC(ctx, c, abi, filepath.Join(dir, FileName(name, abi)))
	}
	return BuildPackage(ctx, filepath.Join(src, name), abi, filepath.Join(dir, FileName(name, abi)))
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// clang finds the C compiler, saying how to install it when it is missing.
func clang() (string, error) {
	path, err := exec.LookPath("clang")
	if err != nil {
		return "", errors.New("clang not found: install Debian's clang, lld, wasi-libc and libclang-rt-dev-wasm32 (tools/c-toolchain.sh does)")
	}
	return path, nil
}

// BuildC compiles the C source src for wasm32-wasi into out: a WASI command
// (CGI), or with abi Reactor a defaas_v1 reactor, the source's code under
// DEFAAS_REACTOR.
func BuildC(ctx context.Context, src string, abi ABI, out string) (string, error) {
	cc, err := clang()
	if err != nil {
		return "", err
	}
	args := []string{"--target=wasm32-wasi", "-O2", "-o", out}
	if abi == Reactor {
		args = append(args, "-mexec-model=reactor", "-DDEFAAS_REACTOR")
	}
	return out, runCC(ctx, cc, out, append(args, src))
}

// BuildNative compiles the C example name for this machine, its code under
// DEFAAS_NATIVE: the reference its WebAssembly builds are measured against.
func BuildNative(ctx context.Context, name, dir string) (string, error) {
	src, err := SourceDir()
	if err != nil {
		return "", err
	}
	c := filepath.Join(src, name, name+".c")
	if !exists(c) {
		return "", fmt.Errorf("build %s natively: not a C example", name)
	}
	cc, err := clang()
	if err != nil {
		return "", err
	}
	out := filepath.Join(dir, name+"-native")
	return out, runCC(ctx, cc, out, []string{"-O2", "-DDEFAAS_NATIVE", "-o", out, c})
}

func runCC(ctx context.Context, cc, out string, args []string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, cc, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %v: %w\n%s", cc, args, err, stderr.Bytes())
	}
	return nil
}

// CheckPackage reports, in one line saying what to do, why pkgDir cannot be built as a
// function: it is not a directory, holds no Go files for wasip1, or is not a main package.
func CheckPackage(pkgDir string) error {
	fi, err := os.Stat(pkgDir)
	if err != nil {
		return fmt.Errorf("%s: no such directory: give the directory of the function's main package", pkgDir)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is a file: give the directory of the function's main package", pkgDir)
	}
	bc := build.Default
	bc.GOOS, bc.GOARCH, bc.CgoEnabled = "wasip1", "wasm", false
	pkg, err := bc.ImportDir(pkgDir, 0)
	var noGo *build.NoGoError
	switch {
	case errors.As(err, &noGo):
		return fmt.Errorf("%s holds no Go files to build for wasip1: a function is a Go main package (see examples/functions/hello)", pkgDir)
	case err != nil:
		return fmt.Errorf("%s: %w", pkgDir, err)
	case pkg.Name != "main":
		return fmt.Errorf("%s is package %s, not a main package: a function is a Go main package (see examples/functions/hello)", pkgDir, pkg.Name)
	}
	return nil
}

// goTool finds the go command, saying how to get it when it is missing.
func goTool() (string, error) {
	path, err := exec.LookPath("go")
	if err != nil {
		return "", errors.New("the go command was not found on PATH: install Go 1.24 or later (https://go.dev/dl/) to build functions")
	}
	return path, nil
}

// BuildPackage compiles the Go main package in pkgDir for wasip1 into out: a defaas_v1
// reactor (-buildmode=c-shared), or with abi CGI a plain WASI command. Its errors say in
// their first line what was wrong (no go command, not a main package, the compiler's
// refusal, followed by its output).
func BuildPackage(ctx context.Context, pkgDir string, abi ABI, out string) (string, error) {
	gocmd, err := goTool()
	if err != nil {
		return "", err
	}
	if err := CheckPackage(pkgDir); err != nil {
		return "", err
	}
	out, err = filepath.Abs(out)
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
	cmd := exec.CommandContext(ctx, gocmd, args...)
	cmd.Dir = pkgDir
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build %s for wasip1 (%s): %w\n%s", pkgDir, abi, err, bytes.TrimSpace(stderr.Bytes()))
	}
	return out, nil
}
