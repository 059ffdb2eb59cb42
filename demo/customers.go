package demo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
	pclient "github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

func (w *world) customer(i int) (*market.Client, error) {
	tx := chain.NewSender(w.conn, w.signers[i].Opts, chain.WithPollInterval(100*time.Millisecond))
	return market.New(w.conn.Backend(), w.m, market.WithPermits(tx, w.signers[i].SignHash)), nil
}

// order creates a customer's order: 8 units of 5 s, at most 5 FST a unit, 4 s of bidding.
func (w *world) order(ctx context.Context, who, level int) (uint64, error) {
	c, err := w.customer(who)
	if err != nil {
		return 0, err
	}
	id, _, err := c.CreateOrder(ctx, market.OrderParams{LevelID: uint32(level), DurationUnits: 8, MaxUnitPrice: contracts.FST(5),
		BiddingWindow: 4 * time.Second, WitnessCount: 3})
	if err != nil {
		return 0, fmt.Errorf("%s: %w", accountNames[who], err)
	}
	return id, nil
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

// deploy is the customer's side from publication to the start of service: accept, open the
// access information, upload the module, check it answers, fulfill.
func (w *world) deploy(ctx context.Context, who int, id uint64, wasm []byte) (*market.Client, *pclient.Client, error) {
	c, err := w.customer(who)
	if err != nil {
		return nil, nil, err
	}
	name := accountNames[who]
	var d market.Deployment
	for start := time.Now(); ; {
		if d, err = c.Deployment(ctx, id); err == nil {
			break
		}
		if !errors.Is(err, market.ErrNotPublished) || time.Since(start) > time.Minute {
			return nil, nil, fmt.Errorf("%s waits for the deployment of lease %d: %w", name, id, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	info, err := pclient.Open(w.signers[who].Key, d.AccessInfo)
	if err != nil {
		return nil, nil, fmt.Errorf("%s opens the access information: %w", name, err)
	}
	if info.Endpoint != d.Endpoint || info.Lease != api.LeaseID(id) {
		return nil, nil, fmt.Errorf("%s: the access information names %s for lease %d, the event %s for lease %d", name, info.Endpoint, info.Lease, d.Endpoint, id)
	}
	if _, err := c.AcceptDeployment(ctx, id); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	fc := pclient.New(d.Endpoint, sigauth.Domain{ChainID: w.conn.ChainID(), Market: w.m.Market}, w.signers[who].Key, nil)
	if _, err := fc.Upload(ctx, api.LeaseID(id), wasm); err != nil {
		return nil, nil, fmt.Errorf("%s uploads its function: %w", name, err)
	}
	w.say("lease %d: %s decrypted the access info, uploaded its function (%d KB) to %s", id, name, len(wasm)>>10, d.Endpoint)
	return c, fc, nil
}

func (w *world) leaseA(ctx context.Context, id uint64, thumb []byte, out string) error {
	c, fc, err := w.deploy(ctx, customerA, id, thumb)
	if err != nil {
		return err
	}
	res, err := fc.Invoke(ctx, api.LeaseID(id), "POST", "/?w=240", landscape, map[string][]string{"Content-Type": {"image/jpeg"}})
	if err != nil {
		return fmt.Errorf("customer-A invokes thumbnail: %w", err)
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || res.StatusCode != 200 {
		return fmt.Errorf("customer-A invokes thumbnail: status %d, %v", res.StatusCode, err)
	}
	img, err := png.Decode(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("the thumbnail is not a PNG: %w", err)
	}
	if err := os.WriteFile(out, body, 0o644); err != nil {
		return err
	}
	w.say("lease %d: customer-A's thumbnail of a %d KB JPEG came back as a %dx%d PNG: %s", id, len(landscape)>>10, img.Bounds().Dx(), img.Bounds().Dy(), out)
	if _, err := c.Fulfill(ctx, id, sha256.Sum256(thumb)); err != nil {
		return fmt.Errorf("customer-A: %w", err)
	}
	return w.untilFinished(ctx, c, id)
}

func (w *world) leaseB(ctx context.Context, id uint64, hello []byte) error {
	c, fc, err := w.deploy(ctx, customerB, id, hello)
	if err != nil {
		return err
	}
	res, err := fc.Invoke(ctx, api.LeaseID(id), "GET", "/hello?from=customer-B", nil, nil)
	if err != nil {
		return fmt.Errorf("customer-B invokes hello: %w", err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !bytes.Contains(body, []byte("/hello")) {
		return fmt.Errorf("customer-B invokes hello: status %d, body %q", res.StatusCode, body)
	}
	w.say("lease %d: customer-B's hello answers %d (%d bytes)", id, res.StatusCode, len(body))
	if _, err := c.Fulfill(ctx, id, sha256.Sum256(hello)); err != nil {
		return fmt.Errorf("customer-B: %w", err)
	}
	l, err := c.Lease(ctx, id)
	if err != nil {
		return err
	}
	half := l.ServiceStart.Add(l.ServiceEnd.Sub(l.ServiceStart) / 2)
	for {
		head, err := w.clock.Read(ctx)
		if err != nil {
			return err
		}
		if !head.Time.Before(half) {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	p := w.provs[l.Provider]
	if p == nil {
		return fmt.Errorf("lease %d went to %s, which is none of the demo's providers", id, l.Provider)
	}
	p.StopServing()
	w.say("lease %d: %s STOPS SERVING half-way through the lease", id, w.names[l.Provider])
	return w.untilFinished(ctx, c, id)
}

// untilFinished waits for the lease to end; the providers and witnesses settle and finish it,
// and the customer makes the moves itself (anyone may) when nobody has a while after they
// fell due.
func (w *world) untilFinished(ctx context.Context, c *market.Client, id uint64) error {
	const grace = 5 * time.Second
	for start := time.Now(); ; {
		head, err := w.clock.Read(ctx)
		if err != nil {
			return err
		}
		d, err := c.View(ctx, id, head.Time)
		if err != nil {
			return err
		}
		if d.Order.State.Terminal() {
			return nil
		}
		if n := len(d.Segments); n > 0 && head.Time.After(d.Segments[n-1].RevealEnd.Add(grace)) {
			for _, m := range market.NextMoves(d, head) {
				if m.Kind != market.MoveSettle && m.Kind != market.MoveFinish {
					continue
				}
				if _, err := c.Make(ctx, id, m); err != nil {
					return fmt.Errorf("lease %d: %w", id, err)
				}
			}
		}
		if time.Since(start) > 3*time.Minute {
			return fmt.Errorf("lease %d is still %s", id, d.Order.State)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
}
