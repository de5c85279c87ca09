package store

import (
	"testing"
	"time"
)

var (
	tA = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tB = tA.Add(time.Minute)
)

func TestNextPin(t *testing.T) {
	d1 := Def{Kind: KindTool, Name: "a", Hash: "sha256:01", Definition: []byte("one")}
	d2 := Def{Kind: KindTool, Name: "a", Hash: "sha256:02", Definition: []byte("two")}
	pin1 := Pin{Server: "s", Kind: KindTool, Name: "a", Hash: d1.Hash, Definition: d1.Definition, PinnedAt: tA, LastSeen: tA}
	pending2 := pin1
	pending2.PendingHash, pending2.PendingDefinition, pending2.PendingSince = d2.Hash, d2.Definition, tA
	onlyPending1 := Pin{Server: "s", Kind: KindTool, Name: "a", PendingHash: d1.Hash, PendingDefinition: d1.Definition, PendingSince: tA, LastSeen: tA}

	tests := []struct {
		name string
		prev *Pin
		d    Def
		mode ObserveMode
		want Pin
	}{
		{"new, PinNew", nil, d1, PinNew, pin1},
		{"new, PendingNew", nil, d1, PendingNew, onlyPending1},
		{"same hash", &pin1, d1, PendingNew, with(pin1, func(p *Pin) { p.LastSeen = tB })},
		{"changed", &pin1, d2, PinNew, with(pending2, func(p *Pin) { p.PendingSince, p.LastSeen = tB, tB })},
		{"same pending again", &pending2, d2, PinNew, with(pending2, func(p *Pin) { p.LastSeen = tB })},
		{"back to the pin", &pending2, d1, PinNew, with(pin1, func(p *Pin) { p.LastSeen = tB })},
		{"pending new seen with PinNew", &onlyPending1, d1, PinNew, with(onlyPending1, func(p *Pin) { p.LastSeen = tB })},
		{"approved pin kept", ptr(with(pin1, func(p *Pin) { p.Approved = true })), d2, PinNew,
			with(pending2, func(p *Pin) { p.Approved, p.PendingSince, p.LastSeen = true, tB, tB })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := tB
			if tt.prev == nil {
				now = tA
			}
			got := NextPin(tt.prev, "s", tt.d, tt.mode, now)
			if !SamePin(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestNextPinCopies(t *testing.T) {
	prev := Pin{Server: "s", Kind: KindTool, Name: "a", Hash: "h1", Definition: []byte("one"), PinnedAt: tA, LastSeen: tA}
	got := NextPin(&prev, "s", Def{Kind: KindTool, Name: "a", Hash: "h1"}, PinNew, tB)
	got.Definition[0] = 'X'
	if string(prev.Definition) != "one" {
		t.Errorf("prev.Definition = %q after editing the result; want %q", prev.Definition, "one")
	}
}

func TestApprovePin(t *testing.T) {
	pin1 := Pin{Server: "s", Kind: KindTool, Name: "a", Hash: "h1", Definition: []byte("one"), PinnedAt: tA, LastSeen: tA}
	pending := with(pin1, func(p *Pin) { p.PendingHash, p.PendingDefinition, p.PendingSince = "h2", []byte("two"), tA })
	onlyPending := Pin{Server: "s", Kind: KindTool, Name: "a", PendingHash: "h2", PendingDefinition: []byte("two"), PendingSince: tA, LastSeen: tA}
	promoted := Pin{Server: "s", Kind: KindTool, Name: "a", Hash: "h2", Definition: []byte("two"), Approved: true, PinnedAt: tB, LastSeen: tA}
	tests := []struct {
		name    string
		in      Pin
		want    Pin
		wantErr bool
	}{
		{"pin", pin1, with(pin1, func(p *Pin) { p.Approved = true }), false},
		{"pending change", pending, promoted, false},
		{"pending new", onlyPending, promoted, false},
		{"nothing", Pin{Server: "s", Kind: KindTool, Name: "a"}, Pin{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ApprovePin(tt.in, tB)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error = %v; want error %v", err, tt.wantErr)
			}
			if !SamePin(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestTimestamp(t *testing.T) {
	in := time.Date(2025, 6, 1, 12, 0, 0, 123_456_789, time.FixedZone("X", 5*3600))
	got := Timestamp(in)
	if want := time.Date(2025, 6, 1, 7, 0, 0, 123_456_000, time.UTC); got != want {
		t.Errorf("Timestamp(%v) = %v; want %v", in, got, want)
	}
	if got := Timestamp(time.Time{}); !got.IsZero() {
		t.Errorf("Timestamp(zero) = %v; want zero", got)
	}
	if got := Timestamp(time.Now()); got != got.Round(0) {
		t.Errorf("Timestamp(time.Now()) kept its monotonic reading")
	}
}

func with(p Pin, f func(*Pin)) Pin {
	f(&p)
	return p
}

func ptr(p Pin) *Pin { return &p }
