package benchsuite

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"math"
	"math/rand/v2"
	"time"

	"github.com/goscipy/goscipy/internal/benchfmt"
)

// Options configure Run.
type Options struct {
	// Threads are the native thread counts to run every case at, in order.
	Threads []int
	// Seed seeds the inputs (see the package doc).
	Seed uint64
	// SetThreads sets the native BLAS thread count before the blas and
	// lapack cases of each entry of Threads; when it fails, those cases
	// are recorded as skipped with its error. FFT cases pass the count to
	// their plans instead. Nil means the count cannot be changed.
	SetThreads func(n int) error
	// Progress, when not nil, is called before each case with the number
	// of cases done, the total and the case about to run.
	Progress func(done, total int, current benchfmt.Key)
}

// Run runs every case of s at every thread count and returns one result
// per case, in suite order within each thread count. It stops between
// calls when ctx is cancelled and returns ctx's error with the results so
// far.
func Run(ctx context.Context, s Suite, opt Options) ([]benchfmt.Result, error) {
	for _, c := range s.Cases {
		if kernels[c.Kernel] == nil {
			return nil, fmt.Errorf("suite %s: unknown kernel %q", s.Name, c.Kernel)
		}
	}
	total := s.Count() * len(opt.Threads)
	var results []benchfmt.Result
	for _, t := range opt.Threads {
		var threadErr error
		if opt.SetThreads == nil {
			threadErr = fmt.Errorf("thread count cannot be set")
		} else {
			threadErr = opt.SetThreads(t)
		}
		for _, c := range s.Cases {
			k := kernels[c.Kernel]
			for _, n := range c.Sizes {
				key := benchfmt.Key{Kernel: k.name, Size: n, Threads: t}
				if opt.Progress != nil {
					opt.Progress(len(results), total, key)
				}
				if err := ctx.Err(); err != nil {
					return results, err
				}
				r := benchfmt.Result{Kernel: k.name, Group: k.group, Size: n, Shape: k.shape, Threads: t}
				if threadErr != nil && k.group != "fft" {
					r.Skipped = fmt.Sprintf("cannot run at %d threads: %v", t, threadErr)
					results = append(results, r)
					continue
				}
				if err := runCase(ctx, k, n, t, s, opt.Seed, &r); err != nil {
					if ctx.Err() != nil {
						return results, ctx.Err()
					}
					r.Skipped = err.Error()
					r.TimesNS, r.MinNS, r.MedianNS, r.MaxNS = nil, 0, 0, 0
				}
				results = append(results, r)
			}
		}
	}
	if opt.Progress != nil {
		opt.Progress(len(results), total, benchfmt.Key{})
	}
	return results, nil
}

// runCase sets up k at size n and fills r with times, the determinism
// verdict and the accuracy of the first call.
func runCase(ctx context.Context, k *kernel, n, threads int, s Suite, seed uint64, r *benchfmt.Result) error {
	inst, err := k.setup(n, rand.New(rand.NewPCG(seed, uint64(n))), threads)
	if err != nil {
		return err
	}
	if inst.close != nil {
		defer inst.close()
	}
	h := sha256.New()
	var first []byte
	r.Deterministic = true
	call := func() (time.Duration, error) {
		if inst.reset != nil {
			inst.reset()
		}
		start := time.Now()
		err := inst.run()
		d := time.Since(start)
		if err != nil {
			return 0, err
		}
		sum := hashOutputs(h, inst.outputs)
		switch {
		case first == nil:
			first = sum
			e := inst.check()
			r.Error, r.Tolerance = benchfmt.Float(e), benchfmt.Float(k.tol(n))
			r.ErrorMeasure = inst.measure
			r.Accurate = e <= k.tol(n) // false for NaN
			r.OutputSHA256 = hex.EncodeToString(sum)
		case string(sum) != string(first):
			r.Deterministic = false
		}
		r.RunsCompared++
		return d, nil
	}
	for range s.Warmup {
		if _, err := call(); err != nil {
			return err
		}
		r.Warmup++
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	var elapsed time.Duration
	for len(r.TimesNS) < s.MinReps || (elapsed < s.Target && len(r.TimesNS) < s.MaxReps) {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, err := call()
		if err != nil {
			return err
		}
		// A call faster than the clock's resolution still took time.
		r.TimesNS = append(r.TimesNS, max(d.Nanoseconds(), 1))
		elapsed += d
	}
	r.MinNS, r.MedianNS, r.MaxNS = benchfmt.Summarize(r.TimesNS)
	if k.flops != nil {
		r.Flops = k.flops(float64(n))
		r.GFLOPS = r.Flops / float64(r.MedianNS)
	}
	return nil
}

// hashOutputs returns the SHA-256 of the outputs' bits, each slice's
// length first so that a shift between outputs changes the hash.
func hashOutputs(h hash.Hash, outputs [][]float64) []byte {
	h.Reset()
	buf := make([]byte, 0, 1<<16)
	for _, o := range outputs {
		buf = binary.LittleEndian.AppendUint64(buf[:0], uint64(len(o)))
		for _, v := range o {
			if len(buf) == cap(buf) {
				h.Write(buf)
				buf = buf[:0]
			}
			buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(v))
		}
		h.Write(buf)
	}
	return h.Sum(nil)
}
