//go:build !linux

package bench

import (
	"errors"
	"time"
)

// Outside Linux the bench still measures latency and throughput, without CPU or memory.

func clockCPU(int) (time.Duration, error) { return 0, errors.ErrUnsupported }

func statCPU(int) (time.Duration, error) { return 0, errors.ErrUnsupported }

func processRSS(int) (int64, error) { return 0, errors.ErrUnsupported }
