//go:build !unix

package jsonwalk

import "testing"

// cpuThroughput reports nothing where there is no getrusage.
func cpuThroughput(*testing.B, int) func() { return func() {} }
