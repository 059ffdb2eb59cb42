package demo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/probekit"
	pclient "github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// story is one lease of the demo: who orders what, what its provider does, and the verdict
// each segment must end with.
type story struct {
	name     string // "A", "B", "C"
	title    string
	customer int // account index
	level    uint32
	segments uint8
	// stopAt is when the lease's provider stops serving, nil when it never does.
	stopAt func(segs []market.Segment) (time.Time, string)
	// violated is the verdict each segment must end with.
	violated []bool
	// kits is how many segments, from the first, must get their probe kits: the customer
	// registers its keys with the provider before it posts them, which a provider that
	// stopped serving cannot take.
	kits int

	id    uint64
	wasm  []byte
	lease *lease // the customer's side once deployed
}

// lease is a customer's side of a lease in service: its market client, its access to the
// provider and its probe kits.
type lease struct {
	c     *market.Client
	fc    *pclient.Client
	kits  *probekit.Customer
	dep   market.Deployment
	name  string
	order market.Order
}

func (w *world) customer(i int) *market.Client {
	tx := chain.NewSender(w.conn, w.signers[i].Opts, chain.WithPollInterval(100*time.Millisecond))
	return market.New(w.conn.Backend(), w.m, market.WithPermits(tx, w.signers[i].SignHash))
}

// order creates a story's order: 8 units of 5 s, at most 5 FST a unit, 4 s of bidding, 3
// witnesses a segment.
func (w *world) order(ctx context.Context, s *story) error {
	c := w.customer(s.customer)
	id, _, err := c.CreateOrder(ctx, market.OrderParams{LevelID: s.level, DurationUnits: 8, MaxUnitPrice: contracts.FST(5),
		BiddingWindow: 4 * time.Second, WitnessCount: 3, Segments: s.segments})
	if err != nil {
		return fmt.Errorf("%s: %w", accountNames[s.customer], err)
	}
	s.id = id
	return nil
}

