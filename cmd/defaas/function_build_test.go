package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/internal/wasmtest"
	fnruntime "github.com/defaas/defaas/runtime"
)

// offline runs defaas commands that need no chain.
func offline(t *testing.T) *cli {
	t.Helper()
	return &cli{t: t, env: &Env{Home: t.TempDir(), Poll: 10 * time.Millisecond}}
}

// helloDir is examples/functions/hello in this source tree.
func helloDir(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "examples", "functions", "hello")
}

// serve runs the module at file as lease 1 in the function runtime and returns the answer to
// a POST of body to path.
func serve(t *testing.T, file, path, body string) (int, string) {
	t.Helper()
	module, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	wasmtest.Precompile(context.Background(), cache, file) // compiling under -race is slow
	engine, err := fnruntime.New(fnruntime.Config{CacheDir: cache})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { engine.Close(context.Background()) })
	srv := fnruntime.NewServer(fnruntime.NewInProcess(engine), fnruntime.ServerOptions{
		Resolver: fnruntime.ResolverFunc(func(_ context.Context, id api.LeaseID) (fnruntime.LeaseInfo, error) {
			return fnruntime.LeaseInfo{Level: fnruntime.Level{CPUMilli: 1000, MemoryMB: 512, ImageMB: 50}, Active: true}, nil
		}),
	})
	t.Cleanup(func() { srv.Close() })
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	req, _ := http.NewRequest(http.MethodPut, hs.URL+"/v1/leases/1/function", bytes.NewReader(module))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("upload: %s %s", res.Status, b)
	}
	res, err = http.Post(hs.URL+"/v1/leases/1/invoke"+path, "text/plain", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ = io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestFunctionBuild_HelloRunsInTheRuntime(t *testing.T) {
	for _, tt := range []struct {
		name, flag, abi string
	}{
		{"reactor", "", "defaas_v1"},
		{"cgi", "--cgi", "cgi"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := offline(t)
			out := filepath.Join(t.TempDir(), "hello.wasm")
			args := []string{"function", "build", helloDir(t), "-o", out}
			if tt.flag != "" {
				args = append(args, tt.flag)
			}
			r := c.ok(args...)
			if !strings.Contains(r.stdout, "Built "+out) || !strings.Contains(r.stdout, "sha256 0x") {
				t.Errorf("build says:\n%s", r.stdout)
			}
			code, body := serve(t, out, "/greet?name=Ada", "hi")
			want := "method: POST\npath: /greet\nquery: name=Ada\nbody: hi\n"
			if code != http.StatusOK || body != want {
				t.Errorf("the %s build answered %d %q, want 200 %q", tt.name, code, body, want)
			}
		})
	}
}

func TestFunctionBuild_DefaultOutputIsTheDirectorysName(t *testing.T) {
	c := offline(t)
	hello := helloDir(t) // absolute: from runtime.Caller
	t.Chdir(t.TempDir())
	c.ok("function", "build", hello, "--cgi")
	if _, err := os.Stat("hello-cgi.wasm"); err != nil {
		t.Errorf("no hello-cgi.wasm in the current directory: %v", err)
	}
}

func TestFunctionBuild_BadInputIsOneLine(t *testing.T) {
	c := offline(t)
	notMain := filepath.Join(helloDir(t), "..", "..", "..", "market")
	empty := t.TempDir()
	c.fails("not a main package", "function", "build", notMain)
	c.fails("holds no Go files", "function", "build", empty)
	c.fails("no such directory", "function", "build", filepath.Join(empty, "nope"))
	c.fails("the directory of the function's main package", "function", "build")

	broken := t.TempDir()
	os.WriteFile(filepath.Join(broken, "main.go"), []byte("package main\n\nfunc main() { undefined() }\n"), 0o644)
	os.WriteFile(filepath.Join(broken, "go.mod"), []byte("module broken\n\ngo 1.24\n"), 0o644)
	c.fails("undefined: undefined", "function", "build", broken)

	t.Setenv("PATH", empty)
	c.fails("the go command was not found on PATH", "function", "build", helloDir(t))
}
