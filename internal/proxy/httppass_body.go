package proxy

import (
	"errors"
	"fmt"
	"io"
	"sync"
)

// bodyPool recycles the buffers that request and response bodies are read
// into, so a steady stream of calls allocates nothing per body. Buffers
// grown past maxPooledBody are left to the garbage collector.
type bodyPool struct{ p sync.Pool }

const maxPooledBody = 1 << 20

func (bp *bodyPool) get() []byte {
	if b, ok := bp.p.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return make([]byte, 0, 32<<10)
}

func (bp *bodyPool) put(b []byte) {
	if cap(b) <= maxPooledBody {
		bp.p.Put(&b)
	}
}

// errBodyTooLarge reports a body over the limit.
var errBodyTooLarge = errors.New("body too large")

// readBodyInto reads r whole into buf (reusing its capacity), sized up front
// from hint (a Content-Length, or -1), failing with errBodyTooLarge past max.
func readBodyInto(buf []byte, r io.Reader, hint, max int64) ([]byte, error) {
	if hint > max {
		return buf, fmt.Errorf("%w: %d bytes exceed the limit of %d", errBodyTooLarge, hint, max)
	}
	if hint > 0 && int64(cap(buf)) < hint+1 {
		buf = make([]byte, 0, hint+1) // +1: see EOF without growing
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return buf, fmt.Errorf("%w: more than %d bytes", errBodyTooLarge, max)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
