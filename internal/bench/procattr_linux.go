package bench

import "syscall"

// childAttr makes the kernel kill a child if the bench dies first, so that no server or
// proxy outlives an interrupted run.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
