package provider_test

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/sigauth"
)

// endless is a request body of n bytes made up as it is read, counting what was read.
type endless struct {
	left int64
	read *atomic.Int64
}

func (e *endless) Read(p []byte) (int, error) {
	if e.left <= 0 {
		return 0, io.EOF
	}
	n := int(min(int64(len(p)), e.left))
	for i := range p[:n] {
		p[i] = 'x'
	}
	e.left -= int64(n)
	e.read.Add(int64(n))
	return n, nil
}

// rss is the resident memory of this process (the provider, the chain and the attackers).
func rss(t *testing.T) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status to measure memory")
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	t.Skip("no VmRSS")
	return 0
}

// Found by an attacker's test of the v1 provider: strangers' 200 MB bodies were buffered before
// anyone checked who signed them (0.94 → 1.9 GB for four). Now a stranger who names itself is
// refused before its body is read; one who claims to be the customer, or names nobody, has its
// body read to the route's limit and one byte, within the bound on every body not yet
// authenticated, most of it spooled to disk; one announcing 200 MB is refused at once.
func TestProvider_StrangersHugeBodiesDoNotGrowItsMemory(t *testing.T) {
	w := newWorld(t, 7)
	p, lease, _ := w.served(testConfig(t))
	const huge = 200 << 20
	strangerKey, _ := crypto.GenerateKey()
	customer := w.addr(customerAcc)
	attacks := []struct {
		name     string
		signer   common.Address // named in the header; zero: none
		announce bool           // Content-Length: 200 MB rather than chunked
	}{
		{"names itself", crypto.PubkeyToAddress(strangerKey.PublicKey), false},
		{"claims to be the customer", customer, false},
		{"names nobody", common.Address{}, false},
		{"announces 200 MB", customer, true},
	}
	before := rss(t)
	var peak, pendingPeak, diskPeak atomic.Int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			if r := rss(t) - before; r > peak.Load() {
				peak.Store(r)
			}
			m, d := p.PendingBodies()
			if m > pendingPeak.Load() {
				pendingPeak.Store(m)
			}
			if d > diskPeak.Load() {
				diskPeak.Store(d)
			}
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	var wg sync.WaitGroup
	sent := make([]atomic.Int64, len(attacks))
	codes := make([]int, len(attacks))
	for i, a := range attacks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := &endless{left: huge, read: &sent[i]}
			r, _ := http.NewRequest(http.MethodPost, api.InvokeURL(p.Endpoint(), lease, "/"), body)
			r.ContentLength = -1
			if a.announce {
				r.ContentLength = huge
			}
			h := sigauth.Header{Lease: lease, Timestamp: uint64(time.Now().Unix()), Nonce: make([]byte, 16), Sig: make([]byte, 65), Signer: a.signer}
			h.Sig[64] = 27
			r.Header.Set("Authorization", h.String())
			res, err := http.DefaultClient.Do(r)
			if err == nil {
				codes[i] = res.StatusCode
				res.Body.Close()
			}
		}()
	}
	wg.Wait()
	close(stop)
	<-sampled
	for i, a := range attacks {
		t.Logf("%s: answered %d after sending %d MiB", a.name, codes[i], sent[i].Load()>>20)
		if s := sent[i].Load(); s > 48<<20 {
			t.Errorf("%s: the provider read %d MiB of a stranger's body", a.name, s>>20)
		}
	}
	t.Logf("resident memory grew by at most %d MiB; bodies held before authentication peaked at %d KiB in memory, %d MiB on disk",
		peak.Load()>>20, pendingPeak.Load()>>10, diskPeak.Load()>>20)
	if pendingPeak.Load() > 64<<20 {
		t.Errorf("%d MiB of unauthenticated bodies held in memory, over the 64 MiB bound", pendingPeak.Load()>>20)
	}
	if peak.Load() > 150<<20 {
		t.Errorf("resident memory grew by %d MiB under four strangers' 200 MB bodies", peak.Load()>>20)
	}
	if r := do(t, nil, keyGet(t, p.Endpoint(), lease, "", "/")); r.status != http.StatusUnauthorized {
		t.Fatalf("the provider after the attack: %d %s", r.status, r.body)
	}
	if m, d := p.PendingBodies(); m != 0 || d != 0 {
		t.Fatalf("after the attack the provider still holds %d bytes in memory and %d on disk", m, d)
	}
}
