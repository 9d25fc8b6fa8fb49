package fftw

import (
	"errors"
	"fmt"
)

// Kinds of error, for errors.Is. Every error this package returns is an
// *Error whose Kind is one of them.
var (
	// ErrInvalid: an argument is out of range (a dimension, stride, sign,
	// kind, flag combination, alignment or thread count). It is a bug in
	// the caller; FFTW was not called.
	ErrInvalid = errors.New("fftw: invalid argument")
	// ErrLength: a slice passed to Execute is shorter than the largest
	// element the plan's strides reach (see MinInLen, MinOutLen).
	ErrLength = errors.New("fftw: slice too short for the plan")
	// ErrAlignment: a slice passed to Execute has a different alignment
	// (AlignmentOf) from the one the plan was made for. Make a plan for
	// that alignment, copy into a MakeAligned buffer, or plan with
	// Unaligned.
	ErrAlignment = errors.New("fftw: slice alignment differs from the plan's")
	// ErrInPlace: an in-place plan was given different input and output
	// arrays, an out-of-place plan the same one, or the input and output
	// memory overlap.
	ErrInPlace = errors.New("fftw: in-place/out-of-place mismatch")
	// ErrClosed: Execute on a plan after Close.
	ErrClosed = errors.New("fftw: plan is closed")
	// ErrNoPlan: FFTW returned no plan: WisdomOnly without matching wisdom,
	// PreserveInput for a multidimensional c2r transform, or a problem
	// FFTW does not support.
	ErrNoPlan = errors.New("fftw: FFTW could not make the plan")
	// ErrWisdom: FFTW rejected wisdom given to ImportWisdom.
	ErrWisdom = errors.New("fftw: wisdom rejected")
	// ErrThreads: fftw_init_threads failed, so multi-threaded plans cannot
	// be made.
	ErrThreads = errors.New("fftw: cannot initialise FFTW threads")
)

// Error is the error type of this package: a kind, the argument at fault
// and a message saying what was wrong.
type Error struct {
	Kind error  // one of ErrInvalid, ErrLength, …; errors.Is matches it
	Arg  string // the argument or option at fault ("in", "dims[1].N", "PlanOptions.InAlign"), or ""
	Msg  string // what was wrong, with the values involved
}

// Error returns "fftw: <arg>: <msg>".
func (e *Error) Error() string {
	if e.Arg == "" {
		return "fftw: " + e.Msg
	}
	return "fftw: " + e.Arg + ": " + e.Msg
}

// Unwrap returns e.Kind, so that errors.Is(err, ErrLength) works.
func (e *Error) Unwrap() error { return e.Kind }

func newError(kind error, arg, format string, args ...any) *Error {
	return &Error{Kind: kind, Arg: arg, Msg: fmt.Sprintf(format, args...)}
}

func invalid(arg, format string, args ...any) *Error {
	return newError(ErrInvalid, arg, format, args...)
}
