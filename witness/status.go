// What the daemon says of its seats: the status it keeps for /v1/status and the CLI.

package witness

import (
	"math/big"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
)

// update changes a seat's status under the lock.
func (w *Witness) update(id uint64, f func(*SeatStatus)) {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.status[id]
	if s == nil {
		s = &SeatStatus{Committee: id}
		s.Order, s.Segment = market.SplitCommitteeID(id)
		w.status[id] = s
	}
	f(s)
	w.m.seats.Reset()
	for _, s := range w.status {
		if s.Phase != PhaseDone {
			w.m.seats.WithLabelValues(string(s.Phase)).Inc()
		}
	}
}

func (w *Witness) fill(s *SeatStatus, r seatRecord) {
	s.Committee, s.Phase, s.Missed, s.Verdict = r.Committee, r.Phase, r.Missed, r.Verdict
	s.Order, s.Segment = market.SplitCommitteeID(r.Committee)
	if r.Report != nil && r.Phase != PhaseProbing {
		b := r.Report.Violated
		s.Report = &b
	}
	if r.Payoff != "" {
		s.Payoff, _ = new(big.Int).SetString(r.Payoff, 10)
	}
	s.PayoffUnits = r.PayoffUnits
}

// count counts one recorded probe.
func (s *SeatStatus) count(p probeRecord) {
	if p.Auth == AuthKey {
		s.KeyProbes++
	}
	switch p.Outcome {
	case Served:
		s.Served++
	case Failed:
		s.Failed++
		if s.Failures == nil {
			s.Failures = map[Rule]int{}
		}
		s.Failures[p.Rule]++
	case Inconclusive:
		s.Inconclusive++
	}
}

// leaseID is an order's lease id on the provider's API.
func leaseID(order uint64) api.LeaseID { return api.LeaseID(order) }
