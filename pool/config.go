package pool

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	goruntime "runtime"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nkeys"

	"github.com/defaas/defaas/api"
)

// Config is the provider's [pool] section. Without it (neither embedded nor a URL) the
// provider runs functions itself, on one machine, with no NATS.
type Config struct {
	// Embedded runs a NATS server with JetStream inside the provider, listening on Listen;
	// its streams live in <data_dir>/nats.
	Embedded bool   `toml:"embedded"`
	Listen   string `toml:"listen"`
	// WorkerToken is the password workers present as user defaas-worker; WorkerNkeys are
	// public nkeys of workers let in by signature (`defaas worker nkey`). The embedded server
	// needs one of the two: it admits no anonymous client.
	WorkerToken string   `toml:"worker_token"`
	WorkerNkeys []string `toml:"worker_nkeys"`

	// URL is a NATS cluster to use instead ("nats://host:4222", several comma-separated), and
	// the provider's credential there: User and Token, an nkey seed file, or a creds file.
	URL          string `toml:"url"`
	User         string `toml:"user"`
	Token        string `toml:"token"`
	NkeySeedFile string `toml:"nkey_seed_file"`
	CredsFile    string `toml:"creds_file"`
	// StreamReplicas is how many copies a NATS cluster keeps of the placements and modules.
	StreamReplicas int `toml:"stream_replicas"`

	// HeartbeatTimeout is how long a worker may stay silent before its leases are placed
	// elsewhere (workers heartbeat every second by default).
	HeartbeatTimeout time.Duration `toml:"heartbeat_timeout"`
	// Replicas is how many workers serve each lease (a queue group shares the invocations);
	// each holds the lease's level of capacity.
	Replicas int `toml:"replicas"`
	// LoadTimeout bounds a worker's fetch, check and compilation of a module.
	LoadTimeout time.Duration `toml:"load_timeout"`
}

// Enabled reports whether a pool is configured.
func (c Config) Enabled() bool { return c.Embedded || c.URL != "" }

