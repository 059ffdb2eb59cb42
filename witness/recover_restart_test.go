package witness_test

import (
	"testing"
	"time"
)

// Rule 4: the daemon is down while its commitment leaves the chain. Restarted on the same
// store — its watcher's checkpoint ahead of the chain, its seat recorded as committed — it
// finds the commitment gone and commits the stored report again while the commit window is
// open, then reveals it.
func TestRecovery_ACommitmentThatLeftWhileTheDaemonWasDownIsCommittedAgainAfterItsRestart(t *testing.T) {
	w := newSimWorld(t, 2)
	dir := t.TempDir()
	_, stop := w.startDaemonIn(dir, 200*time.Millisecond, true)
	cid, committed := w.seated()
	me := w.c.Accounts[daemonAcc].Addr
	stop()
	w.takeBack(committed)
	cm := w.committee(cid)
	if s := w.seat(cid, me); s.Committed {
		t.Fatal("the commitment is still on chain after the fork")
	}
	w.startDaemonIn(dir, 200*time.Millisecond, true)
	w.committedAgainThenRevealed(cid, me, committed, cm, " after the restart")
}
