// Package daemon holds what the provider and witness daemons share: configuration from a TOML
// file overridden by environment variables, structured logs, the embedded bbolt store each
// daemon keeps in its data directory and binds to its account, the operations endpoints
// (/healthz, /metrics), and the shape of their work: one durable task per order or seat,
// resumed from the store after a restart (Tasks, Poll).
package daemon

import (
	"encoding"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	bolt "go.etcd.io/bbolt"
)

// LoadConfig reads a TOML file into cfg, refusing keys cfg does not have (a typo must not be
// silently ignored). A missing file is an error only when required.
func LoadConfig(path string, cfg any, required bool) error {
	if path == "" {
		return nil
	}
	md, err := toml.DecodeFile(path, cfg)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !required {
			return nil
		}
		return fmt.Errorf("config %s: %w", path, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		keys := make([]string, len(undecoded))
		for i, k := range undecoded {
			keys[i] = k.String()
		}
		return fmt.Errorf("config %s: unknown keys %s", path, strings.Join(keys, ", "))
	}
	return nil
}

// ApplyEnv sets cfg's fields from environment variables: the field with tag `toml:"stake_fst"`
// reads PREFIX_STAKE_FST. Strings, booleans, integers, floats, durations ("30s") and
// encoding.TextUnmarshaler fields are supported; nested structs use PREFIX_SECTION_KEY.
func ApplyEnv(prefix string, cfg any) error {
	return applyEnv(prefix, reflect.ValueOf(cfg).Elem())
}

func applyEnv(prefix string, v reflect.Value) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := strings.Split(f.Tag.Get("toml"), ",")[0]
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		key := prefix + "_" + strings.ToUpper(name)
		fv := v.Field(i)
		if f.Type.Kind() == reflect.Struct && !fv.Addr().Type().Implements(textUnmarshaler) && f.Type != durationType {
			if err := applyEnv(key, fv); err != nil {
				return err
			}
			continue
		}
		s, ok := os.LookupEnv(key)
		if !ok {
			continue
		}
		if err := setFromString(fv, s); err != nil {
			return fmt.Errorf("environment %s=%q: %w", key, s, err)
		}
	}
	return nil
}

var (
	textUnmarshaler = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	durationType    = reflect.TypeOf(time.Duration(0))
)

func setFromString(fv reflect.Value, s string) error {
	if fv.Addr().Type().Implements(textUnmarshaler) {
		return fv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s))
	}
	if fv.Type() == durationType {
		d, err := time.ParseDuration(s)
		if err != nil {
			return err
		}
		fv.SetInt(int64(d))
		return nil
	}
	switch fv.Kind() {
	case reflect.String:
		fv.SetString(s)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		fv.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, fv.Type().Bits())
		if err != nil {
			return err
		}
		fv.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, fv.Type().Bits())
		if err != nil {
			return err
		}
		fv.SetUint(n)
	case reflect.Float32, reflect.Float64:
		n, err := strconv.ParseFloat(s, fv.Type().Bits())
		if err != nil {
			return err
		}
		fv.SetFloat(n)
	case reflect.Slice:
		if fv.Type().Elem().Kind() != reflect.String {
			return fmt.Errorf("unsupported list type %s", fv.Type())
		}
		parts := strings.Split(s, ",")
		fv.Set(reflect.ValueOf(parts))
	default:
		return fmt.Errorf("unsupported type %s", fv.Type())
	}
	return nil
}

// NewLogger makes the daemons' structured logger: format "text" or "json", level "debug",
// "info", "warn" or "error".
func NewLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: use debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "", "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("log format %q: use text or json", format)
}

// OpenStore opens (creating) the daemon's bbolt file. A second daemon on the same file is
// refused at once instead of waiting forever for the lock.
func OpenStore(path string) (*bolt.DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("store %s is in use by another process: is the daemon already running?", path)
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return db, nil
}

// OpenDataStore opens (creating) the bbolt file name in the daemon's data directory dir
// (created too) and binds it to owner, a description of the daemon's account on its
// deployment, kept under "owner" in bucket: work, bids and secrets of another account or
// chain would be nonsense, and acting on them would lose money, so a store claimed by another
// owner is refused.
func OpenDataStore(dir, name, bucket, owner string) (*bolt.DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	db, err := OpenStore(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte(bucket))
		if err != nil {
			return err
		}
		if have := b.Get([]byte("owner")); have != nil {
			if string(have) != owner {
				return fmt.Errorf("the store %s belongs to %s, not %s: use another data_dir", db.Path(), have, owner)
			}
			return nil
		}
		return b.Put([]byte("owner"), []byte(owner))
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// NewRegistry is a Prometheus registry with the Go and process collectors.
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// Ops mounts GET /healthz (200 "ok", or 503 with the reason healthy returns) and GET /metrics
// on mux.
func Ops(mux *http.ServeMux, reg *prometheus.Registry, healthy func() error) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if err := healthy(); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "{\"status\":\"unhealthy\",\"error\":%q}\n", err.Error())
			return
		}
		fmt.Fprintln(w, `{"status":"ok"}`)
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
}
