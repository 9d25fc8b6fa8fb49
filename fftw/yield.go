package fftw

// Executing a plan yields first when a yield is due
// (internal/nativecall/yield.go explains why: a goroutine that executes
// plans in a loop otherwise loses its P to sysmon, about 20 µs a time).
// Reading the clock to find out costs about 20 ns here, 0.5 % of a
// 4096-point real transform, so plans below yieldBigLen elements read it on
// every yieldCheckEvery-th execution only (8 such transforms take under
// 2 ms here, well within the runtime's 10 ms), bigger ones on every
// execution. Plans below yieldMinLen elements never yield nor count: next
// to transforms of tens of nanoseconds the count would cost about what it
// saves.
const (
	yieldMinLen     = 2048
	yieldBigLen     = 65536
	yieldCheckEvery = 8 // a power of two
)

// yieldMaskFor returns a plan's yieldMask (planCore) from the number of
// elements it reads or writes: -1 for never, else the mask of the execution
// counts at which Execute checks for a due yield.
func yieldMaskFor(n int) int32 {
	switch {
	case n < yieldMinLen:
		return -1
	case n < yieldBigLen:
		return yieldCheckEvery - 1
	}
	return 0
}
