//go:build !linux

package bench

import "syscall"

// childAttr is the default elsewhere; stop ends every child on a normal exit.
func childAttr() *syscall.SysProcAttr { return nil }
