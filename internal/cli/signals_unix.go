//go:build unix

package cli

import (
	"os"
	"os/signal"
	"syscall"
)

// notifyReload relays to ch the signals that make a running shield reload:
// SIGHUP (serve: the client tokens and the audit log) and SIGUSR1 (the
// audit log only, as for log rotation).
func notifyReload(ch chan<- os.Signal, hup bool) {
	if hup {
		signal.Notify(ch, syscall.SIGHUP, syscall.SIGUSR1)
		return
	}
	signal.Notify(ch, syscall.SIGUSR1)
}

// reopenOnly reports whether s asks only for the audit log to be reopened.
func reopenOnly(s os.Signal) bool { return s == syscall.SIGUSR1 }
