package fftw

/*
#include <fftw3.h>

// Sign and R2RKind spell FFTW's values as Go literals, so that the
// documentation shows them; these make a different fftw3.h a compile error.
_Static_assert(FFTW_FORWARD == -1 && FFTW_BACKWARD == 1, "FFTW sign values changed");
_Static_assert(FFTW_REDFT00 == 3 && FFTW_REDFT01 == 4 && FFTW_REDFT10 == 5 && FFTW_REDFT11 == 6,
	"FFTW r2r kind values changed");
_Static_assert(FFTW_RODFT00 == 7 && FFTW_RODFT01 == 8 && FFTW_RODFT10 == 9 && FFTW_RODFT11 == 10,
	"FFTW r2r kind values changed");
*/
import "C"

import (
	"fmt"
	"strings"
)

// Flags select how hard the planner works and what a plan may do with its
// arrays. They are this package's own bits, translated to FFTW's when a plan
// is made, so that the zero value means Estimate (in FFTW, FFTW_MEASURE is
// 0). Combine them with |.
type Flags uint32

const (
	// Estimate picks a plan from a cost model without running anything;
	// planning takes microseconds. It is the default (the zero Flags).
	Estimate Flags = 0
	// Measure times a few candidate plans (FFTW_MEASURE): planning takes
	// milliseconds to seconds and the plan is usually faster.
	Measure Flags = 1 << 0
	// Patient tries more algorithms than Measure (FFTW_PATIENT).
	Patient Flags = 1 << 1
	// Exhaustive tries every algorithm (FFTW_EXHAUSTIVE); it can take hours
	// without SetTimeLimit.
	Exhaustive Flags = 1 << 2
	// WisdomOnly makes a plan only if wisdom (imported, or gathered by
	// earlier plans) already answers the problem at the requested rigour or
	// higher (FFTW_WISDOM_ONLY); otherwise the constructor returns ErrNoPlan.
	WisdomOnly Flags = 1 << 3
	// PreserveInput requires a plan that never writes to its input
	// (FFTW_PRESERVE_INPUT). It is already the default for out-of-place
	// c2c, r2c and r2r plans. For c2r FFTW supports it only at rank 1; at
	// higher ranks the constructor returns ErrNoPlan. It cannot be combined
	// with DestroyInput or an in-place plan.
	PreserveInput Flags = 1 << 4
	// DestroyInput lets an out-of-place plan overwrite its input with
	// garbage (FFTW_DESTROY_INPUT), which some algorithms use to go faster.
	DestroyInput Flags = 1 << 5
	// Unaligned makes a plan that runs on arrays of any alignment
	// (FFTW_UNALIGNED): Execute then skips the alignment check, and FFTW
	// gives up alignment-dependent SIMD code.
	Unaligned Flags = 1 << 6

	rigour   = Measure | Patient | Exhaustive
	allFlags = rigour | WisdomOnly | PreserveInput | DestroyInput | Unaligned
)

// flagNames lists the flags in String's order.
var flagNames = []struct {
	f    Flags
	name string
}{
	{Measure, "Measure"}, {Patient, "Patient"}, {Exhaustive, "Exhaustive"},
	{WisdomOnly, "WisdomOnly"}, {PreserveInput, "PreserveInput"},
	{DestroyInput, "DestroyInput"}, {Unaligned, "Unaligned"},
}

// String returns the flags as Go expressions joined by "|", "Estimate" for
// the zero value.
func (f Flags) String() string {
	var parts []string
	if f&rigour == 0 {
		parts = append(parts, "Estimate")
	}
	for _, n := range flagNames {
		if f&n.f != 0 {
			parts = append(parts, n.name)
		}
	}
	if rest := f &^ allFlags; rest != 0 {
		parts = append(parts, fmt.Sprintf("Flags(%#x)", uint32(rest)))
	}
	return strings.Join(parts, "|")
}

// validate reports the first problem with f for a plan that is in place or
// not.
func (f Flags) validate(inPlace bool) error {
	if rest := f &^ allFlags; rest != 0 {
		return invalid("Flags", "unknown flag bits %#x", uint32(rest))
	}
	if r := f & rigour; r&(r-1) != 0 {
		return invalid("Flags", "%v: choose one of Measure, Patient, Exhaustive", f)
	}
	if f&PreserveInput != 0 && f&DestroyInput != 0 {
		return invalid("Flags", "PreserveInput and DestroyInput are exclusive")
	}
	if f&PreserveInput != 0 && inPlace {
		return invalid("Flags", "an in-place plan cannot preserve its input")
	}
	return nil
}

