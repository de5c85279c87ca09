package value

import "errors"

// Sentinels for errors.Is. Messages are written for the model or person who
// sent the value; these say only which kind of problem it was.
var (
	// ErrInvalid marks a value that is not of its declared type (a bad
	// checksum, a malformed address, a URL with no host).
	ErrInvalid = errors.New("invalid value")
	// ErrNotAllowed marks a valid value that is not on a Guard's list.
	ErrNotAllowed = errors.New("value not allowed")
)

// invalid is a validator's complaint: its text is only the reason, and it
// matches ErrInvalid.
type invalid string

func (e invalid) Error() string        { return string(e) }
func (e invalid) Is(target error) bool { return target == ErrInvalid }
