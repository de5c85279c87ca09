package proxy

import "syscall"

// childProcAttr puts a child in its own process group and has the kernel
// kill it if the shield dies first (even by SIGKILL).
func childProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
