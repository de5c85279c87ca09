package capture

import "time"

// Bounds of a capture, each with its reason.
const (
	// DefaultMaxPages bounds the pages read for one list: a server that
	// hands out cursors for ever must not keep a capture going for ever.
	// The shield's aggregated lists use the same bound.
	DefaultMaxPages = 100

	// DefaultMaxItems bounds the items of one list: a manifest of more
	// definitions than this is no longer something a person reviews, and
	// memory stays bounded whatever the server sends.
	DefaultMaxItems = 10000

	// exitWait bounds the wait, once a server's output ended, for the
	// connection to say why (a child's exit status comes after its EOF).
	exitWait = 2 * time.Second

	// maxErrorText bounds how much of a server's error message goes into
	// an error, so a hostile server cannot flood a terminal or a log.
	maxErrorText = 300
)