// waitState waits until the order is at least in state s.
func (w *world) waitState(ctx context.Context, id uint64, s market.State, within time.Duration) (market.Order, error) {
	deadline := time.Now().Add(within)
	for {
		o, err := w.reader.Order(ctx, id)
		if err == nil && o.State >= s {
			return o, nil
		}
		if time.Now().After(deadline) {
			return o, fmt.Errorf("lease %d did not reach %s within %s (it is %s)", id, s, within, o.State)
		}
		select {
		case <-ctx.Done():
			return o, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// deploy is the customer's side from publication to the start of service: open the access
// information, accept, upload the module, put the lease in keys mode with the spares of the
// probe kits registered among its users' keys, commit the module's hash (fulfill), and wait
// for the provider to confirm it.
func (w *world) deploy(ctx context.Context, s *story, probes []probekit.Request) (*lease, error) {
	c := w.customer(s.customer)
	name := accountNames[s.customer]
	var d market.Deployment
	var err error
	for start := time.Now(); ; {
		if d, err = c.Deployment(ctx, s.id); err == nil {
			break
		}
		if !errors.Is(err, market.ErrNotPublished) || time.Since(start) > time.Minute {
			return nil, fmt.Errorf("%s waits for the deployment of lease %d: %w", name, s.id, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	info, err := pclient.Open(w.signers[s.customer].Key, d.AccessInfo)
	if err != nil {
		return nil, fmt.Errorf("%s opens the access information: %w", name, err)
	}
	if info.Endpoint != d.Endpoint || info.Lease != api.LeaseID(s.id) {
		return nil, fmt.Errorf("%s: the access information names %s for lease %d, the event %s for lease %d", name, info.Endpoint, info.Lease, d.Endpoint, s.id)
	}
	if _, err := c.AcceptDeployment(ctx, s.id); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := w.waitCompiled(); err != nil {
		return nil, fmt.Errorf("compile the example functions: %w", err)
	}
	fc := pclient.New(d.Endpoint, sigauth.Domain{ChainID: w.conn.ChainID(), Market: w.m.Market}, w.signers[s.customer].Key, nil)
	if _, err := fc.Upload(ctx, api.LeaseID(s.id), s.wasm); err != nil {
		return nil, fmt.Errorf("%s uploads its function: %w", name, err)
	}
	store := probekit.NewStore(filepath.Join(w.o.Dir, name, fmt.Sprintf("access-%d.json", s.id)), api.LeaseID(s.id))
	if err := os.MkdirAll(filepath.Dir(store.Path()), 0o700); err != nil {
		return nil, err
	}
	store.Probes = probes
	kits := &probekit.Customer{Store: store, Provider: fc, Market: c, Conn: w.conn, Log: w.logger.With("customer", name)}
	if err := kits.Prepare(ctx, 3, int(s.segments)); err != nil {
		return nil, fmt.Errorf("%s registers the spare keys of the probe kits: %w", name, err)
	}
	if err := kits.SetMode(ctx, api.AccessKeys, nil); err != nil {
		return nil, fmt.Errorf("%s opens the lease to API keys: %w", name, err)
	}
	w.say("lease %d: %s decrypted the access info, uploaded its function (%d KB) to %s, registered %d keys (keys mode)", s.id, name, len(s.wasm)>>10, d.Endpoint, len(store.Keys))
	if _, err := c.Fulfill(ctx, s.id, sha256.Sum256(s.wasm)); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	o, err := w.waitState(ctx, s.id, market.StateFulfilling, time.Minute)
	if err != nil {
		return nil, err
	}
	if o.State != market.StateFulfilling {
		return nil, fmt.Errorf("lease %d ended %s before its service started", s.id, o.State)
	}
	return &lease{c: c, fc: fc, kits: kits, dep: d, name: name, order: o}, nil
}

// probeImage is a small JPEG for the probe kits of lease A: a kit's requests travel on chain
// (sealed and padded to a fixed size), so they are small.
func probeImage() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 48, 32))
	for y := 0; y < 32; y++ {
		for x := 0; x < 48; x++ {
			img.Set(x, y, color.RGBA{uint8(5 * x), uint8(8 * y), 128, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 80}); err != nil {
		panic(err) // encoding into memory cannot fail
	}
	return b.Bytes()
}

// leaseA: customer-A's users call the thumbnail with API keys; the witnesses probe with
// kits of keys like theirs and thumbnail requests.
func (w *world) leaseA(ctx context.Context, s *story, out string) error {
	probes := []probekit.Request{{Method: http.MethodPost, Path: "/", Query: "w=24", Header: http.Header{"Content-Type": {"image/jpeg"}},
		Body: probeImage(), Deterministic: true}}
	l, err := w.deploy(ctx, s, probes)
	if err != nil {
		return err
	}
	s.lease = l
	key, err := l.kits.NewUserKey(ctx, "an end user", nil)
	if err != nil {
		return fmt.Errorf("customer-A gives an end user a key: %w", err)
	}
	url := api.InvokeURL(l.dep.Endpoint, api.LeaseID(s.id), "/?w=240")
	w.say("lease %d: customer-A gives an end user an API key; the end user calls the thumbnail with plain HTTP:", s.id)
	w.say("    curl -H 'Authorization: Bearer %s' -H 'Content-Type: image/jpeg' --data-binary @landscape.jpg '%s' -o thumb.png", key, url)
	// The end user's call: net/http and the key, nothing of DeFaaS.
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(landscape))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key.String())
	req.Header.Set("Content-Type", "image/jpeg")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("the end user calls the thumbnail: %w", err)
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	ok := err == nil && res.StatusCode == http.StatusOK
	var img image.Image
	if ok {
		img, err = png.Decode(bytes.NewReader(body))
		ok = err == nil && img.Bounds().Dx() == 240
	}
	if ok {
		if err := os.WriteFile(out, body, 0o644); err != nil {
			return err
		}
		w.say("lease %d: the end user's %d KB JPEG came back as a %dx%d PNG: %s", s.id, len(landscape)>>10, img.Bounds().Dx(), img.Bounds().Dy(), out)
	}
	w.check(ok, "lease %d (A): an end user's plain HTTP request with an API key (Bearer) got a 240 px wide PNG (status %d)", s.id, res.StatusCode)
	return w.drive(ctx, s, l)
}

// leaseB and leaseC: the customer checks its hello answers (a signed request of its own),
// then follows the lease; the provider stops serving when the story says.
func (w *world) leaseHello(ctx context.Context, s *story) error {
	l, err := w.deploy(ctx, s, nil)
	if err != nil {
		return err
	}
	s.lease = l
	res, err := l.fc.Invoke(ctx, api.LeaseID(s.id), "GET", "/hello?from="+l.name, nil, nil)
	if err != nil {
		return fmt.Errorf("%s invokes hello: %w", l.name, err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !bytes.Contains(body, []byte("/hello")) {
		return fmt.Errorf("%s invokes hello: status %d, body %q", l.name, res.StatusCode, body)
	}
	w.say("lease %d: %s's hello answers its signed request: %d (%d bytes)", s.id, l.name, res.StatusCode, len(body))
	return w.drive(ctx, s, l)
}

// drive is what `defaas order watch --drive` does for the customer, until the lease is
// finished: every permissionless move as it falls due (market.NextMoves), the spare keys kept
// topped up and a probe kit posted to every member of each committee drawn (probekit). It also
// plays the provider's failure when the story has one.
func (w *world) drive(ctx context.Context, s *story, l *lease) error {
	stopped := false
	posted := map[uint8]bool{}
	for start := time.Now(); ; {
		head, err := w.clock.Read(ctx)
		if err != nil {
			return err
		}
		v, err := l.c.View(ctx, s.id, head.Time)
		if err != nil {
			return err
		}
		if v.Order.State.Terminal() {
			return nil
		}
		for _, m := range market.NextMoves(v, head) {
			if _, err := l.c.Make(ctx, s.id, m); err != nil {
				return fmt.Errorf("lease %d: %s: %w", s.id, m, err)
			}
		}
		if err := l.kits.Maintain(ctx, v, head.Time); err != nil {
			w.logger.Warn("topping up the spare keys", "lease", s.id, "err", err)
		}
		ks, err := l.kits.PostKits(ctx, v, head.Time)
		for _, k := range ks {
			if !posted[k] {
				posted[k] = true
				w.say("lease %d: %s posts the probe kits of segment %d: keys of its own and requests, sealed to each member", s.id, l.name, k+1)
			}
		}
		if err != nil {
			w.logger.Warn("probe kits", "lease", s.id, "err", err)
		}
		if s.stopAt != nil && !stopped && v.Order.State == market.StateFulfilling && len(v.Segments) > 0 {
			if at, what := s.stopAt(v.Segments); !head.Time.Before(at) {
				p := w.provs[v.Lease.Provider]
				if p == nil {
					return fmt.Errorf("lease %d went to %s, which is none of the demo's providers", s.id, v.Lease.Provider)
				}
				p.StopServing()
				stopped = true
				w.say("lease %d: %s STOPS SERVING %s", s.id, w.names[v.Lease.Provider], what)
			}
		}
		if time.Since(start) > 3*time.Minute {
			return fmt.Errorf("lease %d is still %s", s.id, v.Order.State)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// waitCompiled waits until the example functions are in the daemons' compilation cache.
func (w *world) waitCompiled() error {
	w.compileOnce.Do(func() { w.compileErr = <-w.compiled })
	return w.compileErr
}