func (c Config) withDefaults() Config {
	if c.Listen == "" {
		c.Listen = "127.0.0.1:4222"
	}
	if c.HeartbeatTimeout <= 0 {
		c.HeartbeatTimeout = 3 * time.Second
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	if c.StreamReplicas <= 0 {
		c.StreamReplicas = 1
	}
	if c.LoadTimeout <= 0 {
		c.LoadTimeout = time.Minute
	}
	return c
}

// Validate says what is wrong with the section, if anything.
func (c Config) Validate() error {
	if !c.Enabled() {
		return nil
	}
	if c.Embedded && c.URL != "" {
		return errors.New("pool: set either embedded = true or url, not both")
	}
	if c.Embedded && c.WorkerToken == "" && len(c.WorkerNkeys) == 0 {
		return errors.New("pool: the embedded NATS server needs worker_token or worker_nkeys: it admits no anonymous worker")
	}
	if !c.Embedded && c.Token == "" && c.NkeySeedFile == "" && c.CredsFile == "" {
		return errors.New("pool: give the provider's NATS credential: token (with user), nkey_seed_file or creds_file")
	}
	if c.HeartbeatTimeout < 0 || c.Replicas < 0 || c.StreamReplicas < 0 || c.LoadTimeout < 0 {
		return errors.New("pool: heartbeat_timeout, replicas, stream_replicas and load_timeout cannot be negative")
	}
	return nil
}

// credentials are the NATS options of a user, token, nkey seed file or creds file.
func credentials(user, token, seedFile, credsFile string) ([]nats.Option, error) {
	switch {
	case credsFile != "":
		return []nats.Option{nats.UserCredentials(credsFile)}, nil
	case seedFile != "":
		o, err := nats.NkeyOptionFromSeed(seedFile)
		if err != nil {
			return nil, fmt.Errorf("nkey seed file %s: %w", seedFile, err)
		}
		return []nats.Option{o}, nil
	case token != "" && user != "":
		return []nats.Option{nats.UserInfo(user, token)}, nil
	case token != "":
		return []nats.Option{nats.Token(token)}, nil
	}
	return nil, nil
}

// WorkerConfig is a worker's configuration: its TOML file (examples/worker.toml), overridden
// by DEFAAS_WORKER_* environment variables and then by flags.
type WorkerConfig struct {
	// NATS is the pool's NATS server ("nats://host:4222", several comma-separated).
	NATS string `toml:"nats"`
	// Provider is the address of the provider whose leases the worker serves.
	Provider string `toml:"provider"`
	// Name identifies the worker in the pool; default the host name. A worker restarted
	// under the same name gets its leases back at once.
	Name string `toml:"name"`
	// The worker's credential: Token (as user User, default defaas-worker), an nkey seed
	// file, or a creds file.
	User         string `toml:"user"`
	Token        string `toml:"token"`
	NkeySeedFile string `toml:"nkey_seed_file"`
	CredsFile    string `toml:"creds_file"`

	// CPUMilli and MemoryMB are the capacity offered to the pool: default every core and the
	// machine's memory.
	CPUMilli uint32 `toml:"cpu_milli"`
	MemoryMB uint32 `toml:"memory_mb"`

	// DataDir holds the compilation cache (wasm-cache/).
	DataDir      string `toml:"data_dir"`
	WasmCacheDir string `toml:"wasm_cache_dir"`
	// A function's time limit is not here: it is the deployment's requestTimeout (SPEC §6),
	// which the provider reads from the chain and sends with every placement; a file that
	// still sets function_timeout is refused with the key named.
	// Heartbeat is how often the worker reports itself.
	Heartbeat time.Duration `toml:"heartbeat"`
	// Listen serves /healthz and /metrics; empty serves nothing.
	Listen string `toml:"listen"`

	LogFormat string `toml:"log_format"`
	LogLevel  string `toml:"log_level"`
}

// DefaultWorkerConfig is the configuration before the file, the environment and the flags.
func DefaultWorkerConfig() WorkerConfig {
	host, _ := os.Hostname()
	return WorkerConfig{
		NATS: nats.DefaultURL, Name: sanitizeName(host), User: WorkerUser,
		CPUMilli: uint32(goruntime.NumCPU()) * 1000, MemoryMB: machineMemoryMB(),
		Heartbeat: time.Second,
		LogFormat: "text", LogLevel: "info",
	}
}

// Validate says what is wrong with c, if anything.
func (c WorkerConfig) Validate() error {
	if c.Provider == "" {
		return errors.New("provider is required: the address of the provider whose pool the worker joins")
	}
	if _, err := parseAddress(c.Provider); err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	if err := CheckWorkerName(c.Name); err != nil {
		return err
	}
	if c.Token == "" && c.NkeySeedFile == "" && c.CredsFile == "" {
		return errors.New("the worker needs a credential: token, nkey_seed_file or creds_file (the pool's NATS admits no anonymous worker)")
	}
	if c.CPUMilli == 0 || c.MemoryMB == 0 {
		return errors.New("cpu_milli and memory_mb must be above zero: they are the capacity the worker offers")
	}
	if c.Heartbeat <= 0 {
		return errors.New("heartbeat must be above zero")
	}
	return nil
}

func parseAddress(s string) (api.Address, error) {
	var a api.Address
	err := a.UnmarshalText([]byte(s))
	return a, err
}

func sanitizeName(host string) string {
	b := []byte(host)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			b[i] = '-'
		}
	}
	if len(b) > 64 {
		b = b[:64]
	}
	if len(b) == 0 {
		return "worker"
	}
	return string(b)
}

// machineMemoryMB is MemTotal of /proc/meminfo, or 1024 where there is none.
func machineMemoryMB() uint32 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 1024
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil {
				return uint32(kb / 1024)
			}
		}
	}
	return 1024
}

// NewNkey makes a user nkey for a worker: the seed is written to seedFile (mode 0600, never
// overwritten) for the worker's nkey_seed_file, and the public key returned for the provider's
// worker_nkeys.
func NewNkey(seedFile string) (string, error) {
	kp, err := nkeys.CreateUser()
	if err != nil {
		return "", err
	}
	seed, err := kp.Seed()
	if err != nil {
		return "", err
	}
	pub, err := kp.PublicKey()
	if err != nil {
		return "", err
	}
	f, err := os.OpenFile(seedFile, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", fmt.Errorf("nkey seed file: %w", err)
	}
	if _, err := f.Write(append(seed, '\n')); err != nil {
		f.Close()
		return "", fmt.Errorf("nkey seed file: %w", err)
	}
	return pub, f.Close()
}
