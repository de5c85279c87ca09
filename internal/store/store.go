package store

import (
	"context"
	"errors"
	"time"
)

// Kind of a pinned definition.
type Kind string

// The kinds of definition a server announces.
const (
	KindTool             Kind = "tool"
	KindPrompt           Kind = "prompt"
	KindResourceTemplate Kind = "resource_template"
)

// Valid reports whether k is one of the kinds above.
func (k Kind) Valid() bool {
	return k == KindTool || k == KindPrompt || k == KindResourceTemplate
}

// Pin is what the shield knows of one definition of one server: one row per
// (Server, Kind, Name).
//
// Invariant: a row has a Hash, a PendingHash, or both; PendingHash is never
// equal to Hash.
type Pin struct {
	// Server is the server identity: what the user configured, e.g.
	// `stdio:["npx","-y","pkg"]` or `url:https://...`.
	Server string
	Kind   Kind
	Name   string

	// Hash and Definition are the pinned (trusted) definition: its hash
	// ("sha256:<hex>") and canonical bytes. Empty Hash: never trusted (a new
	// definition awaiting approval). Definition is nil when empty.
	Hash       string
	Definition []byte
	// Approved: a person approved exactly this Hash (it then passes detector
	// findings too). TOFU pins are not Approved.
	Approved bool
	// PinnedAt is when Hash was pinned; zero if Hash is empty.
	PinnedAt time.Time

	// PendingHash and PendingDefinition are the latest definition seen that
	// differs from Hash, awaiting approval; empty (nil) when none.
	PendingHash       string
	PendingDefinition []byte
	// PendingSince is the first time this PendingHash was seen; zero when
	// nothing is pending.
	PendingSince time.Time

	// LastSeen is the last time any definition of this name was observed.
	LastSeen time.Time
}

// Def is one definition as observed.
type Def struct {
	Kind Kind
	Name string
	// Hash is the hash of Definition, "sha256:<hex>"; required.
	Hash string
	// Definition is the canonical encoding Hash was computed over; may be
	// empty.
	Definition []byte
}

// ObserveMode says what [Store.Observe] does with a name that has no row yet.
// It does not affect names that have one.
type ObserveMode uint8

const (
	// PinNew trusts on first use: the definition is pinned, not Approved.
	PinNew ObserveMode = iota
	// PendingNew records the definition as pending, awaiting approval, with
	// no trusted hash.
	PendingNew
)

// Server is what the shield records about a server identity.
type Server struct {
	// ID is the identity, as Pin.Server.
	ID string
	// Name is the display name (config name or derived); may be "".
	Name string
	// InfoName and InfoVersion are the serverInfo name and version the server
	// last announced; "" if it announced none.
	InfoName, InfoVersion string
	// FirstSeen is when the server was first recorded. [Store.SeenServer]
	// keeps the stored value; on the first call it takes this one, or
	// LastSeen when this is zero.
	FirstSeen time.Time
	// LastSeen is when the server was last recorded.
	LastSeen time.Time
}

// ErrNotFound is returned, wrapped, by [Store.Approve] when there is no such
// row.
var ErrNotFound = errors.New("not found")

// ErrInvalid is returned, wrapped with a message naming the field, when an
// argument is out of bounds (see limits.go): too long, empty where required,
// an unknown kind. Nothing is written then.
var ErrInvalid = errors.New("invalid argument")

// Store keeps pins, approvals and server records.
//
// A Store is safe for concurrent use by several goroutines, and by several
// processes (or replicas) sharing one database: every method is atomic (one
// transaction), and concurrent Observe calls on the same server serialize,
// so each sees the rows the previous one left.
//
// Times are stored with microsecond precision and returned in UTC (see
// [Timestamp]). Methods return an error wrapping [ErrInvalid] for bad
// arguments, before touching the database.
type Store interface {
	// HasPins reports whether any row exists for server (a valid identity,
	// not "").
	HasPins(ctx context.Context, server string) (bool, error)

	// Observe records the definitions seen for server at time now, atomically,
	// and returns the resulting row for each def, in the order given:
	//  - no row: mode PinNew pins it (Hash=def.Hash, Definition, PinnedAt=now);
	//    PendingNew makes a row with empty Hash and Pending* = def.
	//  - a row with Hash == def.Hash: unchanged, except any pending is cleared
	//    (the server went back to the trusted definition).
	//  - a row with Hash != def.Hash: PendingHash/PendingDefinition = def;
	//    PendingSince is kept if it was already that hash, else now.
	// LastSeen = now for every def. Rows of names not in defs are untouched.
	// The rules are [NextPin]'s. defs must be valid and name each (Kind, Name)
	// at most once (see [CheckDefs]); an empty defs writes nothing.
	Observe(ctx context.Context, server string, defs []Def, mode ObserveMode, now time.Time) ([]Pin, error)

	// Pins returns every row of server ("" = all servers), sorted by server,
	// kind, name (byte order, as Go compares strings).
	Pins(ctx context.Context, server string) ([]Pin, error)

	// Approve approves the row of server, kind, name at time now: if it has a
	// pending definition, that becomes the pin (Hash, Definition, PinnedAt=now,
	// Approved=true, pending cleared); otherwise the current pin is marked
	// Approved (PinnedAt kept). It returns the resulting row, or an error
	// wrapping [ErrNotFound] when there is no such row. The rules are
	// [ApprovePin]'s.
	Approve(ctx context.Context, server string, kind Kind, name string, now time.Time) (Pin, error)

	// Reset deletes rows and returns how many it deleted. Each argument is a
	// filter, "" meaning any: server "" = every server, kind "" = every kind,
	// name "" = every name. So Reset(ctx, s, k, n) deletes one row,
	// Reset(ctx, s, "", "") every row of s, Reset(ctx, "", "", "") everything.
	// A non-empty kind must be valid. Server records (SeenServer) stay.
	Reset(ctx context.Context, server string, kind Kind, name string) (int, error)

	// SeenServer upserts the record for s.ID: FirstSeen is kept if a record
	// exists, every other field is replaced. It returns the previous record,
	// with found=false (and a zero prev) if there was none.
	SeenServer(ctx context.Context, s Server) (prev Server, found bool, err error)

	// Servers lists the server records, sorted by ID.
	Servers(ctx context.Context) ([]Server, error)

	// Close releases the database. Other methods must not be called after.
	Close() error
}
