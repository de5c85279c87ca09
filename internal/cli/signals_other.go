//go:build !unix

package cli

import "os"

// notifyReload: these systems have no reload signals; restart to reload.
func notifyReload(chan<- os.Signal, bool) {}

func reopenOnly(os.Signal) bool { return true }
