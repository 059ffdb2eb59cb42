package daemon

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"errors"
)

type sample struct {
	Name    string        `toml:"name"`
	Stake   float64       `toml:"stake_fst"`
	Poll    time.Duration `toml:"poll"`
	Enabled bool          `toml:"enabled"`
	Levels  []string      `toml:"levels"`
	HTTP    struct {
		Listen string `toml:"listen"`
	} `toml:"http"`
}

func TestLoadConfig_FileThenEnvironment(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.toml")
	os.WriteFile(path, []byte("name = \"p1\"\nstake_fst = 12.5\npoll = \"2s\"\n[http]\nlisten = \":8080\"\n"), 0o644)
	var c sample
	if err := LoadConfig(path, &c, true); err != nil {
		t.Fatal(err)
	}
	t.Setenv("X_POLL", "5s")
	t.Setenv("X_ENABLED", "true")
	t.Setenv("X_HTTP_LISTEN", "127.0.0.1:9")
	t.Setenv("X_LEVELS", "0,2")
	if err := ApplyEnv("X", &c); err != nil {
		t.Fatal(err)
	}
	if c.Name != "p1" || c.Stake != 12.5 || c.Poll != 5*time.Second || !c.Enabled || c.HTTP.Listen != "127.0.0.1:9" || len(c.Levels) != 2 {
		t.Fatalf("config = %+v", c)
	}
	t.Setenv("X_POLL", "soon")
	if err := ApplyEnv("X", &c); err == nil || !strings.Contains(err.Error(), "X_POLL") {
		t.Errorf("bad duration: %v", err)
	}
}

func TestLoadConfig_RefusesUnknownKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.toml")
	os.WriteFile(path, []byte("nmae = \"typo\"\n"), 0o644)
	var c sample
	if err := LoadConfig(path, &c, true); err == nil || !strings.Contains(err.Error(), "unknown keys nmae") {
		t.Fatalf("err = %v", err)
	}
	if err := LoadConfig(filepath.Join(t.TempDir(), "none.toml"), &c, false); err != nil {
		t.Errorf("optional missing file: %v", err)
	}
	if err := LoadConfig(filepath.Join(t.TempDir(), "none.toml"), &c, true); err == nil {
		t.Error("required missing file accepted")
	}
}

func TestOpenStore_SecondOpenerIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := OpenStore(path); err == nil || !strings.Contains(err.Error(), "already running") {
		t.Fatalf("second open: %v", err)
	}
}

func TestOps_HealthAndMetrics(t *testing.T) {
	mux := http.NewServeMux()
	var sick error
	Ops(mux, NewRegistry(), func() error { return sick })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	get := func(path string) (int, string) {
		r, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Errorf("healthz = %d %s", code, body)
	}
	sick = errors.New("chain unreachable")
	if code, body := get("/healthz"); code != 503 || !strings.Contains(body, "chain unreachable") {
		t.Errorf("sick healthz = %d %s", code, body)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "go_goroutines") {
		t.Errorf("metrics = %d", code)
	}
}

func TestNewLogger_RefusesUnknownFormat(t *testing.T) {
	if _, err := NewLogger(io.Discard, "xml", "info"); err == nil {
		t.Error("xml accepted")
	}
	if _, err := NewLogger(io.Discard, "json", "loud"); err == nil {
		t.Error("level loud accepted")
	}
}
