package manifest

// Bounds on what Parse accepts, each with its reason.
const (
	// MaxBytes bounds a manifest file: a manifest of MaxEntries entries
	// takes about 4 MiB; anything far larger is not one.
	MaxBytes = 16 << 20

	// MaxEntries bounds the entries: three lists of the 10,000 items a
	// capture reads at most (capture.DefaultMaxItems).
	MaxEntries = 30000

	// MaxSignatures bounds the signatures, each an Ed25519 verification:
	// a handful of signers is plenty, and a file cannot make Verify do
	// unbounded work.
	MaxSignatures = 16
)