// cflags translates validated flags to FFTW's.
func (f Flags) cflags() C.uint {
	var c C.uint
	switch {
	case f&Exhaustive != 0:
		c = C.FFTW_EXHAUSTIVE
	case f&Patient != 0:
		c = C.FFTW_PATIENT
	case f&Measure != 0:
		c = C.FFTW_MEASURE
	default:
		c = C.FFTW_ESTIMATE
	}
	if f&WisdomOnly != 0 {
		c |= C.FFTW_WISDOM_ONLY
	}
	if f&PreserveInput != 0 {
		c |= C.FFTW_PRESERVE_INPUT
	}
	if f&DestroyInput != 0 {
		c |= C.FFTW_DESTROY_INPUT
	}
	if f&Unaligned != 0 {
		c |= C.FFTW_UNALIGNED
	}
	return c
}

// Sign is the sign of the exponent of a complex transform: Forward computes
// y[k] = Σ_j x[j]·exp(-2πi·jk/n), Backward the same with +2πi (and no 1/n).
type Sign int

const (
	Forward  Sign = -1 // exponent -2πi·jk/n (FFTW_FORWARD)
	Backward Sign = +1 // exponent +2πi·jk/n (FFTW_BACKWARD)
)

// String returns "Forward" or "Backward".
func (s Sign) String() string {
	switch s {
	case Forward:
		return "Forward"
	case Backward:
		return "Backward"
	}
	return fmt.Sprintf("Sign(%d)", int(s))
}

// R2RKind is the kind of a real-to-real transform along one dimension, with
// FFTW's names and values. The formulas below are FFTW's (unnormalised) for
// input x of length n and output y, 0 ≤ k < n; SciPy defines its
// unnormalised (norm="backward") DCT and DST types with the same formulas.
type R2RKind int

const (
	// REDFT00 is DCT-I, n ≥ 2:
	// y[k] = x[0] + (-1)^k x[n-1] + 2 Σ_{j=1}^{n-2} x[j] cos(πjk/(n-1)).
	REDFT00 R2RKind = 3
	// REDFT10 is DCT-II: y[k] = 2 Σ_j x[j] cos(π(j+½)k/n).
	REDFT10 R2RKind = 5
	// REDFT01 is DCT-III: y[k] = x[0] + 2 Σ_{j=1}^{n-1} x[j] cos(πj(k+½)/n).
	REDFT01 R2RKind = 4
	// REDFT11 is DCT-IV: y[k] = 2 Σ_j x[j] cos(π(j+½)(k+½)/n).
	REDFT11 R2RKind = 6
	// RODFT00 is DST-I: y[k] = 2 Σ_j x[j] sin(π(j+1)(k+1)/(n+1)).
	RODFT00 R2RKind = 7
	// RODFT10 is DST-II: y[k] = 2 Σ_j x[j] sin(π(j+½)(k+1)/n).
	RODFT10 R2RKind = 9
	// RODFT01 is DST-III:
	// y[k] = (-1)^k x[n-1] + 2 Σ_{j=0}^{n-2} x[j] sin(π(j+1)(k+½)/n).
	RODFT01 R2RKind = 8
	// RODFT11 is DST-IV: y[k] = 2 Σ_j x[j] sin(π(j+½)(k+½)/n).
	RODFT11 R2RKind = 10
)

// String returns FFTW's name of the kind.
func (k R2RKind) String() string {
	switch k {
	case REDFT00:
		return "REDFT00"
	case REDFT10:
		return "REDFT10"
	case REDFT01:
		return "REDFT01"
	case REDFT11:
		return "REDFT11"
	case RODFT00:
		return "RODFT00"
	case RODFT10:
		return "RODFT10"
	case RODFT01:
		return "RODFT01"
	case RODFT11:
		return "RODFT11"
	}
	return fmt.Sprintf("R2RKind(%d)", int(k))
}

// valid reports whether k is one of the eight DCT/DST kinds above. FFTW's
// R2HC, HC2R and DHT kinds are not offered: scipy.fft does not use them.
func (k R2RKind) valid() bool {
	switch k {
	case REDFT00, REDFT10, REDFT01, REDFT11, RODFT00, RODFT10, RODFT01, RODFT11:
		return true
	}
	return false
}
