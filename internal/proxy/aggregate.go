package proxy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/mcpshield/mcpshield/internal/guard"
)

// AggregateSeparator joins a server's name and the name of one of its tools
// or prompts at the aggregated endpoint: tool "read" of server "fs" is
// "fs__read". A server name cannot contain it, so the first separator in an
// aggregated name ends the server's name (the tool's own name may hold more).
const AggregateSeparator = "__"

// AggregateUpstream is one server behind the aggregated endpoint.
type AggregateUpstream struct {
	// Name is the server's config name, the prefix of its tool and prompt
	// names. It is not empty and does not contain AggregateSeparator.
	Name string
	// Dial opens a session to the server: one per client session.
	Dial Dialer
	// Chain checks the server's messages, in events whose Server is Name;
	// nil means no checks.
	Chain *guard.Chain
}

// AggregateOptions configure AggregateDialer.
type AggregateOptions struct {
	// Upstreams are the servers, in config order: where two servers list the
	// same resource URI, the first one serves it.
	Upstreams []AggregateUpstream
	// Version is the version the endpoint reports in serverInfo; "" means
	// "dev".
	Version string
	// Logger receives the endpoint's logs; nil discards them.
	Logger *slog.Logger
	// DialTimeout bounds the start of each upstream: its dial and its
	// initialize handshake. 0 means 30s.
	DialTimeout time.Duration
}

const aggDefaultDialTimeout = 30 * time.Second

// AggregateDialer returns a Dialer whose connections front every upstream
// as one MCP server: the /mcp endpoint of "mcpshield serve --config". Each
// dial is one client session; it opens a session to every upstream when the
// client's initialize arrives (with the same protocolVersion, capabilities
// and clientInfo) and answers with their merged capabilities.
//
// Names. Tool and prompt names are NAME__original, NAME being the server's
// config name (see AggregateSeparator); tools/call, prompts/get and
// completion/complete for a prompt go to the server NAME with the original
// name. Resource URIs are not renamed: resources/list merges every server's
// resources and remembers which server listed which URI, and
// resources/templates/list which templates; resources/read, subscribe and
// unsubscribe go to the server that listed the URI or a template matching
// it, the first in config order when several did.
//
// Lists. tools/list, prompts/list, resources/list and
// resources/templates/list read every page of every server and answer with
// one merged page (no nextCursor; a cursor from the client is refused).
// logging/setLevel goes to every server; ping is answered by the shield.
//
// Ids. Each request sent to a server gets an id of the shield's; the answer
// goes back to the client with the client's id, byte for byte. A server's
// own requests (sampling, elicitation, roots) reach the client with an id of
// the shield's, and the client's answer goes back to that server with its
// original id. A server's ping is answered by the shield.
//
// Failures. A server that fails to start is logged and left out of the
// session (the next session tries it again); only when every server fails
// does initialize get an error. A server that ends mid-session fails its
// requests in flight with jsonrpc.CodeUpstream errors, drops out of the
// lists, and the client is told with list_changed notifications; when the
// last one ends, the connection ends.
//
// Each server's messages pass its own Filter (its Chain), as they travel
// between the shield and that server: the checks see the original names.
//
// Not served: the 2026-07-28 stateless protocol (server/discover gets
// -32601, on which clients fall back to initialize), and requests before
// initialize. The answers to a batch come back one by one.
func AggregateDialer(opts AggregateOptions) Dialer {
	if err := validateAggregate(opts.Upstreams); err != nil {
		err = fmt.Errorf("aggregated endpoint: %w", err)
		return func(context.Context) (MsgConn, error) { return nil, err }
	}
	if opts.Version == "" {
		opts.Version = "dev"
	}
	if opts.DialTimeout <= 0 {
		opts.DialTimeout = aggDefaultDialTimeout
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	opts.Upstreams = append([]AggregateUpstream(nil), opts.Upstreams...)
	return func(ctx context.Context) (MsgConn, error) {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("aggregated endpoint: %w", err)
		}
		return newAggConn(&opts), nil
	}
}

func validateAggregate(ups []AggregateUpstream) error {
	if len(ups) == 0 {
		return errors.New("no upstream servers")
	}
	seen := make(map[string]bool, len(ups))
	var errs []error
	for i, u := range ups {
		switch {
		case u.Name == "":
			errs = append(errs, fmt.Errorf("upstream %d: empty name", i))
		case strings.Contains(u.Name, AggregateSeparator):
			errs = append(errs, fmt.Errorf("upstream %q: a name cannot contain %q", u.Name, AggregateSeparator))
		case seen[u.Name]:
			errs = append(errs, fmt.Errorf("upstream %q: name used twice", u.Name))
		}
		if u.Dial == nil {
			errs = append(errs, fmt.Errorf("upstream %q: no dialer", u.Name))
		}
		seen[u.Name] = true
	}
	return errors.Join(errs...)
}
