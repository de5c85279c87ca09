package config

import "log/slog"

// Secret is a string that must not be shown: an upstream header or
// environment value. It redacts itself when formatted with fmt (%v, %s, %q,
// %#v), logged with log/slog or marshalled as text or JSON. Reveal returns
// the value.
type Secret string

// redacted is what a Secret shows instead of its value.
const redacted = "[REDACTED]"

// Reveal returns the secret value, for the one place that uses it.
func (s Secret) Reveal() string { return string(s) }

// String implements fmt.Stringer; it never returns the value.
func (s Secret) String() string { return redacted }

// GoString implements fmt.GoStringer, for %#v.
func (s Secret) GoString() string { return `"` + redacted + `"` }

// LogValue implements slog.LogValuer.
func (s Secret) LogValue() slog.Value { return slog.StringValue(redacted) }

// MarshalText implements encoding.TextMarshaler (used by encoding/json and
// YAML encoders), so a marshalled config carries no secret.
func (s Secret) MarshalText() ([]byte, error) { return []byte(redacted), nil }
