package proxy

import (
	"os"
	"syscall"
)

// childProcAttr starts a child in a process group of its own, so a
// console Ctrl+C aimed at the shield does not reach it directly.
func childProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{CreationFlags: syscall.CREATE_NEW_PROCESS_GROUP}
}

// signalGroup: Windows has no signals to send a process; every signal but
// an interrupt stops the child (its own children may outlive it). An
// interrupt is left to Close, which closes the child's stdin first.
func signalGroup(p *os.Process, sig syscall.Signal) error {
	if sig == syscall.SIGINT {
		return nil
	}
	return p.Kill()
}
