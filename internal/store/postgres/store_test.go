package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/mcpshield/mcpshield/internal/store"
	"github.com/mcpshield/mcpshield/internal/store/storetest"
)

// envDSN names the variable holding the DSN of a PostgreSQL server to test
// against. Each test creates a schema of its own there and drops it at the
// end, so runs do not collide.
const envDSN = "MCPSHIELD_TEST_POSTGRES"

// testDSN returns the DSN to test against, skipping t when there is none.
func testDSN(t testing.TB) string {
	dsn := os.Getenv(envDSN)
	if dsn == "" {
		t.Skipf("PostgreSQL tests skipped: set %s to a DSN to run them, e.g.\n"+
			"\t%s='postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable' go test ./internal/store/postgres/\n"+
			"(the role must be able to create schemas; each test uses a fresh one and drops it)", envDSN, envDSN)
	}
	return dsn
}

// freshSchema creates an empty schema, dropped when t ends, and returns dsn
// with search_path set to it.
func freshSchema(t testing.TB, dsn string) string {
	t.Helper()
	b := make([]byte, 8)
	rand.Read(b)
	schema := "mcpshield_test_" + hex.EncodeToString(b)
	admin, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatalf("connecting to %s: %v", envDSN, err)
	}
	defer admin.Close(t.Context())
	if _, err := admin.Exec(t.Context(), `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("creating schema: %v", err)
	}
	t.Cleanup(func() {
		// t.Context is canceled by now.
		ctx := context.Background()
		c, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
		}
	})
	return withSearchPath(dsn, schema)
}

// withSearchPath returns dsn (URL or keyword/value) with search_path set.
func withSearchPath(dsn, schema string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err == nil {
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return dsn + " search_path=" + schema
}

func openTest(t testing.TB, dsn string) *Store {
	t.Helper()
	s, err := Open(t.Context(), dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	dsn := testDSN(t)
	storetest.Run(t, func(t *testing.T) store.Store {
		return openTest(t, freshSchema(t, dsn))
	})
}

// TestShared runs the concurrency checks through two Store values (two
// pools) on one schema: two replicas.
func TestShared(t *testing.T) {
	dsn := freshSchema(t, testDSN(t))
	storetest.RunShared(t, []store.Store{openTest(t, dsn), openTest(t, dsn)})
}

func TestReopen(t *testing.T) {
	dsn := freshSchema(t, testDSN(t))
	a := openTest(t, dsn)
	d := store.Def{Kind: store.KindTool, Name: "a", Hash: "sha256:00", Definition: []byte("{}")}
	want, err := a.Observe(t.Context(), "srv", []store.Def{d}, store.PinNew, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	a.Close()
	got, err := openTest(t, dsn).Pins(t.Context(), "srv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !store.SamePin(got[0], want[0]) {
		t.Errorf("after reopening: got %+v; want %+v", got, want)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	dsn := freshSchema(t, testDSN(t))
	s := openTest(t, dsn)
	if _, err := s.pool.Exec(t.Context(), `UPDATE mcpshield_schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(t.Context(), dsn)
	if err == nil {
		s2.Close()
		t.Fatal("Open succeeded; want an error")
	}
	if want := "newer than this mcpshield knows"; !strings.Contains(err.Error(), want) {
		t.Errorf("Open error = %v; want it to contain %q", err, want)
	}
}

func BenchmarkObserve(b *testing.B) {
	storetest.BenchmarkObserve(b, openTest(b, freshSchema(b, testDSN(b))))
}
