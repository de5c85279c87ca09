package schema

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
)

func TestCacheHit(t *testing.T) {
	v := New(Options{})
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		// Same bytes, apart from surrounding space: one compile.
		schema := json.RawMessage(" " + toolSchema + "\n")
		if err := v.Validate(ctx, schema, json.RawMessage(`{"path":"a"}`)); err != nil {
			t.Fatal(err)
		}
	}
	if got := v.compiles.Load(); got != 1 {
		t.Errorf("got %d compiles; want 1", got)
	}
	// A bad schema is compiled once too.
	for i := 0; i < 3; i++ {
		if err := v.Validate(ctx, json.RawMessage(`{"type":1}`), nil); !errors.Is(err, ErrBadSchema) {
			t.Fatalf("got %v; want ErrBadSchema", err)
		}
	}
	if got := v.compiles.Load(); got != 2 {
		t.Errorf("got %d compiles; want 2", got)
	}
	// Accept-all schemas are never compiled.
	for _, s := range []string{"", "true", "{}"} {
		if err := v.Validate(ctx, json.RawMessage(s), nil); err != nil {
			t.Fatal(err)
		}
	}
	if got := v.compiles.Load(); got != 2 {
		t.Errorf("got %d compiles; want 2", got)
	}
}

func TestCacheEviction(t *testing.T) {
	v := New(Options{MaxEntries: 2})
	ctx := context.Background()
	use := func(i int) {
		t.Helper()
		schema := json.RawMessage(fmt.Sprintf(`{"maximum":%d}`, i))
		if err := v.Validate(ctx, schema, json.RawMessage(`0`)); err != nil {
			t.Fatal(err)
		}
	}
	use(1)
	use(2)
	use(1) // 1 is now the most recently used
	use(3) // evicts 2
	if got := v.cache.len(); got != 2 {
		t.Errorf("got %d entries; want 2", got)
	}
	use(1)
	if got := v.compiles.Load(); got != 3 {
		t.Errorf("after reusing 1: got %d compiles; want 3", got)
	}
	use(2)
	if got := v.compiles.Load(); got != 4 {
		t.Errorf("after reusing evicted 2: got %d compiles; want 4", got)
	}
}

// TestConcurrent runs many goroutines over a few schemas; run with -race.
// Each schema is compiled exactly once, even when first asked for by several
// goroutines at the same time.
func TestConcurrent(t *testing.T) {
	v := New(Options{})
	schemas := []string{toolSchema, toolSchema07, `{"type":"object","required":["x"]}`, `{"type":1}`}
	args := []string{`{"path":"a"}`, `{"count":"x"}`, `{}`}
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				s, a := schemas[(g+i)%len(schemas)], args[i%len(args)]
				err := v.Validate(context.Background(), json.RawMessage(s), json.RawMessage(a))
				var verr *Error
				if err != nil && !errors.As(err, &verr) && !errors.Is(err, ErrBadSchema) {
					t.Errorf("Validate: %v", err)
				}
			}
		}()
	}
	wg.Wait()
	if got, want := v.compiles.Load(), int64(len(schemas)); got != want {
		t.Errorf("got %d compiles; want %d", got, want)
	}
}

func TestCacheWaitCancelled(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{})
	c := newCache(4, func([]byte) (*compiled, error) {
		close(started)
		<-release
		return nil, errors.New("compiled")
	})
	done := make(chan error)
	go func() {
		_, err := c.get(context.Background(), []byte("s"))
		done <- err
	}()
	<-started
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.get(ctx, []byte("s")); !errors.Is(err, context.Canceled) {
		t.Errorf("waiter: got %v; want context.Canceled", err)
	}
	close(release)
	if err := <-done; err == nil || err.Error() != "compiled" {
		t.Errorf("compiler: got %v; want compiled", err)
	}
	if _, err := c.get(context.Background(), []byte("s")); err == nil || err.Error() != "compiled" {
		t.Errorf("later: got %v; want the cached result", err)
	}
}
