//go:build !amd64 || purego

package jsonrpc

// haveVector reports whether scanVector can run here: there is no vector
// string scanner for this architecture (or the purego tag is set), and
// strings are scanned a word at a time.
const haveVector = false

// scanVector would validate the rest of a string 64 bytes at a time; here it
// always leaves the work to strSWAR.
func scanVector(data []byte, j int) (end int, escaped bool, ok bool) {
	return 0, false, false
}
