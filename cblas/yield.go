package cblas

// yieldWork2 and yieldWork3 are the problem sizes (the Size metric of the
// generated Level 2 and Level 3 methods: multiply-adds, m·n for gemv,
// m·n·k for gemm) from which the native path yields before calling C when
// a yield is due. Why: internal/nativecall/yield.go; a goroutine calling
// BLAS in a loop otherwise loses its P to Go's sysmon, about 20 µs a time.
// Measured here (go test -bench '^Benchmark(Dgemm|Dsyrk|Dtrsm)$' -cpu 1,
// alternating builds with and without the yield, three rounds): Dgemm,
// Dtrsm and Dsyrk at n = 64 and 256 took 4–10 % less time with it. The
// check reads the clock, about 20 ns here, so it starts where calls take a
// couple of microseconds: a 256×128 Dgemv (memory-bound), a 40×40×40
// Dgemm.
const (
	yieldWork2 = 1 << 15
	yieldWork3 = 1 << 16
)
