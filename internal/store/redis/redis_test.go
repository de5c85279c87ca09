package redis

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// These tests need a Redis: MCPSHIELD_TEST_REDIS is its URL
// (redis://127.0.0.1:6379/15 in CI). Each test writes under a prefix of its
// own and deletes its keys at the end.
func testURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("MCPSHIELD_TEST_REDIS")
	if u == "" {
		t.Skip("MCPSHIELD_TEST_REDIS is not set (a Redis URL, e.g. redis://127.0.0.1:6379/15)")
	}
	return u
}

// open returns a store on the test Redis under prefix, closed at the end.
func open(t *testing.T, prefix string, o Options) *Store {
	t.Helper()
	o.Prefix = prefix
	s, err := Open(context.Background(), testURL(t), o)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testPrefix returns a fresh key prefix whose keys are deleted when the
// test ends.
func testPrefix(t *testing.T) string {
	t.Helper()
	var b [6]byte
	rand.Read(b[:])
	p := "mcpshield-test:" + hex.EncodeToString(b[:]) + ":"
	t.Cleanup(func() {
		opt, err := goredis.ParseURL(testURL(t))
		if err != nil {
			return
		}
		c := goredis.NewClient(opt)
		defer c.Close()
		ctx := context.Background()
		keys, _ := c.Keys(ctx, p+"*").Result()
		if len(keys) > 0 {
			c.Del(ctx, keys...)
		}
	})
	return p
}

// TestSharedBucket: two stores on the same Redis, as two replicas of a
// fleet, draw on one bucket per key: a burst of 3 is 3 calls in all, the
// fourth is refused by either with a wait of at most a token's time, and
// another key, or the same key under another rate, has its own bucket.
func TestSharedBucket(t *testing.T) {
	p := testPrefix(t)
	a, b := open(t, p, Options{}), open(t, p, Options{})
	ctx := context.Background()
	la, lb := a.Limiter(1, 3), b.Limiter(1, 3)
	for i, l := range []struct {
		name  string
		allow func(context.Context, string) (bool, time.Duration, error)
	}{{"a", la.Allow}, {"b", lb.Allow}, {"a", la.Allow}} {
		ok, _, err := l.allow(ctx, "alice|files|read")
		if err != nil || !ok {
			t.Fatalf("call %d (replica %s) = %v, %v; want allowed (burst 3)", i+1, l.name, ok, err)
		}
	}
	for _, l := range []struct {
		name  string
		allow func(context.Context, string) (bool, time.Duration, error)
	}{{"a", la.Allow}, {"b", lb.Allow}} {
		ok, retry, err := l.allow(ctx, "alice|files|read")
		if err != nil || ok {
			t.Fatalf("4th call on replica %s = %v, %v; want refused", l.name, ok, err)
		}
		if retry <= 0 || retry > time.Second {
			t.Errorf("replica %s: retry after %v; want in (0, 1s] at 1 call/s", l.name, retry)
		}
	}
	if ok, _, err := lb.Allow(ctx, "bob|files|read"); err != nil || !ok {
		t.Errorf("another key = %v, %v; want its own bucket", ok, err)
	}
	if ok, _, err := b.Limiter(2, 3).Allow(ctx, "alice|files|read"); err != nil || !ok {
		t.Errorf("same key at another rate = %v, %v; want its own bucket", ok, err)
	}
}

// TestRefill: a bucket refills at its rate by Redis's clock; the wait the
// refusal names is enough.
func TestRefill(t *testing.T) {
	s := open(t, testPrefix(t), Options{})
	l := s.Limiter(20, 1) // a token every 50ms
	ctx := context.Background()
	if ok, _, err := l.Allow(ctx, "k"); err != nil || !ok {
		t.Fatalf("first = %v, %v; want allowed", ok, err)
	}
	ok, retry, err := l.Allow(ctx, "k")
	if err != nil || ok || retry <= 0 || retry > 50*time.Millisecond {
		t.Fatalf("second = %v, retry %v, %v; want refused with a wait in (0, 50ms]", ok, retry, err)
	}
	time.Sleep(retry + 5*time.Millisecond)
	if ok, _, err := l.Allow(ctx, "k"); err != nil || !ok {
		t.Fatalf("after waiting %v = %v, %v; want allowed", retry, ok, err)
	}
}

// TestKeys: Redis holds hashed keys under the prefix (never the
// principal), set to expire once their bucket is full again.
func TestKeys(t *testing.T) {
	p := testPrefix(t)
	s := open(t, p, Options{})
	ctx := context.Background()
	if _, _, err := s.Limiter(1, 5).Allow(ctx, "bearer:9f86d081884c7d65|files|read"); err != nil {
		t.Fatal(err)
	}
	keys, err := s.c.Keys(ctx, p+"*").Result()
	if err != nil || len(keys) != 1 {
		t.Fatalf("keys = %q, %v; want one", keys, err)
	}
	if strings.Contains(keys[0], "bearer") || strings.Contains(keys[0], "files") {
		t.Errorf("key %q names the caller or the server", keys[0])
	}
	ttl, err := s.c.PTTL(ctx, keys[0]).Result()
	if err != nil || ttl <= 0 || ttl > 3*time.Second {
		t.Errorf("PTTL = %v, %v; want about 1s (one token to refill) plus 1s", ttl, err)
	}
}

// TestUnlimited: a rate of zero (or less) never asks Redis.
func TestUnlimited(t *testing.T) {
	s := open(t, testPrefix(t), Options{})
	s.Close() // a call to Redis would fail
	for _, rate := range []float64{0, -1} {
		if ok, _, err := s.Limiter(rate, 1).Allow(context.Background(), "k"); err != nil || !ok {
			t.Errorf("rate %v = %v, %v; want allowed without Redis", rate, ok, err)
		}
	}
}

// TestUnreachable: Open fails with the address (never the password) when
// nothing answers, and Allow returns an error, not a verdict, when Redis
// stops answering: the caller decides (fail closed by default).
func TestUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	_, err = Open(context.Background(), "redis://user:hunter2@"+addr+"/0", Options{Timeout: 100 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), addr) || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("Open on a closed port: %v; want an error naming %s and not the password", err, addr)
	}
	if _, err := Open(context.Background(), "http://"+addr, Options{}); err == nil {
		t.Error("Open with an http:// URL succeeded")
	}

	// A server that accepts and never answers: Allow times out.
	silent, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	go func() {
		for {
			c, err := silent.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	s := newStore(&goredis.Options{Addr: silent.Addr().String()}, Options{Prefix: "mcpshield-test:", Timeout: 100 * time.Millisecond})
	defer s.Close()
	start := time.Now()
	ok, _, err := s.Limiter(1, 1).Allow(context.Background(), "k")
	if err == nil || ok {
		t.Fatalf("Allow against a silent server = %v, %v; want an error", ok, err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Allow took %v; want about the 100ms timeout", d)
	}
}
