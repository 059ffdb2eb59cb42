package pool

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nkeys"

	"github.com/defaas/defaas/api"
)

// WorkerUser is the NATS user name under which workers present a token.
const WorkerUser = "defaas-worker"

// MaxPayload is the largest message the embedded server carries: a request body at the
// runtime's bound (32 MiB) with its head. A NATS cluster given by URL must allow as much for
// bodies that large; the gateway refuses bodies over what its server allows.
const MaxPayload = 33 << 20

// ServerConfig configures the embedded NATS server.
type ServerConfig struct {
	// Provider is the provider whose pool the server carries.
	Provider api.Address
	// Listen is where workers connect (host:port).
	Listen string
	// StoreDir keeps JetStream's streams (placements and modules) across restarts.
	StoreDir string
	// WorkerToken, if set, lets workers in with user WorkerUser and this password.
	WorkerToken string
	// WorkerNkeys are the public nkeys (U…) of workers let in by signature.
	WorkerNkeys []string
	Logger      *slog.Logger
}

// Server is a NATS server with JetStream in this process: the default fabric of a pool. It
// refuses anonymous clients: workers present WorkerToken or one of WorkerNkeys and may use
// only their provider's worker subjects; the gateway connects in process with an nkey made
// at each start, which never leaves the process.
type Server struct {
	ns      *server.Server
	gateway nkeys.KeyPair
}

// StartServer starts the embedded server and waits until it accepts connections.
func StartServer(cfg ServerConfig) (*Server, error) {
	if cfg.WorkerToken == "" && len(cfg.WorkerNkeys) == 0 {
		return nil, errors.New("pool: the embedded NATS server needs worker_token or worker_nkeys: it admits no anonymous worker")
	}
	host, portS, err := net.SplitHostPort(cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("pool listen %q: want host:port: %w", cfg.Listen, err)
	}
	port, err := strconv.Atoi(portS)
	if err != nil {
		return nil, fmt.Errorf("pool listen %q: the port is not a number", cfg.Listen)
	}
	gw, err := nkeys.CreateUser()
	if err != nil {
		return nil, err
	}
	gwPub, err := gw.PublicKey()
	if err != nil {
		return nil, err
	}
	subj := NewSubjects(cfg.Provider)
	pub, sub := subj.WorkerPermissions()
	workerPerms := &server.Permissions{
		Publish:   &server.SubjectPermission{Allow: pub},
		Subscribe: &server.SubjectPermission{Allow: sub},
		// Replies to the requests a worker receives, and nothing else outside its allow list.
		Response: &server.ResponsePermission{MaxMsgs: 1, Expires: 5 * time.Minute},
	}
	opts := &server.Options{
		ServerName: "defaas-pool", Host: host, Port: port,
		JetStream: true, StoreDir: cfg.StoreDir,
		MaxPayload: MaxPayload, MaxPending: 4 * MaxPayload,
		NoSigs: true, NoSystemAccount: true,
		Nkeys: []*server.NkeyUser{{Nkey: gwPub}},
	}
	if cfg.WorkerToken != "" {
		opts.Users = []*server.User{{Username: WorkerUser, Password: cfg.WorkerToken, Permissions: workerPerms}}
	}
	for _, k := range cfg.WorkerNkeys {
		if !nkeys.IsValidPublicUserKey(k) {
			return nil, fmt.Errorf("pool worker_nkeys: %q is not a public user nkey (U…, from `defaas worker nkey`)", k)
		}
		opts.Nkeys = append(opts.Nkeys, &server.NkeyUser{Nkey: k, Permissions: workerPerms})
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("pool: NATS server: %w", err)
	}
	if cfg.Logger != nil {
		ns.SetLoggerV2(natsLogger{cfg.Logger.With("component", "nats")}, false, false, false)
	}
	ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		ns.Shutdown()
		return nil, fmt.Errorf("pool: the NATS server did not start on %s (is the address in use?)", cfg.Listen)
	}
	return &Server{ns: ns, gateway: gw}, nil
}

// URL is where workers connect.
func (s *Server) URL() string { return s.ns.ClientURL() }

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ns.Addr().String() }

// connect are the options of the gateway's in-process connection.
func (s *Server) connect() []nats.Option {
	pub, _ := s.gateway.PublicKey()
	return []nats.Option{nats.InProcessServer(s.ns), nats.Nkey(pub, s.gateway.Sign)}
}

// Close shuts the server down and waits until it is down.
func (s *Server) Close() {
	s.ns.Shutdown()
	s.ns.WaitForShutdown()
}

// natsLogger sends the server's logs to slog: notices at debug (it is chatty at start),
// warnings and errors as such.
type natsLogger struct{ log *slog.Logger }

func (l natsLogger) Noticef(format string, v ...any) { l.log.Debug(fmt.Sprintf(format, v...)) }
func (l natsLogger) Warnf(format string, v ...any)   { l.log.Warn(fmt.Sprintf(format, v...)) }
func (l natsLogger) Fatalf(format string, v ...any)  { l.log.Error(fmt.Sprintf(format, v...)) }
func (l natsLogger) Errorf(format string, v ...any)  { l.log.Error(fmt.Sprintf(format, v...)) }
func (l natsLogger) Debugf(format string, v ...any)  { l.log.Debug(fmt.Sprintf(format, v...)) }
func (l natsLogger) Tracef(format string, v ...any)  {}
