package fftw

// Test-only access to floor.go for BenchmarkFloor, which lives in package
// fftw_test so that it can time scipy/fft next to this package.

func (p *PlanR2C) ExecuteLoop(in []float64, out []complex128, k int) error {
	return p.executeLoop(in, out, k)
}

func (p *PlanR2C) ExecuteBare(in []float64, out []complex128) { p.executeBare(in, out) }

func YieldMaskFor(n int) int32 { return yieldMaskFor(n) }
