package devnet

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// The child of the kill -9 story with daemons (story_test.go): a devnet on a data directory
// until it is killed, or, given a sealing stage, until the first block with a transaction
// after SIGUSR1 reaches that stage, where it kills itself.

const (
	storyDirEnv      = "DEVNET_STORY_DIR"
	storyPortsEnv    = "DEVNET_STORY_PORTS" // "http,ws"
	storyManifestEnv = "DEVNET_STORY_MANIFEST"
	storyStageEnv    = "DEVNET_STORY_STAGE" // a sealStage, or "" to wait for SIGKILL
)

// TestStoryChild is not a test: the kill -9 story runs it in a child process.
func TestStoryChild(t *testing.T) {
	dir := os.Getenv(storyDirEnv)
	if dir == "" {
		t.Skip("runs as the child of the kill -9 story")
	}
	var httpPort, wsPort int
	fmt.Sscanf(os.Getenv(storyPortsEnv), "%d,%d", &httpPort, &wsPort)
	if stage := os.Getenv(storyStageEnv); stage != "" {
		armed := make(chan struct{})
		usr1 := make(chan os.Signal, 1)
		signal.Notify(usr1, syscall.SIGUSR1)
		go func() { <-usr1; close(armed) }()
		sealHook = func(s sealStage, b *types.Block) {
			select {
			case <-armed:
			default:
				return
			}
			if fmt.Sprint(int(s)) != stage || len(b.Transactions()) == 0 {
				return
			}
			fmt.Printf("KILLED %d %s\n", b.NumberU64(), b.Transactions()[0].Hash().Hex())
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {}
		}
	}
	_, err := Start(context.Background(), Config{DataDir: dir, ManifestPath: os.Getenv(storyManifestEnv), HTTPPort: httpPort, WSPort: wsPort,
		BlockTime: 250 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(2)
	}
	fmt.Println("READY")
	select {}
}

// StorySealStages are the sealing stages the story kills the devnet at, by name: synced
// (the block on disk, not yet the head: restarted, recoverHead makes it the head) and
// inserted (written, not synced: it may be lost, with its transaction).
var StorySealStages = map[string]string{"synced": fmt.Sprint(int(sealSynced)), "inserted": fmt.Sprint(int(sealInserted))}
