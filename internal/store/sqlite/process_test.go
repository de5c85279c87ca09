package sqlite

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

// helperEnv, when set to "path id", makes TestHelperProcess act as one
// mcpshield process writing the store at path.
const helperEnv = "MCPSHIELD_SQLITE_TEST_HELPER"

const (
	helperRounds = 30
	helperNames  = 8
)

// TestProcesses runs several OS processes writing one file at once, as
// `mcpshield run` processes do: none may fail (no SQLITE_BUSY), and in each
// round exactly one process pins the name all of them raced to observe
// first.
func TestProcesses(t *testing.T) {
	const procs = 3
	path := filepath.Join(t.TempDir(), "pins.db")
	openTemp(t, path) // create and migrate before the race; the helpers race on writes
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	outs := make([][]byte, procs)
	errs := make([]error, procs)
	var wg sync.WaitGroup
	for i := range procs {
		wg.Go(func() {
			cmd := exec.CommandContext(t.Context(), exe, "-test.run=^TestHelperProcess$", "-test.count=1")
			cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s %d", helperEnv, path, i))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			outs[i], errs[i] = cmd.Output()
			if errs[i] != nil {
				errs[i] = fmt.Errorf("%w: %s", errs[i], stderr.Bytes())
			}
		})
	}
	wg.Wait()
	// winners[round] counts the processes that pinned their definition.
	winners := make([]int, helperRounds)
	for i := range procs {
		if errs[i] != nil {
			t.Fatalf("helper %d: %v\n%s", i, errs[i], outs[i])
		}
		sc := bufio.NewScanner(bytes.NewReader(outs[i]))
		lines := 0
		for sc.Scan() {
			var round int
			var result string
			if _, err := fmt.Sscanf(sc.Text(), "round %d %s", &round, &result); err != nil {
				continue // go test's own output
			}
			lines++
			switch result {
			case "pinned":
				winners[round]++
			case "pending":
			default:
				t.Errorf("helper %d round %d: %s", i, round, result)
			}
		}
		if lines != helperRounds {
			t.Errorf("helper %d reported %d rounds; want %d\n%s", i, lines, helperRounds, outs[i])
		}
	}
	for round, n := range winners {
		if n != 1 {
			t.Errorf("round %d: %d processes pinned their definition; want exactly 1", round, n)
		}
	}
}

// TestHelperProcess is one process of TestProcesses; it does nothing
// unless helperEnv is set.
func TestHelperProcess(t *testing.T) {
	v := os.Getenv(helperEnv)
	if v == "" {
		return
	}
	path, idText, _ := strings.Cut(v, " ")
	id, err := strconv.Atoi(idText)
	if err != nil {
		t.Fatal(err)
	}
	s := openTemp(t, path)
	ctx := t.Context()
	mk := func(name string, v int) store.Def {
		b := fmt.Appendf(nil, `{"name":%q,"v":%d}`, name, v)
		return store.Def{Kind: store.KindTool, Name: name, Hash: fmt.Sprintf("sha256:%s-%d", name, v), Definition: b}
	}
	for round := range helperRounds {
		now := time.Now()
		// Race the others to the first observation of a new server.
		mine := mk("x", id)
		got, err := s.Observe(ctx, fmt.Sprint("race-", round), []store.Def{mine}, store.PinNew, now)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		switch p := got[0]; {
		case p.Hash == mine.Hash && p.PendingHash == "":
			fmt.Printf("round %d pinned\n", round)
		case p.Hash != mine.Hash && p.PendingHash == mine.Hash:
			fmt.Printf("round %d pending\n", round)
		default:
			fmt.Printf("round %d bad:%s/%s\n", round, p.Hash, p.PendingHash)
		}
		// Then churn a shared server, in an order of our own.
		defs := make([]store.Def, helperNames)
		for i := range defs {
			defs[i] = mk(fmt.Sprint("n", (i+id+round)%helperNames), (round+i)%3)
		}
		if _, err := s.Observe(ctx, "shared", defs, store.PinNew, now); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if _, err := s.Approve(ctx, "shared", store.KindTool, fmt.Sprint("n", round%helperNames), now); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if _, _, err := s.SeenServer(ctx, store.Server{ID: "shared", LastSeen: now}); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
	}
}
