package pool

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/defaas/defaas/api"
)

// Subjects are the NATS names of one provider's pool. Every subject, bucket and inbox of a pool
// carries the provider's address, so that pools of several providers can share one NATS
// cluster and a worker's credential can be limited to its own provider's names.
//
//	defaas.<provider>.heartbeat               workers → gateway: capacity, load, loaded leases
//	defaas.<provider>.worker.<name>.load      gateway → one worker: load a lease (request/reply)
//	defaas.<provider>.worker.<name>.unload    gateway → one worker: drop a lease
//	defaas.<provider>.worker.<name>.status    gateway → one worker: a lease's function status
//	defaas.<provider>.lease.<id>              gateway → the lease's workers: invocations, queue group
//	_INBOX_<provider>.>                       replies
//	KV defaas_<provider>_placements           which workers run which lease (durable)
//	object store defaas_<provider>_modules    modules, named by their sha256
type Subjects struct {
	provider string // 40 lower-case hex digits
}

// QueueGroup is the queue group of every lease subject: each invocation goes to one of the
// lease's workers.
const QueueGroup = "defaas-workers"

// NewSubjects returns the names of the pool of provider.
func NewSubjects(provider api.Address) Subjects {
	return Subjects{provider: strings.TrimPrefix(provider.String(), "0x")}
}

func (s Subjects) prefix() string { return "defaas." + s.provider }

// Heartbeat is where workers publish their heartbeats.
func (s Subjects) Heartbeat() string { return s.prefix() + ".heartbeat" }

// Worker is the control subject of one worker for op ("load", "unload", "status").
func (s Subjects) Worker(name, op string) string { return s.prefix() + ".worker." + name + "." + op }

// WorkerAll matches every control subject of one worker.
func (s Subjects) WorkerAll(name string) string { return s.prefix() + ".worker." + name + ".*" }

// Lease is the subject of a lease's invocations.
func (s Subjects) Lease(id api.LeaseID) string { return s.prefix() + ".lease." + id.String() }

// Inbox is the prefix of the pool's reply subjects.
func (s Subjects) Inbox() string { return "_INBOX_" + s.provider }

// Placements is the key-value bucket of the placements.
func (s Subjects) Placements() string { return "defaas_" + s.provider + "_placements" }

// Modules is the object store of the modules.
func (s Subjects) Modules() string { return "defaas_" + s.provider + "_modules" }

// WorkerPermissions are what a worker credential may publish and subscribe to, written as in
// a NATS server configuration: its heartbeats and replies, reading the module store, and
// receiving its control requests and its leases' invocations. It may not invoke a lease,
// place one, write a module, or touch anything of another provider.
func (s Subjects) WorkerPermissions() (publish, subscribe []string) {
	stream := "OBJ_" + s.Modules()
	publish = []string{
		s.Heartbeat(),
		"$JS.API.INFO",
		"$JS.API.STREAM.INFO." + stream,
		"$JS.API.STREAM.MSG.GET." + stream,
		"$JS.API.DIRECT.GET." + stream,
		"$JS.API.DIRECT.GET." + stream + ".>",
		"$JS.API.CONSUMER.CREATE." + stream,
		"$JS.API.CONSUMER.CREATE." + stream + ".>",
		"$JS.API.CONSUMER.DELETE." + stream + ".>",
		"$JS.FC." + stream + ".>",
	}
	subscribe = []string{s.prefix() + ".worker.*.*", s.prefix() + ".lease.*", s.Inbox() + ".>"}
	return publish, subscribe
}

var workerName = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// CheckWorkerName says why name cannot name a worker, if it cannot: it is one token of a
// subject.
func CheckWorkerName(name string) error {
	if !workerName.MatchString(name) {
		return fmt.Errorf("worker name %q: use 1 to 64 letters, digits, '-' or '_'", name)
	}
	return nil
}
