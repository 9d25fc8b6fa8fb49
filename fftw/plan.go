package fftw

import (
	"runtime"
	"slices"
	"sync/atomic"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// livePlans counts FFTW plans made and not yet destroyed, both precisions.
var livePlans atomic.Int64

// LivePlans returns the number of FFTW plans of either precision that have
// been made and not yet destroyed (by Close or by the cleanup of an
// unreachable plan). A plan cache can report it, and tests use it to check
// that plans are freed.
func LivePlans() int64 { return livePlans.Load() }

// Plan is the behaviour every plan type shares (PlanDFT, PlanR2C, PlanC2R,
// PlanR2R and their 32 versions), for code such as a plan cache that holds
// plans of several kinds; Execute differs by type, so callers type-assert
// to the concrete type to run one. It includes io.Closer.
type Plan interface {
	Close() error
	Dims() []Dim
	Howmany() []Dim
	Flags() Flags
	Threads() int
	InPlace() bool
	Alignment() (in, out int)
	MinInLen() int
	MinOutLen() int
	DestroysInput() bool
	String() string
}

var (
	_ Plan = (*PlanDFT)(nil)
	_ Plan = (*PlanR2C)(nil)
	_ Plan = (*PlanC2R)(nil)
	_ Plan = (*PlanR2R)(nil)
	_ Plan = (*PlanDFT32)(nil)
	_ Plan = (*PlanR2C32)(nil)
	_ Plan = (*PlanC2R32)(nil)
	_ Plan = (*PlanR2R32)(nil)
)

// PlanOptions are the optional settings of a plan. A nil *PlanOptions, and
// the zero value of each field, mean the default.
type PlanOptions struct {
	// Flags choose the planning rigour and input handling; zero means
	// Estimate.
	Flags Flags
	// Threads is the number of FFTW threads each execution of the plan uses;
	// 0 and 1 mean one (no threads). FFTW's threads only pay off for large
	// transforms.
	Threads int
	// InPlace makes a plan for in-place execution: Execute must then get the
	// same memory as input and output (the same first element; for r2c and
	// c2r, a real and a complex view of one buffer, with FFTW's padded
	// layout expressed in the strides). Otherwise input and output must not
	// overlap.
	InPlace bool
	// InAlign and OutAlign are the alignments, in bytes as AlignmentOf
	// reports them, of the input and output slices the plan will be
	// executed on. Zero is the alignment of MakeAligned slices (and, with
	// Go 1.26, of every []complex128 from make). They must be multiples of
	// the real element size (8 for double, 4 for single) below
	// AlignmentModulus; for an in-place plan they must be equal. They are
	// ignored with Unaligned.
	InAlign, OutAlign int
}

// planCore is the state every plan type shares: its description, the
// checks Execute makes, and the reference count that lets Close run
// concurrently with Execute.
type planCore struct {
	// state is 2×(executions in flight) + 1 if closed.
	state     atomic.Int64
	destroyed atomic.Bool
	cleanup   runtime.Cleanup
	destroy   func() // destroys the FFTW plan; called exactly once

	kind          kind
	dims, howmany []Dim
	flags         Flags
	threads       int
	inPlace       bool
	unaligned     bool
	inAlign       int
	outAlign      int
	modulus       uintptr
	inLen, outLen int     // minimum slice lengths in elements
	inSize        uintptr // element sizes in bytes
	outSize       uintptr
	destroysInput bool
	// yieldMask is -1 for plans too small for Execute ever to yield, else
	// the mask of the execution counts at which it checks whether a yield
	// is due (yield.go); execs counts executions.
	yieldMask int32
	execs     atomic.Int32
}

// newCore validates what every kind of plan shares and returns the core of
// a plan of kind k whose input and output elements have the given sizes in
// bytes, in a library whose real type has realSize bytes and whose
// alignment modulus is modulus.
func newCore(k kind, dims, howmany []Dim, opts *PlanOptions, inSize, outSize uintptr, realSize, modulus int) (*planCore, error) {
	var o PlanOptions
	if opts != nil {
		o = *opts
	}
	inLen, outLen, err := extents(k, dims, howmany)
	if err != nil {
		return nil, err
	}
	if err := o.Flags.validate(o.InPlace); err != nil {
		return nil, err
	}
	if o.Threads < 0 {
		return nil, invalid("PlanOptions.Threads", "%d threads, want ≥ 0", o.Threads)
	}
	c := &planCore{
		kind:      k,
		dims:      slices.Clone(dims),
		howmany:   slices.Clone(howmany),
		flags:     o.Flags,
		threads:   max(o.Threads, 1),
		inPlace:   o.InPlace,
		unaligned: o.Flags&Unaligned != 0,
		modulus:   uintptr(modulus),
		inLen:     inLen,
		outLen:    outLen,
		inSize:    inSize,
		outSize:   outSize,
		yieldMask: yieldMaskFor(max(inLen, outLen)),
	}
	if !c.unaligned {
		for _, a := range [2]struct {
			name string
			v    int
		}{{"PlanOptions.InAlign", o.InAlign}, {"PlanOptions.OutAlign", o.OutAlign}} {
			if a.v < 0 || a.v >= modulus || a.v%realSize != 0 {
				return nil, invalid(a.name, "alignment %d, want a multiple of %d in [0, %d)", a.v, realSize, modulus)
			}
		}
		if o.InPlace && o.InAlign != o.OutAlign {
			return nil, invalid("PlanOptions.OutAlign", "in-place plan with InAlign %d ≠ OutAlign %d", o.InAlign, o.OutAlign)
		}
		c.inAlign, c.outAlign = o.InAlign, o.OutAlign
	}
	c.destroysInput = o.InPlace || o.Flags&DestroyInput != 0 ||
		k == kindC2R && o.Flags&PreserveInput == 0
	return c, nil
}

// scratchBytes returns the byte sizes of the scratch arrays to plan on. An
// in-place plan uses one array for both, large enough for either view.
func (c *planCore) scratchBytes() (in, out uintptr) {
	in = uintptr(c.inLen) * c.inSize
	out = uintptr(c.outLen) * c.outSize
	if c.inPlace {
		in = max(in, out)
	}
	return in, out
}

// check validates the input and output slices given to Execute, by length
// and address, before FFTW sees them. The addresses are only used when the
// lengths are non-zero, which the length check ensures.
func (c *planCore) check(inLen int, in uintptr, outLen int, out uintptr) error {
	if inLen < c.inLen {
		return newError(ErrLength, "in", "length %d, the plan reads up to element %d", inLen, c.inLen-1)
	}
	if outLen < c.outLen {
		return newError(ErrLength, "out", "length %d, the plan writes up to element %d", outLen, c.outLen-1)
	}
	if c.inPlace {
		if in != out {
			return newError(ErrInPlace, "out", "the plan is in place but in and out start at different addresses")
		}
	} else if in < out+uintptr(c.outLen)*c.outSize && out < in+uintptr(c.inLen)*c.inSize {
		return newError(ErrInPlace, "out", "the plan is out of place but in and out overlap")
	}
	if !c.unaligned {
		if a := addrMod(in, c.modulus); a != c.inAlign {
			return newError(ErrAlignment, "in", "alignment %d bytes, the plan was made for %d", a, c.inAlign)
		}
		if a := addrMod(out, c.modulus); a != c.outAlign {
			return newError(ErrAlignment, "out", "alignment %d bytes, the plan was made for %d", a, c.outAlign)
		}
	}
	return nil
}

// acquire takes a reference for one execution, first yielding if a yield
// is due (yield.go). It reports false, holding
// nothing, if the plan is closed.
func (c *planCore) acquire() bool {
	if m := c.yieldMask; m >= 0 && c.execs.Add(1)&m == 0 {
		nativecall.YieldIfDue()
	}
	if c.state.Add(2)&1 != 0 {
		c.release()
		return false
	}
	return true
}

// release drops a reference taken by acquire; the last one out of a closed
// plan destroys it.
func (c *planCore) release() {
	if c.state.Add(-2) == 1 {
		c.destroyOnce()
	}
}

// destroyOnce destroys the FFTW plan the first time it is called.
func (c *planCore) destroyOnce() {
	if c.destroyed.CompareAndSwap(false, true) {
		c.cleanup.Stop()
		c.destroy()
	}
}

// Close releases the FFTW plan. It is idempotent and safe to call while
// other goroutines execute the plan: those executions finish normally, the
// last of them destroys the FFTW plan, and every Execute that starts after
// Close returns an error wrapping ErrClosed. It always returns nil (it
// returns an error so that plans satisfy io.Closer).
func (c *planCore) Close() error {
	if old := c.state.Or(1); old == 0 { // not closed before, none in flight
		c.destroyOnce()
	}
	return nil
}

// closedErr is Execute's error after Close.
func (c *planCore) closedErr() error {
	return newError(ErrClosed, "", "Execute on a %v plan after Close", c.kind)
}

// Dims returns a copy of the plan's transform dimensions.
func (c *planCore) Dims() []Dim { return slices.Clone(c.dims) }

// Howmany returns a copy of the plan's batch (loop) dimensions.
func (c *planCore) Howmany() []Dim { return slices.Clone(c.howmany) }

// Flags returns the flags the plan was made with.
func (c *planCore) Flags() Flags { return c.flags }

// Threads returns the number of FFTW threads an execution uses (≥ 1).
func (c *planCore) Threads() int { return c.threads }

// InPlace reports whether the plan was made for in-place execution.
func (c *planCore) InPlace() bool { return c.inPlace }

// Alignment returns the input and output alignments, in bytes, that Execute
// requires (AlignmentOf of the slices), or -1, -1 for an Unaligned plan,
// which accepts any.
func (c *planCore) Alignment() (in, out int) {
	if c.unaligned {
		return -1, -1
	}
	return c.inAlign, c.outAlign
}

// MinInLen returns the minimum length of Execute's input slice: one more
// than the largest element index the plan's strides reach.
func (c *planCore) MinInLen() int { return c.inLen }

// MinOutLen returns the minimum length of Execute's output slice.
func (c *planCore) MinOutLen() int { return c.outLen }

// DestroysInput reports whether Execute may overwrite its input: true for
// c2r plans (unless made with PreserveInput), in-place plans and plans made
// with DestroyInput. Callers that need their input afterwards pass a copy.
func (c *planCore) DestroysInput() bool { return c.destroysInput }
