package manifest

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/mcpshield/mcpshield/internal/capture"
	"github.com/mcpshield/mcpshield/internal/pin"
)

// FromSnapshot makes an unsigned manifest of every tool, prompt and
// resource template of snap. label names the server; "" means the name the
// server gave itself. now is the creation time (to the second, in UTC).
func FromSnapshot(label string, snap *capture.Snapshot, now time.Time) (*Manifest, error) {
	if label == "" {
		label = snap.ServerName
	}
	if label == "" {
		return nil, errors.New("manifest: no label for the server, and the server gave no name")
	}
	entries, err := Entries(snap)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	m := &Manifest{Version: Version, Server: label, Created: now.UTC().Truncate(time.Second), Entries: entries}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	return m, nil
}

// Entries hashes every definition of snap, sorted by kind, then name. Two
// definitions of one kind with the same name are an error: a client would
// see one of them, and which one is not for the manifest to guess.
func Entries(snap *capture.Snapshot) ([]Entry, error) {
	var entries []Entry
	seen := make(map[Entry]bool)
	for _, l := range []struct {
		kind pin.Kind
		list string
		defs []json.RawMessage
	}{
		{pin.KindTool, "tools", snap.Tools},
		{pin.KindPrompt, "prompts", snap.Prompts},
		{pin.KindResourceTemplate, "resource_templates", snap.ResourceTemplates},
	} {
		for i, def := range l.defs {
			d, err := pin.Parse(l.kind, def)
			if err != nil {
				return nil, fmt.Errorf("%s[%d]: %w", l.list, i, err)
			}
			key := Entry{Kind: l.kind, Name: d.Name}
			if seen[key] {
				return nil, fmt.Errorf("%s[%d]: the server lists %s %q twice", l.list, i, l.kind, d.Name)
			}
			seen[key] = true
			entries = append(entries, Entry{Kind: l.kind, Name: d.Name, Hash: d.Hash})
		}
	}
	m := Manifest{Entries: entries}
	if err := m.sortEntries(); err != nil {
		return nil, err
	}
	return m.Entries, nil
}

// Status is how a live definition compares with the manifest.
type Status string

// Statuses of a Difference.
const (
	// Changed: the server's definition differs from the signed one.
	Changed Status = "changed"
	// Missing: the manifest lists it; the server does not.
	Missing Status = "missing"
	// Extra: the server lists it; the manifest does not.
	Extra Status = "extra"
)

// Difference is one definition where a server and its manifest disagree.
type Difference struct {
	Kind   pin.Kind
	Name   string
	Status Status
	// Want is the manifest's hash ("" when Extra); Got the server's (""
	// when Missing).
	Want, Got string
}

func (d Difference) String() string {
	switch d.Status {
	case Changed:
		return fmt.Sprintf("%s %q changed: manifest %s, server %s", d.Kind, d.Name, d.Want, d.Got)
	case Missing:
		return fmt.Sprintf("%s %q missing: in the manifest, not on the server", d.Kind, d.Name)
	}
	return fmt.Sprintf("%s %q extra: on the server, not in the manifest", d.Kind, d.Name)
}

// Compare hashes every definition of snap and returns where the server and
// m disagree, sorted by kind, then name; none means the server declares
// exactly what m lists.
func (m *Manifest) Compare(snap *capture.Snapshot) ([]Difference, error) {
	live, err := Entries(snap)
	if err != nil {
		return nil, err
	}
	want := append([]Entry(nil), m.Entries...)
	mm := Manifest{Entries: want}
	if err := mm.sortEntries(); err != nil {
		return nil, err
	}
	var diffs []Difference
	i, j := 0, 0
	for i < len(want) || j < len(live) {
		var c int
		switch {
		case i == len(want):
			c = 1
		case j == len(live):
			c = -1
		default:
			c = compareEntries(want[i], live[j])
		}
		switch {
		case c < 0:
			diffs = append(diffs, Difference{Kind: want[i].Kind, Name: want[i].Name, Status: Missing, Want: want[i].Hash})
			i++
		case c > 0:
			diffs = append(diffs, Difference{Kind: live[j].Kind, Name: live[j].Name, Status: Extra, Got: live[j].Hash})
			j++
		default:
			if want[i].Hash != live[j].Hash {
				diffs = append(diffs, Difference{Kind: want[i].Kind, Name: want[i].Name, Status: Changed, Want: want[i].Hash, Got: live[j].Hash})
			}
			i, j = i+1, j+1
		}
	}
	return diffs, nil
}
