package proxy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// StdioOptions configure a stdio relay.
type StdioOptions struct {
	// MaxMessageBytes bounds one message (one line); 0 means 16 MiB.
	MaxMessageBytes int
	// Grace is how long the child gets to exit after its stdin closes, and
	// again after SIGTERM; 0 means 5s.
	Grace  time.Duration
	Logger *slog.Logger
}

const defaultMaxMessage = jsonrpc.DefaultMaxMessageBytes

// Relay carries one stdio session between a client (in, out) and a child
// process, through filter. It returns when the session is over: the client
// closed its input (the child is then stopped gracefully), the child exited
// (requests still waiting are answered with an error), or ctx was cancelled.
// The error describes an abnormal end, such as the child failing.
func Relay(ctx context.Context, in io.Reader, out io.Writer, child *Child, filter *Filter, opts StdioOptions) error {
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	max := opts.MaxMessageBytes
	if max <= 0 {
		max = defaultMaxMessage
	}
	grace := opts.Grace
	if grace <= 0 {
		grace = 5 * time.Second
	}
	toClient := jsonrpc.NewLineWriter(out)
	toServer := jsonrpc.NewLineWriter(child.Stdin)

	clientDone := make(chan error, 1)
	go func() {
		clientDone <- pump(ctx, jsonrpc.NewLineReader(in, max), guard.ToServer, filter, toServer, toClient, logger)
	}()
	serverDone := make(chan error, 1)
	go func() {
		serverDone <- pump(ctx, jsonrpc.NewLineReader(child.Stdout, max), guard.ToClient, filter, toClient, toServer, logger)
	}()

	select {
	case err := <-clientDone:
		// The client is gone (EOF) or its side failed: stop the child the
		// polite way, and let its remaining output drain.
		if err != nil && !errors.Is(err, io.EOF) {
			logger.Warn("reading from client", "error", err)
		}
		child.Close(grace)
		<-serverDone
		return nil
	case err := <-serverDone:
		if err != nil && !errors.Is(err, io.EOF) {
			logger.Warn("reading from upstream server", "error", err)
		}
		// A server that closed its output but lingers is stopped.
		select {
		case <-child.Done():
		case <-time.After(grace):
			child.Close(grace)
		}
		exitErr := child.ExitError()
		reason := "the upstream server closed its output"
		if exitErr != nil {
			reason = exitErr.Error()
		}
		for _, r := range filter.Abandon(reason) {
			if err := toClient.WriteLine(r); err != nil {
				break
			}
		}
		if exitErr == nil {
			exitErr = errors.New("upstream server closed its output")
		}
		return exitErr
	case <-ctx.Done():
		child.Close(grace)
		return ctx.Err()
	}
}

// pump reads frames from r, filters them in direction dir, writes what goes
// on to fwd and answers to back. It returns the read error that ended it
// (io.EOF at a clean end).
func pump(ctx context.Context, r *jsonrpc.LineReader, dir guard.Direction, f *Filter, fwd, back *jsonrpc.LineWriter, logger *slog.Logger) error {
	for {
		// Forwards are queued while more input is already buffered, and
		// written together before the next read that could block: under
		// load, one write carries many messages.
		if !r.Buffered() {
			if err := fwd.Flush(); err != nil && dir == guard.ToClient {
				return fmt.Errorf("writing to client: %w", err)
			}
		}
		line, err := r.Next()
		var tooLarge *jsonrpc.LineTooLargeError
		if errors.As(err, &tooLarge) {
			logger.Warn("message too large", "direction", dir.String(), "error", err)
			forward, reply := f.Oversized(dir, tooLarge.Head, tooLarge.Limit)
			if reply != nil {
				if werr := back.WriteLine(reply); werr != nil && dir == guard.ToServer {
					return werr
				}
			}
			if forward != nil {
				if werr := fwd.WriteLine(forward); werr != nil && dir == guard.ToClient {
					return werr
				}
			}
			continue
		}
		if err != nil {
			return err
		}
		forward, reply, ferr := f.Frame(ctx, dir, line)
		if ferr != nil {
			logger.Warn("bad message", "direction", dir.String(), "error", ferr)
		}
		if reply != nil {
			if err := back.WriteLine(reply); err != nil && dir == guard.ToClient {
				// The server's stdin is gone; its own exit ends the session.
				logger.Debug("answering upstream server", "error", err)
			}
		}
		if forward != nil {
			if err := fwd.WriteLineLater(forward); err != nil {
				if dir == guard.ToServer {
					// Writing to a dead child: answer nothing here, the
					// server side notices the exit and ends the session.
					logger.Debug("writing to upstream server", "error", err)
					continue
				}
				return fmt.Errorf("writing to client: %w", err)
			}
		}
	}
}
